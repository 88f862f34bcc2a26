"""`coopdesk privacy`: find, export, erase and retention as users and scripts use them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from coopdesk import cli
from coopdesk.cli_privacy import add_privacy_parser, run_privacy
from coopdesk.services.check import check_database
from coopdesk.services.contacts import ContactData, create_contact
from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import PersonData, set_participants
from coopdesk.store.db import make_session_factory, session_scope
from coopdesk.store.lifecycle import open_database
from coopdesk.store.lock import acquire_lock, lock_path


@pytest.fixture(autouse=True)
def privacy_command(monkeypatch):
    """Until cli.py wires `privacy` itself, add it the way the lead will."""
    if "privacy" in cli.COMMANDS:
        return
    build = cli.build_parser

    def build_parser():
        parser = build()
        sub = next(a for a in parser._actions if a.dest == "command")
        add_privacy_parser(sub)
        return parser

    monkeypatch.setattr(cli, "build_parser", build_parser)
    monkeypatch.setitem(cli.COMMANDS, "privacy", run_privacy)


@pytest.fixture
def db(db_path):
    engine = open_database(db_path).engine
    factory = make_session_factory(engine, user="secrétariat")
    with session_scope(factory) as s:
        org = create_organisation(
            s, OrganisationData(name="Lycée de Fatick", kind="school", country="SN"))
        create_contact(s, ContactData(organisation_id=org, last_name="Diop", first_name="Awa",
                                      email="awa.diop@example.sn"))
        ex = create_exchange(s, ExchangeData(
            kind="school_exchange", direction="incoming", title="Visite 2018",
            start_date=dt.date(2018, 5, 2), end_date=dt.date(2018, 5, 9), partner_ids=(org,)))
        set_participants(s, ex, [
            PersonData(last_name="Sarr", first_name="Moussa", sex="male", age_group="12-17",
                       is_minor=True, consent_given=True, consent_date=dt.date(2018, 4, 2)),
            PersonData(last_name="Faye", first_name="Khady", sex="female", age_group="12-17",
                       is_minor=True, consent_given=True, consent_date=dt.date(2018, 4, 2)),
        ], [])
    engine.dispose()
    return db_path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _id_of(capsys, db: Path, name: str) -> str:
    code, out, _err = _run(capsys, "privacy", "find", "--db", str(db), name)
    assert code == 0
    [line] = out.splitlines()
    return line.split()[1]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_find(capsys, db):
    code, out, err = _run(capsys, "privacy", "find", "--db", str(db), "awa", "DIOP")
    assert (code, err) == (0, "")
    assert out.startswith("contact ") and "Awa Diop (awa.diop@example.sn) | Lycée de Fatick" in out
    code, out, err = _run(capsys, "privacy", "find", "--db", str(db), "moussa")
    assert "participant" in out and "Visite 2018 2018-05-02..2018-05-09" in out
    code, out, err = _run(capsys, "privacy", "find", "--db", str(db), "Personne")
    assert (code, out) == (0, "No contact or participant matches.\n")


def test_export_writes_json_atomically(capsys, db, tmp_path):
    contact = _id_of(capsys, db, "Diop")
    out_file = tmp_path / "awa.json"
    out_file.write_text("old")
    code, out, err = _run(capsys, "privacy", "export", "--db", str(db), "--id", contact,
                          "-o", str(out_file))
    assert (code, err) == (0, "") and str(out_file) in out
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["persons"][0]["record"]["email"] == "awa.diop@example.sn"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    code, out, err = _run(capsys, "privacy", "export", "--db", str(db), "--id", "nope",
                          "-o", str(tmp_path / "x.json"))
    assert code == 1 and err.count("\n") == 1 and "No contact or participant has the id nope" in err
    assert not (tmp_path / "x.json").exists()
    code, out, err = _run(capsys, "privacy", "export", "--db", str(db), "--id", contact,
                          "-o", str(tmp_path / "absent" / "x.json"))
    assert code == 1 and "does not exist" in err and err.count("\n") == 1


def test_erase_without_a_terminal_needs_yes(capsys, db, monkeypatch):
    pupil = _id_of(capsys, db, "Sarr")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    before = _digest(db)
    code, out, err = _run(capsys, "privacy", "erase", "--db", str(db), "--id", pupil)
    assert code == 1 and err.count("\n") == 1 and "--yes" in err
    assert _digest(db) == before and not lock_path(db).exists()


def test_erase_asks_on_a_terminal(capsys, db, monkeypatch):
    pupil = _id_of(capsys, db, "Sarr")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    answers = iter(["n", "oui"])
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    code, out, err = _run(capsys, "privacy", "erase", "--db", str(db), "--id", pupil)
    assert (code, err) == (0, "") and "Nothing was changed." in out
    assert "Moussa Sarr" in out  # the person is shown before the question
    code, out, err = _run(capsys, "privacy", "erase", "--db", str(db), "--id", pupil)
    assert (code, err) == (0, "") and "Anonymised: 1; deleted: 0" in out
    assert b"Moussa" not in db.read_bytes()


def test_erase_with_yes_deletes_and_keeps_the_file_healthy(capsys, db):
    contact = _id_of(capsys, db, "Diop")
    pupil = _id_of(capsys, db, "Khady")
    code, out, err = _run(capsys, "privacy", "erase", "--db", str(db), "--id", contact,
                          "--id", pupil, "--delete", "--yes")
    assert (code, err) == (0, "") and "deleted: 2" in out and "Backups" in out
    data = db.read_bytes()
    assert b"Diop" not in data and b"Khady" not in data
    assert check_database(db).healthy and not lock_path(db).exists()
    code, out, err = _run(capsys, "check", "--db", str(db))
    assert code == 0, err


def test_erase_refused_while_another_coopdesk_writes(capsys, db):
    pupil = _id_of(capsys, db, "Sarr")
    before = _digest(db)
    with acquire_lock(db):
        code, out, err = _run(capsys, "privacy", "erase", "--db", str(db), "--id", pupil,
                              "--yes")
    assert code == 1 and err.count("\n") == 1 and "already open" in err
    assert _digest(db) == before


def test_retention_lists_then_anonymises(capsys, db):
    code, out, err = _run(capsys, "privacy", "retention", "--db", str(db), "--today",
                          "2026-05-08")
    assert code == 0 and out.startswith("2 participant")
    assert "  2018-05-09  Visite 2018: 2 named participant" in out
    code, out, err = _run(capsys, "privacy", "retention", "--db", str(db), "--today",
                          "2026-05-08", "--anonymise", "--yes")
    assert (code, err) == (0, "") and "Anonymised: 2" in out
    code, out, err = _run(capsys, "privacy", "retention", "--db", str(db), "--today",
                          "2026-05-08")
    assert out.startswith("No participant is kept longer")
    assert b"Khady" not in db.read_bytes() and check_database(db).healthy


def test_usage_errors(capsys, db):
    with pytest.raises(SystemExit) as info:
        cli.main(["privacy", "erase", "--db", str(db)])
    assert info.value.code == 2
    capsys.readouterr()


def test_register_writes_the_french_record_of_processing(capsys, db, tmp_path):
    from pypdf import PdfReader

    out_file = tmp_path / "registre.pdf"
    code, out, err = _run(capsys, "privacy", "register", "--db", str(db), "-o", str(out_file),
                          "--today", "2026-05-08")
    assert (code, err) == (0, "") and str(out_file) in out
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(out_file).pages).split())
    assert "Registre des activités de traitement" in text and "Sénégal" in text
    assert "2 participants nommés à 1 échange, dont 2 mineurs" in text
    assert "8 mai 2026" in text and not lock_path(db).exists()
    code, out, err = _run(capsys, "privacy", "register", "--db", str(db), "-o",
                          str(tmp_path / "absent" / "r.pdf"))
    assert code == 1 and err.count("\n") == 1 and "Nothing was written" in err
    assert not (tmp_path / "absent").exists()
