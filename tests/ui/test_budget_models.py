"""The budget table models: rows, formatted values, sort values, colours; qtmodeltester."""

from __future__ import annotations

import pytest
from budget_ui_support import BudgetSeed, seed_budget

from PySide6.QtCore import Qt

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.audit_history import TRANSACTION, history
from coopdesk.services.budget_summary import commune_summary, project_summary
from coopdesk.services.funding import list_funding_sources
from coopdesk.services.transactions import get_transaction, list_transactions, update_transaction
from coopdesk.ui.context import AppContext
from coopdesk.ui.models import audit_table_model as au
from coopdesk.ui.models import budget_commune_table_model as cm
from coopdesk.ui.models import budget_line_table_model as bl
from coopdesk.ui.models import funding_kind_table_model as fk
from coopdesk.ui.models import funding_source_table_model as fs
from coopdesk.ui.models import transaction_table_model as tm
from coopdesk.ui.models.budget_columns import OVER_COLOUR
from coopdesk.ui.models.row_table_model import ID_ROLE, SORT_ROLE

FR = Formatter("fr")


@pytest.fixture
def seed(app_context: AppContext) -> BudgetSeed:
    return app_context.run(seed_budget)


def column(model, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def test_budget_lines_model(qtmodeltester, app_context: AppContext, seed: BudgetSeed) -> None:
    summary = app_context.run(lambda s: project_summary(s, seed.project, fmt=FR))
    model = bl.BudgetLineTableModel(FR)
    model.set_rows(bl.line_items(summary.years))
    qtmodeltester.check(model)
    assert column(model, bl.LABEL) == [
        "Missions techniques",
        "Forages",
        "Formation des fontainiers",
    ]
    assert column(model, bl.CATEGORY) == ["Travel", "Works", "Training"]
    assert column(model, bl.PLANNED) == [
        "1\u202f000,00\u00a0€",
        "1\u202f000,00\u00a0€ (655\u202f957\u00a0F\u202fCFA)",
        "2\u202f500,00\u00a0€",
    ]
    assert column(model, bl.REMAINING) == [
        "-200,00\u00a0€",
        "500,00\u00a0€",
        "2\u202f500,00\u00a0€",
    ]
    assert column(model, bl.RATE) == ["120\u00a0%", "50\u00a0%", "0\u00a0%"]
    assert column(model, bl.REMAINING, Qt.ItemDataRole.ForegroundRole) == [OVER_COLOUR, None, None]
    assert column(model, bl.SPENT, SORT_ROLE) == [2, 1, 0]  # ranks of (currency, cents)
    assert column(model, 0, ID_ROLE) == [seed.missions, seed.works, seed.training]
    assert model.headerData(bl.RATE, Qt.Orientation.Horizontal) == "Execution rate"


def test_unallocated_spending_is_a_row_without_record(
    qtmodeltester, app_context: AppContext, seed: BudgetSeed
) -> None:
    data = app_context.run(lambda s: get_transaction(s, seed.mission_tx))
    moved = type(data)(**{**data.__dict__, "budget_line_id": None})
    app_context.run(lambda s: update_transaction(s, seed.mission_tx, moved))
    summary = app_context.run(lambda s: project_summary(s, seed.project))
    items = bl.line_items(summary.years)
    model = bl.BudgetLineTableModel(FR)
    model.set_rows(items)
    qtmodeltester.check(model)
    unallocated = [i for i in items if not i.is_line]
    assert [i.id for i in unallocated] == ["unallocated:2025"]
    row = model.row_of_id("unallocated:2025")
    assert model.index(row, bl.LABEL).data() == "Not allocated to a budget line"
    assert model.index(row, bl.REMAINING).data(Qt.ItemDataRole.ForegroundRole) is None


def test_funding_model(qtmodeltester, app_context: AppContext, seed: BudgetSeed) -> None:
    def load(s):
        return project_summary(s, seed.project, fmt=FR), list_funding_sources(s, seed.project)

    summary, rows = app_context.run(load)
    model = fs.FundingSourceTableModel(FR)
    model.set_rows(fs.funding_items(summary.years, rows))
    qtmodeltester.check(model)
    assert column(model, fs.KIND) == ["Ministry grant (DAECT)", "Water agency (1 % water)"]
    assert column(model, fs.FUNDER) == ["", "Agence de l'eau"]
    assert column(model, fs.LABEL) == ["Appel DAECT", ""]
    assert column(model, fs.COMMITTED) == ["1\u202f500,00\u00a0€", "1\u202f000,00\u00a0€"]
    assert column(model, fs.COMMITTED_ON) == ["01/03/2025", ""]
    assert column(model, fs.CAP) == ["—", "40\u00a0%"]
    assert column(model, fs.SHARE) == ["75\u00a0%", "50\u00a0%"]
    assert column(model, fs.SHARE, Qt.ItemDataRole.ForegroundRole) == [None, OVER_COLOUR]


def test_transactions_model(qtmodeltester, app_context: AppContext, seed: BudgetSeed) -> None:
    rows = app_context.run(lambda s: list_transactions(s, seed.project))
    model = tm.TransactionTableModel(FR)
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert column(model, tm.REF) == ["Titre 2025-0001", "", "Mandat 2025-0002", "Mandat 2025-0001"]
    assert column(model, tm.KIND) == ["Income", "Commitment", "Expense", "Expense"]
    assert column(model, tm.AMOUNT)[2] == "327\u202f979\u00a0F\u202fCFA"
    assert column(model, tm.EUR)[2] == "500,00\u00a0€"  # the fixed parity 655.957
    assert column(model, tm.LINE)[3] == "Missions techniques"
    assert column(model, tm.SOURCE)[0] == "Appel DAECT"
    assert column(model, tm.DATE)[0] == "01/07/2025"
    assert column(model, tm.DATE, SORT_ROLE) == [3, 2, 1, 0]  # ranks of (date, reference)


def test_audit_model(qtmodeltester, app_context: AppContext, seed: BudgetSeed) -> None:
    data = app_context.run(lambda s: get_transaction(s, seed.mission_tx))
    changed = type(data)(**{**data.__dict__, "counterparty": "Air France"})
    app_context.run(lambda s: update_transaction(s, seed.mission_tx, changed))
    rows = app_context.run(lambda s: history(s, TRANSACTION, seed.mission_tx))
    items = au.audit_items(TRANSACTION, rows, FR)
    model = au.AuditTableModel(FR)
    model.set_rows(items)
    qtmodeltester.check(model)
    assert column(model, au.ACTION)[0] == "Changed"
    assert column(model, au.FIELD)[0] == "Payee or payer"
    assert (column(model, au.OLD)[0], column(model, au.NEW)[0]) == ("Air Sénégal", "Air France")
    assert column(model, au.USER)[0] == "tester"
    assert set(column(model, au.ACTION)) == {"Changed", "Created"}
    created = [i for i in items if i.action == "Created"]
    assert ("Amount", "", "1\u202f200,00\u00a0€") in [(i.field, i.old, i.new) for i in created]
    local = au.local_time(rows[0].at)
    assert column(model, au.WHEN)[0] == f"{local:%d/%m/%Y} {local:%H:%M}"


def test_commune_models(qtmodeltester, app_context: AppContext, seed: BudgetSeed) -> None:
    summary = app_context.run(lambda s: commune_summary(s, fmt=FR))
    projects = cm.CommuneProjectTableModel(FR, "fr")
    projects.set_rows(cm.project_items(summary.projects, "fr"))
    qtmodeltester.check(projects)
    assert column(projects, cm.CODE) == ["ATELIER-01", "EAU-SN-01"]
    assert column(projects, cm.PLANNED) == ["400,00\u00a0€", "4\u202f500,00\u00a0€"]
    assert column(projects, cm.TITLE)[1] == "Accès à l'eau potable"
    years = cm.CommuneYearTableModel(FR)
    years.set_rows(cm.year_items(summary.years))
    qtmodeltester.check(years)
    assert column(years, cm.YEAR) == ["2025", "2026"]
    assert column(years, cm.PROJECTS) == ["2", "1"]
    assert column(years, cm.Y_OWN_WATER) == ["0,00\u00a0€", "0,00\u00a0€"]
    kinds = fk.FundingKindTableModel(FR)
    kinds.set_rows(fk.kind_items(summary.kinds))
    qtmodeltester.check(kinds)
    assert column(kinds, fk.KIND) == ["Ministry grant (DAECT)", "Water agency (1 % water)"]
    assert column(kinds, fk.COMMITTED_SHARE) == ["60\u00a0%", "40\u00a0%"]
    assert column(kinds, fk.SOURCES) == ["1", "1"]
