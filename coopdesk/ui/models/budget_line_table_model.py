"""A project's budget lines with their figures in euros (from the budget summary)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from coopdesk.domain.text import fold
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_figures import LineSummary, YearSummary
from coopdesk.services.labels_budget import category_label
from coopdesk.ui.models.budget_columns import BudgetTableModel, figure_columns, overspent
from coopdesk.ui.models.row_table_model import Column

_CTX = "BudgetLineTableModel"

YEAR, CATEGORY, LABEL, PLANNED, COMMITTED, SPENT, REMAINING, RATE = range(8)
UNALLOCATED_PREFIX = "unallocated:"


@dataclass(frozen=True)
class BudgetLineItem:
    """One line of the table: a budget line, or a year's spending booked on no line."""

    # The budget line's id; "unallocated:<year>" for the spending booked on no line.
    id: str
    line: LineSummary
    search_text: str = field(repr=False, default="")

    @property
    def is_line(self) -> bool:
        """False for the spending not allocated to a line (nothing to edit)."""
        return self.line.budget_line_id is not None


def line_items(years: Iterable[YearSummary]) -> list[BudgetLineItem]:
    """The lines of these project-years, in the summary's order."""
    out = []
    for year in years:
        for line in year.lines:
            item_id = line.budget_line_id or f"{UNALLOCATED_PREFIX}{line.year}"
            text = fold(f"{line.label} {category_label(line.category) if line.category else ''}")
            out.append(BudgetLineItem(item_id, line, text))
    return out


def _planned_text(fmt: Formatter, line: LineSummary) -> str:
    """The planned amount in euros, with the amount typed when in another currency."""
    eur = fmt.money(line.planned)
    if line.planned_original.currency == "EUR":
        return eur
    return f"{eur} ({fmt.money(line.planned_original)})"


def _columns(fmt: Formatter) -> list[Column[BudgetLineItem]]:
    figures = figure_columns(fmt, lambda item: item.line)
    figures[0] = Column(
        figures[0].context,
        figures[0].header,
        lambda item: _planned_text(fmt, item.line),
        sort=figures[0].sort,
        numeric=True,
    )
    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("BudgetLineTableModel", "Year"),
            lambda item: str(item.line.year),
            sort=lambda item: item.line.year,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("BudgetLineTableModel", "Category"),
            lambda item: category_label(item.line.category) if item.line.category else "",
        ),
        Column(_CTX, QT_TRANSLATE_NOOP("BudgetLineTableModel", "Label"), lambda i: i.line.label),
        *figures,
    ]


class BudgetLineTableModel(BudgetTableModel[BudgetLineItem]):
    """Year, category, label, planned, committed, spent, remaining, execution rate."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        def over(item: BudgetLineItem) -> bool:
            return item.is_line and overspent(item.line)

        super().__init__(_columns(formatter), dict.fromkeys((SPENT, REMAINING, RATE), over), parent)
