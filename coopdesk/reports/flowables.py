"""Custom flowables: right-to-left paragraphs, bilingual side-by-side columns, SDG badges."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image

from coopdesk.reports.styles import FONT_BOLD, FONT_ITALIC, GUTTER, italic_font_for
from coopdesk.reports.text import visual, wrap_words


class RtlParagraph(Flowable):
    """Plain text written right to left (Arabic): shaped, wrapped, then reordered per line.

    reportlab's Paragraph wraps the *display* order, which puts the end of an Arabic sentence
    on its first line; here lines are cut in logical order and each is reordered on its own.
    """

    def __init__(self, text: str, style: ParagraphStyle, *, _lines: list[str] | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self._fixed = _lines
        self._lines: list[str] = []
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        font = style.fontName
        self.font = italic_font_for(text) if font == FONT_ITALIC else font

    def _measure(self, text: str) -> float:
        return float(stringWidth(text, self.font, self.style.fontSize))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        inner = availWidth - self.style.leftIndent - self.style.rightIndent
        logical = self._fixed if self._fixed is not None else wrap_words(
            self.text, inner, self._measure
        )
        self._logical = logical
        self._lines = [visual(line) for line in logical]
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        if fits <= 0 or fits >= len(self._logical):
            return []
        head = RtlParagraph(self.text, self.style, _lines=self._logical[:fits])
        tail = RtlParagraph(self.text, self.style, _lines=self._logical[fits:])
        head.spaceAfter = 0
        tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        s = self.style
        canvas = self.canv
        canvas.setFont(self.font, s.fontSize)
        canvas.setFillColor(s.textColor)
        for i, line in enumerate(self._lines):
            y = self.height - i * s.leading - s.fontSize
            if s.alignment == TA_CENTER:
                canvas.drawCentredString(self.width / 2, y, line)
            elif s.alignment == TA_LEFT:
                canvas.drawString(s.leftIndent, y, line)
            else:
                canvas.drawRightString(self.width - s.rightIndent, y, line)


def _space(f: Flowable, first: bool) -> float:
    return 0.0 if first else float(f.getSpaceBefore())


def fit(flowables: Sequence[Flowable], width: float, height: float) -> tuple[list[Any], list[Any]]:
    """The flowables (or first parts of one) that fit in ``height``, and the rest."""
    placed: list[Any] = []
    used = 0.0
    for i, f in enumerate(flowables):
        before = _space(f, not placed)
        _w, h = f.wrap(width, max(height - used - before, 0))
        if used + before + h <= height + 1e-6:
            placed.append(f)
            used += before + h + f.getSpaceAfter()
            continue
        parts = f.split(width, height - used - before) if height - used - before > 0 else []
        if len(parts) > 1:
            parts[0].wrap(width, height - used - before)
            return [*placed, parts[0]], [*parts[1:], *flowables[i + 1:]]
        return placed, list(flowables[i:])
    return placed, []


class SideBySide(Flowable):
    """Two columns of flowables, one per language, that split together across pages.

    ``left`` is drawn on the left; put the right-to-left language on the right.
    """

    def __init__(self, left: Sequence[Flowable], right: Sequence[Flowable], gap: float = GUTTER):
        super().__init__()
        self.left = list(left)
        self.right = list(right)
        self.gap = gap
        first = [side[0] for side in (self.left, self.right) if side]
        self.spaceBefore = max((f.getSpaceBefore() for f in first), default=0)

    def _column(self, width: float) -> float:
        return (width - self.gap) / 2

    @staticmethod
    def _height(flowables: Sequence[Flowable], width: float, avail: float) -> float:
        total = 0.0
        for n, f in enumerate(flowables):
            _w, h = f.wrap(width, avail)
            total += h + _space(f, n == 0) + (f.getSpaceAfter() if n < len(flowables) - 1 else 0)
        return total

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        column = self._column(availWidth)
        self.width = availWidth
        self.height = max(self._height(self.left, column, availHeight),
                          self._height(self.right, column, availHeight))
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        column = self._column(availWidth)
        left, left_rest = fit(self.left, column, availHeight)
        right, right_rest = fit(self.right, column, availHeight)
        if not left and not right:
            return []
        if not left_rest and not right_rest:
            return [SideBySide(left, right, self.gap)]
        tail = SideBySide(left_rest, right_rest, self.gap)
        tail.spaceBefore = 0
        return [SideBySide(left, right, self.gap), tail]

    def draw(self) -> None:
        column = self._column(self.width)
        for x, flowables in ((0.0, self.left), (column + self.gap, self.right)):
            y = self.height
            for n, f in enumerate(flowables):
                y -= _space(f, n == 0)
                _w, h = f.wrap(column, self.height)
                f.drawOn(self.canv, x, y - h)
                y -= h + f.getSpaceAfter()


class SdgBadges(Flowable):
    """The UN Sustainable Development Goals of a project as coloured numbered squares."""

    def __init__(self, goals: Sequence[tuple[int, str]], size: float = 24, rtl: bool = False):
        super().__init__()
        self.goals = list(goals)  # (number, "#RRGGBB")
        self.size = size
        self.rtl = rtl
        self.spaceAfter = 4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        per_row = max(int((availWidth + 4) // (self.size + 4)), 1)
        rows = (len(self.goals) + per_row - 1) // per_row
        self.per_row = per_row
        self.height = rows * (self.size + 4)
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        step = self.size + 4
        for i, (number, colour) in enumerate(self.goals):
            row, col = divmod(i, self.per_row)
            x = self.width - (col + 1) * step + 4 if self.rtl else col * step
            y = self.height - (row + 1) * step + 4
            fill: Color = HexColor(colour)
            canvas.setFillColor(fill)
            canvas.roundRect(x, y, self.size, self.size, 2.5, stroke=0, fill=1)
            canvas.setFillColor(white)
            canvas.setFont(FONT_BOLD, self.size * 0.5)
            canvas.drawCentredString(x + self.size / 2, y + self.size * 0.3, str(number))


def logo_image(data: bytes | None, max_width: float, max_height: float) -> Image | None:
    """The municipality's logo scaled to fit, or None when absent or not a readable image."""
    if not data:
        return None
    try:
        width, height = ImageReader(BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 - a damaged logo must not stop a report
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(max_width / width, max_height / height)
    image = Image(BytesIO(data), width * scale, height * scale)
    image.hAlign = "CENTER"
    return image
