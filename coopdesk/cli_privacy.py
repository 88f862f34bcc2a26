"""`coopdesk privacy find/export/erase/retention/register`: personal data from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coopdesk.i18n import plural, translate
from coopdesk.services.errors import ServiceError

EXIT_OK = 0


class PrivacyCliError(ServiceError):
    """A refusal to report as one line on stderr (exit status 1)."""


def add_privacy_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``privacy`` and its actions to the ``coopdesk`` sub-command parsers."""
    privacy = subparsers.add_parser(
        "privacy", help="personal data (GDPR): find, export or erase a person"
    )
    actions = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)

    find = actions.add_parser("find", help="find contacts and participants by name, email, phone")
    find.add_argument("--db", type=Path, required=True, dest="db_file")
    find.add_argument("query", nargs="+", metavar="NAME", help="words to look for")

    export = actions.add_parser("export", help="export everything held about a person (JSON)")
    export.add_argument("--db", type=Path, required=True, dest="db_file")
    export.add_argument(
        "--id",
        required=True,
        action="append",
        dest="ids",
        help="id shown by `privacy find` (repeat for several records)",
    )
    export.add_argument("-o", "--output", type=Path, required=True, help="JSON file to write")

    erase = actions.add_parser("erase", help="anonymise (or delete) a person, history included")
    erase.add_argument("--db", type=Path, required=True, dest="db_file")
    erase.add_argument(
        "--id",
        required=True,
        action="append",
        dest="ids",
        help="id shown by `privacy find` (repeat for several records)",
    )
    erase.add_argument(
        "--delete", action="store_true", help="delete the records instead of anonymising them"
    )
    erase.add_argument(
        "--mentions",
        action="store_true",
        help="also erase the person's name where other records mention it",
    )
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    retention = actions.add_parser(
        "retention", help="participants kept past the retention period; anonymise them"
    )
    retention.add_argument("--db", type=Path, required=True, dest="db_file")
    retention.add_argument("--anonymise", action="store_true", help="anonymise them now")
    retention.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    retention.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)

    register = actions.add_parser(
        "register", help="record of processing (French PDF) for the data protection officer"
    )
    register.add_argument("--db", type=Path, required=True, dest="db_file")
    register.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    register.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
    return privacy  # type: ignore[no-any-return]


def _confirm(question: str, assume_yes: bool) -> bool:
    """True when the user agrees; without a terminal, only ``--yes`` agrees."""
    if assume_yes:
        return True
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        message = translate(
            "Cli", "refusing to erase without confirmation: run it in a terminal or add --yes."
        )
        raise PrivacyCliError(message)
    yes = {"y", "yes", "o", "oui", translate("Cli", "yes").casefold()}
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        answer = ""
    return answer.strip().casefold() in yes


