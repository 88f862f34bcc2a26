"""The exchange, participant and visit models pass Qt's model tester; roles hold DTO values."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.exchange_list import ExchangeRow
from coopdesk.services.participants import ParticipantStats, PersonData
from coopdesk.services.volunteer import VisitRow
from coopdesk.ui.models import exchange_table_model as ex
from coopdesk.ui.models import participant_table_model as ptm
from coopdesk.ui.models import visit_table_model as vis
from coopdesk.ui.models.participant_stats_model import ParticipantStatsModel
from coopdesk.ui.models.row_table_model import ID_ROLE, SORT_ROLE

DISPLAY = Qt.ItemDataRole.DisplayRole
CHECK = Qt.ItemDataRole.CheckStateRole
EDIT = Qt.ItemDataRole.EditRole


def exchange_row(title: str, start: dt.date, **kw: object) -> ExchangeRow:
    values: dict[str, object] = dict(
        id=f"id-{title}",
        kind="school_exchange",
        direction="incoming",
        title=title,
        start_date=start,
        end_date=start + dt.timedelta(days=3),
        year=start.year,
        place="Sainte-Aurèle",
        country="FR",
        partner_ids=("p1", "p2"),
        partner_names=("Collège Jean-Moulin", "Stadt Eichenbrunn"),
        project_id="pr1",
        project_code="JEU-DE-01",
        listed_count=23,
        counted_count=1200,
        participant_total=1223,
        minor_count=20,
        document_count=0,
        logged_by="",
        source="typed",
        search_text=title.casefold(),
    )
    values.update(kw)
    return ExchangeRow(**values)  # type: ignore[arg-type]


def test_exchange_model(qtmodeltester) -> None:
    model = ex.ExchangeTableModel(Formatter("fr"))
    qtmodeltester.check(model)
    model.set_rows(
        [
            exchange_row("Accueil d'élèves", dt.date(2024, 5, 21)),
            exchange_row("Visio", dt.date(2024, 2, 1), kind="remote_meeting", project_code=""),
        ]
    )
    qtmodeltester.check(model)
    assert model.columnCount() == 7
    first = [model.index(0, c).data(DISPLAY) for c in range(7)]
    assert first == [
        "21/05/2024",
        "School exchange",
        "Incoming",
        "Accueil d'élèves",
        "Collège Jean-Moulin, Stadt Eichenbrunn",
        "JEU-DE-01",
        "1\u202f223",
    ]
    assert model.index(0, ex.START).data(SORT_ROLE) == "2024-05-21 2024-05-24"
    assert model.index(0, ex.PARTICIPANTS).data(SORT_ROLE) == 1223
    assert model.index(1, ex.KIND).data(DISPLAY) == "Remote meeting"
    assert model.index(1, 0).data(ID_ROLE) == "id-Visio"
    assert model.headerData(ex.START, Qt.Orientation.Horizontal) == "Start date"


def test_person_model_rules(qtmodeltester) -> None:
    model = ptm.PersonTableModel(Formatter("en"))
    qtmodeltester.check(model)
    model.set_organisations({"o1": "École de Dioffior"})
    model.set_persons([PersonData(last_name="Sarr", first_name="Moussa", organisation_id="o1")])
    row = model.add_person()
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 9
    assert model.index(0, ptm.ORGANISATION).data() == "École de Dioffior"
    assert model.index(0, ptm.AGE).data() == "26 to 64 years"
    assert model.index(0, ptm.AGE).data(EDIT) == "26-64"
    # A minor's age group ticks "Minor"; an adult's unticks it.
    assert model.setData(model.index(row, ptm.AGE), "0-11")
    assert model.index(row, ptm.MINOR).data(CHECK) == Qt.CheckState.Checked
    model.setData(model.index(row, ptm.AGE), "18-25")
    assert model.index(row, ptm.MINOR).data(CHECK) == Qt.CheckState.Unchecked
    # Consent ticked: dated today; unticked: the date goes too.
    model.setData(model.index(row, ptm.CONSENT), Qt.CheckState.Checked.value, CHECK)
    assert model.persons()[row].consent_date == dt.date.today()
    model.setData(model.index(row, ptm.CONSENT), Qt.CheckState.Unchecked, CHECK)
    assert model.persons()[row].consent_given is False
    assert model.persons()[row].consent_date is None
    # A consent date means consent was given.
    model.setData(model.index(row, ptm.CONSENT_DATE), dt.date(2025, 1, 9))
    assert model.persons()[row].consent_given is True
    assert model.index(row, ptm.CONSENT_DATE).data() == "09/01/2025"
    assert not model.setData(model.index(row, ptm.MINOR), True, EDIT)  # check boxes only
    model.set_errors({(row, ptm.FIRST): "Enter a name."})
    assert model.index(row, ptm.FIRST).data(Qt.ItemDataRole.ToolTipRole) == "Enter a name."
    assert model.index(row, ptm.FIRST).data(Qt.ItemDataRole.BackgroundRole) is not None
    qtmodeltester.check(model)
    model.remove_person(0)
    assert [p.last_name for p in model.persons()] == [""]


def test_anonymised_names_cannot_be_typed_again() -> None:
    model = ptm.PersonTableModel(Formatter("en"))
    model.set_persons([PersonData(anonymised=True, age_group="12-17", is_minor=True)])
    assert not model.flags(model.index(0, ptm.LAST)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, ptm.ROLE)) & Qt.ItemFlag.ItemIsEditable


def test_stats_model(qtmodeltester) -> None:
    model = ParticipantStatsModel(Formatter("en"))
    qtmodeltester.check(model)
    stats = ParticipantStats(
        exchange_count=1,
        listed=3,
        counted=40,
        total=43,
        minors=3,
        by_sex={"female": 22, "male": 21, "other": 0, "unknown": 0},
        by_age_group={"0-11": 0, "12-17": 3, "18-25": 0, "26-64": 40, "65+": 0, "unknown": 0},
        by_sex_and_age={("female", "12-17"): 2, ("male", "12-17"): 1, ("female", "26-64"): 20,
                        ("male", "26-64"): 20},
    )  # fmt: skip
    model.set_stats(stats)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (7, 5)
    assert model.headerData(1, Qt.Orientation.Vertical) == "12 to 17 years"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Total"
    assert [model.index(1, c).data() for c in range(5)] == ["2", "1", "–", "–", "3"]
    assert [model.index(6, c).data() for c in range(5)] == ["22", "21", "–", "–", "43"]


def test_visit_model(qtmodeltester) -> None:
    model = vis.VisitTableModel(Formatter("en"))
    qtmodeltester.check(model)
    row = VisitRow(
        id="v1",
        date=dt.date(2025, 6, 3),
        kind="volunteer_visit",
        direction="outgoing",
        title="Volunteer visit — Commune de Dioffior",
        partner_ids=("p1",),
        partner_names=("Commune de Dioffior",),
        participant_count=4,
        note="Jardin partagé\nSuite en septembre",
        photo_count=2,
    )
    model.set_rows([row])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(7)] == [
        "03/06/2025",
        "Volunteer visit",
        "Outgoing",
        "Commune de Dioffior",
        "4",
        "Jardin partagé",
        "2",
    ]
