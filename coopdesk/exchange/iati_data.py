"""What the IATI export reads: every project with its organisations, money and results."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import type_coerce

from coopdesk.domain.enums import FundingKind
from coopdesk.services.budget_conversion import eur_cents
from coopdesk.services.computed_indicators import SeriesPoint, computed_series_many, spec_for
from coopdesk.store.models import (
    BudgetLine,
    FundingSource,
    Indicator,
    IndicatorTarget,
    Measurement,
    MoneyTransaction,
    Organisation,
    Project,
    ProjectOrganisation,
)


@dataclass(frozen=True)
class OrgInfo:
    """An organisation as IATI names it: name, optional identifier, kind and country."""

    name: str
    ref: str
    kind: str
    country: str
    short_name: str = ""


@dataclass
class ActivitySource:
    """One project and everything of it the IATI file shows."""

    project: Any
    # (organisation, IATI role) pairs as stored, then funders of its funding sources.
    roles: list[tuple[OrgInfo, int]] = field(default_factory=list)
    own_budget: bool = False
    # Budget year -> planned euro cents (each line converted once, half to even).
    budgets: dict[int, int] = field(default_factory=dict)
    # Lines whose currency cannot be converted (floating, no rate): (year, currency).
    unconvertible_lines: list[tuple[int, str]] = field(default_factory=list)
    # Rows of TX_COLUMNS (unpack them: attribute access on 10⁵ rows is slow).
    transactions: list[Any] = field(default_factory=list)
    currencies: set[str] = field(default_factory=set)
    indicators: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class IndicatorValues:
    """An indicator's intermediate targets and measured (or computed) values."""

    targets: list[Any]
    measurements: list[Any]
    computed: list[SeriesPoint]


_P = Project
_PROJECT_COLUMNS = (
    _P.id, _P.code, _P.title, _P.summary, _P.objectives, _P.dac_sector, _P.sdgs, _P.status,
    _P.planned_start, _P.planned_end, _P.actual_start, _P.actual_end, _P.location_country,
    _P.updated_at,
)
_TX = MoneyTransaction
# Dates as stored (ISO text on SQLite): the file wants text, converting 10⁵ dates is slow.
# Order: project id, kind, date, amount (minor units), currency, rate date, counterparty,
# description, accounting reference, then the funding source's organisation: name, IATI
# identifier, kind, country.
TX_COLUMNS = (
    _TX.project_id, _TX.kind, type_coerce(_TX.date, String).label("date"), _TX.amount_minor,
    _TX.currency, type_coerce(_TX.rate_date, String).label("rate_date"), _TX.counterparty,
    _TX.description, _TX.accounting_ref, Organisation.name.label("org_name"),
    Organisation.iati_identifier.label("org_ref"), Organisation.kind.label("org_kind"),
    Organisation.country.label("org_country"),
)
_I = Indicator
_INDICATOR_COLUMNS = (
    _I.id, _I.project_id, _I.code, _I.name, _I.definition, _I.kind, _I.unit, _I.direction,
    _I.baseline_value, _I.baseline_date, _I.target_value, _I.target_date, _I.frequency,
    _I.rating_scale_max, _I.computed_source,
)


def load_activities(session: Session) -> list[ActivitySource]:
    """Every project by code, with its parts, in a dozen grouped queries."""
    sources = {
        row.id: ActivitySource(row)
        for row in session.execute(select(*_PROJECT_COLUMNS).order_by(_P.code, _P.id))
    }
    _load_roles(session, sources)
    _load_budgets(session, sources)
    tx_query = (
        select(*TX_COLUMNS)
        .outerjoin(FundingSource, FundingSource.id == _TX.funding_source_id)
        .outerjoin(Organisation, Organisation.id == FundingSource.organisation_id)
        .order_by(_TX.project_id, _TX.date, _TX.accounting_ref, _TX.id)
    )
    for row in session.connection().execute(tx_query).all():
        source = sources[row[0]]
        source.transactions.append(row)
        source.currencies.add(row[4])
    for row in session.execute(select(*_INDICATOR_COLUMNS).order_by(_I.project_id, _I.code)):
        sources[row.project_id].indicators.append(row)
    return list(sources.values())


