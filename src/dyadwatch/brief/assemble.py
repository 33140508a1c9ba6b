"""Assessment → Brief: the headline, summary, key factors, tables, recommendations, third
parties, charts and sources of ``dyadwatch brief A B``.

:func:`build_brief` runs the assessment (:func:`dyadwatch.analysis.assess.assess_events`),
evaluates the playbook on it, looks up precedents for the rules that fire
(:mod:`.precedents`) and writes every part from those numbers (:mod:`.writing`). A dyad with
too little data gets a short brief (:func:`short_brief`) that says so and lists what exists.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from typing import Any, overload

import ibis
import pandas as pd

from .. import countries
from ..analysis.assess import AspectAssessment, Assessment, Coverage, assess_events, coverage, plan_windows
from ..analysis.cube import dyad_filter
from ..analysis.drivers import Driver
from ..analysis.events import EVENT_REF_COLUMNS, EventRef
from ..analysis.measures import Measures
from ..analysis.state import INSUFFICIENT, Thresholds
from ..schema import ASPECTS, QUAD_NAMES
from ..store import DyadwatchError
from . import writing as w
from .model import Brief, Citations, EventLine, Factor, Figure, Recommendation, Row, SideShift, Text
from .playbook import Condition, Playbook, Rule, load_playbook
from .precedents import HORIZON, LAG, Case, Precedents, start_precedents

MAX_FACTORS = 4
MIN_FACTOR_CONTRIBUTION = 0.02
"""Drivers that moved the balance by less than this are not key factors."""
FACTOR_EVENTS = 3
SHORT_BRIEF_EVENTS = 20


# --- entry point ----------------------------------------------------------------------------------


def build_brief(
    events: Any,
    a: str,
    b: str,
    as_of: date | None = None,
    playbook: Playbook | str | None = None,
    charts: bool = True,
    thresholds: Thresholds | None = None,
) -> Brief:
    """The brief of the A–B dyad from an Ibis events table (codes already checked)."""
    th = thresholds or Thresholds()
    book = playbook if isinstance(playbook, Playbook) else load_playbook(playbook)
    a, b = a.strip().upper(), b.strip().upper()
    if a == b:
        raise DyadwatchError(f"A and B are the same country ({a}): name two different countries")
    cov = coverage(events, a, b)
    if cov.first is None or cov.events_dyad == 0:
        return short_brief(events, a, b, cov, as_of, None, "no events between the two in the store")
    assert cov.last is not None
    if as_of is not None and (as_of < cov.first or as_of > cov.last):
        raise DyadwatchError(f"--as-of {as_of} is outside the data: events involving {a} or {b} run from "
                             f"{cov.first} to {cov.last}")
    try:
        plan_windows(cov, a, b, as_of, 6, 24, th)
    except DyadwatchError as e:
        return short_brief(events, a, b, cov, as_of or cov.last, None, str(e))
    assessment = assess_events(events, a, b, as_of=as_of, thresholds=th, cov=cov)
    if assessment.state == INSUFFICIENT:
        return short_brief(events, a, b, cov, assessment.as_of, assessment, "; ".join(assessment.call.reasons))
    return full_brief(events, assessment, book, charts=charts)


# --- the full brief -------------------------------------------------------------------------------


def measure_values(m: Measures | None) -> dict[str, float | None]:
    """The playbook's measures (:data:`.playbook.MEASURES`) read from assessed evidence."""
    if m is None:
        return {}
    mix = m.mix_recent
    vc, mc = mix.get("verbal_conflict"), mix.get("material_conflict")
    return {
        "balance": m.balance_recent.estimate,
        "baseline_balance": m.balance_baseline.estimate,
        "shift": m.shift.estimate,
        "engagement_ratio": m.engagement_ratio.estimate,
        "conflict_share": None if vc is None or mc is None else vc + mc,
        "material_conflict_share": mc,
        "events": float(m.events_recent),
    }


def condition_value(a: Assessment, c: Condition) -> Any:
    if c.measure == "state":
        return a.state
    if c.aspect is None:
        return measure_values(a.call.evidence).get(c.measure)
    asp = next(x for x in a.aspects if x.aspect == c.aspect)
    return measure_values(asp.call.evidence).get(c.measure)


