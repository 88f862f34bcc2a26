"""Choose several entries of a long list: a search line over check boxes, a summary below."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coopdesk.ui.models.row_table_model import fold

_CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class CheckListPicker(QWidget):
    """(code, name) entries; the order of ticking is kept (the first ticked is the main one).

    The search hides entries whose name does not contain the text typed (accents ignored).
    """

    selection_changed = Signal()

    def __init__(
        self,
        items: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
        *,
        name: str = "picker",
    ) -> None:
        """``name`` prefixes the objectNames of the search, list and summary children."""
        super().__init__(parent)
        self._selected: list[str] = []
        self._names: dict[str, str] = {}
        self._nothing = ""
        self._chosen: Callable[[str], str] = lambda names: names
        self._search = QLineEdit(self)
        self._search.setObjectName(f"{name}Search")
        self._search.setClearButtonEnabled(True)
        self._list = QListWidget(self)
        self._list.setObjectName(f"{name}List")
        self._list.setMaximumHeight(150)
        self._summary = QLabel(self)
        self._summary.setObjectName(f"{name}Summary")
        self._summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._search)
        layout.addWidget(self._list)
        layout.addWidget(self._summary)
        self.setFocusProxy(self._search)
        self._search.textChanged.connect(self._on_search_text_changed)
        self._list.itemChanged.connect(self._on_list_item_changed)
        self.set_items(items)

    def set_texts(self, *, search: str, nothing: str, chosen: Callable[[str], str]) -> None:
        """The search placeholder, the summary when nothing is ticked, and ``chosen(names)``."""
        self._search.setPlaceholderText(search)
        self._nothing = nothing
        self._chosen = chosen
        self._update_summary()

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        """Replace the entries (in display order); ticked codes still offered stay ticked."""
        self._names = dict(items)
        self._selected = [c for c in self._selected if c in self._names]
        self._list.blockSignals(True)
        self._list.clear()
        for code, label in items:
            item = QListWidgetItem(label)
            item.setData(_CODE_ROLE, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = code in self._selected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._list.addItem(item)
        self._list.blockSignals(False)
        self._on_search_text_changed(self._search.text())
        self._update_summary()

    def selected(self) -> tuple[str, ...]:
        return tuple(self._selected)

    def set_selected(self, codes: Iterable[str]) -> None:
        wanted = list(codes)
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

    def list_widget(self) -> QListWidget:
        return self._list

    def search_edit(self) -> QLineEdit:
        return self._search

    def _update_summary(self) -> None:
        if not self._selected:
            self._summary.setText(self._nothing)
            return
        self._summary.setText(
            self._chosen(", ".join(self._names.get(c, c) for c in self._selected))
        )

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
