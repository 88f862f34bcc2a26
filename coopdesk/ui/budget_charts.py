"""Budget charts (QtCharts): planned vs spent per line or project and per year, funding shares.

The figures come from the budget summary DTOs in integer cents; they become floats only
here, at the drawing boundary (:func:`_euros`), never on the money path.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from coopdesk.i18n import translate
from coopdesk.i18n.formatting import Formatter, babel_locale
from coopdesk.services.budget_figures import (
    CommuneBudgetSummary,
    KindShare,
    LineSummary,
    ProjectBudgetSummary,
)
from coopdesk.services.budget_lines import line_name
from coopdesk.services.labels_budget import funding_kind_label

_CTX = "BudgetCharts"
PLANNED_COLOUR = QColor("#90a4ae")
SPENT_COLOUR = QColor("#1565c0")
# Bars of the first chart beyond which the smallest are summed into "Others".
MAX_BARS = 12
LABEL_MAX_LENGTH = 24
# Year labels are written upwards beyond this many years (side by side they overlap).
YEAR_LABELS_FLAT = 6


@dataclass(frozen=True)
class BarGroup:
    """One category of a bar chart: planned and spent in euro cents."""

    label: str
    planned: int
    spent: int


@dataclass(frozen=True)
class PieSlice:
    """One kind of funding: committed euro cents and its share of the total."""

    kind: str
    label: str
    committed: int
    share: Decimal | None


@dataclass(frozen=True)
class ChartData:
    # Per line (a project) or per project (the commune).
    groups: tuple[BarGroup, ...]
    years: tuple[BarGroup, ...]
    funding: tuple[PieSlice, ...]


def _summed(pairs: Iterable[tuple[str, int, int]]) -> list[BarGroup]:
    """Bars with the same label added up, in the order they first appear."""
    sums: dict[str, list[int]] = {}
    for label, planned, spent in pairs:
        bucket = sums.setdefault(label, [0, 0])
        bucket[0] += planned
        bucket[1] += spent
    return [BarGroup(label, p, s) for label, (p, s) in sums.items()]


def largest_bars(groups: list[BarGroup], others: str | None) -> tuple[BarGroup, ...]:
    """The largest bars (by planned, then spent), in their order; the rest summed in
    ``others`` (or left out when it is None: hundreds of projects would dwarf the rest)."""
    if len(groups) <= MAX_BARS:
        return tuple(groups)
    ranked = sorted(groups, key=lambda g: (g.planned, g.spent), reverse=True)
    if others is None:
        kept = set(map(id, ranked[:MAX_BARS]))
        return tuple(g for g in groups if id(g) in kept)
    kept = set(map(id, ranked[: MAX_BARS - 1]))
    rest = ranked[MAX_BARS - 1 :]
    total = BarGroup(others, sum(g.planned for g in rest), sum(g.spent for g in rest))
    return (*(g for g in groups if id(g) in kept), total)


def _slices(kinds: Iterable[KindShare]) -> tuple[PieSlice, ...]:
    return tuple(
        PieSlice(k.kind, funding_kind_label(k.kind), k.committed_eur.minor, k.committed_share)
        for k in kinds
        if k.committed_eur.minor > 0
    )


def _line_label(line: LineSummary) -> str:
    return line_name(line.label, line.category) if line.budget_line_id else line.label


def project_chart_data(summary: ProjectBudgetSummary, year: int | None) -> ChartData:
    """Lines of ``year`` (all years: lines of the same name added up), every year, kinds."""
    years = [y for y in summary.years if year is None or y.year == year]
    lines = _summed(
        (_line_label(line), line.planned.minor, line.spent.minor) for y in years for line in y.lines
    )
    if year is None:
        kinds: Iterable[KindShare] = summary.kinds
    else:
        kinds = years[0].kinds if years else ()
    return ChartData(
        groups=largest_bars(lines, translate("BudgetCharts", "Other lines")),
        years=tuple(BarGroup(str(y.year), y.planned.minor, y.spent.minor) for y in summary.years),
        funding=_slices(kinds),
    )


def commune_chart_data(summary: CommuneBudgetSummary) -> ChartData:
    """The largest projects by code, the years and the kinds of the commune."""
    projects = [BarGroup(p.code, p.planned.minor, p.spent.minor) for p in summary.projects]
    return ChartData(
        groups=largest_bars(projects, None),
        years=tuple(BarGroup(str(y.year), y.planned.minor, y.spent.minor) for y in summary.years),
        funding=_slices(summary.kinds),
    )


def _euros(cents: int, unit: int = 1) -> float:
    """The drawing boundary: cents to a float of euros (or of ``unit`` euros), to draw."""
    return cents / (100 * unit)


def axis_unit(groups: Sequence[BarGroup]) -> tuple[int, str]:
    """Euros, thousands or millions of euros for an axis, and its label format."""
    biggest = max((max(g.planned, g.spent) for g in groups), default=0) // 100
    if biggest >= 100_000_000:
        return 1_000_000, translate("BudgetCharts", "%.0f M€")
    if biggest >= 100_000:
        return 1_000, translate("BudgetCharts", "%.0f k€")
    return 1, translate("BudgetCharts", "%.0f €")


def _short(label: str) -> str:
    return label if len(label) <= LABEL_MAX_LENGTH else label[: LABEL_MAX_LENGTH - 1] + "…"


class BudgetCharts(QWidget):
    """Three charts side by side; :meth:`set_data` redraws them."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetCharts")
        self.formatter = formatter
        self._locale = QLocale(babel_locale(formatter.language))
        self.groups_view = self._view("budgetGroupsChart")
        self.years_view = self._view("budgetYearsChart")
        self.funding_view = self._view("budgetFundingChart")
        self.funding_view.setMinimumWidth(140)
        # The pie's legend: full kind names wrap here (a chart legend cuts them).
        self.funding_legend = QLabel(self)
        self.funding_legend.setObjectName("budgetFundingLegend")
        self.funding_legend.setWordWrap(True)
        self.funding_legend.setFont(self._font(-1))
        self.funding_legend.setTextFormat(Qt.TextFormat.RichText)
        self.funding_legend.setMinimumWidth(140)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.groups_view, 5)
        layout.addWidget(self.years_view, 5)
        layout.addWidget(self.funding_view, 3)
        layout.addWidget(self.funding_legend, 2)
        self.data = ChartData((), (), ())
        # The charts shown, kept alive here (a chart view does not delete the one it drops).
        self._charts: dict[str, QChart] = {}

    def _view(self, name: str) -> QChartView:
        view = QChartView(self)
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(180, 140)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return view

    def _font(self, delta: int, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSize(max(6, font.pointSize() + delta))
        font.setBold(bold)
        return font

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setTitleFont(self._font(-1, bold=True))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocalizeNumbers(True)
        chart.setLocale(self._locale)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(self._font(-2))
        legend.setShowToolTips(True)
        return chart

    def set_data(self, data: ChartData, groups_title: str) -> None:
        """Redraw with ``data``; ``groups_title`` names the first chart (lines or projects)."""
        self.data = data
        self._show(self.groups_view, self._bars(groups_title, data.groups, horizontal=True))
        years_title = translate("BudgetCharts", "Planned and spent per year")
        self._show(self.years_view, self._bars(years_title, data.years, horizontal=False))
        self._show(self.funding_view, self._pie(data.funding))

    def _show(self, view: QChartView, chart: QChart) -> None:
        old = self._charts.get(view.objectName())
        view.setChart(chart)
        self._charts[view.objectName()] = chart
        if old is not None:
            old.deleteLater()

    def _bars(self, title: str, groups: Sequence[BarGroup], *, horizontal: bool) -> QChart:
        chart = self._chart(title)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        planned = QBarSet(translate("BudgetCharts", "Planned"))
        planned.setColor(PLANNED_COLOUR)
        spent = QBarSet(translate("BudgetCharts", "Spent"))
        spent.setColor(SPENT_COLOUR)
        # Horizontal bars are drawn bottom-up: reverse them so the list reads top-down.
        ordered = list(reversed(groups)) if horizontal else list(groups)
        unit, label_format = axis_unit(groups)
        for group in ordered:
            planned.append(_euros(group.planned, unit))
            spent.append(_euros(group.spent, unit))
        series.append(planned)
        series.append(spent)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(g.label) for g in ordered])
        categories.setLabelsFont(self._font(-2))
        if not horizontal and len(ordered) > YEAR_LABELS_FLAT:
            categories.setLabelsAngle(-90)
        values = QValueAxis()
        values.setLabelFormat(label_format)
        values.setLabelsFont(self._font(-2))
        if horizontal:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
            values.setTickCount(4)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        if groups:
            values.applyNiceNumbers()
        return chart

    def _pie(self, slices: Sequence[PieSlice]) -> QChart:
        chart = self._chart(translate("BudgetCharts", "Funding committed by kind"))
        series = QPieSeries()
        template = translate("BudgetCharts", "{kind} ({share})")
        for part in slices:
            label = part.label
            if part.share is not None:
                label = template.format(kind=part.label, share=self.formatter.percent(part.share))
            series.append(label, _euros(part.committed))
        chart.addSeries(series)  # gives the slices their colours
        chart.legend().hide()
        rows = [
            f'<span style="color:{piece.brush().color().name()}">&#9632;</span>&nbsp;'
            f"{html.escape(piece.label())}"
            for piece in series.slices()
        ]
        self.funding_legend.setText("<br>".join(rows))
        return chart

    # --- for tests and reports: the values drawn --------------------------------------------

    def bar_values(self, view: QChartView) -> dict[str, list[float]]:
        """{bar set label: values} of the bar chart in ``view``, in category order."""
        out: dict[str, list[float]] = {}
        for series in view.chart().series():
            if isinstance(series, QBarSeries | QHorizontalBarSeries):
                for bar_set in series.barSets():
                    values = [bar_set.at(i) for i in range(bar_set.count())]
                    if isinstance(series, QHorizontalBarSeries):
                        values.reverse()
                    out[bar_set.label()] = values
        return out

    def pie_values(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for series in self.funding_view.chart().series():
            if isinstance(series, QPieSeries):
                out.update({s.label(): s.value() for s in series.slices()})
        return out
