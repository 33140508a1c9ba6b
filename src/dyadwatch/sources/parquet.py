"""Parquet files written by ``dyadwatch export`` → the events table (moving a store between
machines or engines). The file must carry every event column; ``file_id`` and
``ingested_at`` are set anew, so the ledger stays the one record of what came in when."""

from __future__ import annotations

from pathlib import Path

import duckdb

from ..schema import EVENT_COLUMN_NAMES
from ..store import IngestError

STAGED = tuple(c for c in EVENT_COLUMN_NAMES if c not in ("file_id", "ingested_at"))


def stage_parquet(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    p = str(path).replace("'", "''")
    try:
        names = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{p}')").fetchall()]
    except duckdb.Error:
        raise IngestError(path, "not a Parquet file") from None
    missing = [c for c in STAGED if c not in names]
    if missing:
        raise IngestError(path, f"not a dyadwatch event export: missing columns {', '.join(missing)}")
    try:
        con.execute(f"CREATE TEMP TABLE staged AS SELECT {', '.join(STAGED)} FROM read_parquet('{p}')")
    except duckdb.Error as e:
        raise IngestError(path, f"unreadable Parquet file ({str(e).splitlines()[0]})") from None
