"""The dashboard's budget, indicators and upcoming-items tiles."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal

from babel import Locale
from babel.numbers import format_currency

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from coopdesk.domain.money import Money
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.dashboard import DashboardSummary, MoneyFigure
from coopdesk.services.dashboard_upcoming import (
    EXCHANGE_PLANNED,
    MEASUREMENT_DUE,
    RENEWAL,
    DrillDown,
)
from coopdesk.services.progress import IndicatorStatus
from coopdesk.ui.dashboard_tiles import FigureButton, SmallChart, Tile, figure_name, headline
from coopdesk.ui.indicator_labels import STATUS_COLOURS

Available = Callable[[str], bool]
_DRILL_ROLE = int(Qt.ItemDataRole.UserRole) + 1
OVERDUE_COLOUR = "#b3261e"
OWN_COLOUR, COFINANCING_COLOUR = "#1565c0", "#ef6c00"


def whole_money(formatter: Formatter, money: Money) -> str:
    """An amount rounded to the unit, as the locale writes money: "12 346 €", "€12,346"."""
    pattern = Locale.parse(formatter.locale).currency_formats["standard"].pattern
    whole = pattern.split(";")[0].replace(".00", "")
    amount = money.amount.quantize(Decimal(1), ROUND_HALF_EVEN)
    return format_currency(
        amount, money.currency, format=whole, locale=formatter.locale, currency_digits=False
    )


class BudgetTile(Tile):
    """Planned and spent in euros, the co-financing share, funding by kind."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__("budgetTile", "", parent)
        self.title.setText(self.tr("Budget"))
        self.formatter = formatter
        self.planned_button = FigureButton("budgetPlannedButton", big=True, parent=self)
        self.spent_button = FigureButton("budgetSpentButton", big=True, parent=self)
        row = QHBoxLayout()
        row.addWidget(headline(self.planned_button, self.tr("Planned"), self))
        row.addWidget(headline(self.spent_button, self.tr("Spent"), self))
        row.addStretch(1)
        self.body.addLayout(row)
        self.rate_label = QLabel(self)
        self.rate_label.setObjectName("budgetExecutionLabel")
        self.body.addWidget(self.rate_label)
        self.chart = SmallChart("budgetChart", self, height=70)
        self.body.addWidget(self.chart, 1)
        self.cofinancing_button = FigureButton("fundingCofinancingButton", parent=self)
        self.body.addWidget(self.cofinancing_button)
        self.funding_chart = SmallChart("fundingChart", self, height=90)
        self.body.addWidget(self.funding_chart, 1)
        self.note = QLabel(self)
        self.note.setObjectName("budgetUnconvertedLabel")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.body.addWidget(self.note)

    def _money(self, button: FigureButton, figure: MoneyFigure, available: Available) -> None:
        drill = figure.drill if available(figure.drill.area) else None
        button.set_figure(whole_money(self.formatter, figure.amount), figure.label, drill)

    def show_summary(self, summary: DashboardSummary, available: Available) -> None:
        budget, fmt = summary.budget, self.formatter
        self._money(self.planned_button, budget.planned, available)
        self._money(self.spent_button, budget.spent, available)
        if budget.execution_rate is None:
            self.rate_label.setText(self.tr("No budget planned for this year."))
        else:
            self.rate_label.setText(
                self.tr("{rate} of the planned budget spent").format(
                    rate=fmt.percent(budget.execution_rate)
                )
            )
        share = budget.cofinancing_share
        drill = budget.cofinancing.drill if available(budget.cofinancing.drill.area) else None
        self.cofinancing_button.set_figure(
            fmt.percent(share) if share is not None else "—",
            self.tr("Co-financing ({amount})").format(
                amount=whole_money(fmt, budget.cofinancing.amount)
            ),
            drill,
        )
        self.chart.set_bars(
            [budget.planned.label, budget.spent.label],
            [("", [budget.planned.amount.amount, budget.spent.amount.amount], "#1565c0")],
            horizontal=True,
            labels=False,
        )
        own = budget.committed.amount.amount - budget.cofinancing.amount.amount
        self.funding_chart.set_pie(
            [
                (self.tr("Own budget"), float(own), OWN_COLOUR),
                (
                    budget.cofinancing.label,
                    float(budget.cofinancing.amount.amount),
                    COFINANCING_COLOUR,
                ),
            ]
        )
        self.funding_chart.setToolTip(
            "\n".join(
                self.tr("{kind}: {amount}").format(kind=f.label, amount=whole_money(fmt, f.amount))
                for f in budget.by_funding_kind
            )
        )
        self.note.setText(
            self.tr(
                "%n amount(s) in a currency without a rate to the euro are left out.",
                "",
                budget.unconverted,
            )
            if budget.unconverted
            else ""
        )
        self.note.setVisible(bool(budget.unconverted))


