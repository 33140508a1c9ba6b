"""The brief's charts: static SVG from Altair through vl-convert (no browser, no network).

* ``balance`` — the monthly balance with the recent window shaded and the turning points
  marked, above the events per month (engagement);
* ``aspects`` — each aspect's balance in the baseline and in the recent window;
* ``partners`` — each side's largest changes of partner share (percentage points).

Every chart is drawn from the assessment's own tables (``series``, per-aspect measures,
alignment); nothing is recomputed here.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from .. import countries
from ..analysis.assess import Assessment
from .model import Chart
from .writing import ASPECT_LABEL, day, signed

FONT = "DejaVu Sans"
WIDTH = 620
BLUE, RED, GREY, LIGHT = "#1f4e79", "#b03a2e", "#8a8f98", "#9fb3c8"


def _config(chart: Any) -> Any:
    return chart.configure(font=FONT, background="white").configure_view(stroke=None) \
        .configure_axis(labelFontSize=10, titleFontSize=10, grid=True, gridColor="#eceff3") \
        .configure_title(fontSize=12, anchor="start", fontWeight="bold") \
        .configure_legend(labelFontSize=10, titleFontSize=10, orient="top")


def to_svg(chart: Any) -> str:
    """Render an Altair chart to an SVG document (vl-convert; deterministic)."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(_config(chart).to_dict())


def balance_chart(a: Assessment) -> alt.Chart | None:
    s = a.series
    if s is None or not len(s):
        return None
    df = pd.DataFrame({
        "month": pd.to_datetime(s.period_end),
        "balance": s.balance.astype(float),
        "events": s.events.astype(int),
        "window": s.window.map({"recent": "recent window", "baseline": "baseline"}),
    })
    band = pd.DataFrame({"start": [pd.Timestamp(a.recent_period[0])], "end": [pd.Timestamp(a.as_of)]})
    x = alt.X("month:T", title=None, axis=alt.Axis(format="%b %Y", labelAngle=0, tickCount=8))
    shade = alt.Chart(band).mark_rect(color="#e8edf3").encode(x=alt.X("start:T"), x2="end:T")
    zero = alt.Chart(pd.DataFrame({"y": [0.0]})).mark_rule(color=GREY).encode(y="y:Q")
    have = df[df.balance.notna()]
    y = alt.Y("balance:Q", title="balance (−1 conflict … +1 cooperation)", scale=alt.Scale(domain=[-1, 1]))
    line = alt.Chart(have).mark_line(color=BLUE, strokeWidth=1.5).encode(x=x, y=y)
    dots = alt.Chart(have).mark_circle(color=BLUE, opacity=0.85).encode(
        x=x, y=y, size=alt.Size("events:Q", title="events", scale=alt.Scale(range=[12, 160]), legend=None))
    layers = [shade, zero, line, dots]
    if a.turning_points:
        tp = pd.DataFrame({
            "month": [pd.Timestamp(t.period_start) for t in a.turning_points],
            "label": [f"{day(t.period_start)}: {signed(t.shift)}" for t in a.turning_points],
        })
        layers.append(alt.Chart(tp).mark_rule(color=RED, strokeDash=[4, 3]).encode(x="month:T"))
        layers.append(alt.Chart(tp).mark_text(color=RED, align="right", dx=-3, dy=-4, fontSize=9, y=0).encode(
            x="month:T", text="label:N"))
    top = alt.layer(*layers).properties(width=WIDTH, height=190,
                                        title="Balance of cooperation over conflict, by month")
    bar_w = max(2.0, 0.7 * WIDTH / max(len(df), 1))
    bars = alt.Chart(df).mark_bar(width=bar_w).encode(
        x=x, y=alt.Y("events:Q", title="events a month"),
        color=alt.Color("window:N", title=None, scale=alt.Scale(domain=["baseline", "recent window"],
                                                                range=[LIGHT, BLUE])))
    bottom = alt.layer(shade, bars).properties(width=WIDTH, height=100, title="Engagement: events a month")
    return alt.vconcat(top, bottom, spacing=14)


