"""Risk per aspect: low / medium / high from the measured trend and conflict mix.

For one aspect (or the whole dyad) with state S, recent balance b(R), material-conflict share
``m`` (quad 4's share of the recent weight) and conflict share ``x`` (quads 3 + 4):

* ``high``   — S is ``escalating`` or ``frozen``; or S is ``deteriorating`` and
  m ≥ ``material_high`` (the decline comes with material conflict: sanctions, arrests,
  force);
* ``medium`` — S is ``deteriorating`` or ``stalled``; or m ≥ ``material_high``; or
  x ≥ ``conflict_medium``; or the trend's interval lies below zero without reaching the
  state threshold (a drift toward conflict);
* ``low``    — otherwise (stable or improving, conflict a minority, no material conflict to
  speak of);
* ``unknown`` — S is ``insufficient_data``.

**Current impact** (for the "Aspect | Current impact | Potential risk" table) reads the recent
balance: ``positive`` if b(R) ≥ +``impact_band``, ``negative`` if b(R) ≤ −``impact_band``,
else ``neutral``; ``none`` without recent events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .state import INSUFFICIENT, StateCall

MATERIAL_HIGH = 0.2
CONFLICT_MEDIUM = 0.5
IMPACT_BAND = 0.2


@dataclass
class Risk:
    """A risk level with the measured reasons for it, and the current impact."""

    level: str
    impact: str
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"level": self.level, "impact": self.impact, "reasons": list(self.reasons)}


def assess_risk(
    call: StateCall,
    material_high: float = MATERIAL_HIGH,
    conflict_medium: float = CONFLICT_MEDIUM,
    impact_band: float = IMPACT_BAND,
) -> Risk:
    """The risk rule of the module docstring, applied to one state call."""
    m = call.evidence
    if m is None or m.events_recent == 0:
        impact = "none"
    else:
        b = m.balance_recent.estimate
        impact = "none" if b is None else "positive" if b >= impact_band else (
            "negative" if b <= -impact_band else "neutral")
    if call.state == INSUFFICIENT or m is None:
        return Risk("unknown", impact, ["not enough events to judge the risk"])
    mc = m.mix_recent.get("material_conflict") or 0.0
    conflict = mc + (m.mix_recent.get("verbal_conflict") or 0.0)
    drift = m.trend_slope.high is not None and m.trend_slope.high < 0
    reasons: list[str] = []
    if call.state in ("escalating", "frozen"):
        level = "high"
        reasons.append(f"state is {call.state}")
    elif call.state == "deteriorating" and mc >= material_high:
        level = "high"
        reasons.append(f"deteriorating with material conflict at {100 * mc:.0f}% of recent weight "
                       f"(≥ {100 * material_high:.0f}%)")
    elif call.state in ("deteriorating", "stalled"):
        level = "medium"
        reasons.append(f"state is {call.state}")
    elif mc >= material_high:
        level = "medium"
        reasons.append(f"material conflict at {100 * mc:.0f}% of recent weight (≥ {100 * material_high:.0f}%)")
    elif conflict >= conflict_medium:
        level = "medium"
        reasons.append(f"conflict at {100 * conflict:.0f}% of recent weight (≥ {100 * conflict_medium:.0f}%)")
    elif drift:
        level = "medium"
        reasons.append("the balance drifts toward conflict (trend interval below zero)")
    else:
        level = "low"
        reasons.append(f"state is {call.state}; conflict at {100 * conflict:.0f}% and material conflict "
                       f"at {100 * mc:.0f}% of recent weight")
    return Risk(level, impact, reasons)
