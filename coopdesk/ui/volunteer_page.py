"""Volunteer mode's only area, "My visits": the visits this volunteer logged, nobody else's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coopdesk.services.errors import ServiceError
from coopdesk.services.exchanges import restore_exchange
from coopdesk.services.volunteer import (
    VisitRow,
    delete_visit,
    list_visits_logged_by,
)
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.visit_log_dialog import VisitLogDialog
from coopdesk.ui.models.visit_table_model import DATE, NOTE, VisitTableModel
from coopdesk.ui.widgets.record_list import RecordList

# Tables whose changes alter what this page shows.
WATCHED_TABLES = frozenset({"exchange", "exchange_document", "participant", "organisation"})


class MyVisitsPage(QWidget):
    """Listed, changed and deleted only through the volunteer services (which check the name)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myVisitsPage")
        self.context = context
        self.greeting = QLabel(self)
        self.greeting.setObjectName("myVisitsGreeting")
        self.greeting.setWordWrap(True)
        self.list = RecordList(
            VisitTableModel(context.formatter, self),
            "myVisitsTable",
            search_name="visitSearch",
            stretch_column=NOTE,
        )
        self.list.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)  # the latest first
        assert self.list.search is not None
        self.search = self.list.search
        self.search.setPlaceholderText(self.tr("Search my visits…"))
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            "Visit",
            self.tr("Log a visit…"),
            (self.new_visit, self.edit_visit, self.delete_visit),
            window_new_shortcut=True,
        )
        self.list.set_texts(
            empty=self.tr("You have not logged a visit yet — click “Log a visit…” (Ctrl+L)."),
            no_match=self.tr("No visit matches the search."),
            count=lambda visible, total: self.tr("%n visit(s)", "", total),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.list, 1)
        self.list.current_changed.connect(self._on_list_current_changed)
        context.events.changed.connect(self._on_events_changed)
        self.reload()

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        name = self.context.user_name
        self.greeting.setText(
            self.tr("Visits logged by {name}. Only you can change or delete them.").format(
                name=name
            )
        )
        rows = self.context.run(lambda s: list_visits_logged_by(s, name)) if name else []
        self.list.set_rows(rows)
        self._on_list_current_changed()

    def status_text(self) -> str:
        return self.tr("%n visit(s)", "", self.list.total_count())

    def current_visit(self) -> VisitRow | None:
        row = self.list.current_row()
        return row if isinstance(row, VisitRow) else None

    # --- actions --------------------------------------------------------------------------

    def new_visit(self) -> VisitLogDialog | None:
        """Open the quick log (not blocking; returns it)."""
        return self._open(None)

    def edit_visit(self, exchange_id: str | None = None) -> VisitLogDialog | None:
        eid = exchange_id or self.list.current_id()
        return None if eid is None else self._open(eid)

    def _open(self, eid: str | None) -> VisitLogDialog | None:
        try:
            dialog = VisitLogDialog(self.context, eid, parent=self)
        except ServiceError as exc:
            warn(self, self.tr("Visit"), exc.message)
            return None
        dialog.accepted.connect(lambda: self.list.select_id(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_visit(self) -> None:
        row = self.current_visit()
        if row is None:
            return
        partner = ", ".join(row.partner_names)
        day = self.context.formatter.short_date(row.date)
        question = self.tr(
            "Delete your visit of {date} with {partner}? You can undo this with {shortcut}."
        )
        if not confirm(
            self,
            self.tr("Delete visit"),
            question.format(date=day, partner=partner, shortcut=undo_shortcut()),
        ):
            return
        name = self.context.user_name
        try:
            delete_record(
                self.context,
                self.tr("Delete visit of {date}").format(date=day),
                "exchange",
                row.id,
                lambda _s, eid: eid,  # delete_visit checks it is the volunteer's
                lambda s, eid: delete_visit(s, eid, name),
                lambda s, _visit, _eid, snapshot: restore_exchange(s, snapshot),
            )
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)

    # --- slots ----------------------------------------------------------------------------

    def _on_list_current_changed(self) -> None:
        has_row = self.current_visit() is not None
        writable = not self.context.readonly
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(has_row)
        self.delete_action.setEnabled(has_row and writable)

    def _on_events_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.reload()