def _dates(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    return start.isoformat() if end in (None, start) else f"{start.isoformat()}..{end}"


def _print_persons(matches: list[Any]) -> None:
    for m in matches:
        extra = ", ".join(x for x in (m.email, m.phone) if x)
        line = f"{m.kind.value:<11} {m.id}  {m.name or '-'}"
        line += f" ({extra})" if extra else ""
        print(f"{line} | {m.where} {_dates(m.start, m.end)}".rstrip())


def _cmd_find(args: argparse.Namespace) -> int:
    from coopdesk.services.privacy import find_person
    from coopdesk.services.writer_lock import open_read_only
    from coopdesk.store.db import session_scope

    opened = open_read_only(args.db_file)
    try:
        with session_scope(opened.session_factory) as session:
            matches = find_person(session, " ".join(args.query))
    finally:
        opened.close()
    if not matches:
        print(translate("Cli", "No contact or participant matches."))
        return EXIT_OK
    _print_persons(matches)
    return EXIT_OK


def write_json_atomically(data: object, out: Path) -> None:
    """Write ``data`` as JSON: a temporary file beside ``out``, synced, then renamed."""
    out = out.resolve()
    if not out.parent.is_dir():
        message = translate("Cli", "The folder {path} does not exist.")
        raise PrivacyCliError(message.format(path=out.parent))
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(name, out)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _cmd_export(args: argparse.Namespace) -> int:
    from coopdesk.services.privacy import export_person, resolve_refs
    from coopdesk.services.writer_lock import open_read_only
    from coopdesk.store.db import session_scope

    opened = open_read_only(args.db_file)
    try:
        with session_scope(opened.session_factory) as session:
            data = export_person(session, resolve_refs(session, args.ids))
    finally:
        opened.close()
    write_json_atomically(data, args.output)
    print(
        plural.translate("Cli", "Exported %n record(s) to {path}", None, 1)
        .count(len(args.ids))
        .format(path=args.output.resolve())
    )
    return EXIT_OK


def _report_erasure(result: Any) -> None:
    print(
        translate(
            "Cli",
            "Anonymised: {anonymised}; deleted: {deleted}; history entries cleaned: {redacted}.",
        ).format(
            anonymised=result.anonymised + result.replaced,
            deleted=result.deleted,
            redacted=result.redacted_entries,
        )
    )
    if result.mentions:
        print(
            plural.translate("Cli", "The name still appears in %n other record(s):", None, 1).count(
                len(result.mentions)
            )
        )
        for m in result.mentions:
            print(f"  {m.table} {m.id} {m.column}: {m.excerpt}")
    print(
        translate(
            "Cli", "Backups made before today still hold the erased data until they are replaced."
        )
    )


def _erase_with(
    args: argparse.Namespace, action: Callable[..., Any], question: Callable[..., str | None]
) -> int:
    from coopdesk.services.privacy import purge_free_space
    from coopdesk.services.writer_lock import open_for_writing
    from coopdesk.store.db import session_scope

    opened = open_for_writing(args.db_file)
    try:
        with session_scope(opened.session_factory) as session:
            prompt = question(session)
        if prompt is None:
            return EXIT_OK
        if not _confirm(prompt, args.yes):
            print(translate("Cli", "Nothing was changed."))
            return EXIT_OK
        with session_scope(opened.session_factory) as session:
            result = action(session)
        opened.engine.dispose()  # VACUUM needs the file to itself; the lock is still ours
        purge_free_space(opened.path)
    finally:
        opened.close()
    _report_erasure(result)
    return EXIT_OK


def _cmd_erase(args: argparse.Namespace) -> int:
    from coopdesk.services.privacy import EraseMode, erase_person, get_persons, resolve_refs

    mode = EraseMode.DELETE if args.delete else EraseMode.ANONYMISE
    refs: list[Any] = []

    def question(session: Any) -> str:
        refs.extend(resolve_refs(session, args.ids))
        _print_persons(get_persons(session, refs))
        text = (
            plural.translate("Cli", "Delete these %n record(s) for good?", None, 1).count(len(refs))
            if args.delete
            else plural.translate("Cli", "Anonymise these %n record(s) for good?", None, 1).count(
                len(refs)
            )
        )
        return text

    return _erase_with(
        args, lambda s: erase_person(s, refs, mode, scrub_mentions=args.mentions), question
    )


def _print_due(session: Any, today: dt.date | None) -> list[Any]:
    from coopdesk.services.retention import retention_due, retention_summary, retention_years

    due = retention_due(session, today)
    print(retention_summary(due, retention_years(session)))
    per_exchange: dict[str, list[Any]] = {}
    for row in due:
        per_exchange.setdefault(row.exchange_id, []).append(row)
    for rows in per_exchange.values():
        count = plural.translate("Cli", "%n named participant(s)", None, 1).count(len(rows))
        print(f"  {rows[0].exchange_end.isoformat()}  {rows[0].exchange_title}: {count}")
    return due


def _cmd_retention(args: argparse.Namespace) -> int:
    from coopdesk.services.retention import anonymise_due
    from coopdesk.services.writer_lock import open_read_only
    from coopdesk.store.db import session_scope

    if not args.anonymise:
        opened = open_read_only(args.db_file)
        try:
            with session_scope(opened.session_factory) as session:
                _print_due(session, args.today)
        finally:
            opened.close()
        return EXIT_OK

    def question(session: Any) -> str | None:
        due = _print_due(session, args.today)
        if not due:
            return None
        return plural.translate("Cli", "Anonymise these %n participant(s)?", None, 1).count(
            len(due)
        )

    return _erase_with(args, lambda s: anonymise_due(s, args.today), question)


def _cmd_register(args: argparse.Namespace) -> int:
    from coopdesk.reports.processing_register import write_processing_register
    from coopdesk.services.writer_lock import open_read_only
    from coopdesk.store.db import session_scope

    opened = open_read_only(args.db_file)
    try:
        with session_scope(opened.session_factory) as session:
            written = write_processing_register(
                session, args.db_file, args.output, today=args.today
            )
    finally:
        opened.close()
    message = translate("Cli", "Record of processing written to {path}")
    print(message.format(path=written.resolve()))
    return EXIT_OK


_ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "find": _cmd_find,
    "export": _cmd_export,
    "erase": _cmd_erase,
    "retention": _cmd_retention,
    "register": _cmd_register,
}


def run_privacy(args: argparse.Namespace) -> int:
    """Run ``coopdesk privacy ACTION``; errors are ServiceErrors (one line, exit 1)."""
    return _ACTIONS[args.privacy_command](args)
