"""Participants of an exchange as a grid: age groups down, sexes across, totals at the ends."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from coopdesk.domain.enums import AgeGroup, Sex
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.labels_activity import AGE_GROUPS, label_of
from coopdesk.services.participants import ParticipantStats

_CTX = "ParticipantStatsModel"
_TOTAL = QT_TRANSLATE_NOOP("ParticipantStatsModel", "Total")
SEXES: tuple[str, ...] = tuple(s.value for s in Sex)

Index = QModelIndex | QPersistentModelIndex


class ParticipantStatsModel(QAbstractTableModel):
    """Rows: the age groups then "Total"; columns: the sexes then "Total"; zero shows "–"."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self._formatter = formatter
        self._stats: ParticipantStats | None = None

    def set_stats(self, stats: ParticipantStats | None) -> None:
        self.beginResetModel()
        self._stats = stats
        self.endResetModel()

    def stats(self) -> ParticipantStats | None:
        return self._stats

    def value(self, row: int, column: int) -> int:
        """The number in a cell (totals included)."""
        stats = self._stats
        if stats is None:
            return 0
        total_row, total_column = row == len(AGE_GROUPS), column == len(SEXES)
        if total_row and total_column:
            return stats.total
        if total_row:
            return stats.by_sex.get(SEXES[column], 0)
        if total_column:
            return stats.by_age_group.get(AGE_GROUPS[row], 0)
        return stats.by_sex_and_age.get((SEXES[column], AGE_GROUPS[row]), 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AGE_GROUPS) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SEXES) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section <= len(SEXES):
            if section == len(SEXES):
                return translate(_CTX, _TOTAL)
            return label_of(Sex, SEXES[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section <= len(AGE_GROUPS):
            if section == len(AGE_GROUPS):
                return translate(_CTX, _TOTAL)
            return label_of(AgeGroup, AGE_GROUPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._stats is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            number = self.value(row, column)
            return self._formatter.decimal(number) if number else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row == len(AGE_GROUPS) or column == len(SEXES)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
