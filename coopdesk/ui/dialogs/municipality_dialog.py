"""Settings ▸ Municipality: the first-run assistant's forms, saved as an undoable change."""

from __future__ import annotations

from sqlalchemy.orm import Session

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.attachments import read_attachment
from coopdesk.services.errors import ServiceError, ValidationError
from coopdesk.services.municipality import (
    MunicipalityData,
    get_municipality,
    restore_municipality,
    save_municipality,
)
from coopdesk.ui.context import AppContext, ServiceCommand
from coopdesk.ui.municipality_form import MunicipalityIdentityForm, MunicipalitySettingsForm
from coopdesk.ui.startup import LANGUAGE_KEY


class MunicipalityDialog(QDialog):
    """Two tabs (municipality, preferences); OK saves both in one undoable step."""

    def __init__(
        self,
        context: AppContext,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("municipalityDialog")
        self.setWindowTitle(self.tr("Municipality settings"))
        self.context = context
        self.settings = settings
        self.previous: MunicipalityData | None = context.run(get_municipality)
        self.identity_form = MunicipalityIdentityForm(self)
        self.settings_form = MunicipalitySettingsForm(context.formatter.language, self)
        if self.previous is not None:
            logo_id = self.previous.logo_id
            logo = context.run(lambda s: read_attachment(s, logo_id)) if logo_id else None
            self.identity_form.fill(self.previous, logo)
            self.settings_form.fill(self.previous)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("municipalityTabs")
        self.tabs.addTab(self.identity_form, self.tr("Municipality"))
        self.tabs.addTab(self.settings_form, self.tr("Languages, currency and backups"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialogError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("dialogOkButton")
        ok.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            "dialogCancelButton"
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        ok.setEnabled(not context.readonly)
        self.resize(620, 480)

    def data(self) -> MunicipalityData:
        base = self.previous or MunicipalityData(name="")
        return self.settings_form.apply(self.identity_form.apply(base))

    def accept(self) -> None:
        data = self.data()
        logo_file = self.identity_form.logo_file
        previous = self.previous
        # Redo saves what the first run saved (the logo is then an attachment, not a file).
        saved: list[MunicipalityData] = []

        def do(session: Session) -> None:
            if saved:
                save_municipality(session, saved[0])
            else:
                saved.append(save_municipality(session, data, logo_file=logo_file))

        def undo(session: Session) -> None:
            restore_municipality(session, previous)

        command = ServiceCommand(
            self.context, self.tr("Change the municipality settings"), "municipality", do, undo
        )
        try:
            self.context.execute(command)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        except ServiceError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        if self.settings is not None:
            self.settings.setValue(LANGUAGE_KEY, saved[0].ui_language)
        super().accept()

    def _show_errors(self, error: ValidationError) -> None:
        self.error_label.hide()
        on_identity = self.identity_form.show_errors(error)
        on_settings = self.settings_form.show_errors(error)
        if on_identity:
            self.tabs.setCurrentWidget(self.identity_form)
        elif on_settings:
            self.tabs.setCurrentWidget(self.settings_form)
        else:
            self.error_label.setText(error.message)
            self.error_label.show()
