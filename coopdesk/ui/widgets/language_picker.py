"""Choose several languages: a searchable list of check boxes, common languages first."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coopdesk.i18n.locale_data import languages
from coopdesk.ui.models.row_table_model import fold

# Offered first: the languages of most French cooperation partners.
COMMON_LANGUAGES: tuple[str, ...] = ("fr", "en", "de", "es", "pt", "it", "wo", "ar")

_CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class LanguagePicker(QWidget):
    """A search line over a checkable list; the order of ticking is kept (first = main)."""

    selection_changed = Signal()

    def __init__(self, ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = dict(languages(ui_language))
        self._selected: list[str] = []
        self._search = QLineEdit(self)
        self._search.setObjectName("languageSearch")
        self._search.setPlaceholderText(self.tr("Search a language…"))
        self._search.setClearButtonEnabled(True)
        self._list = QListWidget(self)
        self._list.setObjectName("languageList")
        self._list.setMaximumHeight(150)
        self._summary = QLabel(self)
        self._summary.setObjectName("languageSummary")
        self._summary.setWordWrap(True)
        self._fill()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._search)
        layout.addWidget(self._list)
        layout.addWidget(self._summary)
        self.setFocusProxy(self._search)
        self._search.textChanged.connect(self._on_search_text_changed)
        self._list.itemChanged.connect(self._on_list_item_changed)
        self._update_summary()

    def _fill(self) -> None:
        common = [c for c in COMMON_LANGUAGES if c in self._names]
        others = sorted(
            (c for c in self._names if c not in common), key=lambda c: fold(self._names[c])
        )
        for code in [*common, *others]:
            item = QListWidgetItem(self._names[code])
            item.setData(_CODE_ROLE, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self._list.addItem(item)

    def selected(self) -> tuple[str, ...]:
        return tuple(self._selected)

    def set_selected(self, codes: Iterable[str]) -> None:
        wanted = [c for c in codes]
        self._list.blockSignals(True)
        for i in range(self._list.count()):
            item = self._list.item(i)
            checked = item.data(_CODE_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._list.blockSignals(False)
        self._selected = wanted
        self._update_summary()
        self.selection_changed.emit()

    def item_for(self, code: str) -> QListWidgetItem | None:
        for i in range(self._list.count()):
            if self._list.item(i).data(_CODE_ROLE) == code:
                return self._list.item(i)
        return None

    def _update_summary(self) -> None:
        if not self._selected:
            self._summary.setText(self.tr("No language chosen."))
            return
        names = ", ".join(self._names.get(c, c) for c in self._selected)
        self._summary.setText(self.tr("Chosen: {languages}").format(languages=names))

    def _on_search_text_changed(self, text: str) -> None:
        needle = fold(text.strip())
        for i in range(self._list.count()):
            item = self._list.item(i)
            code = str(item.data(_CODE_ROLE))
            visible = not needle or needle in fold(item.text()) or needle == code
            item.setHidden(not visible)

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        code = str(item.data(_CODE_ROLE))
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and code not in self._selected:
            self._selected.append(code)
        elif not checked and code in self._selected:
            self._selected.remove(code)
        self._update_summary()
        self.selection_changed.emit()