def fired_rules(a: Assessment, book: Playbook) -> list[Rule]:
    """The playbook's rules whose every condition holds for the assessment."""
    return [r for r in book.rules if all(c.holds(condition_value(a, c)) for c in r.conditions)]


def _aspect_events(a: Assessment, aspect: str | None, conflict: bool | None = None) -> list[EventRef]:
    """Top recent events of an aspect (None: all), from the drivers' cells, best score first."""
    refs: list[EventRef] = []
    for d in a.drivers:
        if aspect is not None and d.aspect != aspect:
            continue
        if conflict is not None and (d.quad >= 3) != conflict:
            continue
        refs.extend(d.top_events)
    return sorted(refs, key=lambda e: (-e.score, e.date, e.event_id))


def full_brief(events: Any, a: Assessment, book: Playbook, charts: bool = True) -> Brief:
    """Every part of the brief for an assessment with a state call."""
    cites = Citations()
    an, bn = countries.name_for(a.a), countries.name_for(a.b)
    m = a.call.evidence
    assert m is not None
    brief = Brief(a=a.a, b=a.b, a_name=an, b_name=bn, as_of=a.as_of,
                  headline=w.headline(an, bn, a.state, a.drivers, _shift(a)), summary=[], playbook=book.path)
    brief.summary = summary(a, cites)
    brief.figures = figures(a)
    brief.factors = key_factors(a, cites)
    brief.stance_rows = stance_rows(a, cites)
    brief.impact_rows = impact_rows(a, cites)
    brief.outlook = outlook(a, cites)
    fired = fired_rules(a, book)
    # The precedent search (the heaviest query: every pair in the store) runs in a thread on
    # DuckDB while the charts are drawn (vl-convert, in a thread of its own) and the queries of
    # the parts below run. Text is still written in reading order, so sources are numbered
    # as they are read.
    pending = start_precedents(events, fired, a.as_of, a.window, a.baseline, a.thresholds)
    try:
        svgs = None
        if charts:
            from .charts import chart_specs, render_charts

            svgs = _Thread(render_charts, chart_specs(a))
        top = _partner_events(events, a, partner_pairs(a))
        brief.coverage, brief.coverage_note = coverage_rows(events, a.a, a.b, a.coverage)
        brief.method = method_notes(a, book)
    except BaseException:
        pending.cancel()
        raise
    found = pending.result()
    brief.recommendations = [recommendation(a, r, found[r.id], cites) for r in fired]
    if not fired:
        brief.recommendations_note = (f"No rule of the playbook ({len(book.rules)} rules) fires on the measured "
                                      "conditions.")
    brief.third_parties = third_parties(events, a, cites, top)
    if svgs is not None:
        brief.charts = svgs.result()
    brief.sources = cites.sources
    return brief


class _Thread:
    """``fn(*args)`` in a thread; :meth:`result` waits for it and returns or raises its outcome."""

    def __init__(self, fn: Any, *args: Any) -> None:
        self._out: tuple[Any, BaseException | None] = (None, None)

        def target() -> None:
            try:
                self._out = (fn(*args), None)
            except BaseException as e:  # re-raised in the caller's thread
                self._out = (None, e)

        self._t = threading.Thread(target=target, name="dyadwatch-brief", daemon=True)
        self._t.start()

    def result(self) -> Any:
        self._t.join()
        value, error = self._out
        if error is not None:
            raise error
        return value




def _shift(a: Assessment) -> float | None:
    """The shift the drivers decompose (recent or drivers window against the months before)."""
    return a.drivers_summary.get("shift")


