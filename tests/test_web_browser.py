"""The dashboard in Debian's chromium (Playwright, never 'playwright install'): overview, a
dyad's chart, event filters, a source link, the brief. Screenshots go to test-artifacts/web/."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dyadwatch.web.app import create_app
from webfixtures import LiveServer, article_server, build_store, free_port

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "web"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium; see .ci/run)")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def news() -> Iterator[str]:
    with article_server() as url:
        yield url


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, news: str) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("browser")
    db = build_store(folder, news)
    with LiveServer(create_app(db, token="t", watchlist=folder / "w.sqlite", warm=False)) as s:
        yield s


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    ctx = browser.new_context(viewport={"width": 1300, "height": 900}, accept_downloads=True)  # type: ignore[attr-defined]
    pg = ctx.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.problems = problems  # type: ignore[attr-defined]
    yield pg
    ctx.close()
    assert not problems, problems  # no CSP violations, no script errors


def shot(pg: object, name: str) -> None:
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_overview_dyad_chart_events_and_source(server: LiveServer, page: object, news: str) -> None:
    pg = page
    pg.goto(server.url + "/")  # type: ignore[attr-defined]
    rows = pg.locator("#top tr.dyad-row")  # type: ignore[attr-defined]
    assert rows.count() >= 5
    assert pg.locator("#top .badge").first.inner_text().strip()  # type: ignore[attr-defined]
    assert pg.locator("#top svg.spark path.spark-line").count() >= 5  # type: ignore[attr-defined]
    shot(pg, "01-overview")

    # open a dyad from the overview
    pg.locator("#top a.dyad-link", has_text="Azerbaijan – Russia").click()  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"/dyad/AZE/RUS$"))  # type: ignore[attr-defined]
    chart = pg.locator("svg#dyad-chart")  # type: ignore[attr-defined]
    chart.wait_for()
    box = chart.bounding_box()
    assert box and box["width"] > 600 and box["height"] > 200  # drawn, at a real size
    assert pg.locator("svg#dyad-chart path.line").get_attribute("d").count("L") > 20  # type: ignore[attr-defined]
    assert pg.locator("svg#dyad-chart rect.bar").count() >= 30  # type: ignore[attr-defined]
    assert pg.locator("svg#dyad-chart line.tp").count() >= 1  # type: ignore[attr-defined]
    assert pg.locator(".head-state .badge").inner_text().split(" ")[0] in ("escalating", "deteriorating")  # type: ignore[attr-defined]
    assert pg.locator("#drivers li.driver").count() >= 1  # type: ignore[attr-defined]
    assert pg.locator("#drivers a.source").count() >= 1  # type: ignore[attr-defined]
    shot(pg, "02-dyad-AZE-RUS")

    # the brief, as a PDF download
    with pg.expect_download() as dl:  # type: ignore[attr-defined]
        pg.locator("#brief-pdf").click()  # type: ignore[attr-defined]
    pdf = ARTIFACTS / "AZE-RUS-brief.pdf"
    dl.value.save_as(pdf)
    assert dl.value.suggested_filename == "AZE-RUS-brief.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.stat().st_size > 10_000

    # the events table, filtered in place by the local script
    pg.locator("#events-link").click()  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"/events/AZE/RUS$"))  # type: ignore[attr-defined]
    pg.wait_for_selector("body[data-filters-ready='1']")  # type: ignore[attr-defined]
    total_all = int(pg.locator("#events-count").inner_text().split()[0].replace(",", ""))  # type: ignore[attr-defined]
    pg.select_option("#f-quad", "4")  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"quad=4"))  # type: ignore[attr-defined]
    pg.wait_for_function("() => [...document.querySelectorAll('tr.event')].every(r => r.dataset.quad === '4')")  # type: ignore[attr-defined]
    count = pg.locator("#events-count").inner_text()  # type: ignore[attr-defined]
    n_q4 = int(count.split()[0].replace(",", ""))
    assert 0 < n_q4 < total_all
    assert pg.locator("tr.event").count() == min(50, n_q4)  # type: ignore[attr-defined]
    pg.fill("#f-start", "2023-10-01")  # type: ignore[attr-defined]
    pg.locator("#f-start").dispatch_event("change")  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"start=2023-10-01"))  # type: ignore[attr-defined]
    pg.wait_for_function("() => [...document.querySelectorAll('tr.event td.nowrap')].every(td => td.textContent.trim() >= '2023-10-01')")  # type: ignore[attr-defined]
    assert int(pg.locator("#events-count").inner_text().split()[0]) < n_q4  # type: ignore[attr-defined]
    shot(pg, "03-events-filtered")

    # follow an event to its source
    link = pg.locator("tr.event a.source").first  # type: ignore[attr-defined]
    href = link.get_attribute("href")
    assert href.startswith(news + "/article/")
    with pg.context.expect_page() as info:  # type: ignore[attr-defined]
        link.click()
    article = info.value
    article.wait_for_load_state()
    assert article.url == href
    assert article.title() == "Article " + href.rsplit("/", 1)[-1]
    article.screenshot(path=str(ARTIFACTS / "04-source-article.png"))

    # back: the filters are in the address, so a reload shows the same rows
    pg.reload()  # type: ignore[attr-defined]
    assert pg.locator("#f-quad").input_value() == "4"  # type: ignore[attr-defined]


def test_region_network(server: LiveServer, page: object) -> None:
    pg = page
    pg.goto(server.url + "/region?countries=RUS,AZE,ARM,GEO,TUR,IRN")  # type: ignore[attr-defined]
    net = pg.locator("svg#region-network")  # type: ignore[attr-defined]
    net.wait_for()
    assert pg.locator("svg#region-network g.node").count() == 6  # type: ignore[attr-defined]
    edges = pg.locator("svg#region-network line.edge")  # type: ignore[attr-defined]
    assert edges.count() == 6  # the dyads with events
    classes = " ".join(edges.nth(i).get_attribute("class") for i in range(edges.count()))
    assert "state-stable" in classes and ("state-escalating" in classes or "state-deteriorating" in classes)
    shot(pg, "05-region")
    pg.locator("svg#region-network a.edge-link").first.click()  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"/dyad/[A-Z]{3}/[A-Z]{3}$"))  # type: ignore[attr-defined]


def test_bundled_sample_dyad_page(tmp_path: Path, browser: object) -> None:
    """'dyadwatch serve' itself, on the bundled sample news: the Russia–Azerbaijan page with
    its chart and the sentences the events were coded from."""
    db = tmp_path / "sample.duckdb"
    env = {**os.environ, "DYADWATCH_WATCHLIST": str(tmp_path / "w.sqlite")}
    r = subprocess.run([sys.executable, "-m", "dyadwatch.cli", "--db", str(db), "ingest", "sample"],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "dyadwatch.cli", "--db", str(db), "serve", "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/api/status", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "dyadwatch serve did not start"
            time.sleep(0.2)
        ctx = browser.new_context(viewport={"width": 1300, "height": 900})  # type: ignore[attr-defined]
        pg = ctx.new_page()
        pg.goto(url + "/dyad/RUS/AZE")
        pg.locator("svg#dyad-chart").wait_for()
        assert pg.locator("h1").inner_text().startswith("Russia – Azerbaijan")
        assert pg.locator("svg#dyad-chart circle.pt").count() >= 5
        assert pg.locator("#turning-points q.evidence, #drivers q.evidence").count() >= 3
        pg.screenshot(path=str(ARTIFACTS / "06-sample-RUS-AZE.png"), full_page=True)
        pg.goto(url + "/")
        pg.screenshot(path=str(ARTIFACTS / "07-sample-overview.png"), full_page=True)
        ctx.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
