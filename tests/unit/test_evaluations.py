from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from coopdesk.services.errors import NotFoundError, ValidationError
from coopdesk.services.evaluations import (
    CRITERIA,
    CriterionData,
    EvaluationData,
    create_evaluation,
    criterion_label,
    criterion_question,
    delete_evaluation,
    get_evaluation,
    list_evaluations,
    score_label,
    update_evaluation,
    validate_evaluation,
)
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.store.db import session_scope
from coopdesk.store.models import AuditEntry, Evaluation

TODAY = dt.date.today()
GOOD = EvaluationData(
    date=dt.date(2025, 11, 15),
    evaluator="Cabinet Sahel Conseil",
    criteria={
        "relevance": CriterionData(4, "Répond à un besoin prioritaire."),
        "coherence": CriterionData(3, "Cohérent avec le plan communal."),
        "effectiveness": CriterionData(3),
        "efficiency": CriterionData(2, "Retards d'acheminement."),
        "impact": CriterionData(3),
        "sustainability": CriterionData(2, "Recettes du comité à consolider."),
    },
    recommendations="Renforcer la maintenance locale.",
    lessons_learned="Associer plus tôt les associations de femmes.",
)


@pytest.fixture
def project_id(session_factory) -> str:
    with session_scope(session_factory) as s:
        return create_project(s, ProjectData(code="SN-EAU", title={"fr": "Forages"}))


def _errors(data: EvaluationData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_evaluation(data)
    return {e.field: e.message for e in info.value.errors}


def test_round_trip_and_list(session_factory, project_id):
    with session_scope(session_factory) as s:
        first = create_evaluation(s, project_id, replace(GOOD, evaluator="  F3E "))
        mid = create_evaluation(
            s, project_id,
            EvaluationData(date=dt.date(2024, 6, 1), criteria={"relevance": CriterionData(3),
                                                               "impact": CriterionData(None, " ")}),
        )
    with session_scope(session_factory) as s:
        assert get_evaluation(s, first) == replace(GOOD, evaluator="F3E")
        # A criterion neither scored nor commented is not kept.
        assert get_evaluation(s, mid).criteria == {"relevance": CriterionData(3, "")}
        stored = s.get(Evaluation, first)
        assert stored is not None and list(stored.criteria) == list(CRITERIA)
        assert stored.criteria["relevance"] == {
            "score": 4, "text": "Répond à un besoin prioritaire."
        }
        rows = list_evaluations(s, project_id)
        assert [r.id for r in rows] == [first, mid]
        assert rows[0].scores == (("relevance", 4), ("coherence", 3), ("effectiveness", 3),
                                  ("efficiency", 2), ("impact", 3), ("sustainability", 2))
        assert rows[0].average == Decimal("2.8")
        assert rows[1].average == Decimal(3) and dict(rows[1].scores)["impact"] is None
        update_evaluation(s, mid, replace(GOOD, date=dt.date(2024, 6, 1), recommendations=""))
        assert get_evaluation(s, mid).recommendations == ""
        assert delete_evaluation(s, mid) == project_id
    with session_scope(session_factory) as s:
        assert [r.id for r in list_evaluations(s, project_id)] == [first]
        actions = [e.action for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "evaluation").order_by(AuditEntry.seq))]
        assert actions == ["created", "created", "updated", "deleted"]


def test_each_rule_with_its_field_and_message():
    validate_evaluation(GOOD)
    assert _errors(replace(GOOD, date=None)) == {"date": "This field is required."}
    assert _errors(replace(GOOD, date=TODAY + dt.timedelta(days=1))) == {
        "date": "The evaluation date cannot be in the future."
    }
    assert _errors(replace(GOOD, evaluator="x" * 201)) == {"evaluator": "At most 200 characters."}
    bad = {**GOOD.criteria, "relevance": CriterionData(5), "impact": CriterionData(0),
           "efficiency": CriterionData(True)}
    assert _errors(replace(GOOD, criteria=bad)) == {
        "criteria.relevance": "A score goes from 1 to 4.",
        "criteria.efficiency": "A score goes from 1 to 4.",
        "criteria.impact": "A score goes from 1 to 4.",
    }
    assert _errors(replace(GOOD, criteria={**GOOD.criteria, "beauty": CriterionData(3)})) == {
        "criteria.beauty": "Choose a value from the list."
    }
    assert _errors(replace(GOOD, criteria={"impact": CriterionData(None, "Trop tôt")})) == {
        "criteria.impact": "Give a score to the criterion you comment on.",
        "criteria": "Score at least one criterion.",
    }
    assert _errors(replace(GOOD, criteria={})) == {"criteria": "Score at least one criterion."}


def test_missing_records(session_factory, project_id):
    with session_scope(session_factory) as s:
        with pytest.raises(NotFoundError, match="This project no longer exists."):
            create_evaluation(s, "nope", GOOD)
        for call in (get_evaluation, delete_evaluation):
            with pytest.raises(NotFoundError, match="This evaluation no longer exists."):
                call(s, "nope")
        with pytest.raises(NotFoundError):
            update_evaluation(s, "nope", GOOD)
        evaluation = create_evaluation(s, project_id, GOOD)
        data = get_evaluation(s, evaluation)
        delete_evaluation(s, evaluation)
        create_evaluation(s, project_id, data, evaluation_id=evaluation)
        assert get_evaluation(s, evaluation) == data


def test_labels():
    assert [criterion_label(c) for c in CRITERIA] == [
        "Relevance", "Coherence", "Effectiveness", "Efficiency", "Impact", "Sustainability"
    ]
    assert criterion_question("sustainability") == "Will the benefits last?"
    assert [score_label(n) for n in (1, 4, 9)] == ["Unsatisfactory", "Highly satisfactory", "9"]
    assert criterion_label("beauty") == "beauty" and criterion_question("beauty") == ""
