"""The data of each report, gathered from a session through the services (read only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import PartnershipStatus
from coopdesk.i18n.formatting import Formatter
from coopdesk.reports.blocks import Letterhead
from coopdesk.reports.data_counts import ParticipantBreakdown, participant_breakdown
from coopdesk.reports.options import REPORT_LANGUAGES
from coopdesk.services.budget_summary import (
    CommuneBudgetSummary,
    ProjectBudgetSummary,
    commune_summary,
    project_summary,
)
from coopdesk.services.evaluations import EvaluationRow, list_evaluations
from coopdesk.services.exchange_list import ExchangeRow, list_exchanges
from coopdesk.services.indicator_list import (
    IndicatorRow,
    IndicatorSeries,
    indicator_series,
    list_indicators,
)
from coopdesk.services.participants import ParticipantStats, year_statistics
from coopdesk.services.partnerships import PartnershipRow, list_partnerships
from coopdesk.services.project_list import ProjectRow, list_projects
from coopdesk.services.project_parts import (
    LinkedPartnershipRow,
    ParticipatingOrgRow,
    list_project_organisations,
    list_project_partnerships,
)
from coopdesk.services.projects import ProjectData, get_project
from coopdesk.services.risks import RiskRow, list_risks
from coopdesk.store.models import (
    AppSetting,
    Attachment,
    AuditEntry,
    Exchange,
    FundingSource,
    Municipality,
    Organisation,
    Project,
)

SIGNATORY_KEY = "reports.signatory"
# The annual report lists the year's exchanges up to this many (the exchanges log has them all).
MAX_LISTED_EXCHANGES = 120


@dataclass(frozen=True)
class Header:
    """What every report starts with: who issues it, for which year, on which day."""

    letterhead: Letterhead
    year: int
    # The day of the latest change in the database: the same data gives the same PDF.
    issued_on: dt.date
    # The day indicator statuses are judged on: the end of the year, or ``issued_on``.
    as_of: dt.date


@dataclass(frozen=True)
class AnnualData:
    header: Header
    # In force at some time during the year.
    partnerships: tuple[PartnershipRow, ...]
    # Running at some time during the year, by code.
    projects: tuple[ProjectRow, ...]
    # Exchanges started during the year, by (kind, direction).
    exchange_counts: dict[tuple[str, str], int]
    # Those exchanges, oldest first; empty beyond MAX_LISTED_EXCHANGES (see the exchanges log).
    exchanges: tuple[ExchangeRow, ...]
    participants: ParticipantStats
    budget: CommuneBudgetSummary
    # Of the year's projects, with their status on ``header.as_of``.
    indicators: tuple[IndicatorRow, ...]
    next_budget: CommuneBudgetSummary
    # Starting next year, oldest first.
    planned_exchanges: tuple[ExchangeRow, ...]
    # Active agreements whose validity ends by the end of next year.
    renewals: tuple[PartnershipRow, ...]

    @property
    def empty(self) -> bool:
        return not (self.partnerships or self.projects or self.exchange_total
                    or self.budget.projects)

    @property
    def exchange_total(self) -> int:
        return sum(self.exchange_counts.values())


@dataclass(frozen=True)
class ProjectSheetData:
    header: Header
    project_id: str
    project: ProjectData
    organisations: tuple[ParticipatingOrgRow, ...]
    partnerships: tuple[LinkedPartnershipRow, ...]
    budget: ProjectBudgetSummary
    # Funding source id -> its funder (label, else organisation), "" when neither is set.
    funders: dict[str, str]
    indicators: tuple[IndicatorSeries, ...]
    # Indicator id -> its name in every language typed.
    indicator_names: dict[str, dict[str, str]]
    exchanges: tuple[ExchangeRow, ...]
    risks: tuple[RiskRow, ...]
    # The latest first.
    evaluations: tuple[EvaluationRow, ...]


@dataclass(frozen=True)
class BudgetData:
    header: Header
    # The commune's summary of the year (every project), or one project's summary.
    commune: CommuneBudgetSummary | None
    project: ProjectBudgetSummary | None
    funders: dict[str, str]

    @property
    def empty(self) -> bool:
        if self.project is not None:
            return not any(y.year == self.header.year for y in self.project.years)
        return self.commune is None or not self.commune.projects


@dataclass(frozen=True)
class ExchangesData:
    header: Header
    exchanges: tuple[ExchangeRow, ...]
    breakdown: dict[str, ParticipantBreakdown]
    participants: ParticipantStats


def letterhead(session: Session) -> Letterhead:
    """Our municipality's name, address, logo and signatory (AppSetting reports.signatory)."""
    town = session.scalars(select(Municipality).limit(1)).first()
    setting = session.get(AppSetting, SIGNATORY_KEY)
    signatory: dict[str, Any] = setting.value if setting is not None else {}
    if town is None:
        return Letterhead("", (), None, "", str(signatory.get("name") or ""),
                          str(signatory.get("title") or ""))
    logo = None
    if town.logo_id:
        logo = session.scalar(select(Attachment.data).where(Attachment.id == town.logo_id))
    lines = [line.strip() for line in town.address.splitlines() if line.strip()]
    place = " ".join(p for p in (town.postal_code, town.city) if p)
    if place:
        lines.append(place)
    return Letterhead(
        name=town.name, address_lines=tuple(lines), logo=logo, city=town.city,
        signatory_name=str(signatory.get("name") or "").strip(),
        signatory_title=str(signatory.get("title") or "").strip(),
    )


def default_languages(session: Session) -> tuple[str, ...]:
    """The municipality's report languages (settings) that the reports can print, else French."""
    chosen = session.scalar(select(Municipality.report_languages).limit(1)) or []
    usable = tuple(dict.fromkeys(c for c in chosen if c in REPORT_LANGUAGES))[:2]
    return usable or ("fr",)


