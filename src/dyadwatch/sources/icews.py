"""ICEWS event files (``.tab``: tab-separated, one header row, 20 columns) → event records.

ICEWS names countries in words ("Russian Federation", "Occupied Palestinian Territory") and
actors by sectors ("Military,Government"); both are mapped to the event record's codes:
countries through :mod:`dyadwatch.countries`, sectors through :data:`SECTOR_TYPES` (the
first sector keyword in that order decides the CAMEO actor type). ``Intensity`` is ICEWS's
Goldstein score; ICEWS has no tone and one story per event (weights 1).
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from .. import countries
from ..aspects import event_aspect_sql
from ..schema import QUAD_SQL
from ..store import IngestError, IngestResult, Store

REQUIRED = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
)

SECTOR_TYPES: tuple[tuple[str, str], ...] = (
    ("Military", "MIL"), ("Army", "MIL"), ("Navy", "MIL"), ("Air Force", "MIL"), ("Marines", "MIL"),
    ("Defense", "MIL"), ("Police", "COP"), ("Intelligence", "SPY"), ("Judicial", "JUD"),
    ("Legislative", "LEG"), ("Executive", "GOV"), ("Cabinet", "GOV"), ("Foreign Ministry", "GOV"),
    ("Government", "GOV"), ("Ministry", "GOV"), ("Rebel", "REB"), ("Insurgent", "INS"),
    ("Separatist", "SEP"), ("Dissident", "OPP"), ("Protestors", "OPP"), ("Opposition", "OPP"),
    ("Parties", "PTY"), ("Party", "PTY"), ("Business", "BUS"), ("Media", "MED"), ("News", "MED"),
    ("Education", "EDU"), ("Religious", "REL"), ("Health", "HLH"), ("Refugee", "REF"),
    ("Labor", "LAB"), ("Criminal", "CRM"), ("Diplomatic IGOs", "IGO"), ("Government Organization", "IGO"),
    ("NGO", "NGO"), ("Social", "CVL"), ("Civilian", "CVL"), ("Elite", "ELI"),
)


def _sector_sql(col: str) -> str:
    whens = " ".join(
        f"WHEN contains({col}, '{kw}') THEN '{code}'" for kw, code in SECTOR_TYPES
    )
    return f"CASE WHEN {col} IS NULL OR {col} = 'NA' THEN NULL {whens} ELSE NULL END"


def _na(col: str) -> str:
    return f"NULLIF(NULLIF(trim({col}), ''), 'NA')"


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CODE = re.compile(r"^\d{2,4}$")
_NUM = re.compile(r"^-?(\d+\.?\d*|\.\d+)$")


def _find_bad_line(path: Path, header: list[str]) -> tuple[int, str] | None:
    idx = {name: i for i, name in enumerate(header)}
    with open(path, encoding="utf-8", errors="replace") as f:
        next(f)
        for lineno, line in enumerate(f, 2):
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) != len(header):
                return lineno, f"expected {len(header)} columns, found {len(fields)}"
            if not fields[idx["Event ID"]].strip():
                return lineno, "empty Event ID"
            if not _DATE.match(fields[idx["Event Date"]]):
                return lineno, f"bad Event Date {fields[idx['Event Date']]!r}"
            code = fields[idx["CAMEO Code"]]
            if not _CODE.match(code) or not 1 <= int(code[:2]) <= 20:
                return lineno, f"bad CAMEO Code {code!r}"
            value = fields[idx["Intensity"]]
            if value not in ("", "NA") and not _NUM.match(value):
                return lineno, f"bad Intensity {value!r}"
    return None


def stage_icews(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Fill the TEMP table ``staged`` from one ICEWS file (see :meth:`Store.ingest`)."""
    with open(path, "rb") as f:
        first = f.readline()
    try:
        header = first.decode("utf-8").rstrip("\r\n").split("\t")
    except UnicodeDecodeError:
        raise IngestError(path, "not an ICEWS event file (header is not UTF-8 text)", line=1) from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise IngestError(path, f"not an ICEWS event file: header lacks {', '.join(missing)}", line=1)
    p = str(path).replace("'", "''")
    spec = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in header) + "}"
    raw = (
        f"read_csv('{p}', delim='\\t', header=true, quote='', escape='', columns={spec}, "
        "auto_detect=false, strict_mode=true, null_padding=false)"
    )
    try:
        con.execute(f"CREATE TEMP TABLE icews_raw AS SELECT * FROM {raw}")
        names = {
            r[0]
            for r in con.execute(
                'SELECT DISTINCT "Source Country" FROM icews_raw UNION SELECT DISTINCT "Target Country" FROM icews_raw'
            ).fetchall()
            if r[0]
        }
        con.execute("CREATE TEMP TABLE icews_countries (name VARCHAR, code VARCHAR)")
        pairs = [(n, countries.code_for(n)) for n in sorted(names)]
        if pairs:
            con.executemany("INSERT INTO icews_countries VALUES (?, ?)", pairs)
        code = '"CAMEO Code"'
        root = f"CAST(substr({code}, 1, 2) AS INTEGER)"
        aspect, rule = event_aspect_sql(code, _sector_sql('"Source Sectors"'), _sector_sql('"Target Sectors"'))
        con.execute(
            f"""CREATE TEMP TABLE staged AS
            SELECT
              trim(r."Event ID") AS event_id,
              'icews' AS dataset,
              CAST(r."Event Date" AS DATE) AS date,
              sc.code AS source_country,
              {_sector_sql('r."Source Sectors"')} AS source_type,
              {_na('r."Source Name"')} AS source_name,
              tc.code AS target_country,
              {_sector_sql('r."Target Sectors"')} AS target_type,
              {_na('r."Target Name"')} AS target_name,
              {code} AS cameo_code,
              substr({code}, 1, 3) AS cameo_base,
              substr({code}, 1, 2) AS cameo_root,
              CAST({QUAD_SQL.format(root=root)} AS TINYINT) AS quad,
              CAST({_na('r."Intensity"')} AS DOUBLE) AS goldstein,
              CAST(NULL AS DOUBLE) AS tone,
              1 AS mentions, 1 AS sources, 1 AS articles,
              {aspect} AS aspect,
              {rule} AS aspect_rule,
              CAST(NULL AS VARCHAR) AS source_url,
              CAST(NULL AS VARCHAR) AS evidence
            FROM icews_raw r
            LEFT JOIN icews_countries sc ON sc.name = r."Source Country"
            LEFT JOIN icews_countries tc ON tc.name = r."Target Country"
            """
        )
        bad = con.execute("SELECT count(*) FROM staged WHERE quad IS NULL OR event_id = ''").fetchone()[0]
        if bad:
            raise duckdb.ConversionException("bad CAMEO Code")
        con.execute("DROP TABLE icews_raw")
        con.execute("DROP TABLE icews_countries")
    except duckdb.Error as e:
        # The ingest transaction rolls back, temporary tables included.
        found = _find_bad_line(path, header)
        if found:
            raise IngestError(path, found[1], line=found[0]) from None
        raise IngestError(path, f"unreadable ICEWS file ({str(e).splitlines()[0]})") from None


def ingest_icews(store: Store, path: str | Path) -> IngestResult:
    """Ingest one ICEWS ``.tab`` event file into ``store``."""
    return store.ingest(Path(path), "icews", stage_icews)
