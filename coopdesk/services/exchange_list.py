"""The exchanges list (fast on tens of thousands of rows), timeline and duplicate warning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from coopdesk.domain.text import fold
from coopdesk.services.exchanges import ExchangeData, clean_exchange
from coopdesk.services.participants import participant_totals
from coopdesk.services.project_list import project_title
from coopdesk.store.models import (
    Exchange,
    ExchangeDocument,
    ExchangePartner,
    Organisation,
    Project,
)

# fold() of the texts many rows share (partner names, project codes, who logged).
_fold_shared = lru_cache(maxsize=4096)(fold)
_NO_PARTNERS: tuple[tuple[str, ...], tuple[str, ...], str] = ((), (), "")


@dataclass(frozen=True, slots=True)
class ExchangeRow:
    """One line of the exchanges list; carries every value the list's filters need."""

    id: str
    kind: str
    direction: str
    title: str
    start_date: dt.date
    end_date: dt.date
    # The year the exchange started in.
    year: int
    place: str
    country: str
    # Partners, by name.
    partner_ids: tuple[str, ...]
    partner_names: tuple[str, ...]
    project_id: str | None
    project_code: str
    # Listed persons and the people counted by sex and age group.
    listed_count: int
    counted_count: int
    participant_total: int
    minor_count: int
    document_count: int
    logged_by: str
    source: str
    # fold()ed title, place, partners, project code and who logged it (not the long texts:
    # folding 20,000 purposes would make the list slow).
    search_text: str = field(repr=False, default="")


@dataclass(frozen=True)
class ExchangeFilter:
    """The exchanges list's filters (None: any); a proxy model calls :meth:`matches`."""

    kind: str | None = None
    direction: str | None = None
    year: int | None = None
    partner_id: str | None = None
    project_id: str | None = None
    # Words to find in ``search_text`` (any case or accents).
    text: str = ""

    def matches(self, row: ExchangeRow) -> bool:
        return (
            (self.kind is None or row.kind == self.kind)
            and (self.direction is None or row.direction == self.direction)
            and (self.year is None or row.year == self.year)
            and (self.partner_id is None or self.partner_id in row.partner_ids)
            and (self.project_id is None or row.project_id == self.project_id)
            and all(word in row.search_text for word in fold(self.text).split())
        )


@dataclass(frozen=True)
class TimelineMonth:
    """The exchanges that start in one month of a year."""

    month: int
    exchanges: tuple[ExchangeRow, ...]
    participant_total: int


def _scope(
    year: int | None, exchange_ids: Collection[str] | None, project_id: str | None
) -> Select[tuple[str]] | None:
    if year is None and exchange_ids is None and project_id is None:
        return None
    query = select(Exchange.id)
    if project_id is not None:
        query = query.where(Exchange.project_id == project_id)
    if year is not None:
        query = query.where(
            Exchange.start_date <= dt.date(year, 12, 31), Exchange.end_date >= dt.date(year, 1, 1)
        )
    if exchange_ids is not None:
        query = query.where(Exchange.id.in_(list(exchange_ids)))
    return query


