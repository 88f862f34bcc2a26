"""The areas of the main window: each is a page built on the open database's context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.ui.budget_area import BudgetPage
from coopdesk.ui.context import AppContext
from coopdesk.ui.dashboard_page import DashboardPage
from coopdesk.ui.exchanges_page import ExchangesPage
from coopdesk.ui.indicator_page import IndicatorsPage
from coopdesk.ui.partners_page import PartnersPage
from coopdesk.ui.partnerships_page import PartnershipsPage
from coopdesk.ui.projects_page import ProjectsPage
from coopdesk.ui.volunteer_page import MyVisitsPage


class AreaPage(Protocol):
    """What the main window needs of a page, besides being a QWidget."""

    def status_text(self) -> str:
        """A short count for the status bar, e.g. "15 partners"."""
        ...


@dataclass(frozen=True)
class Area:
    """One entry of the navigation bar."""

    key: str  # icon name in resources/icons, and the page's objectName prefix
    source_title: str  # marked with QT_TRANSLATE_NOOP("Areas", ...)
    factory: Callable[[AppContext, QWidget], QWidget]

    @property
    def title(self) -> str:
        return translate("Areas", self.source_title)


# The areas a town-hall employee sees, in navigation order.
STAFF_AREAS: tuple[Area, ...] = (
    Area("dashboard", QT_TRANSLATE_NOOP("Areas", "Dashboard"), DashboardPage),
    Area("partners", QT_TRANSLATE_NOOP("Areas", "Partners"), PartnersPage),
    Area("partnerships", QT_TRANSLATE_NOOP("Areas", "Partnerships"), PartnershipsPage),
    Area("projects", QT_TRANSLATE_NOOP("Areas", "Projects"), ProjectsPage),
    Area("indicators", QT_TRANSLATE_NOOP("Areas", "Indicators"), IndicatorsPage),
    Area("budget", QT_TRANSLATE_NOOP("Areas", "Budget"), BudgetPage),
    Area("exchanges", QT_TRANSLATE_NOOP("Areas", "Exchanges"), ExchangesPage),
)

# Volunteer mode (``coopdesk --volunteer``): one's own visits only; no contacts, budgets or
# other people's personal data.
VOLUNTEER_AREAS: tuple[Area, ...] = (
    Area("visit", QT_TRANSLATE_NOOP("Areas", "My visits"), MyVisitsPage),
)
