"""File ▸ Backups: the automatic backups of the open database, back up now, restore, settings."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.exchange.backups import restore
from coopdesk.exchange.errors import Progress
from coopdesk.i18n import translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.store.rotation import DEFAULT_KEEP, BackupInfo
from coopdesk.ui.auto_backup import (
    MAX_KEEP,
    BackupPreferences,
    backups_of,
    default_location,
    load_preferences,
    save_preferences,
)
from coopdesk.ui.database_files import open_database_file
from coopdesk.ui.file_job import FileJob, show_progress

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow

DATE, TIME, SIZE, STATE = range(4)
PATH_ROLE = Qt.ItemDataRole.UserRole


def size_text(fmt: Formatter, size: int) -> str:
    if size >= 1024 * 1024:
        amount = (Decimal(size) / (1024 * 1024)).quantize(Decimal("0.1"))
        return translate("BackupsDialog", "{size} MB").format(size=fmt.decimal(amount))
    amount = max(Decimal(1), (Decimal(size) / 1024).quantize(Decimal("1")))
    return translate("BackupsDialog", "{size} KB").format(size=fmt.decimal(amount))


class BackupSettingsBox(QGroupBox):
    """Automatic or not, the folder (empty: the database's default) and the copies to keep."""

    edited = Signal()

    def __init__(
        self, settings: QSettings, default_folder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Automatic backups"), parent)
        self.setObjectName("backupSettingsBox")
        self._settings = settings
        prefs = load_preferences(settings)
        self.automatic_check = QCheckBox(
            self.tr("Back up when CoopDesk closes after a change, and once a day"), self
        )
        self.automatic_check.setObjectName("automaticBackupCheck")
        self.automatic_check.setChecked(prefs.automatic)
        self.folder_edit = QLineEdit(prefs.folder, self)
        self.folder_edit.setObjectName("backupFolderEdit")
        self.folder_edit.setPlaceholderText(default_folder)
        self.folder_edit.setToolTip(self.tr("Leave empty for the database's own backup folder."))
        self.folder_edit.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.setObjectName("chooseBackupFolderButton")
        choose.clicked.connect(self._on_choose_clicked)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setObjectName("keepCopiesSpin")
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setValue(prefs.keep or DEFAULT_KEEP)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        form = QFormLayout(self)
        form.addRow(self.automatic_check)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Copies to keep"), self.keep_spin)
        self.automatic_check.toggled.connect(self.edited)
        self.folder_edit.editingFinished.connect(self.edited)
        self.keep_spin.valueChanged.connect(self.edited)

    def set_keep(self, keep: int) -> None:
        self.keep_spin.blockSignals(True)
        self.keep_spin.setValue(keep)
        self.keep_spin.blockSignals(False)

    def preferences(self) -> BackupPreferences:
        return BackupPreferences(
            self.automatic_check.isChecked(),
            self.folder_edit.text().strip(),
            self.keep_spin.value(),
        )

    def save(self) -> None:
        save_preferences(self._settings, self.preferences())

    def _on_choose_clicked(self) -> None:
        start = self.folder_edit.text() or self.folder_edit.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder_edit.setText(chosen)
            self.edited.emit()


def restore_in_window(window: MainWindow, backup: Path) -> FileJob:
    """Close the window's database, restore ``backup`` into its file, show it again.

    The current file is kept aside by the engine (``<file>.replaced-<time>``). Whatever
    happens, the file is opened again, restored or as it was.
    """
    path = window.context.db_path
    window.data_io.auto_backup.timer.stop()
    if window.database is not None:
        window.database.close()
        window.database = None
    else:  # the engine belongs to someone else: at least let go of its idle connections
        bind = window.context.session_factory.kw.get("bind")
        if bind is not None:
            bind.dispose()

    def work(_progress: Progress) -> Path | None:
        return restore(backup, path)

    job = FileJob(work, window)
    show_progress(window, job, translate("BackupsDialog", "Restoring the backup…"))

    def reopen() -> None:
        opened = open_database_file(window, path)
        if opened is not None:
            window.switch_database(opened)

    def on_restored(aside: object) -> None:
        reopen()
        if aside is not None:
            text = translate(
                "BackupsDialog", "Backup restored; the replaced file was kept as {path}."
            )
            window.statusBar().showMessage(text.format(path=aside))
        else:
            window.statusBar().showMessage(translate("BackupsDialog", "Backup restored."))

    def on_failed(message: str) -> None:
        reopen()
        window.show_error(message)

    job.succeeded.connect(on_restored)
    job.failed.connect(on_failed)
    return job.start()


class BackupsDialog(QDialog):
    """Lists the automatic backups, newest first, each checked in full in the background."""

    listed = Signal()  # the list was (re)loaded
    restored = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self._window = window
        self._auto = window.data_io.auto_backup
        self._fmt = window.context.formatter
        self._readonly = window.context.readonly
        self._loader: FileJob | None = None
        self.backups: list[BackupInfo] = []
        intro = QLabel(
            self.tr("Backups of {file}, newest first.").format(file=window.context.db_path.name),
            self,
        )
        intro.setObjectName("backupsIntro")
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolderLabel")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backupsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("Size"),
                                   self.tr("Check")])  # fmt: skip
        header = self.tree.header()
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Stretch)
        for column in (TIME, SIZE, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("backupsEmptyLabel")
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.setObjectName("backupNowButton")
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.folder_button = QPushButton(self.tr("Open folder"), self)
        self.folder_button.setObjectName("openFolderButton")
        self.settings_box = BackupSettingsBox(window.settings, str(self._default_folder()), self)
        self.settings_box.set_keep(self._auto.keep())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("dialogCloseButton")
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(self.settings_box)
        layout.addWidget(buttons)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.open_folder)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.settings_box.edited.connect(self._on_settings_edited)
        self.resize(640, 520)
        self.reload()

    def _default_folder(self) -> Path:
        return default_location(self._window.context.db_path)

    # --- list -------------------------------------------------------------------------------

    def reload(self) -> FileJob:
        """List the backups again; each is checked in full (integrity) off the GUI thread."""
        folder, db_path = self._auto.folder(), self._window.context.db_path
        self.folder_label.setText(self.tr("Folder: {path}").format(path=folder))
        self.empty_label.setText(self.tr("Checking the backups…"))
        self.empty_label.show()

        def work(_progress: Progress) -> list[BackupInfo]:
            return backups_of(db_path, folder, verify=True)

        job = FileJob(work, self)
        job.succeeded.connect(self._show_backups)
        job.failed.connect(self.empty_label.setText)
        self._loader = job
        return job.start()

    def _show_backups(self, found: object) -> None:
        assert isinstance(found, list)
        self.backups = found
        self.tree.clear()
        for info in found:
            state = self.tr("Verified") if info.verified else self.tr("Damaged")
            item = QTreeWidgetItem([
                self._fmt.date(info.created_at.date()),
                f"{info.created_at:%H:%M:%S}",
                size_text(self._fmt, info.size),
                state,
            ])  # fmt: skip
            item.setData(DATE, PATH_ROLE, str(info.path))
            item.setToolTip(DATE, str(info.path))
            item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        if found:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.empty_label.hide()
        else:
            self.empty_label.setText(self.tr("No backup in this folder yet."))
        self._update_buttons()
        self.listed.emit()

    def selected(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        path = item.data(DATE, PATH_ROLE)
        return next((b for b in self.backups if str(b.path) == path), None)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(
            chosen is not None and chosen.verified and not self._readonly
        )
        if self._readonly:
            self.restore_button.setToolTip(self.tr("The database is open read-only."))

    # --- actions ----------------------------------------------------------------------------

    def back_up_now(self) -> FileJob:
        self.backup_button.setEnabled(False)
        job = self._auto.start_backup()
        job.failed.connect(self._on_backup_failed)
        job.finished.connect(lambda: self.backup_button.setEnabled(True))
        job.finished.connect(self.reload)
        return job

    def _on_backup_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Backups"), message)

    def restore_selected(self) -> FileJob | None:
        """Ask, then restore the chosen backup into the database file and show it."""
        chosen = self.selected()
        if chosen is None:
            return None
        question = self.tr(
            "Restore the backup of {date} at {time}?\n\n"
            "The current database file is first kept aside, beside it, as "
            "“{name}.replaced-…”: nothing is lost. CoopDesk then shows the restored data; "
            "what was entered after this backup is only in the file kept aside."
        ).format(
            date=self._fmt.date(chosen.created_at.date()),
            time=f"{chosen.created_at:%H:%M}",
            name=self._window.context.db_path.name,
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        job = restore_in_window(self._window, chosen.path)
        job.succeeded.connect(self.restored)
        job.finished.connect(self.accept)
        return job

    def open_folder(self) -> bool:
        folder = self._auto.folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            text = self.tr("The folder {path} cannot be created: {reason}")
            QMessageBox.warning(
                self, self.tr("Backups"), text.format(path=folder, reason=exc.strerror or exc)
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _on_settings_edited(self) -> None:
        before = self._auto.folder()
        self.settings_box.save()
        self._auto.update_timer()
        if self._auto.folder() != before:
            self.reload()
