"""The home screen's figures for one year, from grouped queries; each opens its list."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import (
    ActivityStatus,
    AgeGroup,
    Direction,
    ExchangeKind,
    FundingKind,
    PartnershipStatus,
    Sex,
    TransactionKind,
)
from coopdesk.domain.money import Money
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.services import labels, labels_activity
from coopdesk.services.computed_indicators import eur_minor
from coopdesk.services.dashboard_upcoming import DrillDown, Figure, Upcoming, upcoming
from coopdesk.services.indicator_list import progress_by_indicator
from coopdesk.services.participants import year_statistics
from coopdesk.services.progress import IndicatorStatus, status_label, status_rule
from coopdesk.store.models import (
    BudgetLine,
    Exchange,
    FundingSource,
    Indicator,
    MoneyTransaction,
    Partnership,
    Project,
)

__all__ = ["DashboardSummary", "DrillDown", "Figure", "MoneyFigure", "dashboard"]
_CTX = "Dashboard"
_OPEN = [s.value for s in (ActivityStatus.PIPELINE, ActivityStatus.IMPLEMENTATION,
                           ActivityStatus.FINALISATION, ActivityStatus.SUSPENDED)]
_EUR = "EUR"


@dataclass(frozen=True)
class MoneyFigure:
    """An amount in euros on the dashboard, its label and the list behind it."""

    key: str
    label: str
    amount: Money
    drill: DrillDown


@dataclass(frozen=True)
class BudgetFigures:
    """Money of the year in euros: XOF at the fixed parity, other currencies at their rate."""

    planned: MoneyFigure
    spent: MoneyFigure
    # spent / planned (None when nothing is planned), unrounded.
    execution_rate: Decimal | None
    committed: MoneyFigure
    received: MoneyFigure
    # Funding committed by others than the municipality's own budget.
    cofinancing: MoneyFigure
    # cofinancing / committed, unrounded (None when nothing is committed).
    cofinancing_share: Decimal | None
    # Committed by FundingKind, in the enum's order (zero amounts left out).
    by_funding_kind: tuple[MoneyFigure, ...]
    # Budget lines, expenses and funding sources in a currency with no rate to the euro:
    # left out of the totals.
    unconverted: int


@dataclass(frozen=True)
class DashboardSummary:
    """Everything on the home screen for ``year``; upcoming items are relative to ``today``."""

    year: int
    today: dt.date
    # Partnerships by status (all of them: a status is the current one).
    active_partnerships: Figure
    partnerships_by_status: tuple[Figure, ...]
    # Projects running at some time in ``year`` (as the projects list's year filter).
    projects: Figure
    projects_by_status: tuple[Figure, ...]
    # Exchanges that started in ``year`` and their participants.
    exchanges: Figure
    exchanges_by_kind: tuple[Figure, ...]
    exchanges_by_direction: tuple[Figure, ...]
    participants: Figure
    minors: Figure
    participants_by_sex: tuple[Figure, ...]
    participants_by_age_group: tuple[Figure, ...]
    budget: BudgetFigures
    # Indicators of the year's projects by status on ``indicators_as_of``.
    indicators_by_status: tuple[Figure, ...]
    indicators_as_of: dt.date
    # The rule behind the statuses, to show next to them.
    status_rule: str
    upcoming: Upcoming


def _active_in_year(year: int, today: dt.date) -> Any:
    """SQL condition: the project runs in ``year``, as ``project_list.project_years`` says."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    start = func.coalesce(Project.actual_start, Project.planned_start)
    end = func.coalesce(Project.actual_end, Project.planned_end)
    open_ended = Project.status.in_(_OPEN) if year <= today.year else false()
    return and_(
        start.is_not(None),
        start <= last,
        or_(
            start >= first,
            and_(end.is_not(None), end >= first),
            and_(end.is_(None), open_ended),
        ),
    )


def _partnerships(session: Session) -> tuple[Figure, tuple[Figure, ...]]:
    counts = dict(
        session.execute(select(Partnership.status, func.count()).group_by(Partnership.status)).all()
    )
    figures = tuple(
        Figure(f"partnerships.{s.value}", labels.label(s), counts.get(s.value, 0),
               DrillDown("partnerships", {"status": s.value}))
        for s in PartnershipStatus
    )
    active = next(f for f in figures if f.key == f"partnerships.{PartnershipStatus.ACTIVE.value}")
    return active, figures


