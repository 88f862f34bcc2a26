"""Project evaluations against the six OECD DAC criteria: list, read, create, update, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.services.errors import NotFoundError
from coopdesk.services.validation import Checker
from coopdesk.store.models import Evaluation, Project

_CTX = "Evaluations"
EVALUATOR_MAX_LENGTH = 200
SCORE_MIN, SCORE_MAX = 1, 4

# The OECD DAC evaluation criteria (2019), in their usual order.
CRITERIA: tuple[str, ...] = (
    "relevance", "coherence", "effectiveness", "efficiency", "impact", "sustainability",
)
_CRITERION_LABELS: dict[str, str] = {
    "relevance": QT_TRANSLATE_NOOP("Evaluations", "Relevance"),
    "coherence": QT_TRANSLATE_NOOP("Evaluations", "Coherence"),
    "effectiveness": QT_TRANSLATE_NOOP("Evaluations", "Effectiveness"),
    "efficiency": QT_TRANSLATE_NOOP("Evaluations", "Efficiency"),
    "impact": QT_TRANSLATE_NOOP("Evaluations", "Impact"),
    "sustainability": QT_TRANSLATE_NOOP("Evaluations", "Sustainability"),
}
_CRITERION_QUESTIONS: dict[str, str] = {
    "relevance": QT_TRANSLATE_NOOP("Evaluations", "Is the project doing the right things?"),
    "coherence": QT_TRANSLATE_NOOP("Evaluations", "How well does the project fit?"),
    "effectiveness": QT_TRANSLATE_NOOP(
        "Evaluations", "Is the project achieving its objectives?"
    ),
    "efficiency": QT_TRANSLATE_NOOP("Evaluations", "How well are resources being used?"),
    "impact": QT_TRANSLATE_NOOP("Evaluations", "What difference does the project make?"),
    "sustainability": QT_TRANSLATE_NOOP("Evaluations", "Will the benefits last?"),
}
_SCORE_LABELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Evaluations", "Unsatisfactory"),
    2: QT_TRANSLATE_NOOP("Evaluations", "Partly satisfactory"),
    3: QT_TRANSLATE_NOOP("Evaluations", "Satisfactory"),
    4: QT_TRANSLATE_NOOP("Evaluations", "Highly satisfactory"),
}


@dataclass(frozen=True)
class CriterionData:
    """The score of one criterion (1 to 4, None when not assessed) and its justification."""

    score: int | None = None
    text: str = ""


@dataclass(frozen=True)
class EvaluationData:
    """What a user types for an evaluation (also the snapshot used by undo)."""

    date: dt.date | None
    evaluator: str = ""
    # Keyed by the names of :data:`CRITERIA`; criteria left out are not assessed.
    criteria: Mapping[str, CriterionData] = field(default_factory=dict)
    recommendations: str = ""
    lessons_learned: str = ""


@dataclass(frozen=True)
class EvaluationRow:
    """One line of a project's evaluations."""

    id: str
    project_id: str
    date: dt.date
    evaluator: str
    # Every criterion of :data:`CRITERIA`, in order: (name, score or None).
    scores: tuple[tuple[str, int | None], ...]
    # The mean of the scores given, to one decimal (None when none is given).
    average: Decimal | None
    recommendations: str
    lessons_learned: str


def criterion_label(name: str) -> str:
    text = _CRITERION_LABELS.get(name)
    return translate(_CTX, text) if text else name


def criterion_question(name: str) -> str:
    """The question the criterion answers, e.g. "Will the benefits last?"."""
    text = _CRITERION_QUESTIONS.get(name)
    return translate(_CTX, text) if text else ""


def score_label(score: int) -> str:
    """"Unsatisfactory" (1) to "Highly satisfactory" (4)."""
    text = _SCORE_LABELS.get(score)
    return translate(_CTX, text) if text else str(score)


def _check(check: Checker, data: EvaluationData, today: dt.date) -> None:
    if data.date is None:
        check.add("date", translate("Validation", "This field is required."))
    elif data.date > today:
        message = translate("Validation", "The evaluation date cannot be in the future.")
        check.add("date", message)
    check.max_length("evaluator", data.evaluator, EVALUATOR_MAX_LENGTH)
    for name, criterion in data.criteria.items():
        if name not in CRITERIA:
            check.add(f"criteria.{name}", translate("Validation", "Choose a value from the list."))
            continue
        score = criterion.score
        if score is not None and (
            isinstance(score, bool)
            or not isinstance(score, int)
            or not SCORE_MIN <= score <= SCORE_MAX
        ):
            message = translate("Validation", "A score goes from {min} to {max}.")
            check.add(f"criteria.{name}", message.format(min=SCORE_MIN, max=SCORE_MAX))
        if score is None and criterion.text:
            message = translate("Validation", "Give a score to the criterion you comment on.")
            check.add(f"criteria.{name}", message)
    if not any(c.score is not None for c in data.criteria.values()):
        message = translate("Validation", "Score at least one criterion.")
        check.add("criteria", message)


