"""Command line for the IATI file and the APD declaration (``coopdesk export iati|apd``).

Errors follow cli.py: one line on stderr (``coopdesk: ...``), exit status 1, no traceback,
the database unchanged and no output file written.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from coopdesk.i18n import translate
from coopdesk.services.errors import ServiceError

EXIT_OK, EXIT_ERROR = 0, 1


def _guarded(action: Callable[[], str]) -> int:
    """Run ``action``; print its success line, or the one-line error (exit 1)."""
    try:
        print(action())
    except ServiceError as exc:
        print(f"coopdesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(translate("Cli", "coopdesk: interrupted; nothing was changed."), file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the contract is one line, never a traceback
        message = translate("Cli", "unexpected error: {error}").format(error=exc)
        print(f"coopdesk: {message}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def run_export_iati(db: Path, out: Path) -> int:
    """``coopdesk export iati --db DB -o OUT``: every project as a validated IATI 2.03 file."""

    def action() -> str:
        from coopdesk.exchange.iati_export import export_iati
        from coopdesk.services.database import open_db
        from coopdesk.store.db import session_scope

        opened = open_db(db)
        try:
            with session_scope(opened.session_factory) as session:
                summary = export_iati(session, out)
        finally:
            opened.close()
        message = translate(
            "Cli", "IATI file written and validated: {path} ({activities} activities, "
            "{transactions} transactions)."
        )
        return message.format(
            path=out, activities=summary.activities, transactions=summary.transactions
        )

    return _guarded(action)


def run_export_apd(db: Path, out: Path, year: int) -> int:
    """``coopdesk export apd --db DB --year Y -o OUT.xlsx``: the year's APD declaration."""

    def action() -> str:
        from coopdesk.exchange.apd_export import export_apd
        from coopdesk.i18n import active_language
        from coopdesk.i18n.formatting import Formatter
        from coopdesk.services.database import open_db
        from coopdesk.store.db import session_scope

        opened = open_db(db)
        try:
            with session_scope(opened.session_factory) as session:
                declaration = export_apd(session, year, out)
        finally:
            opened.close()
        message = translate(
            "Cli", "APD declaration {year} written: {path} ({projects} project(s), {total})."
        )
        total = Formatter(active_language()).money(declaration.total_eur)
        return message.format(
            year=year, path=out, projects=len(declaration.rows), total=total
        )

    return _guarded(action)
