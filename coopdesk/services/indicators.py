"""A project's indicators: read, create, update, delete (with undo), intermediate targets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.i18n import plural, translate
from coopdesk.services.errors import NotFoundError
from coopdesk.services.indicator_data import (
    IndicatorData,
    TargetData,
    check_indicator,
    clean_indicator,
    validate_indicator,
)
from coopdesk.services.measurements import (
    MeasurementData,
    measurement_data,
    new_measurement,
    write_measurement,
)
from coopdesk.services.number_input import read_number
from coopdesk.services.validation import Checker
from coopdesk.store.models import (
    Attachment,
    Indicator,
    IndicatorTarget,
    Measurement,
    MeasurementEvidence,
    Project,
)

__all__ = [
    "IndicatorData",
    "IndicatorSnapshot",
    "TargetData",
    "create_indicator",
    "delete_confirmation",
    "delete_indicator",
    "get_indicator",
    "restore_indicator",
    "update_indicator",
    "validate_indicator",
]
_SIMPLE = (
    "code",
    "kind",
    "unit",
    "direction",
    "baseline_date",
    "target_date",
    "frequency",
    "data_source",
    "rating_scale_max",
    "computed_source",
)


@dataclass(frozen=True)
class IndicatorSnapshot:
    """A deleted indicator with its measurements (for undo)."""

    id: str
    project_id: str
    data: IndicatorData
    # (measurement id, data) pairs, evidence links included.
    measurements: tuple[tuple[str, MeasurementData], ...]


def _validate(
    session: Session, project_id: str, data: IndicatorData, indicator_id: str | None
) -> IndicatorData:
    """Check cleaned ``data`` against everything; return it with its numbers as Decimals."""
    check = Checker()
    numbers, top = check_indicator(check, data)
    if data.code:
        query = select(Indicator.id).where(
            Indicator.project_id == project_id, func.lower(Indicator.code) == data.code.lower()
        )
        if indicator_id is not None:
            query = query.where(Indicator.id != indicator_id)
        if session.scalars(query.limit(1)).first() is not None:
            message = translate(
                "Validation", "Another indicator of this project already has the code {code}."
            )
            check.add("code", message.format(code=data.code))
    if indicator_id is not None:
        _check_against_measurements(session, check, indicator_id, data, top)
    check.raise_if_any()
    return numbers


def _check_against_measurements(
    session: Session, check: Checker, indicator_id: str, data: IndicatorData, top: int | None
) -> None:
    count, max_rating = session.execute(
        select(func.count(), func.max(Measurement.rating)).where(
            Measurement.indicator_id == indicator_id
        )
    ).one()
    if not count:
        return
    stored = session.get(Indicator, indicator_id)
    if stored is not None and stored.kind != data.kind:
        message = translate(
            "Validation", "The kind cannot change once the indicator has measurements."
        )
        check.add("kind", message)
    if data.computed_source and stored is not None and not stored.computed_source:
        message = translate(
            "Validation", "An indicator with typed measurements cannot become computed."
        )
        check.add("computed_source", message)
    if top is not None and max_rating is not None and max_rating > top:
        message = translate("Validation", "Some measurements have a rating above {max}.")
        check.add("rating_scale_max", message.format(max=top))


def _load(session: Session, indicator_id: str) -> Indicator:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        raise NotFoundError(translate("Errors", "This indicator no longer exists."))
    return indicator


def get_indicator(session: Session, indicator_id: str) -> IndicatorData:
    """The editable fields of an indicator, its intermediate targets by period (two queries)."""
    ind = _load(session, indicator_id)
    targets = session.scalars(
        select(IndicatorTarget)
        .where(IndicatorTarget.indicator_id == indicator_id)
        .order_by(IndicatorTarget.period_start, IndicatorTarget.period_end)
    )
    return IndicatorData(
        name=dict(ind.name),
        definition=dict(ind.definition),
        baseline_value=ind.baseline_value,
        target_value=ind.target_value,
        disaggregations=tuple(ind.disaggregations),
        targets=tuple(TargetData(t.period_start, t.period_end, t.value) for t in targets),
        **{name: getattr(ind, name) for name in _SIMPLE},
    )


def indicator_project_id(session: Session, indicator_id: str) -> str:
    return _load(session, indicator_id).project_id


def _apply(session: Session, ind: Indicator, data: IndicatorData) -> None:
    for name in _SIMPLE:
        setattr(ind, name, getattr(data, name))
    ind.name = dict(data.name)
    ind.definition = dict(data.definition)
    ind.baseline_value = data.baseline_value  # type: ignore[assignment]
    ind.target_value = data.target_value  # type: ignore[assignment]
    ind.disaggregations = list(data.disaggregations)
    session.flush()
    existing = {
        (t.period_start, t.period_end): t
        for t in session.scalars(
            select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind.id)
        )
    }
    # Validated targets: both dates and the value are set.
    wanted: dict[tuple[dt.date, dt.date], Decimal] = {
        (t.period_start, t.period_end): t.value  # type: ignore[misc]
        for t in data.targets
    }
    for key, old in existing.items():
        if key not in wanted:
            session.delete(old)
    for (start, end), value in wanted.items():
        row = existing.get((start, end))
        if row is None:
            session.add(
                IndicatorTarget(
                    indicator_id=ind.id, period_start=start, period_end=end, value=value
                )
            )
        elif row.value != value:
            row.value = value
    session.flush()


def create_indicator(
    session: Session, project_id: str, data: IndicatorData, *, indicator_id: str | None = None
) -> str:
    """Validate and add an indicator to a project; ``indicator_id`` re-creates one (undo).

    Raises:
        NotFoundError: the project no longer exists.
        ValidationError: invalid fields; nothing was written.
    """
    if session.get(Project, project_id) is None:
        raise NotFoundError(translate("Errors", "This project no longer exists."))
    data = _validate(session, project_id, clean_indicator(data), None)
    ind = Indicator(project_id=project_id)
    if indicator_id:
        ind.id = indicator_id
    session.add(ind)
    _apply(session, ind, data)
    return ind.id


def update_indicator(session: Session, indicator_id: str, data: IndicatorData) -> None:
    """Validate and change an indicator and its intermediate targets.

    Raises:
        NotFoundError: the indicator no longer exists.
        ValidationError: invalid fields, or a change its measurements forbid.
    """
    ind = _load(session, indicator_id)
    data = _validate(session, ind.project_id, clean_indicator(data), indicator_id)
    _apply(session, ind, data)


def delete_confirmation(session: Session, indicator_id: str) -> str:
    """The question to ask before :func:`delete_indicator`, naming its measurements."""
    ind = _load(session, indicator_id)
    n = session.scalar(select(func.count()).where(Measurement.indicator_id == indicator_id)) or 0
    if n:
        text = plural.translate(
            "Errors", "Delete the indicator {code} and its %n measurement(s)?", None, 1
        ).count(n)
    else:
        text = translate("Errors", "Delete the indicator {code}?")
    return text.format(code=ind.code)


def delete_indicator(session: Session, indicator_id: str) -> IndicatorSnapshot:
    """Delete an indicator with its targets, measurements and evidence links (files kept).

    Each row is deleted through the session, so the audit trail records every value.

    Returns:
        What :func:`restore_indicator` needs to bring it all back.
    """
    ind = _load(session, indicator_id)
    data = get_indicator(session, indicator_id)
    rows = list(
        session.scalars(select(Measurement).where(Measurement.indicator_id == indicator_id))
    )
    links = list(
        session.scalars(
            select(MeasurementEvidence)
            .join(Measurement, Measurement.id == MeasurementEvidence.measurement_id)
            .where(Measurement.indicator_id == indicator_id)
        )
    )
    evidence: dict[str, list[str]] = {}
    for link in links:
        evidence.setdefault(link.measurement_id, []).append(link.attachment_id)
    rows.sort(key=lambda m: (m.period_start, m.period_end, m.id))
    measurements = tuple(
        (m.id, measurement_data(m, tuple(sorted(evidence.get(m.id, []))))) for m in rows
    )
    snapshot = IndicatorSnapshot(indicator_id, ind.project_id, data, measurements)
    targets = session.scalars(
        select(IndicatorTarget).where(IndicatorTarget.indicator_id == indicator_id)
    ).all()
    # Children first, one flush each: the tables have no ORM relationships to order them.
    for group in (links, [*rows, *targets], [ind]):
        for obj in group:
            session.delete(obj)
        session.flush()
    return snapshot


def restore_indicator(session: Session, snapshot: IndicatorSnapshot) -> None:
    """Undo :func:`delete_indicator`: the indicator, its targets and measurements come back."""
    create_indicator(session, snapshot.project_id, snapshot.data, indicator_id=snapshot.id)
    wanted = {i for _id, data in snapshot.measurements for i in data.evidence_ids}
    attachments = (
        set(session.scalars(select(Attachment.id).where(Attachment.id.in_(wanted))))
        if wanted
        else set()
    )
    for measurement_id, data in snapshot.measurements:
        check = Checker()
        value = read_number(check, "value", data.value)
        if data.rating is not None:
            value = Decimal(data.rating)
        parts = {
            dim: {cat: Decimal(str(v)) for cat, v in values.items() if v is not None}
            for dim, values in data.disaggregated.items()
        }
        # Files deleted since cannot come back as evidence.
        kept = tuple(i for i in data.evidence_ids if i in attachments)
        row = new_measurement(session, snapshot.id, measurement_id)
        write_measurement(
            session,
            row,
            replace(data, evidence_ids=kept),
            value=value,
            parts=parts,
            rating=data.rating,
        )
