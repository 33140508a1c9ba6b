"""The GDELT 2.0 live feed: list, download, verify and ingest the 15-minute event exports.

GDELT 2.0 publishes three files every 15 minutes and lists every file it has ever published
in ``masterfilelist.txt`` (about 115 MB), one per line as ``size md5 url``; the newest three
are also in ``lastupdate.txt``, same format. :func:`sync_gdelt` reads one of these lists,
keeps the event exports (``YYYYMMDDHHMMSS.export.CSV.zip``) whose 15-minute timestamp lies
in the asked range, and for each of them, in time order:

1. if its MD5 is already in the store's ledger, there is nothing to do ("in store");
2. else if a copy in the cache directory has the listed size and MD5, that copy is used
   ("present": not downloaded again);
3. else it is downloaded to ``NAME.part`` (a ``.part`` left by an interrupted run is
   resumed with an HTTP ``Range`` request where the server honours one), its size and MD5
   are checked against the list, and only then is it renamed to ``NAME``;
4. the verified file is ingested with :func:`~dyadwatch.sources.gdelt.ingest_gdelt`
   (transactional and idempotent).

A download that fails (connection lost, timeout, HTTP 5xx/429/408, wrong size or MD5) is
retried with exponential backoff; one that still fails, or a client error such as HTTP 404,
is recorded in the result with its reason and the next file goes on. No listed file is
dropped without a word: every file in range ends in :class:`SyncResult` as ingested, in
store, or failed with a reason.

HTTP is the standard library's ``urllib`` (redirects and the usual ``*_proxy`` variables
are honoured). The file list is parsed line by line as it streams in and is not kept on
disk; the export files are kept in the cache directory, which is what makes a later run
resume without downloading them again.
"""

from __future__ import annotations

import http.client
import os
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..store import DyadwatchError, IngestError, Store, file_md5
from .gdelt import ingest_gdelt

GDELT2_BASE_URL = "http://data.gdeltproject.org/gdeltv2/"
"""Where GDELT 2.0 publishes its files and lists."""

MASTER_LIST = "masterfilelist.txt"
LAST_UPDATE = "lastupdate.txt"
CACHE_DIRNAME = "gdelt-cache"
"""The default cache directory: this folder beside the store file."""

BACKOFF_ENV = "DYADWATCH_SYNC_BACKOFF"
"""Environment variable: the base retry delay in seconds (default :data:`DEFAULT_BACKOFF`)."""

DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 1.0
MAX_BACKOFF = 60.0
DEFAULT_TIMEOUT = 60.0

_CHUNK = 1 << 16
_MAX_LINE = 1 << 16
_LIST_REPORT = 1 << 18  # report list progress every 256 KiB, not every line
_KIND = "gdelt"  # the ledger kind ingest_gdelt writes
_USER_AGENT = "dyadwatch-sync (+https://github.com/dyadwatch)"