def summary(a: Assessment, cites: Citations) -> list[Text]:
    """The summary paragraph: state and confidence, balance, engagement, drivers, turning
    point, risk — one sentence each."""
    m = a.call.evidence
    assert m is not None
    an, bn = countries.name_for(a.a), countries.name_for(a.b)
    th = a.thresholds
    out: list[Text] = []
    conf = a.call.confidence or 0.0
    s = (f"By dyadwatch's measures {an}–{bn} relations are {w.STATE_WORDS[a.state]}, with "
         f"{a.call.confidence_label} confidence: {w.pct(conf)} of {th.bootstrap:,} bootstrap resamples of the "
         "events give the same call")
    alt = max(((st, v) for st, v in a.call.support.items() if st != a.state), key=lambda kv: kv[1], default=None)
    if alt is not None and alt[1] > conf:
        s += f", {w.pct(alt[1])} point to {w.STATE_WORDS[alt[0]]}"
    out.append(Text(s + "."))
    level = int(round(100 * (1 - th.alpha)))
    r0, r1 = a.recent_period
    s = (f"In the {w.months(a.window)} to {w.day(a.as_of)} the balance of cooperation over conflict was "
         f"{w.signed(m.balance_recent.estimate)}")
    if m.balance_recent.low is not None:
        s += f" ({level}% interval {w.signed(m.balance_recent.low)} to {w.signed(m.balance_recent.high)})"
    s += (f", against {w.signed(m.balance_baseline.estimate)} in the {w.months(a.baseline)} before "
          f"({w.span(*a.baseline_period)}): a shift of {w.signed(m.shift.estimate)}")
    s += ", beyond the bootstrap noise." if m.shift.excludes(0.0) else ", within the bootstrap noise."
    out.append(Text(s))
    eR, eB, rho = m.engagement_recent.estimate, m.engagement_baseline.estimate, m.engagement_ratio.estimate
    if rho is not None and rho != float("inf"):
        out.append(Text(f"Engagement ran at {w.num(eR)} events a month, {w.ratio(rho)} the baseline's {w.num(eB)}."))
    else:
        out.append(Text(f"Engagement ran at {w.num(eR)} events a month, against {w.num(eB)} in the baseline."))
    named = w.headline_drivers(a.state, a.drivers, _shift(a))
    if named:
        toward = "conflict" if named[0].contribution < 0 else "cooperation"
        refs = [e for d in named for e in d.top_events[:2]]
        lead = ""
        if w.is_reversal(a.state, _shift(a)):
            lead = (f"The trend inside the window runs against the shift: the balance is still "
                    f"{'below' if toward == 'conflict' else 'above'} its baseline, where ")
        s = f"the largest moves toward {toward} came from {w.join([w.driver_phrase(d) for d in named])}."
        out.append(Text(lead + s if lead else w.cap(s), cites.cite(refs)))
    tp = _recent_turning_point(a)
    if tp is not None:
        out.append(Text(
            f"The balance broke in the month from {w.day(tp.period_start)}: from {w.signed(tp.balance_before)} to "
            f"{w.signed(tp.balance_after)} ({tp.direction}).", cites.cite(tp.top_events, 3)))
    out.append(Text(f"Overall risk is {a.risk.level}: {'; '.join(a.risk.reasons)}.",
                    cites.cite(_aspect_events(a, None, conflict=True), 2) if a.risk.level in ("medium", "high") else []))
    return out


def _recent_turning_point(a: Assessment) -> Any:
    """The last turning point if it falls in the recent window or the window before it."""
    if not a.turning_points:
        return None
    tp = a.turning_points[-1]
    return tp if tp.k < 2 * a.window else None


def figures(a: Assessment) -> list[Figure]:
    m = a.call.evidence
    assert m is not None
    rho = m.engagement_ratio.estimate
    return [
        Figure("Balance now", w.signed(m.balance_recent.estimate),
               f"vs {w.signed(m.balance_baseline.estimate)} in the baseline (shift {w.signed(m.shift.estimate)})"),
        Figure("Engagement", w.ratio(rho) + " baseline" if rho is not None else "n/a",
               f"{w.num(m.engagement_recent.estimate)} vs {w.num(m.engagement_baseline.estimate)} events a month"),
        Figure("State", w.STATE_WORDS[a.state],
               f"{a.call.confidence_label} confidence ({w.pct(a.call.confidence)})"),
        Figure("Risk", a.risk.level, "; ".join(a.risk.reasons)),
    ]


def key_factors(a: Assessment, cites: Citations) -> list[Factor]:
    """The top drivers, each with its numbers and its dated, quoted events."""
    shift = a.drivers_summary.get("shift")
    out: list[Factor] = []
    for d in a.drivers:
        if len(out) == MAX_FACTORS:
            break
        if abs(d.contribution) < MIN_FACTOR_CONTRIBUTION:
            continue
        out.append(_factor(d, shift, a.drivers_period[0], cites))
    return out


