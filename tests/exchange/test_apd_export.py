"""The yearly APD declaration: eligible spending by country, sector and channel, to the cent."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from coopdesk.cli_exports import run_export_apd
from coopdesk.domain.money import Money
from coopdesk.exchange.apd_countries import ODA_RECIPIENTS, is_oda_recipient
from coopdesk.exchange.apd_data import ApdError, apd_declaration
from coopdesk.exchange.apd_export import export_apd
from coopdesk.services.budget_summary import project_summary
from coopdesk.services.transactions import TransactionData, create_transaction
from coopdesk.store.db import session_scope
from coopdesk.store.models import FundingSource, Municipality, Project

YEAR = 2025  # the demo's "last year" (its today is 2026-03-15)


@pytest.fixture
def demo_copy(demo_db, tmp_path) -> Path:
    path = tmp_path / "demo.coopdb"
    shutil.copyfile(demo_db, path)
    return path


def _cents(value: object) -> int:
    """An amount cell read back (a number) in euro cents, exactly."""
    return int(Decimal(str(value)) * 100)


def _rows(ws) -> list[tuple]:
    return [row for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)]


def test_eligible_countries_follow_the_dac_list():
    assert is_oda_recipient("SN") and is_oda_recipient("BR") and is_oda_recipient("sn")
    for country in ("DE", "IT", "FR", "CH", ""):
        assert not is_oda_recipient(country)
    assert len(ODA_RECIPIENTS) > 130


def test_last_year_declares_senegal_and_brazil_to_the_cent(demo_db, open_factory, tmp_path):
    out = tmp_path / "apd.xlsx"
    with session_scope(open_factory(demo_db)) as session:
        dec = export_apd(session, YEAR, out)
        expected = {}
        for row in dec.rows:
            years = project_summary(session, row.project_id).years
            expected[row.code] = next(y.spent for y in years if y.year == YEAR)
    assert [r.code for r in dec.rows] == ["DECH-BR-01", "EAU-SN-01"]
    assert {r.code: r.spent_eur for r in dec.rows} == expected
    assert dec.total_eur.minor == sum(m.minor for m in expected.values()) > 0
    assert {b.key: b.spent_eur for b in dec.by_country} == {
        "BR": expected["DECH-BR-01"], "SN": expected["EAU-SN-01"]
    }
    assert {b.key for b in dec.by_sector} == {"14050", "14030"}
    assert [item.code for item in dec.left_out] == ["JEU-DE-01"]  # twinning: not APD

    wb = load_workbook(out)
    declaration, breakdown = wb.worksheets
    rows = _rows(declaration)
    assert rows[1][1] == "Sainte-Aurèle-sur-Loire" and rows[2][1] == "45347"
    assert rows[3][1] == YEAR
    header = next(i for i, r in enumerate(rows) if r[0] == "Project code")
    spend_col = rows[header].index("Eligible spending (EUR)")
    by_code = {r[0]: r for r in rows[header + 1 : header + 3]}
    assert set(by_code) == {"DECH-BR-01", "EAU-SN-01"}
    for code, row in by_code.items():
        assert _cents(row[spend_col]) == expected[code].minor
        assert row[2] == {"DECH-BR-01": "BR", "EAU-SN-01": "SN"}[code]
    total = rows[header + 3]
    assert total[0] == "Total" and _cents(total[spend_col]) == dec.total_eur.minor
    assert any("JEU-DE-01" in str(r[0]) for r in rows[header + 4 :])
    assert not any(r[0] == "JEU-DE-01" for r in rows)
    sheet2 = _rows(breakdown)
    countries = {r[0]: _cents(r[3]) for r in sheet2[2:4]}
    assert countries == {"SN": expected["EAU-SN-01"].minor, "BR": expected["DECH-BR-01"].minor}
    assert sheet2[4][0] == "Total" and _cents(sheet2[4][3]) == dec.total_eur.minor
    sectors = {r[0] for r in sheet2 if r[0] in ("14030", "14050")}
    assert sectors == {"14030", "14050"}


def test_declaration_fields_markers_channel_partners(demo_db, open_factory):
    with session_scope(open_factory(demo_db)) as session:
        dec = apd_declaration(session, YEAR)
    water, waste = (next(r for r in dec.rows if r.code == c) for c in ("EAU-SN-01", "DECH-BR-01"))
    assert water.markers == {"gender": 1, "environment": 1, "biodiversity": 0, "nutrition": 1}
    assert waste.markers == {"gender": 1, "environment": 2, "biodiversity": 1, "nutrition": 0}
    assert (water.channel, waste.channel) == ("direct", "multilateral")
    assert water.partner_authorities == ("Commune de Keur Madické",)
    assert water.description.startswith("Réalisation de deux forages")
    assert water.theme == "Water and sanitation"
    names = {c.name for c in water.cofinancers}
    assert any("DAECT" in n for n in names) and all(c.kind != "own_budget"
                                                    for c in water.cofinancers)
    assert water.cofinancing_eur.minor == sum(c.committed_eur.minor for c in water.cofinancers)


def test_rounding_is_the_budget_summarys_own(demo_copy, open_factory):
    """Odd amounts in francs CFA and reais: each converted once, half to even."""
    factory = open_factory(demo_copy)
    with session_scope(factory) as session:
        project = session.scalars(select(Project).where(Project.code == "EAU-SN-01")).one()
        project_id = project.id
        for amount, currency, rate in ((1_001, "XOF", None), (333, "XOF", None),
                                       (12_345, "BRL", Decimal("6.3157"))):
            create_transaction(session, project_id, TransactionData(
                kind="expense", date=dt.date(YEAR, 6, 1), amount=Money(amount, currency),
                rate_to_eur=rate, rate_date=dt.date(YEAR, 6, 1) if rate else None,
            ))
    with session_scope(factory) as session:
        dec = apd_declaration(session, YEAR)
        spent = next(y.spent for y in project_summary(session, project_id).years
                     if y.year == YEAR)
    assert next(r.spent_eur for r in dec.rows if r.code == "EAU-SN-01") == spent


def test_user_text_cannot_become_a_formula(demo_copy, open_factory, tmp_path):
    factory = open_factory(demo_copy)
    with session_scope(factory) as session:
        session.execute(update(Project).where(Project.code == "EAU-SN-01").values(
            summary={"fr": '=HYPERLINK("http://evil.example","clic")'},
            title={"fr": "@SUM(1+1)"},
        ))
        session.execute(update(FundingSource).values(label="+cmd|' /C calc'!A0"))
    out = tmp_path / "apd.xlsx"
    with session_scope(factory) as session:
        export_apd(session, YEAR, out)
    ws = load_workbook(out).worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert cells and all(c.data_type == "s" for c in cells)
    assert not any(c.value.startswith(("=", "+", "@", "-")) for c in cells)
    texts = {c.value for c in cells}
    assert "'=HYPERLINK(\"http://evil.example\",\"clic\")" in texts
    assert "'@SUM(1+1)" in texts
    assert any(t.startswith("'+cmd") for t in texts)


def test_refusals_write_nothing(demo_copy, open_factory, tmp_path):
    factory = open_factory(demo_copy)
    out = tmp_path / "apd.xlsx"
    with session_scope(factory) as session, pytest.raises(ApdError, match="year"):
        export_apd(session, 12, out)
    with session_scope(factory) as session:
        session.execute(Municipality.__table__.delete())
    with session_scope(factory) as session, pytest.raises(ApdError, match="settings"):
        export_apd(session, YEAR, out)
    assert not out.exists()


def test_a_year_without_spending_is_an_empty_declaration(demo_db, open_factory, tmp_path):
    out = tmp_path / "apd.xlsx"
    with session_scope(open_factory(demo_db)) as session:
        dec = export_apd(session, 1990, out)
    assert dec.rows == () and dec.total_eur.minor == 0
    rows = _rows(load_workbook(out).worksheets[0])
    assert any(r[0] == "Total" for r in rows)


def test_cli_prints_one_line(demo_copy, tmp_path, capsys):
    out = tmp_path / "apd.xlsx"
    assert run_export_apd(demo_copy, out, YEAR) == 0
    printed = capsys.readouterr().out
    assert "2 project(s)" in printed and str(out) in printed
    assert run_export_apd(demo_copy, tmp_path / "x.xlsx", 99_999) == 1
    err = capsys.readouterr().err
    assert err.startswith("coopdesk: ") and err.count("\n") == 1
    assert not (tmp_path / "x.xlsx").exists()
