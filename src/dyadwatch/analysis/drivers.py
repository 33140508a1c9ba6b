"""Drivers: the change between the baseline and the recent window, by aspect × quad.

The balance is a weight-share average of the quad signs: with ``p_c`` the share of the
window's weight in cell c = (aspect, quad) and ``s_c`` the quad's sign,

    b = Σ_c s_c · p_c      so      δ = b(R) − b(B) = Σ_c s_c · (p_c(R) − p_c(B)),

and each cell's **contribution** ``s_c·(p_c(R) − p_c(B))`` adds up exactly to the shift δ.
A negative contribution pushed the balance toward conflict (more conflict, or less
cooperation, than the cell's baseline share). Beside it each cell reports its engagement
(events per month) and mean Goldstein in both windows, its top events in the recent window
by w·|g|, with evidence and source URL, and, for a cell whose share fell, its top events in
the baseline (what stopped happening).

When a turning point of the balance falls shortly before the recent window (within one
window length) and moved the balance in the same direction as δ, the recent window is the
continuation of that break: the comparison then starts at the break ("drivers window"), so
the events that triggered the change are part of its explanation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..schema import ASPECTS, QUAD_NAMES
from .events import EventRef, event_refs
from .measures import SIGN


@dataclass
class Driver:
    """One aspect × quad cell's part in the change of the balance."""

    aspect: str
    quad: int
    quad_name: str
    contribution: float
    direction: str
    share_baseline: float
    share_recent: float
    events_baseline: int
    events_recent: int
    rate_baseline: float
    rate_recent: float
    goldstein_baseline: float | None
    goldstein_recent: float | None
    top_events: list[EventRef] = field(default_factory=list)
    top_events_baseline: list[EventRef] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "aspect": self.aspect,
            "quad": self.quad,
            "quad_name": self.quad_name,
            "contribution": round(self.contribution, 4),
            "direction": self.direction,
            "share_baseline": round(self.share_baseline, 4),
            "share_recent": round(self.share_recent, 4),
            "events_baseline": self.events_baseline,
            "events_recent": self.events_recent,
            "rate_baseline_per_month": round(self.rate_baseline, 3),
            "rate_recent_per_month": round(self.rate_recent, 3),
            "goldstein_baseline": None if self.goldstein_baseline is None else round(self.goldstein_baseline, 3),
            "goldstein_recent": None if self.goldstein_recent is None else round(self.goldstein_recent, 3),
            "top_events": [e.to_dict() for e in self.top_events],
            "top_events_baseline": [e.to_dict() for e in self.top_events_baseline],
        }


def drivers(
    cube: pd.DataFrame,
    top: pd.DataFrame,
    split: int,
    n_periods: int,
    weight: str = "articles",
    n_events: int = 5,
    valid: np.ndarray | None = None,
) -> tuple[list[Driver], dict]:
    """Decompose the balance change between periods ``k < split`` (recent) and
    ``split ≤ k < n_periods`` (baseline). Returns the drivers, largest |contribution| first,
    and a summary (balances, shift, and the check that contributions add up); rates are per
    period with data (``valid``)."""
    wcol = "events" if weight == "events" else "weight"
    gcol = "goldstein_sum" if weight == "events" else "goldstein_wsum"
    c = cube[(cube.k >= 0) & (cube.k < n_periods)].copy()
    c["recent"] = c.k < split
    c["aspect"] = c.aspect.fillna("unassigned")
    g = c.groupby(["recent", "aspect", "quad"])[list(dict.fromkeys(["events", wcol, gcol]))].sum().reset_index()
    tot = g.groupby("recent")[wcol].sum()
    wR, wB = float(tot.get(True, 0.0)), float(tot.get(False, 0.0))
    ok = np.ones(n_periods, dtype=bool) if valid is None else np.asarray(valid, dtype=bool)
    months_R, months_B = int(ok[:split].sum()), int(ok[split:].sum())
    cells = sorted({(a, int(q)) for a, q in zip(g.aspect, g.quad)},
                   key=lambda x: (ASPECTS.index(x[0]) if x[0] in ASPECTS else 99, x[1]))
    out: list[Driver] = []
    for aspect, q in cells:
        row = {}
        for rec in (True, False):
            m = g[(g.recent == rec) & (g.aspect == aspect) & (g.quad == q)]
            row[rec] = (float(m[wcol].sum()), int(m.events.sum()), float(m[gcol].sum()))
        pR = row[True][0] / wR if wR > 0 else 0.0
        pB = row[False][0] / wB if wB > 0 else 0.0
        contrib = float(SIGN[q - 1] * (pR - pB)) if wR > 0 and wB > 0 else 0.0
        t = tb = top
        if len(top):
            cell = (top.aspect.fillna("unassigned") == aspect) & (top.quad == q)
            t = top[cell & (top.k < split)]
            tb = top[cell & (top.k >= split)] if pR < pB else top.iloc[0:0]
        out.append(Driver(
            aspect=aspect, quad=q, quad_name=QUAD_NAMES[q], contribution=contrib,
            direction="toward cooperation" if contrib > 0 else "toward conflict" if contrib < 0 else "none",
            share_baseline=pB, share_recent=pR,
            events_baseline=row[False][1], events_recent=row[True][1],
            rate_baseline=row[False][1] / months_B if months_B else 0.0,
            rate_recent=row[True][1] / months_R if months_R else 0.0,
            goldstein_baseline=row[False][2] / row[False][0] if row[False][0] > 0 else None,
            goldstein_recent=row[True][2] / row[True][0] if row[True][0] > 0 else None,
            top_events=event_refs(t, n_events),
            top_events_baseline=event_refs(tb, min(n_events, 3)),
        ))
    out.sort(key=lambda d: (-abs(d.contribution), -d.events_recent, d.aspect, d.quad))
    bR = _bal(g[g.recent], wcol)
    bB = _bal(g[~g.recent], wcol)
    summary = {
        "balance_baseline": bB,
        "balance_recent": bR,
        "shift": None if bR is None or bB is None else bR - bB,
        "sum_of_contributions": float(sum(d.contribution for d in out)),
    }
    return out, summary


def _bal(g: pd.DataFrame, wcol: str) -> float | None:
    tot = float(g[wcol].sum())
    if tot <= 0:
        return None
    return float((SIGN[g.quad.to_numpy(dtype=int) - 1] * g[wcol].to_numpy()).sum() / tot)


def drivers_frame(items: list[Driver]) -> pd.DataFrame:
    """The drivers as a table (one row per aspect × quad, without the events)."""
    rows = [{k: v for k, v in d.to_dict().items() if k != "top_events"} for d in items]
    return pd.DataFrame(rows)
