"""The "Indicators" area: every project's indicators, filtered by project and status."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopdesk.services.indicator_list import IndicatorRow
from coopdesk.services.progress import IndicatorStatus, status_label
from coopdesk.ui.context import AppContext
from coopdesk.ui.dashboard_drilldown import DrilldownFilter
from coopdesk.ui.indicator_panel import IndicatorsPanel
from coopdesk.ui.models.row_table_model import fold
from coopdesk.ui.widgets.record_list import RecordList


class IndicatorsPage(QWidget):
    """The indicators of all projects; a dashboard number opens here (:meth:`apply_drilldown`)."""

    # The count for the status bar changed (the indicators are read when first shown).
    status_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsPage")
        self.context = context
        self.panel = IndicatorsPanel(context, self, all_projects=True)
        self.list = self.panel.list
        self.project_filter = self.list.add_filter(
            "project_id",
            "indicatorProjectFilter",
            self.tr("All projects"),
            lambda r: r.project_id,
        )
        self.status_filter = self.list.add_filter(
            "status",
            "indicatorStatusFilter",
            self.tr("All statuses"),
            lambda r: str(r.progress.status),
        )
        RecordList.set_filter_items(
            self.status_filter, [(s.value, status_label(s)) for s in IndicatorStatus]
        )
        self.drilldown = DrilldownFilter(
            self.list,
            {"project_id": self.project_filter, "status": self.status_filter},
            lambda n: self.tr("Showing the %n indicator(s) behind a dashboard number.", "", n),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.list.model.modelReset.connect(self._fill_projects)
        self.panel.count_changed.connect(self.status_changed)
        self._fill_projects()

    def _fill_projects(self) -> None:
        rows: list[IndicatorRow] = self.list.model.rows()
        projects = {r.project_id: r.project_code for r in rows}
        RecordList.set_filter_items(
            self.project_filter, sorted(projects.items(), key=lambda pair: fold(pair[1]))
        )

    def apply_drilldown(
        self, filters: Mapping[str, object], ids: Collection[str] | None = None
    ) -> None:
        """Show the indicators behind a dashboard number.

        Args:
            filters: ``IndicatorFilter`` field names (``project_id``, ``status``, ``text``).
            ids: exactly these indicators; their status is then not filtered again (the
                dashboard may judge it on another day than today).
        """
        self.panel.ensure_loaded()
        wanted = dict(filters)
        if ids is not None:
            wanted.pop("status", None)
        self.drilldown.apply(wanted, ids)
        text = str(wanted.get("text") or "")
        if text and self.list.search is not None:
            self.list.search.setText(text)

    def status_text(self) -> str:
        """The count, once the indicators were read (they are read when first shown)."""
        if not self.panel.is_loaded():
            return ""
        return self.tr("%n indicator(s)", "", self.list.total_count())

    def reload(self) -> None:
        self.panel.reload()
