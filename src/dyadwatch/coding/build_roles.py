"""Maintainer tool: train the learned role labeller (:mod:`dyadwatch.coding.roles`).

Run from a checkout: ``python -m dyadwatch.coding.build_roles [--cv] [--sets a.jsonl ...]``.
It codes the project's hand-coded wire sets (``tests/data``) with the rules alone, collects
every role candidate with its features, labels it by the hand codings, fits an L2-penalised
logistic regression and writes ``src/dyadwatch/data/roles.tsv``.

``--cv`` first reports leave-one-set-out scores: for each set, a model trained on the other
sets is applied to it, and pair+quad precision, recall and F1 are printed for the rules
alone and for the rules plus the labeller at several thresholds, and how often the events
the labeller added were right. The threshold written into the model is the one with the
best mean F1 over the held-out sets among those whose additions were right at least
:data:`MIN_ADDED_PRECISION` of the time.

Only sets written for this project are used (no gold file: those are checks); a set is
never scored as a holdout after it has been trained on.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np

from ..countries import hand_key
from ..schema import quad_for_root
from .coder import Coder, Document
from .learning import NO_DOMESTIC, arguments, design, iso_date, records
from .roles import Candidate, RoleModel, actor_key

OUT = Path(__file__).resolve().parents[1] / "data" / "roles.tsv"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
L2 = 1.0
MIN_ADDED_PRECISION = 0.75
"""The threshold is chosen among those whose added events were at least this often right
in cross-validation: a wrong dyad is worse than a missed one."""


def _gold(r: dict) -> set[tuple]:
    return {(hand_key(e["source"]), hand_key(e["target"]), quad_for_root(e["code"][:2]))
            for e in r["events"]}


def collect(coder: Coder, name: str) -> list[dict]:
    """Per sentence of one set: gold triples, the rules' triples and the candidates."""
    sentences = records(name)
    docs = [Document(r["id"], r["text"], iso_date(r.get("date"))) for r in sentences]
    coder.trace = []
    rules: dict[str, set[tuple]] = {}
    for doc, events in coder.code_documents(docs):
        rules[doc.doc_id] = {(actor_key(e.source_code, e.source), actor_key(e.target_code, e.target), e.quad) for e in events}
    cands: dict[str, list[Candidate]] = {}
    for doc_id, _, found in coder.trace:
        cands.setdefault(doc_id, []).extend(found)
    coder.trace = None
    out = []
    for r in sentences:
        gold = _gold(r)
        got = rules.get(r["id"], set())
        if name in NO_DOMESTIC:
            got = {g for g in got if g[0] != g[1]}
        rows = []
        for c in cands.get(r["id"], []):
            triple = (actor_key(c.source.code, c.source.country), actor_key(c.target.code, c.target.country), quad_for_root(c.code[:2]))
            rows.append((triple, c.features, triple in gold))
        out.append({"gold": gold, "rules": got, "cands": rows})
    return out


def fit(sentences: Iterable[dict], l2: float = L2) -> RoleModel:
    """L2-penalised logistic regression over one-hot features (L-BFGS)."""
    from scipy.optimize import minimize

    rows = [(f, y) for s in sentences for _, f, y in s["cands"]]
    X, names = design(f for f, _ in rows)
    y = np.array([1.0 if lab else 0.0 for _, lab in rows])

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        b, w = theta[0], theta[1:]
        z = X @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        value = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + 0.5 * l2 * w @ w
        g = p - y
        return value, np.concatenate([[g.sum()], X.T @ g + l2 * w])

    res = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return RoleModel({n: float(v) for n, v in zip(names, res.x[1:])}, float(res.x[0]), 0.5)


def evaluate(model: RoleModel | None, sentences: list[dict], threshold: float) -> tuple[int, int, int]:
    """(tp, fp, fn) of the rules plus the candidates at ``threshold`` (rules alone: ``None``)."""
    tp = fp = fn = 0
    for s in sentences:
        gold = {g for g in s["gold"] if None not in g}
        wild = [g for g in s["gold"] if None in g]
        got = set(s["rules"])
        if model is not None:
            got |= {t for t, f, _ in s["cands"] if model.probability(f) >= threshold}
        tp += len(got & gold)
        fp += sum(1 for g in got - gold if not any(all(w is None or w == x for x, w in zip(g, wl)) for wl in wild))
        fn += len(gold - got)
    return tp, fp, fn


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> None:
    args = arguments(__doc__, OUT, L2, "report leave-one-set-out scores first").parse_args(argv)
    coder = Coder(roles=False)
    data = {name: collect(coder, name) for name in args.sets}
    n = sum(len(c["cands"]) for v in data.values() for c in v)
    pos = sum(y for v in data.values() for c in v for _, _, y in c["cands"])
    print(f"{len(data)} sets, {sum(len(v) for v in data.values())} sentences, {n} candidates, {pos} positive")
    threshold = 0.5
    if args.cv:
        gains: dict[float, list[float]] = {t: [] for t in THRESHOLDS}
        added = {t: [0, 0] for t in THRESHOLDS}
        for name in args.sets:
            model = fit((s for other, v in data.items() if other != name for s in v), args.l2)
            counts = evaluate(None, data[name], 0)
            base = _prf(*counts)
            line = f"{name:22s} rules P={base[0]:.3f} R={base[1]:.3f} F1={base[2]:.3f}"
            for t in THRESHOLDS:
                more = evaluate(model, data[name], t)
                p, r, f = _prf(*more)
                gains[t].append(f - base[2])
                added[t][0] += more[0] - counts[0]
                added[t][1] += more[1] - counts[1]
                line += f" | {t:.1f}: R={r:.3f} F1={f:.3f}"
            print(line)
        for t in THRESHOLDS:
            right, wrong = added[t]
            print(f"threshold {t:.1f}: mean F1 gain {np.mean(gains[t]):+.4f}, worst {min(gains[t]):+.4f}; "
                  f"added {right + wrong} events, {right / max(1, right + wrong):.2f} right")
        # precision first: the best mean gain among thresholds whose additions are mostly right
        ok = [t for t in THRESHOLDS if added[t][0] >= MIN_ADDED_PRECISION * max(1, sum(added[t]))] or [max(THRESHOLDS)]
        threshold = max(ok, key=lambda t: np.mean(gains[t]))
    model = fit((s for v in data.values() for s in v), args.l2)
    model.threshold = threshold
    args.out.write_text("\n".join(["# learned role labeller: python -m dyadwatch.coding.build_roles", *model.to_lines()]) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} features, threshold {threshold})")


if __name__ == "__main__":
    main()
