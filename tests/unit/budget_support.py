"""Builders shared by the budget tests (not a test module)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from coopdesk.domain.money import Money
from coopdesk.services.budget_lines import BudgetLineData, create_budget_line
from coopdesk.services.funding import FundingSourceData, create_funding_source
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.services.transactions import TransactionData, create_transaction

START = dt.date(2024, 1, 1)
END = dt.date(2026, 12, 31)


def eur(amount: str) -> Money:
    return Money.from_decimal(Decimal(amount), "EUR")


def project(session: Session, code: str = "P-1", theme: str = "", **dates: dt.date) -> str:
    values = {"planned_start": START, "planned_end": END, **dates}
    return create_project(
        session, ProjectData(code=code, title={"fr": f"Projet {code}"}, theme=theme, **values)
    )


def line(
    session: Session,
    project_id: str,
    planned: str = "1000",
    *,
    year: int = 2024,
    category: str = "travel",
    label: str = "",
    currency: str = "EUR",
) -> str:
    amount = Money.from_decimal(Decimal(planned), currency)
    return create_budget_line(session, project_id, BudgetLineData(year, category, amount, label))


def source(
    session: Session,
    project_id: str,
    committed: str = "500",
    received: str = "0",
    *,
    year: int = 2024,
    kind: str = "ministry_grant",
    cap: int | None = None,
    currency: str = "EUR",
    label: str = "",
) -> str:
    data = FundingSourceData(
        year=year,
        kind=kind,
        committed=Money.from_decimal(Decimal(committed), currency),
        received=Money.from_decimal(Decimal(received), currency),
        label=label,
        cap_basis_points=cap,
    )
    return create_funding_source(session, project_id, data)


def tx(
    session: Session,
    project_id: str,
    amount: str,
    *,
    kind: str = "expense",
    currency: str = "EUR",
    line_id: str | None = None,
    source_id: str | None = None,
    day: dt.date = dt.date(2024, 6, 1),
    rate: str | None = None,
) -> str:
    data = TransactionData(
        kind=kind,
        date=day,
        amount=Money.from_decimal(Decimal(amount), currency),
        budget_line_id=line_id,
        funding_source_id=source_id,
        rate_to_eur=None if rate is None else Decimal(rate),
        rate_date=None if rate is None else day,
    )
    return create_transaction(session, project_id, data)
