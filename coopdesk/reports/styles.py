"""Fonts, colours, paragraph and table styles of the reports: the only place they are set."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from coopdesk.config import FONTS_DIR

# DejaVu Sans covers Latin (Polish, Romanian...), Arabic, Cyrillic and U+202F; it is embedded
# (subset) in every report. Helvetica and the other standard fonts are never used.
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
          FONT_ITALIC: "DejaVuSans-Oblique.ttf"}

# Page geometry (A4 portrait).
PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 20 * mm
GUTTER = 8 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

# Colours.
INK = HexColor("#1b2733")
PRIMARY = HexColor("#1f4e79")
ACCENT = HexColor("#2e75b6")
MUTED = HexColor("#6b7280")
MISSING = HexColor("#8a8f98")
RULE = HexColor("#c9d3df")
ZEBRA = HexColor("#f2f5f9")
TOTAL_BG = HexColor("#dde6f0")
HEADER_BG = PRIMARY
HEADER_FG = white
PLANNED = HexColor("#9dc3e6")
COMMITTED = HexColor("#2e75b6")
SPENT = HexColor("#1f4e79")
EXPECTED = HexColor("#e07b39")
STATUS_COLOURS: Mapping[str, Color] = {
    "on_track": HexColor("#2e7d32"),
    "at_risk": HexColor("#f9a825"),
    "off_track": HexColor("#c62828"),
    "no_data": HexColor("#9e9e9e"),
    "no_target": HexColor("#cfd4da"),
}
SERIES: tuple[Color, ...] = tuple(
    HexColor(c)
    for c in ("#1f4e79", "#e07b39", "#5b9bd5", "#70ad47", "#ffc000", "#7f6084", "#4bacc6",
              "#a5a5a5", "#9e480e", "#264478", "#43682b", "#c00000")
)

# Type sizes.
BODY_SIZE = 9.5
SMALL_SIZE = 8
CELL_SIZE = 7.5
CHART_SIZE = 7


@lru_cache(maxsize=1)
def register_fonts() -> bool:
    """Register the DejaVu fonts once; True when the oblique face is shipped too.

    Without ``DejaVuSans-Oblique.ttf`` italics fall back to the upright face.
    """
    italic = (FONTS_DIR / _FILES[FONT_ITALIC]).is_file()
    for name, filename in _FILES.items():
        path = FONTS_DIR / (filename if name != FONT_ITALIC or italic else _FILES[FONT])
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    return italic


@lru_cache(maxsize=256)
def italic_font_for(text: str) -> str:
    """The oblique face when it has every glyph of ``text`` (it has no Arabic), else upright."""
    register_fonts()
    font = pdfmetrics.getFont(FONT_ITALIC)
    glyphs = font.face.charToGlyph
    return FONT_ITALIC if all(ord(c) in glyphs or c.isspace() for c in text) else FONT


def _style(name: str, rtl: bool, **values: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": FONT, "fontSize": BODY_SIZE, "leading": BODY_SIZE * 1.3,
        "textColor": INK, "alignment": TA_RIGHT if rtl else TA_LEFT,
        "wordWrap": None, "allowWidows": 0, "allowOrphans": 0,
    }
    base.update(values)
    return ParagraphStyle(f"{name}-{'rtl' if rtl else 'ltr'}", **base)


@lru_cache(maxsize=2)
def stylesheet(rtl: bool = False) -> Mapping[str, ParagraphStyle]:
    """The paragraph styles of one writing direction (right-aligned for Arabic)."""
    register_fonts()
    center = {"alignment": TA_CENTER}
    return {
        "cover_name": _style("cover_name", rtl, fontName=FONT_BOLD, fontSize=16, leading=20,
                             textColor=PRIMARY, **center),
        "cover_address": _style("cover_address", rtl, fontSize=9, leading=12, textColor=MUTED,
                                **center),
        "title": _style("title", rtl, fontName=FONT_BOLD, fontSize=20, leading=25,
                        textColor=PRIMARY, spaceAfter=4, **center),
        "subtitle": _style("subtitle", rtl, fontSize=12.5, leading=16, textColor=INK, **center),
        "cover_note": _style("cover_note", rtl, fontSize=9, leading=12, textColor=MUTED,
                             **center),
        "part": _style("part", rtl, fontName=FONT_BOLD, fontSize=17, leading=22,
                       textColor=PRIMARY, spaceAfter=8),
        "h1": _style("h1", rtl, fontName=FONT_BOLD, fontSize=14, leading=18, textColor=PRIMARY,
                     spaceBefore=12, spaceAfter=5),
        "h2": _style("h2", rtl, fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=PRIMARY,
                     spaceBefore=8, spaceAfter=3),
        "h3": _style("h3", rtl, fontName=FONT_BOLD, fontSize=10, leading=13, textColor=INK,
                     spaceBefore=2, spaceAfter=2),
        "body": _style("body", rtl, spaceAfter=4),
        "small": _style("small", rtl, fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3,
                        spaceAfter=3),
        "note": _style("note", rtl, fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3,
                       textColor=MUTED, spaceAfter=3),
        "missing": _style("missing", rtl, fontName=FONT_ITALIC, textColor=MISSING,
                          spaceAfter=4),
        "label": _style("label", rtl, fontName=FONT_BOLD, fontSize=SMALL_SIZE,
                        leading=SMALL_SIZE * 1.3, textColor=MUTED),
        "value": _style("value", rtl, fontSize=SMALL_SIZE + 0.5, leading=(SMALL_SIZE + 0.5) * 1.3),
        "cell": _style("cell", rtl, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25),
        "cell_missing": _style("cell_missing", rtl, fontName=FONT_ITALIC, fontSize=CELL_SIZE,
                               leading=CELL_SIZE * 1.25, textColor=MISSING),
        "cell_second": _style("cell_second", rtl, fontSize=CELL_SIZE - 0.5,
                              leading=(CELL_SIZE - 0.5) * 1.25, textColor=MUTED),
        "cell_head": _style("cell_head", rtl, fontName=FONT_BOLD, fontSize=CELL_SIZE,
                            leading=CELL_SIZE * 1.25, textColor=HEADER_FG, splitLongWords=0),
        "cell_head_second": _style("cell_head_second", rtl, fontSize=CELL_SIZE - 0.5,
                                   leading=(CELL_SIZE - 0.5) * 1.25, textColor=HEADER_FG,
                                   splitLongWords=0),
        "toc0": _style("toc0", False, fontSize=10, leading=13, spaceBefore=5),
        "toc1": _style("toc1", False, fontSize=8.5, leading=11, leftIndent=12, textColor=MUTED),
        "toc2": _style("toc2", False, fontSize=8, leading=10.5, leftIndent=24, textColor=MUTED),
        "signature": _style("signature", rtl, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.4),
        "signature_name": _style("signature_name", rtl, fontName=FONT_BOLD, fontSize=BODY_SIZE,
                                 leading=BODY_SIZE * 1.4),
    }


def cell_alignment(align: str, rtl: bool) -> int:
    """Paragraph alignment of a table cell: text follows the direction, numbers go right."""
    if align == "right":
        return int(TA_RIGHT)
    if align == "center":
        return int(TA_CENTER)
    return int(TA_RIGHT if rtl else TA_LEFT)


def table_style(
    rows: int,
    *,
    aligns: Sequence[str] = (),
    header_rows: int = 1,
    total: bool = False,
) -> TableStyle:
    """Grid of a data table: coloured header, zebra rows, a shaded total row."""
    register_fonts()
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.25),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, PRIMARY),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), HEADER_FG),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if rows > header_rows:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [white, ZEBRA]))
    for i, align in enumerate(aligns):
        commands.append(("ALIGN", (i, 0), (i, -1), align.upper()))
    if total and rows > header_rows:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG),
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, PRIMARY),
        ]
    return TableStyle(commands)


def facts_style(rows: int) -> TableStyle:
    """A two-column list of labels and values, lightly ruled."""
    register_fonts()
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        *([("LINEBELOW", (0, 0), (-1, rows - 1), 0.3, RULE)] if rows else []),
    ])
