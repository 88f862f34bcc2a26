"""MoneyEdit: amounts typed in the UI language, the parse error shown under the field."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from coopdesk.domain.money import Money
from coopdesk.services.errors import ValidationError
from coopdesk.ui.widgets.money_edit import MoneyEdit


@pytest.fixture
def french(qtbot) -> MoneyEdit:
    edit = MoneyEdit("fr", "test")
    qtbot.addWidget(edit)
    edit.show()
    return edit


def test_object_names_and_placeholder(french: MoneyEdit) -> None:
    assert french.amount_edit.objectName() == "testAmountEdit"
    assert french.currency_combo.objectName() == "testCurrencyCombo"
    assert french.currency() == "EUR"
    assert french.amount_edit.placeholderText() == "1\u202f234,50"
    french.set_currency("XOF")
    assert french.amount_edit.placeholderText() == "1\u202f234"
    assert french.currency_combo.lineEdit().cursorPosition() == 0  # "XOF – …" shows its code


def test_french_amount_typed_reads_exactly(qtbot, french: MoneyEdit) -> None:
    qtbot.keyClicks(french.amount_edit, "1 234,50")
    assert french.money() == Money(123450, "EUR")
    french.set_text("")
    qtbot.keyClicks(french.amount_edit, "99.5")  # the keypad's "." is a decimal mark
    assert french.money() == Money(9950, "EUR")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12,34,5", "Enter an amount such as 1\u202f234,50."),
        ("abc", "Enter an amount such as 1\u202f234,50."),
        ("-5", "The amount cannot be negative."),
        ("", "Enter an amount."),
    ],
)
def test_unreadable_amount_shows_its_message_inline(
    qtbot, french: MoneyEdit, text: str, message: str
) -> None:
    qtbot.keyClicks(french.amount_edit, text)
    assert french.value() is None
    with pytest.raises(ValidationError):
        french.money()
    assert not french.validate()
    assert french.error_text() == message
    assert french.amount_edit.property("invalid") is True
    # Typing again hides the message until the field is read again.
    qtbot.keyClick(french.amount_edit, Qt.Key.Key_End)
    qtbot.keyClicks(french.amount_edit, "7")
    assert french.error_text() is None


def test_message_shown_when_leaving_the_field(qtbot, french: MoneyEdit) -> None:
    qtbot.keyClicks(french.amount_edit, "1.2.3")
    french.amount_edit.editingFinished.emit()
    assert french.error_text() == "Enter an amount such as 1\u202f234,50."


def test_currency_change_checks_the_decimals_again(qtbot, french: MoneyEdit) -> None:
    qtbot.keyClicks(french.amount_edit, "10,50")
    assert french.validate()
    french.set_currency("XOF")
    assert french.error_text() == ("Amounts in XOF have no decimals: enter for example 1\u202f234.")
    french.set_text("1 000 000")
    assert french.money() == Money(1_000_000, "XOF")


def test_english_and_round_trip(qtbot) -> None:
    edit = MoneyEdit("en", "english", field="planned", empty_is_zero=True)
    qtbot.addWidget(edit)
    assert edit.money() == Money(0, "EUR")  # empty reads as zero here
    edit.set_money(Money(123456789, "EUR"))
    assert edit.text() == "1,234,567.89"
    assert edit.money() == Money(123456789, "EUR")
    edit.set_text("1,5")
    with pytest.raises(ValidationError) as caught:
        edit.money()
    assert caught.value.errors[0].field == "planned"


def test_unknown_currency_is_refused(french: MoneyEdit) -> None:
    french.currency_combo.setEditText("euro?")
    french.set_text("12")
    assert not french.validate()
    assert french.error_text() == "Choose a currency from the list."
