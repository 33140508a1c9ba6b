"""The coder's per-sentence state (:class:`_Ctx`), shared by its rule modules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .actors import Actor, Mention


@dataclass
class _Ctx:
    """Per-sentence state."""

    sent: Any
    mentions: dict[int, Mention]
    when: date | None
    doc_mentions: list[Mention] = field(default_factory=list)
    pending: list[tuple[list[Actor], str, str, float, Any]] = field(default_factory=list)
    acts: list[tuple[list[Actor], Any]] = field(default_factory=list)
    """Coded acts with a source and no target ("North Korea launched a rocket"): something a
    reaction may answer."""
    """Reactions with no target of their own ("called the move unfair", "vowed a harsh
    response"): resolved against the sentence's other events."""
    coded: dict[int, tuple[Any, str, str, set[str | None]]] = field(default_factory=dict)
    """Verbs the rules gave a code: token index → (verb, code, rule, keys of its sources)."""
