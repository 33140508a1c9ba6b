"""Read the store while another process writes it: the server reads a private snapshot.

DuckDB lets one process write a database file, and a process that holds the file open (even
read-only) keeps every other process from opening it for writing. A web server that kept
the store open would therefore make ``dyadwatch ingest`` and ``sync`` fail. So the server
never opens the store file itself:

* it copies the file (a reflink where the file system can, else a plain copy) into a
  private folder and reads the copy, read-only;
* a copy is taken only when nothing changed the file while it was copied (size, mtime and
  inode the same before and after; a file with a pending WAL is copied too: the main file
  then holds the last checkpoint, a consistent state, and the WAL is not copied), and only
  after the copy opens and answers a query;
* at most every ``check_interval`` seconds a request looks at the store file; if it changed,
  one background thread takes a new copy while requests go on reading the old one, which
  is closed and deleted once the last request reading it is done.

A writer never waits for the server and the server never waits for a writer; what the
server shows lags a running ingest until the writer's next checkpoint (DuckDB checkpoints
when a writing process closes the store, and whenever its WAL grows past 16 MB).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ..store import DyadwatchError, Store

log = logging.getLogger("dyadwatch.web")

FICLONE = 0x40049409  # Linux ioctl: share the file's blocks (btrfs, XFS); falls back to a copy


@dataclass(frozen=True)
class FileSignature:
    """What identifies one version of the store file."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileSignature | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        return cls(st.st_size, st.st_mtime_ns, st.st_ino)


