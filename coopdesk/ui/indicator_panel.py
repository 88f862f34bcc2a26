"""Indicators (of a project, or all) with New / From the library / Edit / Delete, measurements."""

from __future__ import annotations

from sqlalchemy.orm import Session

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from coopdesk.services.errors import ServiceError
from coopdesk.services.indicator_library import library_data
from coopdesk.services.indicator_list import IndicatorRow, list_indicators
from coopdesk.services.indicators import (
    IndicatorData,
    IndicatorSnapshot,
    delete_confirmation,
    delete_indicator,
    get_indicator,
    restore_indicator,
)
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.indicator_dialog import ENTITY, IndicatorDialog
from coopdesk.ui.dialogs.library_dialog import LibraryDialog
from coopdesk.ui.icons import icon
from coopdesk.ui.indicator_progress_delegate import ProgressDelegate
from coopdesk.ui.measurement_panel import MeasurementsPanel
from coopdesk.ui.models.indicator_table_model import NAME, PROGRESS, PROJECT, IndicatorTableModel
from coopdesk.ui.widgets.record_list import RecordList, master_detail
from coopdesk.ui.widgets.table_view import action_button

# Tables whose changes alter the indicators' values, progress or status.
WATCHED_TABLES = frozenset(
    {
        "indicator",
        "measurement",
        "project",
        "exchange",
        "participant",
        "budget_line",
        "money_transaction",
        "funding_source",
    }
)


def _restore(session: Session, _data: object, _indicator_id: str, snapshot: object) -> None:
    """Undo of a delete: the indicator with its targets, measurements and evidence links."""
    assert isinstance(snapshot, IndicatorSnapshot)
    restore_indicator(session, snapshot)


