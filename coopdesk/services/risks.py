"""A project's risk register: list, read, create, update, delete risks."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import RiskLevel
from coopdesk.domain.text import fold
from coopdesk.i18n import translate
from coopdesk.services.errors import NotFoundError
from coopdesk.services.validation import Checker
from coopdesk.store.models import Project, Risk


@dataclass(frozen=True)
class RiskData:
    """What a user types for a risk (also the snapshot used by undo)."""

    description: str
    # A RiskLevel: 1 low, 2 medium, 3 high.
    likelihood: int = RiskLevel.MEDIUM.value
    # A RiskLevel: 1 low, 2 medium, 3 high.
    impact: int = RiskLevel.MEDIUM.value
    mitigation: str = ""
    # Who watches the risk (a person or a service, free text).
    owner: str = ""


@dataclass(frozen=True)
class RiskRow:
    """One line of a project's risk register."""

    id: str
    project_id: str
    description: str
    likelihood: int
    impact: int
    # likelihood × impact, 1 to 9: the register is sorted by it, highest first.
    score: int
    mitigation: str
    owner: str
    search_text: str = field(repr=False, default="")  # fold()ed


def validate_risk(data: RiskData) -> None:
    """Raise ValidationError listing every invalid field."""
    check = Checker()
    check.required("description", data.description)
    levels = {level.value for level in RiskLevel}
    check.choice("likelihood", data.likelihood, levels)
    check.choice("impact", data.impact, levels)
    check.max_length("owner", data.owner, 150)
    check.raise_if_any()


def _clean(data: RiskData) -> RiskData:
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    return RiskData(**values)


def list_risks(session: Session, project_id: str) -> list[RiskRow]:
    """The project's risks, highest score first (one query)."""
    rows = [
        RiskRow(
            id=r.id,
            project_id=r.project_id,
            description=r.description,
            likelihood=r.likelihood,
            impact=r.impact,
            score=r.likelihood * r.impact,
            mitigation=r.mitigation,
            owner=r.owner,
            search_text=fold(" ".join([r.description, r.mitigation, r.owner])),
        )
        for r in session.scalars(select(Risk).where(Risk.project_id == project_id))
    ]
    rows.sort(key=lambda r: (-r.score, -r.impact, fold(r.description), r.id))
    return rows


def _load(session: Session, risk_id: str) -> Risk:
    risk = session.get(Risk, risk_id)
    if risk is None:
        raise NotFoundError(translate("Errors", "This risk no longer exists."))
    return risk


def risk_data(risk: Risk) -> RiskData:
    """The editable fields of a loaded risk."""
    return RiskData(
        description=risk.description,
        likelihood=risk.likelihood,
        impact=risk.impact,
        mitigation=risk.mitigation,
        owner=risk.owner,
    )


def get_risk(session: Session, risk_id: str) -> RiskData:
    return risk_data(_load(session, risk_id))


def create_risk(
    session: Session, project_id: str, data: RiskData, *, risk_id: str | None = None
) -> str:
    """Validate and add a risk to a project; ``risk_id`` re-creates one (undo of a delete).

    Raises:
        NotFoundError: the project no longer exists.
        ValidationError: invalid fields; nothing was written.
    """
    if session.get(Project, project_id) is None:
        raise NotFoundError(translate("Errors", "This project no longer exists."))
    data = _clean(data)
    validate_risk(data)
    risk = Risk(id=risk_id, project_id=project_id) if risk_id else Risk(project_id=project_id)
    for f in fields(data):
        setattr(risk, f.name, getattr(data, f.name))
    session.add(risk)
    session.flush()
    return risk.id


def update_risk(session: Session, risk_id: str, data: RiskData) -> None:
    data = _clean(data)
    risk = _load(session, risk_id)
    validate_risk(data)
    for f in fields(data):
        setattr(risk, f.name, getattr(data, f.name))
    session.flush()


def delete_risk(session: Session, risk_id: str) -> str:
    """Delete a risk.

    Returns:
        The id of its project (undo: ``create_risk(project_id, data, risk_id=...)``).
    """
    risk = _load(session, risk_id)
    project_id = risk.project_id
    session.delete(risk)
    session.flush()
    return project_id
