"""File ▸ Export (IATI, APD, volunteer bundle), File ▸ Import (bundle), File ▸ Backups.

Each action asks what it needs, then runs the exchange engine off the GUI thread with its
own connection; the engine's translated message is shown when it refuses (nothing is
written then). The automatic backups (auto_backup.py) are driven from here too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from coopdesk.exchange.apd_data import ApdDeclaration
from coopdesk.exchange.bundle import BUNDLE_SUFFIX, BundleSummary, export_bundle
from coopdesk.exchange.bundle_merge import BundlePlan, plan_bundle
from coopdesk.exchange.bundle_read import read_bundle
from coopdesk.exchange.errors import Progress
from coopdesk.exchange.iati_export import IatiExportSummary, export_iati
from coopdesk.i18n import plural
from coopdesk.ui.auto_backup import AutoBackup
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.backups_dialog import BackupsDialog
from coopdesk.ui.dialogs.bundle_import_dialog import BundleImportDialog
from coopdesk.ui.file_job import FileJob, show_progress, worker_session

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow

LAST_FOLDER_KEY = "exports/last_folder"
FIRST_APD_YEAR = 2000


class DataMenus(QObject):
    """The window's export, import and backup actions (one per window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.auto_backup = AutoBackup(window)
        self.job: FileJob | None = None
        self.import_dialog: BundleImportDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.iati_action = self._action("exportIatiAction", self.tr("IATI activity file…"),
                                        self.export_iati)  # fmt: skip
        self.iati_action.setStatusTip(
            self.tr("Every project as an IATI 2.03 file, checked against the official schema")
        )
        self.apd_action = self._action("exportApdAction", self.tr("APD declaration…"),
                                       self.export_apd)  # fmt: skip
        self.apd_action.setStatusTip(
            self.tr("The year's official development aid, ready for the ministry's form")
        )
        self.bundle_export_action = self._action(
            "exportBundleAction", self.tr("Volunteer bundle…"), self.export_bundle
        )
        self.bundle_export_action.setStatusTip(
            self.tr("The visits logged since the last export, for the town hall")
        )
        self.bundle_import_action = self._action(
            "importBundleAction", self.tr("Volunteer bundle…"), self.import_bundle
        )
        self.bundle_import_action.setStatusTip(self.tr("Add the visits a volunteer exported"))
        self.backups_action = self._action("backupsAction", self.tr("&Backups…"),
                                           self.show_backups)  # fmt: skip
        export_menu, import_menu = window.export_menu, window.import_menu
        if not export_menu.isEmpty():
            export_menu.addSeparator()
        if not window.volunteer:
            export_menu.addAction(self.iati_action)
            export_menu.addAction(self.apd_action)
            if not import_menu.isEmpty():
                import_menu.addSeparator()
            import_menu.addAction(self.bundle_import_action)
        export_menu.addAction(self.bundle_export_action)
        window.file_menu.addAction(self.backups_action)

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # --- window life ------------------------------------------------------------------------

    def bind(self, context: AppContext) -> None:
        """Follow the database the window shows."""
        self.auto_backup.bind(context)
        writable = not context.readonly
        self.bundle_export_action.setEnabled(writable)  # it remembers the export's time
        self.bundle_import_action.setEnabled(writable)

    def backup_on_close(self) -> None:
        self.auto_backup.backup_on_close()

    # --- helpers ----------------------------------------------------------------------------

    @property
    def context(self) -> AppContext:
        return self._window.context

    def _save_name(self, title: str, name: str, file_filter: str) -> Path | None:
        settings = self._window.settings
        folder = str(settings.value(LAST_FOLDER_KEY, "") or "") or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, title, str(Path(folder) / name), file_filter
        )
        if not chosen:
            return None
        settings.setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
        return Path(chosen)

    def _run(self, work: object, label: str, done: object, *, cancellable: bool = False) -> FileJob:
        job = FileJob(work, self)  # type: ignore[arg-type]
        show_progress(self._window, job, label, cancellable=cancellable)
        job.succeeded.connect(done)
        job.failed.connect(self._on_job_failed)
        job.finished.connect(job.deleteLater)
        self.job = job
        return job.start()

    def _on_job_failed(self, message: str) -> None:
        if self.job is not None and self.job.cancelled:
            self._status(message)
        else:
            self._window.show_error(message)

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 15000)

    # --- exports ----------------------------------------------------------------------------

    def export_iati(self) -> FileJob | None:
        stamp = dt.date.today().strftime("%Y%m%d")
        out = self._save_name(
            self.tr("Export the IATI activity file"),
            f"{self.context.db_path.stem}-iati-{stamp}.xml",
            self.tr("IATI XML files (*.xml)"),
        )
        if out is None:
            return None
        factory, db_path = self.context.session_factory, self.context.db_path

        def work(_progress: Progress) -> IatiExportSummary:
            with worker_session(factory, db_path, readonly=True) as session:
                return export_iati(session, out)

        return self._run(work, self.tr("Writing and validating the IATI file…"), self._iati_done)

    def _iati_done(self, summary: object) -> None:
        assert isinstance(summary, IatiExportSummary)
        text = self.tr(
            "IATI file written and validated: {path} ({activities} activities, "
            "{transactions} transactions)."
        )
        self._status(
            text.format(
                path=summary.path,
                activities=summary.activities,
                transactions=summary.transactions,
            )
        )

    def export_apd(self) -> FileJob | None:
        last_year = dt.date.today().year - 1
        year, ok = QInputDialog.getInt(
            self._window,
            self.tr("APD declaration"),
            self.tr("Year to declare:"),
            last_year,
            FIRST_APD_YEAR,
            last_year + 1,
        )
        if not ok:
            return None
        out = self._save_name(
            self.tr("Export the APD declaration"),
            self.tr("APD-{year}.xlsx").format(year=year),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if out is None:
            return None
        factory, db_path = self.context.session_factory, self.context.db_path
        language = self.context.formatter.language

        def work(_progress: Progress) -> ApdDeclaration:
            from coopdesk.exchange.apd_export import export_apd  # openpyxl: not at start-up

            with worker_session(factory, db_path, readonly=True) as session:
                return export_apd(session, year, out, language=language)

        label = self.tr("Writing the APD declaration…")
        return self._run(work, label, lambda dec: self._apd_done(dec, out))

    def _apd_done(self, dec: object, out: Path) -> None:
        assert isinstance(dec, ApdDeclaration)
        text = self.tr("APD declaration {year} written: {path} ({projects} project(s), {total}).")
        total = self.context.formatter.money(dec.total_eur)
        self._status(text.format(year=dec.year, path=out, projects=len(dec.rows), total=total))

    def export_bundle(self) -> FileJob | None:
        """The visits the volunteer logged since their last export, as a .coopdesk file."""
        name = self.context.user_name
        if not self._window.volunteer or not name:
            typed, ok = QInputDialog.getText(
                self._window,
                self.tr("Volunteer bundle"),
                self.tr("Whose visits? (the name they were logged with)"),
                QLineEdit.EchoMode.Normal,
                name,
            )
            name = " ".join(str(typed).split())
            if not ok or not name:
                return None
        stamp = dt.date.today().strftime("%Y%m%d")
        out = self._save_name(
            self.tr("Export a volunteer bundle"),
            f"{'-'.join(name.split())}-{stamp}{BUNDLE_SUFFIX}",
            self.tr("CoopDesk bundles (*{suffix})").format(suffix=BUNDLE_SUFFIX),
        )
        if out is None:
            return None
        if out.suffix != BUNDLE_SUFFIX:
            out = out.with_name(out.name + BUNDLE_SUFFIX)
        factory, db_path = self.context.session_factory, self.context.db_path

        def work(progress: Progress) -> BundleSummary:
            with worker_session(factory, db_path, readonly=False) as session:
                return export_bundle(session, out, name, progress=progress)

        label = self.tr("Writing the bundle…")
        return self._run(work, label, self._bundle_done, cancellable=True)

    def _bundle_done(self, summary: object) -> None:
        assert isinstance(summary, BundleSummary)
        if summary.exchanges == 0:
            text = self.tr("Nothing new since the last export: the bundle {path} is empty.")
            self._status(text.format(path=summary.path))
            return
        visits = plural.translate("DataMenus", "%n visit(s)", None, 1).count(summary.exchanges)
        files = plural.translate("DataMenus", "%n file(s)", None, 1).count(summary.attachments)
        text = self.tr("Bundle written: {path} ({visits}, {files}).")
        self._status(text.format(path=summary.path, visits=visits, files=files))

    # --- import -----------------------------------------------------------------------------

    def import_bundle(self) -> FileJob | None:
        """Read and check a bundle, plan its merge, then let the user confirm (dialog)."""
        settings = self._window.settings
        folder = str(settings.value(LAST_FOLDER_KEY, "") or "") or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import a volunteer bundle"),
            folder,
            self.tr("CoopDesk bundles (*{suffix})").format(suffix=BUNDLE_SUFFIX),
        )
        if not chosen:
            return None
        settings.setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
        path = Path(chosen)
        factory, db_path = self.context.session_factory, self.context.db_path

        def work(_progress: Progress) -> BundlePlan:
            bundle = read_bundle(path)
            with worker_session(factory, db_path, readonly=True) as session:
                return plan_bundle(session, bundle)

        label = self.tr("Checking the bundle…")
        return self._run(work, label, self._show_plan)

    def _show_plan(self, plan: object) -> None:
        assert isinstance(plan, BundlePlan)
        dialog = BundleImportDialog(self.context, plan, self._window)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()

    # --- backups ----------------------------------------------------------------------------

    def show_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(self._window)
        dialog.finished.connect(dialog.deleteLater)
        self.backups_dialog = dialog
        dialog.open()
        return dialog


def install_exports_menu(window: MainWindow) -> DataMenus:
    """Add the IATI, APD and bundle actions and File ▸ Backups to ``window``'s menus."""
    return DataMenus(window)
