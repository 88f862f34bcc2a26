"""Command line: GUI launcher, init, demo, check. Errors: one line on stderr, exit 1."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk import __version__
from coopdesk.cli_data import DATA_COMMANDS, add_data_parsers
from coopdesk.cli_privacy import add_privacy_parser, run_privacy
from coopdesk.cli_report import add_report_parser, run_report
from coopdesk.config import DB_SUFFIX, default_database_path
from coopdesk.i18n import SUPPORTED_UI_LANGUAGES, plural, set_language, translate
from coopdesk.services.errors import ServiceError, StorageError
from coopdesk.store.server import display_url, server_url
from coopdesk.store.write_errors import StorageFailedError

if TYPE_CHECKING:
    from sqlalchemy import Engine

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
BUNDLE_SUFFIX = ".coopdesk"  # = coopdesk.exchange.bundle.BUNDLE_SUFFIX (not imported: slow)


class CliError(Exception):
    """A failure to report as one line on stderr."""


def _language_from_environment() -> str:
    for var in ("COOPDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        code = value.split("_")[0].split(".")[0].lower()
        if code in SUPPORTED_UI_LANGUAGES:
            return code
    return "en"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coopdesk",
        description="CoopDesk: decentralised cooperation and town twinning, offline.",
    )
    parser.add_argument("--version", action="version", version=f"coopdesk {__version__}")
    parser.add_argument("--db", type=Path, help="database file to open in the GUI")
    parser.add_argument(
        "--volunteer",
        action="store_true",
        help="volunteer mode: only log and see one's own visits",
    )
    # `coopdesk FILE.coopdesk` (a file manager opening a volunteer bundle) becomes --bundle.
    parser.add_argument("--bundle", type=Path, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="create a new, empty database (refuses an existing file)")
    init.add_argument("--db", type=Path, required=True, dest="db_file")

    demo = sub.add_parser("demo", help="create a database with the realistic demo dataset")
    demo.add_argument("--db", type=Path, required=True, dest="db_file")
    demo.add_argument("--scale", type=_positive_int, default=1, help="multiply volumes by N")
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)

    check = sub.add_parser("check", help="integrity and schema check; exit 0 when healthy")
    check.add_argument("--db", type=Path, required=True, dest="db_file")
    add_data_parsers(sub)
    add_privacy_parser(sub)
    add_report_parser(sub)
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 1 <= number <= 1000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return number


def _cmd_init(args: argparse.Namespace) -> int:
    from coopdesk.services.database import new_db

    opened = new_db(args.db_file)
    opened.close()
    print(translate("Cli", "Created an empty database: {path}").format(path=_where(opened.path)))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from coopdesk.services.database import DatabaseError, describe_refusal
    from coopdesk.services.demo import populate_demo
    from coopdesk.store.db import DatabaseRefusedError
    from coopdesk.store.lifecycle import create_database

    def populate(engine: Engine) -> None:
        populate_demo(engine, scale=args.scale, seed=args.seed)

    try:
        create_database(args.db_file, populate=populate)
    except DatabaseRefusedError as exc:
        raise DatabaseError(describe_refusal(exc)) from exc
    print(
        translate("Cli", "Created the demo database (scale {scale}): {path}").format(
            scale=args.scale, path=_where(args.db_file)
        )
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from coopdesk.services.check import check_database

    report = check_database(args.db_file)
    if len(report.problems) == 1:
        for note in report.notes:  # e.g. the newest verified backup of a damaged file
            print(note)
        raise CliError(report.problems[0])
    if report.problems:
        for problem in report.problems:
            print(problem)
        for note in report.notes:
            print(note)
        count = len(report.problems)
        raise CliError(
            plural.translate("Cli", "%n problem(s) found; see above.", None, 1).count(count)
        )
    print(
        translate("Cli", "{path}: healthy (schema {rev}).").format(
            path=_where(report.path), rev=report.revision
        )
    )
    for note in report.notes:
        print(note)
    for table, count in sorted(report.row_counts.items()):
        print(f"  {table:<24} {count:>9}")
    return EXIT_OK


def file_arguments(argv: Sequence[str], commands: Collection[str]) -> list[str]:
    """``coopdesk [--db DB] FILE`` as a file manager runs it: FILE.coopdb is the database to
    open (``--db FILE``), FILE.coopdesk a volunteer bundle to import (``--bundle FILE``)."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg.startswith("-") or (i > 0 and args[i - 1] == "--db"):
            continue
        if arg in commands:
            break
        suffix = Path(arg).suffix.lower()
        if suffix == DB_SUFFIX:
            return [*args[:i], "--db", arg, *args[i + 1 :]]
        if suffix == BUNDLE_SUFFIX:
            return [*args[:i], "--bundle", arg, *args[i + 1 :]]
        break
    return args


def _import_opened_bundle(args: argparse.Namespace) -> None:
    """Import ``--bundle`` into the database the GUI will show (``--db``, else the default)."""
    db = args.db or default_database_path()
    if not db.is_file():
        raise CliError(
            translate("Cli", "No database to import the bundle into: give it with --db FILE.")
        )
    args.db = db
    DATA_COMMANDS["import"](
        argparse.Namespace(format="bundle", db_file=db, input=args.bundle, prefer=None)
    )
    sys.stdout.flush()  # the summary, before the window runs for hours


def _where(location: Path) -> str:
    """A database for messages: the file's full path, or the server URL (no password)."""
    url = server_url(location)
    return display_url(url) if url is not None else str(location.resolve())


def _cmd_gui(args: argparse.Namespace) -> int:
    from coopdesk.app import run_gui

    if args.bundle is not None:
        if args.volunteer:
            raise CliError(translate("Cli", "A volunteer cannot import a bundle."))
        _import_opened_bundle(args)
    return run_gui(args.db, volunteer=args.volunteer)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: _cmd_gui,
    "init": _cmd_init,
    "demo": _cmd_demo,
    "check": _cmd_check,
    **DATA_COMMANDS,
    "privacy": run_privacy,
    "report": run_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``coopdesk`` and ``python -m coopdesk``."""
    set_language(_language_from_environment())
    argv = file_arguments(sys.argv[1:] if argv is None else argv, {c for c in COMMANDS if c})
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (ServiceError, CliError) as exc:
        print(f"coopdesk: {exc}", file=sys.stderr)
    except StorageFailedError as exc:  # disk full, read-only medium: rolled back
        print(f"coopdesk: {StorageError(exc.failure)}", file=sys.stderr)
    except KeyboardInterrupt:
        print(translate("Cli", "coopdesk: interrupted; nothing was changed."), file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 - the contract is one line, never a traceback
        message = translate("Cli", "unexpected error: {error}").format(error=exc)
        print(f"coopdesk: {message}", file=sys.stderr)
    return EXIT_ERROR
