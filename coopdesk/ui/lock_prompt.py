"""Before writing to a database: who else holds it (the writer lock), and a risky folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import active_language, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.storage_location import StorageWarning
from coopdesk.services.writer_lock import (
    LockChoice,
    confirm_takeover_message,
    describe_lock,
    lock_choices,
)
from coopdesk.store.lock import LockInfo

# QSettings key: the database files whose risky folder the user accepted for good.
ACCEPTED_LOCATIONS_KEY = "storage/acceptedLocations"


def _since(info: LockInfo, fmt: Formatter) -> str:
    if info.since is None:
        return "—"
    local = info.since.astimezone() if info.since.tzinfo else info.since
    return translate("LockDialog", "{date} at {time}").format(
        date=fmt.date(local.date()), time=f"{local:%H:%M}"
    )


def _warning_icon(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    size = parent.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
    pixmap = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    label.setPixmap(pixmap.pixmap(size, size))
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    return label


class LockDialog(QDialog):
    """Says who writes to the database (computer, user, process, since when) and what the
    user may do about it: open it read-only, take a stale lock over, or cancel."""

    def __init__(
        self, info: LockInfo, formatter: Formatter | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        fmt = formatter or Formatter(active_language())
        self.info = info
        self.choice = LockChoice.CANCEL
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Database in use"))
        if info.stale:
            heading_text = self.tr("This database is still marked as in use")
        else:
            heading_text = self.tr("Another CoopDesk is writing to this database")
        heading = QLabel(heading_text, self)
        heading.setObjectName("lockHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.message = QLabel(describe_lock(info, fmt), self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QFormLayout()
        details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        if not info.unreadable:
            rows = (
                (self.tr("Computer"), info.host or "—", "lockHost"),
                (self.tr("User"), info.user or "—", "lockUser"),
                (self.tr("Process"), str(info.pid), "lockProcess"),
                (self.tr("Since"), _since(info, fmt), "lockSince"),
            )
            for caption, value, name in rows:
                label = QLabel(value, self)
                label.setObjectName(name)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                details.addRow(caption, label)
        if info.stale and not info.unreadable:
            state = QLabel(self.tr("That CoopDesk is no longer running."), self)
            state.setObjectName("lockStale")
            details.addRow("", state)
        self.buttons = QDialogButtonBox(self)
        labels = {
            LockChoice.READ_ONLY: (self.tr("Open read-only"), "lockReadOnlyButton"),
            LockChoice.TAKE_OVER: (self.tr("Take over the lock…"), "lockTakeOverButton"),
            LockChoice.CANCEL: (self.tr("Cancel"), "lockCancelButton"),
        }
        roles = {
            LockChoice.READ_ONLY: QDialogButtonBox.ButtonRole.AcceptRole,
            LockChoice.TAKE_OVER: QDialogButtonBox.ButtonRole.ActionRole,
            LockChoice.CANCEL: QDialogButtonBox.ButtonRole.RejectRole,
        }
        self.choice_buttons: dict[LockChoice, QPushButton] = {}
        choices = lock_choices(info)
        for choice in choices:
            text, name = labels[choice]
            button = self.buttons.addButton(text, roles[choice])
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            self.choice_buttons[choice] = button
        default = LockChoice.TAKE_OVER if info.stale else choices[0]
        self.choice_buttons[default].setDefault(True)
        text_column = QVBoxLayout()
        text_column.addWidget(heading)
        text_column.addWidget(self.message)
        text_column.addSpacing(6)
        text_column.addLayout(details)
        top = QHBoxLayout()
        top.addWidget(_warning_icon(self))
        top.addSpacing(8)
        top.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _choose(self, choice: LockChoice) -> None:
        self.choice = choice
        if choice is LockChoice.CANCEL:
            self.reject()
        else:
            self.accept()


def ask_lock_choice(
    parent: QWidget | None, info: LockInfo, formatter: Formatter | None = None
) -> LockChoice:
    """Show the lock dialog; Escape or closing it means Cancel."""
    dialog = LockDialog(info, formatter, parent)
    dialog.exec()
    return dialog.choice


def confirm_takeover(parent: QWidget | None, info: LockInfo) -> bool:
    """An explicit yes before taking over a lock; "No" is the default."""
    answer = QMessageBox.question(
        parent,
        translate("LockDialog", "Take over the lock"),
        confirm_takeover_message(info),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_storage_risk(parent: QWidget | None, warning: StorageWarning) -> tuple[bool, bool]:
    """Warn about a cloud-synced or network folder.

    Returns:
        (open anyway, do not ask again for this file).
    """
    box = QMessageBox(parent)
    box.setObjectName("storageWarningBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("LockDialog", "Risky folder for a database"))
    box.setText(translate("LockDialog", "This folder can damage the database."))
    box.setInformativeText(warning.message)
    anyway = box.addButton(
        translate("LockDialog", "Open anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    anyway.setObjectName("storageOpenAnywayButton")
    cancel = box.addButton(translate("LockDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    remember = QCheckBox(translate("LockDialog", "Do not warn again for this file"), box)
    box.setCheckBox(remember)
    box.exec()
    accepted = box.clickedButton() is anyway
    return accepted, accepted and remember.isChecked()


def accepted_locations(settings: QSettings) -> list[str]:
    value = settings.value(ACCEPTED_LOCATIONS_KEY, [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_location(settings: QSettings, path: str) -> None:
    paths = accepted_locations(settings)
    if path not in paths:
        settings.setValue(ACCEPTED_LOCATIONS_KEY, [*paths, path])
