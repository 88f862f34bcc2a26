"""Paragraphs of the reports: plain or right-to-left text, user text with its missing marker."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from coopdesk.reports.catalogs import Lang, marker, pick
from coopdesk.reports.flowables import RtlParagraph
from coopdesk.reports.styles import FONT, FONT_ITALIC, italic_font_for, stylesheet
from coopdesk.reports.text import escape, is_rtl, visual

_PARAGRAPHS = re.compile(r"\n\s*\n")


@lru_cache(maxsize=64)
def _aligned(style: ParagraphStyle, alignment: int) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{alignment}", parent=style, alignment=alignment)


@lru_cache(maxsize=16)
def _upright(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-upright", parent=style, fontName=FONT)


def paragraph(text: str, style: str, rtl: bool, alignment: int | None = None) -> Flowable:
    """Plain text as a flowable: a Paragraph, or an RtlParagraph for Arabic."""
    st = stylesheet(rtl)[style]
    if alignment is not None:
        st = _aligned(st, alignment)
    if rtl:
        return RtlParagraph(text, st)
    if st.fontName == FONT_ITALIC and italic_font_for(text) != FONT_ITALIC:
        st = _upright(st)
    return Paragraph(escape(visual(text, False)), st)


def user_flowables(texts: Mapping[str, str], lang: Lang, style: str = "body") -> list[Flowable]:
    """A user text in ``lang``; when missing, a grey marker and the text it fell back to."""
    picked = pick(texts, lang.code)
    if not picked.text:
        return [paragraph("—", "note", lang.rtl)]
    if picked.source is None:
        # One flowable per typed paragraph: a long text splits across pages cheaply.
        return [paragraph(part, style, lang.rtl) for part in _PARAGRAPHS.split(picked.text)]
    note = marker(lang, picked.source)
    small = style.startswith("cell")
    missing = "cell_missing" if small else "missing"
    first = paragraph(note, missing, lang.rtl)
    if not small:
        first.spaceAfter = 0
    # The fallback keeps its own direction, aligned like the column it stands in.
    align = TA_RIGHT if lang.rtl else None
    return [first, paragraph(picked.text, missing, is_rtl(picked.source), align)]
