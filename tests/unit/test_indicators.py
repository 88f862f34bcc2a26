from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from coopdesk.i18n import set_language
from coopdesk.services.attachments import add_attachment
from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.indicator_list import (
    IndicatorFilter,
    indicator_series,
    list_indicators,
    progress_by_indicator,
)
from coopdesk.services.indicators import (
    IndicatorData,
    TargetData,
    create_indicator,
    delete_confirmation,
    delete_indicator,
    get_indicator,
    restore_indicator,
    update_indicator,
    validate_indicator,
)
from coopdesk.services.measurements import MeasurementData, create_measurement, list_measurements
from coopdesk.services.number_input import parse_number
from coopdesk.services.progress import IndicatorStatus
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.store.db import session_scope
from coopdesk.store.models import AuditEntry, IndicatorTarget, Measurement, MeasurementEvidence

D = Decimal
WATER = IndicatorData(
    code="EAU-POP",
    name={"fr": "Population ayant accès à l'eau potable", "en": "Population with safe water"},
    definition={"fr": "Personnes à moins de 500 m d'un point d'eau."},
    unit="personnes",
    baseline_value=D(3200),
    baseline_date=dt.date(2024, 1, 1),
    target_value=D(11500),
    target_date=dt.date(2026, 12, 31),
    frequency="annual",
    data_source="Recensement",
    disaggregations=("place", "sex"),
    targets=(TargetData(dt.date(2025, 1, 1), dt.date(2025, 12, 31), D(7000)),),
)
SATISFACTION = IndicatorData(
    code="EAU-SAT", name={"fr": "Satisfaction des usagers"}, kind="qualitative",
    baseline_value=D(2), baseline_date=dt.date(2024, 1, 1), target_value=D(4),
    target_date=dt.date(2026, 12, 31), rating_scale_max=5,
)


def _project(s, code: str = "SN-EAU-2024") -> str:
    return create_project(
        s,
        ProjectData(code=code, title={"fr": "Forages"}, planned_start=dt.date(2024, 1, 1),
                    planned_end=dt.date(2026, 12, 31)),
    )


@pytest.fixture
def project_id(session_factory) -> str:
    with session_scope(session_factory) as s:
        return _project(s)


def _errors(data: IndicatorData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_indicator(data)
    return {e.field: e.message for e in info.value.errors}


def test_create_get_update_round_trip(session_factory, project_id):
    with session_scope(session_factory) as s:
        ind = create_indicator(s, project_id, replace(WATER, code=" EAU-POP ", disaggregations=(
            "sex", "place", "sex")))
    with session_scope(session_factory) as s:
        data = get_indicator(s, ind)
        # Breakdowns are kept in display order without duplicates.
        assert data == replace(WATER, disaggregations=("sex", "place"))
        plan = (
            TargetData(dt.date(2025, 1, 1), dt.date(2025, 12, 31), D(7500)),
            TargetData(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "4,000"),
        )
        update_indicator(s, ind, replace(data, targets=plan, unit="habitants"))
    with session_scope(session_factory) as s:
        data = get_indicator(s, ind)
        assert data.unit == "habitants"
        years = [(t.period_start.year, t.value) for t in data.targets]
        assert years == [(2024, 4000), (2025, 7500)]
        rows = s.scalars(select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind)).all()
        assert len(rows) == 2
        actions = [
            (e.entity, e.action)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.entity.like("indicator%"))
                               .order_by(AuditEntry.seq))
        ]
        # The 2025 target was updated in place, 2024 added: the audit shows just that.
        assert actions == [
            ("indicator", "created"), ("indicator_target", "created"),
            ("indicator", "updated"), ("indicator_target", "created"),
            ("indicator_target", "updated"),
        ]


