"""Automatic rotating backups of the open database: when the window closes, and once a day.

Policy: the window that owns the database backs it up when it closes if the data was
changed in this session or if no backup of today exists yet; while it runs, a timer checks
once an hour whether today's backup exists and makes it if not. A read-only database is
left to the CoopDesk that writes it. Backups go to the folder chosen in the preferences,
else the one the database names (its "backup.folder" setting or the municipality's backup
folder), else ``<name>-backups/`` beside the file (as ``coopdesk backup`` does); the
engine (store.rotation) verifies each copy before keeping it and deletes only the oldest
copies beyond the number to keep. A failure never touches the database itself.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from coopdesk.exchange.errors import Progress
from coopdesk.i18n import translate
from coopdesk.services.database import DatabaseError, describe_refusal
from coopdesk.services.recovery import backup_folders_from
from coopdesk.store.backup import BackupError
from coopdesk.store.db import DatabaseRefusedError
from coopdesk.store.lifecycle import probe
from coopdesk.store.rotation import (
    DEFAULT_KEEP,
    BackupInfo,
    backup_folder,
    keep_copies,
    list_backups,
    rotate_backup,
)
from coopdesk.ui.context import AppContext
from coopdesk.ui.file_job import FileJob

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow

AUTOMATIC_KEY = "backups/automatic"
FOLDER_KEY = "backups/folder"
KEEP_KEY = "backups/keep"
MAX_KEEP = 999
CHECK_INTERVAL_MS = 60 * 60 * 1000
# How long closing waits for its backup; a longer one finishes before the process exits.
CLOSE_WAIT_SECONDS = 5.0


@dataclass(frozen=True)
class BackupPreferences:
    """The user's choices (QSettings): automatic or not, a folder ("" = the default), copies."""

    automatic: bool = True
    folder: str = ""
    # 0: not chosen here (the database's own setting, else DEFAULT_KEEP).
    keep: int = 0


def load_preferences(settings: QSettings) -> BackupPreferences:
    automatic = settings.value(AUTOMATIC_KEY, True)
    if isinstance(automatic, str):
        automatic = automatic.lower() not in ("false", "0", "no")
    try:
        keep = int(settings.value(KEEP_KEY, 0) or 0)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        keep = 0
    folder = str(settings.value(FOLDER_KEY, "") or "").strip()
    return BackupPreferences(bool(automatic), folder, keep if 1 <= keep <= MAX_KEEP else 0)


def save_preferences(settings: QSettings, prefs: BackupPreferences) -> None:
    settings.setValue(AUTOMATIC_KEY, prefs.automatic)
    settings.setValue(FOLDER_KEY, prefs.folder.strip())
    if prefs.keep:
        settings.setValue(KEEP_KEY, prefs.keep)
    else:
        settings.remove(KEEP_KEY)
    settings.sync()


def default_location(db_path: Path) -> Path:
    """Where the database's backups go when no folder is chosen in the preferences."""
    named = backup_folders_from(db_path)
    return named[0].expanduser() if named else backup_folder(db_path)


def backup_location(settings: QSettings, db_path: Path) -> Path:
    chosen = load_preferences(settings).folder
    return Path(chosen).expanduser() if chosen else default_location(db_path)


def copies_to_keep(settings: QSettings, db_path: Path) -> int:
    return load_preferences(settings).keep or keep_copies(db_path) or DEFAULT_KEEP


def backups_of(db_path: Path, folder: Path, *, verify: bool = False) -> list[BackupInfo]:
    """The automatic backups of ``db_path`` in ``folder`` (not other databases'), newest first.

    ``verify``: a full integrity check of each (slower), else the quick header check.
    """
    ours = re.compile(re.escape(db_path.stem) + r"-\d{8}-\d{6}(?:-\d+)?\.coopdb")
    try:
        found = list_backups(folder, verify=verify)
    except OSError:
        return []
    return [b for b in found if ours.fullmatch(b.path.name)]


def has_backup_of_today(db_path: Path, folder: Path, today: dt.date | None = None) -> bool:
    day = today or dt.date.today()
    return any(b.created_at.date() == day for b in backups_of(db_path, folder))


def make_rotating_backup(db_path: Path, folder: Path, keep: int) -> BackupInfo:
    """A verified backup in ``folder``; then only the ``keep`` newest are kept.

    Raises:
        DatabaseError: the database was refused or the copy failed; nothing was deleted.
    """
    try:
        probe(db_path)
    except DatabaseRefusedError as exc:
        raise DatabaseError(describe_refusal(exc)) from exc
    try:
        return rotate_backup(db_path, folder=folder, keep=keep)
    except (BackupError, OSError) as exc:
        message = translate("Database", "The backup failed and nothing was written: {reason}")
        raise DatabaseError(message.format(reason=exc)) from exc


