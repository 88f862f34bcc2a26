"""A searchable combo box over (code, name) pairs that returns the code."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from coopdesk.domain.text import fold
from coopdesk.i18n.locale_data import countries, languages


class _LeavingLineEdit(QLineEdit):
    """Calls ``on_leave`` before Tab, Backtab, Return or Enter is handled.

    The completer's popup forwards keys to the line edit's ``event()`` directly and eats
    its focus-out, so neither an event filter nor ``focusOutEvent`` would see the user leave.
    """

    def __init__(self, parent: QWidget, on_leave: Callable[[], None]) -> None:
        super().__init__(parent)
        self._on_leave = on_leave

    def event(self, event: QEvent) -> bool:
        if _is_leaving_key(event):
            self._on_leave()
        return super().event(event)


def _is_leaving_key(event: QEvent) -> bool:
    keys = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and (event.key() in keys)
    )


class CodeComboBox(QComboBox):
    """Type part of a name to find it (e.g. "sén" for Sénégal); stores ISO codes or ids."""

    code_changed = Signal(str)

    def __init__(
        self,
        pairs: Iterable[tuple[str, str]] = (),
        *,
        allow_empty: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setLineEdit(_LeavingLineEdit(self, self.complete_unique_match))
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._allow_empty = allow_empty
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._last_code = ""
        self.set_pairs(list(pairs))
        self.currentIndexChanged.connect(self._on_self_changed)
        self.editTextChanged.connect(self._on_self_changed)

    def set_pairs(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Replace the choices, keeping the chosen code when it is still offered."""
        code = self.code()
        self.blockSignals(True)
        self.clear()
        if self._allow_empty:
            self.addItem("", "")
        for value, name in pairs:
            self.addItem(name, value)
        self.blockSignals(False)
        self.set_code(code)

    def code(self) -> str:
        """The chosen code; the typed text itself when it matches nothing (validation says so)."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.currentIndex()
        if index >= 0 and self.itemText(index).casefold() == text.casefold():
            return str(self.itemData(index))
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        for i in range(self.count()):
            if str(self.itemData(i)).casefold() == text.casefold():
                return str(self.itemData(i))
        return text

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else (0 if self._allow_empty else -1)
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code)

    def complete_unique_match(self) -> None:
        """When the text typed is part of exactly one name, choose that name (on leaving)."""
        text = fold(self.currentText().strip())
        if not text or self.findData(self.code()) >= 0:
            return
        matches = [i for i in range(self.count()) if text in fold(self.itemText(i))]
        if len(matches) == 1:
            self.setCurrentIndex(matches[0])
            self.setEditText(self.itemText(matches[0]))
            completer = self.completer()
            if completer is not None:
                completer.popup().hide()

    def event(self, event: QEvent) -> bool:
        if _is_leaving_key(event):
            self.complete_unique_match()
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.complete_unique_match()

    def _on_self_changed(self, *_args: object) -> None:
        code = self.code()
        if code != self._last_code:
            self._last_code = code
            self.code_changed.emit(code)


def country_combo_box(language: str, parent: QWidget | None = None) -> CodeComboBox:
    """Countries by their name in ``language``; stores ISO 3166-1 alpha-2 codes."""
    return CodeComboBox(countries(language), allow_empty=True, parent=parent)


def language_combo_box(language: str, parent: QWidget | None = None) -> CodeComboBox:
    """Languages by their name in ``language``; stores BCP 47 primary codes."""
    return CodeComboBox(languages(language), allow_empty=True, parent=parent)
