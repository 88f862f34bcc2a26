"""Help ▸ Check database: checks off the GUI thread; a damaged file and its newest backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.store.backup import backup_database
from coopdesk.store.db import session_scope
from coopdesk.store.lock import lock_path, read_lock
from coopdesk.ui.context import AppContext
from coopdesk.ui.database_files import open_database_file
from coopdesk.ui.dialogs.check_dialog import CheckDialog
from coopdesk.ui.main_window import MainWindow


def _damage(path: Path) -> None:
    """Fold the WAL in, then overwrite the pages after the schema (the header stays valid)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(3 * page, len(data) - page, page):
        data[offset + 8: offset + 400] = b"\xa5" * 392
    path.write_bytes(bytes(data))


@pytest.fixture
def backup(session_factory, db_path: Path) -> Path:
    """A verified automatic backup of 1 March 2026 at 17:45, in the default folder beside
    the file (which the damaged file can no longer name), and an older one."""
    folder = db_path.with_name("test-backups")
    with session_scope(session_factory) as s:
        create_organisation(
            s, OrganisationData(name="Comune di Lucca", kind="local_authority", country="IT")
        )
    backup_database(db_path, folder / "test-20250301-090000.coopdb")
    newest = backup_database(db_path, folder / "test-20260301-174500.coopdb")
    session_factory.kw["bind"].dispose()
    return newest


def _run(qtbot, dialog: CheckDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.finished_checking, timeout=20_000):
        dialog.start()


def test_a_healthy_database_says_so(qtbot, db_path: Path, session_factory) -> None:
    dialog = CheckDialog(db_path, Formatter("en"))
    assert not dialog.progress.isHidden() and dialog.progress.maximum() == 0  # busy
    _run(qtbot, dialog)
    assert dialog.report is not None and dialog.report.healthy
    assert dialog.status.text() == "No problem found: test.coopdb is in good health."
    assert not dialog.progress.isVisible()
    assert dialog.findings.isHidden() and dialog.damage.isHidden()
    assert dialog.restore_button.isHidden()


def test_a_damaged_file_offers_the_newest_backup(qtbot, db_path: Path, backup: Path) -> None:
    _damage(db_path)
    damaged = db_path.read_bytes()
    restored: list[Path] = []
    dialog = CheckDialog(db_path, Formatter("en"), restored.append)
    _run(qtbot, dialog)
    assert dialog.report is not None and dialog.report.damaged
    n = len(dialog.report.problems)
    assert dialog.status.text().startswith(f"{n} problem") and n >= 1
    assert dialog.status.text().endswith("found in test.coopdb:")
    assert dialog.findings.count() >= 1
    assert "never overwrites it" in dialog.damage.text()
    assert "1 Mar 2026 at 17:45" in dialog.backup_label.text()
    assert str(backup) in dialog.backup_label.text()
    assert dialog.restore_button.isVisible()
    assert db_path.read_bytes() == damaged  # checking never writes
    assert restored == []


def test_restore_asks_first(qtbot, db_path: Path, backup: Path, monkeypatch) -> None:
    _damage(db_path)
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    restored: list[Path] = []
    dialog = CheckDialog(db_path, Formatter("en"), restored.append)
    _run(qtbot, dialog)
    dialog.restore_button.click()
    assert asked and "cannot" not in asked[0] and "kept aside, not deleted" in asked[0]
    assert restored == [] and dialog.isVisible()


def test_help_menu_checks_and_restores_the_open_database(
    qtbot, db_path: Path, backup: Path, settings: QSettings, answer_yes: list[str]
) -> None:
    opened = open_database_file(None, db_path, settings)
    assert opened is not None and read_lock(db_path) is not None
    context = AppContext(opened.session_factory, opened.path, Formatter("en"))
    window = MainWindow(context, settings, database=opened)
    qtbot.addWidget(window)
    opened.engine.dispose()
    _damage(db_path)
    dialog = window.trust_menu.check_database()
    with qtbot.waitSignal(dialog.finished_checking, timeout=20_000):
        pass
    assert dialog.restore_button.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert answer_yes and "test-20260301-174500.coopdb" not in answer_yes[0]
    aside = list(db_path.parent.glob("test.coopdb.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes()[:16] == b"SQLite format 3\x00"
    assert window.database is not None and window.database is not opened
    assert window.context.db_path == db_path.resolve()
    lock = read_lock(db_path)
    assert lock is not None and lock.is_ours  # the reopened file is locked again
    assert "damaged file was kept as" in window.statusBar().currentMessage()
    with session_scope(window.context.session_factory) as s:
        assert s.execute(text("SELECT name FROM organisation")).scalars().all() == [
            "Comune di Lucca"
        ]
    window.close()
    assert not lock_path(db_path).exists()  # released on close


def test_opening_a_damaged_file_offers_its_backup(
    qtbot, db_path: Path, backup: Path, settings: QSettings, answer_yes: list[str], monkeypatch
) -> None:
    _damage(db_path)
    shown: list[CheckDialog] = []

    def exec_(dialog: CheckDialog) -> int:  # the user reads the findings, then restores
        shown.append(dialog)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
        dialog.restore_button.click()
        return 1

    monkeypatch.setattr(CheckDialog, "exec", exec_)
    opened = open_database_file(None, db_path, settings)
    assert len(shown) == 1 and "1 Mar 2026" in shown[0].backup_label.text()
    assert opened is not None and not opened.readonly
    assert len(list(db_path.parent.glob("test.coopdb.damaged-*"))) == 1
    with session_scope(opened.session_factory) as s:
        assert s.execute(text("SELECT name FROM organisation")).scalars().all() == [
            "Comune di Lucca"
        ]
    opened.close()


def test_a_file_of_another_kind_is_only_refused(
    qtbot, tmp_path: Path, settings: QSettings, warnings_shown: list[str], monkeypatch
) -> None:
    monkeypatch.setattr(CheckDialog, "exec", lambda _d: pytest.fail("no recovery offered"))
    other = tmp_path / "notes.coopdb"
    other.write_bytes(b"pas une base" * 100)
    assert open_database_file(None, other, settings) is None
    assert warnings_shown and "not a CoopDesk database" in warnings_shown[0]
