"""One entry point for the GUI and the command line: a request in, a PDF file out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.i18n.formatting import Formatter
from coopdesk.reports import data as report_data
from coopdesk.reports.annual import build_annual
from coopdesk.reports.budget_statement import build_budget_statement
from coopdesk.reports.catalogs import report_catalog, ui_text
from coopdesk.reports.errors import (
    BAD_YEAR,
    LANGUAGE_COUNT,
    PROJECT_NEEDED,
    SAME_LANGUAGE,
    UNKNOWN_KIND,
    UNKNOWN_LANGUAGE,
    UNKNOWN_LAYOUT,
    UNKNOWN_PROJECT,
    report_error,
)
from coopdesk.reports.exchanges_log import build_exchanges_log
from coopdesk.reports.options import (
    ANNUAL,
    BUDGET,
    LAYOUTS,
    PROJECT,
    REPORT_KINDS,
    REPORT_LANGUAGES,
    SIDE_BY_SIDE,
)
from coopdesk.reports.output import atomic_output
from coopdesk.reports.project_sheet import build_project_sheet

FIRST_YEAR, LAST_YEAR = 1950, 2200
READING = QT_TRANSLATE_NOOP("Reports", "Reading the data…")
LAYING_OUT = QT_TRANSLATE_NOOP("Reports", "Laying out the pages…")
WRITTEN = QT_TRANSLATE_NOOP("Reports", "Report written: {path}")

# percent (0 to 100), a message in the interface language.
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class ReportRequest:
    """What the user asked for.

    Attributes:
        kind: "annual", "project", "budget" or "exchanges".
        year: the year reported on (for a project sheet: the budget year shown in detail).
        languages: one or two of ``REPORT_LANGUAGES``, the first one leading.
        project_code: the project of a project sheet; for a budget statement, one project
            instead of the whole commune.
        layout: "side-by-side" (two columns) or "sequential" (one language after the other).
        issued_on: the issue date printed; by default the day of the latest change in the
            database, so that the same data gives the same file.
    """

    kind: str
    year: int
    languages: tuple[str, ...] = ("fr",)
    project_code: str | None = None
    layout: str = SIDE_BY_SIDE
    issued_on: dt.date | None = field(default=None, compare=False)


def check_request(request: ReportRequest) -> None:
    """Refuse a request that cannot be made, before any work.

    Raises:
        ReportError: with a translated sentence saying what to change.
    """
    if request.kind not in REPORT_KINDS:
        raise report_error(UNKNOWN_KIND, kind=request.kind, kinds=", ".join(REPORT_KINDS))
    if request.layout not in LAYOUTS:
        raise report_error(UNKNOWN_LAYOUT, layout=request.layout, layouts=", ".join(LAYOUTS))
    if not 1 <= len(request.languages) <= 2:
        raise report_error(LANGUAGE_COUNT)
    for code in request.languages:
        if code not in REPORT_LANGUAGES:
            raise report_error(UNKNOWN_LANGUAGE, code=code, codes=", ".join(REPORT_LANGUAGES))
    if len(set(request.languages)) != len(request.languages):
        raise report_error(SAME_LANGUAGE, code=request.languages[0])
    if not FIRST_YEAR <= request.year <= LAST_YEAR:
        raise report_error(BAD_YEAR, first=FIRST_YEAR, last=LAST_YEAR)
    if request.kind == PROJECT and not (request.project_code or "").strip():
        raise report_error(PROJECT_NEEDED)


def _project_id(session: Session, request: ReportRequest) -> str | None:
    code = (request.project_code or "").strip()
    if not code:
        return None
    found = report_data.find_project(session, code)
    if found is None:
        raise report_error(UNKNOWN_PROJECT, code=code)
    return found


def generate_report(
    session: Session,
    request: ReportRequest,
    out_path: Path | str,
    progress: Progress | None = None,
) -> Path:
    """Make the report asked for and write it to ``out_path`` atomically.

    The file appears only once complete (a temporary file beside it is renamed); on any
    error nothing is left behind and an existing file is kept. The session is only read.

    Args:
        session: the caller's session (read only; runs fine in a worker thread's own session).
        request: what to make.
        out_path: the PDF file to write.
        progress: called with a percentage and a message in the interface language.

    Returns:
        The path written.

    Raises:
        ReportError: bad request (language, kind, year), unknown project, unwritable path.
    """
    check_request(request)
    report = progress or (lambda _percent, _message: None)
    target = Path(out_path)
    project_id = _project_id(session, request)
    catalogs = [report_catalog(code) for code in request.languages]
    fmts = [Formatter(code) for code in request.languages]
    with atomic_output(target) as handle:
        report(5, ui_text(READING))
        year, today, layout = request.year, request.issued_on, request.layout
        if request.kind == ANNUAL:
            annual = report_data.annual_data(session, year, today=today)
            report(35, ui_text(LAYING_OUT))
            build_annual(annual, catalogs, fmts, handle, layout=layout)
        elif request.kind == PROJECT:
            assert project_id is not None  # check_request asks for a code
            sheet = report_data.project_data(session, project_id, year, today=today)
            report(35, ui_text(LAYING_OUT))
            build_project_sheet(sheet, catalogs, fmts, handle, layout=layout)
        elif request.kind == BUDGET:
            budget = report_data.budget_data(session, year, project_id, today=today)
            report(35, ui_text(LAYING_OUT))
            build_budget_statement(budget, catalogs, fmts, handle, layout=layout)
        else:
            log = report_data.exchanges_data(session, year, today=today)
            report(35, ui_text(LAYING_OUT))
            build_exchanges_log(log, catalogs, fmts, handle, layout=layout)
    report(100, ui_text(WRITTEN).format(path=target))
    return target
