"""An OECD DAC 5-digit sector: the chosen one, and (for experts) a search over all codes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.codelists import search_sectors, sector

_CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class SectorPicker(QWidget):
    """Shows "14030 — Basic drinking water supply"; "Expert" opens a search by code or words."""

    code_changed = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._code = ""
        self.summary = QLabel(self)
        self.summary.setObjectName("sectorSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expert_check = QCheckBox(self.tr("Expert: choose any DAC code"), self)
        self.expert_check.setObjectName("sectorExpertCheck")
        self.search = QLineEdit(self)
        self.search.setObjectName("sectorSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by code or words, e.g. 140 or drinking"))
        self.list = QListWidget(self)
        self.list.setObjectName("sectorList")
        self.list.setFixedHeight(self.list.fontMetrics().height() * 5 + 8)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.expert_check)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.setFocusProxy(self.expert_check)
        self.search.installEventFilter(self)
        self.expert_check.toggled.connect(self._on_expert_check_toggled)
        self.search.textChanged.connect(self._fill)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self._on_expert_check_toggled(False)
        self._update_summary()

    def code(self) -> str:
        return self._code

    def set_code(self, code: str) -> None:
        """Choose a sector (the list, when open, shows it selected)."""
        if code == self._code:
            return
        self._code = code
        self._update_summary()
        if self.list.isVisibleTo(self):
            self._select_current()
        self.code_changed.emit(code)

    def is_expert(self) -> bool:
        return self.expert_check.isChecked()

    def _update_summary(self) -> None:
        found = sector(self._code) if self._code else None
        if not self._code:
            self.summary.setText(self.tr("No DAC sector"))
        elif found is None:
            self.summary.setText(self._code)
        else:
            self.summary.setText(
                self.tr("{code} — {name}").format(code=found.code, name=found.name(self._language))
            )

    def _fill(self) -> None:
        """List the sectors matching the search (the chosen one even if withdrawn)."""
        found = search_sectors(self.search.text(), self._language)
        self.list.blockSignals(True)
        self.list.clear()
        for item_sector in found:
            text = self.tr("{code} — {name}").format(
                code=item_sector.code, name=item_sector.name(self._language)
            )
            item = QListWidgetItem(text)
            item.setData(_CODE_ROLE, item_sector.code)
            item.setToolTip(text)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._select_current()

    def _select_current(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        for i in range(self.list.count()):
            if self.list.item(i).data(_CODE_ROLE) == self._code:
                self.list.setCurrentRow(i)
                self.list.scrollToItem(self.list.item(i))
                break
        self.list.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search line move in the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.list.count():
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _on_expert_check_toggled(self, checked: bool) -> None:
        self.search.setVisible(checked)
        self.list.setVisible(checked)
        if checked:
            self._fill()
            self.search.setFocus()

    def _on_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.set_code(str(current.data(_CODE_ROLE)))
