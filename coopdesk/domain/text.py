"""Text helpers for sorting and searching the way users expect."""

from __future__ import annotations

import unicodedata


class _CombiningMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _CombiningMarks()


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so that "Élise" sorts and matches with "elise"."""
    if text.isascii():  # nothing to decompose (casefold is lower for ASCII): the common case
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_WITHOUT_MARKS)
