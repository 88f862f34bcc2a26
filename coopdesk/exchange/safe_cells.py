"""Formula-injection guard for text written to spreadsheets (OWASP "CSV injection").

Rule (OWASP): a text cell that starts with ``=``, ``+``, ``-``, ``@``, TAB, CR or LF is
prefixed with a single quote ``'``, which spreadsheets show as text and never evaluate.
Only text is touched: numbers and dates are written as typed cells and stay numbers.

To stay reversible, text that already starts with quotes followed by one of those
characters (``'=x``) gets one more quote; :func:`restore_text` removes exactly one, so
export then import gives back the very same text.

In XLSX every text cell is also written with the string type (never a formula), so a
phone number such as ``+221 33 000 00 00`` (digits, spaces, dots, dashes, brackets only:
no function, no reference) is left as it is there and stays readable. In CSV files the
quote is always added, because Excel parses such a field as a formula and shows an error.
"""

from __future__ import annotations

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r\n]")
_QUOTED = re.compile(r"^'+[=+\-@\t\r\n]")
_PLAIN_NUMBER_LIKE = re.compile(r"^[+-]?[\d\s().\-/]+$")
# Characters XML 1.0 cannot carry (so XLSX cannot): dropped from XLSX cells only.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_dangerous(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula (or it needs the escape)."""
    return bool(_NEEDS_QUOTE.match(text))


def neutralise(text: str, *, allow_phone_like: bool = False) -> str:
    """The text to write in a cell: prefixed with ``'`` when it could start a formula.

    Args:
        text: user text.
        allow_phone_like: leave digit-only text such as ``+221 33 000 00 00`` unchanged
            (safe in XLSX string cells, see the module notes).
    """
    if not is_dangerous(text):
        return text
    if allow_phone_like and _PLAIN_NUMBER_LIKE.match(text):
        return text
    return "'" + text


def restore_text(text: str) -> str:
    """The user text back from a neutralised cell (inverse of :func:`neutralise`)."""
    return text[1:] if _QUOTED.match(text) else text


def xml_safe(text: str) -> str:
    """Drop the control characters that XLSX (XML 1.0) cannot hold."""
    return _XML_ILLEGAL.sub("", text)
