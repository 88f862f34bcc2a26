"""Indicators with their latest value, progress and status: one IndicatorRow per line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.indicator_list import IndicatorRow
from coopdesk.services.progress import STATUS_RANK, IndicatorStatus, status_label
from coopdesk.ui.indicator_labels import kind_text, percent_text, status_colour, value_text
from coopdesk.ui.models.row_table_model import Column, Index, RowTableModel

_CTX = "IndicatorTableModel"

PROJECT, CODE, NAME, KIND, UNIT, BASELINE, TARGET, LATEST, PROGRESS, STATUS = range(10)

# The progress as a float within 0 and 1 for the progress bar (None: no progress known).
PROGRESS_ROLE = int(Qt.ItemDataRole.UserRole) + 10
# The status value ("on_track"...).
STATUS_ROLE = int(Qt.ItemDataRole.UserRole) + 11


def _status_order(row: IndicatorRow) -> int:
    """Off track first when sorted ascending; no data and no target last."""
    status = IndicatorStatus(row.progress.status)
    return STATUS_RANK.get(status, 3 if status == IndicatorStatus.NO_DATA else 4)


def _columns(formatter: Formatter) -> list[Column[IndicatorRow]]:
    def value(row: IndicatorRow, number: Any) -> str:
        return value_text(formatter, number, kind=row.kind, scale=row.rating_scale_max)

    def progress(row: IndicatorRow) -> str:
        return percent_text(formatter, row.progress.progress)

    return [
        Column(_CTX, QT_TRANSLATE_NOOP("IndicatorTableModel", "Project"), lambda r: r.project_code),
        Column(_CTX, QT_TRANSLATE_NOOP("IndicatorTableModel", "Code"), lambda r: r.code),
        Column(_CTX, QT_TRANSLATE_NOOP("IndicatorTableModel", "Indicator"), lambda r: r.name),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("IndicatorTableModel", "Kind"),
            lambda r: kind_text(r.kind, r.computed_source),
        ),
        Column(_CTX, QT_TRANSLATE_NOOP("IndicatorTableModel", "Unit"), lambda r: r.unit),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("IndicatorTableModel", "Baseline"),
            lambda r: value(r, r.baseline_value),
            sort=lambda r: float(r.baseline_value or 0),
            numeric=True,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("IndicatorTableModel", "Target"),
            lambda r: value(r, r.target_value),
            sort=lambda r: float(r.target_value or 0),
            numeric=True,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("IndicatorTableModel", "Latest value"),
            lambda r: value(r, r.progress.latest_value),
            sort=lambda r: float(r.progress.latest_value or 0),
            numeric=True,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("IndicatorTableModel", "Progress"),
            progress,
            sort=lambda r: float(r.progress.progress if r.progress.progress is not None else -9),
            numeric=True,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("IndicatorTableModel", "Status"),
            lambda r: status_label(r.progress.status),
            sort=_status_order,
        ),
    ]


class IndicatorTableModel(RowTableModel[IndicatorRow]):
    """Indicators; the progress column carries a bar value, the status column its colour."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)
        self._formatter = formatter

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _OWN_ROLES:  # display, sort and id: precomputed by the base class
            return super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = self.row_at(index.row()), index.column()
        if role == PROGRESS_ROLE:
            known = row.progress.progress is not None
            return float(row.progress.bar) if known and column == PROGRESS else None
        if role == STATUS_ROLE:
            return str(row.progress.status)
        if column == STATUS and role != Qt.ItemDataRole.ToolTipRole:
            return status_colour(row.progress.status)
        if column == LATEST and role == Qt.ItemDataRole.ToolTipRole:
            day = row.progress.latest_date
            if day is None:
                return translate("IndicatorTableModel", "No measurement yet")
            return translate("IndicatorTableModel", "Measured for the period ending {date}").format(
                date=self._formatter.short_date(day)
            )
        return super().data(index, role)


_OWN_ROLES = frozenset(
    {
        PROGRESS_ROLE,
        STATUS_ROLE,
        int(Qt.ItemDataRole.DecorationRole),
        int(Qt.ItemDataRole.ForegroundRole),
        int(Qt.ItemDataRole.ToolTipRole),
    }
)
