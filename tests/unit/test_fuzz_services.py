"""Hostile input at every create/update entry point and the spreadsheet importer (issue 8).

Starting from a valid record of the demo dataset, one to three fields get hostile values
(huge strings, control characters, right-to-left marks, NUL bytes, extreme numbers and
dates). The service must either save or refuse with a ServiceError carrying a sentence;
never another exception, and a refusal writes nothing (every table keeps its row count).
Runs on SQLite, and on PostgreSQL when the test server is there (it enforces lengths and
integer ranges that SQLite does not).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.domain.money import Money
from coopdesk.exchange.full_export import export_table
from coopdesk.exchange.full_import import import_file
from coopdesk.services import (
    budget_lines,
    contacts,
    exchanges,
    indicators,
    measurements,
    organisations,
    participants,
    partnerships,
    projects,
    transactions,
)
from coopdesk.services.demo import populate_demo
from coopdesk.services.errors import ServiceError
from coopdesk.store.db import make_session_factory, session_scope
from coopdesk.store.lifecycle import create_database, open_database
from coopdesk.store.models import (
    Base,
    BudgetLine,
    Contact,
    Exchange,
    Indicator,
    Measurement,
    MoneyTransaction,
    Organisation,
    Participant,
    Partnership,
    Project,
)

SPECIALS = [
    "\x00", "\u202e", "\u200f", "\u200b", "\ufeff", "\r\n", "\t", "\x1b[31m", "\x7f",
    "=HYPERLINK(\"x\")", "<b>", "'; DROP TABLE project; --", "%s%n", "{name}", "é", "ŋ",
    "مرحبا", "\U0001f600", " ",
]  # fmt: skip
HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(SPECIALS), max_size=8).map("".join),
    st.sampled_from(["", "   ", "x" * 201, "é" * 5_000, "A\x00B" * 1_000, "9" * 400]),
)
EXTREME_INTS = st.one_of(
    st.integers(-10, 10**6),
    st.sampled_from([-(2**63), -(2**31) - 1, 2**31, 2**63 - 1, 2**63, 10**30]),
)
EXTREME_DECIMALS = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, places=4, max_value=10**12,
                min_value=-(10**12)),
    st.sampled_from([Decimal("1e30"), Decimal("-1e-30"), Decimal("NaN"), Decimal("Infinity"),
                     Decimal("0"), Decimal("1E+400")]),
)  # fmt: skip
EXTREME_DATES = st.one_of(
    st.dates(),
    st.sampled_from([dt.date.min, dt.date.max, dt.date(1900, 2, 28), dt.date(2100, 1, 1)]),
)
CURRENCIES = st.sampled_from(["EUR", "XOF", "BRL", "JPY", "BHD", "USD"])
MONEY = st.builds(Money, EXTREME_INTS, CURRENCIES)


def _hostile(tp: Any) -> st.SearchStrategy[Any] | None:
    """A hostile strategy for one annotated field type (None: left as it is)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    simple: dict[Any, st.SearchStrategy[Any]] = {
        str: HOSTILE_TEXT, bool: st.booleans(), int: EXTREME_INTS, Decimal: EXTREME_DECIMALS,
        dt.date: EXTREME_DATES, Money: MONEY,
        dt.datetime: st.datetimes(),
    }  # fmt: skip
    if tp in simple:
        return simple[tp]
    if origin in (typing.Union, types.UnionType):
        inner = [s for a in args if a is not type(None) and (s := _hostile(a)) is not None]
        return st.one_of(st.none(), *inner)
    if origin is tuple and args and args[-1] is Ellipsis:
        item = _hostile(args[0])
        return None if item is None else st.lists(item, max_size=4).map(tuple)
    if origin is dict:
        return st.dictionaries(st.sampled_from(["fr", "en", "wo", "", "xx-\u202e"]), HOSTILE_TEXT,
                               max_size=3)  # fmt: skip
    if origin is list and args:
        item = _hostile(args[0])
        return None if item is None else st.lists(item, max_size=4)
    return None


def _mutations(data: Any) -> st.SearchStrategy[Any]:
    """``data`` with one to three of its fields replaced by hostile values."""
    hints = typing.get_type_hints(type(data))
    fields = {
        f.name: s for f in dataclasses.fields(data) if (s := _hostile(hints[f.name])) is not None
    }
    names = sorted(fields)

    @st.composite
    def mutate(draw: st.DrawFn) -> Any:
        chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True))
        changes = {name: draw(fields[name]) for name in chosen}
        try:
            return dataclasses.replace(data, **changes)
        except (TypeError, ValueError):  # the input type itself refuses it: not a service call
            assume(False)

    return mutate()


def _row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }


def _first_id(session: Session, model: type[Base]) -> str:
    found = session.scalar(select(model.id).order_by(model.id).limit(1))  # type: ignore[attr-defined]
    assert found is not None
    return str(found)


