"""An exchange's participants (listed persons and counts by sex and age group), statistics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import AgeGroup, Sex
from coopdesk.domain.text import fold
from coopdesk.i18n import translate
from coopdesk.services.errors import NotFoundError
from coopdesk.services.labels_activity import AGE_GROUPS, MINOR_AGE_GROUPS, UNKNOWN_AGE_GROUP
from coopdesk.services.validation import Checker
from coopdesk.store.models import Exchange, Organisation, Participant, ParticipantCount

_SEXES = tuple(s.value for s in Sex)
_ADULT_AGE_GROUPS = frozenset(AGE_GROUPS) - MINOR_AGE_GROUPS - {UNKNOWN_AGE_GROUP}


@dataclass(frozen=True)
class PersonData:
    """A listed participant as typed (personal data; also the snapshot used by undo)."""

    last_name: str = ""
    first_name: str = ""
    role: str = ""
    # The organisation the person came with, or None.
    organisation_id: str | None = None
    # A Sex value.
    sex: str = Sex.UNKNOWN.value
    # One of ``labels_activity.AGE_GROUPS``.
    age_group: str = AgeGroup.ADULT.value
    is_minor: bool = False
    # Consent of the person, or of a parent or guardian for a minor.
    consent_given: bool = False
    consent_date: dt.date | None = None
    # Set by the privacy erasure: the name was removed, the statistics kept.
    anonymised: bool = False
    # The stored participant's id (None for a new one); keeps the row, and its audit, alive.
    id: str | None = None


@dataclass(frozen=True)
class CountData:
    """A number of participants of one sex and age group, when persons are not listed."""

    sex: str
    age_group: str
    count: int


@dataclass(frozen=True)
class Participants:
    """All participants of an exchange: listed persons and counts."""

    persons: tuple[PersonData, ...] = ()
    counts: tuple[CountData, ...] = ()


@dataclass(frozen=True)
class ParticipantStats:
    """Participants of one exchange or one year, listed and counted together."""

    exchange_count: int
    listed: int
    counted: int
    total: int
    minors: int
    # Every Sex value, zero included.
    by_sex: dict[str, int] = field(default_factory=dict)
    # Every age group of ``AGE_GROUPS``, zero included.
    by_age_group: dict[str, int] = field(default_factory=dict)
    # (sex, age group) -> number, non-zero cells only.
    by_sex_and_age: dict[tuple[str, str], int] = field(default_factory=dict)


def _check_person(check: Checker, i: int, p: PersonData, today: dt.date) -> None:
    def f(name: str) -> str:
        return f"persons[{i}].{name}"

    if not p.anonymised and not (p.first_name.strip() or p.last_name.strip()):
        check.add(f("last_name"), translate("Validation", "Enter the person's first or last name."))
    check.max_length(f("last_name"), p.last_name, 100)
    check.max_length(f("first_name"), p.first_name, 100)
    check.max_length(f("role"), p.role, 150)
    check.choice(f("sex"), p.sex, set(_SEXES))
    check.choice(f("age_group"), p.age_group, set(AGE_GROUPS))
    if p.age_group in MINOR_AGE_GROUPS and not p.is_minor:
        message = translate("Validation", "A person aged 17 or under is a minor.")
        check.add(f("is_minor"), message)
    if p.is_minor and p.age_group in _ADULT_AGE_GROUPS:
        message = translate("Validation", "A minor is in the 0-11 or 12-17 age group.")
        check.add(f("age_group"), message)
    # An anonymised record holds no identity any more: consent no longer applies.
    if p.is_minor and not p.anonymised and not (p.consent_given and p.consent_date):
        message = translate(
            "Validation", "A minor needs the consent of a parent or guardian, with its date."
        )
        check.add(f("consent_given" if not p.consent_given else "consent_date"), message)
    if p.consent_date is not None and p.consent_date > today:
        message = translate("Validation", "The consent date cannot be in the future.")
        check.add(f("consent_date"), message)
    if p.consent_date is not None and not p.consent_given:
        message = translate("Validation", "Mark consent as given, or clear the consent date.")
        check.add(f("consent_given"), message)


def _check_counts(check: Checker, counts: Sequence[CountData]) -> None:
    seen: set[tuple[str, str]] = set()
    for i, c in enumerate(counts):
        check.choice(f"counts[{i}].sex", c.sex, set(_SEXES))
        check.choice(f"counts[{i}].age_group", c.age_group, set(AGE_GROUPS))
        if isinstance(c.count, bool) or not isinstance(c.count, int):
            check.add(f"counts[{i}].count", translate("Validation", "Enter a whole number."))
        elif c.count < 0:
            message = translate("Validation", "A number of participants cannot be negative.")
            check.add(f"counts[{i}].count", message)
        if (c.sex, c.age_group) in seen:
            message = translate("Validation", "This sex and age group is already counted.")
            check.add(f"counts[{i}].age_group", message)
        seen.add((c.sex, c.age_group))


def validate_participants(
    persons: Sequence[PersonData], counts: Sequence[CountData], *, today: dt.date | None = None
) -> None:
    """Raise ValidationError listing every invalid field.

    Fields are named ``persons[<index>].<field>`` and ``counts[<index>].<field>``.
    """
    check = Checker()
    day = today or dt.date.today()
    for i, person in enumerate(persons):
        _check_person(check, i, person, day)
    _check_counts(check, counts)
    check.raise_if_any()


def _clean_person(p: PersonData) -> PersonData:
    values = {f.name: getattr(p, f.name) for f in fields(p)}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    values["organisation_id"] = (p.organisation_id or "").strip() or None
    return PersonData(**values)


def _person(row: Participant) -> PersonData:
    return PersonData(**{f.name: getattr(row, f.name) for f in fields(PersonData)})


_SEX_ORDER = {s: i for i, s in enumerate(_SEXES)}
_AGE_ORDER = {a: i for i, a in enumerate(AGE_GROUPS)}


def _count_key(c: CountData) -> tuple[int, int]:
    return (_SEX_ORDER.get(c.sex, 99), _AGE_ORDER.get(c.age_group, 99))


def get_participants(session: Session, exchange_id: str) -> Participants:
    """An exchange's persons (by name) and non-zero counts (by sex, then age group)."""
    persons = [
        _person(p)
        for p in session.scalars(select(Participant).where(Participant.exchange_id == exchange_id))
    ]
    persons.sort(key=lambda p: (fold(p.last_name), fold(p.first_name), p.id or ""))
    counts = [
        CountData(c.sex, c.age_group, c.count)
        for c in session.scalars(
            select(ParticipantCount).where(ParticipantCount.exchange_id == exchange_id)
        )
    ]
    return Participants(tuple(persons), tuple(sorted(counts, key=_count_key)))


