"""How many records each list holds, in one query (the status bar, before a list is read)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.store.models import Exchange, Organisation, Partnership, Project


@dataclass(frozen=True)
class RecordCounts:
    """The totals the lists would show, without reading their rows."""

    partners: int
    partnerships: int
    projects: int
    # Exchanges taking place (at least partly) in ``year``, as the exchanges list counts.
    exchanges_in_year: int
    year: int


def record_counts(session: Session, *, year: int | None = None) -> RecordCounts:
    """Count partners, partnerships, projects and ``year``'s exchanges (this year by default)."""
    year = year or dt.date.today().year
    exchanges = select(func.count(Exchange.id)).where(
        Exchange.start_date <= dt.date(year, 12, 31), Exchange.end_date >= dt.date(year, 1, 1)
    )
    query = select(
        select(func.count(Organisation.id)).scalar_subquery(),
        select(func.count(Partnership.id)).scalar_subquery(),
        select(func.count(Project.id)).scalar_subquery(),
        exchanges.scalar_subquery(),
    )
    partners, partnerships, projects, in_year = session.execute(query).one()
    return RecordCounts(partners, partnerships, projects, in_year, year)
