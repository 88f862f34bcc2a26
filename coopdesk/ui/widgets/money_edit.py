"""An amount and its currency, typed in the UI language's format, with the parse error inline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from coopdesk.domain.money import Money
from coopdesk.i18n import translate
from coopdesk.services.currencies import currency_choices
from coopdesk.services.errors import ValidationError
from coopdesk.services.money_input import amount_example, format_amount_for_input, parse_amount
from coopdesk.ui.widgets.code_combo_box import CodeComboBox

_ERROR_STYLE = "color: #b3261e;"


def show_start(combo: QComboBox) -> None:
    """Show the start of an editable combo's text ("XOF – franc CFA", not "franc CFA")."""
    line = combo.lineEdit()
    if line is not None:
        line.setCursorPosition(0)


class MoneyEdit(QWidget):
    """``money()`` reads the text with ``money_input.parse_amount`` ("1 234,50" in French).

    The message of a text that cannot be read shows under the field as soon as the user
    leaves it; :meth:`validate` shows it on demand (a dialog's Save).
    """

    # The text or the currency changed (the amount may no longer be readable).
    changed = Signal()
    currency_changed = Signal(str)

    def __init__(
        self,
        language: str,
        name: str,
        *,
        currencies: Sequence[tuple[str, str]] | None = None,
        currency: str = "EUR",
        field: str = "amount",
        empty_is_zero: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``name`` prefixes the object names: ``<name>AmountEdit``, ``<name>CurrencyCombo``.

        Args:
            currencies: (code, label) pairs offered; every currency by default.
            field: the field name of the parse errors (see ``ValidationError``).
            empty_is_zero: an empty field reads as zero (else "Enter an amount.").
        """
        super().__init__(parent)
        self.setObjectName(f"{name}MoneyEdit")
        self.language = language
        self.field = field
        self.empty_is_zero = empty_is_zero
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName(f"{name}AmountEdit")
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount_edit.setMaxLength(30)
        self.amount_edit.setMinimumWidth(130)
        pairs = list(currencies) if currencies is not None else currency_choices(language)
        self.currency_combo = CodeComboBox(pairs, parent=self)
        self.currency_combo.setObjectName(f"{name}CurrencyCombo")
        self.currency_combo.setMinimumContentsLength(14)
        self.currency_combo.set_code(currency)
        show_start(self.currency_combo)
        self.error_label = QLabel(self)
        self.error_label.setObjectName(f"{name}AmountParseError")
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.amount_edit, 0, 0)
        layout.addWidget(self.currency_combo, 0, 1)
        layout.addWidget(self.error_label, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.setFocusProxy(self.amount_edit)
        self.amount_edit.textEdited.connect(self._on_amount_edit_text_edited)
        self.amount_edit.editingFinished.connect(self._on_amount_edit_editing_finished)
        self.currency_combo.code_changed.connect(self._on_currency_combo_code_changed)
        self._update_placeholder()

    # --- values ---------------------------------------------------------------------------

    def currency(self) -> str:
        return self.currency_combo.code()

    def set_currency(self, code: str) -> None:
        self.currency_combo.set_code(code)
        show_start(self.currency_combo)

    def text(self) -> str:
        return self.amount_edit.text()

    def set_text(self, text: str) -> None:
        self.amount_edit.setText(text)
        self._show_error(None)
        self.changed.emit()

    def money(self) -> Money:
        """The amount typed, exact, in the chosen currency.

        Raises:
            ValidationError: the text is empty, not an amount in the UI language's format,
                negative, or has more decimals than the currency (field ``self.field``).
        """
        if self.empty_is_zero and not self.text().strip():
            return Money(0, self.currency())
        return parse_amount(self.text(), self.currency(), self.language, field=self.field)

    def value(self) -> Money | None:
        """The amount typed, or None when it cannot be read (no message shown)."""
        try:
            return self.money()
        except (ValidationError, ValueError):
            return None

    def set_money(self, money: Money | None) -> None:
        """Show ``money`` as the user would type it (empty for None)."""
        if money is None:
            self.set_text("")
            return
        self.set_currency(money.currency)
        self.set_text(format_amount_for_input(money, self.language))

    def validate(self) -> bool:
        """Read the text, showing the message under the field when it cannot be read."""
        try:
            self.money()
        except ValidationError as exc:
            self._show_error(exc.for_field(self.field) or exc.message)
            return False
        except ValueError:  # not even shaped like a currency code
            self._show_error(translate("Validation", "Choose a currency from the list."))
            return False
        self._show_error(None)
        return True

    def error_text(self) -> str | None:
        """The parse message shown (None when none is)."""
        return None if self.error_label.isHidden() else self.error_label.text()

    # --- internals ------------------------------------------------------------------------

    def _show_error(self, message: str | None) -> None:
        invalid = message is not None
        if invalid:
            self.error_label.setText(message)
            self.error_label.show()
        else:
            self.error_label.hide()
            self.error_label.clear()
        self.amount_edit.setProperty("invalid", invalid)
        self.amount_edit.style().unpolish(self.amount_edit)
        self.amount_edit.style().polish(self.amount_edit)

    def _update_placeholder(self) -> None:
        try:
            example = amount_example(self.currency(), self.language)
        except ValueError:
            example = ""
        self.amount_edit.setPlaceholderText(example)

    def _on_amount_edit_text_edited(self, _text: str) -> None:
        if self.error_text() is not None:
            self._show_error(None)
        self.changed.emit()

    def _on_amount_edit_editing_finished(self) -> None:
        if self.text().strip():
            self.validate()

    def _on_currency_combo_code_changed(self, code: str) -> None:
        self._update_placeholder()
        if self.text().strip():
            self.validate()
        self.currency_changed.emit(code)
        self.changed.emit()
