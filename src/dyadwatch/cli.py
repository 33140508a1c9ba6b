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
    if r.recoded:
        return f"recoded: {r.replaced} events replaced"
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
@click.option("--recode", is_flag=True, help="Code the sample again with this version's coder, replacing its events.")
@click.pass_context
def ingest_sample_cmd(ctx: click.Context, recode: bool) -> None:
    """The bundled demo news: 140 dated reports on the South Caucasus, 2020-2025."""
    from importlib import resources

    from .sources.text import ingest_text

    sample = resources.files("dyadwatch.data").joinpath("caucasus_2020_2025.jsonl")
    with resources.as_file(sample) as path:
        run_ingest(ctx, (str(path),), lambda store, p: ingest_text(store, p, recode=recode), "sample news")


@ingest.command("text")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--recode", is_flag=True,
              help="Code the files again with the current coder, replacing their articles' stored events "
                   "(also for files ingested before).")
@click.pass_context
def ingest_text_cmd(ctx: click.Context, paths: tuple[str, ...], recode: bool) -> None:
    """News text (.txt, .jsonl, .html, RSS/Atom): coded into events; repeated articles once."""
    from .sources.text import TextIngest

    ing = TextIngest(on_skip=lambda where, why: err_console.print(f"[yellow]warning:[/yellow] {where}: {why} (skipped)", highlight=False, soft_wrap=True))
    try:
        run_ingest(ctx, paths, lambda store, p: ing.ingest(store, p, recode=recode), "text --recode" if recode else "text")
    finally:
        if ing.skipped:
            err_console.print(f"{len(ing.skipped)} item(s) skipped; the rest was coded.")
    if ing.skipped:
        sys.exit(1)


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


@main.command("code")
@click.argument("file", default="-", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--rules-only", is_flag=True, help="Rules alone: leave out the learned role labeller's events and the learned aspect classifier (rules 'learned:…').")
@click.pass_context
def code_cmd(ctx: click.Context, file: str, fmt: str, rules_only: bool) -> None:
    """Code events from news text (plain text, or JSON Lines with 'text'); '-' reads stdin."""
    from .coding.cli import run_code

    skipped = run_code(file, fmt, err_console, learned=not rules_only)
    if skipped:
        sys.exit(1)


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
@click.argument("a")
@click.argument("b")
@click.option("--as-of", "as_of", help="Assess as of this day (YYYY-MM-DD; default: the last day with data).")
@click.option("--window", type=int, default=6, show_default=True, help="Recent window, in months.")
@click.option("--baseline", type=int, default=24, show_default=True,
              help="Baseline months before the window (shortened to the data, with a note).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "md"]), default="table", show_default=True)
@click.pass_context
def assess(ctx: click.Context, a: str, b: str, as_of: str | None, window: int, baseline: int, fmt: str) -> None:
    """State of the A-B relationship, turning points, drivers, stances, third parties."""
    with open_store(ctx, read_only=True) as store:
        result = api.assess(store, a, b, as_of=parse_date(as_of, "--as-of"), window=window, baseline=baseline)
    from .analysis.report import print_tables, to_markdown

    if fmt == "json":
        import json

        from .output import jsonable

        print(json.dumps(jsonable(result.to_dict()), indent=2, ensure_ascii=False))
    elif fmt == "md":
        print(to_markdown(result), end="")
    else:
        print_tables(result, make_console())


@main.command("brief")
@click.argument("a")
@click.argument("b")
@click.option("--as-of", "as_of", help="Brief as of this day (YYYY-MM-DD; default: the last day with data).")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "pdf"]),
              help="Output format (default: from the -o suffix, else md).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (default: stdout; "
              "a PDF needs a file). A Markdown file gets its charts as SVG files beside it.")
@click.option("--playbook", type=click.Path(dir_okay=False), help="Playbook YAML replacing the bundled one.")
@click.pass_context
def brief_cmd(ctx: click.Context, a: str, b: str, as_of: str | None, fmt: str | None, output: str | None,
              playbook: str | None) -> None:
    """The analyst brief: headline, summary, key factors, tables, recommendations, sources."""
    from .brief import build_brief
    from .brief.playbook import load_playbook
    from .brief.render import render, write_brief

    day = parse_date(as_of, "--as-of")
    if fmt is None:
        fmt = {".html": "html", ".htm": "html", ".pdf": "pdf"}.get(Path(output).suffix.lower(), "md") if output else "md"
    if fmt == "pdf" and not output:
        raise DyadwatchError("--format pdf needs -o FILE (a PDF is not printed to the terminal)")
    book = load_playbook(playbook)
    with open_store(ctx, read_only=True) as store:
        a, b = api.check_code(store, a), api.check_code(store, b)
        result = build_brief(store.events_table(), a, b, as_of=day, playbook=book)
    if output:
        click.echo(str(write_brief(result, output, fmt)))
    else:
        click.echo(render(result, fmt), nl=False)


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