def _projects(session: Session, year: int, today: dt.date) -> tuple[Figure, tuple[Figure, ...]]:
    query = (
        select(Project.status, func.count())
        .where(_active_in_year(year, today))
        .group_by(Project.status)
    )
    counts = dict(session.execute(query).all())
    figures = tuple(
        Figure(f"projects.{s.value}", labels_activity.label_of(ActivityStatus, s.value),
               counts.get(s.value, 0), DrillDown("projects", {"status": s.value, "year": year}))
        for s in ActivityStatus
    )
    total = Figure("projects", translate("Dashboard", "Projects"), sum(counts.values()),
                   DrillDown("projects", {"year": year}))
    return total, figures


def _exchange_figures(
    session: Session, year: int
) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    query = (
        select(Exchange.kind, Exchange.direction, func.count())
        .where(Exchange.start_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        .group_by(Exchange.kind, Exchange.direction)
    )
    kinds: dict[str, int] = defaultdict(int)
    directions: dict[str, int] = defaultdict(int)
    for kind, direction, n in session.execute(query).all():
        kinds[kind] += n
        directions[direction] += n
    by_kind = tuple(
        Figure(f"exchanges.kind.{k.value}", labels_activity.label_of(ExchangeKind, k.value),
               kinds.get(k.value, 0), DrillDown("exchanges", {"year": year, "kind": k.value}))
        for k in ExchangeKind
    )
    by_direction = tuple(
        Figure(f"exchanges.direction.{d.value}", labels_activity.label_of(Direction, d.value),
               directions.get(d.value, 0),
               DrillDown("exchanges", {"year": year, "direction": d.value}))
        for d in Direction
    )
    return by_kind, by_direction


def _money(key: str, label: str, minor: int, year: int, **filters: str | int) -> MoneyFigure:
    return MoneyFigure(key, label, Money(minor, _EUR), DrillDown("budget", {"year": year,
                       **filters}))


def _sum_eur(
    session: Session, amount: Any, currency: Any, rate: Any, where: Any, by: Any = None
) -> tuple[dict[Any, int], int]:
    """Euro cents of ``amount`` per value of ``by``, and how many amounts have no rate.

    Foreign amounts are grouped by currency, rate and amount, so that each is converted and
    rounded to the cent on its own (as a list of converted amounts adds up) without loading
    the rows: fixed parity for XOF and the like, else the stored rate.
    """
    keys = [] if by is None else [by]
    totals: dict[Any, int] = defaultdict(int)
    in_eur = select(*keys, func.sum(amount)).where(where, currency == _EUR).group_by(*keys)
    for *group, total in session.execute(in_eur).all():
        totals[group[0] if group else None] += total or 0
    rates = [] if rate is None else [rate]
    foreign = (
        select(*keys, currency, *rates, amount, func.count())
        .where(where, currency != _EUR)
        .group_by(*keys, currency, *rates, amount)
    )
    unconverted = 0
    for row in session.execute(foreign).all():
        key = row[0] if keys else None
        code = row[len(keys)]
        per_eur = row[len(keys) + 1] if rates else None
        eur = eur_minor(row[-2], code, per_eur)
        totals[key] += (eur or 0) * row[-1]
        unconverted += row[-1] if eur is None else 0
    return totals, unconverted


def _budget(session: Session, year: int) -> BudgetFigures:
    planned, lines_left = _sum_eur(
        session, BudgetLine.planned_minor, BudgetLine.currency, None, BudgetLine.year == year
    )
    in_year = and_(
        MoneyTransaction.kind == TransactionKind.EXPENSE.value,
        MoneyTransaction.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    )
    spent, spent_left = _sum_eur(
        session, MoneyTransaction.amount_minor, MoneyTransaction.currency,
        MoneyTransaction.rate_to_eur, in_year,
    )
    committed, committed_left = _sum_eur(
        session, FundingSource.committed_minor, FundingSource.currency, None,
        FundingSource.year == year, FundingSource.kind,
    )
    received, _left = _sum_eur(
        session, FundingSource.received_minor, FundingSource.currency, None,
        FundingSource.year == year,
    )
    planned_eur, spent_eur = planned[None], spent[None]
    total_committed = sum(committed.values())
    cofinancing = total_committed - committed.get(FundingKind.OWN_BUDGET.value, 0)
    by_kind = tuple(
        _money(f"funding.{k.value}", translate(_CTX, _FUNDING_LABELS[k]), committed[k.value],
               year, funding_kind=k.value)
        for k in FundingKind
        if committed.get(k.value)
    )
    return BudgetFigures(
        planned=_money("budget.planned", translate("Dashboard", "Planned"), planned_eur, year),
        spent=_money("budget.spent", translate("Dashboard", "Spent"), spent_eur, year),
        execution_rate=Decimal(spent_eur) / planned_eur if planned_eur else None,
        committed=_money(
            "funding.committed", translate("Dashboard", "Funding committed"), total_committed,
            year,
        ),
        received=_money(
            "funding.received", translate("Dashboard", "Funding received"), received[None],
            year,
        ),
        cofinancing=_money(
            "funding.cofinancing", translate("Dashboard", "Co-financing"), cofinancing, year
        ),
        cofinancing_share=Decimal(cofinancing) / total_committed if total_committed else None,
        by_funding_kind=by_kind,
        unconverted=lines_left + spent_left + committed_left,
    )


def _indicators(
    session: Session, year: int, today: dt.date
) -> tuple[tuple[Figure, ...], dt.date]:
    as_of = min(today, dt.date(year, 12, 31))
    scope = (
        select(Indicator.id)
        .join(Project, Project.id == Indicator.project_id)
        .where(_active_in_year(year, today))
    )
    ids: dict[str, list[str]] = defaultdict(list)
    for indicator_id, progress in progress_by_indicator(
        session, indicator_ids=scope, as_of=as_of
    ).items():
        ids[progress.status.value].append(indicator_id)
    figures = tuple(
        Figure(f"indicators.{s.value}", status_label(s), len(ids[s.value]),
               DrillDown("indicators", {"status": s.value}, tuple(sorted(ids[s.value]))))
        for s in IndicatorStatus
    )
    return figures, as_of


_FUNDING_LABELS: dict[str, str] = {
    FundingKind.OWN_BUDGET: QT_TRANSLATE_NOOP("Dashboard", "Own budget"),
    FundingKind.MINISTRY_GRANT: QT_TRANSLATE_NOOP("Dashboard", "Ministry grant (DAECT)"),
    FundingKind.WATER_AGENCY: QT_TRANSLATE_NOOP("Dashboard", "Water agency (1 % water)"),
    FundingKind.REGION: QT_TRANSLATE_NOOP("Dashboard", "Region"),
    FundingKind.DEPARTMENT: QT_TRANSLATE_NOOP("Dashboard", "Department"),
    FundingKind.EU: QT_TRANSLATE_NOOP("Dashboard", "European Union"),
    FundingKind.PRIVATE_SPONSOR: QT_TRANSLATE_NOOP("Dashboard", "Private sponsor"),
    FundingKind.PARTNER_CONTRIBUTION: QT_TRANSLATE_NOOP("Dashboard", "Partner contribution"),
    FundingKind.IN_KIND: QT_TRANSLATE_NOOP("Dashboard", "In kind"),
}
_PEOPLE = QT_TRANSLATE_NOOP("Dashboard", "Participants")
_MINORS = QT_TRANSLATE_NOOP("Dashboard", "Minors")


def dashboard(
    session: Session, year: int, *, today: dt.date | None = None, months: int = 3
) -> DashboardSummary:
    """The home screen's figures for ``year`` (about twenty grouped queries, no rows loaded).

    Args:
        session: the caller's session.
        year: the year of the projects, exchanges, budget and indicator statuses.
        today: the reference day of the upcoming items (today by default).
        months: how far ahead agreements to renew and measurements due are looked for.
    """
    day = today or dt.date.today()
    active, partnerships = _partnerships(session)
    projects, projects_by_status = _projects(session, year, day)
    by_kind, by_direction = _exchange_figures(session, year)
    stats = year_statistics(session, year)
    in_year = DrillDown("exchanges", {"year": year})
    indicators, as_of = _indicators(session, year, day)
    return DashboardSummary(
        year=year,
        today=day,
        active_partnerships=active,
        partnerships_by_status=partnerships,
        projects=projects,
        projects_by_status=projects_by_status,
        exchanges=Figure("exchanges", translate("Dashboard", "Exchanges"), stats.exchange_count,
                         in_year),
        exchanges_by_kind=by_kind,
        exchanges_by_direction=by_direction,
        participants=Figure("participants", translate(_CTX, _PEOPLE), stats.total, in_year),
        minors=Figure("participants.minors", translate(_CTX, _MINORS), stats.minors, in_year),
        participants_by_sex=tuple(
            Figure(f"participants.sex.{s.value}", labels_activity.label_of(Sex, s.value),
                   stats.by_sex.get(s.value, 0), in_year)
            for s in Sex
        ),
        participants_by_age_group=tuple(
            Figure(f"participants.age.{a}", labels_activity.label_of(AgeGroup, a),
                   stats.by_age_group.get(a, 0), in_year)
            for a in labels_activity.AGE_GROUPS
        ),
        budget=_budget(session, year),
        indicators_by_status=indicators,
        indicators_as_of=as_of,
        status_rule=status_rule(),
        upcoming=upcoming(session, today=day, months=months),
    )
