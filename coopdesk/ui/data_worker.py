"""Long imports and exports off the GUI thread: progress, cancel, the outcome by signal."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coopdesk.exchange.errors import CancelledError, Progress
from coopdesk.services.errors import ServiceError
from coopdesk.store.db import make_engine, session_scope

# A task: runs in the worker thread with a progress callback; returns its result.
Task = Callable[[Progress], Any]


@contextmanager
def worker_session(
    factory: sessionmaker[Session], db_path: Path, *, readonly: bool = False
) -> Iterator[Session]:
    """One transaction in the calling (worker) thread, on a private engine closed after.

    Commits when the block ends normally, rolls back on any exception (a cancel included).
    """
    engine = make_engine(db_path, readonly=readonly)
    try:
        with session_scope(lambda: factory(bind=engine)) as session:
            yield session
    finally:
        engine.dispose()


class _Signals(QObject):
    """Emitted from the worker thread; delivered in the GUI thread (queued connections)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str, object)
    cancelled = Signal()


class TaskRunner(QObject):
    """Runs one task at a time in a thread of its own.

    Exactly one of :attr:`succeeded`, :attr:`failed` (a translated message and the
    exception) or :attr:`cancelled` follows :meth:`start`, then :attr:`finished`.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str, object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # No parent: a task still running keeps them alive through its closure.
        self._signals = _Signals()
        self._signals.progressed.connect(self.progressed)
        self._signals.succeeded.connect(self._on_signals_succeeded)
        self._signals.failed.connect(self._on_signals_failed)
        self._signals.cancelled.connect(self._on_signals_cancelled)
        self._stop = threading.Event()
        self._running = False

    def start(self, task: Task) -> None:
        """Run ``task(progress)``; ``progress`` returns False once :meth:`cancel` was asked."""
        if self._running:
            raise RuntimeError("a task is already running")
        self._running = True
        stop = threading.Event()
        self._stop = stop
        signals = self._signals

        def progress(done: int, total: int) -> bool:
            signals.progressed.emit(done, total)
            return not stop.is_set()

        def run() -> None:
            try:
                result = task(progress)
            except CancelledError:
                signals.cancelled.emit()
            except ServiceError as exc:
                signals.failed.emit(exc.message, exc)
            except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
                signals.failed.emit(str(exc) or type(exc).__name__, exc)
            else:
                signals.succeeded.emit(result)

        self._pool.start(run)

    def cancel(self) -> None:
        """Ask the running task to stop at its next progress report (nothing is kept)."""
        self._stop.set()

    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def is_running(self) -> bool:
        return self._running

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the running task's thread (tests, closing)."""
        return self._pool.waitForDone(msecs)

    def _on_signals_succeeded(self, result: object) -> None:
        self._running = False
        self.succeeded.emit(result)
        self.finished.emit()

    def _on_signals_failed(self, message: str, exc: object) -> None:
        self._running = False
        self.failed.emit(message, exc)
        self.finished.emit()

    def _on_signals_cancelled(self) -> None:
        self._running = False
        self.cancelled.emit()
        self.finished.emit()


class TaskProgress(QProgressDialog):
    """A window-modal progress dialog for a :class:`TaskRunner`; its Cancel cancels the task.

    It appears only when the task lasts (``minimumDuration``) and closes when it ends.
    """

    def __init__(self, runner: TaskRunner, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskProgressDialog")
        self.setLabelText(label)
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, 0)
        self.setWindowTitle(self.tr("CoopDesk"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)
        self.setAutoReset(False)
        self.setAutoClose(False)
        self._runner = runner
        runner.progressed.connect(self._on_runner_progressed)
        runner.finished.connect(self._on_runner_finished)
        self.canceled.connect(self._on_canceled)
        self.setValue(0)

    def _on_runner_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))

    def _on_canceled(self) -> None:
        self.setLabelText(self.tr("Cancelling…"))
        self._runner.cancel()

    def _on_runner_finished(self) -> None:
        self._runner.progressed.disconnect(self._on_runner_progressed)
        self._runner.finished.disconnect(self._on_runner_finished)
        self.close()
        self.deleteLater()


def run_task(
    parent: QWidget,
    label: str,
    task: Task,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str, object], None],
    on_cancel: Callable[[], None],
) -> TaskRunner:
    """Start ``task`` with a progress dialog over ``parent``; callbacks run in the GUI thread."""
    runner = TaskRunner(parent)
    TaskProgress(runner, label, parent)
    runner.succeeded.connect(on_success)
    runner.failed.connect(on_failure)
    runner.cancelled.connect(on_cancel)
    runner.finished.connect(runner.deleteLater)
    runner.start(task)
    return runner
