"""Erasing personal data from the GUI: one transaction, no undo back to it, a clean file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from coopdesk.i18n import plural, translate
from coopdesk.services.privacy import ErasureResult, purge_free_space
from coopdesk.ui.context import AppContext


def erase_and_purge(
    context: AppContext, action: Callable[[Session], ErasureResult]
) -> tuple[ErasureResult, str]:
    """Run an erasure (one transaction), clear the undo history, clean the file's free space.

    Returns:
        The erasure's result, and a warning ("" when none) if the free space could not be
        cleaned (the erasure itself is committed).

    Raises:
        ServiceError: the erasure was refused; nothing was changed.
    """
    result = context.run(action)
    # An undo of an earlier edit would write the erased name back.
    context.undo_stack.clear()
    for entity in ("participant", "contact", "exchange", "organisation"):
        context.events.changed.emit(entity)
    bind = context.session_factory.kw.get("bind")
    if isinstance(bind, Engine):
        bind.dispose()  # VACUUM wants the file to itself; connections reopen on demand
    try:
        purge_free_space(context.db_path)
    except (sqlite3.Error, OSError) as exc:
        warning = translate(
            "PrivacyDialog",
            "The data was erased, but the file could not be compacted ({reason}): old copies "
            "of the erased values may remain in its free space until the next erasure.",
        ).format(reason=exc)
        return result, warning
    return result, ""


def describe_erasure(result: ErasureResult) -> str:
    """What an erasure did, in one short translated paragraph."""
    lines = [
        translate(
            "PrivacyDialog",
            "Anonymised: {anonymised}; deleted: {deleted}; history entries cleaned: {redacted}.",
        ).format(
            anonymised=result.anonymised + result.replaced,
            deleted=result.deleted,
            redacted=result.redacted_entries,
        )
    ]
    if result.mentions:
        lines.append(
            plural.translate(
                "PrivacyDialog", "The name still appears in %n other record(s).", None, 1
            ).count(len(result.mentions))
        )
    lines.append(
        translate(
            "PrivacyDialog",
            "Backups made before today still hold the erased data until they are replaced.",
        )
    )
    return " ".join(lines)
