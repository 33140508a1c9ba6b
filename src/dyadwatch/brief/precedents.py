"""Expected impact from history: what happened after the recommended engagement in the past.

For a playbook rule that fires on the assessed dyad, a **precedent** is a past dyad-window —
any pair of countries in the store, any month — that met the same conditions, measured the
same way as the assessment (anchored periods, the same window W and baseline B, the same
weights and formulas), and after which the rule's kind of engagement happened:

1. **Condition.** For every undirected pair and every end period t (periods are counted
   back from the as-of date, t months back), the recent window is periods t … t+W−1 and the
   baseline t+W … t+W+B−1. The measures of :data:`..playbook.MEASURES` and the state are
   computed from the pair's monthly sums. The state uses the assessment's rules
   (:func:`dyadwatch.analysis.state.classify`) on point values — magnitudes only, as the
   assessment's confidence does for its bootstrap replicates — and ``insufficient_data``
   below the same event minimums.
2. **Engagement.** At least ``min_events`` events of the rule's CAMEO codes between the two
   in the :data:`LAG` months after the window (periods t−LAG … t−1).
3. **Outcome.** The balance of the :data:`HORIZON` months after the window (periods
   t−HORIZON … t−1), *leaving out the engagement events themselves* (they are cooperative
   by construction), minus the window's balance. "Improved" means the change is above 0.

Windows of one pair that share a month are not independent; the search takes them oldest
first and keeps a window only if it starts at least W + HORIZON months after the last one
kept for that pair. The same windows *without* the engagement give the base rate beside it.
Only months fully observed before the as-of date count, so no outcome looks past it.

One query (Ibis; DuckDB by default) builds the monthly sums of every directed pair; numpy
does the rest.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from math import floor
from typing import Any

import ibis
import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view

from ..analysis.cube import PERIOD_DAYS, period_bounds, periods_back
from ..analysis.state import INSUFFICIENT, Thresholds, classify
from .playbook import Condition, Rule

HORIZON = 6
"""Months after the window in which the outcome balance is measured."""

LAG = 3
"""Months after the window in which the recommended engagement must happen."""

SUMS = ("n", "w", "wc", "w4", "n4")
"""Monthly sums per pair: events, weight, conflict weight (quads 3-4), quad-4 weight, quad-4 events."""


@dataclass
class Case:
    """One past dyad-window in the rule's condition, with what followed it."""

    a: str
    b: str
    window_start: date
    window_end: date
    balance_before: float
    balance_after: float
    engaged: bool
    engagement_events: int

    @property
    def change(self) -> float:
        return self.balance_after - self.balance_before

    def to_dict(self) -> dict:
        return {
            "a": self.a, "b": self.b, "window": [self.window_start.isoformat(), self.window_end.isoformat()],
            "balance_before": round(self.balance_before, 4), "balance_after": round(self.balance_after, 4),
            "change": round(self.change, 4), "engaged": self.engaged, "engagement_events": self.engagement_events,
        }


@dataclass
class Outcome:
    """Improvement counts of a set of cases."""

    n: int
    improved: int
    median_change: float | None

    @property
    def share(self) -> float | None:
        return self.improved / self.n if self.n else None

    @classmethod
    def of(cls, cases: list[Case]) -> Outcome:
        ch = [c.change for c in cases]
        return cls(len(ch), sum(1 for x in ch if x > 0), float(np.median(ch)) if ch else None)


@dataclass
class Precedents:
    """The precedents of one rule (see the module docstring)."""

    rule_id: str
    cases: list[Case] = field(default_factory=list)
    pairs: int = 0
    windows_searched: int = 0
    first_window: date | None = None
    last_window: date | None = None
    reason: str | None = None
    """Why the search could not run at all (history too short), else None."""

    @property
    def engaged(self) -> list[Case]:
        return [c for c in self.cases if c.engaged]

    @property
    def not_engaged(self) -> list[Case]:
        return [c for c in self.cases if not c.engaged]

    @property
    def with_engagement(self) -> Outcome:
        return Outcome.of(self.engaged)

    @property
    def without_engagement(self) -> Outcome:
        return Outcome.of(self.not_engaged)

    def to_dict(self) -> dict:
        w, wo = self.with_engagement, self.without_engagement
        return {
            "rule": self.rule_id, "pairs": self.pairs, "windows_searched": self.windows_searched,
            "condition_windows": len(self.cases),
            "with_engagement": {"n": w.n, "improved": w.improved, "median_change": w.median_change},
            "without_engagement": {"n": wo.n, "improved": wo.improved, "median_change": wo.median_change},
            "reason": self.reason,
            "cases": [c.to_dict() for c in self.cases],
        }


