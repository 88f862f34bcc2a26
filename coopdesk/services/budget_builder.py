"""Builds the budget summary DTOs of a set of projects from a few grouped queries.

See ``budget_summary`` for the definitions and the rounding rule.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import null, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import BudgetCategory, FundingKind
from coopdesk.domain.money import Money
from coopdesk.i18n.formatting import Formatter
from coopdesk.services import budget_warnings as bw
from coopdesk.services.budget_conversion import TxSums, eur_cents, transaction_totals
from coopdesk.services.budget_figures import (
    LineSummary,
    ProjectBudgetSummary,
    SourceSummary,
    YearSummary,
    eur,
    figures,
    kind_shares,
    merge_kinds,
    ratio,
)
from coopdesk.services.budget_lines import line_name
from coopdesk.services.funding import source_name
from coopdesk.services.labels_budget import unallocated_label
from coopdesk.store.models import BudgetLine, FundingSource, Organisation, Project

_CATEGORY_ORDER = {c.value: n for n, c in enumerate(BudgetCategory)}
_KIND_ORDER = {k.value: n for n, k in enumerate(FundingKind)}


def sum_of(rows: Iterable[Any], name: str) -> int:
    """The sum of the cents of the Money attribute ``name`` of ``rows``."""
    return sum(getattr(r, name).minor for r in rows)


class _Line(NamedTuple):
    id: str
    project_id: str
    year: int
    category: str
    label: str
    planned_minor: int
    currency: str


class _Source(NamedTuple):
    id: str
    project_id: str
    year: int
    kind: str
    label: str
    organisation_id: str | None
    org_name: str | None
    committed_minor: int
    received_minor: int
    currency: str
    committed_on: dt.date | None
    received_on: dt.date | None
    cap_basis_points: int | None


_NO_SUMS = TxSums()


class Builder:
    """Collects a set of projects' rows with a few grouped queries, then builds the DTOs.

    Figures are computed in integer cents first; line and source DTOs are made only with
    ``detail`` (a commune summary does without the 10⁴ lines of a large commune).
    """

    def __init__(
        self,
        session: Session,
        project_ids: list[str] | None,
        year: int | None,
        fmt: Formatter,
        *,
        detail: bool = True,
    ) -> None:
        self.fmt = fmt
        self.detail = detail
        pq = select(Project.id, Project.code, Project.title, Project.theme, Project.dac_sector)
        lq = select(*(getattr(BudgetLine, f) for f in _Line._fields))
        skipped = {"committed_on", "received_on"} if not detail else set()
        columns: list[Any] = [
            Organisation.name
            if f == "org_name"
            else null()  # parsing 10⁴ dates for nothing is not free
            if f in skipped
            else getattr(FundingSource, f)
            for f in _Source._fields
        ]
        sq = select(*columns).outerjoin(
            Organisation, Organisation.id == FundingSource.organisation_id
        )
        if project_ids is not None:
            pq = pq.where(Project.id.in_(project_ids))
            lq = lq.where(BudgetLine.project_id.in_(project_ids))
            sq = sq.where(FundingSource.project_id.in_(project_ids))
        if year is not None:
            lq = lq.where(BudgetLine.year == year)
            sq = sq.where(FundingSource.year == year)
        self.projects = {row[0]: row for row in session.execute(pq).all()}
        self.lines: dict[tuple[str, int], list[_Line]] = defaultdict(list)
        for row in session.execute(lq).all():
            line = _Line(*row)
            self.lines[(line.project_id, line.year)].append(line)
        self.sources: dict[tuple[str, int], list[_Source]] = defaultdict(list)
        for row in session.execute(sq).all():
            src = _Source(*row)
            self.sources[(src.project_id, src.year)].append(src)
        self.tx = transaction_totals(session, project_ids=project_ids, year=year)

    def project_year_keys(self) -> list[tuple[str, int]]:
        keys = set(self.lines) | set(self.sources) | set(self.tx.by_project_year)
        return sorted(k for k in keys if k[0] in self.projects)

    def year_summary(self, project_id: str, year: int) -> YearSummary:
        key = (project_id, year)
        code = self.projects[project_id][1]
        lines = sorted(
            self.lines.get(key, []),
            key=lambda x: (_CATEGORY_ORDER.get(x.category, 99), x.label.casefold(), x.id),
        )
        line_sums = [self.tx.by_line.get(x.id, _NO_SUMS) for x in lines]
        line_planned = [eur_cents(x.planned_minor, x.currency) or 0 for x in lines]
        sources = self.sources.get(key, [])
        # Sources are in euros or at a fixed parity (checked on input): never None.
        committed_eur = [eur_cents(x.committed_minor, x.currency) or 0 for x in sources]
        received_eur = [eur_cents(x.received_minor, x.currency) or 0 for x in sources]
        source_sums = [self.tx.by_source.get(x.id, _NO_SUMS) for x in sources]
        rest = TxSums()  # spending not booked on a line: on a source, or on nothing
        for part in [*source_sums, self.tx.by_project_year.get(key, _NO_SUMS)]:
            rest.merge(part)
        everything = TxSums()
        for part in [rest, *line_sums]:
            everything.merge(part)
        planned = sum(line_planned)
        out_lines: list[LineSummary] = []
        out_sources: list[SourceSummary] = []
        if self.detail:
            out_lines = self._line_rows(project_id, year, lines, line_planned, line_sums, rest)
            out_sources = self._source_rows(
                project_id, year, sources, committed_eur, received_eur, source_sums, planned
            )
        warnings = [
            bw.line_overspent(
                self.fmt,
                project_id=project_id,
                year=year,
                line_id=line.id,
                name=line_name(line.label, line.category),
                planned=p,
                spent=sums.expense,
            )
            for line, p, sums in zip(lines, line_planned, line_sums, strict=True)
            if sums.expense > p  # names are translated only for the warnings made
        ]
        warnings.append(
            bw.year_overspent(
                self.fmt,
                project_id=project_id,
                code=code,
                year=year,
                planned=planned,
                spent=everything.expense,
            )
        )
        basis = planned or sum(committed_eur)
        for src, c in zip(sources, committed_eur, strict=True):
            if src.received_minor <= src.committed_minor and src.cap_basis_points is None:
                continue  # nothing to warn about: spare the name's translation
            warnings.extend(
                bw.source_warnings(
                    self.fmt,
                    project_id=project_id,
                    year=year,
                    source_id=src.id,
                    name=source_name(src.label, src.org_name or "", src.kind),
                    currency=src.currency,
                    committed_minor=src.committed_minor,
                    received_minor=src.received_minor,
                    committed_eur=c,
                    basis_eur=basis,
                    cap=src.cap_basis_points,
                )
            )
        warnings.append(
            bw.missing_rate(
                project_id=project_id, code=code, year=year, count=everything.unconverted
            )
        )
        return YearSummary(
            **figures(planned, everything.commitment, everything.expense),
            project_id=project_id,
            project_code=code,
            year=year,
            income=eur(everything.income),
            funding_committed=eur(sum(committed_eur)),
            funding_received=eur(sum(received_eur)),
            unconverted_count=everything.unconverted,
            lines=tuple(out_lines),
            sources=tuple(out_sources),
            kinds=kind_shares(
                (src.kind, c, r, 1)
                for src, c, r in zip(sources, committed_eur, received_eur, strict=True)
            ),
            warnings=tuple(w for w in warnings if w is not None),
        )

    def _line_rows(
        self,
        project_id: str,
        year: int,
        lines: list[_Line],
        planned: list[int],
        sums: list[TxSums],
        rest: TxSums,
    ) -> list[LineSummary]:
        out = [
            LineSummary(
                **figures(p, s.commitment, s.expense),
                budget_line_id=line.id,
                project_id=project_id,
                year=year,
                category=line.category,
                label=line.label,
                planned_original=Money(line.planned_minor, line.currency),
                transaction_count=s.spending_count,
            )
            for line, p, s in zip(lines, planned, sums, strict=True)
        ]
        if rest.spending_count:
            out.append(
                LineSummary(
                    **figures(0, rest.commitment, rest.expense),
                    budget_line_id=None,
                    project_id=project_id,
                    year=year,
                    category="",
                    label=unallocated_label(),
                    planned_original=eur(0),
                    transaction_count=rest.spending_count,
                )
            )
        return out

    def _source_rows(
        self,
        project_id: str,
        year: int,
        sources: list[_Source],
        committed: list[int],
        received: list[int],
        sums: list[TxSums],
        planned: int,
    ) -> list[SourceSummary]:
        total_c, total_r = sum(committed), sum(received)
        basis = planned or total_c
        out = [
            SourceSummary(
                funding_source_id=src.id,
                project_id=project_id,
                year=year,
                kind=src.kind,
                name=source_name(src.label, src.org_name or "", src.kind),
                organisation_id=src.organisation_id,
                committed=Money(src.committed_minor, src.currency),
                received=Money(src.received_minor, src.currency),
                committed_eur=eur(c),
                received_eur=eur(r),
                income_eur=eur(s.income),
                committed_share=ratio(c, total_c),
                received_share=ratio(r, total_r),
                budget_share=ratio(c, basis),
                cap_basis_points=src.cap_basis_points,
                committed_on=src.committed_on,
                received_on=src.received_on,
            )
            for src, c, r, s in zip(sources, committed, received, sums, strict=True)
        ]
        out.sort(
            key=lambda s: (_KIND_ORDER.get(s.kind, 99), s.name.casefold(), s.funding_source_id)
        )
        return out

    def project_summaries(self) -> list[ProjectBudgetSummary]:
        years: dict[str, list[YearSummary]] = defaultdict(list)
        for project_id, year in self.project_year_keys():
            years[project_id].append(self.year_summary(project_id, year))
        out = [self.project_summary(pid, tuple(ys)) for pid, ys in years.items()]
        out.sort(key=lambda p: (p.code.casefold(), p.project_id))
        return out

    def project_summary(
        self, project_id: str, years: tuple[YearSummary, ...]
    ) -> ProjectBudgetSummary:
        _pid, code, title, theme, _dac = self.projects[project_id]
        return ProjectBudgetSummary(
            **figures(*(sum_of(years, n) for n in ("planned", "committed", "spent"))),
            project_id=project_id,
            code=code,
            title=dict(title),
            theme=theme,
            income=eur(sum_of(years, "income")),
            funding_committed=eur(sum_of(years, "funding_committed")),
            funding_received=eur(sum_of(years, "funding_received")),
            unconverted_count=sum(y.unconverted_count for y in years),
            years=years,
            kinds=merge_kinds(y.kinds for y in years),
            warnings=tuple(w for y in years for w in y.warnings),
        )
