"""The exchange dialog: partners, participants (persons or counts), duplicates, one undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from coopdesk.services.errors import FieldError
from coopdesk.services.exchange_list import list_exchanges
from coopdesk.services.exchanges import get_exchange
from coopdesk.services.participants import get_participants
from coopdesk.store.models import Participant, ParticipantCount
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.exchange_dialog import ExchangeDialog
from coopdesk.ui.exchanges_page import ExchangesPage
from coopdesk.ui.models import participant_table_model as ptm

Seed = Callable[..., str]
START = dt.date(2025, 5, 12)
CONSENT_DAY = dt.date(2025, 4, 2)


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing test's dialog, closed at teardown, must not wait for an answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)


@pytest.fixture
def partners(add_partner: Seed) -> dict[str, str]:
    return {
        "school": add_partner("École Jules Ferry de Dioffior", kind="school"),
        "dioffior": add_partner("Commune de Dioffior"),
        "waldsee": add_partner("Stadt Bad Waldsee", country="DE"),
    }


@pytest.fixture
def page(qtbot, app_context: AppContext, partners: dict[str, str]) -> ExchangesPage:
    widget = ExchangesPage(app_context)
    qtbot.addWidget(widget)
    widget.set_year(2025)
    widget.resize(1100, 700)
    widget.show()
    return widget


def fill_exchange(dialog: ExchangeDialog, partner_ids: list[str], title: str) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("school_exchange"))
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("incoming"))
    dialog.title_edit.setText(title)
    dialog.start_edit.setDate(QDate(START.year, START.month, START.day))
    dialog.end_edit.set_date(START + dt.timedelta(days=4))
    for pid in partner_ids:
        item = dialog.partners_picker.item_for(pid)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked)


def set_cell(dialog: ExchangeDialog, row: int, column: int, value: object) -> None:
    model = dialog.participants_editor.model
    assert model.setData(model.index(row, column), value)


def tick(dialog: ExchangeDialog, row: int, column: int) -> None:
    model = dialog.participants_editor.model
    model.setData(model.index(row, column), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def add_pupil(dialog: ExchangeDialog, first: str, last: str, sex: str, org: str) -> int:
    row = dialog.participants_editor.add_person()
    set_cell(dialog, row, ptm.FIRST, first)
    set_cell(dialog, row, ptm.LAST, last)
    set_cell(dialog, row, ptm.ROLE, "élève")
    set_cell(dialog, row, ptm.ORGANISATION, org)
    set_cell(dialog, row, ptm.SEX, sex)
    set_cell(dialog, row, ptm.AGE, "12-17")
    return row


def count(app_context: AppContext, table: type) -> int:
    return app_context.run(lambda s: s.scalar(select(func.count()).select_from(table)))


def test_school_exchange_with_five_pupils_then_undo_and_redo(
    qtbot, page: ExchangesPage, app_context: AppContext, partners: dict[str, str]
) -> None:
    dialog = page.new_exchange()
    assert isinstance(dialog, ExchangeDialog)
    fill_exchange(dialog, [partners["school"], partners["dioffior"]], "Correspondants de Dioffior")
    editor = dialog.participants_editor
    # The first pupil's first name is typed in the table itself.
    row = editor.add_person()
    cell = editor.table.viewport().findChild(QLineEdit)
    assert cell is not None, "Add a person starts typing the first name"
    qtbot.keyClicks(cell, "Awa")
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # commits the cell only
    qtbot.waitUntil(lambda: editor.model.index(row, ptm.FIRST).data() == "Awa")
    assert dialog.isVisible() and dialog.error_text("title") is None
    set_cell(dialog, row, ptm.LAST, "Diouf")
    set_cell(dialog, row, ptm.SEX, "female")
    set_cell(dialog, row, ptm.AGE, "12-17")
    pupils = [("Moussa", "Sarr", "male"), ("Fatou", "Ndiaye", "female"),
              ("Ibrahima", "Faye", "male"), ("Aminata", "Diop", "female")]  # fmt: skip
    for first, last, sex in pupils:
        add_pupil(dialog, first, last, sex, partners["school"])
    for r in range(5):
        assert editor.model.index(r, ptm.MINOR).data(Qt.ItemDataRole.CheckStateRole) == (
            Qt.CheckState.Checked
        ), "12 to 17 years ticks Minor"
        tick(dialog, r, ptm.CONSENT)
        set_cell(dialog, r, ptm.CONSENT_DATE, CONSENT_DAY)
    assert editor.tabs.tabText(0) == "Listed persons (5)"
    assert editor.total_label.text() == "Total: 5 participant(s)"
    dialog.accept()
    assert dialog.result() == ExchangeDialog.DialogCode.Accepted

    eid = dialog.record_id
    assert eid is not None
    assert page.current_exchange() is not None and page.current_exchange().id == eid
    proxy = page.list.proxy
    shown = [proxy.index(0, c).data() for c in range(proxy.columnCount())]
    assert shown == [
        "12/05/2025",
        "School exchange",
        "Incoming",
        "Correspondants de Dioffior",
        "Commune de Dioffior, École Jules Ferry de Dioffior",
        "",
        "5",
    ]
    stored = app_context.run(lambda s: get_participants(s, eid)).persons
    assert sorted(p.first_name for p in stored) == ["Aminata", "Awa", "Fatou", "Ibrahima", "Moussa"]
    assert all(p.is_minor and p.consent_given and p.consent_date == CONSENT_DAY for p in stored)
    assert {p.organisation_id for p in stored} == {partners["school"], None}
    assert app_context.run(lambda s: get_exchange(s, eid)).end_date == dt.date(2025, 5, 16)
    assert page.details.participants.model.value(1, 4) == 5  # 12 to 17 years, total

    app_context.undo_stack.undo()
    assert app_context.run(list_exchanges) == []
    assert count(app_context, Participant) == 0
    assert page.list.total_count() == 0
    app_context.undo_stack.redo()
    assert [r.id for r in app_context.run(list_exchanges)] == [eid]
    assert count(app_context, Participant) == 5
    assert page.list.proxy.index(0, 6).data() == "5"


def test_a_minor_without_consent_is_refused_inline(
    qtbot, page: ExchangesPage, app_context: AppContext, partners: dict[str, str]
) -> None:
    dialog = page.new_exchange()
    assert dialog is not None
    fill_exchange(dialog, [partners["school"]], "Classe de 5e")
    add_pupil(dialog, "Lamine", "Ba", "male", partners["school"])
    adult = dialog.participants_editor.add_person()
    set_cell(dialog, adult, ptm.LAST, "Gueye")
    dialog.accept()
    assert dialog.isVisible()
    editor = dialog.participants_editor
    assert editor.error_lines() == [
        "Person 1: A minor needs the consent of a parent or guardian, with its date."
    ]
    assert editor.model.error_at(0, ptm.CONSENT) is not None
    assert editor.model.index(0, ptm.CONSENT).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.table.currentIndex().row() == 0
    assert app_context.run(list_exchanges) == []
    assert count(app_context, Participant) == 0
    # Fixing the cell clears its highlight; saving then works.
    tick(dialog, 0, ptm.CONSENT)
    assert editor.model.error_at(0, ptm.CONSENT) is None
    dialog.accept()
    assert not dialog.isVisible()
    assert count(app_context, Participant) == 2


def test_missing_fields_and_participants_are_shown_together(
    page: ExchangesPage, app_context: AppContext
) -> None:
    dialog = page.new_exchange()
    assert dialog is not None
    dialog.participants_editor.add_person()  # no name
    dialog.accept()
    assert dialog.error_text("title") == "This field is required."
    assert dialog.error_text("partner_ids") == "Choose at least one partner."
    assert dialog.participants_editor.error_lines() == [
        "Person 1: Enter the person's first or last name."
    ]
    assert app_context.run(list_exchanges) == []
    dialog.done(0)


def test_counts_by_sex_and_age_refuse_negative_numbers(
    qtbot, page: ExchangesPage, app_context: AppContext, partners: dict[str, str]
) -> None:
    dialog = page.new_exchange()
    assert dialog is not None
    fill_exchange(dialog, [partners["waldsee"]], "Concert des chorales")
    editor = dialog.participants_editor
    editor.tabs.setCurrentIndex(1)
    women = editor.spins[("female", "26-64")]
    women.lineEdit().selectAll()
    qtbot.keyClicks(women, "-7")  # the minus sign is refused as it is typed
    assert women.value() == 7
    editor.spins[("male", "65+")].setValue(4)
    women.setValue(-3)  # even from code, the grid cannot hold a negative number
    assert women.value() == 0
    women.setValue(7)
    assert editor.tabs.tabText(1) == "Counted by sex and age (11)"
    # A count the service refuses is outlined in the grid, with its message.
    assert [c.count for c in editor.counts()] == [7, 4]
    editor.show_errors([FieldError("counts[1].count", "A number cannot be negative.")])
    assert editor.error_lines() == ["Male, 65 years and over: A number cannot be negative."]
    assert "border" in editor.spins[("male", "65+")].styleSheet()
    editor.clear_errors()
    dialog.accept()
    assert not dialog.isVisible()
    eid = dialog.record_id
    counts = app_context.run(lambda s: get_participants(s, eid)).counts
    assert {(c.sex, c.age_group, c.count) for c in counts} == {
        ("female", "26-64", 7),
        ("male", "65+", 4),
    }
    assert count(app_context, ParticipantCount) == 2


def test_duplicate_warning_no_then_yes(
    monkeypatch,
    page: ExchangesPage,
    app_context: AppContext,
    partners: dict[str, str],
    add_exchange: Seed,
) -> None:
    add_exchange(partners["waldsee"], "Délégation de Bad Waldsee", START, "official_delegation")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = page.new_exchange()
    assert dialog is not None
    fill_exchange(dialog, [partners["waldsee"]], "Visite de la chorale")
    dialog.accept()
    assert dialog.isVisible()
    assert asked == [
        "This looks like an exchange already recorded:\n"
        "• “Délégation de Bad Waldsee”, 12/05/2025, Stadt Bad Waldsee\n"
        "Save anyway?"
    ]
    assert len(app_context.run(list_exchanges)) == 1
    answer[0] = QMessageBox.StandardButton.Yes
    dialog.accept()
    assert not dialog.isVisible()
    assert len(app_context.run(list_exchanges)) == 2


def test_escape_asks_before_discarding(
    qtbot, monkeypatch, page: ExchangesPage, partners: dict[str, str]
) -> None:
    dialog = page.new_exchange()
    assert dialog is not None
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()  # nothing typed: closes at once
    dialog = page.new_exchange()
    assert dialog is not None
    dialog.title_edit.setText("Brouillon")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard the changes you made?"]
    assert dialog.isVisible()
    dialog.done(0)


def test_remote_meeting_sets_the_remote_direction(page: ExchangesPage) -> None:
    dialog = page.new_exchange()
    assert dialog is not None
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("remote_meeting"))
    assert dialog.direction_combo.currentData() == "remote"
    dialog.done(0)
