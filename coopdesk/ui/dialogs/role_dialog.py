"""The IATI roles of an organisation in a project: funding, accountable, extending, implementing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from coopdesk.domain.enums import OrganisationRole
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.services.codelists import organisation_role_choices
from coopdesk.services.errors import FieldError, ValidationError
from coopdesk.services.organisations import list_organisations
from coopdesk.services.project_parts import list_project_organisations, set_organisation_roles
from coopdesk.ui.context import AppContext, ServiceCommand
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.widgets.code_combo_box import CodeComboBox

ENTITY = "project_organisation"

# What each IATI role means, in the words of the IATI standard.
ROLE_HINTS: dict[int, str] = {
    OrganisationRole.FUNDING: QT_TRANSLATE_NOOP("RoleDialog", "Provides funds to the project."),
    OrganisationRole.ACCOUNTABLE: QT_TRANSLATE_NOOP(
        "RoleDialog", "Answers for the project and its results (often the town council)."
    ),
    OrganisationRole.EXTENDING: QT_TRANSLATE_NOOP(
        "RoleDialog", "Manages the budget and steers the project for the funders."
    ),
    OrganisationRole.IMPLEMENTING: QT_TRANSLATE_NOOP(
        "RoleDialog", "Carries out the work on the ground."
    ),
}


@dataclass(frozen=True)
class RoleChoice:
    organisation_id: str
    roles: tuple[int, ...]


def set_roles_command(
    context: AppContext, text: str, project_id: str, org_id: str, roles: tuple[int, ...]
) -> ServiceCommand:
    """An undoable change of an organisation's roles (no roles: it leaves the project)."""
    before: list[tuple[int, ...]] = []

    def do(session: Session) -> None:
        previous = set_organisation_roles(session, project_id, org_id, roles)
        if not before:
            before.append(previous)

    def undo(session: Session) -> None:
        set_organisation_roles(session, project_id, org_id, before[0])

    return ServiceCommand(context, text, ENTITY, do, undo)


class RoleDialog(RecordDialog):
    """Add an organisation to a project with its roles, or change the roles it has."""

    def __init__(
        self,
        context: AppContext,
        project_id: str,
        organisation_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("roleDialog")
        self.project_id = project_id
        self.record_id = organisation_id
        self.setWindowTitle(
            self.tr("Roles in the project") if organisation_id else self.tr("Add an organisation")
        )
        organisations, taking_part = context.run(
            lambda s: (list_organisations(s), list_project_organisations(s, project_id))
        )
        current = {row.organisation_id: row.roles for row in taking_part}
        offered = [
            (row.id, row.name)
            for row in organisations
            if row.id == organisation_id or (organisation_id is None and row.id not in current)
        ]
        self._names = dict(offered)
        self.organisation_combo = CodeComboBox(offered, allow_empty=True, parent=self)
        self.organisation_combo.setObjectName("roleOrganisationCombo")
        self.organisation_combo.setMinimumWidth(320)
        self.role_checks: dict[int, QCheckBox] = {}
        roles_box = QWidget(self)
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        roles_layout.setSpacing(2)
        for code, label in organisation_role_choices():
            check = QCheckBox(label, roles_box)
            check.setObjectName(f"role{OrganisationRole(code).name.title()}Check")
            hint = QLabel(translate("RoleDialog", ROLE_HINTS[code]), roles_box)
            hint.setStyleSheet("color: palette(placeholder-text); margin-left: 22px;")
            hint.setWordWrap(True)
            check.setToolTip(hint.text())
            roles_layout.addWidget(check)
            roles_layout.addWidget(hint)
            self.role_checks[code] = check
        self.add_field(
            "organisation_id", self.tr("Organisation"), self.organisation_combo, required=True
        )
        self.add_field("roles", self.tr("Roles"), roles_box, required=True)
        if organisation_id is not None:
            self.organisation_combo.set_code(organisation_id)
            self.organisation_combo.setEnabled(False)
            for code in current.get(organisation_id, ()):
                self.role_checks[code].setChecked(True)
            self.role_checks[OrganisationRole.FUNDING].setFocus()
        else:
            self.organisation_combo.setFocus()
        self.mark_unchanged()
        self.resize(520, self.sizeHint().height())

    def collect(self) -> RoleChoice:
        roles = tuple(code for code, check in self.role_checks.items() if check.isChecked())
        return RoleChoice(self.organisation_combo.code(), roles)

    def save(self, data: object) -> str:
        assert isinstance(data, RoleChoice)
        errors = []
        if data.organisation_id not in self._names:
            errors.append(
                FieldError("organisation_id", self.tr("Choose an organisation from the list."))
            )
        if not data.roles:
            errors.append(FieldError("roles", self.tr("Tick at least one role.")))
        if errors:
            raise ValidationError(errors)
        name = self._names[data.organisation_id]
        if self.record_id is None:
            text = self.tr("Add {name} to the project").format(name=name)
        else:
            text = self.tr("Change the roles of {name}").format(name=name)
        self.context.execute(
            set_roles_command(self.context, text, self.project_id, data.organisation_id, data.roles)
        )
        return data.organisation_id
