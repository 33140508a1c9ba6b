"""The brief's words: deterministic sentences from the assessment's numbers.

Nothing here invents a claim: every function turns measured values (and the events behind
them) into text, and says "too few events" or leaves a part out when there is nothing to say.
"""

from __future__ import annotations

from datetime import date

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
    if x is None or x != x:
        return "n/a"
    return f"{x:,.{digits}f}".replace("-", MINUS)


def pct(x: float | None) -> str:
    """A share or ratio as a whole percentage: 0.264 → ``26%``."""
    if x is None or x != x:
        return "n/a"
    if x == float("inf"):
        return "∞"
    return f"{100 * x:.0f}%".replace("-", MINUS)


def pts(x: float) -> str:
    """A change of share in percentage points: 0.061 → ``+6 pts``."""
    s = f"{100 * x:+.0f}"
    if s in ("+0", "-0"):
        s = "0"
    return f"{s} pts".replace("-", MINUS)


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


def source_text(e: EventRef) -> str:
    """The full line of a numbered source."""
    g = "" if e.goldstein is None else f", Goldstein {signed(e.goldstein, 1)}"
    arts = count(e.articles, "article")
    return (f"{day(e.date)} · {event_text(e)} · {e.quad_name}{g}, {arts} · "
            f"{e.dataset} event {e.event_id}")


# --- headline and summary ------------------------------------------------------------------------


def _kind(d: Driver) -> str:
    conflict = d.quad >= 3
    if d.contribution < 0:
        return "disputes mount" if conflict else "cooperation fades"
    return "friction eases" if conflict else "cooperation grows"


def headline_drivers(state: str, items: list[Driver], limit: int = 2) -> list[Driver]:
    """The drivers a headline names: in the state's direction, largest first, at most one per aspect."""
    if state in TOWARD_CONFLICT:
        cands = [d for d in items if d.contribution < 0]
    elif state == "improving":
        cands = [d for d in items if d.contribution > 0]
    else:
        cands = list(items)
    out: list[Driver] = []
    for d in sorted(cands, key=lambda d: -abs(d.contribution)):
        if abs(d.contribution) < MIN_HEADLINE_CONTRIBUTION or d.aspect == "unassigned":
            continue
        if any(x.aspect == d.aspect for x in out):
            continue
        out.append(d)
        if len(out) == limit:
            break
    return out


def headline(a_name: str, b_name: str, state: str, items: list[Driver]) -> str:
    """``Russia–Azerbaijan relations deteriorate as transport and societal disputes mount``."""
    subject = f"{a_name}–{b_name} " + ("tensions" if state == "escalating" else "relations")
    verb = STATE_VERB[state]
    named = headline_drivers(state, items)
    if not named:
        return f"{subject} {verb}"
    groups: dict[str, list[str]] = {}
    for d in named:
        groups.setdefault(_kind(d), []).append(ASPECT_ADJ.get(d.aspect, d.aspect))
    clauses = [f"{join(adjs)} {kind}" for kind, adjs in groups.items()]
    clause = join(clauses)
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


def stance_cell(s: Stance | None, baseline_events: int = 0) -> str:
    """One cell of the "Aspect | A | B" table, with the counts behind it."""
    if s is None:
        return "No recorded actions"
    if s.events == 0:
        return f"No recorded actions in the recent window ({count(s.events_baseline, 'event')} in the baseline)"
    acts = join([f"{a.words} ({a.events})" for a in s.actions])
    coop = s.quads.get("1", 0) + s.quads.get("2", 0)
    conf = s.quads.get("3", 0) + s.quads.get("4", 0)
    text = (f"{cap(s.posture)}: {acts}. {count(s.events, 'event')}: {coop} cooperative, {conf} conflictual; "
            f"balance {signed(s.balance)}")
    if s.balance_baseline is not None:
        text += f" (baseline {posture_of(s.balance_baseline)}, {signed(s.balance_baseline)})"
    else:
        text += " (no baseline events)"
    return text + "."