def test_each_rule_with_its_field_and_message():
    validate_indicator(WATER)
    validate_indicator(SATISFACTION)
    validate_indicator(IndicatorData(code="X", name={"en": "Minimal"}))
    assert _errors(replace(WATER, code=" ")) == {"code": "This field is required."}
    assert _errors(replace(WATER, code="X" * 31)) == {"code": "At most 30 characters."}
    assert _errors(replace(WATER, name={"fr": " "})) == {
        "name": "Enter the name in at least one language."
    }
    assert _errors(replace(WATER, definition={"xx-bad": "t"})) == {
        "definition": "Choose languages from the list."
    }
    assert _errors(replace(WATER, target_value=D(3200))) == {
        "target_value": "The target must differ from the baseline."
    }
    assert _errors(replace(WATER, target_value=D(3000))) == {
        "target_value": "When higher is better, the target must be above the baseline."
    }
    assert _errors(replace(WATER, direction="lower")) == {
        "target_value": "When lower is better, the target must be below the baseline."
    }
    validate_indicator(replace(WATER, direction="lower", target_value=D(100), targets=()))
    assert _errors(replace(WATER, target_date=dt.date(2024, 1, 1), targets=())) == {
        "target_date": "The target date must be after the baseline date."
    }
    assert _errors(replace(WATER, baseline_date=None, targets=())) == {
        "baseline_date": "Enter the date of the baseline."
    }
    assert _errors(replace(WATER, target_date=None, targets=())) == {
        "target_date": "Enter the date of the target."
    }
    assert _errors(replace(WATER, baseline_value="beaucoup", target_value="1O")) == {
        "baseline_value": "Enter a number, for example 1,234.5.",
        "target_value": "Enter a number, for example 1,234.5.",
    }
    assert _errors(replace(WATER, kind="other", direction="up", frequency="daily")) == {
        "kind": "Choose a value from the list.",
        "direction": "Choose a value from the list.",
        "frequency": "Choose a value from the list.",
    }
    assert _errors(replace(WATER, disaggregations=("religion",))) == {
        "disaggregations": "Choose a value from the list."
    }
    assert _errors(replace(WATER, unit="u" * 51)) == {"unit": "At most 50 characters."}
    assert _errors(replace(WATER, computed_source="weather")) == {
        "computed_source": "Choose a value from the list."
    }
    assert _errors(replace(SATISFACTION, computed_source="exchanges_held")) == {
        "kind": "A computed indicator is quantitative."
    }


def test_qualitative_rules():
    for scale in (None, 1, 11, True):
        assert _errors(replace(SATISFACTION, rating_scale_max=scale)) == {
            "rating_scale_max": "Choose a scale of 2 to 10 points."
        }
    assert _errors(replace(SATISFACTION, target_value=D(6))) == {
        "target_value": "A rating goes from 1 to 5."
    }
    assert _errors(replace(SATISFACTION, baseline_value=D(0))) == {
        "baseline_value": "A rating goes from 1 to 5."
    }
    # A quantitative indicator forgets any scale; a qualitative one has no breakdown.
    validate_indicator(replace(WATER, rating_scale_max=99))
    validate_indicator(replace(SATISFACTION, disaggregations=("sex",)))


def test_intermediate_target_rules():
    def targets(*items: TargetData) -> dict[str, str]:
        return _errors(replace(WATER, targets=items))

    y2025 = TargetData(dt.date(2025, 1, 1), dt.date(2025, 12, 31), D(7000))
    assert targets(TargetData(None, None, None)) == {
        "targets[0].value": "This field is required.",
        "targets[0].period_start": "This field is required.",
        "targets[0].period_end": "This field is required.",
    }
    assert targets(TargetData(dt.date(2025, 6, 1), dt.date(2025, 1, 1), D(5))) == {
        "targets[0].period_end": "The end of the period must be on or after its start."
    }
    assert targets(y2025, TargetData(dt.date(2025, 6, 1), dt.date(2026, 5, 31), D(9000))) == {
        "targets[1].period_start": "Intermediate targets cannot overlap."
    }
    # Errors name the targets by their place in the form, in the order typed.
    y2024 = TargetData(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "beaucoup")
    assert targets(y2025, y2024) == {"targets[1].value": "Enter a number, for example 1,234.5."}
    assert targets(TargetData(dt.date(2027, 1, 1), dt.date(2027, 12, 31), D(12000))) == {
        "targets[0].period_start":
            "An intermediate target must fall between the baseline date and the target date."
    }
    assert targets(replace(y2025, value="n/a")) == {
        "targets[0].value": "Enter a number, for example 1,234.5."
    }
    assert _errors(replace(SATISFACTION, targets=(replace(y2025, value=D(9)),))) == {
        "targets[0].value": "A rating goes from 1 to 5."
    }


