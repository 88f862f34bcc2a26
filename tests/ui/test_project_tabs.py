"""The project's tabs: overview, partners and roles, exchanges, documents, risks, lessons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QMessageBox, QPushButton

from coopdesk.services.project_parts import (
    link_partnership,
    list_project_documents,
    list_project_organisations,
    list_project_partnerships,
    set_organisation_roles,
)
from coopdesk.services.projects import get_project
from coopdesk.services.risks import get_risk, list_risks
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.risk_dialog import RiskDialog
from coopdesk.ui.dialogs.role_dialog import RoleDialog
from coopdesk.ui.models import exchange_table_model as ex
from coopdesk.ui.models import risk_table_model as rk
from coopdesk.ui.project_view import DOCUMENTS, EXCHANGES, RISKS, ProjectView
from coopdesk.ui.projects_page import ProjectsPage

Seed = Callable[..., str]


@pytest.fixture
def ids(
    app_context: AppContext,
    add_partner: Seed,
    add_partnership: Seed,
    add_project: Seed,
    add_risk: Seed,
    add_exchange: Seed,
) -> dict[str, str]:
    out = {
        "dioffior": add_partner("Commune de Dioffior", languages=("fr", "wo")),
        "waldsee": add_partner("Stadt Bad Waldsee", country="DE", languages=("de",)),
        "agence": add_partner("Agence de l'eau", kind="state_agency", country="FR"),
    }
    out["convention"] = add_partnership(out["dioffior"], "Convention de coopération")
    out["charter"] = add_partnership(out["waldsee"], "Charte de jumelage")
    out["water"] = add_project(
        "EAU-SN-01",
        "Accès à l'eau potable",
        theme="water",
        dac_sector="14030",
        sdgs=(6, 3),
        planned_start=dt.date(2019, 1, 1),
        planned_end=dt.date(2026, 12, 31),
        actual_start=dt.date(2019, 3, 15),
        location_place="Dioffior",
        location_country="SN",
        summary={"fr": "Deux forages", "en": "Two boreholes"},
    )
    out["other"] = add_project("ATELIER-01", "Atelier", status=1)
    water = out["water"]

    def link(s):
        set_organisation_roles(s, water, out["dioffior"], (2,))
        set_organisation_roles(s, water, out["agence"], (1,))
        link_partnership(s, water, out["convention"])

    app_context.run(link)
    out["low"] = add_risk(water, "Retards de chantier", likelihood=1, impact=2)
    out["high"] = add_risk(water, "Baisse de la nappe", likelihood=3, impact=3)
    out["mission"] = add_exchange(out["dioffior"], "Mission forages", project_id=water)
    out["visit"] = add_exchange(
        out["dioffior"],
        "Accueil du maire",
        dt.date(2025, 5, 2),
        "official_delegation",
        "incoming",
        project_id=water,
    )
    add_exchange(out["waldsee"], "Chorale", dt.date(2024, 7, 1), "cultural_event")  # no project
    return out


@pytest.fixture
def page(qtbot, app_context: AppContext, ids: dict[str, str]) -> ProjectsPage:
    widget = ProjectsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    assert widget.list.select_id(ids["water"])
    return widget


def texts(table_list, column: int = 0) -> list[str]:
    proxy = table_list.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_tabs_wait_for_a_project(qtbot, app_context: AppContext) -> None:
    view = ProjectView(app_context)
    qtbot.addWidget(view)
    tabs = [view.tabText(i) for i in range(view.count())]
    assert tabs[:6] == [
        "Overview",
        "Partners and roles",
        "Exchanges",
        "Documents",
        "Risks",
        "Lessons learned",
    ]
    assert {"Indicators", "Evaluations"} <= set(tabs)
    assert not any(view.isTabEnabled(i) for i in range(1, view.count()))
    assert view.overview.toPlainText() == "Select a project to see its page."


def test_overview_shows_facts_badges_and_texts(page: ProjectsPage) -> None:
    view = page.view
    assert view.objectName() == "projectTabs"
    assert view.tabText(EXCHANGES) == "Exchanges (2)"
    assert view.tabText(RISKS) == "Risks (2)"
    overview = view.overview
    text = overview.toPlainText()
    assert "EAU-SN-01 — Accès à l'eau potable" in text
    assert overview.facts(view.data) == [
        ("Code", "EAU-SN-01"),
        ("Theme", "Water and sanitation"),
        ("DAC sector", "14030 — Basic drinking water supply and basic sanitation"),
        ("Status", "Implementation"),
        ("Planned", "01/01/2019 to 31/12/2026"),
        ("Actual", "since 15/03/2019, in progress"),
        ("Location", "Dioffior, Senegal"),
    ]
    assert overview.badge_numbers() == (3, 6)
    assert "6 Clean water and sanitation" in text
    html = overview.toHtml().lower()
    assert "#26bde2" in html and "#4c9f38" in html  # the goals' official colours
    for part in ("French", "English", "Deux forages", "Two boreholes"):
        assert part in text


def test_overview_shows_user_text_as_text(page: ProjectsPage, app_context, ids) -> None:
    data = app_context.run(lambda s: get_project(s, ids["other"]))
    page.view.overview.set_project(
        type(data)(**{**data.__dict__, "title": {"fr": "<b>R&D</b> <img src='x'>"}})
    )
    assert "<b>R&D</b> <img src='x'>" in page.view.overview.toPlainText()


def test_roles_add_change_remove_with_undo(
    qtbot, page: ProjectsPage, app_context: AppContext, ids, answer_yes: list[str]
) -> None:
    panel = page.view.partners
    water = ids["water"]

    def roles() -> dict[str, tuple[int, ...]]:
        rows = app_context.run(lambda s: list_project_organisations(s, water))
        return {r.name: r.roles for r in rows}

    assert texts(panel.list) == ["Agence de l'eau", "Commune de Dioffior"]
    assert texts(panel.list, 3) == ["Funding", "Accountable"]
    dialog = panel.add_organisation()
    assert isinstance(dialog, RoleDialog)
    combo = dialog.organisation_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Stadt Bad Waldsee"]
    combo.set_code(ids["waldsee"])
    implementing = dialog.findChild(QCheckBox, "roleImplementingCheck")
    implementing.setFocus()
    qtbot.keyClick(implementing, Qt.Key.Key_Space)
    dialog.role_checks[1].setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    assert roles()["Stadt Bad Waldsee"] == (1, 4)
    assert "Funding, Implementing" in texts(panel.list, 3)
    assert panel.list.current_id() == ids["waldsee"]
    app_context.undo_stack.undo()
    assert "Stadt Bad Waldsee" not in roles()
    app_context.undo_stack.redo()
    assert roles()["Stadt Bad Waldsee"] == (1, 4)
    # Change the roles of a partner already there.
    panel.list.select_id(ids["dioffior"])
    dialog = panel.edit_roles()
    assert dialog is not None
    assert not dialog.organisation_combo.isEnabled()
    assert [c for c, check in dialog.role_checks.items() if check.isChecked()] == [2]
    dialog.role_checks[4].setChecked(True)
    dialog.accept()
    assert roles()["Commune de Dioffior"] == (2, 4)
    app_context.undo_stack.undo()
    assert roles()["Commune de Dioffior"] == (2,)
    # Remove one, then undo.
    panel.list.select_id(ids["agence"])
    panel.remove_action.trigger()
    assert answer_yes[-1].startswith("Remove Agence de l'eau and its roles from this project?")
    assert "Agence de l'eau" not in roles()
    assert "Agence de l'eau" not in page.current_project().partner_names
    app_context.undo_stack.undo()
    assert roles()["Agence de l'eau"] == (1,)


def test_role_dialog_needs_an_organisation_and_a_role(page: ProjectsPage, app_context) -> None:
    dialog = page.view.partners.add_organisation()
    assert dialog is not None
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("organisation_id") == "Choose an organisation from the list."
    assert dialog.error_text("roles") == "Tick at least one role."
    assert app_context.undo_stack.count() == 0
    dialog.done(0)


def test_link_and_unlink_partnerships_with_undo(
    page: ProjectsPage, app_context: AppContext, ids, monkeypatch, answer_yes
) -> None:
    panel = page.view.partners
    water = ids["water"]

    def linked() -> list[str]:
        return [r.id for r in app_context.run(lambda s: list_project_partnerships(s, water))]

    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_args):
        offered.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    panel.link_action.trigger()
    assert offered == [["Charte de jumelage — Stadt Bad Waldsee"]]
    assert sorted(linked()) == sorted([ids["convention"], ids["charter"]])
    assert panel.partnerships.current_id() == ids["charter"]
    assert "Stadt Bad Waldsee" in page.current_project().partner_names
    app_context.undo_stack.undo()
    assert linked() == [ids["convention"]]
    panel.partnerships.select_id(ids["convention"])
    panel.unlink_action.trigger()
    assert answer_yes[-1].startswith("Unlink the project from the partnership")
    assert linked() == []
    app_context.undo_stack.undo()
    assert linked() == [ids["convention"]]


def test_risk_register_sorted_by_score_with_colour(page: ProjectsPage, ids) -> None:
    risks = page.view.risks.list
    assert risks.table.objectName() == "risksTable"
    assert texts(risks, rk.DESCRIPTION) == ["Baisse de la nappe", "Retards de chantier"]
    assert texts(risks, rk.SCORE) == ["9 — High", "2 — Low"]
    colour = risks.proxy.index(0, rk.SCORE).data(Qt.ItemDataRole.DecorationRole)
    assert colour == QColor(rk.LEVEL_COLOURS[rk.RiskLevel.HIGH])


def test_risks_new_edit_delete_with_undo(
    qtbot, page: ProjectsPage, app_context: AppContext, ids, answer_yes: list[str]
) -> None:
    panel = page.view.risks
    water = ids["water"]
    dialog = panel.new_risk()
    assert isinstance(dialog, RiskDialog)
    dialog.accept()
    assert dialog.error_text("description") == "This field is required."
    qtbot.keyClicks(dialog.description_edit, "Pompes en panne")
    dialog.likelihood_combo.setCurrentIndex(dialog.likelihood_combo.findData(3))
    dialog.impact_combo.setCurrentIndex(dialog.impact_combo.findData(2))
    assert dialog.score_label.text() == "6 — High"
    qtbot.keyClicks(dialog.owner_edit, "ASUFOR")
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    new_id = dialog.record_id
    assert texts(panel.list, rk.DESCRIPTION) == [
        "Baisse de la nappe",
        "Pompes en panne",
        "Retards de chantier",
    ]
    assert panel.list.current_id() == new_id
    assert page.view.tabText(RISKS) == "Risks (3)"
    # Edit, then undo the edit.
    dialog = panel.edit_risk()
    assert dialog is not None and dialog.owner_edit.text() == "ASUFOR"
    dialog.mitigation_edit.setPlainText("Stock de pièces")
    dialog.accept()
    assert app_context.run(lambda s: get_risk(s, new_id)).mitigation == "Stock de pièces"
    app_context.undo_stack.undo()
    assert app_context.run(lambda s: get_risk(s, new_id)).mitigation == ""
    # Delete with the Delete key, then undo: the same risk comes back.
    page.view.setCurrentIndex(RISKS)
    panel.list.table.setFocus()
    qtbot.keyClick(panel.list.table, Qt.Key.Key_Delete)
    assert answer_yes[-1].startswith("Delete the risk “Pompes en panne”?")
    assert new_id not in {r.id for r in app_context.run(lambda s: list_risks(s, water))}
    app_context.undo_stack.undo()
    assert new_id in {r.id for r in app_context.run(lambda s: list_risks(s, water))}


def test_exchanges_tab_lists_the_project_exchanges(qtbot, page: ProjectsPage, ids) -> None:
    panel = page.view.exchanges
    assert panel.list.table.objectName() == "projectExchangesTable"
    assert texts(panel.list, ex.TITLE) == ["Accueil du maire", "Mission forages"]
    assert texts(panel.list, ex.KIND) == ["Official delegation", "Staff or technical mission"]
    assert texts(panel.list, ex.DIRECTION) == ["Incoming", "Outgoing"]
    assert texts(panel.list, ex.PARTNERS) == ["Commune de Dioffior"] * 2
    assert panel.list.table.isColumnHidden(ex.PROJECT)
    panel.list.select_id(ids["mission"])
    with qtbot.waitSignal(page.view.exchange_activated) as blocker:
        panel.list.activated.emit()
    assert blocker.args == [ids["mission"]]
    page.list.select_id(ids["other"])
    assert panel.list.total_count() == 0
    assert panel.list.panel.message() == (
        "No exchange for this project yet. Exchanges are recorded in the Exchanges area."
    )


def test_documents_add_remove_with_undo(
    tmp_path: Path, page: ProjectsPage, app_context: AppContext, ids, monkeypatch, answer_yes
) -> None:
    panel = page.view.documents
    water = ids["water"]
    assert panel.list.table.objectName() == "projectDocumentsTable"
    files = [tmp_path / "fiche-projet.pdf", tmp_path / "photo.jpg"]
    for path in files:
        path.write_bytes(path.name.encode())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in files], "")
    )
    panel.add_action.trigger()

    def names() -> list[str]:
        return [d.filename for d in app_context.run(lambda s: list_project_documents(s, water))]

    assert names() == ["fiche-projet.pdf", "photo.jpg"]
    assert page.view.tabText(DOCUMENTS) == "Documents (2)"
    panel.list.select_id(panel.list.model.rows()[1].id)
    panel.remove_action.trigger()
    assert answer_yes[-1].startswith("Remove the document “photo.jpg” from this project?")
    assert names() == ["fiche-projet.pdf"]
    app_context.undo_stack.undo()
    assert names() == ["fiche-projet.pdf", "photo.jpg"]


def test_lessons_saved_undone_and_kept_when_leaving(
    qtbot, page: ProjectsPage, app_context: AppContext, ids, monkeypatch
) -> None:
    lessons = page.view.lessons
    water = ids["water"]
    assert not lessons.save_button.isEnabled()
    editor = lessons.edit.editor("fr")
    assert editor is not None
    qtbot.keyClicks(editor, "Former les fontainiers tot")
    assert lessons.save_button.isEnabled()
    qtbot.mouseClick(lessons.save_button, Qt.MouseButton.LeftButton)
    stored = app_context.run(lambda s: get_project(s, water))
    assert stored.lessons_learned == {"fr": "Former les fontainiers tot"}
    assert stored.summary == {"fr": "Deux forages", "en": "Two boreholes"}  # untouched
    assert not lessons.save_button.isEnabled()
    app_context.undo_stack.undo()
    assert app_context.run(lambda s: get_project(s, water)).lessons_learned == {}
    assert editor.toPlainText() == ""
    # Leaving the project with unsaved text asks; "Yes" saves it.
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClicks(editor, "Garder un stock")
    page.list.select_id(ids["other"])
    assert asked == ["Save the changes to the lessons learned of EAU-SN-01?"]
    qtbot.waitUntil(
        lambda: (
            app_context.run(lambda s: get_project(s, water)).lessons_learned
            == {"fr": "Garder un stock"}
        )
    )
    assert lessons.edit.value() == {}
    assert page.current_project().id == ids["other"]


def test_read_only_database_offers_no_change(qtbot, app_context: AppContext, ids) -> None:
    app_context.readonly = True
    page = ProjectsPage(app_context)
    qtbot.addWidget(page)
    assert page.list.select_id(ids["water"])
    view = page.view
    assert not page.new_action.isEnabled() and not page.delete_action.isEnabled()
    assert not view.partners.add_action.isEnabled()
    assert not view.partners.link_action.isEnabled()
    assert not view.risks.new_action.isEnabled()
    assert not view.documents.add_action.isEnabled()
    assert not view.lessons.edit.isEnabled()