class SnapshotStore(Store):
    """A :class:`Store` over a cursor of a snapshot's connection (one per thread)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, source: Path):
        self.path = source
        self.snapshot_path = path
        self.read_only = True
        self.con = con
        self._ibis: Any = None

    def close(self) -> None:
        self.con.close()


@dataclass
class Snapshot:
    """One copy of the store, open read-only, with the readers using it counted."""

    generation: int
    path: Path
    signature: FileSignature
    taken_at: float
    events: int
    con: duckdb.DuckDBPyConnection
    users: int = 0
    retired: bool = False
    local: threading.local = field(default_factory=threading.local)
    stores: list[SnapshotStore] = field(default_factory=list)

    @property
    def version(self) -> str:
        """A short string naming this version of the data (used in cache keys and ETags)."""
        s = self.signature
        return f"{s.size:x}-{s.mtime_ns:x}"


def _copy(src: Path, dst: Path) -> None:
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        try:
            fcntl.ioctl(fout.fileno(), FICLONE, fin.fileno())
            return
        except OSError:
            pass
    shutil.copyfile(src, dst)


class SnapshotManager:
    """Serves read-only :class:`Store` objects over the latest good copy of ``source``."""

    def __init__(self, source: str | Path, folder: str | Path | None = None, check_interval: float = 1.0):
        self.source = Path(source)
        self.check_interval = check_interval
        if folder is None:
            parent = self.source.parent if self.source.parent.exists() else Path(tempfile.gettempdir())
            self._tmp = tempfile.TemporaryDirectory(prefix=".dyadwatch-serve-", dir=parent)
            self.folder = Path(self._tmp.name)
        else:
            self._tmp = None
            self.folder = Path(folder)
            self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        self._current: Snapshot | None = None
        self._generation = 0
        self._last_look = 0.0
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None
        self.busy_since: float | None = None

    # --- taking copies -----------------------------------------------------------------------

    def refresh(self) -> bool:
        """Take a new copy if the store changed since the current one; True if one was taken.

        Never raises for a store that is being written: the old copy stays in use and
        :attr:`last_error` says why no new one was taken.
        """
        if not self._refreshing.acquire(blocking=False):
            return False
        try:
            return self._refresh()
        finally:
            self._refreshing.release()

    def _refresh(self) -> bool:
        before = FileSignature.of(self.source)
        if before is None:
            self.last_error = f"{self.source}: no store here yet (ingest some data first)"
            return False
        cur = self._current
        if cur is not None and cur.signature == before:
            self.busy_since = None
            return False
        self._generation += 1
        gen = self._generation
        path = self.folder / f"snapshot-{gen}.duckdb"
        try:
            _copy(self.source, path)
        except OSError as e:
            self.last_error = f"{self.source}: cannot copy the store ({e})"
            path.unlink(missing_ok=True)
            return False
        after = FileSignature.of(self.source)
        if after != before:
            # a writer changed the file while it was copied: keep the old copy, try again later
            path.unlink(missing_ok=True)
            self.busy_since = self.busy_since or time.monotonic()
            self.last_error = "the store was being written; showing the previous copy"
            return False
        try:
            con = duckdb.connect(str(path), read_only=True)
            events = int(con.execute("SELECT count(*) FROM events").fetchone()[0])
        except duckdb.Error as e:
            with contextlib.suppress(Exception):
                con.close()
            path.unlink(missing_ok=True)
            self.busy_since = self.busy_since or time.monotonic()
            self.last_error = f"the copy of the store could not be read ({str(e).splitlines()[0]})"
            return False
        snap = Snapshot(gen, path, before, time.time(), events, con)
        with self._lock:
            old, self._current = self._current, snap
            if old is not None:
                old.retired = True
                if old.users == 0:
                    self._drop(old)
        self.last_error = None
        self.busy_since = None
        log.info("snapshot %d of %s: %d events", gen, self.source, events)
        return True

    def _drop(self, snap: Snapshot) -> None:
        for s in snap.stores:
            with contextlib.suppress(Exception):
                s.close()
        with contextlib.suppress(Exception):
            snap.con.close()
        snap.path.unlink(missing_ok=True)
        Path(str(snap.path) + ".wal").unlink(missing_ok=True)

    def maybe_refresh(self) -> None:
        """Look at the store file at most every ``check_interval`` s; refresh in the background."""
        now = time.monotonic()
        if now - self._last_look < self.check_interval:
            return
        self._last_look = now
        sig = FileSignature.of(self.source)
        cur = self._current
        if sig is not None and cur is not None and sig == cur.signature:
            return
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self.refresh, name="dyadwatch-snapshot", daemon=True)
        self._thread.start()

    # --- reading -----------------------------------------------------------------------------

    @property
    def current(self) -> Snapshot | None:
        return self._current

    def open(self) -> None:
        """Take the first copy (an error if there is no readable store yet)."""
        self.refresh()
        if self._current is None:
            raise DyadwatchError(self.last_error or f"{self.source}: cannot read the store")

    @contextlib.contextmanager
    def store(self) -> Iterator[tuple[Store, Snapshot]]:
        """A read-only store over the current copy for this thread, and the copy itself."""
        if self._current is None:
            with self._refreshing:  # the first copy: wait for it (or for the thread taking it)
                if self._current is None:
                    self._refresh()
        else:
            self.maybe_refresh()
        with self._lock:
            snap = self._current
            if snap is None:
                raise DyadwatchError(self.last_error or f"{self.source}: no store here yet (ingest some data first)")
            snap.users += 1
        try:
            st = getattr(snap.local, "store", None)
            if st is None:
                st = SnapshotStore(snap.con.cursor(), snap.path, self.source)
                snap.local.store = st
                with self._lock:
                    snap.stores.append(st)
            yield st, snap
        finally:
            with self._lock:
                snap.users -= 1
                if snap.retired and snap.users == 0:
                    self._drop(snap)

    def close(self) -> None:
        """Close every copy and delete the private folder."""
        if self._thread is not None:
            self._thread.join(timeout=30)
        with self._lock:
            if self._current is not None:
                self._drop(self._current)
                self._current = None
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.cleanup()

    def status(self) -> dict:
        """What the server is reading: the copy's age and size, and why no newer one (if so)."""
        cur = self._current
        return {
            "store": str(self.source),
            "snapshot": None if cur is None else {
                "generation": cur.generation,
                "taken_at": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(cur.taken_at)),
                "events": cur.events,
                "version": cur.version,
            },
            "stale": self.last_error,
        }

