"""News text into the store (``ingest text``) and the ``code`` command: formats, repeated
articles, bad input, the sample corpus's RUS-AZE series."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

from dyadwatch.coding.documents import read_documents
from dyadwatch.sources.text import TextIngest, doc_key, ingest_text
from dyadwatch.store import IngestError, Store, file_md5

ARTICLE = (
    "Azerbaijan summoned the Russian ambassador on Monday. "
    "Russia and Iran signed an agreement to build a railway to the Azerbaijani border."
)

HTML = f"""<!DOCTYPE html><html><head><title>Baku summons envoy</title>
<meta property="og:url" content="https://news.example/baku-envoy">
<meta name="date" content="2025-07-02"></head>
<body><nav>Home | World | Sport</nav><article><h1>Baku summons envoy</h1>
<p>{ARTICLE}</p><p>Officials in Baku did not comment further on the talks, which
were expected to continue next week according to people familiar with the plans.</p></article>
<footer>Copyright</footer></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Caucasus wire</title>
<item><title>Moscow protests</title><link>https://news.example/a</link>
<description>&lt;p&gt;Russia accused Azerbaijan of violating the ceasefire.&lt;/p&gt;</description>
<pubDate>Tue, 01 Jul 2025 10:00:00 GMT</pubDate></item>
<item><title>Envoys meet</title><link>https://news.example/b</link>
<description>Armenia and Turkey held talks on normalising relations.</description>
<pubDate>Wed, 02 Jul 2025 10:00:00 GMT</pubDate></item>
</channel></rss>"""


def _jsonl(path: Path, records: list[dict | str]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def _events(store: Store) -> list[dict]:
    rel = store.con.execute("SELECT * FROM events ORDER BY event_id")
    cols = [d[0] for d in rel.description]
    return [dict(zip(cols, r)) for r in rel.fetchall()]


def test_jsonl_ingest_rows(store, tmp_path):
    p = _jsonl(tmp_path / "news.jsonl", [{"id": "n1", "date": "2025-07-02", "url": "https://x/1", "title": "T", "text": ARTICLE}])
    r = ingest_text(store, p)
    assert r.dataset == "text" and r.rows_added >= 3
    rows = _events(store)
    summon = next(e for e in rows if e["cameo_code"] == "114")
    assert (summon["source_country"], summon["target_country"], summon["quad"]) == ("AZE", "RUS", 3)
    assert summon["evidence"] == "Azerbaijan summoned the Russian ambassador on Monday."
    assert summon["source_url"] == "https://x/1"
    assert str(summon["date"]) == "2025-07-02"
    assert summon["event_id"].endswith("-0-0")
    rail = [e for e in rows if e["cameo_code"] == "057"]
    assert {(e["source_country"], e["target_country"]) for e in rail} == {("RUS", "IRN"), ("IRN", "RUS")}
    assert {e["aspect"] for e in rail} == {"transport"} and rail[0]["aspect_rule"].startswith("text:")


def test_repeated_articles_once(store, tmp_path):
    rec = {"date": "2025-07-02", "url": "https://x/1", "text": ARTICLE}
    p1 = _jsonl(tmp_path / "a.jsonl", [rec, rec])
    p2 = _jsonl(tmp_path / "b.jsonl", [{**rec, "id": "other"}, {"date": "2025-07-03", "text": "Turkey praised Azerbaijan."}])
    first = ingest_text(store, p1)
    second = ingest_text(store, p2)
    assert first.rows_added >= 3
    assert second.rows_read == first.rows_added + 1 and second.rows_added == 1
    again = ingest_text(store, p2)
    assert again.already_ingested and store.count() == first.rows_added + 1


def test_txt_html_and_feed(store, tmp_path):
    txt = tmp_path / "story.txt"
    txt.write_text(ARTICLE + "\n\nTurkey praised Azerbaijan.\n", encoding="utf-8")
    html = tmp_path / "page.html"
    html.write_text(HTML, encoding="utf-8")
    feed = tmp_path / "wire.rss"
    feed.write_text(RSS, encoding="utf-8")
    assert ingest_text(store, txt).rows_added >= 4
    assert {e["source_url"] for e in _events(store)} == {None}
    r = ingest_text(store, html)
    assert r.rows_added >= 3
    html_rows = [e for e in _events(store) if e["source_url"] == "https://news.example/baku-envoy"]
    assert len(html_rows) == r.rows_added and {str(e["date"]) for e in html_rows} == {"2025-07-02"}
    # the same article saved again (other markup, same URL) adds nothing
    again = tmp_path / "page-saved-again.html"
    again.write_text(HTML.replace("<footer>Copyright</footer>", "<footer>(c) 2025</footer>"), encoding="utf-8")
    r2 = ingest_text(store, again)
    assert not r2.already_ingested and r2.rows_read == r.rows_added and r2.rows_added == 0
    r = ingest_text(store, feed)
    assert r.rows_added >= 3
    feed_rows = [e for e in _events(store) if e["source_url"] and "news.example" in e["source_url"]]
    accuse = next(e for e in feed_rows if e["cameo_code"] == "112")
    assert (accuse["source_country"], accuse["target_country"], str(accuse["date"])) == ("RUS", "AZE", "2025-07-01")
    assert accuse["source_url"] == "https://news.example/a"


def test_html_metadata(tmp_path):
    html = tmp_path / "page.html"
    html.write_text(HTML, encoding="utf-8")
    docs = list(read_documents(html, lambda w, r: pytest.fail(f"{w}: {r}")))
    assert len(docs) == 1
    assert "summoned the Russian ambassador" in docs[0].text and "Home | World" not in docs[0].text
    assert docs[0].title == "Baku summons envoy"
    assert str(docs[0].date) == "2025-07-02"


def test_bad_lines_are_skipped_and_named(store, tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_bytes(
        b'{"id": "ok1", "date": "2025-07-01", "text": "Russia accused Azerbaijan of violating the ceasefire."}\n'
        b"this is not json\n"
        b'{"id": "no-text", "date": "2025-07-01"}\n'
        b'{"id": "latin", "text": "Caf\xe9 in Baku"}\n'
        b'{"id": "ok2", "date": "2025-07-02", "text": "Turkey praised Azerbaijan."}\n'
    )
    skipped: list[tuple[str, str]] = []
    ing = TextIngest(on_skip=lambda w, r: skipped.append((w, r)))
    r = ing.ingest(store, p)
    assert r.rows_added == 2
    assert [w for w, _ in skipped] == [f"{p}:2", f"{p}:3", f"{p}:4"]
    assert "not JSON" in skipped[0][1] and "no 'text'" in skipped[1][1] and "UTF-8" in skipped[2][1]


def test_unreadable_files_fail_whole(store, tmp_path):
    bad_txt = tmp_path / "latin1.txt"
    bad_txt.write_bytes("Russia accused Azerbaijan.\nCaf\xe9\n".encode("latin-1"))
    with pytest.raises(IngestError, match=r"latin1\.txt.*line 2.*UTF-8"):
        ingest_text(store, bad_txt)
    empty_html = tmp_path / "empty.html"
    empty_html.write_text("<html><body><script>var x=1;</script></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="empty.html"):
        ingest_text(store, empty_html)
    assert store.count() == 0 and store.files() == []


def test_cli_ingest_text_reports_and_exits_nonzero(cli, tmp_path):
    good = _jsonl(tmp_path / "good.jsonl", [{"id": "1", "date": "2025-07-01", "text": "Russia accused Azerbaijan of violating the ceasefire."}])
    bad = _jsonl(tmp_path / "bad.jsonl", ["{broken", {"id": "2", "date": "2025-07-02", "text": "Turkey praised Azerbaijan."}])
    res = cli("ingest", "text", str(good), str(bad))
    assert res.exit_code == 1
    assert f"{bad}:1" in res.output and "1 item(s) skipped" in res.output
    assert "Traceback" not in res.output
    res = cli("series", "RUS", "AZE", "--by", "month", "--format", "json")
    assert res.exit_code == 0


def test_cli_code_jsonl_and_table(cli, tmp_path):
    p = _jsonl(tmp_path / "in.jsonl", [{"id": "d1", "date": "2025-07-01", "text": ARTICLE}, "nope", {"text": "Turkey praised Azerbaijan."}])
    res = cli("code", str(p))
    assert res.exit_code == 1  # one line skipped
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert {x["doc_id"] for x in lines} == {"d1", "3"}
    first = lines[0]
    assert first["sentence"] == 0 and first["source"] == "AZE" and first["target"] == "RUS" and first["quad"] == 3
    assert f"{p}:2" in res.stderr
    res = cli("code", "-", input="Putin hosted Aliyev and Pashinyan in Sochi.\n")
    assert res.exit_code == 0
    assert {(json.loads(x)["target"], json.loads(x)["code"]) for x in res.stdout.splitlines()} == {("AZE", "043"), ("ARM", "043"), ("RUS", "042")}
    res = cli("code", "--format", "table", "-", input="Turkey praised Azerbaijan.")
    assert res.exit_code == 0 and "TUR" in res.stdout


def test_cli_code_rules_only_leaves_out_learned_events(cli):
    text = "Indian warplanes struck what New Delhi called a militant training camp at Balakot inside Pakistan early on Tuesday.\n"
    res = cli("code", "-", input=text)
    learned = [json.loads(x) for x in res.stdout.splitlines()]
    assert learned and all(x["rule"].startswith("learned:") for x in learned)
    res = cli("code", "--rules-only", "-", input=text)
    assert res.exit_code == 0 and res.stdout.strip() == ""


def test_streaming_does_not_load_the_whole_file(tmp_path):
    """Documents come out one by one while the file is read: the reader never holds more
    than the current line."""
    p = tmp_path / "big.jsonl"
    with open(p, "w", encoding="utf-8") as f:
        for i in range(2000):
            f.write(json.dumps({"id": i, "text": f"Report {i}."}) + "\n")
    docs = read_documents(p, lambda w, r: None)
    first = next(docs)
    assert first.doc_id == "0"
    with open(p, "rb") as fh:
        assert fh.seek(0, 2) > 50_000
    assert sum(1 for _ in docs) == 1999


def test_sample_corpus_shows_2025_downturn(cli, tmp_path):
    sample = resources.files("dyadwatch.data").joinpath("caucasus_2020_2025.jsonl")
    with resources.as_file(sample) as path:
        local = shutil.copy(path, tmp_path / "caucasus.jsonl")
    res = cli("ingest", "text", str(local))
    assert res.exit_code == 0, res.output
    res = cli("series", "RUS", "AZE", "--by", "year", "--format", "json")
    rows = json.loads(res.stdout)
    by_year = {r["period"][:4]: r for r in rows}
    coop = {y: r["coop_share"] for y, r in by_year.items()}
    assert coop["2025"] < 0.6 and all(coop[y] >= 0.7 for y in ("2020", "2021", "2022", "2023", "2024"))
    gold = {y: r["goldstein_mean"] for y, r in by_year.items()}
    assert gold["2025"] < min(gold[y] for y in ("2021", "2022", "2023", "2024"))


# --- ingest text --recode ----------------------------------------------------------------------

RECODE_DOCS = [
    {"id": "a1", "date": "2025-07-01", "url": "https://news.example/r1", "text": ARTICLE},
    {"id": "a2", "date": "2025-07-02", "text": "Russia accused Azerbaijan of violating the ceasefire."},
    {"id": "a3", "date": "2025-07-03", "text": "Turkey praised Azerbaijan."},
    {"id": "quiet", "date": "2025-07-04", "text": "The weather in Baku was mild on Thursday."},
]
OTHER_DOCS = [
    {"id": "b1", "date": "2025-08-01", "url": "https://news.example/r2", "text": "Putin hosted Aliyev and Pashinyan in Sochi."},
    {"id": "b2", "date": "2025-08-02", "text": "Armenia and Turkey held talks on normalising relations."},
]
CODED = "event_id, cameo_code, quad, source_country, target_country"


def _keys(path: Path) -> dict[str, str]:
    """Document id → document key of every document in a news file."""
    return {d.doc_id: doc_key(d) for d in read_documents(path, lambda w, r: pytest.fail(f"{w}: {r}"))}


def _coded(db: Path | Store) -> list[tuple]:
    """The coded content of the store's text events, sorted."""
    if isinstance(db, Store):
        return sorted(db.con.execute(f"SELECT {CODED} FROM events WHERE dataset = 'text'").fetchall())
    with Store(db, read_only=True) as s:
        return _coded(s)


