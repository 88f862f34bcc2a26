"""Text helpers: escaping, right-to-left display order, wrapping, user text choice, widths."""

from __future__ import annotations

import pytest

from coopdesk.reports.catalogs import make_lang, marked, pick
from coopdesk.reports.tables import fit_widths
from coopdesk.reports.text import escape, has_rtl, is_rtl, strip_controls, visual, wrap_words


def test_escape_keeps_user_text_as_typed() -> None:
    assert escape("R&D <Lab>") == "R&amp;D &lt;Lab&gt;"
    assert escape("a <b") == "a &lt;b"
    assert escape("one\ntwo") == "one<br/>two"


def test_directions() -> None:
    assert is_rtl("ar") and is_rtl("ar-MA") and not is_rtl("fr")
    assert has_rtl("Commune de تجربة") and not has_rtl("Sainte-Aurèle")


def test_arabic_is_joined_and_reversed() -> None:
    shown = visual("الصفحة 3 من 12")
    assert shown.startswith("12 ")  # the number read last is drawn leftmost
    assert "\ufe94" in shown or "\ufe93" in shown  # the final teh marbuta form: joined letters


def test_brackets_are_mirrored_right_to_left() -> None:
    shown = visual("تقرير (2025)")
    assert shown.startswith("(2025)")


def test_bidi_marks_are_dropped() -> None:
    assert strip_controls("\u200f121,200.00\xa0€") == "121,200.00\xa0€"
    assert "\u200f" not in visual("\u200f121,200.00\xa0€")


def test_latin_text_is_left_alone() -> None:
    assert visual("Sainte-Aurèle (45)", rtl=False) == "Sainte-Aurèle (45)"


def test_wrap_cuts_in_logical_order() -> None:
    lines = wrap_words("one two three four", 9, len)
    assert lines == ["one two", "three", "four"]
    assert wrap_words("a\nb", 100, len) == ["a", "b"]


def test_pick_never_hides_a_fallback() -> None:
    texts = {"fr": "Bonjour", "wo": "Salaam"}
    assert pick(texts, "wo").text == "Salaam" and not pick(texts, "wo").missing
    assert pick(texts, "de").text == "Bonjour" and pick(texts, "de").source == "fr"
    assert pick({"wo": "Salaam"}, "de").source == "wo"
    assert pick({}, "de").text == ""
    assert marked(texts, make_lang("de")) == "[fr → de: Übersetzung fehlt] Bonjour"


def test_plural_numbers_are_formatted() -> None:
    text = make_lang("fr").translate("Reports", "%n exchange(s) began during the year.", None,
                                     2534)
    assert text == "2\u202f534 échanges ont débuté au cours de l'année."
    polish = make_lang("pl").translate("Reports", "%n measurement(s).", None, 5)
    assert polish == "5 pomiarów."


@pytest.mark.parametrize(
    ("weights", "needed", "total", "expected"),
    [
        ((1, 1), (0, 0), 100, [50, 50]),
        ((1, 3), (40, 0), 100, [40, 60]),
        ((1, 1), (80, 80), 100, [50, 50]),
    ],
)
def test_column_widths(weights, needed, total, expected) -> None:
    assert fit_widths(weights, needed, total) == pytest.approx(expected)