def _call_safely(factory: sessionmaker[Session], action: Callable[[Session], object]) -> None:
    """Run ``action`` in one transaction: success, or a refusal that wrote nothing."""
    with session_scope(factory) as s:
        before = _row_counts(s)
    try:
        with session_scope(factory) as s:
            action(s)
    except ServiceError as exc:
        assert exc.message.strip(), "a refusal must say why"
        assert "Traceback" not in exc.message
        with session_scope(factory) as s:
            assert _row_counts(s) == before, "a refused call wrote rows"


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]
)
def demo_factory(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The demo dataset on one backend, shared by the module (refusals write nothing)."""
    if request.param == "postgresql":
        location = Path(request.getfixturevalue("pg_server").new_database(empty=True))
    else:
        location = tmp_path_factory.mktemp("fuzz") / "demo.coopdb"
    create_database(location, populate=lambda engine: populate_demo(engine, scale=1, seed=7))
    result = open_database(location)
    yield make_session_factory(result.engine, user="fuzz")
    result.engine.dispose()


# name -> (model read as the base record, read, create(session, row_id, data), update)
Entry = tuple[type[Base], Callable[..., Any], Callable[..., Any], Callable[..., Any]]


def _parent(model: type[Base], attr: str) -> Callable[[Session, str], str]:
    def parent_of(s: Session, row_id: str) -> str:
        return str(getattr(s.get(model, row_id), attr))

    return parent_of


_PROJECT_OF_LINE = _parent(BudgetLine, "project_id")
_PROJECT_OF_TX = _parent(MoneyTransaction, "project_id")
_PROJECT_OF_INDICATOR = _parent(Indicator, "project_id")
_INDICATOR_OF_MEASUREMENT = _parent(Measurement, "indicator_id")

ENTRIES: dict[str, Entry] = {
    "organisation": (
        Organisation, organisations.get_organisation,
        lambda s, _id, d: organisations.create_organisation(s, d),
        organisations.update_organisation,
    ),
    "contact": (
        Contact, contacts.get_contact,
        lambda s, _id, d: contacts.create_contact(s, d), contacts.update_contact,
    ),
    "partnership": (
        Partnership, partnerships.get_partnership,
        lambda s, _id, d: partnerships.create_partnership(s, d), partnerships.update_partnership,
    ),
    "project": (
        Project, projects.get_project,
        lambda s, _id, d: projects.create_project(s, d), projects.update_project,
    ),
    "exchange": (
        Exchange, exchanges.get_exchange,
        lambda s, _id, d: exchanges.create_exchange(s, d), exchanges.update_exchange,
    ),
    "budget_line": (
        BudgetLine, budget_lines.get_budget_line,
        lambda s, i, d: budget_lines.create_budget_line(s, _PROJECT_OF_LINE(s, i), d),
        budget_lines.update_budget_line,
    ),
    "transaction": (
        MoneyTransaction, transactions.get_transaction,
        lambda s, i, d: transactions.create_transaction(s, _PROJECT_OF_TX(s, i), d),
        transactions.update_transaction,
    ),
    "indicator": (
        Indicator, indicators.get_indicator,
        lambda s, i, d: indicators.create_indicator(s, _PROJECT_OF_INDICATOR(s, i), d),
        indicators.update_indicator,
    ),
    "measurement": (
        Measurement, measurements.get_measurement,
        lambda s, i, d: measurements.create_measurement(s, _INDICATOR_OF_MEASUREMENT(s, i), d),
        measurements.update_measurement,
    ),
}  # fmt: skip

FUZZ = settings(
    max_examples=15,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.filter_too_much],
)  # fmt: skip


@pytest.mark.parametrize("operation", ["create", "update"])
@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_hostile_fields_are_saved_or_refused_cleanly(demo_factory, name, operation):
    model, read, create, update = ENTRIES[name]
    with session_scope(demo_factory) as s:
        row_id = _first_id(s, model)
        base = read(s, row_id)

    @FUZZ
    @given(st.data())
    def check(data: st.DataObject) -> None:
        value = data.draw(_mutations(base))
        if operation == "create":
            _call_safely(demo_factory, lambda s: create(s, row_id, value))
        else:
            _call_safely(demo_factory, lambda s: update(s, row_id, value))

    check()


def test_hostile_participants_are_saved_or_refused_cleanly(demo_factory):
    with session_scope(demo_factory) as s:
        exchange_id = s.scalar(
            select(Participant.exchange_id).order_by(Participant.exchange_id).limit(1)
        )
        assert exchange_id is not None
        current = participants.get_participants(s, exchange_id)
    assert current.persons

    @FUZZ
    @given(st.data())
    def check(data: st.DataObject) -> None:
        persons = list(current.persons)
        index = data.draw(st.integers(0, len(persons) - 1))
        persons[index] = data.draw(_mutations(persons[index]))
        counts = list(current.counts)
        if counts and data.draw(st.booleans()):
            counts[0] = data.draw(_mutations(counts[0]))
        _call_safely(
            demo_factory,
            lambda s: participants.set_participants(s, exchange_id, persons, counts),
        )

    check()


@pytest.mark.parametrize(
    ("table", "kind"), [("organisations", "partners"), ("contacts", "contacts"),
                        ("transactions", "transactions"), ("exchanges", "exchanges")],
)  # fmt: skip
def test_hostile_spreadsheet_cells_are_imported_or_refused_cleanly(
    demo_factory, tmp_path, table, kind
):
    exported = tmp_path / f"{table}.csv"
    with session_scope(demo_factory) as s:
        export_table(s, table, exported)
    with exported.open(encoding="utf-8-sig", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    rows = rows[:3]
    odd = st.sampled_from(["1e308", "-0", "NaN", "31/02/2024", "0x10", "1,5"])
    cell = st.one_of(HOSTILE_TEXT, EXTREME_INTS.map(str), EXTREME_DATES.map(str), odd)

    @FUZZ
    @given(st.data())
    def check(data: st.DataObject) -> None:
        changed = [list(row) for row in rows]
        for _ in range(data.draw(st.integers(1, 4))):
            r = data.draw(st.integers(0, len(changed) - 1))
            c = data.draw(st.integers(0, len(header) - 1))
            changed[r][c] = data.draw(cell)
        source = tmp_path / f"in-{kind}.csv"
        with source.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([header, *changed])
        _call_safely(demo_factory, lambda s: import_file(s, source, kind))

    check()
