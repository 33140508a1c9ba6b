"""The state of a relationship: six states from the measures, by explicit rules.

The rules, their order and the reasons for each threshold are documented in
``docs/assessment.md``; every threshold is a field of :class:`Thresholds`. In order, the first
rule that holds wins. "Significant" means at level α on the bootstrap of
:mod:`dyadwatch.analysis.measures`: one-sided for the directional criteria (μ > 1, ρ < 1,
b(R) < 0: the α or 1 − α replicate quantile clears the bound), two-sided for trend and
shift (the 1 − α interval excludes 0):

0. ``insufficient_data`` — fewer than ``min_recent_events`` events in the recent window or
   fewer than ``min_baseline_events`` in the baseline: no call is made.
1. ``escalating`` — a surge of material conflict: μ = m(R)/m(B) ≥ ``escalation_ratio`` with
   μ > 1 significant (one-sided), at least ``min_escalation_events`` quad-4 events in R, and
   quad 4 at least ``escalation_share`` of R's weight.
2. ``frozen`` — engagement collapsed and what remains is hostile: ρ ≤ ``frozen_engagement``
   with ρ < 1 significant, and b(R) ≤ ``frozen_balance`` with b(R) < 0 significant.
3. ``improving`` / ``deteriorating`` — a significant trend: the fitted change β·(W−1) is at
   least ``min_trend_change`` in size with the interval of β excluding 0; failing that, a
   significant shift from the baseline: |δ| ≥ ``min_shift`` with the interval of δ
   excluding 0. The trend, when significant, decides the direction (it says where the
   relationship is heading now; the shift says where it stands against its past).
4. ``stalled`` — engagement well below its own baseline (ρ ≤ ``stalled_engagement``, ρ < 1
   significant), no significant trend or shift, and mixed signals (|b(R)| ≤ ``mixed_band``).
5. ``stable`` — none of these.

**Confidence** is the bootstrap support of the call: the share of bootstrap replicates that
the same rules put in the same state, each replicate read as if it had been observed — its
own values against the thresholds, and a test counted significant when the replicate's value
clears half the width of the observed interval (on the log scale for ratios), the usual
z·SE approximation. It estimates how often a fresh sample of the same relationship would get
the same call (for ``insufficient_data``: none).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from .measures import Interval, Measures

STATES: tuple[str, ...] = ("stable", "improving", "deteriorating", "stalled", "frozen", "escalating")
INSUFFICIENT = "insufficient_data"


@dataclass(frozen=True)
class Thresholds:
    """Every parameter of an assessment (defaults and reasons in docs/assessment.md)."""

    # data needed for a call
    min_recent_events: int = 4
    min_baseline_events: int = 6
    min_baseline_months: int = 3
    # direction (improving / deteriorating)
    min_trend_change: float = 0.3
    min_shift: float = 0.3
    # escalation
    escalation_ratio: float = 3.0
    escalation_share: float = 0.25
    min_escalation_events: int = 12
    # frozen
    frozen_engagement: float = 0.4
    frozen_balance: float = -0.2
    # stalled
    stalled_engagement: float = 0.6
    mixed_band: float = 0.6
    # statistics
    alpha: float = 0.05
    bootstrap: int = 1000
    seed: int = 0
    weight: str = "articles"
    # turning points
    turning_penalty: float = 2.0
    turning_min_shift: float = 0.2
    turning_min_size: int = 2
    # confidence labels
    high_confidence: float = 0.8
    medium_confidence: float = 0.6

    def __post_init__(self) -> None:
        if self.weight not in ("articles", "events"):
            raise ValueError(f"weight must be 'articles' or 'events', not {self.weight!r}")
        if not 0 < self.alpha < 1:
            raise ValueError("alpha must be between 0 and 1")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class StateCall:
    """A state with its confidence, the rules' reasons, and the measured evidence."""

    state: str
    confidence: float | None
    confidence_label: str | None
    reasons: list[str]
    evidence: Measures | None
    support: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "state": self.state,
            "confidence": None if self.confidence is None else round(self.confidence, 3),
            "confidence_label": self.confidence_label,
            "reasons": list(self.reasons),
            "support": {k: round(v, 3) for k, v in self.support.items()},
            "evidence": self.evidence.to_dict() if self.evidence is not None else None,
        }


