"""Test support for the web app: a store with real history, a live server on 127.0.0.1, and a
local "news site" that the events' source links point to."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import uvicorn

from dyadwatch.sources.gdelt import ingest_gdelt
from dyadwatch.store import Store
from gdelt_rows import gdelt_row, write_gdelt

# (source, target, CAMEO code, Goldstein) cycles: calm cooperation, then a conflict spell
COOPERATION = [("042", 1.9), ("043", 2.8), ("051", 3.4), ("057", 8.0), ("061", 6.4), ("036", 4.0)]
CONFLICT = [("112", -2.0), ("130", -4.4), ("172", -5.0), ("190", -10.0), ("111", -2.0), ("195", -10.0)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def dyad_rows(start_id: int, a: str, b: str, first: date, months: int, per_month: int, turn_at: int | None,
              url_base: str, aspect_types: tuple[str, str] = ("GOV", "GOV")) -> list[str]:
    """``months`` months of A–B events from ``first``: cooperation, turning to conflict at month
    ``turn_at`` (None: never). Every event links to ``url_base``/article/ID."""
    rows = []
    eid = start_id
    for m in range(months):
        conflict = turn_at is not None and m >= turn_at
        n = per_month + (4 if conflict else 0)
        for i in range(n):
            day = first + timedelta(days=int(m * 30.44) + (i * 29) // max(1, n))
            codes = CONFLICT if conflict else COOPERATION
            code, g = codes[(i + m) % len(codes)]
            src, tgt = (a, b) if i % 2 == 0 else (b, a)
            rows.append(gdelt_row(eid, day, src, tgt, code=code, goldstein=g, articles=1 + (i * 7 + m) % 9,
                                  tone=-4.0 if conflict else 2.0, url=f"{url_base}/article/{eid}",
                                  source_type=aspect_types[0], target_type=aspect_types[1]))
            eid += 1
    return rows


def build_store(folder: Path, url_base: str) -> Path:
    """A store with three years of several South Caucasus dyads (GDELT 2.0 rows, ingested by
    the real ingest): RUS–AZE turns to conflict in its last six months, the others stay calm."""
    first = date(2021, 1, 1)
    rows: list[str] = []
    rows += dyad_rows(1_000_000, "RUS", "AZE", first, 36, 10, 30, url_base)
    rows += dyad_rows(2_000_000, "RUS", "ARM", first, 36, 6, None, url_base)
    rows += dyad_rows(3_000_000, "AZE", "ARM", first, 36, 5, 18, url_base, ("MIL", "MIL"))
    rows += dyad_rows(4_000_000, "TUR", "AZE", first, 36, 6, None, url_base)
    rows += dyad_rows(5_000_000, "RUS", "GEO", first, 36, 3, None, url_base)
    rows += dyad_rows(6_000_000, "IRN", "AZE", first, 36, 3, None, url_base)
    path = folder / "web.duckdb"
    src = write_gdelt(folder / "20231231000000.export.CSV", rows)
    with Store(path) as s:
        ingest_gdelt(s, src)
    return path


class LiveServer:
    """The app served by uvicorn in a thread on 127.0.0.1 (real HTTP)."""

    def __init__(self, app: object):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)

    def client(self, **kw: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kw)  # type: ignore[arg-type]


class _ArticleHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        body = (f"<!doctype html><html><head><title>Article {self.path.rsplit('/', 1)[-1]}</title></head>"
                f"<body><h1 id='article'>Report {self.path}</h1></body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def article_server() -> Iterator[str]:
    """A local news site: GET /article/ID answers a page titled "Article ID"."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _ArticleHandler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
