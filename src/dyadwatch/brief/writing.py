"""The brief's words: deterministic sentences from the assessment's numbers.

Nothing here invents a claim: every function turns measured values (and the events behind
them) into text, and says "too few events" or leaves a part out when there is nothing to say.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..analysis.drivers import Driver
from ..analysis.events import EventRef
from ..analysis.stances import POSTURE_BAND, Stance
from ..countries import name_for

ASPECT_LABEL: dict[str, str] = {
    "all": "Overall",
    "diplomacy": "Diplomacy",
    "security": "Security",
    "energy": "Energy",
    "economy": "Economy and trade",
    "transport": "Transport",
    "society": "Society and media",
    "unassigned": "Unclassified events",
}

ASPECT_ADJ: dict[str, str] = {
    "diplomacy": "diplomatic",
    "security": "security",
    "energy": "energy",
    "economy": "trade",
    "transport": "transport",
    "society": "societal",
    "unassigned": "other",
}

ASPECT_NOUN: dict[str, str] = {
    "diplomacy": "diplomacy",
    "security": "security",
    "energy": "energy",
    "economy": "the economy and trade",
    "transport": "transport",
    "society": "society and the media",
    "unassigned": "unclassified events",
}

STATE_VERB: dict[str, str] = {
    "improving": "improve",
    "deteriorating": "deteriorate",
    "stable": "hold steady",
    "stalled": "stall",
    "frozen": "freeze",
    "escalating": "escalate",
}

STATE_WORDS: dict[str, str] = {
    "improving": "improving",
    "deteriorating": "deteriorating",
    "stable": "stable",
    "stalled": "stalled",
    "frozen": "frozen",
    "escalating": "escalating",
    "insufficient_data": "not assessable (too few events)",
}

TOWARD_CONFLICT = ("deteriorating", "stalled", "frozen", "escalating")

MIN_HEADLINE_CONTRIBUTION = 0.05
"""A driver must move the balance by at least this much to be named in the headline."""

MINUS = "\u2212"


# --- numbers and dates ---------------------------------------------------------------------------


def signed(x: float | None, digits: int = 2) -> str:
    """``+0.25`` / ``−0.23`` (typographic minus); ``n/a`` for None."""
    if x is None or x != x:
        return "n/a"
    s = f"{x:+.{digits}f}"
    if float(s) == 0:
        s = f"{0:.{digits}f}"
    return s.replace("-", MINUS)


def num(x: float | None, digits: int = 1) -> str:
    """A number with ``digits`` decimals; one more for small non-zero values (0.04, not 0.0)."""
    if x is None or x != x:
        return "n/a"
    if digits == 1 and x != 0 and abs(x) < 0.095:
        digits = 2
    return f"{x:,.{digits}f}".replace("-", MINUS)


def pct(x: float | None) -> str:
    """A share or ratio as a whole percentage: 0.264 → ``26%``."""
    if x is None or x != x:
        return "n/a"
    if x == float("inf"):
        return "∞"
    return f"{100 * x:.0f}%".replace("-", MINUS)


def ratio(x: float | None) -> str:
    """An engagement ratio against the baseline: ``45% of`` below 2, ``2.6 times`` from 2 on."""
    if x is None or x != x:
        return "n/a"
    if x == float("inf"):
        return "infinitely above"
    return f"{pct(x)} of" if x < 2 else f"{x:.1f} times"


def pts(x: float) -> str:
    """A change of share in percentage points: 0.061 → ``+6 pts``."""
    s = f"{100 * x:+.0f}"
    if s in ("+0", "-0"):
        s = "0"
    return (f"{s} pt" if s in ("+1", "-1") else f"{s} pts").replace("-", MINUS)


@lru_cache(maxsize=4096)
def day(d: date) -> str:
    """``31 May 2013``."""
    return f"{d.day} {d.strftime('%b %Y')}"


def span(a: date, b: date) -> str:
    return f"{day(a)} – {day(b)}"


def months(n: int) -> str:
    return f"{n} month" if n == 1 else f"{n} months"


def count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def join(items: list[str], conj: str = "and") -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conj} {items[-1]}"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# --- events --------------------------------------------------------------------------------------


def actor(code: str | None, name: str | None = None) -> str:
    if code:
        return name_for(code)
    return (name or "unknown actor").title()


def event_text(e: EventRef) -> str:
    """``Russia → Azerbaijan: arrests or prosecutes (CAMEO 173)``."""
    return f"{actor(e.source, e.source_name)} → {actor(e.target, e.target_name)}: {e.words} (CAMEO {e.cameo_code})"


def mutual_event_text(e: EventRef) -> str:
    """``Russia ↔ Azerbaijan: holds phone talks (CAMEO 041)``: an act of both sides."""
    return f"{actor(e.source, e.source_name)} ↔ {actor(e.target, e.target_name)}: {e.words} (CAMEO {e.cameo_code})"


def is_url(s: str | None) -> bool:
    return bool(s) and str(s).lower().startswith(("http://", "https://"))


def source_text(e: EventRef) -> str:
    """The full line of a numbered source."""
    g = "" if e.goldstein is None else f", Goldstein {signed(e.goldstein, 1)}"
    arts = count(e.articles, "article")
    out = (f"{day(e.date)} · {event_text(e)} · {e.quad_name}{g}, {arts} · "
           f"{e.dataset} event {e.event_id}")
    if e.url and not is_url(e.url):
        out += f" · source: {e.url}"
    return out


# --- headline and summary ------------------------------------------------------------------------


def _kind(d: Driver) -> str:
    conflict = d.quad >= 3
    if d.contribution < 0:
        return "disputes mount" if conflict else "cooperation fades"
    return "friction eases" if conflict else "cooperation grows"


def eligible(d: Driver) -> bool:
    """A driver worth naming: it moved the balance by at least
    :data:`MIN_HEADLINE_CONTRIBUTION` and rests on at least two events in the window where
    its share grew (recent for "mount"/"grows", baseline for "fades"/"eases")."""
    if abs(d.contribution) < MIN_HEADLINE_CONTRIBUTION or d.aspect == "unassigned":
        return False
    grew = d.share_recent > d.share_baseline
    return (d.events_recent if grew else d.events_baseline) >= 2


def is_reversal(state: str, shift: float | None) -> bool:
    """True when the state's direction comes from the trend inside the recent window and runs
    against the shift from the baseline (a recovery from a low, or a souring after a high)."""
    if state not in ("improving", "deteriorating") or shift is None or abs(shift) < 0.1:
        return False
    return (shift > 0) != (state == "improving")


def headline_drivers(state: str, items: list[Driver], shift: float | None = None, limit: int = 2) -> list[Driver]:
    """The drivers a headline names, largest first, at most one per aspect: in the direction
    of the state — or, for a reversal (:func:`is_reversal`), in the direction of the shift
    it reverses."""
    if is_reversal(state, shift):
        assert shift is not None
        sign = 1 if shift > 0 else -1
    else:
        sign = -1 if state in TOWARD_CONFLICT else 1 if state == "improving" else 0
    cands = [d for d in items if sign == 0 or d.contribution * sign > 0]
    out: list[Driver] = []
    for d in sorted(cands, key=lambda d: -abs(d.contribution)):
        if not eligible(d) or any(x.aspect == d.aspect for x in out):
            continue
        out.append(d)
        if len(out) == limit:
            break
    return out


def headline(a_name: str, b_name: str, state: str, items: list[Driver], shift: float | None = None) -> str:
    """``Russia–Azerbaijan relations deteriorate as transport and societal disputes mount``."""
    subject = f"{a_name}–{b_name} " + ("tensions" if state == "escalating" else "relations")
    verb = STATE_VERB[state]
    named = headline_drivers(state, items, shift)
    adjs = join([ASPECT_ADJ.get(d.aspect, d.aspect) for d in named])
    if is_reversal(state, shift):
        if state == "improving":
            return f"{subject} begin to recover from a {adjs} downturn" if named else f"{subject} begin to recover"
        return f"{subject} begin to sour after a {adjs} upturn" if named else f"{subject} begin to sour"
    if not named:
        return f"{subject} {verb}"
    groups: dict[str, list[str]] = {}
    for d in named:
        groups.setdefault(_kind(d), []).append(ASPECT_ADJ.get(d.aspect, d.aspect))
    clause = join([f"{join(a)} {kind}" for kind, a in groups.items()])
    if state == "stable":
        toward_conflict = named[0].contribution < 0
        return f"{subject} {verb}, though {clause}" if toward_conflict else f"{subject} {verb} as {clause}"
    return f"{subject} {verb} as {clause}"


def driver_phrase(d: Driver) -> str:
    """``material conflict in security (4.4 events a month, from 2.2)``."""
    return (f"{d.quad_name} in {ASPECT_NOUN.get(d.aspect, d.aspect)} "
            f"({num(d.rate_recent)} events a month, from {num(d.rate_baseline)})")


def factor_title(d: Driver) -> str:
    more = d.share_recent > d.share_baseline
    return f"{ASPECT_LABEL.get(d.aspect, d.aspect)}: {'more' if more else 'less'} {d.quad_name}"


def factor_sentence(d: Driver, shift: float | None, since: date) -> str:
    """What a driver did, in numbers."""
    s = (f"Since {day(since)}, {d.quad_name} in {ASPECT_NOUN.get(d.aspect, d.aspect)} made up "
         f"{pct(d.share_recent)} of the weight of all events between the two, against {pct(d.share_baseline)} "
         f"before: {count(d.events_recent, 'event')} ({num(d.rate_recent)} a month) against "
         f"{count(d.events_baseline, 'event')} ({num(d.rate_baseline)} a month).")
    if d.goldstein_recent is not None and d.goldstein_baseline is not None:
        s += (f" Their mean Goldstein score was {signed(d.goldstein_recent, 1)}, against "
              f"{signed(d.goldstein_baseline, 1)} before.")
    s += f" This moved the balance by {signed(d.contribution)}"
    if shift is not None and abs(shift) >= 0.01 and (shift > 0) == (d.contribution > 0):
        s += f", {pct(d.contribution / shift)} of the total shift of {signed(shift)}."
    elif shift is not None:
        s += f", against the direction of the total shift of {signed(shift)}."
    else:
        s += "."
    return s


# --- stances -------------------------------------------------------------------------------------


def posture_of(balance: float | None) -> str:
    if balance is None:
        return "none"
    return "cooperative" if balance >= POSTURE_BAND else "hostile" if balance <= -POSTURE_BAND else "mixed"


def stance_cell(s: Stance | None) -> tuple[str, str]:
    """One cell of the "Aspect | A | B" table as (verdict, text), with the counts behind it."""
    if s is None:
        return "", "No recorded actions"
    if s.events == 0:
        return "", f"No recorded actions in the recent window ({count(s.events_baseline, 'event')} in the baseline)"
    acts = join([f"{a.words} ({a.events})" for a in s.actions])
    coop = s.quads.get("1", 0) + s.quads.get("2", 0)
    conf = s.quads.get("3", 0) + s.quads.get("4", 0)
    text = (f"{cap(acts)}. {count(s.events, 'event')}: {coop} cooperative, {conf} conflictual; "
            f"balance {signed(s.balance)}")
    if s.balance_baseline is not None:
        text += f" (baseline {posture_of(s.balance_baseline)}, {signed(s.balance_baseline)})"
    else:
        text += " (no baseline events)"
    return cap(s.posture), text + "."