def _factor(d: Driver, shift: float | None, since: date, cites: Citations) -> Factor:
    lines: list[EventLine] = []
    seen: dict[tuple, tuple[int, EventRef]] = {}
    for e in d.top_events:
        # one line per reported sentence: a meeting or a clash coded both ways from one
        # sentence (docs/coding.md) is shown once, as A ↔ B
        key = (e.date, e.evidence) if e.evidence else (e.date, w.event_text(e), e.url)
        if key in seen:
            i, first = seen[key]
            if (e.source, e.target, e.cameo_code) == (first.target, first.source, first.cameo_code):
                line = lines[i]
                lines[i] = EventLine(line.date, w.mutual_event_text(first), line.quote, line.url, line.cite)
            continue
        seen[key] = (len(lines), e)
        n = cites.cite([e])[0]
        lines.append(EventLine(e.date, w.event_text(e), e.evidence, e.url, n))
        if len(lines) == FACTOR_EVENTS:
            break
    body = [Text(w.factor_sentence(d, shift, since))]
    if not d.top_events:
        body.append(Text(f"No {d.quad_name} events in {w.ASPECT_NOUN.get(d.aspect, d.aspect)} since {w.day(since)}."))
    label = f"The most reported {d.quad_name} events in {w.ASPECT_NOUN.get(d.aspect, d.aspect)} since {w.day(since)}:"
    return Factor(w.factor_title(d), body, lines, label if lines else "")


def stance_rows(a: Assessment, cites: Citations) -> list[Row]:
    """The "Aspect | A | B" table, from the assessment's stances."""
    by = {(s.side, s.aspect): s for s in a.stances}
    rows = []
    for aspect in ("all", *ASPECTS):
        sa, sb = by.get((a.a, aspect)), by.get((a.b, aspect))
        if aspect != "all" and sa is None and sb is None:
            continue
        cells = []
        for s in (sa, sb):
            lead, text = w.stance_cell(s)
            cells.append(Text(text, cites.cite(s.top_events) if s is not None else [], lead))
        rows.append(Row(w.ASPECT_LABEL[aspect], cells))
    return rows


def impact_cell(asp: AspectAssessment) -> tuple[str, str]:
    """"Current impact" as (verdict, text): the measured change against the baseline."""
    m = asp.call.evidence
    if m is None or (m.events_recent == 0 and m.events_baseline == 0):
        return "", "No events"
    rho = m.engagement_ratio.estimate
    eng = (f"{w.num(m.engagement_recent.estimate)} events a month, {w.ratio(rho)} the baseline"
           if rho is not None and rho != float("inf")
           else f"{w.num(m.engagement_recent.estimate)} events a month (none in the baseline)")
    if asp.state == INSUFFICIENT:
        return "Too few events to judge", (f"{m.events_recent} recent, {m.events_baseline} in the baseline; {eng}.")
    return w.cap(asp.risk.impact), (
        f"balance {w.signed(m.balance_recent.estimate)} against {w.signed(m.balance_baseline.estimate)} in the "
        f"baseline (shift {w.signed(m.shift.estimate)}); {eng}. State: {w.STATE_WORDS[asp.state]} "
        f"({asp.call.confidence_label} confidence, {w.pct(asp.call.confidence)}).")


def risk_cell(asp: AspectAssessment) -> tuple[str, str]:
    return w.cap(asp.risk.level), f"{'; '.join(asp.risk.reasons)}."


def impact_rows(a: Assessment, cites: Citations) -> list[Row]:
    """The "Aspect | Current impact | Potential risk" table, from the per-aspect assessments."""
    rows = []
    for asp in a.aspects:
        m = asp.call.evidence
        if m is None or (m.events_recent == 0 and m.events_baseline == 0):
            continue
        lead, text = impact_cell(asp)
        impact = Text(text, cites.cite(_aspect_events(a, asp.aspect), 2), lead)
        risky = asp.risk.level in ("medium", "high")
        lead, text = risk_cell(asp)
        risk = Text(text, cites.cite(_aspect_events(a, asp.aspect, conflict=True), 2) if risky else [], lead)
        rows.append(Row(w.ASPECT_LABEL[asp.aspect], [impact, risk]))
    return rows


