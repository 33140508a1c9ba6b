"""`dyadwatch assess`: planted regimes recovered, the real Georgia file, bad input, formats."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from dyadwatch import api
from dyadwatch.analysis.assess import Assessment
from dyadwatch.analysis.cube import PERIOD_DAYS, dyad_series, period_bounds
from dyadwatch.analysis.measures import Panel, measure
from dyadwatch.analysis.state import STATES, Thresholds
from dyadwatch.analysis.synthetic import REGIMES, write_gdelt2
from dyadwatch.analysis.turning_points import find_turning_points
from dyadwatch.sources.gdelt import GDELT2_COLUMNS, ingest_gdelt
from dyadwatch.store import DyadwatchError, Store

TOP_KEYS = {"dyad", "as_of", "windows", "state", "confidence", "reasons", "evidence", "risk", "aspects",
            "turning_points", "drivers", "drivers_summary", "stances", "alignment", "series", "notes", "parameters"}
EVENT_KEYS = {"event_id", "date", "source", "target", "cameo_code", "words", "goldstein", "evidence", "url"}


# --- planted regimes --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def regime_stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One store per regime, each from a 36-month GDELT 2.0 file written by the generator."""
    root = tmp_path_factory.mktemp("regimes")
    out = {}
    for regime in REGIMES:
        csv = root / f"{regime}.export.CSV"
        info = write_gdelt2(csv, regime, a="ARM", b="AZE", months=36, window=6, seed=11)
        assert info["dyad_events"]["recent"] > 0
        db = root / f"{regime}.duckdb"
        with Store(db) as s:
            r = ingest_gdelt(s, csv)
            assert r.dataset == "gdelt2" and r.rows_added == info["rows"]
        out[regime] = db
    return out


def test_generator_writes_gdelt2_layout(tmp_path: Path) -> None:
    path = tmp_path / "g.CSV"
    write_gdelt2(path, "stable", months=3, seed=1)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.count("\t") == len(GDELT2_COLUMNS) - 1 for line in lines)
    assert all(".synthetic.invalid/" in line for line in lines)


@pytest.mark.parametrize("regime", REGIMES)
def test_planted_regime_is_recovered(regime_stores: dict[str, Path], regime: str) -> None:
    with Store(regime_stores[regime], read_only=True) as s:
        r = api.assess(s, "ARM", "AZE", window=6, baseline=24)
    assert r.state == regime, r.call.reasons
    assert r.confidence is not None and r.confidence >= 0.5
    assert r.window == 6 and r.baseline == 24
    d = r.to_dict()
    assert d["state"] == regime and TOP_KEYS <= set(d)


def test_regime_evidence_matches_what_was_planted(regime_stores: dict[str, Path]) -> None:
    def ev(regime: str):
        with Store(regime_stores[regime], read_only=True) as s:
            return api.assess(s, "ARM", "AZE").call.evidence

    frozen, stalled, esc, det, imp = ev("frozen"), ev("stalled"), ev("escalating"), ev("deteriorating"), ev("improving")
    assert frozen.engagement_ratio.estimate < 0.3 and frozen.balance_recent.high < 0
    assert 0.3 < stalled.engagement_ratio.estimate < 0.6 and stalled.engagement_ratio.high < 1
    assert esc.material_conflict_ratio.estimate > 3 and esc.material_conflict_ratio.low > 1
    assert det.shift.high < 0 and imp.trend_change.low > 0


def test_turning_point_at_the_planted_break(regime_stores: dict[str, Path]) -> None:
    with Store(regime_stores["frozen"], read_only=True) as s:
        r = api.assess(s, "ARM", "AZE")
    assert r.turning_points, "a collapse into hostility is a break in the balance"
    tp = r.turning_points[-1]
    assert tp.direction == "deterioration" and tp.shift < -0.5
    assert abs((tp.date - date(2024, 7, 1)).days) <= 45
    with Store(regime_stores["stable"], read_only=True) as s:
        assert api.assess(s, "ARM", "AZE").turning_points == []


# --- the real Georgia file ----------------------------------------------------------------------


