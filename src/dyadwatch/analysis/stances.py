"""Stances: how each side acts toward the other, per aspect.

For side X acting toward Y (events with X as source and Y as target) in the recent window R,
per aspect and overall:

* counts by quad ``n_q`` (and the same in the baseline B),
* mean Goldstein ``ḡ = Σ w·g / Σ w`` and balance ``b = Σ s_q w / Σ w`` (as in
  :mod:`dyadwatch.analysis.measures`), now and in the baseline,
* posture: ``cooperative`` if b ≥ +τ, ``hostile`` if b ≤ −τ, else ``mixed`` (τ =
  :data:`POSTURE_BAND`), ``none`` without events,
* its dominant CAMEO event types: the base codes (three digits) with most events, in words
  ("imposes administrative sanctions", "seeks talks").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..schema import ASPECTS, cameo_name
from .events import EventRef, event_refs
from .measures import SIGN

POSTURE_BAND = 0.3
"""|balance| at or above which a side's stance counts as cooperative or hostile."""

# Third-person phrases for CAMEO codes whose GDELT description reads poorly as a verb phrase.
PHRASES: dict[str, str] = {
    "01": "makes public statements", "010": "makes statements", "011": "declines comment",
    "012": "makes pessimistic comments", "013": "makes optimistic comments",
    "014": "considers policy options", "015": "claims responsibility", "016": "denies responsibility",
    "017": "makes symbolic gestures", "018": "expresses sympathy", "019": "expresses accord",
    "02": "makes appeals", "020": "makes appeals", "021": "asks for material cooperation",
    "022": "asks for diplomatic support", "023": "asks for aid", "024": "calls for political reform",
    "025": "calls on the other to yield", "026": "calls for talks", "027": "calls for settling disputes",
    "028": "calls for mediation",
    "03": "expresses intent to cooperate", "030": "expresses intent to cooperate",
    "031": "offers material cooperation", "032": "offers diplomatic support", "033": "offers aid",
    "034": "promises political reform", "035": "signals readiness to yield", "036": "seeks talks",
    "037": "offers to settle disputes", "038": "accepts mediation", "039": "offers to mediate",
    "04": "consults", "040": "consults", "041": "holds phone talks", "042": "makes visits",
    "043": "hosts visits", "044": "meets at third locations", "045": "mediates", "046": "negotiates",
    "05": "cooperates diplomatically", "050": "cooperates diplomatically", "051": "praises or endorses",
    "052": "defends the other verbally", "053": "rallies support", "054": "grants recognition",
    "055": "apologizes", "056": "forgives", "057": "signs agreements",
    "06": "cooperates materially", "060": "cooperates materially", "061": "cooperates economically",
    "062": "cooperates militarily", "063": "cooperates on judicial matters", "064": "shares intelligence",
    "07": "provides aid", "070": "provides aid", "071": "provides economic aid", "072": "provides military aid",
    "073": "provides humanitarian aid", "074": "provides protection or peacekeeping", "075": "grants asylum",
    "08": "yields", "080": "yields", "081": "eases restrictions", "082": "eases political dissent",
    "083": "accedes to demands", "084": "releases or returns people or property", "085": "eases sanctions",
    "086": "allows international involvement", "087": "de-escalates militarily",
    "09": "investigates", "090": "investigates", "091": "investigates crime or corruption",
    "092": "investigates rights abuses", "093": "investigates military action", "094": "investigates war crimes",
    "10": "makes demands", "100": "makes demands", "101": "demands information or an investigation",
    "102": "demands policy support", "103": "demands aid or protection", "104": "demands political reform",
    "105": "demands mediation", "106": "demands withdrawal", "107": "demands a ceasefire", "108": "demands talks",
    "11": "disapproves", "110": "disapproves", "111": "criticizes or denounces", "112": "accuses",
    "113": "rallies opposition", "114": "complains officially", "115": "sues", "116": "finds guilty",
    "12": "rejects", "120": "rejects", "121": "rejects material cooperation", "122": "rejects requests for aid",
    "123": "rejects calls for reform", "124": "refuses to yield", "125": "rejects talks", "126": "rejects mediation",
    "127": "rejects settlement plans", "128": "defies norms or law", "129": "vetoes",
    "13": "threatens", "130": "threatens", "131": "threatens non-military measures", "132": "threatens sanctions",
    "133": "threatens protest", "134": "threatens to halt talks", "135": "threatens to halt mediation",
    "136": "threatens to end involvement", "137": "threatens repression", "138": "threatens military force",
    "139": "gives ultimatums",
    "14": "protests", "140": "engages in dissent", "141": "demonstrates", "142": "holds hunger strikes",
    "143": "strikes or boycotts", "144": "blocks passage", "145": "riots",
    "15": "shows force", "150": "shows military or police power", "151": "raises police alert",
    "152": "raises military alert", "153": "mobilizes police", "154": "mobilizes armed forces",
    "16": "reduces relations", "160": "reduces relations", "161": "cuts diplomatic ties",
    "162": "cuts aid", "163": "imposes sanctions or embargoes", "164": "halts negotiations",
    "165": "halts mediation", "166": "expels or withdraws",
    "17": "coerces", "170": "coerces", "171": "seizes or damages property", "172": "imposes restrictions",
    "173": "arrests or prosecutes", "174": "expels or deports individuals", "175": "uses violent repression",
    "18": "assaults", "180": "uses unconventional violence", "181": "abducts or takes hostages",
    "182": "physically assaults", "183": "carries out bombings", "184": "uses human shields",
    "185": "attempts assassinations", "186": "assassinates",
    "19": "fights", "190": "uses military force", "191": "imposes blockades", "192": "occupies territory",
    "193": "fights with small arms", "194": "fights with artillery and tanks", "195": "carries out air strikes",
    "196": "violates ceasefires",
    "20": "uses mass violence", "200": "uses mass violence", "201": "carries out mass expulsions",
    "202": "carries out mass killings", "203": "carries out ethnic cleansing", "204": "uses weapons of mass destruction",
}


