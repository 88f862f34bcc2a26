"""Participants of each exchange of a year by sex, in two grouped queries (no names read)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from coopdesk.services.labels_activity import MINOR_AGE_GROUPS
from coopdesk.store.models import Exchange, Participant, ParticipantCount


@dataclass(frozen=True)
class ParticipantBreakdown:
    """People at one exchange, listed and counted together."""

    female: int = 0
    male: int = 0
    # Other or not known.
    other: int = 0
    minors: int = 0

    @property
    def total(self) -> int:
        return self.female + self.male + self.other


def _add(found: dict[str, list[int]], exchange_id: str, sex: str, n: int, minors: int) -> None:
    cells = found.setdefault(exchange_id, [0, 0, 0, 0])
    cells[{"female": 0, "male": 1}.get(sex, 2)] += n
    cells[3] += minors


def participant_breakdown(session: Session, year: int) -> dict[str, ParticipantBreakdown]:
    """{exchange id: breakdown} for the exchanges that started in ``year``."""
    in_year = select(Exchange.id).where(
        Exchange.start_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
    )
    persons = (
        select(Participant.exchange_id, Participant.sex, func.count(),
               func.sum(case((Participant.is_minor, 1), else_=0)))
        .where(Participant.exchange_id.in_(in_year))
        .group_by(Participant.exchange_id, Participant.sex)
    )
    minor = case((ParticipantCount.age_group.in_(sorted(MINOR_AGE_GROUPS)),
                  ParticipantCount.count), else_=0)
    counts = (
        select(ParticipantCount.exchange_id, ParticipantCount.sex,
               func.sum(ParticipantCount.count), func.sum(minor))
        .where(ParticipantCount.exchange_id.in_(in_year))
        .group_by(ParticipantCount.exchange_id, ParticipantCount.sex)
    )
    found: dict[str, list[int]] = {}
    connection = session.connection()
    for query in (persons, counts):
        for exchange_id, sex, n, minors in connection.execute(query).all():
            _add(found, exchange_id, sex, int(n or 0), int(minors or 0))
    return {key: ParticipantBreakdown(*cells) for key, cells in found.items()}