def test_georgia_rus_usa_full_result(georgia_store: Path) -> None:
    with Store(georgia_store, read_only=True) as s:
        r = api.assess(s, "RUS", "USA")
        calendar = dyad_series(s.events_table(), "RUS", "USA").execute()
    assert isinstance(r, Assessment)
    d = json.loads(json.dumps(r.to_dict()))
    assert TOP_KEYS <= set(d)
    assert d["state"] in STATES and 0 <= d["confidence"] <= 1
    assert d["as_of"] == "2013-05-31" and d["windows"]["baseline"]["months"] == 18
    assert any("baseline shortened" in n for n in d["notes"])
    assert any("gap in the data" in n for n in d["notes"]), "March 2013 is missing from the file"
    ev = d["evidence"]
    assert ev["events"]["recent"] + ev["events"]["baseline"] == 1124
    assert ev["trend"]["change_over_window"]["low"] is not None
    assert {a["aspect"] for a in d["aspects"]} == {"diplomacy", "security", "energy", "economy", "transport", "society"}
    for a in d["aspects"]:
        assert a["state"] in (*STATES, "insufficient_data")
        assert a["risk"]["level"] in ("low", "medium", "high", "unknown")
        assert len(a["series"]) == 24
    assert d["drivers"] and abs(d["drivers_summary"]["sum_of_contributions"] - d["drivers_summary"]["shift"]) < 1e-6
    refs = [e for drv in d["drivers"] for e in drv["top_events"]]
    assert refs and EVENT_KEYS <= set(refs[0])
    assert any(e["url"] for e in refs)
    assert {s["side"] for s in d["stances"]} == {"RUS", "USA"}
    assert all(s["actions"] for s in d["stances"] if s["aspect"] == "all")
    sides = {al["side"]: al for al in d["alignment"]}
    assert set(sides) == {"RUS", "USA"}
    for al in sides.values():
        assert al["top_partners"] and 0 < al["diversification"]["recent"] < 1
        assert any(p["counterpart"] for p in al["top_partners"])
    assert len(d["series"]) == 24 and sum(p["events"] for p in d["series"]) == int(calendar.events.sum()) == 1124


def test_python_api_gives_frames(georgia_store: Path) -> None:
    with Store(georgia_store, read_only=True) as s:
        r = api.assess(s, "RUS", "USA", as_of=date(2013, 2, 28), window=4, baseline=12)
    assert r.window == 4 and r.baseline == 12
    assert isinstance(r.series, pd.DataFrame) and len(r.series) == 16
    assert set(r.aspects_frame().columns) >= {"aspect", "state", "balance_recent", "balance_baseline", "risk", "impact"}
    assert list(r.stance_table().columns) == ["aspect", "RUS", "USA"]
    assert len(r.drivers_frame()) == len(r.drivers)
    assert "share_change" in r.alignment_frame("USA").columns
    assert not r.stances_frame().empty


def test_thresholds_are_parameters(georgia_store: Path) -> None:
    with Store(georgia_store, read_only=True) as s:
        strict = api.assess(s, "RUS", "USA", thresholds=Thresholds(min_recent_events=10_000))
    assert strict.state == "insufficient_data" and strict.confidence is None
    assert strict.to_dict()["parameters"]["min_recent_events"] == 10_000
    with Store(georgia_store, read_only=True) as s:
        by_events = api.assess(s, "RUS", "USA", thresholds=Thresholds(weight="events"))
    m = by_events.call.evidence
    assert m.weight_recent == m.events_recent and by_events.state in STATES
    assert by_events.to_dict()["drivers_summary"]["sum_of_contributions"] == pytest.approx(m.shift.estimate, abs=1e-3)


# --- measures on small hand-made panels ---------------------------------------------------------


def test_balance_shift_and_contributions_add_up() -> None:
    n = np.zeros((12, 4))
    n[:6] = [2, 0, 1, 3]   # recent: 2 coop, 4 conflict
    n[6:] = [4, 1, 1, 0]   # baseline: 5 coop, 1 conflict
    m = measure(Panel(n=n, w=n.copy(), window=6), reps=200)
    assert m.balance_recent.estimate == pytest.approx((2 - 4) / 6)
    assert m.balance_baseline.estimate == pytest.approx((5 - 1) / 6)
    assert m.shift.estimate == pytest.approx(-1.0)
    assert m.engagement_ratio.estimate == pytest.approx(1.0)
    assert m.material_conflict_ratio.estimate == np.inf


def test_sparse_months_give_wide_intervals_not_calls() -> None:
    """Months with 0-3 events: a few scattered events do not make a trend."""
    n = np.zeros((30, 4))
    for k, q in [(0, 1), (2, 3), (3, 1), (5, 3), (8, 1), (11, 3), (14, 1), (20, 1), (25, 3), (28, 1)]:
        n[k, q - 1] += 1
    m = measure(Panel(n=n, w=n.copy(), window=6), reps=500)
    assert not m.trend_slope.excludes(0.0) and not m.shift.excludes(0.0)


