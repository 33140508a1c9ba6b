"""An assessment as Markdown or as rich tables (``dyadwatch assess --format md|table``)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .. import countries
from ..output import make_console
from .assess import Assessment
from .events import EventRef


def _f(x: float | None, digits: int = 2, signed: bool = True) -> str:
    if x is None:
        return "–"
    return f"{x:+.{digits}f}" if signed else f"{x:.{digits}f}"


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f}%"


def event_line(e: EventRef, markdown: bool = True) -> str:
    """``2025-06-30 AZE → RUS: arrests or prosecutes (173, Goldstein −5.0) — evidence [source](url)``."""
    head = f"{e.date} {e.source or '?'} → {e.target or '?'}: {e.words} ({e.cameo_code}, Goldstein {_f(e.goldstein, 1)})"
    if e.evidence:
        head += f" — {e.evidence}"
    if e.url:
        head += f" [source]({e.url})" if markdown else f" <{e.url}>"
    return head


def headline(r: Assessment) -> str:
    name = f"{countries.name_for(r.a)} – {countries.name_for(r.b)}"
    state = r.state.replace("_", " ")
    return f"{name}: {state}"


def to_markdown(r: Assessment, events_per_item: int = 3) -> str:
    """The whole assessment as a Markdown document."""
    m = r.call.evidence
    out = [f"# {headline(r)}", ""]
    conf = "" if r.confidence is None else f" · confidence {r.confidence:.2f} ({r.call.confidence_label})"
    out.append(
        f"As of {r.as_of} · recent window {r.recent_period[0]} – {r.recent_period[1]} ({r.window} months) "
        f"vs baseline {r.baseline_period[0]} – {r.baseline_period[1]} ({r.baseline} months){conf} · "
        f"risk {r.risk.level}"
    )
    out += ["", "## Evidence", ""]
    out += [f"- {line}" for line in r.call.reasons]
    if m is not None:
        out += ["", "| measure | recent | baseline |", "|---|---|---|"]
        out.append(f"| balance | {_f(m.balance_recent.estimate)} | {_f(m.balance_baseline.estimate)} |")
        out.append(f"| events / month | {_f(m.engagement_recent.estimate, 2, False)} | "
                   f"{_f(m.engagement_baseline.estimate, 2, False)} |")
        for key, label in (("verbal_cooperation", "verbal cooperation"), ("material_cooperation", "material cooperation"),
                           ("verbal_conflict", "verbal conflict"), ("material_conflict", "material conflict")):
            out.append(f"| {label} (share of weight) | {_pct(m.mix_recent.get(key))} | {_pct(m.mix_baseline.get(key))} |")

    out += ["", "## Aspects", "", "| aspect | state | balance now | balance baseline | events now / baseline | "
            "current impact | potential risk |", "|---|---|---|---|---|---|---|"]
    for asp in r.aspects:
        e = asp.call.evidence
        if e is None:
            continue
        out.append(f"| {asp.aspect} | {asp.state.replace('_', ' ')} | {_f(e.balance_recent.estimate)} | "
                   f"{_f(e.balance_baseline.estimate)} | {e.events_recent} / {e.events_baseline} | "
                   f"{asp.risk.impact} | {asp.risk.level} |")

    out += ["", "## Turning points", ""]
    if not r.turning_points:
        out.append("No significant break in the balance over the assessed period.")
    for tp in r.turning_points:
        out.append(f"- **{tp.date}**: {tp.direction}, balance {_f(tp.balance_before)} → {_f(tp.balance_after)} "
                   f"(shift {_f(tp.shift)}); events/month {tp.engagement_before:.1f} → {tp.engagement_after:.1f}")
        out += [f"  - {event_line(e)}" for e in tp.top_events[:events_per_item]]

    s = r.drivers_summary
    out += ["", "## Drivers", "",
            f"Balance {_f(s.get('balance_baseline'))} → {_f(s.get('balance_recent'))} "
            f"(shift {_f(s.get('shift'))}), compared over {r.drivers_reason}.", "",
            "| aspect | quad | contribution | share baseline → recent | events baseline → recent |",
            "|---|---|---|---|---|"]
    shown = [d for d in r.drivers if abs(d.contribution) >= 0.005][:10]
    for d in shown:
        out.append(f"| {d.aspect} | {d.quad_name} | {_f(d.contribution, 3)} | {_pct(d.share_baseline)} → "
                   f"{_pct(d.share_recent)} | {d.events_baseline} → {d.events_recent} |")
    for d in shown:
        if d.top_events:
            out += ["", f"**{d.aspect}, {d.quad_name}** ({d.direction}, {_f(d.contribution, 3)}):"]
            out += [f"- {event_line(e)}" for e in d.top_events[:events_per_item]]
        elif d.top_events_baseline:
            out += ["", f"**{d.aspect}, {d.quad_name}** ({d.direction}, {_f(d.contribution, 3)}): "
                        "no longer seen; in the baseline:"]
            out += [f"- {event_line(e)}" for e in d.top_events_baseline[:events_per_item]]

    out += ["", "## Stances", "", f"| aspect | {r.a} | {r.b} |", "|---|---|---|"]
    for row in r.stance_table().itertuples(index=False):
        out.append(f"| {row[0]} | {row[1]} | {row[2]} |")

    out += ["", "## Third parties", ""]
    for al in r.alignment:
        out.append(f"**{al.side}**: diversification {_f(al.diversification_baseline, 2, False)} → "
                   f"{_f(al.diversification_recent, 2, False)} (1 − HHI); share of {al.counterpart} "
                   f"{_pct(al.counterpart_share_baseline)} → {_pct(al.counterpart_share_recent)}")
        out += ["", "| partner | events baseline → recent | share baseline → recent | balance baseline → recent |",
                "|---|---|---|---|"]
        for p in al.top_partners:
            out.append(f"| {p.partner}{' (counterpart)' if p.counterpart else ''} | {p.events_baseline} → "
                       f"{p.events_recent} | {_pct(p.share_baseline)} → {_pct(p.share_recent)} | "
                       f"{_f(p.balance_baseline)} → {_f(p.balance_recent)} |")
        out.append("")
    if r.notes:
        out += ["## Notes", ""] + [f"- {n}" for n in r.notes]
    return "\n".join(out).rstrip() + "\n"


def print_tables(r: Assessment, console: Console | None = None) -> None:
    """The assessment as rich tables on ``console``."""
    c = console or make_console()
    conf = "" if r.confidence is None else f", confidence {r.confidence:.2f} ({r.call.confidence_label})"
    c.print(f"[bold]{headline(r)}[/bold] as of {r.as_of}{conf}; risk {r.risk.level}", highlight=False)
    c.print(f"recent {r.recent_period[0]} – {r.recent_period[1]} ({r.window} months), "
            f"baseline {r.baseline_period[0]} – {r.baseline_period[1]} ({r.baseline} months)", highlight=False)
    for line in r.call.reasons:
        c.print(f"  • {line}", highlight=False)

    t = Table(title="Aspects")
    for col in ("aspect", "state", "conf.", "balance now", "baseline", "events now", "baseline", "impact", "risk"):
        t.add_column(col)
    for asp in r.aspects:
        e = asp.call.evidence
        if e is None:
            continue
        t.add_row(asp.aspect, asp.state, _f(asp.call.confidence, 2, False), _f(e.balance_recent.estimate),
                  _f(e.balance_baseline.estimate), str(e.events_recent), str(e.events_baseline),
                  asp.risk.impact, asp.risk.level)
    c.print(t)

    t = Table(title="Turning points")
    for col in ("date", "direction", "before", "after", "shift", "top event"):
        t.add_column(col)
    for tp in r.turning_points:
        top = event_line(tp.top_events[0], markdown=False) if tp.top_events else ""
        t.add_row(str(tp.date), tp.direction, _f(tp.balance_before), _f(tp.balance_after), _f(tp.shift), top)
    c.print(t)

    t = Table(title=f"Drivers ({r.drivers_reason})")
    for col in ("aspect", "quad", "contribution", "share base → now", "events base → now", "top event"):
        t.add_column(col)
    for d in [d for d in r.drivers if abs(d.contribution) >= 0.005][:10]:
        top = event_line(d.top_events[0], markdown=False) if d.top_events else ""
        t.add_row(d.aspect, d.quad_name, _f(d.contribution, 3), f"{_pct(d.share_baseline)} → {_pct(d.share_recent)}",
                  f"{d.events_baseline} → {d.events_recent}", top)
    c.print(t)

    t = Table(title="Stances")
    for col in ("aspect", r.a, r.b):
        t.add_column(col)
    for row in r.stance_table().itertuples(index=False):
        t.add_row(*(str(x) for x in row))
    c.print(t)

    for al in r.alignment:
        t = Table(title=f"{al.side}: partners (diversification {_f(al.diversification_baseline, 2, False)} → "
                        f"{_f(al.diversification_recent, 2, False)})")
        for col in ("partner", "events base → now", "share base → now", "balance base → now"):
            t.add_column(col)
        for p in al.top_partners:
            t.add_row(p.partner + (" *" if p.counterpart else ""), f"{p.events_baseline} → {p.events_recent}",
                      f"{_pct(p.share_baseline)} → {_pct(p.share_recent)}",
                      f"{_f(p.balance_baseline)} → {_f(p.balance_recent)}")
        c.print(t)
    for n in r.notes:
        c.print(f"note: {n}", highlight=False)
