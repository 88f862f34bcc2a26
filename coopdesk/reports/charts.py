"""Charts drawn with reportlab.graphics: budget bars, funding pie, indicator progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.reports.catalogs import Lang
from coopdesk.reports.styles import (
    CHART_SIZE,
    COMMITTED,
    EXPECTED,
    FONT,
    INK,
    MUTED,
    PLANNED,
    RULE,
    SERIES,
    SPENT,
    STATUS_COLOURS,
    register_fonts,
)
from coopdesk.reports.text import has_rtl, visual

TextFn = Callable[[Lang], str]
PLANNED_TEXT = QT_TRANSLATE_NOOP("Reports", "Planned")
COMMITTED_TEXT = QT_TRANSLATE_NOOP("Reports", "Committed")
SPENT_TEXT = QT_TRANSLATE_NOOP("Reports", "Spent")
MEASURED_TEXT = QT_TRANSLATE_NOOP("Reports", "Measured")
EXPECTED_TEXT = QT_TRANSLATE_NOOP("Reports", "Expected path")
PROGRESS_TEXT = QT_TRANSLATE_NOOP("Reports", "Progress")
EXPECTED_PROGRESS_TEXT = QT_TRANSLATE_NOOP("Reports", "Expected progress")
OTHERS_TEXT = QT_TRANSLATE_NOOP("Reports", "Others")
# Bars in one budget chart; the smaller projects are added up as "Others".
MAX_BARS = 14


def new_drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is DejaVu (reportlab's default would pull in Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = CHART_SIZE
    return drawing


def joined(langs: Sequence[Lang], text: TextFn) -> str:
    """A chart label in every language of the report, in display order."""
    return " / ".join(visual(text(lang), lang.rtl) for lang in langs)


def _string(x: float, y: float, text: str, size: float = CHART_SIZE, anchor: str = "start",
            colour: Color = INK) -> String:
    return String(x, y, text, fontName=FONT, fontSize=size, fillColor=colour, textAnchor=anchor)


def _fitted(x: float, y: float, text: str, room: float, anchor: str = "start") -> String:
    """A label shrunk (down to 5 pt) to fit ``room`` points: two languages can be long."""
    size = CHART_SIZE
    while size > 5 and stringWidth(text, FONT, size) > room:
        size -= 0.5
    return _string(x, y, text, size=size, anchor=anchor)


def _legend(drawing: Drawing, items: Sequence[tuple[Color, str]], y: float) -> None:
    """Swatches and labels in a row (wrapping) from ``y`` downwards."""
    x = 0.0
    for colour, text in items:
        width = 12 + len(text) * CHART_SIZE * 0.55 + 10
        if x + width > drawing.width and x > 0:
            x, y = 0.0, y - 11
        drawing.add(Rect(x, y, 8, 6, fillColor=colour, strokeColor=None))
        drawing.add(_string(x + 11, y, text))
        x += width


def _axis_fonts(*axes: object) -> None:
    for axis in axes:
        labels = axis.labels  # type: ignore[attr-defined]
        labels.fontName = FONT
        labels.fontSize = CHART_SIZE
        labels.fillColor = INK
        axis.strokeColor = RULE  # type: ignore[attr-defined]


def _amount_format(lang: Lang) -> Callable[[float], str]:
    def fmt(value: float) -> str:
        return visual(lang.fmt.decimal(Decimal(round(value))), lang.rtl)

    return fmt


def budget_bars(
    items: Sequence[tuple[str, int, int, int]],
    langs: Sequence[Lang],
    width: float,
    keep_order: bool = False,
) -> Drawing:
    """Planned, committed and spent (euro cents) per project code (or year), grouped bars.

    Unless ``keep_order``, the biggest planned budgets come first and the smallest beyond
    ``MAX_BARS`` are added up as "Others".
    """
    register_fonts()
    rows: list[tuple[str, int, int, int]] = (
        list(items) if keep_order else sorted(items, key=lambda r: -r[1])
    )
    if len(rows) > MAX_BARS and not keep_order:
        rest = rows[MAX_BARS - 1:]
        others = joined(langs, lambda lang: lang.tr(OTHERS_TEXT))
        rows = [*rows[:MAX_BARS - 1], (others, sum(r[1] for r in rest),
                                       sum(r[2] for r in rest), sum(r[3] for r in rest))]
    height = 70 * mm
    drawing = new_drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 42, 30
    chart.width, chart.height = width - 50, height - 52
    chart.data = [[r[1] / 100 for r in rows], [r[2] / 100 for r in rows],
                  [r[3] / 100 for r in rows]]
    chart.categoryAxis.categoryNames = [r[0] for r in rows]
    chart.categoryAxis.labels.angle = 30 if len(rows) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 6 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _amount_format(langs[0])
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 0.5
    chart.groupSpacing = 6
    for i, colour in enumerate((PLANNED, COMMITTED, SPENT)):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    _axis_fonts(chart.categoryAxis, chart.valueAxis)
    drawing.add(chart)
    _legend(drawing, [
        (PLANNED, joined(langs, lambda lang: lang.tr(PLANNED_TEXT))),
        (COMMITTED, joined(langs, lambda lang: lang.tr(COMMITTED_TEXT))),
        (SPENT, joined(langs, lambda lang: lang.tr(SPENT_TEXT))),
    ], height - 10)
    return drawing


def shares_pie(
    items: Sequence[tuple[str, int, Decimal | None]], langs: Sequence[Lang], width: float
) -> Drawing:
    """A pie of amounts (cents) with a legend: label, share (formatted for each language)."""
    register_fonts()
    rows = [r for r in items if r[1] > 0]
    size = 46 * mm
    height = max(size + 12, 12 * len(rows) + 12)
    drawing = new_drawing(width, height)
    pie = Pie()
    pie.x, pie.y = 4, (height - size) / 2
    pie.width = pie.height = size
    pie.data = [r[1] / 100 for r in rows] or [1]
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = white
    pie.slices.strokeWidth = 0.8
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = SERIES[i % len(SERIES)] if rows else RULE
    drawing.add(pie)
    y = height - 14
    for i, (text, _cents, share) in enumerate(rows):
        x = size + 16
        drawing.add(Rect(x, y, 8, 6, fillColor=SERIES[i % len(SERIES)], strokeColor=None))
        shares = " / ".join(dict.fromkeys(
            visual(lang.fmt.percent(share), lang.rtl) if share is not None else "—"
            for lang in langs
        ))
        drawing.add(_fitted(x + 12, y, f"{text}  ({shares})", width - x - 12))
        y -= 12
    return drawing


def status_bars(
    counts: Sequence[tuple[str, str, int]], langs: Sequence[Lang], width: float
) -> Drawing:
    """Indicators by status: (status key, label, count), horizontal bars in status colours."""
    register_fonts()
    height = 12 * len(counts) + 20
    drawing = new_drawing(width, height)
    label_width = width * 0.45
    top = max((c for _k, _l, c in counts), default=0) or 1
    for i, (key, text, count) in enumerate(counts):
        y = height - 14 - i * 12
        drawing.add(_fitted(label_width - 6, y, text, label_width - 6, anchor="end"))
        bar = (width - label_width - 30) * count / top
        drawing.add(Rect(label_width, y - 2, max(bar, 0.5), 8, fillColor=STATUS_COLOURS.get(
            key, MUTED), strokeColor=None))
        drawing.add(_string(label_width + bar + 4, y, visual(langs[0].fmt.decimal(count),
                                                             langs[0].rtl)))
    return drawing


def progress_bars(
    items: Sequence[tuple[str, Decimal, Decimal | None, str]], langs: Sequence[Lang],
    width: float,
) -> Drawing:
    """Progress of indicators (0 to 100 %) as bars, with the expected progress as a tick.

    Items are (label, progress within 0 and 1, expected progress or None, status key).
    """
    register_fonts()
    row = 11
    height = row * len(items) + 30
    drawing = new_drawing(width, height)
    left = width * 0.3
    span = width - left - 40
    base = height - 22
    for i, (text, progress, expected, status) in enumerate(items):
        y = base - i * row
        drawing.add(_fitted(left - 5, y, visual(text[:48], has_rtl(text)), left - 5, anchor="end"))
        drawing.add(Rect(left, y - 2, span, 8, fillColor=None, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(Rect(left, y - 2, span * float(progress), 8,
                         fillColor=STATUS_COLOURS.get(status, MUTED), strokeColor=None))
        if expected is not None:
            x = left + span * min(max(float(expected), 0.0), 1.0)
            drawing.add(Line(x, y - 3.5, x, y + 7.5, strokeColor=EXPECTED, strokeWidth=1.4))
        drawing.add(_string(left + span + 4, y, visual(langs[0].fmt.percent(progress),
                                                       langs[0].rtl)))
    _legend(drawing, [
        (STATUS_COLOURS["on_track"], joined(langs, lambda lang: lang.tr(PROGRESS_TEXT))),
        (EXPECTED, joined(langs, lambda lang: lang.tr(EXPECTED_PROGRESS_TEXT))),
    ], height - 9)
    return drawing


def _days(day: dt.date) -> float:
    return float(day.toordinal())


def indicator_line(
    points: Sequence[tuple[dt.date, Decimal]],
    expected: Sequence[tuple[dt.date, Decimal]],
    langs: Sequence[Lang],
    width: float,
) -> Drawing:
    """Measured values over time (solid) against the expected path (dashed)."""
    register_fonts()
    height = 48 * mm
    drawing = new_drawing(width, height)
    series = [[(_days(d), float(v)) for d, v in points], [(_days(d), float(v))
                                                           for d, v in expected]]
    series = [s for s in series if s]
    if not series:
        return drawing
    plot = LinePlot()
    plot.x, plot.y = 38, 18
    plot.width, plot.height = width - 48, height - 36
    plot.data = series
    xs = [x for s in series for x, _y in s]
    first, last = dt.date.fromordinal(int(min(xs))), dt.date.fromordinal(int(max(xs)))
    years = list(range(first.year, last.year + 2))
    step = max(1, len(years) // 8)
    plot.xValueAxis.valueMin = _days(dt.date(first.year, 1, 1))
    plot.xValueAxis.valueMax = _days(dt.date(last.year + 1, 1, 1))
    plot.xValueAxis.valueSteps = [_days(dt.date(y, 1, 1)) for y in years[::step]]
    plot.xValueAxis.labelTextFormat = lambda v: str(dt.date.fromordinal(int(v)).year)
    plot.yValueAxis.labelTextFormat = _amount_format(langs[0])
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = RULE
    values = [y for s in series for _x, y in s]
    plot.yValueAxis.valueMin = min(0.0, min(values))
    _axis_fonts(plot.xValueAxis, plot.yValueAxis)
    plot.lines[0].strokeColor = SERIES[0]
    plot.lines[0].strokeWidth = 1.6
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=SERIES[0])
    plot.lines[1].strokeColor = EXPECTED
    plot.lines[1].strokeDashArray = (3, 2)
    plot.lines[1].strokeWidth = 1
    drawing.add(plot)
    legend = [(SERIES[0], joined(langs, lambda lang: lang.tr(MEASURED_TEXT)))] if points else []
    if expected:
        colour = EXPECTED if points else SERIES[0]
        legend.append((colour, joined(langs, lambda lang: lang.tr(EXPECTED_TEXT))))
    _legend(drawing, legend, height - 9)
    return drawing


def stacked_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    langs: Sequence[Lang],
    width: float,
) -> Drawing:
    """Counts per category, stacked by series (participants by age group and sex)."""
    register_fonts()
    height = 62 * mm
    drawing = new_drawing(width, height)
    chart = HorizontalBarChart() if len(categories) > 8 else VerticalBarChart()
    chart.x, chart.y = 40, 22
    chart.width, chart.height = width - 50, height - 48
    chart.data = [list(values) for _name, values in series] or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _amount_format(langs[0])
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
        chart.bars[i].strokeColor = None
    _axis_fonts(chart.categoryAxis, chart.valueAxis)
    drawing.add(chart)
    _legend(drawing, [(SERIES[i % len(SERIES)], name) for i, (name, _v) in enumerate(series)],
            height - 10)
    return drawing
