"""The Python API: the functions the CLI, the web app and users' notebooks call.

>>> from dyadwatch import Store, api
>>> store = Store("events.duckdb")
>>> api.series(store, "RUS", "AZE", by="month")
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import countries
from .analysis.cube import PERIODS, dyad_series
from .output import records_from_frame
from .store import DyadwatchError, Store

if TYPE_CHECKING:
    from .analysis.assess import Assessment
    from .analysis.state import Thresholds


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


def assess(
    store: Store,
    a: str,
    b: str,
    as_of: date | None = None,
    window: int = 6,
    baseline: int = 24,
    thresholds: Thresholds | None = None,
) -> Assessment:
    """Assess the A–B relationship: state, aspects, turning points, drivers, stances and
    third-party alignment (:class:`dyadwatch.analysis.assess.Assessment`; ``.to_dict()`` is
    the JSON of ``dyadwatch assess``). ``thresholds``: a
    :class:`dyadwatch.analysis.state.Thresholds` (default: the documented values)."""
    from .analysis.assess import assess_events

    a, b = check_code(store, a), check_code(store, b)
    return assess_events(store.events_table(), a, b, as_of=as_of, window=window, baseline=baseline,
                         thresholds=thresholds)


def brief(
    store: Store,
    a: str,
    b: str,
    as_of: date | None = None,
    fmt: str = "md",
    playbook: str | Path | None = None,
) -> str | bytes:
    """The analyst brief of the A–B dyad (docs/brief.md): Markdown or HTML text, or PDF bytes.
    ``playbook``: a playbook YAML file replacing the bundled one."""
    from .brief import build_brief, render
    from .brief.render import FORMATS

    if fmt not in FORMATS:
        raise DyadwatchError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
    a, b = check_code(store, a), check_code(store, b)
    return render(build_brief(store.events_table(), a, b, as_of=as_of, playbook=playbook), fmt)


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


# --- listings for the web app and other tools -------------------------------------------------

EVENT_LIST_COLUMNS = (
    "event_id", "dataset", "date", "source_country", "source_name", "target_country", "target_name",
    "cameo_code", "quad", "goldstein", "tone", "articles", "aspect", "evidence", "source_url",
)


def events(
    store: Store,
    a: str,
    b: str,
    aspect: str | None = None,
    quad: int | None = None,
    start: date | None = None,
    end: date | None = None,
    dataset: str | None = None,
    directed: bool = False,
    page: int = 1,
    per_page: int = 50,
) -> dict:
    """One page of the A–B dyad's events, newest first (then most reported), with filters.

    Returns ``{"a", "b", "total", "page", "per_page", "pages", "events": [...]}``; every event
    carries its CAMEO description, quad name, evidence sentence and source URL.
    """
    from .schema import ASPECTS, DATASETS, QUAD_NAMES, cameo_name

    a, b = check_code(store, a), check_code(store, b)
    if aspect is not None and aspect not in ASPECTS:
        raise DyadwatchError(f"aspect {aspect!r}: use one of {', '.join(ASPECTS)}")
    if quad is not None and quad not in QUAD_NAMES:
        raise DyadwatchError(f"quad {quad!r}: use 1, 2, 3 or 4")
    if dataset is not None and dataset not in DATASETS:
        raise DyadwatchError(f"dataset {dataset!r}: use one of {', '.join(DATASETS)}")
    if start and end and start > end:
        raise DyadwatchError(f"start {start} is after end {end}")
    if page < 1:
        raise DyadwatchError(f"page {page}: pages start at 1")
    if not 1 <= per_page <= 500:
        raise DyadwatchError(f"per_page {per_page}: use 1 to 500")
    where = ["((source_country = $a AND target_country = $b)"
             + ("" if directed else " OR (source_country = $b AND target_country = $a)") + ")"]
    params: dict = {"a": a, "b": b}
    for col, value in (("aspect", aspect), ("quad", quad), ("dataset", dataset)):
        if value is not None:
            where.append(f"{col} = ${col}")
            params[col] = value
    if start is not None:
        where.append("date >= $start")
        params["start"] = start
    if end is not None:
        where.append("date <= $end")
        params["end"] = end
    cond = " AND ".join(where)
    total = int(store.con.execute(f"SELECT count(*) FROM events WHERE {cond}", params).fetchone()[0])
    rel = store.con.execute(
        f"""SELECT {', '.join(EVENT_LIST_COLUMNS)} FROM events WHERE {cond}
            ORDER BY date DESC, articles DESC NULLS LAST, dataset, event_id
            LIMIT {int(per_page)} OFFSET {int((page - 1) * per_page)}""",
        params,
    )
    rows = []
    for r in rel.fetchall():
        ev = dict(zip(EVENT_LIST_COLUMNS, r))
        ev["date"] = ev["date"].isoformat() if ev["date"] is not None else None
        ev["cameo_name"] = cameo_name(ev["cameo_code"]) if ev["cameo_code"] else None
        ev["quad_name"] = QUAD_NAMES.get(ev["quad"]) if ev["quad"] is not None else None
        rows.append(ev)
    return {
        "a": a, "b": b, "total": total, "page": page, "per_page": per_page,
        "pages": max(1, -(-total // per_page)), "events": rows,
    }


def top_dyads(store: Store, top: int = 10) -> list[dict]:
    """The ``top`` undirected dyads by event count, with their first and last event dates."""
    rel = store.con.execute(
        """SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
                  count(*) AS events, min(date) AS first, max(date) AS last
           FROM events
           WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
           GROUP BY ALL ORDER BY events DESC, a, b LIMIT ?""",
        [int(top)],
    )
    return [
        {"a": a, "b": b, "events": int(n), "first": f.isoformat() if f else None, "last": la.isoformat() if la else None}
        for a, b, n, f, la in rel.fetchall()
    ]


def pair_counts(store: Store, codes: list[str]) -> dict[tuple[str, str], int]:
    """Undirected event counts of every pair among ``codes`` (keys sorted; pairs without
    events left out)."""
    if len(codes) < 2:
        return {}
    rel = store.con.execute(
        """SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
                  count(*) FROM events
           WHERE source_country IN (SELECT unnest($codes)) AND target_country IN (SELECT unnest($codes))
             AND source_country <> target_country
           GROUP BY ALL""",
        {"codes": list(codes)},
    )
    return {(a, b): int(n) for a, b, n in rel.fetchall()}
