"""A text kept in several languages: a line or text box per language, stacked or side by side."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n.locale_data import language_name, languages
from coopdesk.ui.widgets.code_combo_box import CodeComboBox

Editor = QLineEdit | QPlainTextEdit


@dataclass
class _Language:
    """The widgets of one language: its label, its editor and (if removable) its ✕ button."""

    label: QLabel
    editor: Editor
    remove: QToolButton | None
    header: QWidget | None  # side by side: the label and ✕ above the editor


def editor_text(editor: Editor) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


class MultilingualEdit(QWidget):
    """Editors labelled with their language; fixed languages cannot be removed.

    Args:
        multiline: text boxes (e.g. a summary) instead of single lines.
        side_by_side: one column per language (label above) instead of one row per language.
        editable_languages: offer "Add language" and the ✕ buttons; without them the
            languages are set by the owner (:meth:`set_languages`), e.g. to follow another
            MultilingualEdit of the same record.
        text_height: the height of each text box in multi-line mode (0: they grow to fill
            the space given to the widget).
        headers: side by side, show the language above each editor; without them the
            editors show it as placeholder text (e.g. under a title edit whose columns
            already name the languages).
    """

    changed = Signal()
    # The list of languages changed (added or removed), not merely the texts.
    languages_changed = Signal()

    def __init__(
        self,
        ui_language: str,
        fixed_languages: Iterable[str] = ("fr",),
        parent: QWidget | None = None,
        *,
        multiline: bool = False,
        side_by_side: bool = False,
        editable_languages: bool = True,
        text_height: int = 72,
        headers: bool = True,
    ) -> None:
        super().__init__(parent)
        self._ui_language = ui_language
        self._fixed = list(fixed_languages)
        self._multiline = multiline
        self._side_by_side = side_by_side
        self._editable = editable_languages
        self._text_height = text_height
        self._headers = headers
        self._langs: dict[str, _Language] = {}
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2 if side_by_side else 6)
        self._used_columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid, 1 if multiline and text_height <= 0 else 0)
        self._add_combo: CodeComboBox | None = None
        self._add_button: QPushButton | None = None
        if editable_languages:
            self._add_combo = CodeComboBox(languages(ui_language), allow_empty=True, parent=self)
            self._add_combo.setObjectName("addLanguageCombo")
            self._add_combo.lineEdit().setPlaceholderText(self.tr("Another language…"))
            add_button = QPushButton(self.tr("Add language"), self)
            add_button.setObjectName("addLanguageButton")
            self._add_button = add_button
            add_row = QHBoxLayout()
            add_row.addWidget(self._add_combo, 1)
            add_row.addWidget(add_button)
            if side_by_side:
                add_row.addStretch(2)
            layout.addLayout(add_row)
            add_button.clicked.connect(self._on_add_button_clicked)
        self.ensure_languages(self._fixed)

    # --- reading and writing ----------------------------------------------------------------

    def languages(self) -> list[str]:
        return list(self._langs)

    def editor(self, code: str) -> Editor | None:
        """The line or text box of a language (None when it has none)."""
        found = self._langs.get(code)
        return None if found is None else found.editor

    def line_edit(self, code: str) -> QLineEdit | None:
        """The line of a language in single-line mode."""
        editor = self.editor(code)
        return editor if isinstance(editor, QLineEdit) else None

    def value(self) -> dict[str, str]:
        """The non-empty texts by language code."""
        texts = {code: editor_text(lang.editor).strip() for code, lang in self._langs.items()}
        return {code: text for code, text in texts.items() if text}

    def set_value(self, value: Mapping[str, str]) -> None:
        self.ensure_languages(value)
        for code, lang in self._langs.items():
            text = value.get(code, "")
            if isinstance(lang.editor, QPlainTextEdit):
                lang.editor.setPlainText(text)
            else:
                lang.editor.setText(text)
                lang.editor.setCursorPosition(0)

    # --- languages --------------------------------------------------------------------------

    def ensure_languages(self, codes: Iterable[str]) -> None:
        """Add an editor for each language that has none yet (texts already typed are kept)."""
        added = False
        for code in codes:
            if code and code not in self._langs:
                self._add_language(code)
                added = True
        if added:
            self._relayout()
            self.languages_changed.emit()

    def set_languages(self, codes: Iterable[str]) -> None:
        """Show exactly these languages (plus the fixed ones), in this order of addition."""
        wanted = list(dict.fromkeys([*self._fixed, *codes]))
        for code in [c for c in self._langs if c not in wanted]:
            self.remove_language(code)
        self.ensure_languages(wanted)

    def remove_language(self, code: str) -> None:
        if code in self._fixed or code not in self._langs:
            return
        lang = self._langs.pop(code)
        for widget in (lang.header, lang.label, lang.editor, lang.remove):
            if widget is not None:
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self._relayout()
        self.languages_changed.emit()
        self.changed.emit()

    def _add_language(self, code: str) -> None:
        name = language_name(code, self._ui_language)
        name = name[:1].upper() + name[1:]
        caption = name if self._side_by_side else self.tr("{language}:").format(language=name)
        label = QLabel(caption, self)
        editor: Editor
        if self._multiline:
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            if self._text_height > 0:
                editor.setFixedHeight(self._text_height)
            editor.textChanged.connect(self.changed)
        else:
            editor = QLineEdit(self)
            editor.textChanged.connect(self.changed)
        editor.setObjectName(f"text_{code}")
        if self._side_by_side and not self._headers:
            editor.setPlaceholderText(name)
            editor.setToolTip(name)
        label.setBuddy(editor)
        remove: QToolButton | None = None
        if self._editable and code not in self._fixed:
            remove = QToolButton(self)
            remove.setObjectName(f"remove_{code}")
            remove.setText("✕")
            remove.setAutoRaise(True)
            remove.setToolTip(self.tr("Remove this language"))
            remove.clicked.connect(lambda: self.remove_language(code))
        header: QWidget | None = None
        if self._side_by_side:
            header = QWidget(self)
            row = QHBoxLayout(header)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(2)
            label.setParent(header)
            row.addWidget(label)
            if remove is not None:
                remove.setParent(header)
                row.addWidget(remove)
            row.addStretch(1)
        self._langs[code] = _Language(label, editor, remove, header)
        if len(self._langs) == 1:
            self.setFocusProxy(editor)

    def _relayout(self) -> None:
        """Place the languages in order (rows, or columns side by side)."""
        for lang in self._langs.values():
            for widget in (lang.header, lang.label, lang.editor, lang.remove):
                if widget is not None and widget.parent() is self:
                    self._grid.removeWidget(widget)
        for index, lang in enumerate(self._langs.values()):
            if lang.header is not None:
                if self._headers:
                    self._grid.addWidget(lang.header, 0, index)
                else:
                    lang.header.hide()
                self._grid.addWidget(lang.editor, 1, index)
            else:
                self._grid.addWidget(lang.label, index, 0)
                self._grid.addWidget(lang.editor, index, 1)
                if lang.remove is not None:
                    self._grid.addWidget(lang.remove, index, 2)
        if self._side_by_side:
            columns = max(self._used_columns, len(self._langs))
            for column in range(columns):
                self._grid.setColumnStretch(column, 1 if column < len(self._langs) else 0)
            self._used_columns = columns
        else:
            self._grid.setColumnStretch(1, 1)
        # Tab goes through the texts in order, then to "Another language…".
        chain: list[QWidget] = [lang.editor for lang in self._langs.values()]
        if self._add_combo is not None and self._add_button is not None:
            chain += [self._add_combo, self._add_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _on_add_button_clicked(self) -> None:
        assert self._add_combo is not None
        code = self._add_combo.code()
        if code and code in dict(languages("en")):
            self.ensure_languages([code])
            self._add_combo.set_code("")
            self._langs[code].editor.setFocus()
            self.changed.emit()
