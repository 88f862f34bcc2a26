"""One line per language for a text kept in several languages (e.g. a partnership title)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n.locale_data import language_name, languages
from coopdesk.ui.widgets.code_combo_box import CodeComboBox


class MultilingualEdit(QWidget):
    """Lines labelled with their language; fixed languages cannot be removed."""

    changed = Signal()

    def __init__(
        self,
        ui_language: str,
        fixed_languages: Iterable[str] = ("fr",),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui_language = ui_language
        self._fixed = list(fixed_languages)
        self._edits: dict[str, QLineEdit] = {}
        self._row_widgets: dict[str, list[QWidget]] = {}
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._add_combo = CodeComboBox(languages(ui_language), allow_empty=True, parent=self)
        self._add_combo.setObjectName("addLanguageCombo")
        self._add_combo.lineEdit().setPlaceholderText(self.tr("Another language…"))
        self._add_button = QPushButton(self.tr("Add language"), self)
        self._add_button.setObjectName("addLanguageButton")
        add_row = QHBoxLayout()
        add_row.addWidget(self._add_combo, 1)
        add_row.addWidget(self._add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(add_row)
        self._add_button.clicked.connect(self._on_add_button_clicked)
        self.ensure_languages(self._fixed)

    def languages(self) -> list[str]:
        return list(self._edits)

    def line_edit(self, code: str) -> QLineEdit | None:
        return self._edits.get(code)

    def value(self) -> dict[str, str]:
        """The non-empty texts by language code."""
        texts = {code: edit.text().strip() for code, edit in self._edits.items()}
        return {code: text for code, text in texts.items() if text}

    def set_value(self, value: Mapping[str, str]) -> None:
        self.ensure_languages(value)
        for code, edit in self._edits.items():
            edit.setText(value.get(code, ""))

    def ensure_languages(self, codes: Iterable[str]) -> None:
        """Add a line for each language that has none yet (texts already typed are kept)."""
        for code in codes:
            if code and code not in self._edits:
                self._add_line(code)

    def remove_language(self, code: str) -> None:
        if code in self._fixed or code not in self._edits:
            return
        del self._edits[code]
        for widget in self._row_widgets.pop(code):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.changed.emit()

    def _add_line(self, code: str) -> None:
        row = self._grid.rowCount()
        name = language_name(code, self._ui_language)
        name = name[:1].upper() + name[1:]
        label = QLabel(self.tr("{language}:").format(language=name), self)
        edit = QLineEdit(self)
        edit.setObjectName(f"text_{code}")
        edit.textChanged.connect(self.changed)
        label.setBuddy(edit)
        widgets: list[QWidget] = [label, edit]
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(edit, row, 1)
        if code not in self._fixed:
            remove = QToolButton(self)
            remove.setObjectName(f"remove_{code}")
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove this language"))
            remove.clicked.connect(lambda: self.remove_language(code))
            self._grid.addWidget(remove, row, 2)
            widgets.append(remove)
        self._edits[code] = edit
        self._row_widgets[code] = widgets
        if len(self._edits) == 1:
            self.setFocusProxy(edit)

    def _on_add_button_clicked(self) -> None:
        code = self._add_combo.code()
        if code and code in dict(languages("en")):
            self.ensure_languages([code])
            self._add_combo.set_code("")
            self._edits[code].setFocus()
            self.changed.emit()