def cameo_phrase(code: str) -> str:
    """A CAMEO code as a third-person verb phrase: 172 → "imposes restrictions"; codes not in
    :data:`PHRASES` fall back to their base or root code, then to GDELT's description."""
    code = str(code).strip()
    for key in (code, code[:3], code[:2]):
        if key in PHRASES:
            return PHRASES[key]
    return cameo_name(code).split(",")[0].strip().lower()


@dataclass
class Action:
    """One dominant event type of a side's stance."""

    cameo_base: str
    words: str
    events: int
    share: float

    def to_dict(self) -> dict:
        return {"cameo_base": self.cameo_base, "words": self.words, "events": self.events,
                "share": round(self.share, 3)}


@dataclass
class Stance:
    """How ``side`` acts toward ``other`` in one aspect (or ``all``) in the recent window."""

    side: str
    other: str
    aspect: str
    events: int
    events_baseline: int
    quads: dict[str, int]
    quads_baseline: dict[str, int]
    goldstein_mean: float | None
    goldstein_mean_baseline: float | None
    balance: float | None
    balance_baseline: float | None
    posture: str
    actions: list[Action] = field(default_factory=list)
    top_events: list[EventRef] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """One line for an "Aspect | A | B" table: posture, balance and main actions."""
        if self.events == 0:
            return "no recorded actions"
        acts = ", ".join(a.words for a in self.actions[:2])
        return f"{self.posture} ({self.balance:+.2f}, {self.events} event{'s' if self.events != 1 else ''}): {acts}"

    def to_dict(self) -> dict:
        return {
            "side": self.side,
            "other": self.other,
            "aspect": self.aspect,
            "events": self.events,
            "events_baseline": self.events_baseline,
            "quads": self.quads,
            "quads_baseline": self.quads_baseline,
            "goldstein_mean": _r(self.goldstein_mean),
            "goldstein_mean_baseline": _r(self.goldstein_mean_baseline),
            "balance": _r(self.balance),
            "balance_baseline": _r(self.balance_baseline),
            "posture": self.posture,
            "summary": self.summary,
            "actions": [a.to_dict() for a in self.actions],
            "top_events": [e.to_dict() for e in self.top_events],
        }


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 4)