def _text(column: Any, name: str) -> Any:
    """A column as the database hands it back, unconverted (ISO text, JSON text on SQLite)."""
    return type_coerce(column, String).label(name)


def _org(name: str, ref: str | None, kind: str, country: str, short: str = "") -> OrgInfo:
    return OrgInfo(name, (ref or "").strip(), kind, country, short or "")


def _load_roles(session: Session, sources: dict[str, ActivitySource]) -> None:
    o = Organisation
    query = (
        select(ProjectOrganisation.project_id, ProjectOrganisation.role, o.id, o.name,
               o.iati_identifier, o.kind, o.country, o.short_name)
        .join(o, o.id == ProjectOrganisation.organisation_id)
        .order_by(ProjectOrganisation.project_id, ProjectOrganisation.role, o.name, o.id)
    )
    funders: dict[str, set[str]] = defaultdict(set)
    for project_id, role, org_id, name, ref, kind, country, short in session.execute(query):
        sources[project_id].roles.append((_org(name, ref, kind, country, short), role))
        if role == 1:
            funders[project_id].add(org_id)
    query = (
        select(FundingSource.project_id, FundingSource.kind, o.id, o.name, o.iati_identifier,
               o.kind, o.country, o.short_name)
        .outerjoin(o, o.id == FundingSource.organisation_id)
        .order_by(FundingSource.project_id, o.name, o.id)
    )
    for project_id, fund_kind, org_id, name, ref, kind, country, short in session.execute(query):
        source = sources[project_id]
        if fund_kind == FundingKind.OWN_BUDGET:
            source.own_budget = True
        if org_id is not None and org_id not in funders[project_id]:
            funders[project_id].add(org_id)
            source.roles.append((_org(name, ref, kind, country, short), 1))


def _load_budgets(session: Session, sources: dict[str, ActivitySource]) -> None:
    query = select(BudgetLine.project_id, BudgetLine.year, BudgetLine.planned_minor,
                   BudgetLine.currency)
    for project_id, year, minor, currency in session.execute(query):
        source = sources[project_id]
        cents = eur_cents(minor, currency)
        if cents is None:
            source.unconvertible_lines.append((year, currency))
            continue
        source.budgets[year] = source.budgets.get(year, 0) + cents


def load_indicator_values(
    session: Session, sources: list[ActivitySource], as_of: dt.date
) -> dict[str, IndicatorValues]:
    """{indicator id: targets, typed measurements and computed values up to ``as_of``}."""
    targets: dict[str, list[Any]] = defaultdict(list)
    t = IndicatorTarget
    query = select(t.indicator_id, _text(t.period_start, "period_start"),
                   _text(t.period_end, "period_end"), _text(t.value, "value"))
    for row in session.connection().execute(query.order_by(t.period_start)).all():
        targets[row.indicator_id].append(row)
    measured: dict[str, list[Any]] = defaultdict(list)
    m = Measurement
    # Order: indicator id, period start, period end, value, rating, narrative, disaggregated.
    query = (
        select(m.indicator_id, _text(m.period_start, "period_start"),
               _text(m.period_end, "period_end"), _text(m.value, "value"), m.rating,
               m.narrative, _text(m.disaggregated, "disaggregated"))
        .where(m.period_end <= as_of)
        .order_by(m.period_start, m.period_end, m.id)
    )
    for row in session.connection().execute(query).all():
        measured[row.indicator_id].append(row)
    specs = []
    for source in sources:
        p = source.project
        starts = [d for d in (p.planned_start, p.actual_start) if d is not None]
        ends = [d for d in (p.planned_end, p.actual_end) if d is not None]
        window = (min(starts) if starts else None, max(ends) if ends else None)
        for ind in source.indicators:
            if ind.computed_source:
                spec = spec_for(ind, window, as_of)
                if spec is not None:
                    specs.append(spec)
    computed = computed_series_many(session, specs) if specs else {}
    return {
        ind.id: IndicatorValues(
            targets.get(ind.id, []), measured.get(ind.id, []), computed.get(ind.id, [])
        )
        for source in sources
        for ind in source.indicators
    }
