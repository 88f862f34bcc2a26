"""A project's budget lines by year and category: list, read, create, update, delete."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from coopdesk.domain.enums import BudgetCategory
from coopdesk.domain.money import Money
from coopdesk.domain.text import fold
from coopdesk.i18n import translate
from coopdesk.services.budget_checks import check_amount, check_currency, check_year, load_project
from coopdesk.services.errors import InUseError, NotFoundError
from coopdesk.services.labels_budget import category_label
from coopdesk.services.organisations import references_sentence
from coopdesk.services.validation import Checker
from coopdesk.store.models import BudgetLine, FundingSource, MoneyTransaction

LABEL_MAX_LENGTH = 200
_CATEGORY_ORDER = {c.value: n for n, c in enumerate(BudgetCategory)}


@dataclass(frozen=True)
class BudgetLineData:
    """What a user types for a budget line (also the snapshot used by undo)."""

    year: int
    # A BudgetCategory value.
    category: str
    # In euros or in a currency with a fixed parity to the euro (XOF, XAF).
    planned: Money
    label: str = ""


@dataclass(frozen=True)
class BudgetLineRow:
    """One budget line of a project."""

    id: str
    project_id: str
    year: int
    category: str
    label: str
    planned: Money
    # Transactions booked on the line: the line cannot be deleted while there are any.
    transaction_count: int
    search_text: str = field(repr=False, default="")  # fold()ed


def line_name(label: str, category: str) -> str:
    """How a line is named in messages: its label, else its category's label."""
    return label or category_label(category)


def validate_budget_line(data: BudgetLineData) -> None:
    """Raise ValidationError listing every invalid field."""
    check = Checker()
    _check_line(check, data)
    check.raise_if_any()


def _check_line(check: Checker, data: BudgetLineData) -> None:
    check_year(check, "year", data.year)
    check.choice("category", data.category, set(_CATEGORY_ORDER))
    check.max_length("label", data.label, LABEL_MAX_LENGTH)
    if check_currency(check, "currency", data.planned.currency, budget=True):
        check_amount(check, "planned", data.planned)


def _clean(data: BudgetLineData) -> BudgetLineData:
    return replace(data, label=data.label.strip(), category=data.category.strip())


def list_budget_lines(
    session: Session, project_id: str, *, year: int | None = None
) -> list[BudgetLineRow]:
    """The project's lines by year, category (in the list's order) and label (two queries)."""
    counts_query = (
        select(MoneyTransaction.budget_line_id, func.count())
        .where(MoneyTransaction.project_id == project_id)
        .where(MoneyTransaction.budget_line_id.is_not(None))
        .group_by(MoneyTransaction.budget_line_id)
    )
    counts: dict[str, int] = {k: n for k, n in session.execute(counts_query).all()}
    query = select(BudgetLine).where(BudgetLine.project_id == project_id)
    if year is not None:
        query = query.where(BudgetLine.year == year)
    rows = [
        BudgetLineRow(
            id=line.id,
            project_id=line.project_id,
            year=line.year,
            category=line.category,
            label=line.label,
            planned=Money(line.planned_minor, line.currency),
            transaction_count=counts.get(line.id, 0),
            search_text=fold(f"{line.label} {category_label(line.category)}"),
        )
        for line in session.scalars(query)
    ]
    rows.sort(key=lambda r: (r.year, _CATEGORY_ORDER.get(r.category, 99), fold(r.label), r.id))
    return rows


def budget_line_choices(
    session: Session, project_id: str, *, year: int | None = None
) -> list[tuple[str, str]]:
    """(id, "2026 – Travel – Delegation") pairs for a transaction's line combo box."""
    return [
        (r.id, " – ".join(p for p in (str(r.year), category_label(r.category), r.label) if p))
        for r in list_budget_lines(session, project_id, year=year)
    ]


def budget_years(session: Session, project_id: str) -> list[int]:
    """Every year with a line or a funding source of the project, ascending."""
    query = union(
        select(BudgetLine.year).where(BudgetLine.project_id == project_id),
        select(FundingSource.year).where(FundingSource.project_id == project_id),
    )
    return sorted(session.scalars(query).all())


def all_budget_years(session: Session) -> tuple[int, ...]:
    """Every year with a budget line or a funding source in some project, ascending.

    One query (a per-project ``budget_years`` loop took 1.2 s for 500 projects).
    """
    query = union(select(BudgetLine.year), select(FundingSource.year))
    return tuple(sorted(session.scalars(query).all()))


def _load(session: Session, line_id: str) -> BudgetLine:
    line = session.get(BudgetLine, line_id)
    if line is None:
        raise NotFoundError(translate("Errors", "This budget line no longer exists."))
    return line


def line_data(line: BudgetLine) -> BudgetLineData:
    """The editable fields of a loaded line."""
    return BudgetLineData(
        year=line.year,
        category=line.category,
        planned=Money(line.planned_minor, line.currency),
        label=line.label,
    )


def get_budget_line(session: Session, line_id: str) -> BudgetLineData:
    return line_data(_load(session, line_id))


def _apply(line: BudgetLine, data: BudgetLineData) -> None:
    line.year = data.year
    line.category = data.category
    line.label = data.label
    line.planned_minor = data.planned.minor
    line.currency = data.planned.currency


def create_budget_line(
    session: Session, project_id: str, data: BudgetLineData, *, line_id: str | None = None
) -> str:
    """Validate and add a line to a project; ``line_id`` re-creates one (undo of a delete).

    Raises:
        NotFoundError: the project no longer exists.
        ValidationError: invalid fields; nothing was written.
    """
    load_project(session, project_id)
    data = _clean(data)
    validate_budget_line(data)
    line = (
        BudgetLine(id=line_id, project_id=project_id)
        if line_id
        else BudgetLine(project_id=project_id)
    )
    _apply(line, data)
    session.add(line)
    session.flush()
    return line.id


def update_budget_line(session: Session, line_id: str, data: BudgetLineData) -> None:
    """Validate and change a line (its transactions follow it to its new year or category)."""
    data = _clean(data)
    line = _load(session, line_id)
    validate_budget_line(data)
    _apply(line, data)
    session.flush()


def budget_line_references(session: Session, line_id: str) -> dict[str, int]:
    n = session.scalar(select(func.count()).where(MoneyTransaction.budget_line_id == line_id)) or 0
    return {"transactions": n} if n else {}


def delete_budget_line(session: Session, line_id: str) -> str:
    """Delete a line no transaction is booked on.

    Returns:
        The id of its project (undo: ``create_budget_line(project_id, data, line_id=...)``).

    Raises:
        InUseError: transactions are booked on the line (the message counts them).
    """
    line = _load(session, line_id)
    refs = budget_line_references(session, line_id)
    if refs:
        message = translate(
            "Errors", "{name} cannot be deleted: it is still referred to by {refs}."
        ).format(name=line_name(line.label, line.category), refs=references_sentence(refs))
        raise InUseError(message, refs)
    project_id = line.project_id
    session.delete(line)
    session.flush()
    return project_id
