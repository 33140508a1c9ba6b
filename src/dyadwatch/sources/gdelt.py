"""GDELT 1.0 and 2.0 event exports → event records, parsed by DuckDB's CSV reader.

GDELT event files are tab-separated with no header and never quote fields, so they are read
with quoting off and every column as text, then cast in SQL: one stray quote in a URL cannot
swallow the rows after it, and a bad value fails the whole file (nothing is half-written).
The version is told by the column count of the first line: 57 (1.0 historical, before
April 2013, no SOURCEURL), 58 (1.0 daily) or 61 (2.0, 15-minute).
``.zip`` files (GDELT's format) are streamed out to a temporary file first, because
DuckDB's reader opens gzip/zstd but not zip.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ..aspects import event_aspect_sql
from ..schema import QUAD_SQL
from ..store import IngestError, IngestResult, Insert, Store

_EVENT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode "
    "Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale "
    "NumMentions NumSources NumArticles AvgTone"
).split()


def _geo_columns(adm2: bool) -> list[str]:
    """The three geography blocks; GDELT 2.0 added an ADM2Code to each."""
    fields = ["Type", "FullName", "CountryCode", "ADM1Code", *(["ADM2Code"] if adm2 else []), "Lat", "Long", "FeatureID"]
    return [f"{block}_{f}" for block in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in fields]


GDELT1_COLUMNS: tuple[str, ...] = (*_EVENT_COLUMNS, *_geo_columns(False), "DATEADDED", "SOURCEURL")
"""GDELT 1.0 daily export columns (58); the historical files lack the last (57)."""

GDELT2_COLUMNS: tuple[str, ...] = (*_EVENT_COLUMNS, *_geo_columns(True), "DATEADDED", "SOURCEURL")
"""GDELT 2.0 event export columns (61)."""

VERSIONS: dict[int, tuple[str, tuple[str, ...]]] = {
    57: ("gdelt1", tuple(GDELT1_COLUMNS[:-1])),
    58: ("gdelt1", tuple(GDELT1_COLUMNS)),
    61: ("gdelt2", tuple(GDELT2_COLUMNS)),
}

# Field checks shared by the SQL casts and the line finder (error path only):
_INT = re.compile(r"^-?\d+$")
_NUM = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_CODE = re.compile(r"^\d{2,4}$")


def _nullable(col: str) -> str:
    return f"NULLIF(trim({col}), '')"


def select_sql(columns: tuple[str, ...], dataset: str, source: str) -> str:
    """The SELECT that turns raw GDELT text columns (from ``source``) into event columns."""
    c = {name: f'"{name}"' for name in columns}
    aspect, rule = event_aspect_sql(c["EventCode"], c["Actor1Type1Code"], c["Actor2Type1Code"])
    url = _nullable(c["SOURCEURL"]) if "SOURCEURL" in c else "NULL"
    root_int = f"CAST({c['EventRootCode']} AS INTEGER)"
    return f"""
        SELECT
          {c['GLOBALEVENTID']} AS event_id,
          '{dataset}' AS dataset,
          CAST(strptime({c['SQLDATE']}, '%Y%m%d') AS DATE) AS date,
          {_nullable(c['Actor1CountryCode'])} AS source_country,
          {_nullable(c['Actor1Type1Code'])} AS source_type,
          {_nullable(c['Actor1Name'])} AS source_name,
          {_nullable(c['Actor2CountryCode'])} AS target_country,
          {_nullable(c['Actor2Type1Code'])} AS target_type,
          {_nullable(c['Actor2Name'])} AS target_name,
          {c['EventCode']} AS cameo_code,
          {c['EventBaseCode']} AS cameo_base,
          {c['EventRootCode']} AS cameo_root,
          CAST(COALESCE(CAST(NULLIF({c['QuadClass']}, '') AS DOUBLE), {QUAD_SQL.format(root=root_int)}) AS TINYINT) AS quad,
          CAST(NULLIF({c['GoldsteinScale']}, '') AS DOUBLE) AS goldstein,
          CAST(NULLIF({c['AvgTone']}, '') AS DOUBLE) AS tone,
          CAST(CAST(NULLIF({c['NumMentions']}, '') AS DOUBLE) AS INTEGER) AS mentions,
          CAST(CAST(NULLIF({c['NumSources']}, '') AS DOUBLE) AS INTEGER) AS sources,
          CAST(CAST(NULLIF({c['NumArticles']}, '') AS DOUBLE) AS INTEGER) AS articles,
          {aspect} AS aspect,
          {rule} AS aspect_rule,
          {url} AS source_url,
          CAST(NULL AS VARCHAR) AS evidence
        FROM {source}"""


@contextmanager
def opened_csv(path: Path, tmpdir: str | None = None) -> Iterator[Path]:
    """Yield a plain CSV path for ``path``: the file itself, or a zip's member streamed out."""
    if path.suffix.lower() != ".zip":
        yield path
        return
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise IngestError(path, "not a valid zip archive (truncated or corrupt)") from None
    with zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) != 1:
            raise IngestError(path, f"expected one file in the zip archive, found {len(members)}")
        with tempfile.TemporaryDirectory(prefix="dyadwatch-", dir=tmpdir) as tmp:
            out = Path(tmp) / Path(members[0].filename).name
            try:
                with zf.open(members[0]) as src, open(out, "wb") as dst:
                    while block := src.read(1 << 22):
                        dst.write(block)
            except (zipfile.BadZipFile, EOFError, OSError) as e:
                raise IngestError(path, f"zip archive is damaged ({e})") from None
            yield out


