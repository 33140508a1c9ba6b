"""`dyadwatch assess` on the sparse sample corpus: Russia–Azerbaijan as of 2025-08-01."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dyadwatch import api
from dyadwatch.store import Store

SAMPLE_NAME = "caucasus_2020_2025.jsonl"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    """The 140-sentence sample corpus, coded by the text coder into a store."""
    from dyadwatch.sources.text import ingest_text

    path = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    with Store(path) as s:
        ingest_text(s, shared / "samples" / SAMPLE_NAME)
    return path


def _driver_events(d: dict) -> list[dict]:
    return [e for drv in d["drivers"] for e in drv["top_events"]]


def test_rus_aze_as_of_august_2025_is_deteriorating_or_frozen(sample_store: Path) -> None:
    with Store(sample_store, read_only=True) as s:
        r = api.assess(s, "RUS", "AZE", as_of=date(2025, 8, 1))
    d = json.loads(json.dumps(r.to_dict()))
    assert d["state"] in ("deteriorating", "frozen"), d["reasons"]
    assert d["confidence"] >= 0.5
    ev = d["evidence"]["balance"]
    assert ev["shift"]["estimate"] < 0 and ev["shift"]["high"] < 0
    events = _driver_events(d)
    crash = [e for e in events if e["date"].startswith("2024-12")
             and any(w in (e["evidence"] or "").lower() for w in ("crash", "airliner"))]
    assert crash, "the December 2024 airliner crash is among the drivers"
    june = [e for e in events if e["date"] >= "2025-06-01"
            and any(w in (e["evidence"] or "") for w in ("Yekaterinburg", "Sputnik"))]
    assert june, "the June 2025 Yekaterinburg / Sputnik events are among the drivers"
    assert all(e["evidence"] and e["event_id"] for e in events)


def test_sparse_months_do_not_break_the_series(sample_store: Path) -> None:
    """Few events a month: zero months count as zero engagement and carry no balance."""
    with Store(sample_store, read_only=True) as s:
        r = api.assess(s, "RUS", "AZE", as_of=date(2025, 8, 1))
    series = r.series
    assert len(series) == 30 and not series.gap.any(), "a sparse store has no data gaps"
    empty = series[series.events == 0]
    assert len(empty) > 10 and empty.balance.isna().all()
    m = r.call.evidence
    assert m.engagement_recent.estimate == pytest.approx(m.events_recent / 6)
    assert m.engagement_baseline.estimate == pytest.approx(m.events_baseline / 24)
    assert {a.state for a in r.aspects} <= {"insufficient_data", "stable", "improving", "deteriorating",
                                            "stalled", "frozen", "escalating"}
    assert r.turning_points and r.turning_points[-1].direction == "deterioration"
