"""The brief as data: text with citations, tables, charts and sources, ready to render.

Every piece of text is a :class:`Text`: a string plus the numbers of the sources (events)
behind it. Sources are numbered in order of first citation (:class:`Citations`), so the
Markdown footnotes and the HTML anchor list agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ..analysis.events import EventRef


@dataclass
class Text:
    """A sentence, phrase or table cell and the numbers of the events behind it."""

    text: str
    cites: list[int] = field(default_factory=list)
    lead: str = ""
    """A short verdict shown in bold before the text ("Hostile", "High")."""


@dataclass
class Source:
    """A numbered citation: one event."""

    n: int
    ref: EventRef


class Citations:
    """Numbers events in order of first citation; citing the same event again reuses its number."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], int] = {}
        self.sources: list[Source] = []

    def cite(self, refs: list[EventRef] | tuple[EventRef, ...], limit: int | None = None) -> list[int]:
        out: list[int] = []
        for ref in refs[:limit] if limit else refs:
            key = (ref.dataset, ref.event_id)
            if key not in self._by_key:
                self._by_key[key] = len(self.sources) + 1
                self.sources.append(Source(len(self.sources) + 1, ref))
            n = self._by_key[key]
            if n not in out:
                out.append(n)
        return out


@dataclass
class EventLine:
    """A dated event in a key factor: who did what to whom, the quoted evidence, its source."""

    date: date
    text: str
    quote: str | None
    url: str | None
    cite: int


@dataclass
class Factor:
    """A key factor: a driver of the change, explained with its dated events."""

    title: str
    body: list[Text]
    events: list[EventLine] = field(default_factory=list)
    events_label: str = ""


@dataclass
class Figure:
    """A headline number: label, value and what it is compared with."""

    label: str
    value: str
    detail: str


@dataclass
class Row:
    """A table row: the first column's label and the other cells."""

    label: str
    cells: list[Text]


@dataclass
class Recommendation:
    """A playbook rule that fired: the row of the recommendations table and its details."""

    rule_id: str
    area: str
    recommendation: str
    fired_by: Text
    expected: Text
    precedents: Sequence[str] = field(default_factory=list)
    """One line per precedent with the engagement (written when read: see :class:`.assemble.CaseLines`)."""


@dataclass
class SideShift:
    """One side's partner shifts (third parties)."""

    side: str
    name: str
    summary: Text
    rows: list[Row] = field(default_factory=list)


@dataclass
class Chart:
    """A static chart: an SVG document and the sentence that says what it shows."""

    key: str
    title: str
    caption: str
    svg: str


@dataclass
class Brief:
    """Everything a rendered brief shows (see docs/brief.md for how each part is derived)."""

    a: str
    b: str
    a_name: str
    b_name: str
    as_of: date
    headline: str
    summary: list[Text]
    short: bool = False
    figures: list[Figure] = field(default_factory=list)
    factors: list[Factor] = field(default_factory=list)
    stance_rows: list[Row] = field(default_factory=list)
    impact_rows: list[Row] = field(default_factory=list)
    outlook: list[Text] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    recommendations_note: str = ""
    third_parties: list[SideShift] = field(default_factory=list)
    existing: list[EventLine] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    method: list[str] = field(default_factory=list)
    coverage: list[Row] = field(default_factory=list)
    coverage_note: str = ""
    playbook: str = ""

    @property
    def dyad(self) -> str:
        return f"{self.a_name}–{self.b_name}"
