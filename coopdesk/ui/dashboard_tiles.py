"""The dashboard's building blocks: a tile, clickable numbers, small bar and pie charts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coopdesk.services.dashboard_upcoming import DrillDown

LINK_COLOUR = "#1565c0"


def figure_name(key: str) -> str:
    """The objectName of a figure's button: "indicators.at_risk" → "indicatorsAtRiskButton"."""
    words = [w for w in re.split(r"[^0-9A-Za-z]+", key) if w]
    if not words:
        return "figureButton"
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:]) + "Button"


class Tile(QFrame):
    """A titled box on the dashboard; widgets go in :attr:`body`."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#{name} {{ background: palette(base); border: 1px solid palette(mid); "
            "border-radius: 6px; }"
        )
        self.title = QLabel(title, self)
        self.title.setObjectName(f"{name}Title")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.title.setFont(font)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 8)
        self.body.setSpacing(4)
        self.body.addWidget(self.title)


class FigureButton(QPushButton):
    """A number that opens the list behind it (click, or Space/Enter with the keyboard).

    ``big``: a headline number with its caption below; otherwise "Caption: number" on a line.
    """

    drill_requested = Signal(object)  # the DrillDown

    def __init__(
        self,
        name: str,
        *,
        big: bool = False,
        colour: str = LINK_COLOUR,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._big = big
        self._drill: DrillDown | None = None
        size = "20pt" if big else "9.5pt"
        weight = "bold" if big else "normal"
        self.setStyleSheet(
            f"#{name} {{ color: {colour}; font-size: {size}; font-weight: {weight}; "
            "text-align: left; border: 1px solid transparent; padding: 0 4px; }"
            f"#{name}:hover {{ text-decoration: underline; }}"
            f"#{name}:focus {{ border: 1px dotted {colour}; }}"
            f"#{name}:disabled {{ color: palette(placeholder-text); }}"
        )
        self.clicked.connect(self._on_clicked)

    def set_figure(self, text: str, caption: str, drill: DrillDown | None) -> None:
        """Show ``text`` (the number, formatted); ``drill`` None disables the button."""
        self._drill = drill
        labelled = self.tr("{caption}: {value}").format(caption=caption, value=text)
        self.setText(text if self._big else labelled)
        self.setAccessibleName(labelled)
        self.setToolTip(caption)
        self.setEnabled(drill is not None)

    def drill(self) -> DrillDown | None:
        return self._drill

    def _on_clicked(self) -> None:
        if self._drill is not None:
            self.drill_requested.emit(self._drill)


def headline(button: FigureButton, caption: str, parent: QWidget) -> QWidget:
    """A big number with its caption under it."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    label = QLabel(caption, box)
    label.setObjectName(f"{button.objectName()}Caption")
    label.setStyleSheet("color: palette(placeholder-text); padding-left: 5px;")
    label.setWordWrap(True)
    label.setBuddy(button)
    layout.addWidget(button)
    layout.addWidget(label)
    return box


class SmallChart(QChartView):
    """A compact bar or pie chart; :meth:`set_bars` / :meth:`set_pie` replace its content."""

    # A bar was clicked: (series index, category index).
    bar_clicked = Signal(int, int)

    def __init__(self, name: str, parent: QWidget | None = None, *, height: int = 150) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(height)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setBackgroundRoundness(0)
        chart.setBackgroundPen(Qt.PenStyle.NoPen)
        layout = chart.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        self._small = small
        chart.legend().setFont(small)
        self.setChart(chart)
        self._horizontal = False

    def _clear(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def set_bars(
        self,
        categories: Sequence[str],
        sets: Sequence[tuple[str, Sequence[float], str]],
        *,
        horizontal: bool = False,
        labels: bool = True,
    ) -> None:
        """Bars per category; ``sets`` are (name, values, colour); a legend when several.

        ``horizontal`` puts the categories on the left (room for long names); ``labels``
        writes each bar's value at its end.
        """
        chart = self._clear()
        self._horizontal = horizontal
        if horizontal:  # Qt draws the first category at the bottom: read from the top
            categories = list(reversed(categories))
            sets = [(name, list(reversed(values)), colour) for name, values, colour in sets]
        series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.setObjectName("bars")
        for index, (name, values, colour) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.setLabelColor(QColor("#212121"))
            bar_set.setLabelFont(self._small)
            bar_set.clicked.connect(lambda i, s=index: self.bar_clicked.emit(s, i))
            series.append(bar_set)
        series.setLabelsVisible(labels)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(12)
        series.setBarWidth(min(0.7, 0.3 * max(1, len(categories))))
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(list(categories))
        axis.setLabelsFont(self._small)
        axis.setGridLineVisible(False)
        values_axis = QValueAxis()
        top = max([1.0, *(float(v) for _n, vs, _c in sets for v in vs)])
        values_axis.setRange(0, top * (1.3 if labels else 1.05))
        values_axis.setVisible(False)
        category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        chart.addAxis(axis, category_side)
        chart.addAxis(values_axis, value_side)
        series.attachAxis(axis)
        series.attachAxis(values_axis)
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def set_pie(self, slices: Sequence[tuple[str, float, str]], *, hole: float = 0.45) -> None:
        """A donut of (label, value, colour); zero slices are left out, legend on the right."""
        chart = self._clear()
        series = QPieSeries()
        series.setObjectName("pie")
        series.setHoleSize(hole)
        for text, value, colour in slices:
            if value > 0:
                part = series.append(text, float(value))
                part.setColor(QColor(colour))
                part.setBorderColor(QColor("white"))
        chart.addSeries(series)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def bar_values(self) -> list[list[float]]:
        """Each bar set's values, in the order of the categories given (tests)."""
        for item in self.chart().series():
            if isinstance(item, QAbstractBarSeries):
                out = [[bars.at(j) for j in range(bars.count())] for bars in item.barSets()]
                return [list(reversed(v)) for v in out] if self._horizontal else out
        return []

    def pie_values(self) -> dict[str, float]:
        """Each slice's value by label (tests)."""
        for item in self.chart().series():
            if isinstance(item, QPieSeries):
                return {s.label(): s.value() for s in item.slices()}
        return {}
