"""Reads every year's exchanges off the GUI thread; the rows come back by signal.

Like the budget's loader, the worker reads through its own session from the context's
session factory, never touches a widget, and closes its thread's connection when done.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from coopdesk.services.errors import ServiceError
from coopdesk.services.exchange_list import ExchangeRow, list_exchanges
from coopdesk.store.db import session_scope


def read_all_exchanges(factory: sessionmaker[Session]) -> list[ExchangeRow]:
    """Every year's exchanges, read in the calling (worker) thread."""
    with session_scope(factory) as session:
        rows = list_exchanges(session, year=None)
        engine = session.get_bind()
    # SQLite connections belong to their thread: close this worker thread's one here.
    with engine.connect() as connection:
        connection.invalidate()
    return rows


class _Signals(QObject):
    """Lives in the GUI thread; the worker emits, connected slots run in the GUI thread."""

    finished = Signal(int, object)  # (load number, list[ExchangeRow])
    failed = Signal(int, str)  # (load number, a message)


class _Job(QRunnable):
    def __init__(self, factory: sessionmaker[Session], number: int, signals: _Signals) -> None:
        super().__init__()
        self._factory = factory
        self._number = number
        self._signals = signals

    def run(self) -> None:
        try:
            rows = read_all_exchanges(self._factory)
        except ServiceError as exc:
            self._signals.failed.emit(self._number, exc.message)
        except Exception as exc:  # noqa: BLE001 - reported to the user, not lost in a thread
            self._signals.failed.emit(self._number, str(exc) or type(exc).__name__)
        else:
            self._signals.finished.emit(self._number, rows)


class AllExchangesLoader(QObject):
    """Starts loads one at a time; only the latest load's result is reported.

    A load started while another waits replaces it (the waiting one never runs).
    """

    loaded = Signal(object)  # list[ExchangeRow]
    failed = Signal(str)

    def __init__(self, factory: sessionmaker[Session], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._number = 0
        self._awaited = 0  # the load whose rows are wanted (0: none)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # No parent: a load still running when the page closes keeps it alive (its job holds it).
        self._signals = _Signals()
        self._signals.finished.connect(self._on_signals_finished)
        self._signals.failed.connect(self._on_signals_failed)

    def start(self) -> None:
        self._number += 1
        self._awaited = self._number
        self.pool.clear()  # a load not started yet is not wanted any more
        self.pool.start(_Job(self._factory, self._number, self._signals))

    def forget(self) -> None:
        """The rows being read are not wanted any more (another year is shown)."""
        self._awaited = 0
        self.pool.clear()

    def is_loading(self) -> bool:
        return self._awaited != 0

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running load is done (tests, closing); its signal still follows."""
        return self.pool.waitForDone(msecs)

    def _on_signals_finished(self, number: int, rows: object) -> None:
        if number == self._awaited:
            self._awaited = 0
            self.loaded.emit(rows)

    def _on_signals_failed(self, number: int, message: str) -> None:
        if number == self._awaited:
            self._awaited = 0
            self.failed.emit(message)
