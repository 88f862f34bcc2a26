"""Reads the dashboard's figures off the GUI thread, with its own session; results by signal."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import QObject, QThreadPool, Signal

from coopdesk.services.dashboard import DashboardSummary, dashboard
from coopdesk.services.errors import ServiceError
from coopdesk.store.db import make_engine, session_scope


def load_summary(factory: sessionmaker[Session], db_path: Path, year: int) -> DashboardSummary:
    """The dashboard of ``year``, read in the calling thread through a connection of its own.

    The connection is read-only (it never makes a writer wait) and belongs to a private
    engine, opened and closed in this thread: the window may close its database meanwhile.
    """
    engine = make_engine(db_path, readonly=True)
    try:
        with session_scope(lambda: factory(bind=engine)) as session:
            return dashboard(session, year)
    finally:
        engine.dispose()


class _Signals(QObject):
    """Emitted from the worker thread; delivered in the GUI thread (queued connections)."""

    loaded = Signal(int, object)
    failed = Signal(int, str)


class DashboardLoader(QObject):
    """Loads one year at a time; a result older than the latest request is dropped."""

    loaded = Signal(object)  # a DashboardSummary
    failed = Signal(str)

    def __init__(
        self, factory: sessionmaker[Session], db_path: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._db_path = db_path
        # Its destructor waits for a running load, before the page's widgets go.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # one thread for the page's life
        # No parent: a load still running keeps it alive through its closure.
        self._signals = _Signals()
        self._signals.loaded.connect(self._on_signals_loaded)
        self._signals.failed.connect(self._on_signals_failed)
        self._request = 0

    def load(self, year: int) -> None:
        """Start reading ``year``; :attr:`loaded` or :attr:`failed` follows."""
        self._request += 1
        request, factory, path, signals = (
            self._request,
            self._factory,
            self._db_path,
            self._signals,
        )

        def run() -> None:
            try:
                summary = load_summary(factory, path, year)
            except ServiceError as exc:
                signals.failed.emit(request, exc.message)
            except Exception as exc:  # any database error: shown on the page, never lost
                signals.failed.emit(request, str(exc))
            else:
                signals.loaded.emit(request, summary)

        self._pool.start(run)

    def is_loading(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the running load (tests, closing the database)."""
        return self._pool.waitForDone(msecs)

    def _on_signals_loaded(self, request: int, summary: object) -> None:
        if request == self._request:
            self.loaded.emit(summary)

    def _on_signals_failed(self, request: int, message: str) -> None:
        if request == self._request:
            self.failed.emit(message)