# --- the monthly sums of every pair ---------------------------------------------------------


def _prefix_match(col: Any, prefixes: tuple[str, ...]) -> Any:
    cond = None
    for p in prefixes:
        c = col.startswith(p)
        cond = c if cond is None else cond | c
    return cond


NEEDS: dict[str, tuple[str, ...]] = {
    "events": ("n",), "engagement_ratio": ("n",), "balance": ("w", "wc"), "baseline_balance": ("w", "wc"),
    "shift": ("w", "wc"), "conflict_share": ("w", "wc"), "material_conflict_share": ("w", "w4"),
}
"""The monthly sums each measure needs (aspect columns are summed only when a condition reads them)."""


def aspect_columns(rules: list[Rule]) -> dict[str, list[str]]:
    """Aspect → the sums its conditions need, in :data:`SUMS` order."""
    out: dict[str, set[str]] = {}
    for r in rules:
        for c in r.conditions:
            if c.aspect:
                out.setdefault(c.aspect, set()).update(NEEDS[c.measure])
    return {a: [x for x in SUMS if x in cols] for a, cols in sorted(out.items())}


def _conflictual(prefixes: tuple[str, ...]) -> bool:
    """Whether some code of these prefixes can be conflict (root 09-20, or a bare root ≥ 09)."""
    return any(int(p[:2]) >= 9 for p in prefixes)


def history_expr(events: Any, as_of: date, first: date, rules: list[Rule], weight: str = "articles") -> Any:
    """Ibis: one row per directed pair × anchored period k with the sums of :data:`SUMS`,
    the aspect sums the rules' conditions read (``<aspect>_n`` …, see :func:`aspect_columns`)
    and each rule's engagement events (``eng<i>_n``, ``eng<i>_w``, and ``eng<i>_wc`` when the
    rule's codes can be conflict).

    Flags are computed once per row (aspect index, engagement bit mask) so that the filtered
    sums compare small integers, not strings."""
    t = events.filter(events.source_country.notnull() & events.target_country.notnull()
                      & (events.source_country != events.target_country)
                      & (events.date >= first) & (events.date <= as_of))
    w = t.articles.fill_null(1).cast("float64") if weight == "articles" else ibis.literal(1.0)
    cols = aspect_columns(rules)
    asp_idx: Any = ibis.literal(0)
    for i, asp in enumerate(cols, 1):
        asp_idx = (t.aspect == asp).ifelse(i, asp_idx)
    mask: Any = ibis.literal(0)
    for i, r in enumerate(rules):
        mask = mask + _prefix_match(t.cameo_code, r.cameo).ifelse(1 << i, 0)
    t = t.mutate(k=periods_back(t.date, as_of), _w=w, _c=(t.quad >= 3).cast("float64"),
                 _m=(t.quad == 4).cast("float64"), _a=asp_idx.cast("int8"), _e=mask.cast("int32"))

    def sums(prefix: str, names: list[str], where: Any) -> dict[str, Any]:
        # A filtered sum is the plain sum of the value times a 0/1 flag: exactly the same
        # numbers (weights are whole counts) and far cheaper in DuckDB than FILTER clauses.
        exprs = {"w": t._w, "wc": t._w * t._c, "w4": t._w * t._m, "n4": t._m}
        flag = None if where is None else where.cast("float64")
        out = {}
        for name in names:
            if name == "n":
                out[f"{prefix}n"] = t.count() if flag is None else flag.sum()
            else:
                e = exprs[name]
                out[f"{prefix}{name}"] = e.sum() if flag is None else (e * flag).sum()
        return out

    aggs = sums("", list(SUMS), None)
    for i, (asp, names) in enumerate(cols.items(), 1):
        aggs.update(sums(f"{asp}_", names, t._a == i))
    for i, r in enumerate(rules):
        hit = (t._e & (1 << i)) != 0
        aggs.update(sums(f"eng{i}_", ["n", "w", *(["wc"] if _conflictual(r.cameo) else [])], hit))
    return t.group_by([t.source_country, t.target_country, t.k]).aggregate(**aggs)


