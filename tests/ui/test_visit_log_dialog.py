"""The volunteers' quick log: typed with the keyboard only, saved with logged_by, undoable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from coopdesk.services.exchange_list import list_exchanges
from coopdesk.services.exchanges import get_exchange, list_exchange_documents
from coopdesk.services.participants import get_participants
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.visit_log_dialog import VisitLogDialog
from coopdesk.ui.volunteer_name import VOLUNTEER_NAME_KEY

Seed = Callable[..., str]


@pytest.fixture
def partners(add_partner: Seed) -> dict[str, str]:
    return {
        "dioffior": add_partner("Commune de Dioffior"),
        "waldsee": add_partner("Stadt Bad Waldsee", country="DE"),
    }


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing test's dialog, closed at teardown, must not wait for an answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_a_visit_typed_with_the_keyboard_only(
    qtbot, app_context: AppContext, partners: dict[str, str]
) -> None:
    app_context.user_name = "Awa Ndiaye"
    dialog = VisitLogDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.date_edit)
    assert dialog.name_edit is None  # the name is known: not asked
    yesterday = dt.date.today() - dt.timedelta(days=1)
    # The date: a French-style day/month/year typed over today's date.
    qtbot.keyClicks(dialog.date_edit, yesterday.strftime("%d%m%Y"))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.partner_combo.lineEdit() or focused() is dialog.partner_combo
    qtbot.keyClicks(focused(), "Waldsee")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.partner_combo.code() == partners["waldsee"]
    assert focused() is dialog.kind_combo
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # kind: volunteer visit (the default)
    assert focused() is dialog.direction_combo
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # outgoing -> incoming
    assert dialog.direction_combo.currentData() == "incoming"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.count_spin
    qtbot.keyClicks(focused(), "12")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.note_edit
    qtbot.keyClicks(focused(), "Visite du jardin partage")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.photos.add_button
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter saves, even on the photo button
    assert not dialog.isVisible()
    assert dialog.result() == VisitLogDialog.DialogCode.Accepted

    rows = app_context.run(list_exchanges)
    assert len(rows) == 1
    row = rows[0]
    assert row.start_date == yesterday
    assert (row.kind, row.direction) == ("volunteer_visit", "incoming")
    assert row.partner_ids == (partners["waldsee"],)
    assert row.participant_total == 12
    assert row.logged_by == "Awa Ndiaye"
    data = app_context.run(lambda s: get_exchange(s, row.id))
    assert data.outcomes == "Visite du jardin partage"
    assert data.logged_by == "Awa Ndiaye"

    app_context.undo_stack.undo()
    assert app_context.run(list_exchanges) == []
    app_context.undo_stack.redo()
    again = app_context.run(list_exchanges)
    assert [r.id for r in again] == [row.id]
    assert again[0].participant_total == 12


def test_the_name_is_asked_when_unknown_and_remembered(
    qtbot, app_context: AppContext, partners: dict[str, str], settings: QSettings
) -> None:
    dialog = VisitLogDialog(app_context, settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.name_edit is not None
    dialog.partner_combo.set_code(partners["dioffior"])
    dialog.accept()
    assert dialog.error_text("logged_by") == "This field is required."
    assert app_context.run(list_exchanges) == []
    dialog.name_edit.setText("  Jean   Dupont ")
    dialog.accept()
    assert not dialog.isVisible()
    assert app_context.run(list_exchanges)[0].logged_by == "Jean Dupont"
    assert settings.value(VOLUNTEER_NAME_KEY) == "Jean Dupont"
    assert app_context.user_name == "Jean Dupont"


def test_a_partner_not_in_the_list_is_refused_inline(
    qtbot, app_context: AppContext, partners: dict[str, str]
) -> None:
    app_context.user_name = "Awa Ndiaye"
    dialog = VisitLogDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.partner_combo.setEditText("Atlantide")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("partner_id") == "Choose a partner from the list."
    assert app_context.run(list_exchanges) == []
    dialog.done(0)


def test_photos_are_stored_with_the_visit(
    qtbot, tmp_path: Path, monkeypatch, app_context: AppContext, partners: dict[str, str]
) -> None:
    app_context.user_name = "Awa Ndiaye"
    photo = tmp_path / "jardin.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    assert image.save(str(photo))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], "")
    )
    dialog = VisitLogDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.partner_combo.set_code(partners["dioffior"])
    qtbot.mouseClick(dialog.photos.add_button, Qt.MouseButton.LeftButton)
    assert dialog.photos.list.count() == 1
    assert not dialog.photos.list.item(0).icon().isNull()
    dialog.accept()
    row = app_context.run(list_exchanges)[0]
    documents = app_context.run(lambda s: list_exchange_documents(s, row.id))
    assert [d.filename for d in documents] == ["jardin.png"]
    assert app_context.run(lambda s: get_participants(s, row.id)).counts == ()
