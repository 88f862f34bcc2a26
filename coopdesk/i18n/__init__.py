"""Translation catalogs (Qt .qm) and babel formatting; no widgets here."""

from coopdesk.i18n.translate import (
    QT_TRANSLATE_NOOP,
    SUPPORTED_UI_LANGUAGES,
    Catalog,
    active_language,
    set_language,
    translate,
)

__all__ = [
    "QT_TRANSLATE_NOOP",
    "SUPPORTED_UI_LANGUAGES",
    "Catalog",
    "active_language",
    "set_language",
    "translate",
]
