"""News text → coded events in the store (dataset ``text``).

Each file (``.txt``, ``.jsonl``, ``.html``, RSS/Atom) is read as documents
(:mod:`dyadwatch.coding.documents`), coded (:class:`dyadwatch.coding.coder.Coder`), and
staged as event rows:

* ``event_id`` is ``{doc_key}-{sentence}-{n}``, where ``doc_key`` is the first 16 hex digits
  of the MD5 of the article's URL, or of its whitespace-normalised text when it has none —
  so an article that arrives twice (in one file or in two, from a feed and a saved page
  with the same URL) yields the same ids and is stored once;
* ``date`` is the document's date; a document without one takes the file's modification
  day;
* ``evidence`` is the sentence, ``source_url`` the URL, ``aspect_rule`` the text rule
  (``text:pipeline``, or ``default``); ``mentions``/``sources``/``articles`` are 1;
* ``source_name``/``target_name`` are the words that named the actors.

Items that cannot be read (a bad JSON line, a record without ``text``, a non-UTF-8 line)
are reported through ``on_skip`` and skipped; a file with nothing readable at all (not
UTF-8, HTML without article text, a feed that does not parse) fails as a whole with
:class:`~dyadwatch.store.IngestError`, leaving the store untouched.

**Re-coding** (``recode=True``, ``ingest text --recode``): every document of the file is coded
again with the current coder, even if the file is in the ledger, and its events replace the
stored ones: in one transaction, every stored ``text`` row whose document key (the part of
``event_id`` before the first ``-``) is that of a document read from the file is deleted —
also when the document now yields no event — as are the rows the file itself added before,
and the new rows are inserted. A file in the ledger keeps its ledger row; a failure leaves
the store as it was.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa

from ..coding.coder import CodedEvent, Coder, Document
from ..coding.documents import OnSkip, read_documents
from ..schema import EVENT_COLUMNS
from ..store import IngestError, IngestResult, Store

STAGED = tuple(c for c in EVENT_COLUMNS if c.name not in ("file_id", "ingested_at"))
_CHUNK = 5000


@cache
def shared_coder() -> Coder:
    """One coder per process (loading spaCy and the dictionaries takes about a second)."""
    return Coder()


def doc_key(doc: Document) -> str:
    """Identity of an article: MD5 of its URL, else of its normalised text (16 hex digits)."""
    basis = doc.url.strip() if doc.url else re.sub(r"\s+", " ", doc.text).strip()
    return hashlib.md5(basis.encode("utf-8")).hexdigest()[:16]


def event_row(ev: CodedEvent, key: str, when: date | None) -> dict:
    """The staged row of one coded event."""
    return {
        "event_id": f"{key}-{ev.sentence}-{ev.n}",
        "dataset": "text",
        "date": ev.date or when,
        "source_country": ev.source,
        "source_type": ev.source_type,
        "source_name": ev.source_text,
        "target_country": ev.target,
        "target_type": ev.target_type,
        "target_name": ev.target_text,
        "cameo_code": ev.code,
        "cameo_base": ev.code[:3],
        "cameo_root": ev.root,
        "quad": ev.quad,
        "goldstein": ev.goldstein,
        "tone": ev.tone,
        "mentions": 1,
        "sources": 1,
        "articles": 1,
        "aspect": ev.aspect,
        "aspect_rule": ev.aspect_rule,
        "source_url": ev.url,
        "evidence": ev.text,
    }


_ARROW_TYPES = {
    "VARCHAR": pa.string(), "DATE": pa.date32(), "TINYINT": pa.int8(), "DOUBLE": pa.float64(),
    "INTEGER": pa.int32(), "BIGINT": pa.int64(),
}
_SCHEMA = pa.schema([(c.name, _ARROW_TYPES[c.sql_type]) for c in STAGED])


class TextIngest:
    """Ingests news files; counts what it had to skip (for the CLI's summary)."""

    def __init__(self, coder: Coder | None = None, on_skip: OnSkip | None = None,
                 progress: Callable[[int], None] | None = None):
        self._coder = coder
        self.on_skip_cb = on_skip
        self.progress = progress
        self.skipped: list[tuple[str, str]] = []
        self.documents = 0
        self.duplicates = 0

    @property
    def coder(self) -> Coder:
        if self._coder is None:
            self._coder = shared_coder()
        return self._coder

    def _skip(self, where: str, reason: str) -> None:
        self.skipped.append((where, reason))
        if self.on_skip_cb is not None:
            self.on_skip_cb(where, reason)

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path, keys: set[str] | None = None) -> None:
        """Fill the TEMP table ``staged`` from one news file (see :meth:`Store.ingest`); ``keys``,
        if given, receives the key of every document read (with events or not)."""
        cols = ", ".join(f"{c.name} {c.sql_type}" for c in STAGED)
        con.execute(f"CREATE TEMP TABLE staged ({cols})")
        try:
            fallback = date.fromtimestamp(path.stat().st_mtime)
        except OSError as e:
            raise IngestError(path, f"cannot read ({e.strerror})") from None
        file_level: list[str] = []
        name = str(path)

        def on_skip(where: str, reason: str) -> None:
            if where == name or (where.startswith(name + ":") and "file skipped" in reason):
                file_level.append(f"{reason}" if where == name else f"line {where.rsplit(':', 1)[1]}: {reason}")
            else:
                self._skip(where, reason)

        seen: set[str] = keys if keys is not None else set()

        def fresh_docs():
            for doc in read_documents(path, on_skip):
                key = doc_key(doc)
                if key in seen:
                    self.duplicates += 1
                    continue
                seen.add(key)
                yield doc

        rows: list[dict] = []
        n_docs = 0
        for doc, events in self.coder.code_documents(fresh_docs()):
            n_docs += 1
            key = doc_key(doc)
            rows.extend(event_row(ev, key, fallback) for ev in events)
            if len(rows) >= _CHUNK:
                self._flush(con, rows)
                rows = []
            if self.progress is not None:
                self.progress(1)
        if rows:
            self._flush(con, rows)
        self.documents += n_docs
        if n_docs == 0 and file_level:
            raise IngestError(path, file_level[0])

    @staticmethod
    def _flush(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> None:
        table = pa.Table.from_pylist(rows, schema=_SCHEMA)
        con.register("_text_rows", table)
        try:
            con.execute("INSERT INTO staged SELECT * FROM _text_rows")
        finally:
            con.unregister("_text_rows")

    def ingest(self, store: Store, path: str | Path, recode: bool = False) -> IngestResult:
        """Ingest one news file into ``store`` (transactional, idempotent). With ``recode``,
        code it again and replace the stored events of its documents (module docstring)."""
        if not recode:
            return store.ingest(Path(path), "text", self.stage)
        keys: set[str] = set()

        def stage(con: duckdb.DuckDBPyConnection, p: Path) -> None:
            keys.clear()
            self.stage(con, p, keys)

        return store.ingest(Path(path), "text", stage, replace=lambda con: delete_documents(con, keys))


def delete_documents(con: duckdb.DuckDBPyConnection, keys: set[str]) -> int:
    """Delete the stored ``text`` events of the documents with these keys; returns how many."""
    if not keys:
        return 0
    con.register("_recode_keys", pa.table({"doc_key": pa.array(sorted(keys), pa.string())}))
    try:
        n = con.execute(
            """DELETE FROM events WHERE dataset = 'text'
                 AND split_part(event_id, '-', 1) IN (SELECT doc_key FROM _recode_keys)"""
        ).fetchone()[0]
    finally:
        con.unregister("_recode_keys")
    return int(n)


def ingest_text(store: Store, path: str | Path, on_skip: OnSkip | None = None, recode: bool = False) -> IngestResult:
    """Ingest one news file (``.txt``, ``.jsonl``, ``.html``, RSS/Atom) into ``store``; with
    ``recode``, code it again and replace its documents' stored events."""
    return TextIngest(on_skip=on_skip).ingest(store, path, recode=recode)
