"""What a user types for an indicator and its intermediate targets, and the checks on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal

from coopdesk.domain.enums import Frequency, IndicatorDirection, IndicatorKind
from coopdesk.i18n import translate
from coopdesk.i18n.locale_data import is_language
from coopdesk.services.computed_indicators import is_computed_key
from coopdesk.services.disaggregation import DIMENSIONS
from coopdesk.services.number_input import NumberInput, read_number
from coopdesk.services.validation import Checker

CODE_MAX_LENGTH = 30
NAME_MAX_LENGTH = 300
UNIT_MAX_LENGTH = 50
SCALE_MIN, SCALE_MAX = 2, 10
_TEXTS = ("name", "definition")


@dataclass(frozen=True)
class TargetData:
    """An intermediate target: the value expected during one period."""

    period_start: dt.date | None
    period_end: dt.date | None
    value: NumberInput


@dataclass(frozen=True)
class IndicatorData:
    """What a user types for an indicator (also the snapshot used by undo).

    Numbers may be given as text typed in the UI language ("1 234,5" in French).
    """

    # Unique within the project, e.g. "EAU-POP".
    code: str
    # By BCP 47 language: {"fr": "...", "en": "..."}; the name needs one language.
    name: Mapping[str, str]
    # An IndicatorKind value.
    kind: str = IndicatorKind.QUANTITATIVE.value
    definition: Mapping[str, str] = field(default_factory=dict)
    unit: str = ""
    # An IndicatorDirection value: "higher" or "lower" is better.
    direction: str = IndicatorDirection.HIGHER_IS_BETTER.value
    baseline_value: NumberInput = None
    baseline_date: dt.date | None = None
    target_value: NumberInput = None
    target_date: dt.date | None = None
    # A Frequency value: how often it is measured.
    frequency: str = Frequency.ANNUAL.value
    data_source: str = ""
    # Breakdowns among ``measurements.DIMENSIONS`` (quantitative indicators only).
    disaggregations: tuple[str, ...] = ()
    # Qualitative indicators: ratings go from 1 to this (2 to 10).
    rating_scale_max: int | None = None
    # A ``computed_indicators.COMPUTED_SOURCES`` key, or "" for typed measurements.
    computed_source: str = ""
    # Intermediate targets (errors name them ``targets[<index>].<field>``); read back sorted
    # by period.
    targets: tuple[TargetData, ...] = ()


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_texts(check: Checker, data: IndicatorData) -> None:
    names = [t for t in data.name.values() if t and t.strip()]
    if not names:
        check.add("name", translate("Validation", "Enter the name in at least one language."))
    for text in names:
        check.max_length("name", text, NAME_MAX_LENGTH)
    for key in _TEXTS:
        texts: Mapping[str, str] = getattr(data, key)
        if any(not is_language(lang) for lang, text in texts.items() if text and text.strip()):
            check.add(key, translate("Validation", "Choose languages from the list."))


def _check_scale(check: Checker, field_name: str, value: Decimal | None, top: int | None) -> None:
    if value is not None and top is not None and not 1 <= value <= top:
        message = translate("Validation", "A rating goes from 1 to {max}.")
        check.add(field_name, message.format(max=top))


def _check_values(
    check: Checker, data: IndicatorData
) -> tuple[Decimal | None, Decimal | None, int | None]:
    baseline = read_number(check, "baseline_value", data.baseline_value)
    target = read_number(check, "target_value", data.target_value)
    top: int | None = None
    if data.kind == IndicatorKind.QUALITATIVE:
        scale = data.rating_scale_max
        if scale is not None and _is_int(scale) and SCALE_MIN <= scale <= SCALE_MAX:
            top = scale
        else:
            message = translate("Validation", "Choose a scale of {min} to {max} points.")
            check.add("rating_scale_max", message.format(min=SCALE_MIN, max=SCALE_MAX))
    _check_scale(check, "baseline_value", baseline, top)
    _check_scale(check, "target_value", target, top)
    if baseline is not None and data.baseline_date is None:
        check.add("baseline_date", translate("Validation", "Enter the date of the baseline."))
    if target is not None and data.target_date is None:
        check.add("target_date", translate("Validation", "Enter the date of the target."))
    if baseline is not None and target is not None:
        higher = data.direction == IndicatorDirection.HIGHER_IS_BETTER
        lower = data.direction == IndicatorDirection.LOWER_IS_BETTER
        if target == baseline:
            message = translate("Validation", "The target must differ from the baseline.")
            check.add("target_value", message)
        elif higher and target < baseline:
            message = translate(
                "Validation", "When higher is better, the target must be above the baseline."
            )
            check.add("target_value", message)
        elif lower and target > baseline:
            message = translate(
                "Validation", "When lower is better, the target must be below the baseline."
            )
            check.add("target_value", message)
    if (
        data.baseline_date is not None
        and data.target_date is not None
        and data.target_date <= data.baseline_date
    ):
        message = translate("Validation", "The target date must be after the baseline date.")
        check.add("target_date", message)
    return baseline, target, top


def _check_targets(
    check: Checker, data: IndicatorData, top: int | None
) -> list[tuple[dt.date, dt.date, Decimal]]:
    out: list[tuple[dt.date, dt.date, Decimal]] = []
    for i, t in enumerate(data.targets):
        prefix = f"targets[{i}]."
        value = read_number(check, prefix + "value", t.value)
        if value is None and not any(e.field == prefix + "value" for e in check.errors):
            check.add(prefix + "value", translate("Validation", "This field is required."))
        _check_scale(check, prefix + "value", value, top)
        for name in ("period_start", "period_end"):
            if getattr(t, name) is None:
                check.add(prefix + name, translate("Validation", "This field is required."))
        if t.period_start is None or t.period_end is None or value is None:
            continue
        if t.period_end < t.period_start:
            message = translate(
                "Validation", "The end of the period must be on or after its start."
            )
            check.add(prefix + "period_end", message)
            continue
        outside = (data.baseline_date is not None and t.period_end < data.baseline_date) or (
            data.target_date is not None and t.period_start > data.target_date
        )
        if outside:
            message = translate(
                "Validation",
                "An intermediate target must fall between the baseline date and the target date.",
            )
            check.add(prefix + "period_start", message)
        if any(t.period_start <= end and start <= t.period_end for start, end, _v in out):
            message = translate("Validation", "Intermediate targets cannot overlap.")
            check.add(prefix + "period_start", message)
        out.append((t.period_start, t.period_end, value))
    return out


def _check(check: Checker, data: IndicatorData) -> None:
    """Fields checked one by one (numbers, targets and the database aside)."""
    check.required("code", data.code)
    check.max_length("code", data.code, CODE_MAX_LENGTH)
    _check_texts(check, data)
    check.choice("kind", data.kind, {k.value for k in IndicatorKind})
    check.choice("direction", data.direction, {d.value for d in IndicatorDirection})
    check.choice("frequency", data.frequency, {f.value for f in Frequency})
    check.max_length("unit", data.unit, UNIT_MAX_LENGTH)
    if any(d not in DIMENSIONS for d in data.disaggregations):
        check.add("disaggregations", translate("Validation", "Choose a value from the list."))
    if data.computed_source:
        if not is_computed_key(data.computed_source):
            check.add("computed_source", translate("Validation", "Choose a value from the list."))
        elif data.kind != IndicatorKind.QUANTITATIVE:
            message = translate("Validation", "A computed indicator is quantitative.")
            check.add("kind", message)


def clean_indicator(data: IndicatorData) -> IndicatorData:
    """``data`` with text trimmed, breakdowns in display order, no scale unless qualitative."""
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    for key in _TEXTS:
        texts: Mapping[str, str] = getattr(data, key)
        values[key] = {
            lang.strip(): text.strip() for lang, text in texts.items() if text and text.strip()
        }
    qualitative = data.kind == IndicatorKind.QUALITATIVE
    values["disaggregations"] = (
        () if qualitative else tuple(d for d in DIMENSIONS if d in data.disaggregations)
        + tuple(sorted({d for d in data.disaggregations if d not in DIMENSIONS}))
    )
    if not qualitative:
        values["rating_scale_max"] = None
    # Kept in the order typed: errors name the targets by their index there.
    values["targets"] = tuple(data.targets)
    return IndicatorData(**values)


def check_indicator(check: Checker, data: IndicatorData) -> tuple[IndicatorData, int | None]:
    """Add the errors of cleaned ``data`` to ``check`` (the database aside).

    Returns:
        ``data`` with its numbers read as Decimals (None where unreadable), and the top of
        its rating scale (None for a quantitative indicator).
    """
    _check(check, data)
    baseline, target, top = _check_values(check, data)
    targets = _check_targets(check, data, top)
    numbers = replace(
        data,
        baseline_value=baseline,
        target_value=target,
        targets=tuple(TargetData(s, e, v) for s, e, v in targets),
    )
    return numbers, top


def validate_indicator(data: IndicatorData) -> None:
    """Raise ValidationError listing every invalid field (the code's uniqueness aside).

    Text is trimmed first, as :func:`indicators.create_indicator` does.
    """
    check = Checker()
    check_indicator(check, clean_indicator(data))
    check.raise_if_any()
