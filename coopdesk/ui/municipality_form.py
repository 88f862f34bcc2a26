"""The municipality's settings as two forms (identity, preferences) shared by the first-run
assistant and the "Municipality settings" dialog; errors show under their field."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import SUPPORTED_UI_LANGUAGES, translate
from coopdesk.i18n.locale_data import language_name
from coopdesk.reports.options import REPORT_LANGUAGES
from coopdesk.services.currencies import currency_choices
from coopdesk.services.errors import ValidationError
from coopdesk.services.municipality import (
    MAX_LOGO_BYTES,
    MunicipalityData,
    is_insee_code,
    logo_type,
    reporting_identifier,
)
from coopdesk.ui.widgets.code_combo_box import CodeComboBox

_ERROR_STYLE = "color: #b3261e;"
_NOTE_STYLE = "color: palette(placeholder-text);"
LOGO_SIZE = 72


def _language_label(code: str, ui_language: str) -> str:
    return language_name(code, ui_language).capitalize()


class FieldForm(QWidget):
    """A form whose rows show their service error (ValidationError field) under them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setVerticalSpacing(8)
        self._errors: dict[str, QLabel] = {}

    def add_row(self, name: str, label: str, widget: QWidget, *, required: bool = False) -> None:
        error = QLabel(self)
        error.setObjectName(f"{name}Error")
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        stacked = QVBoxLayout(box)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.setSpacing(2)
        stacked.addWidget(widget)
        stacked.addWidget(error)
        if required:
            label = translate("MunicipalityForm", "{label} *").format(label=label)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self._errors[name] = error

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text, self)
        note.setWordWrap(True)
        note.setStyleSheet(_NOTE_STYLE)
        self.form.addRow("", note)
        return note

    def error_text(self, name: str) -> str | None:
        label = self._errors.get(name)
        return None if label is None or label.isHidden() else label.text()

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_errors(self, error: ValidationError) -> bool:
        """Show the messages of this form's fields; True when there was at least one."""
        self.clear_errors()
        shown = False
        for field_error in error.errors:
            label = self._errors.get(field_error.field)
            if label is not None:
                label.setText(field_error.message)
                label.show()
                shown = True
        return shown


