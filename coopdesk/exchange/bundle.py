"""Volunteer bundles (.coopdesk zip): export what a volunteer logged, read and verify one."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import socket
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk import __version__
from coopdesk.domain.text import fold
from coopdesk.exchange.errors import Progress, tick
from coopdesk.exchange.table_io import atomic_output
from coopdesk.services.exchanges import get_exchange
from coopdesk.services.participants import PersonData
from coopdesk.services.volunteer import same_person
from coopdesk.store.audit import json_safe
from coopdesk.store.models import (
    AppSetting,
    Attachment,
    Exchange,
    ExchangeDocument,
    Organisation,
    Participant,
    ParticipantCount,
    Project,
    utcnow,
)

BUNDLE_FORMAT = "coopdesk-bundle"
BUNDLE_VERSION = 1
BUNDLE_SUFFIX = ".coopdesk"
MANIFEST, RECORDS = "manifest.json", "records.json"
ATTACHMENTS = "attachments/"
DATABASE_ID_KEY = "database.id"
LAST_EXPORT_KEY = "bundle.last_export"
_PERSON_FIELDS = tuple(f.name for f in fields(PersonData) if f.name != "id")


@dataclass(frozen=True)
class BundleSummary:
    """What a bundle holds (written by export, read back by import)."""

    path: Path
    volunteer: str
    created_at: dt.datetime
    since: dt.datetime | None
    exchanges: int
    partners: int
    persons: int
    attachments: int


def setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(AppSetting, key)
    return row.value.get("value", default) if row is not None else default


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value={"value": value}))
    elif row.value.get("value") != value:
        row.value = {"value": value}
    session.flush()


def database_id(session: Session) -> str:
    """This database's own id (made once), naming where a bundle comes from."""
    found = setting(session, DATABASE_ID_KEY)
    if not found:
        found = str(uuid.uuid4())
        set_setting(session, DATABASE_ID_KEY, found)
    return str(found)


def volunteer_key(name: str) -> str:
    return " ".join(fold(name).split())


def iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _changed_at(session: Session, ids: list[str]) -> dict[str, dt.datetime]:
    """The latest change of each exchange, its participants and counts included."""
    latest = dict(
        session.execute(select(Exchange.id, Exchange.updated_at).where(Exchange.id.in_(ids))).all()
    )
    for model in (Participant, ParticipantCount):
        query = (
            select(model.exchange_id, func.max(model.updated_at))
            .where(model.exchange_id.in_(ids))
            .group_by(model.exchange_id)
        )
        for exchange_id, when in session.execute(query).all():
            latest[exchange_id] = max(latest[exchange_id], when)
    return latest


def _exchange_record(session: Session, exchange: Exchange, changed: dt.datetime) -> dict[str, Any]:
    data = get_exchange(session, exchange.id)
    persons = session.scalars(select(Participant).where(Participant.exchange_id == exchange.id))
    counts = session.scalars(
        select(ParticipantCount).where(ParticipantCount.exchange_id == exchange.id)
    )
    documents = session.scalars(
        select(ExchangeDocument.attachment_id).where(ExchangeDocument.exchange_id == exchange.id)
    )
    return {
        "id": exchange.id,
        "created_at": iso(exchange.created_at),
        "updated_at": iso(exchange.updated_at),
        "changed_at": iso(changed),
        "fields": {
            f.name: json_safe(getattr(data, f.name))
            for f in fields(data)
            if f.name != "partner_ids"
        },
        "partner_ids": sorted(data.partner_ids),
        "persons": [
            {"id": p.id, **{name: json_safe(getattr(p, name)) for name in _PERSON_FIELDS}}
            for p in persons
        ],
        "counts": [{"sex": c.sex, "age_group": c.age_group, "count": c.count} for c in counts],
        "attachment_ids": sorted(documents),
    }


