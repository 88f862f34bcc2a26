"""The partners table: one OrganisationRow per line."""

from __future__ import annotations

from typing import Any

from coopdesk.domain.enums import OrganisationKind
from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.locale_data import country_name, language_name
from coopdesk.services.labels import label_of
from coopdesk.services.organisations import OrganisationRow
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "OrganisationTableModel"

NAME, KIND, COUNTRY, CITY, LANGUAGES, CONTACTS, PARTNERSHIPS = range(7)


def _columns(language: str) -> list[Column[OrganisationRow]]:
    return [
        Column(_CTX, QT_TRANSLATE_NOOP("OrganisationTableModel", "Name"), lambda r: r.name),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("OrganisationTableModel", "Kind"),
            lambda r: label_of(OrganisationKind, r.kind),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("OrganisationTableModel", "Country"),
            lambda r: country_name(r.country, language),
        ),
        Column(_CTX, QT_TRANSLATE_NOOP("OrganisationTableModel", "City"), lambda r: r.city),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("OrganisationTableModel", "Languages"),
            lambda r: ", ".join(language_name(code, language) for code in r.languages),
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("OrganisationTableModel", "Contacts"),
            lambda r: str(r.contact_count),
            sort=lambda r: r.contact_count,
            numeric=True,
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("OrganisationTableModel", "Partnerships"),
            lambda r: str(r.partnership_count),
            sort=lambda r: r.partnership_count,
            numeric=True,
        ),
    ]


class OrganisationTableModel(RowTableModel[OrganisationRow]):
    """Partners with their kind, country, languages and reference counts."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(_columns(language), parent)
