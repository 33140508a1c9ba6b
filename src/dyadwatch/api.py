"""The Python API: the functions the CLI, the web app and users' notebooks call.

>>> from dyadwatch import Store, api
>>> store = Store("events.duckdb")
>>> api.series(store, "RUS", "AZE", by="month")
"""

from __future__ import annotations

from datetime import date

from . import countries
from .analysis.cube import PERIODS, dyad_series
from .output import records_from_frame
from .store import DyadwatchError, Store


def check_code(store: Store, code: str) -> str:
    """Upper-cased country code; an error naming the code if it is neither a known code nor
    present in the store."""
    code = code.strip().upper()
    if countries.is_known(code):
        return code
    found = store.con.execute(
        "SELECT 1 FROM events WHERE source_country = ? OR target_country = ? LIMIT 1", [code, code]
    ).fetchone()
    if found:
        return code
    hint = countries.code_for(code)
    extra = f" (did you mean {hint}?)" if hint else ""
    raise DyadwatchError(f"unknown country code {code!r}{extra}: use CAMEO/ISO-3 codes such as RUS, AZE, USA")


def series(
    store: Store,
    a: str,
    b: str,
    by: str = "month",
    directed: bool = False,
    start: date | None = None,
    end: date | None = None,
) -> list[dict]:
    """Per-period measures of the A–B dyad (see :func:`dyadwatch.analysis.cube.dyad_series`)."""
    if by not in PERIODS:
        raise DyadwatchError(f"--by {by!r}: use one of {', '.join(PERIODS)}")
    a, b = check_code(store, a), check_code(store, b)
    if start and end and start > end:
        raise DyadwatchError(f"--from {start} is after --to {end}")
    expr = dyad_series(store.events_table(), a, b, by=by, directed=directed, start=start, end=end)
    return records_from_frame(expr.execute())


def stats(store: Store, top: int = 10) -> dict:
    """Summary of the store: rows per dataset with date ranges, top dyads, ingested files."""
    con = store.con
    datasets = con.execute(
        """SELECT dataset, count(*) AS events, min(date) AS first, max(date) AS last,
                  count(DISTINCT file_id) AS files
           FROM events GROUP BY dataset ORDER BY events DESC"""
    ).fetchall()
    dyads = con.execute(
        """SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
                  count(*) AS events
           FROM events
           WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
           GROUP BY ALL ORDER BY events DESC, a, b LIMIT ?""",
        [top],
    ).fetchall()
    return {
        "db": str(store.path),
        "events": store.count(),
        "datasets": [dict(zip(("dataset", "events", "first", "last", "files"), r)) for r in datasets],
        "top_dyads": [dict(zip(("a", "b", "events"), r)) for r in dyads],
        "files": store.files(),
    }