def outlook(a: Assessment, cites: Citations) -> list[Text]:
    """Where the relationship is heading by its own measures: trend, and aspects at risk."""
    m = a.call.evidence
    assert m is not None
    out = []
    slope = m.trend_slope
    if slope.estimate is not None:
        sig = slope.excludes(0.0)
        if abs(slope.estimate) < 0.005:  # rounds to 0.00: say so instead of "fell by 0.00"
            s = "Across the recent window the balance held level, a fitted change of 0.00 a month"
        else:
            direction = "rose" if slope.estimate > 0 else "fell"
            s = f"Across the recent window the balance {direction} by a fitted {w.num(abs(slope.estimate), 2)} a month"
        if slope.low is not None:
            s += (f" ({int(round(100 * (1 - a.thresholds.alpha)))}% interval {w.signed(slope.low)} to "
                  f"{w.signed(slope.high)} a month)")
        s += ": " + ("a significant trend." if sig else "no significant trend.")
        out.append(Text(s))
    else:
        out.append(Text(f"Too few active months in the recent window ({m.active_periods_recent}) to fit a trend."))
    at_risk = [x for x in a.aspects if x.risk.level in ("high", "medium")]
    at_risk.sort(key=lambda x: (x.risk.level != "high", ASPECTS.index(x.aspect)))
    for x in at_risk:
        out.append(Text(f"{w.ASPECT_LABEL[x.aspect]}: {x.risk.level} risk — {'; '.join(x.risk.reasons)}.",
                        cites.cite(_aspect_events(a, x.aspect, conflict=True), 2)))
    if not at_risk:
        out.append(Text("No aspect carries a medium or high risk by the assessment's rules."))
    return out


# --- recommendations -----------------------------------------------------------------------------


def condition_text(a: Assessment, c: Condition) -> str:
    """What a fired condition measured, with its bound: ``security conflict share 64% (≥ 50%)``."""
    v = condition_value(a, c)
    if c.measure == "state":
        return f"state is {v} ({a.call.confidence_label} confidence, {w.pct(a.call.confidence)})"
    who = f"{c.aspect} " if c.aspect else ""
    pct_like = c.measure in ("conflict_share", "material_conflict_share", "engagement_ratio")
    fmt = w.pct if pct_like else (lambda x: f"{x:.0f}") if c.measure == "events" else w.signed
    bounds = []
    if c.low is not None:
        bounds.append(f"≥ {fmt(c.low)}")
    if c.high is not None:
        bounds.append(f"≤ {fmt(c.high)}")
    name = {"events": "events", "engagement_ratio": "engagement", "conflict_share": "conflict share",
            "material_conflict_share": "material-conflict share", "balance": "balance",
            "baseline_balance": "baseline balance", "shift": "shift"}[c.measure]
    value = f"{fmt(v)} of the baseline" if c.measure == "engagement_ratio" else fmt(v)
    return f"{who}{name} {value} ({', '.join(bounds)})"


def expected_text(r: Rule, p: Precedents) -> str:
    """Expected impact from the precedents; never an effect the data do not show."""
    if p.reason:
        return f"No precedent in the data: {p.reason}."
    if not p.cases:
        return (f"No precedent in the data: none of the {p.pairs:,} pairs in the store met this condition "
                f"in a past window with {HORIZON} months of data after it.")
    wi, wo = p.with_engagement, p.without_engagement
    if wi.n == 0:
        return (f"No precedent in the data: {count_windows(len(p.cases))} met this condition, none followed by "
                f"{r.engagement_label} within {LAG} months.")
    s = (f"After {r.engagement_label} in the {LAG} months following the same condition, the balance improved within "
         f"{HORIZON} months in {wi.improved} of {count_windows(wi.n)} ({w.pct(wi.share)}), median change "
         f"{w.signed(wi.median_change)}")
    if wo.n:
        s += (f"; without it, in {wo.improved} of {count_windows(wo.n)} ({w.pct(wo.share)}), median "
              f"{w.signed(wo.median_change)}")
    else:
        s += "; no window in this condition went without it"
    return s + "."


def count_windows(n: int) -> str:
    return w.count(n, "past window")


