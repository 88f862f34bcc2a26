"""The projects table: one ProjectRow per line."""

from __future__ import annotations

from typing import Any

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.i18n.locale_data import country_name
from coopdesk.services.codelists import activity_status_label, theme_label
from coopdesk.services.project_list import ProjectRow
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "ProjectTableModel"

CODE, TITLE, STATUS, THEME, PARTNERS, COUNTRIES, YEARS, EXCHANGES = range(8)


def year_span(years: tuple[int, ...]) -> str:
    """ "2019–2026", "2024", or "" when the project has no dates."""
    if not years:
        return ""
    first, last = min(years), max(years)
    return str(first) if first == last else f"{first}–{last}"


def _columns(formatter: Formatter) -> list[Column[ProjectRow]]:
    lang = formatter.language
    return [
        Column(_CTX, QT_TRANSLATE_NOOP("ProjectTableModel", "Code"), lambda r: r.code),
        Column(_CTX, QT_TRANSLATE_NOOP("ProjectTableModel", "Title"), lambda r: r.title),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectTableModel", "Status"),
            lambda r: activity_status_label(r.status),
            sort=lambda r: r.status,
        ),
        Column(
            _CTX, QT_TRANSLATE_NOOP("ProjectTableModel", "Theme"), lambda r: theme_label(r.theme)
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectTableModel", "Partners"),
            lambda r: ", ".join(r.partner_names),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectTableModel", "Countries"),
            lambda r: ", ".join(sorted(country_name(c, lang) for c in r.countries)),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectTableModel", "Years"),
            lambda r: year_span(r.years),
            sort=lambda r: (min(r.years, default=0), max(r.years, default=0)),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ProjectTableModel", "Exchanges"),
            lambda r: formatter.decimal(r.exchange_count),
            sort=lambda r: r.exchange_count,
            numeric=True,
        ),
    ]


class ProjectTableModel(RowTableModel[ProjectRow]):
    """Projects with their status, theme, partners, countries, years and exchange count.

    Search (through the proxy) also matches ``ProjectRow.search_text``: titles in every
    language, summaries, place.
    """

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)
