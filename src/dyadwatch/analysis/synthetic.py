"""Synthetic event data with a known answer, for tests and benchmarks.

:func:`write_gdelt2` writes a GDELT 2.0 event export (61 tab-separated columns, no header,
the layout of :data:`dyadwatch.sources.gdelt.GDELT2_COLUMNS`) holding ``months`` months of
events for the dyad A–B plus each side's background with third parties. The last
``window`` months follow a planted regime (:data:`REGIMES`); the months before follow the
baseline profile. Every month draws its event count from a Poisson law whose mean carries a
gamma random effect, and its cooperation share a logit-normal jitter, so the data are
over-dispersed like real news-derived event counts.

URLs point to the reserved ``.invalid`` domain: the rows are synthetic and say so.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from ..schema import goldstein_for, quad_for_root
from ..sources.gdelt import GDELT2_COLUMNS


@dataclass(frozen=True)
class Profile:
    """A month's expected make-up: events per month and the share of each quad."""

    rate: float
    quads: tuple[float, float, float, float]


BASELINE = Profile(60.0, (0.50, 0.15, 0.22, 0.13))
"""Baseline: 60 events a month, 65 % cooperation (balance ≈ +0.3, mixed), 13 % material conflict."""


def regime_profile(regime: str, step: int, window: int) -> Profile:
    """The planted profile of month ``step`` (0 = first month of the window) of a regime:

    * ``stable`` — the baseline continues;
    * ``improving`` — the cooperation share climbs linearly from 65 % to 95 %;
    * ``deteriorating`` — it falls linearly from 65 % to 25 % (conflict split as in the baseline);
    * ``stalled`` — engagement drops to 45 % of the baseline, same mix;
    * ``frozen`` — engagement drops to 15 %, and 85 % of what remains is conflict;
    * ``escalating`` — engagement ×2.2, with material conflict at 45 % of events.
    """
    base = BASELINE
    f = (step + 1) / window
    if regime == "stable":
        return base
    if regime in ("improving", "deteriorating"):
        coop = 0.65 + (0.30 if regime == "improving" else -0.40) * f
        c1 = base.quads[0] / 0.65
        x3 = base.quads[2] / 0.35
        return Profile(base.rate, (coop * c1, coop * (1 - c1), (1 - coop) * x3, (1 - coop) * (1 - x3)))
    if regime == "stalled":
        return Profile(base.rate * 0.45, base.quads)
    if regime == "frozen":
        return Profile(base.rate * 0.15, (0.12, 0.03, 0.55, 0.30))
    if regime == "escalating":
        return Profile(base.rate * 2.2, (0.30, 0.05, 0.20, 0.45))
    raise ValueError(f"unknown regime {regime!r}: use one of {', '.join(REGIMES)}")


REGIMES: tuple[str, ...] = ("stable", "improving", "deteriorating", "stalled", "frozen", "escalating")

# CAMEO codes per quad, with the actor type that goes with them (aspects follow from the
# ingest rules: CAMEO code first, then actor type, else diplomacy).
CODES: dict[int, tuple[tuple[str, str], ...]] = {
    1: (("036", "GOV"), ("042", "GOV"), ("043", "GOV"), ("046", "GOV"), ("0311", "GOV"), ("0312", "MIL"),
        ("051", "GOV"), ("010", "MED")),
    2: (("061", "GOV"), ("062", "MIL"), ("064", "GOV"), ("071", "GOV"), ("073", "GOV"), ("061", "BUS")),
    3: (("111", "GOV"), ("112", "GOV"), ("1312", "GOV"), ("138", "MIL"), ("125", "GOV"), ("114", "MED")),
    4: (("163", "GOV"), ("172", "GOV"), ("173", "GOV"), ("190", "MIL"), ("193", "MIL"), ("145", "GOV")),
}

PARTNERS = ("TUR", "IRN", "USA", "CHN", "GEO")


def _month_starts(end: date, months: int) -> list[date]:
    """First days of the ``months`` calendar months ending with ``end``'s month."""
    y, m = end.year, end.month
    out = []
    for _ in range(months):
        out.append(date(y, m, 1))
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return out[::-1]


