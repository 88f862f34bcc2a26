"""The years the exchanges list can be narrowed to (one query, whatever the volume)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.store.models import Exchange


def exchange_years(session: Session) -> list[int]:
    """Every year from the first exchange's start to the last one's end, most recent first.

    Years without an exchange in between are included: the list is a calendar, not a count.
    """
    first, last = session.execute(
        select(func.min(Exchange.start_date), func.max(Exchange.end_date))
    ).one()
    if first is None or last is None:
        return []
    return list(range(last.year, first.year - 1, -1))
