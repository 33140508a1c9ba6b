"""A learned aspect classifier on top of the aspect rules.

The rules of :mod:`dyadwatch.coding.aspects` and ``Coder._aspect`` give each event an
aspect from cue words in its clause and from its CAMEO code. They are right about four
times in five on wire text; most of their errors are sentences whose cues pull two ways
(a condemnation of strikes on a refinery, police dispersing a protest, an attack on a
tanker) where a reader weighs the whole sentence. The classifier weighs the same evidence
with weights learned from the project's hand-coded wire sets.

**Features** of one event (strings, one-hot): the rules' aspect and the kind of rule that
set it (``text``, ``cameo``, ``actor``, ``object``, ``default``), the rules' aspect with
the CAMEO root, the CAMEO code and root, both actors' types, the predicate's word, the
content words (nouns, verbs, adjectives, proper nouns; lower case, singular) of the
event's own clause (the predicate's subtree without its subject) with the aspect each cues
(:data:`dyadwatch.coding.aspects.CUE_ASPECT`), and the same for the whole sentence.

**Model.** Multinomial logistic regression over the six aspects :math:`k`:
:math:`P(k \\mid F) \\propto \\exp(b_k + \\sum_{f \\in F} w_{f,k})`, trained with an L2
penalty on the retired hand-coded sets (the label of a sentence is its hand-coded aspect;
the features are those of the first event the coder emits for it, the one scored) by
``python -m dyadwatch.coding.build_aspects``, which writes ``data/aspects.tsv`` (one row
per feature: its weight for each aspect; the first row holds the biases). The event takes
the most probable aspect. When that differs from the rules', ``aspect_rule`` records
``learned:<feature>``, the feature that most favours the chosen aspect over the rules'.

One documented convention is kept whatever the classifier says: an attack on energy
infrastructure (a refinery, a pipeline, a power plant; rule ``target:<cue>``) is about
energy. The in-house authors disagree on it (the earlier sets code energy, the later ones
security), so the data cannot settle it; the issue's definition of the aspects does.
"""

from __future__ import annotations

import math
from functools import cache
from importlib import resources
from typing import Any

from .aspects import CUE_ASPECT, singular

ASPECTS: tuple[str, ...] = ("diplomacy", "security", "energy", "economy", "transport", "society")
"""The model's classes, in the column order of ``data/aspects.tsv``."""

KEPT_RULES: tuple[str, ...] = ("target:",)
"""Rules whose aspect is a documented convention the classifier does not change."""
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def sentence_features(sent: Any) -> list[str]:
    """The whole sentence's part of :func:`features` (the same for all its events)."""
    f = []
    for t in sent:
        if t.pos_ in _CONTENT:
            w = singular(t.lower_)
            f.append("s=" + w)
            if (a := CUE_ASPECT.get(w)) is not None:
                f.append("sa=" + a)
    return f


def features(pred: Any, code: str, types: tuple[str | None, str | None], aspect: str, rule: str,
             sentence: list[str] | None = None) -> list[str]:
    """Features of the event whose predicate token is ``pred`` (see the module docstring);
    ``sentence``: :func:`sentence_features` of its sentence, when already computed."""
    f = [f"r={aspect}", f"rk={rule.split(':', 1)[0]}", f"rxr={aspect}|{code[:2]}", f"code={code[:3]}",
         f"root={code[:2]}", f"st={types[0]}", f"tt={types[1]}", "p=" + singular(pred.lower_)]
    subj = {t.i for c in pred.children if c.dep_ in _SUBJ_DEPS for t in c.subtree}
    for t in pred.subtree:
        if t.i not in subj and t.pos_ in _CONTENT:
            w = singular(t.lower_)
            f.append("c=" + w)
            if (a := CUE_ASPECT.get(w)) is not None:
                f.append("ca=" + a)
    f.extend(sentence_features(pred.sent) if sentence is None else sentence)
    return f


class AspectModel:
    """Weights of the classifier (``data/aspects.tsv``)."""

    def __init__(self, weights: dict[str, tuple[float, ...]], bias: tuple[float, ...]):
        self.weights = weights
        self.bias = bias

    def scores(self, feats: list[str]) -> list[float]:
        """:math:`b_k + \\sum_f w_{f,k}` per aspect (each feature counted once)."""
        z = list(self.bias)
        w = self.weights
        for name in set(feats):
            row = w.get(name)
            if row is not None:
                for k, v in enumerate(row):
                    z[k] += v
        return z

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        z = self.scores(feats)
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {a: v / total for a, v in zip(ASPECTS, e)}

    def classify(self, feats: list[str], aspect: str, rule: str) -> tuple[str, str]:
        """(aspect, aspect_rule) of an event the rules gave ``(aspect, rule)``."""
        if rule.startswith(KEPT_RULES):
            return aspect, rule
        z = self.scores(feats)
        best = max(range(len(ASPECTS)), key=z.__getitem__)
        if ASPECTS[best] == aspect or aspect not in ASPECTS:
            return aspect, rule
        k = ASPECTS.index(aspect)
        # the evidence for the change: the feature that most favours the new aspect
        # (ties, as between a word's clause and sentence features, go to the first name in order,
        # so that the explanation is the same in every process)
        why = max(sorted(set(feats) & self.weights.keys()), key=lambda n: self.weights[n][best] - self.weights[n][k], default="bias")
        return ASPECTS[best], f"learned:{why}"

    @classmethod
    def from_lines(cls, lines: list[str]) -> AspectModel:
        weights: dict[str, tuple[float, ...]] = {}
        bias: tuple[float, ...] = (0.0,) * len(ASPECTS)
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            name, *values = line.rstrip("\n").split("\t")
            if len(values) != len(ASPECTS):
                raise ValueError(f"aspect model row {name!r} has {len(values)} weights, not {len(ASPECTS)}")
            row = tuple(float(v) for v in values)
            if name == "__bias__":
                bias = row
            else:
                weights[name] = row
        return cls(weights, bias)

    def to_lines(self) -> list[str]:
        fmt = "\t".join
        rows = ["# feature\t" + fmt(ASPECTS), "__bias__\t" + fmt(f"{v:.5f}" for v in self.bias)]
        rows += [f"{k}\t" + fmt(f"{v:.5f}" for v in row) for k, row in sorted(self.weights.items())
                 if max(abs(v) for v in row) >= 1e-3]
        return rows


@cache
def load_aspect_model() -> AspectModel | None:
    """The shipped model, or ``None`` when the package has none."""
    try:
        text = resources.files("dyadwatch.data").joinpath("aspects.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return AspectModel.from_lines(text.splitlines())
