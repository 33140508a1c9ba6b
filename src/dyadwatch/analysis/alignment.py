"""Alignment: each side's engagement with all its partners, recent window vs baseline.

For side X and partner Y (events X→Y and Y→X, the counterpart included and flagged), with
``n_Y`` events in a window and ``N = Σ_Y n_Y``:

* share ``p_Y = n_Y / N`` and its change between the windows,
* balance ``b_Y = Σ s_q w / Σ w`` and its change (as in :mod:`.measures`),
* engagement ``n_Y / months`` (events per month),
* diversification: the Herfindahl–Hirschman index ``H = Σ_Y p_Y²``, reported as
  ``1 − H`` (0 = one partner only, → 1 = many equal partners) and as the effective number of
  partners ``1/H``.

The cube behind it is one Ibis aggregate (side × partner × window × quad) over the events
that involve either side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from math import ceil
from typing import Any

import ibis
import pandas as pd

from .cube import PERIOD_DAYS, periods_back
from .measures import SIGN


def partner_cube_expr(events: Any, a: str, b: str, as_of: date, window: int, n_periods: int) -> Any:
    """Ibis: events, weight per side (a or b) × partner × window (recent/baseline) × quad."""
    first = as_of - timedelta(days=ceil(n_periods * PERIOD_DAYS) - 1)
    t = events.filter((events.date >= first) & (events.date <= as_of))
    sides = [a, b]
    w = t.articles.fill_null(1).cast("float64")
    k = periods_back(t.date, as_of)
    base = t.mutate(_w=w, recent=k < window)
    out = base.filter(base.source_country.isin(sides) & base.target_country.notnull()
                      & (base.target_country != base.source_country)).select(
        side=base.source_country, partner=base.target_country, recent=base.recent, quad=base.quad, _w=base._w)
    inc = base.filter(base.target_country.isin(sides) & base.source_country.notnull()
                      & (base.target_country != base.source_country)).select(
        side=base.target_country, partner=base.source_country, recent=base.recent, quad=base.quad, _w=base._w)
    u = out.union(inc, distinct=False)
    return u.group_by(["side", "partner", "recent", "quad"]).aggregate(events=ibis._.count(), weight=ibis._._w.sum())


@dataclass
class Partner:
    """One partner of one side: engagement, share and balance in both windows."""

    partner: str
    counterpart: bool
    events_baseline: int
    events_recent: int
    rate_baseline: float
    rate_recent: float
    share_baseline: float
    share_recent: float
    share_change: float
    balance_baseline: float | None
    balance_recent: float | None
    balance_change: float | None

    def to_dict(self) -> dict:
        r = lambda x: None if x is None else round(float(x), 4)  # noqa: E731
        return {
            "partner": self.partner,
            "counterpart": self.counterpart,
            "events_baseline": self.events_baseline,
            "events_recent": self.events_recent,
            "rate_baseline_per_month": r(self.rate_baseline),
            "rate_recent_per_month": r(self.rate_recent),
            "share_baseline": r(self.share_baseline),
            "share_recent": r(self.share_recent),
            "share_change": r(self.share_change),
            "balance_baseline": r(self.balance_baseline),
            "balance_recent": r(self.balance_recent),
            "balance_change": r(self.balance_change),
        }


@dataclass
class Alignment:
    """One side's partners: the top ones, the largest share shifts, and diversification."""

    side: str
    counterpart: str
    partners_baseline: int
    partners_recent: int
    events_baseline: int
    events_recent: int
    diversification_baseline: float | None
    diversification_recent: float | None
    effective_partners_baseline: float | None
    effective_partners_recent: float | None
    counterpart_share_baseline: float | None
    counterpart_share_recent: float | None
    top_partners: list[Partner] = field(default_factory=list)
    gains: list[Partner] = field(default_factory=list)
    losses: list[Partner] = field(default_factory=list)
    table: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)

    def to_dict(self) -> dict:
        r = lambda x: None if x is None else round(float(x), 4)  # noqa: E731
        return {
            "side": self.side,
            "counterpart": self.counterpart,
            "partners": {"baseline": self.partners_baseline, "recent": self.partners_recent},
            "events": {"baseline": self.events_baseline, "recent": self.events_recent},
            "diversification": {
                "baseline": r(self.diversification_baseline),
                "recent": r(self.diversification_recent),
                "change": None if self.diversification_recent is None or self.diversification_baseline is None
                else r(self.diversification_recent - self.diversification_baseline),
            },
            "effective_partners": {
                "baseline": r(self.effective_partners_baseline), "recent": r(self.effective_partners_recent),
            },
            "counterpart_share": {
                "baseline": r(self.counterpart_share_baseline), "recent": r(self.counterpart_share_recent),
            },
            "top_partners": [p.to_dict() for p in self.top_partners],
            "share_gains": [p.to_dict() for p in self.gains],
            "share_losses": [p.to_dict() for p in self.losses],
        }


