"""The analyst brief (`dyadwatch brief`): golden Markdown for a fixed generated dataset, every
number of the three tables against the assessment, the short brief, broken playbooks, and
the HTML and PDF outputs.

Regenerate the golden files after an intended change of the brief or the assessment with
``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_brief.py -k golden`` and review the
diff before committing it.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dyadwatch import api
from dyadwatch.analysis.assess import Assessment, assess_events
from dyadwatch.analysis.synthetic import write_gdelt2
from dyadwatch.brief import build_brief
from dyadwatch.brief.assemble import condition_value, fired_rules
from dyadwatch.brief.model import Brief
from dyadwatch.brief.playbook import load_playbook
from dyadwatch.brief.render import render_markdown
from dyadwatch.sources.gdelt import ingest_gdelt
from dyadwatch.store import DyadwatchError, Store
from gdelt_rows import gdelt_row, write_gdelt

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def synth_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five years of generated GDELT 2.0 events: ARM–AZE deteriorating in its last six months,
    GEO–RUS stalled, each side with background partners (fixed seeds)."""
    d = tmp_path_factory.mktemp("brief")
    write_gdelt2(d / "arm_aze.CSV", "deteriorating", a="ARM", b="AZE", months=60, seed=3)
    write_gdelt2(d / "geo_rus.CSV", "stalled", a="GEO", b="RUS", months=60, seed=4)
    # a dyad with too few events for an assessment: three events in 2024
    write_gdelt(d / "few.CSV", [
        gdelt_row(990_000_001, _d("2024-03-02"), "ARM", "KAZ", code="042", url="https://few.example.invalid/1"),
        gdelt_row(990_000_002, _d("2024-09-14"), "KAZ", "ARM", code="111", goldstein=-2.0,
                  url="https://few.example.invalid/2"),
        gdelt_row(990_000_003, _d("2024-12-20"), "ARM", "KAZ", code="057", goldstein=8.0,
                  url="https://few.example.invalid/3"),
    ])
    path = d / "synth.duckdb"
    with Store(path) as s:
        for name in ("arm_aze.CSV", "geo_rus.CSV", "few.CSV"):
            ingest_gdelt(s, d / name)
    return path


def _d(s: str):
    from datetime import date

    return date.fromisoformat(s)


@pytest.fixture(scope="module")
def arm_aze(synth_store: Path) -> tuple[Brief, Assessment]:
    with Store(synth_store, read_only=True) as s:
        brief = build_brief(s.events_table(), "ARM", "AZE", charts=False)
        assessment = assess_events(s.events_table(), "ARM", "AZE")
    return brief, assessment


# --- golden Markdown -------------------------------------------------------------------------


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with UPDATE_GOLDEN=1 to create it"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from the golden file (UPDATE_GOLDEN=1 to accept an intended change)"


def test_golden_markdown_arm_aze(arm_aze: tuple[Brief, Assessment]) -> None:
    _golden("ARM-AZE.md", render_markdown(arm_aze[0]))


def test_golden_markdown_short_brief(synth_store: Path) -> None:
    with Store(synth_store, read_only=True) as s:
        text = api.brief(s, "ARM", "KAZ")
    _golden("ARM-KAZ-short.md", text)


def test_markdown_is_deterministic(synth_store: Path, arm_aze: tuple[Brief, Assessment]) -> None:
    with Store(synth_store, read_only=True) as s:
        again = build_brief(s.events_table(), "ARM", "AZE", charts=False)
    assert render_markdown(again) == render_markdown(arm_aze[0])


# --- structure and sources -------------------------------------------------------------------


def test_brief_has_the_analyst_shape(arm_aze: tuple[Brief, Assessment]) -> None:
    brief, a = arm_aze
    md = render_markdown(brief)
    assert brief.headline.startswith("Armenia–Azerbaijan relations deteriorate")
    for heading in ("## Summary", "## Key factors", "## How each side acts", "## Impact and risk by aspect",
                    "## Outlook", "## Recommendations", "## Third parties", "## Method and data", "## Sources"):
        assert heading in md, heading
    assert "| Aspect | Armenia | Azerbaijan |" in md
    assert "| Aspect | Current impact | Potential risk |" in md
    assert "| Policy area | Recommendation | Expected impact |" in md
    m = a.call.evidence
    summary = " ".join(t.text for t in brief.summary)
    assert "deteriorating" in summary
    assert f"{m.balance_recent.estimate:+.2f}".replace("-", "−") in summary
    assert f"{m.balance_baseline.estimate:+.2f}".replace("-", "−") in summary
    assert f"{100 * m.engagement_ratio.estimate:.0f}%" in summary
    assert f"{100 * a.call.confidence:.0f}%" in summary