def classify(
    th: Thresholds,
    W: int,
    b_R: np.ndarray,
    slope: np.ndarray,
    shift: np.ndarray,
    rho: np.ndarray,
    mu: np.ndarray,
    mc_n_R: np.ndarray,
    mc_share_R: np.ndarray,
    sig: dict[str, np.ndarray | bool] | None = None,
) -> np.ndarray:
    """Rules 1–5 on arrays of measures (one element per replicate, or one for the point call).

    ``sig`` holds the significance flags of the point call (``mc_up``, ``eng_down``,
    ``hostile``, ``trend``, ``shift``); replicates are read on magnitudes only (all True).
    """
    s = sig or {}
    ok = lambda key: s.get(key, True)  # noqa: E731
    with np.errstate(invalid="ignore"):
        change = slope * (W - 1)
        esc = (mu >= th.escalation_ratio) & (mc_n_R >= th.min_escalation_events) & (
            mc_share_R >= th.escalation_share) & ok("mc_up")
        frozen = (rho <= th.frozen_engagement) & ok("eng_down") & (b_R <= th.frozen_balance) & ok("hostile")
        t_up = (change >= th.min_trend_change) & ok("trend")
        t_dn = (change <= -th.min_trend_change) & ok("trend")
        s_up = (shift >= th.min_shift) & ok("shift")
        s_dn = (shift <= -th.min_shift) & ok("shift")
        has_trend = t_up | t_dn
        improving = t_up | (~has_trend & s_up)
        deteriorating = t_dn | (~has_trend & s_dn)
        stalled = (rho <= th.stalled_engagement) & ok("eng_down") & (np.abs(b_R) <= th.mixed_band)
    return np.select(
        [esc, frozen, improving, deteriorating, stalled],
        ["escalating", "frozen", "improving", "deteriorating", "stalled"],
        default="stable",
    )


def call_state(m: Measures, th: Thresholds) -> StateCall:
    """Apply the rules to measured evidence; see the module docstring."""
    reasons: list[str] = []
    if m.months_recent == 0 or m.months_baseline == 0 or (
            m.events_recent < th.min_recent_events or m.events_baseline < th.min_baseline_events):
        reasons.append(
            f"too few events to judge: {m.events_recent} in the recent {m.window} months "
            f"(need {th.min_recent_events}), {m.events_baseline} in the {m.baseline_periods}-month baseline "
            f"(need {th.min_baseline_events})"
        )
        if m.events_baseline >= th.min_baseline_events and m.engagement_ratio.estimate is not None:
            reasons.append(
                f"engagement fell to {m.engagement_recent.estimate:.2f} events/month from "
                f"{m.engagement_baseline.estimate:.2f} in the baseline"
            )
        return StateCall(INSUFFICIENT, None, None, reasons, m)

    W = m.window
    r = m.replicates
    sig = {
        # one-sided tests at level α for the directional criteria ...
        "mc_up": _one_sided(r["mu"], th.alpha, +1) > 1,
        "eng_down": _one_sided(r["rho"], th.alpha, -1) < 1,
        "hostile": _one_sided(r["b_R"], th.alpha, -1) < 0,
        # ... two-sided for the direction of change, which can go either way
        "trend": m.trend_slope.excludes(0.0),
        "shift": m.shift.excludes(0.0),
    }
    mc_share = m.material_conflict_share_recent or 0.0

    def arr(x: float | None) -> np.ndarray:
        return np.array([np.nan if x is None else x], dtype=float)

    state = str(classify(
        th, W, arr(m.balance_recent.estimate), arr(m.trend_slope.estimate), arr(m.shift.estimate),
        arr(m.engagement_ratio.estimate), arr(m.material_conflict_ratio.estimate),
        arr(m.material_conflict_recent), arr(mc_share), sig,
    )[0])

    with np.errstate(invalid="ignore", divide="ignore"):
        rep_sig = {
            "mc_up": _beyond(np.log(r["mu"]), _half_log(m.material_conflict_ratio), +1),
            "eng_down": _beyond(np.log(r["rho"]), _half_log(m.engagement_ratio), -1),
            "hostile": _beyond(r["b_R"], _half(m.balance_recent), -1),
            "trend": _beyond(r["slope"], _half(m.trend_slope), 0),
            "shift": _beyond(r["shift"], _half(m.shift), 0),
        }
    rep_states = classify(
        th, W, r["b_R"], r["slope"], r["shift"], r["rho"], r["mu"], r["m_R"] * m.months_recent, r["mc_share_R"],
        rep_sig,
    )
    support = {st: float(np.mean(rep_states == st)) for st in STATES}
    conf = support[state]
    label = "high" if conf >= th.high_confidence else "medium" if conf >= th.medium_confidence else "low"
    reasons.extend(explain(m, th, sig))
    if label == "low":
        lean = max((st for st in STATES if st != state), key=lambda st: support[st])
        if support[lean] > conf:
            reasons.append(f"low confidence: {100 * support[lean]:.0f}% of bootstrap replicates point to {lean}, "
                           f"{100 * conf:.0f}% to {state}")
    return StateCall(state, conf, label, reasons, m, support)