def _exchanges_to_send(
    session: Session, volunteer: str, since: dt.datetime | None
) -> list[tuple[Exchange, dt.datetime]]:
    names = [
        n
        for n in session.scalars(select(Exchange.logged_by).distinct())
        if same_person(n, volunteer)
    ]
    exchanges = list(
        session.scalars(select(Exchange).where(Exchange.logged_by.in_(names)).order_by(Exchange.id))
    )
    changed = _changed_at(session, [e.id for e in exchanges])
    if since is not None:
        linked = (
            select(ExchangeDocument.exchange_id)
            .join(Attachment, Attachment.id == ExchangeDocument.attachment_id)
            .where(Attachment.created_at > since)
        )
        new_files = set(session.scalars(linked))
        exchanges = [e for e in exchanges if changed[e.id] > since or e.id in new_files]
    return [(e, changed[e.id]) for e in exchanges]


def _partners(session: Session, ids: Iterable[str]) -> list[dict[str, Any]]:
    query = select(Organisation).where(Organisation.id.in_(set(ids))).order_by(Organisation.id)
    return [
        {
            "id": o.id,
            "name": o.name,
            "short_name": o.short_name,
            "kind": o.kind,
            "country": o.country,
            "city": o.city,
        }
        for o in session.scalars(query)
    ]


def export_bundle(
    session: Session,
    path: Path,
    volunteer: str,
    *,
    full: bool = False,
    progress: Progress | None = None,
) -> BundleSummary:
    """Write what ``volunteer`` logged since their last export (all of it with ``full``).

    The bundle holds the exchanges with their participants, minimal records of their
    partners, their photos and documents, a manifest and the SHA-256 of every member.
    The export time is remembered in the caller's session (the caller commits).
    """
    last = setting(session, LAST_EXPORT_KEY, {}) or {}
    since_text = None if full else last.get(volunteer_key(volunteer))
    since = dt.datetime.fromisoformat(since_text) if since_text else None
    created_at = utcnow()
    chosen = _exchanges_to_send(session, volunteer, since)
    records = [_exchange_record(session, e, changed) for e, changed in chosen]
    partner_ids = {p for r in records for p in r["partner_ids"]}
    partner_ids |= {
        p["organisation_id"] for r in records for p in r["persons"] if p["organisation_id"]
    }
    project_ids = {r["fields"]["project_id"] for r in records if r["fields"]["project_id"]}
    projects = session.execute(select(Project.id, Project.code).where(Project.id.in_(project_ids)))
    attachment_ids = {a for r in records for a in r["attachment_ids"]}
    attachments = list(
        session.scalars(
            select(Attachment).where(Attachment.id.in_(attachment_ids)).order_by(Attachment.id)
        )
    )
    body = {
        "exchanges": records,
        "partners": _partners(session, partner_ids),
        "projects": [{"id": pid, "code": code} for pid, code in projects.all()],
        "attachments": [
            {
                "id": a.id,
                "sha256": a.sha256,
                "filename": a.filename,
                "mime_type": a.mime_type,
                "size": a.size,
                "created_at": iso(a.created_at),
                "member": ATTACHMENTS + a.sha256,
            }
            for a in attachments
        ],
    }
    members: dict[str, bytes] = {RECORDS: json.dumps(body, ensure_ascii=False, indent=1).encode()}
    for index, attachment in enumerate(attachments, start=1):
        members[ATTACHMENTS + attachment.sha256] = attachment.data
        tick(progress, index, len(attachments) + 1)
    manifest = {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_VERSION,
        "app_version": __version__,
        "bundle_id": str(uuid.uuid4()),
        "source": {"database_id": database_id(session), "host": socket.gethostname()},
        "volunteer": volunteer,
        "created_at": iso(created_at),
        "since": iso(since),
        "counts": {
            "exchanges": len(records),
            "partners": len(body["partners"]),
            "persons": sum(len(r["persons"]) for r in records),
            "attachments": len(attachments),
        },
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
    }
    with atomic_output(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in members.items():
            zf.writestr(name, data)
    set_setting(session, LAST_EXPORT_KEY, {**last, volunteer_key(volunteer): iso(created_at)})
    tick(progress, len(attachments) + 1, len(attachments) + 1)
    return BundleSummary(
        Path(path),
        volunteer,
        created_at,
        since,
        len(records),
        len(body["partners"]),
        manifest["counts"]["persons"],
        len(attachments),
    )
