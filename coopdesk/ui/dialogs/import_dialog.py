"""Import a spreadsheet: file and kind, column mapping with a preview, report, then import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.exchange.errors import Progress, RowsRejectedError
from coopdesk.exchange.full_import import about, check_version, plan_workbook
from coopdesk.exchange.readers import RawTable, read_workbook
from coopdesk.exchange.schema import TABLES_BY_NAME
from coopdesk.exchange.spreadsheet_import import ImportPlan, ImportResult, apply, validate
from coopdesk.ui.context import AppContext
from coopdesk.ui.data_worker import TaskRunner, run_task, worker_session
from coopdesk.ui.dialogs.import_pages import ImportFilePage, ImportMappingPage
from coopdesk.ui.dialogs.import_report import ImportReportPage

FILE, MAPPING, REPORT, DONE = range(4)
# Tables written along with a sheet's records (an exchange's partners and participants).
_ALSO_TOUCHED = {
    "exchanges": ("exchange_partner", "participant", "participant_count"),
    "indicators": ("indicator_target",),
    "measurements": ("indicator",),
}


@dataclass
class OpenedFile:
    """A file read for import: its tables and, for a CoopDesk export, its "about" values."""

    path: Path
    tables: dict[str, RawTable]
    coopdesk: bool


def read_import_file(path: Path) -> OpenedFile:
    """Read and check a file (in a worker thread); refuses unsafe, empty or newer files."""
    tables = read_workbook(path)
    info = about(tables)
    if info is not None:
        check_version(info, path)
    return OpenedFile(path, tables, info is not None)


def touched_tables(plan: ImportPlan) -> list[str]:
    """The database tables an import of ``plan`` writes (for ``events.changed``)."""
    out: list[str] = []
    for sheet in dict.fromkeys(p.table for p in plan.valid_rows):
        spec = TABLES_BY_NAME.get(sheet)
        names = [spec.model.__tablename__] if spec is not None else []  # type: ignore[attr-defined]
        for name in [*names, *_ALSO_TOUCHED.get(sheet, ())]:
            if name not in out:
                out.append(name)
    return out


class ImportDialog(QDialog):
    """All or nothing by default; importing only the valid rows is an explicit choice.

    Reading, checking and writing run off the GUI thread with progress and Cancel; the
    import is one transaction, so a cancel or an error leaves the database unchanged.
    """

    imported = Signal(object)  # the ImportResult, once written

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.resize(880, 640)
        self.context = context
        self.file: OpenedFile | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.runner: TaskRunner | None = None
        self.file_page = ImportFilePage(self)
        self.mapping_page = ImportMappingPage(self)
        self.report_page = ImportReportPage(self)
        self.done_label = QLabel(self)
        self.done_label.setObjectName("importDoneLabel")
        self.done_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        for page in (self.file_page, self.mapping_page, self.report_page, self.done_label):
            self.stack.addWidget(page)
        self.buttons = QDialogButtonBox(self)
        self.back_button = self._button("importBackButton", self.tr("< Back"), self.back)
        self.next_button = self._button("importNextButton", self.tr("Next >"), self.next)
        self.import_button = self._button("importAllButton", self.tr("Import"), self.import_all)
        self.only_valid_button = self._button("importOnlyValidButton", "", self.import_only_valid)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("importCloseButton")
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self.file_page.changed.connect(self._update_buttons)
        self.mapping_page.changed.connect(self._update_buttons)
        self._update_buttons()

    def reject(self) -> None:
        """Closing while a task runs cancels it first (an import is then rolled back)."""
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()
        super().reject()

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- steps ------------------------------------------------------------------------------

    def next(self) -> None:
        """From the file page: read the file; from the mapping page: check the rows."""
        if self.stack.currentIndex() == FILE:
            self._read_file()
        elif self.stack.currentIndex() == MAPPING and self.mapping_page.is_complete():
            self._check_mapped()

    def back(self) -> None:
        page = self.stack.currentIndex()
        if page == REPORT and self.file is not None and not self.file.coopdesk:
            self._show(MAPPING)
        elif page in (MAPPING, REPORT):
            self._show(FILE)

    def import_all(self) -> None:
        self._write(only_valid=False)

    def import_only_valid(self) -> None:
        self._write(only_valid=True)

    def _read_file(self) -> None:
        path = self.file_page.path()
        if path is None:
            return
        self.file_page.show_error("")
        self._start(
            self.tr("Reading {file}…").format(file=path.name),
            lambda _progress: read_import_file(path),
            self._on_file_read,
            self.file_page.show_error,
        )

    def _on_file_read(self, opened: OpenedFile) -> None:
        if self.runner is not None and self.runner.cancel_requested():
            self.file_page.show_error(self.tr("Cancelled."))
            return
        self.file = opened
        if opened.coopdesk:
            self._check_workbook()
            return
        self.mapping_page.set_file(opened.tables, self.file_page.kind(), opened.path.name)
        self._show(MAPPING)

    def _check_workbook(self) -> None:
        assert self.file is not None
        opened, factory, db_path = self.file, self.context.session_factory, self.context.db_path

        def task(progress: Progress) -> ImportPlan:
            with worker_session(factory, db_path) as session:
                plan = plan_workbook(
                    session, opened.tables, source=opened.path.name, progress=progress
                )
                session.rollback()
                return plan

        self._start(
            self.tr("Checking {file}…").format(file=opened.path.name),
            task,
            self._on_checked,
            self.file_page.show_error,
        )

    def _check_mapped(self) -> None:
        assert self.file is not None
        raw, mapping = self.mapping_page.raw, self.mapping_page.mapping()
        kind, source = self.mapping_page.kind, self.file.path.name
        factory, db_path = self.context.session_factory, self.context.db_path

        def task(progress: Progress) -> ImportPlan:
            with worker_session(factory, db_path) as session:
                plan = validate(raw, mapping, kind, session, source=source, progress=progress)
                session.rollback()
                return plan

        self._start(
            self.tr("Checking {file}…").format(file=source),
            task,
            self._on_checked,
            self.mapping_page.missing_label.setText,
        )

    def _on_checked(self, plan: ImportPlan) -> None:
        if self.runner is not None and self.runner.cancel_requested():
            return
        self.plan = plan
        tables = self.file.tables if self.file is not None else {}
        sheet = "" if self.file is None or self.file.coopdesk else self.mapping_page.raw.name
        self.report_page.set_report(self._summary(plan), plan.errors, tables, sheet)
        self._show(REPORT)

    def _summary(self, plan: ImportPlan) -> str:
        valid = len(plan.valid_rows)
        rejected = len({(e.sheet, e.row) for e in plan.errors})
        parts = []
        if self.file is not None and self.file.coopdesk:
            parts.append(self.tr("A file exported by CoopDesk: every sheet is imported as is."))
        ready = self.tr("%n row(s) can be imported", "", valid)
        details = self.tr("({created} new, {updated} updated, {unchanged} unchanged).").format(
            created=plan.outcomes.get("created", 0),
            updated=plan.outcomes.get("updated", 0),
            unchanged=plan.outcomes.get("unchanged", 0),
        )
        parts.append(f"{ready} {details}" if valid else ready + ".")
        if rejected:
            parts.append(
                self.tr(
                    "%n row(s) rejected: nothing is imported unless you choose to import "
                    "only the valid rows. The reasons are listed below.",
                    "",
                    rejected,
                )
            )
        return "\n".join(parts)

    def _write(self, *, only_valid: bool) -> None:
        plan = self.plan
        if plan is None or (plan.errors and not only_valid):
            return
        factory, db_path = self.context.session_factory, self.context.db_path

        def task(progress: Progress) -> ImportResult:
            with worker_session(factory, db_path) as session:
                return apply(session, plan, only_valid, progress=progress)

        self.report_page.message.setText("")
        self._start(
            self.tr("Importing…"), task, self._on_written, self.report_page.message.setText,
            on_failure=self._on_write_failed,
        )  # fmt: skip

    def _on_written(self, result: ImportResult) -> None:
        assert self.plan is not None
        self.result = result
        for table in touched_tables(self.plan):
            self.context.events.changed.emit(table)
        text = self.tr(
            "Import done: {created} added, {updated} updated, {unchanged} unchanged."
        ).format(created=result.created, updated=result.updated, unchanged=result.unchanged)
        if result.skipped:
            text += "\n" + self.tr("%n row(s) were not valid and were skipped.", "", result.skipped)
        self.done_label.setText(text)
        self._show(DONE)
        self.imported.emit(result)

    def _on_write_failed(self, message: str, exc: object) -> None:
        if isinstance(exc, RowsRejectedError) and self.plan is not None:
            self.plan.errors = list(exc.errors)
            self.plan.valid_rows = []
            self.report_page.set_errors(exc.errors)
        self.report_page.message.setText(message)
        self._update_buttons()

    # --- plumbing ---------------------------------------------------------------------------

    def _start(
        self,
        label: str,
        task: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        show: Callable[[str], None],
        *,
        on_failure: Callable[[str, object], None] | None = None,
    ) -> None:
        """Run ``task`` with progress; ``show`` gets a failure's or a cancel's message."""
        self.runner = run_task(
            self,
            label,
            task,
            on_success,
            on_failure or (lambda message, _exc: show(message)),
            lambda: show(self.tr("Cancelled: nothing was imported.")),
        )
        self.runner.finished.connect(self._on_runner_finished)
        self._update_buttons()

    def _on_runner_finished(self) -> None:
        self.runner = None
        self._update_buttons()

    def _show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page, busy = self.stack.currentIndex(), self.runner is not None
        plan = self.plan
        valid = len(plan.valid_rows) if plan is not None else 0
        has_errors = bool(plan.errors) if plan is not None else False
        self.back_button.setVisible(page in (MAPPING, REPORT))
        self.next_button.setVisible(page in (FILE, MAPPING))
        self.next_button.setText(self.tr("Check") if page == MAPPING else self.tr("Next >"))
        self.next_button.setEnabled(
            not busy
            and (
                (page == FILE and self.file_page.path() is not None)
                or (page == MAPPING and self.mapping_page.is_complete())
            )
        )
        self.next_button.setDefault(page in (FILE, MAPPING))
        self.import_button.setVisible(page == REPORT)
        self.import_button.setEnabled(not busy and valid > 0 and not has_errors)
        self.only_valid_button.setVisible(page == REPORT and has_errors and valid > 0)
        self.only_valid_button.setEnabled(not busy)
        self.only_valid_button.setText(self.tr("Import only the %n valid row(s)", "", valid))
        self.back_button.setEnabled(not busy)
        self.close_button.setText(self.tr("Close") if page == DONE else self.tr("Cancel"))
