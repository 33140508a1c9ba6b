"""What the coder's two learned parts share at training time: the hand-coded wire sets and
the one-hot design matrix.

Both maintainer tools (:mod:`~dyadwatch.coding.build_roles`, :mod:`~dyadwatch.coding.build_aspects`)
train on the project's own hand-coded wire sets (``tests/data``) and only on those that
have been scored once as holdouts and retired (no gold file: those are checks).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
SETS = ["wire_dev.jsonl", "wire_holdout.jsonl"] + [f"wire_holdout{i}.jsonl" for i in range(2, 40)]
"""The retired sets, in the order they were written (a test checks they are all retired)."""
NO_DOMESTIC = {"wire_holdout2.jsonl"}  # written before domestic events were coded
MIN_COUNT = 2
"""A feature seen in fewer training rows than this gets no weight."""


def records(name: str) -> list[dict]:
    """The hand-coded sentences of one set (``tests/data/<name>``)."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def iso_date(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s) if s else None
    except ValueError:
        return None


def design(rows: Iterable[list[str]], min_count: int = MIN_COUNT) -> tuple[object, list[str]]:
    """One-hot design matrix (scipy CSR, one row per feature list) over the features seen in
    at least ``min_count`` rows, and the features' names in column order."""
    from scipy import sparse

    rows = list(rows)
    counts: dict[str, int] = {}
    for f in rows:
        for x in set(f):
            counts[x] = counts.get(x, 0) + 1
    names = sorted(k for k, v in counts.items() if v >= min_count)
    index = {x: i for i, x in enumerate(names)}
    ii, jj = [], []
    for r, f in enumerate(rows):
        for j in {index[x] for x in f if x in index}:
            ii.append(r)
            jj.append(j)
    return sparse.csr_matrix((np.ones(len(ii)), (ii, jj)), shape=(len(rows), len(names))), names


def arguments(doc: str, out: Path, l2: float, cv_help: str) -> argparse.ArgumentParser:
    """The command line both maintainer tools take: ``--cv``, ``--sets``, ``--out``, ``--l2``."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--cv", action="store_true", help=cv_help)
    ap.add_argument("--sets", nargs="*", default=SETS)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--l2", type=float, default=l2, help="L2 penalty (default %(default)s)")
    return ap