def recommendation(a: Assessment, r: Rule, p: Precedents, cites: Citations) -> Recommendation:
    refs: list[EventRef] = []
    for c in r.conditions:
        if c.measure == "state":
            for d in w.headline_drivers(a.state, a.drivers, _shift(a)):
                refs.extend(d.top_events[:1])
        else:
            conflict = True if c.measure in ("conflict_share", "material_conflict_share") else None
            refs.extend(_aspect_events(a, c.aspect, conflict)[:2])
    fired = Text("Fired by: " + "; ".join(condition_text(a, c) for c in r.conditions) + ".", cites.cite(refs, 3))
    return Recommendation(r.id, r.area, r.recommend, fired, Text(expected_text(r, p)), CaseLines(p.engaged))


def case_line(c: Case) -> str:
    """One precedent: ``GEO–RUS, window 1 Jan 2019 – 30 Jun 2019: balance −0.20 → +0.10 (+0.30; 3 engagement events)``."""
    return (f"{c.a}–{c.b}, window {w.span(c.window_start, c.window_end)}: balance {w.signed(c.balance_before)} → "
            f"{w.signed(c.balance_after)} ({w.signed(c.change)}; {w.count(c.engagement_events, 'engagement event')})")


class CaseLines(Sequence[str]):
    """The lines (:func:`case_line`) of a rule's precedents, written when read: a rule can have
    thousands of precedents in a large store, and a brief shows the first few."""

    def __init__(self, cases: list[Case]) -> None:
        self._cases = cases

    def __len__(self) -> int:
        return len(self._cases)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [case_line(c) for c in self._cases[i]]
        return case_line(self._cases[i])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, tuple, CaseLines)):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"CaseLines({len(self)} precedents)"


# --- third parties -------------------------------------------------------------------------------


def _partner_events(events: Any, a: Assessment, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], EventRef]:
    """The top recent event (by articles × |Goldstein|) of each (side, partner) pair."""
    if not pairs:
        return {}
    t = events.filter((events.date >= a.recent_period[0]) & (events.date <= a.as_of))
    cond = None
    for side, partner in pairs:
        c = dyad_filter(t, side, partner)
        cond = c if cond is None else cond | c
    t = t.filter(cond)
    score = t.articles.fill_null(1).cast("float64") * t.goldstein.fill_null(0.0).abs()
    lo = ibis.least(t.source_country, t.target_country)
    hi = ibis.greatest(t.source_country, t.target_country)
    t = t.mutate(score=score, _lo=lo, _hi=hi)
    rank = ibis.row_number().over(ibis.window(group_by=[t._lo, t._hi],
                                              order_by=[ibis.desc(t.score), t.date, t.event_id]))
    df = t.mutate(_r=rank).filter(ibis._._r == 0).select("score", "_lo", "_hi", *EVENT_REF_COLUMNS).execute()
    out = {}
    for side, partner in pairs:
        x, y = sorted((side, partner))
        hit = df[(df._lo == x) & (df._hi == y)]
        if len(hit):
            out[(side, partner)] = _event_ref(hit.iloc[0])
    return out


def partner_pairs(a: Assessment) -> list[tuple[str, str]]:
    """The (side, partner) pairs whose top event :func:`third_parties` cites."""
    return [(al.side, p.partner) for al in a.alignment for p in (*al.gains[:3], *al.losses[:3])
            if not p.counterpart]


