"""The GDELT 2.0 live feed (``dyadwatch sync gdelt``) against a real HTTP server on 127.0.0.1.

The server is a threaded ``http.server`` serving a generated ``masterfilelist.txt`` and
``lastupdate.txt`` (whose URLs point at GDELT's own host, as the real lists do, so every
download also checks that URLs are rewritten onto the base URL), small valid GDELT 2.0
export zips built here, and the real export in ``../shared``. It can drop connections
mid-file, refuse ``Range`` requests, answer with error statuses, and counts every request.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from conftest import GDELT2_ZIP
from dyadwatch.cli import main
from dyadwatch.sources.feed import (
    BACKOFF_ENV,
    SyncEvent,
    check_base_url,
    parse_stamp,
    sync_gdelt,
)
from dyadwatch.store import DyadwatchError, Store
from gdelt_rows import gdelt_row

REAL_EXPORT = GDELT2_ZIP  # the real 2.0 export of 2017-07-01 23:45 in ../shared
GDELT_HOST = "http://data.gdeltproject.org/gdeltv2/"
BACKOFF = 0.001

# The published files: three generated exports around the real one of 2017-07-01 23:45.
BEFORE, EARLY, NOON, REAL, AFTER = (
    "20170630234500", "20170701000000", "20170701121500", "20170701234500", "20170702000000",
)
STAMPS = (BEFORE, EARLY, NOON, REAL, AFTER)


def export_name(stamp: str) -> str:
    return f"{stamp}.export.CSV.zip"


def make_export(stamp: str, first_id: int, rows: int = 3) -> bytes:
    """A valid GDELT 2.0 event export zip of ``rows`` RUS->AZE events (61 columns, no header).

    Stored uncompressed with a fixed timestamp: the same arguments give the same bytes, and
    exports of the same stamp and id width have the same size.
    """
    day = date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]))
    text = "".join(
        gdelt_row(first_id + i, day, articles=2 + i, url=f"https://news.example/{stamp}/{i}") + "\n"
        for i in range(rows)
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr(zipfile.ZipInfo(f"{stamp}.export.CSV", date_time=(2017, 7, 1, 0, 0, 0)), text)
    return buf.getvalue()


def md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


# --- the server ----------------------------------------------------------------------------


class FeedServer:
    """A threaded HTTP server on 127.0.0.1 serving files under ``/gdeltv2/``.

    ``drops[name]``: how many more GETs of ``name`` are cut off after half their body
    (-1: all of them). ``statuses[name]``: statuses to answer before serving (the last one
    repeats if ``sticky``). ``ranges``: whether ``Range: bytes=N-`` is honoured.
    ``requests``: every request as ``(name, Range header or None)``.
    """

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.drops: dict[str, int] = {}
        self.statuses: dict[str, list[int]] = {}
        self.sticky: set[str] = set()
        self.ranges = True
        self.requests: list[tuple[str, str | None]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 5

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                name = path.removeprefix("/gdeltv2/")
                server.requests.append((name, self.headers.get("Range")))
                statuses = server.statuses.get(name)
                if statuses:
                    code = statuses[0] if name in server.sticky else statuses.pop(0)
                    self.send_error(code)
                    return
                data = server.files.get(name)
                if data is None or not path.startswith("/gdeltv2/"):
                    self.send_error(404)
                    return
                start, status = 0, 200
                m = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range") or "")
                if m and server.ranges:
                    start = int(m.group(1))
                    if start >= len(data):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(data)}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    status = 206
                body = data[start:]
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Accept-Ranges", "bytes" if server.ranges else "none")
                if status == 206:
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.end_headers()
                left = server.drops.get(name, 0)
                if left:
                    server.drops[name] = left - 1 if left > 0 else left
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True  # hang up mid-file
                    return
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that hangs up early is part of these tests

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02})
        self.thread.start()

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/gdeltv2/"

    def gets(self, name: str) -> list[str | None]:
        """The Range headers of the requests for ``name``, in order."""
        return [r for n, r in self.requests if n == name]

    def file_requests(self) -> list[str]:
        return [n for n, _ in self.requests if n.endswith(".zip")]

    def publish(self, files: dict[str, bytes], listed: dict[str, tuple[int, str]] | None = None,
                extra_lines: tuple[str, ...] = ()) -> None:
        """Serve ``files`` and list them (with mentions/GKG lines beside each export) in
        ``masterfilelist.txt``; ``listed`` overrides an entry's listed size and MD5."""
        self.files.update(files)
        listed = listed or {}
        lines = []
        for name in sorted(files):
            size, digest = listed.get(name, (len(files[name]), md5(files[name])))
            stamp = name[:14]
            lines.append(f"{size} {digest} {GDELT_HOST}{name}")
            lines.append(f"4242 {md5(name.encode())} {GDELT_HOST}{stamp}.mentions.CSV.zip")
            lines.append(f"9999 {md5(stamp.encode())} {GDELT_HOST}{stamp}.gkg.csv.zip")
        lines.extend(extra_lines)
        self.files["masterfilelist.txt"] = ("\n".join(lines) + "\n").encode()
        newest = max(files)
        data = files[newest]
        stamp = newest[:14]
        self.files["lastupdate.txt"] = (
            f"{len(data)} {md5(data)} {GDELT_HOST}{newest}\n"
            f"4242 {md5(b'm')} {GDELT_HOST}{stamp}.mentions.CSV.zip\n"
            f"9999 {md5(b'g')} {GDELT_HOST}{stamp}.gkg.csv.zip\n"
        ).encode()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture(autouse=True)
