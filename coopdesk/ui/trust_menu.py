"""Help ▸ Check database and Tools ▸ Personal data, with the retention reminder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from coopdesk.services.recovery import RecoveryError, restore_backup
from coopdesk.ui.dialogs.check_dialog import CheckDialog
from coopdesk.ui.dialogs.privacy_dialog import PrivacyDialog, open_privacy_dialog
from coopdesk.ui.retention_reminder import RetentionReminder

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow


class TrustMenu(QObject):
    """The actions that keep the data safe and lawful; they act on the window's database."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("trustMenu")
        self.window = window
        self.check_action = QAction(self.tr("Check database…"), window)
        self.check_action.setObjectName("checkDatabaseAction")
        self.check_action.setStatusTip(
            self.tr("Look for damage and inconsistencies in the database file")
        )
        self.check_action.triggered.connect(lambda: self.check_database())
        # Help: … shortcuts, then "Check database…" in its own group before "About".
        window.help_menu.insertAction(window.about_action, self.check_action)
        window.help_menu.insertSeparator(window.about_action)
        self.privacy_action = QAction(self.tr("Personal data…"), window)
        self.privacy_action.setObjectName("personalDataAction")
        self.privacy_action.setStatusTip(
            self.tr("Find, export or erase what CoopDesk holds about a person")
        )
        self.privacy_action.triggered.connect(lambda: self.personal_data())
        self.reminder: RetentionReminder | None = None
        if not window.volunteer:  # personal data rights are handled by staff
            window.tools_menu.addAction(self.privacy_action)
            self.reminder = RetentionReminder(window)

    def check_database(self) -> CheckDialog:
        """Open the check dialog and start the checks (not blocking; returns the dialog)."""
        context = self.window.context
        dialog = CheckDialog(context.db_path, context.formatter, self.restore, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        return dialog

    def personal_data(self) -> PrivacyDialog:
        return open_privacy_dialog(self.window.context, self.window)

    def restore(self, backup: Path) -> bool:
        """Put ``backup`` in place of the open (damaged) database, then reopen it."""
        window = self.window
        path = window.context.db_path
        database = window.database
        if database is not None:
            database.engine.dispose()  # no connection may stay on the file being moved
        try:
            result = restore_backup(backup, path)
        except RecoveryError as exc:
            window.show_error(exc.message)
            return False
        if database is not None:
            database.close()  # releases our lock; reopening takes it again
            window.database = None
        window.open_path(path)
        window.statusBar().showMessage(
            self.tr("Restored {file} from {backup}; the damaged file was kept as {aside}.").format(
                file=path.name, backup=backup, aside=result.damaged_copy or "—"
            )
        )
        return True


def install_trust_menu(window: MainWindow) -> TrustMenu:
    """Add Help ▸ Check database and Tools ▸ Personal data to ``window``."""
    return TrustMenu(window)
