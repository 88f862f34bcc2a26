"""Indicator measurements: values per period, breakdowns checked against the total, evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import IndicatorKind
from coopdesk.i18n import active_language, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.disaggregation import (
    DisaggregationGap,
    allowed_categories,
    decimal_parts,
    disaggregation_gaps,
    read_parts,
    stored_parts,
)
from coopdesk.services.errors import NotFoundError
from coopdesk.services.measurement_evidence import set_evidence
from coopdesk.services.number_input import NumberInput, read_number
from coopdesk.services.validation import Checker
from coopdesk.store.models import (
    Attachment,
    Indicator,
    Measurement,
    MeasurementEvidence,
    Project,
)

RECORDED_BY_MAX_LENGTH = 150


@dataclass(frozen=True)
class MeasurementData:
    """What a user types for a measurement (also the snapshot used by undo)."""

    period_start: dt.date | None
    period_end: dt.date | None
    # The total (quantitative indicators); text is read in the UI language.
    value: NumberInput = None
    # A value per category of each breakdown of the indicator, e.g.
    # {"sex": {"female": "120", "male": "98"}, "place": {"Ndiaganiao": "218"}}.
    disaggregated: Mapping[str, Mapping[str, NumberInput]] = field(default_factory=dict)
    # Qualitative indicators: 1 to the indicator's ``rating_scale_max``, and the reasons.
    rating: int | None = None
    narrative: str = ""
    source: str = ""
    note: str = ""
    recorded_by: str = ""
    # Attachments kept as evidence (survey sheets, photos, reports).
    evidence_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class SavedMeasurement:
    """A measurement written, with the breakdowns that do not match its total."""

    id: str
    gaps: tuple[DisaggregationGap, ...]


@dataclass(frozen=True)
class MeasurementRow:
    """One line of an indicator's measurements."""

    id: str
    indicator_id: str
    period_start: dt.date
    period_end: dt.date
    # The total, or the rating as a number for a qualitative indicator.
    value: Decimal | None
    rating: int | None
    disaggregated: dict[str, dict[str, Decimal]]
    narrative: str
    source: str
    note: str
    recorded_by: str
    evidence_count: int
    gaps: tuple[DisaggregationGap, ...]


def check_disaggregation(data: MeasurementData) -> tuple[DisaggregationGap, ...]:
    """The gaps of a measurement being typed (numbers that do not parse are left out)."""
    check = Checker()
    total = read_number(check, "value", data.value)
    return disaggregation_gaps(total, read_parts(check, data.disaggregated))


