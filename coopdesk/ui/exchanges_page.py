"""The "Exchanges" area: visits and events of one year (or all), as a list or a timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QToolButton, QVBoxLayout, QWidget

from coopdesk.domain.enums import Direction, ExchangeKind
from coopdesk.services.errors import ServiceError
from coopdesk.services.exchange_chunks import exchange_count, latest_exchange_ids
from coopdesk.services.exchange_list import ExchangeRow, exchange_filter_choices, list_exchanges
from coopdesk.services.exchange_years import exchange_years
from coopdesk.services.exchanges import delete_exchange, get_exchange_full, restore_exchange
from coopdesk.services.labels_activity import choices
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.dashboard_drilldown import DrilldownFilter
from coopdesk.ui.dialogs.exchange_dialog import ExchangeDialog
from coopdesk.ui.exchange_details import ExchangeDetails
from coopdesk.ui.exchange_loader import AllExchangesLoader
from coopdesk.ui.exchange_timeline_view import TimelineView
from coopdesk.ui.models.exchange_table_model import START, TITLE, ExchangeTableModel
from coopdesk.ui.widgets.record_list import RecordList, master_detail

# Tables whose changes alter what this page shows.
WATCHED_TABLES = frozenset(
    {"exchange", "exchange_document", "participant", "organisation", "project"}
)
ALL_YEARS = 0  # the year filter's data for "All years"
# Every year's exchanges, when there are more than LARGE_LIST: the FIRST_ROWS latest are
# shown at once, the others are read in a worker thread (23,000 rows take seconds).
LARGE_LIST = 2000
FIRST_ROWS = 500


class ExchangesPage(QWidget):
    """Exchanges (top, as a table or a year's timeline) and the selected one's details."""

    # The count for the status bar changed (another year was chosen).
    status_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangesPage")
        self.context = context
        self._shown_year: int | None = -1
        self._expected_total: int | None = None  # all rows' count while they are read
        self.loader = AllExchangesLoader(context.session_factory, self)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self._on_loader_failed)
        self.list = RecordList(
            ExchangeTableModel(context.formatter, self),
            "exchangesTable",
            search_name="exchangeSearch",
            stretch_column=TITLE,
            tools_below=True,
        )
        self.list.table.max_column_width = 220
        self.list.table.sortByColumn(START, Qt.SortOrder.DescendingOrder)  # the latest first
        assert self.list.search is not None
        self.search = self.list.search
        self.search.setPlaceholderText(self.tr("Search exchanges…"))
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("exchangeYearFilter")
        self.year_filter.addItem(self.tr("All years"), ALL_YEARS)
        this_year = dt.date.today().year
        self.year_filter.addItem(str(this_year), this_year)
        self.year_filter.setCurrentIndex(1)
        self.list.tools.addWidget(self.year_filter)
        self.kind_filter = self.list.add_filter(
            "kind", "exchangeKindFilter", self.tr("All kinds"), lambda r: r.kind
        )
        RecordList.set_filter_items(self.kind_filter, _str_choices(ExchangeKind))
        self.direction_filter = self.list.add_filter(
            "direction", "exchangeDirectionFilter", self.tr("All directions"), lambda r: r.direction
        )
        RecordList.set_filter_items(self.direction_filter, _str_choices(Direction))
        self.partner_filter = self.list.add_filter(
            "partner",
            "exchangePartnerFilter",
            self.tr("All partners"),
            lambda r: r.partner_ids,
            contains=True,
        )
        self.project_filter = self.list.add_filter(
            "project",
            "exchangeProjectFilter",
            self.tr("All projects"),
            lambda r: r.project_id or "",
        )
        self.drilldown = DrilldownFilter(
            self.list,
            {
                "kind": self.kind_filter,
                "direction": self.direction_filter,
                "partner_id": self.partner_filter,
                "project_id": self.project_filter,
            },
            lambda n: self.tr("Showing the %n exchange(s) behind a dashboard number.", "", n),
        )
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            "Exchange",
            self.tr("New exchange"),
            (self.new_exchange, self.edit_exchange, self.delete_exchange),
            window_new_shortcut=True,
        )
        self.timeline_view = TimelineView(context.formatter, self)
        self.timeline = self.timeline_view.timeline
        self.list.add_view(self.timeline_view)
        self._add_view_buttons()
        self.details = ExchangeDetails(context, self)
        splitter = master_detail(self, "exchangesSplitter", self.list, self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.current_changed.connect(self._on_list_current_changed)
        self.year_filter.currentIndexChanged.connect(self.reload)
        # A filter change sends many row signals: redraw the timeline once, after them.
        self._timeline_timer = QTimer(self)
        self._timeline_timer.setSingleShot(True)
        self._timeline_timer.setInterval(0)
        self._timeline_timer.timeout.connect(self._refresh_timeline)
        for signal in (
            self.list.proxy.modelReset,
            self.list.proxy.rowsInserted,
            self.list.proxy.rowsRemoved,
            self.list.proxy.layoutChanged,
        ):
            signal.connect(self._timeline_timer.start)
        self.timeline.exchange_clicked.connect(self.list.select_id)
        self.timeline.exchange_activated.connect(self._on_timeline_exchange_activated)
        context.events.changed.connect(self._on_events_changed)
        self.reload()

    def _add_view_buttons(self) -> None:
        self.list.buttons.addSpacing(16)
        group = QButtonGroup(self)
        for name, text in (
            ("exchangeListViewButton", self.tr("List")),
            ("exchangeTimelineViewButton", self.tr("Timeline")),
        ):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setText(text)
            button.setCheckable(True)
            group.addButton(button)
            self.list.buttons.addWidget(button)
        self.list_button, self.timeline_button = group.buttons()
        self.list_button.setChecked(True)
        self.timeline_button.setToolTip(self.tr("The chosen year's exchanges month by month"))
        self.timeline_button.toggled.connect(self.show_timeline)

    # --- data -----------------------------------------------------------------------------

    def selected_year(self) -> int | None:
        """The year the list is narrowed to (None: all years)."""
        year = int(self.year_filter.currentData() or ALL_YEARS)
        return None if year == ALL_YEARS else year

    def reload(self) -> None:
        """Read the chosen year's exchanges again, keeping the selection and the filters.

        Every year's exchanges, when there are many, come in two steps: the latest
        :data:`FIRST_ROWS` at once, then all of them from a worker thread
        (:meth:`is_loading` meanwhile).
        """
        year = self.selected_year()
        lang = self.context.formatter.language

        # Every year shown already: its rows stay until the new ones are read.
        keep = year is None and self._shown_year is None

        def read(session: Session) -> tuple[list[ExchangeRow] | None, int | None, list[int], Any]:
            total = exchange_count(session) if year is None else 0
            rows: list[ExchangeRow] | None = None
            if total <= LARGE_LIST:
                rows = list_exchanges(session, year=year)
            elif not keep:
                first = latest_exchange_ids(session, FIRST_ROWS)
                rows = list_exchanges(session, exchange_ids=first)
            return (
                rows,
                total if total > LARGE_LIST else None,
                exchange_years(session),
                exchange_filter_choices(session, lang),
            )

        rows, partial_of, years, (partners, projects) = self.context.run(read)
        self._expected_total = partial_of
        if partial_of is None:
            self.loader.forget()
        else:
            self.loader.start()
        self._set_years(years)
        if year is None:
            empty = self.tr("No exchange yet — click “New exchange” to record one.")
        else:
            empty = self.tr("No exchange in {year} — choose another year or click “New exchange”.")
        self.list.set_texts(
            empty=empty.format(year=year),
            no_match=self.tr("No exchange matches the search or the filters."),
            count=self._count_text,
        )
        RecordList.set_filter_items(self.partner_filter, partners)
        RecordList.set_filter_items(self.project_filter, projects)
        if rows is None:  # the rows shown stay until all are read again
            self.list.count_label.setText(self._count_text(self.list.visible_count(), 0))
            return
        self.list.set_rows(rows)
        if year != self._shown_year:
            self._shown_year = year
            self.list.table.fit_columns()
            self.status_changed.emit()
        self._refresh_timeline()
        self._on_list_current_changed()

    def _set_years(self, years: list[int]) -> None:
        chosen = int(self.year_filter.currentData() or ALL_YEARS)
        wanted = sorted({*years, dt.date.today().year, *([chosen] if chosen else [])}, reverse=True)
        present = [int(self.year_filter.itemData(i)) for i in range(1, self.year_filter.count())]
        if present == wanted:
            return
        self.year_filter.blockSignals(True)
        while self.year_filter.count() > 1:
            self.year_filter.removeItem(1)
        for year in wanted:
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))
        self.year_filter.blockSignals(False)

    def set_year(self, year: int | None) -> None:
        """Narrow the list to ``year`` (None: all years); reloads."""
        index = self.year_filter.findData(year or ALL_YEARS)
        if index < 0:
            self.year_filter.addItem(str(year), year)
            index = self.year_filter.count() - 1
        self.year_filter.setCurrentIndex(index)

    def show_exchange(self, exchange_id: str) -> bool:
        """Select an exchange (e.g. opened from a project), clearing what would hide it.

        Returns:
            False when the exchange no longer exists.
        """
        if self.list.select_id(exchange_id):
            return True
        self.ensure_loaded()
        if self.list.select_id(exchange_id):
            return True
        found = self.context.run(lambda s: list_exchanges(s, exchange_ids=[exchange_id]))
        if not found:
            return False
        self.search.clear()
        for combo in (
            self.kind_filter,
            self.direction_filter,
            self.partner_filter,
            self.project_filter,
        ):
            combo.setCurrentIndex(0)
        if self.selected_year() is not None and not self.list.select_id(exchange_id):
            self.set_year(found[0].year)
        return self.list.select_id(exchange_id)

    def visible_rows(self) -> list[ExchangeRow]:
        """The rows the search and filters keep, in the table's order."""
        proxy, model = self.list.proxy, self.list.model
        return [
            model.row_at(proxy.mapToSource(proxy.index(r, 0)).row())
            for r in range(proxy.rowCount())
        ]

    def apply_drilldown(
        self, filters: Mapping[str, object], ids: Collection[str] | None = None
    ) -> None:
        """Show the exchanges behind a dashboard number (``ExchangeFilter`` field names).

        Without a year, every year is shown (e.g. the exchanges planned, in any year).
        """
        year = filters.get("year")
        self.set_year(int(str(year)) if year else None)
        self.drilldown.apply(filters, ids)

    def is_loading(self) -> bool:
        """Every year's exchanges are being read in a worker thread (the first rows shown)."""
        return self.loader.is_loading()

    def ensure_loaded(self) -> None:
        """Read every row now if they are still being read in the worker thread."""
        if not self.loader.is_loading():
            return
        self.loader.forget()
        self._show_all(self.context.run(lambda s: list_exchanges(s, year=None)))

    def _show_all(self, rows: list[ExchangeRow]) -> None:
        self._expected_total = None
        self.list.set_rows(rows)
        self.status_changed.emit()
        self._refresh_timeline()
        self._on_list_current_changed()

    def _on_loader_loaded(self, rows: object) -> None:
        if self.selected_year() is None and isinstance(rows, list):
            self._show_all(rows)

    def _on_loader_failed(self, message: str) -> None:
        self._expected_total = None
        self.list.count_label.setText(
            self.tr("Not every exchange could be read: {reason}").format(reason=message)
        )

    def status_text(self) -> str:
        year = self.selected_year()
        total = self.list.total_count()
        if self._expected_total is not None:
            total = self._expected_total
        if year is None:
            return self.tr("%n exchange(s)", "", total)
        return self.tr("%n exchange(s) in {year}", "", total).format(year=year)

    def current_exchange(self) -> ExchangeRow | None:
        row = self.list.current_row()
        return row if isinstance(row, ExchangeRow) else None

    def _count_text(self, visible: int, total: int) -> str:
        if self._expected_total is not None:
            return self.tr(
                "{shown} shown, reading all %n exchange(s)…", "", self._expected_total
            ).format(shown=visible)
        if visible == total:
            return self.tr("%n exchange(s)", "", total)
        return self.tr("{shown} shown of %n exchange(s)", "", total).format(shown=visible)

    # --- views ----------------------------------------------------------------------------

    def show_timeline(self, shown: bool = True) -> None:
        """Show the year's timeline instead of the table (or the table again)."""
        if self.timeline_button.isChecked() != shown:
            self.timeline_button.setChecked(shown)
            return
        self.list_button.setChecked(not shown)
        self.list.show_view(self.timeline_view if shown else None)
        self._refresh_timeline()

    def _refresh_timeline(self, *_args: object) -> None:
        if not self.timeline_button.isChecked():
            return
        year = self.selected_year() or dt.date.today().year
        self.timeline_view.set_rows(year, self.visible_rows())
        self.timeline.set_current(self.list.current_id())

    # --- actions --------------------------------------------------------------------------

    def new_exchange(self) -> ExchangeDialog | None:
        """Open the dialog for a new exchange (not blocking; returns it)."""
        return self._open(None)

    def edit_exchange(self) -> ExchangeDialog | None:
        eid = self.list.current_id()
        return None if eid is None else self._open(eid)

    def _open(self, eid: str | None) -> ExchangeDialog | None:
        try:
            dialog = ExchangeDialog(self.context, eid, parent=self)
        except ServiceError as exc:
            warn(self, self.tr("Exchange"), exc.message)
            return None
        dialog.accepted.connect(lambda: self._select_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _select_saved(self, dialog: ExchangeDialog) -> None:
        if dialog.record_id is None or self.list.select_id(dialog.record_id):
            return
        # Saved in another year than the one shown: show that year.
        start = dialog.collect().data.start_date
        if self.selected_year() is not None and start is not None:
            self.set_year(start.year)
            self.list.select_id(dialog.record_id)

    def delete_exchange(self) -> None:
        row = self.current_exchange()
        if row is None:
            return
        question = self.tr(
            "Delete the exchange “{title}” with its %n participant(s)? You can undo this with {shortcut}.",  # noqa: E501
            "",
            row.participant_total,
        )
        if not confirm(
            self,
            self.tr("Delete exchange"),
            question.format(title=row.title, shortcut=undo_shortcut()),
        ):
            return
        try:
            delete_record(
                self.context,
                self.tr("Delete exchange {title}").format(title=row.title),
                "exchange",
                row.id,
                get_exchange_full,
                delete_exchange,
                lambda s, snapshot, _id, _result: restore_exchange(s, snapshot),
            )
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)

    # --- slots ----------------------------------------------------------------------------

    def _on_list_current_changed(self) -> None:
        row = self.current_exchange()
        writable = not self.context.readonly
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None and writable)
        self.timeline.set_current(None if row is None else row.id)
        if row is None:
            self.details.set_exchange(None, "")
        else:
            self.details.set_exchange(row.id, row.title)

    def _on_timeline_exchange_activated(self, exchange_id: str) -> None:
        if self.list.select_id(exchange_id):
            self.edit_exchange()

    def _on_events_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.reload()


def _str_choices(enum_type: type[ExchangeKind] | type[Direction]) -> list[tuple[str, str]]:
    return [(str(value), label) for value, label in choices(enum_type)]
