"""Import a volunteer bundle: what it adds and updates, its conflicts decided by the user."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.exchange.bundle_apply import apply_bundle
from coopdesk.exchange.bundle_merge import OURS, THEIRS, BundlePlan, BundleResult, Conflict
from coopdesk.exchange.errors import Progress
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.ui.context import AppContext
from coopdesk.ui.file_job import FileJob, show_progress, worker_session

DATE, TITLE, OURS_AT, THEIRS_AT, DIFFERENCES, DECISION = range(6)
# What differs between the two versions of a visit, as the engine names it.
_PARTS = {
    "kind": QT_TRANSLATE_NOOP("BundleParts", "kind"),
    "direction": QT_TRANSLATE_NOOP("BundleParts", "direction"),
    "title": QT_TRANSLATE_NOOP("BundleParts", "title"),
    "start_date": QT_TRANSLATE_NOOP("BundleParts", "start date"),
    "end_date": QT_TRANSLATE_NOOP("BundleParts", "end date"),
    "place": QT_TRANSLATE_NOOP("BundleParts", "place"),
    "country": QT_TRANSLATE_NOOP("BundleParts", "country"),
    "project_id": QT_TRANSLATE_NOOP("BundleParts", "project"),
    "purpose": QT_TRANSLATE_NOOP("BundleParts", "purpose"),
    "outcomes": QT_TRANSLATE_NOOP("BundleParts", "outcomes"),
    "logged_by": QT_TRANSLATE_NOOP("BundleParts", "logged by"),
    "partners": QT_TRANSLATE_NOOP("BundleParts", "partners"),
    "participants": QT_TRANSLATE_NOOP("BundleParts", "participants"),
    "counts": QT_TRANSLATE_NOOP("BundleParts", "participant counts"),
    "attachments": QT_TRANSLATE_NOOP("BundleParts", "photos and documents"),
}


def part_names(parts: tuple[str, ...]) -> str:
    return ", ".join(translate("BundleParts", _PARTS[p]) if p in _PARTS else p for p in parts)


def _visit_date(fmt: Formatter, text: str) -> str:
    try:
        return fmt.date(dt.date.fromisoformat(text))
    except ValueError:
        return text


class BundleImportDialog(QDialog):
    """Shows the plan of a verified bundle; "Import" writes it in one transaction."""

    imported = Signal(object)  # a BundleResult

    def __init__(self, context: AppContext, plan: BundlePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bundleImportDialog")
        self.setWindowTitle(self.tr("Import a volunteer bundle"))
        self._context = context
        self.plan = plan
        self.result: BundleResult | None = None
        self.job: FileJob | None = None
        bundle = plan.bundle
        fmt = context.formatter
        source = self.tr("Bundle from {volunteer}, made on {date} at {time}.").format(
            volunteer=bundle.volunteer or "?",
            date=fmt.date(bundle.created_at.date()),
            time=f"{bundle.created_at:%H:%M}",
        )
        self.source_label = QLabel(source, self)
        self.source_label.setObjectName("bundleSourceLabel")
        self.summary_label = QLabel(self._plan_text(), self)
        self.summary_label.setObjectName("bundleSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.notes_label = QLabel("\n".join(plan.notes), self)
        self.notes_label.setObjectName("bundleNotesLabel")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(plan.notes))
        self.conflicts_label = QLabel(
            self.tr(
                "These visits were changed both here and by the volunteer since the last "
                "import. Choose which version to keep for each:"
            ),
            self,
        )
        self.conflicts_label.setWordWrap(True)
        self.table = QTableWidget(len(plan.conflicts), 6, self)
        self.table.setObjectName("bundleConflictsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Visit"), self.tr("Changed here"),
            self.tr("Changed by the volunteer"), self.tr("What differs"), self.tr("Keep"),
        ])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DIFFERENCES, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DIFFERENCES, 180)
        self.decision_combos: dict[str, QComboBox] = {}
        for row, conflict in enumerate(plan.conflicts):
            self._fill_conflict(row, conflict)
        for widget in (self.conflicts_label, self.table):
            widget.setVisible(bool(plan.conflicts))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("bundleResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("bundleImportButton")
        self.import_button.setEnabled(self._has_work())
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("dialogCancelButton")
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        if plan.conflicts:
            self.resize(980, 440)
        else:
            layout.addStretch(1)
            self.setMinimumWidth(520)
            self.adjustSize()

    def _has_work(self) -> bool:
        p = self.plan
        return bool(p.additions or p.updates or p.conflicts)

    def _plan_text(self) -> str:
        p = self.plan
        if not self._has_work():
            return self.tr("Nothing to import: everything in this bundle is already here.")
        lines = [
            self.tr("New visits to add: {n}").format(n=len(p.additions)),
            self.tr("Visits updated by the volunteer: {n}").format(n=len(p.updates)),
            self.tr("Unchanged, or newer here: {n}").format(n=p.unchanged + p.kept),
        ]
        if p.partners_to_add:
            lines.append(self.tr("New partners to add: {n}").format(n=len(p.partners_to_add)))
        if p.conflicts:
            lines.append(self.tr("Conflicts to decide: {n}").format(n=len(p.conflicts)))
        return "\n".join(lines)

    def _fill_conflict(self, row: int, conflict: Conflict) -> None:
        fmt = self._context.formatter

        def when(value: object) -> str:
            return f"{fmt.date(value.date())} {value:%H:%M}" if value is not None else ""  # type: ignore[attr-defined]

        cells = {
            DATE: _visit_date(fmt, conflict.start_date),
            TITLE: conflict.title,
            OURS_AT: when(conflict.ours_changed_at),
            THEIRS_AT: when(conflict.theirs_changed_at),
            DIFFERENCES: part_names(conflict.differences),
        }
        for column, text in cells.items():
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)
        combo = QComboBox(self.table)
        combo.setObjectName(f"decisionCombo{row}")
        combo.addItem(self.tr("Keep mine"), OURS)
        combo.setItemData(0, self.tr("Keep this database's version"), Qt.ItemDataRole.ToolTipRole)
        combo.addItem(self.tr("Take theirs"), THEIRS)
        combo.setItemData(1, self.tr("Take the volunteer's version"), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(combo.findData(conflict.suggested))
        self.table.setCellWidget(row, DECISION, combo)
        self.decision_combos[conflict.exchange_id] = combo

    def decisions(self) -> dict[str, str]:
        return {eid: str(combo.currentData()) for eid, combo in self.decision_combos.items()}

    def start_import(self) -> FileJob | None:
        """Write the plan with the chosen decisions, in one transaction off the GUI thread."""
        if not self._has_work() or (self.job is not None and self.job.is_running()):
            return None
        plan, decisions = self.plan, self.decisions()
        factory, db_path = self._context.session_factory, self._context.db_path

        def work(progress: Progress) -> BundleResult:
            with worker_session(factory, db_path, readonly=False) as session:
                return apply_bundle(session, plan, decisions, progress=progress)

        self.import_button.setEnabled(False)
        job = FileJob(work, self)
        show_progress(self, job, self.tr("Importing the bundle…"), cancellable=True)
        job.succeeded.connect(self._on_job_succeeded)
        job.failed.connect(self._on_job_failed)
        self.job = job
        return job.start()

    def _on_job_succeeded(self, result: object) -> None:
        assert isinstance(result, BundleResult)
        self.result = result
        lines = [
            self.tr("Imported: %n visit(s) added.", "", result.added),
            self.tr("%n visit(s) updated.", "", result.updated),
        ]
        if result.partners_added:
            lines.append(self.tr("%n new partner(s) added.", "", result.partners_added))
        if result.attachments_added:
            lines.append(self.tr("%n photo(s) or document(s) added.", "", result.attachments_added))
        if result.conflicts_left:
            lines.append(
                self.tr(
                    "%n conflict(s): this database's version was kept.", "", result.conflicts_left
                )  # fmt: skip
            )
        self.result_label.setText("\n".join(lines))
        self.result_label.show()
        for combo in self.decision_combos.values():
            combo.setEnabled(False)
        self.import_button.hide()
        self.close_button.setText(self.tr("Close"))
        for table in ("exchange", "organisation", "exchange_document"):
            self._context.events.changed.emit(table)
        self.imported.emit(result)

    def _on_job_failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Import a volunteer bundle"), message)
