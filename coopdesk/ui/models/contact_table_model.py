"""The contacts of a partner: one ContactRow per line."""

from __future__ import annotations

from typing import Any

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.i18n.locale_data import language_name
from coopdesk.services.contacts import ContactRow
from coopdesk.ui.models.row_table_model import Column, RowTableModel

_CTX = "ContactTableModel"

NAME, ROLE, EMAIL, PHONE, LANGUAGE, CONSENT = range(6)


def full_name(row: ContactRow) -> str:
    """ "First Last", or the last name alone."""
    return " ".join(part for part in (row.first_name, row.last_name) if part)


def _consent(row: ContactRow, formatter: Formatter) -> str:
    if not row.consent_given:
        return translate("ContactTableModel", "No")
    if row.consent_date is None:
        return translate("ContactTableModel", "Yes")
    return translate("ContactTableModel", "Yes, on {date}").format(
        date=formatter.short_date(row.consent_date)
    )


def _columns(formatter: Formatter) -> list[Column[ContactRow]]:
    lang = formatter.language
    return [
        Column(_CTX, QT_TRANSLATE_NOOP("ContactTableModel", "Name"), full_name),
        Column(_CTX, QT_TRANSLATE_NOOP("ContactTableModel", "Role"), lambda r: r.role),
        Column(_CTX, QT_TRANSLATE_NOOP("ContactTableModel", "E-mail"), lambda r: r.email),
        Column(_CTX, QT_TRANSLATE_NOOP("ContactTableModel", "Phone"), lambda r: r.phone),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ContactTableModel", "Language"),
            lambda r: language_name(r.preferred_language, lang) if r.preferred_language else "",
        ),
        Column(
            _CTX,
            QT_TRANSLATE_NOOP("ContactTableModel", "Consent"),
            lambda r: _consent(r, formatter),
            sort=lambda r: (r.consent_given, r.consent_date.isoformat() if r.consent_date else ""),
        ),
    ]


class ContactTableModel(RowTableModel[ContactRow]):
    """People at one organisation (personal data: consent is shown)."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(formatter), parent)