def validate_evaluation(data: EvaluationData, *, today: dt.date | None = None) -> None:
    """Raise ValidationError listing every invalid field (criteria: ``criteria.<name>``)."""
    check = Checker()
    _check(check, _clean(data), today or dt.date.today())
    check.raise_if_any()


def _clean(data: EvaluationData) -> EvaluationData:
    criteria = {
        name.strip(): CriterionData(c.score, c.text.strip())
        for name, c in data.criteria.items()
        if c.score is not None or c.text.strip()
    }
    return EvaluationData(
        date=data.date,
        evaluator=data.evaluator.strip(),
        criteria=criteria,
        recommendations=data.recommendations.strip(),
        lessons_learned=data.lessons_learned.strip(),
    )


def _stored(criteria: Mapping[str, CriterionData]) -> dict[str, Any]:
    return {
        name: {"score": criteria[name].score, "text": criteria[name].text}
        for name in CRITERIA
        if name in criteria
    }


def _criteria(stored: Mapping[str, Any]) -> dict[str, CriterionData]:
    out = {}
    for name in CRITERIA:
        value = stored.get(name)
        if isinstance(value, Mapping):
            score = value.get("score")
            out[name] = CriterionData(
                score if isinstance(score, int) else None, str(value.get("text") or "")
            )
    return out


def _average(criteria: Mapping[str, CriterionData]) -> Decimal | None:
    scores = [c.score for c in criteria.values() if c.score is not None]
    if not scores:
        return None
    return (Decimal(sum(scores)) / len(scores)).quantize(Decimal("0.1"), ROUND_HALF_EVEN)


def list_evaluations(session: Session, project_id: str) -> list[EvaluationRow]:
    """A project's evaluations, the latest first (one query)."""
    rows = []
    for e in session.scalars(select(Evaluation).where(Evaluation.project_id == project_id)):
        criteria = _criteria(e.criteria or {})
        rows.append(
            EvaluationRow(
                id=e.id,
                project_id=e.project_id,
                date=e.date,
                evaluator=e.evaluator,
                scores=tuple((n, criteria[n].score if n in criteria else None) for n in CRITERIA),
                average=_average(criteria),
                recommendations=e.recommendations,
                lessons_learned=e.lessons_learned,
            )
        )
    rows.sort(key=lambda r: (r.date, r.id), reverse=True)
    return rows


def _load(session: Session, evaluation_id: str) -> Evaluation:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError(translate("Errors", "This evaluation no longer exists."))
    return evaluation


def get_evaluation(session: Session, evaluation_id: str) -> EvaluationData:
    e = _load(session, evaluation_id)
    return EvaluationData(
        date=e.date,
        evaluator=e.evaluator,
        criteria=_criteria(e.criteria or {}),
        recommendations=e.recommendations,
        lessons_learned=e.lessons_learned,
    )


def _apply(evaluation: Evaluation, data: EvaluationData) -> None:
    evaluation.date = data.date  # type: ignore[assignment]
    evaluation.evaluator = data.evaluator
    evaluation.criteria = _stored(data.criteria)
    evaluation.recommendations = data.recommendations
    evaluation.lessons_learned = data.lessons_learned


def create_evaluation(
    session: Session, project_id: str, data: EvaluationData, *, evaluation_id: str | None = None
) -> str:
    """Validate and add an evaluation to a project; ``evaluation_id`` re-creates one (undo).

    Raises:
        NotFoundError: the project no longer exists.
        ValidationError: invalid fields; nothing was written.
    """
    if session.get(Project, project_id) is None:
        raise NotFoundError(translate("Errors", "This project no longer exists."))
    data = _clean(data)
    validate_evaluation(data)
    evaluation = Evaluation(project_id=project_id)
    if evaluation_id:
        evaluation.id = evaluation_id
    _apply(evaluation, data)
    session.add(evaluation)
    session.flush()
    return evaluation.id


def update_evaluation(session: Session, evaluation_id: str, data: EvaluationData) -> None:
    evaluation = _load(session, evaluation_id)
    data = _clean(data)
    validate_evaluation(data)
    _apply(evaluation, data)
    session.flush()


def delete_evaluation(session: Session, evaluation_id: str) -> str:
    """Delete an evaluation.

    Returns:
        The id of its project (undo: ``create_evaluation(project_id, data, evaluation_id=...)``).
    """
    evaluation = _load(session, evaluation_id)
    project_id = evaluation.project_id
    session.delete(evaluation)
    session.flush()
    return project_id