class MunicipalityIdentityForm(FieldForm):
    """Name, address, INSEE code (the IATI identifier) and logo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipalityIdentityForm")
        self.logo_file: Path | None = None
        self._logo_id: str | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("municipalityNameEdit")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("e.g. Ville de Dreux"))
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setObjectName("municipalityAddressEdit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.address_edit.setPlaceholderText(self.tr("Hôtel de ville\n2 place de la Mairie"))
        self.postal_code_edit = QLineEdit(self)
        self.postal_code_edit.setObjectName("municipalityPostalCodeEdit")
        self.postal_code_edit.setMaxLength(20)
        self.city_edit = QLineEdit(self)
        self.city_edit.setObjectName("municipalityCityEdit")
        self.city_edit.setMaxLength(120)
        self.insee_edit = QLineEdit(self)
        self.insee_edit.setObjectName("inseeCodeEdit")
        self.insee_edit.setMaxLength(5)
        self.insee_edit.setPlaceholderText(self.tr("e.g. 28134"))
        self.insee_edit.setToolTip(
            self.tr(
                "The commune's official geographic code (code officiel géographique), not its "
                "postal code: 5 digits, or 2A or 2B and 3 digits in Corsica. The IATI "
                "identifier of the municipality is built from it."
            )
        )
        self.iati_label = QLabel(self)
        self.iati_label.setObjectName("iatiIdentifierLabel")
        self.iati_label.setStyleSheet(_NOTE_STYLE)
        insee_box = QWidget(self)
        insee_row = QHBoxLayout(insee_box)
        insee_row.setContentsMargins(0, 0, 0, 0)
        insee_row.addWidget(self.insee_edit)
        insee_row.addWidget(self.iati_label, 1)
        self.insee_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("p. ex. 28134") + 24)
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        self.choose_logo_button = QPushButton(self.tr("Choose an image…"), self)
        self.choose_logo_button.setObjectName("chooseLogoButton")
        self.choose_logo_button.setToolTip(
            self.tr("A PNG or JPEG image, printed at the top of the reports.")
        )
        self.remove_logo_button = QPushButton(self.tr("Remove"), self)
        self.remove_logo_button.setObjectName("removeLogoButton")
        logo_box = QWidget(self)
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        self.add_row("name", self.tr("Name of the municipality"), self.name_edit, required=True)
        self.add_row("address", self.tr("Address"), self.address_edit)
        self.add_row("postal_code", self.tr("Postal code"), self.postal_code_edit)
        self.add_row("city", self.tr("City"), self.city_edit)
        self.add_row("insee_code", self.tr("INSEE code"), insee_box)
        self.add_row("logo", self.tr("Logo"), logo_box)
        for edit in (self.name_edit, self.postal_code_edit, self.city_edit, self.insee_edit):
            edit.textChanged.connect(self.changed)
        self.address_edit.textChanged.connect(self.changed)
        self.insee_edit.textChanged.connect(self._on_insee_changed)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self._on_insee_changed()
        self._show_logo(None)

    def fill(self, data: MunicipalityData, logo: bytes | None = None) -> None:
        """Show ``data``; ``logo`` is the stored logo's content (for the preview)."""
        self.name_edit.setText(data.name)
        self.address_edit.setPlainText(data.address)
        self.postal_code_edit.setText(data.postal_code)
        self.city_edit.setText(data.city)
        self.insee_edit.setText(data.insee_code)
        self._logo_id = data.logo_id
        self.logo_file = None
        pixmap = QPixmap()
        if logo:
            pixmap.loadFromData(logo)
        self._show_logo(pixmap if data.logo_id else None)

    def apply(self, data: MunicipalityData) -> MunicipalityData:
        """``data`` with this form's fields (the logo: the stored one unless a file is chosen)."""
        return replace(
            data,
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            insee_code=self.insee_edit.text(),
            logo_id=self._logo_id,
        )

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo of the municipality"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> bool:
        """Take ``path`` as the new logo when it is a readable PNG or JPEG image."""
        self.clear_errors()
        message = ""
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
            too_large = path.stat().st_size > MAX_LOGO_BYTES
        except OSError as exc:
            message = self.tr("The file cannot be read: {reason}").format(
                reason=exc.strerror or exc
            )
        else:
            pixmap = QPixmap(str(path))
            if logo_type(head) is None or pixmap.isNull():
                message = self.tr("The logo must be a PNG or JPEG image.")
            elif too_large:
                message = self.tr("The logo is too large: the limit is {limit} MB.").format(
                    limit=MAX_LOGO_BYTES // (1024 * 1024)
                )
        if message:
            self._errors["logo"].setText(message)
            self._errors["logo"].show()
            return False
        self.logo_file = path
        self._show_logo(pixmap)
        self.changed.emit()
        return True

    def remove_logo(self) -> None:
        self.logo_file = None
        self._logo_id = None
        self._show_logo(None)
        self.changed.emit()

    def _show_logo(self, pixmap: QPixmap | None) -> None:
        if pixmap is None or pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.remove_logo_button.setEnabled(False)
            return
        size = LOGO_SIZE - 4
        self.logo_preview.setPixmap(
            pixmap.scaled(
                size, size, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.remove_logo_button.setEnabled(True)

    def _on_insee_changed(self, *_args: object) -> None:
        code = self.insee_edit.text().strip().upper()
        if is_insee_code(code):
            text = self.tr("IATI identifier: {identifier}").format(
                identifier=reporting_identifier(code)
            )
        else:
            text = ""
        self.iati_label.setText(text)


class MunicipalitySettingsForm(FieldForm):
    """Interface language, report languages, default currency, backup folder."""

    def __init__(self, ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipalitySettingsForm")
        self.ui_language_combo = QComboBox(self)
        self.ui_language_combo.setObjectName("uiLanguageCombo")
        for code in SUPPORTED_UI_LANGUAGES:
            self.ui_language_combo.addItem(_language_label(code, code), code)
        self.report_language_combo = QComboBox(self)
        self.report_language_combo.setObjectName("reportLanguageCombo")
        self.second_language_combo = QComboBox(self)
        self.second_language_combo.setObjectName("secondReportLanguageCombo")
        self.second_language_combo.addItem(self.tr("None"), "")
        for code in REPORT_LANGUAGES:
            label = _language_label(code, ui_language)
            self.report_language_combo.addItem(label, code)
            self.second_language_combo.addItem(label, code)
        languages_box = QWidget(self)
        languages_row = QHBoxLayout(languages_box)
        languages_row.setContentsMargins(0, 0, 0, 0)
        languages_row.addWidget(self.report_language_combo, 1)
        languages_row.addWidget(QLabel(self.tr("and"), self))
        languages_row.addWidget(self.second_language_combo, 1)
        languages_box.setToolTip(
            self.tr(
                "Reports are printed in one language, or in two side by side (e.g. French "
                "and the partner's language); each report can still choose other ones."
            )
        )
        self.currency_combo = CodeComboBox(currency_choices(ui_language), parent=self)
        self.currency_combo.setObjectName("currencyCombo")
        self.currency_combo.setToolTip(
            self.tr("The currency proposed for new budget lines and transactions.")
        )
        self.backup_edit = QLineEdit(self)
        self.backup_edit.setObjectName("backupFolderEdit")
        self.backup_edit.setPlaceholderText(self.tr("Beside the database file"))
        self.backup_edit.setToolTip(
            self.tr(
                "Where the automatic copies of the database go; best on another disk or a "
                "USB stick. Empty: a folder beside the database file."
            )
        )
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setObjectName("browseBackupButton")
        backup_box = QWidget(self)
        backup_row = QHBoxLayout(backup_box)
        backup_row.setContentsMargins(0, 0, 0, 0)
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(self.browse_button)
        self.add_row("ui_language", self.tr("Language of the interface"), self.ui_language_combo)
        self.add_note(self.tr("A new interface language applies the next time CoopDesk starts."))
        self.add_row("report_languages", self.tr("Languages of the reports"), languages_box)
        self.add_row("default_currency", self.tr("Default currency"), self.currency_combo)
        self.add_row("backup_folder", self.tr("Backup folder"), backup_box)
        self.browse_button.clicked.connect(self.choose_folder)
        self.fill(MunicipalityData(name="", ui_language=ui_language))

    def fill(self, data: MunicipalityData) -> None:
        self.ui_language_combo.setCurrentIndex(
            max(0, self.ui_language_combo.findData(data.ui_language))
        )
        first, *rest = [*data.report_languages, "", ""]
        self.report_language_combo.setCurrentIndex(
            max(0, self.report_language_combo.findData(first or "fr"))
        )
        self.second_language_combo.setCurrentIndex(
            max(0, self.second_language_combo.findData(rest[0]))
        )
        self.currency_combo.set_code(data.default_currency)
        self.backup_edit.setText(data.backup_folder)

    def apply(self, data: MunicipalityData) -> MunicipalityData:
        languages = (
            str(self.report_language_combo.currentData()),
            str(self.second_language_combo.currentData() or ""),
        )
        return replace(
            data,
            ui_language=str(self.ui_language_combo.currentData()),
            report_languages=tuple(code for code in languages if code),
            default_currency=self.currency_combo.code(),
            backup_folder=self.backup_edit.text(),
        )

    def choose_folder(self) -> None:
        start = self.backup_edit.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.backup_edit.setText(folder)