def test_period_bounds_tile_the_days() -> None:
    as_of = date(2025, 8, 1)
    prev_start = None
    for k in range(40):
        start, end = period_bounds(as_of, k)
        if prev_start is not None:
            assert (prev_start - end).days == 1
        assert 30 <= (end - start).days + 1 <= 31
        prev_start = start
    assert period_bounds(as_of, 0)[1] == as_of
    assert abs((as_of - period_bounds(as_of, 23)[0]).days + 1 - 24 * PERIOD_DAYS) < 1


def test_turning_points_find_a_clear_step() -> None:
    n = np.zeros((24, 4))
    n[:10] = [2, 0, 6, 2]   # recent 10 periods: hostile
    n[10:] = [8, 1, 1, 0]   # older: cooperative
    tps, info = find_turning_points(n, n.copy(), date(2024, 12, 31), pd.DataFrame())
    assert len(tps) == 1 and tps[0].k == 9 and tps[0].shift < -1
    assert info["dispersion"] >= 1


# --- bad input, through the real CLI -------------------------------------------------------------


@pytest.fixture
def georgia_cli(georgia_store: Path):
    from click.testing import CliRunner

    from dyadwatch.cli import main

    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, ["--db", str(georgia_store), "assess", *args], catch_exceptions=False)

    return run


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("XXQ", "RUS"), "unknown country code 'XXQ'"),
        (("USA", "GRL"), "no events between USA and GRL in the store; USA has"),
        (("RUS", "RUS"), "same country"),
        (("RUS", "USA", "--as-of", "2020-01-01"), "outside the data: events involving RUS or USA run from 2011-06-01 to 2013-05-31"),
        (("RUS", "USA", "--as-of", "2011-06-20"), "longer than the history"),
        (("RUS", "USA", "--window", "30"), "--window 30 months is longer than the history"),
        (("RUS", "USA", "--window", "23"), "no room for a baseline"),
        (("RUS", "USA", "--window", "0"), "--window must be at least 1"),
        (("RUS", "USA", "--baseline", "-2"), "--baseline must be at least 1"),
        (("RUS", "USA", "--baseline", "2"), "shorter than the 3 months a baseline needs"),
        (("RUS", "USA", "--as-of", "2013-02-30"), "is not a date"),
    ],
)
def test_bad_input_is_a_clear_message(georgia_cli, args: tuple[str, ...], message: str) -> None:
    res = georgia_cli(*args, "--format", "json")
    assert res.exit_code == 1
    assert message in " ".join(res.output.split()), res.output
    assert "Traceback" not in res.output


def test_dyad_with_too_few_events_is_insufficient_data(georgia_cli) -> None:
    res = georgia_cli("USA", "TUV", "--format", "json")
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["state"] == "insufficient_data" and d["confidence"] is None
    assert any("too few events" in r for r in d["reasons"])
    assert any("USA–TUV events in all" in r for r in d["reasons"])


def test_empty_store_says_so(cli, db_path: Path) -> None:
    Store(db_path).close()
    res = cli("assess", "RUS", "AZE")
    assert res.exit_code == 1 and "the store is empty" in res.output


def test_missing_store_is_a_clear_message(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dyadwatch.cli import main

    res = CliRunner().invoke(main, ["--db", str(tmp_path / "none.duckdb"), "assess", "RUS", "USA"])
    assert res.exit_code == 1 and "no store here yet" in res.output


def test_api_raises_dyadwatch_error(georgia_store: Path) -> None:
    with Store(georgia_store, read_only=True) as s, pytest.raises(DyadwatchError, match="outside the data"):
        api.assess(s, "RUS", "USA", as_of=date(2014, 1, 1))


# --- formats ---------------------------------------------------------------------------------


def test_formats(georgia_cli) -> None:
    js = georgia_cli("RUS", "USA", "--format", "json")
    assert js.exit_code == 0
    d = json.loads(js.output)
    md = georgia_cli("RUS", "USA", "--format", "md")
    assert md.exit_code == 0
    assert md.output.startswith("# Russia – United States: ")
    for heading in ("## Evidence", "## Aspects", "## Turning points", "## Drivers", "## Stances", "## Third parties"):
        assert heading in md.output
    assert "| aspect | RUS | USA |" in md.output
    assert d["state"].replace("_", " ") in md.output.splitlines()[0]
    table = georgia_cli("RUS", "USA")
    assert table.exit_code == 0
    for title in ("Aspects", "Drivers", "Stances", "RUS: partners"):
        assert title in table.output
