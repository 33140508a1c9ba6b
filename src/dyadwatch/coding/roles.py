"""A learned role labeller: which named actors are the source and target of a coded verb.

The rules of :mod:`dyadwatch.coding.coder` decide the event type of a verb well, and its
roles well when the small parser attaches the words right. When it does not — a target
hung on the wrong verb, a subject read as an apposition, the second event of a dense
sentence — the rules find no pair, or the wrong one. The labeller looks at the same verbs
and proposes the pairs the rules did not produce.

**Candidates.** For every verb the rules gave a code (after negation, speculation and the
other filters: :attr:`Candidate.code` is the rules' final code), every ordered pair of
actors named in the sentence (two different country keys; the United Nations and other
organisations without a country count as one key, ``IGO``) whose triple (source, target,
quad of the code) the rules did not already emit.

**Features** (strings, one-hot): the dependency path from each actor's head word to the
verb (labels up to the lowest common ancestor, then down; prepositions by their word), the
two paths together, each path with the verb's word and with the CAMEO root, the order of
source, verb and target, distances, the actors' types, and what the rules did with the
verb and the sentence (whether this actor was the verb's rule source, whether the rules
coded the pair the other way or with another quad, whether they coded nothing at all).

**Model.** Logistic regression, :math:`p = \\sigma(b + \\sum_{f \\in F} w_f)`, trained
with an L2 penalty on the project's hand-coded wire sets (``tests/data/wire_*.jsonl``: a
candidate is positive when its (source, target, quad) triple is a hand coding of the
sentence) by ``python -m dyadwatch.coding.build_roles``, which writes
``data/roles.tsv`` (feature, weight; the first row is the bias, the second the threshold).
A candidate with :math:`p \\ge` the threshold is emitted, at confidence ``0.6 * p``, with
rule ``learned:<rule of the verb>``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .actors import Mention, split_code
from .events import base_form

_MAX_PATH = 5


def actor_key(code: str, country: str | None) -> str | None:
    """Country-level key of an actor: its country; ``IGO`` for an organisation without one."""
    if country is not None:
        return country
    _, kind = split_code(code)
    return "IGO" if kind == "IGO" or code.upper().startswith("IGO") else None


@dataclass(slots=True)
class Candidate:
    """An ordered pair of mentions for one coded verb, with its features."""

    source: Mention
    target: Mention
    pred: Any
    code: str
    rule: str
    features: list[str]


def head_of(m: Mention, doc: Any) -> Any:
    """The word of a mention whose head lies outside it (the mention's syntactic head)."""
    for i in range(m.start, m.end):
        tok = doc[i]
        if not m.start <= tok.head.i < m.end or tok.head.i == tok.i:
            return tok
    return doc[m.end - 1]


def _label(tok: Any) -> str:
    if tok.dep_ in ("prep", "agent"):
        return tok.dep_ + ":" + tok.lower_
    return tok.dep_


def path(a: Any, b: Any, chains: dict[int, list[Any]] | None = None) -> str:
    """Dependency path from ``a`` up to the lowest common ancestor and down to ``b``:
    ``pobj^prep:with^`` is "the object of a `with` attached to the verb". ``chains`` caches
    each word's chain of ancestors (itself first)."""
    if chains is None:
        chains = {}
    up = chains.get(a.i) or chains.setdefault(a.i, [a, *a.ancestors])
    down = chains.get(b.i) or chains.setdefault(b.i, [b, *b.ancestors])
    where = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in where:
            ups = [_label(x) for x in up[:k]]
            downs = [_label(x) for x in reversed(down[: where[t.i]])]
            if len(ups) + len(downs) > _MAX_PATH:
                return "long"
            return "^".join(ups) + ("^" if ups else "") + "|" + "v".join(downs)
    return "none"


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8+"


def _conjoined(a: Any, b: Any) -> bool:
    """``a`` and ``b`` are members of one coordination ("Russia and Turkey")."""
    def top(t: Any) -> Any:
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        return t
    return top(a).i == top(b).i


class VerbCandidates:
    """The features of every actor pair for one coded verb (see the module docstring).

    The model is linear, so a pair's score is the sum of four parts computed once each:
    the verb's own features, the source side's (its path to the verb, its type, its
    distance), the target side's, and the few that need both (the two paths together,
    the order, coordination). ``rules`` says what the rule coder did: ``sources`` (keys it
    found as the verb's sources), ``pairs`` (the sentence's (source, target) key pairs with
    any quad), ``quad_pairs`` (with this quad), ``sentence_coded`` (whether the sentence
    yielded any event)."""

    def __init__(self, pred: Any, code: str, rule: str, doc: Any, rules: dict[str, Any],
                 heads: dict[int, Any] | None = None, chains: dict[int, list[Any]] | None = None):
        self.pred, self.code, self.rule, self.doc, self.rules = pred, code, rule, doc, rules
        self.heads = {} if heads is None else heads
        """Mention start → head word, shared by the sentence's verbs."""
        self.chains = {} if chains is None else chains
        """Word → its ancestors, shared by the sentence's verbs."""
        self._paths: dict[int, tuple[Any, str]] = {}
        self.root = code[:2]
        self.verb = base_form(pred.text)
        self.verb_features = ["r=" + self.root, "v=" + self.verb, "rule=" + rule.split(":")[0]]
        if not rules["sentence_coded"]:
            self.verb_features.append("sentence_uncoded")
        self._sides: dict[tuple[int, str], tuple[Any, str, list[str]]] = {}

    def side(self, m: Mention, role: str) -> tuple[Any, str, list[str]]:
        """(head word, path to the verb, features) of a mention as source (``s``) or target (``t``)."""
        key = (m.start, role)
        got = self._sides.get(key)
        if got is None:
            hp = self._paths.get(m.start)
            if hp is None:
                head = self.heads.get(m.start) or self.heads.setdefault(m.start, head_of(m, self.doc))
                hp = self._paths[m.start] = (head, path(head, self.pred, self.chains))
            head, p = hp
            out = ["p" + role + "=" + p, "rp" + role + "=" + self.root + "/" + p, "vp" + role + "=" + self.verb + "/" + p,
                   "p" + role + "1=" + p.split("|")[0][:12], "d" + role + "=" + _bucket(abs(head.i - self.pred.i)),
                   "t" + role + "=" + str(m.type), "h" + role + "=" + (head.lower_ if head.pos_ != "PROPN" else "PROPN")]
            k = actor_key(m.code, m.country)
            if k in self.rules["sources"]:
                out.append("rule_src" if role == "s" else "rule_tgt_is_src")
            got = self._sides[key] = (head, p, out)
        return got

    def pair_features(self, src: Mention, tgt: Mention) -> list[str]:
        """The features that need both sides."""
        hs, ps, _ = self.side(src, "s")
        ht, pt, _ = self.side(tgt, "t")
        order = "".join(x for _, x in sorted(((hs.i, "S"), (self.pred.i, "V"), (ht.i, "T"))))
        out = ["pp=" + ps + "/" + pt, "o=" + order, "ro=" + self.root + "/" + order]
        if _conjoined(hs, ht):
            out += ["coord", "coord/r=" + self.root]
        ks, kt = actor_key(src.code, src.country), actor_key(tgt.code, tgt.country)
        if (ks, kt) in self.rules["pairs"]:
            out.append("rule_pair_other_quad")
        if (kt, ks) in self.rules["quad_pairs"]:
            out.append("rule_reverse/r=" + self.root)
        return out

    def features(self, src: Mention, tgt: Mention) -> list[str]:
        """All features of the pair (for training)."""
        return self.verb_features + self.side(src, "s")[2] + self.side(tgt, "t")[2] + self.pair_features(src, tgt)


class RoleModel:
    """Weights of the labeller (``data/roles.tsv``)."""

    PAIR_FAMILIES = ("pp=", "o=", "ro=", "coord/r=", "coord", "rule_pair_other_quad", "rule_reverse/r=")
    """Prefixes of the features :meth:`VerbCandidates.pair_features` gives (at most one each)."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float):
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    @property
    def threshold(self) -> float:
        return self._threshold

    @threshold.setter
    def threshold(self, value: float) -> None:
        self._threshold = value
        self.cut = math.log(value / (1 - value)) if 0 < value < 1 else (-math.inf if value <= 0 else math.inf)
        """The threshold as a logit."""
        best: dict[str, float] = {}
        for name, w in self.weights.items():
            family = next((f for f in self.PAIR_FAMILIES if name.startswith(f)), None)
            if family is not None:
                best[family] = max(best.get(family, 0.0), w)
        self.pair_bound = sum(best.values())
        """The most the pair features can add to a logit (for pruning)."""

    def logit(self, feats: list[str]) -> float:
        """:math:`\\sum_{f} w_f` over ``feats`` (without the bias)."""
        w = self.weights
        return sum(w.get(f, 0.0) for f in feats)

    def probability(self, feats: list[str]) -> float:
        return 1.0 / (1.0 + math.exp(-(self.bias + self.logit(feats))))

    @classmethod
    def from_lines(cls, lines: list[str]) -> RoleModel:
        weights: dict[str, float] = {}
        bias = threshold = 0.0
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            name, value = line.rstrip("\n").split("\t")
            if name == "__bias__":
                bias = float(value)
            elif name == "__threshold__":
                threshold = float(value)
            else:
                weights[name] = float(value)
        return cls(weights, bias, threshold)

    def to_lines(self) -> list[str]:
        rows = [f"__bias__\t{self.bias:.6f}", f"__threshold__\t{self.threshold:.4f}"]
        rows += [f"{k}\t{v:.6f}" for k, v in sorted(self.weights.items()) if abs(v) >= 1e-4]
        return rows


@cache
def load_roles() -> RoleModel | None:
    """The shipped model, or ``None`` when the package has none."""
    try:
        text = resources.files("dyadwatch.data").joinpath("roles.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return RoleModel.from_lines(text.splitlines())
