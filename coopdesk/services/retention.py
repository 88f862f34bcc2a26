"""Retention of participants' personal data: who is due for anonymisation, and doing it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.i18n import plural, translate
from coopdesk.services.errors import FieldError, ValidationError
from coopdesk.services.privacy import EraseMode, ErasureResult, erase_person
from coopdesk.services.privacy_export import PersonKind, PersonRef
from coopdesk.store.models import AppSetting, Exchange, Participant

RETENTION_KEY = "privacy.retention_years"
DEFAULT_RETENTION_YEARS = 5
MAX_RETENTION_YEARS = 100


@dataclass(frozen=True)
class RetentionRow:
    """A named participant of an exchange that ended before the retention limit."""

    participant_id: str
    first_name: str
    last_name: str
    exchange_id: str
    exchange_title: str
    exchange_end: dt.date


def retention_years(session: Session) -> int:
    """The retention period in years (AppSetting ``privacy.retention_years``, default 5)."""
    setting = session.get(AppSetting, RETENTION_KEY)
    value = (setting.value or {}).get("value") if setting is not None else None
    return value if isinstance(value, int) and _valid_years(value) else DEFAULT_RETENTION_YEARS


def _valid_years(value: object) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and (1 <= value <= MAX_RETENTION_YEARS)
    )


def set_retention_years(session: Session, years: int) -> None:
    """Change the retention period (an audited setting)."""
    if not _valid_years(years):
        message = translate("Validation", "Enter a number of years between 1 and 100.")
        raise ValidationError([FieldError("retention_years", message)])
    setting = session.get(AppSetting, RETENTION_KEY)
    if setting is None:
        session.add(AppSetting(key=RETENTION_KEY, value={"value": years}))
    else:
        setting.value = {**(setting.value or {}), "value": years}
    session.flush()


def retention_limit(today: dt.date, years: int) -> dt.date:
    """The day ``years`` before ``today`` (29 February falls back to the 28th)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def retention_due(session: Session, today: dt.date | None = None) -> list[RetentionRow]:
    """Named participants of exchanges that ended more than the retention period ago.

    Anonymised participants are not listed. Sorted by exchange end date, then name.
    """
    limit = retention_limit(today or dt.date.today(), retention_years(session))
    query = (
        select(
            Participant.id,
            Participant.first_name,
            Participant.last_name,
            Exchange.id,
            Exchange.title,
            Exchange.end_date,
        )
        .join(Exchange, Participant.exchange_id == Exchange.id)
        .where(Exchange.end_date < limit, Participant.anonymised.is_(False))
        .order_by(Exchange.end_date, Exchange.id, Participant.last_name, Participant.first_name)
    )
    return [RetentionRow(*row) for row in session.execute(query).all()]


def anonymise_due(session: Session, today: dt.date | None = None) -> ErasureResult:
    """Anonymise every participant :func:`retention_due` lists, in one erasure.

    Statistics by sex and age group stay the same. The caller commits, then calls
    :func:`coopdesk.services.privacy.purge_free_space`.
    """
    refs = [
        PersonRef(PersonKind.PARTICIPANT, r.participant_id) for r in retention_due(session, today)
    ]
    return erase_person(session, refs, EraseMode.ANONYMISE)


def retention_summary(rows: list[RetentionRow], years: int) -> str:
    """A translated reminder: how many persons are kept past the retention period."""
    period = plural.translate("Privacy", "%n year(s)", None, 1).count(years)
    if not rows:
        text = translate("Privacy", "No participant is kept longer than {period}.")
        return text.format(period=period)
    text = plural.translate(
        "Privacy",
        "%n participant(s) of exchanges that ended more than {period} ago are still named: "
        "anonymise them?",
        None,
        1,
    ).count(len(rows))
    return text.format(period=period)
