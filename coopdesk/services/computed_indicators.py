"""Indicators computed from the database (exchanges, participants, budget), never typed."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import case, extract, func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import Sex, TransactionKind
from coopdesk.domain.money import Money
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.services.errors import NotFoundError
from coopdesk.services.labels_activity import MINOR_AGE_GROUPS
from coopdesk.services.progress import calendar_periods, period_containing
from coopdesk.store.models import (
    BudgetLine,
    Exchange,
    Indicator,
    MoneyTransaction,
    Participant,
    ParticipantCount,
    Project,
)

_CTX = "Indicators"
EXCHANGES_HELD = "exchanges_held"
PARTICIPANTS_TOTAL = "participants_total"
PARTICIPANTS_FEMALE = "participants_female"
PARTICIPANTS_MINORS = "participants_minors"
BUDGET_EXECUTED_RATE = "budget_executed_rate"


@dataclass(frozen=True)
class ComputedSource:
    """A figure the database provides; label, unit and definition are marked for translation."""

    key: str
    label: str
    unit: str
    definition: str


COMPUTED_SOURCES: dict[str, ComputedSource] = {
    s.key: s
    for s in (
        ComputedSource(
            EXCHANGES_HELD,
            QT_TRANSLATE_NOOP("Indicators", "Exchanges held"),
            QT_TRANSLATE_NOOP("Indicators", "exchanges"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Number of the project's exchanges that started during the period.",
            ),
        ),
        ComputedSource(
            PARTICIPANTS_TOTAL,
            QT_TRANSLATE_NOOP("Indicators", "Participants in exchanges"),
            QT_TRANSLATE_NOOP("Indicators", "people"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Listed and counted participants of the project's exchanges that started "
                "during the period.",
            ),
        ),
        ComputedSource(
            PARTICIPANTS_FEMALE,
            QT_TRANSLATE_NOOP("Indicators", "Women and girls taking part in exchanges"),
            QT_TRANSLATE_NOOP("Indicators", "people"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Female participants of the project's exchanges that started during the period.",
            ),
        ),
        ComputedSource(
            PARTICIPANTS_MINORS,
            QT_TRANSLATE_NOOP("Indicators", "Minors taking part in exchanges"),
            QT_TRANSLATE_NOOP("Indicators", "people"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Participants aged 17 or under in the project's exchanges that started during "
                "the period.",
            ),
        ),
        ComputedSource(
            BUDGET_EXECUTED_RATE,
            QT_TRANSLATE_NOOP("Indicators", "Budget executed"),
            "%",
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Expenses from the start of the project to the end of the period, in euros, as "
                "a percentage of the project's whole planned budget.",
            ),
        ),
    )
}


@dataclass(frozen=True)
class SeriesPoint:
    """The value of an indicator for one period."""

    period_start: dt.date
    period_end: dt.date
    value: Decimal


@dataclass(frozen=True)
class ComputedSpec:
    """What computing one indicator needs: its source, project, frequency and time span."""

    indicator_id: str
    project_id: str
    key: str
    frequency: str
    # Periods from the one containing ``first`` to the last one ended by ``last``.
    first: dt.date
    last: dt.date


def is_computed_key(key: str) -> bool:
    return key in COMPUTED_SOURCES


def computed_choices() -> list[tuple[str, str]]:
    """(key, translated label) pairs for a combo box, in a stable order."""
    return [(k, translate(_CTX, s.label)) for k, s in COMPUTED_SOURCES.items()]


def computed_label(key: str) -> str:
    source = COMPUTED_SOURCES.get(key)
    return translate(_CTX, source.label) if source else key


def computed_definition(key: str) -> str:
    source = COMPUTED_SOURCES.get(key)
    return translate(_CTX, source.definition) if source else ""


def spec_for(
    indicator: Any,
    window: tuple[dt.date | None, dt.date | None],
    as_of: dt.date,
) -> ComputedSpec | None:
    """The span to compute: baseline date (else project start) to the project end or ``as_of``.

    Args:
        indicator: an Indicator, or a row with its ``id``, ``project_id``,
            ``computed_source``, ``frequency`` and ``baseline_date``.
        window: the project's first and last days (None: open).
        as_of: the last day to compute.
    """
    first = indicator.baseline_date or window[0]
    if first is None or not indicator.computed_source:
        return None
    last = min(as_of, window[1]) if window[1] is not None else as_of
    return ComputedSpec(
        indicator.id, indicator.project_id, indicator.computed_source, indicator.frequency,
        first, last,
    )


def computed_series(
    session: Session, indicator_id: str, *, as_of: dt.date | None = None
) -> list[SeriesPoint]:
    """The values of a computed indicator per period, up to ``as_of`` (today by default).

    Raises:
        NotFoundError: the indicator no longer exists.
    """
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        raise NotFoundError(translate("Errors", "This indicator no longer exists."))
    project = session.get(Project, indicator.project_id)
    starts = [d for d in (project.planned_start, project.actual_start) if d] if project else []
    ends = [d for d in (project.planned_end, project.actual_end) if d] if project else []
    window = (min(starts) if starts else None, max(ends) if ends else None)
    spec = spec_for(indicator, window, as_of or dt.date.today())
    if spec is None:
        return []
    return computed_series_many(session, [spec]).get(indicator_id, [])


Month = tuple[str, int, int]  # (project id, year, month)


def computed_series_many(
    session: Session, specs: Sequence[ComputedSpec]
) -> dict[str, list[SeriesPoint]]:
    """{indicator id: points} for many computed indicators, a few grouped queries per source."""
    by_key: dict[str, list[ComputedSpec]] = defaultdict(list)
    for spec in specs:
        if spec.key in COMPUTED_SOURCES:
            by_key[spec.key].append(spec)
    out: dict[str, list[SeriesPoint]] = {}
    exchange_keys = {PARTICIPANTS_TOTAL, PARTICIPANTS_FEMALE, PARTICIPANTS_MINORS}
    if by_key.get(EXCHANGES_HELD):
        group = by_key[EXCHANGES_HELD]
        monthly = _exchanges_by_month(session, {s.project_id for s in group})
        out.update(_flows(group, monthly))
    wanted = [s for k in exchange_keys for s in by_key.get(k, [])]
    if wanted:
        people = _participants_by_month(session, {s.project_id for s in wanted})
        for key, index in ((PARTICIPANTS_TOTAL, 0), (PARTICIPANTS_FEMALE, 1),
                           (PARTICIPANTS_MINORS, 2)):
            flows = {month: values[index] for month, values in people.items()}
            out.update(_flows(by_key.get(key, []), flows))
    if by_key.get(BUDGET_EXECUTED_RATE):
        out.update(_budget_rates(session, by_key[BUDGET_EXECUTED_RATE]))
    return out


def _month_columns(date_column: Any) -> tuple[Any, Any]:
    """The year and the month of a date column, in SQL (portable: no strftime)."""
    return extract("year", date_column), extract("month", date_column)


def _exchanges_by_month(session: Session, project_ids: Iterable[str]) -> dict[Month, int]:
    year, month = _month_columns(Exchange.start_date)
    query = (
        select(Exchange.project_id, year, month, func.count())
        .where(Exchange.project_id.in_(list(project_ids)))
        .group_by(Exchange.project_id, year, month)
    )
    return {(p, int(y), int(m)): n for p, y, m, n in session.execute(query).all()}


def _participants_by_month(
    session: Session, project_ids: Iterable[str]
) -> dict[Month, tuple[int, int, int]]:
    """{(project, year, month): (total, female, minors)} in two grouped queries."""
    ids = list(project_ids)
    year, month = _month_columns(Exchange.start_date)
    listed = (
        select(
            Exchange.project_id, year, month, func.count(),
            func.sum(case((Participant.sex == Sex.FEMALE.value, 1), else_=0)),
            func.sum(case((Participant.is_minor, 1), else_=0)),
        )
        .join(Exchange, Exchange.id == Participant.exchange_id)
        .where(Exchange.project_id.in_(ids))
        .group_by(Exchange.project_id, year, month)
    )
    n = ParticipantCount.count
    counted = (
        select(
            Exchange.project_id, year, month, func.sum(n),
            func.sum(case((ParticipantCount.sex == Sex.FEMALE.value, n), else_=0)),
            func.sum(case((ParticipantCount.age_group.in_(sorted(MINOR_AGE_GROUPS)), n), else_=0)),
        )
        .join(Exchange, Exchange.id == ParticipantCount.exchange_id)
        .where(Exchange.project_id.in_(ids))
        .group_by(Exchange.project_id, year, month)
    )
    out: dict[Month, tuple[int, int, int]] = {}
    for query in (listed, counted):
        for p, y, m, total, female, minors in session.execute(query).all():
            key = (p, int(y), int(m))
            t0, f0, m0 = out.get(key, (0, 0, 0))
            out[key] = (t0 + (total or 0), f0 + (female or 0), m0 + (minors or 0))
    return out


def _flows(
    specs: Sequence[ComputedSpec], monthly: dict[Month, int]
) -> dict[str, list[SeriesPoint]]:
    """Per-period sums of monthly figures."""
    by_project: dict[str, list[tuple[dt.date, int]]] = defaultdict(list)
    for (project_id, y, m), n in monthly.items():
        by_project[project_id].append((dt.date(y, m, 1), n))
    out: dict[str, list[SeriesPoint]] = {}
    for spec in specs:
        sums: dict[dt.date, int] = defaultdict(int)
        for month, n in by_project.get(spec.project_id, ()):
            sums[period_containing(month, spec.frequency)[0]] += n
        out[spec.indicator_id] = [
            SeriesPoint(start, end, Decimal(sums.get(start, 0)))
            for start, end in calendar_periods(spec.frequency, spec.first, spec.last)
        ]
    return out


def eur_minor(minor: int, currency: str, rate: Decimal | None) -> int | None:
    """``minor`` units of ``currency`` in euro cents (fixed parity, else ``rate`` per euro)."""
    try:
        return Money(int(minor), currency).to_eur(rate).minor
    except ValueError:
        return None


def _budget_rates(session: Session, specs: Sequence[ComputedSpec]) -> dict[str, list[SeriesPoint]]:
    ids = list({s.project_id for s in specs})
    planned: dict[str, int] = defaultdict(int)
    query = (
        select(BudgetLine.project_id, BudgetLine.currency, func.sum(BudgetLine.planned_minor))
        .where(BudgetLine.project_id.in_(ids))
        .group_by(BudgetLine.project_id, BudgetLine.currency)
    )
    for project_id, currency, total in session.execute(query).all():
        planned[project_id] += eur_minor(total or 0, currency, None) or 0
    year, month = _month_columns(MoneyTransaction.date)
    spent = (
        select(
            MoneyTransaction.project_id, year, month, MoneyTransaction.currency,
            MoneyTransaction.rate_to_eur, func.sum(MoneyTransaction.amount_minor),
        )
        .where(
            MoneyTransaction.project_id.in_(ids),
            MoneyTransaction.kind == TransactionKind.EXPENSE.value,
        )
        .group_by(MoneyTransaction.project_id, year, month, MoneyTransaction.currency,
                  MoneyTransaction.rate_to_eur)
    )
    monthly: dict[Month, int] = defaultdict(int)
    for project_id, y, m, currency, rate, total in session.execute(spent).all():
        rate_value = Decimal(str(rate)) if rate is not None else None
        monthly[(project_id, int(y), int(m))] += eur_minor(total or 0, currency, rate_value) or 0
    out: dict[str, list[SeriesPoint]] = {}
    for spec in specs:
        whole = planned.get(spec.project_id, 0)
        if whole <= 0:
            out[spec.indicator_id] = []
            continue
        own = [(y, m, v) for (p, y, m), v in monthly.items() if p == spec.project_id]
        points = []
        for start, end in calendar_periods(spec.frequency, spec.first, spec.last):
            cumulative = sum(v for y, m, v in own if (y, m) <= (end.year, end.month))
            rate_pct = (Decimal(cumulative) * 100 / Decimal(whole)).quantize(
                Decimal("0.1"), rounding=ROUND_HALF_EVEN
            )
            points.append(SeriesPoint(start, end, rate_pct))
        out[spec.indicator_id] = points
    return out
