"""The REST API and the pages over real HTTP on 127.0.0.1: answers, errors, headers, tokens."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dyadwatch import api
from dyadwatch.output import jsonable
from dyadwatch.store import Store
from dyadwatch.web.app import create_app, is_loopback
from webfixtures import LiveServer, article_server, build_store

TOKEN = "s3cret-token"


def same(a: object, b: object, rel: float = 1e-9) -> bool:
    """Equal JSON values, floats within ``rel`` (DuckDB's parallel sums vary in the last bits)."""
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and a == pytest.approx(b, rel=rel)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k], rel) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y, rel) for x, y in zip(a, b))
    return a == b


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Path]]:
    folder = tmp_path_factory.mktemp("webapi")
    with article_server() as news:
        db = build_store(folder, news)
        app = create_app(db, token=TOKEN, watchlist=folder / "watch.sqlite", warm=False)
        with LiveServer(app) as server:
            yield server, db


@pytest.fixture(scope="module")
def http(site: tuple[LiveServer, Path]) -> Iterator[httpx.Client]:
    with site[0].client() as c:
        yield c


def test_assess_is_the_library_answer(site: tuple[LiveServer, Path], http: httpx.Client) -> None:
    r = http.get("/api/assess/RUS/AZE")
    assert r.status_code == 200
    got = r.json()
    with Store(site[1], read_only=True) as s:
        want = jsonable(api.assess(s, "RUS", "AZE").to_dict())
    assert same(got, want)
    assert got["state"] in ("escalating", "deteriorating")
    assert got["turning_points"], "the conflict spell is a turning point"


def test_assess_options_and_bad_values(http: httpx.Client) -> None:
    r = http.get("/api/assess/RUS/ARM", params={"window": 3, "baseline": 12})
    assert r.status_code == 200 and r.json()["windows"]["recent"]["months"] == 3
    r = http.get("/api/assess/RUS/ARM", params={"window": 0})
    assert r.status_code == 422 and "window" in r.json()["detail"]
    r = http.get("/api/assess/RUS/ARM", params={"as_of": "1990-01-01"})
    assert r.status_code == 422 and "outside the data" in r.json()["detail"]
    r = http.get("/api/assess/RUS/ARM", params={"as_of": "yesterday"})
    assert r.status_code == 422 and r.json()["detail"].startswith("as_of:")


def test_unknown_codes_and_empty_dyads_are_404(http: httpx.Client) -> None:
    for url in ("/api/assess/XYZ/AZE", "/api/series/RUS/QQQ", "/api/events/ZZZ/AZE"):
        r = http.get(url)
        assert r.status_code == 404, url
        assert "unknown country code" in r.json()["detail"]
    r = http.get("/api/assess/ARM/TUR")
    assert r.status_code == 404 and r.json() == {"detail": "no events between ARM and TUR in the store"}
    r = http.get("/api/assess/RUS/RUS")
    assert r.status_code == 422 and "same country" in r.json()["detail"]
    r = http.get("/api/assess/RUSS/AZE")
    assert r.status_code == 422
    r = http.get("/dyad/XYZ/AZE")
    assert r.status_code == 404 and "unknown country code" in r.text and "Traceback" not in r.text


def test_series_matches_library(site: tuple[LiveServer, Path], http: httpx.Client) -> None:
    r = http.get("/api/series/AZE/RUS", params={"by": "quarter", "start": "2022-01-01"})
    assert r.status_code == 200
    with Store(site[1], read_only=True) as s:
        from datetime import date

        assert same(r.json(), api.series(s, "AZE", "RUS", by="quarter", start=date(2022, 1, 1)))
    assert http.get("/api/series/AZE/RUS", params={"by": "decade"}).status_code == 422
    r = http.get("/api/series/AZE/RUS", params={"start": "2023-01-01", "end": "2022-01-01"})
    assert r.status_code == 422 and "after" in r.json()["detail"]


