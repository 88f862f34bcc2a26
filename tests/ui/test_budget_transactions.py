"""Transactions in the Budget tab: typed amounts, rates, edits with a reason, delete, receipts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from budget_ui_support import BudgetSeed, seed_budget

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton, QToolButton

from coopdesk.domain.money import Money
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_summary import project_summary
from coopdesk.services.receipts import add_receipt, list_receipts
from coopdesk.services.transactions import get_transaction, list_transactions
from coopdesk.ui.budget_panel import HISTORY, BudgetPanel
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.transaction_dialog import TransactionDialog
from coopdesk.ui.models import audit_table_model as au
from coopdesk.ui.models import transaction_table_model as tm
from coopdesk.ui.projects_page import ProjectsPage


@pytest.fixture
def seed(app_context: AppContext) -> BudgetSeed:
    return app_context.run(seed_budget)


@pytest.fixture
def panel(qtbot, app_context: AppContext, seed: BudgetSeed) -> BudgetPanel:
    app_context.formatter = Formatter("fr")
    page = ProjectsPage(app_context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.list.select_id(seed.project)
    page.view.setCurrentWidget(page.view.budget)
    panel = page.view.budget
    panel.sections.setCurrentWidget(panel.transactions)
    return panel


def new_dialog(qtbot, panel: BudgetPanel) -> TransactionDialog:
    button = panel.findChild(QToolButton, "newTransactionButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    shown = [d for d in panel.findChildren(TransactionDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.objectName() == "transactionDialog"
    dialog.date_edit.setDate(QDate(2025, 8, 1))
    return dialog


def save(qtbot, dialog: TransactionDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)


def stored(app_context: AppContext, project_id: str) -> dict[str, Money]:
    rows = app_context.run(lambda s: list_transactions(s, project_id))
    return {r.counterparty: r.amount for r in rows}


def test_amount_typed_in_french_is_stored_in_cents(
    qtbot, panel: BudgetPanel, app_context: AppContext, seed: BudgetSeed
) -> None:
    dialog = new_dialog(qtbot, panel)
    amount = dialog.findChild(QLineEdit, "transactionAmountEdit")
    assert amount is dialog.amount_edit.amount_edit
    qtbot.keyClicks(amount, "1 234,50")
    dialog.line_combo.set_code(seed.missions)
    qtbot.keyClicks(dialog.counterparty_edit, "Imprimerie du Sud")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert stored(app_context, seed.project)["Imprimerie du Sud"] == Money(123450, "EUR")
    assert panel.transactions.list.current_id() == dialog.record_id
    assert panel.totals.text_of("spent") == "2\u202f934,50\u00a0€"
    assert panel.sections.tabText(2) == "Transactions (5)"
    app_context.undo_stack.undo()
    assert "Imprimerie du Sud" not in stored(app_context, seed.project)
    assert panel.totals.text_of("spent") == "1\u202f700,00\u00a0€"


def test_xof_amount_is_converted_at_the_fixed_parity(
    qtbot, panel: BudgetPanel, app_context: AppContext, seed: BudgetSeed
) -> None:
    dialog = new_dialog(qtbot, panel)
    assert dialog.findChild(QLineEdit, "transactionRateEdit") is dialog.rate_edit
    combo = dialog.amount_edit.currency_combo
    assert combo.objectName() == "transactionCurrencyCombo"
    assert not dialog.rate_edit.isVisible()  # the euro has no rate
    combo.set_code("XOF")
    assert dialog.parity_label.isVisible() and not dialog.rate_edit.isVisible()
    assert dialog.parity_label.text() == "fixed parity 655,957"
    qtbot.keyClicks(dialog.amount_edit.amount_edit, "655 957")
    assert dialog.eur_label.text() == "= 1\u202f000,00\u00a0€"
    dialog.line_combo.set_code(seed.works)
    qtbot.keyClicks(dialog.counterparty_edit, "Quincaillerie")
    save(qtbot, dialog)
    assert stored(app_context, seed.project)["Quincaillerie"] == Money(655957, "XOF")
    row = panel.transactions.list.model.row_of_id(dialog.record_id)
    model = panel.transactions.list.model
    assert model.index(row, tm.AMOUNT).data() == "655\u202f957\u00a0F\u202fCFA"
    assert model.index(row, tm.EUR).data() == "1\u202f000,00\u00a0€"


def test_floating_currency_asks_for_a_rate(qtbot, panel: BudgetPanel, app_context) -> None:
    dialog = new_dialog(qtbot, panel)
    dialog.amount_edit.set_currency("USD")
    assert dialog.rate_edit.isVisible() and dialog.rate_date_edit.isVisible()
    assert not dialog.parity_label.isVisible()
    qtbot.keyClicks(dialog.amount_edit.amount_edit, "100")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("rate_to_eur") == "Enter the rate to the euro for USD."
    qtbot.keyClicks(dialog.rate_edit, "1,1,1")
    save(qtbot, dialog)
    assert dialog.error_text("rate_to_eur") == "Enter a rate such as 6,5432."
    dialog.rate_edit.setText("1,25")
    assert dialog.eur_label.text() == "= 80,00\u00a0€"
    qtbot.keyClicks(dialog.counterparty_edit, "Dollar")
    dialog.rate_date_edit.setDate(QDate(2025, 8, 1))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    data = app_context.run(lambda s: get_transaction(s, dialog.record_id))
    assert (str(data.rate_to_eur), data.rate_date) == ("1.25", dt.date(2025, 8, 1))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12,34,5", "Enter an amount such as 1\u202f234,50."),
        ("abc", "Enter an amount such as 1\u202f234,50."),
        ("-12", "The amount cannot be negative."),
        ("0", "Enter an amount greater than zero."),
    ],
)
def test_bad_amount_shows_a_message_and_writes_nothing(
    qtbot, panel: BudgetPanel, app_context: AppContext, seed, text: str, message: str
) -> None:
    dialog = new_dialog(qtbot, panel)
    qtbot.keyClicks(dialog.amount_edit.amount_edit, text)
    qtbot.keyClicks(dialog.counterparty_edit, "Nobody")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert (dialog.amount_edit.error_text() or dialog.error_text("amount")) == message
    assert "Nobody" not in stored(app_context, seed.project)
    assert app_context.undo_stack.count() == 0
    dialog.done(0)


def test_escape_asks_before_discarding(qtbot, panel: BudgetPanel, monkeypatch) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = new_dialog(qtbot, panel)
    dialog.mark_unchanged()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()  # nothing typed: closes at once
    dialog = new_dialog(qtbot, panel)
    dialog.mark_unchanged()
    qtbot.keyClicks(dialog.amount_edit.amount_edit, "abc")  # even unreadable text counts
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard the changes you made?"] and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_edit_updates_totals_and_history_with_the_reason(
    qtbot, panel: BudgetPanel, app_context: AppContext, seed: BudgetSeed
) -> None:
    journal = panel.transactions.list
    assert journal.select_id(seed.mission_tx)
    dialog = panel.transactions.edit_record()
    assert isinstance(dialog, TransactionDialog)
    assert dialog.amount_edit.text() == "1\u202f200,00"
    assert dialog.reason_edit is not None
    dialog.amount_edit.set_text("")
    qtbot.keyClicks(dialog.amount_edit.amount_edit, "1 300")
    qtbot.keyClicks(dialog.reason_edit, "Facture corrigee")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    summary = app_context.run(lambda s: project_summary(s, seed.project))
    assert summary.spent == Money(180000, "EUR")
    assert panel.totals.text_of("spent") == "1\u202f800,00\u00a0€"
    assert panel.lines.list.model.index(0, 5).data() == "1\u202f300,00\u00a0€"  # line spent
    assert panel.warnings.messages()[0].endswith("overspent by 300,00\u00a0€.")
    # The history tab shows the change, its old and new amounts and the reason.
    qtbot.mouseClick(
        panel.findChild(QToolButton, "transactionHistoryButton"), Qt.MouseButton.LeftButton
    )
    assert panel.sections.currentIndex() == HISTORY
    history = panel.history
    assert history.title.text() == "History of “Mandat 2025-0001, 1\u202f300,00\u00a0€”"
    top = history.list.proxy

    def row(r: int) -> tuple[str, ...]:
        return tuple(top.index(r, c).data() for c in (au.ACTION, au.FIELD, au.OLD, au.NEW))

    assert row(0) == ("Changed", "Amount", "1\u202f200,00\u00a0€", "1\u202f300,00\u00a0€")
    assert top.index(0, au.REASON).data() == "Facture corrigee"
    assert top.index(0, au.USER).data() == "tester"
    assert history.list.table.editTriggers() == history.list.table.EditTrigger.NoEditTriggers
    # Undo: the amount and totals come back; the history keeps both changes.
    app_context.undo_stack.undo()
    assert panel.totals.text_of("spent") == "1\u202f700,00\u00a0€"
    assert row(0) == ("Changed", "Amount", "1\u202f300,00\u00a0€", "1\u202f200,00\u00a0€")
    assert top.index(0, au.REASON).data() == "Undone: Facture corrigee"


def test_delete_and_undo_keep_the_receipts(
    qtbot, panel: BudgetPanel, app_context: AppContext, seed: BudgetSeed, answer_yes
) -> None:
    app_context.run(lambda s: add_receipt(s, seed.mission_tx, "facture.pdf", b"%PDF-1.4"))
    app_context.events.changed.emit("transaction_receipt")
    journal = panel.transactions.list
    assert journal.select_id(seed.mission_tx)
    row = journal.model.row_of_id(seed.mission_tx)
    assert journal.model.index(row, tm.RECEIPTS).data() == "1"
    journal.table.setFocus()
    qtbot.keyClick(journal.table, Qt.Key.Key_Delete)
    assert answer_yes[-1].startswith(
        "Delete the transaction “Mandat 2025-0001, 1\u202f200,00\u00a0€”?"
    )
    assert seed.mission_tx not in {
        r.id for r in app_context.run(lambda s: list_transactions(s, seed.project))
    }
    assert panel.totals.text_of("spent") == "500,00\u00a0€"
    app_context.undo_stack.undo()
    assert [r.filename for r in app_context.run(lambda s: list_receipts(s, seed.mission_tx))] == [
        "facture.pdf"
    ]
    assert panel.totals.text_of("spent") == "1\u202f700,00\u00a0€"


def test_receipts_attach_and_remove_with_undo(
    qtbot, tmp_path: Path, panel: BudgetPanel, app_context, seed, monkeypatch, answer_yes
) -> None:
    files = [tmp_path / "facture.pdf", tmp_path / "recu.jpg"]
    for path in files:
        path.write_bytes(path.name.encode())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in files], "")
    )
    journal = panel.transactions.list
    assert journal.select_id(seed.works_tx)
    receipts = panel.transactions.receipts
    assert receipts.title.text() == "Receipts of “Mandat 2025-0002, 327\u202f979\u00a0F\u202fCFA”"
    receipts.add_action.trigger()

    def names() -> list[str]:
        return [r.filename for r in app_context.run(lambda s: list_receipts(s, seed.works_tx))]

    assert names() == ["facture.pdf", "recu.jpg"]
    assert receipts.list.total_count() == 2
    row = journal.model.row_of_id(seed.works_tx)
    assert journal.model.index(row, tm.RECEIPTS).data() == "2"
    receipts.list.select_id(receipts.list.model.rows()[1].id)
    receipts.remove_action.trigger()
    assert answer_yes[-1].startswith("Remove the receipt “recu.jpg” from this transaction?")
    assert names() == ["facture.pdf"]
    app_context.undo_stack.undo()
    assert names() == ["facture.pdf", "recu.jpg"]
    # Attaching shows in the transaction's history.
    panel.sections.setCurrentIndex(HISTORY)
    actions = [
        panel.history.list.proxy.index(r, au.ACTION).data()
        for r in range(panel.history.list.proxy.rowCount())
    ]
    assert actions.count("Receipt attached") == 3 and "Receipt removed" in actions


def test_tab_order_follows_the_form(qtbot, panel: BudgetPanel) -> None:
    dialog = new_dialog(qtbot, panel)
    dialog.amount_edit.set_currency("USD")
    names: list[str] = []
    widget = dialog.kind_combo.nextInFocusChain()
    while widget is not dialog.kind_combo:
        tab = Qt.FocusPolicy.TabFocus
        if (
            widget.focusPolicy() & tab == tab
            and widget.isVisible()
            and widget.isEnabled()
            and widget.objectName().startswith(("transaction", "reason"))
        ):
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert names == [
        "transactionDateEdit",
        "transactionAmountEdit",
        "transactionCurrencyCombo",
        "transactionRateEdit",
        "transactionRateDateEdit",
        "transactionLineCombo",
        "transactionSourceCombo",
        "transactionCounterpartyEdit",
        "transactionRefEdit",
        "transactionCodeEdit",
        "transactionDescriptionEdit",
    ]
    dialog.done(0)
