"""The partners page, driven as a user would: search, filters, dialogs, delete, undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from coopdesk.services.contacts import list_contacts
from coopdesk.services.organisations import get_organisation, list_organisations
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.organisation_dialog import OrganisationDialog
from coopdesk.ui.partners_page import PartnersPage

Seed = Callable[..., str]


@pytest.fixture
def page(qtbot, app_context: AppContext, add_partner: Seed) -> PartnersPage:
    add_partner("Commune de Dioffior", city="Dioffior", languages=("fr", "wo"))
    add_partner("Stadt Bad Waldsee", country="DE", city="Bad Waldsee")
    add_partner("Comité de jumelage", kind="association", country="FR")
    widget = PartnersPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def names(page: PartnersPage) -> list[str]:
    proxy = page.list.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def choose(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_lists_partners_sorted_with_count(page: PartnersPage) -> None:
    assert names(page) == ["Comité de jumelage", "Commune de Dioffior", "Stadt Bad Waldsee"]
    assert page.list.count_label.text() == "3 partner(s)"
    assert page.list.panel.message() is None


def test_search_as_you_type_ignores_case_and_accents(qtbot, page: PartnersPage) -> None:
    qtbot.keyClicks(page.search, "dioff")
    assert page.list.proxy.rowCount() == 1
    assert names(page) == ["Commune de Dioffior"]
    page.search.clear()
    qtbot.keyClicks(page.search, "comite")
    assert names(page) == ["Comité de jumelage"]
    qtbot.keyClicks(page.search, " zzz")
    assert page.list.proxy.rowCount() == 0
    assert page.list.panel.message() == "No partner matches the search or the filters."
    assert page.list.count_label.text() == "0 shown of 3 partner(s)"


def test_search_matches_country_names(qtbot, page: PartnersPage) -> None:
    qtbot.keyClicks(page.search, "germany")
    assert names(page) == ["Stadt Bad Waldsee"]


def test_kind_and_country_filters(page: PartnersPage) -> None:
    countries = [page.country_filter.itemData(i) for i in range(page.country_filter.count())]
    assert countries == ["", "FR", "DE", "SN"]  # "All", then by name: France, Germany, Senegal
    choose(page.kind_filter, "association")
    assert names(page) == ["Comité de jumelage"]
    choose(page.kind_filter, "")
    choose(page.country_filter, "SN")
    assert names(page) == ["Commune de Dioffior"]


def test_empty_state_when_no_partner(qtbot, app_context: AppContext) -> None:
    widget = PartnersPage(app_context)
    qtbot.addWidget(widget)
    assert widget.list.panel.message() == (
        "No partner yet — click “New partner” to add the first one."
    )
    assert not widget.edit_action.isEnabled()
    assert not widget.delete_action.isEnabled()


def fill_new_partner(qtbot, dialog: OrganisationDialog) -> None:
    qtbot.keyClicks(dialog.name_edit, "Commune de Ndiaganiao")
    choose(dialog.kind_combo, "local_authority")
    dialog.country_combo.setEditText("")
    qtbot.keyClicks(dialog.country_combo.lineEdit(), "Senegal")
    qtbot.keyClicks(dialog.city_edit, "Ndiaganiao")
    dialog.languages_picker.set_selected(["fr", "wo"])


def test_new_partner_through_the_dialog(qtbot, page: PartnersPage, app_context) -> None:
    dialog = page.new_partner()
    assert isinstance(dialog, OrganisationDialog)
    assert dialog.isVisible()
    fill_new_partner(qtbot, dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Commune de Ndiaganiao" in names(page)
    assert page.current_partner() is not None
    assert page.current_partner().name == "Commune de Ndiaganiao"
    stored = {r.name: r for r in app_context.run(list_organisations)}
    assert stored["Commune de Ndiaganiao"].country == "SN"
    assert stored["Commune de Ndiaganiao"].languages == ("fr", "wo")
    assert stored["Commune de Ndiaganiao"].city == "Ndiaganiao"


def test_new_partner_shortcut_and_enter_to_edit(qtbot, page: PartnersPage) -> None:
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(OrganisationDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "New partner"
    dialog.done(0)


def test_empty_name_and_bad_email_are_shown_inline(
    qtbot, page: PartnersPage, app_context: AppContext
) -> None:
    dialog = page.new_partner()
    assert dialog is not None
    choose(dialog.kind_combo, "school")
    dialog.country_combo.set_code("SN")
    qtbot.keyClicks(dialog.email_edit, "not-an-email")
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("name") == "This field is required."
    assert dialog.error_text("email") == "This is not a valid e-mail address."
    assert dialog.error_text("country") is None
    assert dialog.name_edit.property("invalid") is True
    assert dialog.email_edit.text() == "not-an-email"
    assert len(app_context.run(list_organisations)) == 3
    assert app_context.undo_stack.count() == 0
    # Fixing the fields and saving again works and clears the messages.
    qtbot.keyClicks(dialog.name_edit, "Lycee Senghor")
    dialog.email_edit.setText("contact@lycee.sn")
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Lycee Senghor" in names(page)


def test_unknown_country_text_is_refused(qtbot, page: PartnersPage) -> None:
    dialog = page.new_partner()
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Somewhere")
    qtbot.keyClicks(dialog.country_combo.lineEdit(), "Atlantis")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("country") == "Choose a country from the list."
    dialog.done(0)


def test_cancel_with_changes_asks_before_discarding(qtbot, page: PartnersPage, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = page.new_partner()
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Draft")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Draft"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert asked == ["Discard the changes you made?"] * 2


def test_cancel_without_changes_asks_nothing(qtbot, page: PartnersPage, answer_yes) -> None:
    page.list.table.selectRow(0)
    dialog = page.edit_partner()
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert answer_yes == []


def test_undo_and_redo_a_created_partner_keep_its_id(
    qtbot, page: PartnersPage, app_context: AppContext
) -> None:
    dialog = page.new_partner()
    assert dialog is not None
    fill_new_partner(qtbot, dialog)
    dialog.accept()
    new_id = dialog.record_id
    assert new_id is not None
    app_context.undo_stack.undo()
    assert "Commune de Ndiaganiao" not in names(page)
    assert new_id not in {r.id for r in app_context.run(list_organisations)}
    app_context.undo_stack.redo()
    assert "Commune de Ndiaganiao" in names(page)
    assert new_id in {r.id for r in app_context.run(list_organisations)}


def test_edit_then_undo_restores_old_values(
    qtbot, page: PartnersPage, app_context: AppContext
) -> None:
    assert page.list.select_id(page.list.model.rows()[0].id)
    row = page.current_partner()
    assert row is not None
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    dialog = page.findChild(OrganisationDialog)
    assert dialog is not None and dialog.windowTitle() == "Edit partner"
    assert dialog.name_edit.text() == row.name
    dialog.city_edit.setText("Fatick")
    dialog.accept()
    assert app_context.run(lambda s: get_organisation(s, row.id)).city == "Fatick"
    assert page.current_partner() is not None and page.current_partner().id == row.id
    app_context.undo_stack.undo()
    assert app_context.run(lambda s: get_organisation(s, row.id)).city == row.city
    assert page.current_partner() is not None and page.current_partner().city == row.city


def test_delete_with_confirmation_then_undo(
    qtbot, page: PartnersPage, app_context: AppContext, answer_yes: list[str]
) -> None:
    page.list.table.selectRow(0)
    row = page.current_partner()
    assert row is not None
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Delete)
    assert answer_yes == [f"Delete the partner “{row.name}”? You can undo this with Ctrl+Z."]
    assert row.name not in names(page)
    assert row.id not in {r.id for r in app_context.run(list_organisations)}
    app_context.undo_stack.undo()
    assert row.id in {r.id for r in app_context.run(list_organisations)}
    assert row.name in names(page)


def test_delete_answered_no_keeps_the_partner(
    page: PartnersPage, app_context: AppContext, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    page.list.table.selectRow(0)
    page.delete_partner()
    assert len(app_context.run(list_organisations)) == 3


def test_delete_refused_while_contacts_exist(
    page: PartnersPage,
    app_context: AppContext,
    add_contact: Seed,
    answer_yes: list[str],
    warnings_shown: list[str],
) -> None:
    org = next(r for r in page.list.model.rows() if r.name == "Stadt Bad Waldsee")
    add_contact(org.id, "Schmidt")
    page.reload()
    page.list.select_id(org.id)
    page.delete_partner()
    assert warnings_shown == [
        "Stadt Bad Waldsee cannot be deleted: it is still referred to by 1 contact."
    ]
    assert org.id in {r.id for r in app_context.run(list_organisations)}
    assert app_context.undo_stack.count() == 0


def test_contacts_of_the_selected_partner(
    qtbot, page: PartnersPage, app_context: AppContext, add_contact: Seed, answer_yes
) -> None:
    assert not page.contacts.new_action.isEnabled()
    org = next(r for r in page.list.model.rows() if r.name == "Commune de Dioffior")
    add_contact(org.id, "Ndiaye", first_name="Awa")
    page.reload()
    page.list.select_id(org.id)
    contacts = page.contacts.list
    assert contacts.total_count() == 1
    assert page.contacts.title.text() == "Contacts of Commune de Dioffior"
    # New contact through the dialog.
    dialog = page.contacts.new_contact()
    assert dialog is not None
    qtbot.keyClicks(dialog.first_name_edit, "Moussa")
    qtbot.keyClicks(dialog.last_name_edit, "Sarr")
    qtbot.keyClicks(dialog.email_edit, "moussa@example.sn")
    dialog.language_combo.set_code("wo")
    qtbot.mouseClick(dialog.consent_check, Qt.MouseButton.LeftButton)
    assert dialog.consent_date_edit.date() is not None
    dialog.accept()
    assert not dialog.isVisible()
    stored = app_context.run(lambda s: list_contacts(s, organisation_id=org.id))
    assert sorted(c.last_name for c in stored) == ["Ndiaye", "Sarr"]
    sarr = next(c for c in stored if c.last_name == "Sarr")
    assert sarr.preferred_language == "wo" and sarr.consent_given
    assert contacts.total_count() == 2
    assert contacts.current_id() == sarr.id
    # The partner's contact count follows.
    assert page.current_partner() is not None and page.current_partner().contact_count == 2
    # Delete it (Delete key on the contacts table), then undo.
    contacts.table.setFocus()
    qtbot.keyClick(contacts.table, Qt.Key.Key_Delete)
    assert answer_yes[-1].startswith("Delete the contact “Moussa Sarr”?")
    assert contacts.total_count() == 1
    app_context.undo_stack.undo()
    assert contacts.total_count() == 2
    assert sarr.id in {c.id for c in app_context.run(lambda s: list_contacts(s))}


def test_contact_without_last_name_is_refused_inline(
    qtbot, page: PartnersPage, app_context: AppContext
) -> None:
    page.list.table.selectRow(0)
    dialog = page.contacts.new_contact()
    assert dialog is not None
    qtbot.keyClicks(dialog.first_name_edit, "Awa")
    qtbot.keyClicks(dialog.email_edit, "awa@")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("last_name") == "This field is required."
    assert dialog.error_text("email") == "This is not a valid e-mail address."
    assert app_context.run(lambda s: list_contacts(s)) == []
    dialog.done(0)
