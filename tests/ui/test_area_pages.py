"""The main window builds an area's page when it is first shown, not all at start-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings

from coopdesk.services.database import new_db
from coopdesk.ui.context import AppContext
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.partners_page import PartnersPage
from coopdesk.ui.projects_page import ProjectsPage

Seed = Callable[..., str]


def test_only_the_shown_area_is_built(
    qtbot, app_context: AppContext, settings: QSettings, add_partner: Seed
) -> None:
    add_partner("Commune de Dioffior")
    add_partner("Stadt Bad Waldsee", country="DE")
    window = MainWindow(app_context, settings)
    qtbot.addWidget(window)
    window.show()
    assert list(window.pages.built()) == ["dashboard"]
    assert "partners" in window.pages and not window.pages.is_built("partners")
    # The counts of areas not built yet come from a count query, worded as the pages do.
    assert window.counts_label.text().startswith("2 partner(s) · 0 partnership(s)")
    page = window.open_area("projects")
    assert isinstance(page, ProjectsPage) and window.stack.currentWidget() is page
    assert list(window.pages.built()) == ["dashboard", "projects"]
    assert window.stack.indexOf(page) == list(window.pages).index("projects")
    add_partner("Ziguinchor")
    app_context.events.changed.emit("organisation")
    assert window.counts_label.text().startswith("3 partner(s)")
    partners = window.pages["partners"]  # asking for a page builds it, without showing it
    assert isinstance(partners, PartnersPage) and partners.total_count() == 3
    assert window.stack.currentWidget() is page


def test_another_database_starts_again_with_the_shown_area(
    qtbot, app_context: AppContext, settings: QSettings, tmp_path
) -> None:
    window = MainWindow(app_context, settings)
    qtbot.addWidget(window)
    window.open_area("partners")
    other = new_db(tmp_path / "other.coopdb")
    window.switch_database(other)
    assert list(window.pages.built()) == ["partners"]  # the area that was shown
    assert window.stack.currentWidget() is window.pages["partners"]
    assert window.stack.count() == len(window.area_specs)
    window.close()
