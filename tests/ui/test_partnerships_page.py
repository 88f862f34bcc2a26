"""The partnerships page: filters, dialog with its date rules, delete/undo, documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton

from coopdesk.services.attachments import list_partnership_documents
from coopdesk.services.partnerships import get_partnership, list_partnerships
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.partnership_dialog import PartnershipDialog
from coopdesk.ui.partnerships_page import PartnershipsPage

Seed = Callable[..., str]


@pytest.fixture
def partners(add_partner: Seed) -> dict[str, str]:
    return {
        "dioffior": add_partner("Commune de Dioffior", languages=("fr", "wo")),
        "waldsee": add_partner("Stadt Bad Waldsee", country="DE", languages=("de",)),
    }


@pytest.fixture
def page(
    qtbot, app_context: AppContext, partners: dict[str, str], add_partnership: Seed
) -> PartnershipsPage:
    add_partnership(partners["waldsee"], "Charte de jumelage")
    add_partnership(
        partners["dioffior"],
        "Convention de coopération",
        kind="cooperation_convention",
        valid_until=dt.date(2025, 12, 31),
        deliberation_number="2022-014",
        deliberation_date=dt.date(2022, 2, 10),
    )
    widget = PartnershipsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def titles(page: PartnershipsPage) -> list[str]:
    proxy = page.list.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def choose(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_rows_show_formatted_values(page: PartnershipsPage) -> None:
    assert titles(page) == ["Charte de jumelage", "Convention de coopération"]
    proxy = page.list.proxy
    row = [proxy.index(1, c).data() for c in range(proxy.columnCount())]
    assert row == [
        "Convention de coopération",
        "Commune de Dioffior",
        "Decentralised cooperation convention",
        "Active",
        "04/05/2019",
        "31/12/2025",
        "2022-014 — 10/02/2022",
        "0",
    ]
    assert page.list.count_label.text() == "2 partnership(s)"


def test_search_and_filters(qtbot, page: PartnershipsPage) -> None:
    qtbot.keyClicks(page.search, "waldsee")
    assert titles(page) == ["Charte de jumelage"]
    page.search.clear()
    qtbot.keyClicks(page.search, "2022-014")
    assert titles(page) == ["Convention de coopération"]
    page.search.clear()
    choose(page.kind_filter, "twinning_charter")
    assert titles(page) == ["Charte de jumelage"]
    choose(page.kind_filter, "")
    choose(page.status_filter, "ended")
    assert titles(page) == []
    assert page.list.panel.message() == "No partnership matches the search or the filters."
    choose(page.status_filter, "")
    choose(page.country_filter, "SN")
    assert titles(page) == ["Convention de coopération"]


def test_new_partnership_gets_partner_languages_and_is_saved(
    qtbot, page: PartnershipsPage, app_context: AppContext, partners: dict[str, str]
) -> None:
    dialog = page.new_partnership()
    assert isinstance(dialog, PartnershipDialog)
    dialog.partner_combo.set_code(partners["dioffior"])
    assert dialog.title_edit.languages() == ["fr", "wo"]
    choose(dialog.kind_combo, "friendship_pact")
    fr, wo = dialog.title_edit.line_edit("fr"), dialog.title_edit.line_edit("wo")
    assert fr is not None and wo is not None
    fr.setText("Pacte d'amitié")
    qtbot.keyClicks(wo, "Mbokk")
    dialog.signed_on_edit.set_date(dt.date(2023, 4, 1))
    dialog.accept()
    assert not dialog.isVisible()
    assert "Pacte d'amitié" in titles(page)
    stored = app_context.run(lambda s: get_partnership(s, dialog.record_id))
    assert stored.title == {"fr": "Pacte d'amitié", "wo": "Mbokk"}
    assert stored.kind == "friendship_pact"
    assert stored.signed_on == dt.date(2023, 4, 1)
    assert stored.valid_until is None
    assert page.current_partnership() is not None
    assert page.current_partnership().id == dialog.record_id


def test_valid_until_before_signed_on_is_shown_inline(
    page: PartnershipsPage, app_context: AppContext, partners: dict[str, str]
) -> None:
    dialog = page.new_partnership(partners["waldsee"])
    assert dialog is not None
    assert dialog.partner_combo.code() == partners["waldsee"]
    title = dialog.title_edit.line_edit("de")
    assert title is not None
    title.setText("Freundschaft")
    dialog.signed_on_edit.set_date(dt.date(2020, 1, 1))
    dialog.valid_until_edit.set_date(dt.date(2019, 1, 1))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("valid_until") == (
        "The end of validity must be after the signature date."
    )
    assert dialog.valid_until_edit.focusProxy().property("invalid") is True
    assert len(app_context.run(list_partnerships)) == 2
    dialog.done(0)


def test_missing_partner_and_title_are_shown_inline(page: PartnershipsPage) -> None:
    dialog = page.new_partnership()
    assert dialog is not None
    dialog.accept()
    assert dialog.error_text("organisation_id") == "Choose a partner from the list."
    assert dialog.error_text("title") == "Enter the title in at least one language."
    dialog.done(0)


def test_add_a_title_language(qtbot, page: PartnershipsPage) -> None:
    dialog = page.new_partnership()
    assert dialog is not None
    edit = dialog.title_edit
    combo = edit.findChild(QComboBox, "addLanguageCombo")
    qtbot.keyClicks(combo.lineEdit(), "Spanish")
    qtbot.mouseClick(edit.findChild(QPushButton, "addLanguageButton"), Qt.MouseButton.LeftButton)
    assert edit.languages() == ["fr", "es"]
    edit.remove_language("es")
    assert edit.languages() == ["fr"]
    dialog.done(0)


def test_edit_then_undo(page: PartnershipsPage, app_context: AppContext) -> None:
    page.list.table.selectRow(1)
    row = page.current_partnership()
    assert row is not None
    dialog = page.edit_partnership()
    assert dialog is not None
    assert dialog.deliberation_number_edit.text() == "2022-014"
    choose(dialog.status_combo, "suspended")
    dialog.accept()
    assert app_context.run(lambda s: get_partnership(s, row.id)).status == "suspended"
    app_context.undo_stack.undo()
    assert app_context.run(lambda s: get_partnership(s, row.id)).status == "active"
    assert page.current_partnership() is not None
    assert page.current_partnership().status == "active"


def add_document(page: PartnershipsPage, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.documents.add_action.trigger()


def test_documents_add_open_save_remove_with_undo(
    tmp_path: Path,
    monkeypatch,
    page: PartnershipsPage,
    app_context: AppContext,
    answer_yes: list[str],
) -> None:
    page.list.table.selectRow(0)
    row = page.current_partnership()
    assert row is not None
    assert page.documents.add_action.isEnabled()
    assert not page.documents.open_action.isEnabled()
    source = tmp_path / "charte-signee.pdf"
    source.write_bytes(b"%PDF-1.4 signed charter")
    add_document(page, monkeypatch, source)
    docs = app_context.run(lambda s: list_partnership_documents(s, row.id))
    assert [d.filename for d in docs] == ["charte-signee.pdf"]
    assert page.documents.list.total_count() == 1
    assert page.documents.list.current_id() == docs[0].id
    assert page.current_partnership() is not None
    assert page.current_partnership().document_count == 1
    # Open: a copy in a temporary folder handed to the desktop.
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.documents.open_action.trigger()
    assert len(opened) == 1
    assert Path(opened[0].toLocalFile()).read_bytes() == b"%PDF-1.4 signed charter"
    # Save as.
    dest = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    page.documents.save_action.trigger()
    assert dest.read_bytes() == b"%PDF-1.4 signed charter"
    # Remove (confirmed), then undo and redo.
    page.documents.remove_action.trigger()
    assert answer_yes[-1].startswith("Remove the document “charte-signee.pdf”")
    assert app_context.run(lambda s: list_partnership_documents(s, row.id)) == []
    assert page.documents.list.panel.message() is not None
    app_context.undo_stack.undo()
    assert len(app_context.run(lambda s: list_partnership_documents(s, row.id))) == 1
    app_context.undo_stack.undo()  # undo the add
    assert app_context.run(lambda s: list_partnership_documents(s, row.id)) == []
    app_context.undo_stack.redo()
    assert len(app_context.run(lambda s: list_partnership_documents(s, row.id))) == 1


def test_empty_document_is_refused(
    tmp_path: Path, monkeypatch, page: PartnershipsPage, warnings_shown: list[str]
) -> None:
    page.list.table.selectRow(0)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    add_document(page, monkeypatch, empty)
    assert warnings_shown == ["This file is empty."]
    assert page.documents.list.total_count() == 0


def test_delete_then_undo_relinks_documents(
    tmp_path: Path,
    monkeypatch,
    page: PartnershipsPage,
    app_context: AppContext,
    answer_yes: list[str],
) -> None:
    page.list.table.selectRow(0)
    row = page.current_partnership()
    assert row is not None
    source = tmp_path / "charte.pdf"
    source.write_bytes(b"charter")
    add_document(page, monkeypatch, source)
    page.list.select_id(row.id)
    page.delete_action.trigger()
    assert answer_yes[-1] == (
        "Delete the partnership “Charte de jumelage” with Stadt Bad Waldsee? "
        "You can undo this with Ctrl+Z."
    )
    assert row.id not in {r.id for r in app_context.run(list_partnerships)}
    assert "Charte de jumelage" not in titles(page)
    app_context.undo_stack.undo()
    assert row.id in {r.id for r in app_context.run(list_partnerships)}
    docs = app_context.run(lambda s: list_partnership_documents(s, row.id))
    assert [d.filename for d in docs] == ["charte.pdf"]
    app_context.undo_stack.redo()
    assert row.id not in {r.id for r in app_context.run(list_partnerships)}