def aspects_chart(a: Assessment) -> alt.Chart | None:
    rows = []
    for asp in a.aspects:
        m = asp.call.evidence
        if m is None:
            continue
        label = ASPECT_LABEL[asp.aspect]
        for window, iv, n in (("baseline", m.balance_baseline, m.events_baseline),
                              ("recent window", m.balance_recent, m.events_recent)):
            if iv.estimate is not None:
                rows.append({"aspect": label, "window": window, "balance": iv.estimate,
                             "label": f"{signed(iv.estimate)} ({n})"})
    if not rows:
        return None
    df = pd.DataFrame(rows)
    order = [ASPECT_LABEL[x.aspect] for x in a.aspects if ASPECT_LABEL[x.aspect] in set(df.aspect)]
    y = alt.Y("aspect:N", title=None, sort=order)
    xs = alt.X("balance:Q", title="balance (−1 conflict … +1 cooperation); labels: balance (events)",
               scale=alt.Scale(domain=[-1, 1]))
    zero = alt.Chart(pd.DataFrame({"balance": [0.0]})).mark_rule(color=GREY).encode(x="balance:Q")
    link = alt.Chart(df).mark_line(color=GREY).encode(x=xs, y=y, detail="aspect:N")
    dots = alt.Chart(df).mark_point(filled=True, size=70).encode(
        x=xs, y=y, color=alt.Color("window:N", title=None,
                                   scale=alt.Scale(domain=["baseline", "recent window"], range=[LIGHT, BLUE])))
    text = alt.Chart(df[df.window == "recent window"]).mark_text(align="left", dx=7, dy=-7, fontSize=9,
                                                                color=BLUE).encode(x=xs, y=y, text="label:N")
    return alt.layer(zero, link, dots, text).properties(
        width=WIDTH, height=28 * len(order), title="Balance by aspect: baseline and recent window")


def partners_chart(a: Assessment) -> alt.Chart | None:
    panels = []
    for al in a.alignment:
        ps = [*al.gains[:4], *al.losses[:4]]
        if not ps:
            continue
        df = pd.DataFrame({
            "partner": [countries.name_for(p.partner) for p in ps],
            "change": [100 * p.share_change for p in ps],
        })
        df["direction"] = ["gain" if c > 0 else "loss" for c in df.change]
        panels.append(alt.Chart(df).mark_bar().encode(
            y=alt.Y("partner:N", title=None, sort=alt.EncodingSortField("change", order="descending")),
            x=alt.X("change:Q", title="change of share of its events (pts)"),
            color=alt.Color("direction:N", legend=None,
                            scale=alt.Scale(domain=["gain", "loss"], range=[BLUE, RED])),
        ).properties(width=WIDTH / 2 - 90, height=22 * len(df), title=countries.name_for(al.side)))
    if not panels:
        return None
    return alt.hconcat(*panels, spacing=40).properties(title="Partner shifts: recent window against the baseline")


def chart_specs(a: Assessment) -> list[tuple[str, str, str, dict]]:
    """The brief's charts as Vega-Lite specs: (key, title, caption, spec)."""
    an, bn = countries.name_for(a.a), countries.name_for(a.b)
    specs = [
        ("balance", "Balance and engagement", balance_chart(a),
         f"Monthly balance of {an}–{bn} events (dot size: events that month; months without events "
         "are skipped), the recent window shaded"
         + (", turning points dashed" if a.turning_points else "") + "; below, events a month."),
        ("aspects", "Aspects", aspects_chart(a),
         "Balance of each aspect in the baseline and in the recent window, with the recent number of events."),
        ("partners", "Third parties", partners_chart(a),
         "Largest gains and losses of each side's partners, as share of its events (percentage points)."),
    ]
    return [(key, title, caption, _config(chart).to_dict()) for key, title, chart, caption in specs
            if chart is not None]


def render_charts(specs: list[tuple[str, str, str, dict]]) -> list[Chart]:
    """SVG of each spec of :func:`chart_specs` (vl-convert releases the GIL: this may run in a thread)."""
    import vl_convert as vlc

    return [Chart(key, title, caption, vlc.vegalite_to_svg(spec)) for key, title, caption, spec in specs]


def all_charts(a: Assessment) -> list[Chart]:
    """The brief's charts as SVG, each with a caption that says what it shows."""
    return render_charts(chart_specs(a))
