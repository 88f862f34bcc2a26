"""The building blocks of a report, independent of its languages and layout.

A report module describes its content once as blocks whose texts are functions of a
:class:`Lang`; ``layout.render`` turns them into flowables for one or two languages, one
after the other or side by side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from coopdesk.domain.money import Money
from coopdesk.i18n.locale_data import country_name
from coopdesk.reports.catalogs import Lang, marked
from coopdesk.reports.labels import label

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

TextFn = Callable[[Lang], str]


# --- cells ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """A fixed, translated text: shown in every language of a shared table."""

    fn: TextFn

    def __call__(self, lang: Lang) -> str:
        return self.fn(lang)


@dataclass(frozen=True)
class Value:
    """A number, amount or date: formatted for the first language in a shared table."""

    fn: TextFn

    def __call__(self, lang: Lang) -> str:
        return self.fn(lang)


@dataclass(frozen=True)
class Multi:
    """A user text typed in several languages ({"fr": ..., "de": ...})."""

    texts: Mapping[str, str]


# A literal string is user data the same in every language (a name, a code).
Cell = str | Label | Value | Multi


def tr(text: str) -> Label:
    """A string marked with QT_TRANSLATE_NOOP("Reports", ...), translated at display time."""
    return Label(lambda lang: lang.tr(text))


def lab(table: Mapping[str, str] | Mapping[int, str], key: str | int) -> Label:
    return Label(lambda lang: label(lang, table, key))


def plural(text: str, n: int) -> Label:
    """A plural message of ``plurals`` for the count ``n``."""
    return Label(lambda lang: lang.plural(text, n))


def country(code: str) -> Label:
    """A country's name (ISO 3166-1 code) in each language, from babel."""
    return Label(lambda lang: country_name(code, lang.code))


def titled(code: str, texts: Mapping[str, str]) -> TextFn:
    """ "CODE — title", the title marked when it is not in the language."""
    return lambda lang: f"{code} — {marked(texts, lang)}"


def money(value: Money | None) -> Value:
    return Value(lambda lang: "" if value is None else lang.fmt.money(value))


def pct(value: Decimal | None) -> Value:
    return Value(lambda lang: "—" if value is None else lang.fmt.percent(value))


def num(value: int | Decimal | None) -> Value:
    return Value(lambda lang: "" if value is None else lang.fmt.decimal(value))


def day(value: dt.date | None) -> Value:
    return Value(lambda lang: lang.fmt.date(value))


# --- blocks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A title; levels 1 and 2 go to the table of contents and the PDF outline."""

    text: TextFn
    level: int = 1


@dataclass(frozen=True)
class Para:
    """A paragraph of fixed text (translated, values filled in); style from styles.py."""

    text: TextFn
    style: str = "body"


@dataclass(frozen=True)
class UserText:
    """A user text in each language, with a marker where a translation is missing."""

    texts: Mapping[str, str]
    caption: TextFn | None = None
    style: str = "body"


@dataclass(frozen=True)
class Facts:
    """Labels and their values, two columns."""

    rows: tuple[tuple[TextFn, Cell], ...]


@dataclass(frozen=True)
class Column:
    title: TextFn
    # Relative width.
    width: float
    # "left" (follows the writing direction), "right" (numbers) or "center".
    align: str = "left"
    # Wrap long text (a Paragraph per cell); otherwise one line, faster.
    wrap: bool = False


@dataclass(frozen=True)
class Table:
    """A data table that splits across pages and repeats its header row."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None
    # Shown instead of an empty table.
    empty: TextFn | None = None


@dataclass(frozen=True)
class Chart:
    """A reportlab.graphics drawing for the given languages (labels joined) and width."""

    draw: Callable[[Sequence[Lang], float], Drawing]


@dataclass(frozen=True)
class Badges:
    """SDG badges: (goal number, colour) pairs."""

    goals: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class Gap:
    height: float = 6


@dataclass(frozen=True)
class NewPage:
    """A new section: on a new page, unless ``hard`` is False and half a page is left."""

    hard: bool = False


Block = Heading | Para | UserText | Facts | Table | Chart | Badges | Gap | NewPage


@dataclass(frozen=True)
class Cover:
    """The title page: the report's title and subtitle and a note (period, date)."""

    title: TextFn
    subtitle: TextFn
    note: TextFn


@dataclass(frozen=True)
class Document:
    """A whole report: its title page, optional table of contents, body and signature."""

    cover: Cover
    # A short title for the page header and the PDF metadata.
    short_title: TextFn
    subject: TextFn
    body: tuple[Block, ...]
    contents: bool = False
    signature: bool = True
    keywords: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Letterhead:
    """Our municipality as printed on every report, and who signs."""

    name: str
    address_lines: tuple[str, ...]
    logo: bytes | None
    city: str
    signatory_name: str
    # "Maire de ..." as the user typed it (one language), or "" when no signatory is set.
    signatory_title: str
