"""Others' files through a column mapping: partners, contacts, exchanges, money, measurements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from coopdesk.exchange import import_engine
from coopdesk.exchange.column_mapping import ColumnMapping, suggest_mapping
from coopdesk.exchange.errors import CancelledError, RowsRejectedError
from coopdesk.exchange.full_import import import_file
from coopdesk.exchange.readers import read_table
from coopdesk.exchange.spreadsheet_import import apply, validate
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.participants import get_participants
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.store.db import session_scope
from coopdesk.store.models import (
    AuditEntry,
    Contact,
    Exchange,
    Indicator,
    Measurement,
    MoneyTransaction,
    Organisation,
)


@pytest.fixture
def seeded(session_factory):
    with session_scope(session_factory) as session:
        keur = create_organisation(
            session, OrganisationData("Commune de Keur Madické", "local_authority", "SN")
        )
        create_organisation(session, OrganisationData("Eichenbrunn", "local_authority", "DE"))
        project = create_project(session, ProjectData("EAU-SN-01", {"fr": "Eau potable"}))
        session.add(Indicator(project_id=project, code="EAU-ACC", name={"fr": "Accès"},
                              unit="personnes", disaggregations=["sex"]))  # fmt: skip
        session.add(Indicator(project_id=project, code="GOUV", name={"fr": "Gouvernance"},
                              kind="qualitative", rating_scale_max=4))  # fmt: skip
    return {"keur": keur, "project": project}


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "in.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _count(factory, model) -> int:
    with session_scope(factory) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_suggested_mapping_understands_french_and_english_headers():
    mapping = suggest_mapping(["Nom", "Type", "Pays", "Téléphone", "E-mail", "Divers"], "partners")
    assert mapping.columns == {
        "name": "Nom", "kind": "Type", "country": "Pays", "phone": "Téléphone", "email": "E-mail",
    }  # fmt: skip
    contacts = suggest_mapping(["Prénom", "Nom", "Organisation", "Fonction"], "contacts")
    assert contacts.columns == {
        "first_name": "Prénom", "last_name": "Nom", "organisation": "Organisation",
        "role": "Fonction",
    }  # fmt: skip
    kobo = suggest_mapping(
        ["start", "end", "indicator_code", "period", "value", "grp/sexe/femmes", "sexe/hommes",
         "_id", "_uuid", "_submission_time"],
        "measurements",
    )  # fmt: skip
    assert kobo.columns == {
        "indicator_code": "indicator_code", "period": "period", "value": "value",
        "disagg/sex/female": "grp/sexe/femmes", "disagg/sex/male": "sexe/hommes",
    }  # fmt: skip


def test_partners_from_a_french_excel_csv(tmp_path, session_factory):
    path = _csv(
        tmp_path,
        "Nom;Type;Pays;Ville;Téléphone\n"
        "Association des femmes de Thiès;Association;Sénégal;Thiès;+221 33 000 00 00\n"
        "Gymnasium Eichenbrunn;École;Allemagne;Eichenbrunn;\n",
        "cp1252",
    )
    raw = read_table(path)
    with session_scope(session_factory) as session:
        plan = validate(raw, suggest_mapping(raw.headers, "partners"), "partners", session,
                        source=path.name)  # fmt: skip
        assert plan.ok and len(plan.valid_rows) == 2
        n = session.scalar(select(func.count()).select_from(Organisation))
        assert n == 0  # validate is a dry run
        result = apply(session, plan)
    assert (result.created, result.updated) == (2, 0)
    with session_scope(session_factory) as session:
        org = session.scalars(select(Organisation).where(Organisation.city == "Thiès")).one()
        assert (org.kind, org.country, org.phone) == ("association", "SN", "+221 33 000 00 00")
        assert session.scalar(select(func.count()).select_from(AuditEntry)) >= 2
    with session_scope(session_factory) as session:  # the same file again: nothing new
        again = import_file(session, path, "partners")
    assert (again.created, again.unchanged) == (0, 2)


def test_all_or_nothing_then_only_valid_rows(tmp_path, session_factory, seeded):
    path = _csv(
        tmp_path,
        "Nom,Prénom,Organisation,Courriel,Date du consentement,Consentement\n"
        "Diop,Awa,Commune de Keur Madické,awa@example.sn,03/02/2025,oui\n"
        "Ndiaye,Moussa,Commune inconnue,,,\n"
        "Fall,Ida,Eichenbrunn,pas-un-courriel,31/02/2025,oui\n",
    )
    raw = read_table(path)
    with session_scope(session_factory) as session:
        plan = validate(raw, suggest_mapping(raw.headers, "contacts"), "contacts", session)
    assert [(e.row, e.column) for e in plan.errors] == [
        (4, "Date du consentement"), (3, "Organisation"),
    ]  # fmt: skip
    assert "No partner is named Commune inconnue" in str(plan.errors[1])
    with pytest.raises(RowsRejectedError, match="2 row"), session_scope(session_factory) as s:
        apply(s, plan)
    assert _count(session_factory, Contact) == 0
    with session_scope(session_factory) as session:
        result = apply(session, plan, only_valid=True)
    assert (result.created, result.skipped) == (1, 2)
    with session_scope(session_factory) as session:
        awa = session.scalars(select(Contact)).one()
        assert (awa.consent_given, awa.consent_date) == (True, dt.date(2025, 2, 3))


def test_missing_required_columns(tmp_path, session_factory):
    path = _csv(tmp_path, "Nom,Ville\nKeur,Keur\n")
    with pytest.raises(RowsRejectedError, match="Required columns are missing: kind, country"):
        with session_scope(session_factory) as session:
            import_file(session, path, "partners")


def test_exchanges_with_participant_counts(tmp_path, session_factory, seeded):
    path = _csv(
        tmp_path,
        "Titre;Type;Sens;Date de début;Date de fin;Partenaires;Projet;Femmes;Hommes;Participants\n"
        "Mission forage;Mission technique;Départ;12/03/2025;18/03/2025;"
        "Commune de Keur Madické;EAU-SN-01;3;2;6\n"
        "Accueil des jeunes;Échange de jeunes;Accueil;2025-07-01;;Eichenbrunn | Commune de Keur "
        "Madické;;10;12;\n",
    )
    with session_scope(session_factory) as session:
        result = import_file(session, path, "exchanges")
    assert result.created == 2
    with session_scope(session_factory) as session:
        mission = session.scalars(select(Exchange).where(Exchange.title == "Mission forage")).one()
        assert (mission.kind, mission.direction, mission.end_date) == (
            "technical_mission", "outgoing", dt.date(2025, 3, 18),
        )  # fmt: skip
        assert (mission.project_id, mission.source, mission.source_ref) == (
            seeded["project"], "spreadsheet", "in.csv",
        )  # fmt: skip
        counts = {(c.sex, c.count) for c in get_participants(session, mission.id).counts}
        assert counts == {("female", 3), ("male", 2), ("unknown", 1)}


def test_transactions_with_amounts_in_both_notations(tmp_path, session_factory, seeded):
    path = _csv(
        tmp_path,
        "Projet;Nature;Date;Montant;Devise;Tiers;Mandat\n"
        "EAU-SN-01;Dépense;03/02/2025;1 234,50;EUR;Forages SA;M-2025-1\n"
        'EAU-SN-01;Recette;2025-02-04;"1,234.50";;Région;T-2025-1\n'
        "EAU-SN-01;Dépense;05/02/2025;250 000;XOF;Quincaillerie;M-2025-2\n",
    )
    with session_scope(session_factory) as session:
        result = import_file(session, path, "transactions")
    assert result.created == 3
    with session_scope(session_factory) as session:
        rows = session.scalars(select(MoneyTransaction).order_by(MoneyTransaction.date)).all()
        assert [(t.kind, t.amount_minor, t.currency) for t in rows] == [
            ("expense", 123450, "EUR"), ("income", 123450, "EUR"), ("expense", 250000, "XOF"),
        ]  # fmt: skip


def test_kobo_measurements_from_xlsx(tmp_path, session_factory, seeded):
    path = tmp_path / "kobo_export.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["start", "end", "indicator_code", "period", "value", "sexe/femmes",
               "sexe/hommes", "_id", "_uuid", "_submission_time"])  # fmt: skip
    ws.append([dt.datetime(2025, 4, 2, 9), dt.datetime(2025, 4, 2, 9, 20), "EAU-ACC", "2025-Q1",
               1250, 640, 610, 1, "a1", dt.datetime(2025, 4, 2, 10)])  # fmt: skip
    ws.append([None, None, "eau-acc", "T2 2025", 1302.5, "660,5", 642, 2, "a2", None])
    wb.save(path)
    raw = read_table(path)
    with session_scope(session_factory) as session:
        plan = validate(raw, suggest_mapping(raw.headers, "measurements"), "measurements", session)
        assert plan.errors == []
        apply(session, plan)
    with session_scope(session_factory) as session:
        rows = session.scalars(select(Measurement).order_by(Measurement.period_start)).all()
        assert [(m.period_start, m.period_end, m.value) for m in rows] == [
            (dt.date(2025, 1, 1), dt.date(2025, 3, 31), Decimal("1250")),
            (dt.date(2025, 4, 1), dt.date(2025, 6, 30), Decimal("1302.5")),
        ]  # fmt: skip
        assert rows[1].disaggregated == {"sex": {"female": "660.5", "male": "642"}}
    with session_scope(session_factory) as session:  # a corrected file updates the periods
        again = import_file(session, path, "measurements")
    assert (again.created, again.unchanged) == (0, 2)


def test_measurement_rules_are_checked(tmp_path, session_factory, seeded):
    path = _csv(
        tmp_path,
        "indicator_code,period,value,rating,lieu/Keur\n"
        "GOUV,2025,,7,\n"
        "EAU-ACC,2025,10,,4\n"
        "INCONNU,2025,1,,\n"
        "EAU-ACC,bientôt,1,,\n",
    )
    raw = read_table(path)
    mapping = suggest_mapping(raw.headers, "measurements")
    with session_scope(session_factory) as session:
        plan = validate(raw, mapping, "measurements", session)
    reasons = {e.row: e.reason for e in plan.errors}
    assert reasons[2] == "Choose a rating from 1 to 4."
    assert reasons[3] == "This indicator has no such breakdown."
    assert [e.column for e in plan.errors if e.row == 3] == ["lieu/Keur"]
    assert reasons[4] == "No indicator has the code INCONNU."
    assert "is not a period" in reasons[5]


def test_cancel_rolls_everything_back(tmp_path, session_factory, monkeypatch):
    monkeypatch.setattr(import_engine, "CHUNK", 20)
    lines = "".join(f"Partenaire {i};ngo;SN\n" for i in range(60))
    path = _csv(tmp_path, "Nom;Type;Pays\n" + lines)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 40

    with pytest.raises(CancelledError), session_scope(session_factory) as session:
        import_file(session, path, "partners", progress=progress)
    assert calls == [(20, 60), (40, 60)]
    assert _count(session_factory, Organisation) == 0


def test_explicit_mapping_with_a_default_value(tmp_path, session_factory):
    path = _csv(tmp_path, "Structure,Pays\nLycée Diderot,FR\n")
    mapping = ColumnMapping(
        "partners", {"name": "Structure", "country": "Pays"}, {"kind": "school"}
    )
    with session_scope(session_factory) as session:
        result = import_file(session, path, "partners", mapping=mapping)
    assert result.created == 1


def test_preview_of_a_coopdesk_workbook_then_apply(tmp_path, session_factory, seeded, new_db,
                                                   open_factory):  # fmt: skip
    from coopdesk.exchange.full_export import export_database
    from coopdesk.exchange.full_import import plan_file

    path = tmp_path / "export.xlsx"
    with session_scope(session_factory) as session:
        export_database(session, path, "xlsx")
    assert read_table(path).name == "organisations"  # the "about" sheet is skipped
    other = open_factory(new_db("other.coopdb"))
    with session_scope(other) as session:
        plan = plan_file(session, path)
        assert plan.ok and plan.outcomes["created"] == 5  # 2 partners, 1 project, 2 indicators
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0
        result = apply(session, plan)
    assert result.created == 5
    with session_scope(other) as session:
        assert session.get(Organisation, seeded["keur"]) is not None  # ids are kept
