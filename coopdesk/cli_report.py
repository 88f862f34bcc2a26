"""``coopdesk report KIND``: write a PDF report in one or two languages (wired by cli.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from coopdesk.reports.options import LAYOUTS, REPORT_KINDS, SIDE_BY_SIDE

EXIT_OK = 0


def add_report_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``report`` to the ``coopdesk`` parser."""
    report = sub.add_parser(
        "report", help="write a PDF report: annual, project, budget or exchanges"
    )
    report.add_argument("kind", choices=REPORT_KINDS, metavar="KIND",
                        help="annual, project (needs --project), budget or exchanges")
    report.add_argument("--db", type=Path, required=True, dest="db_file")
    report.add_argument("--year", type=int, required=True, help="the year reported on")
    report.add_argument("--lang", action="append", required=True, dest="languages",
                        metavar="LANG", help="report language (give it twice for two)")
    report.add_argument("--project", dest="project_code", metavar="CODE",
                        help="project code: the project sheet's, or one project's budget")
    report.add_argument("--layout", choices=LAYOUTS, default=SIDE_BY_SIDE,
                        help="two languages side by side (default) or one after the other")
    report.add_argument("-o", "--output", type=Path, required=True, dest="out")


def run_report(args: argparse.Namespace) -> int:
    """Run ``coopdesk report``; errors are raised as ServiceError (one line, exit 1)."""
    from coopdesk.reports.catalogs import ui_text
    from coopdesk.reports.generate import WRITTEN, ReportRequest, check_request, generate_report
    from coopdesk.services.database import open_db
    from coopdesk.store.db import session_scope

    request = ReportRequest(
        kind=args.kind,
        year=args.year,
        languages=tuple(code.strip().lower() for code in args.languages),
        project_code=args.project_code,
        layout=args.layout,
    )
    check_request(request)  # before the database is opened
    opened = open_db(args.db_file, readonly=True)
    try:
        with session_scope(opened.session_factory) as session:
            path = generate_report(session, request, args.out)
    finally:
        opened.close()
    print(ui_text(WRITTEN).format(path=path))
    return EXIT_OK