def _fresh(path: Path, tmp_path: Path) -> list[tuple]:
    """What the current coder stores for ``path`` in an empty store."""
    with Store(tmp_path / f"fresh-{path.stem}.duckdb") as s:
        ingest_text(s, path)
        return _coded(s)


def _dump(db: Path, where: str = "true") -> tuple[list[tuple], list[tuple]]:
    """Every column of every event row (matching ``where``) and every ledger row, sorted."""
    with Store(db, read_only=True) as s:
        events = s.con.execute(f"SELECT * FROM events WHERE {where} ORDER BY ALL").fetchall()
        files = s.con.execute("SELECT * FROM files ORDER BY ALL").fetchall()
    return events, files


def _fake(s: Store, like: str, event_id: str, **set_: object) -> None:
    """Store a copy of the row ``like`` under ``event_id`` (an event an older coder found)."""
    repl = ", ".join([f"'{event_id}' AS event_id", *(f"{v!r} AS {k}" for k, v in set_.items())])
    n = s.con.execute(f"INSERT INTO events SELECT * REPLACE ({repl}) FROM events WHERE event_id = ?", [like]).fetchone()[0]
    assert n == 1


def test_cli_recode_replaces_an_older_coders_events(cli, db_path, tmp_path):
    p = _jsonl(tmp_path / "news.jsonl", RECODE_DOCS)
    keys = _keys(p)
    fresh = _fresh(p, tmp_path)
    assert len(fresh) >= 4
    assert cli("ingest", "text", str(p)).exit_code == 0
    assert _coded(db_path) == fresh
    # what an older coder left: other codes for one article, an event the current one does not find
    with Store(db_path) as s:
        changed = s.con.execute(
            "UPDATE events SET cameo_code = '010', cameo_base = '010', cameo_root = '01', quad = 1 "
            "WHERE event_id LIKE ? || '-%'", [keys["a2"]]).fetchone()[0]
        assert changed >= 1
        first_a1 = s.con.execute("SELECT min(event_id) FROM events WHERE event_id LIKE ? || '-%'", [keys["a1"]]).fetchone()[0]
        _fake(s, first_a1, f"{keys['a1']}-9-0")
        s.con.execute("UPDATE files SET ingested_at = TIMESTAMP '2000-01-01 00:00:00'")
    old = _dump(db_path)
    assert _coded(db_path) != fresh

    res = cli("ingest", "text", str(p))
    assert res.exit_code == 0 and "already ingested" in res.output
    assert _dump(db_path) == old

    res = cli("ingest", "text", "--recode", str(p))
    assert res.exit_code == 0, res.output
    assert f"recoded: {len(fresh) + 1} events replaced" in res.output
    assert _coded(db_path) == fresh
    with Store(db_path, read_only=True) as s:
        assert s.con.execute("SELECT count(*) FROM events WHERE event_id = ?", [f"{keys['a1']}-9-0"]).fetchone()[0] == 0
        ledger = s.files()
    assert len(ledger) == 1
    assert ledger[0]["md5"] == file_md5(p) and ledger[0]["file_id"] == old[1][0][0]
    assert ledger[0]["rows_read"] == ledger[0]["rows_added"] == len(fresh)
    assert ledger[0]["ingested_at"].year > 2000
    # and it can be done again: nothing changes but the counts say so
    res = cli("ingest", "text", "--recode", str(p))
    assert res.exit_code == 0 and f"recoded: {len(fresh)} events replaced" in res.output
    assert _coded(db_path) == fresh