_EXPORT_NAME = re.compile(r"^(\d{14})\.export\.CSV\.zip$")
_TRANSLATION_NAME = re.compile(r"^\d{14}\.translation\.export\.CSV\.zip$")
_MD5_HEX = re.compile(r"^[0-9a-fA-F]{32}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = re.compile(r"^\d{14}$")
_CONTENT_RANGE = re.compile(r"^bytes\s+(\d+)-(\d+)/(\d+|\*)$")


# --- the results ---------------------------------------------------------------------------


@dataclass
class FileResult:
    """What happened to one export file of the range.

    ``source`` says where the verified copy came from: ``"ledger"`` (already ingested, so
    neither downloaded nor read), ``"cache"`` (a verified copy was already on disk) or
    ``"download"``; it is ``None`` when no verified copy was obtained. ``error`` is set, with
    the reason, exactly when the file failed; ``stage`` then says where (``"list"``,
    ``"download"``, ``"verify"`` or ``"ingest"``).
    """

    name: str
    url: str
    size: int | None
    md5: str | None
    source: str | None = None
    attempts: int = 0
    bytes_downloaded: int = 0
    fetched: bool = False
    verified: bool = False
    ingested: bool = False
    rows_read: int = 0
    rows_added: int = 0
    error: str | None = None
    stage: str | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None

    @property
    def status(self) -> str:
        """One word: ``ingested``, ``in store`` or ``failed``."""
        if self.failed:
            return "failed"
        return "in store" if self.source == "ledger" else "ingested"


@dataclass
class SyncResult:
    """The outcome of one :func:`sync_gdelt` run: one :class:`FileResult` per listed file.

    ``listed`` counts the export files of the range in the list (malformed entries included,
    as failures); ``unreadable`` counts list lines that mention an export file but whose
    name could not be read, so that they could not be placed in or out of the range.
    """

    list_url: str
    since: str | None
    until: str | None
    cache_dir: Path
    files: list[FileResult] = field(default_factory=list)
    unreadable: int = 0

    @property
    def listed(self) -> int:
        return len(self.files)

    @property
    def in_store(self) -> int:
        """Files whose MD5 was already in the ledger: nothing downloaded, nothing added."""
        return sum(f.source == "ledger" for f in self.files)

    @property
    def present(self) -> int:
        """Files found verified in the cache directory: not downloaded again."""
        return sum(f.source == "cache" for f in self.files)

    @property
    def fetched(self) -> int:
        """Files downloaded in full this run (whether or not they then verified)."""
        return sum(f.fetched for f in self.files)

    @property
    def verified(self) -> int:
        """Files whose size and MD5 matched the list this run (downloaded or present)."""
        return sum(f.verified for f in self.files)

    @property
    def ingested(self) -> int:
        """Verified files ingested this run."""
        return sum(f.ingested for f in self.files)

    @property
    def rows_added(self) -> int:
        return sum(f.rows_added for f in self.files)

    @property
    def failures(self) -> list[FileResult]:
        return [f for f in self.files if f.failed]

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def ok(self) -> bool:
        """True when every listed file is now in the store."""
        return not self.failures

    def summary(self) -> dict[str, int]:
        """The counts, in the order the CLI prints them."""
        return {
            "listed": self.listed,
            "in store": self.in_store,
            "present": self.present,
            "fetched": self.fetched,
            "verified": self.verified,
            "ingested": self.ingested,
            "rows added": self.rows_added,
            "failed": self.failed,
        }


@dataclass(frozen=True)
class SyncEvent:
    """A progress report passed to the ``progress`` callback of :func:`sync_gdelt`.

    ``kind`` is one of:

    * ``"list"``: reading the file list at ``name`` began (``total``: its size in bytes
      when the server says; again after a retry);
    * ``"list-bytes"``: ``advance`` more bytes of the list were read;
    * ``"listed"``: the list is read; ``total`` export files are in the range;
    * ``"file"``: work on file ``name`` begins (``total``: its listed size);
    * ``"bytes"``: ``advance`` more bytes of ``name`` were downloaded;
    * ``"retry"``: an attempt on ``name`` failed with ``message``; the next one follows
      after ``delay`` seconds;
    * ``"done"``: file ``name`` is finished; ``result`` says how.
    """

    kind: str
    name: str = ""
    total: int | None = None
    advance: int = 0
    message: str = ""
    delay: float = 0.0
    result: FileResult | None = None


ProgressCallback = Callable[[SyncEvent], None]


# --- dates ---------------------------------------------------------------------------------


def parse_stamp(value: str | date | datetime, option: str = "--since", end: bool = False) -> str:
    """A 14-digit GDELT timestamp (``YYYYMMDDHHMMSS``) from ``value``.

    ``value`` is a :class:`~datetime.datetime`, a :class:`~datetime.date`, or text as
    ``YYYY-MM-DD`` or ``YYYYMMDDHHMMSS``. A bare day means its first second, or with
    ``end=True`` its last, so that ``--until 2017-07-01`` includes 23:45:00 that day.
    Raises :class:`DyadwatchError` naming ``option`` for anything else.
    """
    if isinstance(value, datetime):
        return value.strftime("%Y%m%d%H%M%S")
    if isinstance(value, date):
        return value.strftime("%Y%m%d") + ("235959" if end else "000000")
    text = str(value).strip()
    try:
        if _DAY.match(text):
            return date.fromisoformat(text).strftime("%Y%m%d") + ("235959" if end else "000000")
        if _STAMP.match(text):
            return datetime.strptime(text, "%Y%m%d%H%M%S").strftime("%Y%m%d%H%M%S")
    except ValueError:
        pass
    hint = ", YYYYMMDDHHMMSS or 'latest'" if option == "--since" else " or YYYYMMDDHHMMSS"
    raise DyadwatchError(f"{option}: {text!r} is not a date or time (use YYYY-MM-DD{hint})")


def _stamp_text(stamp: str) -> str:
    return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[8:10]}:{stamp[10:12]}:{stamp[12:14]}"


