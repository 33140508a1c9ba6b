"""The DuckDB event store: the ``events`` table, the ledger of ingested files, Parquet
export/import, and an Ibis connection over the same database.

Ingest is transactional and idempotent:

* a file whose MD5 is already in the ledger adds nothing;
* rows whose ``(dataset, event_id)`` is already stored are not added again;
* everything a file writes (its rows, its ledger entry, aspect refinements) happens in one
  transaction, so a file that fails leaves the store exactly as it was.

A source may instead *replace* what the store holds for a file (``replace``, see
:meth:`Store.ingest_with`; ``ingest text --recode`` re-codes articles this way): the rows it
names, and the rows the file itself added before, are deleted and the file's rows inserted in
the same one transaction; a file already in the ledger keeps its ledger row.

DuckDB allows one writing process at a time; readers that only analyse open the file
read-only (``Store(path, read_only=True)``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from .schema import EVENT_COLUMN_NAMES, events_ddl

DB_ENV = "DYADWATCH_DB"


class DyadwatchError(Exception):
    """A user-facing error: printed as one line, exit status non-zero, no traceback."""


class IngestError(DyadwatchError):
    """A file could not be ingested; the message names the file and, where known, the line."""

    def __init__(self, path: str | Path, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


@dataclass
class IngestResult:
    path: str
    dataset: str
    file_id: int | None
    rows_read: int
    rows_added: int
    already_ingested: bool = False
    refined: int = 0
    """Events whose aspect was refined from article themes by this file."""
    recoded: bool = False
    """The file replaced what the store held for it (``ingest text --recode``)."""
    replaced: int = 0
    """Stored rows deleted because this file's rows replace them (when ``recoded``)."""

    @property
    def duplicates(self) -> int:
        return self.rows_read - self.rows_added


