"""Schema creation and upgrades: empty -> head, old files open with new code, failures roll back."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from coopdesk.store import lifecycle
from coopdesk.store.db import APPLICATION_ID, DatabaseRefusedError, Refusal, make_engine
from coopdesk.store.lifecycle import create_database, open_database
from coopdesk.store.migrate import head_revision, script_directory, upgrade_file
from coopdesk.store.models import Base


def _bare_file(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()


def test_empty_to_head_matches_the_models(db_path):
    engine = make_engine(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_created_file_has_pragmas(db_path):
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    engine = open_database(db_path).engine
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()


def test_file_at_first_revision_opens_with_newest_code(tmp_path):
    first = list(script_directory().walk_revisions())[-1].revision
    path = tmp_path / "old.coopdb"
    _bare_file(path)
    upgrade_file(path, first)
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO organisation (id, created_at, updated_at, name, short_name, kind, country,"
        " city, region, languages, website, email, phone, address, iati_identifier, notes)"
        " VALUES ('o1', '2020-01-01', '2020-01-01', 'Gemeinde Hohenwald', '', 'local_authority',"
        " 'DE', '', '', '[\"de\"]', '', '', '', '', '', '')"
    )
    con.execute(
        "INSERT INTO contact (id, created_at, updated_at, organisation_id, first_name, last_name,"
        " role, email, phone, preferred_language, consent_given, notes)"
        " VALUES ('c1', '2020-01-01', '2020-01-01', 'o1', 'Jürgen', 'Weiß',"
        " '', '', '', 'de', 0, '')"
    )
    con.execute(
        "INSERT INTO project (id, created_at, updated_at, code, title, summary, objectives,"
        " theme, dac_sector, sdgs, status, location_place, location_country, lessons_learned)"
        " VALUES ('p1', '2020-01-01', '2020-01-01', 'DE-EDU-2020', '{\"fr\": \"Échanges\"}',"
        " '{}', '{}', 'education', '11110', '[4]', 2, '', 'DE', '{}')"
    )
    con.commit()
    con.close()

    result = open_database(path)
    with result.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            head_revision()
        )
        assert conn.exec_driver_sql("SELECT last_name FROM contact").scalar() == "Weiß"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        project = conn.exec_driver_sql("SELECT title, sdgs, apd_channel FROM project").one()
        assert project == ('{"fr": "Échanges"}', "[4]", "direct")
    assert result.migrated_from == first
    assert result.backup is not None and result.backup.exists()
    result.engine.dispose()


def test_a_failed_migration_restores_the_file(tmp_path, monkeypatch):
    path = tmp_path / "half.coopdb"
    _bare_file(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def broken_upgrade(target: Path, revision: str = "head") -> None:
        con = sqlite3.connect(target)
        con.execute("CREATE TABLE half_done (x)")
        con.commit()
        con.close()
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(lifecycle, "upgrade_file", broken_upgrade)
    with pytest.raises(DatabaseRefusedError) as info:
        open_database(path)
    assert info.value.reason is Refusal.MIGRATION_FAILED
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    backups = list(tmp_path.glob("half.coopdb.before-*.bak"))
    assert len(backups) == 1


def test_create_refuses_existing_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "a.coopdb"
    create_database(path)
    with pytest.raises(DatabaseRefusedError) as info:
        create_database(path)
    assert info.value.reason is Refusal.EXISTS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.coopdb"]


def test_create_failure_leaves_nothing(tmp_path):
    path = tmp_path / "b.coopdb"

    def explode(engine: object) -> None:
        raise RuntimeError("populate failed")

    with pytest.raises(RuntimeError):
        create_database(path, populate=explode)
    assert list(tmp_path.iterdir()) == []
