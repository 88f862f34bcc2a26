"""Tools ▸ Personal data: find a person, export everything held, erase it; retention."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from coopdesk.services.participants import PersonData, set_participants
from coopdesk.store.models import Participant
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.privacy_dialog import PrivacyDialog
from coopdesk.ui.main_window import MainWindow


@pytest.fixture
def people(app_context: AppContext, add_partner, add_contact, add_exchange) -> dict[str, str]:
    """A contact at a partner, and two named participants of a 2015 exchange (one a minor)."""
    org = add_partner("Commune de Ndiaganiao")
    contact = add_contact(org, "Diouf", first_name="Awa", email="awa.diouf@example.sn")
    exchange = add_exchange(
        org, "Chantier de jeunes 2015", start=dt.date(2015, 7, 1), end_date=dt.date(2015, 7, 20)
    )
    persons = [
        PersonData(last_name="Sarr", first_name="Ousmane", sex="male", age_group="12-17",
                   is_minor=True, consent_given=True, consent_date=dt.date(2015, 6, 2)),
        PersonData(last_name="Ndiaye", first_name="Fatou", sex="female", age_group="18-25"),
    ]
    app_context.run(lambda s: set_participants(s, exchange, persons, []))
    return {"org": org, "contact": contact, "exchange": exchange}


@pytest.fixture
def dialog(qtbot, app_context: AppContext, people) -> PrivacyDialog:
    d = PrivacyDialog(app_context)
    qtbot.addWidget(d)
    d.open()
    return d


def _search(dialog: PrivacyDialog, text: str) -> None:
    dialog.search_edit.setText(text)
    dialog.search_button.click()


def _participants(app_context: AppContext) -> list[tuple[str, str, str, bool]]:
    rows = app_context.run(lambda s: s.execute(
        select(Participant.first_name, Participant.last_name, Participant.sex,
               Participant.anonymised).order_by(Participant.sex)
    ).all())
    return [tuple(r) for r in rows]


def test_search_shows_where_a_person_appears(dialog: PrivacyDialog) -> None:
    _search(dialog, "ousmane")
    assert dialog.results.topLevelItemCount() == 1
    row = dialog.results.topLevelItem(0)
    assert [row.text(i) for i in range(4)] == [
        "Ousmane Sarr", "Participant", "", "Chantier de jeunes 2015"
    ]
    lines = [dialog.where_list.item(i).text() for i in range(dialog.where_list.count())]
    assert "Participant in the exchange Chantier de jeunes 2015" in lines
    assert "Flagged as a minor" in lines
    assert "Consent recorded on 2 Jun 2015" in lines
    assert any("history" in line for line in lines)
    assert dialog.export_button.isEnabled() and dialog.erase_button.isEnabled()


def test_search_by_email_finds_the_contact(dialog: PrivacyDialog) -> None:
    _search(dialog, "awa.diouf@example.sn")
    assert dialog.results.topLevelItemCount() == 1
    assert dialog.results.topLevelItem(0).text(2) == "awa.diouf@example.sn"
    lines = [dialog.where_list.item(i).text() for i in range(dialog.where_list.count())]
    assert lines[0] == "Contact of the partner Commune de Ndiaganiao"
    _search(dialog, "nobody at all")
    assert dialog.results.topLevelItemCount() == 0
    assert not dialog.export_button.isEnabled() and not dialog.erase_button.isEnabled()


def test_export_writes_everything_as_json(dialog: PrivacyDialog, tmp_path: Path) -> None:
    _search(dialog, "Diouf")
    out = tmp_path / "export" / "awa.json"
    out.parent.mkdir()
    assert dialog.export_selected(out) == out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "coopdesk-person-export"
    [person] = data["persons"]
    assert person["kind"] == "contact" and person["record"]["email"] == "awa.diouf@example.sn"
    assert sorted(p.name for p in out.parent.iterdir()) == ["awa.json"]  # no temp file left
    assert str(out) in dialog.message.text()


def test_export_to_a_missing_folder_is_explained(dialog: PrivacyDialog, tmp_path) -> None:
    _search(dialog, "Diouf")
    assert dialog.export_selected(tmp_path / "absent" / "x.json") is None
    assert "does not exist" in dialog.message.text()


def test_erase_anonymises_and_keeps_statistics(
    dialog: PrivacyDialog, app_context: AppContext, db_path: Path, answer_yes: list[str]
) -> None:
    app_context.undo_stack.push(_noop_command())
    _search(dialog, "Ousmane Sarr")
    result = dialog.erase_selected()
    assert result is not None and result.anonymised == 1
    assert "cannot be undone" in answer_yes[0] and "Ousmane Sarr" in answer_yes[0]
    assert _participants(app_context) == [
        ("Fatou", "Ndiaye", "female", False), ("", "", "male", True),
    ]
    assert app_context.undo_stack.count() == 0  # no undo could bring the name back
    assert dialog.results.topLevelItemCount() == 0  # searched again: gone
    assert dialog.message.text().startswith("Anonymised: 1; deleted: 0")
    raw = db_path.read_bytes() + _wal(db_path)
    assert b"Ousmane" not in raw  # VACUUM: not even in the file's free pages


def test_erase_refused_at_the_confirmation(dialog, app_context, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    _search(dialog, "Ousmane")
    assert dialog.erase_selected() is None
    assert ("Ousmane", "Sarr", "male", False) in _participants(app_context)


def test_read_only_database_cannot_erase(qtbot, app_context: AppContext, people) -> None:
    app_context.readonly = True
    d = PrivacyDialog(app_context)
    qtbot.addWidget(d)
    _search(d, "Ousmane")
    assert d.export_button.isEnabled() and not d.erase_button.isEnabled()
    assert not d.retention.anonymise_button.isEnabled()


def test_retention_tab_lists_and_anonymises(
    dialog: PrivacyDialog, app_context: AppContext, answer_yes: list[str]
) -> None:
    tab = dialog.retention
    assert tab.table.topLevelItemCount() == 2  # the 2015 exchange is older than 5 years
    assert tab.table.topLevelItem(0).text(1) == "Chantier de jeunes 2015"
    assert tab.summary.text().startswith("2 participant")
    assert tab.years_spin.value() == 5
    tab.years_spin.setValue(20)
    tab.apply_button.click()
    assert tab.table.topLevelItemCount() == 0 and not tab.anonymise_button.isEnabled()
    tab.years_spin.setValue(5)
    tab.apply_button.click()
    assert tab.anonymise()
    assert "2 participant" in answer_yes[0] and "cannot be undone" in answer_yes[0]
    assert tab.table.topLevelItemCount() == 0
    assert [p[3] for p in _participants(app_context)] == [True, True]
    assert tab.message.text().startswith("Anonymised: 2")


def test_reminder_once_a_day_opens_the_retention_tab(
    qtbot, app_context: AppContext, settings: QSettings, people
) -> None:
    window = MainWindow(app_context, settings)
    qtbot.addWidget(window)
    reminder = window.trust_menu.reminder
    assert reminder is not None
    qtbot.waitUntil(lambda: not reminder.button.isHidden())  # the start-up check
    assert reminder.button.text().startswith("2 participant")
    assert reminder.check() == 0  # once a day
    assert reminder.check(dt.date.today() + dt.timedelta(days=1)) == 2
    dialog = reminder.open_list()
    assert isinstance(dialog, PrivacyDialog)
    assert dialog.tabs.currentWidget() is dialog.retention
    assert reminder.button.isHidden()
    dialog.close()


def test_menus_hold_the_new_actions(qtbot, app_context: AppContext, settings) -> None:
    window = MainWindow(app_context, settings)
    qtbot.addWidget(window)
    assert window.trust_menu.check_action in window.help_menu.actions()
    assert window.trust_menu.privacy_action in window.tools_menu.actions()
    dialog = window.trust_menu.personal_data()
    assert isinstance(dialog, PrivacyDialog) and dialog.isVisible()
    dialog.close()


def _wal(db_path: Path) -> bytes:
    wal = Path(f"{db_path}-wal")
    return wal.read_bytes() if wal.exists() else b""


def _noop_command():
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand("edit")


def test_no_named_participant_counts_are_lost(dialog, app_context, answer_yes) -> None:
    _search(dialog, "Fatou")
    dialog.erase_selected()
    count = app_context.run(
        lambda s: s.scalar(select(func.count()).select_from(Participant))
    )
    assert count == 2


def test_record_of_processing_button_writes_the_pdf_and_offers_to_open_it(
    qtbot, app_context: AppContext, people, settings: QSettings, tmp_path: Path, monkeypatch
) -> None:
    from pypdf import PdfReader

    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from coopdesk.ui.auto_backup import BackupPreferences, save_preferences

    save_preferences(settings, BackupPreferences(True, str(tmp_path / "sauvegardes"), 4))
    dialog = PrivacyDialog(app_context, settings=settings)
    qtbot.addWidget(dialog)
    dialog.open()
    target = tmp_path / "registre.pdf"
    suggested: list[str] = []

    def save_name(_parent, _title, where, _filter):
        suggested.append(where)
        return str(target), ""

    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    assert dialog.register_button.text() == "Record of processing…"
    dialog.register_button.click()
    assert suggested[0].endswith(".pdf") and Path(suggested[0]).parent == tmp_path
    assert opened == [str(target)] and str(target) in dialog.message.text()
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Fiche 2 — Échanges et mobilités" in text and "Sénégal" in text
    # The backup preferences of this computer are the ones printed.
    assert str(tmp_path / "sauvegardes") in text.replace(" ", "")  # wrapped lines rejoined
    assert "les 4 copies les plus récentes" in text

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(tmp_path / "absent" / "r.pdf"), ""))
    opened.clear()
    assert dialog.write_register() is None
    assert "Nothing was written" in dialog.message.text() and opened == []
