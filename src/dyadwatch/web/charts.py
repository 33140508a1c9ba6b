"""Charts as inline SVG, drawn on the server: no JavaScript, no external files, CSP-safe.

Every chart is a string of SVG markup built from numbers the library computed; colours come
from CSS classes in ``static/app.css`` (no ``style`` attributes: the Content-Security-Policy
forbids inline styles). Each mark carries a ``<title>`` so that hovering shows its value.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from markupsafe import Markup


def _f(x: float) -> str:
    return f"{x:.1f}"


@dataclass(frozen=True)
class Point:
    """One period of a series: where it starts, its value (None: no data), its event count."""

    start: date
    end: date
    value: float | None
    count: int
    recent: bool = False


@dataclass(frozen=True)
class Marker:
    """A dated vertical mark (a turning point) with a CSS class and a tooltip."""

    day: date
    css: str
    label: str


def sparkline(values: Sequence[float | None], width: int = 140, height: int = 32, lo: float = -1.0,
              hi: float = 1.0, label: str = "") -> Markup:
    """A small line of ``values`` (None leaves a gap) between ``lo`` and ``hi``, with a zero line."""
    n = len(values)
    if n == 0:
        return Markup(f'<svg class="spark" width="{width}" height="{height}" role="img" '
                      f'aria-label="no data"></svg>')
    pad = 2.0
    xs = [pad + (width - 2 * pad) * (i / max(1, n - 1)) for i in range(n)]

    def y(v: float) -> float:
        v = min(hi, max(lo, v))
        return pad + (height - 2 * pad) * (1 - (v - lo) / (hi - lo))

    parts = [f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'role="img" aria-label="{escape(label)}">']
    if lo < 0 < hi:
        parts.append(f'<line class="zero" x1="0" x2="{width}" y1="{_f(y(0))}" y2="{_f(y(0))}"/>')
    path, pen = [], False
    for x, v in zip(xs, values):
        if v is None or (isinstance(v, float) and math.isnan(v)):
            pen = False
            continue
        path.append(f"{'L' if pen else 'M'}{_f(x)},{_f(y(v))}")
        pen = True
    if path:
        parts.append(f'<path class="spark-line" d="{" ".join(path)}"/>')
    for i, (x, v) in enumerate(zip(xs, values)):  # a month between two gaps shows as a dot
        if v is not None and (i == 0 or values[i - 1] is None) and (i == n - 1 or values[i + 1] is None):
            parts.append(f'<circle class="spark-dot" cx="{_f(x)}" cy="{_f(y(v))}" r="1.4"/>')
    last = next(((x, v) for x, v in zip(reversed(xs), reversed(values)) if v is not None), None)
    if last is not None:
        parts.append(f'<circle class="spark-dot" cx="{_f(last[0])}" cy="{_f(y(last[1]))}" r="2.2"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def dyad_chart(points: Sequence[Point], markers: Sequence[Marker] = (), width: int = 860,
               title: str = "Balance and engagement",
               value_label: str = "balance (cooperation − conflict)") -> Markup:
    """Two panels over the same months: the balance (−1 conflict … +1 cooperation) as a line,
    and engagement (events per month) as bars; the recent window shaded; turning points as
    dashed lines."""
    if not points:
        return Markup('<p class="muted">No periods to draw.</p>')
    left, right, top = 44.0, 12.0, 26.0
    h_bal, gap, h_eng, bottom = 170.0, 26.0, 80.0, 22.0
    height = top + h_bal + gap + h_eng + bottom
    n = len(points)
    step = (width - left - right) / n
    x0 = lambda i: left + i * step  # noqa: E731
    xc = lambda i: left + (i + 0.5) * step  # noqa: E731

    def yb(v: float) -> float:
        return top + h_bal * (1 - (max(-1.0, min(1.0, v)) + 1) / 2)

    eng_top = top + h_bal + gap
    cmax = max(1, max(p.count for p in points))

    def ye(c: float) -> float:
        return eng_top + h_eng * (1 - c / cmax)

    out = [f'<svg class="chart" id="dyad-chart" viewBox="0 0 {width} {_f(height)}" role="img" '
           f'aria-label="{escape(title)}" preserveAspectRatio="xMinYMin meet">']
    # recent window
    rec = [i for i, p in enumerate(points) if p.recent]
    if rec:
        out.append(f'<rect class="recent" x="{_f(x0(rec[0]))}" y="{_f(top)}" width="{_f(step * len(rec))}" '
                   f'height="{_f(height - top - bottom)}"><title>recent window</title></rect>')
    # balance axis
    for v in (-1.0, -0.5, 0.0, 0.5, 1.0):
        cls = "zero" if v == 0 else "grid"
        out.append(f'<line class="{cls}" x1="{_f(left)}" x2="{_f(width - right)}" y1="{_f(yb(v))}" y2="{_f(yb(v))}"/>')
        out.append(f'<text class="axis" x="{_f(left - 6)}" y="{_f(yb(v) + 3.5)}" text-anchor="end">{v:+.1f}</text>')
    out.append(f'<text class="axis-title" x="{_f(left)}" y="{_f(top - 12)}">{escape(value_label)}</text>')
    # engagement axis
    out.append(f'<line class="grid" x1="{_f(left)}" x2="{_f(width - right)}" y1="{_f(ye(0))}" y2="{_f(ye(0))}"/>')
    out.append(f'<text class="axis" x="{_f(left - 6)}" y="{_f(ye(cmax) + 8)}" text-anchor="end">{cmax}</text>')
    out.append(f'<text class="axis" x="{_f(left - 6)}" y="{_f(ye(0))}" text-anchor="end">0</text>')
    out.append(f'<text class="axis-title" x="{_f(left)}" y="{_f(eng_top - 5)}">engagement (events per month)</text>')
    # bars
    bw = max(1.0, step * 0.72)
    for i, p in enumerate(points):
        if p.count <= 0:
            continue
        y = ye(p.count)
        tip = f"{p.start.isoformat()} – {p.end.isoformat()}: {p.count} events"
        out.append(f'<rect class="bar{" bar-recent" if p.recent else ""}" x="{_f(xc(i) - bw / 2)}" y="{_f(y)}" '
                   f'width="{_f(bw)}" height="{_f(ye(0) - y)}"><title>{escape(tip)}</title></rect>')
    # balance line (gaps where a month has no events)
    path, pen = [], False
    for i, p in enumerate(points):
        if p.value is None:
            pen = False
            continue
        path.append(f"{'L' if pen else 'M'}{_f(xc(i))},{_f(yb(p.value))}")
        pen = True
    if path:
        out.append(f'<path class="line" d="{" ".join(path)}"/>')
    for i, p in enumerate(points):
        if p.value is None:
            continue
        tip = f"{p.start.isoformat()} – {p.end.isoformat()}: balance {p.value:+.2f}, {p.count} events"
        out.append(f'<circle class="pt" cx="{_f(xc(i))}" cy="{_f(yb(p.value))}" r="2.6">'
                   f'<title>{escape(tip)}</title></circle>')
    # turning points
    for m in markers:
        i = next((j for j, p in enumerate(points) if p.start <= m.day <= p.end), None)
        if i is None:
            continue
        x = x0(i)
        out.append(f'<line class="tp {escape(m.css)}" x1="{_f(x)}" x2="{_f(x)}" y1="{_f(top)}" '
                   f'y2="{_f(top + h_bal)}"><title>{escape(m.label)}</title></line>')
        near_end = x > width - right - 70
        out.append(f'<text class="tp-label {escape(m.css)}" x="{_f(x - 3 if near_end else x + 3)}" '
                   f'y="{_f(top - 2)}" text-anchor="{"end" if near_end else "start"}">'
                   f'{escape(m.day.strftime("%b %Y"))}</text>')
    # time axis: January of each year (or the first period)
    last_year = None
    for i, p in enumerate(points):
        if p.start.year != last_year and (p.start.month == 1 or i == 0):
            out.append(f'<text class="axis" x="{_f(x0(i))}" y="{_f(height - 6)}">{p.start.year}</text>')
            out.append(f'<line class="tick" x1="{_f(x0(i))}" x2="{_f(x0(i))}" y1="{_f(ye(0))}" '
                       f'y2="{_f(ye(0) + 4)}"/>')
        last_year = p.start.year
    out.append("</svg>")
    return Markup("".join(out))


@dataclass(frozen=True)
class Node:
    code: str
    name: str


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    state: str
    balance: float | None
    events: int
    href: str


def network(nodes: Sequence[Node], edges: Sequence[Edge], size: int = 560) -> Markup:
    """Countries on a circle, each dyad a line coloured by its state (CSS class ``state-…``),
    thicker for more events, linking to the dyad's page."""
    if not nodes:
        return Markup('<p class="muted">No countries.</p>')
    cx = cy = size / 2
    r = size / 2 - 70
    pos: dict[str, tuple[float, float]] = {}
    for i, nd in enumerate(nodes):
        ang = -math.pi / 2 + 2 * math.pi * i / len(nodes)
        pos[nd.code] = (cx + r * math.cos(ang), cy + r * math.sin(ang))
    emax = max([e.events for e in edges] or [1])
    out = [f'<svg class="network" id="region-network" viewBox="0 0 {size} {size}" role="img" '
           f'aria-label="dyads among {len(nodes)} countries">']
    for e in edges:
        (x1, y1), (x2, y2) = pos[e.a], pos[e.b]
        w = 1.5 + 7.5 * math.sqrt(e.events / emax)
        bal = "n/a" if e.balance is None else f"{e.balance:+.2f}"
        tip = f"{e.a}–{e.b}: {e.state.replace('_', ' ')}, balance {bal}, {e.events:,} events"
        out.append(f'<a href="{escape(e.href)}" class="edge-link"><line class="edge state-{escape(e.state)}" '
                   f'x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" stroke-width="{w:.1f}">'
                   f'<title>{escape(tip)}</title></line></a>')
    for nd in nodes:
        x, y = pos[nd.code]
        out.append(f'<g class="node"><circle cx="{_f(x)}" cy="{_f(y)}" r="22"><title>{escape(nd.name)}</title>'
                   f'</circle><text x="{_f(x)}" y="{_f(y + 4)}" text-anchor="middle">{escape(nd.code)}</text>')
        ly = y + (36 if y >= cy else -30)
        out.append(f'<text class="node-name" x="{_f(x)}" y="{_f(ly)}" text-anchor="middle">{escape(nd.name)}</text></g>')
    out.append("</svg>")
    return Markup("".join(out))


def shift_bar(value: float | None, width: int = 110, height: int = 16, span: float = 2.0) -> Markup:
    """A one-row bar from zero to ``value`` (−span … +span), green up, red down."""
    if value is None:
        return Markup("")
    mid = width / 2
    x2 = mid + (width / 2 - 2) * max(-1.0, min(1.0, value / span))
    x1, x2 = sorted((mid, x2))
    css = "pos" if value >= 0 else "neg"
    return Markup(
        f'<svg class="shift" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="shift {value:+.2f}"><line class="zero" x1="{_f(mid)}" x2="{_f(mid)}" y1="0" y2="{height}"/>'
        f'<rect class="hbar {css}" x="{_f(x1)}" y="3" width="{_f(max(1.0, x2 - x1))}" height="{height - 6}">'
        f'<title>shift {value:+.2f}</title></rect></svg>'
    )