class IndicatorsPanel(QWidget):
    """``all_projects``: the Indicators area (a project column, no New); else a project's tab."""

    # The number of indicators changed (the project tab's title shows it).
    count_changed = Signal()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, all_projects: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsTab" if not all_projects else "indicatorsPanel")
        self.context = context
        self.all_projects = all_projects
        self._project_id: str | None = None
        self.list = RecordList(
            IndicatorTableModel(context.formatter, self),
            "indicatorsTable",
            search_name="indicatorSearch" if all_projects else None,
            stretch_column=NAME,
            tools_below=all_projects,
        )
        self.list.table.max_column_width = 120
        self.list.table.setColumnHidden(PROJECT, not all_projects)
        self.list.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.list.table))
        if self.list.search is not None:
            self.list.search.setPlaceholderText(self.tr("Search indicators…"))
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            "Indicator",
            self.tr("New indicator"),
            (self.new_indicator, self.edit_indicator, self.delete_indicator),
        )
        self.library_action = QAction(icon("add"), self.tr("From the library…"), self)
        self.library_action.setObjectName("fromLibraryAction")
        self.library_action.setToolTip(self.tr("Add a ready-made indicator"))
        self.library_action.triggered.connect(self.from_library)
        self.list.buttons.insertWidget(
            1, action_button(self.library_action, "fromLibraryButton", self.list)
        )
        if all_projects:  # indicators are added from their project's page
            for name in ("newIndicatorButton", "fromLibraryButton"):
                button = self.list.findChild(QToolButton, name)
                if button is not None:
                    button.hide()
        self.list.set_texts(
            empty=self._empty_text(),
            no_match=self.tr("No indicator matches the search or the filters."),
            count=self._count_text,
        )
        self.measurements = MeasurementsPanel(context, self)
        self.splitter = master_detail(self, "indicatorsSplitter", self.list, self.measurements)
        self.splitter.setSizes([220, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.last_dialog: IndicatorDialog | None = None
        # All projects' indicators are read when first shown, and again when shown after a
        # change (thousands of them take a second).
        self._dirty = all_projects
        self.list.current_changed.connect(self._on_list_current_changed)
        context.events.changed.connect(self._on_events_changed)
        if not all_projects:
            self.set_project(None)

    def _empty_text(self) -> str:
        if self.all_projects:
            return self.tr("No indicator yet. Indicators are added on a project's page.")
        if self._project_id is None:
            return self.tr("Select a project to see its indicators.")
        return self.tr(
            "No indicator yet — click “New indicator”, or “From the library…” for a ready-made one."
        )

    # --- data -----------------------------------------------------------------------------

    def set_project(self, project_id: str | None) -> None:
        self._project_id = project_id
        self.list.set_texts(
            empty=self._empty_text(),
            no_match=self.tr("No indicator matches the search or the filters."),
            count=self._count_text,
        )
        self.reload()

    def project_id(self) -> str | None:
        return self._project_id

    def ensure_loaded(self) -> None:
        """Read the indicators now if they were not read since the last change."""
        if self._dirty:
            self.reload()

    def is_loaded(self) -> bool:
        return not self._dirty

    def reload(self) -> None:
        """Read the indicators again, keeping the selection; the measurements follow."""
        self._dirty = False
        pid, lang = self._project_id, self.context.formatter.language
        rows: list[IndicatorRow] = []
        if self.all_projects or pid is not None:
            rows = self.context.run(lambda s: list_indicators(s, project_id=pid, language=lang))
        before = self.list.total_count()
        self.list.set_rows(rows)
        self._on_list_current_changed()
        if self.list.total_count() != before:
            self.count_changed.emit()

    def total_count(self) -> int:
        return self.list.total_count()

    def current_indicator(self) -> IndicatorRow | None:
        row = self.list.current_row()
        return row if isinstance(row, IndicatorRow) else None

    def _count_text(self, visible: int, total: int) -> str:
        if visible == total:
            return self.tr("%n indicator(s)", "", total)
        return self.tr("{shown} shown of %n indicator(s)", "", total).format(shown=visible)

    # --- actions --------------------------------------------------------------------------

    def new_indicator(self) -> IndicatorDialog | None:
        """Open the dialog for a new indicator of the project (not blocking; returns it)."""
        return self._open(None)

    def edit_indicator(self) -> IndicatorDialog | None:
        row = self.current_indicator()
        return None if row is None else self._open(row.id, row.project_id)

    def from_library(self) -> LibraryDialog | None:
        """Choose a ready-made indicator; its dialog (``last_dialog``) opens once chosen."""
        if self._project_id is None or self.context.readonly:
            return None
        dialog = LibraryDialog(self.context.formatter.language, self)
        dialog.accepted.connect(lambda: self._open_from_library(dialog.key()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _open_from_library(self, key: str | None) -> None:
        pid, lang = self._project_id, self.context.formatter.language
        if key is None or pid is None:
            return
        try:
            data = self.context.run(lambda s: library_data(s, pid, key, language=lang))
        except ServiceError as exc:
            warn(self, self.tr("Indicator"), exc.message)
            return
        self._open(None, pid, data)

    def _open(
        self,
        indicator_id: str | None,
        project_id: str | None = None,
        initial: IndicatorData | None = None,
    ) -> IndicatorDialog | None:
        pid = project_id or self._project_id
        if pid is None:
            return None
        try:
            dialog = IndicatorDialog(self.context, pid, indicator_id, self, initial=initial)
        except ServiceError as exc:
            warn(self, self.tr("Indicator"), exc.message)
            return None
        dialog.accepted.connect(lambda: self.list.select_id(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def delete_indicator(self) -> None:
        row = self.current_indicator()
        if row is None:
            return
        try:
            question = self.context.run(lambda s: delete_confirmation(s, row.id))
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)
            return
        text = self.tr("{question} You can undo this with {shortcut}.").format(
            question=question, shortcut=undo_shortcut()
        )
        if not confirm(self, self.tr("Delete indicator"), text):
            return
        try:
            delete_record(
                self.context,
                self.tr("Delete indicator {code}").format(code=row.code),
                ENTITY,
                row.id,
                get_indicator,
                delete_indicator,
                _restore,
            )
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)

    # --- slots ----------------------------------------------------------------------------

    def _on_list_current_changed(self) -> None:
        row = self.current_indicator()
        writable = not self.context.readonly
        self.new_action.setEnabled(self._project_id is not None and writable)
        self.library_action.setEnabled(self._project_id is not None and writable)
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None and writable)
        self.measurements.set_indicator(row)

    def _on_events_changed(self, table: str) -> None:
        if table not in WATCHED_TABLES:
            return
        if self.all_projects and not self.isVisible():
            self._dirty = True
        elif self.all_projects or self._project_id is not None:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
