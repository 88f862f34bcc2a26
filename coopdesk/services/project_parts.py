"""A project's participating organisations (IATI roles), partnerships and documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import OrganisationRole
from coopdesk.domain.text import fold
from coopdesk.i18n import translate
from coopdesk.services.attachments import AttachmentRow, add_link, list_linked, remove_link
from coopdesk.services.errors import FieldError, NotFoundError, ValidationError
from coopdesk.services.risks import RiskData, create_risk, risk_data
from coopdesk.store.models import (
    Organisation,
    Partnership,
    Project,
    ProjectDocument,
    ProjectOrganisation,
    ProjectPartnership,
    Risk,
)


@dataclass(frozen=True)
class ParticipatingOrgRow:
    """An organisation taking part in a project, with all its IATI roles there."""

    organisation_id: str
    name: str
    short_name: str
    kind: str
    country: str
    # OrganisationRole codes, ascending (1 funding, 2 accountable, 3 extending, 4 implementing).
    roles: tuple[int, ...]


@dataclass(frozen=True)
class LinkedPartnershipRow:
    """A partnership the project belongs to."""

    id: str
    organisation_id: str
    partner_name: str
    kind: str
    title: dict[str, str]
    status: str
    signed_on: dt.date | None


@dataclass(frozen=True)
class RoleLink:
    """One stored (organisation, role) row of a project, kept with its id for undo."""

    id: str
    organisation_id: str
    role: int


@dataclass(frozen=True)
class ProjectParts:
    """Everything attached to a project, as removed by a delete (restored by an undo)."""

    role_links: tuple[RoleLink, ...]
    partnership_ids: tuple[str, ...]
    risks: tuple[tuple[str, RiskData], ...]
    document_ids: tuple[str, ...]


def _check_project(session: Session, project_id: str) -> None:
    if session.get(Project, project_id) is None:
        raise NotFoundError(translate("Errors", "This project no longer exists."))


# --- participating organisations ----------------------------------------------------------


def list_project_organisations(session: Session, project_id: str) -> list[ParticipatingOrgRow]:
    """The participating organisations with their roles, by name (one query)."""
    query = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.short_name,
            Organisation.kind,
            Organisation.country,
            ProjectOrganisation.role,
        )
        .join(ProjectOrganisation, ProjectOrganisation.organisation_id == Organisation.id)
        .where(ProjectOrganisation.project_id == project_id)
    )
    found: dict[str, tuple[tuple[str, str, str, str], set[int]]] = {}
    for org_id, name, short_name, kind, country, role in session.execute(query).all():
        found.setdefault(org_id, ((name, short_name, kind, country), set()))[1].add(role)
    rows = [
        ParticipatingOrgRow(org_id, *info, roles=tuple(sorted(roles)))
        for org_id, (info, roles) in found.items()
    ]
    rows.sort(key=lambda r: (fold(r.name), r.organisation_id))
    return rows


def set_organisation_roles(
    session: Session, project_id: str, organisation_id: str, roles: Iterable[int]
) -> tuple[int, ...]:
    """Give an organisation exactly ``roles`` in a project; no roles removes it from the project.

    Only the roles that change are added or deleted (each one audited).

    Returns:
        The roles it held before, ascending (undo: call again with them).

    Raises:
        NotFoundError: the project no longer exists.
        ValidationError: an unknown organisation ("organisation_id") or role ("roles").
    """
    _check_project(session, project_id)
    wanted = set(roles)
    errors = []
    if session.get(Organisation, organisation_id) is None:
        message = translate("Validation", "Choose a partner from the list.")
        errors.append(FieldError("organisation_id", message))
    if not wanted <= {r.value for r in OrganisationRole}:
        errors.append(FieldError("roles", translate("Validation", "Choose a value from the list.")))
    if errors:
        raise ValidationError(errors)
    links = session.scalars(
        select(ProjectOrganisation).where(
            ProjectOrganisation.project_id == project_id,
            ProjectOrganisation.organisation_id == organisation_id,
        )
    ).all()
    before = tuple(sorted(link.role for link in links))
    for link in links:
        if link.role not in wanted:
            session.delete(link)
    for role in sorted(wanted - set(before)):
        session.add(
            ProjectOrganisation(project_id=project_id, organisation_id=organisation_id, role=role)
        )
    session.flush()
    return before


# --- partnerships -----------------------------------------------------------------------


def list_project_partnerships(session: Session, project_id: str) -> list[LinkedPartnershipRow]:
    """The partnerships a project belongs to, by partner name (one query)."""
    query = (
        select(Partnership, Organisation.name)
        .join(ProjectPartnership, ProjectPartnership.partnership_id == Partnership.id)
        .join(Organisation, Organisation.id == Partnership.organisation_id)
        .where(ProjectPartnership.project_id == project_id)
    )
    rows = [
        LinkedPartnershipRow(
            id=p.id,
            organisation_id=p.organisation_id,
            partner_name=name,
            kind=p.kind,
            title=dict(p.title),
            status=p.status,
            signed_on=p.signed_on,
        )
        for p, name in session.execute(query).all()
    ]
    rows.sort(key=lambda r: (fold(r.partner_name), r.signed_on or dt.date.min, r.id))
    return rows


def link_partnership(session: Session, project_id: str, partnership_id: str) -> None:
    """Link a project to a partnership (nothing happens when already linked).

    Raises:
        NotFoundError: the project or the partnership no longer exists.
    """
    _check_project(session, project_id)
    if session.get(Partnership, partnership_id) is None:
        raise NotFoundError(translate("Errors", "This partnership no longer exists."))
    if session.get(ProjectPartnership, (project_id, partnership_id)) is None:
        session.add(ProjectPartnership(project_id=project_id, partnership_id=partnership_id))
        session.flush()


def unlink_partnership(session: Session, project_id: str, partnership_id: str) -> None:
    """Remove a project from a partnership (nothing happens when not linked)."""
    link = session.get(ProjectPartnership, (project_id, partnership_id))
    if link is not None:
        session.delete(link)
        session.flush()


# --- documents --------------------------------------------------------------------------


def list_project_documents(session: Session, project_id: str) -> list[AttachmentRow]:
    """The documents linked to a project, by file name (one query, content not loaded)."""
    return list_linked(session, ProjectDocument.project_id, project_id)


def attach_to_project(session: Session, project_id: str, attachment_id: str) -> None:
    """Link a stored file to a project (nothing happens when already linked).

    Raises:
        NotFoundError: the project or the attachment no longer exists.
    """
    _check_project(session, project_id)
    add_link(session, ProjectDocument(project_id=project_id, attachment_id=attachment_id))


def detach_from_project(session: Session, project_id: str, attachment_id: str) -> None:
    """Remove a document from a project; the stored file is kept (nothing if not linked)."""
    remove_link(session, ProjectDocument, (project_id, attachment_id))


# --- snapshot for delete / undo -----------------------------------------------------------


def snapshot_parts(session: Session, project_id: str) -> ProjectParts:
    """Everything attached to a project (four queries)."""
    links = session.scalars(
        select(ProjectOrganisation).where(ProjectOrganisation.project_id == project_id)
    ).all()
    partnerships = session.scalars(
        select(ProjectPartnership.partnership_id).where(ProjectPartnership.project_id == project_id)
    ).all()
    risks = session.scalars(select(Risk).where(Risk.project_id == project_id)).all()
    documents = session.scalars(
        select(ProjectDocument.attachment_id).where(ProjectDocument.project_id == project_id)
    ).all()
    return ProjectParts(
        role_links=tuple(
            sorted(
                (RoleLink(link.id, link.organisation_id, link.role) for link in links),
                key=lambda r: (r.organisation_id, r.role),
            )
        ),
        partnership_ids=tuple(sorted(partnerships)),
        risks=tuple((r.id, risk_data(r)) for r in sorted(risks, key=lambda r: r.id)),
        document_ids=tuple(sorted(documents)),
    )


def remove_parts(session: Session, project_id: str) -> None:
    """Delete the project's links and risks one by one, so that each deletion is audited."""
    doomed: list[object] = [
        *session.scalars(
            select(ProjectOrganisation).where(ProjectOrganisation.project_id == project_id)
        ),
        *session.scalars(
            select(ProjectPartnership).where(ProjectPartnership.project_id == project_id)
        ),
        *session.scalars(select(Risk).where(Risk.project_id == project_id)),
        *session.scalars(select(ProjectDocument).where(ProjectDocument.project_id == project_id)),
    ]
    for obj in doomed:
        session.delete(obj)
    session.flush()


def restore_parts(session: Session, project_id: str, parts: ProjectParts) -> None:
    """Attach again what :func:`snapshot_parts` recorded (the project must exist)."""
    for link in parts.role_links:
        session.add(
            ProjectOrganisation(
                id=link.id,
                project_id=project_id,
                organisation_id=link.organisation_id,
                role=link.role,
            )
        )
    for partnership_id in parts.partnership_ids:
        session.add(ProjectPartnership(project_id=project_id, partnership_id=partnership_id))
    for attachment_id in parts.document_ids:
        session.add(ProjectDocument(project_id=project_id, attachment_id=attachment_id))
    session.flush()
    for risk_id, data in parts.risks:
        create_risk(session, project_id, data, risk_id=risk_id)
