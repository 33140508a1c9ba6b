"""The measures of a relationship on anchored periods, with a hierarchical bootstrap.

A :class:`Panel` holds, for one set of events (a dyad, or one aspect of it), the number of
events ``n[k, q]`` and their weight ``w[k, q]`` (Σ articles, or the event count) in each
anchored period ``k`` (0 = most recent, see :mod:`dyadwatch.analysis.cube`) and QuadClass
``q`` (1..4). Periods ``k < W`` form the recent window R, periods ``W ≤ k < P`` the baseline B.

With the sign ``s_q = +1`` for cooperation (quads 1, 2) and ``−1`` for conflict (quads 3, 4):

* **balance** of a set of periods K:  ``b(K) = Σ_{k∈K,q} s_q·w[k,q] / Σ_{k∈K,q} w[k,q]`` in
  [−1, 1], i.e. ``(C − X)/(C + X)`` with C, X the cooperative and conflictual weight;
  undefined (NaN) for a set with no events;
* **shift**  ``δ = b(R) − b(B)``;
* **trend**: the weighted least-squares slope β of the monthly balance ``b_k`` on time
  ``t_k = −k`` over the recent periods that hold events, with weights ``W_k = Σ_q w[k,q]``
  (identical to the slope of the event-level ±1 signal on the period index); the fitted
  change across the window is ``β·(W − 1)``;
* **engagement**: events per period, zero periods included: ``e(K) = Σ n / |K|``; the ratio
  ``ρ = e(R) / e(B)``. A period in which the whole store holds no event although its usual
  volume makes an empty month implausible is a *gap in the data*, not silence: it is left out
  of |K| and of the bootstrap (``Panel.valid``);
* **material conflict**: quad-4 events per period ``m(K)`` and the ratio ``μ = m(R) / m(B)``;
  conflict mix: the share of each quad in the window's weight.

Intervals come from a cluster bootstrap stratified by window: the periods (months) are the
sampling units, drawn with replacement within R and within B with all their events. A
month's events are not independent (one story makes many events, news cycles come and go),
so the month is the unit that carries the real variation; the spread of month totals
already holds the sampling of events within months (redrawing the events as well, a
two-stage bootstrap, counts that part twice and is available as an option for comparison).
Sparse data (0–3 events a month) give wide intervals rather than spurious calls. The trend slope is the exception: its replicates come from a
wild bootstrap of the monthly residuals with time held fixed (see :func:`_wild_slopes`),
because redrawing six months would often leave one or two distinct months to fit a line
through. Percentile intervals at level 1 − α.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

SIGN = np.array([1.0, 1.0, -1.0, -1.0])
"""s_q for quads 1..4: cooperation +1, conflict −1."""

QUADS = (1, 2, 3, 4)


@dataclass
class Panel:
    """Events and weights per anchored period (rows, k = 0 first) and quad (columns 1..4)."""

    n: np.ndarray
    w: np.ndarray
    window: int
    valid: np.ndarray | None = None
    w2: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.valid is None:
            self.valid = np.ones(self.n.shape[0], dtype=bool)
        if self.w2 is None:  # equal weights within a period
            tot, cnt = self.w.sum(-1), self.n.sum(-1)
            self.w2 = np.where(cnt > 0, tot * tot / np.where(cnt > 0, cnt, 1.0), 0.0)

    @property
    def n_eff(self) -> np.ndarray:
        """Effective events per period, (Σw)²/Σw² (= the event count for equal weights)."""
        tot = self.w.sum(-1)
        return np.where(self.w2 > 0, tot * tot / np.where(self.w2 > 0, self.w2, 1.0), 0.0)

    @property
    def periods(self) -> int:
        return int(self.n.shape[0])

    @property
    def baseline_periods(self) -> int:
        return self.periods - self.window

    @property
    def months_recent(self) -> int:
        """Recent periods that are not gaps in the data."""
        return int(self.valid[: self.window].sum())

    @property
    def months_baseline(self) -> int:
        return int(self.valid[self.window:].sum())

    @classmethod
    def from_cube(
        cls, df: pd.DataFrame, n_periods: int, window: int, weight: str = "articles",
        valid: np.ndarray | None = None,
    ) -> Panel:
        """Sum cube rows (columns ``k``, ``quad``, ``events``, ``weight``) into a panel;
        ``valid[k]`` is False for a period that is a gap in the data (see docs)."""
        n = np.zeros((n_periods, 4))
        w = np.zeros((n_periods, 4))
        w2 = None
        if len(df) and weight != "events" and "weight_sq" in df:
            s2 = df.groupby("k").weight_sq.sum()
            s2 = s2[(s2.index >= 0) & (s2.index < n_periods)]
            w2 = np.zeros(n_periods)
            w2[s2.index.to_numpy(dtype=int)] = s2.to_numpy(dtype=float)
        if len(df):
            g = df.groupby(["k", "quad"], sort=False)[["events", "weight"]].sum().reset_index()
            g = g[(g.k >= 0) & (g.k < n_periods) & g.quad.between(1, 4)]
            k = g.k.to_numpy(dtype=int)
            q = g.quad.to_numpy(dtype=int) - 1
            n[k, q] = g.events.to_numpy(dtype=float)
            src = g.events if weight == "events" else g.weight
            w[k, q] = src.to_numpy(dtype=float)
        return cls(n=n, w=w, window=window, valid=None if valid is None else np.asarray(valid, dtype=bool),
                   w2=w2 if weight != "events" else n.sum(-1))


@dataclass
class Interval:
    """A point estimate with its bootstrap percentile interval (None when not estimable)."""

    estimate: float | None
    low: float | None = None
    high: float | None = None

    def excludes(self, value: float) -> bool:
        """True when the whole interval lies strictly on one side of ``value``."""
        if self.low is None or self.high is None:
            return False
        return self.low > value or self.high < value

    def to_dict(self) -> dict:
        return {"estimate": _num(self.estimate), "low": _num(self.low), "high": _num(self.high)}


@dataclass
class Measures:
    """Everything the state rules read, for one panel (see the module docstring)."""

    window: int
    baseline_periods: int
    months_recent: int
    months_baseline: int
    events_recent: int
    events_baseline: int
    weight_recent: float
    weight_baseline: float
    active_periods_recent: int
    active_periods_baseline: int
    balance_recent: Interval
    balance_baseline: Interval
    shift: Interval
    trend_slope: Interval
    trend_change: Interval
    engagement_recent: Interval
    engagement_baseline: Interval
    engagement_ratio: Interval
    material_conflict_recent: int
    material_conflict_baseline: int
    material_conflict_rate_recent: float
    material_conflict_rate_baseline: float
    material_conflict_ratio: Interval
    mix_recent: dict[str, float | None]
    mix_baseline: dict[str, float | None]
    replicates: dict[str, np.ndarray] = field(repr=False, default_factory=dict)

    @property
    def material_conflict_share_recent(self) -> float | None:
        return self.mix_recent.get("material_conflict")

    def to_dict(self) -> dict:
        return {
            "window_months": self.window,
            "baseline_months": self.baseline_periods,
            "months_with_data": {"recent": self.months_recent, "baseline": self.months_baseline},
            "events": {"recent": self.events_recent, "baseline": self.events_baseline},
            "active_months": {"recent": self.active_periods_recent, "baseline": self.active_periods_baseline},
            "balance": {
                "recent": self.balance_recent.to_dict(),
                "baseline": self.balance_baseline.to_dict(),
                "shift": self.shift.to_dict(),
            },
            "trend": {
                "slope_per_month": self.trend_slope.to_dict(),
                "change_over_window": self.trend_change.to_dict(),
            },
            "engagement": {
                "recent_per_month": self.engagement_recent.to_dict(),
                "baseline_per_month": self.engagement_baseline.to_dict(),
                "ratio": self.engagement_ratio.to_dict(),
                "weight_recent_per_month": _num(self.weight_recent / self.months_recent) if self.months_recent else None,
                "weight_baseline_per_month": (
                    _num(self.weight_baseline / self.months_baseline) if self.months_baseline else None
                ),
            },
            "conflict_mix": {
                "recent": {k: _num(v) for k, v in self.mix_recent.items()},
                "baseline": {k: _num(v) for k, v in self.mix_baseline.items()},
                "material_conflict_events": {
                    "recent": self.material_conflict_recent,
                    "baseline": self.material_conflict_baseline,
                },
                "material_conflict_per_month": {
                    "recent": _num(self.material_conflict_rate_recent),
                    "baseline": _num(self.material_conflict_rate_baseline),
                },
                "material_conflict_ratio": self.material_conflict_ratio.to_dict(),
            },
        }


def _num(x: float | None, digits: int = 4) -> float | None:
    if x is None:
        return None
    x = float(x)
    if np.isnan(x):
        return None
    if np.isinf(x):
        return x
    return round(x, digits)


# --- point measures on arrays (all vectorised over a leading replicate axis) -----------------


def _balance(w: np.ndarray) -> np.ndarray:
    """b = Σ s_q w_q / Σ w_q over the last axis (quads) after summing the period axis."""
    tot = w.sum(axis=(-1, -2))
    num = (w * SIGN).sum(axis=(-1, -2))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(tot > 0, num / np.where(tot > 0, tot, 1.0), np.nan)


def _slope(w: np.ndarray, t: np.ndarray) -> np.ndarray:
    """WLS slope of the per-period balance on t, weights W_k = Σ_q w[k, q]; NaN if < 2 distinct t."""
    wk = w.sum(-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        yk = np.where(wk > 0, (w * SIGN).sum(-1) / np.where(wk > 0, wk, 1.0), 0.0)
        sw = wk.sum(-1, keepdims=True)
        xbar = (wk * t).sum(-1, keepdims=True) / np.where(sw > 0, sw, 1.0)
        ybar = (wk * yk).sum(-1, keepdims=True) / np.where(sw > 0, sw, 1.0)
        sxx = (wk * (t - xbar) ** 2).sum(-1)
        sxy = (wk * (t - xbar) * (yk - ybar)).sum(-1)
        return np.where(sxx > 1e-12 * np.maximum(sw[..., 0], 1.0), sxy / np.where(sxx > 0, sxx, 1.0), np.nan)


def _ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(b > 0, a / np.where(b > 0, b, 1.0), np.where(a > 0, np.inf, np.nan))


def _mix(w: np.ndarray) -> dict[str, float | None]:
    tot = float(w.sum())
    names = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
    if tot <= 0:
        return dict.fromkeys(names)
    per = w.sum(axis=0) / tot
    return {name: float(per[i]) for i, name in enumerate(names)}


def _interval(point: float, reps: np.ndarray, alpha: float, min_valid: float = 0.5) -> Interval:
    """Percentile interval of the replicates that are defined (NaN excluded; ±inf kept)."""
    point_v = None if point is None or np.isnan(point) else float(point)
    valid = reps[~np.isnan(reps)]
    if point_v is None or len(valid) < min_valid * len(reps) or len(valid) == 0:
        return Interval(point_v)
    lo, hi = np.quantile(valid, [alpha / 2, 1 - alpha / 2], method="inverted_cdf")
    return Interval(point_v, float(lo), float(hi))


def measure(panel: Panel, reps: int = 1000, alpha: float = 0.05, seed: int = 0) -> Measures:
    """Point measures and bootstrap intervals for a panel (see the module docstring)."""
    W, P = panel.window, panel.periods
    mR, mB = panel.months_recent, panel.months_baseline
    n, w = panel.n, panel.w
    nR, nB, wR, wB = n[:W], n[W:], w[:W], w[W:]
    t = -np.arange(W, dtype=float)

    point = {
        "b_R": float(_balance(wR)),
        "b_B": float(_balance(wB)) if mB else np.nan,
        "slope": float(_slope(wR, t)) if int((wR.sum(-1) > 0).sum()) >= 3 else np.nan,
        "e_R": float(nR.sum() / mR) if mR else np.nan,
        "e_B": float(nB.sum() / mB) if mB else np.nan,
        "m_R": float(nR[:, 3].sum() / mR) if mR else np.nan,
        "m_B": float(nB[:, 3].sum() / mB) if mB else np.nan,
    }
    point["shift"] = point["b_R"] - point["b_B"]
    point["rho"] = float(_ratio(np.array(point["e_R"]), np.array(point["e_B"])))
    point["mu"] = float(_ratio(np.array(point["m_R"]), np.array(point["m_B"])))

    rep = _bootstrap(panel, reps, seed)
    return Measures(
        window=W,
        baseline_periods=P - W,
        months_recent=mR,
        months_baseline=mB,
        events_recent=int(nR.sum()),
        events_baseline=int(nB.sum()),
        weight_recent=float(wR.sum()),
        weight_baseline=float(wB.sum()),
        active_periods_recent=int((nR.sum(-1) > 0).sum()),
        active_periods_baseline=int((nB.sum(-1) > 0).sum()),
        balance_recent=_interval(point["b_R"], rep["b_R"], alpha),
        balance_baseline=_interval(point["b_B"], rep["b_B"], alpha),
        shift=_interval(point["shift"], rep["shift"], alpha),
        trend_slope=_interval(point["slope"], rep["slope"], alpha),
        trend_change=_interval(point["slope"] * (W - 1), rep["slope"] * (W - 1), alpha),
        engagement_recent=_interval(point["e_R"], rep["e_R"], alpha),
        engagement_baseline=_interval(point["e_B"], rep["e_B"], alpha),
        engagement_ratio=_interval(point["rho"], rep["rho"], alpha),
        material_conflict_recent=int(nR[:, 3].sum()),
        material_conflict_baseline=int(nB[:, 3].sum()),
        material_conflict_rate_recent=point["m_R"],
        material_conflict_rate_baseline=point["m_B"],
        material_conflict_ratio=_interval(point["mu"], rep["mu"], alpha),
        mix_recent=_mix(wR),
        mix_baseline=_mix(wB),
        replicates=rep,
    )


def _bootstrap(panel: Panel, reps: int, seed: int, two_stage: bool = False) -> dict[str, np.ndarray]:
    """Replicates of every measure: periods redrawn with replacement within each window (the
    cluster bootstrap); with ``two_stage`` the events of each drawn period are redrawn too
    (multinomial over quads, cell-mean weights)."""
    rng = np.random.default_rng(seed)
    W = panel.window
    pool_R = np.flatnonzero(panel.valid[:W])
    pool_B = W + np.flatnonzero(panel.valid[W:])
    mR, mB = len(pool_R), len(pool_B)
    if mR == 0:
        nan = np.full(reps, np.nan)
        return {key: nan.copy() for key in ("b_R", "slope", "e_R", "m_R", "mc_share_R", "n_R", "b_B", "e_B",
                                             "m_B", "shift", "rho", "mu")}
    with np.errstate(invalid="ignore", divide="ignore"):
        wbar = np.where(panel.n > 0, panel.w / np.where(panel.n > 0, panel.n, 1.0), 0.0)

    def redraw(idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if not two_stage:
            return panel.n[idx], panel.w[idx]
        n = panel.n[idx]
        tot = n.sum(-1)
        p = np.where(tot[..., None] > 0, n / np.where(tot > 0, tot, 1.0)[..., None], 0.25)
        n_star = rng.multinomial(tot.astype(np.int64), p).astype(float)
        return n_star, n_star * wbar[idx]

    idx_R = pool_R[rng.integers(0, mR, size=(reps, mR))]
    nR, wR = redraw(idx_R)
    out: dict[str, np.ndarray] = {
        "b_R": _balance(wR),
        "slope": _wild_slopes(panel.w[:W], panel.n_eff[:W], reps, rng),
        "e_R": nR.sum(axis=(-1, -2)) / mR,
        "m_R": nR[..., 3].sum(-1) / mR,
        "mc_share_R": _share(wR, 3),
        "n_R": nR.sum(axis=(-1, -2)),
    }
    if mB:
        idx_B = pool_B[rng.integers(0, mB, size=(reps, mB))]
        nB, wB = redraw(idx_B)
        out["b_B"] = _balance(wB)
        out["e_B"] = nB.sum(axis=(-1, -2)) / mB
        out["m_B"] = nB[..., 3].sum(-1) / mB
    else:
        nan = np.full(reps, np.nan)
        out["b_B"], out["e_B"], out["m_B"] = nan, nan.copy(), nan.copy()
    out["shift"] = out["b_R"] - out["b_B"]
    out["rho"] = _ratio(out["e_R"], out["e_B"])
    out["mu"] = _ratio(out["m_R"], out["m_B"])
    return out


def _wild_slopes(w: np.ndarray, n_eff: np.ndarray, reps: int, rng: np.random.Generator) -> np.ndarray:
    """Wild-bootstrap replicates of the WLS trend slope of the recent window.

    With fitted values ŷ_k and residuals e_k of the monthly balance, each replicate refits
    y*_k = ŷ_k + v_k·c·r_k (v_k = ±1 at random, c = √(m/(m−2)) for m active months), so
    β* = β̂ + Σ W_k (t_k − t̄) v_k c r_k / Σ W_k (t_k − t̄)². The residual size is floored by
    the sampling noise of the month's events, r_k = max(|e_k|, √((1 − b̄²)/n_eff,k)) with b̄
    the window's balance and n_eff,k = (Σw)²/Σw²: a month of one or two events cannot
    vouch for a line just because it happens to sit on it. Time stays fixed (a period
    resampling of six points would often leave one or two distinct months). Needs m ≥ 3
    active months, else every replicate is NaN (no trend can be estimated).
    """
    W = w.shape[0]
    t = -np.arange(W, dtype=float)
    wk = w.sum(-1)
    active = wk > 0
    m = int(active.sum())
    if m < 3:
        return np.full(reps, np.nan)
    y = np.where(active, (w * SIGN).sum(-1) / np.where(active, wk, 1.0), 0.0)
    sw = wk.sum()
    xbar = (wk * t).sum() / sw
    ybar = (wk * y).sum() / sw
    sxx = (wk * (t - xbar) ** 2).sum()
    if sxx <= 0:
        return np.full(reps, np.nan)
    beta = (wk * (t - xbar) * (y - ybar)).sum() / sxx
    floor = np.sqrt(max(1.0 - ybar * ybar, 0.0) / np.where(n_eff > 0, n_eff, 1.0))
    resid = np.where(active, np.maximum(np.abs(y - (ybar + beta * (t - xbar))), floor), 0.0) * np.sqrt(m / (m - 2))
    v = rng.choice(np.array([-1.0, 1.0]), size=(reps, W))
    return beta + (v * (wk * (t - xbar) * resid)).sum(-1) / sxx


def _share(w: np.ndarray, q: int) -> np.ndarray:
    tot = w.sum(axis=(-1, -2))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(tot > 0, w[..., q].sum(-1) / np.where(tot > 0, tot, 1.0), np.nan)
