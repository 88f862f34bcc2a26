from __future__ import annotations

import pytest
from budget_support import eur, line, project, tx
from sqlalchemy import select

from coopdesk.domain.money import Money
from coopdesk.services.budget_lines import (
    BudgetLineData,
    budget_line_choices,
    budget_years,
    create_budget_line,
    delete_budget_line,
    get_budget_line,
    list_budget_lines,
    update_budget_line,
    validate_budget_line,
)
from coopdesk.services.errors import InUseError, NotFoundError, ValidationError
from coopdesk.store.db import session_scope
from coopdesk.store.models import AuditEntry, BudgetLine


@pytest.fixture
def pid(session_factory):
    with session_scope(session_factory) as s:
        return project(s)


def test_round_trip_and_order(session_factory, pid):
    with session_scope(session_factory) as s:
        works = create_budget_line(
            s, pid, BudgetLineData(2025, "works", eur("12000.50"), " Forage ")
        )
        travel = line(s, pid, "800", year=2025, category="travel", label="Mission")
        old = line(s, pid, "100", year=2024, category="other")
    with session_scope(session_factory) as s:
        rows = list_budget_lines(s, pid)
        assert [r.id for r in rows] == [old, travel, works]
        assert rows[2].label == "Forage" and rows[2].planned == Money(1_200_050, "EUR")
        assert rows[2].transaction_count == 0 and "forage" in rows[2].search_text
        assert [r.id for r in list_budget_lines(s, pid, year=2025)] == [travel, works]
        assert get_budget_line(s, works) == BudgetLineData(2025, "works", eur("12000.50"), "Forage")
        assert budget_line_choices(s, pid, year=2025) == [
            (travel, "2025 – Travel – Mission"),
            (works, "2025 – Works – Forage"),
        ]
        assert budget_years(s, pid) == [2024, 2025]
        update_budget_line(s, works, BudgetLineData(2026, "equipment", Money(5, "XOF")))
    with session_scope(session_factory) as s:
        assert get_budget_line(s, works) == BudgetLineData(2026, "equipment", Money(5, "XOF"))


def test_validation_lists_every_field(session_factory, pid):
    bad = BudgetLineData(1890, "food", Money(-1, "EUR"), "x" * 201)
    with pytest.raises(ValidationError) as info:
        validate_budget_line(bad)
    assert {e.field: e.message for e in info.value.errors} == {
        "year": "Enter a year between 1990 and 2100.",
        "category": "Choose a value from the list.",
        "label": "At most 200 characters.",
        "planned": "The amount cannot be negative.",
    }
    with pytest.raises(ValidationError) as info:
        validate_budget_line(BudgetLineData(2024, "travel", Money(1, "ABC")))
    assert info.value.for_field("currency") == "Choose a currency from the list."
    with pytest.raises(ValidationError) as info:
        validate_budget_line(BudgetLineData(2024, "travel", Money(1, "BRL")))
    assert info.value.for_field("currency") == (
        "Budgets are kept in euros or in a currency with a fixed parity to the euro "
        "(such as XOF or XAF)."
    )
    with pytest.raises(ValidationError) as info:
        validate_budget_line(BudgetLineData(2024, "travel", eur("1000000000.01")))
    assert info.value.for_field("planned") == (
        "This amount is too large: it is worth more than one billion euros."
    )
    # One billion euros in francs CFA is still accepted; a franc more is not.
    validate_budget_line(BudgetLineData(2024, "works", Money(655_957_000_000, "XOF")))
    with pytest.raises(ValidationError):
        validate_budget_line(BudgetLineData(2024, "works", Money(655_957_000_004, "XOF")))
    with session_scope(session_factory) as s:
        with pytest.raises(NotFoundError):
            create_budget_line(s, "nope", BudgetLineData(2024, "travel", eur("1")))
        with pytest.raises(NotFoundError) as info:
            update_budget_line(s, "nope", BudgetLineData(2024, "travel", eur("1")))
        assert info.value.message == "This budget line no longer exists."


def test_delete_refused_while_transactions_refer(session_factory, pid):
    with session_scope(session_factory) as s:
        used = line(s, pid, label="Billets")
        free = line(s, pid, category="staff")
        tx(s, pid, "10", line_id=used)
        tx(s, pid, "20", line_id=used, kind="commitment")
    with session_scope(session_factory) as s:
        assert list_budget_lines(s, pid)[0].transaction_count == 2
        with pytest.raises(InUseError) as info:
            delete_budget_line(s, used)
        assert info.value.message == (
            "Billets cannot be deleted: it is still referred to by 2 transactions."
        )
        assert info.value.references == {"transactions": 2}
        data = get_budget_line(s, free)
        assert delete_budget_line(s, free) == pid
    with session_scope(session_factory) as s:
        assert s.get(BudgetLine, free) is None
        # Undo: re-created with its id.
        assert create_budget_line(s, pid, data, line_id=free) == free
    with session_scope(session_factory) as s:
        assert get_budget_line(s, free) == data
        actions = s.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "budget_line", AuditEntry.entity_id == free)
            .order_by(AuditEntry.seq)
        ).all()
        assert actions == ["created", "deleted", "created"]
