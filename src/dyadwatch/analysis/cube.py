"""The cube: dyad × period × aspect × quad aggregates of the events table, as Ibis expressions.

Everything heavy happens here, in the database (DuckDB by default, any Ibis backend —
Spark, BigQuery — when the events table lives there). Everything after the cube works on
its small result in pandas.

For a set of events E (one cell of the cube), with weights w = articles:

* ``events`` = |E| (distinct event ids; an id is stored once per dataset),
* ``goldstein_sum`` = Σ g,  ``goldstein_wsum`` = Σ w·g,  ``weight`` = Σ w,
* ``tone_sum`` = Σ tone,  ``tone_n`` = number of events with a tone.

Sums (not means) are kept so that cells add up exactly to any coarser period or aspect.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import ibis
import ibis.expr.types as ir

PERIODS = ("day", "week", "month", "quarter", "year")


def period_start(col: ir.DateValue, by: str) -> ir.DateValue:
    """First day of the period containing ``col`` (weeks start on Monday)."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}: use one of {', '.join(PERIODS)}")
    unit = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}[by]
    return col.truncate(unit).cast("date")


def dyad_filter(t: ir.Table, a: str, b: str, directed: bool = False) -> ir.BooleanValue:
    """Events between ``a`` and ``b``: A→B only if ``directed``, else either direction."""
    forward = (t.source_country == a) & (t.target_country == b)
    if directed:
        return forward
    return forward | ((t.source_country == b) & (t.target_country == a))


def date_filter(t: ir.Table, start: date | None, end: date | None) -> ir.BooleanValue | None:
    cond = None
    if start is not None:
        cond = t.date >= start
    if end is not None:
        c = t.date <= end
        cond = c if cond is None else cond & c
    return cond


def cube(
    events: ir.Table,
    by: str = "month",
    keys: tuple[str, ...] = ("source_country", "target_country", "aspect", "quad"),
    where: Any = None,
) -> ir.Table:
    """Aggregate ``events`` to one row per ``keys`` × period (column ``period``)."""
    t = events if where is None else events.filter(where)
    w = t.articles.fill_null(1).cast("float64")
    return (
        t.mutate(period=period_start(t.date, by), _w=w)
        .group_by(["period", *keys])
        .aggregate(
            events=t.count(),
            goldstein_sum=t.goldstein.sum(),
            goldstein_wsum=(t.goldstein * w).sum(),
            weight=w.sum(),
            tone_sum=t.tone.sum(),
            tone_n=t.tone.count(),
        )
    )


def dyad_series(
    events: ir.Table,
    a: str,
    b: str,
    by: str = "month",
    directed: bool = False,
    start: date | None = None,
    end: date | None = None,
) -> ir.Table:
    """One row per period for the dyad: events, goldstein_mean, goldstein_weighted,
    coop_share (quad 1–2), material_conflict_share (quad 4), tone_mean."""
    t = events
    cond = dyad_filter(t, a, b, directed)
    dates = date_filter(t, start, end)
    if dates is not None:
        cond = cond & dates
    t = t.filter(cond)
    w = t.articles.fill_null(1).cast("float64")
    coop = (t.quad <= 2).cast("int64")
    conflict = (t.quad == 4).cast("int64")
    agg = (
        t.mutate(
            period=period_start(t.date, by),
            _w=t.goldstein.isnull().ifelse(0.0, w),
            _coop=coop,
            _mc=conflict,
            _gw=t.goldstein * w,
        )
        .group_by("period")
        .aggregate(
            events=ibis._.count(),
            goldstein_mean=ibis._.goldstein.mean(),
            _gw=ibis._._gw.sum(),
            _wg=ibis._._w.sum(),
            _coop=ibis._._coop.sum(),
            _mc=ibis._._mc.sum(),
            tone_mean=ibis._.tone.mean(),
        )
    )
    return agg.select(
        "period",
        "events",
        "goldstein_mean",
        goldstein_weighted=agg._gw / agg._wg,
        coop_share=agg._coop / agg.events,
        material_conflict_share=agg._mc / agg.events,
        tone_mean=agg.tone_mean,
    ).order_by("period")


# --- periods anchored on an as-of date ------------------------------------------------------
#
# An assessment looks back from an as-of date T in "months" of fixed length L = 365.25/12 days,
# so that the most recent period always ends on T itself (calendar months would leave a
# partial last month whenever T is not a month end). An event on day d lies
# Δ = T − d days back and belongs to period k = ⌊Δ / L⌋ (k = 0 is the most recent).

PERIOD_DAYS: float = 365.25 / 12
"""Length L of one anchored period ("month") in days."""


def periods_back(col: ir.DateValue, as_of: date) -> ir.IntegerValue:
    """Anchored period index k = ⌊(as_of − col) / L⌋ of each date (0 = the last L days)."""
    return (ibis.literal(as_of).delta(col, unit="day") / PERIOD_DAYS).floor().cast("int32")


def period_bounds(as_of: date, k: int) -> tuple[date, date]:
    """First and last day of anchored period ``k`` before ``as_of`` (both inclusive).

    Period k holds the days Δ back with k·L ≤ Δ < (k+1)·L, i.e. Δ from ⌈k·L⌉ to ⌈(k+1)·L⌉ − 1.
    """
    from datetime import timedelta
    from math import ceil

    end = as_of - timedelta(days=ceil(k * PERIOD_DAYS))
    start = as_of - timedelta(days=ceil((k + 1) * PERIOD_DAYS) - 1)
    return start, end


def anchored_cube(
    events: ir.Table,
    as_of: date,
    n_periods: int,
    keys: tuple[str, ...] = ("source_country", "target_country", "aspect", "quad"),
    where: Any = None,
) -> ir.Table:
    """The cube on anchored periods: one row per ``keys`` × period ``k`` (0 ≤ k < n_periods).

    Same sums as :func:`cube` (``events``, ``goldstein_sum``, ``goldstein_wsum``, ``weight``,
    ``tone_sum``, ``tone_n``) plus ``weight_sq`` = Σ w² (for effective sample sizes
    (Σw)²/Σw²), over events with as_of − n_periods·L < date ≤ as_of.
    """
    from datetime import timedelta
    from math import ceil

    first = as_of - timedelta(days=ceil(n_periods * PERIOD_DAYS) - 1)
    cond = (events.date >= first) & (events.date <= as_of)
    t = events.filter(cond if where is None else cond & where)
    w = t.articles.fill_null(1).cast("float64")
    g = t.goldstein.fill_null(0.0)
    return (
        t.mutate(k=periods_back(t.date, as_of), _w=w, _g=g, _gw=g * w)
        .group_by(["k", *keys])
        .aggregate(
            events=ibis._.count(),
            goldstein_sum=ibis._._g.sum(),
            goldstein_wsum=ibis._._gw.sum(),
            weight=ibis._._w.sum(),
            weight_sq=(ibis._._w * ibis._._w).sum(),
            tone_sum=ibis._.tone.sum(),
            tone_n=ibis._.tone.count(),
        )
    )
