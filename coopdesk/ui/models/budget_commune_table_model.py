"""The commune's budget by project and by year (rows of the commune budget summary)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coopdesk.domain.text import fold
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_figures import CommuneYearSummary, ProjectBudgetSummary
from coopdesk.services.project_list import project_title
from coopdesk.ui.models.budget_columns import (
    BudgetTableModel,
    Keyed,
    figure_columns,
    money_column,
    overspent,
)
from coopdesk.ui.models.row_table_model import Column

_CTX = "BudgetCommuneTableModel"

# Columns of the projects table.
CODE, TITLE, PLANNED, COMMITTED, SPENT, REMAINING, RATE, FUNDING, RECEIVED = range(9)
# Columns of the years table (after YEAR and PROJECTS come the figures, then the water check).
YEAR, PROJECTS = 0, 1
Y_SPENT, Y_REMAINING, Y_RATE = 4, 5, 6
Y_OWN_WATER, Y_WATER_CEILING = 9, 10

ProjectItem = Keyed[ProjectBudgetSummary]
YearItem = Keyed[CommuneYearSummary]


def project_items(projects: Iterable[ProjectBudgetSummary], language: str) -> list[ProjectItem]:
    return [
        Keyed(p.project_id, p, fold(f"{p.code} {project_title(p.title, language)}"))
        for p in projects
    ]


def year_items(years: Iterable[CommuneYearSummary]) -> list[YearItem]:
    return [Keyed(str(y.year), y) for y in years]


def _funding_columns(fmt: Formatter) -> list[Column[Any]]:
    return [
        money_column(
            _CTX,
            QT_TRANSLATE_NOOP("BudgetCommuneTableModel", "Funding committed"),
            fmt,
            lambda r: r.value.funding_committed,
        ),
        money_column(
            _CTX,
            QT_TRANSLATE_NOOP("BudgetCommuneTableModel", "Funding received"),
            fmt,
            lambda r: r.value.funding_received,
        ),
    ]


def _project_columns(fmt: Formatter, language: str) -> list[Column[ProjectItem]]:
    return [
        Column(_CTX, QT_TRANSLATE_NOOP("BudgetCommuneTableModel", "Code"), lambda r: r.value.code),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("BudgetCommuneTableModel", "Project"),
            lambda r: project_title(r.value.title, language),
        ),
        *figure_columns(fmt, lambda r: r.value),
        *_funding_columns(fmt),
    ]


def _year_columns(fmt: Formatter) -> list[Column[YearItem]]:
    return [
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("BudgetCommuneTableModel", "Year"),
            lambda r: str(r.value.year),
            sort=lambda r: r.value.year,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("BudgetCommuneTableModel", "Projects"),
            lambda r: fmt.decimal(r.value.project_count),
            sort=lambda r: r.value.project_count,
            numeric=True,
        ),
        *figure_columns(fmt, lambda r: r.value),
        *_funding_columns(fmt),
        money_column(
            _CTX,
            QT_TRANSLATE_NOOP("BudgetCommuneTableModel", "Own funding of water projects"),
            fmt,
            lambda r: r.value.water.own_water,
        ),
        money_column(
            _CTX,
            QT_TRANSLATE_NOOP("BudgetCommuneTableModel", "1 % water ceiling"),
            fmt,
            lambda r: r.value.water.ceiling,
        ),
    ]


class CommuneProjectTableModel(BudgetTableModel[ProjectItem]):
    """Code, project, the five figures, funding committed and received."""

    def __init__(self, formatter: Formatter, language: str, parent: Any = None) -> None:
        def over(r: ProjectItem) -> bool:
            return overspent(r.value)

        over_columns = dict.fromkeys((SPENT, REMAINING, RATE), over)
        super().__init__(_project_columns(formatter, language), over_columns, parent)


class CommuneYearTableModel(BudgetTableModel[YearItem]):
    """Year, project count, the five figures, funding, and the 1 % water check."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        def over(r: YearItem) -> bool:
            return overspent(r.value)

        over_columns: dict[int, Any] = dict.fromkeys((Y_SPENT, Y_REMAINING, Y_RATE), over)
        over_columns[Y_OWN_WATER] = lambda r: r.value.water.exceeded
        super().__init__(_year_columns(formatter), over_columns, parent)
