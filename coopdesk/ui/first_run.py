"""The first-run assistant: the municipality, the preferences, then how to start (empty,
the demo, or a spreadsheet import).

Shown (not blocking) when the window opens a database whose municipality has no name yet;
everything it asks can be changed later in Edit ▸ Municipality settings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.services.errors import ServiceError, ValidationError
from coopdesk.services.municipality import (
    MunicipalityData,
    clean,
    get_municipality,
    is_blank,
    is_configured,
    save_municipality,
    validate_municipality,
)
from coopdesk.ui.context import AppContext
from coopdesk.ui.municipality_form import MunicipalityIdentityForm, MunicipalitySettingsForm
from coopdesk.ui.startup import LANGUAGE_KEY

if TYPE_CHECKING:
    from coopdesk.ui.dialogs.import_dialog import ImportDialog
    from coopdesk.ui.main_window import MainWindow

EMPTY, DEMO, IMPORT = "empty", "demo", "import"
# Tables whose pages reload after the demo is loaded (every area watches one of them).
_DEMO_TABLES = ("municipality", "organisation", "project", "indicator", "exchange")
_IDENTITY_FIELDS = frozenset({"name", "address", "postal_code", "city", "insee_code", "logo"})


def _errors_of(data: MunicipalityData) -> ValidationError | None:
    try:
        validate_municipality(clean(data))
    except ValidationError as exc:
        return exc
    return None


class MunicipalityPage(QWizardPage):
    """Step 1: who we are (name, address, INSEE code, logo)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipalityPage")
        self.setTitle(self.tr("Welcome to CoopDesk"))
        self.setSubTitle(
            self.tr(
                "First, your municipality: its name and address are printed on the reports, "
                "its INSEE code identifies it in IATI files."
            )
        )
        self.form = MunicipalityIdentityForm(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.form.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.form.name_edit.text().strip())

    def validatePage(self) -> bool:
        error = _errors_of(self.form.apply(MunicipalityData(name="")))
        if error is None or not {e.field for e in error.errors} & _IDENTITY_FIELDS:
            self.form.clear_errors()
            return True
        self.form.show_errors(error)
        return False


