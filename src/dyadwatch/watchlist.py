"""The watchlist: the dyads an analyst follows, the state each had at the last check, and
the log of state changes.

It lives in a small SQLite file beside the DuckDB store (``events.duckdb`` →
``events.watchlist.sqlite``; ``$DYADWATCH_WATCHLIST`` overrides), not in the store itself:
DuckDB allows one writing process, and the web server must be able to add a dyad to the
watchlist while ``dyadwatch ingest`` or ``sync`` holds the store's write lock. SQLite takes
its own short locks (a busy timeout of a few seconds covers two writers at once).

A *check* (``dyadwatch watch check``) assesses every watched dyad, compares each state with
the one stored at the previous check, records the new states, and logs every change; the
dashboard shows the same log.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import countries
from .store import DyadwatchError

WATCHLIST_ENV = "DYADWATCH_WATCHLIST"

SCHEMA = """
CREATE TABLE IF NOT EXISTS watch (
  a TEXT NOT NULL, b TEXT NOT NULL, added_at TEXT NOT NULL,
  PRIMARY KEY (a, b)
);
CREATE TABLE IF NOT EXISTS last_state (
  a TEXT NOT NULL, b TEXT NOT NULL, state TEXT NOT NULL, confidence REAL, as_of TEXT,
  checked_at TEXT NOT NULL,
  PRIMARY KEY (a, b)
);
CREATE TABLE IF NOT EXISTS changes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  a TEXT NOT NULL, b TEXT NOT NULL, old_state TEXT, new_state TEXT NOT NULL,
  confidence REAL, as_of TEXT, checked_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS checks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  checked_at TEXT NOT NULL, dyads INTEGER NOT NULL, changed INTEGER NOT NULL, failed INTEGER NOT NULL
);
"""


def watchlist_path(db_path: str | Path) -> Path:
    """Where the watchlist of the store at ``db_path`` lives (``$DYADWATCH_WATCHLIST`` wins)."""
    env = os.environ.get(WATCHLIST_ENV)
    if env:
        return Path(env)
    if str(db_path) == ":memory:":
        raise DyadwatchError("an in-memory store has no watchlist: pass --db FILE")
    p = Path(db_path)
    return p.with_name(p.stem + ".watchlist.sqlite")


def dyad_key(a: str, b: str) -> tuple[str, str]:
    """The unordered pair as a sorted tuple: (RUS, AZE) and (AZE, RUS) are one dyad."""
    return (a, b) if a <= b else (b, a)


def check_pair(a: str, b: str) -> tuple[str, str]:
    """Upper-cased codes of a pair to watch; a one-line error for unknown or equal codes."""
    out = []
    for code in (a, b):
        c = code.strip().upper()
        if not countries.is_known(c):
            hint = countries.code_for(code)
            extra = f" (did you mean {hint}?)" if hint else ""
            raise DyadwatchError(f"unknown country code {c!r}{extra}: use CAMEO/ISO-3 codes such as RUS, AZE, USA")
        out.append(c)
    if out[0] == out[1]:
        raise DyadwatchError(f"A and B are the same country ({out[0]}): name two different countries")
    return out[0], out[1]


@dataclass(frozen=True)
class Watched:
    """One watched dyad with the state found at the last check (None before the first)."""

    a: str
    b: str
    added_at: str
    state: str | None = None
    confidence: float | None = None
    as_of: str | None = None
    checked_at: str | None = None

    def to_dict(self) -> dict:
        return asdict(self) | {"a_name": countries.name_for(self.a), "b_name": countries.name_for(self.b)}


@dataclass(frozen=True)
class Change:
    """A state change found by a check (``old_state`` None: the dyad's first check)."""

    a: str
    b: str
    old_state: str | None
    new_state: str
    confidence: float | None
    as_of: str | None
    checked_at: str

    @property
    def first(self) -> bool:
        return self.old_state is None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Observation:
    """The state a check found for one dyad (what the assess callback returns)."""

    state: str
    confidence: float | None
    as_of: str | None


@dataclass
class CheckResult:
    """Everything one check found: per-dyad observations, changes, and failures."""

    checked_at: str
    observed: dict[tuple[str, str], Observation]
    changes: list[Change]
    first: list[Change]
    failures: dict[tuple[str, str], str]

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Watchlist:
    """The watchlist file of one store."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @classmethod
    def for_store(cls, db_path: str | Path) -> Watchlist:
        return cls(watchlist_path(db_path))

    @contextmanager
    def _connect(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        if not write and not self.path.exists():
            con = sqlite3.connect(":memory:")
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                con = sqlite3.connect(self.path, timeout=10)
            except (OSError, sqlite3.Error) as e:
                raise DyadwatchError(f"{self.path}: cannot open the watchlist ({e})") from None
        try:
            con.executescript(SCHEMA)
            with con:
                yield con
        except sqlite3.DatabaseError as e:
            raise DyadwatchError(f"{self.path}: cannot use the watchlist ({e})") from None
        finally:
            con.close()

    # --- the list ----------------------------------------------------------------------------

    def add(self, a: str, b: str) -> bool:
        """Watch A–B; False if that dyad (in either order) is watched already."""
        a, b = check_pair(a, b)
        with self._connect(write=True) as con:
            if self._find(con, a, b) is not None:
                return False
            con.execute("INSERT INTO watch (a, b, added_at) VALUES (?, ?, ?)", (a, b, _now()))
        return True

    def remove(self, a: str, b: str) -> bool:
        """Stop watching A–B (either order); False if it was not watched."""
        a, b = a.strip().upper(), b.strip().upper()
        with self._connect(write=True) as con:
            found = self._find(con, a, b)
            if found is None:
                return False
            con.execute("DELETE FROM watch WHERE a = ? AND b = ?", found)
            con.execute("DELETE FROM last_state WHERE a = ? AND b = ?", found)
        return True

    @staticmethod
    def _find(con: sqlite3.Connection, a: str, b: str) -> tuple[str, str] | None:
        row = con.execute(
            "SELECT a, b FROM watch WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)", (a, b, b, a)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def contains(self, a: str, b: str) -> bool:
        with self._connect() as con:
            return self._find(con, a.upper(), b.upper()) is not None

    def items(self) -> list[Watched]:
        """The watched dyads in the order they were added, with their last checked state."""
        with self._connect() as con:
            rows = con.execute(
                """SELECT w.a, w.b, w.added_at, s.state, s.confidence, s.as_of, s.checked_at
                   FROM watch w LEFT JOIN last_state s ON s.a = w.a AND s.b = w.b
                   ORDER BY w.added_at, w.rowid"""
            ).fetchall()
        return [Watched(*r) for r in rows]

    def changes(self, limit: int = 50) -> list[Change]:
        """The most recent state changes found by checks (newest first; first checks left out)."""
        with self._connect() as con:
            rows = con.execute(
                """SELECT a, b, old_state, new_state, confidence, as_of, checked_at FROM changes
                   WHERE old_state IS NOT NULL ORDER BY id DESC LIMIT ?""",
                (int(limit),),
            ).fetchall()
        return [Change(*r) for r in rows]

    def last_check(self) -> dict | None:
        """When the last check ran and what it found (None if never)."""
        with self._connect() as con:
            row = con.execute(
                "SELECT checked_at, dyads, changed, failed FROM checks ORDER BY id DESC LIMIT 1"
            ).fetchone()
        return dict(zip(("checked_at", "dyads", "changed", "failed"), row)) if row else None

    # --- checks ------------------------------------------------------------------------------

    def check(self, observe: Callable[[str, str], Observation]) -> CheckResult:
        """Observe every watched dyad, record the states, log and return the changes.

        ``observe(a, b)`` returns the dyad's current :class:`Observation` or raises
        :class:`DyadwatchError` (recorded as a failure; the dyad keeps its last state).
        """
        items = self.items()
        now = _now()
        observed: dict[tuple[str, str], Observation] = {}
        failures: dict[tuple[str, str], str] = {}
        for w in items:
            try:
                observed[(w.a, w.b)] = observe(w.a, w.b)
            except DyadwatchError as e:
                failures[(w.a, w.b)] = str(e)
        changes: list[Change] = []
        first: list[Change] = []
        with self._connect(write=True) as con:
            for w in items:
                obs = observed.get((w.a, w.b))
                if obs is None:
                    continue
                ch = Change(w.a, w.b, w.state, obs.state, obs.confidence, obs.as_of, now)
                if w.state is None:
                    first.append(ch)
                elif w.state != obs.state:
                    changes.append(ch)
                if w.state != obs.state:
                    con.execute(
                        """INSERT INTO changes (a, b, old_state, new_state, confidence, as_of, checked_at)
                           VALUES (?, ?, ?, ?, ?, ?, ?)""",
                        (ch.a, ch.b, ch.old_state, ch.new_state, ch.confidence, ch.as_of, now),
                    )
                con.execute(
                    """INSERT OR REPLACE INTO last_state (a, b, state, confidence, as_of, checked_at)
                       VALUES (?, ?, ?, ?, ?, ?)""",
                    (w.a, w.b, obs.state, obs.confidence, obs.as_of, now),
                )
            con.execute(
                "INSERT INTO checks (checked_at, dyads, changed, failed) VALUES (?, ?, ?, ?)",
                (now, len(items), len(changes), len(failures)),
            )
        return CheckResult(now, observed, changes, first, failures)
