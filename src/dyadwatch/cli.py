"""The ``dyadwatch`` command: a thin shell that parses arguments, calls the library, prints.

User mistakes (bad files, unknown codes, bad dates) end with a one-line ``error: ...`` on
stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import api
from .output import emit, make_console
from .store import DyadwatchError, IngestError, Store, default_db_path

err_console = Console(stderr=True)

FORMAT = click.Choice(["table", "json", "csv"])


class DyadwatchGroup(click.Group):
    """Turns DyadwatchError into a one-line message and exit status 1."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except DyadwatchError as e:
            err_console.print(f"[red]error:[/red] {e}", highlight=False, soft_wrap=True)
            sys.exit(1)


def open_store(ctx: click.Context, read_only: bool = False) -> Store:
    path = ctx.obj["db"]
    if read_only and str(path) != ":memory:" and not Path(path).exists():
        raise DyadwatchError(f"{path}: no store here yet (run 'dyadwatch ingest ...' first, or pass --db)")
    return Store(path, read_only=read_only)


def parse_date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DyadwatchError(f"{name}: {value!r} is not a date (use YYYY-MM-DD)") from None


def progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    )


@click.group(cls=DyadwatchGroup)
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar="DYADWATCH_DB",
    default=None,
    help="DuckDB store file (default: $DYADWATCH_DB, else dyadwatch.duckdb in the user data dir).",
)
@click.version_option(package_name="dyadwatch")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """dyadwatch: measure, monitor and explain the relationship between two states."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = Path(db) if db else default_db_path()


# --- ingest ----------------------------------------------------------------------------------


@main.group()
def ingest() -> None:
    """Load event data or news text into the store."""


def _ingest_note(r) -> str:
    if r.already_ingested:
        return "already ingested"
    if r.dataset == "gkg":
        return f"{r.refined} events' aspect refined"
    return f"{r.duplicates} duplicates skipped" if r.duplicates else ""


def run_ingest(ctx: click.Context, paths: tuple[str, ...], fn, label: str) -> None:
    """Ingest each file in its own transaction; report every file; exit 1 if any failed."""
    results, failures = [], []
    with open_store(ctx) as store, progress() as bar:
        task = bar.add_task(f"ingest {label}", total=len(paths))
        for p in paths:
            try:
                results.append(fn(store, p))
            except IngestError as e:
                failures.append(e)
                bar.console.print(f"[red]error:[/red] {e}", highlight=False, soft_wrap=True)
            bar.advance(task)
    rows = [
        {
            "file": Path(r.path).name,
            "dataset": r.dataset,
            "rows": r.rows_read,
            "added": r.rows_added,
            "note": _ingest_note(r),
        }
        for r in results
    ]
    if rows:
        emit(rows, "table", title=f"Ingested into {ctx.obj['db']}")
    if failures:
        err_console.print(f"{len(failures)} of {len(paths)} file(s) failed; the store holds none of their rows.")
        sys.exit(1)


@ingest.command("gdelt")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.pass_context
def ingest_gdelt_cmd(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """GDELT 1.0/2.0 event exports (.CSV or .CSV.zip, headerless)."""
    from .sources.gdelt import ingest_gdelt

    run_ingest(ctx, paths, ingest_gdelt, "gdelt")


@ingest.command("icews")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.pass_context
def ingest_icews_cmd(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """ICEWS event files (.tab, tab-separated with a header)."""
    from .sources.icews import ingest_icews

    run_ingest(ctx, paths, ingest_icews, "icews")


@ingest.command("gkg")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.pass_context
def ingest_gkg_cmd(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """GDELT GKG 2.0 files: their themes refine the aspect of events from the same article."""
    from .sources.gkg import ingest_gkg

    run_ingest(ctx, paths, ingest_gkg, "gkg")


@ingest.command("sample")
@click.pass_context
def ingest_sample_cmd(ctx: click.Context) -> None:
    """The bundled demo news: 140 dated reports on the South Caucasus, 2020-2025."""
    from importlib import resources

    from .sources.text import ingest_text

    sample = resources.files("dyadwatch.data").joinpath("caucasus_2020_2025.jsonl")
    with resources.as_file(sample) as path:
        run_ingest(ctx, (str(path),), ingest_text, "sample news")


@ingest.command("parquet")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.pass_context
def ingest_parquet_cmd(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Parquet files written by 'dyadwatch export'."""
    run_ingest(ctx, paths, lambda store, p: store.import_parquet(p), "parquet")


@main.command("export")
@click.argument("path", type=click.Path(dir_okay=False))
@click.pass_context
def export_cmd(ctx: click.Context, path: str) -> None:
    """Write every stored event to one Parquet file."""
    with open_store(ctx, read_only=True) as store:
        n = store.export_parquet(path)
    click.echo(f"wrote {n} events to {path}")


# --- queries ---------------------------------------------------------------------------------


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["day", "week", "month", "quarter", "year"]), default="month", show_default=True)
@click.option("--directed", is_flag=True, help="Only events with A as source and B as target.")
@click.option("--from", "start", help="First day (YYYY-MM-DD).")
@click.option("--to", "end", help="Last day (YYYY-MM-DD).")
@click.option("--format", "fmt", type=FORMAT, default="table", show_default=True)
@click.pass_context
def series(ctx: click.Context, a: str, b: str, by: str, directed: bool, start: str | None, end: str | None, fmt: str) -> None:
    """Cooperation-conflict balance of the A-B dyad, one row per period."""
    with open_store(ctx, read_only=True) as store:
        rows = api.series(
            store, a, b, by=by, directed=directed,
            start=parse_date(start, "--from"), end=parse_date(end, "--to"),
        )
    arrow = "→" if directed else "–"
    emit(rows, fmt, title=f"{a.upper()} {arrow} {b.upper()} by {by}")


@main.command()
@click.option("--top", default=10, show_default=True, help="How many dyads to list.")
@click.option("--format", "fmt", type=FORMAT, default="table", show_default=True)
@click.pass_context
def stats(ctx: click.Context, top: int, fmt: str) -> None:
    """What the store holds: rows per dataset, date range, top dyads, ingested files."""
    with open_store(ctx, read_only=True) as store:
        s = api.stats(store, top=top)
    if fmt == "json":
        import json

        from .output import jsonable

        print(json.dumps(jsonable(s), indent=2))
        return
    out = make_console()
    out.print(f"[bold]{s['db']}[/bold]: {s['events']:,} events")
    emit(s["datasets"], fmt, title="Datasets", console=out)
    emit(s["top_dyads"], fmt, title="Top dyads (undirected)", console=out)
    emit(s["files"], fmt, title="Ingested files", console=out)


if __name__ == "__main__":  # pragma: no cover
    main()