# --- sync ------------------------------------------------------------------------------------


@main.group()
def sync() -> None:
    """Fetch new files from a live feed, verify them and ingest them."""


@sync.command("gdelt")
@click.option(
    "--since", required=True,
    help="First 15-minute file: YYYY-MM-DD, YYYYMMDDHHMMSS, or 'latest' (the newest, from lastupdate.txt).",
)
@click.option("--until", help="Last 15-minute file, inclusive: YYYY-MM-DD (to the day's end) or YYYYMMDDHHMMSS.")
@click.option("--base-url", help="Where the lists and files are read (default: http://data.gdeltproject.org/gdeltv2/).")
@click.option(
    "--cache-dir", type=click.Path(file_okay=False),
    help="Folder for verified downloads (default: gdelt-cache beside the store).",
)
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Further attempts after a failed download (waits $DYADWATCH_SYNC_BACKOFF s, default 1, doubling).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds without network progress before an attempt fails.")
@click.pass_context
def sync_gdelt_cmd(
    ctx: click.Context, since: str, until: str | None, base_url: str | None, cache_dir: str | None,
    retries: int, timeout: float,
) -> None:
    """GDELT 2.0 event exports: list, download, check size and MD5, ingest; resumable.

    Exit status 1 if any file of the range failed; run the same command again to retry.
    """
    from rich.progress import TaskID

    from .sources.feed import SyncEvent, backoff_from_env, check_base_url, resolve_range, sync_gdelt

    resolve_range(since, until)  # argument mistakes end here, before a store or a bar opens
    backoff_from_env()
    if base_url is not None:
        check_base_url(base_url)
    try:
        with open_store(ctx) as store, progress() as bar:
            tasks: dict[str, TaskID] = {}
            counts = {"listed": 0, "done": 0}

            def report(ev: SyncEvent) -> None:
                if ev.kind == "list":
                    if "list" in tasks:
                        bar.reset(tasks["list"], total=ev.total)
                    else:
                        tasks["list"] = bar.add_task("read file list (bytes)", total=ev.total)
                elif ev.kind == "list-bytes":
                    bar.advance(tasks["list"], ev.advance)
                elif ev.kind == "listed":
                    tasks["files"] = bar.add_task("sync gdelt", total=ev.total)
                    counts["listed"] = ev.total or 0
                elif ev.kind == "file":
                    bar.update(tasks["files"], description=f"sync {ev.name}")
                elif ev.kind == "retry":
                    bar.console.print(f"[yellow]retry:[/yellow] {ev.name}: {ev.message} (again in {ev.delay:g} s)",
                                      highlight=False, soft_wrap=True)
                elif ev.kind == "done":
                    if ev.result is not None and ev.result.failed:
                        bar.console.print(f"[red]error:[/red] {ev.name}: {ev.result.error}", highlight=False, soft_wrap=True)
                    bar.advance(tasks["files"])
                    counts["done"] += 1
                    if counts["done"] == counts["listed"]:
                        bar.update(tasks["files"], description="sync gdelt")

            result = sync_gdelt(store, since, until, base_url, cache_dir, retries=retries, timeout=timeout,
                                progress=report)
    except KeyboardInterrupt:
        err_console.print("interrupted: verified downloads are kept; run the same command again to resume.")
        sys.exit(130)
    emit([result.summary()], "table", title=f"GDELT sync into {ctx.obj['db']} (files in {result.cache_dir})")
    if result.failures:
        emit([{"file": f.name, "stage": f.stage, "reason": f.error} for f in result.failures], "table",
             title="Failed files")
    if result.unreadable:
        err_console.print(f"warning: {result.unreadable} line(s) of {result.list_url} name an export file "
                          "whose name could not be read", highlight=False, soft_wrap=True)
    if not result.files:
        err_console.print(f"no GDELT event exports in that range in {result.list_url}", highlight=False, soft_wrap=True)
    if result.failures:
        err_console.print(f"{result.failed} of {result.listed} file(s) failed; the store holds none of their rows. "
                          "Run the same command again to retry them.", highlight=False, soft_wrap=True)
        sys.exit(1)


# --- watchlist and web app ---------------------------------------------------------------------


@main.group()
def watch() -> None:
    """The watchlist: dyads to follow, and their state changes (the dashboard shows the same)."""


def _watchlist(ctx: click.Context):
    from .watchlist import Watchlist

    return Watchlist.for_store(ctx.obj["db"])