def test_numbers_typed_in_the_ui_language(session_factory, project_id):
    set_language("fr")
    assert parse_number("1 234,5") == D("1234.5")
    with session_scope(session_factory) as s:
        ind = create_indicator(s, project_id, replace(WATER, baseline_value="3 200,5",
                                                       target_value="11\u202f500", targets=()))
        data = get_indicator(s, ind)
    assert (data.baseline_value, data.target_value) == (D("3200.5"), D(11500))
    with pytest.raises(ValidationError) as info:
        validate_indicator(replace(WATER, baseline_value="1,234.5"))
    message = info.value.for_field("baseline_value")
    assert message is not None and "1\u202f234,5" in message
    set_language("en")
    assert parse_number("1,234.5") == D("1234.5")
    for text in ("1,5", "12abc", "NaN", "1e3", "", "--1"):
        with pytest.raises(ValueError):
            parse_number(text)


def test_code_is_unique_within_a_project(session_factory, project_id):
    with session_scope(session_factory) as s:
        first = create_indicator(s, project_id, WATER)
        other_project = _project(s, "BR-DEC-2024")
        create_indicator(s, other_project, WATER)
        with pytest.raises(ValidationError) as info:
            create_indicator(s, project_id, replace(WATER, code="eau-pop"))
        assert info.value.for_field("code") == (
            "Another indicator of this project already has the code eau-pop."
        )
        update_indicator(s, first, replace(WATER, name={"fr": "Accès à l'eau"}))


def test_missing_records(session_factory, project_id):
    with session_scope(session_factory) as s:
        with pytest.raises(NotFoundError, match="This project no longer exists."):
            create_indicator(s, "nope", WATER)
        for call in (get_indicator, delete_indicator, delete_confirmation):
            with pytest.raises(NotFoundError, match="This indicator no longer exists."):
                call(s, "nope")
        with pytest.raises(NotFoundError):
            update_indicator(s, "nope", WATER)


def test_changes_forbidden_once_measured(session_factory, project_id):
    with session_scope(session_factory) as s:
        sat = create_indicator(s, project_id, SATISFACTION)
        create_measurement(s, sat, MeasurementData(dt.date(2024, 1, 1), dt.date(2024, 12, 31),
                                                   rating=5))
        with pytest.raises(ValidationError) as info:
            update_indicator(s, sat, replace(SATISFACTION, kind="quantitative"))
        assert info.value.for_field("kind") == (
            "The kind cannot change once the indicator has measurements."
        )
        with pytest.raises(ValidationError) as info:
            update_indicator(s, sat, replace(SATISFACTION, rating_scale_max=4, target_value=D(3)))
        assert info.value.for_field("rating_scale_max") == (
            "Some measurements have a rating above 4."
        )
        water = create_indicator(s, project_id, WATER)
        create_measurement(s, water, MeasurementData(dt.date(2024, 1, 1), dt.date(2024, 12, 31),
                                                     value=D(4000)))
        with pytest.raises(ValidationError) as info:
            update_indicator(s, water, replace(WATER, computed_source="participants_total"))
        assert info.value.for_field("computed_source") == (
            "An indicator with typed measurements cannot become computed."
        )