def default_db_path() -> Path:
    """``$DYADWATCH_DB`` if set, else ``dyadwatch.duckdb`` in the user's data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("dyadwatch")) / "dyadwatch.duckdb"


def file_md5(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.md5()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


# A stager fills the TEMP table ``staged`` (the event columns but file_id and ingested_at)
# from one file, or raises IngestError. It runs inside the ingest transaction.
Stager = Callable[[duckdb.DuckDBPyConnection, Path], None]

# A loader gets the connection, the path and ``insert``: a function that appends the rows of
# a SELECT (yielding the staged columns) to the events table under the file's ledger id and
# returns how many it wrote. Sources that parse in SQL use it to go from file to table in one
# pass, without a temporary copy.
Insert = Callable[[str], int]
Loader = Callable[[duckdb.DuckDBPyConnection, Path, Insert], None]

# A replacer deletes the stored rows that a re-ingested file's rows replace and returns how many
# it deleted. It runs inside the ingest transaction, once, just before the file's first row is
# inserted (for a stager: after the whole file is staged), or after the load if none is.
Replacer = Callable[[duckdb.DuckDBPyConnection], int]

STAGED_COLUMNS = tuple(c for c in EVENT_COLUMN_NAMES if c not in ("file_id", "ingested_at"))


class Store:
    """An event store in one DuckDB file (or ``":memory:"``)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = Path(path) if path not in (None, ":memory:") else path
        if self.path is None:
            self.path = default_db_path()
        self.read_only = read_only
        target = str(self.path)
        if target != ":memory:":
            p = Path(target)
            if read_only and not p.exists():
                raise DyadwatchError(f"{p}: no store here yet (ingest some data first)")
            p.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(target, read_only=read_only)
        except duckdb.IOException as e:
            raise DyadwatchError(f"{target}: cannot open the store ({str(e).splitlines()[0]})") from None
        if not read_only:
            self._create()
        self._ibis: Any = None

    # --- set-up ----------------------------------------------------------------------------

    def _create(self) -> None:
        self.con.execute(events_ddl("events"))
        self.con.execute("CREATE SEQUENCE IF NOT EXISTS file_ids START 1")
        self.con.execute(
            """CREATE TABLE IF NOT EXISTS files (
                 file_id INTEGER PRIMARY KEY,
                 name VARCHAR, path VARCHAR, md5 VARCHAR, kind VARCHAR,
                 rows_read BIGINT, rows_added BIGINT, ingested_at TIMESTAMP)"""
        )
        # Aspect evidence from GDELT GKG records, keyed by article URL (see sources/gkg.py).
        self.con.execute(
            """CREATE TABLE IF NOT EXISTS article_aspects (
                 url VARCHAR PRIMARY KEY, aspect VARCHAR, rule VARCHAR, file_id INTEGER)"""
        )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions and the ledger ---------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def ledger_lookup(self, md5: str, kind: str) -> int | None:
        row = self.con.execute(
            "SELECT file_id FROM files WHERE md5 = ? AND kind = ?", [md5, kind]
        ).fetchone()
        return row[0] if row else None

    def _add_ledger(self, path: Path, md5: str, kind: str) -> int:
        file_id = self.con.execute("SELECT nextval('file_ids')").fetchone()[0]
        self.con.execute(
            "INSERT INTO files VALUES (?, ?, ?, ?, ?, 0, 0, now())",
            [file_id, path.name, str(path.resolve()), md5, kind],
        )
        return int(file_id)

    def ingest(self, path: str | Path, kind: str, stage: Stager, md5: str | None = None,
               replace: Replacer | None = None) -> IngestResult:
        """Ingest one file whose ``stage`` fills the TEMP table ``staged``; ``replace``: see
        :meth:`ingest_with`."""

        def load(con: duckdb.DuckDBPyConnection, p: Path, insert: Insert) -> None:
            con.execute("DROP TABLE IF EXISTS staged")
            stage(con, p)
            insert("SELECT * FROM staged")
            con.execute("DROP TABLE staged")

        return self.ingest_with(path, kind, load, md5=md5, replace=replace)

    def ingest_with(self, path: str | Path, kind: str, load: Loader, md5: str | None = None,
                    replace: Replacer | None = None) -> IngestResult:
        """Ingest one file with ``load``; see the module docstring for the guarantees.

        With ``replace`` the file is ingested again even if its MD5 is in the ledger: in one
        transaction, ``replace`` deletes the stored rows the file's rows replace, the rows
        the file added before (those under its ledger id) are deleted too, and the file's rows
        go in. Deleted before the insert, the old rows do not make the new ones repeats. A
        known file keeps its ledger row (rows_read, rows_added and ingested_at are updated);
        an unknown one gets a new row. The result has ``recoded`` set and ``replaced`` = the
        number of rows deleted.
        """
        path = Path(path)
        if not path.exists():
            raise IngestError(path, "no such file")
        if path.is_dir():
            raise IngestError(path, "is a directory, not a file")
        md5 = md5 or file_md5(path)
        known = self.ledger_lookup(md5, kind)
        if known is not None and replace is None:
            return IngestResult(str(path), kind, known, 0, 0, already_ingested=True)
        with self.transaction() as con:
            file_id = known if known is not None else self._add_ledger(path, md5, kind)
            had_rows = con.execute("SELECT EXISTS (SELECT 1 FROM events)").fetchone()[0]
            read = 0
            replaced: int | None = None

            def clear() -> None:
                """Delete the rows this file replaces, once, before its first row goes in."""
                nonlocal replaced
                if replace is None or replaced is not None:
                    return
                replaced = int(replace(con))
                if known is not None:
                    replaced += int(con.execute("DELETE FROM events WHERE file_id = ?", [file_id]).fetchone()[0])

            def insert(select_sql: str) -> int:
                nonlocal read
                clear()
                cols = ", ".join(STAGED_COLUMNS)
                n = con.execute(
                    f"""INSERT INTO events ({cols}, file_id, ingested_at)
                        SELECT {cols}, {file_id}, now() FROM ({select_sql}) WHERE event_id IS NOT NULL"""
                ).fetchone()[0]
                read += int(n)
                return int(n)

            load(con, path, insert)
            clear()
            removed = self._drop_repeats(file_id, had_rows)
            rows_added = read - removed
            stamp = ", ingested_at = now()" if known is not None else ""
            con.execute(
                f"UPDATE files SET rows_read = ?, rows_added = ?{stamp} WHERE file_id = ?", [read, rows_added, file_id]
            )
            self.apply_article_aspects(file_id=file_id)
        dataset = self.con.execute(
            "SELECT any_value(dataset) FROM events WHERE file_id = ?", [file_id]
        ).fetchone()[0]
        return IngestResult(str(path), dataset or kind, file_id, read, rows_added,
                            recoded=replace is not None, replaced=replaced or 0)

    def _drop_repeats(self, file_id: int, had_rows: bool) -> int:
        """Delete the file's rows whose (dataset, event_id) is stored already: by an earlier
        file (that row wins) or earlier in the same file (the first wins). Returns how many."""
        con = self.con
        removed = 0
        n, distinct = con.execute(
            "SELECT count(*), count(DISTINCT (dataset, event_id)) FROM events WHERE file_id = ?", [file_id]
        ).fetchone()
        if n != distinct:
            removed += con.execute(
                """DELETE FROM events WHERE file_id = $1 AND rowid NOT IN (
                     SELECT min(rowid) FROM events WHERE file_id = $1 GROUP BY dataset, event_id)""",
                [file_id],
            ).fetchone()[0]
        if had_rows:
            # The semi-join builds on the new file's ids (small) and probes the stored ones.
            removed += con.execute(
                """DELETE FROM events WHERE file_id = $1 AND (dataset, event_id) IN (
                     SELECT (dataset, event_id) FROM events
                     WHERE file_id <> $1
                       AND event_id IN (SELECT event_id FROM events WHERE file_id = $1))""",
                [file_id],
            ).fetchone()[0]
        return int(removed)

    def apply_article_aspects(self, file_id: int | None = None) -> int:
        """Refine event aspects from GKG article themes (only rows whose aspect came from a
        weak rule: the default or an actor type; specific CAMEO rules stand)."""
        scope = "" if file_id is None else f" AND (e.file_id = {int(file_id)} OR a.file_id = {int(file_id)})"
        n = self.con.execute(
            f"""UPDATE events e SET aspect = a.aspect, aspect_rule = a.rule
                FROM article_aspects a
                WHERE e.source_url = a.url
                  AND (e.aspect_rule IS NULL OR e.aspect_rule = 'default' OR e.aspect_rule LIKE 'actor:%')
                  {scope}"""
        ).fetchone()
        return int(n[0]) if n else 0

    # --- reading -------------------------------------------------------------------------

    def sql(self, query: str, params: list | None = None) -> duckdb.DuckDBPyRelation:
        return self.con.sql(query, params=params) if params else self.con.sql(query)

    def ibis(self) -> Any:
        """An Ibis backend over this store's connection (tables: events, files)."""
        if self._ibis is None:
            import ibis

            self._ibis = ibis.duckdb.from_connection(self.con)
        return self._ibis

    def events_table(self) -> Any:
        return self.ibis().table("events")

    def count(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM events").fetchone()[0])

    def files(self) -> list[dict]:
        rel = self.con.execute(
            "SELECT file_id, name, md5, kind, rows_read, rows_added, ingested_at FROM files ORDER BY file_id"
        )
        names = [d[0] for d in rel.description]
        return [dict(zip(names, r)) for r in rel.fetchall()]

    # --- Parquet -------------------------------------------------------------------------

    def export_parquet(self, path: str | Path) -> int:
        """Write the events table to one Parquet file (zstd); returns the row count."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.con.execute(f"COPY events TO '{_sql_str(path)}' (FORMAT parquet, COMPRESSION zstd)")
        return self.count()

    def import_parquet(self, path: str | Path) -> IngestResult:
        """Ingest events from a Parquet file written by :meth:`export_parquet` (idempotent)."""
        from .sources.parquet import stage_parquet

        return self.ingest(path, "parquet", stage_parquet)


def _sql_str(path: str | Path) -> str:
    return str(path).replace("'", "''")
