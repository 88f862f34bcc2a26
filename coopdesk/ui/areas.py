"""The areas of the main window: each is a page built on the open database's context.

A page's module is imported when the page is first built, not when the window starts:
importing every page (and, through them, reportlab, openpyxl, the budget services, …)
cost most of the start-up time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Protocol

from PySide6.QtWidgets import QWidget

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.ui.context import AppContext

PageFactory = Callable[[AppContext, QWidget], QWidget]


class AreaPage(Protocol):
    """What the main window needs of a page, besides being a QWidget."""

    def status_text(self) -> str:
        """A short count for the status bar, e.g. "15 partners"."""
        ...


@dataclass(frozen=True)
class LazyPage:
    """A page factory that imports ``module`` and builds its ``class_name`` when called."""

    module: str  # e.g. "coopdesk.ui.partners_page"
    class_name: str  # e.g. "PartnersPage"

    def page_class(self) -> type[QWidget]:
        page_class: type[QWidget] = getattr(import_module(self.module), self.class_name)
        return page_class

    def __call__(self, context: AppContext, parent: QWidget) -> QWidget:
        return self.page_class()(context, parent)  # type: ignore[call-arg]


@dataclass(frozen=True)
class Area:
    """One entry of the navigation bar."""

    key: str  # icon name in resources/icons, and the page's objectName prefix
    source_title: str  # marked with QT_TRANSLATE_NOOP("Areas", ...)
    factory: PageFactory

    @property
    def title(self) -> str:
        return translate("Areas", self.source_title)


def _page(name: str, class_name: str) -> LazyPage:
    return LazyPage(f"coopdesk.ui.{name}", class_name)


# The areas a town-hall employee sees, in navigation order.
STAFF_AREAS: tuple[Area, ...] = (
    Area("dashboard", QT_TRANSLATE_NOOP("Areas", "Dashboard"),
         _page("dashboard_page", "DashboardPage")),
    Area("partners", QT_TRANSLATE_NOOP("Areas", "Partners"),
         _page("partners_page", "PartnersPage")),
    Area("partnerships", QT_TRANSLATE_NOOP("Areas", "Partnerships"),
         _page("partnerships_page", "PartnershipsPage")),
    Area("projects", QT_TRANSLATE_NOOP("Areas", "Projects"),
         _page("projects_page", "ProjectsPage")),
    Area("indicators", QT_TRANSLATE_NOOP("Areas", "Indicators"),
         _page("indicator_page", "IndicatorsPage")),
    Area("budget", QT_TRANSLATE_NOOP("Areas", "Budget"),
         _page("budget_area", "BudgetPage")),
    Area("exchanges", QT_TRANSLATE_NOOP("Areas", "Exchanges"),
         _page("exchanges_page", "ExchangesPage")),
    Area("reports", QT_TRANSLATE_NOOP("Areas", "Reports"),
         _page("reports_page", "ReportsPage")),
)  # fmt: skip

# Volunteer mode (``coopdesk --volunteer``): one's own visits only; no contacts, budgets or
# other people's personal data.
VOLUNTEER_AREAS: tuple[Area, ...] = (
    Area("visit", QT_TRANSLATE_NOOP("Areas", "My visits"),
         _page("volunteer_page", "MyVisitsPage")),
)  # fmt: skip
