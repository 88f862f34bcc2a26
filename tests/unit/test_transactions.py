from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from budget_support import eur, line, project, source, tx
from sqlalchemy import select

from coopdesk.domain.money import Money
from coopdesk.services.attachments import add_attachment
from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.projects import get_project, update_project
from coopdesk.services.receipts import (
    add_receipt,
    attach_receipt,
    detach_receipt,
    list_receipts,
)
from coopdesk.services.transactions import (
    TransactionData,
    create_transaction,
    delete_transaction,
    get_transaction,
    list_transactions,
    restore_transaction,
    update_transaction,
)
from coopdesk.store.db import session_scope
from coopdesk.store.models import Attachment, AuditEntry, MoneyTransaction, TransactionReceipt

DAY = dt.date(2024, 6, 1)


@pytest.fixture
def ids(session_factory):
    with session_scope(session_factory) as s:
        pid = project(s, actual_start=dt.date(2024, 2, 1))
        other = project(s, "P-2")
        return pid, other, line(s, pid, label="Billets"), source(s, pid, label="DAECT")


def _errors(session, project_id, data):
    with pytest.raises(ValidationError) as info:
        create_transaction(session, project_id, data)
    return {e.field: e.message for e in info.value.errors}


def test_round_trip(session_factory, ids):
    pid, _other, line_id, source_id = ids
    data = TransactionData(
        kind="expense",
        date=DAY,
        amount=eur("1234.56"),
        budget_line_id=line_id,
        funding_source_id=source_id,
        counterparty=" Voyages Ligériens ",
        accounting_ref="Mandat 2024-0042",
        accounting_code="6251",
        description="Billets de train",
    )
    with session_scope(session_factory) as s:
        tx_id = create_transaction(s, pid, data)
    with session_scope(session_factory) as s:
        assert get_transaction(s, tx_id) == replace(data, counterparty="Voyages Ligériens")
        update_transaction(s, tx_id, replace(data, amount=eur("10"), budget_line_id=None))
    with session_scope(session_factory) as s:
        got = get_transaction(s, tx_id)
        assert got.amount == eur("10") and got.budget_line_id is None


def test_rates_by_currency(session_factory, ids):
    pid = ids[0]
    with session_scope(session_factory) as s:
        # Euros keep no rate; a fixed parity is stored whatever was typed.
        in_eur = tx(s, pid, "10", rate="2")
        in_xof = tx(s, pid, "655957", currency="XOF", rate="600")
        in_brl = tx(s, pid, "63", currency="BRL", rate="6.30")
    with session_scope(session_factory) as s:
        assert (get_transaction(s, in_eur).rate_to_eur, get_transaction(s, in_eur).rate_date) == (
            None,
            None,
        )
        xof = get_transaction(s, in_xof)
        assert (xof.rate_to_eur, xof.rate_date) == (Decimal("655.957"), None)
        assert get_transaction(s, in_brl).rate_to_eur == Decimal("6.30")
        rows = {r.id: r for r in list_transactions(s, pid)}
        assert rows[in_xof].amount_eur == eur("1000")
        assert rows[in_brl].amount_eur == eur("10")
        assert rows[in_eur].amount_eur == eur("10")
        base = TransactionData("expense", DAY, Money(100, "BRL"))
        assert _errors(s, pid, base) == {
            "rate_to_eur": "Enter the rate to the euro for BRL.",
            "rate_date": "Enter the date of the rate.",
        }
        for rate in ("0", "-6.3", "NaN"):
            errors = _errors(s, pid, replace(base, rate_to_eur=Decimal(rate), rate_date=DAY))
            assert errors == {"rate_to_eur": "The rate must be greater than zero."}
        # Stored as plain digits, never in exponent notation.
        big = create_transaction(s, pid, replace(base, rate_to_eur=Decimal("1E+1"), rate_date=DAY))
        raw = s.execute(select(MoneyTransaction.rate_to_eur).where(MoneyTransaction.id == big))
        assert str(raw.scalar()) == "10"


def test_amount_checks(session_factory, ids):
    pid = ids[0]
    with session_scope(session_factory) as s:
        base = TransactionData("expense", DAY, eur("1"))
        assert _errors(s, pid, replace(base, amount=eur("0"))) == {
            "amount": "Enter an amount greater than zero."
        }
        assert _errors(s, pid, replace(base, amount=eur("-1"))) == {
            "amount": "The amount cannot be negative."
        }
        assert _errors(s, pid, replace(base, amount=Money(1, "ZZZ"))) == {
            "currency": "Choose a currency from the list."
        }
        huge = "This amount is too large: it is worth more than one billion euros."
        assert _errors(s, pid, replace(base, amount=eur("1000000000.01"))) == {"amount": huge}
        brl = replace(base, amount=Money(7_000_000_000_00, "BRL"), rate_date=DAY)
        assert _errors(s, pid, replace(brl, rate_to_eur=Decimal("6.99"))) == {"amount": huge}
        create_transaction(s, pid, replace(brl, rate_to_eur=Decimal("7")))


