"""IATI 2.03 export: valid against the official schema every time, or no file at all."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select, update

from coopdesk.cli_exports import run_export_iati
from coopdesk.domain.money import minor_exponent
from coopdesk.exchange import iati_export
from coopdesk.exchange.iati_codelists import codes, unknown_codes
from coopdesk.exchange.iati_export import (
    REPORTING_REF_KEY,
    IatiExportError,
    build_document,
    export_iati,
    validate_document,
)
from coopdesk.exchange.iati_validate import safe_parser, validate_file
from coopdesk.services.budget_conversion import eur_cents
from coopdesk.store.db import session_scope
from coopdesk.store.models import (
    AppSetting,
    BudgetLine,
    MoneyTransaction,
    Municipality,
    Project,
)

WHEN = dt.datetime(2026, 3, 15, 9, 30, tzinfo=dt.UTC)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture
def demo_copy(demo_db, tmp_path) -> Path:
    path = tmp_path / "demo.coopdb"
    shutil.copyfile(demo_db, path)
    return path


@pytest.fixture(scope="module")
def exported(demo_db, tmp_path_factory) -> etree._Element:
    """The demo database's IATI file, parsed (exported once for the module)."""
    from coopdesk.store.db import make_session_factory
    from coopdesk.store.lifecycle import open_database

    out = tmp_path_factory.mktemp("iati") / "demo.xml"
    result = open_database(demo_db)
    try:
        with session_scope(make_session_factory(result.engine)) as session:
            summary = export_iati(session, out, generated_at=WHEN)
    finally:
        result.engine.dispose()
    assert summary.activities == 5 and summary.transactions > 1000
    assert validate_file(out) == []
    return etree.parse(str(out), safe_parser()).getroot()


def _activity(root: etree._Element, code: str) -> etree._Element:
    found = [a for a in root.iter("iati-activity")
             if a.findtext("iati-identifier").endswith("-" + code)]
    assert len(found) == 1
    return found[0]


def test_the_demo_export_validates_against_the_official_schema(exported):
    assert exported.tag == "iati-activities"
    assert exported.get("version") == "2.03"
    assert exported.get("generated-datetime") == "2026-03-15T09:30:00Z"
    for activity in exported.iter("iati-activity"):
        ref = activity.find("reporting-org").get("ref")
        assert ref == "FR-INSEE-45347"
        assert activity.find("reporting-org").get("type") == "11"  # local government
        assert activity.findtext("iati-identifier").startswith(ref + "-")
        assert activity.get("default-currency") == "EUR"
        assert activity.get(XML_LANG) == "fr"


def test_every_code_comes_from_the_shipped_codelists(exported):
    assert list(unknown_codes(exported)) == []
    sectors = [s.get("code") for s in exported.iter("sector") if s.get("vocabulary") == "1"]
    statuses = [s.get("code") for s in exported.iter("activity-status")]
    roles = [p.get("role") for p in exported.iter("participating-org")]
    currencies = [e.get("currency") for e in exported.iter() if e.get("currency")]
    assert sectors and statuses and roles and currencies
    assert set(sectors) <= codes("Sector")
    assert set(statuses) <= codes("ActivityStatus")
    assert set(roles) <= codes("OrganisationRole")
    assert set(currencies) <= codes("Currency")
    assert {"EUR", "XOF", "BRL"} <= set(currencies)


def test_titles_and_descriptions_are_multilingual(exported):
    water = _activity(exported, "EAU-SN-01")
    narratives = water.find("title").findall("narrative")
    assert narratives[0].get(XML_LANG) is None  # French, the default language, first
    assert "eau potable" in narratives[0].text
    assert {n.get(XML_LANG) for n in narratives[1:]} == {"wo"}
    general, objectives = water.findall("description")
    assert general.get("type") == "1" and objectives.get("type") == "2"
    assert {n.get(XML_LANG) for n in general.findall("narrative")} == {None, "en"}
    waste = _activity(exported, "DECH-BR-01")
    assert "pt" in {n.get(XML_LANG) for n in waste.find("title").findall("narrative")}


def test_classification_dates_and_organisations(exported):
    water = _activity(exported, "EAU-SN-01")
    assert water.find("activity-status").get("code") == "2"
    dates = {d.get("type"): d.get("iso-date") for d in water.findall("activity-date")}
    assert set(dates) == {"1", "2", "3"}  # no actual end: still running
    assert water.find("recipient-country").get("code") == "SN"
    sector = water.find("sector")
    assert (sector.get("vocabulary"), sector.get("code")) == ("1", "14030")
    tags = {t.get("code") for t in water.findall("tag") if t.get("vocabulary") == "2"}
    assert tags == {"3", "5", "6"}
    assert water.find("collaboration-type").get("code") == "1"
    orgs = {(p.findtext("narrative"), p.get("role"), p.get("type"))
            for p in water.findall("participating-org")}
    assert ("Sainte-Aurèle-sur-Loire", "1", "11") in orgs  # own budget: we fund it
    assert ("ONG Jappo Développement", "4", "24") in orgs  # NGO of the partner country
    assert ("Agence de l'eau Loire-Bretagne", "1", "10") in orgs


