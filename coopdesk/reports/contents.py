"""The table of contents, laid out in one pass: page numbers are written when pages are saved.

Its entries (the headings) are known before layout, so its height never changes; each page
number is left as a slot that the numbered canvas fills once the heading's page is known.
This halves the time of a long report compared with platypus' two-pass TableOfContents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from coopdesk.reports.cells import text_width
from coopdesk.reports.styles import MUTED, RULE, stylesheet
from coopdesk.reports.text import wrap_words

# Room kept on the right for the page numbers.
NUMBER_WIDTH = 28.0


@dataclass(frozen=True)
class TocEntry:
    level: int
    # In display order (right-to-left parts already reordered).
    text: str
    key: str


class ContentsTable(Flowable):
    """The headings (levels 0 to 2) with dotted leaders and page numbers; links to them."""

    def __init__(self, entries: list[TocEntry]) -> None:
        super().__init__()
        self.entries = entries  # filled by the renderer before layout starts
        self._width = -1.0
        self._rows: list[tuple[TocEntry, list[str], ParagraphStyle, float]] = []

    @staticmethod
    def style(level: int) -> ParagraphStyle:
        return stylesheet(False)[f"toc{min(level, 2)}"]

    def _layout(self, width: float) -> None:
        if width == self._width:
            return
        self._width = width
        self._rows = []
        for entry in self.entries:
            style = self.style(entry.level)
            inner = width - style.leftIndent - NUMBER_WIDTH

            def measure(s: str, style: ParagraphStyle = style) -> float:
                return text_width(s, style.fontName, style.fontSize)

            lines = wrap_words(entry.text, inner, measure)
            height = len(lines) * style.leading + style.spaceBefore
            self._rows.append((entry, lines, style, height))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._layout(availWidth)
        self.width = availWidth
        self.height = sum(r[3] for r in self._rows)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._layout(availWidth)
        used, n = 0.0, 0
        for _entry, _lines, _style, height in self._rows:
            if used + height > availHeight:
                break
            used += height
            n += 1
        if n == 0 or n == len(self._rows):
            return []
        return [ContentsTable(self.entries[:n]), ContentsTable(self.entries[n:])]

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for entry, lines, style, height in self._rows:
            top = y - style.spaceBefore
            y -= height
            canvas.setFillColor(style.textColor)
            canvas.setFont(style.fontName, style.fontSize)
            base = top
            for line in lines:
                base -= style.leading
                canvas.drawString(style.leftIndent, base + style.leading * 0.25, line)
            last = text_width(lines[-1], style.fontName, style.fontSize) if lines else 0
            self._leader(canvas, style.leftIndent + last + 4, base + style.leading * 0.25, style)
            x, y_abs = canvas.absolutePosition(self.width, base + style.leading * 0.25)
            record = getattr(canvas, "toc_slot", None)
            if record is not None:
                record(entry.key, x, y_abs, style.fontName, style.fontSize)
            canvas.linkRect("", entry.key, (0, y, self.width, top), relative=1, thickness=0)

    def _leader(self, canvas: Any, start: float, base: float, style: ParagraphStyle) -> None:
        end = self.width - NUMBER_WIDTH + 4
        if end - start < 8:
            return
        canvas.saveState()
        canvas.setStrokeColor(RULE if style.textColor != MUTED else RULE)
        canvas.setLineWidth(0.6)
        canvas.setDash(0.6, 2.4)
        canvas.line(start, base + 1, end, base + 1)
        canvas.restoreState()


def page_numbers(
    slots: Sequence[tuple[int, str, float, float, str, float]], pages: dict[str, int]
) -> dict[int, list[tuple[str, float, float, str, float]]]:
    """Slots grouped by the page they are on, with the page number of their heading."""
    out: dict[int, list[tuple[str, float, float, str, float]]] = {}
    for page, key, x, y, font, size in slots:
        if key in pages:
            out.setdefault(page, []).append((str(pages[key]), x, y, font, size))
    return out
