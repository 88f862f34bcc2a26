"""Merge a volunteer bundle at the town hall: plan additions, updates and conflicts, apply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.exchange.bundle import setting
from coopdesk.exchange.bundle_read import Bundle
from coopdesk.exchange.resolve import key
from coopdesk.i18n import translate
from coopdesk.services.exchanges import get_exchange
from coopdesk.services.participants import PersonData
from coopdesk.store.audit import json_safe
from coopdesk.store.models import (
    Attachment,
    Exchange,
    ExchangeDocument,
    Organisation,
    Participant,
    ParticipantCount,
    Project,
)

IMPORTS_KEY = "bundle.imports"
THEIRS, OURS = "theirs", "ours"
_LOCAL_FIELDS = {"source", "source_ref", "partner_ids"}
_PERSON_FIELDS = tuple(f.name for f in fields(PersonData))


@dataclass(frozen=True)
class BundleItem:
    """One exchange of the bundle, as the plan lists it."""

    exchange_id: str
    title: str
    start_date: str
    theirs_changed_at: dt.datetime
    ours_changed_at: dt.datetime | None = None


@dataclass(frozen=True)
class Conflict(BundleItem):
    """Changed on both sides since the last import: the user decides (theirs or ours)."""

    # The newer side, offered as the default choice.
    suggested: str = THEIRS
    # The parts that differ: field names, "partners", "participants", "attachments".
    differences: tuple[str, ...] = ()


@dataclass
class BundlePlan:
    bundle: Bundle
    additions: list[BundleItem] = field(default_factory=list)
    updates: list[BundleItem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unchanged: int = 0
    # Changed here more recently than in the bundle: ours is kept.
    kept: int = 0
    partners_to_add: list[dict[str, Any]] = field(default_factory=list)
    partner_map: dict[str, str] = field(default_factory=dict)
    project_map: dict[str, str | None] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BundleResult:
    added: int
    updated: int
    conflicts_left: int
    partners_added: int
    attachments_added: int


def _partner_map(session: Session, plan: BundlePlan) -> None:
    for partner in plan.bundle.records["partners"]:
        if session.get(Organisation, partner["id"]) is not None:
            plan.partner_map[partner["id"]] = partner["id"]
            continue
        wanted = (key(partner.get("name", "")), partner.get("country", ""))
        local = next(
            (
                o.id
                for o in session.scalars(select(Organisation))
                if (key(o.name), o.country) == wanted
            ),
            None,
        )
        plan.partner_map[partner["id"]] = local or partner["id"]
        if local is None:
            plan.partners_to_add.append(partner)


def _project_map(session: Session, plan: BundlePlan) -> None:
    for project in plan.bundle.records["projects"]:
        local = session.get(Project, project["id"])
        found = (
            local.id
            if local
            else session.scalar(
                select(Project.id).where(func.lower(Project.code) == str(project["code"]).lower())
            )
        )
        plan.project_map[project["id"]] = found
        if found is None:
            note = translate("Exchange", "Project {code} is unknown here: its link was left out.")
            plan.notes.append(note.format(code=project["code"]))


def _theirs(record: dict[str, Any], plan: BundlePlan, shas: dict[str, str]) -> dict[str, Any]:
    fields_ = {k: v for k, v in record["fields"].items() if k not in _LOCAL_FIELDS}
    if fields_.get("project_id"):
        fields_["project_id"] = plan.project_map.get(fields_["project_id"])
    persons = []
    for person in record["persons"]:
        org = person.get("organisation_id")
        persons.append(
            {**person, "organisation_id": plan.partner_map.get(org, org) if org else None}
        )
    return {
        "fields": fields_,
        "partners": sorted(plan.partner_map.get(p, p) for p in record["partner_ids"]),
        "participants": sorted((tuple(sorted(p.items())) for p in persons), key=repr),
        "counts": sorted(
            (c["sex"], c["age_group"], c["count"]) for c in record["counts"] if c["count"]
        ),
        "attachments": sorted(shas[a] for a in record["attachment_ids"] if a in shas),
    }


def _ours(session: Session, exchange_id: str) -> dict[str, Any]:
    data = get_exchange(session, exchange_id)
    persons = session.scalars(select(Participant).where(Participant.exchange_id == exchange_id))
    counts = session.scalars(
        select(ParticipantCount).where(ParticipantCount.exchange_id == exchange_id)
    )
    shas = session.scalars(
        select(Attachment.sha256)
        .join(ExchangeDocument, ExchangeDocument.attachment_id == Attachment.id)
        .where(ExchangeDocument.exchange_id == exchange_id)
    )
    return {
        "fields": {
            f.name: json_safe(getattr(data, f.name))
            for f in fields(data)
            if f.name not in _LOCAL_FIELDS
        },
        "partners": sorted(data.partner_ids),
        "participants": sorted(
            (tuple(sorted((n, json_safe(getattr(p, n))) for n in _PERSON_FIELDS)) for p in persons),
            key=repr,
        ),
        "counts": sorted((c.sex, c.age_group, c.count) for c in counts if c.count),
        "attachments": sorted(shas),
    }


def _ours_changed_at(session: Session, exchange: Exchange) -> dt.datetime:
    latest = exchange.updated_at
    for model in (Participant, ParticipantCount):
        when = session.scalar(
            select(func.max(model.updated_at)).where(model.exchange_id == exchange.id)
        )
        latest = max(latest, when) if when else latest
    return latest


def _differences(theirs: dict[str, Any], ours: dict[str, Any]) -> tuple[str, ...]:
    out = [k for k in theirs["fields"] if theirs["fields"][k] != ours["fields"].get(k)]
    return tuple(
        out
        + [
            part
            for part in ("partners", "participants", "counts", "attachments")
            if theirs[part] != ours[part]
        ]
    )


def base_time(session: Session, bundle: Bundle) -> dt.datetime | None:
    """When this source's previous bundle was made (else the volunteer's previous export)."""
    found = (setting(session, IMPORTS_KEY, {}) or {}).get(bundle.source_key)
    return dt.datetime.fromisoformat(found) if found else bundle.since


def plan_bundle(session: Session, bundle: Bundle) -> BundlePlan:
    """What importing ``bundle`` would do; nothing is written.

    New exchanges are added with their ids; an exchange changed on one side only takes
    the newer version (updated_at of the exchange and its participants); one changed on
    both sides since the last import from the same source is a conflict for the user.
    """
    plan = BundlePlan(bundle)
    _partner_map(session, plan)
    _project_map(session, plan)
    shas = {a["id"]: a["sha256"] for a in bundle.records["attachments"]}
    base = base_time(session, bundle)
    for record in bundle.records["exchanges"]:
        theirs_at = dt.datetime.fromisoformat(record["changed_at"])
        item = (
            record["id"],
            str(record["fields"].get("title", "")),
            str(record["fields"].get("start_date", "")),
        )
        exchange = session.get(Exchange, record["id"])
        if exchange is None:
            plan.additions.append(BundleItem(*item, theirs_at))
            continue
        theirs, ours = _theirs(record, plan, shas), _ours(session, exchange.id)
        if theirs == ours:
            plan.unchanged += 1
            continue
        ours_at = _ours_changed_at(session, exchange)
        theirs_changed = base is None or theirs_at > base
        ours_changed = base is not None and ours_at > base
        if theirs_changed and ours_changed:
            suggested = THEIRS if theirs_at > ours_at else OURS
            plan.conflicts.append(
                Conflict(*item, theirs_at, ours_at, suggested, _differences(theirs, ours))
            )
        elif theirs_at > ours_at:
            plan.updates.append(BundleItem(*item, theirs_at, ours_at))
        else:
            plan.kept += 1
    return plan
