"""An indicator's values over time with its baseline, target and expected path (QtCharts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from coopdesk.domain.enums import IndicatorKind
from coopdesk.i18n.formatting import babel_locale
from coopdesk.services.indicator_list import IndicatorSeries
from coopdesk.ui.indicator_labels import STATUS_COLOURS

# Series names (objectNames of the QLineSeries) for tests and styles.
MEASURED, BASELINE, TARGET, EXPECTED = "measured", "baseline", "target", "expected"

_COLOURS = {
    MEASURED: "#1565c0",
    BASELINE: "#757575",
    TARGET: STATUS_COLOURS["on_track"],
    EXPECTED: "#8e24aa",
}


def to_msecs(day: dt.date) -> float:
    """The chart's x value of a day (noon, so that no time zone moves it to another day)."""
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


class IndicatorChart(QChartView):
    """Shows the series given to :meth:`set_series` (None: an empty chart with a message)."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(240, 140)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        layout = chart.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale(babel_locale(language)))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        chart.legend().setFont(small)
        self._small = small
        self.setChart(chart)
        self._series: IndicatorSeries | None = None
        self.set_series(None)

    def set_series(self, series: IndicatorSeries | None) -> None:
        """Draw ``series``: the measured values, baseline and target lines, expected path."""
        self._series = series
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        title = QFont(self._small)
        title.setBold(True)
        chart.setTitleFont(title)
        if series is None:
            chart.setTitle(self.tr("Select an indicator to see its values over time."))
            chart.legend().hide()
            return
        chart.legend().show()
        if not series.points:
            chart.setTitle(self.tr("{code}: no measurement yet").format(code=series.code))
        else:
            chart.setTitle(self.tr("{code}: values over time").format(code=series.code))
        days = [p.period_end for p in series.points]
        days += [d for d in (series.baseline_date, series.target_date) if d is not None]
        days += [day for day, _value in series.expected]
        if not days:
            days = [dt.date.today()]
        first, last = min(days), max(days)
        if first == last:
            first, last = first - dt.timedelta(days=30), last + dt.timedelta(days=30)
        lines = [
            (MEASURED, self.tr("Measured"), [(p.period_end, p.value) for p in series.points]),
            (EXPECTED, self.tr("Expected"), list(series.expected)),
        ]
        if series.baseline_value is not None:
            lines.append(
                (
                    BASELINE,
                    self.tr("Baseline"),
                    [(first, series.baseline_value), (last, series.baseline_value)],
                )
            )
        if series.target_value is not None:
            lines.append(
                (
                    TARGET,
                    self.tr("Target"),
                    [(first, series.target_value), (last, series.target_value)],
                )
            )
        x_axis, y_axis = self._axes(
            series, first, last, [v for _n, _t, pts in lines for _d, v in pts]
        )
        for name, text, points in lines:
            if points:
                self._add_line(name, text, points, x_axis, y_axis)

    def _axes(
        self, series: IndicatorSeries, first: dt.date, last: dt.date, values: Iterable[Decimal]
    ) -> tuple[QDateTimeAxis, QValueAxis]:
        chart = self.chart()
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MM/yyyy" if (last - first).days < 3 * 365 else "yyyy")
        x_axis.setTickCount(5)
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(to_msecs(first))),
            QDateTime.fromMSecsSinceEpoch(int(to_msecs(last))),
        )
        y_axis = QValueAxis()
        numbers = [float(v) for v in values]
        if series.kind == IndicatorKind.QUALITATIVE.value and series.rating_scale_max:
            top = series.rating_scale_max
            y_axis.setRange(0, top)
            y_axis.setTickCount(top + 1)
            y_axis.setLabelFormat("%d")
        else:
            low, high = min([0.0, *numbers]), max([1.0, *numbers])
            y_axis.setRange(low, high + (high - low) * 0.08)
            y_axis.applyNiceNumbers()
            y_axis.setLabelFormat("%.0f" if y_axis.max() - y_axis.min() >= 10 else "%.1f")
        for axis in (x_axis, y_axis):
            axis.setLabelsFont(self._small)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        return x_axis, y_axis

    def _add_line(
        self,
        name: str,
        text: str,
        points: list[tuple[dt.date, Decimal]],
        x_axis: QDateTimeAxis,
        y_axis: QValueAxis,
    ) -> None:
        line = QLineSeries()
        line.setObjectName(name)
        line.setName(text)
        for day, value in points:
            line.append(to_msecs(day), float(value))
        pen = QPen(QColor(_COLOURS[name]))
        pen.setWidthF(2.5 if name == MEASURED else 1.5)
        if name in (BASELINE, TARGET):
            pen.setStyle(Qt.PenStyle.DashLine)
        elif name == EXPECTED:
            pen.setStyle(Qt.PenStyle.DotLine)
        line.setPen(pen)
        line.setPointsVisible(name == MEASURED)
        self.chart().addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)

    def line(self, name: str) -> QLineSeries | None:
        """The line called ``name`` (MEASURED, BASELINE, TARGET, EXPECTED), if drawn."""
        for item in self.chart().series():
            if isinstance(item, QLineSeries) and item.objectName() == name:
                return item
        return None

    def values(self, name: str) -> list[float]:
        """The y values of a line, oldest first (empty when it is not drawn)."""
        line = self.line(name)
        return [] if line is None else [point.y() for point in line.points()]
