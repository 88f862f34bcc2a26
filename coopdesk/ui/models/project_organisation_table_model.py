"""The organisations taking part in a project, with their IATI roles there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coopdesk.domain.enums import OrganisationKind, OrganisationRole
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.locale_data import country_name
from coopdesk.services import labels, labels_activity
from coopdesk.services.project_parts import ParticipatingOrgRow
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "ProjectOrganisationTableModel"

ORGANISATION, KIND, COUNTRY, ROLES = range(4)


@dataclass(frozen=True)
class ParticipantLine:
    """A participating organisation keyed by its id (what the table model needs)."""

    org: ParticipatingOrgRow

    @property
    def id(self) -> str:
        return self.org.organisation_id

    @property
    def search_text(self) -> str:
        return self.org.short_name


def role_labels(roles: tuple[int, ...]) -> str:
    """ "Funding, Implementing": the roles' labels in IATI order."""
    return ", ".join(labels_activity.label_of(OrganisationRole, r) for r in sorted(roles))


def _columns(language: str) -> list[Column[ParticipantLine]]:
    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectOrganisationTableModel", "Organisation"),
            lambda r: r.org.name,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectOrganisationTableModel", "Kind"),
            lambda r: labels.label_of(OrganisationKind, r.org.kind),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectOrganisationTableModel", "Country"),
            lambda r: country_name(r.org.country, language),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectOrganisationTableModel", "Roles"),
            lambda r: role_labels(r.org.roles),
            sort=lambda r: r.org.roles,
        ),
    ]


class ProjectOrganisationTableModel(RowTableModel[ParticipantLine]):
    """Organisations with their kind, country and roles (funding, accountable, ...)."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(_columns(language), parent)
