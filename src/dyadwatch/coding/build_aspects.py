"""Maintainer tool: train the learned aspect classifier (:mod:`dyadwatch.coding.aspect_model`).

Run from a checkout: ``python -m dyadwatch.coding.build_aspects [--cv] [--sets a.jsonl ...]``.
It codes the retired hand-coded wire sets (``tests/data``) with the coder minus the
classifier, takes the features of the first event of every sentence that has a hand-coded
aspect and an event (the event the benches score), fits an L2-penalised multinomial
logistic regression to the hand-coded aspects and writes ``src/dyadwatch/data/aspects.tsv``.

``--cv`` first reports leave-one-set-out accuracy: for each set, a model trained on the
other sets is applied to it, beside the rules' accuracy on the same events.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np

from .aspect_model import ASPECTS, AspectModel
from .coder import Coder, Document
from .learning import arguments, design, iso_date, records

OUT = Path(__file__).resolve().parents[1] / "data" / "aspects.tsv"
L2 = 3.0


def collect(coder: Coder, name: str) -> list[tuple[list[str], str, str]]:
    """(features, rules' aspect, hand-coded aspect) of the first event of each sentence."""
    sentences = [r for r in records(name) if r.get("events") and r.get("aspect") in ASPECTS]
    coder.aspect_trace = []
    first: dict[str, str] = {}
    for doc, events in coder.code_documents(Document(r["id"], r["text"], iso_date(r.get("date"))) for r in sentences):
        if events:
            first[doc.doc_id] = events[0].aspect
    feats = {doc_id: f for doc_id, sent, n, f in coder.aspect_trace if sent == 0 and n == 0}
    coder.aspect_trace = None
    return [(feats[r["id"]], first[r["id"]], r["aspect"]) for r in sentences if r["id"] in first and r["id"] in feats]


def fit(rows: Iterable[tuple[list[str], str, str]], l2: float = L2) -> AspectModel:
    """L2-penalised multinomial logistic regression over one-hot features (L-BFGS)."""
    from scipy.optimize import minimize

    rows = list(rows)
    X, names = design(f for f, _, _ in rows)
    Y = np.zeros((len(rows), len(ASPECTS)))
    for r, (_, _, label) in enumerate(rows):
        Y[r, ASPECTS.index(label)] = 1.0
    d, k = len(names), len(ASPECTS)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        W, b = theta[: d * k].reshape(d, k), theta[d * k :]
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        value = -np.sum(Y * np.log(P + 1e-12)) + 0.5 * l2 * np.sum(W * W)
        G = P - Y
        return value, np.concatenate([(X.T @ G + l2 * W).ravel(), G.sum(axis=0)])

    res = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    W = res.x[: d * k].reshape(d, k)
    return AspectModel({n: tuple(float(v) for v in W[i]) for i, n in enumerate(names)}, tuple(float(v) for v in res.x[d * k :]))


def accuracy(model: AspectModel | None, rows: list[tuple[list[str], str, str]]) -> float:
    """Share of rows whose aspect is right: the model's, or the rules' when ``model`` is None."""
    if not rows:
        return 0.0
    right = sum((rule if model is None else model.classify(f, rule, "")[0]) == label for f, rule, label in rows)
    return right / len(rows)


def main(argv: list[str] | None = None) -> None:
    args = arguments(__doc__, OUT, L2, "report leave-one-set-out accuracy first").parse_args(argv)
    coder = Coder(aspects=False)
    data = {name: collect(coder, name) for name in args.sets}
    print(f"{len(data)} sets, {sum(len(v) for v in data.values())} sentences with an aspect and an event")
    if args.cv:
        n = rules_right = model_right = 0
        for name, rows in data.items():
            model = fit((r for other, v in data.items() if other != name for r in v), args.l2)
            a, b = accuracy(None, rows), accuracy(model, rows)
            n += len(rows)
            rules_right += a * len(rows)
            model_right += b * len(rows)
            print(f"{name:22s} {len(rows):4d} sentences  rules {a:.3f}  rules + classifier {b:.3f}")
        print(f"{'all':22s} {n:4d} sentences  rules {rules_right / n:.3f}  rules + classifier {model_right / n:.3f}")
    model = fit((r for v in data.values() for r in v), args.l2)
    args.out.write_text("\n".join(["# learned aspect classifier: python -m dyadwatch.coding.build_aspects", *model.to_lines()]) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} features)")


if __name__ == "__main__":
    main()