def test_dates_within_the_project(session_factory, ids):
    pid = ids[0]
    with session_scope(session_factory) as s:
        base = TransactionData("expense", DAY, eur("1"))
        assert _errors(s, pid, replace(base, date=None)) == {"date": "Enter the date."}
        assert _errors(s, pid, replace(base, date=dt.date(2023, 12, 31))) == {
            "date": "This date is before the start of the project (1 Jan 2024); change the "
            "project's dates first if it started earlier."
        }
        assert _errors(s, pid, replace(base, kind="commitment", date=dt.date(2027, 1, 1))) == {
            "date": "This date is after the end of the project (31 Dec 2026); change the "
            "project's dates first if it ran longer."
        }
        # Bounds included; income (advances, balances) is not limited.
        create_transaction(s, pid, replace(base, date=dt.date(2024, 1, 1)))
        create_transaction(s, pid, replace(base, date=dt.date(2026, 12, 31)))
        create_transaction(s, pid, replace(base, kind="income", date=dt.date(2028, 3, 1)))
        create_transaction(s, pid, replace(base, kind="income", date=dt.date(2023, 1, 1)))
        tx_id = create_transaction(s, pid, replace(base, date=dt.date(2026, 6, 1)))
    with session_scope(session_factory) as s:
        shortened = get_project(s, pid)
        update_project(s, pid, replace(shortened, planned_end=dt.date(2025, 12, 31)))
    with session_scope(session_factory) as s:
        # Left outside by the new dates: still editable while its date stays.
        data = get_transaction(s, tx_id)
        update_transaction(s, tx_id, replace(data, description="Corrigé"))
        with pytest.raises(ValidationError):
            update_transaction(s, tx_id, replace(data, date=dt.date(2026, 6, 2)))


def test_links_and_kinds(session_factory, ids):
    pid, other, line_id, source_id = ids
    with session_scope(session_factory) as s:
        foreign_line = line(s, other)
        foreign_source = source(s, other)
        base = TransactionData("expense", DAY, eur("1"))
        assert _errors(
            s, pid, replace(base, budget_line_id=foreign_line, funding_source_id=foreign_source)
        ) == {
            "budget_line_id": "This budget line belongs to another project.",
            "funding_source_id": "This funding source belongs to another project.",
        }
        assert _errors(s, pid, replace(base, budget_line_id="x", funding_source_id="y")) == {
            "budget_line_id": "This budget line no longer exists.",
            "funding_source_id": "This funding source no longer exists.",
        }
        assert _errors(s, pid, replace(base, kind="income", budget_line_id=line_id)) == {
            "budget_line_id": "Income is booked against a funding source, not on a budget line."
        }
        assert _errors(s, pid, replace(base, kind="refund", counterparty="x" * 201)) == {
            "kind": "Choose a value from the list.",
            "counterparty": "At most 200 characters.",
        }
        with pytest.raises(NotFoundError):
            create_transaction(s, "nope", base)
        with pytest.raises(NotFoundError) as info:
            get_transaction(s, "nope")
        assert info.value.message == "This transaction no longer exists."


def test_list_rows(session_factory, ids):
    pid, _other, line_id, source_id = ids
    with session_scope(session_factory) as s:
        spent = tx(s, pid, "100", line_id=line_id, day=dt.date(2024, 3, 1))
        income = tx(s, pid, "50", kind="income", source_id=source_id, day=dt.date(2024, 4, 1))
        loose = tx(s, pid, "7", day=dt.date(2025, 5, 1))
        add_receipt(s, spent, "facture.pdf", b"%PDF-1.4 facture")
    with session_scope(session_factory) as s:
        rows = list_transactions(s, pid)
        assert [r.id for r in rows] == [loose, income, spent]
        by_id = {r.id: r for r in rows}
        assert by_id[spent].budget_line_name == "Billets"
        assert by_id[spent].category == "travel" and by_id[spent].receipt_count == 1
        assert by_id[income].funding_source_name == "DAECT"
        assert by_id[loose].budget_year == 2025 and by_id[spent].budget_year == 2024
        assert [r.id for r in list_transactions(s, pid, year=2024)] == [income, spent]
        assert [r.id for r in list_transactions(s, pid, kind="income")] == [income]
        assert "billets" in by_id[spent].search_text


def test_receipts_and_undo(session_factory, ids):
    pid, _other, line_id, _source = ids
    with session_scope(session_factory) as s:
        tx_id = tx(s, pid, "100", line_id=line_id)
        first = add_receipt(s, tx_id, "b-facture.pdf", b"%PDF facture")
        second = add_attachment(s, "a-recu.jpg", b"\xff\xd8 recu")
        attach_receipt(s, tx_id, second)
        attach_receipt(s, tx_id, second)
    with session_scope(session_factory) as s:
        assert [r.filename for r in list_receipts(s, tx_id)] == ["a-recu.jpg", "b-facture.pdf"]
        with pytest.raises(NotFoundError):
            attach_receipt(s, tx_id, "nope")
        with pytest.raises(NotFoundError):
            attach_receipt(s, "nope", first)
        detach_receipt(s, tx_id, second)
        detach_receipt(s, tx_id, second)
    with session_scope(session_factory) as s:
        assert [r.id for r in list_receipts(s, tx_id)] == [first]
        attach_receipt(s, tx_id, second)
    with session_scope(session_factory) as s:
        snapshot = delete_transaction(s, tx_id)
        assert snapshot.receipt_ids == tuple(sorted([first, second]))
    with session_scope(session_factory) as s:
        assert s.get(MoneyTransaction, tx_id) is None
        assert s.scalars(select(TransactionReceipt)).all() == []
        assert s.get(Attachment, first) is not None  # the files are kept
        s.delete(s.get(Attachment, second))
    with session_scope(session_factory) as s:
        restore_transaction(s, snapshot)
    with session_scope(session_factory) as s:
        assert get_transaction(s, tx_id) == snapshot.data
        assert [r.id for r in list_receipts(s, tx_id)] == [first]
        receipt_actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "transaction_receipt")
        ).all()
        # Receipts' links are audited too: 2 attached, 1 detached, 1 re-attached,
        # 2 removed with the transaction, 1 restored.
        assert sorted(receipt_actions) == ["created"] * 4 + ["deleted"] * 3