def _one_sided(reps: np.ndarray, alpha: float, side: int) -> float:
    """One-sided bootstrap bound: the α quantile (side +1: the value is above it with
    probability 1 − α) or the 1 − α quantile (side −1); NaN when half the replicates are undefined."""
    valid = reps[~np.isnan(reps)]
    if len(valid) == 0 or len(valid) < 0.5 * len(reps):
        return float("nan")
    return float(np.quantile(valid, alpha if side > 0 else 1 - alpha, method="inverted_cdf"))


def _half(iv: Interval) -> float | None:
    """Half the width of an interval: the margin a replicate must clear to count as significant."""
    if iv.low is None or iv.high is None:
        return None
    return (iv.high - iv.low) / 2


def _half_log(iv: Interval) -> float | None:
    """Half-width of a ratio's interval on the log scale (None if a bound is 0 or infinite)."""
    if iv.low is None or iv.high is None or iv.low <= 0 or not np.isfinite(iv.high):
        return None
    return float(np.log(iv.high) - np.log(iv.low)) / 2


def _beyond(x: np.ndarray, half: float | None, side: int) -> np.ndarray:
    """Replicate-level significance: x clears ±half (side +1: above, −1: below, 0: either).

    Without a finite margin (a ratio over a zero baseline has an unbounded interval) only an
    infinite replicate, one whose own baseline is zero too, clears it in its direction."""
    if half is None:
        if side > 0:
            return np.isposinf(x)
        if side < 0:
            return np.isneginf(x)
        return np.isinf(x)
    with np.errstate(invalid="ignore"):
        if side > 0:
            return x > half
        if side < 0:
            return x < -half
        return np.abs(x) > half


def _fmt(iv, digits: int = 2, signed: bool = True) -> str:
    if iv.estimate is None:
        return "n/a"
    f = f"{{:+.{digits}f}}" if signed else f"{{:.{digits}f}}"
    core = f.format(iv.estimate)
    if iv.low is None:
        return core
    return f"{core} [{f.format(iv.low)}, {f.format(iv.high)}]"


def explain(m: Measures, th: Thresholds, sig: dict[str, bool]) -> list[str]:
    """One line per rule input: the measured value, its interval and the threshold it meets."""
    level = int(round(100 * (1 - th.alpha)))
    out = []
    out.append(
        f"balance {_fmt(m.balance_recent)} in the recent {m.window} months vs {_fmt(m.balance_baseline)} "
        f"in the {m.baseline_periods}-month baseline: shift {_fmt(m.shift)}"
        f" ({'significant' if sig['shift'] else 'not significant'} at {level}%, threshold ±{th.min_shift})"
    )
    out.append(
        f"trend over the recent window: {_fmt(m.trend_change)} across {m.window} months"
        f" ({'significant' if sig['trend'] else 'not significant'}, threshold ±{th.min_trend_change})"
    )
    out.append(
        f"engagement {m.engagement_recent.estimate:.2f} events/month vs {m.engagement_baseline.estimate:.2f} "
        f"in the baseline: ratio {_fmt(m.engagement_ratio, signed=False)}"
        f" (stalled ≤ {th.stalled_engagement}, frozen ≤ {th.frozen_engagement})"
    )
    mc_share = m.material_conflict_share_recent
    out.append(
        f"material conflict {m.material_conflict_recent} events ({m.material_conflict_rate_recent:.2f}/month) vs "
        f"{m.material_conflict_rate_baseline:.2f}/month in the baseline: ratio {_fmt(m.material_conflict_ratio, signed=False)}, "
        f"{0 if mc_share is None else 100 * mc_share:.0f}% of recent weight (escalation needs ×{th.escalation_ratio:g}, "
        f"≥ {th.min_escalation_events} events and ≥ {100 * th.escalation_share:.0f}%)"
    )
    return out
