"""Columns shared by the budget tables: amounts, rates, shares, and the overspent colour."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from coopdesk.domain.money import Money
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_figures import Figures
from coopdesk.ui.models.row_table_model import Column, Index, R, RowTableModel

_CTX = "BudgetColumns"
# Text colour of an amount over its limit (overspent, received beyond committed, over cap).
OVER_COLOUR = QColor("#b3261e")


T = TypeVar("T")


@dataclass(frozen=True)
class Keyed(Generic[T]):
    """A summary DTO with the id a table row needs (a project's, a year, a kind)."""

    id: str
    value: T
    search_text: str = field(repr=False, default="")


# Shown for a rate or share that cannot be computed (nothing planned), or a missing amount.
NO_VALUE = "—"


def money_text(fmt: Formatter, money: Money | None) -> str:
    return NO_VALUE if money is None else fmt.money(money)


def percent_text(fmt: Formatter, value: Decimal | None) -> str:
    return NO_VALUE if value is None else fmt.percent(value)


def decimal_key(value: Decimal | None) -> tuple[bool, Decimal]:
    """A sort value for an optional Decimal: unknown ones first."""
    return (value is not None, value if value is not None else Decimal(0))


def money_column(
    context: str, header: str, fmt: Formatter, get: Callable[[Any], Money | None]
) -> Column[Any]:
    """An amount, right-aligned, sorted by its minor units (then its currency)."""

    def key(row: Any) -> tuple[str, int]:
        money = get(row)
        return ("", 0) if money is None else (money.currency, money.minor)

    return Column(context, header, lambda r: money_text(fmt, get(r)), sort=key, numeric=True)


def percent_column(
    context: str, header: str, fmt: Formatter, get: Callable[[Any], Decimal | None]
) -> Column[Any]:
    return Column(
        context,
        header,
        lambda r: percent_text(fmt, get(r)),
        sort=lambda r: decimal_key(get(r)),
        numeric=True,
    )


_FIGURES = (
    (QT_TRANSLATE_NOOP("BudgetColumns", "Planned"), "planned"),
    (QT_TRANSLATE_NOOP("BudgetColumns", "Committed"), "committed"),
    (QT_TRANSLATE_NOOP("BudgetColumns", "Spent"), "spent"),
    (QT_TRANSLATE_NOOP("BudgetColumns", "Remaining"), "remaining"),
)


def figure_columns(
    fmt: Formatter, get: Callable[[Any], Figures] = lambda row: row
) -> list[Column[Any]]:
    """Planned, committed, spent, remaining and execution rate of ``get(row)``."""
    columns = [
        money_column(_CTX, header, fmt, lambda r, name=name: getattr(get(r), name))
        for header, name in _FIGURES
    ]
    rate = QT_TRANSLATE_NOOP("BudgetColumns", "Execution rate")
    columns.append(percent_column(_CTX, rate, fmt, lambda r: get(r).execution_rate))
    return columns


def overspent(figures: Figures) -> bool:
    return figures.remaining.minor < 0


class BudgetTableModel(RowTableModel[R]):
    """Rows whose amounts over a limit show in red (``over``: column -> predicate)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        over: dict[int, Callable[[R], bool]] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._over = dict(over or {})
        self._colour = OVER_COLOUR

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
        ):
            test = self._over.get(index.column())
            if test is not None and test(self.row_at(index.row())):
                return self._colour
            return None
        return super().data(index, role)
