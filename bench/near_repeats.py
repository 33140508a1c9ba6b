"""Maintainer tool: drop a fresh holdout's near-repeats of the earlier in-house sets.

Run: ``.venv/bin/python bench/near_repeats.py tests/data/wire_holdoutN.jsonl [--write]``

Holdout authors tend to retell the same famous events, so a verbatim check is too weak. A
sentence is a near-repeat when more than half of its word 5-grams (lower-cased, punctuation
removed) occur in any earlier ``tests/data/wire_*.jsonl`` set (the dev set and the holdouts
numbered below the target; a later holdout, still to be scored, is not read). Without
``--write`` the tool only lists the ids it would drop; with it, it rewrites the target
without them (do this once, before the set is scored).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def grams(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """The word n-grams of a sentence (lower case, punctuation removed)."""
    words = re.sub(r"[^a-z0-9 ]+", " ", text.lower()).split()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def order(path: Path) -> int:
    """Position of an in-house set: dev 0, ``wire_holdout.jsonl`` 1, ``wire_holdoutN`` N."""
    m = re.fullmatch(r"wire_holdout(\d*)\.jsonl", path.name)
    return 0 if m is None else int(m.group(1) or 1)


def near_repeats(lines: Iterable[str], seen: set[tuple[str, ...]]) -> list[str]:
    """Ids of the JSON lines whose sentence shares more than half its 5-grams with ``seen``."""
    out = []
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        g = grams(record["text"])
        if g and len(g & seen) > 0.5 * len(g):
            out.append(record["id"])
    return out


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    target = Path(argv[0])
    seen: set[tuple[str, ...]] = set()
    for other in sorted(DATA.glob("wire_*.jsonl")):
        if order(other) < order(target):
            for line in other.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    seen |= grams(json.loads(line)["text"])
    lines = target.read_text(encoding="utf-8").splitlines()
    drop = set(near_repeats(lines, seen))
    print(f"{target.name}: {len(lines) - len(drop)} kept, {len(drop)} near-repeats: {sorted(drop)}")
    if "--write" in argv:
        kept = [line for line in lines if line.strip() and json.loads(line)["id"] not in drop]
        target.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