def test_delete_with_measurements_and_undo(session_factory, project_id):
    with session_scope(session_factory) as s:
        ind = create_indicator(s, project_id, WATER)
        assert delete_confirmation(s, ind) == "Delete the indicator EAU-POP?"
        doc = add_attachment(s, "releve.pdf", b"%PDF-1.4 survey")
        for year, value in ((2024, D(4000)), (2025, D(6900))):
            create_measurement(
                s, ind,
                MeasurementData(dt.date(year, 1, 1), dt.date(year, 12, 31), value=value,
                                disaggregated={"sex": {"female": value / 2, "male": value / 2}},
                                evidence_ids=(doc,) if year == 2025 else ()),
            )
    with session_scope(session_factory) as s:
        assert delete_confirmation(s, ind) == (
            "Delete the indicator EAU-POP and its 2 measurements?"
        )
        snapshot = delete_indicator(s, ind)
        assert len(snapshot.measurements) == 2
        assert snapshot.measurements[1][1].evidence_ids == (doc,)
    with session_scope(session_factory) as s:
        assert s.scalars(select(Measurement)).all() == []
        assert s.scalars(select(MeasurementEvidence)).all() == []
        deleted = {
            e.entity
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "deleted"))
        }
        assert deleted == {"indicator", "indicator_target", "measurement", "measurement_evidence"}
        restore_indicator(s, snapshot)
    with session_scope(session_factory) as s:
        assert get_indicator(s, ind) == snapshot.data
        rows = list_measurements(s, ind)
        assert [(r.period_end.year, r.value, r.evidence_count) for r in rows] == [
            (2025, D(6900), 1), (2024, D(4000), 0)
        ]
        assert rows[0].disaggregated == {"sex": {"female": D(3450), "male": D(3450)}}


def test_list_with_progress_filters_and_series(session_factory, project_id):
    with session_scope(session_factory) as s:
        water = create_indicator(s, project_id, WATER)
        sat = create_indicator(s, project_id, SATISFACTION)
        unmeasured = create_indicator(s, project_id, replace(WATER, code="EAU-OUV", targets=()))
        create_measurement(s, water, MeasurementData(dt.date(2025, 1, 1), dt.date(2025, 12, 31),
                                                     value=D(4500)))
        create_measurement(s, water, MeasurementData(dt.date(2024, 1, 1), dt.date(2024, 12, 31),
                                                     value=D(4100)))
        create_measurement(s, sat, MeasurementData(dt.date(2024, 1, 1), dt.date(2024, 12, 31),
                                                   rating=3, narrative="Mieux"))
    with session_scope(session_factory) as s:
        rows = list_indicators(s, project_id=project_id, language="en", as_of=dt.date(2026, 6, 1))
        assert [r.code for r in rows] == ["EAU-OUV", "EAU-POP", "EAU-SAT"]
        by_code = {r.code: r for r in rows}
        pop = by_code["EAU-POP"]
        assert pop.name == "Population with safe water"
        assert pop.measurement_count == 2
        # The 2025 target (7,000) is expected at the end of 2025: 4,500 is far behind.
        assert pop.progress.latest_value == 4500
        assert pop.progress.expected_value == 7000
        assert pop.progress.status == IndicatorStatus.OFF_TRACK
        assert by_code["EAU-SAT"].progress.status == IndicatorStatus.ON_TRACK
        assert by_code["EAU-SAT"].progress.latest_value == 3
        assert by_code["EAU-OUV"].progress.status == IndicatorStatus.NO_DATA
        assert [r.code for r in rows if IndicatorFilter(status="off_track").matches(r)] == [
            "EAU-POP"
        ]
        assert [r.code for r in rows if IndicatorFilter(ids=frozenset({sat})).matches(r)] == [
            "EAU-SAT"
        ]
        assert [r.code for r in rows if IndicatorFilter(text="satisf").matches(r)] == ["EAU-SAT"]
        # A status on an earlier day only sees the measurements up to it.
        early = progress_by_indicator(s, indicator_ids=[water], as_of=dt.date(2025, 1, 1))
        assert early[water].latest_value == 4100
        assert list(progress_by_indicator(s, indicator_ids=[unmeasured])) == [unmeasured]
        series = indicator_series(s, water, language="fr", as_of=dt.date(2026, 6, 1))
        assert series.name == "Population ayant accès à l'eau potable"
        assert [(p.period_end.year, p.value) for p in series.points] == [(2024, 4100),
                                                                          (2025, 4500)]
        assert series.expected == (
            (dt.date(2024, 1, 1), D(3200)), (dt.date(2025, 1, 1), D(7000)),
            (dt.date(2025, 12, 31), D(7000)), (dt.date(2026, 12, 31), D(11500)),
        )
        assert series.progress == pop.progress
        with pytest.raises(NotFoundError):
            indicator_series(s, "nope")
