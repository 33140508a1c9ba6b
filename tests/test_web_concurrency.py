"""The server reads while 'dyadwatch ingest' writes in another process: no failed requests, no
failed ingest, and the new data shows up once the writer is done."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import date
from pathlib import Path

import httpx
import pytest

from dyadwatch.store import Store
from dyadwatch.web import snapshot as snapshot_mod
from dyadwatch.web.app import create_app
from dyadwatch.web.snapshot import SnapshotManager
from gdelt_rows import write_gdelt
from webfixtures import LiveServer, build_store, dyad_rows


def _ingest(db: Path, path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dyadwatch.cli", "--db", str(db), "ingest", "gdelt", str(path)],
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_requests_and_ingest_run_side_by_side(tmp_path: Path) -> None:
    db = build_store(tmp_path, "http://127.0.0.1:9")
    with Store(db, read_only=True) as s:
        before = s.count()
    files = []
    for i in range(3):  # three more years of RUS–TUR, one file (and one writer process) each
        rows = dyad_rows(10_000_000 + i * 100_000, "RUS", "TUR", date(2021 + i, 1, 1), 12, 600, None, "http://x")
        files.append(write_gdelt(tmp_path / f"2024010{i}000000.export.CSV", rows))
    added = 3 * 12 * 600

    app = create_app(db, token="t", snapshot_dir=tmp_path / "snaps", check_interval=0.2, warm=False)
    statuses: Counter[int] = Counter()
    done_at: list[float] = []
    failures: list[str] = []
    stop = threading.Event()

    def hammer(base: str, urls: list[str]) -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            while not stop.is_set():
                for u in urls:
                    try:
                        r = c.get(u)
                        statuses[r.status_code] += 1
                        done_at.append(time.monotonic())
                        if r.status_code != 200:
                            failures.append(f"{u}: {r.status_code} {r.text[:200]}")
                    except httpx.HTTPError as e:
                        failures.append(f"{u}: {e!r}")

    urls = ["/api/assess/RUS/AZE", "/api/events/RUS/AZE?per_page=5", "/api/dyads?list=top&top=3", "/dyad/RUS/ARM",
            "/api/status"]
    with LiveServer(app) as server:
        threads = [threading.Thread(target=hammer, args=(server.url, urls)) for _ in range(3)]
        for t in threads:
            t.start()
        try:
            time.sleep(0.5)
            t0 = time.monotonic()
            for f in files:
                r = _ingest(db, f)
                assert r.returncode == 0, r.stderr  # the writer never finds the store locked
            t1 = time.monotonic()
            # the server holds no lock either: this process can open the store for writing
            with Store(db) as s:
                assert s.count() == before + added
            deadline = time.monotonic() + 60
            with server.client() as c:
                while c.get("/api/status").json()["snapshot"]["events"] != before + added:
                    assert time.monotonic() < deadline, "the server never picked up the new data"
                    time.sleep(0.2)
                assert c.get("/api/events/RUS/TUR", params={"per_page": 1}).json()["total"] == added
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=60)
    assert not failures, failures[:5]
    assert set(statuses) == {200}
    assert sum(t0 < t < t1 for t in done_at) >= 10, "requests were answered while the writers ran"
    assert not list((tmp_path / "snaps").glob("*.duckdb")), "the server's copies are deleted when it stops"


def test_a_copy_taken_while_the_file_changes_is_discarded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = build_store(tmp_path, "http://127.0.0.1:9")
    mgr = SnapshotManager(db, tmp_path / "snaps")
    assert mgr.refresh() and mgr.current is not None
    first = mgr.current
    real_copy = snapshot_mod._copy

    def copy_while_writing(src: Path, dst: Path) -> None:
        real_copy(src, dst)
        with Store(db) as s:  # a writer commits (and checkpoints on close) during the copy
            s.con.execute("DELETE FROM events WHERE source_country = 'IRN'")

    with Store(db) as s:  # new data: the next refresh takes a copy ...
        s.con.execute("DELETE FROM events WHERE source_country = 'GEO'")
    monkeypatch.setattr(snapshot_mod, "_copy", copy_while_writing)  # ... while a writer goes on
    assert not mgr.refresh()
    assert mgr.current is first and "being written" in (mgr.last_error or "")
    assert sorted(p.name for p in (tmp_path / "snaps").iterdir()) == [first.path.name]
    monkeypatch.setattr(snapshot_mod, "_copy", real_copy)
    assert mgr.refresh()
    with mgr.store() as (store, snap):
        assert snap.generation > first.generation
        assert store.con.execute("SELECT count(*) FROM events WHERE source_country = 'IRN'").fetchone()[0] == 0
    assert not first.path.exists(), "the old copy is deleted once no request reads it"
    mgr.close()
    assert not list((tmp_path / "snaps").glob("*.duckdb"))


def test_an_old_copy_lives_until_its_last_reader_is_done(tmp_path: Path) -> None:
    db = build_store(tmp_path, "http://127.0.0.1:9")
    mgr = SnapshotManager(db, tmp_path / "snaps")
    with mgr.store() as (store, snap):
        n = store.count()
        with Store(db) as w:
            w.con.execute("DELETE FROM events WHERE source_country = 'GEO' OR target_country = 'GEO'")
        assert mgr.refresh()
        assert snap.retired and snap.path.exists()
        assert store.count() == n  # this request still reads its copy
    assert not snap.path.exists()
    with mgr.store() as (store, _):
        assert store.count() < n
    mgr.close()


def test_no_store_yet_is_a_one_line_error(tmp_path: Path) -> None:
    app = create_app(tmp_path / "none.duckdb", warm=False)
    with LiveServer(app) as server, server.client() as c:
        r = c.get("/api/dyads")
        assert r.status_code == 422 and r.json() == {
            "detail": f"{tmp_path / 'none.duckdb'}: no store here yet (ingest some data first)"}
