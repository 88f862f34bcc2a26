"""The demo dataset: complete, consistent, deterministic and proportional to its scale."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from coopdesk.domain.enums import AgeGroup
from coopdesk.services.demo import MIN_PER_SCALE, DemoSummary, populate_demo
from coopdesk.store.audit import entry_hash, hashed_fields
from coopdesk.store.db import make_engine, make_session_factory, session_scope
from coopdesk.store.lifecycle import create_database
from coopdesk.store.models import AuditEntry, Base, MoneyTransaction

TODAY = dt.date(2026, 3, 15)
VOLUME_TABLES = ("exchange", "participant", "money_transaction", "measurement")


def _make(path: Path, *, scale: int = 1, seed: int = 2026) -> DemoSummary:
    out: list[DemoSummary] = []
    create_database(
        path, populate=lambda e: out.append(populate_demo(e, scale=scale, seed=seed, today=TODAY))
    )
    return out[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.coopdb"
    return path, _make(path)


@pytest.fixture
def con(demo: tuple[Path, DemoSummary]) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{demo[0]}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_every_table_has_rows(demo: tuple[Path, DemoSummary], con: sqlite3.Connection) -> None:
    summary = demo[1]
    tables = {t.name for t in Base.metadata.sorted_tables}
    assert set(summary.counts) == tables
    for table in tables:
        (n,) = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        assert n > 0, table
        assert n == summary.counts[table], table
    assert summary.counts["municipality"] == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.scale = 2  # type: ignore[misc]


def test_volume_floors_per_unit_of_scale(demo: tuple[Path, DemoSummary]) -> None:
    for table, floor in MIN_PER_SCALE.items():
        assert demo[1].counts[table] >= floor, table


def test_file_is_sound(con: sqlite3.Connection) -> None:
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_money_is_integer_everywhere(con: sqlite3.Connection) -> None:
    columns = {
        "money_transaction": ("amount_minor",),
        "budget_line": ("planned_minor",),
        "funding_source": ("committed_minor", "received_minor"),
        "municipality": ("water_budget_minor",),
    }
    for table, names in columns.items():
        for name in names:
            types = {t for (t,) in con.execute(f"SELECT DISTINCT typeof({name}) FROM {table}")}
            assert types == {"integer"}, (table, name)


def test_transactions_have_unique_accounting_references(con: sqlite3.Connection) -> None:
    total, distinct, blank = con.execute(
        "SELECT count(*), count(DISTINCT accounting_ref), sum(accounting_ref = '')"
        " FROM money_transaction"
    ).fetchone()
    assert total == distinct and blank == 0
    refs = con.execute(
        "SELECT accounting_ref FROM money_transaction WHERE kind = 'expense' ORDER BY date"
    ).fetchall()
    assert refs[0][0].startswith(f"Mandat {TODAY.year - 10}-")


def test_foreign_currencies_carry_their_rate(demo: tuple[Path, DemoSummary]) -> None:
    engine = make_engine(demo[0], readonly=True)
    try:
        with session_scope(make_session_factory(engine)) as s:
            rows = s.scalars(select(MoneyTransaction).where(MoneyTransaction.currency != "EUR"))
            by_currency: dict[str, list[MoneyTransaction]] = {}
            for tx in rows:
                by_currency.setdefault(tx.currency, []).append(tx)
    finally:
        engine.dispose()
    assert set(by_currency) == {"XOF", "BRL"}
    assert {tx.rate_to_eur for tx in by_currency["XOF"]} == {Decimal("655.957")}
    assert all(isinstance(tx.amount_minor, int) for tx in by_currency["XOF"])
    for tx in by_currency["BRL"]:
        assert tx.rate_to_eur is not None and Decimal(3) < tx.rate_to_eur < Decimal(8)
        assert tx.rate_date == tx.date


def test_minors_are_under_eighteen(con: sqlite3.Connection) -> None:
    under_18 = {AgeGroup.CHILD.value, AgeGroup.TEEN.value}
    rows = con.execute("SELECT is_minor, age_group, consent_given, anonymised FROM participant")
    minors = 0
    for is_minor, age_group, consent, anonymised in rows:
        assert bool(is_minor) == (age_group in under_18)
        if is_minor:
            minors += 1
            assert consent or anonymised
    assert minors > 100


def test_disaggregated_values_sum_to_the_total(con: sqlite3.Connection) -> None:
    rows = con.execute("SELECT value, disaggregated FROM measurement WHERE disaggregated != '{}'")
    checked = 0
    for value, disaggregated in rows:
        for parts in json.loads(disaggregated).values():
            assert sum(Decimal(v) for v in parts.values()) == Decimal(value)
            checked += 1
    assert checked > 100


def test_data_runs_up_to_last_year(con: sqlite3.Connection) -> None:
    end_of_last_year = dt.date(TODAY.year - 1, 12, 31).isoformat()
    (last_tx,) = con.execute("SELECT max(date) FROM money_transaction").fetchone()
    (last_period,) = con.execute("SELECT max(period_end) FROM measurement").fetchone()
    assert last_tx <= end_of_last_year and last_period <= end_of_last_year
    planned = con.execute(
        "SELECT e.id, count(p.id) FROM exchange e LEFT JOIN participant p ON p.exchange_id = e.id"
        " WHERE e.start_date > ? GROUP BY e.id",
        (TODAY.isoformat(),),
    ).fetchall()
    assert planned and all(n == 0 for _, n in planned)
    (first,) = con.execute("SELECT min(start_date) FROM exchange").fetchone()
    assert first.startswith(str(TODAY.year - 10))


def test_audit_trail_is_a_valid_chain(demo: tuple[Path, DemoSummary]) -> None:
    engine = make_engine(demo[0], readonly=True)
    try:
        with session_scope(make_session_factory(engine)) as s:
            entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
            prev = ""
            for n, entry in enumerate(entries, start=1):
                assert entry.seq == n and entry.user == "demo" and entry.prev_hash == prev
                assert entry.hash == entry_hash(prev, hashed_fields(entry))
                prev = entry.hash
            entities = {e.entity for e in entries}
    finally:
        engine.dispose()
    assert {"organisation", "project", "budget_line", "funding_source", "indicator"} <= entities


def test_same_seed_same_content(
    tmp_path: Path, demo: tuple[Path, DemoSummary], con: sqlite3.Connection
) -> None:
    again = tmp_path / "again.coopdb"
    assert _make(again).counts == demo[1].counts
    other = sqlite3.connect(again)
    try:
        for query in (
            "SELECT name FROM organisation ORDER BY name",
            "SELECT title, start_date FROM exchange ORDER BY start_date, title",
            "SELECT accounting_ref, date, amount_minor FROM money_transaction ORDER BY 1",
        ):
            assert other.execute(query).fetchall() == con.execute(query).fetchall()
    finally:
        other.close()


def test_scale_two_doubles_the_volume(tmp_path: Path, demo: tuple[Path, DemoSummary]) -> None:
    double = _make(tmp_path / "double.coopdb", scale=2)
    one = demo[1].counts
    for table in (*VOLUME_TABLES, "project", "partnership", "budget_line", "indicator"):
        ratio = double.counts[table] / one[table]
        assert 1.6 < ratio < 2.4, (table, ratio)
    for table, floor in MIN_PER_SCALE.items():
        assert double.counts[table] >= 2 * floor, table
    assert double.counts["audit_entry"] == one["audit_entry"]


def test_scale_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        _make(tmp_path / "zero.coopdb", scale=0)
    assert not (tmp_path / "zero.coopdb").exists()


def test_demo_records_pass_the_rules_of_their_forms(tmp_path):
    """A user who opens a demo record and saves it unchanged must not meet an error."""
    from coopdesk.services import contacts, exchanges, organisations, participants, partnerships
    from coopdesk.services.database import open_db
    from coopdesk.services.projects import get_project, validate_project
    from coopdesk.store.db import session_scope
    from coopdesk.store.lifecycle import create_database
    from coopdesk.store.models import Contact, Exchange, Organisation, Partnership, Project

    path = tmp_path / "demo.coopdb"
    create_database(path, populate=lambda engine: populate_demo(engine, scale=1))
    opened = open_db(path)
    try:
        with session_scope(opened.session_factory) as s:
            for project_id in s.scalars(select(Project.id)):
                validate_project(get_project(s, project_id))
            for org_id in s.scalars(select(Organisation.id)):
                organisations.validate_organisation(organisations.get_organisation(s, org_id))
            for contact_id in s.scalars(select(Contact.id)):
                contacts.validate_contact(contacts.get_contact(s, contact_id))
            for pid in s.scalars(select(Partnership.id)):
                partnerships.validate_partnership(partnerships.get_partnership(s, pid))
            for exchange_id in s.scalars(select(Exchange.id)):
                exchanges.validate_exchange(exchanges.get_exchange(s, exchange_id))
                people = participants.get_participants(s, exchange_id)
                participants.validate_participants(people.persons, people.counts)
    finally:
        opened.close()