def test_cli_recode_deletes_events_of_documents_that_now_yield_none(cli, db_path, tmp_path):
    """Every stored event of the file's articles goes, whichever file brought it; an article
    without events now keeps none."""
    p = _jsonl(tmp_path / "news.jsonl", RECODE_DOCS)
    keys = _keys(p)
    fresh = _fresh(p, tmp_path)
    assert not [e for e in fresh if e[0].startswith(keys["quiet"] + "-")], "the current coder finds no event in 'quiet'"
    # an earlier file brought two of the articles: a1's events are stored under its ledger id
    earlier = _jsonl(tmp_path / "earlier.jsonl", [RECODE_DOCS[0], RECODE_DOCS[3]])
    assert cli("ingest", "text", str(earlier), str(p)).exit_code == 0
    with Store(db_path) as s:
        earlier_id, news_id = (f["file_id"] for f in s.files())
        a1_rows = s.con.execute("SELECT count(*) FROM events WHERE file_id = ?", [earlier_id]).fetchone()[0]
        assert a1_rows >= 2
        like = s.con.execute("SELECT min(event_id) FROM events WHERE file_id = ?", [earlier_id]).fetchone()[0]
        # events an older coder found in 'quiet', stored when the earlier file was ingested
        _fake(s, like, f"{keys['quiet']}-0-0")
        _fake(s, like, f"{keys['quiet']}-2-1")
        # a row the file added under a key no document of it has now (read differently back then)
        _fake(s, like, "0123456789abcdef-0-0", file_id=news_id)
    assert len(_coded(db_path)) == len(fresh) + 3
    res = cli("ingest", "text", "--recode", str(p))
    assert res.exit_code == 0, res.output
    assert f"recoded: {len(fresh) + 3} events replaced" in res.output
    assert _coded(db_path) == fresh
    with Store(db_path, read_only=True) as s:
        assert s.con.execute("SELECT count(*) FROM events WHERE file_id = ?", [earlier_id]).fetchone()[0] == 0
        assert s.con.execute("SELECT count(*) FROM events WHERE file_id = ?", [news_id]).fetchone()[0] == len(fresh)