def test_budgets_are_yearly_and_in_euros(exported, demo_db, open_factory):
    water = _activity(exported, "EAU-SN-01")
    budgets = {}
    for budget in water.findall("budget"):
        start = budget.find("period-start").get("iso-date")
        end = budget.find("period-end").get("iso-date")
        assert start[:4] == end[:4] and start.endswith("-01-01") and end.endswith("-12-31")
        value = budget.find("value")
        assert value.get("currency") == "EUR" and value.get("value-date") == start
        budgets[int(start[:4])] = int(Decimal(value.text) * 100)
    with session_scope(open_factory(demo_db)) as session:
        pid = session.scalar(select(Project.id).where(Project.code == "EAU-SN-01"))
        expected: dict[int, int] = defaultdict(int)
        for year, minor, currency in session.execute(
            select(BudgetLine.year, BudgetLine.planned_minor, BudgetLine.currency)
            .where(BudgetLine.project_id == pid)
        ):
            expected[year] += eur_cents(minor, currency)
    assert budgets == dict(expected)


def test_transactions_keep_their_own_currency_and_types(exported, demo_db, open_factory):
    water = _activity(exported, "EAU-SN-01")
    sums: dict[tuple[str, str], int] = defaultdict(int)
    types = defaultdict(int)
    for tx in water.findall("transaction"):
        code = tx.find("transaction-type").get("code")
        value = tx.find("value")
        currency = value.get("currency")
        minor = int(Decimal(value.text).scaleb(minor_exponent(currency)))
        kind = {"1": "income", "2": "commitment", "3": "expense", "4": "expense"}[code]
        sums[(kind, currency)] += minor
        types[code] += 1
        assert value.get("value-date")
        if code == "3":  # paid to a participating organisation
            assert tx.find("receiver-org").get("type") == "24"
        if code == "1":
            assert tx.find("provider-org").findtext("narrative")
    assert set(types) == {"1", "2", "3", "4"}
    with session_scope(open_factory(demo_db)) as session:
        pid = session.scalar(select(Project.id).where(Project.code == "EAU-SN-01"))
        expected: dict[tuple[str, str], int] = defaultdict(int)
        for kind, currency, minor in session.execute(
            select(MoneyTransaction.kind, MoneyTransaction.currency,
                   MoneyTransaction.amount_minor).where(MoneyTransaction.project_id == pid)
        ):
            expected[(kind, currency)] += minor
    assert sums == dict(expected)


def test_results_carry_baselines_targets_and_actuals(exported):
    water = _activity(exported, "EAU-SN-01")
    result = water.find("result")
    assert result.get("type") == "2"
    indicators = result.findall("indicator")
    assert len(indicators) == 6
    measures = {i.find("title").findtext("narrative"): i.get("measure") for i in indicators}
    assert measures["Taux de panne des bornes-fontaines"] == "2"  # percentage
    assert measures["Population ayant accès à l'eau potable"] == "1"  # unit
    assert measures["Satisfaction des usagers du service de l'eau"] == "4"  # rated scale
    population = next(i for i in indicators
                      if i.find("title").findtext("narrative").startswith("Population"))
    assert population.find("baseline").get("value") == "3200"
    periods = population.findall("period")
    assert any(p.find("target") is not None and p.find("actual") is not None for p in periods)
    dims = {d.get("name") for d in population.iter("dimension")}
    assert {"sex", "place"} <= dims
    breakdown = next(i for i in indicators if i.get("ascending") == "false")
    assert breakdown.find("title").findtext("narrative").startswith("Taux de panne")


def test_a_bad_code_fails_clearly_and_writes_nothing(demo_copy, open_factory, tmp_path):
    factory = open_factory(demo_copy)
    with session_scope(factory) as session:
        session.execute(update(Project).where(Project.code == "EAU-SN-01")
                        .values(dac_sector="99999"))
    out = tmp_path / "iati.xml"
    with session_scope(factory) as session, pytest.raises(IatiExportError) as caught:
        export_iati(session, out)
    message = str(caught.value)
    assert "EAU-SN-01" in message and "99999" in message and "\n" not in message
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".iati*")) == []


