"""Reading news into :class:`~dyadwatch.coding.coder.Document` objects, streaming.

Formats (told by the file name, else by the first non-blank character):

* **JSON Lines** (``.jsonl``, ``.ndjson``, or text starting with ``{``): one object per line
  with ``text`` and optional ``id``, ``date`` (ISO, a longer timestamp is cut to its day),
  ``url``, ``title``. ``doc_id`` is ``id``, else the line number. Read line by line: a
  100 MB file is never held in memory.
* **HTML** (``.html``, ``.htm``): the main text extracted with trafilatura, with the page's
  title, date and canonical URL when it declares them.
* **RSS/Atom feeds** (``.rss``, ``.atom``, ``.xml``, or text starting with ``<rss``/``<feed``/
  ``<?xml``): one document per entry — title and summary/content (HTML stripped), link,
  published date — parsed by feedparser.
* **Plain text** (anything else): one document, ``doc_id`` ``1``; paragraphs are coded in
  order and sentence numbers run through the whole text.

Bad input never stops a run: a line that is not JSON, a record without ``text``, a line or
file that is not UTF-8, an HTML page with no extractable text, a feed that does not parse —
each is reported to ``on_skip(where, reason)`` (``where`` is ``file:line`` or ``file``) and
skipped; the rest is read.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO

from .coder import Document

OnSkip = Callable[[str, str], None]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
TEXT_SUFFIXES = (".txt", ".text", ".md")


class Skipped(Exception):
    """An item that could not be read (the message says why)."""


def parse_date(value: object) -> date | None:
    """ISO date or timestamp (``2024-05-01``, ``2024-05-01T10:00:00Z``) → date; None if absent."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value if not isinstance(value, datetime) else value.date()
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s) or re.match(r"^(\d{4})(\d{2})(\d{2})$", s)
    if not m:
        raise ValueError(f"date {s!r} is not ISO (YYYY-MM-DD)")
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def sniff(path: Path, head: bytes) -> str:
    """``jsonl``, ``html``, ``feed`` or ``text`` for a file (suffix first, then content)."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in TEXT_SUFFIXES:
        return "text"
    start = head.lstrip()[:200].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<rss", b"<feed", b"<?xml")) and (b"<rss" in start or b"<feed" in start or b"<rdf" in start):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def read_documents(path: str | Path, on_skip: OnSkip, kind: str | None = None, stream: IO[bytes] | None = None) -> Iterator[Document]:
    """Documents in a file (or in ``stream``, e.g. stdin, named ``path``)."""
    path = Path(path)
    name = str(path)
    if stream is None:
        try:
            f: IO[bytes] = open(path, "rb")
        except OSError as e:
            on_skip(name, f"cannot open ({e.strerror or e})")
            return
    else:
        f = stream
    try:
        buffered = f if isinstance(f, io.BufferedReader) else io.BufferedReader(f)  # type: ignore[arg-type]
        head = buffered.peek(512)[:512]
        kind = kind or sniff(path, head)
        if kind == "jsonl":
            yield from _jsonl(buffered, name, on_skip)
        elif kind == "html":
            yield from _html(buffered.read(), name, on_skip)
        elif kind == "feed":
            yield from _feed(buffered.read(), name, on_skip)
        else:
            yield from _text(buffered, name, on_skip)
    finally:
        if stream is None:
            f.close()


def _jsonl(f: IO[bytes], name: str, on_skip: OnSkip) -> Iterator[Document]:
    for lineno, raw in enumerate(f, 1):
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            on_skip(where, f"not UTF-8 (byte {e.start})")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            on_skip(where, f"not JSON ({e.msg})")
            continue
        if not isinstance(rec, dict):
            on_skip(where, "not a JSON object")
            continue
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            on_skip(where, "record has no 'text'")
            continue
        try:
            when = parse_date(rec.get("date"))
        except ValueError as e:
            on_skip(where, str(e))
            continue
        doc_id = rec.get("id")
        yield Document(
            doc_id=str(doc_id) if doc_id not in (None, "") else str(lineno),
            text=text,
            date=when,
            url=_str(rec.get("url")),
            title=_str(rec.get("title")),
            source=where,
        )


def _str(v: object) -> str | None:
    return str(v) if v not in (None, "") else None


def _text(f: IO[bytes], name: str, on_skip: OnSkip) -> Iterator[Document]:
    data = f.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        on_skip(f"{name}:{line}", f"not UTF-8 (byte {e.start}); file skipped")
        return
    if text.strip():
        yield Document(doc_id="1", text=text, source=name)


def _html(data: bytes, name: str, on_skip: OnSkip) -> Iterator[Document]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as e:  # trafilatura raises many kinds on broken markup
        on_skip(name, f"unreadable HTML ({type(e).__name__})")
        return
    if result is None:
        on_skip(name, "no article text found in the HTML")
        return
    get = result.get if isinstance(result, dict) else (lambda k, _r=result: getattr(_r, k, None))
    text = get("text")
    if not text or not str(text).strip():
        on_skip(name, "no article text found in the HTML")
        return
    when = None
    try:
        when = parse_date(get("date"))
    except ValueError:
        when = None
    yield Document(doc_id="1", text=str(text), date=when, url=_str(get("url")), title=_str(get("title")), source=name)


_TAG = re.compile(r"<[^>]+>")


def strip_html(s: str) -> str:
    """Text of an HTML fragment (tags dropped, entities decoded, space collapsed)."""
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", s))).strip()


def _feed(data: bytes, name: str, on_skip: OnSkip) -> Iterator[Document]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception")
        on_skip(name, f"not an RSS/Atom feed ({reason})" if reason else "feed has no entries")
        return
    for i, entry in enumerate(entries, 1):
        title = strip_html(entry.get("title", "") or "")
        body = ""
        if entry.get("content"):
            body = " ".join(strip_html(c.get("value", "")) for c in entry["content"])
        if not body:
            body = strip_html(entry.get("summary", "") or entry.get("description", "") or "")
        text = body if not title else (f"{title}. {body}" if body and not body.startswith(title) else (body or title))
        if not text.strip():
            on_skip(f"{name}#{i}", "feed entry has no text")
            continue
        when = None
        for key in ("published_parsed", "updated_parsed"):
            t = entry.get(key)
            if t:
                when = date(t.tm_year, t.tm_mon, t.tm_mday)
                break
        yield Document(
            doc_id=str(entry.get("id") or entry.get("link") or i),
            text=text,
            date=when,
            url=_str(entry.get("link")),
            title=title or None,
            source=f"{name}#{i}",
        )
