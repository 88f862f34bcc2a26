"""Choose a ready-made indicator: a searchable list in the UI language with its definition."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.codelists import theme_label
from coopdesk.services.indicator_library import LibraryEntry, library
from coopdesk.ui.indicator_labels import FREQUENCY_LABELS, kind_text, label
from coopdesk.ui.models.row_table_model import fold

_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class LibraryDialog(QDialog):
    """``key()`` is the chosen entry's key once accepted (the panel then opens the indicator)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDialog")
        self.setWindowTitle(self.tr("Indicator library"))
        self._language = language
        self._entries = {e.key: e for e in library(language)}
        intro = QLabel(
            self.tr(
                "Ready-made indicators used in decentralised cooperation. Choose one, then "
                "complete its baseline and target."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the library…"))
        self.list = QListWidget(self)
        self.list.setObjectName("libraryList")
        for entry in self._entries.values():
            item = QListWidgetItem(self._title(entry), self.list)
            item.setData(_KEY_ROLE, entry.key)
            item.setToolTip(entry.text(entry.definition, language))
        self.details = QLabel(self)
        self.details.setObjectName("libraryDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("libraryOkButton")
        ok.setText(self.tr("Use this indicator…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            "libraryCancelButton"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.list.currentItemChanged.connect(self._update_details)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search.installEventFilter(self)
        self.list.setCurrentRow(0)
        self.search.setFocus()
        self.resize(620, 520)

    def _title(self, entry: LibraryEntry) -> str:
        return self.tr("{name} ({code})").format(
            name=entry.text(entry.name, self._language), code=entry.code
        )

    def key(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(_KEY_ROLE))

    def visible_keys(self) -> list[str]:
        return [
            str(self.list.item(i).data(_KEY_ROLE))
            for i in range(self.list.count())
            if not self.list.item(i).isHidden()
        ]

    def accept(self) -> None:
        if self.key() is not None:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search line move in the list (keyboard-only choice)."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            visible = [i for i in range(self.list.count()) if not self.list.item(i).isHidden()]
            if visible:
                current = self.list.currentRow()
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                position = visible.index(current) + step if current in visible else 0
                self.list.setCurrentRow(visible[max(0, min(position, len(visible) - 1))])
            return True
        return super().eventFilter(watched, event)

    def _on_search_text_changed(self, text: str) -> None:
        words = fold(text).split()
        first_visible = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            entry = self._entries[str(item.data(_KEY_ROLE))]
            texts = [item.text(), entry.code, *entry.name.values(), *entry.definition.values()]
            haystack = fold(" ".join(texts))
            hidden = any(word not in haystack for word in words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = i
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first_visible is not None:
            self.list.setCurrentRow(first_visible)
        self._update_details()

    def _update_details(self, *_args: object) -> None:
        key = self.key()
        if key is None:
            self.details.setText(self.tr("No indicator matches the search."))
            return
        entry, lang = self._entries[key], self._language
        lines = [
            entry.text(entry.definition, lang),
            self.tr("Theme: {theme} · Measured: {frequency} · {kind}").format(
                theme=theme_label(entry.theme),
                frequency=label(FREQUENCY_LABELS, entry.frequency),
                kind=kind_text(entry.kind, entry.computed_source),
            ),
        ]
        self.details.setText("\n".join(lines))
