"""The "Evaluations" tab of a project: its OECD DAC evaluations, with New / Edit / Delete."""

from __future__ import annotations

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopdesk.services.errors import ServiceError
from coopdesk.services.evaluations import (
    EvaluationData,
    EvaluationRow,
    create_evaluation,
    delete_evaluation,
    get_evaluation,
    list_evaluations,
)
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.evaluation_dialog import ENTITY, EvaluationDialog
from coopdesk.ui.models.evaluation_table_model import DATE, EVALUATOR, EvaluationTableModel
from coopdesk.ui.widgets.record_list import RecordList


def _recreate(
    session: Session, data: EvaluationData, evaluation_id: str, project_id: object
) -> None:
    """Undo of a delete: the same evaluation again, in the project it was deleted from."""
    create_evaluation(session, str(project_id), data, evaluation_id=evaluation_id)


class ProjectEvaluationsPanel(QWidget):
    """Shows nothing until a project is chosen with :meth:`set_project`."""

    # The number of evaluations changed (the tab's title shows it).
    count_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationsTab")
        self.context = context
        self._project_id: str | None = None
        self.list = RecordList(
            EvaluationTableModel(context.formatter, self),
            "evaluationsTable",
            stretch_column=EVALUATOR,
        )
        self.list.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            "Evaluation",
            self.tr("New evaluation"),
            (self.new_evaluation, self.edit_evaluation, self.delete_evaluation),
        )
        self.list.set_texts(
            empty=self.tr(
                "No evaluation yet — click “New evaluation” to score the project against the "
                "six OECD DAC criteria."
            ),
            no_match="",
            count=lambda _visible, total: self.tr("%n evaluation(s)", "", total),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.list.current_changed.connect(self._update_actions)
        context.events.changed.connect(self._on_events_changed)
        self.set_project(None)

    def set_project(self, project_id: str | None) -> None:
        self._project_id = project_id
        self.reload()

    def reload(self) -> None:
        pid = self._project_id
        rows: list[EvaluationRow] = []
        if pid is not None:
            rows = self.context.run(lambda s: list_evaluations(s, pid))
        before = self.list.total_count()
        self.list.set_rows(rows)
        self._update_actions()
        if before != self.list.total_count():
            self.count_changed.emit()

    def total_count(self) -> int:
        return self.list.total_count()

    def _update_actions(self) -> None:
        writable = self._project_id is not None and not self.context.readonly
        has_row = self.list.current_id() is not None
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(has_row)
        self.delete_action.setEnabled(has_row and writable)

    def new_evaluation(self) -> EvaluationDialog | None:
        """Open the dialog for a new evaluation (not blocking; returns it)."""
        return self._open(None)

    def edit_evaluation(self) -> EvaluationDialog | None:
        evaluation_id = self.list.current_id()
        return None if evaluation_id is None else self._open(evaluation_id)

    def _open(self, evaluation_id: str | None) -> EvaluationDialog | None:
        if self._project_id is None:
            return None
        try:
            dialog = EvaluationDialog(self.context, self._project_id, evaluation_id, self)
        except ServiceError as exc:
            warn(self, self.tr("Evaluation"), exc.message)
            return None
        dialog.accepted.connect(lambda: self.list.select_id(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_evaluation(self) -> None:
        row = self.list.current_row()
        if not isinstance(row, EvaluationRow):
            return
        question = self.tr(
            "Delete the evaluation of {date}? You can undo this with {shortcut}."
        ).format(date=self.context.formatter.short_date(row.date), shortcut=undo_shortcut())
        if not confirm(self, self.tr("Delete evaluation"), question):
            return
        try:
            delete_record(
                self.context,
                self.tr("Delete evaluation"),
                ENTITY,
                row.id,
                get_evaluation,
                delete_evaluation,
                _recreate,
            )
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)

    def _on_events_changed(self, table: str) -> None:
        if table == ENTITY and self._project_id is not None:
            self.reload()
