"""Makes a PDF report off the GUI thread, with its own session; progress and results by signal."""

from __future__ import annotations

import contextlib
import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import QObject, QThreadPool, Signal

from coopdesk.services.errors import ServiceError
from coopdesk.store.db import make_engine, session_scope

if TYPE_CHECKING:  # reportlab is imported when a report is made, not with the page
    from coopdesk.reports.generate import Progress, ReportRequest


class ReportCancelled(Exception):  # noqa: N818 - a request, not an error
    """The user cancelled the report; nothing was left behind."""


def write_report(
    factory: sessionmaker[Session],
    db_path: Path,
    request: ReportRequest,
    out_path: Path,
    cancel: threading.Event,
    progress: Progress | None = None,
) -> Path:
    """Write the report asked for to ``out_path`` in the calling thread.

    Like the dashboard's loader, the thread reads through a read-only engine of its own,
    opened and closed here (an SQLite connection belongs to the thread that made it).

    Args:
        factory: the window's session factory, bound here to the private engine.
        db_path: the database file.
        request: what to make.
        out_path: where to write the PDF (written atomically).
        cancel: set by the GUI thread to stop; checked at every progress step.
        progress: told the percentage and message of every step.

    Returns:
        ``out_path``, complete.

    Raises:
        ReportCancelled: ``cancel`` was set; ``out_path`` does not exist.
        ServiceError: the report could not be made (nothing written).
    """

    def step(percent: int, message: str) -> None:
        if cancel.is_set():
            raise ReportCancelled
        if progress is not None:
            progress(percent, message)

    from coopdesk.reports.generate import generate_report

    if cancel.is_set():
        raise ReportCancelled
    engine = make_engine(db_path, readonly=True)
    try:
        with session_scope(lambda: factory(bind=engine)) as session:
            written = generate_report(session, request, out_path, step)
    except ReportCancelled:
        # Raised at the last step the file is already complete: take it back.
        with contextlib.suppress(OSError):
            Path(out_path).unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()
    if cancel.is_set():  # cancelled after the last step
        written.unlink(missing_ok=True)
        raise ReportCancelled
    return written


def _set_all(events: list[threading.Event], *_args: object) -> None:
    for event in events:
        event.set()


class _Signals(QObject):
    """Emitted from the worker thread; delivered in the GUI thread (queued connections)."""

    progressed = Signal(int, int, str)
    finished = Signal(int, str)
    failed = Signal(int, str)


class ReportRunner(QObject):
    """Runs one report at a time; the signals of a cancelled or older job are dropped."""

    progressed = Signal(int, str)  # percent, message
    finished = Signal(str)  # the path of the complete PDF
    failed = Signal(str)  # a translated message

    def __init__(
        self, factory: sessionmaker[Session], db_path: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._db_path = db_path
        # Its destructor waits for a running job, before the page's widgets go.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        # No parent: a job still running keeps it alive through its closure.
        self._signals = _Signals()
        self._signals.progressed.connect(self._on_signals_progressed)
        self._signals.finished.connect(self._on_signals_finished)
        self._signals.failed.connect(self._on_signals_failed)
        self._job = 0
        self._cancel = threading.Event()
        self._running = False
        # The running job's flag, shared with the closure below (not with ``self``).
        self._cancels = [self._cancel]
        # A page closed mid-report stops it rather than waiting for it to end.
        self.destroyed.connect(partial(_set_all, self._cancels))

    @property
    def pool(self) -> QThreadPool:
        return self._pool

    def start(self, request: ReportRequest, out_path: Path) -> None:
        """Start writing ``request`` to ``out_path``; :attr:`finished` or :attr:`failed` follows.

        A job still running is cancelled first.
        """
        self.cancel()
        self._job += 1
        self._cancel = threading.Event()
        self._cancels[:] = [self._cancel]
        self._running = True
        job, cancel, signals = self._job, self._cancel, self._signals
        factory, db_path = self._factory, self._db_path

        def run() -> None:
            def progress(percent: int, message: str) -> None:
                signals.progressed.emit(job, percent, message)

            try:
                path = write_report(factory, db_path, request, out_path, cancel, progress)
            except ReportCancelled:
                pass  # the page already shows it; the file is gone
            except ServiceError as exc:
                signals.failed.emit(job, exc.message)
            except Exception as exc:  # a database or layout error: shown, never lost
                signals.failed.emit(job, str(exc) or type(exc).__name__)
            else:
                signals.finished.emit(job, str(path))

        self._pool.start(run)

    def cancel(self) -> None:
        """Stop the running job: its file is removed and no signal of it arrives any more."""
        self._cancel.set()
        self._running = False

    def is_running(self) -> bool:
        """Whether a job is wanted and not yet done (a cancelled one is not)."""
        return self._running

    def is_busy(self) -> bool:
        """Whether the worker thread is still at work (even on a cancelled job)."""
        return self._pool.activeThreadCount() > 0

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the worker thread (tests, closing)."""
        return self._pool.waitForDone(msecs)

    def _current(self, job: int) -> bool:
        return job == self._job and self._running

    def _on_signals_progressed(self, job: int, percent: int, message: str) -> None:
        if self._current(job):
            self.progressed.emit(percent, message)

    def _on_signals_finished(self, job: int, path: str) -> None:
        if self._current(job):
            self._running = False
            self.finished.emit(path)
        else:  # finished just as it was cancelled: leave nothing behind
            with contextlib.suppress(OSError):
                Path(path).unlink(missing_ok=True)

    def _on_signals_failed(self, job: int, message: str) -> None:
        if self._current(job):
            self._running = False
            self.failed.emit(message)
