"""The projects page: list, search, filters, the project dialog, delete and undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton

from coopdesk.services.exchange_list import list_exchanges
from coopdesk.services.project_parts import (
    link_partnership,
    list_project_organisations,
    list_project_partnerships,
    set_organisation_roles,
)
from coopdesk.services.projects import get_project
from coopdesk.services.risks import list_risks
from coopdesk.store.models import FundingSource
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.project_dialog import ProjectDialog
from coopdesk.ui.projects_page import ProjectsPage

Seed = Callable[..., str]
YEAR = dt.date.today().year


@pytest.fixture
def ids(
    app_context: AppContext,
    add_partner: Seed,
    add_partnership: Seed,
    add_project: Seed,
    add_risk: Seed,
    add_exchange: Seed,
) -> dict[str, str]:
    """Three projects: water in Senegal (roles, risk, exchanges), a school exchange, a draft."""
    out = {
        "dioffior": add_partner("Commune de Dioffior", city="Dioffior", languages=("fr", "wo")),
        "waldsee": add_partner("Stadt Bad Waldsee", country="DE", languages=("de",)),
        "agence": add_partner("Agence de l'eau", kind="state_agency", country="FR"),
    }
    out["convention"] = add_partnership(out["dioffior"], "Convention de coopération")
    out["water"] = add_project(
        "EAU-SN-01",
        "Accès à l'eau potable",
        theme="water",
        dac_sector="14030",
        sdgs=(6, 3),
        planned_start=dt.date(2019, 1, 1),
        planned_end=dt.date(2026, 12, 31),
        location_place="Dioffior",
        location_country="SN",
    )
    out["youth"] = add_project(
        "JEU-DE-01",
        "Échanges scolaires",
        theme="education",
        status=4,
        actual_start=dt.date(2016, 9, 1),
        actual_end=dt.date(2018, 6, 30),
    )
    out["draft"] = add_project("ATELIER-01", "Atelier de réflexion", status=1)
    water = out["water"]

    def link(s):  # roles and the partnership of the water project
        set_organisation_roles(s, water, out["dioffior"], (2,))
        set_organisation_roles(s, water, out["agence"], (1,))
        set_organisation_roles(s, out["youth"], out["waldsee"], (4,))
        link_partnership(s, water, out["convention"])

    app_context.run(link)
    out["risk"] = add_risk(water, "Baisse de la nappe", likelihood=3, impact=3)
    out["mission"] = add_exchange(out["dioffior"], "Mission forages", project_id=water)
    out["visit"] = add_exchange(
        out["dioffior"],
        "Accueil du maire",
        dt.date(2025, 5, 2),
        "official_delegation",
        "incoming",
        project_id=water,
    )
    return out


@pytest.fixture
def page(qtbot, app_context: AppContext, ids: dict[str, str]) -> ProjectsPage:
    widget = ProjectsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def codes(page: ProjectsPage) -> list[str]:
    proxy = page.list.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def select(page: ProjectsPage, project_id: str) -> None:
    assert page.list.select_id(project_id)


def test_rows_show_formatted_values(page: ProjectsPage) -> None:
    assert codes(page) == ["ATELIER-01", "EAU-SN-01", "JEU-DE-01"]
    proxy = page.list.proxy
    water = [proxy.index(1, c).data() for c in range(proxy.columnCount())]
    assert water == [
        "EAU-SN-01",
        "Accès à l'eau potable",
        "Implementation",
        "Water and sanitation",
        "Agence de l'eau, Commune de Dioffior",
        "France, Senegal",
        "2019–2026",
        "2",
    ]
    assert page.list.count_label.text() == "3 project(s)"
    assert page.status_text() == "3 project(s)"


def test_search_as_you_type(qtbot, page: ProjectsPage) -> None:
    qtbot.keyClicks(page.search, "dioff")  # a partner's name
    assert codes(page) == ["EAU-SN-01"]
    page.search.clear()
    qtbot.keyClicks(page.search, "echanges scol")  # accents ignored, words in any order
    assert codes(page) == ["JEU-DE-01"]
    qtbot.keyClicks(page.search, " zzz")
    assert codes(page) == []
    assert page.list.panel.message() == "No project matches the search or the filters."
    assert page.list.count_label.text() == "0 shown of 3 project(s)"


def test_each_filter(page: ProjectsPage, ids: dict[str, str]) -> None:
    choose(page.status_filter, "4")
    assert codes(page) == ["JEU-DE-01"]
    choose(page.status_filter, "")
    choose(page.theme_filter, "water")
    assert codes(page) == ["EAU-SN-01"]
    choose(page.theme_filter, "")
    partners = [page.partner_filter.itemText(i) for i in range(page.partner_filter.count())]
    assert partners == [
        "All partners",
        "Agence de l'eau",
        "Commune de Dioffior",
        "Stadt Bad Waldsee",
    ]
    choose(page.partner_filter, ids["waldsee"])
    assert codes(page) == ["JEU-DE-01"]
    choose(page.partner_filter, "")
    choose(page.country_filter, "FR")  # a partner's country
    assert codes(page) == ["EAU-SN-01"]
    choose(page.country_filter, "")
    years = [page.year_filter.itemData(i) for i in range(page.year_filter.count())]
    assert years == ["", *[str(y) for y in range(2026, 2015, -1)]]
    choose(page.year_filter, "2017")  # active that year: started 2016, ended 2018
    assert codes(page) == ["JEU-DE-01"]
    choose(page.year_filter, "2019")
    assert codes(page) == ["EAU-SN-01"]


def test_empty_state(qtbot, app_context: AppContext) -> None:
    widget = ProjectsPage(app_context)
    qtbot.addWidget(widget)
    assert widget.list.panel.message() == (
        "No project yet — click “New project” to describe the first one."
    )
    assert not widget.edit_action.isEnabled()
    assert not widget.view.isTabEnabled(1)


def test_ctrl_n_opens_a_new_project(qtbot, page: ProjectsPage) -> None:
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(ProjectDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "New project"
    dialog.done(0)


def test_new_project_through_the_dialog(qtbot, page: ProjectsPage, app_context: AppContext) -> None:
    dialog = page.new_project()
    assert isinstance(dialog, ProjectDialog)
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "SN-SOL-2027")
    title = dialog.title_edit.line_edit("fr")
    assert title is not None
    qtbot.keyClicks(title, "Forages solaires")
    choose(dialog.theme_combo, "water")
    assert dialog.sector_picker.code() == "14030"
    assert dialog.sector_picker.summary.text() == (
        "14030 — Basic drinking water supply and basic sanitation"
    )
    picker = dialog.sdg_picker
    picker.setFocus()
    picker.setCurrentRow(5)  # goal 6
    qtbot.keyClick(picker, Qt.Key.Key_Space)
    assert picker.selected() == (6,)
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "SN-SOL-2027" in codes(page)
    assert page.current_project() is not None
    assert page.current_project().code == "SN-SOL-2027"
    stored = app_context.run(lambda s: get_project(s, dialog.record_id))
    assert stored.title == {"fr": "Forages solaires"}
    assert (stored.theme, stored.dac_sector, stored.sdgs) == ("water", "14030", (6,))
    assert stored.status == 2  # implementation, the default
    app_context.undo_stack.undo()
    assert "SN-SOL-2027" not in codes(page)


def test_escape_asks_before_discarding_changes(qtbot, page: ProjectsPage, monkeypatch) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    select(page, page.list.model.rows()[1].id)
    dialog = page.edit_project()
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closes at once
    assert not dialog.isVisible()
    dialog = page.edit_project()
    assert dialog is not None
    qtbot.keyClicks(dialog.place_edit, "!")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert answers == []


def test_edit_then_undo(page: ProjectsPage, app_context: AppContext, ids) -> None:
    select(page, ids["water"])
    dialog = page.edit_project()
    assert dialog is not None
    assert dialog.windowTitle() == "Edit project"
    assert dialog.title_edit.languages() == ["fr", "wo"]  # Wolof: Dioffior's language
    assert dialog.summary_edit.languages() == ["fr", "wo"]
    assert dialog.sector_picker.code() == "14030"
    assert dialog.sdg_picker.selected() == (3, 6)
    assert dialog.country_combo.code() == "SN"
    choose(dialog.status_combo, 6)
    dialog.sdg_picker.item_for(13).setCheckState(Qt.CheckState.Checked)
    dialog.summary_edit.editor("wo").setPlainText("Ndox")
    dialog.accept()
    stored = app_context.run(lambda s: get_project(s, ids["water"]))
    assert (stored.status, stored.sdgs, stored.summary) == (6, (3, 6, 13), {"wo": "Ndox"})
    assert page.current_project().status == 6
    app_context.undo_stack.undo()
    stored = app_context.run(lambda s: get_project(s, ids["water"]))
    assert (stored.status, stored.sdgs, stored.summary) == (2, (3, 6), {})
    assert page.current_project().status == 2


def test_delete_confirms_and_undo_restores_everything(
    page: ProjectsPage, app_context: AppContext, ids, answer_yes: list[str]
) -> None:
    water = ids["water"]
    select(page, water)
    page.delete_action.trigger()
    assert answer_yes == [
        "Delete the project EAU-SN-01? Its 2 exchanges will be kept but unlinked. "
        "You can undo this with Ctrl+Z."
    ]
    assert codes(page) == ["ATELIER-01", "JEU-DE-01"]
    assert {r.project_id for r in app_context.run(list_exchanges)} == {None}
    app_context.undo_stack.undo()
    assert codes(page) == ["ATELIER-01", "EAU-SN-01", "JEU-DE-01"]

    def parts(s):
        return (
            [(r.name, r.roles) for r in list_project_organisations(s, water)],
            [r.id for r in list_project_partnerships(s, water)],
            [r.id for r in list_risks(s, water)],
            sorted(r.id for r in list_exchanges(s, project_id=water)),
        )

    assert app_context.run(parts) == (
        [("Agence de l'eau", (1,)), ("Commune de Dioffior", (2,))],
        [ids["convention"]],
        [ids["risk"]],
        sorted([ids["mission"], ids["visit"]]),
    )
    app_context.undo_stack.redo()
    assert "EAU-SN-01" not in codes(page)


def test_delete_refused_shows_why(
    page: ProjectsPage, app_context: AppContext, ids, answer_yes, warnings_shown: list[str]
) -> None:
    # No service records funding yet (a later issue): the row is added directly.
    app_context.run(
        lambda s: s.add(FundingSource(project_id=ids["water"], year=2024, kind="ministry_grant"))
    )
    select(page, ids["water"])
    page.delete_action.trigger()
    assert warnings_shown == [
        "EAU-SN-01 cannot be deleted: it is still referred to by 1 funding source."
    ]
    assert "EAU-SN-01" in codes(page)
    assert app_context.undo_stack.count() == 0


def test_no_delete_without_confirmation(page: ProjectsPage, ids, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    select(page, ids["draft"])
    page.delete_action.trigger()
    assert "ATELIER-01" in codes(page)