@dataclass
class History:
    """Monthly sums per undirected pair: ``cols[name]`` is an array [pairs, K] (k = 0 most recent)."""

    pairs: list[tuple[str, str]]
    K: int
    cols: dict[str, np.ndarray]

    _cums: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def cum(self, name: str) -> np.ndarray:
        """Cumulative sums along k with a leading 0: window sum [k0, k1) = c[:, k1] − c[:, k0]."""
        if name not in self._cums:
            x = self.cols[name]
            self._cums[name] = np.concatenate([np.zeros((x.shape[0], 1)), np.cumsum(x, axis=1)], axis=1)
        return self._cums[name]


def _history_span(first_all: Any, as_of: date) -> tuple[int, date | None]:
    """K full anchored months from the store's first day to ``as_of``, and the first day of the oldest."""
    if first_all is None or pd.isna(first_all):
        return 0, None
    K = floor(((as_of - pd.Timestamp(first_all).date()).days + 1) / PERIOD_DAYS)
    return (K, period_bounds(as_of, K - 1)[0]) if K > 0 else (K, None)


def load_history(events: Any, as_of: date, rules: list[Rule], weight: str = "articles") -> History:
    """Run :func:`history_expr` over the store's full months before ``as_of``."""
    K, first = _history_span(events.aggregate(first=events.date.min()).execute().iloc[0]["first"], as_of)
    if first is None:
        return History([], 0, {})
    return history_from_arrow(history_expr(events, as_of, first, rules, weight).to_pyarrow(), K)