def project_window(session: Session, project_id: str) -> tuple[dt.date | None, dt.date | None]:
    """The project's dates: the earliest planned or actual start to the latest end."""
    row = session.execute(
        select(Project.planned_start, Project.actual_start, Project.planned_end, Project.actual_end)
        .where(Project.id == project_id)
    ).one()
    starts = [d for d in (row[0], row[1]) if d is not None]
    ends = [d for d in (row[2], row[3]) if d is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


def _check_period(
    check: Checker, data: MeasurementData, window: tuple[dt.date | None, dt.date | None]
) -> None:
    if data.period_start is None:
        check.add("period_start", translate("Validation", "This field is required."))
    if data.period_end is None:
        check.add("period_end", translate("Validation", "This field is required."))
    check.date_order(
        "period_end", data.period_start, data.period_end,
        translate("Validation", "The end of the period must be on or after its start."),
    )
    start, end = window
    if data.period_start is None or data.period_end is None:
        return
    if (start is not None and data.period_start < start) or (
        end is not None and data.period_end > end
    ):
        fmt = Formatter(active_language())
        message = translate(
            "Validation",
            "A measurement outside the project's dates cannot be recorded: the project runs "
            "from {start} to {end}.",
        ).format(start=fmt.date(start) or "…", end=fmt.date(end) or "…")
        check.add("period_start", message)


Numbers = tuple[Decimal | None, dict[str, dict[str, Decimal]], int | None]


def _check_value(check: Checker, data: MeasurementData, indicator: Indicator) -> Numbers:
    """(total, breakdowns, rating) as read; errors added to ``check``."""
    if indicator.computed_source:
        message = translate(
            "Validation",
            "The values of a computed indicator come from the database and cannot be typed.",
        )
        check.add("value", message)
        return None, {}, None
    if indicator.kind == IndicatorKind.QUALITATIVE:
        top = indicator.rating_scale_max or 5
        if (
            data.rating is None
            or isinstance(data.rating, bool)
            or not isinstance(data.rating, int)
            or not 1 <= data.rating <= top
        ):
            message = translate("Validation", "Choose a rating from 1 to {max}.")
            check.add("rating", message.format(max=top))
            return None, {}, None
        return Decimal(data.rating), {}, data.rating
    value = read_number(check, "value", data.value)
    if value is None and not any(e.field == "value" for e in check.errors):
        check.add("value", translate("Validation", "Enter the value."))
    parts = read_parts(check, data.disaggregated)
    for dimension, values in parts.items():
        if dimension not in indicator.disaggregations:
            message = translate("Validation", "This indicator has no such breakdown.")
            check.add(f"disaggregated.{dimension}", message)
            continue
        allowed = allowed_categories(dimension)
        if allowed is not None and any(c not in allowed for c in values):
            message = translate("Validation", "Choose a value from the list.")
            check.add(f"disaggregated.{dimension}", message)
    return value, parts, None


def _validate(
    session: Session, indicator: Indicator, data: MeasurementData, measurement_id: str | None
) -> Numbers:
    check = Checker()
    _check_period(check, data, project_window(session, indicator.project_id))
    numbers = _check_value(check, data, indicator)
    check.max_length("recorded_by", data.recorded_by, RECORDED_BY_MAX_LENGTH)
    if data.period_start is not None and data.period_end is not None:
        query = select(Measurement.id).where(
            Measurement.indicator_id == indicator.id,
            Measurement.period_start == data.period_start,
            Measurement.period_end == data.period_end,
        )
        if measurement_id is not None:
            query = query.where(Measurement.id != measurement_id)
        if session.scalars(query.limit(1)).first() is not None:
            message = translate("Validation", "This period already has a measurement.")
            check.add("period_start", message)
    if data.evidence_ids:
        found = set(
            session.scalars(select(Attachment.id).where(Attachment.id.in_(data.evidence_ids)))
        )
        if set(data.evidence_ids) - found:
            check.add("evidence_ids", translate("Errors", "This document no longer exists."))
    check.raise_if_any()
    return numbers


def _clean(data: MeasurementData) -> MeasurementData:
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    values["evidence_ids"] = tuple(sorted(set(data.evidence_ids)))
    return MeasurementData(**values)


def _load_indicator(session: Session, indicator_id: str) -> Indicator:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        raise NotFoundError(translate("Errors", "This indicator no longer exists."))
    return indicator


def _load(session: Session, measurement_id: str) -> Measurement:
    measurement = session.get(Measurement, measurement_id)
    if measurement is None:
        raise NotFoundError(translate("Errors", "This measurement no longer exists."))
    return measurement


def new_measurement(
    session: Session, indicator_id: str, measurement_id: str | None
) -> Measurement:
    """A new measurement row added to the session (``measurement_id``: undo of a delete)."""
    row = Measurement(indicator_id=indicator_id)
    if measurement_id:
        row.id = measurement_id
    session.add(row)
    return row


def write_measurement(
    session: Session,
    row: Measurement,
    data: MeasurementData,
    *,
    value: Decimal | None,
    parts: Mapping[str, Mapping[str, Decimal]],
    rating: int | None,
) -> None:
    """Store checked values in ``row`` without validation (also used by undo).

    ``value``, ``parts`` and ``rating`` are ``data``'s numbers as read and checked: the
    total and breakdowns of a quantitative indicator, or the rating (with the same value) of
    a qualitative one.
    """
    row.period_start = data.period_start  # type: ignore[assignment]
    row.period_end = data.period_end  # type: ignore[assignment]
    row.value = value
    row.disaggregated = stored_parts(parts)
    row.rating = rating
    for name in ("narrative", "source", "note", "recorded_by"):
        setattr(row, name, getattr(data, name))
    session.flush()
    set_evidence(session, row.id, data.evidence_ids)


def create_measurement(
    session: Session,
    indicator_id: str,
    data: MeasurementData,
    *,
    measurement_id: str | None = None,
) -> SavedMeasurement:
    """Validate and record a measurement; ``measurement_id`` re-creates one (undo of a delete).

    Breakdowns that do not add up to the total are saved and returned as gaps to show.

    Raises:
        NotFoundError: the indicator no longer exists.
        ValidationError: invalid fields; nothing was written.
    """
    indicator = _load_indicator(session, indicator_id)
    data = _clean(data)
    value, parts, rating = _validate(session, indicator, data, None)
    row = new_measurement(session, indicator_id, measurement_id)
    write_measurement(session, row, data, value=value, parts=parts, rating=rating)
    return SavedMeasurement(row.id, disaggregation_gaps(value, parts))


def update_measurement(
    session: Session, measurement_id: str, data: MeasurementData
) -> SavedMeasurement:
    """Validate and change a measurement (see :func:`create_measurement`)."""
    row = _load(session, measurement_id)
    indicator = _load_indicator(session, row.indicator_id)
    data = _clean(data)
    value, parts, rating = _validate(session, indicator, data, measurement_id)
    write_measurement(session, row, data, value=value, parts=parts, rating=rating)
    return SavedMeasurement(measurement_id, disaggregation_gaps(value, parts))


def measurement_data(row: Measurement, evidence_ids: tuple[str, ...]) -> MeasurementData:
    """The editable fields of a loaded measurement."""
    return MeasurementData(
        period_start=row.period_start,
        period_end=row.period_end,
        value=None if row.rating is not None else row.value,
        disaggregated=decimal_parts(row.disaggregated or {}),
        rating=row.rating,
        narrative=row.narrative,
        source=row.source,
        note=row.note,
        recorded_by=row.recorded_by,
        evidence_ids=evidence_ids,
    )


def _evidence_ids(session: Session, measurement_id: str) -> tuple[str, ...]:
    query = select(MeasurementEvidence.attachment_id).where(
        MeasurementEvidence.measurement_id == measurement_id
    )
    return tuple(sorted(session.scalars(query)))


def get_measurement(session: Session, measurement_id: str) -> MeasurementData:
    return measurement_data(_load(session, measurement_id), _evidence_ids(session, measurement_id))


def delete_measurement(session: Session, measurement_id: str) -> tuple[str, MeasurementData]:
    """Delete a measurement and its evidence links (the files are kept).

    Returns:
        (indicator id, data): undo with ``create_measurement(..., measurement_id=...)``.
    """
    row = _load(session, measurement_id)
    snapshot = (row.indicator_id, get_measurement(session, measurement_id))
    set_evidence(session, measurement_id, ())
    session.delete(row)
    session.flush()
    return snapshot


def list_measurements(session: Session, indicator_id: str) -> list[MeasurementRow]:
    """An indicator's measurements, the latest period first (two queries)."""
    evidence = dict(
        session.execute(
            select(MeasurementEvidence.measurement_id, func.count())
            .join(Measurement, Measurement.id == MeasurementEvidence.measurement_id)
            .where(Measurement.indicator_id == indicator_id)
            .group_by(MeasurementEvidence.measurement_id)
        ).all()
    )
    rows = []
    for m in session.scalars(select(Measurement).where(Measurement.indicator_id == indicator_id)):
        parts = decimal_parts(m.disaggregated or {})
        rows.append(
            MeasurementRow(
                id=m.id, indicator_id=m.indicator_id, period_start=m.period_start,
                period_end=m.period_end, value=m.value, rating=m.rating, disaggregated=parts,
                narrative=m.narrative, source=m.source, note=m.note, recorded_by=m.recorded_by,
                evidence_count=evidence.get(m.id, 0),
                gaps=disaggregation_gaps(m.value, parts) if m.rating is None else (),
            )
        )
    rows.sort(key=lambda r: (r.period_end, r.period_start, r.id), reverse=True)
    return rows
