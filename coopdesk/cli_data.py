"""Command line for data in and out: export, import, backup, restore (wired by cli.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.i18n import plural, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

EXIT_OK = 0
IMPORT_KINDS = ("partners", "contacts", "exchanges", "transactions", "measurements")
# Row errors printed before the one-line failure message.
MAX_LISTED_ERRORS = 50


def add_data_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export``, ``import``, ``backup`` and ``restore`` to the ``coopdesk`` parser."""
    export = sub.add_parser(
        "export", help="export data: xlsx, csv (zip or one table), iati, apd, bundle"
    )
    export.add_argument(
        "format", choices=("xlsx", "csv", "iati", "apd", "bundle"), metavar="FORMAT"
    )
    export.add_argument("--year", type=int, help="apd: the year declared")
    export.add_argument("--db", type=Path, required=True, dest="db_file")
    export.add_argument("-o", "--output", type=Path, required=True, dest="out")
    export.add_argument("--french-excel", action="store_true", help="CSV with ; and a BOM")
    export.add_argument("--table", help="csv: only this table, as one CSV file")
    export.add_argument(
        "--volunteer", dest="volunteer_name", help="bundle: the volunteer whose visits to export"
    )
    export.add_argument("--all", action="store_true", help="bundle: not only what is new")

    imp = sub.add_parser("import", help="import data: xlsx, csv, bundle")
    imp.add_argument("format", choices=("xlsx", "csv", "bundle"), metavar="FORMAT")
    imp.add_argument("--db", type=Path, required=True, dest="db_file")
    imp.add_argument("input", type=Path, metavar="IN")
    imp.add_argument("--kind", choices=IMPORT_KINDS, help="what the file holds (other files)")
    imp.add_argument("--only-valid", action="store_true", help="import the valid rows only")
    imp.add_argument("--prefer", choices=("theirs", "ours"), help="bundle: settle conflicts")

    backup = sub.add_parser("backup", help="consistent, verified copy (attachments included)")
    backup.add_argument("--db", type=Path, required=True, dest="db_file")
    backup.add_argument("-o", "--output", type=Path, required=True, dest="out")

    restore = sub.add_parser("restore", help="restore a backup (the current file is kept aside)")
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("--db", type=Path, required=True, dest="db_file")


def _factory(path: Path) -> tuple[Callable[[], None], sessionmaker[Session]]:
    from coopdesk.services.database import open_db

    opened = open_db(path)
    return opened.close, opened.session_factory


def _cmd_export(args: argparse.Namespace) -> int:
    from coopdesk.cli_exports import run_export_apd, run_export_iati
    from coopdesk.exchange.bundle import export_bundle
    from coopdesk.exchange.errors import FileRefusedError
    from coopdesk.exchange.full_export import export_database, export_table
    from coopdesk.exchange.schema import TABLES_BY_NAME
    from coopdesk.store.db import session_scope

    if args.format == "iati":
        return run_export_iati(args.db_file, args.out)
    if args.format == "apd":
        if args.year is None:
            raise FileRefusedError(translate("Cli", "Give the year to declare with --year."))
        return run_export_apd(args.db_file, args.out, args.year)
    if args.format == "bundle" and not (args.volunteer_name or "").strip():
        raise FileRefusedError(translate("Cli", "Give the volunteer's name with --volunteer."))
    if args.table and args.table not in TABLES_BY_NAME:
        names = ", ".join(TABLES_BY_NAME)
        message = translate("Cli", "Unknown table {name}; choose one of: {names}.")
        raise FileRefusedError(message.format(name=args.table, names=names))
    close, factory = _factory(args.db_file)
    try:
        with session_scope(factory) as session:
            if args.format == "bundle":
                summary = export_bundle(session, args.out, args.volunteer_name, full=args.all)
                message = translate(
                    "Cli", "Bundle written: {path} ({exchanges} exchange(s), {files} file(s))."
                )
                print(
                    message.format(
                        path=args.out, exchanges=summary.exchanges, files=summary.attachments
                    )
                )
                return EXIT_OK
            if args.format == "csv" and args.table:
                rows = export_table(session, args.table, args.out, french_excel=args.french_excel)
                counts = {args.table: rows}
            else:
                fmt = "csv-fr" if args.format == "csv" and args.french_excel else args.format
                counts = export_database(session, args.out, fmt)
    finally:
        close()
    message = translate("Cli", "Exported {rows} row(s) to {path}.")
    print(message.format(rows=sum(counts.values()), path=args.out))
    return EXIT_OK


