"""The dashboard's upcoming items: agreements to renew, measurements due, exchanges planned."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import ActivityStatus, PartnershipStatus
from coopdesk.i18n import QT_TRANSLATE_NOOP, active_language, translate
from coopdesk.services.partnerships import partnership_title
from coopdesk.services.progress import next_period, period_containing
from coopdesk.store.models import (
    Exchange,
    Indicator,
    Measurement,
    Organisation,
    Partnership,
    Project,
)

_CTX = "Dashboard"
RENEWAL = "agreement_renewal"
MEASUREMENT_DUE = "measurement_due"
EXCHANGE_PLANNED = "exchange_planned"
# Projects whose indicators are expected to be measured.
_MEASURED_STATUSES = (ActivityStatus.IMPLEMENTATION.value, ActivityStatus.FINALISATION.value)
_LABELS = {
    RENEWAL: QT_TRANSLATE_NOOP("Dashboard", "Agreements to renew"),
    MEASUREMENT_DUE: QT_TRANSLATE_NOOP("Dashboard", "Measurements due"),
    EXCHANGE_PLANNED: QT_TRANSLATE_NOOP("Dashboard", "Exchanges planned"),
}


@dataclass(frozen=True)
class DrillDown:
    """What opens when a dashboard number is clicked: an area, its filters, or exact ids.

    ``filters`` are field names of the area's filter dataclass (``ProjectFilter``,
    ``ExchangeFilter``, ``IndicatorFilter``...) or of the list's filter combos; ``ids``,
    when set, are exactly the records behind the number.
    """

    # "partnerships", "projects", "exchanges", "indicators" or "budget".
    area: str
    filters: Mapping[str, str | int] = field(default_factory=dict)
    ids: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Figure:
    """A number on the dashboard, its translated label and the list behind it."""

    key: str
    label: str
    value: int
    drill: DrillDown


@dataclass(frozen=True)
class UpcomingItem:
    """One thing to do soon; ``overdue`` when its date has passed."""

    # RENEWAL, MEASUREMENT_DUE or EXCHANGE_PLANNED.
    kind: str
    date: dt.date
    title: str
    # The partner's name, or the project's code.
    detail: str
    overdue: bool
    drill: DrillDown


@dataclass(frozen=True)
class Upcoming:
    """How many of each kind (with every id behind it) and the soonest items, by date."""

    counts: tuple[Figure, ...]
    items: tuple[UpcomingItem, ...]


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _figure(kind: str, area: str, ids: list[str]) -> Figure:
    ids_sorted = tuple(sorted(ids))
    return Figure(kind, translate(_CTX, _LABELS[kind]), len(ids_sorted), DrillDown(area, {},
                  ids_sorted))


def _renewals(session: Session, today: dt.date, horizon: dt.date) -> list[UpcomingItem]:
    query = (
        select(Partnership.id, Partnership.valid_until, Partnership.title, Organisation.name)
        .join(Organisation, Organisation.id == Partnership.organisation_id)
        .where(
            Partnership.status == PartnershipStatus.ACTIVE.value,
            Partnership.valid_until.is_not(None),
            Partnership.valid_until <= horizon,
        )
    )
    language = active_language()
    items = []
    for pid, until, title, name in session.execute(query).all():
        if until is not None:  # always: the query asks for a date
            items.append(
                UpcomingItem(RENEWAL, until, partnership_title(title, language) or name, name,
                             until < today, DrillDown("partnerships", {}, (pid,)))
            )
    return items


def _measurements_due(session: Session, today: dt.date, horizon: dt.date) -> list[UpcomingItem]:
    """Typed indicators of running projects whose next period ends by ``horizon``."""
    last = (
        select(Measurement.indicator_id.label("id"), func.max(Measurement.period_end).label("end"))
        .group_by(Measurement.indicator_id)
        .subquery()
    )
    query = (
        select(
            Indicator.id, Indicator.code, Indicator.frequency, Indicator.baseline_date,
            Indicator.target_date, Project.code, Project.planned_start, Project.actual_start,
            Project.planned_end, Project.actual_end, last.c.end,
        )
        .join(Project, Project.id == Indicator.project_id)
        .outerjoin(last, last.c.id == Indicator.id)
        .where(Indicator.computed_source == "", Project.status.in_(_MEASURED_STATUSES))
    )
    items = []
    for (ind_id, code, frequency, baseline_date, target_date, project_code, p_start, a_start,
         p_end, a_end, last_end) in session.execute(query).all():
        start = baseline_date or a_start or p_start
        if last_end is not None:
            _first, due = next_period(last_end, frequency)
        elif start is not None:
            _first, due = period_containing(start, frequency)
        else:
            continue
        ends = [d for d in (target_date, p_end, a_end) if d is not None]
        if due > horizon or (ends and _first > max(ends)):
            continue
        items.append(
            UpcomingItem(MEASUREMENT_DUE, due, code, project_code, due < today,
                         DrillDown("indicators", {}, (ind_id,)))
        )
    return items


def _exchanges_planned(session: Session, today: dt.date) -> tuple[list[str], list[UpcomingItem]]:
    """Every future exchange's id, and the items of those starting soonest."""
    ids = list(session.scalars(select(Exchange.id).where(Exchange.start_date > today)))
    query = (
        select(Exchange.id, Exchange.start_date, Exchange.title, Project.code)
        .outerjoin(Project, Project.id == Exchange.project_id)
        .where(Exchange.start_date > today)
        .order_by(Exchange.start_date, Exchange.id)
        .limit(50)
    )
    items = [
        UpcomingItem(EXCHANGE_PLANNED, start, title, code or "", False,
                     DrillDown("exchanges", {}, (eid,)))
        for eid, start, title, code in session.execute(query).all()
    ]
    return ids, items


def upcoming(
    session: Session, *, today: dt.date | None = None, months: int = 3, limit: int = 30
) -> Upcoming:
    """What needs attention in the next ``months``: overdue items are included.

    Args:
        session: the caller's session.
        today: the reference day (today by default).
        months: how far ahead agreements and measurements are looked for; every future
            exchange counts.
        limit: how many items are listed (the counts cover them all).
    """
    day = today or dt.date.today()
    horizon = add_months(day, months)
    renewals = _renewals(session, day, horizon)
    due = _measurements_due(session, day, horizon)
    exchange_ids, planned = _exchanges_planned(session, day)
    counts = (
        _figure(RENEWAL, "partnerships", [i.drill.ids[0] for i in renewals if i.drill.ids]),
        _figure(MEASUREMENT_DUE, "indicators", [i.drill.ids[0] for i in due if i.drill.ids]),
        _figure(EXCHANGE_PLANNED, "exchanges", exchange_ids),
    )
    items = sorted([*renewals, *due, *planned], key=lambda i: (i.date, i.kind, i.title))
    return Upcoming(counts, tuple(items[:limit]))