class PreferencesPage(QWizardPage):
    """Step 2: languages, currency, backup folder."""

    def __init__(self, ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesPage")
        self.setTitle(self.tr("Languages, currency and backups"))
        self.setSubTitle(
            self.tr("You can change all of this later in Edit ▸ Municipality settings.")
        )
        self.form = MunicipalitySettingsForm(ui_language, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        data = wizard.data() if isinstance(wizard, FirstRunWizard) else MunicipalityData(name="x")
        error = _errors_of(data)
        if error is None:
            self.form.clear_errors()
            return True
        return not self.form.show_errors(error)


class StartPage(QWizardPage):
    """Step 3: start with an empty database, with the demo, or by importing a spreadsheet."""

    def __init__(self, blank: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setTitle(self.tr("How do you want to start?"))
        self.setSubTitle(self.tr("Choose, then press Finish."))
        self.empty_radio = QRadioButton(self.tr("Start with an empty database"), self)
        self.empty_radio.setObjectName("startEmptyRadio")
        self.demo_radio = QRadioButton(self.tr("Load the demo"), self)
        self.demo_radio.setObjectName("startDemoRadio")
        self.import_radio = QRadioButton(self.tr("Import a spreadsheet"), self)
        self.import_radio.setObjectName("startImportRadio")
        empty_note = self._note(
            self.tr("Enter your partners, partnerships and projects yourself, step by step.")
        )
        demo_note = self._note(
            self.tr(
                "A fictional commune's partners, partnerships, projects, exchanges, budgets "
                "and indicators, to explore CoopDesk and try the reports. Your municipality's "
                "settings are kept. Better in a separate database file than in your real one."
            )
        )
        import_note = self._note(
            self.tr(
                "Your partners, contacts, exchanges, transactions or indicator measurements "
                "from an Excel workbook or a CSV file: the import opens after Finish."
            )
        )
        if not blank:
            self.demo_radio.setEnabled(False)
            demo_note.setText(self.tr("The demo can only be loaded into an empty database."))
        self.group = QButtonGroup(self)
        self.group.addButton(self.empty_radio)
        self.group.addButton(self.demo_radio)
        self.group.addButton(self.import_radio)
        self.empty_radio.setChecked(True)
        layout = QVBoxLayout(self)
        widgets = (
            self.empty_radio, empty_note, self.demo_radio, demo_note, self.import_radio,
            import_note,
        )
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)

    def _note(self, text: str) -> QLabel:
        note = QLabel(text, self)
        note.setWordWrap(True)
        note.setContentsMargins(24, 0, 0, 8)
        note.setStyleSheet("color: palette(placeholder-text);")
        return note

    def choice(self) -> str:
        if self.demo_radio.isChecked():
            return DEMO
        return IMPORT if self.import_radio.isChecked() else EMPTY


class FirstRunWizard(QWizard):
    """Saves the municipality (and loads the demo if chosen) when Finish is pressed; opens
    the spreadsheet import after closing when that was the choice."""

    def __init__(
        self,
        context: AppContext,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Setting up CoopDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.context = context
        self.settings = settings
        self.import_dialog: ImportDialog | None = None
        self.municipality_page = MunicipalityPage(self)
        self.preferences_page = PreferencesPage(context.formatter.language, self)
        self.start_page = StartPage(context.run(is_blank), self)
        for page in (self.municipality_page, self.preferences_page, self.start_page):
            self.addPage(page)
        self.resize(640, 560)

    def data(self) -> MunicipalityData:
        """What the pages hold."""
        data = self.municipality_page.form.apply(MunicipalityData(name=""))
        return self.preferences_page.form.apply(data)

    def accept(self) -> None:
        try:
            self.finish()
        except ValidationError as exc:
            self._show_validation(exc)
            return
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        super().accept()
        if self.start_page.choice() == IMPORT:
            from coopdesk.ui.dialogs.import_dialog import ImportDialog  # not at start-up

            self.import_dialog = ImportDialog(self.context, self.parentWidget())
            self.import_dialog.finished.connect(self.import_dialog.deleteLater)
            self.import_dialog.open()

    def finish(self) -> None:
        """Load the demo if chosen, save the settings, announce the changes.

        Raises:
            ServiceError: something was refused; the settings were not saved.
        """
        data = clean(self.data())
        validate_municipality(data)
        logo_file = self.municipality_page.form.logo_file
        demo = self.start_page.choice() == DEMO
        if demo:
            self._load_demo()
            if logo_file is None and data.logo_id is None:  # keep the demo's logo
                current = self.context.run(get_municipality)
                data = replace(data, logo_id=current.logo_id if current else None)
        self.context.run(lambda s: save_municipality(s, data, logo_file=logo_file))
        if self.settings is not None:
            self.settings.setValue(LANGUAGE_KEY, data.ui_language)
        for table in _DEMO_TABLES if demo else ("municipality",):
            self.context.events.changed.emit(table)

    def _load_demo(self) -> None:
        if not self.context.run(is_blank):
            message = self.tr("The demo can only be loaded into an empty database.")
            raise ServiceError(message)
        from coopdesk.services.demo import populate_demo  # not at start-up

        engine = self.context.session_factory.kw["bind"]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            populate_demo(engine)
        finally:
            QApplication.restoreOverrideCursor()

    def _show_validation(self, error: ValidationError) -> None:
        if self.municipality_page.form.show_errors(error):
            self.restart()
        elif self.preferences_page.form.show_errors(error):
            self.restart()
            self.next()
        else:
            QMessageBox.warning(self, self.windowTitle(), error.message)


def show_first_run_if_needed(window: MainWindow) -> FirstRunWizard | None:
    """Open the assistant over ``window`` when its database has no municipality yet.

    Not for the volunteer mode or a read-only file. Returns the (non-blocking) wizard.
    """
    context = window.context
    if window.volunteer or context.readonly or context.run(is_configured):
        return None
    wizard = FirstRunWizard(context, window.settings, window)
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard
