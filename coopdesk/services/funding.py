"""A project's funding sources by year: list, read, create, update, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import FundingKind
from coopdesk.domain.money import Money
from coopdesk.domain.text import fold
from coopdesk.i18n import translate
from coopdesk.services.budget_checks import check_amount, check_currency, check_year, load_project
from coopdesk.services.errors import InUseError, NotFoundError
from coopdesk.services.labels_budget import funding_kind_label
from coopdesk.services.organisations import references_sentence
from coopdesk.services.validation import Checker
from coopdesk.store.models import FundingSource, MoneyTransaction, Organisation

LABEL_MAX_LENGTH = 200
# A declared cap is a share of the project-year's planned budget, in basis points (1/100 %).
CAP_MAX_BASIS_POINTS = 10_000
_KIND_ORDER = {k.value: n for n, k in enumerate(FundingKind)}


@dataclass(frozen=True)
class FundingSourceData:
    """What a user types for a funding source (also the snapshot used by undo)."""

    year: int
    # A FundingKind value.
    kind: str
    # In euros or a currency with a fixed parity (XOF, XAF); received is in the same currency.
    committed: Money
    received: Money
    organisation_id: str | None = None
    label: str = ""
    committed_on: dt.date | None = None
    received_on: dt.date | None = None
    # The funder's ceiling as a share of the year's planned budget: 7000 = 70 %; None: none.
    cap_basis_points: int | None = None


@dataclass(frozen=True)
class FundingSourceRow:
    """One funding source of a project."""

    id: str
    project_id: str
    year: int
    kind: str
    label: str
    organisation_id: str | None
    organisation_name: str
    committed: Money
    received: Money
    committed_on: dt.date | None
    received_on: dt.date | None
    cap_basis_points: int | None
    # Transactions booked against the source (income received, mostly).
    transaction_count: int
    search_text: str = field(repr=False, default="")  # fold()ed


def source_name(label: str, organisation_name: str, kind: str) -> str:
    """How a source is named in messages: its label, its funder, else its kind's label."""
    return label or organisation_name or funding_kind_label(kind)


def _check_source(check: Checker, data: FundingSourceData) -> None:
    check_year(check, "year", data.year)
    check.choice("kind", data.kind, set(_KIND_ORDER))
    check.max_length("label", data.label, LABEL_MAX_LENGTH)
    if check_currency(check, "currency", data.committed.currency, budget=True):
        check_amount(check, "committed", data.committed)
        if data.received.currency != data.committed.currency:
            message = translate(
                "Validation", "The received amount must be in the currency of the committed one."
            )
            check.add("received", message)
        else:
            check_amount(check, "received", data.received)
    cap = data.cap_basis_points
    if cap is not None and (
        isinstance(cap, bool) or not isinstance(cap, int) or not 0 < cap <= CAP_MAX_BASIS_POINTS
    ):
        check.add(
            "cap_basis_points",
            translate("Validation", "The cap must be more than 0 % and at most 100 %."),
        )


def validate_funding_source(data: FundingSourceData) -> None:
    """Raise ValidationError listing every invalid field (the funder's existence aside)."""
    check = Checker()
    _check_source(check, _clean(data))
    check.raise_if_any()


def _validate_with_session(session: Session, data: FundingSourceData) -> None:
    check = Checker()
    _check_source(check, data)
    if data.organisation_id and session.get(Organisation, data.organisation_id) is None:
        check.add("organisation_id", translate("Validation", "Choose a partner from the list."))
    check.raise_if_any()


def _clean(data: FundingSourceData) -> FundingSourceData:
    return replace(
        data,
        label=data.label.strip(),
        kind=data.kind.strip(),
        organisation_id=(data.organisation_id or "").strip() or None,
    )


