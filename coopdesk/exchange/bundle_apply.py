"""Apply a bundle plan: partners added if missing, exchanges written through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import RecordSource
from coopdesk.exchange.bundle import set_setting, setting
from coopdesk.exchange.bundle_merge import (
    IMPORTS_KEY,
    THEIRS,
    BundleItem,
    BundlePlan,
    BundleResult,
)
from coopdesk.exchange.errors import Progress, tick
from coopdesk.i18n import translate
from coopdesk.services.attachments import MAX_ATTACHMENT_BYTES
from coopdesk.services.errors import ServiceError, ValidationError
from coopdesk.services.exchanges import ExchangeData, create_exchange, update_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import CountData, PersonData, set_participants
from coopdesk.store.models import (
    Attachment,
    Exchange,
    ExchangeDocument,
    Participant,
    ParticipantCount,
)


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _add_partners(session: Session, plan: BundlePlan) -> int:
    for partner in plan.partners_to_add:
        data = OrganisationData(
            name=str(partner.get("name", "")),
            kind=str(partner.get("kind", "")),
            country=str(partner.get("country", "")),
            short_name=str(partner.get("short_name", "")),
            city=str(partner.get("city", "")),
        )
        try:
            create_organisation(session, data, org_id=partner["id"])
        except ValidationError as exc:
            message = translate(
                "Exchange", "The partner {name} of the bundle is not valid: {reason}"
            )
            raise ServiceError(message.format(name=data.name, reason=exc.message)) from exc
    return len(plan.partners_to_add)


def _attachments(
    session: Session, plan: BundlePlan, wanted: set[str]
) -> tuple[dict[str, str], int]:
    """Local attachment ids for the bundle's (same id, else same content, else added)."""
    mapping: dict[str, str] = {}
    added = 0
    for record in plan.bundle.records["attachments"]:
        if record["id"] not in wanted:
            continue
        local = session.get(Attachment, record["id"])
        if local is not None and local.sha256 == record["sha256"]:
            mapping[record["id"]] = local.id
            continue
        same = session.scalar(
            select(Attachment.id).where(Attachment.sha256 == record["sha256"]).limit(1)
        )
        if same is not None:
            mapping[record["id"]] = same
            continue
        data = plan.bundle.read_attachment(record["member"], record["sha256"])
        if len(data) > MAX_ATTACHMENT_BYTES:
            message = translate("Validation", "This file is too large: the limit is {limit} MB.")
            raise ServiceError(message.format(limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
        attachment = Attachment(
            id=record["id"] if local is None else None,
            sha256=record["sha256"],
            filename=str(record["filename"])[:255],
            mime_type=str(record["mime_type"])[:100],
            size=len(data),
            data=data,
        )
        session.add(attachment)
        session.flush()
        mapping[record["id"]] = attachment.id
        added += 1
    return mapping, added


def _exchange_data(record: dict[str, Any], plan: BundlePlan, new: Exchange | None) -> ExchangeData:
    f = record["fields"]
    project = plan.project_map.get(f["project_id"]) if f.get("project_id") else None
    source, source_ref = RecordSource.BUNDLE.value, f"{plan.bundle.volunteer}"[:200]
    if new is not None:
        source, source_ref = new.source, new.source_ref
    return ExchangeData(
        kind=f["kind"],
        direction=f["direction"],
        title=f["title"],
        start_date=_date(f["start_date"]),
        end_date=_date(f.get("end_date")),
        partner_ids=tuple(plan.partner_map.get(p, p) for p in record["partner_ids"]),
        place=f.get("place", ""),
        country=f.get("country", ""),
        project_id=project,
        purpose=f.get("purpose", ""),
        outcomes=f.get("outcomes", ""),
        logged_by=f.get("logged_by", ""),
        source=source,
        source_ref=source_ref,
    )


def _participants(
    record: dict[str, Any], plan: BundlePlan
) -> tuple[list[PersonData], list[CountData]]:
    persons = []
    for p in record["persons"]:
        org = p.get("organisation_id")
        values = {**p, "organisation_id": plan.partner_map.get(org, org) if org else None}
        values["consent_date"] = _date(values.get("consent_date"))
        persons.append(PersonData(**values))
    counts = [CountData(c["sex"], c["age_group"], c["count"]) for c in record["counts"]]
    return persons, counts


def _documents(session: Session, exchange_id: str, wanted: set[str]) -> None:
    links = session.scalars(
        select(ExchangeDocument).where(ExchangeDocument.exchange_id == exchange_id)
    )
    have = set()
    for link in links:
        if link.attachment_id in wanted:
            have.add(link.attachment_id)
        else:
            session.delete(link)
    for attachment_id in sorted(wanted - have):
        session.add(ExchangeDocument(exchange_id=exchange_id, attachment_id=attachment_id))
    session.flush()


def _stamp(session: Session, record: dict[str, Any], added: bool) -> None:
    """Keep the bundle's times, so the next import compares like with like."""
    exchange = session.get(Exchange, record["id"])
    assert exchange is not None
    changed = dt.datetime.fromisoformat(record["changed_at"])
    exchange.updated_at = dt.datetime.fromisoformat(record["updated_at"])
    if added:
        exchange.created_at = dt.datetime.fromisoformat(record["created_at"])
    for model in (Participant, ParticipantCount):
        for row in session.scalars(select(model).where(model.exchange_id == exchange.id)):
            row.updated_at = changed
    session.flush()


def _write(
    session: Session, record: dict[str, Any], plan: BundlePlan, files: dict[str, str], added: bool
) -> None:
    existing = None if added else session.get(Exchange, record["id"])
    data = _exchange_data(record, plan, existing)
    if added:
        create_exchange(session, data, exchange_id=record["id"])
    else:
        update_exchange(session, record["id"], data)
    persons, counts = _participants(record, plan)
    set_participants(session, record["id"], persons, counts)
    _documents(session, record["id"], {files[a] for a in record["attachment_ids"] if a in files})
    _stamp(session, record, added)


def apply_bundle(
    session: Session,
    plan: BundlePlan,
    decisions: Mapping[str, str] | None = None,
    *,
    progress: Progress | None = None,
) -> BundleResult:
    """Write the plan in the caller's transaction (the caller commits, or rolls back).

    Args:
        session: the caller's session.
        plan: from :func:`bundle_merge.plan_bundle`.
        decisions: exchange id -> "theirs" or "ours" for conflicts; a conflict without a
            decision is left unchanged.
        progress: ``(done, total) -> bool``; False cancels (CancelledError).
    """
    decisions = decisions or {}
    chosen = [c for c in plan.conflicts if decisions.get(c.exchange_id) == THEIRS]
    todo: list[tuple[BundleItem, bool]] = [(i, True) for i in plan.additions]
    todo += [(i, False) for i in [*plan.updates, *chosen]]
    records = {r["id"]: r for r in plan.bundle.records["exchanges"]}
    partners_added = _add_partners(session, plan) if todo else 0
    wanted = {a for item, _ in todo for a in records[item.exchange_id]["attachment_ids"]}
    files, attachments_added = _attachments(session, plan, wanted)
    for done, (item, added) in enumerate(todo, start=1):
        try:
            _write(session, records[item.exchange_id], plan, files, added)
        except ValidationError as exc:
            message = translate(
                "Exchange", "The visit {title} of the bundle is not valid: {reason}"
            )
            raise ServiceError(message.format(title=item.title, reason=exc.message)) from exc
        tick(progress, done, len(todo))
    imports = dict(setting(session, IMPORTS_KEY, {}) or {})
    previous = imports.get(plan.bundle.source_key)
    created = plan.bundle.manifest["created_at"]
    if previous is None or previous < created:
        imports[plan.bundle.source_key] = created
        set_setting(session, IMPORTS_KEY, imports)
    return BundleResult(
        added=len(plan.additions),
        updated=len(plan.updates) + len(chosen),
        conflicts_left=len(plan.conflicts) - len(chosen),
        partners_added=partners_added,
        attachments_added=attachments_added,
    )
