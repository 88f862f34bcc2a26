"""Record or edit a measurement: period, total or rating, breakdowns with their gap, evidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from sqlalchemy.orm import Session

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coopdesk.domain.enums import IndicatorKind
from coopdesk.services.attachments import add_attachment_from_path
from coopdesk.services.disaggregation import allowed_categories, dimension_label
from coopdesk.services.errors import FieldError, ValidationError
from coopdesk.services.indicator_list import IndicatorRow
from coopdesk.services.labels_activity import AGE_GROUPS
from coopdesk.services.measurement_evidence import list_evidence
from coopdesk.services.measurements import (
    RECORDED_BY_MAX_LENGTH,
    MeasurementData,
    SavedMeasurement,
    check_disaggregation,
    create_measurement,
    delete_measurement,
    get_measurement,
    update_measurement,
)
from coopdesk.services.number_input import NumberInput, number_example
from coopdesk.ui.commands import create_record
from coopdesk.ui.context import AppContext, ServiceCommand
from coopdesk.ui.dialogs.record_dialog import RecordDialog
from coopdesk.ui.indicator_labels import STATUS_COLOURS, edit_number, typed_number
from coopdesk.ui.indicator_rows_edit import RowColumn, RowsEdit
from coopdesk.ui.measurement_evidence_edit import EvidenceEdit
from coopdesk.ui.models.measurement_table_model import category_label
from coopdesk.ui.widgets.optional_date_edit import date_display_format

ENTITY = "measurement"


def field_key(category: str) -> str:
    """A category as it appears in objectNames: "65+" → "65_plus", "0-11" → "0_11"."""
    return category.replace("+", "_plus").replace("-", "_")


class MeasurementDialog(RecordDialog):
    """``indicator`` says which fields to show (rating or total, which breakdowns)."""

    def __init__(
        self,
        context: AppContext,
        indicator: IndicatorRow,
        measurement_id: str | None = None,
        parent: QWidget | None = None,
        *,
        period: tuple[dt.date, dt.date] | None = None,
        source: str = "",
    ) -> None:
        """``period`` and ``source`` pre-fill a new measurement (e.g. the next period)."""
        super().__init__(context, parent)
        self.setObjectName("measurementDialog")
        self.indicator = indicator
        self.record_id = measurement_id
        self.saved: SavedMeasurement | None = None
        lang = context.formatter.language
        self.qualitative = indicator.kind == IndicatorKind.QUALITATIVE.value
        if measurement_id is not None:
            title = self.tr("Edit measurement of {code}")
        else:
            title = self.tr("New measurement of {code}")
        self.setWindowTitle(title.format(code=indicator.code))
        name = QLabel(self.tr("{code} — {name}").format(code=indicator.code, name=indicator.name))
        name.setObjectName("measurementIndicatorLabel")
        name.setWordWrap(True)
        self.start_edit = self._date("measurementStartEdit", lang)
        self.end_edit = self._date("measurementEndEdit", lang)
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("measurementValueEdit")
        example = self.tr("e.g. {number}").format(number=number_example(lang))
        self.value_edit.setPlaceholderText(example)
        self.rating_combo = QComboBox(self)
        self.rating_combo.setObjectName("measurementRatingCombo")
        self.rating_combo.addItem(self.tr("Choose a rating"), None)
        top = indicator.rating_scale_max or 5
        for rating in range(1, top + 1):
            text = self.tr("{rating} out of {max}").format(rating=rating, max=top)
            self.rating_combo.addItem(text, rating)
        self.narrative_edit = self._text("measurementNarrativeEdit", 70)
        self.source_edit = QLineEdit(source, self)
        self.source_edit.setObjectName("measurementSourceEdit")
        self.source_edit.setCursorPosition(0)
        self.recorded_by_edit = QLineEdit(context.user_name, self)
        self.recorded_by_edit.setObjectName("measurementRecordedByEdit")
        self.recorded_by_edit.setMaxLength(RECORDED_BY_MAX_LENGTH)
        self.note_edit = self._text("measurementNoteEdit", 50)
        self.gap_label = QLabel(self)
        self.gap_label.setObjectName("measurementGapLabel")
        self.gap_label.setWordWrap(True)
        self.gap_label.setStyleSheet(f"color: {STATUS_COLOURS['at_risk']}; font-weight: bold;")
        self.gap_label.hide()
        self.breakdown_edits: dict[str, dict[str, QLineEdit]] = {}
        self.places_edit: RowsEdit | None = None

        self.add_field("indicator", self.tr("Indicator"), name)
        self.add_field("period_start", self.tr("Period start"), self.start_edit, required=True)
        self.add_field("period_end", self.tr("Period end"), self.end_edit, required=True)
        if self.qualitative:
            self.add_field("rating", self.tr("Rating"), self.rating_combo, required=True)
            self.value_edit.hide()
        else:
            label = self.tr("Total")
            if indicator.unit:
                label = self.tr("Total ({unit})").format(unit=indicator.unit)
            self.add_field("value", label, self.value_edit, required=True)
            self.rating_combo.hide()
            self.narrative_edit.hide()
        self.add_field("source", self.tr("Source"), self.source_edit)
        self.add_field("recorded_by", self.tr("Recorded by"), self.recorded_by_edit)
        if not self.qualitative:
            for dimension in indicator.disaggregations:
                self._add_breakdown(dimension, lang)
            if indicator.disaggregations:
                self.forms[1].addRow("", self.gap_label)
        if self.qualitative:
            self.add_field("narrative", self.tr("Why this rating"), self.narrative_edit, column=2)
        self.add_field("note", self.tr("Note"), self.note_edit, column=2)
        self.evidence = EvidenceEdit(self)
        self.add_field("evidence_ids", self.tr("Evidence"), self.evidence, column=2)

        self.value_edit.textChanged.connect(self._update_gaps)
        start, end = period or (dt.date.today(), dt.date.today())
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        if measurement_id is not None:
            self._load(measurement_id)
        self._update_gaps()
        self.mark_unchanged()
        self._chain_focus()
        (self.rating_combo if self.qualitative else self.value_edit).setFocus()
        self.resize(820, self.sizeHint().height())

    # --- building -------------------------------------------------------------------------

    def _date(self, name: str, language: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_display_format(language))
        return edit

    def _text(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def _add_breakdown(self, dimension: str, language: str) -> None:
        title = dimension_label(dimension)
        allowed = allowed_categories(dimension)
        if allowed is None:  # places: names typed by the user
            self.places_edit = RowsEdit(
                "breakdown_place",
                [RowColumn("place", self.tr("Place")), RowColumn("value", self.tr("Value"))],
                language,
                self.tr("Add a place"),
                self,
            )
            self.places_edit.changed.connect(self._update_gaps)
            self.add_field(f"disaggregated.{dimension}", title, self.places_edit, column=1)
            return
        order = (
            AGE_GROUPS
            if dimension == "age_group"
            else sorted(allowed, key=["female", "male", "other", "unknown"].index)
        )
        box = QWidget(self)
        box.setObjectName(f"breakdown_{dimension}")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        edits: dict[str, QLineEdit] = {}
        for i, category in enumerate(order):
            edit = QLineEdit(box)
            edit.setObjectName(f"breakdown_{dimension}_{field_key(category)}")
            edit.setMaximumWidth(110)
            caption = QLabel(category_label(dimension, category), box)
            caption.setBuddy(edit)
            grid.addWidget(caption, i // 2, (i % 2) * 2)
            grid.addWidget(edit, i // 2, (i % 2) * 2 + 1)
            edit.textChanged.connect(self._update_gaps)
            edits[category] = edit
        self.breakdown_edits[dimension] = edits
        self.add_field(f"disaggregated.{dimension}", title, box, column=1)

    def _chain_focus(self) -> None:
        """Tab goes through the fields in reading order, breakdowns right after the total."""
        chain: list[QWidget] = [self.start_edit, self.end_edit]
        if self.qualitative:
            chain += [self.rating_combo]
        else:
            chain += [self.value_edit]
            chain += [e for edits in self.breakdown_edits.values() for e in edits.values()]
            if self.places_edit is not None:
                chain += self.places_edit.focus_chain()
        chain += [self.source_edit, self.recorded_by_edit]
        if self.qualitative:
            chain.append(self.narrative_edit)
        chain += [self.note_edit, *self.evidence.focus_chain()]
        chain += [
            self.buttons.button(b)
            for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- data -----------------------------------------------------------------------------

    def _load(self, measurement_id: str) -> None:
        def read(session: Session) -> tuple[MeasurementData, list[tuple[str, str]]]:
            rows = list_evidence(session, measurement_id)
            return get_measurement(session, measurement_id), [(r.id, r.filename) for r in rows]

        data, files = self.context.run(read)
        self.start_edit.setDate(QDate(*_ymd(data.period_start)))
        self.end_edit.setDate(QDate(*_ymd(data.period_end)))
        self.value_edit.setText(self._number(data.value))
        self.rating_combo.setCurrentIndex(max(0, self.rating_combo.findData(data.rating)))
        self.narrative_edit.setPlainText(data.narrative)
        self.source_edit.setText(data.source)
        self.source_edit.setCursorPosition(0)
        self.recorded_by_edit.setText(data.recorded_by)
        self.note_edit.setPlainText(data.note)
        for dimension, edits in self.breakdown_edits.items():
            for category, edit in edits.items():
                edit.setText(self._number(data.disaggregated.get(dimension, {}).get(category)))
        if self.places_edit is not None:
            places = data.disaggregated.get("place", {})
            self.places_edit.set_rows([(name, self._number(v)) for name, v in places.items()])
        self.evidence.set_stored(files)

    def _number(self, value: NumberInput) -> str:
        if isinstance(value, Decimal | int):
            return edit_number(value, self.context.formatter.language)
        return value or ""

    def collect(self) -> MeasurementData:
        lang = self.context.formatter.language
        parts: dict[str, dict[str, NumberInput]] = {}
        for dimension, edits in self.breakdown_edits.items():
            typed = {c: typed_number(e.text(), lang) for c, e in edits.items() if e.text().strip()}
            if typed:
                parts[dimension] = typed
        if self.places_edit is not None:
            places = {
                str(n): typed_number(str(v), lang) for n, v in self.places_edit.rows() if n or v
            }
            if places:
                parts["place"] = places
        rating = self.rating_combo.currentData()
        return MeasurementData(
            period_start=_day(self.start_edit),
            period_end=_day(self.end_edit),
            value=None if self.qualitative else typed_number(self.value_edit.text(), lang),
            disaggregated=parts,
            rating=int(rating) if self.qualitative and rating is not None else None,
            narrative=self.narrative_edit.toPlainText() if self.qualitative else "",
            source=self.source_edit.text(),
            note=self.note_edit.toPlainText(),
            recorded_by=self.recorded_by_edit.text(),
            evidence_ids=self.evidence.stored_ids(),
        )

    def has_changes(self) -> bool:
        return super().has_changes() or bool(self.evidence.pending_files())

    def save(self, data: object) -> str:
        assert isinstance(data, MeasurementData)
        pending, indicator_id = self.evidence.pending_files(), self.indicator.id
        stored: list[str] = []

        def files(session: Session) -> MeasurementData:
            ids = list(stored) or [add_attachment_from_path(session, p) for p in pending]
            return replace(data, evidence_ids=(*data.evidence_ids, *ids))

        def keep(saved: SavedMeasurement, full: MeasurementData) -> str:
            stored[:] = full.evidence_ids[len(data.evidence_ids) :]
            self.saved = saved
            return saved.id

        def create(session: Session, mid: str | None) -> str:
            full = files(session)
            return keep(create_measurement(session, indicator_id, full, measurement_id=mid), full)

        if self.record_id is None:
            text = self.tr("Add measurement of {code}").format(code=self.indicator.code)
            return create_record(self.context, text, ENTITY, create, delete_measurement)
        mid = self.record_id
        old: list[MeasurementData] = []

        def do(session: Session) -> None:
            old[:] = old or [get_measurement(session, mid)]
            full = files(session)
            keep(update_measurement(session, mid, full), full)

        text = self.tr("Edit measurement of {code}").format(code=self.indicator.code)
        self.context.execute(
            ServiceCommand(
                self.context, text, ENTITY, do, lambda s: update_measurement(s, mid, old[0])
            )
        )
        return mid

    def show_errors(self, error: ValidationError) -> None:
        """A breakdown's errors (``disaggregated.sex.female``) show under its group."""
        merged: dict[str, list[str]] = {}
        for item in error.errors:
            parts = item.field.split(".", 2)
            field, message = item.field, item.message
            if parts[0] == "disaggregated" and len(parts) == 3:
                field = f"disaggregated.{parts[1]}"
                message = self.tr("{category}: {message}").format(
                    category=category_label(parts[1], parts[2]), message=item.message
                )
            merged.setdefault(field, []).append(message)
        super().show_errors(
            ValidationError([FieldError(f, "\n".join(m)) for f, m in merged.items()])
        )

    # --- slots ----------------------------------------------------------------------------

    def gap_text(self) -> str:
        """The gaps shown under the breakdowns ("" when they add up)."""
        return "" if self.gap_label.isHidden() else self.gap_label.text()

    def _update_gaps(self, *_args: object) -> None:
        gaps = check_disaggregation(self.collect()) if not self.qualitative else ()
        self.gap_label.setText("\n".join(g.message for g in gaps))
        self.gap_label.setVisible(bool(gaps))


def _ymd(day: dt.date | None) -> tuple[int, int, int]:
    day = day or dt.date.today()
    return day.year, day.month, day.day


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date().toPython()
    assert isinstance(value, dt.date)
    return value
