"""The analyst brief: ``dyadwatch brief A B`` in Markdown, HTML and PDF (docs/brief.md).

:func:`~.assemble.build_brief` turns an assessment into a :class:`~.model.Brief`;
:mod:`.render` writes it out.
"""

from .assemble import build_brief
from .model import Brief
from .render import render, write_brief

__all__ = ["Brief", "build_brief", "render", "write_brief"]