@pytest.mark.parametrize("where", ["coder", "after-insert"])
def test_cli_recode_that_fails_leaves_the_store_as_it_was(cli, db_path, tmp_path, monkeypatch, where):
    p = _jsonl(tmp_path / "news.jsonl", RECODE_DOCS)
    keys = _keys(p)
    assert cli("ingest", "text", str(p)).exit_code == 0
    with Store(db_path) as s:
        s.con.execute("UPDATE events SET quad = 4 WHERE event_id LIKE ? || '-%'", [keys["a3"]])
        like = s.con.execute("SELECT min(event_id) FROM events").fetchone()[0]
        _fake(s, like, f"{keys['quiet']}-0-0")
    before = _dump(db_path)

    if where == "coder":  # the coder breaks down after two articles
        from dyadwatch.coding.coder import Coder

        real = Coder.code_documents

        def broken(self, docs):
            for i, item in enumerate(real(self, docs)):
                if i == 2:
                    raise IngestError(p, "the coder failed")
                yield item

        monkeypatch.setattr(Coder, "code_documents", broken)
    else:  # everything is deleted, inserted and counted; the last step of the transaction fails
        def broken(self, file_id=None):
            assert self.con.execute("SELECT count(*) FROM events WHERE event_id = ?", [f"{keys['quiet']}-0-0"]).fetchone()[0] == 0
            raise IngestError(p, "the disk is full")

        monkeypatch.setattr(Store, "apply_article_aspects", broken)

    res = cli("ingest", "text", "--recode", str(p))
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    errors = [line for line in res.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and str(p) in errors[0] and ("coder failed" in errors[0] or "disk is full" in errors[0])
    assert "the store holds none of their rows" in res.stderr
    assert _dump(db_path) == before


def test_cli_recode_leaves_other_files_and_datasets_alone(cli, db_path, tmp_path, shared):
    from conftest import GDELT2_ZIP

    a = _jsonl(tmp_path / "a.jsonl", RECODE_DOCS)
    b = _jsonl(tmp_path / "b.jsonl", OTHER_DOCS)
    res = cli("ingest", "gdelt", str(GDELT2_ZIP))
    assert res.exit_code == 0, res.output
    res = cli("ingest", "text", str(a), str(b))
    assert res.exit_code == 0, res.output
    a_keys = "', '".join(_keys(a).values())
    not_a = f"NOT (dataset = 'text' AND split_part(event_id, '-', 1) IN ('{a_keys}'))"
    with Store(db_path) as s:
        # an older coder's events of a's articles
        s.con.execute(f"UPDATE events SET goldstein = 0 WHERE dataset = 'text' AND NOT ({not_a})")
        n = s.con.execute(f"SELECT count(*) FILTER (dataset = 'gdelt2'), count(*) FILTER (dataset = 'text') FROM events WHERE {not_a}").fetchone()
    assert n[0] == 50 and n[1] >= 2
    others, ledger = _dump(db_path, not_a)
    res = cli("ingest", "text", "--recode", str(a))
    assert res.exit_code == 0, res.output
    after_others, after_ledger = _dump(db_path, not_a)
    assert after_others == others
    assert [r for r in after_ledger if r[2] != str(a.resolve())] == [r for r in ledger if r[2] != str(a.resolve())]
    assert len(after_ledger) == len(ledger) == 3
    with Store(db_path, read_only=True) as s:
        mine = sorted(s.con.execute(f"SELECT {CODED} FROM events WHERE NOT ({not_a})").fetchall())
    assert mine == _fresh(a, tmp_path)


def test_recode_library_api(store, tmp_path, monkeypatch):
    p = _jsonl(tmp_path / "news.jsonl", RECODE_DOCS)
    # a file not in the ledger: an ordinary ingest (one new ledger row), noted as a recode
    first = ingest_text(store, p, recode=True)
    assert first.recoded and first.replaced == 0 and not first.already_ingested
    assert first.rows_read == first.rows_added == store.count() >= 4
    assert [f["file_id"] for f in store.files()] == [first.file_id]
    # without recode a known file adds nothing
    again = ingest_text(store, p)
    assert again.already_ingested and not again.recoded
    # an error that is not an IngestError (an interrupted run) also rolls everything back
    rows = _events(store)
    ing = TextIngest()
    real = ing.coder.code_documents

    def interrupted(docs):
        for i, item in enumerate(real(docs)):
            if i == 3:
                raise KeyboardInterrupt
            yield item

    monkeypatch.setattr(ing.coder, "code_documents", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ing.ingest(store, p, recode=True)
    monkeypatch.undo()
    assert _events(store) == rows and len(store.files()) == 1
    # recode a known file: the same ledger row, every event replaced by an equal one
    r = TextIngest().ingest(store, p, recode=True)
    assert r.recoded and r.file_id == first.file_id and r.replaced == first.rows_added
    assert (r.rows_read, r.rows_added) == (first.rows_read, first.rows_added)
    assert _coded(store) == sorted((e["event_id"], e["cameo_code"], e["quad"], e["source_country"], e["target_country"]) for e in rows)
    assert [(f["file_id"], f["rows_added"]) for f in store.files()] == [(first.file_id, first.rows_added)]


def test_cli_ingest_sample_recode(cli):
    assert cli("ingest", "sample").exit_code == 0
    before = cli("series", "RUS", "AZE", "--by", "year", "--format", "json").stdout
    res = cli("ingest", "sample", "--recode")
    assert res.exit_code == 0, res.output
    assert "recoded" in res.stdout
    # the same coder gives the same events: the series is unchanged
    assert cli("series", "RUS", "AZE", "--by", "year", "--format", "json").stdout == before


def test_large_inputs_are_parsed_in_worker_processes_with_the_same_events(tmp_path, cli):
    """An input of at least _PARALLEL_MIN pieces is parsed by worker processes; the events,
    their order and their document ids are those of a single process, also when a store is
    open (``ingest text``)."""
    from dyadwatch.coding.coder import _PARALLEL_MIN, Coder, Document, load_model

    sample = resources.files("dyadwatch.data").joinpath("caucasus_2020_2025.jsonl").read_text(encoding="utf-8")
    recs = [json.loads(x) for x in sample.splitlines() if x.strip()]
    n = _PARALLEL_MIN + 20
    rows = [dict(recs[i % len(recs)], id=f"d{i}", url=f"https://example.org/{i}") for i in range(n)]
    docs = [Document(r["id"], r["text"]) for r in rows]
    nlp = load_model()
    one = [e.to_dict() for _, evs in Coder(nlp, processes=1).code_documents(docs) for e in evs]
    two = [e.to_dict() for _, evs in Coder(nlp, processes=2).code_documents(docs) for e in evs]
    assert one and one == two
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = cli("ingest", "text", str(path))
    assert res.exit_code == 0, res.output
    assert str(len(one)) in res.output
