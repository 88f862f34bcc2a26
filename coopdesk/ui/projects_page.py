"""The "Projects" area: projects with search and filters, and the selected project's page."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sqlalchemy.orm import Session

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopdesk.i18n.locale_data import country_name
from coopdesk.services import codelists
from coopdesk.services.errors import ServiceError
from coopdesk.services.project_list import ProjectRow, list_projects
from coopdesk.services.projects import (
    ProjectSnapshot,
    delete_confirmation,
    delete_project,
    get_project,
    restore_project,
)
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.dashboard_drilldown import DrilldownFilter
from coopdesk.ui.dialogs.project_dialog import ENTITY, ProjectDialog
from coopdesk.ui.models.project_table_model import TITLE, ProjectTableModel
from coopdesk.ui.models.row_table_model import fold
from coopdesk.ui.project_view import ProjectView
from coopdesk.ui.widgets.record_list import RecordList, master_detail

# Tables whose changes alter what this page shows (a project's list row or its tabs).
# How long after the page is built its project tabs are (the list paints first).
VIEW_DELAY_MS = 50
WATCHED_TABLES = frozenset(
    {
        "organisation",
        "partnership",
        "project",
        "project_organisation",
        "project_partnership",
        "project_document",
        "risk",
        "exchange",
        "exchange_partner",
        "exchange_document",
        "participant",
    }
)


def _restore(session: Session, _data: object, _project_id: str, snapshot: object) -> None:
    """Undo of a delete: the project with its roles, links, risks and documents."""
    assert isinstance(snapshot, ProjectSnapshot)
    restore_project(session, snapshot)


class ProjectsPage(QWidget):
    """Projects (top) and the selected project's tabs (bottom)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectsPage")
        self.context = context
        self.list = RecordList(
            ProjectTableModel(context.formatter, self),
            "projectsTable",
            search_name="projectSearch",
            stretch_column=TITLE,
            tools_below=True,
        )
        self.list.table.max_column_width = 150
        assert self.list.search is not None
        self.search = self.list.search
        self.search.setPlaceholderText(self.tr("Search projects…"))
        add = self.list.add_filter
        self.status_filter = add(
            "status", "projectStatusFilter", self.tr("All statuses"), lambda r: str(r.status)
        )
        RecordList.set_filter_items(
            self.status_filter,
            [(str(code), label) for code, label in codelists.activity_status_choices()],
        )
        self.theme_filter = add(
            "theme", "projectThemeFilter", self.tr("All themes"), lambda r: r.theme
        )
        self.partner_filter = add(
            "partner",
            "projectPartnerFilter",
            self.tr("All partners"),
            lambda r: r.partner_ids,
            contains=True,
        )
        self.country_filter = add(
            "country",
            "projectCountryFilter",
            self.tr("All countries"),
            lambda r: r.countries,
            contains=True,
        )
        self.year_filter = add(
            "year",
            "projectYearFilter",
            self.tr("All years"),
            lambda r: [str(y) for y in r.years],
            contains=True,
        )
        self.drilldown = DrilldownFilter(
            self.list,
            {
                "status": self.status_filter,
                "theme": self.theme_filter,
                "partner_id": self.partner_filter,
                "country": self.country_filter,
                "year": self.year_filter,
            },
            lambda n: self.tr("Showing the %n project(s) behind a dashboard number.", "", n),
        )
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            "Project",
            self.tr("New project"),
            (self.new_project, self.edit_project, self.delete_project),
            window_new_shortcut=True,
        )
        self.list.set_texts(
            empty=self.tr("No project yet — click “New project” to describe the first one."),
            no_match=self.tr("No project matches the search or the filters."),
            count=self._count_text,
        )
        # The selected project's tabs (a dozen panels) are built just after the list shows,
        # or when first asked for (:attr:`view`): not on the way to the first rows.
        self._view: ProjectView | None = None
        self._view_slot = QWidget(self)
        splitter = master_detail(self, "projectsSplitter", self.list, self._view_slot)
        self._splitter = splitter
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 450])  # the list shows a dozen projects, the tabs get the rest
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.current_changed.connect(self._on_list_current_changed)
        context.events.changed.connect(self._on_events_changed)
        self.reload()
        QTimer.singleShot(VIEW_DELAY_MS, self._build_view)

    @property
    def view(self) -> ProjectView:
        """The selected project's tabs (built on first use)."""
        if self._view is None:
            self._build_view()
        assert self._view is not None
        return self._view

    def _build_view(self) -> None:
        if self._view is not None:
            return
        sizes = self._splitter.sizes()
        view = ProjectView(self.context, self)
        self._view = view
        self._splitter.replaceWidget(1, view)
        self._view_slot.deleteLater()
        self._splitter.setSizes(sizes)
        view.set_project(self.current_project())

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the projects again, keeping the selection and the filters."""
        lang = self.context.formatter.language
        rows = self.context.run(lambda s: list_projects(s, language=lang))
        self._fill_filters(rows)
        self.list.set_rows(rows)
        self._on_list_current_changed()

    def _fill_filters(self, rows: list[ProjectRow]) -> None:
        lang = self.context.formatter.language
        themes = codelists.theme_choices()
        known = {key for key, _label in themes}
        themes += sorted(
            {(r.theme, codelists.theme_label(r.theme)) for r in rows if r.theme not in known}
        )
        RecordList.set_filter_items(self.theme_filter, [(k, v) for k, v in themes if k])
        partners = {
            pid: name
            for r in rows
            for pid, name in zip(r.partner_ids, r.partner_names, strict=True)
        }
        RecordList.set_filter_items(
            self.partner_filter, sorted(partners.items(), key=lambda pair: fold(pair[1]))
        )
        countries = {c for r in rows for c in r.countries}
        RecordList.set_filter_items(
            self.country_filter,
            sorted(((c, country_name(c, lang)) for c in countries), key=lambda p: fold(p[1])),
        )
        years = sorted({y for r in rows for y in r.years}, reverse=True)
        RecordList.set_filter_items(self.year_filter, [(str(y), str(y)) for y in years])

    def apply_drilldown(
        self, filters: Mapping[str, object], ids: Collection[str] | None = None
    ) -> None:
        """Show the projects behind a dashboard number (``ProjectFilter`` field names)."""
        self.drilldown.apply(filters, ids)

    def status_text(self) -> str:
        return self.tr("%n project(s)", "", self.total_count())

    def total_count(self) -> int:
        return self.list.total_count()

    def current_project(self) -> ProjectRow | None:
        row = self.list.current_row()
        return row if isinstance(row, ProjectRow) else None

    def _count_text(self, visible: int, total: int) -> str:
        if visible == total:
            return self.tr("%n project(s)", "", total)
        return self.tr("{shown} shown of %n project(s)", "", total).format(shown=visible)

    # --- actions --------------------------------------------------------------------------

    def new_project(self) -> ProjectDialog | None:
        """Open the dialog for a new project (not blocking; returns it)."""
        return self._open(None)

    def edit_project(self) -> ProjectDialog | None:
        pid = self.list.current_id()
        return None if pid is None else self._open(pid)

    def _open(self, pid: str | None) -> ProjectDialog | None:
        try:
            dialog = ProjectDialog(self.context, pid, self)
        except ServiceError as exc:
            warn(self, self.tr("Project"), exc.message)
            return None
        dialog.accepted.connect(lambda: self.list.select_id(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_project(self) -> None:
        row = self.current_project()
        if row is None:
            return
        try:
            question = self.context.run(lambda s: delete_confirmation(s, row.id))
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)
            return
        text = self.tr("{question} You can undo this with {shortcut}.").format(
            question=question, shortcut=undo_shortcut()
        )
        if not confirm(self, self.tr("Delete project"), text):
            return
        try:
            delete_record(
                self.context,
                self.tr("Delete project {code}").format(code=row.code),
                ENTITY,
                row.id,
                get_project,
                delete_project,
                _restore,
            )
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)

    # --- slots ----------------------------------------------------------------------------

    def _on_list_current_changed(self) -> None:
        row = self.current_project()
        writable = not self.context.readonly
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None and writable)
        if self._view is not None or row is not None:  # else it is built on an empty project
            self.view.set_project(row)

    def _on_events_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.reload()