def test_every_footnote_is_defined_and_used(arm_aze: tuple[Brief, Assessment]) -> None:
    md = render_markdown(arm_aze[0])
    body, _, sources = md.partition("## Sources")
    used = set(re.findall(r"\[\^(\d+)\](?!:)", body))
    defined = set(re.findall(r"^\[\^(\d+)\]:", sources, flags=re.M))
    assert used and used == defined
    assert sorted(map(int, defined)) == list(range(1, len(defined) + 1))


def test_key_factors_cite_the_drivers_events(arm_aze: tuple[Brief, Assessment]) -> None:
    brief, a = arm_aze
    by_n = {s.n: s.ref for s in brief.sources}
    assert brief.factors
    for f, d in zip(brief.factors, [d for d in a.drivers if abs(d.contribution) >= 0.02]):
        assert f.events, f.title
        ids = {e.event_id for e in d.top_events}
        for line in f.events:
            assert by_n[line.cite].event_id in ids
            assert line.url and line.url.startswith("https://")


# --- every number in the three tables equals the assessment's --------------------------------

NUMBER = re.compile(r"[+\-−]?\d[\d,]*(?:\.\d+)?%?")


def _numbers(text: str) -> list[tuple[float, int, bool]]:
    """(value, decimals, is_percent) of every number in a cell, footnotes and CAMEO codes left out."""
    text = re.sub(r"\[\^\d+\]", "", text)
    text = re.sub(r"CAMEO \d+", "", text)
    out = []
    for tok in NUMBER.findall(text):
        t = tok.replace("−", "-").replace(",", "")
        pct = t.endswith("%")
        t = t.rstrip("%")
        decimals = len(t.split(".")[1]) if "." in t else 0
        out.append((float(t), decimals, pct))
    return out


def _check(cell: str, expected: list[float | None], percents: list[float | None]) -> None:
    """Every number of ``cell`` is one of ``expected`` (or, with %, of ``percents`` × 100)
    at the precision shown."""
    for value, decimals, pct in _numbers(cell):
        cands = [100 * x for x in percents if x is not None] if pct else [x for x in expected if x is not None]
        tol = 0.5 * 10 ** -decimals + 1e-9
        assert any(abs(c - value) <= tol for c in cands), f"{value} in {cell!r} is not among {cands}"


def _table(md: str, header: str) -> list[list[str]]:
    lines = md[md.index(header):].splitlines()[2:]
    rows = []
    for line in lines:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        rows.append(cells)
    return rows


def test_stance_table_numbers_equal_assess(arm_aze: tuple[Brief, Assessment]) -> None:
    brief, a = arm_aze
    rows = _table(render_markdown(brief), "| Aspect | Armenia | Azerbaijan |")
    labels = {"Overall": "all", "Diplomacy": "diplomacy", "Security": "security", "Energy": "energy",
              "Economy and trade": "economy", "Transport": "transport", "Society and media": "society"}
    by = {(s.side, s.aspect): s for s in a.stances}
    assert len(rows) >= 3
    for label, *cells in rows:
        for side, cell in zip((a.a, a.b), cells):
            s = by.get((side, labels[label]))
            if s is None:
                assert cell == "No recorded actions"
                continue
            coop = s.quads["1"] + s.quads["2"]
            conf = s.quads["3"] + s.quads["4"]
            expected = [x.events for x in s.actions] + [s.events, coop, conf, s.balance, s.balance_baseline,
                                                        s.events_baseline]
            _check(cell, expected, [])
            if s.events:
                assert cell.startswith(f"**{s.posture.capitalize()}:**")
                assert f"{s.events} events" in cell


