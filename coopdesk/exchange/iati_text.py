"""Fast XML text output for the IATI export: escaped, indented lines and narratives.

The export writes the document as text (several times faster than building lxml elements
one by one), then parses it once with lxml to validate it against the schema.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from coopdesk.domain.text import fold
from coopdesk.exchange.iati_codelists import codes, language_code

# Characters XML 1.0 cannot carry: dropped from every text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
INDENT = tuple("\n" + "  " * depth for depth in range(12))
# Text that needs no cleaning or escaping as an attribute value (the common case).
_BAD = "\x00-\x1f\ud800-\udfff\ufffe\uffff"
_PLAIN_ATTR = re.compile(f'[^\\s&<>"{_BAD}](?:[^&<>"{_BAD}]*[^\\s&<>"{_BAD}])?')


def clean(text: str | None) -> str:
    """User text without the characters XML cannot hold, stripped."""
    return _NOT_XML.sub("", text or "").strip()


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(text: str) -> str:
    return (
        escape_text(text)
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


def iso_day(value: Any) -> str:
    """A date as "YYYY-MM-DD" (SQLite hands back the stored text, other databases dates)."""
    return value if isinstance(value, str) else value.isoformat()


def iso_datetime(value: dt.datetime) -> str:
    """A UTC timestamp as "YYYY-MM-DDTHH:MM:SSZ" (naive values are taken as UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat() + "Z"


def amount_text(minor: int, exponent: int) -> str:
    """Minor units as an exact xsd:decimal in major units ("-1234.50")."""
    if exponent == 0:
        return str(minor)
    whole, part = divmod(abs(minor), 10**exponent)
    return f"{'-' if minor < 0 else ''}{whole}.{part:0{exponent}d}"


@dataclass
class Out:
    """The document being written: text parts, joined once at the end."""

    default_language: str
    parts: list[str] = field(default_factory=list)
    # Language tags whose texts were left out: IATI lists ISO 639-1 languages only.
    dropped: set[str] = field(default_factory=set)
    _texts: dict[str, str] = field(default_factory=dict, repr=False)
    _attrs: dict[str, str] = field(default_factory=dict, repr=False)
    _names: dict[str, str] = field(default_factory=dict, repr=False)
    _folded: dict[str, str] = field(default_factory=dict, repr=False)

    def text(self, raw: str | None) -> str:
        """User text cleaned and escaped for element content (memoised: payees repeat)."""
        key = raw or ""
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = escape_text(clean(key))
        return found

    def attr(self, raw: str | None) -> str:
        """User text cleaned and escaped for an attribute value (memoised)."""
        key = raw or ""
        if _PLAIN_ATTR.fullmatch(key):
            return key
        found = self._attrs.get(key)
        if found is None:
            found = self._attrs[key] = escape_attr(clean(key))
        return found

    def folded(self, raw: str) -> str:
        """``fold(raw.strip())``, memoised: payees repeat across 10⁵ transactions."""
        found = self._folded.get(raw)
        if found is None:
            found = self._folded[raw] = fold(raw.strip())
        return found

    def name(self, raw: str) -> str:
        """Like :meth:`attr`, always memoised: for the few names that repeat a lot."""
        found = self._names.get(raw)
        if found is None:
            found = self._names[raw] = escape_attr(clean(raw))
        return found

    def add(self, depth: int, markup: str) -> None:
        """One line of ready markup at ``depth``."""
        self.parts.append(INDENT[depth])
        self.parts.append(markup)

    def narrative(self, depth: int, text: str, lang: str = "") -> None:
        """A narrative with already escaped ``text`` (``lang`` given when not the default)."""
        lang_attr = f' xml:lang="{lang}"' if lang else ""
        self.parts.append(f"{INDENT[depth]}<narrative{lang_attr}>{text}</narrative>")

    def element_with_narratives(
        self,
        depth: int,
        tag: str,
        texts: Mapping[str, str] | None,
        *,
        attrs: str = "",
        fallback: str = "",
        required: bool = True,
    ) -> bool:
        """``<tag attrs>`` with one narrative per language, the default language first.

        Texts in languages IATI does not list are left out (and remembered). Without any
        text, ``fallback`` is used; with neither, nothing is written unless ``required``.

        Returns:
            True when the element was written.
        """
        items = []
        seen: set[str] = set()
        for key, raw in (texts or {}).items():
            escaped = self.text(raw)
            lang = language_code(key)
            if not escaped or lang in seen:
                continue
            if lang not in codes("Language"):
                self.dropped.add(key)
                continue
            seen.add(lang)
            items.append((lang != self.default_language, lang, escaped))
        if not items:
            escaped = self.text(fallback)
            if not escaped and not required:
                return False
            items.append((False, self.default_language, escaped))
        items.sort(key=lambda item: item[0])
        self.add(depth, f"<{tag}{attrs}>")
        for other, lang, escaped in items:
            self.narrative(depth + 1, escaped, lang if other else "")
        self.add(depth, f"</{tag}>")
        return True

    def take(self) -> bytes:
        """What was written since the last call, as UTF-8 bytes."""
        data = "".join(self.parts).encode("utf-8")
        self.parts.clear()
        return data
