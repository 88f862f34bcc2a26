"""Budget lines and funding sources from the Budget tab: dialogs, checks, delete and undo."""

from __future__ import annotations

import datetime as dt

import pytest
from budget_ui_support import BudgetSeed, seed_budget

from PySide6.QtCore import Qt

from coopdesk.domain.money import Money
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.audit_history import BUDGET_LINE, history
from coopdesk.services.budget_lines import get_budget_line, list_budget_lines
from coopdesk.services.funding import get_funding_source, list_funding_sources
from coopdesk.ui.budget_panel import BudgetPanel
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.budget_line_dialog import BudgetLineDialog
from coopdesk.ui.dialogs.funding_source_dialog import FundingSourceDialog
from coopdesk.ui.models import budget_line_table_model as bl
from coopdesk.ui.projects_page import ProjectsPage


@pytest.fixture
def seed(app_context: AppContext) -> BudgetSeed:
    return app_context.run(seed_budget)


@pytest.fixture
def panel(qtbot, app_context: AppContext, seed: BudgetSeed) -> BudgetPanel:
    app_context.formatter = Formatter("fr")
    page = ProjectsPage(app_context)
    qtbot.addWidget(page)
    page.show()
    assert page.list.select_id(seed.project)
    page.view.setCurrentWidget(page.view.budget)
    return page.view.budget


def test_new_budget_line_in_francs_cfa_with_undo(
    qtbot, panel: BudgetPanel, app_context: AppContext, seed: BudgetSeed
) -> None:
    panel.year_combo.set_year(2026)
    dialog = panel.lines.new_record()
    assert isinstance(dialog, BudgetLineDialog)
    assert dialog.year_spin.value() == 2026  # the year shown in the tab
    assert dialog.reason_edit is None  # a reason is asked for changes only
    currencies = dialog.planned_edit.currency_combo
    assert [currencies.itemData(i) for i in range(currencies.count())] == [
        "EUR",
        "XOF",
        "XAF",
        "KMF",
        "XPF",
    ]
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("equipment"))
    qtbot.keyClicks(dialog.label_edit, "Pompes")
    dialog.planned_edit.set_currency("XOF")
    qtbot.keyClicks(dialog.planned_edit.amount_edit, "1 311 914")
    dialog.accept()
    assert not dialog.isVisible()
    line = app_context.run(lambda s: get_budget_line(s, dialog.record_id))
    assert (line.year, line.category, line.planned) == (2026, "equipment", Money(1311914, "XOF"))
    assert panel.lines.list.current_id() == dialog.record_id
    row = panel.lines.list.model.row_of_id(dialog.record_id)
    assert panel.lines.list.model.index(row, bl.PLANNED).data() == (
        "2\u202f000,00\u00a0€ (1\u202f311\u202f914\u00a0F\u202fCFA)"
    )
    assert panel.totals.text_of("planned") == "4\u202f500,00\u00a0€"
    app_context.undo_stack.undo()
    assert dialog.record_id not in {
        r.id for r in app_context.run(lambda s: list_budget_lines(s, seed.project))
    }
    assert panel.totals.text_of("planned") == "2\u202f500,00\u00a0€"


def test_line_edit_with_a_reason_kept_in_the_history(
    qtbot, panel: BudgetPanel, app_context: AppContext, seed: BudgetSeed
) -> None:
    assert panel.lines.list.select_id(seed.training)
    dialog = panel.lines.edit_record()
    assert isinstance(dialog, BudgetLineDialog)
    assert dialog.planned_edit.text() == "2\u202f500,00"
    dialog.planned_edit.set_text("-3 000")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.planned_edit.error_text() == "The amount cannot be negative."
    dialog.planned_edit.set_text("3 000")
    assert dialog.reason_edit is not None
    dialog.reason_edit.setText("Second groupe")
    dialog.accept()
    assert not dialog.isVisible()
    rows = app_context.run(lambda s: history(s, BUDGET_LINE, seed.training))
    assert rows[0].reason == "Second groupe"
    assert [c.new for c in rows[0].changes] == [Money(300000, "EUR")]