def test_events_paging_and_filters(site: tuple[LiveServer, Path], http: httpx.Client) -> None:
    with Store(site[1], read_only=True) as s:
        n_all = s.con.execute(
            "SELECT count(*) FROM events WHERE (source_country='RUS' AND target_country='AZE') "
            "OR (source_country='AZE' AND target_country='RUS')").fetchone()[0]
        n_q4 = s.con.execute(
            "SELECT count(*) FROM events WHERE ((source_country='RUS' AND target_country='AZE') "
            "OR (source_country='AZE' AND target_country='RUS')) AND quad = 4 AND date >= '2023-09-01'").fetchone()[0]
    r = http.get("/api/events/RUS/AZE", params={"per_page": 25})
    body = r.json()
    assert body["total"] == n_all and len(body["events"]) == 25 and body["pages"] == -(-n_all // 25)
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    page2 = http.get("/api/events/RUS/AZE", params={"per_page": 25, "page": 2}).json()["events"]
    assert not {e["event_id"] for e in page2} & {e["event_id"] for e in body["events"]}
    r = http.get("/api/events/RUS/AZE", params={"quad": 4, "start": "2023-09-01", "per_page": 500})
    evs = r.json()["events"]
    assert r.json()["total"] == n_q4 > 0 and len(evs) == n_q4
    assert all(e["quad"] == 4 and e["date"] >= "2023-09-01" and e["source_url"] for e in evs)
    r = http.get("/api/events/RUS/AZE", params={"dataset": "icews"})
    assert r.json()["total"] == 0
    r = http.get("/api/events/RUS/AZE", params={"directed": True, "per_page": 500})
    assert all(e["source_country"] == "RUS" for e in r.json()["events"])
    for bad in ({"quad": 5}, {"aspect": "sports"}, {"dataset": "x"}, {"page": 0}, {"per_page": 501},
                {"start": "2023-13-01"}):
        r = http.get("/api/events/RUS/AZE", params=bad)
        assert r.status_code == 422, bad
        assert isinstance(r.json()["detail"], str) and "\n" not in r.json()["detail"]


def test_dyads_and_region(site: tuple[LiveServer, Path], http: httpx.Client) -> None:
    r = http.get("/api/dyads", params={"list": "top", "top": 3})
    top = r.json()["top"]
    with Store(site[1], read_only=True) as s:
        want = [(d["a"], d["b"], d["events"]) for d in api.top_dyads(s, 3)]
    assert [(d["a"], d["b"], d["events"]) for d in top] == want
    assert want[0] == ("AZE", "RUS", 36 * 10 + 6 * 4)
    assert all(d["state"] and d["spark"] for d in top)
    r = http.get("/api/region", params={"countries": "RUS,AZE,ARM,GEO,TUR,IRN"})
    assert r.status_code == 200
    reg = r.json()
    assert [c["code"] for c in reg["countries"]] == ["RUS", "AZE", "ARM", "GEO", "TUR", "IRN"]
    assert len(reg["dyads"]) == 15
    by_pair = {(d["a"], d["b"]): d for d in reg["dyads"]}
    assert by_pair[("RUS", "AZE")]["state"] == http.get("/api/assess/RUS/AZE").json()["state"]
    assert by_pair[("ARM", "TUR")]["events"] == 0 and by_pair[("ARM", "TUR")]["state"] is None
    assert http.get("/api/region", params={"countries": "RUS"}).status_code == 422
    r = http.get("/api/region", params={"countries": "RUS,XYZ"})
    assert r.status_code == 404 and "XYZ" in r.json()["detail"]


def test_security_headers_everywhere(http: httpx.Client) -> None:
    for url in ("/", "/dyad/RUS/AZE", "/api/dyads", "/static/app.css", "/api/assess/XYZ/AZE", "/nope"):
        r = http.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"


def test_pages_have_no_inline_script_or_style_and_load_nothing_from_outside(http: httpx.Client) -> None:
    for url in ("/", "/dyad/RUS/AZE", "/events/RUS/AZE?quad=4", "/region?countries=RUS,AZE,ARM,GEO,TUR,IRN",
                "/login"):
        html = http.get(url).text
        for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.S):
            assert 'src="/static/' in m.group(1) and not m.group(2).strip(), url
        assert not re.search(r"\sstyle\s*=", html), url
        assert not re.search(r"\son[a-z]+\s*=", html), url
        for m in re.finditer(r'<(?:script|link|img)\b[^>]*(?:src|href)="([^"]+)"', html):
            assert m.group(1).startswith("/"), (url, m.group(1))


