"""The A4 document template: title page, letterhead header, "page X of Y" footer, outline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from io import BytesIO
from typing import IO, Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.reports.blocks import Letterhead
from coopdesk.reports.catalogs import Lang
from coopdesk.reports.contents import page_numbers
from coopdesk.reports.styles import (
    BODY_SIZE,
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    PRIMARY,
    RULE,
    register_fonts,
)
from coopdesk.reports.text import visual

PAGE_OF = QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")
_PAGE_W, _PAGE_H = PAGE_SIZE


def page_text(lang: Lang, page: int, pages: int) -> str:
    """ "Page 3 of 12" in ``lang``, numbers formatted for it, in display order."""
    text = lang.tr(PAGE_OF).format(page=lang.fmt.decimal(page), pages=lang.fmt.decimal(pages))
    return visual(text, lang.rtl)


def _fixed_date(day: dt.date) -> Callable[..., str]:
    stamp = f"D:{day:%Y%m%d}120000+00'00'"

    def formatter(*_args: Any) -> str:
        return stamp

    return formatter


def numbered_canvas(
    langs: Sequence[Lang], issued_on: dt.date, skip_first: bool = True
) -> type[Canvas]:
    """A canvas class that writes "page X of Y" in every language once the pages are known.

    Pages are kept until ``save()``; the total is then known and each footer is drawn.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._slots: list[tuple[int, str, float, float, str, float]] = []
            self._headings: dict[str, int] = {}
            self.setDateFormatter(_fixed_date(issued_on))

        def toc_slot(self, key: str, x: float, y: float, font: str, size: float) -> None:
            """Where the page number of heading ``key`` goes on the current page."""
            self._slots.append((self._pageNumber, key, x, y, font, size))

        def heading_placed(self, key: str) -> None:
            self._headings[key] = self._pageNumber

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            numbers = page_numbers(self._slots, self._headings)
            for state in self._pages:
                self.__dict__.update(state)
                page = self._pageNumber
                if not (skip_first and page == 1):
                    self._footer(page, total)
                for text, x, y, font, size in numbers.get(page, ()):
                    self.setFont(font, size)
                    self.setFillColor(MUTED)
                    self.drawRightString(x, y, text)
                super().showPage()
            super().save()

        def _footer(self, page: int, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, MARGIN_BOTTOM - 6, _PAGE_W - MARGIN_X, MARGIN_BOTTOM - 6)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            texts = "   ·   ".join(page_text(lang, page, total) for lang in langs)
            self.drawCentredString(_PAGE_W / 2, MARGIN_BOTTOM - 16, texts)
            self.drawRightString(_PAGE_W - MARGIN_X, MARGIN_BOTTOM - 16, f"{page} / {total}")
            self.restoreState()

    return NumberedCanvas


class ReportDocTemplate(BaseDocTemplate):
    """A4 pages: a title page, then body pages with the letterhead header and the outline."""

    def __init__(
        self,
        out: str | IO[bytes],
        *,
        langs: Sequence[Lang],
        letterhead: Letterhead,
        title: str,
        header_title: str,
        subject: str,
        keywords: Sequence[str],
        issued_on: dt.date,
    ) -> None:
        register_fonts()
        self.langs = tuple(langs)
        self.letterhead = letterhead
        self.header_title = header_title
        self.issued_on = issued_on
        self._logo = _reader(letterhead.logo)
        super().__init__(
            out, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
            author=letterhead.name, subject=subject, creator="CoopDesk",
            producer="CoopDesk (ReportLab)", keywords=list(keywords), invariant=1,
            lang=self.langs[0].code, initialFontName=FONT, initialFontSize=BODY_SIZE,
            initialLeading=BODY_SIZE * 1.3, displayDocTitle=1,
        )
        height = _PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
        cover = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, _PAGE_H - 2 * MARGIN_BOTTOM,
                      id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self._cover_page),
            PageTemplate("body", [body], onPage=self._body_page),
        ])

    def canvas_class(self) -> type[Canvas]:
        return numbered_canvas(self.langs, self.issued_on)

    def _cover_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(PRIMARY)
        canvas.rect(0, _PAGE_H - 8, _PAGE_W, 8, stroke=0, fill=1)
        canvas.rect(0, 0, _PAGE_W, 8, stroke=0, fill=1)
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        """Header of the body pages: logo and name on the reading side, the title opposite."""
        rtl = self.langs[0].rtl
        base = _PAGE_H - MARGIN_TOP + 12
        inner = MARGIN_X
        canvas.saveState()
        if self._logo is not None:
            w, h = self._logo.getSize()
            scale = 22 / max(w, h)
            x = _PAGE_W - MARGIN_X - w * scale if rtl else MARGIN_X
            canvas.drawImage(self._logo, x, base - 4, w * scale, h * scale, mask="auto")
            inner = MARGIN_X + w * scale + 6
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(PRIMARY)
        name = visual(self.letterhead.name, False)
        title = self.header_title  # already in display order
        if rtl:
            canvas.drawRightString(_PAGE_W - inner, base + 2, name)
        else:
            canvas.drawString(inner, base + 2, name)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        if rtl:
            canvas.drawString(MARGIN_X, base + 2, title)
        else:
            canvas.drawRightString(_PAGE_W - MARGIN_X, base + 2, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, base - 8, _PAGE_W - MARGIN_X, base - 8)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
        """Headings go to the PDF outline (bookmarks) and give the contents their pages."""
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        key = flowable.toc_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_text, key, level, closed=level > 0)
        placed = getattr(self.canv, "heading_placed", None)
        if placed is not None:
            placed(key)

    def render(self, story: list[Flowable]) -> None:
        """Build the PDF in one pass (the contents' page numbers are filled at the end)."""
        self.build(story, canvasmaker=self.canvas_class())


def _reader(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        reader = ImageReader(BytesIO(data))
        reader.getSize()
    except Exception:  # noqa: BLE001 - a damaged logo must not stop a report
        return None
    return reader
