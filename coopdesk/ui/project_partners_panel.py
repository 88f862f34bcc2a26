"""The "Partners and roles" tab: organisations with their IATI roles, and linked partnerships."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from coopdesk.services.errors import ServiceError
from coopdesk.services.partnerships import list_partnerships, partnership_title
from coopdesk.services.project_parts import (
    LinkedPartnershipRow,
    link_partnership,
    list_project_organisations,
    list_project_partnerships,
    unlink_partnership,
)
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext, ServiceCommand
from coopdesk.ui.dialogs.role_dialog import RoleDialog, set_roles_command
from coopdesk.ui.icons import icon
from coopdesk.ui.models.project_organisation_table_model import (
    ParticipantLine,
    ProjectOrganisationTableModel,
)
from coopdesk.ui.models.project_partnership_table_model import ProjectPartnershipTableModel
from coopdesk.ui.widgets.record_list import RecordList

LINK_ENTITY = "project_partnership"


def _titled(title: str, widget: QWidget, name: str, parent: QWidget) -> QWidget:
    """``widget`` under a bold title."""
    box = QWidget(parent)
    label = QLabel(title, box)
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class ProjectPartnersPanel(QWidget):
    """Shows nothing until a project is chosen with :meth:`set_project`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectPartnersPanel")
        self.context = context
        self._project_id: str | None = None
        lang = context.formatter.language
        self.list = RecordList(ProjectOrganisationTableModel(lang, self), "projectPartnersTable")
        self.add_action, self.edit_action, self.remove_action = self.list.add_record_actions(
            self,
            "ProjectPartner",
            self.tr("Add organisation…"),
            (self.add_organisation, self.edit_roles, self.remove_organisation),
        )
        self.edit_action.setText(self.tr("Roles…"))
        self.remove_action.setText(self.tr("Remove"))
        self.remove_action.setIcon(icon("remove"))
        self.list.set_texts(
            empty=self.tr("No organisation yet — click “Add organisation…” to give one its roles."),
            no_match="",
            count=lambda _visible, total: self.tr("%n organisation(s)", "", total),
        )
        self.partnerships = RecordList(
            ProjectPartnershipTableModel(context.formatter, self), "projectPartnershipsTable"
        )
        self.link_action = QAction(icon("add"), self.tr("Link a partnership…"), self)
        self.link_action.setObjectName("linkPartnershipAction")
        self.unlink_action = QAction(icon("remove"), self.tr("Unlink"), self)
        self.unlink_action.setObjectName("unlinkPartnershipAction")
        self.unlink_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.unlink_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.partnerships.table.addAction(self.unlink_action)
        self.partnerships.add_button(self.link_action, "linkPartnershipButton")
        self.partnerships.add_button(self.unlink_action, "unlinkPartnershipButton")
        self.partnerships.set_texts(
            empty=self.tr("Not linked to a partnership yet."),
            no_match="",
            count=lambda _visible, total: self.tr("%n partnership(s)", "", total),
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("projectPartnersSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(
            _titled(self.tr("Organisations and their roles"), self.list, "rolesTitle", splitter)
        )
        splitter.addWidget(
            _titled(self.tr("Partnerships"), self.partnerships, "partnershipsTitle", splitter)
        )
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.link_action.triggered.connect(self.link_partnership)
        self.unlink_action.triggered.connect(self.unlink_partnership)
        self.list.current_changed.connect(self._update_actions)
        self.partnerships.current_changed.connect(self._update_actions)
        self.set_project(None)

    def set_project(self, project_id: str | None) -> None:
        self._project_id = project_id
        self.reload()

    def reload(self) -> None:
        pid = self._project_id
        if pid is None:
            self.list.set_rows([])
            self.partnerships.set_rows([])
        else:
            organisations, partnerships = self.context.run(
                lambda s: (list_project_organisations(s, pid), list_project_partnerships(s, pid))
            )
            self.list.set_rows([ParticipantLine(row) for row in organisations])
            self.partnerships.set_rows(partnerships)
        self._update_actions()

    def _update_actions(self) -> None:
        writable = self._project_id is not None and not self.context.readonly
        has_org = self.list.current_id() is not None
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(has_org and writable)
        self.remove_action.setEnabled(has_org and writable)
        self.link_action.setEnabled(writable)
        self.unlink_action.setEnabled(writable and self.partnerships.current_id() is not None)

    # --- organisations ----------------------------------------------------------------------

    def add_organisation(self) -> RoleDialog | None:
        """Open the dialog to add an organisation with its roles (not blocking; returns it)."""
        return self._open(None)

    def edit_roles(self) -> RoleDialog | None:
        org_id = self.list.current_id()
        return None if org_id is None else self._open(org_id)

    def _open(self, org_id: str | None) -> RoleDialog | None:
        if self._project_id is None:
            return None
        try:
            dialog = RoleDialog(self.context, self._project_id, org_id, self)
        except ServiceError as exc:
            warn(self, self.tr("Roles"), exc.message)
            return None
        dialog.accepted.connect(lambda: self.list.select_id(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_organisation(self) -> None:
        row, pid = self.list.current_row(), self._project_id
        if not isinstance(row, ParticipantLine) or pid is None:
            return
        name = row.org.name
        question = self.tr(
            "Remove {name} and its roles from this project? You can undo this with {shortcut}."
        )
        if not confirm(
            self,
            self.tr("Remove organisation"),
            question.format(name=name, shortcut=undo_shortcut()),
        ):
            return
        text = self.tr("Remove {name} from the project").format(name=name)
        try:
            self.context.execute(set_roles_command(self.context, text, pid, row.id, ()))
        except ServiceError as exc:
            warn(self, self.tr("Not removed"), exc.message)

    # --- partnerships -----------------------------------------------------------------------

    def link_partnership(self) -> None:
        """Choose a partnership not linked yet and link the project to it (undoable)."""
        pid = self._project_id
        if pid is None:
            return
        lang = self.context.formatter.language
        linked = {row.id for row in self.partnerships.model.rows()}
        offered = [r for r in self.context.run(list_partnerships) if r.id not in linked]
        if not offered:
            warn(self, self.tr("Link a partnership"), self.tr("No other partnership to link."))
            return
        labels = [
            self.tr("{title} — {partner}").format(
                title=partnership_title(r.title, lang), partner=r.partner_name
            )
            for r in offered
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Link a partnership"), self.tr("Partnership:"), labels, 0, False
        )
        if not ok or choice not in labels:
            return
        chosen = offered[labels.index(choice)]
        text = self.tr("Link the project to {title}").format(title=choice)
        command = ServiceCommand(
            self.context,
            text,
            LINK_ENTITY,
            lambda s: link_partnership(s, pid, chosen.id),
            lambda s: unlink_partnership(s, pid, chosen.id),
        )
        try:
            self.context.execute(command)
        except ServiceError as exc:
            warn(self, self.tr("Not linked"), exc.message)
            return
        self.partnerships.select_id(chosen.id)

    def unlink_partnership(self) -> None:
        row, pid = self.partnerships.current_row(), self._project_id
        if not isinstance(row, LinkedPartnershipRow) or pid is None:
            return
        title = partnership_title(row.title, self.context.formatter.language)
        question = self.tr(
            "Unlink the project from the partnership “{title}”? You can undo this with {shortcut}."
        )
        if not confirm(
            self,
            self.tr("Unlink partnership"),
            question.format(title=title, shortcut=undo_shortcut()),
        ):
            return
        command = ServiceCommand(
            self.context,
            self.tr("Unlink the project from {title}").format(title=title),
            LINK_ENTITY,
            lambda s: unlink_partnership(s, pid, row.id),
            lambda s: link_partnership(s, pid, row.id),
        )
        try:
            self.context.execute(command)
        except ServiceError as exc:
            warn(self, self.tr("Not unlinked"), exc.message)
