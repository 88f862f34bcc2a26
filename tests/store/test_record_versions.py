"""Record versions (migration 0003): two users editing the same record, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from coopdesk.services.database import EditConflictError, OpenedDatabase, open_db
from coopdesk.services.organisations import (
    OrganisationData,
    create_organisation,
    get_organisation,
    update_organisation,
)
from coopdesk.store.db import APPLICATION_ID, session_scope
from coopdesk.store.lifecycle import open_database
from coopdesk.store.migrate import head_revision, upgrade_file
from coopdesk.store.models import Base, Organisation
from coopdesk.store.server import make_server_engine, upgrade_server

PARTNER = OrganisationData(name="Commune de Keur Madické", kind="local_authority", country="SN")
LINK_ID = "0" * 36 + "|" + "1" * 36  # the audit key of a link row: two UUIDs
INSERT_0002 = (
    "INSERT INTO organisation (id, created_at, updated_at, name, short_name, kind, country,"
    " city, region, languages, website, email, phone, address, iati_identifier, notes)"
    " VALUES ('o1', '2020-01-01', '2020-01-01', 'Gemeinde Hohenwald', '', 'local_authority',"
    " 'DE', '', '', '[\"de\"]', '', '', '', '', '', '')"
)
INSERT_AUDIT_LINK = (
    "INSERT INTO audit_entry (id, seq, at, \"user\", entity, entity_id, action, changes,"
    " reason, prev_hash, hash) VALUES ('a1', 1, '2020-01-01', 'x', 'project_document',"
    f" '{LINK_ID}', 'created', '{{}}', '', '', 'h')"
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def location(request: pytest.FixtureRequest) -> Path:
    """A database at the newest schema: a SQLite file, or a database on the test server."""
    if request.param == "postgresql":
        return Path(request.getfixturevalue("pg_url"))
    return request.getfixturevalue("db_path")


@pytest.fixture
def two_users(location: Path):
    alice, bob = open_db(location, user="alice"), open_db(location, user="bob")
    yield alice, bob
    alice.close()
    bob.close()


def _partner(opened: OpenedDatabase) -> str:
    with session_scope(opened.session_factory) as s:
        return create_organisation(s, PARTNER)


def _rename(opened: OpenedDatabase, org_id: str, name: str) -> None:
    with session_scope(opened.session_factory) as s:
        data = get_organisation(s, org_id)
        update_organisation(s, org_id, OrganisationData(**{**data.__dict__, "name": name}))


def _open_form(opened: OpenedDatabase, org_id: str) -> OrganisationData:
    with session_scope(opened.session_factory) as s:
        return get_organisation(s, org_id)


def _name(opened: OpenedDatabase, org_id: str) -> tuple[str, int]:
    with session_scope(opened.session_factory) as s:
        org = s.get(Organisation, org_id)
        assert org is not None
        return org.name, org.version


def test_a_stale_edit_is_refused_with_who_when_and_what(two_users):
    alice, bob = two_users
    org_id = _partner(bob)
    form = _open_form(alice, org_id)  # Alice opens the partner...
    _rename(bob, org_id, "Keur Madické (commune)")  # ...Bob saves a change meanwhile
    with pytest.raises(EditConflictError) as info, session_scope(alice.session_factory) as s:
        update_organisation(s, org_id, OrganisationData(**{**form.__dict__, "city": "Thiès"}))
    message = info.value.message
    assert "changed by bob" in message and "since you opened it" in message
    assert "nothing was saved" in message and "name: Keur Madické (commune)" in message
    assert info.value.conflict.current_version == 2
    assert _name(bob, org_id) == ("Keur Madické (commune)", 2)  # Bob's change kept
    # Alice opens it again (she now sees Bob's version) and redoes her change.
    form = _open_form(alice, org_id)
    with session_scope(alice.session_factory) as s:
        update_organisation(s, org_id, OrganisationData(**{**form.__dict__, "city": "Thiès"}))
    assert _name(bob, org_id) == ("Keur Madické (commune)", 3)


def test_edits_in_turn_and_own_edits_are_not_conflicts(two_users):
    alice, bob = two_users
    org_id = _partner(alice)
    _rename(alice, org_id, "A")
    _rename(alice, org_id, "B")  # her own previous save is what she has seen
    _rename(bob, org_id, "C")  # Bob never opened it before: nothing to compare with
    with pytest.raises(EditConflictError):
        _rename(alice, org_id, "D")  # she last saw B
    _open_form(alice, org_id)  # she sees C...
    _rename(alice, org_id, "D")  # ...and may change it
    assert _name(bob, org_id) == ("D", 5)


@pytest.mark.postgresql
def test_deleted_meanwhile_is_told(pg_url):
    """SQLite writers take turns for a whole transaction; on a server they overlap."""
    alice, bob = open_db(Path(pg_url), user="alice"), open_db(Path(pg_url), user="bob")
    try:
        org_id = _partner(bob)
        with (
            pytest.raises(EditConflictError, match="deleted by someone else"),
            session_scope(alice.session_factory) as s,
        ):
            org = s.get(Organisation, org_id)
            assert org is not None
            org.city = "Thiès"
            with session_scope(bob.session_factory) as other:
                other.execute(text("DELETE FROM organisation WHERE id = :id"), {"id": org_id})
    finally:
        alice.close()
        bob.close()


@pytest.mark.postgresql
def test_overlapping_transactions_on_the_server(pg_url):
    """Both load version 1 in open transactions; the second to save is refused."""
    alice, bob = open_db(Path(pg_url), user="alice"), open_db(Path(pg_url), user="bob")
    try:
        org_id = _partner(alice)
        with (
            pytest.raises(EditConflictError, match="changed by bob"),
            session_scope(alice.session_factory) as a,
        ):
            mine = a.get(Organisation, org_id)
            assert mine is not None
            with session_scope(bob.session_factory) as b:
                theirs = b.get(Organisation, org_id)
                assert theirs is not None
                theirs.city = "Rufisque"
            mine.city = "Thiès"
        assert _name(bob, org_id)[1] == 2
    finally:
        alice.close()
        bob.close()


def test_0002_file_upgrades_to_versions(tmp_path):
    path = tmp_path / "v2.coopdb"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    upgrade_file(path, "0002")
    con = sqlite3.connect(path)
    con.execute(INSERT_0002)
    con.execute(INSERT_AUDIT_LINK)
    con.commit()
    con.close()
    result = open_database(path)
    with result.engine.connect() as conn:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert revision == head_revision()
        assert conn.exec_driver_sql("SELECT name, version FROM organisation").one() == (
            "Gemeinde Hohenwald",
            1,
        )
        assert conn.exec_driver_sql("SELECT entity_id FROM audit_entry").scalar() == LINK_ID
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    assert result.migrated_from == "0002" and result.backup is not None
    result.engine.dispose()


@pytest.mark.postgresql
def test_0002_server_database_upgrades_on_open(pg_server):
    url = pg_server.new_database(empty=True)
    engine = make_server_engine(url)
    upgrade_server(engine, "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(INSERT_0002)
        conn.exec_driver_sql(
            "INSERT INTO money_transaction (id, created_at, updated_at, project_id, kind, date,"
            " amount_minor, currency, rate_to_eur, counterparty, accounting_ref,"
            " accounting_code, description) SELECT 't1', now(), now(), 'p1', 'expense',"
            " '2020-01-01', 1, 'EUR', NULL, '', '', '', '' WHERE false"
        )
    engine.dispose()
    result = open_database(Path(url))
    with result.engine.begin() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            head_revision()
        )
        assert conn.exec_driver_sql("SELECT version FROM organisation").scalar() == 1
        kind = conn.exec_driver_sql(
            "SELECT data_type FROM information_schema.columns"
            " WHERE table_name = 'money_transaction' AND column_name = 'amount_minor'"
        ).scalar()
        assert kind == "bigint"
        conn.exec_driver_sql(INSERT_AUDIT_LINK)  # 73 characters fit now
    assert result.migrated_from == "0002"
    result.engine.dispose()


@pytest.mark.postgresql
def test_server_schema_matches_the_models(pg_url):
    engine = make_server_engine(pg_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_one_transaction_may_change_a_record_in_several_flushes(two_users):
    """A bundle import updates a visit, flushes, then changes it again: its own raised
    version is not somebody else's edit."""
    alice, bob = two_users
    org_id = _partner(alice)
    _rename(bob, org_id, "Keur Madické (commune)")
    _open_form(alice, org_id)
    with session_scope(alice.session_factory) as s:
        org = s.get(Organisation, org_id)
        assert org is not None
        org.name = "Keur Madické — première étape"
        s.flush()
        org.city = "Keur Madické"
        s.flush()
    assert _name(alice, org_id) == ("Keur Madické — première étape", 4)  # one per flush