def _quads(d: pd.DataFrame) -> dict[str, int]:
    counts = d.groupby("quad").events.sum() if len(d) else pd.Series(dtype=float)
    return {str(q): int(counts.get(q, 0)) for q in (1, 2, 3, 4)}


def _means(d: pd.DataFrame, wcol: str) -> tuple[float | None, float | None]:
    tot = float(d[wcol].sum()) if len(d) else 0.0
    if tot <= 0:
        return None, None
    gw = d.goldstein_wsum if wcol == "weight" else d.goldstein_sum
    s = SIGN[d.quad.to_numpy(dtype=int) - 1]
    return float(gw.sum() / tot), float((s * d[wcol].to_numpy()).sum() / tot)


def stances(
    cube: pd.DataFrame,
    top: pd.DataFrame,
    a: str,
    b: str,
    window: int,
    weight: str = "articles",
    n_actions: int = 3,
    n_events: int = 3,
) -> list[Stance]:
    """Each side's stance toward the other, overall (``aspect = "all"``) and per aspect.

    ``cube``: the dyad cube with columns k, source_country, aspect, quad, cameo_base, events,
    weight, goldstein_sum, goldstein_wsum; ``top``: the top events (see :mod:`.events`).
    """
    wcol = "events" if weight == "events" else "weight"
    out: list[Stance] = []
    for side, other in ((a, b), (b, a)):
        mine = cube[cube.source_country == side]
        mine_top = top[top.source_country == side] if len(top) else top
        for aspect in ("all", *ASPECTS):
            d = mine if aspect == "all" else mine[mine.aspect == aspect]
            rec, base = d[d.k < window], d[d.k >= window]
            g, bal = _means(rec, wcol)
            g0, bal0 = _means(base, wcol)
            n = int(rec.events.sum()) if len(rec) else 0
            n0 = int(base.events.sum()) if len(base) else 0
            if aspect != "all" and n == 0 and n0 == 0:
                continue
            posture = "none" if bal is None else (
                "cooperative" if bal >= POSTURE_BAND else "hostile" if bal <= -POSTURE_BAND else "mixed")
            acts = []
            if n:
                by = rec.groupby("cameo_base").events.sum().sort_values(ascending=False, kind="stable")
                by = by[by > 0]
                order = sorted(by.items(), key=lambda kv: (-kv[1], str(kv[0])))
                acts = [Action(str(c), cameo_phrase(str(c)), int(v), float(v) / n) for c, v in order[:n_actions]]
            t = mine_top
            if len(t):
                t = t[t.k < window]
                if aspect != "all":
                    t = t[t.aspect == aspect]
            out.append(Stance(
                side=side, other=other, aspect=aspect, events=n, events_baseline=n0,
                quads=_quads(rec), quads_baseline=_quads(base),
                goldstein_mean=g, goldstein_mean_baseline=g0, balance=bal, balance_baseline=bal0,
                posture=posture, actions=acts, top_events=event_refs(t, n_events),
            ))
    return out


def stance_table(items: list[Stance], a: str, b: str) -> pd.DataFrame:
    """The "Aspect | A | B" table: one row per aspect, each side's stance summary."""
    rows: dict[str, dict[str, str]] = {}
    for s in items:
        rows.setdefault(s.aspect, {"aspect": s.aspect})[s.side] = s.summary
    order = ("all", *ASPECTS)
    df = pd.DataFrame([rows[k] for k in order if k in rows], columns=["aspect", a, b])
    return df.fillna("no recorded actions")