class AutoBackup(QObject):
    """The window's automatic backups (close and daily) and its "Back up now"."""

    made = Signal(object)  # a BackupInfo
    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._context: AppContext | None = None
        self.changed = False
        # Counts the changes, so that a backup clears "changed" only if none came meanwhile.
        self._changes = 0
        self.job: FileJob | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("dailyBackupTimer")
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_daily)

    # --- where, how many ------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self._window.context.db_path

    def folder(self) -> Path:
        return backup_location(self._window.settings, self.db_path)

    def keep(self) -> int:
        return copies_to_keep(self._window.settings, self.db_path)

    def owns_writable(self) -> bool:
        """The window owns its database file and may write it (else its owner backs it up;
        a database on a server is backed up there)."""
        return (
            self._window.database is not None
            and not self._window.context.readonly
            and self.db_path.is_file()
        )

    def is_active(self) -> bool:
        """Automatic backups apply: a database of the window's own, and they are on."""
        return self.owns_writable() and load_preferences(self._window.settings).automatic

    # --- binding ----------------------------------------------------------------------------

    def bind(self, context: AppContext) -> None:
        """Follow a newly shown database: nothing changed yet; the daily check runs."""
        if self._context is not None:
            try:
                self._context.events.changed.disconnect(self._on_context_changed)
            except (RuntimeError, TypeError):
                pass
        self._context = context
        self.changed = False
        context.events.changed.connect(self._on_context_changed)
        self.update_timer()

    def update_timer(self) -> None:
        """The hourly check runs while the window owns a writable database (it reads the
        preference each time, so turning automatic backups off or on needs no restart)."""
        if self.owns_writable():
            self.timer.start()
        else:
            self.timer.stop()

    def _on_context_changed(self, _table: str) -> None:
        self.changed = True
        self._changes += 1

    # --- backups --------------------------------------------------------------------------

    def start_backup(self) -> FileJob:
        """Back up now in the background (the running one, if a backup is under way)."""
        if self.job is not None and self.job.is_running():
            return self.job
        db_path, folder, keep = self.db_path, self.folder(), self.keep()

        def work(_progress: Progress) -> BackupInfo:
            return make_rotating_backup(db_path, folder, keep)

        job = FileJob(work, self)
        changes = self._changes
        job.succeeded.connect(lambda info: self._on_job_succeeded(info, changes))
        job.failed.connect(self._on_job_failed)
        job.finished.connect(job.deleteLater)
        self.job = job
        self._status(translate("AutoBackup", "Backing up the database…"), 0)
        return job.start()

    def check_daily(self) -> FileJob | None:
        """The hourly check: make today's backup if there is none yet."""
        if not self.is_active() or (self.job is not None and self.job.is_running()):
            return None
        if has_backup_of_today(self.db_path, self.folder()):
            return None
        return self.start_backup()

    def backup_on_close(self) -> None:
        """The closing backup: when data changed in this session or none exists for today.

        Waits at most CLOSE_WAIT_SECONDS; a longer backup goes on in its thread and ends
        before the process exits. A failure is shown; closing goes on, the data intact.
        """
        self.timer.stop()
        if not self.is_active():
            return
        if self.job is not None and self.job.is_running():
            self.job.wait(CLOSE_WAIT_SECONDS)
        db_path, folder, keep = self.db_path, self.folder(), self.keep()
        if not self.changed and has_backup_of_today(db_path, folder):
            return

        def work(_progress: Progress) -> BackupInfo:
            return make_rotating_backup(db_path, folder, keep)

        self._status(translate("AutoBackup", "Backing up the database before closing…"), 0)
        self._window.statusBar().repaint()
        job = FileJob(work).start()
        if not job.wait(CLOSE_WAIT_SECONDS):
            print(f"coopdesk: the closing backup of {db_path} goes on.", file=sys.stderr)
            return
        self.changed = False
        if job.error is not None:
            text = translate(
                "AutoBackup",
                "The automatic backup failed; the database itself is unchanged.\n\n{reason}",
            )
            QMessageBox.warning(
                self._window, translate("AutoBackup", "CoopDesk"), text.format(reason=job.error)
            )

    def _on_job_succeeded(self, info: object, changes: int) -> None:
        assert isinstance(info, BackupInfo)
        if changes == self._changes:
            self.changed = False
        self._status(translate("AutoBackup", "Backup made: {path}").format(path=info.path))
        self.made.emit(info)

    def _on_job_failed(self, message: str) -> None:
        text = translate("AutoBackup", "The automatic backup failed: {reason}")
        self._status(text.format(reason=message), 0)
        self.failed.emit(message)

    def _status(self, text: str, timeout: int = 10000) -> None:
        self._window.statusBar().showMessage(text, timeout)
