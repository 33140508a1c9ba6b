"""Expected impact from history: what happened after the recommended engagement in the past.

For a playbook rule that fires on the assessed dyad, a **precedent** is a past dyad-window —
any pair of countries in the store, any month — that met the same conditions, measured the
same way as the assessment (anchored periods, the same window W and baseline B, the same
weights and formulas), and after which the rule's kind of engagement happened:

1. **Condition.** For every undirected pair and every end period t (periods are counted
   back from the as-of date, t months back), the recent window is periods t … t+W−1 and the
   baseline t+W … t+W+B−1. The measures of :data:`..playbook.MEASURES` and the state are
   computed from the pair's monthly sums. The state uses the assessment's rules
   (:func:`dyadwatch.analysis.state.classify`) on point values — magnitudes only, as the
   assessment's confidence does for its bootstrap replicates — and ``insufficient_data``
   below the same event minimums.
2. **Engagement.** At least ``min_events`` events of the rule's CAMEO codes between the two
   in the :data:`LAG` months after the window (periods t−LAG … t−1).
3. **Outcome.** The balance of the :data:`HORIZON` months after the window (periods
   t−HORIZON … t−1), *leaving out the engagement events themselves* (they are cooperative
   by construction), minus the window's balance. "Improved" means the change is above 0.

Windows of one pair that share a month are not independent; the search takes them oldest
first and keeps a window only if it starts at least W + HORIZON months after the last one
kept for that pair. The same windows *without* the engagement give the base rate beside it.
Only months fully observed before the as-of date count, so no outcome looks past it.

One query (Ibis; DuckDB by default) builds the monthly sums of every directed pair; numpy
does the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from math import floor
from typing import Any

import ibis
import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view

from ..analysis.cube import PERIOD_DAYS, period_bounds, periods_back
from ..analysis.state import INSUFFICIENT, Thresholds, classify
from .playbook import Condition, Rule

HORIZON = 6
"""Months after the window in which the outcome balance is measured."""

LAG = 3
"""Months after the window in which the recommended engagement must happen."""

SUMS = ("n", "w", "wc", "w4", "n4")
"""Monthly sums per pair: events, weight, conflict weight (quads 3-4), quad-4 weight, quad-4 events."""


@dataclass
class Case:
    """One past dyad-window in the rule's condition, with what followed it."""

    a: str
    b: str
    window_start: date
    window_end: date
    balance_before: float
    balance_after: float
    engaged: bool
    engagement_events: int

    @property
    def change(self) -> float:
        return self.balance_after - self.balance_before

    def to_dict(self) -> dict:
        return {
            "a": self.a, "b": self.b, "window": [self.window_start.isoformat(), self.window_end.isoformat()],
            "balance_before": round(self.balance_before, 4), "balance_after": round(self.balance_after, 4),
            "change": round(self.change, 4), "engaged": self.engaged, "engagement_events": self.engagement_events,
        }


@dataclass
class Outcome:
    """Improvement counts of a set of cases."""

    n: int
    improved: int
    median_change: float | None

    @property
    def share(self) -> float | None:
        return self.improved / self.n if self.n else None

    @classmethod
    def of(cls, cases: list[Case]) -> Outcome:
        ch = [c.change for c in cases]
        return cls(len(ch), sum(1 for x in ch if x > 0), float(np.median(ch)) if ch else None)


@dataclass
class Precedents:
    """The precedents of one rule (see the module docstring)."""

    rule_id: str
    cases: list[Case] = field(default_factory=list)
    pairs: int = 0
    windows_searched: int = 0
    first_window: date | None = None
    last_window: date | None = None
    reason: str | None = None
    """Why the search could not run at all (history too short), else None."""

    @property
    def engaged(self) -> list[Case]:
        return [c for c in self.cases if c.engaged]

    @property
    def not_engaged(self) -> list[Case]:
        return [c for c in self.cases if not c.engaged]

    @property
    def with_engagement(self) -> Outcome:
        return Outcome.of(self.engaged)

    @property
    def without_engagement(self) -> Outcome:
        return Outcome.of(self.not_engaged)

    def to_dict(self) -> dict:
        w, wo = self.with_engagement, self.without_engagement
        return {
            "rule": self.rule_id, "pairs": self.pairs, "windows_searched": self.windows_searched,
            "condition_windows": len(self.cases),
            "with_engagement": {"n": w.n, "improved": w.improved, "median_change": w.median_change},
            "without_engagement": {"n": wo.n, "improved": wo.improved, "median_change": wo.median_change},
            "reason": self.reason,
            "cases": [c.to_dict() for c in self.cases],
        }


