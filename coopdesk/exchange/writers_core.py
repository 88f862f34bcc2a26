"""Writers of imported partners, contacts, partnerships, projects and risks (via services)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import OrganisationKind, PartnershipKind, PartnershipStatus
from coopdesk.exchange.import_engine import CREATED, UNCHANGED, UPDATED, ImportContext, Writer
from coopdesk.exchange.resolve import choice, country_code, key, organisation_by_name
from coopdesk.services.contacts import ContactData, create_contact, get_contact, update_contact
from coopdesk.services.errors import FieldError, ValidationError
from coopdesk.services.organisations import (
    OrganisationData,
    create_organisation,
    get_organisation,
    update_organisation,
)
from coopdesk.services.partnerships import (
    PartnershipData,
    create_partnership,
    get_partnership,
    update_partnership,
)
from coopdesk.services.project_parts import link_partnership, set_organisation_roles
from coopdesk.services.projects import ProjectData, create_project, get_project, update_project
from coopdesk.services.risks import RiskData, create_risk, get_risk, update_risk
from coopdesk.store.models import (
    Contact,
    Organisation,
    Partnership,
    Project,
    ProjectOrganisation,
    ProjectPartnership,
    Risk,
)

D = TypeVar("D")


def _empty(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return ""


def merged(base: D, values: Mapping[str, Any], convert: Mapping[str, Callable[[Any], Any]]) -> D:
    """``base`` with the fields the file provides (a blank cell gives the field's default)."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(base):  # type: ignore[arg-type]
        if f.name not in values:
            continue
        value = values[f.name]
        if value is None:
            value = _empty(f)
        elif f.name in convert:
            value = convert[f.name](value)
        if isinstance(getattr(base, f.name), tuple) and isinstance(value, list):
            value = tuple(value)
        changes[f.name] = value
    return dataclasses.replace(base, **changes)  # type: ignore[type-var]


def enum_of(enum_type: Any) -> Callable[[Any], Any]:
    return lambda text: choice(enum_type, str(text)) or str(text)


def country(text: Any) -> str:
    return country_code(str(text)) or str(text).strip()


def record_id(values: Mapping[str, Any]) -> str | None:
    found = values.get("id")
    return str(found).strip() if found else None


def _missing(field_name: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field_name, message)])


def resolve_organisation(session: Session, values: dict[str, Any]) -> None:
    """Fill ``organisation_id`` from an ``organisation`` name column, if any."""
    if values.get("organisation_id") or not values.get("organisation"):
        return
    found, reason = organisation_by_name(session, str(values["organisation"]))
    if found is None:
        raise _missing("organisation", reason)
    values["organisation_id"] = found


def write_organisation(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    org_id = record_id(values)
    existing = ctx.find(session, Organisation, org_id)
    if existing is None and not org_id and values.get("name"):
        wanted = (key(str(values["name"])), country(values.get("country") or ""))
        existing = next(
            (
                o
                for o in session.scalars(select(Organisation))
                if (key(o.name), o.country) == wanted
            ),
            None,
        )
    base = get_organisation(session, existing.id) if existing else OrganisationData("", "", "")
    convert = {"kind": enum_of(OrganisationKind), "country": country}
    data = merged(base, values, convert)
    if existing is None:
        create_organisation(session, data, org_id=org_id)
        return CREATED
    if data == base:
        return UNCHANGED
    update_organisation(session, existing.id, data)
    return UPDATED


def write_contact(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    resolve_organisation(session, values)
    contact_id = record_id(values)
    existing = ctx.find(session, Contact, contact_id)
    if existing is None and not contact_id and values.get("organisation_id"):
        wanted = (key(values.get("last_name") or ""), key(values.get("first_name") or ""))
        existing = next(
            (
                c
                for c in session.scalars(
                    select(Contact).where(Contact.organisation_id == values["organisation_id"])
                )
                if (key(c.last_name), key(c.first_name)) == wanted
            ),
            None,
        )
    base = get_contact(session, existing.id) if existing else ContactData("", "")
    data = merged(base, values, {})
    if existing is None:
        create_contact(session, data, contact_id=contact_id)
        return CREATED
    if data == base:
        return UNCHANGED
    update_contact(session, existing.id, data)
    return UPDATED


def write_partnership(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    resolve_organisation(session, values)
    pid = record_id(values)
    existing = ctx.find(session, Partnership, pid)
    base = get_partnership(session, existing.id) if existing else PartnershipData("", "", {})
    convert = {"kind": enum_of(PartnershipKind), "status": enum_of(PartnershipStatus)}
    data = merged(base, values, convert)
    if existing is None:
        create_partnership(session, data, partnership_id=pid)
        return CREATED
    if data == base:
        return UNCHANGED
    update_partnership(session, existing.id, data)
    return UPDATED


def write_project(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    pid = record_id(values)
    existing = ctx.find(session, Project, pid)
    base = get_project(session, existing.id) if existing else ProjectData("", {})
    data = merged(base, values, {"location_country": country})
    outcome = UNCHANGED
    if existing is None:
        pid = create_project(session, data, project_id=pid)
        outcome = CREATED
    else:
        pid = existing.id
        if data != base:
            update_project(session, pid, data)
            outcome = UPDATED
    # APD fields are not part of ProjectData yet: set on the record (audited all the same).
    project = session.get(Project, pid)
    assert project is not None
    extras = {
        "policy_markers": values.get("policy_markers") or {},
        "apd_channel": values.get("apd_channel") or "direct",
    }
    for name, value in extras.items():
        if name in values and getattr(project, name) != value:
            setattr(project, name, value)
            outcome = UPDATED if outcome == UNCHANGED else outcome
    session.flush()
    return outcome


def write_project_partnership(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    project_id, partnership_id = values.get("project_id") or "", values.get("partnership_id") or ""
    if session.get(ProjectPartnership, (project_id, partnership_id)) is not None:
        return UNCHANGED
    link_partnership(session, project_id, partnership_id)
    return CREATED


def write_project_roles(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    """One organisation's roles in one project (rows grouped by the workbook import)."""
    project_id, org_id = values.get("project_id") or "", values.get("organisation_id") or ""
    roles = set(values.get("roles") or [values.get("role")])
    current = set(
        session.scalars(
            select(ProjectOrganisation.role).where(
                ProjectOrganisation.project_id == project_id,
                ProjectOrganisation.organisation_id == org_id,
            )
        )
    )
    if current == roles:
        return UNCHANGED
    set_organisation_roles(session, project_id, org_id, roles)
    return UPDATED if current else CREATED


def write_risk(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    risk_id = record_id(values)
    existing = ctx.find(session, Risk, risk_id)
    base = get_risk(session, existing.id) if existing else RiskData("")
    data = merged(base, values, {})
    if existing is None:
        create_risk(session, values.get("project_id") or "", data, risk_id=risk_id)
        return CREATED
    if data == base:
        return UNCHANGED
    update_risk(session, existing.id, data)
    return UPDATED


CORE_WRITERS: dict[str, Writer] = {
    "organisations": write_organisation,
    "contacts": write_contact,
    "partnerships": write_partnership,
    "projects": write_project,
    "project_partnerships": write_project_partnership,
    "project_roles": write_project_roles,
    "risks": write_risk,
}
