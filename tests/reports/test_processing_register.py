"""The record of processing (registre des traitements): its facts and its French PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.reports import processing_register as register_module
from coopdesk.reports.errors import ReportError
from coopdesk.reports.processing_register import write_processing_register
from coopdesk.reports.processing_register_text import (
    FICHE_BUDGET,
    FICHE_CONTACTS,
    FICHE_EXCHANGES,
)
from coopdesk.services.contacts import ContactData, create_contact
from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import PersonData, set_participants
from coopdesk.services.processing_register import BackupPolicy, register_facts
from coopdesk.services.retention import set_retention_years
from coopdesk.store.db import session_scope
from tests.reports.conftest import TODAY
from tests.reports.report_support import flat, pdf_text, reader

HEADINGS = (
    "Responsable du traitement", "Délégué à la protection des données", FICHE_CONTACTS,
    FICHE_EXCHANGES, FICHE_BUDGET, "Mesures de sécurité", "Droits des personnes",
)


def test_demo_register_names_the_commune_its_rules_and_partner_countries(
    demo: Session, demo_path: Path, tmp_path: Path
) -> None:
    out = write_processing_register(demo, demo_path, tmp_path / "registre.pdf", today=TODAY)
    text = flat(pdf_text(out))
    assert "Registre des activités de traitement" in text
    assert "Sainte-Aurèle-sur-Loire" in text and "Code INSEE 45347" in text
    assert "5 ans après la fin de l'échange" in text
    for heading in HEADINGS:
        assert flat(heading) in text, heading
    # Partners outside the EEA are listed as possible transfers; Germany and Italy are not.
    for country in ("Sénégal", "Brésil", "Suisse"):
        assert country in text
    assert "Allemagne" not in text and "Italie" not in text
    assert "n'est réalisé par CoopDesk" in text
    facts = register_facts(demo, demo_path, today=TODAY)
    minors = f"{facts.persons.minors:,}".replace(",", " ")
    assert f"dont {minors} mineurs" in text
    assert "Hélène Garnier" in text  # the signatory of the settings represents the commune
    assert "15 mars 2026" in text
    assert reader(out).metadata.title == "Registre des activités de traitement"


def test_facts_count_persons_consent_fields_and_countries(
    session_factory: sessionmaker[Session], db_path: Path, tmp_path: Path
) -> None:
    with session_scope(session_factory) as s:
        dakar = create_organisation(s, OrganisationData(name="Lycée de Fatick", kind="school",
                                                        country="SN"))
        bonn = create_organisation(s, OrganisationData(name="Stadt Bonn", kind="local_authority",
                                                       country="DE"))
        create_contact(s, ContactData(organisation_id=dakar, last_name="Diop", first_name="Awa",
                                      email="awa@example.sn", consent_given=True,
                                      consent_date=dt.date(2020, 1, 2)))
        create_contact(s, ContactData(organisation_id=bonn, last_name="Weber"))
        old = create_exchange(s, ExchangeData(
            kind="school_exchange", direction="incoming", title="Visite 2015",
            start_date=dt.date(2015, 5, 2), end_date=dt.date(2015, 5, 9), partner_ids=(dakar,)))
        create_exchange(s, ExchangeData(
            kind="official_delegation", direction="outgoing", title="Bonn 2025",
            start_date=dt.date(2025, 5, 2), end_date=dt.date(2025, 5, 3), partner_ids=(bonn,)))
        set_participants(s, old, [
            PersonData(last_name="Sarr", first_name="Moussa", sex="male", age_group="12-17",
                       is_minor=True, consent_given=True, consent_date=dt.date(2015, 4, 2)),
            PersonData(last_name="Faye", sex="female", age_group="26-64"),
        ], [])
        set_retention_years(s, 7)
    folder = tmp_path / "copies"
    with session_scope(session_factory) as s:
        facts = register_facts(s, db_path, today=dt.date(2026, 1, 1),
                               backups=BackupPolicy(folder=folder, keep=3, automatic=False))
    p = facts.persons
    assert (p.contacts, p.contacts_with_consent) == (2, 1)
    assert (p.participants, p.participants_with_consent, p.minors, p.minors_with_consent) == (
        2, 1, 1, 1)
    assert facts.retention_years == 7 and facts.past_retention == 2
    assert facts.filled["contact"]["email"] == 1 and facts.filled["contact"]["last_name"] == 2
    assert facts.filled["participant"]["first_name"] == 1
    assert [(c.code, c.exchanges, c.in_eea) for c in facts.partner_countries] == [
        ("DE", 1, True), ("SN", 1, False)]
    assert [c.code for c in facts.third_countries] == ["SN"]
    assert facts.backups is not None and facts.backups.folder == str(folder)
    assert (facts.backups.keep, facts.backups.found, facts.backups.automatic) == (3, 0, False)
    assert not facts.storage.server


def test_an_empty_database_still_gives_a_valid_register(
    session_factory: sessionmaker[Session], db_path: Path, tmp_path: Path
) -> None:
    with session_scope(session_factory) as s:
        out = write_processing_register(s, db_path, tmp_path / "vide.pdf",
                                        today=dt.date(2026, 2, 1))
    assert len(reader(out).pages) >= 4
    text = flat(pdf_text(out))
    for heading in HEADINGS:
        assert flat(heading) in text, heading
    assert "(à compléter)" in text  # the controller and the DPO are left to fill in
    assert "0 contact de partenaires" in text
    assert "Aucun partenaire d'échange n'est situé hors de l'Espace économique européen" in text


def test_unwritable_output_is_refused_and_nothing_is_written(
    session_factory: sessionmaker[Session], db_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with session_scope(session_factory) as s:
        with pytest.raises(ReportError, match="cannot be written.*Nothing was written"):
            write_processing_register(s, db_path, tmp_path / "absent" / "r.pdf")
        with pytest.raises(ReportError, match="it is a folder"):
            write_processing_register(s, db_path, tmp_path)
        previous = tmp_path / "registre.pdf"
        previous.write_bytes(b"previous register")

        def broken(*_args: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(register_module, "build_processing_register", broken)
        with pytest.raises(OSError):
            write_processing_register(s, db_path, previous)
    assert previous.read_bytes() == b"previous register"
    assert [p.name for p in tmp_path.rglob("*") if p.suffix in (".part", ".pdf")] == [
        "registre.pdf"]  # no temporary file left beside it
