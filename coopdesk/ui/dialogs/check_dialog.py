"""Help ▸ Check database: the checks run off the GUI thread; findings, and a backup to restore."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.check import CheckReport, check_database
from coopdesk.services.recovery import BackupInfo, describe_backup, find_backups
from coopdesk.store.rotation import backup_folder

_OK_STYLE = "color: #1b6e20; font-weight: bold;"
_BAD_STYLE = "color: #b3261e; font-weight: bold;"


class _Signals(QObject):
    """Emitted from the worker thread, delivered in the GUI thread."""

    finished = Signal(object)  # a CheckReport
    failed = Signal(str)


def run_check(path: Path, folders: Sequence[Path] = ()) -> CheckReport:
    """Every check of ``path``; a damaged file's backups are also looked for in ``folders``
    and in the automatic backups' default folder: a damaged file can no longer name them."""
    report = check_database(path)
    if report.damaged:
        offered = {translate("Check", "No verified backup of this file was found.")}
        offered.update(describe_backup(b) for b in report.backups[:1])
        report.notes = [n for n in report.notes if n not in offered]
        report.backups = find_backups(path, folders=[*folders, backup_folder(path)])
    return report


class _CheckJob(QRunnable):
    def __init__(self, path: Path, folders: Sequence[Path], signals: _Signals) -> None:
        super().__init__()
        self._path = path
        self._folders = tuple(folders)
        self._signals = signals

    def run(self) -> None:
        try:
            report = run_check(self._path, self._folders)
        except Exception as exc:  # shown in the dialog, never a traceback
            self._signals.failed.emit(str(exc))
        else:
            self._signals.finished.emit(report)


class CheckDialog(QDialog):
    """Runs every check of the database file and shows what was found.

    ``restore`` is called with a verified backup the user chose to restore; it closes the
    database, puts the copy in place (the damaged file kept aside) and reopens it.
    """

    finished_checking = Signal(object)  # the CheckReport

    def __init__(
        self,
        db_path: Path,
        formatter: Formatter,
        restore: Callable[[Path], None] | None = None,
        parent: QWidget | None = None,
        backup_folders: Sequence[Path] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setWindowTitle(self.tr("Check database"))
        self.db_path = db_path
        self.formatter = formatter
        self.report: CheckReport | None = None
        self._restore = restore
        self._folders = tuple(backup_folders)
        self._backup: BackupInfo | None = None
        self.status = QLabel(self.tr("Checking {file}…").format(file=db_path.name), self)
        self.status.setObjectName("checkStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("checkProgress")
        self.progress.setRange(0, 0)  # busy: the checks give no steps
        self.progress.setTextVisible(False)
        self.findings = QListWidget(self)
        self.findings.setObjectName("checkFindings")
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        self.findings.setMinimumHeight(110)
        self.findings.hide()
        self.damage = QLabel(self)
        self.damage.setObjectName("checkDamage")
        self.damage.setWordWrap(True)
        self.damage.hide()
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("checkBackup")
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("checkCloseButton")
        close.setText(self.tr("Close"))
        self.restore_button = QPushButton(self.tr("Restore this backup…"), self)
        self.restore_button.setObjectName("checkRestoreButton")
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.hide()  # only for a damaged file with a verified backup
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.damage)
        layout.addWidget(self.backup_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.finished.connect(self._on_check_finished)
        self._signals.failed.connect(self._on_check_failed)

    def start(self) -> None:
        """Start the checks in a worker thread; :attr:`finished_checking` follows."""
        self._pool.start(_CheckJob(self.db_path, self._folders, self._signals))

    # --- results ------------------------------------------------------------------------

    def _on_check_failed(self, reason: str) -> None:
        self.progress.hide()
        self.status.setStyleSheet(_BAD_STYLE)
        self.status.setText(self.tr("The check could not run: {reason}").format(reason=reason))
        self.finished_checking.emit(None)

    def _on_check_finished(self, report: CheckReport) -> None:
        self.report = report
        self.progress.hide()
        if report.healthy:
            self.status.setStyleSheet(_OK_STYLE)
            self.status.setText(
                self.tr("No problem found: {file} is in good health.").format(
                    file=report.path.name
                )
            )
        else:
            self.status.setStyleSheet(_BAD_STYLE)
            self.status.setText(
                self.tr("%n problem(s) found in {file}:", "", len(report.problems)).format(
                    file=report.path.name
                )
            )
        for problem in report.problems:
            self.findings.addItem(problem)
        for note in report.notes:
            self.findings.addItem(self.tr("Note: {note}").format(note=note))
        self.findings.setVisible(self.findings.count() > 0)
        if report.damaged:
            self._show_damage(report)
        self.adjustSize()  # the dialog grows to the findings shown
        self.finished_checking.emit(report)

    def _show_damage(self, report: CheckReport) -> None:
        self.damage.setText(
            self.tr(
                "The file is damaged. CoopDesk has not changed it and never overwrites it: "
                "restoring a backup first moves it aside, renamed {name}, so that nothing "
                "is lost."
            ).format(name=f"{report.path.name}.damaged-…")
        )
        self.damage.show()
        if not report.backups:
            self.backup_label.setText(self.tr("No verified backup of this file was found."))
            self.backup_label.show()
            return
        self._backup = report.backups[0]
        self.backup_label.setText(describe_backup(self._backup, self.formatter))
        self.backup_label.show()
        self.restore_button.setVisible(self._restore is not None)

    def _on_restore_button_clicked(self) -> None:
        if self._backup is None or self._restore is None:
            return
        taken = self._backup.taken_at
        question = self.tr(
            "Replace {file} with the backup from {date} at {time}? Changes made since then "
            "are not in the backup. The damaged file is kept aside, not deleted."
        ).format(
            file=self.db_path.name, date=self.formatter.date(taken.date()), time=f"{taken:%H:%M}"
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.accept()
        self._restore(self._backup.path)