def set_participants(
    session: Session,
    exchange_id: str,
    persons: Sequence[PersonData],
    counts: Sequence[CountData],
) -> Participants:
    """Replace an exchange's participants with ``persons`` and ``counts``.

    A person whose ``id`` is already one of the exchange's is updated in place, others are
    added, missing ones deleted; a count is updated in place per (sex, age group) and zero
    counts are not kept. So the audit trail shows what really changed.

    Returns:
        The participants before the change (undo: call again with them).

    Raises:
        NotFoundError: the exchange no longer exists.
        ValidationError: invalid persons or counts (see :func:`validate_participants`).
    """
    if session.get(Exchange, exchange_id) is None:
        raise NotFoundError(translate("Errors", "This exchange no longer exists."))
    persons = [_clean_person(p) for p in persons]
    check = Checker()
    today = dt.date.today()
    for i, person in enumerate(persons):
        _check_person(check, i, person, today)
    _check_counts(check, counts)
    org_ids = {p.organisation_id for p in persons if p.organisation_id}
    known = (
        set(session.scalars(select(Organisation.id).where(Organisation.id.in_(org_ids))))
        if org_ids
        else set()
    )
    for i, person in enumerate(persons):
        if person.organisation_id and person.organisation_id not in known:
            message = translate("Validation", "Choose a partner from the list.")
            check.add(f"persons[{i}].organisation_id", message)
    check.raise_if_any()
    before = get_participants(session, exchange_id)
    _replace_persons(session, exchange_id, persons)
    _replace_counts(session, exchange_id, counts)
    session.flush()
    return before


def _replace_persons(session: Session, exchange_id: str, persons: Sequence[PersonData]) -> None:
    existing = {
        p.id: p
        for p in session.scalars(select(Participant).where(Participant.exchange_id == exchange_id))
    }
    wanted = [p.id for p in persons if p.id and p.id not in existing]
    taken = (
        set(session.scalars(select(Participant.id).where(Participant.id.in_(wanted))))
        if wanted
        else set()
    )
    kept = {p.id for p in persons if p.id in existing}
    for pid, row in existing.items():
        if pid not in kept:
            session.delete(row)
    for person in persons:
        row = existing.get(person.id) if person.id else None
        if row is None:
            new_id = person.id if person.id and person.id not in taken else None
            row = Participant(exchange_id=exchange_id)
            if new_id:
                row.id = new_id
            session.add(row)
        for f in fields(PersonData):
            if f.name != "id":
                setattr(row, f.name, getattr(person, f.name))


