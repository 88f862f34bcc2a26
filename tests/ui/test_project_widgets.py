"""Models and widgets of the projects area: tables, sector and SDG pickers, texts side by side."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.project_list import ProjectRow
from coopdesk.services.project_parts import LinkedPartnershipRow, ParticipatingOrgRow
from coopdesk.services.risks import RiskRow
from coopdesk.ui.models import project_organisation_table_model as org
from coopdesk.ui.models import project_partnership_table_model as par
from coopdesk.ui.models import project_table_model as pro
from coopdesk.ui.models import risk_table_model as rk
from coopdesk.ui.models.row_table_model import (
    ID_ROLE,
    SORT_ROLE,
    Column,
    RowFilterProxyModel,
    RowTableModel,
)
from coopdesk.ui.widgets.multilingual_edit import MultilingualEdit
from coopdesk.ui.widgets.sdg_picker import SdgBadge, SdgPicker, sdg_icon
from coopdesk.ui.widgets.sector_picker import SectorPicker

DISPLAY = Qt.ItemDataRole.DisplayRole


def project_row(code: str, **kw: object) -> ProjectRow:
    values: dict[str, object] = dict(
        id=f"id-{code}",
        code=code,
        title="Accès à l'eau",
        titles={"fr": "Accès à l'eau"},
        status=2,
        theme="water",
        dac_sector="14030",
        sdgs=(6,),
        planned_start=dt.date(2019, 1, 1),
        planned_end=dt.date(2026, 12, 31),
        actual_start=None,
        actual_end=None,
        location_country="SN",
        partner_ids=("a", "b"),
        partner_names=("Agence de l'eau", "Commune de Dioffior"),
        countries=("FR", "SN"),
        years=tuple(range(2019, 2027)),
        exchange_count=1234,
        updated_at=dt.datetime(2024, 5, 2),
    )
    values.update(kw)
    return ProjectRow(**values)  # type: ignore[arg-type]


def test_project_model(qtmodeltester) -> None:
    model = pro.ProjectTableModel(Formatter("fr"))
    qtmodeltester.check(model)
    model.set_rows(
        [project_row("EAU-SN-01"), project_row("P-1", status=1, years=(2024,), theme="x")]
    )
    qtmodeltester.check(model)
    assert model.columnCount() == 8
    first = [model.index(0, c).data(DISPLAY) for c in range(8)]
    assert first == [
        "EAU-SN-01",
        "Accès à l'eau",
        "Implementation",  # the catalog of the tests is English
        "Water and sanitation",
        "Agence de l'eau, Commune de Dioffior",
        "France, Sénégal",
        "2019–2026",
        "1\u202f234",
    ]
    assert model.index(1, pro.YEARS).data(DISPLAY) == "2024"
    assert model.index(1, pro.THEME).data(DISPLAY) == "x"  # an unknown theme shows its key
    assert model.index(0, pro.EXCHANGES).data(SORT_ROLE) == 1234
    assert model.index(0, pro.CODE).data(ID_ROLE) == "id-EAU-SN-01"
    assert pro.year_span(()) == ""


def test_project_organisation_model(qtmodeltester) -> None:
    model = org.ProjectOrganisationTableModel("en")
    qtmodeltester.check(model)
    row = ParticipatingOrgRow("o1", "ONG Jappo", "Jappo", "ngo", "SN", (4, 3))
    model.set_rows([org.ParticipantLine(row)])
    qtmodeltester.check(model)
    assert [model.index(0, c).data(DISPLAY) for c in range(4)] == [
        "ONG Jappo",
        "NGO",
        "Senegal",
        "Extending, Implementing",
    ]
    assert model.index(0, 0).data(ID_ROLE) == "o1"


def test_project_partnership_model(qtmodeltester) -> None:
    model = par.ProjectPartnershipTableModel(Formatter("en"))
    qtmodeltester.check(model)
    row = LinkedPartnershipRow(
        "p1",
        "o1",
        "Commune",
        "cooperation_convention",
        {"fr": "Convention"},
        "active",
        dt.date(2015, 11, 20),
    )
    model.set_rows([row])
    qtmodeltester.check(model)
    assert [model.index(0, c).data(DISPLAY) for c in range(5)] == [
        "Convention",
        "Commune",
        "Decentralised cooperation convention",
        "Active",
        "20/11/2015",
    ]


def risk_row(description: str, likelihood: int, impact: int) -> RiskRow:
    return RiskRow(
        f"id-{description}", "p", description, likelihood, impact, likelihood * impact, "", ""
    )


def test_risk_model_and_its_colour_cue(qtmodeltester) -> None:
    model = rk.RiskTableModel()
    qtmodeltester.check(model)
    model.set_rows([risk_row("a", 1, 2), risk_row("b", 2, 2), risk_row("c", 3, 2)])
    qtmodeltester.check(model)
    assert [model.index(r, rk.SCORE).data(DISPLAY) for r in range(3)] == [
        "2 — Low",
        "4 — Medium",
        "6 — High",
    ]
    colours = [model.index(r, rk.SCORE).data(Qt.ItemDataRole.DecorationRole) for r in range(3)]
    assert colours == [QColor("#2e7d32"), QColor("#ef8f00"), QColor("#c62828")]
    assert model.index(0, rk.DESCRIPTION).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(2, rk.LIKELIHOOD).data(DISPLAY) == "High"


@dataclass(frozen=True)
class Pair:
    id: str
    key: tuple[int, int]


def test_tuple_sort_values_sort_in_order() -> None:
    """Qt cannot compare Python tuples: the model turns them into ranks."""
    model: RowTableModel[Pair] = RowTableModel(
        [Column("c", "h", lambda r: str(r.key), sort=lambda r: r.key)]
    )
    model.set_rows([Pair(str(i), (i % 3, -i)) for i in range(9)])
    proxy = RowFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    keys = [proxy.index(r, 0).data() for r in range(9)]
    assert keys == [str(k) for k in sorted((i % 3, -i) for i in range(9))]


def test_sector_picker_searches_codes_and_words(qtbot) -> None:
    picker = SectorPicker("en")
    qtbot.addWidget(picker)
    picker.show()
    assert picker.summary.text() == "No DAC sector"
    assert not picker.list.isVisible()
    picker.expert_check.setChecked(True)
    assert picker.list.isVisible() and picker.focusWidget() is picker.search
    qtbot.keyClicks(picker.search, "1403")
    shown = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert [text[:5] for text in shown] == ["14030", "14031", "14032"]
    picker.search.clear()
    qtbot.keyClicks(picker.search, "drinking basic")
    with qtbot.waitSignal(picker.code_changed) as blocker:
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert blocker.args == ["14030"]
    assert picker.summary.text() == "14030 — Basic drinking water supply and basic sanitation"
    picker.set_code("23210")
    assert picker.code() == "23210"
    picker.search.clear()
    assert picker.list.currentItem().text().startswith("23210")


def test_sdg_picker_ticks_with_space_and_shows_colours(qtbot) -> None:
    picker = SdgPicker("en")
    qtbot.addWidget(picker)
    picker.show()
    assert picker.count() == 17
    assert picker.item_for(6).text() == "Clean water and sanitation"
    assert picker.item_for(6).toolTip().startswith("Goal 6.")
    picker.setFocus()
    picker.setCurrentRow(12)
    with qtbot.waitSignal(picker.selection_changed):
        qtbot.keyClick(picker, Qt.Key.Key_Space)
    assert picker.selected() == (13,)
    picker.set_selected([17, 1])
    assert picker.selected() == (1, 17)
    pixel = sdg_icon(6).pixmap(20, 20).toImage().pixelColor(1, 1)
    assert pixel == QColor("#26BDE2")
    badge = SdgBadge(6, "en")
    qtbot.addWidget(badge)
    assert badge.text() == "6 Clean water and sanitation"
    assert badge.colour() == "#26BDE2"


def test_multilingual_texts_side_by_side(qtbot) -> None:
    title = MultilingualEdit("en", ("fr",), side_by_side=True)
    summary = MultilingualEdit(
        "en", ("fr",), multiline=True, side_by_side=True, editable_languages=False, headers=False
    )
    for widget in (title, summary):
        qtbot.addWidget(widget)
    title.languages_changed.connect(lambda: summary.set_languages(title.languages()))
    title.ensure_languages(["wo", "en"])
    assert summary.languages() == ["fr", "wo", "en"]
    assert isinstance(summary.editor("wo"), QPlainTextEdit)
    assert summary.line_edit("wo") is None
    assert summary.editor("wo").placeholderText() == "Wolof"
    assert isinstance(title.line_edit("en"), QLineEdit)
    assert summary.findChild(QWidget, "remove_wo") is None  # languages follow the title
    summary.editor("wo").setPlainText("Ndox\nmu set")
    summary.editor("en").setPlainText("  ")
    assert summary.value() == {"wo": "Ndox\nmu set"}
    title.remove_language("wo")
    assert summary.languages() == ["fr", "en"]
    assert summary.value() == {}
    summary.set_languages(["de"])
    assert summary.languages() == ["fr", "de"]
    # Tab goes through the texts in order, then to "Another language…".
    title.ensure_languages(["de"])
    first = title.editor("fr")
    assert first.nextInFocusChain() is title.editor("en")