def _row(eid: int, day: date, src: str, tgt: str, code: str, src_type: str, rng: np.random.Generator) -> str:
    root = int(code[:2])
    quad = quad_for_root(root)
    g = goldstein_for(code)
    articles = int(rng.geometric(0.35))
    tone = (g or 0.0) * 0.6 + float(rng.normal(0, 2))
    v = dict.fromkeys(GDELT2_COLUMNS, "")
    v.update(
        GLOBALEVENTID=str(eid), SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"),
        Year=str(day.year), FractionDate=f"{day.year + day.timetuple().tm_yday / 365:.4f}",
        Actor1Code=src + src_type, Actor1Name=src, Actor1CountryCode=src, Actor1Type1Code=src_type,
        Actor2Code=tgt + "GOV", Actor2Name=tgt, Actor2CountryCode=tgt, Actor2Type1Code="GOV",
        IsRootEvent="1", EventCode=code, EventBaseCode=code[:3], EventRootCode=code[:2], QuadClass=str(quad),
        GoldsteinScale=f"{g:.1f}" if g is not None else "", NumMentions=str(articles * 2),
        NumSources=str(max(1, articles // 2)), NumArticles=str(articles), AvgTone=f"{tone:.4f}",
        DATEADDED=day.strftime("%Y%m%d") + "120000",
        SOURCEURL=f"https://{src.lower()}-{tgt.lower()}.synthetic.invalid/{day.isoformat()}/{eid}",
    )
    return "\t".join(v[c] for c in GDELT2_COLUMNS)


def write_gdelt2(
    path: str | Path,
    regime: str,
    a: str = "ARM",
    b: str = "AZE",
    months: int = 36,
    window: int = 6,
    end: date = date(2024, 12, 31),
    seed: int = 0,
    background: float = 30.0,
    dispersion: float = 20.0,
    jitter: float = 0.15,
) -> dict:
    """Write a GDELT 2.0 export for the A–B dyad with ``regime`` planted in the last
    ``window`` months of ``months``; returns what was written (counts per window).

    Month m draws N ~ Poisson(λ·G) events, G ~ Gamma(``dispersion``, 1/``dispersion``), and
    quad shares from the profile with the cooperation share jittered on the logit scale by
    N(0, ``jitter``). Each side also gets ``background`` events a month with third parties
    (:data:`PARTNERS`), baseline mix throughout.
    """
    if regime not in REGIMES:
        raise ValueError(f"unknown regime {regime!r}: use one of {', '.join(REGIMES)}")
    rng = np.random.default_rng(seed)
    starts = _month_starts(end, months)
    lines: list[str] = []
    eid = 900_000_000 + seed * 1_000_000
    counts = {"baseline": 0, "recent": 0}
    for i, m0 in enumerate(starts):
        days = calendar.monthrange(m0.year, m0.month)[1]
        step = i - (months - window)
        prof = regime_profile(regime, step, window) if step >= 0 else BASELINE
        q = np.array(prof.quads, dtype=float)
        q = q / q.sum()
        coop = q[0] + q[1]
        logit = math.log(coop / (1 - coop)) + float(rng.normal(0, jitter))
        coop_j = 1 / (1 + math.exp(-logit))
        q = np.array([q[0] / coop * coop_j, q[1] / coop * coop_j,
                      q[2] / (1 - coop) * (1 - coop_j), q[3] / (1 - coop) * (1 - coop_j)])
        n = int(rng.poisson(prof.rate * rng.gamma(dispersion, 1 / dispersion)))
        quads = rng.choice(4, size=n, p=q / q.sum()) + 1
        for quad in quads:
            code, typ = CODES[int(quad)][int(rng.integers(0, len(CODES[int(quad)])))]
            day = m0 + timedelta(days=int(rng.integers(0, days)))
            src, tgt = (a, b) if rng.random() < 0.55 else (b, a)
            eid += 1
            lines.append(_row(eid, day, src, tgt, code, typ, rng))
        counts["recent" if step >= 0 else "baseline"] += n
        for side in (a, b):
            k = int(rng.poisson(background))
            quads = rng.choice(4, size=k, p=np.array(BASELINE.quads) / sum(BASELINE.quads)) + 1
            for quad in quads:
                code, typ = CODES[int(quad)][int(rng.integers(0, len(CODES[int(quad)])))]
                day = m0 + timedelta(days=int(rng.integers(0, days)))
                other = PARTNERS[int(rng.integers(0, len(PARTNERS)))]
                src, tgt = (side, other) if rng.random() < 0.5 else (other, side)
                eid += 1
                lines.append(_row(eid, day, src, tgt, code, typ, rng))
    path = Path(path)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"path": str(path), "regime": regime, "a": a, "b": b, "first": starts[0].isoformat(),
            "last": end.isoformat(), "dyad_events": counts, "rows": len(lines)}