def issued_on(session: Session, year: int) -> dt.date:
    """The day of the latest recorded change (audit trail), else the end of ``year``."""
    latest = session.scalar(select(AuditEntry.at).order_by(AuditEntry.seq.desc()).limit(1))
    if latest is None:
        latest = session.scalar(select(func.max(Project.updated_at)))
    return latest.date() if latest is not None else dt.date(year, 12, 31)


def header(session: Session, year: int, today: dt.date | None = None) -> Header:
    day = today or issued_on(session, year)
    return Header(letterhead(session), year, day, min(day, dt.date(year, 12, 31)))


def _in_force(p: PartnershipRow, first: dt.date, last: dt.date) -> bool:
    if p.status == PartnershipStatus.DRAFT.value or p.signed_on is None or p.signed_on > last:
        return False
    return p.valid_until is None or p.valid_until >= first


def annual_data(session: Session, year: int, *, today: dt.date | None = None) -> AnnualData:
    """Everything the annual report to the council shows for ``year`` (grouped queries)."""
    head = header(session, year, today)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    fmt = Formatter("en")
    partnerships = list_partnerships(session)
    projects = tuple(p for p in list_projects(session, language="fr") if year in p.years)
    ids = {p.id for p in projects}
    counts = exchange_counts(session, year)
    exchanges = _started_in(session, year) if sum(counts.values()) <= MAX_LISTED_EXCHANGES else ()
    indicators = tuple(
        i for i in list_indicators(session, language="fr", as_of=head.as_of)
        if i.project_id in ids
    )
    planned = _started_in(session, year + 1)
    renewals = tuple(
        p for p in partnerships
        if p.status == PartnershipStatus.ACTIVE.value and p.valid_until is not None
        and p.valid_until <= dt.date(year + 1, 12, 31) and p.valid_until >= first
    )
    return AnnualData(
        header=head,
        partnerships=tuple(p for p in partnerships if _in_force(p, first, last)),
        projects=projects,
        exchange_counts=counts,
        exchanges=exchanges,
        participants=year_statistics(session, year),
        budget=commune_summary(session, year=year, fmt=fmt),
        indicators=indicators,
        next_budget=commune_summary(session, year=year + 1, fmt=fmt),
        planned_exchanges=planned,
        renewals=tuple(sorted(renewals, key=lambda p: (p.valid_until or last, p.id))),
    )


def _started_in(session: Session, year: int) -> tuple[ExchangeRow, ...]:
    """The exchanges that started in ``year``, oldest first."""
    rows = (e for e in list_exchanges(session, year=year) if e.year == year)
    return tuple(sorted(rows, key=lambda e: (e.start_date, e.end_date, e.id)))


def exchange_counts(session: Session, year: int) -> dict[tuple[str, str], int]:
    """{(kind, direction): number} of the exchanges that started in ``year`` (one query)."""
    query = (
        select(Exchange.kind, Exchange.direction, func.count())
        .where(Exchange.start_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        .group_by(Exchange.kind, Exchange.direction)
    )
    return {(kind, direction): n for kind, direction, n in session.execute(query).all()}


def find_project(session: Session, code: str) -> str | None:
    """The id of the project with this code (exact, then ignoring case), or None."""
    found = session.scalar(select(Project.id).where(Project.code == code))
    if found is None:
        found = session.scalar(
            select(Project.id).where(func.lower(Project.code) == code.strip().lower())
        )
    return found


def _funders(session: Session, project_id: str) -> dict[str, str]:
    query = (
        select(FundingSource.id, FundingSource.label, Organisation.name)
        .outerjoin(Organisation, Organisation.id == FundingSource.organisation_id)
        .where(FundingSource.project_id == project_id)
    )
    return {sid: (label or name or "") for sid, label, name in session.execute(query).all()}


def project_data(
    session: Session, project_id: str, year: int, *, today: dt.date | None = None
) -> ProjectSheetData:
    """One project: overview, partners, budget, indicators with their series, exchanges..."""
    head = header(session, year, today)
    rows = list_indicators(session, project_id=project_id, language="fr", as_of=head.as_of)
    series = tuple(indicator_series(session, r.id, language="fr", as_of=head.as_of) for r in rows)
    exchanges = sorted(list_exchanges(session, project_id=project_id),
                       key=lambda e: (e.start_date, e.end_date, e.id))
    return ProjectSheetData(
        header=head,
        project_id=project_id,
        project=get_project(session, project_id),
        organisations=tuple(list_project_organisations(session, project_id)),
        partnerships=tuple(list_project_partnerships(session, project_id)),
        budget=project_summary(session, project_id, fmt=Formatter("en")),
        funders=_funders(session, project_id),
        indicators=series,
        indicator_names={r.id: dict(r.names) for r in rows},
        exchanges=tuple(exchanges),
        risks=tuple(list_risks(session, project_id)),
        evaluations=tuple(list_evaluations(session, project_id)),
    )


def budget_data(
    session: Session, year: int, project_id: str | None = None, *, today: dt.date | None = None
) -> BudgetData:
    """The budget statement of the commune (every project) or of one project, for ``year``."""
    head = header(session, year, today)
    fmt = Formatter("en")
    if project_id is not None:
        return BudgetData(head, None, project_summary(session, project_id, fmt=fmt),
                          _funders(session, project_id))
    return BudgetData(head, commune_summary(session, year=year, fmt=fmt), None, {})


def exchanges_data(session: Session, year: int, *, today: dt.date | None = None) -> ExchangesData:
    """The exchanges that started in ``year`` with their participants by sex and age."""
    head = header(session, year, today)
    return ExchangesData(head, _started_in(session, year), participant_breakdown(session, year),
                         year_statistics(session, year))