def test_line_with_transactions_cannot_be_deleted(
    panel: BudgetPanel, app_context, seed, answer_yes, warnings_shown
) -> None:
    assert panel.lines.list.select_id(seed.missions)
    panel.lines.delete_action.trigger()
    assert answer_yes[-1].startswith("Delete the budget line “Missions techniques”?")
    assert warnings_shown[-1].startswith("Missions techniques cannot be deleted")
    assert app_context.undo_stack.count() == 0
    # A line without transactions is deleted; undo brings it back.
    panel.lines.list.select_id(seed.training)
    panel.lines.delete_action.trigger()
    assert seed.training not in {
        r.id for r in app_context.run(lambda s: list_budget_lines(s, seed.project))
    }
    app_context.undo_stack.undo()
    assert app_context.run(lambda s: get_budget_line(s, seed.training)).label == (
        "Formation des fontainiers"
    )


def test_funding_source_dialog(
    qtbot, panel: BudgetPanel, app_context: AppContext, seed: BudgetSeed
) -> None:
    panel.sections.setCurrentWidget(panel.funding)
    dialog = panel.funding.new_record()
    assert isinstance(dialog, FundingSourceDialog)
    dialog.year_spin.setValue(2025)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("partner_contribution"))
    dialog.organisation_combo.set_code(seed.agency)
    dialog.committed_edit.set_currency("XOF")
    assert dialog.received_edit.currency() == "XOF"  # the received amount follows
    qtbot.keyClicks(dialog.committed_edit.amount_edit, "655 957")
    qtbot.keyClicks(dialog.cap_edit, "abc")
    dialog.accept()
    assert dialog.error_text("cap_basis_points") == "Enter a percentage between 0,01 and 100."
    dialog.cap_edit.setText("12,5")
    dialog.committed_on_edit.set_date(dt.date(2025, 2, 1))
    dialog.accept()
    assert not dialog.isVisible()
    source = app_context.run(lambda s: get_funding_source(s, dialog.record_id))
    assert source.committed == Money(655957, "XOF")
    assert source.received == Money(0, "XOF")  # left empty: nothing received yet
    assert (source.cap_basis_points, source.committed_on) == (1250, dt.date(2025, 2, 1))
    assert panel.funding.list.current_id() == dialog.record_id
    assert panel.totals.text_of("fundingCommitted") == "3\u202f500,00\u00a0€"
    # Edit: received beyond committed is accepted, and warned about.
    dialog = panel.funding.edit_record()
    assert isinstance(dialog, FundingSourceDialog)
    assert dialog.cap_edit.text() == "12,5"
    dialog.received_edit.set_text("700 000")
    dialog.accept()
    assert any("received beyond" in m for m in panel.warnings.messages())
    rows = app_context.run(lambda s: list_funding_sources(s, seed.project, year=2025))
    assert len(rows) == 3


def test_funding_delete_undo_and_keyboard(
    qtbot, panel: BudgetPanel, app_context: AppContext, seed: BudgetSeed, answer_yes
) -> None:
    panel.sections.setCurrentWidget(panel.funding)
    table = panel.funding.list.table
    assert panel.funding.list.select_id(seed.agency_source)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert answer_yes[-1].startswith("Delete the funding source “Agence de l'eau”?")
    assert panel.funding.list.total_count() == 1
    app_context.undo_stack.undo()
    assert panel.funding.list.total_count() == 2
    # Enter edits the selected source.
    panel.funding.list.select_id(seed.grant)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    shown = [d for d in panel.findChildren(FundingSourceDialog) if d.isVisible()]
    assert len(shown) == 1 and shown[0].label_edit.text() == "Appel DAECT"
    shown[0].done(0)
