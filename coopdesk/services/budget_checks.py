"""Checks shared by budget lines, funding sources and transactions (amounts, years, dates)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from coopdesk.domain.money import Money
from coopdesk.i18n import active_language, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_conversion import eur_cents
from coopdesk.services.currencies import is_budget_currency, is_currency
from coopdesk.services.errors import NotFoundError
from coopdesk.services.validation import Checker
from coopdesk.store.models import Project

# Amounts worth more than one billion euros are refused as typing mistakes.
MAX_EUR_CENTS = 10**9 * 100
YEAR_MIN = 1990
YEAR_MAX = 2100


def load_project(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(translate("Errors", "This project no longer exists."))
    return project


def check_year(check: Checker, field: str, year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not YEAR_MIN <= year <= YEAR_MAX:
        message = translate("Validation", "Enter a year between {first} and {last}.")
        check.add(field, message.format(first=YEAR_MIN, last=YEAR_MAX))


def check_currency(check: Checker, field: str, currency: str, *, budget: bool = False) -> bool:
    """Known ISO 4217 code; for ``budget`` also the euro or a fixed parity. True when usable."""
    if not is_currency(currency):
        check.add(field, translate("Validation", "Choose a currency from the list."))
        return False
    if budget and not is_budget_currency(currency):
        message = translate(
            "Validation",
            "Budgets are kept in euros or in a currency with a fixed parity to the euro "
            "(such as XOF or XAF).",
        )
        check.add(field, message)
        return False
    return True


def check_amount(
    check: Checker,
    field: str,
    amount: Money,
    *,
    rate: Decimal | None = None,
    positive: bool = False,
) -> None:
    """Not negative (not zero when ``positive``), at most one billion euros worth.

    The euro value is checked when it can be computed (a fixed parity or ``rate``).
    """
    if amount.minor < 0:
        check.add(field, translate("Validation", "The amount cannot be negative."))
        return
    if positive and amount.minor == 0:
        check.add(field, translate("Validation", "Enter an amount greater than zero."))
        return
    cents = eur_cents(amount.minor, amount.currency, rate)
    if cents is not None and cents > MAX_EUR_CENTS:
        message = translate(
            "Validation", "This amount is too large: it is worth more than one billion euros."
        )
        check.add(field, message)


def project_window(project: Project) -> tuple[dt.date | None, dt.date | None]:
    """The project's dates: the earliest start and the latest end, planned or actual."""
    starts = [d for d in (project.planned_start, project.actual_start) if d is not None]
    ends = [d for d in (project.planned_end, project.actual_end) if d is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


def check_in_window(check: Checker, field: str, day: dt.date, project: Project) -> None:
    """A date within the project's dates, with a message telling how to go beyond them."""
    start, end = project_window(project)
    fmt = Formatter(active_language())
    if start is not None and day < start:
        message = translate(
            "Validation",
            "This date is before the start of the project ({date}); change the project's "
            "dates first if it started earlier.",
        )
        check.add(field, message.format(date=fmt.date(start)))
    elif end is not None and day > end:
        message = translate(
            "Validation",
            "This date is after the end of the project ({date}); change the project's "
            "dates first if it ran longer.",
        )
        check.add(field, message.format(date=fmt.date(end)))
