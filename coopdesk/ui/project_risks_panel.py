"""The "Risks" tab of a project: the register sorted by score, with New / Edit / Delete."""

from __future__ import annotations

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopdesk.services.errors import ServiceError
from coopdesk.services.risks import (
    RiskData,
    RiskRow,
    create_risk,
    delete_risk,
    get_risk,
    list_risks,
)
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.risk_dialog import ENTITY, RiskDialog
from coopdesk.ui.models.risk_table_model import DESCRIPTION, SCORE, RiskTableModel
from coopdesk.ui.widgets.record_list import RecordList


def _recreate(session: Session, data: RiskData, risk_id: str, project_id: object) -> None:
    """Undo of a delete: the same risk again, in the project :func:`delete_risk` returned."""
    create_risk(session, str(project_id), data, risk_id=risk_id)


class ProjectRisksPanel(QWidget):
    """Shows nothing until a project is chosen with :meth:`set_project`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectRisksPanel")
        self.context = context
        self._project_id: str | None = None
        self.list = RecordList(RiskTableModel(self), "risksTable", stretch_column=DESCRIPTION)
        self.list.table.max_column_width = 260
        self.list.table.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            "Risk",
            self.tr("New risk"),
            (self.new_risk, self.edit_risk, self.delete_risk),
        )
        self.list.set_texts(
            empty=self.tr("No risk recorded — click “New risk” to start the register."),
            no_match="",
            count=lambda _visible, total: self.tr("%n risk(s)", "", total),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.list.current_changed.connect(self._update_actions)
        self.set_project(None)

    def set_project(self, project_id: str | None) -> None:
        self._project_id = project_id
        self.reload()

    def reload(self) -> None:
        pid = self._project_id
        rows: list[RiskRow] = []
        if pid is not None:
            rows = self.context.run(lambda s: list_risks(s, pid))
        self.list.set_rows(rows)
        self._update_actions()

    def total_count(self) -> int:
        return self.list.total_count()

    def _update_actions(self) -> None:
        writable = self._project_id is not None and not self.context.readonly
        has_risk = self.list.current_id() is not None
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(has_risk)
        self.delete_action.setEnabled(has_risk and writable)

    def new_risk(self) -> RiskDialog | None:
        """Open the dialog for a new risk (not blocking; returns it)."""
        return self._open(None)

    def edit_risk(self) -> RiskDialog | None:
        risk_id = self.list.current_id()
        return None if risk_id is None else self._open(risk_id)

    def _open(self, risk_id: str | None) -> RiskDialog | None:
        if self._project_id is None:
            return None
        try:
            dialog = RiskDialog(self.context, self._project_id, risk_id, self)
        except ServiceError as exc:
            warn(self, self.tr("Risk"), exc.message)
            return None
        dialog.accepted.connect(lambda: self.list.select_id(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_risk(self) -> None:
        row = self.list.current_row()
        if not isinstance(row, RiskRow):
            return
        question = self.tr("Delete the risk “{risk}”? You can undo this with {shortcut}.")
        if not confirm(
            self,
            self.tr("Delete risk"),
            question.format(risk=row.description, shortcut=undo_shortcut()),
        ):
            return
        try:
            delete_record(
                self.context,
                self.tr("Delete risk"),
                ENTITY,
                row.id,
                get_risk,
                delete_risk,
                _recreate,
            )
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)
