"""The UN Sustainable Development Goals: coloured numbered icons, badges and a multi-select."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QWidget

from coopdesk.services.codelists import SDGS, sdg, sdg_title

_NUMBER_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ICON_SIZE = 20


@cache
def sdg_icon(number: int, size: int = ICON_SIZE) -> QIcon:
    """A square in the goal's official colour with its number in white."""
    goal = sdg(number)
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(goal.colour if goal else "#777777"))
    painter = QPainter(pixmap)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, int(size * 0.6)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()
    return QIcon(pixmap)


class SdgBadge(QLabel):
    """A goal as a small coloured label: "6 Clean water and sanitation" (official colours)."""

    def __init__(self, number: int, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        goal = sdg(number)
        self.setObjectName("sdgBadge")
        colour = goal.colour if goal else "#777777"
        label = goal.label if goal else ""
        self.setText(self.tr("{number} {name}").format(number=number, name=label).strip())
        self.setToolTip(sdg_title(number, language))
        self.setStyleSheet(
            f"QLabel#sdgBadge {{ background: {colour}; color: white; font-weight: bold;"
            " border-radius: 3px; padding: 2px 7px; }"
        )
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def colour(self) -> str:
        goal = sdg(self.number)
        return goal.colour if goal else ""


class SdgPicker(QListWidget):
    """The 17 goals as check boxes in three columns (1–6, 7–12, 13–17); Space ticks one.

    Names too long for a column are shortened; the tooltip gives the goal's full title.
    """

    selection_changed = Signal()

    ROWS = 6
    COLUMNS = 3

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        for goal in SDGS:
            item = QListWidgetItem(sdg_icon(goal.number), goal.label)
            item.setData(_NUMBER_ROLE, goal.number)
            item.setToolTip(sdg_title(goal.number, language))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self._row_height = max(self.sizeHintForRow(0), ICON_SIZE + 4) + 2
        self.setFixedHeight(self.ROWS * self._row_height + 2 * self.frameWidth() + 4)
        self.setMinimumWidth(self.COLUMNS * 160)
        self.setCurrentRow(0)
        self.itemChanged.connect(self._on_item_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Three equal columns whatever the width."""
        width = max(100, (self.viewport().width() - 2) // self.COLUMNS)
        self.setGridSize(QSize(width, self._row_height))
        super().resizeEvent(event)

    def selected(self) -> tuple[int, ...]:
        """The ticked goals, ascending."""
        return tuple(
            int(self.item(i).data(_NUMBER_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_selected(self, numbers: Iterable[int]) -> None:
        wanted = set(numbers)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            checked = int(item.data(_NUMBER_ROLE)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.selection_changed.emit()

    def item_for(self, number: int) -> QListWidgetItem | None:
        return self.item(number - 1) if 1 <= number <= self.count() else None

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self.selection_changed.emit()
