"""Writer of imported exchanges with their partners and participants (via the services)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import Direction, ExchangeKind, RecordSource, Sex
from coopdesk.exchange.errors import RowError, RowsRejectedError
from coopdesk.exchange.import_engine import CREATED, UNCHANGED, UPDATED, ImportContext, Writer
from coopdesk.exchange.resolve import key, organisation_by_name, project_by_code
from coopdesk.exchange.writers_core import country, enum_of, merged, record_id
from coopdesk.i18n import translate
from coopdesk.services.errors import FieldError, ValidationError
from coopdesk.services.exchanges import (
    ExchangeData,
    clean_exchange,
    create_exchange,
    get_exchange,
    update_exchange,
)
from coopdesk.services.labels_activity import UNKNOWN_AGE_GROUP
from coopdesk.services.participants import (
    CountData,
    Participants,
    PersonData,
    get_participants,
    set_participants,
    validate_participants,
)
from coopdesk.store.models import Exchange, Organisation, Participant, ParticipantCount, new_id

# Keys the workbook import adds to an exchange's values: rows of its other sheets.
PARTNERS, PERSONS, COUNTS = "_partners", "_persons", "_counts"
_SEX_COUNTS = {
    "participants_female": Sex.FEMALE.value,
    "participants_male": Sex.MALE.value,
    "participants_other": Sex.OTHER.value,
}
_PERSON_FIELDS = {f.name for f in dataclasses.fields(PersonData)}


def _fail(field_name: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field_name, message)])


def _partner_ids(session: Session, values: dict[str, Any]) -> tuple[str, ...] | None:
    if values.get(PARTNERS) is not None:
        return tuple(values[PARTNERS])
    if values.get("partner_ids"):
        return tuple(values["partner_ids"])
    if not values.get("partners"):
        return None
    ids = []
    for name in re.split(r"[;|\n]", str(values["partners"])):
        if name.strip():
            found, reason = organisation_by_name(session, name)
            if found is None:
                raise _fail("partners", reason)
            ids.append(found)
    return tuple(ids)


def _existing(session: Session, values: dict[str, Any], ctx: ImportContext) -> Exchange | None:
    exchange_id = record_id(values)
    if exchange_id:
        return ctx.find(session, Exchange, exchange_id)
    if ctx.coopdesk_file or not values.get("start_date") or not values.get("title"):
        return None
    same_day = session.scalars(select(Exchange).where(Exchange.start_date == values["start_date"]))
    return next((e for e in same_day if key(e.title) == key(str(values["title"]))), None)


def _data(
    session: Session, values: dict[str, Any], base: ExchangeData, new: bool, ctx: ImportContext
) -> ExchangeData:
    if values.get("project") and not values.get("project_id"):
        found, reason = project_by_code(session, str(values["project"]))
        if found is None:
            raise _fail("project", reason)
        values["project_id"] = found
    if new and not values.get("source"):
        values["source"] = RecordSource.SPREADSHEET.value
        values.setdefault("source_ref", ctx.source[:200])
    convert = {
        "kind": enum_of(ExchangeKind),
        "direction": enum_of(Direction),
        "country": country,
    }
    data = merged(base, values, convert)
    partners = _partner_ids(session, values)
    if partners is not None:
        data = dataclasses.replace(data, partner_ids=partners)
    return data


def _person(values: dict[str, Any]) -> PersonData:
    known = {k: v for k, v in values.items() if k in _PERSON_FIELDS and v is not None}
    return PersonData(**known)


def _participants_from_sheets(
    values: dict[str, Any],
) -> tuple[list[PersonData], list[CountData]] | None:
    if PERSONS not in values and COUNTS not in values:
        return None
    persons = [_person(v) for _row, v in values.get(PERSONS, [])]
    counts = [
        CountData(v.get("sex") or "", v.get("age_group") or "", v.get("count") or 0)
        for _row, v in values.get(COUNTS, [])
    ]
    return persons, counts


def _counts_from_columns(values: dict[str, Any]) -> list[CountData] | None:
    given = {k: values.get(k) for k in ("participants", *_SEX_COUNTS) if values.get(k) is not None}
    if not given:
        return None
    counts = [CountData(sex, UNKNOWN_AGE_GROUP, given.get(k, 0)) for k, sex in _SEX_COUNTS.items()]
    known = sum(c.count for c in counts)
    total = given.get("participants", known)
    if total < known:
        message = translate("Exchange", "The total is smaller than the sum of the counts by sex.")
        raise _fail("participants", message)
    counts.append(CountData(Sex.UNKNOWN.value, UNKNOWN_AGE_GROUP, total - known))
    return [c for c in counts if c.count]


def _child_errors(values: dict[str, Any], exc: ValidationError) -> RowsRejectedError:
    errors = []
    for e in exc.errors:
        match = re.match(r"(persons|counts)\[(\d+)\]\.(\w+)", e.field)
        if match is None:
            continue
        sheet = "participants" if match[1] == "persons" else "participant_counts"
        rows = values.get(PERSONS if match[1] == "persons" else COUNTS, [])
        row = rows[int(match[2])][0] if int(match[2]) < len(rows) else 0
        errors.append(RowError(row, match[3], e.message, sheet))
    return RowsRejectedError(errors)


def _insert_participants(
    session: Session, ctx: ImportContext, exchange_id: str, values: dict[str, Any]
) -> bool:
    """Participants of a new exchange from the workbook's sheets, checked by the service's
    rules and added without the replace-all work an existing exchange needs."""
    from_sheets = _participants_from_sheets(values)
    if from_sheets is None:
        return False
    persons, counts = from_sheets
    try:
        validate_participants(persons, counts)
        errors = [
            FieldError(
                f"persons[{i}].organisation_id",
                translate("Validation", "Choose a partner from the list."),
            )
            for i, p in enumerate(persons)
            if p.organisation_id and ctx.get(session, Organisation, p.organisation_id) is None
        ]
        if errors:
            raise ValidationError(errors)
    except ValidationError as exc:
        raise _child_errors(values, exc) from exc
    for person in persons:
        fields_ = {f: getattr(person, f) for f in _PERSON_FIELDS if f != "id"}
        session.add(Participant(id=person.id or new_id(), exchange_id=exchange_id, **fields_))
    for count in counts:
        if count.count:
            session.add(
                ParticipantCount(
                    id=new_id(),
                    exchange_id=exchange_id,
                    sex=count.sex,
                    age_group=count.age_group,
                    count=count.count,
                )
            )
    return True


def _set_participants(
    session: Session, exchange_id: str, values: dict[str, Any], *, new: bool = False
) -> bool:
    """Replace the participants the file gives; True when something changed."""
    before = Participants() if new else get_participants(session, exchange_id)
    from_sheets = _participants_from_sheets(values)
    if from_sheets is not None:
        persons, counts = from_sheets
    else:
        column_counts = _counts_from_columns(values)
        if column_counts is None:
            return False
        persons, counts = list(before.persons), column_counts
    same_persons = {p.id: p for p in before.persons} == {p.id: p for p in persons}
    if same_persons and set(before.counts) == {c for c in counts if c.count}:
        return False
    try:
        set_participants(session, exchange_id, persons, counts)
    except ValidationError as exc:
        if from_sheets is not None:
            raise _child_errors(values, exc) from exc
        raise _fail("participants", exc.message) from exc
    return True


def write_exchange(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    values = dict(values)
    existing = _existing(session, values, ctx)
    base = get_exchange(session, existing.id) if existing else ExchangeData("", "", "", None)
    data = _data(session, values, base, existing is None, ctx)
    if existing is None:
        exchange_id = create_exchange(session, data, exchange_id=record_id(values))
        if not _insert_participants(session, ctx, exchange_id, values):
            _set_participants(session, exchange_id, values, new=True)
        return CREATED
    changed = clean_exchange(data) != base
    if changed:
        update_exchange(session, existing.id, data)
    changed = _set_participants(session, existing.id, values) or changed
    return UPDATED if changed else UNCHANGED


EXCHANGE_WRITERS: dict[str, Writer] = {"exchanges": write_exchange}