# --- the monthly sums of every pair ---------------------------------------------------------


def _prefix_match(col: Any, prefixes: tuple[str, ...]) -> Any:
    cond = None
    for p in prefixes:
        c = col.startswith(p)
        cond = c if cond is None else cond | c
    return cond


def history_expr(events: Any, as_of: date, first: date, aspects: list[str], rules: list[Rule],
                 weight: str = "articles") -> Any:
    """Ibis: one row per directed pair × anchored period k with the sums of :data:`SUMS`,
    overall, per aspect in ``aspects`` (``<aspect>_n`` …) and for each rule's engagement
    events (``eng<i>_n``, ``eng<i>_w``, ``eng<i>_wc``)."""
    t = events.filter(events.source_country.notnull() & events.target_country.notnull()
                      & (events.source_country != events.target_country)
                      & (events.date >= first) & (events.date <= as_of))
    w = t.articles.fill_null(1).cast("float64") if weight == "articles" else ibis.literal(1.0)
    t = t.mutate(k=periods_back(t.date, as_of), _w=w)
    conflict, q4 = t.quad >= 3, t.quad == 4

    def sums(prefix: str, where: Any) -> dict[str, Any]:
        def both(c: Any) -> Any:
            return c if where is None else (c & where)
        return {
            f"{prefix}n": t.count(where=where) if where is not None else t.count(),
            f"{prefix}w": t._w.sum(where=where) if where is not None else t._w.sum(),
            f"{prefix}wc": t._w.sum(where=both(conflict)),
            f"{prefix}w4": t._w.sum(where=both(q4)),
            f"{prefix}n4": t.count(where=both(q4)),
        }

    aggs = sums("", None)
    for asp in aspects:
        aggs.update(sums(f"{asp}_", t.aspect == asp))
    for i, r in enumerate(rules):
        m = _prefix_match(t.cameo_code, r.cameo)
        aggs[f"eng{i}_n"] = t.count(where=m)
        aggs[f"eng{i}_w"] = t._w.sum(where=m)
        aggs[f"eng{i}_wc"] = t._w.sum(where=m & conflict)
    return t.group_by([t.source_country, t.target_country, t.k]).aggregate(**aggs)


@dataclass
class History:
    """Monthly sums per undirected pair: ``cols[name]`` is an array [pairs, K] (k = 0 most recent)."""

    pairs: list[tuple[str, str]]
    K: int
    cols: dict[str, np.ndarray]

    def cum(self, name: str) -> np.ndarray:
        """Cumulative sums along k with a leading 0: window sum [k0, k1) = c[:, k1] − c[:, k0]."""
        x = self.cols[name]
        return np.concatenate([np.zeros((x.shape[0], 1)), np.cumsum(x, axis=1)], axis=1)


def load_history(events: Any, as_of: date, aspects: list[str], rules: list[Rule],
                 weight: str = "articles") -> History:
    """Run :func:`history_expr` over the store's full months before ``as_of``."""
    first_all = events.aggregate(first=events.date.min()).execute().iloc[0]["first"]
    if first_all is None or pd.isna(first_all):
        return History([], 0, {})
    first_all = pd.Timestamp(first_all).date()
    K = floor(((as_of - first_all).days + 1) / PERIOD_DAYS)
    if K <= 0:
        return History([], 0, {})
    first = period_bounds(as_of, K - 1)[0]
    df = history_expr(events, as_of, first, aspects, rules, weight).execute()
    if not len(df):
        return History([], K, {})
    s, t = df.source_country.astype(str).to_numpy(), df.target_country.astype(str).to_numpy()
    df["a"], df["b"] = np.where(s < t, s, t), np.where(s < t, t, s)
    value_cols = [c for c in df.columns if c not in ("source_country", "target_country", "k", "a", "b")]
    df[value_cols] = df[value_cols].astype(float).fillna(0.0)
    g = df.groupby(["a", "b", "k"], sort=True)[value_cols].sum().reset_index()
    g = g[(g.k >= 0) & (g.k < K)]
    pair_index = g[["a", "b"]].drop_duplicates().reset_index(drop=True)
    pairs = list(zip(pair_index.a, pair_index.b))
    idx = {p: i for i, p in enumerate(pairs)}
    rows = np.array([idx[p] for p in zip(g.a, g.b)], dtype=np.int64)
    ks = g.k.to_numpy(dtype=np.int64)
    cols = {}
    for c in value_cols:
        arr = np.zeros((len(pairs), K))
        arr[rows, ks] = g[c].to_numpy(dtype=float)
        cols[c] = arr
    return History(pairs, K, cols)