@watch.command("add")
@click.argument("a")
@click.argument("b")
@click.pass_context
def watch_add_cmd(ctx: click.Context, a: str, b: str) -> None:
    """Watch the A-B dyad."""
    wl = _watchlist(ctx)
    added = wl.add(a, b)
    a, b = a.strip().upper(), b.strip().upper()
    click.echo(f"watching {a}–{b}" if added else f"{a}–{b} is watched already")


@watch.command("remove")
@click.argument("a")
@click.argument("b")
@click.pass_context
def watch_remove_cmd(ctx: click.Context, a: str, b: str) -> None:
    """Stop watching the A-B dyad."""
    a, b = a.strip().upper(), b.strip().upper()
    if not _watchlist(ctx).remove(a, b):
        raise DyadwatchError(f"{a}–{b} is not on the watchlist (see 'dyadwatch watch list')")
    click.echo(f"no longer watching {a}–{b}")


@watch.command("list")
@click.option("--format", "fmt", type=FORMAT, default="table", show_default=True)
@click.pass_context
def watch_list_cmd(ctx: click.Context, fmt: str) -> None:
    """The watched dyads with the state found at the last check."""
    from .countries import name_for

    wl = _watchlist(ctx)
    rows = [
        {"a": w.a, "b": w.b, "dyad": f"{name_for(w.a)} – {name_for(w.b)}", "state": w.state or "",
         "confidence": w.confidence, "as_of": w.as_of or "", "checked_at": w.checked_at or "", "added_at": w.added_at}
        for w in wl.items()
    ]
    if not rows and fmt == "table":
        click.echo("nothing watched yet: dyadwatch watch add A B")
        return
    emit(rows, fmt, title=f"Watchlist ({wl.path})")


@watch.command("check")
@click.option("--format", "fmt", type=FORMAT, default="table", show_default=True)
@click.pass_context
def watch_check_cmd(ctx: click.Context, fmt: str) -> None:
    """Assess every watched dyad and print the state changes since the last check.

    Exit status: 0 no change, 1 some state changed (for cron), 2 no change but some dyad
    could not be assessed.
    """
    from .watchlist import Observation

    wl = _watchlist(ctx)
    if not wl.items():
        raise DyadwatchError("nothing watched yet: dyadwatch watch add A B")
    with open_store(ctx, read_only=True) as store:

        def observe(a: str, b: str) -> Observation:
            r = api.assess(store, a, b)
            return Observation(r.state, r.confidence, r.as_of.isoformat())

        result = wl.check(observe)
    rows = [
        {"dyad": f"{c.a}–{c.b}", "was": c.old_state or "", "now": c.new_state, "confidence": c.confidence,
         "as_of": c.as_of, "note": "first check" if c.first else "changed"}
        for c in [*result.changes, *result.first]
    ]
    if fmt != "table":
        emit(rows, fmt)
    else:
        if rows:
            emit(rows, "table", title=f"Watchlist check {result.checked_at}")
        click.echo(f"{len(result.changes)} of {len(result.observed) + len(result.failures)} watched dyad(s) "
                   "changed state since the last check")
    for (a, b), msg in result.failures.items():
        err_console.print(f"[red]error:[/red] {a}–{b}: {msg}", highlight=False, soft_wrap=True)
    if result.changes:
        sys.exit(1)
    if result.failures:
        sys.exit(2)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--check-interval", type=click.FloatRange(min=0.1), default=2.0, show_default=True,
              help="Seconds between looks at the store file for new data.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, check_interval: float) -> None:
    """The dashboard and REST API (http://HOST:PORT/, spec at /api/openapi.json).

    Reading is open; writing (the watchlist) needs $DYADWATCH_TOKEN. The server reads a
    private copy of the store, so 'ingest' and 'sync' can run while it serves.
    """
    import os

    import uvicorn

    from .web.app import TOKEN_ENV, create_app, is_loopback, listen_socket

    db = ctx.obj["db"]
    if str(db) == ":memory:" or not Path(db).exists():
        raise DyadwatchError(f"{db}: no store here yet (run 'dyadwatch ingest ...' first, or pass --db)")
    token = os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        err_console.print(
            f"[yellow]warning:[/yellow] listening on {host}, beyond this machine, without {TOKEN_ENV}: "
            "anyone who can reach it can read the store (writing stays off until a token is set)",
            highlight=False, soft_wrap=True)
    sock = listen_socket(host, port)
    app = create_app(db, token=token, check_interval=check_interval)
    try:
        app.state.service.snapshots.open()
        err_console.print(f"dyadwatch: serving {db} on http://{host}:{port}/ "
                          f"(writing {'on' if token else f'off: set {TOKEN_ENV}'})", highlight=False, soft_wrap=True)
        uvicorn.Server(uvicorn.Config(app, log_level="warning", server_header=False)).run(sockets=[sock])
    finally:
        sock.close()
        app.state.service.snapshots.close()


if __name__ == "__main__":  # pragma: no cover
    main()
