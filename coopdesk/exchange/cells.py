"""Typed values from spreadsheet cells: text, numbers, amounts, dates, yes/no, periods."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from coopdesk.domain.money import Money, is_currency_code
from coopdesk.domain.text import fold
from coopdesk.exchange.safe_cells import restore_text
from coopdesk.i18n import translate
from coopdesk.services.errors import ValidationError
from coopdesk.services.money_input import parse_amount


class CellError(ValueError):
    """A cell could not be read as the expected type; the message is translated."""


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]")
_SYMBOLS = re.compile(r"(€|\$|£|eur|xof|fcfa|f cfa|brl|r\$)", re.IGNORECASE)
_PLAIN = re.compile(r"^[+-]?\d+(\.\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(X\d{3})+(\.\d+)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$")
_DMY_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: [\d:]+)?$")
_TRUE = {"1", "true", "yes", "y", "oui", "o", "vrai", "x", "ja", "si", "sim"}
_FALSE = {"0", "false", "no", "n", "non", "faux", "nein", "nao", ""}


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def to_text(value: Any) -> str:
    """Any cell as text (numbers without a spurious ``.0``); a neutralised cell is restored."""
    if value is None:
        return ""
    if isinstance(value, str):
        return restore_text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _number_text(text: str) -> str:
    """A plain ``-1234.5`` from "1 234,50", "1,234.50", "1.234,50" or "-12"; else raise."""
    raw = _SYMBOLS.sub("", text.strip())
    s = _SPACES.sub("X", raw.strip())
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        decimal_sep = "," if s.rfind(",") > s.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        s = s.replace(group_sep, "X").replace(decimal_sep, ".")
    elif commas > 1 or dots > 1:
        s = s.replace("," if commas else ".", "X")
    else:
        s = s.replace(",", ".")
    if _PLAIN.match(s):
        return s
    if _GROUPED.match(s):
        return s.replace("X", "")
    raise CellError(translate("Exchange", "{value} is not a number.").format(value=text.strip()))


def to_decimal(value: Any) -> Decimal:
    """An exact decimal from a number cell or text in French or English notation."""
    if isinstance(value, bool):
        raise CellError(translate("Exchange", "Enter a number, not yes or no."))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    if isinstance(value, dt.date):
        raise CellError(translate("Exchange", "Enter a number, not a date."))
    try:
        return Decimal(_number_text(str(value)))
    except InvalidOperation as exc:
        message = translate("Exchange", "{value} is not a number.").format(value=value)
        raise CellError(message) from exc


def to_int(value: Any) -> int:
    number = to_decimal(value)
    if number != number.to_integral_value():
        message = translate("Exchange", "{value} is not a whole number.").format(value=value)
        raise CellError(message)
    return int(number)


def to_minor(value: Any, currency: str) -> int:
    """An amount in major units (123.45) as integer minor units (12345), exactly.

    Text is read by ``services.money_input`` in French notation ("1 234,50 €"), or in
    English notation when a "." comes after a "," ("1,234.50"): never guessed otherwise,
    so "1,234" in euros is refused (three decimals) rather than read as 1234.
    """
    if not is_currency_code(currency):
        message = translate("Exchange", "{code} is not a currency code such as EUR.")
        raise CellError(message.format(code=currency))
    if isinstance(value, str):
        text = value.strip()
        english = "," in text and "." in text and text.rfind(".") > text.rfind(",")
        try:
            money = parse_amount(text, currency, "en" if english else "fr", allow_negative=True)
        except ValidationError as exc:
            raise CellError(exc.message) from exc
        return money.minor
    amount = to_decimal(value)
    money = Money.from_decimal(amount, currency)
    if money.amount != amount:
        message = translate("Exchange", "{value} has too many decimals for {currency}.")
        raise CellError(message.format(value=to_text(value), currency=currency))
    return money.minor


def from_minor(minor: int, currency: str) -> Decimal:
    return Money(minor, currency).amount if is_currency_code(currency) else Decimal(minor)


def _date_error(value: Any) -> CellError:
    message = translate("Exchange", "{value} is not a date: use dd/mm/yyyy or yyyy-mm-dd.")
    return CellError(message.format(value=to_text(value)))


def to_date(value: Any) -> dt.date:
    """A date from a date cell or text as dd/mm/yyyy, dd.mm.yyyy or ISO (time ignored)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise _date_error(value)
    text = value.strip()
    iso = _ISO_DATE.match(text)
    dmy = _DMY_DATE.match(text)
    try:
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        if dmy:
            return dt.date(int(dmy[3]), int(dmy[2]), int(dmy[1]))
    except ValueError:
        pass
    raise _date_error(value)


def to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    key = fold(to_text(value)).strip()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    message = translate("Exchange", "{value} is not yes or no.").format(value=to_text(value))
    raise CellError(message)


def to_str_list(value: Any) -> list[str]:
    text = to_text(value)
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


def to_int_list(value: Any) -> list[int]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [to_int(value)]
    return [to_int(part) for part in to_str_list(value)]


def to_json_object(value: Any) -> dict[str, Any]:
    text = to_text(value).strip()
    if not text:
        return {}
    try:
        loaded = json.loads(text)
    except ValueError:
        loaded = None
    if not isinstance(loaded, dict):
        raise CellError(translate("Exchange", "This is not a valid JSON object."))
    return loaded


def json_text(value: Any) -> str:
    """The stable text form of a JSON column (sorted keys, real characters)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_PERIOD_Q = re.compile(r"^(\d{4})\s*[-/ ]?\s*[QT](\d)$|^[QT](\d)\s*[-/ ]?\s*(\d{4})$")
_PERIOD_S = re.compile(r"^(\d{4})\s*[-/ ]?\s*[SH](\d)$|^[SH](\d)\s*[-/ ]?\s*(\d{4})$")
_PERIOD_M = re.compile(r"^(\d{4})-(\d{1,2})$|^(\d{1,2})/(\d{4})$")


def _months(year: int, first: int, count: int) -> tuple[dt.date, dt.date]:
    last = first + count - 1
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def to_period(value: Any) -> tuple[dt.date, dt.date]:
    """A reporting period from "2025", "2025-Q2"/"T2 2025", "2025-S1", "2025-03", "03/2025",
    "start/end" or "start..end" dates, or one date (a one-day period)."""
    if isinstance(value, dt.date):
        day = to_date(value)
        return day, day
    text = to_text(value).strip().upper()
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
    if m := _PERIOD_Q.match(text):
        year, quarter = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        if 1 <= quarter <= 4:
            return _months(year, 3 * quarter - 2, 3)
    elif m := _PERIOD_S.match(text):
        year, half = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        if half in (1, 2):
            return _months(year, 6 * half - 5, 6)
    elif m := _PERIOD_M.match(text):
        year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        if 1 <= month <= 12:
            return _months(year, month, 1)
    else:
        parts = [p for p in re.split(r"\s*(?:\.\.|/(?=\d{4}-)|→| TO | AU )\s*", text) if p]
        try:
            if len(parts) == 2:
                return to_date(parts[0]), to_date(parts[1])
            return to_period(to_date(text))
        except CellError:
            pass
    message = translate("Exchange", "{value} is not a period such as 2025, 2025-Q2 or 2025-03.")
    raise CellError(message.format(value=to_text(value)))
