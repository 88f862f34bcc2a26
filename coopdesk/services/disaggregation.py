"""Breakdowns of measurements (by sex, age group, place) and their gaps to the total."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from coopdesk.domain.enums import Sex
from coopdesk.i18n import QT_TRANSLATE_NOOP, active_language, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.labels_activity import AGE_GROUPS
from coopdesk.services.number_input import NumberInput, read_number
from coopdesk.services.validation import Checker

# The breakdowns an indicator may have, in display order.
DIMENSIONS: tuple[str, ...] = ("sex", "age_group", "place")
DIMENSION_LABELS: dict[str, str] = {
    "sex": QT_TRANSLATE_NOOP("Indicators", "Sex"),
    "age_group": QT_TRANSLATE_NOOP("Indicators", "Age group"),
    "place": QT_TRANSLATE_NOOP("Indicators", "Place"),
}
_GAP_MESSAGES: dict[str, str] = {
    "sex": QT_TRANSLATE_NOOP(
        "Indicators",
        "The values by sex add up to {sum} instead of {total} (difference: {difference}).",
    ),
    "age_group": QT_TRANSLATE_NOOP(
        "Indicators",
        "The values by age group add up to {sum} instead of {total} (difference: {difference}).",
    ),
    "place": QT_TRANSLATE_NOOP(
        "Indicators",
        "The values by place add up to {sum} instead of {total} (difference: {difference}).",
    ),
}


@dataclass(frozen=True)
class DisaggregationGap:
    """A breakdown whose values do not add up to the total: shown, never refused."""

    dimension: str
    total: Decimal
    parts_sum: Decimal
    # parts_sum − total: positive when the breakdown counts more than the total.
    difference: Decimal
    # Translated sentence with the numbers formatted for the UI language.
    message: str


def _signed(fmt: Formatter, value: Decimal) -> str:
    text = fmt.decimal(value)
    return f"+{text}" if value > 0 else text


def disaggregation_gaps(
    total: Decimal | None, disaggregated: Mapping[str, Mapping[str, Decimal]]
) -> tuple[DisaggregationGap, ...]:
    """The breakdowns whose values do not add up to ``total`` (none when there is no total)."""
    if total is None:
        return ()
    fmt = Formatter(active_language())
    gaps = []
    for dimension in sorted(disaggregated, key=_dimension_order):
        parts = disaggregated[dimension]
        if not parts:
            continue
        parts_sum = sum(parts.values(), Decimal(0))
        if parts_sum == total:
            continue
        difference = parts_sum - total
        template = _GAP_MESSAGES.get(dimension, _GAP_MESSAGES["place"])
        message = translate("Indicators", template).format(
            sum=fmt.decimal(parts_sum), total=fmt.decimal(total),
            difference=_signed(fmt, difference),
        )
        gaps.append(DisaggregationGap(dimension, total, parts_sum, difference, message))
    return tuple(gaps)


def _dimension_order(dimension: str) -> tuple[int, str]:
    return (DIMENSIONS.index(dimension) if dimension in DIMENSIONS else 99, dimension)


def read_parts(
    check: Checker, disaggregated: Mapping[str, Mapping[str, NumberInput]]
) -> dict[str, dict[str, Decimal]]:
    """The breakdowns as Decimals; text that is not a number adds an error, empty names go."""
    out: dict[str, dict[str, Decimal]] = {}
    for dimension, parts in disaggregated.items():
        values: dict[str, Decimal] = {}
        for category, raw in parts.items():
            name = category.strip()
            number = read_number(check, f"disaggregated.{dimension}.{name}", raw)
            if name and number is not None:
                values[name] = number
        if values:
            out[dimension.strip()] = values
    return out


def allowed_categories(dimension: str) -> set[str] | None:
    """The categories a breakdown may use (None: any, e.g. place names)."""
    if dimension == "sex":
        return {s.value for s in Sex}
    if dimension == "age_group":
        return set(AGE_GROUPS)
    return None


def dimension_label(dimension: str) -> str:
    """The translated name of a breakdown ("Sex", "Age group", "Place")."""
    text = DIMENSION_LABELS.get(dimension)
    return translate("Indicators", text) if text else dimension


def stored_parts(parts: Mapping[str, Mapping[str, Decimal]]) -> dict[str, dict[str, str]]:
    """Breakdowns as stored: values as decimal strings."""
    return {dim: {cat: str(v) for cat, v in values.items()} for dim, values in parts.items()}


def decimal_parts(stored: Mapping[str, object]) -> dict[str, dict[str, Decimal]]:
    """Stored breakdowns with Decimal values."""
    return {
        dim: {cat: Decimal(str(v)) for cat, v in values.items()}
        for dim, values in stored.items()
        if isinstance(values, Mapping)
    }