# --- measures of every pair × window ------------------------------------------------------------


def _div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(b > 0, a / np.where(b > 0, b, 1.0), np.nan)


def _ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(b > 0, a / np.where(b > 0, b, 1.0), np.where(a > 0, np.inf, np.nan))


def window_measures(h: History, prefix: str, W: int, B: int, T: int) -> dict[str, np.ndarray]:
    """The measures of :data:`..playbook.MEASURES` for windows ending at t = 0 … T−1 ([pairs, T])."""
    c = {s: h.cum(prefix + s) for s in SUMS}

    def win(s: str, lo: int) -> np.ndarray:
        # sum over periods [t+lo, t+lo+len) for every t < T
        length = W if lo == 0 else B
        return c[s][:, lo + length: lo + length + T] - c[s][:, lo: lo + T]

    nR, wR, wcR, w4R, n4R = (win(s, 0) for s in SUMS)
    nB, wB, wcB, _, n4B = (win(s, W) for s in SUMS)
    bR, bB = _div(wR - 2 * wcR, wR), _div(wB - 2 * wcB, wB)
    return {
        "events": nR, "events_baseline": nB, "balance": bR, "baseline_balance": bB, "shift": bR - bB,
        "engagement_ratio": _ratio(nR / W, nB / B), "conflict_share": _div(wcR, wR),
        "material_conflict_share": _div(w4R, wR), "mc_events": n4R, "mc_ratio": _ratio(n4R / W, n4B / B),
    }


