"""One contract every source adapter passes: valid rows, idempotence, atomic failure.

Each adapter gets a valid file (real data where ../shared has it, else generated) and broken
variants; the same assertions run for all of them.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from conftest import GDELT2_ZIP, ICEWS_TAB
from dyadwatch.schema import ASPECTS
from dyadwatch.store import IngestError, Store
from gdelt_rows import gdelt_row, write_gdelt


@dataclass
class Adapter:
    name: str
    ingest: Callable
    valid: Callable[[Path], Path]
    broken: Callable[[Path], list[Path]]


def _gdelt():
    from dyadwatch.sources.gdelt import ingest_gdelt

    def valid(tmp: Path) -> Path:
        return shutil.copy(GDELT2_ZIP, tmp / GDELT2_ZIP.name)

    def broken(tmp: Path) -> list[Path]:
        rows = [gdelt_row(i, date(2024, 1, 2)) for i in range(10)]
        rows[7] = rows[7].replace("\t042\t", "\tX42\t", 1)
        trunc = tmp / "trunc.export.CSV.zip"
        trunc.write_bytes(GDELT2_ZIP.read_bytes()[:2000])
        return [write_gdelt(tmp / "badcode.export.CSV", rows), trunc]

    return Adapter("gdelt", ingest_gdelt, valid, broken)


def _icews():
    from dyadwatch.sources.icews import ingest_icews

    def valid(tmp: Path) -> Path:
        return shutil.copy(ICEWS_TAB, tmp / ICEWS_TAB.name)

    def broken(tmp: Path) -> list[Path]:
        lines = ICEWS_TAB.read_text(encoding="utf-8").splitlines()
        bad_date = lines[:50]
        f = bad_date[20].split("\t")
        f[1] = "01/06/2018"
        bad_date[20] = "\t".join(f)
        p1 = tmp / "bad_date.tab"
        p1.write_text("\n".join(bad_date) + "\n")
        short = lines[:30] + ["\t".join(lines[30].split("\t")[:7])]
        p2 = tmp / "short.tab"
        p2.write_text("\n".join(short) + "\n")
        p3 = tmp / "gdelt_as_icews.tab"
        p3.write_text(gdelt_row(1, date(2024, 1, 1)) + "\n")
        return [p1, p2, p3]

    return Adapter("icews", ingest_icews, valid, broken)


def _parquet():
    from dyadwatch.sources.gdelt import ingest_gdelt

    def valid(tmp: Path) -> Path:
        with Store(tmp / "src.duckdb") as s:
            ingest_gdelt(s, GDELT2_ZIP)
            s.export_parquet(tmp / "events.parquet")
        return tmp / "events.parquet"

    def broken(tmp: Path) -> list[Path]:
        p1 = tmp / "junk.parquet"
        p1.write_bytes(b"PAR1 not really")
        import duckdb

        p2 = tmp / "other.parquet"
        duckdb.sql(f"COPY (SELECT 1 AS a) TO '{p2}' (FORMAT parquet)")
        return [p1, p2]

    return Adapter("parquet", lambda store, p: store.import_parquet(p), valid, broken)


def _text():
    from dyadwatch.sources import text

    def valid(tmp: Path) -> Path:
        p = tmp / "news.jsonl"
        p.write_text(
            '{"id": "a1", "date": "2024-12-26", "url": "http://x.org/1", "text": "Azerbaijan accused Russia of shooting down the airliner."}\n'
            '{"id": "a2", "date": "2024-12-27", "url": "http://x.org/2", "text": "Russia and Azerbaijan signed a transit agreement."}\n',
            encoding="utf-8",
        )
        return p

    def broken(tmp: Path) -> list[Path]:
        p = tmp / "latin1.txt"
        p.write_bytes("Azerbaïdjan a accusé la Russie.".encode("latin-1"))
        return [p]

    return Adapter("text", text.ingest_text, valid, broken)


ADAPTERS = {"gdelt": _gdelt, "icews": _icews, "parquet": _parquet, "text": _text}


@pytest.fixture(params=sorted(ADAPTERS))
def adapter(request) -> Adapter:
    return ADAPTERS[request.param]()


def test_valid_file_gives_complete_rows(adapter: Adapter, store: Store, tmp_path: Path) -> None:
    res = adapter.ingest(store, adapter.valid(tmp_path))
    assert res.rows_added > 0 and res.rows_added == store.count()
    bad = store.con.execute(
        f"""SELECT count(*) FROM events WHERE event_id IS NULL OR dataset IS NULL OR date IS NULL
            OR cameo_code IS NULL OR cameo_root <> substr(cameo_code, 1, 2) OR quad NOT BETWEEN 1 AND 4
            OR goldstein NOT BETWEEN -10 AND 10 OR file_id IS NULL OR ingested_at IS NULL
            OR (aspect IS NOT NULL AND aspect NOT IN {tuple(ASPECTS)}) OR articles < 0"""
    ).fetchone()[0]
    assert bad == 0
    dupes = store.con.execute(
        "SELECT count(*) - count(DISTINCT (dataset, event_id)) FROM events"
    ).fetchone()[0]
    assert dupes == 0


def test_same_file_twice_adds_nothing(adapter: Adapter, store: Store, tmp_path: Path) -> None:
    path = adapter.valid(tmp_path)
    first = adapter.ingest(store, path)
    again = adapter.ingest(store, path)
    assert again.rows_added == 0 and store.count() == first.rows_added
    # A renamed copy has the same MD5: still nothing.
    copy = shutil.copy(path, tmp_path / ("copy-" + path.name))
    assert adapter.ingest(store, copy).rows_added == 0


def test_broken_files_fail_whole_with_a_one_line_error(adapter: Adapter, store: Store, tmp_path: Path) -> None:
    adapter.ingest(store, adapter.valid(tmp_path))
    before = (store.count(), len(store.files()))
    for bad in adapter.broken(tmp_path):
        with pytest.raises(IngestError) as exc:
            adapter.ingest(store, bad)
        assert str(exc.value).startswith(str(bad)) and "\n" not in str(exc.value)
        assert (store.count(), len(store.files())) == before


def test_missing_file(adapter: Adapter, store: Store, tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        adapter.ingest(store, tmp_path / "nope.dat")
