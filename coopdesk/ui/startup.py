"""Start-up helpers: fonts, translators, the UI language setting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from coopdesk.config import FONTS_DIR
from coopdesk.i18n import SUPPORTED_UI_LANGUAGES, set_language

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "fr"
APP_FONT_FAMILY = "DejaVu Sans"
APP_FONT_POINT_SIZE = 10


def register_fonts() -> list[str]:
    """Register the shipped DejaVu fonts (offscreen Qt has no system fonts); their families."""
    families: list[str] = []
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def app_font() -> QFont:
    font = QFont(APP_FONT_FAMILY)
    font.setPointSize(APP_FONT_POINT_SIZE)
    return font


def ui_language(settings: QSettings) -> str:
    """The chosen UI language, French unless a supported one was chosen."""
    value = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in SUPPORTED_UI_LANGUAGES else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Our catalog plus Qt's own ``qtbase_<lang>``; keep the returned list alive."""
    catalog = set_language(language)
    translators = [catalog.translator]
    app.installTranslator(catalog.translator)
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    return translators
