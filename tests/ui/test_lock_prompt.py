"""One writer: the lock dialog says who holds the file; read-only, take-over, cancel; and the
warning before writing to a database in a cloud-synced or network folder."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.database import new_db
from coopdesk.services.storage_location import StorageRisk, StorageWarning
from coopdesk.services.writer_lock import LockChoice
from coopdesk.store.lock import LockInfo, lock_path, read_lock, this_host
from coopdesk.ui import database_files
from coopdesk.ui.context import AppContext
from coopdesk.ui.database_files import open_database_file
from coopdesk.ui.lock_prompt import LockDialog, accepted_locations
from coopdesk.ui.main_window import MainWindow

# Taken after the test runner's parent started: its lock is not mistaken for a reused pid.
SINCE = dt.datetime.now(dt.UTC).replace(microsecond=0)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(db_path: Path, *, pid: int, host: str | None = None) -> LockInfo:
    """A lock file as another CoopDesk would have written it."""
    data = {"app": "CoopDesk", "host": host or this_host(), "pid": pid, "user": "awa",
            "since": SINCE.isoformat(), "token": f"tok{pid}"}
    lock_path(db_path).write_text(json.dumps(data), encoding="utf-8")
    info = read_lock(db_path)
    assert info is not None
    return info


class Choices:
    def __init__(self, answer: LockChoice) -> None:
        self.answer = answer
        self.shown: list[LockInfo] = []

    def __call__(self, _parent: object, info: LockInfo, _fmt: object = None) -> LockChoice:
        self.shown.append(info)
        return self.answer


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch):
    def install(answer: LockChoice) -> Choices:
        choices = Choices(answer)
        monkeypatch.setattr(database_files, "ask_lock_choice", choices)
        return choices

    return install


def test_opening_takes_the_lock_and_closing_releases_it(db_path: Path, settings) -> None:
    opened = open_database_file(None, db_path, settings)
    assert opened is not None and not opened.readonly
    info = read_lock(db_path)
    assert info is not None and info.is_ours and info.since is not None
    opened.close()
    assert not lock_path(db_path).exists()


def test_a_live_lock_offers_read_only(db_path: Path, settings, choose) -> None:
    held = _write_lock(db_path, pid=os.getppid())  # the test runner's parent: alive, here
    assert not held.stale
    choices = choose(LockChoice.READ_ONLY)
    opened = open_database_file(None, db_path, settings)
    assert opened is not None and opened.readonly
    assert [i.pid for i in choices.shown] == [os.getppid()]
    opened.close()
    assert read_lock(db_path) == held  # the other CoopDesk's lock is left alone


def test_cancel_opens_nothing(db_path: Path, settings, choose) -> None:
    held = _write_lock(db_path, pid=os.getppid())
    choose(LockChoice.CANCEL)
    assert open_database_file(None, db_path, settings) is None
    assert read_lock(db_path) == held


def test_a_stale_lock_is_taken_over_after_confirmation(
    db_path: Path, settings, choose, answer_yes: list[str]
) -> None:
    stale = _write_lock(db_path, pid=_dead_pid())
    assert stale.stale
    choose(LockChoice.TAKE_OVER)
    opened = open_database_file(None, db_path, settings)
    assert opened is not None and not opened.readonly
    assert answer_yes and "Take over the lock" in answer_yes[0]
    info = read_lock(db_path)
    assert info is not None and info.is_ours and info.token != stale.token
    opened.close()
    assert not lock_path(db_path).exists()


def test_take_over_refused_at_the_confirmation(db_path: Path, settings, choose, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    stale = _write_lock(db_path, pid=_dead_pid())
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    choose(LockChoice.TAKE_OVER)
    assert open_database_file(None, db_path, settings) is None
    assert read_lock(db_path) == stale


def test_dialog_says_who_and_since_when(qtbot, db_path: Path) -> None:
    info = _write_lock(db_path, pid=os.getppid())
    dialog = LockDialog(info, Formatter("en"))
    qtbot.addWidget(dialog)
    assert dialog.findChild(object, "lockHost").text() == this_host()
    assert dialog.findChild(object, "lockUser").text() == "awa"
    assert dialog.findChild(object, "lockProcess").text() == str(os.getppid())
    local = SINCE.astimezone()
    expected = f"{Formatter('en').date(local.date())} at {local:%H:%M}"
    assert dialog.findChild(object, "lockSince").text() == expected
    assert str(os.getppid()) in dialog.message.text()
    assert set(dialog.choice_buttons) == {LockChoice.READ_ONLY, LockChoice.CANCEL}
    dialog.open()
    dialog.choice_buttons[LockChoice.READ_ONLY].click()
    assert dialog.choice is LockChoice.READ_ONLY and dialog.result() == 1


def test_dialog_offers_take_over_for_a_stale_or_remote_lock(qtbot, db_path: Path) -> None:
    stale = LockDialog(_write_lock(db_path, pid=_dead_pid()), Formatter("fr"))
    qtbot.addWidget(stale)
    assert LockChoice.TAKE_OVER in stale.choice_buttons
    assert stale.choice_buttons[LockChoice.TAKE_OVER].isDefault()
    assert stale.findChild(object, "lockStale") is not None
    local = SINCE.astimezone()
    assert Formatter("fr").date(local.date()) in stale.findChild(object, "lockSince").text()
    remote = LockDialog(_write_lock(db_path, pid=4242, host="mairie-poste-2"), Formatter("en"))
    qtbot.addWidget(remote)
    assert "mairie-poste-2" in remote.message.text()
    assert LockChoice.TAKE_OVER in remote.choice_buttons
    remote.open()
    remote.choice_buttons[LockChoice.CANCEL].click()
    assert remote.choice is LockChoice.CANCEL and remote.result() == 0


def test_switching_database_releases_the_old_lock(
    qtbot, tmp_path: Path, db_path: Path, settings: QSettings
) -> None:
    first = open_database_file(None, db_path, settings)
    assert first is not None
    context = AppContext(first.session_factory, first.path, Formatter("en"))
    window = MainWindow(context, settings, database=first)
    qtbot.addWidget(window)
    other = tmp_path / "autre.coopdb"
    new_db(other).close()
    window.open_path(other)
    assert window.context.db_path == other.resolve()
    assert not lock_path(db_path).exists()
    assert read_lock(other) is not None and read_lock(other).is_ours
    window.close()
    assert not lock_path(other).exists()


def _cloud(monkeypatch: pytest.MonkeyPatch, asked: list[StorageWarning], answer) -> None:
    warning = StorageWarning(StorageRisk.CLOUD_SYNC, "OneDrive", "C:/Users/awa/OneDrive", "!")
    monkeypatch.setattr(database_files, "check_storage_location", lambda _p: warning)

    def ask(_parent: object, found: StorageWarning) -> tuple[bool, bool]:
        asked.append(found)
        return answer

    monkeypatch.setattr(database_files, "ask_storage_risk", ask)


def test_cloud_folder_is_warned_about_before_any_write(db_path: Path, settings, monkeypatch):
    asked: list[StorageWarning] = []
    _cloud(monkeypatch, asked, (False, False))
    before = db_path.read_bytes()
    assert open_database_file(None, db_path, settings) is None
    assert [w.provider for w in asked] == ["OneDrive"]
    assert not lock_path(db_path).exists() and db_path.read_bytes() == before
    assert accepted_locations(settings) == []


def test_open_anyway_can_be_remembered_per_file(db_path: Path, settings, monkeypatch):
    asked: list[StorageWarning] = []
    _cloud(monkeypatch, asked, (True, True))
    opened = open_database_file(None, db_path, settings)
    assert opened is not None
    opened.close()
    assert accepted_locations(settings) == [str(db_path.resolve())]
    opened = open_database_file(None, db_path, settings)
    assert opened is not None and len(asked) == 1  # not asked a second time
    opened.close()


def test_open_anyway_once_asks_again_next_time(db_path: Path, settings, monkeypatch):
    asked: list[StorageWarning] = []
    _cloud(monkeypatch, asked, (True, False))
    for _ in range(2):
        opened = open_database_file(None, db_path, settings)
        assert opened is not None
        opened.close()
    assert len(asked) == 2


def test_the_real_warning_box_names_the_service(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from coopdesk.services.storage_location import check_storage_location
    from coopdesk.ui.lock_prompt import ask_storage_risk

    warning = check_storage_location(
        Path("/home/awa/Dropbox/coopdesk.coopdb"), mounts="", env={}, look_for_markers=False
    )
    assert warning is not None
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.informativeText())
        anyway = next(b for b in box.buttons() if b.objectName() == "storageOpenAnywayButton")
        box.checkBox().setChecked(True)
        anyway.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert ask_storage_risk(None, warning) == (True, True)
    assert "Dropbox" in seen[0]
