"""One indicator's measurements (New / Edit / Delete), its progress, status rule and chart."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.computed_indicators import computed_label
from coopdesk.services.errors import ServiceError
from coopdesk.services.indicator_list import IndicatorRow, IndicatorSeries, indicator_series
from coopdesk.services.measurements import (
    MeasurementData,
    MeasurementRow,
    create_measurement,
    delete_measurement,
    get_measurement,
    list_measurements,
)
from coopdesk.services.progress import next_period, period_containing, status_label, status_rule
from coopdesk.ui.commands import delete_record
from coopdesk.ui.confirm import confirm, undo_shortcut, warn
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.measurement_dialog import ENTITY, MeasurementDialog
from coopdesk.ui.indicator_chart import IndicatorChart
from coopdesk.ui.indicator_labels import STATUS_COLOURS, value_text
from coopdesk.ui.models.measurement_table_model import BREAKDOWN, PERIOD, MeasurementTableModel
from coopdesk.ui.widgets.record_list import RecordList


def suggested_period(
    frequency: str, rows: list[MeasurementRow], today: dt.date
) -> tuple[dt.date, dt.date]:
    """The period after the latest measurement, else the last one ended by ``today``."""
    if rows:
        return next_period(max(r.period_end for r in rows), frequency)
    start, end = period_containing(today, frequency)
    if end > today:
        start, end = period_containing(start - dt.timedelta(days=1), frequency)
    return start, end


def _recreate(session: Session, data: MeasurementData, measurement_id: str, result: object) -> None:
    """Undo of a delete: the same measurement again, in the indicator it was deleted from."""
    assert isinstance(result, tuple)
    create_measurement(session, str(result[0]), data, measurement_id=measurement_id)


class MeasurementsPanel(QWidget):
    """Shows nothing until an indicator is chosen with :meth:`set_indicator`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measurementsPanel")
        self.context = context
        self.indicator: IndicatorRow | None = None
        self.series: IndicatorSeries | None = None
        self.title = QLabel(self)
        self.title.setObjectName("measurementsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.model = MeasurementTableModel(context.formatter, self)
        self.list = RecordList(self.model, "measurementsTable", stretch_column=BREAKDOWN)
        self.list.table.max_column_width = 190
        self.list.table.horizontalHeader().setResizeContentsPrecision(200)
        self.list.table.sortByColumn(PERIOD, Qt.SortOrder.DescendingOrder)  # the latest first
        self.new_action, self.edit_action, self.delete_action = self.list.add_record_actions(
            self,
            "Measurement",
            self.tr("New measurement"),
            (self.new_measurement, self.edit_measurement, self.delete_measurement),
        )
        self.notice = QLabel(self)
        self.notice.setObjectName("measurementNoticeLabel")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {STATUS_COLOURS['at_risk']};")
        self.notice.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("indicatorStatusLabel")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("indicatorProgressBar")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setMaximumWidth(220)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("indicatorProgressLabel")
        self.progress_label.setWordWrap(True)
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("statusRuleLabel")
        self.rule_label.setText(
            '<a href="#rule">{}</a>'.format(self.tr("How is the status computed?"))
        )
        self.rule_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.rule_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rule_label.setToolTip(status_rule())
        self.rule_text = QLabel(status_rule(), self)
        self.rule_text.setObjectName("statusRuleText")
        self.rule_text.setWordWrap(True)
        self.rule_text.setStyleSheet("color: palette(placeholder-text);")
        self.rule_text.hide()
        self.chart = IndicatorChart(context.formatter.language, self)
        self._build_layout()
        self.rule_label.linkActivated.connect(self._on_rule_label_link_activated)
        self.list.current_changed.connect(self._update_actions)
        self.set_indicator(None)

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.notice)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.progress_bar, 1)
        status_row.addWidget(self.rule_label)
        right_layout.addLayout(status_row)
        right_layout.addWidget(self.progress_label)
        right_layout.addWidget(self.rule_text)
        right_layout.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("measurementsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- data -----------------------------------------------------------------------------

    def set_indicator(self, row: IndicatorRow | None) -> None:
        """Show this indicator's measurements and chart, read again from the database."""
        changed = row is None or self.indicator is None or row.id != self.indicator.id
        self.indicator = row
        if changed:
            self.notice.hide()
        rows: list[MeasurementRow] = []
        self.series = None
        if row is not None:
            lang = self.context.formatter.language

            def read(session: Session) -> tuple[list[MeasurementRow], IndicatorSeries]:
                return (
                    list_measurements(session, row.id),
                    indicator_series(session, row.id, language=lang),
                )

            try:
                rows, self.series = self.context.run(read)
            except ServiceError:  # deleted meanwhile: the list reloads next
                rows, self.series = [], None
            self.model.set_indicator(row.kind, row.rating_scale_max)
        self.list.set_rows(rows)
        self.chart.set_series(self.series)
        self._show_texts(row)
        self._update_actions()

    def _show_texts(self, row: IndicatorRow | None) -> None:
        fmt = self.context.formatter
        for widget in (self.status_label, self.progress_bar, self.progress_label, self.rule_label):
            widget.setVisible(row is not None)
        if row is None:
            self.title.setText(self.tr("Select an indicator to see its measurements."))
            self.list.set_texts(empty="", no_match="", count=lambda _v, _t: "")
            self.rule_text.hide()
            return
        self.title.setText(self.tr("{code} — {name}").format(code=row.code, name=row.name))
        if row.computed_source:
            empty = self.tr(
                "The values of this indicator are computed from the database ({source}); "
                "they are not typed."
            ).format(source=computed_label(row.computed_source))
        else:
            empty = self.tr("No measurement yet — click “New measurement” to record one.")
        self.list.set_texts(
            empty=empty,
            no_match="",
            count=lambda _visible, total: self.tr("%n measurement(s)", "", total),
        )
        progress = row.progress
        colour = STATUS_COLOURS.get(str(progress.status), STATUS_COLOURS["no_data"])
        self.status_label.setText(status_label(progress.status))
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.progress_bar.setValue(round(float(progress.bar) * 1000))
        self.progress_bar.setStyleSheet(
            f"QProgressBar {{ border: 1px solid palette(mid); border-radius: 3px; "
            f"text-align: center; }} QProgressBar::chunk {{ background: {colour}; }}"
        )
        self.progress_bar.setFormat(
            fmt.percent(progress.progress) if progress.progress is not None else ""
        )
        self.progress_label.setText(self.progress_text(row))

    def progress_text(self, row: IndicatorRow) -> str:
        """ "Latest value: 218 people (period ending 31/12/2025). Progress 40 %, expected 50 %."."""
        fmt, progress = self.context.formatter, row.progress
        if progress.latest_value is None or progress.latest_date is None:
            return self.tr("No value measured yet.")
        latest = value_text(fmt, progress.latest_value, kind=row.kind, scale=row.rating_scale_max)
        if row.unit:
            latest = self.tr("{value} {unit}").format(value=latest, unit=row.unit)
        text = self.tr("Latest value: {value} (period ending {date}).").format(
            value=latest, date=fmt.short_date(progress.latest_date)
        )
        if progress.progress is not None and progress.expected is not None:
            text += " " + self.tr("Progress {actual}, expected {expected}.").format(
                actual=fmt.percent(progress.progress), expected=fmt.percent(progress.expected)
            )
        return text

    def total_count(self) -> int:
        return self.list.total_count()

    def _update_actions(self) -> None:
        row = self.indicator
        typed = row is not None and not row.computed_source
        writable = typed and not self.context.readonly
        has_row = self.list.current_id() is not None
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(has_row and typed)
        self.delete_action.setEnabled(has_row and writable)

    # --- actions --------------------------------------------------------------------------

    def new_measurement(self) -> MeasurementDialog | None:
        """Open the dialog for a new measurement (not blocking; returns it)."""
        row = self.indicator
        if row is None or row.computed_source:
            return None
        rows = self.model.rows()
        period = suggested_period(row.frequency, rows, dt.date.today())
        latest = max(rows, key=lambda r: (r.period_end, r.period_start), default=None)
        return self._open(None, period, latest.source if latest is not None else "")

    def edit_measurement(self) -> MeasurementDialog | None:
        measurement_id = self.list.current_id()
        return None if measurement_id is None else self._open(measurement_id, None)

    def _open(
        self,
        measurement_id: str | None,
        period: tuple[dt.date, dt.date] | None,
        source: str = "",
    ) -> MeasurementDialog | None:
        if self.indicator is None:
            return None
        try:
            dialog = MeasurementDialog(
                self.context, self.indicator, measurement_id, self, period=period, source=source
            )
        except ServiceError as exc:
            warn(self, self.tr("Measurement"), exc.message)
            return None
        dialog.accepted.connect(lambda: self._on_dialog_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_dialog_saved(self, dialog: MeasurementDialog) -> None:
        self.list.select_id(dialog.record_id)
        gaps = dialog.saved.gaps if dialog.saved is not None else ()
        if gaps:
            self.notice.setText(
                self.tr("Saved with a difference: {gaps}").format(
                    gaps=" ".join(g.message for g in gaps)
                )
            )
        self.notice.setVisible(bool(gaps))

    def delete_measurement(self) -> None:
        row = self.list.current_row()
        if not isinstance(row, MeasurementRow) or self.indicator is None:
            return
        fmt = self.context.formatter
        period = self.tr("{start} to {end}").format(
            start=fmt.short_date(row.period_start), end=fmt.short_date(row.period_end)
        )
        question = self.tr(
            "Delete the measurement for {period}? You can undo this with {shortcut}."
        ).format(period=period, shortcut=undo_shortcut())
        if not confirm(self, self.tr("Delete measurement"), question):
            return
        try:
            delete_record(
                self.context,
                self.tr("Delete measurement of {code}").format(code=self.indicator.code),
                ENTITY,
                row.id,
                get_measurement,
                delete_measurement,
                _recreate,
            )
        except ServiceError as exc:
            warn(self, self.tr("Not deleted"), exc.message)

    def _on_rule_label_link_activated(self, _link: str) -> None:
        self.rule_text.setVisible(not self.rule_text.isVisible())
