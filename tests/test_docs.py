"""The docs cover what the code defines: every event column, every CLI command."""

from __future__ import annotations

from pathlib import Path

import click

from dyadwatch.cli import main
from dyadwatch.schema import EVENT_COLUMNS

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_every_event_column_is_documented() -> None:
    text = (DOCS / "event-record.md").read_text(encoding="utf-8")
    for c in EVENT_COLUMNS:
        assert f"`{c.name}`" in text, c.name


def _commands(group: click.Group, prefix: str = "dyadwatch") -> list[str]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if isinstance(cmd, click.Group):
            out += _commands(cmd, path)
        else:
            out.append(path)
    return out


def test_every_cli_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    headings = {line.lstrip("#").strip().strip("`") for line in text.splitlines() if line.startswith("#")}
    missing = [c for c in _commands(main) if c not in headings]
    assert not missing, f"docs/cli.md has no heading for: {missing}"
