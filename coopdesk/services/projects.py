"""Projects: read, create, update, delete with undo snapshot (the list: ``project_list``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import ActivityStatus
from coopdesk.i18n import QT_TRANSLATE_NOOP, plural, translate
from coopdesk.i18n.locale_data import is_language
from coopdesk.services import codelists
from coopdesk.services.errors import InUseError, NotFoundError
from coopdesk.services.organisations import references_sentence
from coopdesk.services.project_parts import (
    ProjectParts,
    remove_parts,
    restore_parts,
    snapshot_parts,
)
from coopdesk.services.validation import Checker
from coopdesk.store.models import (
    BudgetLine,
    Exchange,
    FundingSource,
    Indicator,
    MoneyTransaction,
    Project,
)

CODE_MAX_LENGTH = 30
TITLE_MAX_LENGTH = 300
_TEXTS = ("title", "summary", "objectives", "lessons_learned")
# The yearly APD declaration (``exchange.apd_data`` uses the same keys and labels): how the
# aid is channelled, and the OECD policy markers each scored 0 (not targeted),
# 1 (significant objective) or 2 (principal objective).
APD_CHANNELS: dict[str, str] = {
    "direct": QT_TRANSLATE_NOOP("Apd", "Direct (by the municipality)"),
    "ngo": QT_TRANSLATE_NOOP("Apd", "Through an association or NGO"),
    "multilateral": QT_TRANSLATE_NOOP("Apd", "Through a multilateral organisation"),
}
POLICY_MARKERS: dict[str, str] = {
    "gender": QT_TRANSLATE_NOOP("Apd", "Gender equality"),
    "environment": QT_TRANSLATE_NOOP("Apd", "Environment"),
    "biodiversity": QT_TRANSLATE_NOOP("Apd", "Biodiversity"),
    "nutrition": QT_TRANSLATE_NOOP("Apd", "Nutrition / inclusion"),
}
MARKER_SCORES = (0, 1, 2)


@dataclass(frozen=True)
class ProjectData:
    """What a user types on a project's overview (also the snapshot used by undo)."""

    # Unique, e.g. "SN-EAU-2026" (see :func:`suggest_project_code`).
    code: str
    # Texts by BCP 47 language: {"fr": "...", "wo": "..."}; the title needs one language.
    title: Mapping[str, str]
    summary: Mapping[str, str] = field(default_factory=dict)
    objectives: Mapping[str, str] = field(default_factory=dict)
    # A ``codelists.THEMES`` key, or "".
    theme: str = ""
    # A DAC 5-digit code of ``codelists.sectors()``, or "".
    dac_sector: str = ""
    # SDG numbers 1 to 17, stored sorted without duplicates.
    sdgs: tuple[int, ...] = ()
    # An IATI ActivityStatus code, 1 to 6.
    status: int = ActivityStatus.IMPLEMENTATION.value
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None
    location_place: str = ""
    # ISO 3166-1 alpha-2, or "".
    location_country: str = ""
    lessons_learned: Mapping[str, str] = field(default_factory=dict)
    # ``POLICY_MARKERS`` key -> score in ``MARKER_SCORES``; a marker left out is not scored.
    policy_markers: Mapping[str, int] = field(default_factory=dict)
    # One of ``APD_CHANNELS``.
    apd_channel: str = "direct"


@dataclass(frozen=True)
class ProjectSnapshot:
    """A deleted project with everything its delete removed or unlinked (for undo)."""

    id: str
    data: ProjectData
    parts: ProjectParts
    # Exchanges that referred to the project: a delete keeps them, unlinked.
    exchange_ids: tuple[str, ...]


def _check_texts(check: Checker, data: ProjectData) -> None:
    titles = [t for t in data.title.values() if t and t.strip()]
    if not titles:
        check.add("title", translate("Validation", "Enter the title in at least one language."))
    for name in _TEXTS:
        texts: Mapping[str, str] = getattr(data, name)
        if any(not is_language(key) for key, text in texts.items() if text and text.strip()):
            check.add(name, translate("Validation", "Choose languages from the list."))
    for text in titles:
        check.max_length("title", text, TITLE_MAX_LENGTH)