def third_parties(events: Any, a: Assessment, cites: Citations,
                  top: dict[tuple[str, str], EventRef] | None = None) -> list[SideShift]:
    """Each side's partner shifts from the assessment's alignment (``top``: the partner events
    of :func:`partner_pairs`, looked up here when not given)."""
    if top is None:
        top = _partner_events(events, a, partner_pairs(a))
    out = []
    for al in a.alignment:
        name = countries.name_for(al.side)
        if al.events_recent == 0:
            out.append(SideShift(al.side, name, Text(f"{name} has no recorded events with any partner in the "
                                                       "recent window.")))
            continue
        parts = [f"In the recent window {name} had {w.count(al.events_recent, 'event')} with "
                 f"{w.count(al.partners_recent, 'partner')} (effective number {w.num(al.effective_partners_recent)}, "
                 f"against {w.num(al.effective_partners_baseline)} in the baseline)"]
        gains = [p for p in al.gains[:3] if not p.counterpart]
        losses = [p for p in al.losses[:3] if not p.counterpart]
        if gains:
            parts.append("the share of its events grew most with " + w.join(
                [f"{countries.name_for(p.partner)} ({w.pts(p.share_change)})" for p in gains]))
        if losses:
            parts.append("and fell most with " + w.join(
                [f"{countries.name_for(p.partner)} ({w.pts(p.share_change)})" for p in losses]))
        s = "; ".join(parts).replace("; and fell", ", and fell") + "."
        if al.counterpart_share_recent is not None and al.counterpart_share_baseline is not None:
            s += (f" {countries.name_for(al.counterpart)} took {w.pct(al.counterpart_share_recent)} of its events, "
                  f"against {w.pct(al.counterpart_share_baseline)} in the baseline.")
        refs = [top[(al.side, p.partner)] for p in (*gains, *losses) if (al.side, p.partner) in top]
        rows = []
        shown = [*gains, *losses]
        shown += [p for p in al.top_partners if p.counterpart and p not in shown]
        for p in shown:
            ref = top.get((al.side, p.partner))
            bal = (f"{w.signed(p.balance_baseline)} → {w.signed(p.balance_recent)}")
            rows.append(Row(countries.name_for(p.partner) + (" (counterpart)" if p.counterpart else ""), [
                Text(f"{w.pct(p.share_baseline)} → {w.pct(p.share_recent)} ({w.pts(p.share_change)})"),
                Text(bal),
                Text(f"{p.events_recent:,} ({w.num(p.rate_recent)} a month)", cites.cite([ref]) if ref else []),
            ]))
        out.append(SideShift(al.side, name, Text(s, cites.cite(refs)), rows))
    return out


# --- coverage, method -----------------------------------------------------------------------------


def coverage_rows(events: Any, a: str, b: str, cov: Coverage) -> tuple[list[Row], str]:
    """Events between the two per dataset, with dates, and a line on each side's total."""
    t = events.filter(dyad_filter(events, a, b))
    df = t.group_by("dataset").aggregate(n=t.count(), first=t.date.min(), last=t.date.max()).order_by("dataset") \
        .execute()
    rows = []
    for r in df.itertuples(index=False):
        rows.append(Row(str(r.dataset), [Text(f"{int(r.n):,}"), Text(_d(r.first).isoformat()),
                                         Text(_d(r.last).isoformat())]))
    an, bn = countries.name_for(a), countries.name_for(b)
    note = (f"The store holds {cov.events_a:,} events involving {an} and {cov.events_b:,} involving {bn} with any "
            f"partner" + (f", from {cov.first} to {cov.last}." if cov.first else "."))
    return rows, note


def _d(x: Any) -> date:
    return pd.Timestamp(x).date()


def method_notes(a: Assessment, book: Playbook) -> list[str]:
    th = a.thresholds
    level = int(round(100 * (1 - th.alpha)))
    weight = "number of articles reporting it" if th.weight == "articles" else "one (every event counts the same)"
    notes = [
        f"Balance = (C − X) / (C + X), where C and X are the cooperative (CAMEO quad classes 1–2) and conflictual "
        f"(3–4) events between the two, each weighted by its {weight}: −1 is all conflict, +1 all cooperation.",
        f"Recent window: {w.months(a.window)}, {w.span(*a.recent_period)}; baseline: {w.months(a.baseline)}, "
        f"{w.span(*a.baseline_period)}. Months are 365.25/12 days counted back from {a.as_of}.",
        f"Intervals are {level}% percentile intervals of a two-stage bootstrap ({th.bootstrap:,} resamples: months, "
        "then events within months); confidence is the share of resamples that give the same state.",
        f"Key factors compare {a.drivers_reason} with the months before it; each factor's contribution is its "
        "change of weight share with the sign of its quad class, and the contributions add up to the shift.",
        "States, risk levels and their thresholds: docs/assessment.md. How the brief is written: docs/brief.md.",
        f"Recommendations: playbook {book.path}. Expected impact counts past windows of any pair of countries in "
        f"the store that met the same conditions, and compares the balance of the {HORIZON} months after each "
        f"(leaving out the engagement events themselves) with the window's own; at most one window per pair "
        f"every {a.window + HORIZON} months.",
    ]
    notes.extend(f"Note: {n}." if not n.endswith(".") else f"Note: {n}" for n in a.notes)
    return notes


# --- the short brief ------------------------------------------------------------------------------


