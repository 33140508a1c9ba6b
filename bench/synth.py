"""Generated data for benchmarks, made inside DuckDB (fast): GDELT 2.0 export files and
whole event stores of any size, with a realistic skew of dyads."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dyadwatch.schema import EVENT_COLUMN_NAMES
from dyadwatch.sources.gdelt import GDELT2_COLUMNS
from dyadwatch.store import Store

# 60 countries; the first ones are drawn far more often (Zipf-like), as in real GDELT.
COUNTRIES = (
    "USA RUS CHN GBR FRA DEU UKR TUR IRN ISR IND PAK JPN KOR PRK SYR IRQ AFG EGY SAU "
    "AZE ARM GEO KAZ BLR POL ITA ESP CAN AUS BRA MEX NGA ZAF KEN ETH SDN LBY QAT ARE "
    "VNM THA IDN PHL MYS SGP NLD BEL SWE NOR FIN GRC SRB HUN ROU BGR CZE AUT CHE PRT"
).split()

_PICK = (
    "list_extract(['" + "','".join(COUNTRIES) + "'], "
    "1 + least(59, floor(60 * pow(random(), 2.2))::INT))"
)


def _event_select(n: int, start: str = "2015-01-01", days: int = 3650, seed: float = 0.42) -> str:
    """About 4% of draws pair a country with itself and are dropped: draw 6% more, keep n."""
    m = int(n * 1.06) + 100
    return f"""
    WITH r AS (
      SELECT i, {_PICK} AS a, {_PICK} AS b,
             (DATE '{start}' + (i * {days} // {m})::INT) AS d,
             lpad((1 + floor(random() * 20))::INT::VARCHAR, 2, '0') AS root,
             (1 + floor(random() * 9))::INT AS sub
      FROM (SELECT setseed({seed})) , range({m}) t(i)
    )
    SELECT i, a, b, d, root, root || sub::VARCHAR AS code,
           CASE WHEN root::INT <= 5 THEN 1 WHEN root::INT <= 8 THEN 2 WHEN root::INT <= 13 THEN 3 ELSE 4 END AS quad,
           round(10 - root::INT + random(), 1) AS g,
           (1 + floor(random() * 12))::INT AS w,
           round(random() * 10 - 5, 3) AS tone
    FROM r WHERE a <> b
    LIMIT {n}
    """


def write_gdelt2_file(path: Path, n: int) -> int:
    """A headerless 61-column GDELT 2.0 export with about ``n`` rows; returns the row count."""
    cols = {c: "''" for c in GDELT2_COLUMNS}
    cols.update(
        GLOBALEVENTID="i::VARCHAR", SQLDATE="strftime(d, '%Y%m%d')", MonthYear="strftime(d, '%Y%m')",
        Year="strftime(d, '%Y')", FractionDate="'2020.5000'", Actor1Code="a || 'GOV'", Actor1Name="a",
        Actor1CountryCode="a", Actor1Type1Code="'GOV'", Actor2Code="b", Actor2Name="b", Actor2CountryCode="b",
        IsRootEvent="'1'", EventCode="code", EventBaseCode="code", EventRootCode="root", QuadClass="quad::VARCHAR",
        GoldsteinScale="g::VARCHAR", NumMentions="(w * 2)::VARCHAR", NumSources="w::VARCHAR",
        NumArticles="w::VARCHAR", AvgTone="tone::VARCHAR", ActionGeo_Type="'1'", ActionGeo_FullName="'Somewhere'",
        DATEADDED="strftime(d, '%Y%m%d') || '000000'",
        SOURCEURL="'https://news.example.org/' || a || '/' || i::VARCHAR || '.html'",
    )
    select = ", ".join(f'{expr} AS "{c}"' for c, expr in cols.items())
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT {select} FROM ({_event_select(n)})) TO '{path}' "
        "(FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', ESCAPE '')"
    )
    rows = con.execute(f"SELECT count(*) FROM read_csv('{path}', delim='\t', header=false, quote='', all_varchar=true)").fetchone()[0]
    con.close()
    return int(rows)


def build_store(path: Path, n: int) -> int:
    """A store holding about ``n`` generated events (written directly, in one statement)."""
    with Store(path) as store:
        exprs = {
            "event_id": "i::VARCHAR", "dataset": "'gdelt2'", "date": "d", "source_country": "a",
            "source_type": "'GOV'", "source_name": "a", "target_country": "b", "target_type": "'GOV'",
            "target_name": "b", "cameo_code": "code", "cameo_base": "code", "cameo_root": "root",
            "quad": "quad", "goldstein": "g", "tone": "tone", "mentions": "w * 2", "sources": "w",
            "articles": "w",
            "aspect": "list_extract(['diplomacy','security','energy','economy','transport','society'], 1 + (i % 6)::INT)",
            "aspect_rule": "'default'", "source_url": "'https://news.example.org/' || i::VARCHAR",
            "evidence": "NULL", "file_id": "1", "ingested_at": "now()",
        }
        assert set(exprs) == set(EVENT_COLUMN_NAMES)
        store.con.execute(
            f"INSERT INTO events ({', '.join(exprs)}) SELECT {', '.join(exprs.values())} FROM ({_event_select(n)})"
        )
        store.con.execute("CHECKPOINT")
        return store.count()


def ensure_store(workdir: Path, n: int) -> Path:
    """The shared generated store of ``n`` events in ``workdir`` (built once, reused by the
    series, assess, brief and web benchmarks)."""
    path = workdir / f"series_{n}.duckdb"
    if not path.exists():
        build_store(path, n)
    return path
