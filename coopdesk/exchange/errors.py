"""Errors of imports and exports (translated), and the progress callback with cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coopdesk.i18n import plural, translate
from coopdesk.services.errors import ServiceError

# Called as progress(done, total); returning False cancels (everything is rolled back).
Progress = Callable[[int, int], bool]


class FileRefusedError(ServiceError):
    """The file was refused whole (unreadable, unsafe, wrong format); nothing was imported."""


class CancelledError(ServiceError):
    """The user cancelled a long operation; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(translate("Exchange", "Cancelled: nothing was changed."))


class WriteError(ServiceError):
    """An output file could not be written; any file already there is unchanged."""


@dataclass(frozen=True)
class RowError:
    """One rejected row: its number as the user sees it (header = 1), a column and why."""

    row: int
    column: str
    reason: str
    # The sheet (or CSV file of a zip) when the import read several.
    sheet: str = ""

    def __str__(self) -> str:
        if self.sheet:
            text = translate("Exchange", "Sheet {sheet}, row {row}, column {column}: {reason}")
            return text.format(
                sheet=self.sheet, row=self.row, column=self.column or "-", reason=self.reason
            )
        if self.column:
            text = translate("Exchange", "Row {row}, column {column}: {reason}")
            return text.format(row=self.row, column=self.column, reason=self.reason)
        return translate("Exchange", "Row {row}: {reason}").format(row=self.row, reason=self.reason)


class RowsRejectedError(ServiceError):
    """Some rows were rejected, so nothing was imported (all or nothing)."""

    def __init__(self, errors: list[RowError]) -> None:
        first = str(errors[0]) if errors else ""
        message = plural.translate(
            "Exchange", "%n row(s) rejected, nothing was imported. First: {first}", None, 1
        ).count(len(errors))
        super().__init__(message.format(first=first))
        self.errors = errors


def tick(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; raise CancelledError when the callback asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise CancelledError()
