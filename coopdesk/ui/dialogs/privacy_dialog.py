"""Tools ▸ Personal data: find a person, export what is held, erase it; the retention list;
the record of processing (French PDF) for the data protection officer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.cli_privacy import write_json_atomically
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.services.database import is_server_location
from coopdesk.services.errors import ServiceError
from coopdesk.services.privacy import (
    EraseMode,
    ErasureResult,
    PersonKind,
    PersonMatch,
    erase_person,
    export_person,
    find_person,
)
from coopdesk.services.processing_register import BackupPolicy
from coopdesk.ui.auto_backup import load_preferences
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.privacy_erasure import describe_erasure, erase_and_purge
from coopdesk.ui.dialogs.retention_tab import RetentionTab

_ERROR_STYLE = "color: #b3261e;"

# Tables named in "where they appear"; others are shown by their table name.
_TABLES = {
    "contact": QT_TRANSLATE_NOOP("PrivacyTables", "Contact"),
    "participant": QT_TRANSLATE_NOOP("PrivacyTables", "Participant"),
    "organisation": QT_TRANSLATE_NOOP("PrivacyTables", "Partner"),
    "exchange": QT_TRANSLATE_NOOP("PrivacyTables", "Exchange"),
    "project": QT_TRANSLATE_NOOP("PrivacyTables", "Project"),
    "partnership": QT_TRANSLATE_NOOP("PrivacyTables", "Partnership"),
    "risk": QT_TRANSLATE_NOOP("PrivacyTables", "Risk"),
    "measurement": QT_TRANSLATE_NOOP("PrivacyTables", "Measurement"),
    "evaluation": QT_TRANSLATE_NOOP("PrivacyTables", "Evaluation"),
    "money_transaction": QT_TRANSLATE_NOOP("PrivacyTables", "Transaction"),
    "attachment": QT_TRANSLATE_NOOP("PrivacyTables", "Document"),
}


def table_label(name: str) -> str:
    return translate("PrivacyTables", _TABLES[name]) if name in _TABLES else name


class PrivacyDialog(QDialog):
    """Personal data (GDPR): the right of access (export) and to erasure, and retention."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        # The backup preferences printed in the register: given, else the main window's.
        found = settings if settings is not None else getattr(parent, "settings", None)
        self.settings = found if isinstance(found, QSettings) else None
        self.setObjectName("privacyDialog")
        self.setWindowTitle(self.tr("Personal data"))
        self.context = context
        self.matches: list[PersonMatch] = []
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("privacyTabs")
        self.tabs.addTab(self._build_find_tab(), self.tr("Find a person"))
        self.retention = RetentionTab(context, self)
        self.tabs.addTab(self.retention, self.tr("Retention"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("privacyCloseButton")
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.register_button = QPushButton(self.tr("Record of processing…"), self)
        self.register_button.setObjectName("privacyRegisterButton")
        self.register_button.setToolTip(
            self.tr("The register of processing activities (in French) for the data "
                    "protection officer, made from the settings and the data.")
        )
        self.register_button.clicked.connect(lambda: self.write_register())
        bottom = QHBoxLayout()
        bottom.addWidget(self.register_button)  # about all the data: apart from the tabs' actions
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(860, 600)
        self._update_buttons()

    def _build_find_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Find a contact or a participant by name, e-mail or phone to export "
                "everything CoopDesk holds about them, or to erase it."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.search_edit = QLineEdit(page)
        self.search_edit.setObjectName("privacySearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Name, e-mail or phone"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"), page)
        self.search_button.setObjectName("privacySearchButton")
        self.search_button.clicked.connect(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_button)
        self.results = QTreeWidget(page)
        self.results.setObjectName("privacyResults")
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("E-mail / phone"), self.tr("Where"),
             self.tr("Dates")]
        )
        self.results.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setStretchLastSection(True)
        self.results.itemSelectionChanged.connect(self._on_results_selection_changed)
        self.found_label = QLabel(page)
        self.found_label.setObjectName("privacyFoundLabel")
        where_caption = QLabel(self.tr("Where this person appears:"), page)
        self.where_list = QListWidget(page)
        self.where_list.setObjectName("privacyWhereList")
        self.where_list.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export as JSON…"), page)
        self.export_button.setObjectName("privacyExportButton")
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.erase_button = QPushButton(self.tr("Erase / anonymise…"), page)
        self.erase_button.setObjectName("privacyEraseButton")
        self.erase_button.clicked.connect(lambda: self.erase_selected())
        self.mentions_check = QCheckBox(
            self.tr("Also erase the name where other records mention it"), page
        )
        self.mentions_check.setObjectName("privacyMentionsCheck")
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        actions.addWidget(self.mentions_check)
        actions.addStretch(1)
        self.message = QLabel(page)
        self.message.setObjectName("privacyMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.found_label)
        layout.addWidget(self.results, 3)
        layout.addWidget(where_caption)
        layout.addWidget(self.where_list, 2)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        return page

    # --- search -------------------------------------------------------------------------

    def search(self) -> None:
        query = self.search_edit.text().strip()
        self.matches = self.context.run(lambda s: find_person(s, query)) if query else []
        self.results.clear()
        self.where_list.clear()
        fmt = self.context.formatter
        for match in self.matches:
            contact_kind = match.kind is PersonKind.CONTACT
            kind = self.tr("Contact") if contact_kind else self.tr("Participant")
            if match.kind is PersonKind.PARTICIPANT and match.end not in (None, match.start):
                dates = self.tr("{start} – {end}").format(
                    start=fmt.short_date(match.start), end=fmt.short_date(match.end)
                )
            else:
                dates = fmt.short_date(match.start)
            contact = ", ".join(x for x in (match.email, match.phone) if x)
            item = QTreeWidgetItem([match.name or "—", kind, contact, match.where, dates])
            item.setData(0, Qt.ItemDataRole.UserRole, match.id)
            self.results.addTopLevelItem(item)
        if query:
            self.found_label.setText(self.tr("%n person(s) found.", "", len(self.matches)))
        else:
            self.found_label.clear()
        if self.matches:
            self.results.setCurrentItem(self.results.topLevelItem(0))
        self._update_buttons()

    def selected(self) -> list[PersonMatch]:
        rows = sorted(self.results.indexOfTopLevelItem(i) for i in self.results.selectedItems())
        return [self.matches[r] for r in rows]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected())
        self.export_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen and not self.context.readonly)
        self.mentions_check.setEnabled(not self.context.readonly)

    def _on_results_selection_changed(self) -> None:
        self._update_buttons()
        self.where_list.clear()
        chosen = self.selected()
        if len(chosen) != 1:
            return
        try:
            data = self.context.run(lambda s: export_person(s, [chosen[0].ref]))
        except ServiceError as exc:
            self._show_message(exc.message, error=True)
            return
        for line in self._where_lines(chosen[0], data["persons"][0]):
            self.where_list.addItem(line)

    def _where_lines(self, match: PersonMatch, person: dict[str, Any]) -> list[str]:
        record = person["record"]
        if match.kind is PersonKind.CONTACT:
            lines = [self.tr("Contact of the partner {name}").format(name=match.where)]
        else:
            lines = [self.tr("Participant in the exchange {title}").format(title=match.where)]
            if record.get("is_minor"):
                lines.append(self.tr("Flagged as a minor"))
        if record.get("consent_given"):
            date = record.get("consent_date")
            lines.append(
                self.tr("Consent recorded on {date}").format(
                    date=self.context.formatter.date(dt.date.fromisoformat(date))
                )
                if date else self.tr("Consent recorded")
            )
        else:
            lines.append(self.tr("No consent recorded"))
        for table, rows in person["referenced_by"].items():
            lines.append(
                self.tr("%n linked record(s): {table}", "", len(rows)).format(
                    table=table_label(table)
                )
            )
        changes = len(person["audit_entries"])
        lines.append(self.tr("%n change(s) in the history", "", changes))
        for mention in person["mentions"]:
            lines.append(
                self.tr("Named in a record ({table}): “{excerpt}”").format(
                    table=table_label(mention["table"]), excerpt=mention["excerpt"]
                )
            )
        return lines

    # --- export and erasure ---------------------------------------------------------------

    def export_selected(self, path: Path | None = None) -> Path | None:
        """Write everything held about the selected persons to a JSON file (atomically)."""
        chosen = self.selected()
        if not chosen:
            return None
        if not path:
            stem = "-".join(m.name for m in chosen[:1]) or "person"
            suggested = self.context.db_path.with_name(f"{stem}.json")
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export personal data"), str(suggested),
                self.tr("JSON files (*.json)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            data = self.context.run(lambda s: export_person(s, [m.ref for m in chosen]))
            write_json_atomically(data, path)
        except ServiceError as exc:
            self._show_message(exc.message, error=True)
            return None
        except OSError as exc:
            text = self.tr("The file {path} cannot be written: {reason}")
            self._show_message(text.format(path=path, reason=exc.strerror or exc), error=True)
            return None
        self._show_message(
            self.tr("%n person(s) exported to {path}.", "", len(chosen)).format(path=path)
        )
        return path

    def erase_selected(self) -> ErasureResult | None:
        """Anonymise the selected persons after an explicit confirmation."""
        chosen = self.selected()
        if not chosen or self.context.readonly:
            return None
        names = ", ".join(m.name or "—" for m in chosen[:5])
        question = self.tr(
            "Anonymise %n person(s) ({names})? Names, contact details and consent are removed "
            "from the database and from its history; counts by sex and age group are kept "
            "for statistics. This cannot be undone, not even with Undo.",
            "",
            len(chosen),
        ).format(names=names + (", …" if len(chosen) > 5 else ""))
        if not self._confirm(self.tr("Erase personal data"), question):
            return None
        refs = [m.ref for m in chosen]
        scrub = self.mentions_check.isChecked()
        outcome = self._erase(
            lambda s: erase_person(s, refs, EraseMode.ANONYMISE, scrub_mentions=scrub)
        )
        if outcome is not None:
            self.search()
            self.retention.reload()
        return outcome

    def _erase(self, action: Callable[[Session], ErasureResult]) -> ErasureResult | None:
        try:
            result, warning = erase_and_purge(self.context, action)
        except ServiceError as exc:
            self._show_message(exc.message, error=True)
            return None
        self._show_message(" ".join(x for x in (describe_erasure(result), warning) if x))
        return result

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(_ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.show()

    # --- record of processing -----------------------------------------------------------

    def _backup_policy(self) -> BackupPolicy | None:
        if self.settings is None:
            return None
        prefs = load_preferences(self.settings)
        folder = Path(prefs.folder).expanduser() if prefs.folder else None
        return BackupPolicy(folder, prefs.keep or None, prefs.automatic)

    def _suggested_register_path(self) -> Path:
        name = f"registre-des-traitements-{dt.date.today().isoformat()}.pdf"
        if is_server_location(self.context.db_path):
            return Path.home() / name
        return self.context.db_path.resolve().with_name(name)

    def write_register(self, path: Path | None = None) -> Path | None:
        """Write the record of processing (PDF, French) and offer to open it."""
        if not path:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Record of processing"), str(self._suggested_register_path()),
                self.tr("PDF files (*.pdf)"),
            )
            if not name:
                return None
            path = Path(name)
        # reportlab is imported when a register is written, not when the window starts.
        from coopdesk.reports.processing_register import write_processing_register

        policy = self._backup_policy()
        location = self.context.db_path
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about half a second
        try:
            written = self.context.run(
                lambda s: write_processing_register(s, location, path, backups=policy)
            )
        except ServiceError as exc:
            self._show_message(exc.message, error=True)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._show_message(self.tr("Record of processing written to {path}.").format(path=written))
        answer = QMessageBox.question(
            self, self.tr("Record of processing"),
            self.tr("The record of processing was written to {path}. Open it now?").format(
                path=written),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written

    def show_retention(self) -> None:
        self.tabs.setCurrentWidget(self.retention)


def open_privacy_dialog(
    context: AppContext, parent: QWidget | None, *, retention: bool = False
) -> PrivacyDialog:
    """Open the dialog (not blocking); ``retention`` shows the Retention tab first."""
    dialog = PrivacyDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if retention:
        dialog.show_retention()
    dialog.open()
    return dialog

