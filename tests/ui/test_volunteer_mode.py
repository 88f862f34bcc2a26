"""Volunteer mode: only "My visits", one's own visits, others' refused; the quick log action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import update

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from coopdesk.services.exchange_list import list_exchanges
from coopdesk.services.exchanges import get_exchange_full
from coopdesk.services.volunteer import VisitLogData, log_visit
from coopdesk.store.models import Exchange
from coopdesk.ui.areas import STAFF_AREAS, VOLUNTEER_AREAS
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.visit_log_dialog import VisitLogDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.volunteer_name import VOLUNTEER_NAME_KEY, ask_volunteer_name
from coopdesk.ui.volunteer_page import MyVisitsPage

Seed = Callable[..., str]
DAY = dt.date(2025, 4, 12)


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing test's dialog, closed at teardown, must not wait for an answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)


@pytest.fixture
def visits(app_context: AppContext, add_partner: Seed) -> dict[str, str]:
    dioffior = add_partner("Commune de Dioffior")
    waldsee = add_partner("Stadt Bad Waldsee", country="DE")

    def log(name: str, partner: str, day: dt.date, count: int, note: str) -> str:
        data = VisitLogData(
            date=day, partner_id=partner, participant_count=count, note=note, logged_by=name
        )
        return app_context.run(lambda s: log_visit(s, data))

    return {
        "dioffior": dioffior,
        "waldsee": waldsee,
        "awa_1": log("Awa Ndiaye", dioffior, DAY, 5, "Jardin partagé"),
        "awa_2": log("Awa Ndiaye", waldsee, DAY + dt.timedelta(days=30), 3, "Chorale"),
        "jean": log("Jean Dupont", dioffior, DAY, 8, "Bibliothèque"),
    }


@pytest.fixture
def window(
    qtbot, app_context: AppContext, settings: QSettings, visits: dict[str, str]
) -> MainWindow:
    app_context.user_name = "awa  ndiaye"  # the same person, typed differently
    w = MainWindow(app_context, settings, areas=VOLUNTEER_AREAS, volunteer=True)
    qtbot.addWidget(w)
    w.show()
    return w


def test_only_my_visits_are_shown(window: MainWindow, visits: dict[str, str]) -> None:
    assert [window.areas.item(i).text() for i in range(window.areas.count())] == ["My visits"]
    assert list(window.pages) == ["visit"]
    page = window.pages["visit"]
    assert isinstance(page, MyVisitsPage)
    assert window.windowTitle() == "test.coopdb — CoopDesk, volunteer mode"
    assert window.findChild(QAction, "newDatabaseAction") is not None
    assert window.new_database_action not in window.menuBar().actions()[0].menu().actions()
    assert window.open_database_action in window.menuBar().actions()[0].menu().actions()
    proxy = page.list.proxy
    rows = [[proxy.index(r, c).data() for c in range(7)] for r in range(proxy.rowCount())]
    assert rows == [
        ["12/05/2025", "Volunteer visit", "Outgoing", "Stadt Bad Waldsee", "3", "Chorale", "0"],
        ["12/04/2025", "Volunteer visit", "Outgoing", "Commune de Dioffior", "5",
         "Jardin partagé", "0"],
    ]  # fmt: skip
    assert window.counts_label.text() == "2 visit(s)"


def test_editing_my_visit(window: MainWindow, app_context: AppContext, visits) -> None:
    page = window.pages["visit"]
    assert isinstance(page, MyVisitsPage)
    page.list.select_id(visits["awa_1"])
    dialog = page.edit_visit()
    assert isinstance(dialog, VisitLogDialog)
    assert dialog.count_spin.value() == 5
    assert dialog.name_edit is None
    dialog.count_spin.setValue(6)
    dialog.accept()
    assert not dialog.isVisible()
    row = page.current_visit()
    assert row is not None and row.participant_count == 6
    app_context.undo_stack.undo()
    assert page.current_visit() is not None and page.current_visit().participant_count == 5


def test_another_volunteers_visit_is_refused_with_a_message(
    window: MainWindow, app_context: AppContext, warnings_shown: list[str], visits
) -> None:
    page = window.pages["visit"]
    assert isinstance(page, MyVisitsPage)
    assert page.edit_visit(visits["jean"]) is None
    assert warnings_shown == ["You can open only the visits you logged yourself."]
    # The office gave one of Awa's visits to someone else while her list was open.
    page.list.select_id(visits["awa_1"])
    app_context.run(
        lambda s: s.execute(
            update(Exchange).where(Exchange.id == visits["awa_1"]).values(logged_by="Jean Dupont")
        )
    )
    assert page.edit_visit() is None
    assert warnings_shown == ["You can open only the visits you logged yourself."] * 2


def test_delete_my_visit_then_undo(
    window: MainWindow, app_context: AppContext, answer_yes: list[str], visits, warnings_shown
) -> None:
    page = window.pages["visit"]
    assert isinstance(page, MyVisitsPage)
    before = app_context.run(lambda s: get_exchange_full(s, visits["awa_1"]))
    page.list.select_id(visits["awa_1"])
    page.delete_action.trigger()
    assert answer_yes == [
        "Delete your visit of 12/04/2025 with Commune de Dioffior? You can undo this with Ctrl+Z."
    ]
    assert page.list.total_count() == 1
    app_context.undo_stack.undo()
    assert page.list.total_count() == 2
    assert app_context.run(lambda s: get_exchange_full(s, visits["awa_1"])) == before
    # Someone else's visit, selected in a stale list, is refused by the service.
    page.list.select_id(visits["awa_2"])
    app_context.run(
        lambda s: s.execute(
            update(Exchange).where(Exchange.id == visits["awa_2"]).values(logged_by="Jean Dupont")
        )
    )
    page.delete_action.trigger()
    assert warnings_shown == ["You can delete only the visits you logged yourself."]
    assert len(app_context.run(list_exchanges)) == 3


def test_log_visit_action_in_the_staff_window(
    qtbot, app_context: AppContext, settings: QSettings, visits: dict[str, str]
) -> None:
    window = MainWindow(app_context, settings, areas=STAFF_AREAS)
    qtbot.addWidget(window)
    window.show()
    action = window.findChild(QAction, "logVisitAction")
    assert action is not None and action.shortcut().toString() == "Ctrl+L"
    assert window.log_visit_button.isEnabled()
    assert window.windowTitle() == "test.coopdb — CoopDesk"
    action.trigger()
    dialogs = window.findChildren(VisitLogDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.name_edit is not None  # nobody's name is known yet
    dialog.name_edit.setText("Marie Martin")
    dialog.partner_combo.set_code(visits["waldsee"])
    dialog.accept()
    assert settings.value(VOLUNTEER_NAME_KEY) == "Marie Martin"
    assert app_context.user_name == "Marie Martin"
    logged = [r for r in app_context.run(list_exchanges) if r.logged_by == "Marie Martin"]
    assert len(logged) == 1
    assert window.statusBar().currentMessage() == "Visit logged."
    exchanges = window.pages["exchanges"]
    assert exchanges.list.total_count() >= 0  # reloaded on the change without error


def test_name_asked_once_and_cancel_quits(monkeypatch, settings: QSettings) -> None:
    answers = [("", True), ("  Awa   Ndiaye ", True)]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: answers.pop(0))
    assert ask_volunteer_name(None, settings) == "Awa Ndiaye"
    assert answers == []
    assert settings.value(VOLUNTEER_NAME_KEY) == "Awa Ndiaye"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert ask_volunteer_name(None, settings) is None
