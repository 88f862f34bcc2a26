"""Pieces of the budget tab and area: year selector, totals strip, warnings banner."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.money import Money
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_figures import Figures, KindShare
from coopdesk.services.budget_warnings import BudgetWarning
from coopdesk.services.labels_budget import funding_kind_label
from coopdesk.ui.models.budget_columns import OVER_COLOUR, percent_text

# The data of the "All years" entry of a year combo box.
ALL_YEARS = 0
_WARNING_ROLE = int(Qt.ItemDataRole.UserRole) + 1
BANNER_COLOUR = "#fff4ce"
# Room left beside a warning's text when it is wrapped (item padding, scroll bar).
WRAP_MARGIN = 14
MIN_WRAP_WIDTH = 200
DEFAULT_WRAP_WIDTH = 900


class YearComboBox(QComboBox):
    """ "All years" then each year; :meth:`year` is None for all years."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addItem(self.tr("All years"), ALL_YEARS)

    def year(self) -> int | None:
        value = int(self.currentData() or ALL_YEARS)
        return None if value == ALL_YEARS else value

    def set_years(self, years: Iterable[int], *, select: int | None = None) -> None:
        """Offer ``years`` (newest first), keeping the chosen one, else choosing ``select``.

        Emits no signal: the caller reloads.
        """
        current = self.year() if select is None else select
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for year in sorted(set(years), reverse=True):
            self.addItem(str(year), year)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(0, index))
        self.blockSignals(False)

    def set_year(self, year: int | None) -> None:
        index = self.findData(ALL_YEARS if year is None else year)
        if index >= 0:
            self.setCurrentIndex(index)


class BudgetTotals(QFrame):
    """Planned, committed, spent, remaining, execution rate; funding and co-financing."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetTotals")
        self.formatter = formatter
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        captions = [
            ("planned", self.tr("Planned")),
            ("committed", self.tr("Committed")),
            ("spent", self.tr("Spent")),
            ("remaining", self.tr("Remaining")),
            ("rate", self.tr("Execution rate")),
            ("fundingCommitted", self.tr("Funding committed")),
            ("fundingReceived", self.tr("Funding received")),
        ]
        for n, (key, caption) in enumerate(captions):
            row, column = divmod(n, 5)
            label = QLabel(caption, self)
            label.setStyleSheet("color: palette(placeholder-text);")
            value = QLabel(self)
            value.setObjectName(f"budget{key[0].upper()}{key[1:]}Value")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(label, row * 2, column)
            grid.addWidget(value, row * 2 + 1, column)
            self.values[key] = value
        self.cofinancing = QLabel(self)
        self.cofinancing.setObjectName("budgetCofinancingValue")
        self.cofinancing.setWordWrap(True)
        self.cofinancing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption = QLabel(self.tr("Co-financing"), self)
        caption.setStyleSheet("color: palette(placeholder-text);")
        self._cofinancing_caption = caption
        grid.addWidget(caption, 2, 2)
        grid.addWidget(self.cofinancing, 3, 2, 1, 3)
        for column in range(5):
            grid.setColumnStretch(column, 1)

    def set_cofinancing_visible(self, visible: bool) -> None:
        """Hide the co-financing line where a table shows it (the commune's many kinds)."""
        self._cofinancing_caption.setVisible(visible)
        self.cofinancing.setVisible(visible)

    def set_figures(
        self,
        figures: Figures | None,
        funding_committed: Money | None = None,
        funding_received: Money | None = None,
        kinds: Sequence[KindShare] = (),
    ) -> None:
        """Show these totals (None: nothing to show, every value cleared)."""
        fmt = self.formatter
        if figures is None:
            for value in self.values.values():
                value.clear()
            self.cofinancing.clear()
            return
        texts = {
            "planned": fmt.money(figures.planned),
            "committed": fmt.money(figures.committed),
            "spent": fmt.money(figures.spent),
            "remaining": fmt.money(figures.remaining),
            "rate": percent_text(fmt, figures.execution_rate),
            "fundingCommitted": fmt.money(funding_committed) if funding_committed else "",
            "fundingReceived": fmt.money(funding_received) if funding_received else "",
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        over = figures.remaining.minor < 0
        style = f"color: {OVER_COLOUR.name()};" if over else ""
        for key in ("spent", "remaining", "rate"):
            self.values[key].setStyleSheet(style)
        shares = [
            self.tr("{kind} {share}").format(
                kind=funding_kind_label(k.kind), share=percent_text(fmt, k.committed_share)
            )
            for k in kinds
            if k.committed_eur.minor
        ]
        self.cofinancing.setText(" · ".join(shares) if shares else self.tr("No funding yet"))

    def text_of(self, key: str) -> str:
        return self.values[key].text()


class WarningsBanner(QFrame):
    """A yellow banner listing the budget warnings; hidden when there is none."""

    # A warning activated (Enter or double-click): the view may show its line or source.
    warning_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, max_rows: int = 4) -> None:
        super().__init__(parent)
        self.setObjectName("budgetWarnings")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"WarningsBanner {{ background: {BANNER_COLOUR}; border: 1px solid #e0b000;"
            " border-radius: 4px; }"
            " WarningsBanner QLabel { color: #6b4e00; font-weight: bold; }"
        )
        self.title = QLabel(self)
        self.title.setObjectName("budgetWarningsTitle")
        self.list = QListWidget(self)
        self.list.setObjectName("budgetWarningsList")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        palette = self.list.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(BANNER_COLOUR))
        self.list.setPalette(palette)
        self._max_rows = max_rows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.set_warnings(())

    def set_warnings(self, warnings: Sequence[BudgetWarning]) -> None:
        self.list.clear()
        for warning in warnings:
            item = QListWidgetItem("⚠  " + warning.message, self.list)
            item.setData(_WARNING_ROLE, warning)
            item.setToolTip(warning.message)
        self.title.setText(self.tr("%n warning(s) to look at", "", len(warnings)))
        self.setVisible(bool(warnings))
        self._fit_height()

    def _fit_height(self) -> None:
        """Wrap each warning to the width; as high as the first ``max_rows`` (others scroll)."""
        metrics = self.list.fontMetrics()
        # Before its first layout the list is narrow: wrapping to that width would make
        # the banner very high for a moment, and the page's splitters would keep the loss.
        laid_out = self.isVisible() and self.list.viewport().width() >= MIN_WRAP_WIDTH
        width = self.list.viewport().width() if laid_out else DEFAULT_WRAP_WIDTH
        width -= 2 * WRAP_MARGIN
        flags = int(Qt.TextFlag.TextWordWrap)
        heights = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            box = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, item.text())
            height = box.height() + 4
            heights.append(height)
            if item.sizeHint().height() != height:
                item.setSizeHint(QSize(width, height))
        total = sum(heights[: self._max_rows])
        if self.list.height() != total + 2:
            self.list.setFixedHeight(total + 2)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def messages(self) -> list[str]:
        return [self.list.item(i).toolTip() for i in range(self.list.count())]

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.warning_activated.emit(item.data(_WARNING_ROLE))