def list_exchanges(
    session: Session,
    *,
    year: int | None = None,
    project_id: str | None = None,
    exchange_ids: Collection[str] | None = None,
) -> list[ExchangeRow]:
    """Exchanges with partners, project code, participant and document counts (five queries).

    Args:
        session: the caller's session.
        year: only the exchanges that take place (at least partly) in this year.
        project_id: only the exchanges of this project (for the project's page).
        exchange_ids: only these exchanges.

    Sorted by start date, the most recent first.
    """
    scope = _scope(year, exchange_ids, project_id)
    connection = session.connection()
    if scope is not None and year is not None:
        # The year's exchanges found once (a scan of the dates), then looked up by key in
        # each of the five queries instead of scanning again.
        found = list(connection.execute(scope).scalars())
        scope = select(Exchange.id).where(Exchange.id.in_(found))
    partners_query = select(
        ExchangePartner.exchange_id, Organisation.id, Organisation.name
    ).join(Organisation, Organisation.id == ExchangePartner.organisation_id)
    documents_query = select(ExchangeDocument.exchange_id, func.count()).group_by(
        ExchangeDocument.exchange_id
    )
    query = select(
        Exchange.id,
        Exchange.kind,
        Exchange.direction,
        Exchange.title,
        Exchange.start_date,
        Exchange.end_date,
        Exchange.place,
        Exchange.country,
        Exchange.project_id,
        Project.code,
        Exchange.logged_by,
        Exchange.source,
    ).outerjoin(Project, Project.id == Exchange.project_id)
    if scope is not None:
        partners_query = partners_query.where(ExchangePartner.exchange_id.in_(scope))
        documents_query = documents_query.where(ExchangeDocument.exchange_id.in_(scope))
        query = query.where(Exchange.id.in_(scope))
    # Core rows through the session's connection: no ORM loading overhead on 20,000 rows.
    # Every service flushes its writes, so nothing pending is missed.
    # One object per distinct value (ids, names, kinds, dates repeat over thousands of rows):
    # the database hands out a new copy in every row, which a 20,000-row list keeps.
    shared: dict[Any, Any] = {}
    same = shared.setdefault
    links: dict[str, list[tuple[str, str, str]]] = {}
    for exchange_id, org_id, name in connection.execute(partners_query):  # streamed
        links.setdefault(exchange_id, []).append(
            (_fold_shared(name), same(org_id, org_id), same(name, name))
        )
    # {exchange id: (partner ids, partner names, folded names)}, partners sorted by name.
    partners: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {}
    for exchange_id, orgs in links.items():
        orgs.sort()
        ids, names = tuple(o[1] for o in orgs), tuple(o[2] for o in orgs)
        partners[exchange_id] = (same(ids, ids), same(names, names), " ".join(o[0] for o in orgs))
    documents = dict(connection.execute(documents_query).all())
    totals = participant_totals(session, scope)
    rows = []
    for (ex_id, kind, direction, title, start, end, place, country, ex_project, code, logged_by,
         source) in connection.execute(query):  # fmt: skip
        partner_ids, names, folded_names = partners.get(ex_id, _NO_PARTNERS)
        listed, counted, minors = totals.get(ex_id, (0, 0, 0))
        rows.append(
            ExchangeRow(
                id=ex_id,
                kind=same(kind, kind),
                direction=same(direction, direction),
                title=title,
                start_date=same(start, start),
                end_date=same(end, end),
                year=start.year,
                place=same(place, place),
                country=same(country, country),
                partner_ids=partner_ids,
                partner_names=names,
                project_id=same(ex_project, ex_project),
                project_code=same(code or "", code or ""),
                listed_count=listed,
                counted_count=counted,
                participant_total=listed + counted,
                minor_count=minors,
                document_count=documents.get(ex_id, 0),
                logged_by=same(logged_by, logged_by),
                source=same(source, source),
                search_text=" ".join(
                    [
                        fold(f"{title} {place}"),
                        folded_names,
                        _fold_shared(code or ""),
                        _fold_shared(logged_by),
                    ]
                ),
            )
        )
    rows.sort(key=lambda r: (r.start_date, r.end_date, r.id), reverse=True)
    return rows


def exchange_timeline(session: Session, year: int) -> list[TimelineMonth]:
    """Twelve months of ``year``, each with the exchanges starting in it (oldest first).

    An exchange begun the year before appears under January.
    """
    by_month: dict[int, list[ExchangeRow]] = {m: [] for m in range(1, 13)}
    for row in reversed(list_exchanges(session, year=year)):
        by_month[row.start_date.month if row.year == year else 1].append(row)
    return [
        TimelineMonth(month, tuple(rows), sum(r.participant_total for r in rows))
        for month, rows in by_month.items()
    ]


def find_possible_duplicates(
    session: Session, data: ExchangeData, exclude_id: str | None = None
) -> list[ExchangeRow]:
    """Exchanges with one of the same partners whose dates overlap those of ``data``.

    Args:
        session: the caller's session.
        data: the exchange being typed (no validation here).
        exclude_id: the exchange being edited, never its own duplicate.
    """
    data = clean_exchange(data)
    if data.start_date is None or data.end_date is None or not data.partner_ids:
        return []
    query = (
        select(ExchangePartner.exchange_id)
        .join(Exchange, Exchange.id == ExchangePartner.exchange_id)
        .where(
            ExchangePartner.organisation_id.in_(data.partner_ids),
            Exchange.start_date <= data.end_date,
            Exchange.end_date >= data.start_date,
        )
        .distinct()
    )
    if exclude_id is not None:
        query = query.where(Exchange.id != exclude_id)
    ids = list(session.scalars(query))
    return list_exchanges(session, exchange_ids=ids) if ids else []


def exchange_filter_choices(
    session: Session, language: str
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The exchanges list's partner and project filters: (id, label) pairs, two light queries.

    Partners by name; projects by code, labelled "code — title" (title in ``language``).
    """
    partners = [
        (org_id, name)
        for org_id, name in session.execute(
            select(Organisation.id, Organisation.name).order_by(Organisation.name)
        ).all()
    ]
    projects = sorted(
        session.execute(select(Project.id, Project.code, Project.title)).all(),
        key=lambda p: (fold(p.code), p.id),
    )
    return partners, [
        (pid, f"{code} — {project_title(title, language)}") for pid, code, title in projects
    ]