class IndicatorsTile(Tile):
    """How many indicators are on track, at risk, off track; the rule behind the statuses."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__("indicatorsTile", "", parent)
        self.title.setText(self.tr("Indicators"))
        self.formatter = formatter
        self.buttons: dict[str, FigureButton] = {}
        row = QHBoxLayout()
        for status in (
            IndicatorStatus.ON_TRACK,
            IndicatorStatus.AT_RISK,
            IndicatorStatus.OFF_TRACK,
        ):
            button = FigureButton(
                figure_name(f"indicators.{status.value}"),
                big=True,
                colour=STATUS_COLOURS[status.value],
                parent=self,
            )
            self.buttons[status.value] = button
            row.addWidget(headline(button, "", self))
        row.addStretch(1)
        self.body.addLayout(row)
        for status in (IndicatorStatus.NO_DATA, IndicatorStatus.NO_TARGET):
            button = FigureButton(figure_name(f"indicators.{status.value}"), parent=self)
            self.buttons[status.value] = button
            self.body.addWidget(button)
        self.chart = SmallChart("indicatorsChart", self, height=120)
        self.body.addWidget(self.chart, 1)
        self.as_of_label = QLabel(self)
        self.as_of_label.setObjectName("indicatorsAsOfLabel")
        self.as_of_label.setStyleSheet("color: palette(placeholder-text);")
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("dashboardStatusRuleLabel")
        self.rule_label.setText(
            '<a href="#rule">{}</a>'.format(self.tr("How is the status computed?"))
        )
        self.rule_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.rule_text = QLabel(self)
        self.rule_text.setObjectName("dashboardStatusRuleText")
        self.rule_text.setWordWrap(True)
        self.rule_text.setStyleSheet("color: palette(placeholder-text);")
        self.rule_text.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.as_of_label)
        bottom.addStretch(1)
        bottom.addWidget(self.rule_label)
        self.body.addLayout(bottom)
        self.body.addWidget(self.rule_text)
        self.rule_label.linkActivated.connect(
            lambda _link: self.rule_text.setVisible(not self.rule_text.isVisible())
        )

    def show_summary(self, summary: DashboardSummary, available: Available) -> None:
        fmt = self.formatter
        for figure in summary.indicators_by_status:
            status = figure.key.split(".", 1)[1]
            button = self.buttons.get(status)
            if button is None:
                continue
            drill = figure.drill if available(figure.drill.area) and figure.value else None
            button.set_figure(fmt.decimal(figure.value), figure.label, drill)
            caption = self.findChild(QLabel, f"{button.objectName()}Caption")
            if caption is not None:
                caption.setText(figure.label)
            if status in (IndicatorStatus.NO_DATA.value, IndicatorStatus.NO_TARGET.value):
                button.setVisible(figure.value > 0)
        self.chart.set_pie(
            [
                (f.label, float(f.value), STATUS_COLOURS[f.key.split(".", 1)[1]])
                for f in summary.indicators_by_status
            ]
        )
        self.as_of_label.setText(
            self.tr("Status on {date}").format(date=fmt.short_date(summary.indicators_as_of))
        )
        self.rule_label.setToolTip(summary.status_rule)
        self.rule_text.setText(summary.status_rule)


class UpcomingTile(Tile):
    """Agreements to renew, measurements due, exchanges planned: counts, then the soonest."""

    drill_requested = Signal(object)  # a DrillDown

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__("upcomingTile", "", parent)
        self.title.setText(self.tr("Coming up"))
        self.formatter = formatter
        self.buttons = {
            kind: FigureButton(figure_name(kind), parent=self)
            for kind in (RENEWAL, MEASUREMENT_DUE, EXCHANGE_PLANNED)
        }
        for button in self.buttons.values():
            self.body.addWidget(button)
        self.list = QListWidget(self)
        self.list.setObjectName("upcomingList")
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.body.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._on_list_item_activated)

    def show_summary(self, summary: DashboardSummary, available: Available) -> None:
        fmt = self.formatter
        for figure in summary.upcoming.counts:
            button = self.buttons.get(figure.key)
            if button is not None:
                drill = figure.drill if available(figure.drill.area) and figure.value else None
                button.set_figure(fmt.decimal(figure.value), figure.label, drill)
        self.list.clear()
        for item in summary.upcoming.items:
            template = (
                self.tr("Overdue since {date} — {title} ({detail})")
                if item.overdue
                else self.tr("{date} — {title} ({detail})")
            )
            text = template.format(
                date=fmt.short_date(item.date), title=item.title, detail=item.detail
            )
            entry = QListWidgetItem(text, self.list)
            entry.setData(_DRILL_ROLE, item.drill)
            entry.setToolTip(self._kind_text(item.kind))
            if item.overdue:
                entry.setForeground(QColor(OVERDUE_COLOUR))
            if not available(item.drill.area):
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if not summary.upcoming.items:
            empty = QListWidgetItem(self.tr("Nothing due in the next three months."), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def _kind_text(self, kind: str) -> str:
        texts = {
            RENEWAL: self.tr("An agreement to renew"),
            MEASUREMENT_DUE: self.tr("A measurement due"),
            EXCHANGE_PLANNED: self.tr("An exchange planned"),
        }
        return texts.get(kind, "")

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        drill = item.data(_DRILL_ROLE)
        if isinstance(drill, DrillDown):
            self.drill_requested.emit(drill)
