"""The event record and the code tables: the one source of truth for every source and consumer.

Every input (GDELT 1.0/2.0, ICEWS, coded news text) becomes rows of :data:`EVENT_COLUMNS`
in the store's ``events`` table; every analysis reads those columns and nothing else.
The column meanings are documented in ``docs/event-record.md``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from importlib import resources

ASPECTS: tuple[str, ...] = ("diplomacy", "security", "energy", "economy", "transport", "society")
"""The six aspects of a relationship. An event has at most one."""

DATASETS: tuple[str, ...] = ("gdelt1", "gdelt2", "icews", "text")

QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    description: str


EVENT_COLUMNS: tuple[Column, ...] = (
    Column("event_id", "VARCHAR", "Identifier, unique within its dataset (GDELT GLOBALEVENTID, ICEWS Event ID, text: doc-sentence-n)."),
    Column("dataset", "VARCHAR", "Where the row came from: gdelt1, gdelt2, icews or text."),
    Column("date", "DATE", "Day the event took place."),
    Column("source_country", "VARCHAR", "Acting side's country, CAMEO/ISO-3 style (RUS, AZE, USA); NULL when unknown."),
    Column("source_type", "VARCHAR", "Acting side's CAMEO actor type (GOV, MIL, BUS, MED, CVL, COP, ...)."),
    Column("source_name", "VARCHAR", "Acting side's name as the source gave it."),
    Column("target_country", "VARCHAR", "Receiving side's country code; NULL when unknown."),
    Column("target_type", "VARCHAR", "Receiving side's CAMEO actor type."),
    Column("target_name", "VARCHAR", "Receiving side's name as the source gave it."),
    Column("cameo_code", "VARCHAR", "Full CAMEO event code (e.g. 0311)."),
    Column("cameo_base", "VARCHAR", "Three-digit CAMEO base code (e.g. 031)."),
    Column("cameo_root", "VARCHAR", "Two-digit CAMEO root code (e.g. 03)."),
    Column("quad", "TINYINT", "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
    Column("goldstein", "DOUBLE", "Goldstein score, -10 (most conflictual) to +10 (most cooperative)."),
    Column("tone", "DOUBLE", "Tone of the reporting on GDELT's scale (about -100..100, in practice -10..10); NULL when the source has none."),
    Column("mentions", "INTEGER", "Number of mentions (GDELT NumMentions; 1 for ICEWS and text)."),
    Column("sources", "INTEGER", "Number of distinct sources (GDELT NumSources; 1 for ICEWS and text)."),
    Column("articles", "INTEGER", "Number of articles (GDELT NumArticles; 1 for ICEWS and text). The weight used by weighted means."),
    Column("aspect", "VARCHAR", "diplomacy, security, energy, economy, transport or society; NULL when no rule applies."),
    Column("aspect_rule", "VARCHAR", "Which rule set the aspect (see docs/aspects.md), e.g. cameo:19, actor:MIL, gkg:ENV_OIL, text:pipeline."),
    Column("source_url", "VARCHAR", "URL of the reporting article, when known."),
    Column("evidence", "VARCHAR", "The sentence the event was coded from, when known."),
    Column("file_id", "INTEGER", "Ledger id of the file this row was ingested from."),
    Column("ingested_at", "TIMESTAMP", "When the row was written to the store."),
)

EVENT_COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in EVENT_COLUMNS)


def events_ddl(table: str = "events") -> str:
    """``CREATE TABLE`` statement for the events table."""
    cols = ",\n  ".join(f"{c.name} {c.sql_type}" for c in EVENT_COLUMNS)
    return f"CREATE TABLE IF NOT EXISTS {table} (\n  {cols}\n)"


@dataclass
class Event:
    """One event record in Python (the store keeps the same fields as columns)."""

    event_id: str
    dataset: str
    date: date
    source_country: str | None
    target_country: str | None
    cameo_code: str
    source_type: str | None = None
    source_name: str | None = None
    target_type: str | None = None
    target_name: str | None = None
    goldstein: float | None = None
    tone: float | None = None
    mentions: int = 1
    sources: int = 1
    articles: int = 1
    aspect: str | None = None
    aspect_rule: str | None = None
    source_url: str | None = None
    evidence: str | None = None
    file_id: int | None = None
    ingested_at: datetime | None = None
    cameo_base: str = field(init=False)
    cameo_root: str = field(init=False)
    quad: int = field(init=False)

    def __post_init__(self) -> None:
        self.cameo_base = self.cameo_code[:3]
        self.cameo_root = self.cameo_code[:2]
        self.quad = quad_for_root(self.cameo_root)
        if self.goldstein is None:
            self.goldstein = goldstein_for(self.cameo_code)
        if self.aspect is not None and self.aspect not in ASPECTS:
            raise ValueError(f"unknown aspect {self.aspect!r}")

    def as_row(self) -> tuple:
        return tuple(getattr(self, name) for name in EVENT_COLUMN_NAMES)


# --- CAMEO code tables (GDELT's own: the values GDELT rows carry) ---------------------------


def quad_for_root(root: str | int) -> int:
    """GDELT QuadClass from a CAMEO root code: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4."""
    r = int(root)
    if not 1 <= r <= 20:
        raise ValueError(f"CAMEO root code out of range: {root!r}")
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13:
        return 3
    return 4


QUAD_SQL = (
    "CASE WHEN {root} BETWEEN 1 AND 5 THEN 1 WHEN {root} BETWEEN 6 AND 8 THEN 2 "
    "WHEN {root} BETWEEN 9 AND 13 THEN 3 WHEN {root} BETWEEN 14 AND 20 THEN 4 END"
)
"""SQL twin of :func:`quad_for_root`; ``{root}`` is an integer expression."""


def _read_table(name: str) -> dict[str, str]:
    text = resources.files("dyadwatch.data").joinpath(name).read_text(encoding="utf-8")
    rows = csv.reader(text.splitlines()[1:], delimiter="\t")
    return {r[0].strip(): r[1].strip() for r in rows if len(r) >= 2}


@cache
def goldstein_table() -> dict[str, float]:
    """CAMEO code → Goldstein score, from GDELT's ``gdelt_goldstein_scale.txt``."""
    return {k: float(v) for k, v in _read_table("gdelt_goldstein_scale.txt").items()}


@cache
def cameo_names() -> dict[str, str]:
    """CAMEO code → description, from GDELT's ``gdelt_cameo_eventcodes.txt``."""
    return _read_table("gdelt_cameo_eventcodes.txt")


def goldstein_for(code: str) -> float | None:
    """Goldstein score of a CAMEO code; falls back to its base and root code."""
    table = goldstein_table()
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return None


def cameo_name(code: str) -> str:
    names = cameo_names()
    for key in (code, code[:3], code[:2]):
        if key in names:
            return names[key]
    return code