def test_dyad_page_shows_chart_and_evidence(http: httpx.Client) -> None:
    html = http.get("/dyad/RUS/AZE").text
    assert 'id="dyad-chart"' in html and '<path class="line"' in html
    for section in ("turning-points", "aspects", "stances", "drivers", "partners"):
        assert f'id="{section}"' in html
    assert 'class="source" href="http://127.0.0.1:' in html
    assert "Russia – Azerbaijan" in html


def test_writing_needs_the_token(http: httpx.Client) -> None:
    assert http.post("/api/watchlist", json={"a": "RUS", "b": "AZE"}).status_code == 401
    bad = {"Authorization": "Bearer nope"}
    assert http.post("/api/watchlist", json={"a": "RUS", "b": "AZE"}, headers=bad).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = http.post("/api/watchlist", json={"a": "rus", "b": "aze"}, headers=auth)
    assert r.status_code == 201 and (r.json()["a"], r.json()["b"]) == ("RUS", "AZE")
    assert [(w["a"], w["b"]) for w in http.get("/api/watchlist").json()] == [("RUS", "AZE")]
    r = http.post("/api/watchlist", json={"a": "RUS", "b": "XYZ"}, headers=auth)
    assert r.status_code == 404
    r = http.post("/api/watchlist/check", headers=auth)
    assert r.status_code == 200 and r.json()["first"][0]["new_state"] in ("escalating", "deteriorating")
    dy = http.get("/api/dyads", params={"list": "watchlist"}).json()["watchlist"]
    assert dy[0]["watched"] and dy[0]["checked_state"] == dy[0]["state"]
    assert http.delete("/api/watchlist/RUS/AZE").status_code == 401
    assert http.delete("/api/watchlist/AZE/RUS", headers=auth).status_code == 204
    assert http.delete("/api/watchlist/AZE/RUS", headers=auth).status_code == 404
    assert http.get("/api/watchlist").json() == []


def test_dashboard_forms_sign_in_with_a_cookie(site: tuple[LiveServer, Path]) -> None:
    with site[0].client(follow_redirects=False) as c:
        assert c.post("/watch", data={"a": "RUS", "b": "ARM"}).status_code == 401
        assert c.post("/login", data={"token": "wrong", "next": "/"}).status_code == 401
        r = c.post("/login", data={"token": TOKEN, "next": "//evil.example/"})
        assert r.status_code == 303 and r.headers["location"] == "/"
        cookie = r.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        r = c.post("/watch", data={"a": "RUS", "b": "ARM"}, headers={"Origin": site[0].url})
        assert r.status_code == 303
        assert "RUS" in c.get("/").text.split('id="watched"')[1].split("</section>")[0]
        r = c.post("/watch", data={"action": "remove", "a": "RUS", "b": "ARM"}, headers={"Origin": "http://evil.example"})
        assert r.status_code == 403
        r = c.post("/watch", data={"action": "remove", "a": "RUS", "b": "ARM"}, headers={"Origin": site[0].url})
        assert r.status_code == 303
        assert c.get("/api/watchlist").json() == []


def test_writing_is_off_without_a_token(tmp_path: Path, site: tuple[LiveServer, Path]) -> None:
    app = create_app(site[1], token="", watchlist=tmp_path / "w.sqlite", warm=False)
    with LiveServer(app) as server, server.client() as c:
        r = c.post("/api/watchlist", json={"a": "RUS", "b": "AZE"}, headers={"Authorization": "Bearer x"})
        assert r.status_code == 403 and "DYADWATCH_TOKEN" in r.json()["detail"]
        assert c.get("/api/dyads").status_code == 200


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost") and is_loopback("127.1.2.3")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.org")


