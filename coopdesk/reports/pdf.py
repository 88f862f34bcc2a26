"""Write a :class:`Document` as a PDF in one or two languages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO

from coopdesk.i18n import Catalog
from coopdesk.i18n.formatting import Formatter
from coopdesk.reports.blocks import Document
from coopdesk.reports.catalogs import Lang, languages_of
from coopdesk.reports.data import Header
from coopdesk.reports.layout import Renderer
from coopdesk.reports.options import LAYOUTS, SIDE_BY_SIDE
from coopdesk.reports.templates import ReportDocTemplate
from coopdesk.reports.text import visual

Output = str | Path | IO[bytes]


def write_pdf(
    doc: Document, langs: Sequence[Lang], layout: str, header: Header, out: Output
) -> None:
    """Render ``doc`` into ``out`` (a path or a binary file)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    renderer = Renderer(langs, layout, header.letterhead)
    issued = [lang.fmt.date(header.issued_on, "long") for lang in langs]
    story = renderer.story(doc, issued)
    template = ReportDocTemplate(
        str(out) if isinstance(out, Path) else out,
        langs=langs,
        letterhead=header.letterhead,
        title=" / ".join(doc.cover.title(lang) for lang in langs),
        header_title="  ·  ".join(visual(doc.short_title(lang), lang.rtl) for lang in langs),
        subject=" / ".join(doc.subject(lang) for lang in langs),
        keywords=[*doc.keywords, *(lang.code for lang in langs)],
        issued_on=header.issued_on,
    )
    template.render(story)


def build(
    doc: Document,
    header: Header,
    catalogs: Sequence[Catalog],
    fmts: Sequence[Formatter],
    out: Output,
    layout: str = SIDE_BY_SIDE,
) -> None:
    """The common end of every ``build_<report>``: languages paired, PDF written."""
    write_pdf(doc, languages_of(catalogs, fmts), layout, header, out)
