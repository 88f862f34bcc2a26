"""coopdesk export / import / backup / restore as scripts use them: one-line errors, exit 1."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from coopdesk import cli
from coopdesk.cli_data import DATA_COMMANDS, add_data_parsers
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.volunteer import VisitLogData, log_visit
from coopdesk.store.db import make_session_factory, session_scope
from coopdesk.store.lifecycle import create_database


@pytest.fixture
def run(monkeypatch, capsys):
    """``coopdesk ARGS`` through cli.main, with the data commands wired in if needed."""
    if "export" not in cli.COMMANDS:
        original = cli.build_parser

        def build() -> argparse.ArgumentParser:
            parser = original()
            sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
            add_data_parsers(sub)
            return parser

        monkeypatch.setattr(cli, "build_parser", build)
        for name, handler in DATA_COMMANDS.items():
            monkeypatch.setitem(cli.COMMANDS, name, handler)

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "template.coopdb"

    def populate(engine) -> None:
        with session_scope(make_session_factory(engine, user="test")) as session:
            keur = create_organisation(
                session, OrganisationData("Commune de Keur Madické", "local_authority", "SN")
            )
            log_visit(session, VisitLogData(dt.date(2025, 5, 3), keur, participant_count=4,
                                            logged_by="Awa Ndiaye"))  # fmt: skip

    create_database(path, populate=populate)
    return path


@pytest.fixture
def db(tmp_path, template) -> Path:
    path = tmp_path / "mairie.coopdb"
    shutil.copyfile(template, path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_xlsx_csv_and_french_csv(run, db, tmp_path):
    code, out, err = run("export", "xlsx", "--db", db, "-o", tmp_path / "all.xlsx")
    assert (code, err) == (0, "") and "Exported" in out
    code, out, err = run("export", "csv", "--db", db, "-o", tmp_path / "all.zip", "--french-excel")
    assert (code, err) == (0, "")
    code, out, err = run("export", "csv", "--db", db, "--table", "organisations",
                         "-o", tmp_path / "partners.csv")  # fmt: skip
    assert code == 0 and "Exported 1 row(s)" in out
    assert (tmp_path / "partners.csv").read_text().startswith("id,name,short_name")


def test_import_csv_partners_and_round_trip(run, db, tmp_path):
    source = tmp_path / "partenaires.csv"
    source.write_text("Nom;Type;Pays\nGymnasium Eichenbrunn;école;DE\n", encoding="utf-8")
    code, out, err = run("import", "csv", "--db", db, source, "--kind", "partners")
    assert (code, err) == (0, "") and "1 added" in out
    run("export", "xlsx", "--db", db, "-o", tmp_path / "all.xlsx")
    fresh = tmp_path / "fresh.coopdb"
    assert run("init", "--db", fresh)[0] == 0
    code, out, err = run("import", "xlsx", "--db", fresh, tmp_path / "all.xlsx")
    assert (code, err) == (0, "") and "3 added, 0 updated, 0 unchanged" in out
    code, out, err = run("import", "xlsx", "--db", fresh, tmp_path / "all.xlsx")
    assert (code, err) == (0, "") and "0 added, 0 updated, 3 unchanged" in out


def test_rejected_rows_fail_with_one_line_and_change_nothing(run, db, tmp_path):
    source = tmp_path / "contacts.csv"
    source.write_text("Nom,Organisation\nDiop,Commune de Keur Madické\nFall,Inconnue\n", "utf-8")
    before = _digest(db)
    code, out, err = run("import", "csv", "--db", db, source, "--kind", "contacts")
    assert code == 1 and err.count("\n") == 1
    assert "1 row rejected, nothing was imported" in err and "Row 3" in out
    assert _digest(db) == before
    code, out, err = run("import", "csv", "--db", db, source, "--kind", "contacts", "--only-valid")
    assert code == 0 and "1 added" in out and "1 row skipped" in out


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"PK\x03\x04broken", "damaged"),
        (b"Nom;Pays\nx;SN\n", "Say what the file"),
    ],
)
def test_bad_files_are_one_line_errors(run, db, tmp_path, content, words):
    source = tmp_path / "in.xlsx"
    source.write_bytes(content)
    before = _digest(db)
    code, _out, err = run("import", "xlsx", "--db", db, source)
    assert code == 1 and err.count("\n") == 1 and words in err and "Traceback" not in err
    assert _digest(db) == before


def test_bundle_export_and_import_with_conflict_option(run, db, tmp_path):
    hall = tmp_path / "hall.coopdb"
    shutil.copyfile(db, hall)
    bundle = tmp_path / "awa.coopdesk"
    code, out, err = run("export", "bundle", "--db", db, "-o", bundle, "--volunteer", "Awa Ndiaye",
                         "--all")  # fmt: skip
    assert (code, err) == (0, "") and "1 exchange(s)" in out
    code, out, err = run("import", "bundle", "--db", hall, bundle, "--prefer", "theirs")
    assert (code, err) == (0, "") and "1 unchanged" in out
    code, _out, err = run("export", "bundle", "--db", db, "-o", bundle)
    assert code == 1 and "--volunteer" in err
    broken = tmp_path / "broken.coopdesk"
    broken.write_bytes(bundle.read_bytes()[:-40])
    before = _digest(hall)
    code, _out, err = run("import", "bundle", "--db", hall, broken)
    assert code == 1 and err.count("\n") == 1 and _digest(hall) == before


def test_backup_and_restore(run, db, tmp_path):
    copy = tmp_path / "copy.coopdb"
    code, out, err = run("backup", "--db", db, "-o", copy)
    assert (code, err) == (0, "") and "verified" in out
    code, _out, err = run("backup", "--db", db, "-o", copy)
    assert code == 1 and "already exists" in err
    code, out, err = run("restore", copy, "--db", db)
    assert (code, err) == (0, "") and ".replaced-" in out
    assert len(list(tmp_path.glob("mairie.coopdb.replaced-*"))) == 1
    notes = tmp_path / "notes.txt"
    notes.write_text("pas une sauvegarde", encoding="utf-8")
    before = _digest(db)
    code, _out, err = run("restore", notes, "--db", db)
    assert code == 1 and "not a CoopDesk database" in err and _digest(db) == before


def test_database_refusals_are_one_line(run, tmp_path):
    code, _out, err = run("export", "xlsx", "--db", tmp_path / "missing.coopdb", "-o",
                          tmp_path / "x.xlsx")  # fmt: skip
    assert code == 1 and "does not exist" in err and err.count("\n") == 1
    assert not (tmp_path / "x.xlsx").exists()
