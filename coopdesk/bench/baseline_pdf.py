"""Baselines for the reports: the same tables drawn by a bare reportlab document."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from coopdesk.config import FONTS_DIR

BASE_FONT = "BenchDejaVuSans"
MARGIN = 15 * mm


@dataclass(frozen=True)
class CapturedTable:
    """A table a report made: each cell's text, and whether it was wrapped (a flowable)."""

    rows: tuple[tuple[tuple[str, bool], ...], ...]
    widths: tuple[float, ...] | None

    @property
    def row_count(self) -> int:
        return len(self.rows)


def cell_text(cell: Any) -> str:
    """The text a table cell shows (strings, coopdesk Lines, Paragraphs, lists of them)."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, list | tuple):
        return "\n".join(cell_text(c) for c in cell)
    parts = getattr(cell, "parts", None)  # coopdesk.reports.cells.Lines
    if isinstance(parts, list):
        return "\n".join(str(p[0]) for p in parts)
    plain = getattr(cell, "getPlainText", None)
    if callable(plain):
        return str(plain())
    return str(cell) if isinstance(cell, int | float) else ""


def _from_reportlab(frame: FrameType | None) -> bool:
    """True when the table is made by reportlab itself (a table split across pages)."""
    while frame is not None and frame.f_code.co_name == "__init__":
        frame = frame.f_back
    return frame is not None and "reportlab" in Path(frame.f_code.co_filename).parts


@contextmanager
def capture_tables() -> Iterator[list[CapturedTable]]:
    """Record every table a report builds (not the pieces reportlab splits them into)."""
    captured: list[CapturedTable] = []
    original = Table.__init__

    def spy(self: Table, data: Any, colWidths: Any = None, *args: Any, **kwargs: Any) -> None:  # noqa: N803
        original(self, data, colWidths, *args, **kwargs)
        if _from_reportlab(sys._getframe(1)):
            return
        rows = tuple(
            tuple((cell_text(c), not isinstance(c, str | int | float | None)) for c in row)
            for row in data
        )
        widths = None
        if isinstance(colWidths, list | tuple) and all(
            isinstance(w, int | float) for w in colWidths
        ):
            widths = tuple(float(w) for w in colWidths)
        captured.append(CapturedTable(rows, widths))

    Table.__init__ = spy  # type: ignore[method-assign]
    try:
        yield captured
    finally:
        Table.__init__ = original  # type: ignore[method-assign]


def _register_font() -> str:
    if BASE_FONT not in pdfmetrics.getRegisteredFontNames():
        path = FONTS_DIR / "DejaVuSans.ttf"
        if not path.is_file():
            return "Helvetica"
        pdfmetrics.registerFont(TTFont(BASE_FONT, str(path)))
    return BASE_FONT


GRID = [
    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def bare_story(
    tables: Sequence[CapturedTable], frame_width: float, *, plain: bool = False
) -> list[Table]:
    """Plain tables with the same rows, columns and texts; flowable cells as Paragraphs.

    ``plain``: every cell a string, nothing wrapped (a lower bound: reportlab's cheapest).
    """
    font = _register_font()
    style = ParagraphStyle("bench", fontName=font, fontSize=8, leading=10)
    story = []
    for table in tables:
        if not table.rows:
            continue
        data: list[list[Any]] = [
            [
                Paragraph(escape(text).replace("\n", "<br/>"), style)
                if wrapped and not plain
                else text
                for text, wrapped in row
            ]
            for row in table.rows
        ]
        widths: list[float] | None = None
        if table.widths is not None and sum(table.widths) > 0:
            scale = min(1.0, frame_width / sum(table.widths))
            widths = [w * scale for w in table.widths]
        story.append(
            Table(data, colWidths=widths, repeatRows=1, style=TableStyle([*GRID,
                  ("FONT", (0, 0), (-1, -1), font, 8)]))
        )
    return story


def build_bare(tables: Sequence[CapturedTable], out: Path, *, plain: bool = False) -> None:
    """Write the tables with a reportlab SimpleDocTemplate (A4, no header, no styles)."""
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN, invariant=1,
    )
    doc.build(bare_story(tables, doc.width, plain=plain))


def summary(tables: Sequence[CapturedTable]) -> dict[str, int]:
    """How much the baseline draws: tables, rows, cells."""
    return {
        "tables": len(tables),
        "rows": sum(t.row_count for t in tables),
        "cells": sum(len(r) for t in tables for r in t.rows),
    }


def run_captured(work: Callable[[], object]) -> list[CapturedTable]:
    """Run ``work`` (a report build) and return the tables it made."""
    with capture_tables() as tables:
        work()
    return tables
