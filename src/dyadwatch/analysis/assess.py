"""Assess a relationship: state, turning points, drivers, stances, third-party alignment.

:func:`assess_events` runs four queries where the events live (Ibis: DuckDB by default):
the coverage of the two countries, the dyad cube (anchored period × acting side × aspect ×
quad × CAMEO base code), the dyad's top events per cube cell, and the partner cube of both
sides. Everything after works on those small results in pandas/numpy:

* :mod:`.measures` + :mod:`.state` — the overall and per-aspect state with its evidence,
* :mod:`.turning_points` — breaks of the balance series (ruptures),
* :mod:`.drivers` — the balance change decomposed by aspect × quad,
* :mod:`.stances` — how each side acts toward the other,
* :mod:`.alignment` — each side's partners and diversification,
* :mod:`.risk` — risk level and current impact per aspect.

Periods are "months" of 365.25/12 days counted back from the as-of date (see
:mod:`.cube`). Formulas, rules and thresholds: ``docs/assessment.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from math import floor
from typing import Any

import ibis
import numpy as np
import pandas as pd

from .. import countries
from ..schema import ASPECTS
from ..store import DyadwatchError
from .alignment import Alignment, alignment, partner_cube_expr
from .cube import PERIOD_DAYS, anchored_cube, dyad_filter, period_bounds, periods_back
from .drivers import Driver, drivers, drivers_frame
from .events import top_events_expr
from .measures import SIGN, Panel, measure
from .risk import Risk, assess_risk
from .stances import Stance, stance_table, stances
from .state import INSUFFICIENT, StateCall, Thresholds, call_state
from .turning_points import TurningPoint, find_turning_points

CUBE_KEYS = ("source_country", "target_country", "aspect", "quad", "cameo_base")


@dataclass
class Coverage:
    """What the store holds for the two countries (used for checks and error messages)."""

    first: date | None
    last: date | None
    events_a: int
    events_b: int
    events_dyad: int
    dyad_first: date | None
    dyad_last: date | None


@dataclass
class AspectAssessment:
    """The state of one aspect, with its risk and monthly series."""

    aspect: str
    call: StateCall
    risk: Risk
    series: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)

    @property
    def state(self) -> str:
        return self.call.state

    def to_dict(self) -> dict:
        m = self.call.evidence
        d: dict[str, Any] = {"aspect": self.aspect, "state": self.call.state}
        d["confidence"] = None if self.call.confidence is None else round(self.call.confidence, 3)
        d["confidence_label"] = self.call.confidence_label
        if m is not None:
            e = m.to_dict()
            d["balance"] = e["balance"]
            d["trend"] = e["trend"]
            d["engagement"] = e["engagement"]
            d["events"] = e["events"]
            d["conflict_mix"] = e["conflict_mix"]
        d["risk"] = self.risk.to_dict()
        d["reasons"] = list(self.call.reasons)
        d["series"] = _records(self.series)
        return d


@dataclass
class Assessment:
    """The full answer of ``dyadwatch assess A B`` (see :meth:`to_dict` for the JSON)."""

    a: str
    b: str
    as_of: date
    window: int
    baseline: int
    recent_period: tuple[date, date]
    baseline_period: tuple[date, date]
    call: StateCall
    risk: Risk
    aspects: list[AspectAssessment]
    turning_points: list[TurningPoint]
    turning_fit: dict
    drivers: list[Driver]
    drivers_summary: dict
    drivers_period: tuple[date, date]
    drivers_reason: str
    stances: list[Stance]
    alignment: list[Alignment]
    series: pd.DataFrame
    coverage: Coverage
    thresholds: Thresholds
    notes: list[str] = field(default_factory=list)

    @property
    def state(self) -> str:
        return self.call.state

    @property
    def confidence(self) -> float | None:
        return self.call.confidence

    # --- tables ------------------------------------------------------------------------------

    def aspects_frame(self) -> pd.DataFrame:
        """One row per aspect: state, confidence, balance now vs baseline, engagement, risk."""
        rows = []
        for asp in self.aspects:
            m = asp.call.evidence
            rows.append({
                "aspect": asp.aspect, "state": asp.state, "confidence": asp.call.confidence,
                "balance_recent": m.balance_recent.estimate if m else None,
                "balance_baseline": m.balance_baseline.estimate if m else None,
                "shift": m.shift.estimate if m else None,
                "engagement_recent": m.engagement_recent.estimate if m else None,
                "engagement_baseline": m.engagement_baseline.estimate if m else None,
                "events_recent": m.events_recent if m else 0,
                "events_baseline": m.events_baseline if m else 0,
                "impact": asp.risk.impact, "risk": asp.risk.level,
            })
        return pd.DataFrame(rows)

    def drivers_frame(self) -> pd.DataFrame:
        return drivers_frame(self.drivers)

    def stances_frame(self) -> pd.DataFrame:
        rows = [{k: v for k, v in s.to_dict().items() if k not in ("actions", "top_events", "quads", "quads_baseline")}
                | {f"q{q}": n for q, n in s.quads.items()} for s in self.stances]
        return pd.DataFrame(rows)

    def stance_table(self) -> pd.DataFrame:
        """The "Aspect | A | B" table."""
        return stance_table(self.stances, self.a, self.b)

    def alignment_frame(self, side: str) -> pd.DataFrame:
        for al in self.alignment:
            if al.side == side:
                return al.table
        raise KeyError(side)

    def turning_points_frame(self) -> pd.DataFrame:
        return pd.DataFrame([{k: v for k, v in t.to_dict().items() if k != "top_events"} for t in self.turning_points])

    # --- JSON --------------------------------------------------------------------------------

    def to_dict(self) -> dict:
        call = self.call.to_dict()
        return {
            "dyad": {"a": self.a, "b": self.b, "a_name": countries.name_for(self.a), "b_name": countries.name_for(self.b)},
            "as_of": self.as_of.isoformat(),
            "windows": {
                "recent": {"months": self.window, "start": self.recent_period[0].isoformat(),
                           "end": self.recent_period[1].isoformat()},
                "baseline": {"months": self.baseline, "start": self.baseline_period[0].isoformat(),
                             "end": self.baseline_period[1].isoformat()},
                "month_days": round(PERIOD_DAYS, 4),
            },
            "state": call["state"],
            "confidence": call["confidence"],
            "confidence_label": call["confidence_label"],
            "reasons": call["reasons"],
            "support": call["support"],
            "evidence": call["evidence"],
            "risk": self.risk.to_dict(),
            "aspects": [a.to_dict() for a in self.aspects],
            "turning_points": [t.to_dict() for t in self.turning_points],
            "turning_point_fit": self.turning_fit,
            "drivers": [d.to_dict() for d in self.drivers],
            "drivers_summary": {
                **{k: None if v is None else round(float(v), 4) for k, v in self.drivers_summary.items()},
                "recent": [self.drivers_period[0].isoformat(), self.drivers_period[1].isoformat()],
                "why_this_window": self.drivers_reason,
            },
            "stances": [s.to_dict() for s in self.stances],
            "alignment": [al.to_dict() for al in self.alignment],
            "series": _records(self.series),
            "data": {
                "events_dyad": self.coverage.events_dyad,
                "dyad_first": _iso(self.coverage.dyad_first), "dyad_last": _iso(self.coverage.dyad_last),
                "events_a": self.coverage.events_a, "events_b": self.coverage.events_b,
                "first": _iso(self.coverage.first), "last": _iso(self.coverage.last),
            },
            "notes": list(self.notes),
            "parameters": self.thresholds.to_dict(),
        }


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _records(df: pd.DataFrame) -> list[dict]:
    from ..output import records_from_frame

    return records_from_frame(df) if df is not None and len(df) else []


# --- checks ----------------------------------------------------------------------------------


def _to_date(x: Any) -> date | None:
    if x is None or (isinstance(x, float) and np.isnan(x)) or x is pd.NaT:
        return None
    if hasattr(x, "to_pydatetime"):
        x = x.to_pydatetime()
    if hasattr(x, "date") and callable(x.date):
        return x.date()
    return x


def coverage(events: Any, a: str, b: str) -> Coverage:
    """Dates and counts of the events that involve ``a`` or ``b`` (one query)."""
    t = events
    in_a = (t.source_country == a) | (t.target_country == a)
    in_b = (t.source_country == b) | (t.target_country == b)
    dy = dyad_filter(t, a, b)
    r = t.filter(in_a | in_b).aggregate(
        first=t.date.min(), last=t.date.max(),
        events_a=in_a.cast("int64").sum(), events_b=in_b.cast("int64").sum(),
        events_dyad=dy.cast("int64").sum(),
        dyad_first=t.date.min(where=dy), dyad_last=t.date.max(where=dy),
    ).execute().iloc[0]
    n = lambda x: 0 if pd.isna(x) else int(x)  # noqa: E731
    return Coverage(_to_date(r["first"]), _to_date(r["last"]), n(r["events_a"]), n(r["events_b"]),
                    n(r["events_dyad"]), _to_date(r["dyad_first"]), _to_date(r["dyad_last"]))


def _top_partners(events: Any, code: str, n: int = 5) -> str:
    t = events
    side = t.filter(t.source_country == code).select(p=t.target_country)
    side = side.union(t.filter(t.target_country == code).select(p=t.source_country), distinct=False)
    df = side.filter(side.p.notnull() & (side.p != code)).group_by("p").aggregate(n=ibis._.count()) \
        .order_by([ibis.desc("n"), "p"]).limit(n).execute()
    return ", ".join(f"{r.p} ({r.n:,})" for r in df.itertuples()) or "none"


def _no_dyad_message(events: Any, a: str, b: str, cov: Coverage) -> str:
    parts = [f"no events between {a} and {b} in the store"]
    for code, count in ((a, cov.events_a), (b, cov.events_b)):
        if count:
            parts.append(f"{code} has {count:,} events with other partners (top: {_top_partners(events, code)})")
        else:
            parts.append(f"{code} has no events at all")
    if not cov.events_a and not cov.events_b:
        r = events.aggregate(n=events.count(), first=events.date.min(), last=events.date.max()).execute().iloc[0]
        if int(r["n"]):
            parts.append(f"the store holds {int(r['n']):,} events from {_to_date(r['first'])} to {_to_date(r['last'])}")
        else:
            parts.append("the store is empty (ingest some data first)")
    return "; ".join(parts)


@dataclass
class Windows:
    """The recent window and the baseline in anchored periods (k < W recent, W ≤ k < P baseline)."""

    as_of: date
    window: int
    baseline: int
    notes: list[str]

    @property
    def periods(self) -> int:
        return self.window + self.baseline


def plan_windows(cov: Coverage, a: str, b: str, as_of: date | None, window: int, baseline: int,
                 th: Thresholds) -> Windows:
    """Check the as-of date and window lengths against the data; shorten the baseline to the
    history if needed (with a note); raise DyadwatchError naming what exists otherwise."""
    if window < 1:
        raise DyadwatchError(f"--window must be at least 1 month (got {window})")
    if baseline < 1:
        raise DyadwatchError(f"--baseline must be at least 1 month (got {baseline})")
    if baseline < th.min_baseline_months:
        raise DyadwatchError(f"--baseline {baseline} is shorter than the {th.min_baseline_months} months a baseline "
                             "needs to average over more than one news cycle")
    first, last = cov.first, cov.last
    assert first is not None and last is not None
    span = f"events involving {a} or {b} run from {first} to {last}"
    as_of = as_of or last
    if as_of < first or as_of > last:
        raise DyadwatchError(f"--as-of {as_of} is outside the data: {span}")
    history = floor(((as_of - first).days + 1) / PERIOD_DAYS)
    if window > history:
        raise DyadwatchError(
            f"--window {window} months is longer than the history: {span}, "
            f"{history} full months up to {as_of}")
    avail = history - window
    need = max(1, th.min_baseline_months)
    if avail < need:
        raise DyadwatchError(
            f"no room for a baseline: {span}; {history} full months up to {as_of} leave {avail} month(s) "
            f"before the {window}-month window (need {need}); use a shorter --window or a later --as-of")
    notes = []
    if avail < baseline:
        notes.append(f"baseline shortened from {baseline} to {avail} months: the data start on {first}")
        baseline = avail
    return Windows(as_of, window, baseline, notes)


# --- the assessment --------------------------------------------------------------------------


def assess_events(
    events: Any,
    a: str,
    b: str,
    as_of: date | None = None,
    window: int = 6,
    baseline: int = 24,
    thresholds: Thresholds | None = None,
    cov: Coverage | None = None,
) -> Assessment:
    """Assess the A–B relationship from an Ibis events table (see the module docstring).
    ``cov``: the :func:`coverage` of A and B in ``events`` if the caller has it already."""
    th = thresholds or Thresholds()
    a, b = a.strip().upper(), b.strip().upper()
    if a == b:
        raise DyadwatchError(f"A and B are the same country ({a}): name two different countries")
    cov = cov if cov is not None else coverage(events, a, b)
    if cov.events_dyad == 0:
        raise DyadwatchError(_no_dyad_message(events, a, b, cov))
    win = plan_windows(cov, a, b, as_of, window, baseline, th)
    as_of, W, Bm, P = win.as_of, win.window, win.baseline, win.periods
    first_day = period_bounds(as_of, P - 1)[0]

    dyad = dyad_filter(events, a, b)
    valid, gap_notes = data_gaps(events, as_of, P)
    cube = anchored_cube(events, as_of, P, keys=CUBE_KEYS, where=dyad).execute()
    top = top_events_expr(events, a, b, as_of, first_day, per_cell=5).execute()
    partners = partner_cube_expr(events, a, b, as_of, W, P).execute()
    cube["aspect"] = cube.aspect.astype(object).where(cube.aspect.notna(), None)
    if len(top):
        top["date"] = pd.to_datetime(top.date)

    notes = list(win.notes) + gap_notes
    in_span = int(cube.events.sum()) if len(cube) else 0
    if in_span < cov.events_dyad:
        notes.append(f"{cov.events_dyad - in_span:,} of the dyad's {cov.events_dyad:,} events lie outside "
                     f"{first_day}..{as_of} and are not used")

    panel = Panel.from_cube(cube, P, W, th.weight, valid)
    call = call_state(measure(panel, th.bootstrap, th.alpha, th.seed), th)
    if call.state == INSUFFICIENT:
        call.reasons.append(
            f"the store holds {cov.events_dyad:,} {a}–{b} events in all, from {cov.dyad_first} to {cov.dyad_last}; "
            f"{in_span:,} of them fall in {first_day}..{as_of}")
    risk = assess_risk(call)
    series = series_frame(cube, as_of, P, W, th.weight, valid)

    aspects = []
    for i, asp in enumerate(ASPECTS):
        sub = cube[cube.aspect == asp]
        p = Panel.from_cube(sub, P, W, th.weight, valid)
        c = call_state(measure(p, th.bootstrap, th.alpha, th.seed + 1 + i), th)
        aspects.append(AspectAssessment(asp, c, assess_risk(c), series_frame(sub, as_of, P, W, th.weight, valid)))

    tps, fit = find_turning_points(
        panel.n, panel.w, as_of, top, penalty=th.turning_penalty, min_shift=th.turning_min_shift,
        min_size=th.turning_min_size)

    split, reason = W, f"the recent {W}-month window"
    shift = call.evidence.shift.estimate if call.evidence else None
    if tps and shift is not None:
        last_tp = tps[-1]
        if W <= last_tp.k < 2 * W and np.sign(last_tp.shift) == np.sign(shift):
            split = last_tp.k + 1
            reason = (f"the period since the turning point of {last_tp.date} ({last_tp.direction}, shift "
                      f"{last_tp.shift:+.2f}), {last_tp.k + 1 - W} month(s) before the recent window, which "
                      "continues that break")
    drv, drv_summary = drivers(cube, top, split, P, th.weight, valid=valid)
    drv_period = (period_bounds(as_of, split - 1)[0], as_of)

    st = stances(cube, top, a, b, W, th.weight)
    al = alignment(partners, a, b, int(valid[:W].sum()), int(valid[W:].sum()), th.weight)
    return Assessment(
        a=a, b=b, as_of=as_of, window=W, baseline=Bm,
        recent_period=(period_bounds(as_of, W - 1)[0], as_of),
        baseline_period=(first_day, period_bounds(as_of, W)[1]),
        call=call, risk=risk, aspects=aspects, turning_points=tps, turning_fit=fit,
        drivers=drv, drivers_summary=drv_summary, drivers_period=drv_period, drivers_reason=reason,
        stances=st, alignment=al, series=series, coverage=cov, thresholds=th, notes=notes,
    )


GAP_MIN_VOLUME = 7.0
"""Median events per period in the store above which a period with no events at all is a gap
in the data: under a Poisson count with that mean an empty period has probability e^−7 < 0.001."""


def data_gaps(events: Any, as_of: date, P: int) -> tuple[np.ndarray, list[str]]:
    """``valid[k]`` per period (False = gap in the data) and a note for each gap.

    A period is a gap when the whole store holds no event in it while the store's median
    volume per period is at least :data:`GAP_MIN_VOLUME` (an empty period is then no chance
    silence but missing data, such as a month missing from a GDELT download). Sparse stores
    (a few events a month, e.g. an analyst's notes) have no gaps: every month counts, zero or not.
    """
    first = period_bounds(as_of, P - 1)[0]
    t = events.filter((events.date >= first) & (events.date <= as_of))
    df = t.mutate(k=periods_back(t.date, as_of)).group_by("k").aggregate(n=ibis._.count()).execute()
    counts = np.zeros(P)
    for k, n in zip(df.k.to_numpy(dtype=int), df.n.to_numpy(dtype=float)):
        if 0 <= k < P:
            counts[k] = n
    valid = np.ones(P, dtype=bool)
    notes = []
    if np.median(counts) >= GAP_MIN_VOLUME:
        valid = counts > 0
        for k in np.flatnonzero(~valid)[::-1]:
            s0, s1 = period_bounds(as_of, int(k))
            notes.append(f"no events at all in the store from {s0} to {s1} (usually {np.median(counts):,.0f} a month): "
                         "treated as a gap in the data, not as silence")
    return valid, notes


def series_frame(cube: pd.DataFrame, as_of: date, P: int, W: int, weight: str = "articles",
                 valid: np.ndarray | None = None) -> pd.DataFrame:
    """Monthly series for charts, oldest first: events, weight, balance, weighted mean
    Goldstein, mean tone and events per quad, zero months included (balance empty there);
    ``gap`` marks periods missing from the data."""
    wcol = "events" if weight == "events" else "weight"
    gcol = "goldstein_sum" if weight == "events" else "goldstein_wsum"
    ks = np.arange(P - 1, -1, -1)
    bounds = [period_bounds(as_of, int(k)) for k in ks]
    out = pd.DataFrame({
        "period_start": [b[0] for b in bounds], "period_end": [b[1] for b in bounds], "k": ks,
        "window": np.where(ks < W, "recent", "baseline"),
        "gap": ~np.asarray(valid, dtype=bool)[ks] if valid is not None else np.zeros(P, dtype=bool),
    })
    c = cube[(cube.k >= 0) & (cube.k < P)] if len(cube) else cube
    sums = c.groupby("k")[["events", "weight", gcol, "tone_sum", "tone_n"]].sum() if len(c) else None
    per_q = c.pivot_table(index="k", columns="quad", values=["events", "weight"], aggfunc="sum", fill_value=0) \
        if len(c) else None

    def col(frame, key) -> np.ndarray:
        if frame is None or key not in frame.columns:
            return np.zeros(P)
        return frame[key].reindex(ks, fill_value=0).to_numpy(dtype=float)

    events, wsum = col(sums, "events"), col(sums, "weight")
    g, tone_s, tone_n = col(sums, gcol), col(sums, "tone_sum"), col(sums, "tone_n")
    wq = np.column_stack([col(per_q, (wcol, q)) for q in (1, 2, 3, 4)])
    nq = np.column_stack([col(per_q, ("events", q)) for q in (1, 2, 3, 4)])
    wtot = wq.sum(1)
    denom = events if weight == "events" else wsum
    with np.errstate(invalid="ignore", divide="ignore"):
        out["events"] = events.astype(int)
        out["weight"] = wsum
        out["balance"] = np.where(wtot > 0, (wq * SIGN).sum(1) / wtot, np.nan)
        out["goldstein_mean"] = np.where(denom > 0, g / denom, np.nan)
        out["tone_mean"] = np.where(tone_n > 0, tone_s / tone_n, np.nan)
    for i, name in enumerate(("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")):
        out[name] = nq[:, i].astype(int)
    return out


__all__ = ["Assessment", "AspectAssessment", "Coverage", "Thresholds", "INSUFFICIENT", "assess_events"]