def list_funding_sources(
    session: Session, project_id: str, *, year: int | None = None
) -> list[FundingSourceRow]:
    """The project's sources by year, kind (in the list's order) and name (two queries)."""
    counts_query = (
        select(MoneyTransaction.funding_source_id, func.count())
        .where(MoneyTransaction.project_id == project_id)
        .where(MoneyTransaction.funding_source_id.is_not(None))
        .group_by(MoneyTransaction.funding_source_id)
    )
    counts: dict[str, int] = {k: n for k, n in session.execute(counts_query).all()}
    query = (
        select(FundingSource, Organisation.name)
        .outerjoin(Organisation, Organisation.id == FundingSource.organisation_id)
        .where(FundingSource.project_id == project_id)
    )
    if year is not None:
        query = query.where(FundingSource.year == year)
    rows = []
    for src, org_name in session.execute(query).all():
        org_name = org_name or ""
        rows.append(
            FundingSourceRow(
                id=src.id,
                project_id=src.project_id,
                year=src.year,
                kind=src.kind,
                label=src.label,
                organisation_id=src.organisation_id,
                organisation_name=org_name,
                committed=Money(src.committed_minor, src.currency),
                received=Money(src.received_minor, src.currency),
                committed_on=src.committed_on,
                received_on=src.received_on,
                cap_basis_points=src.cap_basis_points,
                transaction_count=counts.get(src.id, 0),
                search_text=fold(f"{src.label} {org_name} {funding_kind_label(src.kind)}"),
            )
        )
    rows.sort(
        key=lambda r: (
            r.year,
            _KIND_ORDER.get(r.kind, 99),
            fold(source_name(r.label, r.organisation_name, r.kind)),
            r.id,
        )
    )
    return rows


def funding_source_choices(
    session: Session, project_id: str, *, year: int | None = None
) -> list[tuple[str, str]]:
    """(id, "2026 – Ministry grant (DAECT) – Call for projects") pairs for a combo box."""
    out = []
    for r in list_funding_sources(session, project_id, year=year):
        name = source_name(r.label, r.organisation_name, "")
        parts = (str(r.year), funding_kind_label(r.kind), name)
        out.append((r.id, " – ".join(p for p in parts if p)))
    return out


def _load(session: Session, source_id: str) -> FundingSource:
    source = session.get(FundingSource, source_id)
    if source is None:
        raise NotFoundError(translate("Errors", "This funding source no longer exists."))
    return source


def source_data(source: FundingSource) -> FundingSourceData:
    """The editable fields of a loaded source."""
    return FundingSourceData(
        year=source.year,
        kind=source.kind,
        committed=Money(source.committed_minor, source.currency),
        received=Money(source.received_minor, source.currency),
        organisation_id=source.organisation_id,
        label=source.label,
        committed_on=source.committed_on,
        received_on=source.received_on,
        cap_basis_points=source.cap_basis_points,
    )


def get_funding_source(session: Session, source_id: str) -> FundingSourceData:
    return source_data(_load(session, source_id))


def _apply(source: FundingSource, data: FundingSourceData) -> None:
    source.year = data.year
    source.kind = data.kind
    source.label = data.label
    source.organisation_id = data.organisation_id
    source.committed_minor = data.committed.minor
    source.received_minor = data.received.minor
    source.currency = data.committed.currency
    source.committed_on = data.committed_on
    source.received_on = data.received_on
    source.cap_basis_points = data.cap_basis_points


def create_funding_source(
    session: Session, project_id: str, data: FundingSourceData, *, source_id: str | None = None
) -> str:
    """Validate and add a source to a project; ``source_id`` re-creates one (undo of a delete).

    Raises:
        NotFoundError: the project no longer exists.
        ValidationError: invalid fields; nothing was written.
    """
    load_project(session, project_id)
    data = _clean(data)
    _validate_with_session(session, data)
    source = FundingSource(project_id=project_id)
    if source_id:
        source.id = source_id
    _apply(source, data)
    session.add(source)
    session.flush()
    return source.id


def update_funding_source(session: Session, source_id: str, data: FundingSourceData) -> None:
    data = _clean(data)
    source = _load(session, source_id)
    _validate_with_session(session, data)
    _apply(source, data)
    session.flush()


def funding_source_references(session: Session, source_id: str) -> dict[str, int]:
    n = (
        session.scalar(select(func.count()).where(MoneyTransaction.funding_source_id == source_id))
        or 0
    )
    return {"transactions": n} if n else {}


def delete_funding_source(session: Session, source_id: str) -> str:
    """Delete a source no transaction refers to.

    Returns:
        The id of its project (undo: ``create_funding_source(project_id, data, source_id=...)``).

    Raises:
        InUseError: transactions refer to the source (the message counts them).
    """
    source = _load(session, source_id)
    refs = funding_source_references(session, source_id)
    if refs:
        org = session.get(Organisation, source.organisation_id) if source.organisation_id else None
        name = source_name(source.label, org.name if org else "", source.kind)
        message = translate(
            "Errors", "{name} cannot be deleted: it is still referred to by {refs}."
        ).format(name=name, refs=references_sentence(refs))
        raise InUseError(message, refs)
    project_id = source.project_id
    session.delete(source)
    session.flush()
    return project_id