def _print_rejected(errors: list[object]) -> None:
    for error in errors[:MAX_LISTED_ERRORS]:
        print(error)
    if len(errors) > MAX_LISTED_ERRORS:
        more = len(errors) - MAX_LISTED_ERRORS
        print(plural.translate("Cli", "... and %n more.", None, 1).count(more))


def _cmd_import(args: argparse.Namespace) -> int:
    if args.format == "bundle":
        return _import_bundle(args)
    from coopdesk.exchange.errors import RowsRejectedError
    from coopdesk.exchange.full_import import import_file
    from coopdesk.store.db import session_scope

    close, factory = _factory(args.db_file)
    try:
        with session_scope(factory) as session:
            result = import_file(session, args.input, args.kind, only_valid=args.only_valid)
    except RowsRejectedError as exc:
        _print_rejected(list(exc.errors))
        raise
    finally:
        close()
    message = translate(
        "Cli", "Imported {path}: {created} added, {updated} updated, {unchanged} unchanged."
    )
    print(
        message.format(
            path=args.input,
            created=result.created,
            updated=result.updated,
            unchanged=result.unchanged,
        )
    )
    if result.skipped:
        print(
            plural.translate("Cli", "%n row(s) skipped (not valid).", None, 1).count(result.skipped)
        )
    return EXIT_OK


def _import_bundle(args: argparse.Namespace) -> int:
    from coopdesk.exchange.bundle_apply import apply_bundle
    from coopdesk.exchange.bundle_merge import plan_bundle
    from coopdesk.exchange.bundle_read import read_bundle
    from coopdesk.store.db import session_scope

    bundle = read_bundle(args.input)
    close, factory = _factory(args.db_file)
    try:
        with session_scope(factory) as session:
            plan = plan_bundle(session, bundle)
            decisions = {c.exchange_id: args.prefer for c in plan.conflicts if args.prefer}
            result = apply_bundle(session, plan, decisions)
    finally:
        close()
    message = translate(
        "Cli", "Bundle from {volunteer}: {added} added, {updated} updated, {unchanged} unchanged."
    )
    print(
        message.format(
            volunteer=bundle.volunteer,
            added=result.added,
            updated=result.updated,
            unchanged=plan.unchanged + plan.kept,
        )
    )
    for note in plan.notes:
        print(note)
    if result.conflicts_left:
        line = translate("Cli", "Conflict, left unchanged: {date} {title} ({id})")
        for conflict in plan.conflicts:
            print(
                line.format(date=conflict.start_date, title=conflict.title, id=conflict.exchange_id)
            )
        print(
            plural.translate(
                "Cli",
                "%n conflict(s) left unchanged: use --prefer theirs or --prefer ours.",
                None,
                1,
            ).count(result.conflicts_left)
        )
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from coopdesk.exchange.backups import make_backup

    dest = make_backup(args.db_file, args.out)
    print(translate("Cli", "Backup written and verified: {path}").format(path=dest))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from coopdesk.exchange.backups import restore

    aside = restore(args.backup, args.db_file)
    print(
        translate("Cli", "Restored {backup} into {path}.").format(
            backup=args.backup, path=args.db_file
        )
    )
    if aside is not None:
        print(translate("Cli", "The previous file was kept as {path}.").format(path=aside))
    return EXIT_OK


DATA_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": _cmd_export,
    "import": _cmd_import,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}