def test_impact_table_numbers_equal_assess(arm_aze: tuple[Brief, Assessment]) -> None:
    brief, a = arm_aze
    rows = _table(render_markdown(brief), "| Aspect | Current impact | Potential risk |")
    by = {"Diplomacy": "diplomacy", "Security": "security", "Energy": "energy", "Economy and trade": "economy",
          "Transport": "transport", "Society and media": "society"}
    aspects = {x.aspect: x for x in a.aspects}
    assert len(rows) >= 3
    for label, impact, risk in rows:
        asp = aspects[by[label]]
        m = asp.call.evidence
        rho = m.engagement_ratio.estimate
        _check(impact, [m.balance_recent.estimate, m.balance_baseline.estimate, m.shift.estimate,
                        m.engagement_recent.estimate, rho, m.events_recent, m.events_baseline],
               [rho, asp.call.confidence])
        assert f"**{asp.risk.impact.capitalize()}:**" in impact or "Too few events" in impact
        # the risk cell is the assessment's own level and reasons
        assert re.sub(r"\[\^\d+\]", "", risk) == f"**{asp.risk.level.capitalize()}:** {'; '.join(asp.risk.reasons)}."


def test_recommendation_table_numbers_equal_assess_and_precedents(synth_store: Path,
                                                                   arm_aze: tuple[Brief, Assessment]) -> None:
    brief, a = arm_aze
    book = load_playbook()
    fired = fired_rules(a, book)
    assert [r.id for r in fired] == [r.rule_id for r in brief.recommendations]
    assert fired, "the generated deteriorating dyad should fire some rule"
    from dyadwatch.brief.precedents import precedents

    with Store(synth_store, read_only=True) as s:
        found = precedents(s.events_table(), fired, a.as_of, a.window, a.baseline, a.thresholds)
    rows = _table(render_markdown(brief), "| Policy area | Recommendation | Expected impact |")
    assert len(rows) == len(fired)
    for (area, rec, expected), rule in zip(rows, fired):
        assert area == rule.area
        values = [condition_value(a, c) for c in rule.conditions if c.measure != "state"]
        bounds = [x for c in rule.conditions for x in (c.low, c.high) if x is not None]
        conf = a.call.confidence
        fired_by = rec.split("<br>")[1]
        _check(fired_by, values + bounds, values + bounds + [conf])
        p = found[rule.id]
        wi, wo = p.with_engagement, p.without_engagement
        counts = [wi.n, wi.improved, wo.n, wo.improved, len(p.cases), 3, 6, p.pairs]
        _check(expected, counts + [wi.median_change, wo.median_change], [wi.share, wo.share])
        if wi.n:
            assert f"in {wi.improved} of {wi.n} past window" in expected
        else:
            assert expected.startswith("No precedent in the data")


# --- too little data -------------------------------------------------------------------------


def test_short_brief_for_a_dyad_with_too_few_events(synth_store: Path) -> None:
    with Store(synth_store, read_only=True) as s:
        b = build_brief(s.events_table(), "ARM", "KAZ")
    assert b.short
    assert b.headline == "Armenia–Kazakhstan: too little data for an assessment"
    assert len(b.existing) == 3 and [e.date.isoformat() for e in b.existing] == ["2024-12-20", "2024-09-14",
                                                                                 "2024-03-02"]
    md = render_markdown(b)
    assert "## Recommendations" not in md and "## Key factors" not in md
    assert "Too few events to judge" in md
    assert "https://few.example.invalid/3" in md


def test_short_brief_for_a_dyad_without_events(synth_store: Path) -> None:
    with Store(synth_store, read_only=True) as s:
        md = api.brief(s, "ARM", "BRA")
    assert md.startswith("# Armenia–Brazil: too little data for an assessment")
    assert "No events between the two in the store." in md
    assert "The store holds no events involving Brazil." in md


def test_user_mistakes_are_one_line_errors(synth_store: Path) -> None:
    with Store(synth_store, read_only=True) as s:
        with pytest.raises(DyadwatchError, match="unknown country code 'XXQ'"):
            api.brief(s, "ARM", "XXQ")
        with pytest.raises(DyadwatchError, match="--as-of 2031-01-01 is outside the data"):
            api.brief(s, "ARM", "AZE", as_of=_d("2031-01-01"))
        with pytest.raises(DyadwatchError, match="same country"):
            api.brief(s, "ARM", "arm")
        with pytest.raises(DyadwatchError, match="--format 'docx'"):
            api.brief(s, "ARM", "AZE", fmt="docx")


