"""Expected impact from history: the precedent search against the assessment and against a
plain re-count from the events."""

from __future__ import annotations

from datetime import date, timedelta
from math import ceil, floor
from pathlib import Path

import numpy as np
import pytest

from dyadwatch.analysis.assess import assess_events
from dyadwatch.analysis.cube import PERIOD_DAYS
from dyadwatch.analysis.synthetic import write_gdelt2
from dyadwatch.brief.assemble import measure_values
from dyadwatch.brief.playbook import parse_playbook
from dyadwatch.brief.precedents import HORIZON, LAG, find_precedents, load_history, window_measures
from dyadwatch.sources.gdelt import ingest_gdelt
from dyadwatch.store import Store

RULES = """\
rules:
  - id: conflictual
    area: Diplomacy
    when:
      conflict_share: {min: 0.35}
      events: {min: 10}
    recommend: Talk.
    engagement: {label: visits and negotiation, cameo: ["042", "043", "046"], min_events: 2}
  - id: security-heavy
    area: Security
    when:
      security.material_conflict_share: {min: 0.4}
    recommend: Agree.
    engagement: {label: agreements, cameo: ["057"]}
  - id: reads-every-measure
    area: Diplomacy
    when:
      diplomacy.shift: {max: 5}
      diplomacy.events: {min: 0}
      diplomacy.material_conflict_share: {min: 0}
      security.shift: {max: 5}
      security.events: {min: 0}
      security.material_conflict_share: {min: 0}
    recommend: Check.
    engagement: {label: threats, cameo: ["13"]}
"""


@pytest.fixture(scope="module")
def hist_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("prec")
    write_gdelt2(d / "a.CSV", "deteriorating", a="ARM", b="AZE", months=48, seed=11)
    write_gdelt2(d / "b.CSV", "escalating", a="GEO", b="RUS", months=48, seed=12)
    path = d / "h.duckdb"
    with Store(path) as s:
        ingest_gdelt(s, d / "a.CSV")
        ingest_gdelt(s, d / "b.CSV")
    return path


def test_window_measures_at_the_as_of_date_equal_the_assessment(hist_store: Path) -> None:
    book = parse_playbook(RULES, "rules.yaml")
    with Store(hist_store, read_only=True) as s:
        a = assess_events(s.events_table(), "ARM", "AZE")
        h = load_history(s.events_table(), a.as_of, book.rules)
    T = h.K - a.window - a.baseline + 1
    i = h.pairs.index(("ARM", "AZE"))
    for prefix, m in (("", a.call.evidence), *((f"{x.aspect}_", x.call.evidence) for x in a.aspects
                                               if x.aspect in ("security", "diplomacy"))):
        got = window_measures(h, prefix, a.window, a.baseline, T)
        want = measure_values(m)
        assert want, prefix
        for key, value in want.items():
            assert got[key][i, 0] == pytest.approx(value, abs=1e-9), (prefix, key)


def _brute_force(con, rule: dict, as_of: date, W: int, B: int, K: int) -> list[tuple]:
    """The precedent search written out plainly, month by month, from the raw events."""
    rows = con.execute(
        """SELECT least(source_country, target_country), greatest(source_country, target_country), date, quad,
                  coalesce(articles, 1), cameo_code, aspect
           FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
             AND source_country <> target_country AND date <= ?""", [as_of]).fetchall()
    first = as_of - timedelta(days=ceil(K * PERIOD_DAYS) - 1)
    by_pair: dict[tuple[str, str], list] = {}
    for a, b, d, q, w, code, asp in rows:
        if d < first:
            continue
        k = floor((as_of - d).days / PERIOD_DAYS)
        by_pair.setdefault((a, b), []).append((k, q, float(w), code, asp))

    def balance(evs):
        tot = sum(w for _, q, w, _, _ in evs)
        return None if tot == 0 else sum(w if q <= 2 else -w for _, q, w, _, _ in evs) / tot

    out = []
    T = K - W - B + 1
    for pair in sorted(by_pair):
        evs = by_pair[pair]
        last = None
        for t in range(T - 1, HORIZON - 1, -1):
            rec = [e for e in evs if t <= e[0] < t + W]
            scope = [e for e in rec if rule["aspect"] is None or e[4] == rule["aspect"]]
            w_all = sum(e[2] for e in scope)
            if rule["measure"] == "conflict_share":
                v = sum(e[2] for e in scope if e[1] >= 3) / w_all if w_all else None
            else:
                v = sum(e[2] for e in scope if e[1] == 4) / w_all if w_all else None
            ok = v is not None and v >= rule["min"] and len(scope) >= rule["min_events_in_window"]
            b0 = balance(rec)
            eng = lambda e: any(e[3].startswith(p) for p in rule["cameo"])  # noqa: E731
            after = [e for e in evs if t - HORIZON <= e[0] < t and not eng(e)]
            b1 = balance(after)
            if not ok or b0 is None or b1 is None:
                continue
            if last is not None and last - t < W + HORIZON:
                continue
            last = t
            n_eng = sum(1 for e in evs if t - LAG <= e[0] < t and eng(e))
            out.append((pair[0], pair[1], t, round(b0, 9), round(b1, 9), n_eng >= rule["engage"]))
    return out


@pytest.mark.parametrize("which", [0, 1])
def test_precedents_match_a_plain_recount(hist_store: Path, which: int) -> None:
    book = parse_playbook(RULES, "rules.yaml")
    rule = book.rules[which]
    spec = [
        {"aspect": None, "measure": "conflict_share", "min": 0.35, "min_events_in_window": 10,
         "cameo": ("042", "043", "046"), "engage": 2},
        {"aspect": "security", "measure": "material_conflict_share", "min": 0.4, "min_events_in_window": 0,
         "cameo": ("057",), "engage": 1},
    ][which]
    with Store(hist_store, read_only=True) as s:
        a = assess_events(s.events_table(), "ARM", "AZE")
        h = load_history(s.events_table(), a.as_of, [rule])
        found = find_precedents(h, [rule], a.as_of, a.window, a.baseline, a.thresholds)[rule.id]
        want = _brute_force(s.con, spec, a.as_of, a.window, a.baseline, h.K)
    from dyadwatch.analysis.cube import period_bounds

    got = [(c.a, c.b, c.window_end, round(c.balance_before, 9), round(c.balance_after, 9), c.engaged)
           for c in found.cases]
    want = [(p, q, period_bounds(a.as_of, t)[1], b0, b1, e) for p, q, t, b0, b1, e in want]
    assert want, "the generated history should hold windows in this condition"
    assert sorted(got) == sorted(want)
    w = found.with_engagement
    changes = [b1 - b0 for *_, b0, b1, e in want if e]
    assert w.n == len(changes) and w.improved == sum(1 for c in changes if c > 0)
    if changes:
        assert w.median_change == pytest.approx(float(np.median(changes)))


def test_no_precedent_when_the_history_is_too_short(hist_store: Path) -> None:
    book = parse_playbook(RULES, "rules.yaml")
    with Store(hist_store, read_only=True) as s:
        a = assess_events(s.events_table(), "ARM", "AZE")
        h = load_history(s.events_table(), a.as_of, book.rules[:1])
        found = find_precedents(h, book.rules[:1], a.as_of, a.window, h.K - a.window - HORIZON + 1,
                                a.thresholds)
    p = found["conflictual"]
    assert not p.cases and p.reason and "too short" in p.reason