def test_a_failed_export_leaves_the_previous_file(demo_copy, open_factory, tmp_path):
    factory = open_factory(demo_copy)
    out = tmp_path / "iati.xml"
    out.write_text("previous")
    with session_scope(factory) as session:
        session.execute(update(Project).where(Project.code == "DECH-BR-01")
                        .values(location_country="ZZ", status=9))
    with session_scope(factory) as session, pytest.raises(IatiExportError) as caught:
        export_iati(session, out)
    assert "ZZ" in str(caught.value) and "status 9" in str(caught.value)
    assert out.read_text() == "previous"


def test_a_schema_violation_is_refused_before_writing(demo_copy, open_factory, tmp_path,
                                                      monkeypatch):
    """Whatever slips past the code checks, the schema catches it: no file is written."""
    monkeypatch.setattr(iati_export, "activity_dates", lambda out, depth, project: None)
    out = tmp_path / "iati.xml"
    with session_scope(open_factory(demo_copy)) as session, pytest.raises(
        IatiExportError
    ) as caught:
        export_iati(session, out)
    assert "activity-date" in str(caught.value)
    assert "BIB-SN-01" in str(caught.value)  # the first activity, named by its project
    assert not out.exists()


def test_user_text_is_escaped_and_cleaned(demo_copy, open_factory, tmp_path):
    factory = open_factory(demo_copy)
    title = {"fr": 'Eau & <b>"assainissement"</b>\x01 ]]>', "pt-BR": "Água", "xx-Fake": "?"}
    with session_scope(factory) as session:
        session.execute(update(Project).where(Project.code == "EAU-SN-01")
                        .values(title=title))
    out = tmp_path / "iati.xml"
    with session_scope(factory) as session:
        summary = export_iati(session, out)
    assert validate_file(out) == []
    assert summary.dropped_languages == ("xx-Fake",)  # not an ISO 639-1 language
    root = etree.parse(str(out), safe_parser()).getroot()
    narratives = _activity(root, "EAU-SN-01").find("title").findall("narrative")
    assert narratives[0].text == 'Eau & <b>"assainissement"</b> ]]>'
    assert (narratives[1].get(XML_LANG), narratives[1].text) == ("pt", "Água")


def test_the_reporting_identifier_comes_from_the_settings(demo_copy, open_factory, tmp_path):
    factory = open_factory(demo_copy)
    with session_scope(factory) as session:
        session.add(AppSetting(key=REPORTING_REF_KEY, value={"value": "XI-IATI-EXAMPLE"}))
    with session_scope(factory) as session:
        document = build_document(session, generated_at=WHEN)
    validate_document(document)
    root = etree.fromstring(document.data, safe_parser())
    for activity in root.iter("iati-activity"):
        assert activity.findtext("iati-identifier").startswith("XI-IATI-EXAMPLE-")
    with session_scope(factory) as session:
        session.get(AppSetting, REPORTING_REF_KEY).value = {"value": ""}
        session.execute(update(Municipality).values(insee_code=""))
    with session_scope(factory) as session, pytest.raises(IatiExportError, match="INSEE"):
        export_iati(session, tmp_path / "x.xml")


def test_pieces_validated_apart_make_the_whole_document(demo_copy, open_factory, monkeypatch):
    monkeypatch.setattr(iati_export, "PIECE_PARTS", 1)  # one activity per piece
    seen: list[tuple[str, ...]] = []
    with session_scope(open_factory(demo_copy)) as session:
        document = build_document(
            session, generated_at=WHEN, on_piece=lambda data, names: seen.append(tuple(names))
        )
    assert seen == [(code,) for code in document.project_codes] and len(seen) == 5
    validate_document(document)


def test_the_validating_parser_never_resolves_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    evil = tmp_path / "evil.xml"
    evil.write_text(
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<iati-activities version="2.03"><iati-activity>&x;</iati-activity>'
        "</iati-activities>"
    )
    problems = validate_file(evil)
    assert problems and not any("TOP SECRET" in p for p in problems)


def test_cli_writes_the_file_or_prints_one_line(demo_copy, open_factory, tmp_path, capsys):
    out = tmp_path / "iati.xml"
    assert run_export_iati(demo_copy, out) == 0
    assert "5 activities" in capsys.readouterr().out
    assert validate_file(out) == []
    with session_scope(open_factory(demo_copy)) as session:
        session.execute(update(Project).where(Project.code == "EAU-SN-01")
                        .values(dac_sector="ABC"))
    bad = tmp_path / "bad.xml"
    assert run_export_iati(demo_copy, bad) == 1
    err = capsys.readouterr().err
    assert err.startswith("coopdesk: ") and err.count("\n") == 1 and "ABC" in err
    assert not bad.exists()
    assert run_export_iati(tmp_path / "missing.coopdb", bad) == 1
    assert capsys.readouterr().err.count("\n") == 1
