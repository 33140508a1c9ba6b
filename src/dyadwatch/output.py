"""Printing results: readable rich tables, or JSON / CSV for machines (``--format``)."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from rich.console import Console
from rich.table import Table


def jsonable(value: Any) -> Any:
    """Plain JSON value: dates as ISO strings, NaN as null, numpy scalars as Python."""
    if value is None:
        return None
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp: a date when it has no time of day
        value = value.to_pydatetime()
        if value.hour == value.minute == value.second == value.microsecond == 0:
            value = value.date()
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if hasattr(value, "isoformat"):  # pandas Timestamp
        return value.isoformat()
    return value


def records_from_frame(df: Any) -> list[dict]:
    return [{k: jsonable(v) for k, v in row.items()} for row in df.to_dict(orient="records")]


def make_console(stderr: bool = False) -> Console:
    """A console that does not squeeze tables to 80 columns when output is piped."""
    console = Console(stderr=stderr)
    if not console.is_terminal:
        console = Console(stderr=stderr, width=160)
    return console


def _cell(value: Any, digits: int) -> str:
    value = jsonable(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def emit(
    rows: Sequence[dict],
    fmt: str = "table",
    title: str | None = None,
    columns: Sequence[str] | None = None,
    digits: int = 3,
    console: Console | None = None,
) -> None:
    """Print ``rows`` as a table, JSON list or CSV."""
    rows = [jsonable(r) for r in rows]
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        print(buf.getvalue(), end="")
    else:
        console = console or make_console()
        table = Table(title=title, show_lines=False)
        for col in columns:
            numeric = any(isinstance(r.get(col), (int, float)) for r in rows)
            table.add_column(col, justify="right" if numeric else "left", no_wrap=numeric, min_width=min(len(col), 12))
        for r in rows:
            table.add_row(*(_cell(r.get(c), digits) for c in columns))
        console.print(table)
