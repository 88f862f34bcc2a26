"""Preferences: the language of the user interface (applied at the next start), backups."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import SUPPORTED_UI_LANGUAGES
from coopdesk.i18n.locale_data import language_name
from coopdesk.ui.dialogs.backups_dialog import BackupSettingsBox
from coopdesk.ui.startup import LANGUAGE_KEY, ui_language


class PreferencesDialog(QDialog):
    """Stores the choice in QSettings; the window is rebuilt in the new language on restart."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self._initial = ui_language(settings)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("uiLanguageCombo")
        for code in SUPPORTED_UI_LANGUAGES:
            self.language_combo.addItem(language_name(code, code).capitalize(), code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._initial))
        note = QLabel(self.tr("A new language applies the next time CoopDesk starts."), self)
        note.setObjectName("restartNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.addRow(self.tr("Language of the interface"), self.language_combo)
        self.backup_box = BackupSettingsBox(
            settings, self.tr("Default: the folder the database names, else beside it"), self
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("dialogOkButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("dialogCancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.backup_box)
        layout.addWidget(buttons)

    def language_changed(self) -> bool:
        """Whether the accepted choice differs from the language in use."""
        return self.chosen_language() != self._initial

    def chosen_language(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        self._settings.setValue(LANGUAGE_KEY, self.chosen_language())
        self.backup_box.save()
        super().accept()
