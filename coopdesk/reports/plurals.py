"""The reports' messages with plural forms, declared where lupdate sees them as such.

pyside6-lupdate marks a message as plural ("numerus") only for a call whose count is a
literal, and it loses calls whose count is an expression; so each plural message is declared
here once with :func:`translate` (a marker) and shown with ``Lang.plural(MESSAGE, n)``.
"""

from __future__ import annotations


def translate(context: str, text: str, disambiguation: str | None = None, n: int = 1) -> str:
    """Marker for lupdate (a plural message); returns the English source ``text`` unchanged."""
    del context, disambiguation, n
    return text


PARTNERSHIPS_IN_FORCE = translate(
    "Reports", "%n partnership agreement(s) in force during the year.", None, 1)
PROJECTS_RUNNING = translate("Reports", "%n project(s) running during the year.", None, 1)
EXCHANGES_BEGAN = translate("Reports", "%n exchange(s) began during the year.", None, 1)
EXCHANGES_IN_LOG = translate(
    "Reports", "The %n exchanges of the year are listed in the exchanges log.", None, 1)
EXCHANGES_PLANNED = translate("Reports", "%n exchange(s) already planned.", None, 1)
MEASUREMENTS = translate("Reports", "%n measurement(s).", None, 1)
MINORS = translate("Reports", "Among them, %n minor(s) (aged 17 or under).", None, 1)