def _check_dates(check: Checker, data: ProjectData) -> None:
    today = dt.date.today()
    check.date_order(
        "planned_end",
        data.planned_start,
        data.planned_end,
        translate("Validation", "The planned end must be on or after the planned start."),
    )
    if data.actual_end is not None and data.actual_start is None:
        message = translate("Validation", "An actual end date needs an actual start date.")
        check.add("actual_start", message)
    if data.actual_start is not None and data.actual_start > today:
        check.add(
            "actual_start", translate("Validation", "The actual start cannot be in the future.")
        )
    if data.actual_end is not None and data.actual_end > today:
        check.add("actual_end", translate("Validation", "The actual end cannot be in the future."))
    check.date_order(
        "actual_end",
        data.actual_start,
        data.actual_end,
        translate("Validation", "The actual end must be on or after the actual start."),
    )
    if data.status == ActivityStatus.CLOSED and data.actual_end is None:
        check.add(
            "actual_end", translate("Validation", "Enter the actual end date of a closed project.")
        )


def _is_score(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in MARKER_SCORES


def _check_apd(check: Checker, data: ProjectData) -> None:
    """The APD channel and the policy markers (errors on ``apd_channel``, ``policy_markers``)."""
    if data.apd_channel not in APD_CHANNELS:
        message = translate(
            "Validation",
            "Choose the APD channel from the list: direct, through an association or NGO,"
            " or through a multilateral organisation.",
        )
        check.add("apd_channel", message)
    markers = data.policy_markers
    if not isinstance(markers, Mapping):
        check.add(
            "policy_markers",
            translate("Validation", "Give each policy marker a score of 0, 1 or 2."),
        )
        return
    for key, value in markers.items():
        if key not in POLICY_MARKERS:
            message = translate("Validation", "{marker} is not an OECD policy marker.")
            check.add("policy_markers", message.format(marker=key))
        elif not _is_score(value):
            message = translate(
                "Validation",
                "Score the policy marker {marker} 0 (not targeted), 1 (significant objective)"
                " or 2 (principal objective).",
            )
            check.add(
                "policy_markers", message.format(marker=translate("Apd", POLICY_MARKERS[key]))
            )


def _check_project(check: Checker, data: ProjectData) -> None:
    check.required("code", data.code)
    check.max_length("code", data.code, CODE_MAX_LENGTH)
    _check_texts(check, data)
    if data.theme and not codelists.is_theme(data.theme):
        check.add("theme", translate("Validation", "Choose a theme from the list."))
    if data.dac_sector and not codelists.is_sector(data.dac_sector):
        check.add("dac_sector", translate("Validation", "Choose a DAC sector from the list."))
    if any(n not in codelists.SDG_NUMBERS for n in data.sdgs):
        check.add("sdgs", translate("Validation", "Choose the goals from the list."))
    check.choice("status", data.status, {s.value for s in ActivityStatus})
    _check_dates(check, data)
    check.max_length("location_place", data.location_place, 200)
    check.country("location_country", data.location_country, required=False)
    _check_apd(check, data)


def validate_project(data: ProjectData) -> None:
    """Raise ValidationError listing every invalid field (the code's uniqueness aside).

    Text is trimmed first, as :func:`create_project` does.
    """
    check = Checker()
    _check_project(check, _clean(data))
    check.raise_if_any()


def _validate_with_session(session: Session, data: ProjectData, project_id: str | None) -> None:
    check = Checker()
    _check_project(check, data)
    if data.code:
        # SQL lower() folds ASCII only: "Å" must also meet an exact duplicate.
        same = or_(Project.code == data.code, func.lower(Project.code) == data.code.lower())
        query = select(Project.id).where(same)
        if project_id is not None:
            query = query.where(Project.id != project_id)
        if session.scalars(query.limit(1)).first() is not None:
            message = translate("Validation", "Another project already has the code {code}.")
            check.add("code", message.format(code=data.code))
    check.raise_if_any()


def _clean(data: ProjectData) -> ProjectData:
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    for key in _TEXTS:
        texts: Mapping[str, str] = getattr(data, key)
        values[key] = {
            lang.strip(): text.strip() for lang, text in texts.items() if text and text.strip()
        }
    values["sdgs"] = tuple(sorted(set(data.sdgs)))
    values["location_country"] = data.location_country.strip().upper()
    if isinstance(data.policy_markers, Mapping):
        values["policy_markers"] = dict(data.policy_markers)
    return ProjectData(**values)


def _load(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(translate("Errors", "This project no longer exists."))
    return project


def get_project(session: Session, project_id: str) -> ProjectData:
    p = _load(session, project_id)
    values = {f.name: getattr(p, f.name) for f in fields(ProjectData)}
    for key in _TEXTS:
        values[key] = dict(values[key])
    values["sdgs"] = tuple(p.sdgs)
    values["policy_markers"] = dict(p.policy_markers or {})
    return ProjectData(**values)


def _apply(project: Project, data: ProjectData) -> None:
    for f in fields(data):
        value = getattr(data, f.name)
        if isinstance(value, Mapping):
            value = dict(value)
        elif isinstance(value, tuple):
            value = list(value)
        setattr(project, f.name, value)


def create_project(session: Session, data: ProjectData, *, project_id: str | None = None) -> str:
    """Validate and add a project; ``project_id`` re-creates one (redo of a create).

    Raises:
        ValidationError: invalid fields (the code also when another project has it).
    """
    data = _clean(data)
    _validate_with_session(session, data, project_id)
    project = Project(id=project_id) if project_id else Project()
    _apply(project, data)
    session.add(project)
    session.flush()
    return project.id


def update_project(session: Session, project_id: str, data: ProjectData) -> None:
    data = _clean(data)
    project = _load(session, project_id)
    _validate_with_session(session, data, project_id)
    _apply(project, data)
    session.flush()


def suggest_project_code(
    session: Session, *, country: str = "", theme: str = "", year: int | None = None
) -> str:
    """A free project code: "SN-EAU-2026" from a country and a theme, else "P-2026-01".

    A taken code gets a suffix ("SN-EAU-2026-2"); codes compare case-insensitively.
    """
    year = year or dt.date.today().year
    found = codelists.theme(theme)
    parts = [p for p in (country.strip().upper(), found.code_part if found else "") if p]
    taken = {code.casefold() for code in session.scalars(select(Project.code))}
    if parts:
        base = "-".join([*parts, str(year)])
        candidates = [base, *(f"{base}-{n}" for n in range(2, len(taken) + 3))]
    else:
        candidates = [f"P-{year}-{n:02d}" for n in range(1, len(taken) + 2)]
    return next(c for c in candidates if c.casefold() not in taken)


def project_references(session: Session, project_id: str) -> dict[str, int]:
    """How many records that block a delete still refer to the project."""
    counts = {
        "budget_lines": select(func.count()).where(BudgetLine.project_id == project_id),
        "funding": select(func.count()).where(FundingSource.project_id == project_id),
        "transactions": select(func.count()).where(MoneyTransaction.project_id == project_id),
        "indicators": select(func.count()).where(Indicator.project_id == project_id),
    }
    out = {key: session.scalar(query) or 0 for key, query in counts.items()}
    return {key: n for key, n in out.items() if n}


def delete_confirmation(session: Session, project_id: str) -> str:
    """The question to ask before :func:`delete_project`, naming the exchanges it unlinks."""
    project = _load(session, project_id)
    n = session.scalar(select(func.count()).where(Exchange.project_id == project_id)) or 0
    if n:
        text = plural.translate(
            "Errors",
            "Delete the project {code}? Its %n exchange(s) will be kept but unlinked.",
            None,
            1,
        ).count(n)
    else:
        text = translate("Errors", "Delete the project {code}?")
    return text.format(code=project.code)


def delete_project(session: Session, project_id: str) -> ProjectSnapshot:
    """Delete a project, its risks and links; its exchanges are kept but unlinked.

    Returns:
        What an undo needs to bring it all back (:func:`restore_project`).

    Raises:
        InUseError: budget lines, funding sources, transactions or indicators refer to it.
    """
    project = _load(session, project_id)
    refs = project_references(session, project_id)
    if refs:
        message = translate(
            "Errors", "{name} cannot be deleted: it is still referred to by {refs}."
        ).format(name=project.code, refs=references_sentence(refs))
        raise InUseError(message, refs)
    snapshot = ProjectSnapshot(
        id=project_id,
        data=get_project(session, project_id),
        parts=snapshot_parts(session, project_id),
        exchange_ids=tuple(
            sorted(session.scalars(select(Exchange.id).where(Exchange.project_id == project_id)))
        ),
    )
    for exchange in session.scalars(select(Exchange).where(Exchange.project_id == project_id)):
        exchange.project_id = None
    remove_parts(session, project_id)
    session.delete(project)
    session.flush()
    return snapshot


def restore_project(session: Session, snapshot: ProjectSnapshot) -> None:
    """Undo :func:`delete_project`: re-create the project, its parts and exchange links.

    Exchanges deleted since are skipped.
    """
    create_project(session, snapshot.data, project_id=snapshot.id)
    restore_parts(session, snapshot.id, snapshot.parts)
    if snapshot.exchange_ids:
        for exchange in session.scalars(
            select(Exchange).where(Exchange.id.in_(snapshot.exchange_ids))
        ):
            exchange.project_id = snapshot.id
    session.flush()
