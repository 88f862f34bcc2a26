"""Table cells drawn as pre-wrapped lines: cheap to measure again, fast to draw, never markup."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from coopdesk.reports.styles import FONT_ITALIC, italic_font_for
from coopdesk.reports.text import has_rtl, visual, wrap_words


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


class Lines(Flowable):
    """Text parts (each with its style) wrapped to the cell width, drawn line by line.

    The text is drawn as typed (no markup is interpreted). A right-to-left part is wrapped in
    logical order, then each line is reordered for display.
    """

    def __init__(self, parts: Sequence[tuple[str, ParagraphStyle, bool]], alignment: int):
        super().__init__()
        self.parts = list(parts)  # (text, style, right to left)
        self.alignment = alignment
        self._width = -1.0
        self._lines: list[tuple[str, str, float, ParagraphStyle]] = []
        self.height = 0.0

    def longest_word(self) -> float:
        """The width of the widest word: a column cannot be narrower."""
        return max(
            (text_width(word, style.fontName, style.fontSize)
             for text, style, _rtl in self.parts for word in text.split()),
            default=0.0,
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth != self._width:
            self._width = availWidth
            self._lines = []
            for text, style, rtl in self.parts:
                font = style.fontName
                if font == FONT_ITALIC:
                    font = italic_font_for(text)
                size = style.fontSize

                def measure(s: str, font: str = font, size: float = size) -> float:
                    return text_width(s, font, size)

                for line in wrap_words(text, availWidth, measure):
                    shown = visual(line, rtl) if rtl or has_rtl(line) else line
                    self._lines.append((shown, font, size, style))
            self.height = sum(style.leading for _l, _f, _s, style in self._lines)
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for line, font, size, style in self._lines:
            y -= style.leading
            canvas.setFont(font, size)
            canvas.setFillColor(style.textColor)
            base = y + (style.leading - size) * 0.5 + size * 0.2
            if self.alignment == TA_RIGHT:
                canvas.drawRightString(self.width, base, line)
            elif self.alignment == TA_CENTER:
                canvas.drawCentredString(self.width / 2, base, line)
            else:
                canvas.drawString(0, base, line)
