"""The "Reports" area: choose a report, make it off the GUI thread, preview, save and print it."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import translate
from coopdesk.reports.options import ANNUAL, BUDGET, PROJECT
from coopdesk.reports.output import atomic_output
from coopdesk.services.errors import ServiceError
from coopdesk.services.exchange_years import exchange_years
from coopdesk.ui.confirm import confirm, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.icons import icon
from coopdesk.ui.report_form import KIND_NAMES, ReportForm
from coopdesk.ui.report_preview import ReportPreview
from coopdesk.ui.report_printing import (
    PrintError,
    pages_to_print,
    prepare_printer,
    print_pages,
)
from coopdesk.ui.report_worker import ReportRunner

if TYPE_CHECKING:
    from coopdesk.reports.generate import ReportRequest

_ERROR_STYLE = "color: #b3261e;"
# Read the projects again after data changes, once they stop coming for this long.
RELOAD_DELAY_MS = 150


def save_copy(source: Path, target: Path) -> None:
    """Copy the report ``source`` to ``target`` atomically (complete, or not at all).

    Raises:
        ServiceError: the folder cannot be written to (message translated).
        OSError: reading or writing failed midway (``target`` is left as it was).
    """
    with source.open("rb") as src, atomic_output(target) as out:
        shutil.copyfileobj(src, out)


def _remove_folder(folder: Path, *_args: object) -> None:
    shutil.rmtree(folder, ignore_errors=True)


class ReportsPage(QWidget):
    """Choices on the left, the pages of the last report made on the right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.context = context
        self.report_path: Path | None = None
        self.report_request: ReportRequest | None = None
        self._pending: ReportRequest | None = None
        self._dirty = True
        self._count = 0
        self._save_folder = context.db_path.parent
        self._folder: Path | None = None  # made at the first report
        self._printer: QPrinter | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.refresh_choices)
        self.runner = ReportRunner(context.session_factory, context.db_path, self)
        self.form = ReportForm(context, self)
        self.preview = ReportPreview(self)
        self.generate_button = self._button("reportGenerateButton", self.tr("&Generate"))
        self.generate_button.setIcon(icon("reports"))
        self.generate_button.setDefault(True)
        self.cancel_button = self._button("reportCancelButton", self.tr("Cancel"))
        self.save_button = self._button("reportSaveButton", self.tr("&Save as…"))
        self.save_button.setIcon(icon("save"))
        self.print_button = self._button("reportPrintButton", self.tr("Pr&int…"))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("reportProgressBar")
        self.progress_bar.setRange(0, 100)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("reportMessageLabel")
        self.message_label.setWordWrap(True)
        self._build()
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_report)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        context.events.changed.connect(self._on_events_changed)
        self._set_busy(False)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def _build(self) -> None:
        title = QLabel(self.tr("Reports"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() + 5)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr("A PDF for the council, the partners and the co-financers, in one "
                    "or two languages."),
            self,
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")
        running = QHBoxLayout()
        running.addWidget(self.progress_bar, 1)
        running.addWidget(self.cancel_button)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        result = QHBoxLayout()
        result.addWidget(self.save_button)
        result.addWidget(self.print_button)
        result.addStretch(1)
        panel = QWidget(self)
        panel.setObjectName("reportChoicesPanel")
        panel.setMinimumWidth(330)
        panel.setMaximumWidth(440)
        left = QVBoxLayout(panel)
        left.setContentsMargins(0, 0, 8, 0)
        left.addWidget(title)
        left.addWidget(intro)
        left.addSpacing(8)
        left.addWidget(self.form)
        left.addSpacing(8)
        left.addWidget(self.generate_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addLayout(running)
        left.addWidget(self.message_label)
        left.addSpacing(8)
        left.addWidget(line)
        left.addLayout(result)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.preview, 1)

    def status_text(self) -> str:
        """Nothing to count here (the main window's status bar shows the other areas')."""
        return ""

    # --- generating -----------------------------------------------------------------------

    def generate(self) -> None:
        """Make the chosen report off the GUI thread; the preview shows it when done."""
        problem = self.form.problem()
        if problem:
            self._show_message(problem, error=True)
            return
        self._count += 1
        out = self.work_folder() / f"report-{self._count}.pdf"
        self._pending = self.form.request()
        self._set_busy(True)
        self.progress_bar.setValue(0)
        self._show_message(self.tr("Preparing the report…"))
        self.runner.start(self._pending, out)

    def work_folder(self) -> Path:
        """The private folder of the reports made here (previews before they are saved).

        Removed with the page once its worker has stopped, or when the program ends.
        """
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="coopdesk-reports-"))
            # ~QThreadPool waits for the running job before ``destroyed`` is emitted.
            self.runner.pool.destroyed.connect(partial(_remove_folder, self._folder))
            atexit.register(_remove_folder, self._folder)
        return self._folder

    def cancel(self) -> None:
        """Stop the report being made: no file is left and the previous preview stays."""
        if not self.runner.is_running():
            return
        self.runner.cancel()
        self._pending = None
        self._set_busy(False)
        self._show_message(self.tr("Cancelled: no report was made."))

    def is_generating(self) -> bool:
        return self.runner.is_running()

    def _set_busy(self, busy: bool) -> None:
        self.generate_button.setEnabled(not busy)
        self.form.setEnabled(not busy)
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        ready = not busy and self.report_path is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(_ERROR_STYLE if error else "")

    def _on_runner_progressed(self, percent: int, message: str) -> None:
        self.progress_bar.setValue(percent)
        if percent < 100:
            self._show_message(message)

    def _on_runner_finished(self, path: str) -> None:
        request, self._pending = self._pending, None
        assert request is not None
        previous = self.report_path
        new = Path(path)
        if self.preview.show_file(new, self.report_title(request)):
            self.report_path, self.report_request = new, request
            pages = self.preview.page_count()
            self._show_message(self.tr("The report is ready: %n page(s).", "", pages))
            if previous is not None and previous != new:
                previous.unlink(missing_ok=True)
        else:
            new.unlink(missing_ok=True)
            self.report_path = self.report_request = None
            if previous is not None:
                previous.unlink(missing_ok=True)
            self._show_message(self.tr("The report was made but cannot be shown."), error=True)
        self._set_busy(False)

    def _on_runner_failed(self, message: str) -> None:
        self._pending = None
        self._set_busy(False)
        self._show_message(
            self.tr("The report could not be made: {message}").format(message=message),
            error=True,
        )

    # --- names ----------------------------------------------------------------------------

    def report_title(self, request: ReportRequest) -> str:
        """E.g. "Annual report to the council, 2025 (FR, DE)"."""
        name = translate("ReportForm", KIND_NAMES[request.kind])
        languages = ", ".join(code.upper() for code in request.languages)
        if request.project_code:
            return self.tr("{report} {code}, {year} ({languages})").format(
                report=name, code=request.project_code, year=request.year, languages=languages
            )
        return self.tr("{report}, {year} ({languages})").format(
            report=name, year=request.year, languages=languages
        )

    def suggested_file_name(self, request: ReportRequest) -> str:
        """E.g. "rapport-annuel-2025-fr-de.pdf" (the words in the interface language)."""
        if request.kind == ANNUAL:
            stem = self.tr("annual-report")
        elif request.kind == PROJECT:
            stem = self.tr("project-sheet")
        elif request.kind == BUDGET:
            stem = self.tr("budget-statement")
        else:
            stem = self.tr("exchanges-log")
        parts = [stem]
        if request.project_code:
            parts.append(request.project_code)
        parts += [str(request.year), *request.languages]
        name = "-".join(parts)
        safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)
        return f"{safe}.pdf"

    # --- saving and printing --------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Copy the report to a file the user chooses; returns the file written."""
        source, request = self.report_path, self.report_request
        if source is None or request is None:
            return None
        suggested = self._save_folder / self.suggested_file_name(request)
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(f"{target.name}.pdf")
            if target.exists() and not confirm(
                self,
                self.tr("Save the report"),
                self.tr("{name} already exists. Replace it?").format(name=target.name),
            ):
                return None
        try:
            save_copy(source, target)
        except ServiceError as exc:
            warn(self, self.tr("Report not saved"), exc.message)
            return None
        except OSError as exc:
            warn(
                self,
                self.tr("Report not saved"),
                self.tr("The report could not be saved to {path}: {reason}. "
                        "Nothing was written.").format(path=target, reason=exc.strerror or exc),
            )
            return None
        self._save_folder = target.parent
        self._show_message(self.tr("Saved to {path}").format(path=target))
        return target

    def print_report(self) -> None:
        """Ask the system print dialog, then print the chosen pages."""
        if self.report_path is None or self.report_request is None:
            return
        if self._printer is None:  # kept: the next print offers the same printer
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer = self._printer
        prepare_printer(printer, self.preview.document)
        printer.setDocName(self.report_title(self.report_request))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("reportPrintDialog")
        dialog.setWindowTitle(self.tr("Print the report"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setMinMax(1, self.preview.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages chosen on ``printer``; returns how many were sent."""
        document = self.preview.document
        pages = pages_to_print(printer, document.pageCount(), self.preview.current_page())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = print_pages(document, printer, pages)
        except PrintError:
            sent = -1
        finally:
            QApplication.restoreOverrideCursor()
        if sent < 0:
            warn(
                self,
                self.tr("Report not printed"),
                self.tr("The printer could not be started. Check that it is switched on "
                        "and connected, then try again."),
            )
            return 0
        self._show_message(self.tr("%n page(s) sent to the printer.", "", sent))
        return sent

    # --- data changes ---------------------------------------------------------------------

    def refresh_choices(self) -> None:
        """Read the projects and years again (when the page is shown after a change)."""
        self._dirty = False
        self.form.set_years(self.context.run(exchange_years))
        self.form.load_projects()

    def _on_events_changed(self, _table: str) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh_choices()