def local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy between the client and 127.0.0.1, and tiny retry delays."""
    for var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv(BACKOFF_ENV, str(BACKOFF))


@pytest.fixture
def server() -> Iterator[FeedServer]:
    s = FeedServer()
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def files() -> dict[str, bytes]:
    out = {export_name(s): make_export(s, 1000 + 100 * i) for i, s in enumerate(STAMPS) if s != REAL}
    out[export_name(REAL)] = REAL_EXPORT.read_bytes()
    return out


@pytest.fixture
def feed(server: FeedServer, files: dict[str, bytes]) -> FeedServer:
    server.publish(files)
    return server


def ledger(store: Store) -> list[str]:
    return sorted(f["name"] for f in store.files())


def run_cli(db: Path, *args: str) -> object:
    return CliRunner().invoke(main, ["--db", str(db), "sync", "gdelt", *args], catch_exceptions=False)


DAY = [export_name(s) for s in (EARLY, NOON, REAL)]


# --- dates and arguments -------------------------------------------------------------------


def test_parse_stamp_forms() -> None:
    assert parse_stamp("2017-07-01") == "20170701000000"
    assert parse_stamp("2017-07-01", "--until", end=True) == "20170701235959"
    assert parse_stamp("20170701121500") == "20170701121500"
    for bad in ("yesterday", "2017-13-01", "2017-7-1", "20171301000000", "201707011215", ""):
        with pytest.raises(DyadwatchError, match="is not a date or time"):
            parse_stamp(bad)


def test_base_url_must_be_http() -> None:
    assert check_base_url("http://mirror.example/gdelt") == "http://mirror.example/gdelt/"
    with pytest.raises(DyadwatchError, match="--base-url"):
        check_base_url("ftp://mirror.example/")


# --- the happy path ------------------------------------------------------------------------


def test_sync_a_day_fetches_verifies_and_ingests_only_that_day(feed: FeedServer, store: Store) -> None:
    events: list[SyncEvent] = []
    result = sync_gdelt(store, "2017-07-01", "2017-07-01", base_url=feed.base_url, progress=events.append)

    assert result.ok and [f.name for f in result.files] == DAY
    assert result.summary() == {
        "listed": 3, "in store": 0, "present": 0, "fetched": 3, "verified": 3, "ingested": 3,
        "rows added": result.rows_added, "failed": 0,
    }
    assert ledger(store) == DAY
    assert result.rows_added == store.count() == 3 + 3 + store.files()[-1]["rows_added"]
    assert store.files()[-1]["rows_added"] > 0  # the real export
    # Only the master list and the day's exports were asked for (not mentions, GKG, other days).
    assert [n for n, _ in feed.requests] == ["masterfilelist.txt", *DAY]
    cache = Path(store.path).parent / "gdelt-cache"  # beside the store
    assert result.cache_dir == cache
    assert sorted(p.name for p in cache.iterdir()) == DAY  # verified copies, no .part
    for name in DAY:
        assert (cache / name).read_bytes() == feed.files[name]
    kinds = [e.kind for e in events]
    assert kinds[0] == "list" and "listed" in kinds and kinds.count("done") == 3
    assert sum(e.advance for e in events if e.kind == "bytes") == sum(len(feed.files[n]) for n in DAY)
    assert sum(e.advance for e in events if e.kind == "list-bytes") == len(feed.files["masterfilelist.txt"])


def test_timestamps_filter_to_the_quarter_hour(feed: FeedServer, store: Store, tmp_path: Path) -> None:
    result = sync_gdelt(store, "20170701121500", "20170702000000", base_url=feed.base_url,
                        cache_dir=tmp_path / "dl")
    assert [f.name for f in result.files] == [export_name(s) for s in (NOON, REAL, AFTER)]
    assert result.ok and result.ingested == 3
    only_until = sync_gdelt(store, "2017-06-30", "20170701000000", base_url=feed.base_url, cache_dir=tmp_path / "dl")
    assert [f.name for f in only_until.files] == [export_name(BEFORE), export_name(EARLY)]
    assert only_until.ingested == 2


def test_since_latest_reads_lastupdate_only(feed: FeedServer, store: Store) -> None:
    result = sync_gdelt(store, "latest", base_url=feed.base_url)
    assert [f.name for f in result.files] == [export_name(AFTER)]
    assert result.ok and result.rows_added == 3
    assert [n for n, _ in feed.requests] == ["lastupdate.txt", export_name(AFTER)]


def test_second_sync_adds_nothing_and_downloads_nothing(feed: FeedServer, tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    first = run_cli(db, "--since", "2017-07-01", "--until", "2017-07-01", "--base-url", feed.base_url)
    assert first.exit_code == 0, first.stderr
    with Store(db) as store:
        rows = store.count()
    feed.requests.clear()

    again = run_cli(db, "--since", "2017-07-01", "--until", "2017-07-01", "--base-url", feed.base_url)
    assert again.exit_code == 0, again.stderr
    assert feed.file_requests() == []
    with Store(db) as store:
        assert store.count() == rows
        result = sync_gdelt(store, "2017-07-01", "2017-07-01", base_url=feed.base_url)
        assert store.count() == rows
    assert result.ok and result.in_store == 3 and result.rows_added == 0 and result.fetched == 0


# --- failures ------------------------------------------------------------------------------


def test_md5_mismatch_is_reported_not_ingested_and_the_rest_go_on(
    server: FeedServer, files: dict[str, bytes], tmp_path: Path
) -> None:
    bad = export_name(NOON)
    honest = files[bad]
    forged = make_export(NOON, 9000)  # what the server sends instead
    assert len(forged) == len(honest) and forged != honest
    server.publish({**files, bad: forged}, listed={bad: (len(honest), md5(honest))})
    db = tmp_path / "events.duckdb"

    out = run_cli(db, "--since", "2017-07-01", "--until", "2017-07-01", "--base-url", server.base_url,
                  "--retries", "2")

    assert out.exit_code == 1
    assert f"error: {bad}: MD5 mismatch: got {md5(forged)}, the list says {md5(honest)}" in out.stderr
    assert "1 of 3 file(s) failed" in out.stderr
    assert "Traceback" not in out.output
    assert bad in out.stdout and "verify" in out.stdout  # the failures table names it
    assert len(server.gets(bad)) == 3  # tried, then retried twice
    with Store(db) as store:
        assert ledger(store) == [export_name(EARLY), export_name(REAL)]
        assert store.sql("SELECT count(*) FROM events WHERE event_id IN ('9000', '9001', '9002')").fetchone()[0] == 0
    cache = tmp_path / "gdelt-cache"
    assert not (cache / bad).exists() and not (cache / f"{bad}.part").exists()


def test_size_mismatch_is_a_failure(server: FeedServer, files: dict[str, bytes], store: Store) -> None:
    bad = export_name(EARLY)
    server.publish(files, listed={bad: (len(files[bad]) + 7, md5(files[bad]))})
    result = sync_gdelt(store, EARLY, NOON, base_url=server.base_url, retries=1)
    (failure,) = result.failures
    assert failure.name == bad and failure.stage == "verify" and failure.fetched
    assert failure.error == f"size {len(files[bad]):,} bytes, the list says {len(files[bad]) + 7:,} (after 2 attempts)"
    assert server.gets(bad) == [None, None]  # a wrong file is fetched whole again, not resumed
    assert result.ingested == 1 and ledger(store) == [export_name(NOON)]


def test_a_dropped_connection_is_resumed_with_a_range_request(feed: FeedServer, store: Store) -> None:
    name = export_name(REAL)
    feed.drops[name] = 1
    waits: list[float] = []
    events: list[SyncEvent] = []
    result = sync_gdelt(store, REAL, REAL, base_url=feed.base_url, retries=3, backoff=0.5,
                        sleep=waits.append, progress=events.append)
    assert result.ok and result.ingested == 1 and result.files[0].attempts == 2
    half = len(feed.files[name]) // 2
    assert feed.gets(name) == [None, f"bytes={half}-"]
    assert waits == [0.5]
    (retry,) = [e for e in events if e.kind == "retry"]
    assert retry.name == name and f"connection closed after {half:,} of" in retry.message
    assert result.files[0].bytes_downloaded == len(feed.files[name])


def test_a_server_without_range_support_sends_the_whole_file_again(feed: FeedServer, store: Store) -> None:
    name = export_name(REAL)
    feed.ranges = False
    feed.drops[name] = 2
    result = sync_gdelt(store, REAL, REAL, base_url=feed.base_url)
    assert result.ok and result.files[0].attempts == 3
    assert len(feed.gets(name)) == 3 and ledger(store) == [name]


def test_a_server_that_always_drops_fails_that_file_only(feed: FeedServer, tmp_path: Path) -> None:
    name = export_name(NOON)
    feed.drops[name] = -1
    db = tmp_path / "events.duckdb"
    out = run_cli(db, "--since", "2017-07-01", "--until", "2017-07-01", "--base-url", feed.base_url, "--retries", "2")
    assert out.exit_code == 1
    assert out.stderr.count(f"retry: {name}: connection closed after") == 2
    assert f"error: {name}: connection closed after" in out.stderr and "(after 3 attempts)" in out.stderr
    assert len(feed.gets(name)) == 3
    with Store(db) as store:
        assert ledger(store) == [export_name(EARLY), export_name(REAL)]
    part = tmp_path / "gdelt-cache" / f"{name}.part"
    assert 0 < part.stat().st_size < len(feed.files[name])  # kept for the next run

    # The server recovers: the next run resumes the .part and fetches only the rest.
    resume_at = part.stat().st_size
    del feed.drops[name]
    feed.requests.clear()
    out = run_cli(db, "--since", "2017-07-01", "--until", "2017-07-01", "--base-url", feed.base_url)
    assert out.exit_code == 0, out.stderr
    assert feed.file_requests() == [name] and feed.gets(name) == [f"bytes={resume_at}-"]
    assert not part.exists() and (tmp_path / "gdelt-cache" / name).read_bytes() == feed.files[name]
    with Store(db) as store:
        assert ledger(store) == DAY


def test_transient_http_errors_back_off_exponentially(feed: FeedServer, store: Store) -> None:
    name = export_name(EARLY)
    feed.statuses[name] = [503, 500, 429]
    waits: list[float] = []
    result = sync_gdelt(store, EARLY, EARLY, base_url=feed.base_url, retries=3, backoff=0.25, sleep=waits.append)
    assert result.ok and result.files[0].attempts == 4
    assert waits == [0.25, 0.5, 1.0]


def test_a_missing_file_fails_at_once(feed: FeedServer, store: Store) -> None:
    name = export_name(NOON)
    del feed.files[name]
    waits: list[float] = []
    result = sync_gdelt(store, "2017-07-01", "2017-07-01", base_url=feed.base_url, sleep=waits.append)
    (failure,) = result.failures
    assert failure.name == name and failure.error.startswith("HTTP 404") and failure.stage == "download"
    assert len(feed.gets(name)) == 1 and waits == []
    assert result.ingested == 2 and not result.ok


def test_a_malformed_list_entry_in_range_is_a_named_failure(server: FeedServer, files: dict[str, bytes], store: Store) -> None:
    server.publish(files, extra_lines=(
        f"12ab {md5(b'x')} {GDELT_HOST}20170701180000.export.CSV.zip",
        f"{GDELT_HOST}20170701181500.export.CSV.zip",
        f"100 {md5(b'y')} {GDELT_HOST}20160101000000.export.CSV.zip",  # out of range: ignored
        f"100 {md5(b'z')} {GDELT_HOST}garbled.export.CSV.zip",
        "",
    ))
    result = sync_gdelt(store, "2017-07-01", "2017-07-01", base_url=server.base_url)
    failed = {f.name: f for f in result.failures}
    assert sorted(failed) == ["20170701180000.export.CSV.zip", "20170701181500.export.CSV.zip"]
    assert all(f.stage == "list" and f.error.startswith("malformed list entry") for f in failed.values())
    assert result.listed == 5 and result.ingested == 3 and result.unreadable == 1


def test_an_unreadable_master_list_is_a_one_line_error(server: FeedServer, files: dict[str, bytes], tmp_path: Path) -> None:
    server.publish(files)
    server.statuses["masterfilelist.txt"] = [500]
    server.sticky.add("masterfilelist.txt")
    out = run_cli(tmp_path / "events.duckdb", "--since", "2017-07-01", "--base-url", server.base_url, "--retries", "1")
    assert out.exit_code == 1
    assert out.stderr.strip().splitlines()[-1].startswith("error: ")
    assert "masterfilelist.txt: cannot read the GDELT file list (HTTP 500" in out.stderr
    assert "after 2 attempts" in out.stderr
    assert server.file_requests() == []


def test_a_damaged_copy_in_the_cache_is_fetched_again(feed: FeedServer, store: Store) -> None:
    cache = Path(store.path).parent / "gdelt-cache"
    cache.mkdir()
    name = export_name(REAL)
    (cache / name).write_bytes(b"not a zip")
    result = sync_gdelt(store, REAL, REAL, base_url=feed.base_url)
    assert result.ok and result.present == 0 and result.fetched == 1
    assert (cache / name).read_bytes() == feed.files[name]


def test_a_damaged_part_file_is_resumed_then_discarded_and_fetched_whole(feed: FeedServer, store: Store) -> None:
    cache = Path(store.path).parent / "gdelt-cache"
    cache.mkdir()
    name = export_name(REAL)
    (cache / f"{name}.part").write_bytes(b"\0" * 1000)  # the right length of the wrong bytes
    waits: list[float] = []
    result = sync_gdelt(store, REAL, REAL, base_url=feed.base_url, sleep=waits.append)
    assert result.ok and result.files[0].attempts == 2 and len(waits) == 1
    assert feed.gets(name) == ["bytes=1000-", None]
    assert (cache / name).read_bytes() == feed.files[name] and not (cache / f"{name}.part").exists()


# --- resume --------------------------------------------------------------------------------


class Interrupted(KeyboardInterrupt):
    """Ctrl-C, as the progress callback delivers it in these tests."""


def test_an_interrupted_run_is_resumed_without_downloading_verified_files(
    feed: FeedServer, tmp_path: Path
) -> None:
    third = export_name(REAL)

    def stop_mid_third(ev: SyncEvent) -> None:
        if ev.kind == "bytes" and ev.name == third:
            raise Interrupted

    with Store(tmp_path / "a.duckdb") as store, pytest.raises(Interrupted):
        sync_gdelt(store, "2017-07-01", "2017-07-01", base_url=feed.base_url, cache_dir=tmp_path / "dl",
                   progress=stop_mid_third)
    with Store(tmp_path / "a.duckdb") as store:
        assert ledger(store) == DAY[:2]  # the third was interrupted before its ingest
    assert sorted(p.name for p in (tmp_path / "dl").iterdir()) == [*DAY[:2], f"{third}.part"]
    assert [n for n, _ in feed.requests] == ["masterfilelist.txt", *DAY]

    # Run 2, same store: two files are in the store, the third's .part is complete: no download.
    feed.requests.clear()
    with Store(tmp_path / "a.duckdb") as store:
        result = sync_gdelt(store, "2017-07-01", "2017-07-01", base_url=feed.base_url, cache_dir=tmp_path / "dl")
        assert ledger(store) == DAY
        rows = store.count()
    assert feed.file_requests() == []
    assert result.ok and result.in_store == 2 and result.ingested == 1

    # Run 3, a fresh store over the same downloads: all three present, none fetched.
    with Store(tmp_path / "b.duckdb") as store:
        result = sync_gdelt(store, "2017-07-01", "2017-07-01", base_url=feed.base_url, cache_dir=tmp_path / "dl")
        assert store.count() == rows
    assert feed.file_requests() == []
    assert result.summary()["present"] == 3 and result.fetched == 0 and result.ingested == 3


# --- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--since", "yesterday"), "error: --since: 'yesterday' is not a date or time"),
        (("--since", "2017-02-30"), "error: --since: '2017-02-30' is not a date or time"),
        (("--since", "2017-07-01", "--until", "2017-06"), "error: --until: '2017-06' is not a date or time"),
        (("--since", "2017-07-02", "--until", "2017-07-01"), "error: --until 2017-07-01 23:59:59 is before --since"),
        (("--since", "latest", "--until", "2017-07-01"), "error: --until cannot be combined with --since latest"),
        (("--since", "2017-07-01", "--base-url", "gdelt.example"), "error: --base-url: 'gdelt.example' is not"),
    ],
)
def test_bad_arguments_are_one_line_errors(feed: FeedServer, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    full = list(args) if "--base-url" in args else [*args, "--base-url", feed.base_url]
    out = run_cli(tmp_path / "events.duckdb", *full)
    assert out.exit_code == 1
    assert out.stderr.startswith(message) and len(out.stderr.strip().splitlines()) == 1
    assert feed.requests == [] and not (tmp_path / "events.duckdb").exists()


def test_a_bad_backoff_variable_is_a_one_line_error(
    feed: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(BACKOFF_ENV, "soon")
    out = run_cli(tmp_path / "events.duckdb", "--since", "2017-07-01", "--base-url", feed.base_url)
    assert out.exit_code == 1
    assert out.stderr == f"error: ${BACKOFF_ENV}: 'soon' is not a number of seconds >= 0\n"
    assert feed.requests == []


def test_the_real_command_in_a_subprocess(server: FeedServer, files: dict[str, bytes], tmp_path: Path) -> None:
    bad = export_name(EARLY)
    server.publish(files, listed={bad: (len(files[bad]), "0" * 32)})
    db = tmp_path / "events.duckdb"
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env[BACKOFF_ENV] = str(BACKOFF)
    cmd = [sys.executable, "-m", "dyadwatch.cli", "--db", str(db), "sync", "gdelt",
           "--since", "2017-07-01", "--until", "2017-07-01", "--base-url", server.base_url, "--retries", "1"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert f"error: {bad}: MD5 mismatch" in proc.stderr and "1 of 3 file(s) failed" in proc.stderr
    assert "Traceback" not in proc.stderr
    with Store(db, read_only=True) as store:
        assert ledger(store) == [export_name(NOON), export_name(REAL)]
