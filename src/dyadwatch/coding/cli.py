"""``dyadwatch code``: read news, print coded events (JSON Lines or a table).

Kept apart from :mod:`dyadwatch.cli` so that the command stays a thin shell: this module
reads the input (:mod:`~dyadwatch.coding.documents`), codes it as a stream and writes one JSON
object per event to stdout as soon as its document is coded. Warnings about skipped items go
to stderr, naming file and line, followed by a count; the caller exits non-zero when
anything was skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .coder import CodedEvent, Coder
from .documents import read_documents

TABLE_COLUMNS = ("doc_id", "sentence", "date", "source", "target", "code", "quad", "goldstein", "aspect", "tone", "confidence", "text")


def _events(file: str, err: Console, skipped: list[tuple[str, str]], learned: bool = True):
    def on_skip(where: str, why: str) -> None:
        skipped.append((where, why))
        err.print(f"[yellow]warning:[/yellow] {where}: {why} (skipped)", highlight=False, soft_wrap=True)

    if file == "-":
        docs = read_documents(Path("<stdin>"), on_skip, stream=sys.stdin.buffer)
    else:
        docs = read_documents(Path(file), on_skip)
    coder = Coder(roles=learned, aspects=learned)
    return coder.code_documents(docs)


def run_code(file: str, fmt: str, err: Console, learned: bool = True) -> int:
    """Code ``file`` (``-``: stdin) and print the events; returns how many items were skipped.
    ``learned=False`` leaves out the learned role labeller and aspect classifier (rules only)."""
    skipped: list[tuple[str, str]] = []
    out = sys.stdout
    rows: list[CodedEvent] = []
    show = err.is_terminal
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err, transient=True, disable=not show) as bar:
        task = bar.add_task("coding", total=None)
        n_docs = n_events = 0
        for _, events in _events(file, err, skipped, learned):
            n_docs += 1
            n_events += len(events)
            if fmt == "jsonl":
                for ev in events:
                    out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
            else:
                rows.extend(events)
            bar.update(task, description=f"coding: {n_docs} documents, {n_events} events")
    if fmt == "table":
        from ..output import emit

        emit([{k: ev.to_dict()[k] for k in TABLE_COLUMNS} for ev in rows], "table", title=f"Events coded from {file}")
    if skipped:
        err.print(f"{len(skipped)} item(s) skipped; the rest was coded.")
    return len(skipped)