def _replace_counts(session: Session, exchange_id: str, counts: Sequence[CountData]) -> None:
    existing = {
        (c.sex, c.age_group): c
        for c in session.scalars(
            select(ParticipantCount).where(ParticipantCount.exchange_id == exchange_id)
        )
    }
    wanted = {(c.sex, c.age_group): c.count for c in counts if c.count}
    for key, row in existing.items():
        if key not in wanted:
            session.delete(row)
    session.flush()  # deletions first: the (exchange, sex, age group) key is unique
    for (sex, age_group), n in wanted.items():
        row = existing.get((sex, age_group))
        if row is None:
            session.add(
                ParticipantCount(exchange_id=exchange_id, sex=sex, age_group=age_group, count=n)
            )
        else:
            row.count = n


def participant_totals(
    session: Session, exchange_ids: Select[tuple[str]] | None = None
) -> dict[str, tuple[int, int, int]]:
    """{exchange id: (listed, counted, minors)} in two grouped queries.

    Args:
        session: the caller's session.
        exchange_ids: a ``select(Exchange.id)`` limiting the exchanges (all when None).
    """
    persons = select(
        Participant.exchange_id,
        func.count(),
        func.sum(case((Participant.is_minor, 1), else_=0)),
    ).group_by(Participant.exchange_id)
    minor_count = case(
        (ParticipantCount.age_group.in_(sorted(MINOR_AGE_GROUPS)), ParticipantCount.count),
        else_=0,
    )
    counts = select(
        ParticipantCount.exchange_id, func.sum(ParticipantCount.count), func.sum(minor_count)
    ).group_by(ParticipantCount.exchange_id)
    if exchange_ids is not None:
        persons = persons.where(Participant.exchange_id.in_(exchange_ids))
        counts = counts.where(ParticipantCount.exchange_id.in_(exchange_ids))
    out: dict[str, tuple[int, int, int]] = {}
    connection = session.connection()  # Core rows: no ORM overhead on large lists
    for exchange_id, n, minors in connection.execute(persons).all():
        out[exchange_id] = (n, 0, minors or 0)
    for exchange_id, n, minors in connection.execute(counts).all():
        listed, _counted, listed_minors = out.get(exchange_id, (0, 0, 0))
        out[exchange_id] = (listed, n or 0, listed_minors + (minors or 0))
    return out


def _stats(
    session: Session, exchange_ids: Select[tuple[str]], exchange_count: int
) -> ParticipantStats:
    cells: dict[tuple[str, str], int] = {}
    listed = counted = minors = 0
    persons = (
        select(Participant.sex, Participant.age_group, Participant.is_minor, func.count())
        .where(Participant.exchange_id.in_(exchange_ids))
        .group_by(Participant.sex, Participant.age_group, Participant.is_minor)
    )
    for sex, age_group, is_minor, n in session.execute(persons).all():
        cells[(sex, age_group)] = cells.get((sex, age_group), 0) + n
        listed += n
        minors += n if is_minor else 0
    counts = (
        select(ParticipantCount.sex, ParticipantCount.age_group, func.sum(ParticipantCount.count))
        .where(ParticipantCount.exchange_id.in_(exchange_ids))
        .group_by(ParticipantCount.sex, ParticipantCount.age_group)
    )
    for sex, age_group, n in session.execute(counts).all():
        cells[(sex, age_group)] = cells.get((sex, age_group), 0) + n
        counted += n
        minors += n if age_group in MINOR_AGE_GROUPS else 0
    by_sex = dict.fromkeys(_SEXES, 0)
    by_age = dict.fromkeys(AGE_GROUPS, 0)
    for (sex, age_group), n in cells.items():
        by_sex[sex] = by_sex.get(sex, 0) + n
        by_age[age_group] = by_age.get(age_group, 0) + n
    return ParticipantStats(
        exchange_count=exchange_count,
        listed=listed,
        counted=counted,
        total=listed + counted,
        minors=minors,
        by_sex=by_sex,
        by_age_group=by_age,
        by_sex_and_age={k: n for k, n in sorted(cells.items()) if n},
    )


def exchange_statistics(session: Session, exchange_id: str) -> ParticipantStats:
    """Participants of one exchange by sex and age group (three queries)."""
    if session.get(Exchange, exchange_id) is None:
        raise NotFoundError(translate("Errors", "This exchange no longer exists."))
    return _stats(session, select(Exchange.id).where(Exchange.id == exchange_id), 1)


def year_statistics(session: Session, year: int) -> ParticipantStats:
    """Participants of the exchanges that started in ``year`` (three queries)."""
    in_year = select(Exchange.id).where(
        Exchange.start_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
    )
    n = session.scalar(select(func.count()).select_from(in_year.subquery())) or 0
    return _stats(session, in_year, n)

