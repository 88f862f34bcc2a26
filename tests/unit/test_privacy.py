"""GDPR: find a person, export all held about them, erase or anonymise them for good."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Column, ForeignKey, MetaData, String, Table, select, update

from coopdesk.services.check import check_database
from coopdesk.services.contacts import ContactData, create_contact
from coopdesk.services.errors import NotFoundError
from coopdesk.services.exchanges import (
    ExchangeData,
    create_exchange,
    get_exchange,
    update_exchange,
)
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import (
    PersonData,
    exchange_statistics,
    set_participants,
    year_statistics,
)
from coopdesk.services.privacy import (
    EraseMode,
    PersonKind,
    PersonRef,
    erase_person,
    find_person,
    purge_free_space,
    resolve_refs,
)
from coopdesk.services.privacy_audit import ERASED, AuditTrailBrokenError
from coopdesk.services.privacy_export import (
    EXPORT_COVERAGE,
    NOT_ABOUT_PERSONS,
    PERSON_TABLES,
    PERSONAL_COLUMN_NAMES,
    export_person,
)
from coopdesk.store.db import session_scope
from coopdesk.store.models import AuditEntry, Base, Contact, Participant

PUPIL = PersonData(last_name="Sarr", first_name="Moussa", sex="male", age_group="12-17",
                   is_minor=True, role="élève de 4e", consent_given=True,
                   consent_date=dt.date(2024, 4, 2))
TEACHER = PersonData(last_name="Ndiaye-Thérèse", first_name="Élise", sex="female",
                     age_group="26-64", role="professeure")


@pytest.fixture
def people(session_factory):
    """An organisation, a contact, an exchange with two listed participants (all audited)."""
    with session_scope(session_factory) as s:
        org = create_organisation(
            s, OrganisationData(name="Lycée de Fatick", kind="school", country="SN")
        )
        contact = create_contact(
            s, ContactData(organisation_id=org, last_name="Diop", first_name="Awa",
                           email="awa.diop@example.sn", phone="+221 77 123 45 67",
                           role="proviseure adjointe")
        )
        exchange = create_exchange(
            s, ExchangeData(kind="school_exchange", direction="incoming",
                            title="Visite des élèves de Fatick", start_date=dt.date(2024, 5, 2),
                            end_date=dt.date(2024, 5, 9), partner_ids=(org,))
        )
        set_participants(s, exchange, [PUPIL, TEACHER], [])
        ids = {p.last_name: p.id for p in s.scalars(select(Participant))}
    with session_scope(session_factory) as s:  # an update, so old values are audited too
        s.get(Contact, contact).phone = "+221 77 765 43 21"
    return {"org": org, "contact": contact, "exchange": exchange, **ids}


def _file_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _audit_text(session) -> str:
    return json.dumps([e.changes for e in session.scalars(select(AuditEntry))],
                      ensure_ascii=False)


def test_find_person_by_name_email_and_phone(session_factory, people):
    with session_scope(session_factory) as s:
        assert [m.id for m in find_person(s, "diop")] == [people["contact"]]
        assert [m.id for m in find_person(s, "AWA.DIOP@example")] == [people["contact"]]
        assert [m.id for m in find_person(s, "77 765 43 21")] == [people["contact"]]
        assert [m.id for m in find_person(s, "221.77.765.4321")] == [people["contact"]]
        matches = find_person(s, "elise therese")
        assert find_person(s, "   ") == [] and find_person(s, "Sarr Awa") == []
    [teacher] = matches
    assert (teacher.kind, teacher.id, teacher.name) == (
        PersonKind.PARTICIPANT, people["Ndiaye-Thérèse"], "Élise Ndiaye-Thérèse"
    )
    assert (teacher.where, teacher.start, teacher.end) == (
        "Visite des élèves de Fatick", dt.date(2024, 5, 2), dt.date(2024, 5, 9)
    )
    with session_scope(session_factory) as s:
        [contact] = find_person(s, "awa")
    assert (contact.where, contact.where_id, contact.email) == (
        "Lycée de Fatick", people["org"], "awa.diop@example.sn"
    )


def test_resolve_refs(session_factory, people):
    with session_scope(session_factory) as s:
        assert resolve_refs(s, [people["contact"], people["Sarr"]]) == [
            PersonRef(PersonKind.CONTACT, people["contact"]),
            PersonRef(PersonKind.PARTICIPANT, people["Sarr"]),
        ]
        with pytest.raises(NotFoundError, match="No contact or participant has the id nope"):
            resolve_refs(s, ["nope"])


def test_export_holds_everything_about_the_person(session_factory, people):
    refs = [PersonRef(PersonKind.CONTACT, people["contact"]),
            PersonRef(PersonKind.PARTICIPANT, people["Sarr"])]
    with session_scope(session_factory) as s:
        data = json.loads(json.dumps(export_person(s, refs)))  # JSON-ready
    contact, pupil = data["persons"]
    assert set(contact["record"]) == {c.name for c in Base.metadata.tables["contact"].columns}
    assert set(pupil["record"]) == {c.name for c in Base.metadata.tables["participant"].columns}
    assert contact["record"]["email"] == "awa.diop@example.sn"
    assert pupil["record"]["consent_date"] == "2024-04-02"
    assert contact["organisation"]["name"] == "Lycée de Fatick"
    assert pupil["exchange"]["title"] == "Visite des élèves de Fatick"
    assert [e["action"] for e in contact["audit_entries"]] == ["created", "updated"]
    assert contact["audit_entries"][1]["changes"]["phone"] == [
        "+221 77 123 45 67", "+221 77 765 43 21"
    ]
    assert [e["action"] for e in pupil["audit_entries"]] == ["created"]
    assert data["format"] == "coopdesk-person-export" and data["covered_tables"]
    with session_scope(session_factory) as s, pytest.raises(NotFoundError):
        export_person(s, [PersonRef(PersonKind.CONTACT, "gone")])


def uncovered_tables(metadata: MetaData) -> set[str]:
    """Tables about persons that neither the export covers nor are declared harmless."""
    out = set()
    for table in metadata.tables.values():
        refers = any(fk.column.table.name in PERSON_TABLES for fk in table.foreign_keys)
        personal = {c.name for c in table.columns} & PERSONAL_COLUMN_NAMES
        if refers and table.name not in EXPORT_COVERAGE:
            out.add(table.name)
        if personal and table.name not in EXPORT_COVERAGE | NOT_ABOUT_PERSONS:
            out.add(table.name)
    return out


def test_export_covers_every_table_about_persons():
    assert uncovered_tables(Base.metadata) == set()
    assert PERSON_TABLES <= EXPORT_COVERAGE.keys()


def test_coverage_check_catches_a_new_table():
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    Table("contact_note", metadata, Column("id", String, primary_key=True),
          Column("contact_id", ForeignKey("contact.id")))
    Table("volunteer", metadata, Column("id", String, primary_key=True),
          Column("email", String))
    assert uncovered_tables(metadata) == {"contact_note", "volunteer"}


def test_anonymise_keeps_statistics_and_removes_identity(session_factory, people, db_path):
    with session_scope(session_factory) as s:
        before = (exchange_statistics(s, people["exchange"]), year_statistics(s, 2024))
        result = erase_person(s, [PersonRef(PersonKind.PARTICIPANT, people["Sarr"])],
                              EraseMode.ANONYMISE)
    assert (result.anonymised, result.deleted) == (1, 0) and result.redacted_entries >= 2
    with session_scope(session_factory) as s:
        assert (exchange_statistics(s, people["exchange"]), year_statistics(s, 2024)) == before
        pupil = s.get(Participant, people["Sarr"])
        assert (pupil.first_name, pupil.last_name, pupil.role, pupil.consent_given,
                pupil.consent_date, pupil.anonymised) == ("", "", "", False, None, True)
        assert (pupil.sex, pupil.age_group, pupil.is_minor, pupil.exchange_id) == (
            "male", "12-17", True, people["exchange"])
        audit = _audit_text(s)
        assert "Moussa" not in audit and "Sarr" not in audit and ERASED in audit
        assert "Élise" in audit  # the other participant is untouched
        redaction = s.scalars(select(AuditEntry).where(AuditEntry.action == "redacted")).one()
        assert redaction.entity_id == people["Sarr"] and "GDPR" in redaction.reason
        assert find_person(s, "Moussa") == []
    assert check_database(db_path).healthy
    purge_free_space(db_path)
    data = _file_bytes(db_path)
    assert b"Moussa" not in data and b"Sarr" not in data
    assert "Élise".encode() in data
    report = check_database(db_path)
    assert report.healthy, report.problems


def test_erase_contact_and_delete_participant(session_factory, people, db_path):
    refs = [PersonRef(PersonKind.CONTACT, people["contact"]),
            PersonRef(PersonKind.PARTICIPANT, people["Ndiaye-Thérèse"])]
    with session_scope(session_factory) as s:
        result = erase_person(s, refs, EraseMode.DELETE)
    assert (result.deleted, result.anonymised) == (2, 0)
    with session_scope(session_factory) as s:
        assert s.get(Contact, people["contact"]) is None
        assert s.get(Participant, people["Ndiaye-Thérèse"]) is None
        assert exchange_statistics(s, people["exchange"]).listed == 1
        assert [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == people["contact"]).order_by(AuditEntry.seq))] == [
            "created", "updated", "deleted", "redacted"]
    purge_free_space(db_path)
    data = _file_bytes(db_path)
    for needle in ("Diop", "awa.diop", "77 123 45 67", "Élise", "Thérèse", "professeure"):
        assert needle.encode() not in data, needle
        assert json.dumps(needle)[1:-1].encode() not in data, needle
    assert check_database(db_path).healthy


def test_mentions_in_other_records(session_factory, people, db_path):
    with session_scope(session_factory) as s:
        data = get_exchange(s, people["exchange"])
        update_exchange(s, people["exchange"], replace(
            data, outcomes="Prix de poésie remis à Moussa Sarr par le maire."))
    ref = [PersonRef(PersonKind.PARTICIPANT, people["Sarr"])]
    with session_scope(session_factory) as s:
        [mention] = export_person(s, ref)["persons"][0]["mentions"]
        assert (mention["table"], mention["column"]) == ("exchange", "outcomes")
        result = erase_person(s, ref, EraseMode.ANONYMISE)
    assert [(m.table, m.column) for m in result.mentions] == [("exchange", "outcomes")]
    purge_free_space(db_path)
    assert b"Moussa Sarr" in _file_bytes(db_path)  # the user chose to keep the text
    with session_scope(session_factory) as s:
        s.add(Participant(exchange_id=people["exchange"], first_name="Moussa", last_name="Sarr"))
    with session_scope(session_factory) as s:
        again = s.scalars(select(Participant.id).where(Participant.last_name == "Sarr")).one()
        result = erase_person(s, [PersonRef(PersonKind.PARTICIPANT, again)],
                              EraseMode.DELETE, scrub_mentions=True)
        assert result.mentions == ()
        assert get_exchange(s, people["exchange"]).outcomes == (
            f"Prix de poésie remis à {ERASED} par le maire.")
    purge_free_space(db_path)
    assert b"Moussa" not in _file_bytes(db_path)
    assert check_database(db_path).healthy


def test_a_broken_audit_trail_is_not_laundered(session_factory, people):
    with session_scope(session_factory) as s:
        s.execute(update(AuditEntry.__table__).where(AuditEntry.__table__.c.seq == 2)
                  .values(user="forger"))
    with session_scope(session_factory) as s:
        with pytest.raises(AuditTrailBrokenError, match="altered at entry 2"):
            erase_person(s, [PersonRef(PersonKind.PARTICIPANT, people["Sarr"])],
                         EraseMode.DELETE)
    with session_scope(session_factory) as s:
        assert s.get(Participant, people["Sarr"]).last_name == "Sarr"