# --- HTML and PDF ----------------------------------------------------------------------------


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []
        self.images: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script" and a.get("src") or tag == "link":
            self.external.append(f"{tag} {a}")
        if tag == "img":
            self.images.append(a.get("src") or "")
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def test_html_is_self_contained(synth_store: Path) -> None:
    with Store(synth_store, read_only=True) as s:
        html = api.brief(s, "ARM", "AZE", fmt="html")
    p = _Refs()
    p.feed(html)
    assert not p.external
    assert len(p.images) == 3 and all(src.startswith("data:image/svg+xml;base64,") for src in p.images)
    css = "".join(p.styles)
    assert css and "url(" not in css and "@import" not in css and "@font-face" not in css
    assert "<script" not in html
    assert 'id="src-1"' in html and 'href="#src-1"' in html
    assert "size: A4" in css


def _pdf_objects(pdf: bytes) -> bytes:
    """The PDF's text with its Flate streams (object streams included) inflated."""
    import zlib

    parts = [pdf]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, flags=re.S):
        try:
            parts.append(zlib.decompress(m.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


def _media_boxes(pdf: bytes) -> list[tuple[bytes, bytes]]:
    return re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", _pdf_objects(pdf))


def _page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", _pdf_objects(pdf)))


def test_pdf_is_a4(synth_store: Path, tmp_path: Path) -> None:
    with Store(synth_store, read_only=True) as s:
        pdf = api.brief(s, "ARM", "AZE", fmt="pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-")
    boxes = _media_boxes(pdf)
    pages = _page_count(pdf)
    assert pages >= 3 and len(boxes) == pages
    for w, h in boxes:
        assert abs(float(w) - 595.28) < 0.5 and abs(float(h) - 841.89) < 0.5, (w, h)


# --- the command ---------------------------------------------------------------------------------


def test_cli_writes_html_pdf_and_markdown_with_charts(synth_store: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dyadwatch.cli import main

    runner = CliRunner()
    db = ["--db", str(synth_store)]
    for name in ("ARM-AZE.html", "ARM-AZE.pdf", "ARM-AZE.md"):
        out = tmp_path / name
        r = runner.invoke(main, [*db, "brief", "ARM", "AZE", "-o", str(out)])
        assert r.exit_code == 0, r.output
        assert r.output.strip() == str(out)
        assert out.stat().st_size > 1000
    assert (tmp_path / "ARM-AZE-balance.svg").read_text(encoding="utf-8").startswith("<svg")
    assert "![Balance and engagement](ARM-AZE-balance.svg)" in (tmp_path / "ARM-AZE.md").read_text(encoding="utf-8")
    r = runner.invoke(main, [*db, "brief", "ARM", "AZE"])
    assert r.exit_code == 0 and r.output.startswith("# Armenia–Azerbaijan relations")
    r = runner.invoke(main, [*db, "brief", "ARM", "AZE", "--format", "pdf"])
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "needs -o FILE" in r.output


def test_one_line_per_reported_sentence(tmp_path: Path) -> None:
    """The news coder codes a meeting or a call both ways from one sentence; the key factors
    show that sentence once, as A ↔ B, citing one of the two events."""
    from importlib import resources

    from dyadwatch.sources.text import ingest_text

    db = tmp_path / "sample.duckdb"
    with Store(db) as s:
        with resources.as_file(resources.files("dyadwatch.data").joinpath("caucasus_2020_2025.jsonl")) as p:
            ingest_text(s, p)
    with Store(db, read_only=True) as s:
        brief = build_brief(s.events_table(), "RUS", "AZE", charts=False)
    lines = [line for f in brief.factors for line in f.events]
    assert lines
    for f in brief.factors:
        quotes = [line.quote for line in f.events if line.quote]
        assert len(quotes) == len(set(quotes)), f.title
    assert any(" ↔ " in line.text for line in lines)