def _is_real_stamp(stamp: str) -> bool:
    try:
        datetime.strptime(stamp, "%Y%m%d%H%M%S")
    except ValueError:
        return False
    return True


def check_base_url(base_url: str) -> str:
    """``base_url`` with a trailing slash; a :class:`DyadwatchError` unless it is http(s)."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise DyadwatchError(f"--base-url: {base_url!r} is not an http:// or https:// URL")
    return base_url if base_url.endswith("/") else base_url + "/"


def backoff_from_env() -> float:
    """The base retry delay: ``$DYADWATCH_SYNC_BACKOFF`` seconds if set, else 1 second."""
    raw = os.environ.get(BACKOFF_ENV)
    if raw is None or not raw.strip():
        return DEFAULT_BACKOFF
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise DyadwatchError(f"${BACKOFF_ENV}: {raw!r} is not a number of seconds >= 0")
    return value


# --- HTTP ----------------------------------------------------------------------------------


class _Retryable(Exception):
    """A failed attempt that another attempt may cure."""


class _Permanent(Exception):
    """A failure no retry will cure (HTTP 404, a disk that cannot be written...)."""


class _Mismatch(_Retryable):
    """A download that arrived whole but has the wrong size or MD5."""


class _RangeRefused(_Retryable):
    """HTTP 416: the server will not send the asked range of a ``.part``."""


def _retryable_status(code: int) -> bool:
    return code in (408, 425, 429) or code >= 500


def _open(
    opener: urllib.request.OpenerDirector, url: str, timeout: float, headers: dict[str, str] | None = None
) -> http.client.HTTPResponse:
    """GET ``url``; a 2xx response (the caller closes it) or :class:`_Retryable`/:class:`_Permanent`."""
    req = urllib.request.Request(
        url, headers={"User-Agent": _USER_AGENT, "Accept-Encoding": "identity", **(headers or {})}
    )
    try:
        return opener.open(req, timeout=timeout)
    except urllib.error.HTTPError as e:
        code, reason = e.code, e.reason
        e.close()
        msg = f"HTTP {code} {reason}".rstrip()
        if code == 416:
            raise _RangeRefused(msg) from None
        raise (_Retryable if _retryable_status(code) else _Permanent)(msg) from None
    except urllib.error.URLError as e:
        reason = e.reason
        raise _Retryable(f"cannot connect ({reason})") from None
    except (OSError, http.client.HTTPException) as e:
        raise _Retryable(f"no response ({_describe(e)})") from None


def _describe(e: BaseException) -> str:
    text = str(e)
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


@dataclass
class _Policy:
    opener: urllib.request.OpenerDirector
    retries: int
    backoff: float
    timeout: float
    sleep: Callable[[float], None]
    progress: ProgressCallback | None

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        return min(self.backoff * 2 ** (attempt - 1), MAX_BACKOFF)

    def emit(self, event: SyncEvent) -> None:
        if self.progress is not None:
            self.progress(event)


# --- the list ------------------------------------------------------------------------------


@dataclass
class _Listing:
    files: dict[str, FileResult] = field(default_factory=dict)
    unreadable: int = 0


def _parse_line(line: bytes, base_url: str, since: str | None, until: str | None, listing: _Listing) -> None:
    """Add one list line to ``listing`` if it names an event export in the range."""
    if b".export.CSV.zip" not in line:
        return
    parts = line.decode("utf-8", "replace").split()
    name = parts[-1].rsplit("/", 1)[-1] if parts else ""
    m = _EXPORT_NAME.match(name)
    if not m:
        if not _TRANSLATION_NAME.match(name):
            listing.unreadable += 1
        return
    stamp = m.group(1)
    if (since is not None and stamp < since) or (until is not None and stamp > until):
        return
    url = urljoin(base_url, name)
    problem = None
    size: int | None = None
    md5: str | None = None
    if len(parts) != 3:
        problem = f"list line has {len(parts)} field(s), expected 'size md5 url'"
    elif not (parts[0].isascii() and parts[0].isdigit()):
        problem = f"list gives size {parts[0]!r}"
    elif not _MD5_HEX.match(parts[1]):
        problem = f"list gives MD5 {parts[1]!r}"
    elif not _is_real_stamp(stamp):
        problem = f"{stamp} is not a real date and time"
    else:
        size, md5 = int(parts[0]), parts[1].lower()
    entry = FileResult(name=name, url=url, size=size, md5=md5)
    if problem:
        entry.error, entry.stage = f"malformed list entry: {problem}", "list"
    known = listing.files.get(name)
    if known is not None and not known.failed and (entry.failed or (known.size, known.md5) == (size, md5)):
        return  # a repeat of a good entry, or a broken repeat of it
    listing.files[name] = entry  # otherwise the last entry for a name counts


def _read_file_list(
    list_url: str, base_url: str, since: str | None, until: str | None, policy: _Policy
) -> _Listing:
    """Stream ``list_url`` line by line, keeping the exports in [since, until]; retried."""
    last = ""
    attempts = policy.retries + 1
    made = 0
    for attempt in range(1, attempts + 1):
        made = attempt
        listing = _Listing()
        try:
            with _open(policy.opener, list_url, policy.timeout) as resp:
                length = resp.headers.get("Content-Length")
                expected = int(length) if length and length.isdigit() else None
                policy.emit(SyncEvent("list", name=list_url, total=expected))
                received = pending = 0
                while True:
                    try:
                        line = resp.readline(_MAX_LINE + 1)
                    except (OSError, http.client.HTTPException) as e:
                        raise _Retryable(f"connection lost after {received:,} bytes ({_describe(e)})") from None
                    if not line:
                        break
                    if len(line) > _MAX_LINE and not line.endswith(b"\n"):
                        raise _Permanent(f"a line longer than {_MAX_LINE:,} bytes: not a GDELT file list")
                    received += len(line)
                    pending += len(line)
                    if pending >= _LIST_REPORT:
                        policy.emit(SyncEvent("list-bytes", name=list_url, advance=pending))
                        pending = 0
                    _parse_line(line, base_url, since, until, listing)
                if pending:
                    policy.emit(SyncEvent("list-bytes", name=list_url, advance=pending))
                if expected is not None and received < expected:
                    raise _Retryable(f"connection closed after {received:,} of {expected:,} bytes")
            return listing
        except _Permanent as e:
            last = str(e)
            break
        except _Retryable as e:
            last = str(e)
            if attempt < attempts:
                delay = policy.delay(attempt)
                policy.emit(SyncEvent("retry", name=list_url, message=last, delay=delay))
                policy.sleep(delay)
    tries = f" after {made} attempts" if made > 1 else ""
    raise DyadwatchError(f"{list_url}: cannot read the GDELT file list ({last}){tries}")


# --- one file ------------------------------------------------------------------------------


def _verify(path: Path, size: int, md5: str) -> str | None:
    """None if ``path`` has the listed size and MD5, else what is wrong."""
    have = path.stat().st_size
    if have != size:
        return f"size {have:,} bytes, the list says {size:,}"
    digest = file_md5(path)
    if digest != md5:
        return f"MD5 mismatch: got {digest}, the list says {md5}"
    return None


def _content_range_start(value: str | None) -> int | None:
    m = _CONTENT_RANGE.match((value or "").strip())
    return int(m.group(1)) if m else None


def _download(entry: FileResult, part: Path, policy: _Policy) -> None:
    """One attempt at bringing ``part`` to the listed size (resuming it where possible).

    Returns when the server has sent the whole file as it sees it (its size is then checked
    by :func:`_verify`); raises :class:`_Retryable` for a transfer cut short and
    :class:`_Permanent` for what no retry cures. Counts the bytes in ``entry``.
    """
    assert entry.size is not None
    size = entry.size
    offset = part.stat().st_size if part.exists() else 0
    if offset > size:
        part.unlink()
        offset = 0
    if offset == size and size > 0:
        return  # a complete .part from an interrupted run: verify it as it is
    headers = {"Range": f"bytes={offset}-"} if offset else {}
    try:
        resp = _open(policy.opener, entry.url, policy.timeout, headers)
    except _RangeRefused:
        part.unlink(missing_ok=True)  # the server will not resume this .part: start over
        raise
    with resp:
        if resp.status == 206 and offset and _content_range_start(resp.headers.get("Content-Range")) == offset:
            mode, received = "ab", offset
        elif resp.status == 200:
            mode, received = "wb", 0  # no Range support: the whole file again
        else:
            part.unlink(missing_ok=True)  # a range we did not ask for: start over next time
            raise _Retryable(f"unexpected HTTP {resp.status} (Content-Range {resp.headers.get('Content-Range')!r})")
        length = resp.headers.get("Content-Length")
        # Where this response should end, by the server's own account (else the listed size).
        end = received + int(length) if length and length.isdigit() else size
        try:
            out = open(part, mode)
        except OSError as e:
            raise _Permanent(f"cannot write {part} ({_describe(e)})") from None
        with out:
            while True:
                try:
                    chunk = resp.read(_CHUNK)
                except (OSError, http.client.HTTPException) as e:
                    raise _Retryable(
                        f"connection lost after {received:,} of {size:,} bytes ({_describe(e)})"
                    ) from None
                if not chunk:
                    break
                received += len(chunk)
                if received > size:
                    out.close()
                    part.unlink()
                    raise _Mismatch(f"server sent more than the listed {size:,} bytes")
                try:
                    out.write(chunk)
                except OSError as e:
                    raise _Permanent(f"cannot write {part} ({_describe(e)})") from None
                entry.bytes_downloaded += len(chunk)
                policy.emit(SyncEvent("bytes", name=entry.name, advance=len(chunk)))
    if received < min(end, size):
        raise _Retryable(f"connection closed after {received:,} of {size:,} bytes")
    # A whole response of another size than listed is left for _verify to report.


def _fetch_verified(entry: FileResult, final: Path, policy: _Policy) -> bool:
    """Download ``entry`` into ``final`` through ``final.part`` with retries; True if verified.

    On failure ``entry.error`` and ``entry.stage`` say why (the last attempt's reason).
    """
    assert entry.size is not None and entry.md5 is not None
    part = final.with_name(final.name + ".part")
    attempts = policy.retries + 1
    for attempt in range(1, attempts + 1):
        entry.attempts = attempt
        try:
            _download(entry, part, policy)
            entry.fetched = True
            problem = _verify(part, entry.size, entry.md5)
            if problem is not None:
                part.unlink()  # a wrong file cannot be resumed: the next attempt starts over
                raise _Mismatch(problem)
            os.replace(part, final)
            entry.error = entry.stage = None
            return True
        except _Permanent as e:
            entry.error, entry.stage = str(e), "download"
            return False
        except _Retryable as e:
            entry.error = str(e)
            entry.stage = "verify" if isinstance(e, _Mismatch) else "download"
            if attempt < attempts:
                delay = policy.delay(attempt)
                policy.emit(SyncEvent("retry", name=entry.name, message=str(e), delay=delay))
                policy.sleep(delay)
    if attempts > 1:
        entry.error = f"{entry.error} (after {attempts} attempts)"
    return False


def _sync_one(store: Store, entry: FileResult, cache_dir: Path, policy: _Policy) -> None:
    """Bring one listed export into the store, recording the outcome in ``entry``."""
    if entry.failed:  # a malformed list entry: nothing to fetch
        return
    assert entry.size is not None and entry.md5 is not None
    if store.ledger_lookup(entry.md5, _KIND) is not None:
        entry.source = "ledger"  # ingested before, by MD5: nothing to fetch, check or add
        return
    final = cache_dir / entry.name
    if final.exists():
        if _verify(final, entry.size, entry.md5) is None:
            entry.source, entry.verified = "cache", True
        else:
            final.unlink()  # a stale or damaged copy: fetch it again
    if entry.source is None:
        if not _fetch_verified(entry, final, policy):
            return
        entry.source, entry.verified = "download", True
    try:
        ingested = ingest_gdelt(store, final)
    except IngestError as e:
        where = f" (line {e.line})" if e.line else ""
        entry.error, entry.stage = f"not ingested: {e.reason}{where}", "ingest"
        return
    entry.ingested = True
    entry.rows_read, entry.rows_added = ingested.rows_read, ingested.rows_added


# --- the sync ------------------------------------------------------------------------------


def resolve_range(
    since: str | date | datetime, until: str | date | datetime | None = None
) -> tuple[str | None, str | None]:
    """``(since, until)`` as 14-digit stamps (``until`` None: no end), or ``(None, None)``
    for ``since="latest"``; :class:`DyadwatchError` for anything that is not a range."""
    if isinstance(since, str) and since.strip().lower() == "latest":
        if until is not None:
            raise DyadwatchError("--until cannot be combined with --since latest")
        return None, None
    lo = parse_stamp(since, "--since")
    hi = parse_stamp(until, "--until", end=True) if until is not None else None
    if hi is not None and hi < lo:
        raise DyadwatchError(f"--until {_stamp_text(hi)} is before --since {_stamp_text(lo)}")
    return lo, hi


def default_cache_dir(store: Store) -> Path:
    """``gdelt-cache`` beside the store file."""
    if str(store.path) == ":memory:":
        raise DyadwatchError("an in-memory store has no folder for downloads: pass a cache directory (--cache-dir)")
    return Path(store.path).parent / CACHE_DIRNAME


def sync_gdelt(
    store: Store,
    since: str | date | datetime,
    until: str | date | datetime | None = None,
    base_url: str | None = None,
    cache_dir: str | Path | None = None,
    *,
    retries: int = DEFAULT_RETRIES,
    backoff: float | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: ProgressCallback | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SyncResult:
    """Download, verify and ingest the GDELT 2.0 event exports from ``since`` to ``until``.

    ``since`` and ``until`` are dates, datetimes, or text as ``YYYY-MM-DD`` or
    ``YYYYMMDDHHMMSS``, both inclusive, compared with the 15-minute timestamp in each file
    name (a bare ``until`` day runs to its end); ``since="latest"`` takes the files of
    ``lastupdate.txt`` instead of the master list, and allows no ``until``.

    ``base_url`` (default :data:`GDELT2_BASE_URL`) is where the lists and files are read:
    each listed URL is replaced by its file name joined to ``base_url``, so a mirror works.
    ``cache_dir`` (default ``gdelt-cache`` beside the store) holds the verified downloads.
    A failed download is tried ``retries`` more times, waiting ``backoff`` (default
    ``$DYADWATCH_SYNC_BACKOFF`` or 1) seconds, doubling each time up to a minute;
    ``timeout`` bounds each network wait. ``progress`` receives :class:`SyncEvent` reports.

    Returns a :class:`SyncResult`; files that failed are in it, with reasons (see
    :attr:`SyncResult.ok`). Raises :class:`DyadwatchError` for bad arguments or a file list
    that cannot be read.
    """
    base = check_base_url(base_url or GDELT2_BASE_URL)
    lo, hi = resolve_range(since, until)
    list_url = urljoin(base, LAST_UPDATE if lo is None else MASTER_LIST)
    if retries < 0:
        raise DyadwatchError(f"--retries: {retries} is below 0")
    if not timeout > 0:
        raise DyadwatchError(f"--timeout: {timeout} is not a positive number of seconds")
    delay = backoff_from_env() if backoff is None else backoff
    if not delay >= 0:
        raise DyadwatchError(f"backoff: {delay} is not a number of seconds >= 0")

    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir(store)
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DyadwatchError(f"{cache}: cannot create the download folder ({_describe(e)})") from None
    if not cache.is_dir():
        raise DyadwatchError(f"{cache}: not a folder")

    policy = _Policy(
        opener=urllib.request.build_opener(),
        retries=retries,
        backoff=delay,
        timeout=timeout,
        sleep=sleep,
        progress=progress,
    )
    listing = _read_file_list(list_url, base, lo, hi, policy)
    files = sorted(listing.files.values(), key=lambda f: f.name)
    result = SyncResult(list_url=list_url, since=lo, until=hi, cache_dir=cache, files=files,
                        unreadable=listing.unreadable)
    policy.emit(SyncEvent("listed", total=len(files)))
    for entry in files:
        policy.emit(SyncEvent("file", name=entry.name, total=entry.size))
        _sync_one(store, entry, cache, policy)
        policy.emit(SyncEvent("done", name=entry.name, result=entry))
    return result
