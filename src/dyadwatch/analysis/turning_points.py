"""Turning points: change points of the cooperation–conflict balance (ruptures, PELT).

The signal is the dyad's events in time order, each a ±1 (cooperation / conflict) with its
weight w. Events within one anchored period are exchangeable, so breaks fall between periods
and a period enters the search as two sums: ``W_k = Σ w`` and ``S_k = Σ s·w``. Weights are
scaled so that they add up to the number of events N (w' = w·N/Σw), which puts costs in
event units. The cost of a segment is the weighted residual sum of squares of a constant
balance,

    c(segment) = Σ w'(s − b)² = W − S²/W     (W, S summed over the segment; 0 if W = 0),

so sparse months (0–3 events) add little and empty months nothing. PELT minimises
Σ c(segment) + pen·(number of breaks) with

    pen = β · φ · σ² · ln N,   σ² = 1 − b̄² (the variance of ±1 at the overall balance b̄),

β = ``Thresholds.turning_penalty`` (a BIC-type penalty, made stricter by β) and φ ≥ 1 the
over-dispersion of the monthly balance, estimated from successive differences of the
monthly balances (which a few level shifts barely touch):

    φ = max(1, mean_k [(b_k − b_{k+1})² / (σ²·(1/W_k + 1/W_{k+1}))])   over adjacent active months.

News-driven event counts are clustered (one story, many events), so φ is usually well above 1
for GDELT; without it every news spike would be a "turning point". Breaks whose shift
|b_after − b_before| is below ``turning_min_shift`` are not reported. A break that falls in a
run of empty periods is moved to the first period with events after it (the cost is the same
anywhere in the run; the new regime is first seen there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd
import ruptures as rpt
from ruptures.base import BaseCost

from .cube import period_bounds
from .events import EventRef, event_refs
from .measures import SIGN


class BalanceCost(BaseCost):
    """ruptures cost: weighted RSS of a constant balance over a segment of periods.

    The signal has one row per period in time order and two columns, (W_k, S_k).
    """

    model = "weighted_balance"
    min_size = 1

    def fit(self, signal: np.ndarray) -> BalanceCost:
        sig = np.asarray(signal, dtype=float)
        self.signal = sig
        self._cw = np.concatenate([[0.0], np.cumsum(sig[:, 0])])
        self._cs = np.concatenate([[0.0], np.cumsum(sig[:, 1])])
        return self

    def error(self, start: int, end: int) -> float:
        w = self._cw[end] - self._cw[start]
        if w <= 0:
            return 0.0
        s = self._cs[end] - self._cs[start]
        return float(max(w - s * s / w, 0.0))


@dataclass
class TurningPoint:
    """A break in the balance series: from ``date`` on, the balance moved by ``shift``."""

    date: date
    period_start: date
    period_end: date
    k: int
    balance_before: float
    balance_after: float
    shift: float
    direction: str
    engagement_before: float
    engagement_after: float
    segment_before: tuple[date, date]
    segment_after: tuple[date, date]
    top_events: list[EventRef] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "date": self.date.isoformat(),
            "period": [self.period_start.isoformat(), self.period_end.isoformat()],
            "balance_before": round(self.balance_before, 4),
            "balance_after": round(self.balance_after, 4),
            "shift": round(self.shift, 4),
            "direction": self.direction,
            "engagement_before_per_month": round(self.engagement_before, 3),
            "engagement_after_per_month": round(self.engagement_after, 3),
            "segment_before": [d.isoformat() for d in self.segment_before],
            "segment_after": [d.isoformat() for d in self.segment_after],
            "top_events": [e.to_dict() for e in self.top_events],
        }


def dispersion(W: np.ndarray, S: np.ndarray, sigma2: float) -> float:
    """φ from successive differences of the monthly balances (see the module docstring)."""
    active = np.flatnonzero(W > 0)
    if len(active) < 3 or sigma2 <= 0:
        return 1.0
    b = S[active] / W[active]
    num = (b[1:] - b[:-1]) ** 2
    den = sigma2 * (1 / W[active][1:] + 1 / W[active][:-1])
    return float(max(1.0, np.mean(num / den)))


def find_turning_points(
    n: np.ndarray,
    w: np.ndarray,
    as_of: date,
    top: pd.DataFrame,
    penalty: float = 2.0,
    min_shift: float = 0.2,
    min_size: int = 2,
    n_events: int = 5,
) -> tuple[list[TurningPoint], dict]:
    """Breaks of the balance over the panel ``n``/``w`` (rows k = 0 most recent, quads in
    columns). Returns the turning points (oldest first) and the fit's diagnostics."""
    P = n.shape[0]
    N = float(n.sum())
    Wtot = float(w.sum())
    info = {"events": int(N), "penalty": None, "dispersion": None, "segments": 0}
    if N < 2 or Wtot <= 0 or P < 2 * min_size:
        return [], info
    scale = N / Wtot
    # chronological order: oldest period first
    Wk = (w.sum(-1) * scale)[::-1]
    Sk = ((w * SIGN).sum(-1) * scale)[::-1]
    bbar = float(Sk.sum() / Wk.sum())
    sigma2 = max(1.0 - bbar * bbar, 1e-3)
    phi = dispersion(Wk, Sk, sigma2)
    pen = penalty * phi * sigma2 * np.log(max(N, 2.0))
    info.update(penalty=round(pen, 4), dispersion=round(phi, 4))
    signal = np.column_stack([Wk, Sk])
    algo = rpt.Pelt(custom_cost=BalanceCost(), min_size=min_size, jump=1).fit(signal)
    bkps = algo.predict(pen=pen)
    edges = [0, *bkps]
    # A break inside a run of empty periods could sit anywhere in it: put it on the first
    # period with events after it, where the new regime is first seen.
    for i in range(1, len(edges) - 1):
        while edges[i] < edges[i + 1] - 1 and Wk[edges[i]] <= 0:
            edges[i] += 1
    info["segments"] = len(bkps)
    nk = n.sum(-1)[::-1]
    out: list[TurningPoint] = []
    for i in range(1, len(edges) - 1):
        lo, mid, hi = edges[i - 1], edges[i], edges[i + 1]
        wb, wa = Wk[lo:mid].sum(), Wk[mid:hi].sum()
        if wb <= 0 or wa <= 0:
            continue
        before, after = Sk[lo:mid].sum() / wb, Sk[mid:hi].sum() / wa
        shift = after - before
        if abs(shift) < min_shift:
            continue
        k_after = P - 1 - mid  # first period of the new segment, as periods back
        p_start, p_end = period_bounds(as_of, k_after)
        seg_b = (period_bounds(as_of, P - 1 - lo)[0], period_bounds(as_of, P - mid)[1])
        seg_a = (p_start, period_bounds(as_of, P - hi)[1])
        around = top[top.k.isin([k_after, k_after + 1])] if len(top) else top
        out.append(TurningPoint(
            date=p_start, period_start=p_start, period_end=p_end, k=k_after,
            balance_before=float(before), balance_after=float(after), shift=float(shift),
            direction="improvement" if shift > 0 else "deterioration",
            engagement_before=float(nk[lo:mid].mean()), engagement_after=float(nk[mid:hi].mean()),
            segment_before=seg_b, segment_after=seg_a,
            top_events=event_refs(around, n_events, sign=1 if shift > 0 else -1),
        ))
    return out, info
