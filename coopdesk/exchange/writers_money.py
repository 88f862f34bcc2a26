"""Writers of imported budgets, transactions, indicators, measurements and evaluations.

Every row goes through the service that owns the record (its validation, its audit); what
others' files hold (a project code, an indicator code, a "2025-Q2" period, "sexe/femmes"
columns) is resolved here first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import (
    BudgetCategory,
    Frequency,
    FundingKind,
    IndicatorDirection,
    IndicatorKind,
    TransactionKind,
)
from coopdesk.domain.money import Money
from coopdesk.exchange.cells import CellError, to_period
from coopdesk.exchange.column_mapping import DISAGG
from coopdesk.exchange.import_engine import CREATED, UNCHANGED, UPDATED, ImportContext, Writer
from coopdesk.exchange.resolve import indicator_by_code, project_by_code
from coopdesk.exchange.writers_core import enum_of, merged, record_id
from coopdesk.i18n import translate
from coopdesk.services import (
    budget_lines,
    evaluations,
    funding,
    indicators,
    measurements,
    transactions,
)
from coopdesk.services.errors import FieldError, ValidationError
from coopdesk.store.models import (
    BudgetLine,
    Evaluation,
    FundingSource,
    Indicator,
    Measurement,
    MoneyTransaction,
)

D = TypeVar("D")
# Key under which the workbook import gives an indicator the rows of its targets sheet.
TARGETS = "_targets"


def fail(name: str, message: str) -> ValidationError:
    return ValidationError([FieldError(name, message)])


def _required(values: Mapping[str, Any], *names: str) -> None:
    missing = [n for n in names if values.get(n) is None or values.get(n) == ""]
    if missing:
        message = translate("Validation", "This field is required.")
        raise ValidationError([FieldError(n, message) for n in missing])


def _money(values: Mapping[str, Any], key: str, currency: str, base: Money | None) -> Money:
    """The amount of ``key`` (minor units, read with the row's currency) as Money."""
    if key in values:
        return Money(values[key] or 0, currency)
    return base if base is not None else Money(0, currency)


def _save(
    existing: Any,
    base: D,
    data: D,
    create: Callable[[D], object],
    update: Callable[[str, D], object],
) -> str:
    """Create, update or leave the record (compared field by field with what is stored)."""
    if existing is None:
        create(data)
        return CREATED
    if data == base:
        return UNCHANGED
    update(existing.id, data)
    return UPDATED


def _project(session: Session, values: dict[str, Any]) -> None:
    """Fill ``project_id`` from a ``project`` code column, if any."""
    if values.get("project") and not values.get("project_id"):
        found, reason = project_by_code(session, str(values["project"]))
        if found is None:
            raise fail("project", reason)
        values["project_id"] = found


def write_budget_line(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    line_id = record_id(values)
    existing = ctx.find(session, BudgetLine, line_id)
    base = budget_lines.get_budget_line(session, existing.id) if existing else None
    if base is None:
        _required(values, "project_id", "year", "planned")
    currency = values.get("currency") or (base.planned.currency if base else "EUR")
    start = base or budget_lines.BudgetLineData(0, "", Money(0, currency))
    data = merged(start, values, {"category": enum_of(BudgetCategory)})
    data = dataclasses.replace(data, planned=_money(values, "planned", currency, start.planned))
    return _save(
        existing, base, data,
        lambda d: budget_lines.create_budget_line(session, values["project_id"], d,
                                                  line_id=line_id),
        lambda i, d: budget_lines.update_budget_line(session, i, d),
    )  # fmt: skip


def write_funding_source(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    source_id = record_id(values)
    existing = ctx.find(session, FundingSource, source_id)
    base = funding.get_funding_source(session, existing.id) if existing else None
    if base is None:
        _required(values, "project_id", "year")
    currency = values.get("currency") or (base.committed.currency if base else "EUR")
    zero = Money(0, currency)
    start = base or funding.FundingSourceData(0, "", zero, zero)
    data = merged(start, values, {"kind": enum_of(FundingKind)})
    data = dataclasses.replace(
        data,
        committed=_money(values, "committed", currency, start.committed),
        received=_money(values, "received", currency, start.received),
    )
    return _save(
        existing, base, data,
        lambda d: funding.create_funding_source(session, values["project_id"], d,
                                                source_id=source_id),
        lambda i, d: funding.update_funding_source(session, i, d),
    )  # fmt: skip


def write_transaction(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    values = dict(values)
    _project(session, values)
    tx_id = record_id(values)
    existing = ctx.find(session, MoneyTransaction, tx_id)
    base = transactions.get_transaction(session, existing.id) if existing else None
    if base is None:
        _required(values, "project_id", "amount")
    currency = values.get("currency") or (base.amount.currency if base else "EUR")
    start = base or transactions.TransactionData("", None, Money(0, currency))
    data = merged(start, values, {"kind": enum_of(TransactionKind)})
    data = dataclasses.replace(data, amount=_money(values, "amount", currency, start.amount))
    if existing is None and not ctx.coopdesk_file and _same_stored(session, values, data):
        return UNCHANGED
    return _save(
        existing, base, data,
        lambda d: transactions.create_transaction(session, values["project_id"], d, tx_id=tx_id),
        lambda i, d: transactions.update_transaction(session, i, d),
    )  # fmt: skip


def _same_stored(session: Session, values: dict[str, Any], data: Any) -> bool:
    """An identical transaction is already stored (the same file imported twice)."""
    query = select(MoneyTransaction).where(
        MoneyTransaction.project_id == values["project_id"],
        MoneyTransaction.date == data.date,
        MoneyTransaction.amount_minor == data.amount.minor,
        MoneyTransaction.currency == data.amount.currency,
        MoneyTransaction.kind == data.kind,
    )
    return any(
        transactions.transaction_data(tx) == transactions._clean(data)  # noqa: SLF001
        for tx in session.scalars(query)
    )


def _targets(values: dict[str, Any], base: Any) -> tuple[Any, ...]:
    if TARGETS not in values:
        return base.targets if base is not None else ()
    return tuple(
        indicators.TargetData(t.get("period_start"), t.get("period_end"), t.get("value"))
        for _row, t in values[TARGETS]
    )


def write_indicator(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    values = dict(values)
    _project(session, values)
    indicator_id = record_id(values)
    existing = ctx.find(session, Indicator, indicator_id)
    base = indicators.get_indicator(session, existing.id) if existing else None
    if base is None:
        _required(values, "project_id")
    convert = {
        "kind": enum_of(IndicatorKind),
        "direction": enum_of(IndicatorDirection),
        "frequency": enum_of(Frequency),
    }
    data = merged(base or indicators.IndicatorData("", {}), values, convert)
    data = dataclasses.replace(data, targets=_targets(values, base))
    return _save(
        existing, base, data,
        lambda d: indicators.create_indicator(session, values["project_id"], d,
                                              indicator_id=indicator_id),
        lambda i, d: indicators.update_indicator(session, i, d),
    )  # fmt: skip


def _measurement_values(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """Indicator by code, a period column and "sexe/femmes"-style columns, if any."""
    v = {k: val for k, val in values.items() if not k.startswith(DISAGG)}
    if v.get("indicator_code") and not v.get("indicator_id"):
        project_id = None
        if v.get("project"):
            project_id, reason = project_by_code(session, str(v["project"]))
            if project_id is None:
                raise fail("project", reason)
        found, reason = indicator_by_code(session, str(v["indicator_code"]), project_id)
        if found is None:
            raise fail("indicator_code", reason)
        v["indicator_id"] = found
    if v.get("period") is not None and v.get("period_start") is None:
        try:
            v["period_start"], v["period_end"] = to_period(v["period"])
        except CellError as exc:
            raise fail("period", str(exc)) from exc
    if v.get("period_end") is None and v.get("period_start") is not None:
        v["period_end"] = v["period_start"]
    parts: dict[str, dict[str, Decimal]] = {}
    for dimension, categories in (v.get("disaggregated") or {}).items():
        try:
            parts[dimension] = {str(c): Decimal(str(n)) for c, n in categories.items()}
        except (ArithmeticError, AttributeError, ValueError) as exc:
            raise fail("disaggregated", translate("Exchange", "A breakdown is not valid.")) from exc
    for name, value in values.items():
        if name.startswith(DISAGG) and value is not None:
            dimension, category = name[len(DISAGG) :].split("/", 1)
            parts.setdefault(dimension, {})[category] = Decimal(value)
    if parts or "disaggregated" in v:
        v["disaggregated"] = parts
    return v


def write_measurement(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    values = _measurement_values(session, values)
    measurement_id = record_id(values)
    existing = ctx.find(session, Measurement, measurement_id)
    if existing is None and not measurement_id and values.get("indicator_id"):
        existing = session.scalars(
            select(Measurement).where(
                Measurement.indicator_id == values["indicator_id"],
                Measurement.period_start == values.get("period_start"),
                Measurement.period_end == values.get("period_end"),
            )
        ).first()
    base = measurements.get_measurement(session, existing.id) if existing else None
    if base is None:
        _required(values, "indicator_id")
    data = merged(base or measurements.MeasurementData(None, None), values, {})
    if data.rating is not None:
        data = dataclasses.replace(data, value=None)  # a rating is the value of its kind
    return _save(
        existing, base, data,
        lambda d: measurements.create_measurement(session, values["indicator_id"], d,
                                                  measurement_id=measurement_id),
        lambda i, d: measurements.update_measurement(session, i, d),
    )  # fmt: skip


def _criteria(stored: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in stored.items():
        if isinstance(value, Mapping):
            score = value.get("score")
            score = score if isinstance(score, int) and not isinstance(score, bool) else None
            out[name] = evaluations.CriterionData(score, str(value.get("text") or ""))
    return out


def write_evaluation(session: Session, values: dict[str, Any], ctx: ImportContext) -> str:
    evaluation_id = record_id(values)
    existing = ctx.find(session, Evaluation, evaluation_id)
    base = evaluations.get_evaluation(session, existing.id) if existing else None
    if base is None:
        _required(values, "project_id")
    data = merged(base or evaluations.EvaluationData(None), values, {"criteria": _criteria})
    return _save(
        existing, base, data,
        lambda d: evaluations.create_evaluation(session, values["project_id"], d,
                                                evaluation_id=evaluation_id),
        lambda i, d: evaluations.update_evaluation(session, i, d),
    )  # fmt: skip


MONEY_WRITERS: dict[str, Writer] = {
    "budget_lines": write_budget_line,
    "funding_sources": write_funding_source,
    "transactions": write_transaction,
    "indicators": write_indicator,
    "measurements": write_measurement,
    "evaluations": write_evaluation,
}
