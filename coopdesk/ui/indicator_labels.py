"""How the UI names and colours indicators: kinds, directions, frequencies, statuses, numbers."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_decimal

from PySide6.QtGui import QColor

from coopdesk.domain.enums import Frequency, IndicatorDirection, IndicatorKind
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter, babel_locale
from coopdesk.services.computed_indicators import computed_label
from coopdesk.services.number_input import parse_number
from coopdesk.services.progress import IndicatorStatus

_CTX = "IndicatorLabels"

KIND_LABELS: dict[str, str] = {
    IndicatorKind.QUANTITATIVE.value: QT_TRANSLATE_NOOP("IndicatorLabels", "Quantitative"),
    IndicatorKind.QUALITATIVE.value: QT_TRANSLATE_NOOP("IndicatorLabels", "Qualitative (rating)"),
}
DIRECTION_LABELS: dict[str, str] = {
    IndicatorDirection.HIGHER_IS_BETTER.value: QT_TRANSLATE_NOOP(
        "IndicatorLabels", "Higher is better"
    ),
    IndicatorDirection.LOWER_IS_BETTER.value: QT_TRANSLATE_NOOP(
        "IndicatorLabels", "Lower is better"
    ),
}
FREQUENCY_LABELS: dict[str, str] = {
    Frequency.MONTHLY.value: QT_TRANSLATE_NOOP("IndicatorLabels", "Monthly"),
    Frequency.QUARTERLY.value: QT_TRANSLATE_NOOP("IndicatorLabels", "Quarterly"),
    Frequency.SEMIANNUAL.value: QT_TRANSLATE_NOOP("IndicatorLabels", "Every six months"),
    Frequency.ANNUAL.value: QT_TRANSLATE_NOOP("IndicatorLabels", "Yearly"),
}

# Traffic-light colours of the statuses (the status is always written next to its colour).
STATUS_COLOURS: dict[str, str] = {
    IndicatorStatus.ON_TRACK.value: "#2e7d32",
    IndicatorStatus.AT_RISK.value: "#ef8f00",
    IndicatorStatus.OFF_TRACK.value: "#c62828",
    IndicatorStatus.NO_DATA.value: "#757575",
    IndicatorStatus.NO_TARGET.value: "#9e9e9e",
}


def label(table: dict[str, str], value: str) -> str:
    """The translated label of ``value`` in one of the tables above (the value if unknown)."""
    text = table.get(value)
    return translate(_CTX, text) if text else value


def choices(table: dict[str, str]) -> list[tuple[str, str]]:
    """(value, translated label) pairs in the table's order, for a combo box."""
    return [(value, translate(_CTX, text)) for value, text in table.items()]


def kind_text(kind: str, computed_source: str = "") -> str:
    """ "Quantitative", "Qualitative (rating)" or "Computed: Exchanges held"."""
    if computed_source:
        text = translate("IndicatorLabels", "Computed: {source}")
        return text.format(source=computed_label(computed_source))
    return label(KIND_LABELS, kind)


@lru_cache(maxsize=16)
def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(str(status), STATUS_COLOURS[IndicatorStatus.NO_DATA.value]))


@lru_cache(maxsize=4096)
def _decimal(language: str, value: Decimal) -> str:
    """Formatted once per value: a list shows the same baselines and targets many times."""
    return Formatter(language).decimal(value)


def edit_number(value: Decimal | int | None, language: str) -> str:
    """A stored number as typed in ``language``, every decimal kept ("1234,5" in French)."""
    if value is None:
        return ""
    return format_decimal(
        value, locale=babel_locale(language), decimal_quantization=False, group_separator=False
    )


def typed_number(text: str, language: str) -> Decimal | str | None:
    """What a number field holds, read in the UI language: a Decimal, None when empty, or the
    text itself when it is not a number (the service then says so under the field)."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_number(text, language)
    except ValueError:
        return text


def value_text(
    formatter: Formatter, value: Decimal | None, *, kind: str = "", scale: int | None = None
) -> str:
    """A value for a table: "1 234,5", or a rating "3 / 5" for a qualitative indicator."""
    if value is None:
        return ""
    text = _decimal(formatter.language, value)
    if kind == IndicatorKind.QUALITATIVE.value and scale:
        return translate("IndicatorLabels", "{rating} / {max}").format(rating=text, max=scale)
    return text


@lru_cache(maxsize=4096)
def _percent(language: str, value: Decimal) -> str:
    return Formatter(language).percent(value)


def percent_text(formatter: Formatter, value: Decimal | None) -> str:
    """ "45 %" ("" for None), formatted once per value."""
    return "" if value is None else _percent(formatter.language, value)
