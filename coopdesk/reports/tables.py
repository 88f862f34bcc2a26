"""Data tables: one language, or two sharing one table (headers and labels in both)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable

from coopdesk.reports.blocks import Cell, Column, Label, Multi, Table, Value
from coopdesk.reports.catalogs import Lang, marker, pick
from coopdesk.reports.cells import Lines, text_width
from coopdesk.reports.paragraphs import paragraph
from coopdesk.reports.styles import (
    CELL_SIZE,
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    cell_alignment,
    stylesheet,
    table_style,
)
from coopdesk.reports.text import has_rtl, is_rtl, visual

# Rows per reportlab Table: long tables are cut into chunks (each with its header row), which
# keeps splitting across pages linear in the number of rows.
CHUNK_ROWS = 40
_MIRROR = {"left": "right", "right": "left", "center": "center"}
# Cell padding (left + right) and the widest a single word may make a column.
_PADDING = 7.0
_MAX_WORD_SHARE = 0.3


def min_width(cell: Any, bold: bool) -> float:
    """The narrowest a column can be for this cell: its widest line, or its longest word."""
    if isinstance(cell, str):
        font = FONT_BOLD if bold else FONT
        widest = max((text_width(line, font, CELL_SIZE) for line in cell.split("\n")),
                     default=0.0)
        return widest + _PADDING
    if isinstance(cell, Lines):
        return float(min(cell.longest_word(), FRAME_WIDTH * _MAX_WORD_SHARE)) + _PADDING
    return _PADDING


def fit_widths(weights: Sequence[float], needed: Sequence[float], total: float) -> list[float]:
    """Column widths in proportion to ``weights``, none narrower than it ``needed``.

    Columns that would be too narrow get what they need; the rest share what is left. When
    even the needs do not fit, every column is scaled down alike.
    """
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        if not free:
            break
        left = total - sum(fixed.values())
        weight = sum(weights[i] for i in free)
        share = {i: left * weights[i] / weight for i in free}
        short = [i for i in free if share[i] < needed[i]]
        if not short:
            widths = [fixed.get(i, share.get(i, 0.0)) for i in range(len(weights))]
            return widths
        for i in short:
            fixed[i] = needed[i]
    scale = total / sum(needed)
    return [n * scale for n in needed]


class TableRenderer:
    """Renders :class:`Table` blocks; mirrored (columns right to left) for Arabic."""

    def __init__(self, langs: Sequence[Lang]) -> None:
        self.langs = tuple(langs)

    def render(self, table: Table, langs: Sequence[Lang]) -> list[Flowable]:
        primary = langs[0]
        if not table.rows:
            if table.empty is None:
                return []
            return [paragraph(table.empty(lang), "note", lang.rtl) for lang in langs]
        order = list(range(len(table.columns)))
        if primary.rtl:
            order.reverse()
        columns = [table.columns[i] for i in order]
        aligns = [_MIRROR[c.align] if primary.rtl else c.align for c in columns]
        header = [self._head(c, a, langs) for c, a in zip(columns, aligns, strict=True)]
        rows = [self._row(row, order, columns, aligns, langs) for row in table.rows]
        total = (
            self._row(table.total, order, columns, aligns, langs, bold=True)
            if table.total is not None
            else None
        )
        needed = [
            max(min_width(header[i], True),
                *(min_width(r[i], False) for r in rows),
                min_width(total[i], True) if total is not None else 0.0)
            for i in range(len(columns))
        ]
        widths = fit_widths([c.width for c in columns], needed, FRAME_WIDTH)
        out: list[Flowable] = []
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start:start + CHUNK_ROWS]
            last = start + CHUNK_ROWS >= len(rows)
            data = [header, *chunk, *([total] if last and total is not None else [])]
            flowable = RLTable(
                data, colWidths=widths, repeatRows=1,
                style=table_style(len(data), aligns=aligns, total=last and total is not None),
            )
            flowable.hAlign = "CENTER"
            flowable.spaceAfter = 8 if last else 0
            out.append(flowable)
        return out

    def _head(self, column: Column, align: str, langs: Sequence[Lang]) -> Any:
        styles = stylesheet(False)
        parts = [(column.title(langs[0]), styles["cell_head"], langs[0].rtl)]
        parts += [(column.title(lang), styles["cell_head_second"], lang.rtl) for lang in langs[1:]]
        return Lines(parts, cell_alignment(align, False))

    def _row(
        self,
        row: Sequence[Cell],
        order: Sequence[int],
        columns: Sequence[Column],
        aligns: Sequence[str],
        langs: Sequence[Lang],
        bold: bool = False,
    ) -> list[Any]:
        return [
            self._cell(row[i], column, align, langs, bold)
            for i, column, align in zip(order, columns, aligns, strict=True)
        ]

    def _cell(
        self, cell: Cell, column: Column, align: str, langs: Sequence[Lang], bold: bool
    ) -> Any:
        styles = stylesheet(False)
        alignment = cell_alignment(align, False)
        first = langs[0]
        if isinstance(cell, str):
            rtl = has_rtl(cell)
            if column.wrap and not bold:
                return Lines([(cell, styles["cell"], rtl)], alignment)
            return visual(cell, rtl)
        if isinstance(cell, Value):
            if column.wrap and not bold:
                return Lines([(cell(first), styles["cell"], first.rtl)], alignment)
            return visual(cell(first), first.rtl)
        if isinstance(cell, Label):
            if bold or (len(langs) == 1 and not column.wrap):
                return " / ".join(visual(cell(lang), lang.rtl) for lang in langs)
            parts = [(cell(first), styles["cell"], first.rtl)]
            parts += [(cell(lang), styles["cell_second"], lang.rtl) for lang in langs[1:]]
            return Lines(parts, alignment)
        if isinstance(cell, Multi):
            parts = []
            for n, lang in enumerate(langs):
                parts += user_parts(cell.texts, lang, styles["cell" if n == 0 else "cell_second"],
                                    styles["cell_missing"])
            return Lines(parts, alignment)
        return ""


def user_parts(
    texts: Mapping[str, str], lang: Lang, style: ParagraphStyle, missing: ParagraphStyle
) -> list[tuple[str, ParagraphStyle, bool]]:
    """A user text as cell parts: the text, or the missing marker and the fallback text."""
    picked = pick(texts, lang.code)
    if not picked.text:
        return [("—", style, False)]
    if picked.source is None:
        return [(picked.text, style, lang.rtl)]
    note = marker(lang, picked.source)
    return [(note, missing, lang.rtl), (picked.text, missing, is_rtl(picked.source))]
