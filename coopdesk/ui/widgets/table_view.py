"""Record tables: a configured QTableView, selection by id, an empty-state message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)

from coopdesk.ui.models.row_table_model import ID_ROLE, RowTableModel

# Rows Qt measures to fit the columns to their contents (with their icons and delegates);
# the longest text of each column is measured besides (``RowTableModel.longest_text``).
FIT_SAMPLE_ROWS = 40


class RecordTableView(QTableView):
    """Whole-row single selection, sortable, compact rows."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self._stretch_column = 0
        self._stretch_minimum = 0
        # Widest a column gets when fitted to its contents (the stretch column aside).
        self.max_column_width = 200

    def set_stretch_column(self, column: int) -> None:
        """The column that takes the width left over by the others."""
        self._stretch_column = column

    def fit_columns(self, stretch_max: int = 420) -> None:
        """Size the columns to their contents, within reason; the stretch column fills.

        Qt measures at most :data:`FIT_SAMPLE_ROWS` rows per column (the header's resize
        precision), not all of them: every measured cell costs several ``data()`` calls and a
        text layout. The column's longest text (in characters) is measured too, so that a
        long name further down still fits.
        """
        header = self.horizontalHeader()
        source = self._row_model()
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 1
        metrics = self.fontMetrics()
        for section in range(header.count()):
            self.resizeColumnToContents(section)
            longest = source.longest_text(section) if source is not None else ""
            if longest and not self.isColumnHidden(section):
                wanted = metrics.horizontalAdvance(longest) + margin
                if wanted > header.sectionSize(section):
                    header.resizeSection(section, wanted)
            limit = stretch_max if section == self._stretch_column else self.max_column_width
            if header.sectionSize(section) > limit:
                header.resizeSection(section, limit)
        self._stretch_minimum = min(header.sectionSize(self._stretch_column), 180)
        self._fill_width()

    def _row_model(self) -> RowTableModel[Any] | None:
        model = self.model()
        if isinstance(model, QSortFilterProxyModel):
            model = model.sourceModel()
        return model if isinstance(model, RowTableModel) else None

    def _fill_width(self) -> None:
        header = self.horizontalHeader()
        column = self._stretch_column
        if column >= header.count():
            return
        others = sum(header.sectionSize(s) for s in range(header.count()) if s != column)
        width = max(self._stretch_minimum, self.viewport().width() - others)
        header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fill_width()

    def current_id(self) -> str | None:
        """The id of the selected record, if any."""
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return str(value) if value else None

    def select_id(self, record_id: str | None) -> bool:
        """Select the record with this id (when visible); returns whether it was found."""
        proxy = self.model()
        if record_id is None or not isinstance(proxy, QSortFilterProxyModel):
            return False
        source = proxy.sourceModel()
        if not isinstance(source, RowTableModel):
            return False
        row = source.row_of_id(record_id)
        if row is None:
            return False
        index = proxy.mapFromSource(source.index(row, 0))
        if not index.isValid():
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True


class TablePanel(QWidget):
    """A table, replaced by a centred message when there is nothing to show."""

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._message = QLabel(self)
        self._message.setObjectName(f"{view.objectName()}Empty")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(view)
        self._stack.addWidget(self._message)

    def show_message(self, text: str | None) -> None:
        """Show ``text`` instead of the table, or the table when ``text`` is None."""
        if text:
            self._message.setText(text)
            self._stack.setCurrentWidget(self._message)
        else:
            self._stack.setCurrentWidget(self._view)

    def message(self) -> str | None:
        if self._stack.currentWidget() is self._message:
            return self._message.text()
        return None


def action_button(action: QAction, object_name: str, parent: QWidget) -> QToolButton:
    """A tool button that shows and triggers ``action`` (text beside its icon)."""
    button = QToolButton(parent)
    button.setObjectName(object_name)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(False)
    return button