def history_from_arrow(tab: Any, K: int) -> History:
    """Fold the directed rows of :func:`history_expr` (an Arrow table) into undirected pairs × K."""
    if not tab.num_rows:
        return History([], K, {})
    import pyarrow.compute as pc

    def codes(col: str) -> tuple[np.ndarray, np.ndarray]:
        enc = pc.dictionary_encode(tab.column(col)).combine_chunks()
        return enc.indices.to_numpy(zero_copy_only=False), np.asarray(enc.dictionary.to_pylist(), dtype=str)

    (si, sd), (ti, td) = codes("source_country"), codes("target_country")
    names = np.unique(np.concatenate([sd, td]))  # sorted: pair order is (lo, hi) by name
    cs, ct = np.searchsorted(names, sd)[si], np.searchsorted(names, td)[ti]
    ks = tab.column("k").to_numpy().astype(np.int64)
    keep = (ks >= 0) & (ks < K)
    N = len(names)
    key = (np.minimum(cs, ct) * N + np.maximum(cs, ct))[keep]
    present = np.zeros(N * N, dtype=bool)
    present[key] = True
    pair_keys = np.flatnonzero(present)
    rows = (np.cumsum(present) - 1)[key]
    pairs = [(str(names[p // N]), str(names[p % N])) for p in pair_keys]
    cell = rows * K + ks[keep]
    cols = {}
    for c in tab.column_names:
        if c in ("source_country", "target_country", "k"):
            continue
        v = np.nan_to_num(tab.column(c).to_numpy(zero_copy_only=False).astype(float)[keep])
        cols[c] = np.bincount(cell, weights=v, minlength=len(pairs) * K).reshape(len(pairs), K)
    return History(pairs, K, cols)


# --- measures of every pair × window ------------------------------------------------------------


def _div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(b > 0, a / np.where(b > 0, b, 1.0), np.nan)


def _ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(b > 0, a / np.where(b > 0, b, 1.0), np.where(a > 0, np.inf, np.nan))


def window_measures(h: History, prefix: str, W: int, B: int, T: int) -> dict[str, np.ndarray]:
    """The measures of :data:`..playbook.MEASURES` for windows ending at t = 0 … T−1 ([pairs, T])."""
    zero = np.zeros((len(h.pairs), h.K + 1))
    c = {s: h.cum(prefix + s) if prefix + s in h.cols else zero for s in SUMS}

    def win(s: str, lo: int) -> np.ndarray:
        # sum over periods [t+lo, t+lo+len) for every t < T
        length = W if lo == 0 else B
        return c[s][:, lo + length: lo + length + T] - c[s][:, lo: lo + T]

    nR, wR, wcR, w4R, n4R = (win(s, 0) for s in SUMS)
    nB, wB, wcB, _, n4B = (win(s, W) for s in SUMS)
    bR, bB = _div(wR - 2 * wcR, wR), _div(wB - 2 * wcB, wB)
    return {
        "events": nR, "events_baseline": nB, "balance": bR, "baseline_balance": bB, "shift": bR - bB,
        "engagement_ratio": _ratio(nR / W, nB / B), "conflict_share": _div(wcR, wR),
        "material_conflict_share": _div(w4R, wR), "mc_events": n4R, "mc_ratio": _ratio(n4R / W, n4B / B),
    }


def window_slopes(h: History, W: int, T: int) -> np.ndarray:
    """WLS slope of the monthly balance over each recent window (as :mod:`..analysis.measures`):
    weights W_k = Σ w, time −j for the j-th period back; NaN with fewer than 3 active months."""
    w, wc = h.cols["w"], h.cols["wc"]
    ww = sliding_window_view(w, W, axis=1)[:, :T]
    yy = _div(sliding_window_view(w - 2 * wc, W, axis=1)[:, :T], ww)
    yy = np.nan_to_num(yy)
    t = -np.arange(W, dtype=float)
    sw = ww.sum(-1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        xbar = (ww * t).sum(-1, keepdims=True) / np.where(sw > 0, sw, 1.0)
        ybar = (ww * yy).sum(-1, keepdims=True) / np.where(sw > 0, sw, 1.0)
        sxx = (ww * (t - xbar) ** 2).sum(-1)
        sxy = (ww * (t - xbar) * (yy - ybar)).sum(-1)
        slope = np.where(sxx > 1e-12 * np.maximum(sw[..., 0], 1.0), sxy / np.where(sxx > 0, sxx, 1.0), np.nan)
    active = (ww > 0).sum(-1)
    return np.where(active >= 3, slope, np.nan)


def window_states(m: dict[str, np.ndarray], slope: np.ndarray, W: int, th: Thresholds) -> np.ndarray:
    """The state of every pair × window by the assessment's rules on point values."""
    shape = m["balance"].shape
    st = classify(th, W, m["balance"].ravel(), slope.ravel(), m["shift"].ravel(), m["engagement_ratio"].ravel(),
                  m["mc_ratio"].ravel(), m["mc_events"].ravel(), np.nan_to_num(m["material_conflict_share"]).ravel())
    st = st.reshape(shape).astype(object)
    few = (m["events"] < th.min_recent_events) | (m["events_baseline"] < th.min_baseline_events)
    st[few] = INSUFFICIENT
    return st


def find_precedents(h: History, rules: list[Rule], as_of: date, W: int, B: int,
                    th: Thresholds) -> dict[str, Precedents]:
    """Precedents of each rule (``rules`` in the order :func:`history_expr` was built with)."""
    out = {r.id: Precedents(r.id) for r in rules}
    T = h.K - W - B + 1  # windows ending at t = 0 … T−1 have a full baseline
    if not h.pairs or T <= HORIZON:
        need = W + B + HORIZON
        for p in out.values():
            p.reason = (f"the store's history ({h.K} full months up to {as_of}) is too short: a precedent needs "
                        f"{need} months ({W}-month window, {B}-month baseline, {HORIZON} months after)")
        return out
    measures: dict[str | None, dict[str, np.ndarray]] = {None: window_measures(h, "", W, B, T)}
    aspects = {c.aspect for r in rules for c in r.conditions if c.aspect}
    for asp in aspects:
        measures[asp] = window_measures(h, f"{asp}_", W, B, T)
    states = window_states(measures[None], window_slopes(h, W, T), W, th)
    cw, cwc = h.cum("w"), h.cum("wc")
    ts = np.arange(T)
    valid_t = ts >= HORIZON
    after_w = np.zeros((len(h.pairs), T))
    after_wc = np.zeros_like(after_w)
    after_w[:, valid_t] = cw[:, ts[valid_t]] - cw[:, ts[valid_t] - HORIZON]
    after_wc[:, valid_t] = cwc[:, ts[valid_t]] - cwc[:, ts[valid_t] - HORIZON]
    span = W + HORIZON
    for i, r in enumerate(rules):
        p = out[r.id]
        cond = np.broadcast_to(valid_t, states.shape).copy()
        for c in r.conditions:
            cond &= _holds(c, states if c.measure == "state" else measures[c.aspect][c.measure])
        ce, cew = h.cum(f"eng{i}_n"), h.cum(f"eng{i}_w")
        cewc = h.cum(f"eng{i}_wc") if f"eng{i}_wc" in h.cols else np.zeros_like(cew)
        eng_n = np.zeros_like(after_w)
        lag_t = ts[valid_t]
        eng_n[:, valid_t] = ce[:, lag_t] - ce[:, lag_t - LAG]
        e_w = np.zeros_like(after_w)
        e_wc = np.zeros_like(after_w)
        e_w[:, valid_t] = cew[:, lag_t] - cew[:, lag_t - HORIZON]
        e_wc[:, valid_t] = cewc[:, lag_t] - cewc[:, lag_t - HORIZON]
        rest_w, rest_wc = after_w - e_w, after_wc - e_wc
        b_after = _div(rest_w - 2 * rest_wc, rest_w)
        cond &= ~np.isnan(b_after) & ~np.isnan(measures[None]["balance"])
        last = np.full(len(h.pairs), np.iinfo(np.int64).max // 2)
        taken = np.zeros_like(cond)
        for t in range(T - 1, HORIZON - 1, -1):  # oldest window first
            take = cond[:, t] & (last - t >= span)
            taken[:, t] = take
            last[take] = t
        p.pairs = len(h.pairs)
        p.windows_searched = int(valid_t.sum()) * len(h.pairs)
        p.first_window = period_bounds(as_of, T - 1)[1]
        p.last_window = period_bounds(as_of, HORIZON)[1]
        starts = [period_bounds(as_of, t + W - 1)[0] for t in range(T)]
        ends = [period_bounds(as_of, t)[1] for t in range(T)]
        dd, tt = np.nonzero(taken)
        order = np.lexsort((dd, -tt))  # oldest window first, then pair order
        bal = measures[None]["balance"]
        dd, tt = dd[order], tt[order]
        n_engs = np.rint(eng_n[dd, tt]).astype(np.int64).tolist()  # whole counts
        for d, t, before, after, n_eng in zip(dd.tolist(), tt.tolist(), bal[dd, tt].tolist(),
                                              b_after[dd, tt].tolist(), n_engs):
            p.cases.append(Case(
                a=h.pairs[d][0], b=h.pairs[d][1], window_start=starts[t], window_end=ends[t],
                balance_before=before, balance_after=after, engaged=n_eng >= r.min_events, engagement_events=n_eng,
            ))
    return out


def _holds(c: Condition, values: np.ndarray) -> np.ndarray:
    if c.measure == "state":
        return np.isin(values, list(c.states))
    ok = ~np.isnan(values.astype(float))
    v = np.nan_to_num(values.astype(float), nan=0.0, posinf=np.inf)
    if c.low is not None:
        ok &= v >= c.low
    if c.high is not None:
        ok &= v <= c.high
    return ok


def precedents(events: Any, rules: list[Rule], as_of: date, W: int, B: int,
               th: Thresholds | None = None) -> dict[str, Precedents]:
    """Precedents of each of ``rules`` in the whole store (one query; see the module docstring)."""
    return start_precedents(events, rules, as_of, W, B, th).result()


# --- running the search beside the rest of the brief, and remembering it -------------------------

CACHE_SIZE = 64
"""Rules' precedents remembered per process (read-only DuckDB stores only; see :func:`_cache_key`)."""

_cache: OrderedDict[tuple, Precedents] = OrderedDict()
_cache_lock = threading.Lock()


def clear_cache() -> None:
    """Forget every remembered precedent search."""
    with _cache_lock:
        _cache.clear()


def _duckdb_con(events: Any) -> Any:
    """The DuckDB connection under an Ibis table, or None (another backend)."""
    import duckdb

    try:
        con = getattr(events._find_backend(), "con", None)
    except Exception:  # not a bound Ibis table
        return None
    return con if isinstance(con, duckdb.DuckDBPyConnection) else None


def _store_key(con: Any, events: Any) -> tuple | None:
    """What identifies the data a search reads: the store file (path, size, mtime, inode) when
    it is open read-only (no one can change it while it is open), and the events expression.
    None (do not remember) for writable or in-memory databases and other backends."""
    if con is None:
        return None
    try:
        row = con.execute("SELECT path, readonly FROM duckdb_databases() WHERE database_name = current_database()") \
            .fetchone()
        if not row or not row[0] or not row[1]:
            return None
        st = os.stat(row[0])
        return (os.path.realpath(row[0]), st.st_size, st.st_mtime_ns, st.st_ino, ibis.to_sql(events, dialect="duckdb"))
    except Exception:
        return None


def _is_duckdb_error(e: BaseException | None) -> bool:
    import duckdb

    return isinstance(e, duckdb.Error)


class PendingPrecedents:
    """A precedent search started by :func:`start_precedents`; :meth:`result` waits for it."""

    def __init__(self, params: tuple, rules: list[Rule], done: dict[str, Precedents], run: Any = None,
                 fallback: Any = None, cursor: Any = None) -> None:
        self.params = params
        """(as_of, W, B, thresholds) of the search."""
        self._rules = {r.id: r for r in rules}
        self._done = done
        self._run = run
        self._fallback = fallback
        self._cursor = cursor
        self._value: dict[str, Precedents] | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def _start(self) -> None:
        def target() -> None:
            try:
                self._value = self._run()
            except BaseException as e:  # re-raised in the caller's thread
                self._error = e

        self._thread = threading.Thread(target=target, name="dyadwatch-precedents", daemon=True)
        self._thread.start()

    def result(self) -> dict[str, Precedents]:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        elif self._run is not None and self._value is None and self._error is None:
            self._value = self._run()
        if self._fallback is not None and _is_duckdb_error(self._error):
            # the cursor could not read the events (a temporary table or view of the
            # caller's connection): search on the caller's connection, in this thread
            self._error, self._value = None, self._fallback()
        if self._error is not None:
            raise self._error
        return {**self._done, **(self._value or {})}

    def cancel(self) -> None:
        """Stop the search if it is still running (its result is not needed)."""
        if self._thread is not None:
            try:
                self._cursor.interrupt()
            except Exception:  # already finished or closed
                pass
            self._thread.join()
            self._thread = None
        self._run = self._fallback = None


def start_precedents(events: Any, rules: list[Rule], as_of: date, W: int, B: int,
                     th: Thresholds | None = None) -> PendingPrecedents:
    """Start the precedent search of ``rules``; on DuckDB its query runs in a thread on a
    cursor of its own (DuckDB releases the GIL), so the caller can go on meanwhile. Rules
    already searched in this process on the same read-only store, as-of date, windows and
    thresholds are not searched again. The result (``.result()``) is the same as a fresh
    search's; treat it as read-only."""
    th = th or Thresholds()
    params = (as_of, W, B, th)

    def pending(*args: Any, **kw: Any) -> PendingPrecedents:
        return PendingPrecedents(params, rules, *args, **kw)

    if not rules:
        return pending({})
    con = _duckdb_con(events)
    store = _store_key(con, events)

    def key(r: Rule) -> tuple | None:
        return None if store is None else (store, as_of, W, B, th, r)

    done: dict[str, Precedents] = {}
    if store is not None:
        with _cache_lock:
            for r in rules:
                hit = _cache.get(key(r))  # type: ignore[arg-type]
                if hit is not None:
                    _cache.move_to_end(key(r))
                    done[r.id] = hit
    todo = [r for r in rules if r.id not in done]
    if not todo:
        return pending(done)

    def remember(found: dict[str, Precedents]) -> dict[str, Precedents]:
        if store is not None:
            with _cache_lock:
                for r in todo:
                    _cache[key(r)] = found[r.id]  # type: ignore[index]
                while len(_cache) > CACHE_SIZE:
                    _cache.popitem(last=False)
        return found

    def run_ibis() -> dict[str, Precedents]:
        h = load_history(events, as_of, todo, th.weight)
        return remember(find_precedents(h, todo, as_of, W, B, th))

    if con is None:
        return pending(done, run_ibis)
    # the expression is built and compiled here (Ibis is not thread-safe); the thread only waits on DuckDB
    try:
        first_all = con.execute(ibis.to_sql(events.aggregate(first=events.date.min()), dialect="duckdb")).fetchone()[0]
    except Exception:  # e.g. events in a temporary object the SQL cannot name: the Ibis path
        return pending(done, run_ibis)
    K, first = _history_span(first_all, as_of)
    if first is None:
        return pending(done, lambda: remember(find_precedents(History([], 0, {}), todo, as_of, W, B, th)))
    sql = str(ibis.to_sql(history_expr(events, as_of, first, todo, th.weight), dialect="duckdb"))
    cur = con.cursor()

    def run_duckdb() -> dict[str, Precedents]:
        try:
            tab = cur.execute(sql).to_arrow_table()
        finally:
            cur.close()
        return remember(find_precedents(history_from_arrow(tab, K), todo, as_of, W, B, th))

    p = pending(done, run_duckdb, fallback=run_ibis, cursor=cur)
    p._start()
    return p
