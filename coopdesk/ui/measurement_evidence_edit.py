"""The files kept as evidence of a measurement: those stored, and those attached but not saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_PATH_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the path of a file not stored yet
_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the id of a stored file


class EvidenceEdit(QWidget):
    """A list of files with "Attach files…" and "Remove"; new files are stored on saving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("measurementEvidenceList")
        self.list.setMaximumHeight(64)
        self.attach_button = QPushButton(self.tr("Attach files…"), self)
        self.attach_button.setObjectName("attachEvidenceButton")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeEvidenceButton")
        buttons = QVBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.attach_button.clicked.connect(self.attach_files)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def set_stored(self, files: list[tuple[str, str]]) -> None:
        """The stored files: (attachment id, file name) pairs."""
        self.list.clear()
        for attachment_id, filename in files:
            item = QListWidgetItem(filename, self.list)
            item.setData(_ID_ROLE, attachment_id)

    def stored_ids(self) -> tuple[str, ...]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return tuple(str(item.data(_ID_ROLE)) for item in items if item.data(_ID_ROLE))

    def pending_files(self) -> list[Path]:
        """Files attached here, to store when the measurement is saved."""
        items = [self.list.item(i) for i in range(self.list.count())]
        return [Path(str(item.data(_PATH_ROLE))) for item in items if item.data(_PATH_ROLE)]

    def focus_chain(self) -> list[QWidget]:
        return [self.list, self.attach_button, self.remove_button]

    def attach_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"))
        for name in names:
            item = QListWidgetItem(Path(name).name, self.list)
            item.setData(_PATH_ROLE, name)
            item.setToolTip(name)

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