def detect_version(path: Path, display: Path) -> tuple[str, tuple[str, ...]]:
    with open(path, "rb") as f:
        first = f.readline()
    if not first.strip():
        raise IngestError(display, "file is empty", line=1)
    try:
        text = first.decode("utf-8")
    except UnicodeDecodeError:
        raise IngestError(display, "not a GDELT event export (not text)", line=1) from None
    n = text.rstrip("\r\n").count("\t") + 1
    if n not in VERSIONS:
        raise IngestError(
            display,
            f"not a GDELT event export: {n} tab-separated columns (GDELT 1.0 has 57 or 58, 2.0 has 61)",
            line=1,
        )
    fields = text.rstrip("\r\n").split("\t")
    if not _INT.match(fields[0]) or not _DATE.match(fields[1]):
        raise IngestError(display, "not a GDELT event export: first columns are not GLOBALEVENTID and SQLDATE (a header row?)", line=1)
    return VERSIONS[n]


def find_bad_line(path: Path, columns: tuple[str, ...]) -> tuple[int, str] | None:
    """Error path only: the first line that breaks the format, and what is wrong with it."""
    idx = {name: i for i, name in enumerate(columns)}
    checks = [
        ("GLOBALEVENTID", _INT, False),
        ("SQLDATE", _DATE, False),
        ("EventCode", _CODE, False),
        ("EventRootCode", _CODE, False),
        ("QuadClass", _INT, True),
        ("GoldsteinScale", _NUM, True),
        ("NumMentions", _NUM, True),
        ("NumSources", _NUM, True),
        ("NumArticles", _NUM, True),
        ("AvgTone", _NUM, True),
    ]
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("latin-1")
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) != len(columns):
                return lineno, f"expected {len(columns)} columns, found {len(fields)}"
            for name, pattern, empty_ok in checks:
                value = fields[idx[name]].strip()
                if value == "" and empty_ok:
                    continue
                if not pattern.match(value):
                    return lineno, f"bad {name} {value!r}"
            m = _DATE.match(fields[idx["SQLDATE"]])
            y, mo, d = (int(x) for x in m.groups())
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                return lineno, f"bad SQLDATE {fields[idx['SQLDATE']]!r}"
            root = int(fields[idx["EventRootCode"]])
            if not 1 <= root <= 20:
                return lineno, f"bad EventRootCode {fields[idx['EventRootCode']]!r}"
    return None


def read_csv_sql(path: Path, columns: tuple[str, ...]) -> str:
    spec = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in columns) + "}"
    p = str(path).replace("'", "''")
    return (
        f"read_csv('{p}', delim='\\t', header=false, quote='', escape='', columns={spec}, "
        "auto_detect=false, strict_mode=true, null_padding=false, max_line_size=10000000, "
        "encoding='utf-8', ignore_errors=false)"
    )


_LINE = re.compile(r"Line: (\d+)")


def load_gdelt(con: duckdb.DuckDBPyConnection, path: Path, insert: Insert, tmpdir: str | None = None) -> None:
    """Parse one GDELT export straight into the events table (see :meth:`Store.ingest_with`):
    strict casts fail the whole file; the rows are then checked in the table; on any failure
    the file is scanned once more in Python to name the first bad line."""
    with opened_csv(path, tmpdir) as csv_path:
        dataset, columns = detect_version(csv_path, path)
        sql = select_sql(columns, dataset, read_csv_sql(csv_path, columns))
        try:
            insert(sql)
            bad = con.execute(
                """SELECT count(*) FROM events
                   WHERE file_id = currval('file_ids') AND (quad IS NULL OR quad NOT BETWEEN 1 AND 4
                     OR NOT regexp_full_match(cameo_code, '[0-9]{2,4}')
                     OR NOT regexp_full_match(cameo_root, '[0-9]{2}'))"""
            ).fetchone()[0]
            if bad:
                raise duckdb.ConversionException("bad QuadClass or CAMEO code")
        except duckdb.Error as e:
            found = find_bad_line(csv_path, columns)
            if found:
                raise IngestError(path, found[1], line=found[0]) from None
            m = _LINE.search(str(e))
            first = str(e).splitlines()[0]
            raise IngestError(path, f"unreadable GDELT export ({first})", line=int(m.group(1)) if m else None) from None


def ingest_gdelt(store: Store, path: str | Path) -> IngestResult:
    """Ingest one GDELT 1.0/2.0 event export (``.CSV`` or ``.CSV.zip``) into ``store``."""
    tmpdir = str(Path(store.path).parent) if str(store.path) != ":memory:" else None
    return store.ingest_with(Path(path), "gdelt", lambda con, p, insert: load_gdelt(con, p, insert, tmpdir))
