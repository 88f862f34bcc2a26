"""Pickers and editors used by the dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget

from coopdesk.ui.widgets.code_combo_box import country_combo_box, language_combo_box
from coopdesk.ui.widgets.language_picker import COMMON_LANGUAGES, LanguagePicker
from coopdesk.ui.widgets.multilingual_edit import MultilingualEdit
from coopdesk.ui.widgets.optional_date_edit import OptionalDateEdit


def test_country_combo_stores_iso_codes(qtbot) -> None:
    combo = country_combo_box("fr")
    qtbot.addWidget(combo)
    assert combo.code() == ""
    combo.set_code("SN")
    assert combo.currentText() == "Sénégal"
    assert combo.code() == "SN"
    combo.setEditText("")
    qtbot.keyClicks(combo.lineEdit(), "allemagne")
    assert combo.code() == "DE"
    combo.setEditText("bf")  # a code typed directly is accepted too
    assert combo.code() == "BF"
    combo.setEditText("Atlantide")
    assert combo.code() == "Atlantide"  # left for the service to refuse


def test_country_combo_emits_code_changes(qtbot) -> None:
    combo = country_combo_box("en")
    qtbot.addWidget(combo)
    with qtbot.waitSignal(combo.code_changed) as blocker:
        combo.set_code("ML")
    assert blocker.args == ["ML"]


def test_completer_finds_names_containing_the_text(qtbot) -> None:
    combo = language_combo_box("fr")
    qtbot.addWidget(combo)
    completer = combo.completer()
    completer.setCompletionPrefix("olof")
    assert completer.currentCompletion() == "wolof"


def test_language_picker_common_first_search_and_order(qtbot) -> None:
    picker = LanguagePicker("en")
    qtbot.addWidget(picker)
    items = picker.findChild(QListWidget, "languageList")
    first = [items.item(i).text() for i in range(len(COMMON_LANGUAGES))]
    assert first == [
        "French",
        "English",
        "German",
        "Spanish",
        "Portuguese",
        "Italian",
        "Wolof",
        "Arabic",
    ]
    search = picker.findChild(QLineEdit, "languageSearch")
    qtbot.keyClicks(search, "wolo")
    visible = [items.item(i).text() for i in range(items.count()) if not items.item(i).isHidden()]
    assert visible == ["Wolof"]
    with qtbot.waitSignal(picker.selection_changed):
        picker.item_for("wo").setCheckState(Qt.CheckState.Checked)
    picker.item_for("fr").setCheckState(Qt.CheckState.Checked)
    assert picker.selected() == ("wo", "fr")
    picker.item_for("wo").setCheckState(Qt.CheckState.Unchecked)
    assert picker.selected() == ("fr",)
    picker.set_selected(["de", "fr"])
    assert picker.selected() == ("de", "fr")
    assert picker.item_for("de").checkState() == Qt.CheckState.Checked


def test_optional_date(qtbot) -> None:
    edit = OptionalDateEdit("fr")
    qtbot.addWidget(edit)
    assert edit.date() is None
    assert not edit.date_edit().isEnabled()
    assert edit.date_edit().displayFormat() == "dd/MM/yyyy"
    edit.set_date(dt.date(2022, 3, 14))
    assert edit.date() == dt.date(2022, 3, 14)
    qtbot.mouseClick(edit.findChild(QCheckBox, "noDateCheck"), Qt.MouseButton.LeftButton)
    assert edit.date() is None


def test_multilingual_edit(qtbot) -> None:
    edit = MultilingualEdit("fr", ("fr",))
    qtbot.addWidget(edit)
    assert edit.languages() == ["fr"]
    edit.set_value({"fr": "Charte", "de": "Urkunde"})
    assert edit.languages() == ["fr", "de"]
    edit.ensure_languages(["de", "wo"])
    assert edit.languages() == ["fr", "de", "wo"]
    assert edit.value() == {"fr": "Charte", "de": "Urkunde"}
    edit.remove_language("fr")  # fixed: stays
    edit.remove_language("de")
    assert edit.languages() == ["fr", "wo"]
    assert edit.value() == {"fr": "Charte"}