def _event_ref(r: Any) -> EventRef:
    from ..analysis.stances import cameo_phrase

    def s(x: Any) -> str | None:
        return None if x is None or (isinstance(x, float) and pd.isna(x)) or x is pd.NA else str(x)

    return EventRef(
        event_id=str(r["event_id"]), dataset=str(r["dataset"]), date=_d(r["date"]),
        source=s(r["source_country"]), target=s(r["target_country"]),
        source_name=s(r["source_name"]), target_name=s(r["target_name"]),
        cameo_code=str(r["cameo_code"]), words=cameo_phrase(str(r["cameo_code"])), quad=int(r["quad"]),
        quad_name=QUAD_NAMES.get(int(r["quad"]), ""),
        goldstein=None if pd.isna(r["goldstein"]) else float(r["goldstein"]),
        articles=1 if pd.isna(r["articles"]) else int(r["articles"]),
        tone=None if pd.isna(r["tone"]) else float(r["tone"]),
        aspect=s(r["aspect"]), evidence=s(r["evidence"]), url=s(r["source_url"]),
        score=float(r.get("score", 0.0) or 0.0),
    )


def _partners_line(events: Any, code: str, count_all: int, n: int = 5) -> str:
    name = countries.name_for(code)
    if not count_all:
        return f"The store holds no events involving {name}."
    t = events
    side = t.filter(t.source_country == code).select(p=t.target_country)
    side = side.union(t.filter(t.target_country == code).select(p=t.source_country), distinct=False)
    df = side.filter(side.p.notnull() & (side.p != code)).group_by("p").aggregate(k=ibis._.count()) \
        .order_by([ibis.desc("k"), "p"]).limit(n).execute()
    tops = [f"{countries.name_for(r.p)} ({int(r.k):,})" for r in df.itertuples(index=False)]
    if not tops:
        return f"{name} appears in {w.count(count_all, 'event')}, none with an identified partner."
    which = "its only partner is" if len(tops) == 1 else "its most frequent partners are"
    return f"{name} appears in {w.count(count_all, 'event')}; {which} {w.join(tops)}."


def short_brief(events: Any, a: str, b: str, cov: Coverage, as_of: date | None, assessment: Assessment | None,
                reason: str) -> Brief:
    """A brief that says there is too little data, and shows what exists."""
    cites = Citations()
    an, bn = countries.name_for(a), countries.name_for(b)
    as_of = as_of or cov.last or date.today()
    summary = [Text(f"There is too little data to assess {an}–{bn} relations."), Text(w.cap(reason.rstrip(".")) + ".")]
    if cov.events_dyad and assessment is None:
        summary.append(Text(
            f"The store holds {w.count(cov.events_dyad, 'event')} between the two, from {w.day(cov.dyad_first)} to "
            f"{w.day(cov.dyad_last)}; an assessment needs at least {Thresholds().min_recent_events} in the recent "
            f"{w.months(6)} and {Thresholds().min_baseline_events} in the baseline before it."))
    for code, n in ((a, cov.events_a), (b, cov.events_b)):
        summary.append(Text(_partners_line(events, code, n)))
    brief = Brief(a=a, b=b, a_name=an, b_name=bn, as_of=as_of, short=True,
                  headline=f"{an}–{bn}: too little data for an assessment", summary=summary)
    if cov.events_dyad:
        t = events.filter(dyad_filter(events, a, b) & (events.date <= as_of))
        df = t.order_by([ibis.desc("date"), ibis.desc("articles"), "dataset", "event_id"]) \
            .limit(SHORT_BRIEF_EVENTS).select(*EVENT_REF_COLUMNS).execute()
        for _, r in df.iterrows():
            ref = _event_ref(r)
            brief.existing.append(EventLine(ref.date, w.event_text(ref), ref.evidence, ref.url, cites.cite([ref])[0]))
        brief.coverage, brief.coverage_note = coverage_rows(events, a, b, cov)
    else:
        brief.coverage_note = (f"The store holds {cov.events_a:,} events involving {an} and {cov.events_b:,} "
                               f"involving {bn}, none between the two.")
    brief.method = ["An assessment needs at least "
                    f"{Thresholds().min_recent_events} events between the two in the recent window and "
                    f"{Thresholds().min_baseline_events} in a baseline of at least {Thresholds().min_baseline_months} "
                    "months before it (docs/assessment.md)."]
    brief.sources = cites.sources
    return brief
