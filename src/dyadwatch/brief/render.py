"""Render a :class:`~.model.Brief` as Markdown, HTML or PDF (Jinja2 templates in
``brief/templates``; the PDF is WeasyPrint's rendering of the same HTML on A4).

Citations are footnotes in Markdown (``[^3]``) and links to a numbered source list in HTML
and PDF (``#src-3``). Charts are embedded in the HTML as ``data:`` SVG images, so the file
needs nothing from the network.
"""

from __future__ import annotations

import base64
import logging
import warnings
from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from ..analysis.events import EventRef
from ..store import DyadwatchError
from . import writing as w
from .model import Brief, Text

FORMATS = ("md", "html", "pdf")
MAX_PRECEDENTS = 8


def _md(s: str) -> str:
    """Text safe in a Markdown paragraph (no accidental emphasis, links or HTML)."""
    out = str(s)
    for ch in ("\\", "*", "_", "`", "[", "]", "<", ">"):
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _cell(s: str) -> str:
    return _md(s).replace("|", "\\|")


def _refs(ns: list[int]) -> str:
    return "".join(f"[^{n}]" for n in sorted(ns))


def _cite(t: Text) -> str:
    lead = f"**{_md(t.lead)}:** " if t.lead else ""
    return lead + _md(t.text) + _refs(t.cites)


def _cellcite(t: Text) -> str:
    lead = f"**{_cell(t.lead)}:** " if t.lead else ""
    return lead + _cell(t.text) + _refs(t.cites)


def _para(ts: list[Text]) -> str:
    return " ".join(_cite(t) for t in ts)


def _mdsource(e: EventRef) -> str:
    s = _md(w.source_text(e))
    if e.evidence:
        s += f" — “{_md(e.evidence)}”"
    if w.is_url(e.url):
        s += f" <{e.url}>"
    return s


def _hrefs(ns: list[int]) -> Markup:
    if not ns:
        return Markup("")
    links = ", ".join(f'<a href="#src-{n}">{n}</a>' for n in sorted(ns))
    return Markup(f'<sup class="cite">[{links}]</sup>')


def _hcite(t: Text) -> Markup:
    lead = Markup("<strong>{}:</strong> ").format(t.lead) if t.lead else Markup("")
    return lead + escape(t.text) + _hrefs(t.cites)


def _hpara(ts: list[Text]) -> Markup:
    return Markup(" ").join(_hcite(t) for t in ts)


def _datauri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("dyadwatch.brief", "templates"),
        autoescape=lambda name: bool(name) and name.endswith(".html.j2"),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, undefined=StrictUndefined,
    )
    env.filters.update(
        day=w.day, md=_md, cell=_cell, refs=_refs, cite=_cite, cellcite=_cellcite, para=_para,
        source=_mdsource, hsource=w.source_text, isurl=w.is_url, hrefs=_hrefs, hcite=_hcite, hpara=_hpara, datauri=_datauri,
    )
    return env


def render_markdown(brief: Brief, chart_files: dict[str, str] | None = None) -> str:
    """The brief as Markdown; ``chart_files`` maps chart keys to image paths to link (Markdown
    cannot embed the SVG itself; without it the charts are left out)."""
    return environment().get_template("brief.md.j2").render(b=brief, chart_files=chart_files or {},
                                                            max_precedents=MAX_PRECEDENTS)


def render_html(brief: Brief) -> str:
    """The brief as one self-contained HTML file (CSS and charts inline)."""
    env = environment()
    return env.get_template("brief.html.j2").render(b=brief, max_precedents=MAX_PRECEDENTS)


def render_pdf(brief: Brief) -> bytes:
    """The HTML brief printed to an A4 PDF by WeasyPrint."""
    try:
        with warnings.catch_warnings():
            # WeasyPrint 70 warns at import when the system lacks libharfbuzz-subset; it then
            # subsets fonts with fontTools, and the PDF is the same
            warnings.filterwarnings("ignore", message="HarfBuzz-Subset", category=DeprecationWarning)
            import weasyprint
    except OSError as e:  # the pango/harfbuzz system libraries are missing
        raise DyadwatchError(f"PDF output needs WeasyPrint's system libraries (pango): {e}") from None
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return weasyprint.HTML(string=render_html(brief), base_url=None).write_pdf()


def render(brief: Brief, fmt: str = "md") -> str | bytes:
    """The brief in ``fmt`` (md, html: text; pdf: bytes)."""
    if fmt == "md":
        return render_markdown(brief)
    if fmt == "html":
        return render_html(brief)
    if fmt == "pdf":
        return render_pdf(brief)
    raise DyadwatchError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_brief(brief: Brief, path: str | Path, fmt: str | None = None) -> Path:
    """Write the brief to ``path`` (format from ``fmt`` or the suffix). A Markdown file gets
    its charts as SVG files beside it (``<stem>-<chart>.svg``)."""
    path = Path(path)
    fmt = fmt or {".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}.get(path.suffix.lower(), "md")
    if fmt not in FORMATS:
        raise DyadwatchError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "pdf":
            path.write_bytes(render_pdf(brief))
        elif fmt == "html":
            path.write_text(render_html(brief), encoding="utf-8")
        else:
            files = {}
            for c in brief.charts:
                p = path.with_name(f"{path.stem}-{c.key}.svg")
                p.write_text(c.svg, encoding="utf-8")
                files[c.key] = p.name
            path.write_text(render_markdown(brief, files), encoding="utf-8")
    except OSError as e:
        raise DyadwatchError(f"{path}: cannot write the brief ({e.strerror or e})") from None
    return path
