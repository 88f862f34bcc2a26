"""Text for PDF pages: escaping user text, Arabic shaping and right-to-left display order."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from xml.sax.saxutils import escape as _xml_escape

import arabic_reshaper
from bidi.algorithm import get_display  # mirrors brackets (rule L4); bidi.get_display does not

# Languages written right to left (the reports ship Arabic; the others are ready for it).
RTL_LANGUAGES: frozenset[str] = frozenset({"ar", "fa", "he", "ur"})
# Bidi control marks babel and bidi leave in strings: zero-width, useless once reordered.
_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def escape(text: str) -> str:
    """User text made safe for a reportlab Paragraph: it prints exactly as typed.

    ``&``, ``<`` and ``>`` are escaped (no markup, no ``<img>`` reading a local file);
    line breaks become ``<br/>``.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(_xml_escape(line) for line in lines)


def is_rtl(language: str) -> bool:
    """True for a language written right to left ("ar", "ar-MA"...)."""
    return language.split("-")[0].split("_")[0].lower() in RTL_LANGUAGES


def has_rtl(text: str) -> bool:
    """True when ``text`` holds Arabic or Hebrew letters."""
    return _RTL_CHARS.search(text) is not None


def strip_controls(text: str) -> str:
    return _CONTROLS.sub("", text)


@lru_cache(maxsize=4096)
def shaped(text: str) -> str:
    """Arabic letters in their joined (contextual) forms, still in logical order."""
    return arabic_reshaper.reshape(text) if has_rtl(text) else text


@lru_cache(maxsize=8192)
def visual(text: str, rtl: bool = True) -> str:
    """One line in display order: shaped, reordered by the Unicode bidi algorithm.

    Args:
        text: a single line in logical (typing) order.
        rtl: the paragraph direction: True for an Arabic paragraph, False for a Latin one
            that quotes Arabic words.
    """
    if not rtl and not has_rtl(text):
        return strip_controls(text)
    return strip_controls(get_display(shaped(text), base_dir="R" if rtl else "L"))


def wrap_words(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Logical lines of ``text`` no wider than ``width`` (a longer word gets a line of its own).

    Lines are cut in logical order *before* reordering, so that a right-to-left paragraph
    starts on its first line; explicit line breaks are kept.
    """
    out: list[str] = []
    space = measure(" ")
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        words = paragraph.split()
        line: list[str] = []
        used = 0.0
        for word in words:
            w = measure(shaped(word))
            if line and used + space + w > width:
                out.append(" ".join(line))
                line, used = [word], w
            else:
                used += (space if line else 0.0) + w
                line.append(word)
        out.append(" ".join(line))
    return out
