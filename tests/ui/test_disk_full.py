"""A save on a full disk or a read-only medium: a clear message, the form keeps its text."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.database import open_db
from coopdesk.services.errors import StorageError
from coopdesk.store.db import make_engine, make_session_factory, session_scope
from coopdesk.store.models import Organisation
from coopdesk.store.write_errors import StorageFailedError, StorageFailure, storage_failure
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.organisation_dialog import OrganisationDialog
from tests.ui.test_partners_page import fill_new_partner

NOTES = "Compte rendu de la mission. " * 4000  # needs new pages in the file


@pytest.fixture
def full_engine(db_path: Path) -> Iterator[Engine]:
    """An engine whose connections may not grow the file by a single page: a full disk."""
    engine = make_engine(db_path)

    @event.listens_for(engine, "connect")
    def _full(con: sqlite3.Connection, _record: object) -> None:
        (pages,) = con.execute("PRAGMA page_count").fetchone()
        con.execute(f"PRAGMA max_page_count={pages}")

    yield engine
    engine.dispose()


def _count(factory: sessionmaker[Session]) -> int:
    with session_scope(factory) as session:
        return session.scalar(select(func.count()).select_from(Organisation)) or 0


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with unsaved text at teardown discards it instead of asking."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard
    )


def _save(qtbot, context: AppContext) -> OrganisationDialog:
    dialog = OrganisationDialog(context)
    qtbot.addWidget(dialog)
    dialog.open()
    fill_new_partner(qtbot, dialog)
    dialog.notes_edit.setPlainText(NOTES)
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    return dialog


def test_disk_full_keeps_the_dialog_open_with_its_text(
    qtbot, full_engine: Engine, session_factory, warnings_shown: list[str]
) -> None:
    context = AppContext(make_session_factory(full_engine, "tester"), Path("x"), Formatter("en"))
    before = _count(session_factory)
    dialog = _save(qtbot, context)
    assert warnings_shown and "the disk is full" in warnings_shown[0]
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.name_edit.text() == "Commune de Ndiaganiao"
    assert dialog.notes_edit.toPlainText() == NOTES
    assert _count(session_factory) == before  # nothing half-written
    assert context.undo_stack.count() == 0


def test_read_only_medium_is_explained(
    qtbot, db_path: Path, session_factory, warnings_shown: list[str]
) -> None:
    opened = open_db(db_path, readonly=True)  # the connections cannot write: a locked stick
    try:
        context = AppContext(opened.session_factory, db_path, Formatter("en"))
        dialog = _save(qtbot, context)
    finally:
        opened.close()
    assert warnings_shown and "read-only" in warnings_shown[0]
    assert dialog.isVisible()
    assert dialog.city_edit.text() == "Ndiaganiao"
    assert _count(session_factory) == 0


def test_the_dialog_saves_once_there_is_room_again(
    qtbot, full_engine: Engine, session_factory, warnings_shown: list[str]
) -> None:
    context = AppContext(make_session_factory(full_engine, "tester"), Path("x"), Formatter("en"))
    dialog = _save(qtbot, context)
    assert warnings_shown
    context.session_factory = session_factory  # space freed: the same form is saved as typed
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    assert _count(session_factory) == 1


def test_session_scope_names_the_failure(full_engine: Engine) -> None:
    factory = make_session_factory(full_engine, "tester")
    with pytest.raises(StorageFailedError) as caught:
        with session_scope(factory) as session:
            session.add(Organisation(name="x" * 300_000, kind="local_authority", country="SN"))
    assert caught.value.failure is StorageFailure.DISK_FULL
    assert StorageError(caught.value.failure).message.startswith("Not saved: the disk is full")


@pytest.mark.parametrize(
    ("message", "failure"),
    [
        ("database or disk is full", StorageFailure.DISK_FULL),
        ("attempt to write a readonly database", StorageFailure.READ_ONLY),
        ("disk I/O error", StorageFailure.IO_ERROR),
        ("no such table: x", None),
    ],
)
def test_failures_are_recognised_by_message(message: str, failure: object) -> None:
    assert storage_failure(sqlite3.OperationalError(message)) is failure
