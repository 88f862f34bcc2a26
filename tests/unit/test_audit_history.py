from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from budget_support import eur, line, project, source, tx
from sqlalchemy import select

from coopdesk.domain.money import Money
from coopdesk.i18n.formatting import Formatter
from coopdesk.services.audit_history import (
    BUDGET_LINE,
    FUNDING_SOURCE,
    TRANSACTION,
    display_value,
    history,
    reason_scope,
    set_reason,
)
from coopdesk.services.budget_lines import (
    BudgetLineData,
    delete_budget_line,
    get_budget_line,
    update_budget_line,
)
from coopdesk.services.funding import get_funding_source, update_funding_source
from coopdesk.services.receipts import add_receipt, detach_receipt
from coopdesk.services.transactions import get_transaction, update_transaction
from coopdesk.store.db import session_scope
from coopdesk.store.models import AuditEntry

FMT = Formatter("en")


@pytest.fixture
def pid(session_factory):
    with session_scope(session_factory) as s:
        return project(s)


def _changes(row):
    return {c.field: (c.old, c.new) for c in row.changes}


def test_line_history_with_reasons(session_factory, pid):
    with session_scope(session_factory) as s:
        set_reason(s, " Budget primitif 2024 ")
        line_id = line(s, pid, "1000", label="Missions")
    with session_scope(session_factory) as s:
        with reason_scope(s, "Décision modificative n° 2"):
            data = get_budget_line(s, line_id)
            update_budget_line(s, line_id, replace(data, planned=Money(655_957, "XOF")))
        assert s.info["reason"] == ""
    with session_scope(session_factory) as s:
        update_budget_line(s, line_id, BudgetLineData(2025, "works", Money(1_311_914, "XOF")))
    with session_scope(session_factory) as s:
        rows = history(s, BUDGET_LINE, line_id)
    assert [r.action for r in rows] == ["updated", "updated", "created"]
    assert [r.reason for r in rows] == ["", "Décision modificative n° 2", "Budget primitif 2024"]
    assert rows[0].user == "tester" and rows[0].at >= rows[2].at
    created = _changes(rows[2])
    assert created["planned_minor"] == (None, eur("1000"))
    assert created["label"] == (None, "Missions") and created["year"] == (None, 2024)
    assert "id" not in created and "project_id" not in created
    # The amount and the currency changed together: each side in its own currency.
    assert _changes(rows[1]) == {
        "planned_minor": (eur("1000"), Money(655_957, "XOF")),
        "currency": ("EUR", "XOF"),
    }
    third = _changes(rows[0])
    assert third["planned_minor"] == (Money(655_957, "XOF"), Money(1_311_914, "XOF"))
    assert third["category"] == ("travel", "works")
    labels = {c.field: c.label for c in rows[1].changes}
    assert labels == {"planned_minor": "Planned amount", "currency": "Currency"}
    with session_scope(session_factory) as s:
        delete_budget_line(s, line_id)
    with session_scope(session_factory) as s:
        rows = history(s, BUDGET_LINE, line_id)
    assert rows[0].action == "deleted"
    assert _changes(rows[0])["planned_minor"] == (Money(1_311_914, "XOF"), None)


def test_transaction_history_includes_receipts_and_names(session_factory, pid):
    with session_scope(session_factory) as s:
        first = line(s, pid, label="Billets")
        second = line(s, pid, label="Hébergement")
        tx_id = tx(s, pid, "63", currency="BRL", rate="6.30", line_id=first)
    with session_scope(session_factory) as s:
        data = get_transaction(s, tx_id)
        update_transaction(
            s,
            tx_id,
            replace(
                data,
                budget_line_id=second,
                rate_to_eur=Decimal("6.5"),
                rate_date=dt.date(2024, 6, 2),
            ),
        )
        receipt = add_receipt(s, tx_id, "recu.pdf", b"%PDF recu")
    with session_scope(session_factory) as s:
        detach_receipt(s, tx_id, receipt)
    with session_scope(session_factory) as s:
        rows = history(s, TRANSACTION, tx_id)
    assert [(r.entity, r.action) for r in rows] == [
        ("transaction_receipt", "deleted"),
        ("transaction_receipt", "created"),
        ("money_transaction", "updated"),
        ("money_transaction", "created"),
    ]
    assert _changes(rows[1]) == {"attachment_id": (None, "recu.pdf")}
    update = _changes(rows[2])
    assert update["budget_line_id"] == ("Billets", "Hébergement")
    assert update["rate_to_eur"] == (Decimal("6.30"), Decimal("6.5"))
    assert update["rate_date"] == (dt.date(2024, 6, 1), dt.date(2024, 6, 2))
    assert _changes(rows[3])["amount_minor"] == (None, Money(6300, "BRL"))
    change = next(c for c in rows[2].changes if c.field == "rate_date")
    assert display_value(TRANSACTION, change, change.new, FMT) == "2 Jun 2024"
    kind = next(c for c in rows[3].changes if c.field == "kind")
    assert display_value(TRANSACTION, kind, kind.new, FMT) == "Expense"
    amount = next(c for c in rows[3].changes if c.field == "amount_minor")
    assert display_value(TRANSACTION, amount, amount.new, FMT) == "R$63.00"
    assert display_value(TRANSACTION, amount, amount.old, FMT) == ""


def test_source_history_and_display(session_factory, pid):
    with session_scope(session_factory) as s:
        source_id = source(s, pid, "1000", cap=7000, kind="water_agency")
    with session_scope(session_factory) as s:
        data = get_funding_source(s, source_id)
        update_funding_source(
            s, source_id, replace(data, received=eur("250"), cap_basis_points=7050)
        )
    with session_scope(session_factory) as s:
        rows = history(s, FUNDING_SOURCE, source_id)
    update = {c.field: c for c in rows[0].changes}
    assert (update["received_minor"].old, update["received_minor"].new) == (eur("0"), eur("250"))
    cap = update["cap_basis_points"]
    assert display_value(FUNDING_SOURCE, cap, cap.new, FMT) == "70.5%"
    kind = next(c for c in rows[1].changes if c.field == "kind")
    assert display_value(FUNDING_SOURCE, kind, kind.new, FMT) == "Water agency (1 % water)"
    assert history(s, FUNDING_SOURCE, "nope") == []


def test_entries_cannot_be_changed_or_deleted(session_factory, pid):
    with session_scope(session_factory) as s:
        line(s, pid)
    with pytest.raises(PermissionError), session_scope(session_factory) as s:
        entry = s.scalars(select(AuditEntry).limit(1)).one()
        entry.reason = "rewritten"
        s.flush()
    with pytest.raises(PermissionError), session_scope(session_factory) as s:
        s.delete(s.scalars(select(AuditEntry).limit(1)).one())
        s.flush()
