"""The first rows of a long exchanges list: how many there are and which come first.

The exchanges of every year (tens of thousands at a large city) take a second to read: the
list shows the most recent ones at once and reads the rest in a worker thread.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.store.models import Exchange


def exchange_count(session: Session) -> int:
    """How many exchanges there are, in every year."""
    return int(session.scalar(select(func.count()).select_from(Exchange)) or 0)


def latest_exchange_ids(session: Session, limit: int) -> list[str]:
    """The ids of the ``limit`` exchanges that start last (the list's first rows)."""
    query = (
        select(Exchange.id).order_by(Exchange.start_date.desc(), Exchange.id).limit(max(0, limit))
    )
    return list(session.scalars(query).all())