def _hhi(shares: pd.Series) -> float | None:
    if shares.sum() <= 0:
        return None
    return float((shares**2).sum())


def alignment(
    df: pd.DataFrame,
    a: str,
    b: str,
    window: int,
    baseline: int,
    weight: str = "articles",
    top_n: int = 8,
    shifts_n: int = 5,
) -> list[Alignment]:
    """Alignments of ``a`` and ``b`` from the partner cube (see :func:`partner_cube_expr`)."""
    wcol = "events" if weight == "events" else "weight"
    out: list[Alignment] = []
    for side, other in ((a, b), (b, a)):
        d = df[df.side == side].copy()
        if not len(d):
            out.append(Alignment(side, other, 0, 0, 0, 0, None, None, None, None, None, None))
            continue
        d["_s"] = SIGN[d.quad.to_numpy(dtype=int) - 1] * d[wcol].to_numpy(dtype=float)
        p = d.pivot_table(index="partner", columns="recent", values=list(dict.fromkeys(["events", wcol, "_s"])),
                          aggfunc="sum", fill_value=0)
        def get(col: str, rec: bool, p: pd.DataFrame = p) -> pd.Series:
            return p[(col, rec)] if (col, rec) in p.columns else pd.Series(0.0, index=p.index)

        t = pd.DataFrame({
            "events_baseline": get("events", False).astype(int),
            "events_recent": get("events", True).astype(int),
            "w_baseline": get(wcol, False).astype(float),
            "w_recent": get(wcol, True).astype(float),
            "s_baseline": get("_s", False).astype(float),
            "s_recent": get("_s", True).astype(float),
        })
        nB, nR = int(t.events_baseline.sum()), int(t.events_recent.sum())
        t["share_baseline"] = t.events_baseline / nB if nB else 0.0
        t["share_recent"] = t.events_recent / nR if nR else 0.0
        t["share_change"] = t.share_recent - t.share_baseline
        t["balance_baseline"] = (t.s_baseline / t.w_baseline).where(t.w_baseline > 0)
        t["balance_recent"] = (t.s_recent / t.w_recent).where(t.w_recent > 0)
        t["balance_change"] = t.balance_recent - t.balance_baseline
        t["rate_baseline"] = t.events_baseline / baseline if baseline else 0.0
        t["rate_recent"] = t.events_recent / window
        t["counterpart"] = t.index == other
        t = t.reset_index().rename(columns={"index": "partner"})
        t = t.sort_values(["events_recent", "events_baseline", "partner"], ascending=[False, False, True])
        t = t.reset_index(drop=True)
        hB = _hhi(t.share_baseline) if nB else None
        hR = _hhi(t.share_recent) if nR else None
        cp = t[t.counterpart]
        table = t.drop(columns=["w_baseline", "w_recent", "s_baseline", "s_recent"])
        top = table.head(top_n)
        if len(cp) and not top.counterpart.any():
            top = pd.concat([top, table[table.counterpart]])
        by_change = table.sort_values(["share_change", "partner"], ascending=[False, True])
        out.append(Alignment(
            side=side, counterpart=other,
            partners_baseline=int((t.events_baseline > 0).sum()), partners_recent=int((t.events_recent > 0).sum()),
            events_baseline=nB, events_recent=nR,
            diversification_baseline=None if hB is None else 1 - hB,
            diversification_recent=None if hR is None else 1 - hR,
            effective_partners_baseline=None if not hB else 1 / hB,
            effective_partners_recent=None if not hR else 1 / hR,
            counterpart_share_baseline=float(cp.share_baseline.iloc[0]) if len(cp) and nB else None,
            counterpart_share_recent=float(cp.share_recent.iloc[0]) if len(cp) and nR else None,
            top_partners=[_partner(r) for r in top.itertuples(index=False)],
            gains=[_partner(r) for r in by_change.head(shifts_n).itertuples(index=False) if r.share_change > 0],
            losses=[_partner(r) for r in by_change.iloc[::-1].head(shifts_n).itertuples(index=False)
                    if r.share_change < 0],
            table=table,
        ))
    return out


def _partner(r: Any) -> Partner:
    nan = lambda x: None if pd.isna(x) else float(x)  # noqa: E731
    return Partner(
        partner=str(r.partner), counterpart=bool(r.counterpart),
        events_baseline=int(r.events_baseline), events_recent=int(r.events_recent),
        rate_baseline=float(r.rate_baseline), rate_recent=float(r.rate_recent),
        share_baseline=float(r.share_baseline), share_recent=float(r.share_recent),
        share_change=float(r.share_change),
        balance_baseline=nan(r.balance_baseline), balance_recent=nan(r.balance_recent),
        balance_change=nan(r.balance_change),
    )