def test_brief_downloads(site: tuple[LiveServer, Path], http: httpx.Client) -> None:
    r = http.get("/api/brief/RUS/AZE.md")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
    assert r.headers["content-disposition"] == 'attachment; filename="RUS-AZE-brief.md"'
    with Store(site[1], read_only=True) as s:
        assert r.text == api.brief(s, "RUS", "AZE", fmt="md")
    r = http.get("/api/brief/RUS/AZE.html")
    assert r.status_code == 200 and r.text.startswith("<!DOCTYPE html>")
    csp = r.headers["content-security-policy"]
    assert "script-src" not in csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    r = http.get("/api/brief/RUS/AZE.pdf", params={"as_of": "2023-06-30"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf" and r.content.startswith(b"%PDF-")
    assert r.headers["content-disposition"] == 'attachment; filename="RUS-AZE-brief-2023-06-30.pdf"'
    assert http.get("/api/brief/RUS/AZE.docx").status_code == 422
    assert http.get("/api/brief/XYZ/AZE.pdf").status_code == 404
    assert http.get("/api/brief/ARM/TUR.md").status_code == 404
    assert 'id="brief-pdf" href="/api/brief/RUS/AZE.pdf"' in http.get("/dyad/RUS/AZE").text


CUSTOM_PLAYBOOK = """rules:
  - id: hotline
    area: Security
    when:
      state: [escalating, deteriorating]
    recommend: Open a military hotline between the general staffs within a week.
    engagement:
      label: talks and consultations
      cameo: ["04"]
"""


def test_playbook_upload_needs_the_token_and_is_checked(http: httpx.Client) -> None:
    r = http.get("/api/playbook")
    assert r.status_code == 200 and r.headers["x-dyadwatch-playbook"] == "bundled" and "rules:" in r.text
    bundled_brief = http.get("/api/brief/RUS/AZE.md").text
    assert http.put("/api/playbook", content=CUSTOM_PLAYBOOK).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/yaml"}
    r = http.put("/api/playbook", content="rules:\n  - id: x\n    when: {nonsense: 1}\n", headers=auth)
    assert r.status_code == 422 and "uploaded playbook" in r.json()["detail"]
    assert http.get("/api/playbook").headers["x-dyadwatch-playbook"] == "bundled"
    r = http.put("/api/playbook", content=CUSTOM_PLAYBOOK, headers=auth)
    assert r.status_code == 200 and r.json() == {"rules": 1, "uploaded": True}
    r = http.get("/api/playbook")
    assert r.headers["x-dyadwatch-playbook"] == "uploaded" and r.text == CUSTOM_PLAYBOOK
    brief = http.get("/api/brief/RUS/AZE.md").text
    assert "Open a military hotline" in brief and brief != bundled_brief
    assert http.delete("/api/playbook").status_code == 401
    assert http.delete("/api/playbook", headers=auth).status_code == 204
    assert http.delete("/api/playbook", headers=auth).status_code == 404
    assert http.get("/api/brief/RUS/AZE.md").text == bundled_brief


def test_playbook_page_form(site: tuple[LiveServer, Path]) -> None:
    with site[0].client(follow_redirects=False) as c:
        html = c.get("/playbook").text
        assert "bundled" in html and "<textarea" not in html and "Sign in" in html
        assert c.post("/playbook", data={"text": CUSTOM_PLAYBOOK}).status_code == 401
        c.post("/login", data={"token": TOKEN, "next": "/playbook"})
        origin = {"Origin": site[0].url}
        r = c.post("/playbook", data={"action": "save", "text": "rules: [1, 2"}, headers=origin)
        assert r.status_code == 422 and 'id="playbook-error"' in r.text and "not valid YAML" in r.text
        assert c.post("/playbook", data={"action": "save", "text": CUSTOM_PLAYBOOK}, headers=origin).status_code == 303
        assert "uploaded" in c.get("/playbook").text
        assert c.post("/playbook", data={"action": "reset"}, headers=origin).status_code == 303
        assert c.get("/api/playbook").headers["x-dyadwatch-playbook"] == "bundled"