def window_slopes(h: History, W: int, T: int) -> np.ndarray:
    """WLS slope of the monthly balance over each recent window (as :mod:`..analysis.measures`):
    weights W_k = Σ w, time −j for the j-th period back; NaN with fewer than 3 active months."""
    w, wc = h.cols["w"], h.cols["wc"]
    ww = sliding_window_view(w, W, axis=1)[:, :T]
    yy = _div(sliding_window_view(w - 2 * wc, W, axis=1)[:, :T], ww)
    yy = np.nan_to_num(yy)
    t = -np.arange(W, dtype=float)
    sw = ww.sum(-1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        xbar = (ww * t).sum(-1, keepdims=True) / np.where(sw > 0, sw, 1.0)
        ybar = (ww * yy).sum(-1, keepdims=True) / np.where(sw > 0, sw, 1.0)
        sxx = (ww * (t - xbar) ** 2).sum(-1)
        sxy = (ww * (t - xbar) * (yy - ybar)).sum(-1)
        slope = np.where(sxx > 1e-12 * np.maximum(sw[..., 0], 1.0), sxy / np.where(sxx > 0, sxx, 1.0), np.nan)
    active = (ww > 0).sum(-1)
    return np.where(active >= 3, slope, np.nan)


def window_states(m: dict[str, np.ndarray], slope: np.ndarray, W: int, th: Thresholds) -> np.ndarray:
    """The state of every pair × window by the assessment's rules on point values."""
    shape = m["balance"].shape
    st = classify(th, W, m["balance"].ravel(), slope.ravel(), m["shift"].ravel(), m["engagement_ratio"].ravel(),
                  m["mc_ratio"].ravel(), m["mc_events"].ravel(), np.nan_to_num(m["material_conflict_share"]).ravel())
    st = st.reshape(shape).astype(object)
    few = (m["events"] < th.min_recent_events) | (m["events_baseline"] < th.min_baseline_events)
    st[few] = INSUFFICIENT
    return st


def find_precedents(h: History, rules: list[Rule], as_of: date, W: int, B: int,
                    th: Thresholds) -> dict[str, Precedents]:
    """Precedents of each rule (``rules`` in the order :func:`history_expr` was built with)."""
    out = {r.id: Precedents(r.id) for r in rules}
    T = h.K - W - B + 1  # windows ending at t = 0 … T−1 have a full baseline
    if not h.pairs or T <= HORIZON:
        need = W + B + HORIZON
        for p in out.values():
            p.reason = (f"the store's history ({h.K} full months up to {as_of}) is too short: a precedent needs "
                        f"{need} months ({W}-month window, {B}-month baseline, {HORIZON} months after)")
        return out
    measures: dict[str | None, dict[str, np.ndarray]] = {None: window_measures(h, "", W, B, T)}
    aspects = {c.aspect for r in rules for c in r.conditions if c.aspect}
    for asp in aspects:
        measures[asp] = window_measures(h, f"{asp}_", W, B, T)
    states = window_states(measures[None], window_slopes(h, W, T), W, th)
    cw, cwc = h.cum("w"), h.cum("wc")
    ts = np.arange(T)
    valid_t = ts >= HORIZON
    after_w = np.zeros((len(h.pairs), T))
    after_wc = np.zeros_like(after_w)
    after_w[:, valid_t] = cw[:, ts[valid_t]] - cw[:, ts[valid_t] - HORIZON]
    after_wc[:, valid_t] = cwc[:, ts[valid_t]] - cwc[:, ts[valid_t] - HORIZON]
    span = W + HORIZON
    for i, r in enumerate(rules):
        p = out[r.id]
        cond = np.broadcast_to(valid_t, states.shape).copy()
        for c in r.conditions:
            cond &= _holds(c, states if c.measure == "state" else measures[c.aspect][c.measure])
        ce, cew, cewc = h.cum(f"eng{i}_n"), h.cum(f"eng{i}_w"), h.cum(f"eng{i}_wc")
        eng_n = np.zeros_like(after_w)
        lag_t = ts[valid_t]
        eng_n[:, valid_t] = ce[:, lag_t] - ce[:, lag_t - LAG]
        e_w = np.zeros_like(after_w)
        e_wc = np.zeros_like(after_w)
        e_w[:, valid_t] = cew[:, lag_t] - cew[:, lag_t - HORIZON]
        e_wc[:, valid_t] = cewc[:, lag_t] - cewc[:, lag_t - HORIZON]
        rest_w, rest_wc = after_w - e_w, after_wc - e_wc
        b_after = _div(rest_w - 2 * rest_wc, rest_w)
        cond &= ~np.isnan(b_after) & ~np.isnan(measures[None]["balance"])
        last = np.full(len(h.pairs), np.iinfo(np.int64).max // 2)
        taken = np.zeros_like(cond)
        for t in range(T - 1, HORIZON - 1, -1):  # oldest window first
            take = cond[:, t] & (last - t >= span)
            taken[:, t] = take
            last[take] = t
        p.pairs = len(h.pairs)
        p.windows_searched = int(valid_t.sum()) * len(h.pairs)
        p.first_window = period_bounds(as_of, T - 1)[1]
        p.last_window = period_bounds(as_of, HORIZON)[1]
        for d, t in zip(*np.nonzero(taken)):
            n_eng = int(round(eng_n[d, t]))
            p.cases.append(Case(
                a=h.pairs[d][0], b=h.pairs[d][1],
                window_start=period_bounds(as_of, int(t) + W - 1)[0], window_end=period_bounds(as_of, int(t))[1],
                balance_before=float(measures[None]["balance"][d, t]), balance_after=float(b_after[d, t]),
                engaged=n_eng >= r.min_events, engagement_events=n_eng,
            ))
        p.cases.sort(key=lambda c: (c.window_end, c.a, c.b))
    return out


def _holds(c: Condition, values: np.ndarray) -> np.ndarray:
    if c.measure == "state":
        return np.isin(values, list(c.states))
    ok = ~np.isnan(values.astype(float))
    v = np.nan_to_num(values.astype(float), nan=0.0, posinf=np.inf)
    if c.low is not None:
        ok &= v >= c.low
    if c.high is not None:
        ok &= v <= c.high
    return ok


def precedents(events: Any, rules: list[Rule], as_of: date, W: int, B: int,
               th: Thresholds | None = None) -> dict[str, Precedents]:
    """Precedents of each of ``rules`` in the whole store (one query; see the module docstring)."""
    th = th or Thresholds()
    if not rules:
        return {}
    aspects = sorted({c.aspect for r in rules for c in r.conditions if c.aspect})
    h = load_history(events, as_of, aspects, rules, th.weight)
    return find_precedents(h, rules, as_of, W, B, th)
