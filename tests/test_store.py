"""The store: Parquet round trip, ledger, read-only access, default location."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.schema import EVENT_COLUMN_NAMES
from dyadwatch.sources.gdelt import ingest_gdelt
from dyadwatch.store import DyadwatchError, Store, default_db_path
from gdelt_rows import gdelt_row, write_gdelt


def test_parquet_round_trip_keeps_every_field(store: Store, tmp_path: Path) -> None:
    rows = [gdelt_row(i, date(2023, 1 + i, 3), code=c) for i, c in enumerate(["042", "190", "0311", "163"])]
    ingest_gdelt(store, write_gdelt(tmp_path / "p.export.CSV", rows))
    out = tmp_path / "events.parquet"
    assert store.export_parquet(out) == 4
    with Store(tmp_path / "copy.duckdb") as other:
        res = other.import_parquet(out)
        assert res.rows_added == 4
        keep = [c for c in EVENT_COLUMN_NAMES if c not in ("file_id", "ingested_at")]
        q = f"SELECT {', '.join(keep)} FROM events ORDER BY event_id"
        assert other.con.execute(q).fetchall() == store.con.execute(q).fetchall()
        assert other.import_parquet(out).already_ingested


def test_ledger_records_each_file(store: Store, tmp_path: Path) -> None:
    p = write_gdelt(tmp_path / "l.export.CSV", [gdelt_row(1, date(2023, 5, 1))])
    ingest_gdelt(store, p)
    (entry,) = store.files()
    assert entry["name"] == "l.export.CSV" and entry["rows_read"] == 1 and entry["rows_added"] == 1
    assert len(entry["md5"]) == 32 and entry["kind"] == "gdelt"


def test_read_only_store(tmp_path: Path) -> None:
    with pytest.raises(DyadwatchError, match="no store here yet"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    path = tmp_path / "ro.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as ro, Store(path, read_only=True) as ro2:
        assert ro.count() == ro2.count() == 0


def test_default_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DYADWATCH_DB", str(tmp_path / "env.duckdb"))
    assert default_db_path() == tmp_path / "env.duckdb"
    monkeypatch.delenv("DYADWATCH_DB")
    assert default_db_path().name == "dyadwatch.duckdb"
