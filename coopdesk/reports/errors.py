"""Why a report could not be made: one translated sentence in the interface language."""

from __future__ import annotations

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.reports.catalogs import ui_text
from coopdesk.services.errors import ServiceError

UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP(
    "Reports", "Unknown report language “{code}”; choose among: {codes}.")
LANGUAGE_COUNT = QT_TRANSLATE_NOOP("Reports", "Choose one or two report languages.")
SAME_LANGUAGE = QT_TRANSLATE_NOOP("Reports", "The language “{code}” was given twice.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Reports", "Unknown kind of report “{kind}”; choose among: "
                                            "{kinds}.")
UNKNOWN_LAYOUT = QT_TRANSLATE_NOOP("Reports", "Unknown layout “{layout}”; choose among: "
                                              "{layouts}.")
BAD_YEAR = QT_TRANSLATE_NOOP("Reports", "Choose a year between {first} and {last}.")
PROJECT_NEEDED = QT_TRANSLATE_NOOP("Reports", "Choose the project by its code (--project).")
UNKNOWN_PROJECT = QT_TRANSLATE_NOOP("Reports", "No project has the code “{code}”.")
NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Reports", "The report cannot be written to {path}: {reason}. Nothing was written.")
IS_FOLDER = QT_TRANSLATE_NOOP("Reports", "it is a folder")


class ReportError(ServiceError):
    """The report was not made; no file was written."""


def report_error(message: str, **values: object) -> ReportError:
    """A :class:`ReportError` with ``message`` translated, then filled with ``values``."""
    return ReportError(ui_text(message).format(**values))
