"""Message catalogs: one Qt translator per language, usable without a QApplication.

Non-QObject code marks strings with :func:`translate` (a context and a source text in
English); constants are marked with :func:`QT_TRANSLATE_NOOP` and translated at display time.
Reports can hold one :class:`Catalog` per language at once, independent of the UI.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from coopdesk.config import TRANSLATIONS_DIR

# UI languages with a complete catalog; French is the first language of the UI.
SUPPORTED_UI_LANGUAGES: tuple[str, ...] = ("fr", "en")


class Catalog:
    """The messages of one language, from ``translations/<domain>_<lang>.qm``.

    The domain is "coopdesk" (the application) or "reports" (the PDF reports' own catalogs,
    which cover more languages than the user interface).
    """

    def __init__(self, language: str, domain: str = "coopdesk") -> None:
        self.language = language
        self.domain = domain
        self.translator = QTranslator()
        self.loaded = self.translator.load(f"{domain}_{language}", str(TRANSLATIONS_DIR))

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self.translator.translate(context, text, disambiguation, n) if self.loaded else ""
        result = found or text
        # QTranslator returns the raw form; %n is filled here, as QCoreApplication would.
        return result.replace("%n", str(n)) if n >= 0 else result


_active: list[Catalog] = [Catalog("en")]


def set_language(language: str) -> Catalog:
    """Make ``language`` the language of :func:`translate`; returns its catalog."""
    catalog = Catalog(language)
    _active[0] = catalog
    return catalog


def active_language() -> str:
    return _active[0].language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in the active language (falls back to the English source)."""
    return _active[0].translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a constant for lupdate (like QT_TRANSLATE_NOOP); translate it at display time."""
    del context
    return text
