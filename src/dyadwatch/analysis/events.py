"""Event references: the events behind every statement, ranked by weight × |Goldstein|.

One query fetches, for the dyad, the top ``per_cell`` events of every anchored period ×
acting side × aspect × quad cell, ranked by the score ``w·|g|`` (w = articles, g = Goldstein;
ties broken by event id). The top events of any union of cells (a window, an aspect, a side)
are among the union of the cells' top events, so every later selection is exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import ibis
import numpy as np
import pandas as pd

from ..schema import QUAD_NAMES
from .cube import dyad_filter, periods_back

EVENT_REF_COLUMNS = (
    "event_id", "dataset", "date", "source_country", "target_country", "source_name", "target_name",
    "cameo_code", "quad", "goldstein", "articles", "tone", "aspect", "evidence", "source_url",
)


@dataclass
class EventRef:
    """One event, as cited by the assessment: who did what to whom, when, with its evidence."""

    event_id: str
    dataset: str
    date: date
    source: str | None
    target: str | None
    source_name: str | None
    target_name: str | None
    cameo_code: str
    words: str
    quad: int
    quad_name: str
    goldstein: float | None
    articles: int
    tone: float | None
    aspect: str | None
    evidence: str | None
    url: str | None
    score: float

    def to_dict(self) -> dict:
        return {
            "event_id": self.event_id,
            "dataset": self.dataset,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "target": self.target,
            "source_name": self.source_name,
            "target_name": self.target_name,
            "cameo_code": self.cameo_code,
            "words": self.words,
            "quad": self.quad,
            "quad_name": self.quad_name,
            "goldstein": self.goldstein,
            "articles": self.articles,
            "tone": None if self.tone is None else round(self.tone, 3),
            "aspect": self.aspect,
            "evidence": self.evidence,
            "url": self.url,
            "score": round(self.score, 3),
        }


def top_events_expr(events: Any, a: str, b: str, as_of: date, first: date, per_cell: int = 5) -> Any:
    """Ibis expression: the top ``per_cell`` dyad events per period × side × aspect × quad."""
    t = events.filter(dyad_filter(events, a, b) & (events.date >= first) & (events.date <= as_of))
    w = t.articles.fill_null(1).cast("float64")
    score = w * t.goldstein.fill_null(0.0).abs()
    t = t.mutate(k=periods_back(t.date, as_of), score=score)
    rank = ibis.row_number().over(
        ibis.window(group_by=[t.k, t.source_country, t.aspect, t.quad], order_by=[ibis.desc(t.score), t.event_id])
    )
    t = t.mutate(rank=rank)
    return t.filter(t["rank"] < per_cell).select("k", "score", *EVENT_REF_COLUMNS)


def event_refs(df: pd.DataFrame, limit: int, sign: int | None = None) -> list[EventRef]:
    """The first ``limit`` events of ``df`` by score (events whose cooperation sign matches
    ``sign`` first, when given), one per story: repeats of the same date, code, pair and
    article are dropped."""
    if df is None or not len(df):
        return []
    match = np.zeros(len(df), dtype=int)
    if sign is not None:
        coop = (df.quad <= 2).to_numpy()
        match = (coop if sign > 0 else ~coop).astype(int)
    order = np.lexsort((df.event_id.astype(str).to_numpy(), -df.date.astype("int64").to_numpy(),
                        -df.score.to_numpy(dtype=float), -match))
    out: list[EventRef] = []
    seen: set[tuple] = set()
    for r in df.iloc[order].itertuples(index=False):
        story = r.source_url if isinstance(r.source_url, str) else r.evidence if isinstance(r.evidence, str) else r.event_id
        key = (r.date, r.cameo_code, r.source_country, r.target_country, story)
        if key in seen:
            continue
        seen.add(key)
        out.append(_ref(r))
        if len(out) >= limit:
            break
    return out


def _ref(r: Any) -> EventRef:
    day = r.date
    if hasattr(day, "date") and not isinstance(day, date):
        day = day.date()
    elif hasattr(day, "to_pydatetime"):
        day = day.to_pydatetime().date()
    from .stances import cameo_phrase

    return EventRef(
        event_id=str(r.event_id),
        dataset=str(r.dataset),
        date=day,
        source=_s(r.source_country),
        target=_s(r.target_country),
        source_name=_s(r.source_name),
        target_name=_s(r.target_name),
        cameo_code=str(r.cameo_code),
        words=cameo_phrase(str(r.cameo_code)),
        quad=int(r.quad),
        quad_name=QUAD_NAMES.get(int(r.quad), ""),
        goldstein=None if pd.isna(r.goldstein) else float(r.goldstein),
        articles=1 if pd.isna(r.articles) else int(r.articles),
        tone=None if pd.isna(r.tone) else float(r.tone),
        aspect=_s(r.aspect),
        evidence=_s(r.evidence),
        url=_s(r.source_url),
        score=float(r.score),
    )


def _s(x: Any) -> str | None:
    if x is None or (isinstance(x, float) and pd.isna(x)) or x is pd.NA:
        return None
    return str(x)
