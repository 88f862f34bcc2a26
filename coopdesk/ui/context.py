"""What every page and dialog needs: sessions, the undo stack, formatting, change events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.errors import ServiceError, StorageError
from coopdesk.store.db import session_scope
from coopdesk.store.write_errors import StorageFailedError

T = TypeVar("T")


class DataEvents(QObject):
    """Emitted after a committed change so that every view showing it reloads."""

    changed = Signal(str)  # the table name of the changed entity


@dataclass
class AppContext:
    """Dependencies handed to pages and dialogs (no global singletons)."""

    session_factory: sessionmaker[Session]
    db_path: Path
    formatter: Formatter = field(default_factory=Formatter)
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    events: DataEvents = field(default_factory=DataEvents)
    readonly: bool = False
    # Who is logging records (kept as an exchange's "logged by"); a volunteer's name.
    user_name: str = ""
    # Shows an error that happened outside a dialog (an undo that failed); set by the window.
    report_error: Callable[[str], None] = print

    def run(self, action: Callable[[Session], T]) -> T:
        """Run ``action`` in one transaction (one user action).

        Raises:
            StorageError: the disk is full or read-only; the transaction was rolled back.
        """
        try:
            with session_scope(self.session_factory) as session:
                return action(session)
        except StorageFailedError as exc:
            raise StorageError(exc.failure) from exc

    def execute(self, command: ServiceCommand) -> None:
        """Do ``command`` now; push it on the undo stack only if it succeeded.

        Raises:
            ServiceError: the action was refused; nothing was written, nothing pushed.
        """
        command.do_first()
        self.undo_stack.push(command)


class ServiceCommand(QUndoCommand):
    """An undoable user action expressed as two service calls, each in its own transaction."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        entity: str,
        do: Callable[[Session], object],
        undo: Callable[[Session], object],
    ) -> None:
        super().__init__(text)
        self._context = context
        self._entity = entity
        self._do = do
        self._undo = undo
        self._skip_redo = False

    def do_first(self) -> None:
        self._context.run(self._do)
        self._skip_redo = True
        self._context.events.changed.emit(self._entity)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._apply(self._do)

    def undo(self) -> None:
        self._apply(self._undo)

    def _apply(self, fn: Callable[[Session], object]) -> None:
        try:
            self._context.run(fn)
        except ServiceError as exc:
            self.setObsolete(True)
            self._context.report_error(exc.message)
        self._context.events.changed.emit(self._entity)
