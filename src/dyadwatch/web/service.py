"""What the web app asks the library, cached per store version.

Every answer comes from :mod:`dyadwatch.api` run on the current snapshot of the store
(:mod:`.snapshot`); this module only checks codes, caches, and picks the fields the pages
show. Nothing here computes an analysis of its own.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from .. import api, countries
from ..output import jsonable
from ..store import DyadwatchError, Store
from ..watchlist import Watchlist
from .cache import ResultCache
from .snapshot import SnapshotManager

log = logging.getLogger("dyadwatch.web")

T = TypeVar("T")


class NotFound(DyadwatchError):
    """An unknown country code, or a dyad without events (HTTP 404)."""


class BadRequest(DyadwatchError):
    """A parameter the library rejected (HTTP 422)."""


@dataclass(frozen=True)
class AssessParams:
    """The assessment options a request may set (defaults as the CLI's)."""

    as_of: date | None = None
    window: int = 6
    baseline: int = 24


DEFAULT_PARAMS = AssessParams()


class Service:
    """The library behind the pages and the JSON API."""

    def __init__(self, snapshots: SnapshotManager, watchlist: Watchlist, cache: ResultCache | None = None,
                 top: int = 8, playbook: Path | None = None):
        self.snapshots = snapshots
        self.watchlist = watchlist
        self.playbook_path = playbook
        self.cache = cache or ResultCache()
        self.top = top
        self._warmed: str | None = None
        self._warm_lock = threading.Lock()

    # --- plumbing ----------------------------------------------------------------------------

    def read(self, key: Hashable, fn: Callable[[Store], T]) -> T:
        """``fn(store)`` on the current snapshot, cached under (snapshot version, ``key``)."""
        with self.snapshots.store() as (store, snap):
            return self.cache.get((snap.version, key), lambda: fn(store))

    def version(self) -> str | None:
        snap = self.snapshots.current
        return None if snap is None else snap.version

    def code(self, code: str) -> str:
        """A checked, upper-cased country code (NotFound names the unknown one)."""
        c = code.strip().upper()

        def check(store: Store) -> str:
            try:
                return api.check_code(store, c)
            except DyadwatchError as e:
                raise NotFound(str(e)) from None

        return self.read(("code", c), check)

    def dyad(self, a: str, b: str) -> tuple[str, str, int]:
        """Checked codes of a dyad and its event count; NotFound for an unknown code, the
        same code twice, or a pair without events."""
        a, b = self.code(a), self.code(b)
        if a == b:
            raise BadRequest(f"A and B are the same country ({a}): name two different countries")
        n = self.read(("count", min(a, b), max(a, b)), lambda s: api.pair_counts(s, [a, b]).get((min(a, b), max(a, b)), 0))
        if n == 0:
            raise NotFound(f"no events between {a} and {b} in the store")
        return a, b, n

    # --- answers -----------------------------------------------------------------------------

    def series(self, a: str, b: str, by: str = "month", directed: bool = False, start: date | None = None,
               end: date | None = None) -> list[dict]:
        a, b, _ = self.dyad(a, b)
        key = ("series", a, b, by, directed, start, end)
        return self.read(key, lambda s: self._lib(api.series, s, a, b, by=by, directed=directed, start=start, end=end))

    def events(self, a: str, b: str, **filters: Any) -> dict:
        a, b, _ = self.dyad(a, b)
        key = ("events", a, b, tuple(sorted(filters.items())))
        return self.read(key, lambda s: self._lib(api.events, s, a, b, **filters))

    def assessment(self, a: str, b: str, params: AssessParams = DEFAULT_PARAMS) -> Any:
        """The library's Assessment object (cached)."""
        a, b, _ = self.dyad(a, b)
        key = ("assess", a, b, params)
        return self.read(key, lambda s: self._lib(api.assess, s, a, b, as_of=params.as_of, window=params.window,
                                                  baseline=params.baseline))

    def assess(self, a: str, b: str, params: AssessParams = DEFAULT_PARAMS) -> dict:
        """The assessment as JSON (``Assessment.to_dict()``, infinite ratios as null; cached)."""
        obj = self.assessment(a, b, params)
        a, b = obj.a, obj.b
        return self.read(("assess-dict", a, b, params), lambda s: jsonable(obj.to_dict()))

    def assess_json(self, a: str, b: str, params: AssessParams = DEFAULT_PARAMS) -> bytes:
        """The assessment's JSON text, serialised once per store version."""
        d = self.assess(a, b, params)
        key = ("assess-json", d["dyad"]["a"], d["dyad"]["b"], params)
        return self.memo(key, lambda: json.dumps(d, ensure_ascii=False, allow_nan=False,
                                                 separators=(",", ":")).encode("utf-8"))

    def brief(self, a: str, b: str, fmt: str, as_of: date | None = None) -> bytes:
        """The analyst brief (``dyadwatch brief``) as bytes: Markdown, HTML or PDF (cached),
        with the uploaded playbook when there is one."""
        a, b, _ = self.dyad(a, b)
        book = self.playbook_path if self.playbook_path is not None and self.playbook_path.exists() else None
        stamp = book.stat().st_mtime_ns if book is not None else None

        def build(store: Store) -> bytes:
            out = self._lib(api.brief, store, a, b, as_of=as_of, fmt=fmt, playbook=book)
            return out.encode("utf-8") if isinstance(out, str) else out

        return self.read(("brief", a, b, fmt, as_of, stamp), build)

    # --- the playbook --------------------------------------------------------------------------

    def playbook_text(self) -> tuple[str, bool]:
        """The playbook briefs use: (YAML text, whether it is an uploaded one)."""
        from ..brief.playbook import default_playbook_text

        if self.playbook_path is not None and self.playbook_path.exists():
            return self.playbook_path.read_text(encoding="utf-8"), True
        return default_playbook_text(), False

    def set_playbook(self, text: str) -> int:
        """Check an uploaded playbook and keep it for the briefs; returns its number of rules.
        A broken one is refused (BadRequest naming the line and rule) and changes nothing."""
        from ..brief.playbook import parse_playbook

        if self.playbook_path is None:
            raise BadRequest("this server keeps no playbook file")
        book = self._lib(parse_playbook, text, "uploaded playbook")
        tmp = self.playbook_path.with_name(self.playbook_path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(self.playbook_path)
        return len(book.rules)

    def reset_playbook(self) -> bool:
        """Go back to the bundled playbook; False if none was uploaded."""
        if self.playbook_path is None or not self.playbook_path.exists():
            return False
        self.playbook_path.unlink()
        return True

    def memo(self, key: Hashable, fn: Callable[[], T]) -> T:
        """``fn()`` cached under (current store version, ``key``): for answers built from
        other cached answers (serialised JSON, rendered pages)."""
        return self.cache.get((self.version(), key), fn)

    @staticmethod
    def _lib(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            return fn(*args, **kwargs)
        except NotFound:
            raise
        except DyadwatchError as e:
            raise BadRequest(str(e)) from None

    def summary(self, a: str, b: str, events: int | None = None) -> dict:
        """What the overview and region pages show for one dyad: state, confidence, recent
        balance, and the balance series for a sparkline (or the reason there is no call)."""
        out: dict[str, Any] = {"a": a, "b": b, "a_name": countries.name_for(a), "b_name": countries.name_for(b),
                               "events": events, "state": None, "confidence": None, "confidence_label": None,
                               "balance": None, "shift": None, "as_of": None, "spark": [], "error": None}
        try:
            a2, b2, n = self.dyad(a, b)
            out["events"] = n
            d = self.assess(a2, b2)
        except DyadwatchError as e:
            out["error"] = str(e)
            return out
        bal = (d.get("evidence") or {}).get("balance") or {}
        out.update(
            state=d["state"], confidence=d["confidence"], confidence_label=d["confidence_label"],
            balance=(bal.get("recent") or {}).get("estimate"), shift=(bal.get("shift") or {}).get("estimate"),
            as_of=d["as_of"], spark=[r.get("balance") for r in d.get("series", [])],
        )
        return out

    def top_dyads(self, top: int | None = None) -> list[dict]:
        n = top or self.top
        return self.read(("top", n), lambda s: api.top_dyads(s, n))

    def dyads(self, which: str = "all", top: int | None = None) -> dict:
        """Watched dyads (with the state at the last check and whether it changed since) and
        the most reported ones, each with its current state."""
        out: dict[str, Any] = {"version": self.version()}
        if which in ("all", "watchlist"):
            rows = []
            for w in self.watchlist.items():
                s = self.summary(w.a, w.b)
                s["watched"] = True
                s["checked_state"] = w.state
                s["checked_at"] = w.checked_at
                s["changed_since_check"] = bool(w.state and s["state"] and w.state != s["state"])
                rows.append(s)
            out["watchlist"] = rows
        if which in ("all", "top"):
            watched = {(min(w.a, w.b), max(w.a, w.b)) for w in self.watchlist.items()}
            rows = []
            for t in self.top_dyads(top):
                s = self.summary(t["a"], t["b"], t["events"])
                s["watched"] = (t["a"], t["b"]) in watched
                rows.append(s)
            out["top"] = rows
        return out

    def region(self, codes: list[str]) -> dict:
        """Every dyad among ``codes`` with its state and balance (pairs without events listed
        with ``events`` 0 and no state)."""
        checked: list[str] = []
        for c in codes:
            c = self.code(c)
            if c not in checked:
                checked.append(c)
        if len(checked) < 2:
            raise BadRequest("countries: name at least two different country codes")
        if len(checked) > 12:
            raise BadRequest(f"countries: at most 12 countries at once (got {len(checked)})")
        counts = self.read(("pairs", tuple(sorted(checked))), lambda s: api.pair_counts(s, checked))
        dyads = []
        for i, a in enumerate(checked):
            for b in checked[i + 1:]:
                n = counts.get((min(a, b), max(a, b)), 0)
                if n == 0:
                    dyads.append({"a": a, "b": b, "a_name": countries.name_for(a), "b_name": countries.name_for(b),
                                  "events": 0, "state": None, "confidence": None, "confidence_label": None,
                                  "balance": None, "shift": None, "as_of": None, "spark": [],
                                  "error": f"no events between {a} and {b} in the store"})
                else:
                    dyads.append(self.summary(a, b, n))
        return {"countries": [{"code": c, "name": countries.name_for(c)} for c in checked], "dyads": dyads,
                "version": self.version()}

    def changes(self, limit: int = 50) -> dict:
        return {"last_check": self.watchlist.last_check(), "changes": [c.to_dict() for c in self.watchlist.changes(limit)]}

    # --- warming -----------------------------------------------------------------------------

    def warm(self) -> None:
        """Assess the watched and top dyads of a new snapshot before anyone asks (one pass per
        version; runs in a background thread)."""
        v = self.version()
        if v is None or v == self._warmed or not self._warm_lock.acquire(blocking=False):
            return
        try:
            self._warmed = v
            self.dyads()
        except Exception as e:  # a warm-up failure must not end the server; requests report errors
            log.warning("warm-up failed: %s", e)
        finally:
            self._warm_lock.release()

    def warm_in_background(self) -> None:
        v = self.version()
        if v is not None and v != self._warmed:
            threading.Thread(target=self.warm, name="dyadwatch-warm", daemon=True).start()
