"""Budget seed shared by the budget UI tests (not a test module): built through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from coopdesk.domain.money import Money
from coopdesk.services.budget_lines import BudgetLineData, create_budget_line
from coopdesk.services.funding import FundingSourceData, create_funding_source
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.services.transactions import TransactionData, create_transaction


def money(amount: str, currency: str = "EUR") -> Money:
    return Money.from_decimal(Decimal(amount), currency)


@dataclass(frozen=True)
class BudgetSeed:
    """Ids of a water project with two years of lines, sources and transactions."""

    project: str
    other: str
    agency: str
    missions: str  # 2025 travel line, overspent
    works: str  # 2025 works line, in XOF
    training: str  # 2026 training line
    grant: str  # 2025 ministry grant
    agency_source: str  # 2025 water agency, capped
    mission_tx: str  # 2025 expense on missions
    works_tx: str  # 2025 expense in XOF on works
    commitment_tx: str
    income_tx: str


def seed_budget(session: Session) -> BudgetSeed:
    agency = create_organisation(
        session, OrganisationData(name="Agence de l'eau", kind="state_agency", country="FR")
    )
    project = create_project(
        session,
        ProjectData(
            code="EAU-SN-01",
            title={"fr": "Accès à l'eau potable"},
            theme="water",
            planned_start=dt.date(2025, 1, 1),
            planned_end=dt.date(2026, 12, 31),
        ),
    )
    other = create_project(
        session,
        ProjectData(
            code="ATELIER-01",
            title={"fr": "Atelier"},
            planned_start=dt.date(2025, 1, 1),
            planned_end=dt.date(2025, 12, 31),
        ),
    )

    def line(year: int, category: str, planned: Money, label: str) -> str:
        return create_budget_line(session, project, BudgetLineData(year, category, planned, label))

    missions = line(2025, "travel", money("1000"), "Missions techniques")
    works = line(2025, "works", money("655957", "XOF"), "Forages")
    training = line(2026, "training", money("2500"), "Formation des fontainiers")
    create_budget_line(session, other, BudgetLineData(2025, "staff", money("400"), "Animation"))
    grant = create_funding_source(
        session,
        project,
        FundingSourceData(
            year=2025,
            kind="ministry_grant",
            committed=money("1500"),
            received=money("500"),
            label="Appel DAECT",
            committed_on=dt.date(2025, 3, 1),
        ),
    )
    agency_source = create_funding_source(
        session,
        project,
        FundingSourceData(
            year=2025,
            kind="water_agency",
            committed=money("1000"),
            received=money("0"),
            organisation_id=agency,
            cap_basis_points=4000,
        ),
    )

    def tx(kind: str, amount: Money, day: dt.date, **extra: object) -> str:
        data = TransactionData(kind=kind, date=day, amount=amount, **extra)  # type: ignore[arg-type]
        return create_transaction(session, project, data)

    mission_tx = tx(
        "expense",
        money("1200"),
        dt.date(2025, 4, 2),
        budget_line_id=missions,
        counterparty="Air Sénégal",
        accounting_ref="Mandat 2025-0001",
    )
    works_tx = tx(
        "expense",
        money("327979", "XOF"),
        dt.date(2025, 5, 10),
        budget_line_id=works,
        counterparty="Forages du Sine",
        accounting_ref="Mandat 2025-0002",
    )
    commitment_tx = tx(
        "commitment",
        money("300"),
        dt.date(2025, 6, 1),
        budget_line_id=missions,
        counterparty="Hôtel Keur",
    )
    income_tx = tx(
        "income",
        money("500"),
        dt.date(2025, 7, 1),
        funding_source_id=grant,
        counterparty="Ministère",
        accounting_ref="Titre 2025-0001",
    )
    return BudgetSeed(
        project=project,
        other=other,
        agency=agency,
        missions=missions,
        works=works,
        training=training,
        grant=grant,
        agency_source=agency_source,
        mission_tx=mission_tx,
        works_tx=works_tx,
        commitment_tx=commitment_tx,
        income_tx=income_tx,
    )
