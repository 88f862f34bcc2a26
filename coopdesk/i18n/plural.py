"""Plural messages outside QObjects, declared so that pyside6-lupdate records their forms.

pyside6-lupdate (6.11) marks ``translate(context, text, None, n)`` as a plural message
only when ``n`` is a literal, and drops the call when ``n`` is an expression. So plural
messages are written ``plural.translate("Ctx", "%n file(s)", None, 1).count(n)``: the
literal declares the message, :meth:`PluralMessage.count` translates it for ``n``.
"""

from __future__ import annotations

from typing import NamedTuple

from coopdesk.i18n.translate import translate as _translate


class PluralMessage(NamedTuple):
    context: str
    text: str
    disambiguation: str | None

    def count(self, n: int) -> str:
        """The message in the active language for ``n``, with %n filled in."""
        return _translate(self.context, self.text, self.disambiguation, n)


def translate(
    context: str, text: str, disambiguation: str | None = None, n: int = 1
) -> PluralMessage:
    """Declare a plural message (the name and the literal ``n`` are what lupdate reads)."""
    del n
    return PluralMessage(context, text, disambiguation)
