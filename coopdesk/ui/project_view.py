"""The page of one project: its tabs, from the overview to indicators and evaluations."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.services.project_list import ProjectRow
from coopdesk.services.project_parts import (
    attach_to_project,
    detach_from_project,
    list_project_documents,
)
from coopdesk.services.projects import ProjectData, get_project
from coopdesk.ui.budget_panel import add_budget_tab
from coopdesk.ui.context import AppContext
from coopdesk.ui.documents_panel import DocumentLinks, DocumentsPanel
from coopdesk.ui.evaluation_panel import ProjectEvaluationsPanel
from coopdesk.ui.indicator_panel import IndicatorsPanel
from coopdesk.ui.project_exchanges_panel import ProjectExchangesPanel
from coopdesk.ui.project_lessons_panel import ProjectLessonsPanel
from coopdesk.ui.project_overview import ProjectOverview
from coopdesk.ui.project_partners_panel import ProjectPartnersPanel
from coopdesk.ui.project_risks_panel import ProjectRisksPanel

PROJECT_DOCUMENTS = DocumentLinks(
    entity="project_document",
    list_documents=list_project_documents,
    attach=attach_to_project,
    detach=detach_from_project,
    select_text=QT_TRANSLATE_NOOP("DocumentsPanel", "Select a project to see its documents."),
    empty_text=QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "No document yet — click “Add…” to attach the project sheet, a report or photos.",
    ),
    remove_question=QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "Remove the document “{name}” from this project? You can undo this with {shortcut}.",
    ),
    multiple=True,
)

OVERVIEW, PARTNERS, EXCHANGES, DOCUMENTS, RISKS, LESSONS = range(6)


class ProjectView(QTabWidget):
    """Shows the project given to :meth:`set_project` (None: every tab says to select one)."""

    # An exchange double-clicked in the Exchanges tab (its id).
    exchange_activated = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectTabs")
        self.context = context
        self._row: ProjectRow | None = None
        self.data: ProjectData | None = None
        self.overview = ProjectOverview(context.formatter, self)
        self.partners = ProjectPartnersPanel(context, self)
        self.exchanges = ProjectExchangesPanel(context, self)
        self.documents = DocumentsPanel(context, self, links=PROJECT_DOCUMENTS)
        self.documents.setObjectName("projectDocumentsPanel")
        self.documents.list.table.setObjectName("projectDocumentsTable")
        self.risks = ProjectRisksPanel(context, self)
        self.lessons = ProjectLessonsPanel(context, self)
        self.indicators = IndicatorsPanel(context, self)
        self.evaluations = ProjectEvaluationsPanel(context, self)
        for widget in (
            self.overview,
            self.partners,
            self.exchanges,
            self.documents,
            self.risks,
            self.lessons,
            self.indicators,
            self.evaluations,
        ):
            if widget is not self.overview:
                widget.setContentsMargins(6, 6, 6, 6)
            self.addTab(widget, "")
        self.exchanges.exchange_activated.connect(self.exchange_activated)
        self.indicators.count_changed.connect(self._update_tab_texts)
        self.evaluations.count_changed.connect(self._update_tab_texts)
        self.budget = add_budget_tab(self)
        self.set_project(None)

    def set_project(self, row: ProjectRow | None) -> None:
        """Show this project, read again from the database (tabs keep their selections)."""
        self._row = row
        pid = row.id if row is not None else None
        self.data = self.context.run(lambda s: get_project(s, pid)) if pid is not None else None
        self.overview.set_project(self.data)
        self.partners.set_project(pid)
        self.exchanges.set_project(pid)
        self.documents.set_owner(pid, row.title if row is not None else "")
        self.risks.set_project(pid)
        self.lessons.set_project(pid, self.data)
        self.indicators.set_project(pid)
        self.evaluations.set_project(pid)
        for index in range(1, self.count()):
            self.setTabEnabled(index, row is not None)
        self._update_tab_texts()

    def project_id(self) -> str | None:
        return None if self._row is None else self._row.id

    def _update_tab_texts(self) -> None:
        has = self._row is not None
        documents = self.documents.list.total_count()
        self.setTabText(OVERVIEW, self.tr("Overview"))
        self.setTabText(PARTNERS, self.tr("Partners and roles"))
        self.setTabText(
            EXCHANGES,
            self.tr("Exchanges (%n)", "", self.exchanges.total_count())
            if has
            else self.tr("Exchanges"),
        )
        self.setTabText(
            DOCUMENTS, self.tr("Documents (%n)", "", documents) if has else self.tr("Documents")
        )
        self.setTabText(
            RISKS,
            self.tr("Risks (%n)", "", self.risks.total_count()) if has else self.tr("Risks"),
        )
        self.setTabText(LESSONS, self.tr("Lessons learned"))
        self.setTabText(
            self.indexOf(self.indicators),
            self.tr("Indicators (%n)", "", self.indicators.total_count())
            if has
            else self.tr("Indicators"),
        )
        self.setTabText(
            self.indexOf(self.evaluations),
            self.tr("Evaluations (%n)", "", self.evaluations.total_count())
            if has
            else self.tr("Evaluations"),
        )
