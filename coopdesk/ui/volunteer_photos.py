"""The photos of a logged visit: thumbnails of stored photos and of files being added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.ui.icons import icon

THUMBNAIL = 72
_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # a stored photo's attachment id
_PATH_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # a file chosen but not stored yet
_IMAGES = "*.jpg *.jpeg *.png *.gif *.webp *.heic *.bmp *.tif *.tiff"


def _thumbnail(pixmap: QPixmap) -> QIcon:
    if pixmap.isNull():
        return icon("document-add")
    return QIcon(
        pixmap.scaled(
            THUMBNAIL,
            THUMBNAIL,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    )


class PhotoList(QWidget):
    """Thumbnails with "Add photos…" and "Remove"; stored photos are kept by id."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitPhotos")
        self.list = QListWidget(self)
        self.list.setObjectName("visitPhotoList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setGridSize(QSize(THUMBNAIL + 34, THUMBNAIL + 36))
        self.list.setFixedHeight(THUMBNAIL + 48)
        self.add_button = QPushButton(icon("add"), self.tr("Add photos…"), self)
        self.add_button.setObjectName("addPhotoButton")
        self.add_button.setAutoDefault(False)  # Enter still saves the visit
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"), self)
        self.remove_button.setObjectName("removePhotoButton")
        self.remove_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.add_button)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def add_stored(self, attachment_id: str, filename: str, content: bytes) -> None:
        """Show a photo already kept in the database."""
        pixmap = QPixmap()
        pixmap.loadFromData(content)
        item = QListWidgetItem(_thumbnail(pixmap), filename)
        item.setData(_ID_ROLE, attachment_id)
        item.setToolTip(filename)
        self.list.addItem(item)
        self._changed()

    def add_paths(self, paths: list[Path]) -> None:
        known = set(self.new_paths())
        for path in paths:
            if path in known:
                continue
            item = QListWidgetItem(_thumbnail(QPixmap(str(path))), path.name)
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        self._changed()

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos of the visit"),
            "",
            self.tr("Images ({patterns});;All files (*)").format(patterns=_IMAGES),
        )
        if names:
            self.add_paths([Path(name) for name in names])

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._changed()

    def stored_ids(self) -> tuple[str, ...]:
        """The stored photos kept (attachment ids)."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(str(i.data(_ID_ROLE)) for i in items if i.data(_ID_ROLE))

    def new_paths(self) -> tuple[Path, ...]:
        """The files chosen, to store when the visit is saved."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(Path(str(i.data(_PATH_ROLE))) for i in items if i.data(_PATH_ROLE))

    def _changed(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
