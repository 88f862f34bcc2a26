"""File work off the GUI thread (backups, exports, imports): progress, cancel, result by signal."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coopdesk.exchange.errors import CancelledError, Progress
from coopdesk.i18n import translate
from coopdesk.services.errors import ServiceError
from coopdesk.store.db import make_engine, session_scope

# Work receives the progress callback ``(done, total) -> bool`` (False: the user cancelled).
Work = Callable[[Progress], object]


@contextmanager
def worker_session(
    factory: sessionmaker[Session], db_path: Path, *, readonly: bool
) -> Iterator[Session]:
    """One transaction on a private engine, opened and closed in the calling (worker) thread.

    The window's engine is never shared across threads; the caller's session factory is
    reused for its settings (the user written in the audit trail).
    """
    engine = make_engine(db_path, readonly=readonly)
    try:
        with session_scope(lambda: factory(bind=engine)) as session:
            yield session
    finally:
        engine.dispose()


def _unexpected(exc: Exception) -> str:
    try:
        return translate("FileJob", "Unexpected error: {error}").format(error=exc)
    except RuntimeError:  # translators already gone at exit
        return str(exc)


class _Signals(QObject):
    """Emitted from the worker thread; delivered in the GUI thread (queued connections)."""

    progressed = Signal(int, int)
    done = Signal()


class FileJob(QObject):
    """Runs ``work`` once in a thread of its own; never touches widgets from there.

    The thread is not a daemon: a job still running when the window closes (a backup)
    finishes before the process exits, so its file is complete or not there at all.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)  # what ``work`` returned
    failed = Signal(str)  # a translated message (cancelled: the engine's "Cancelled" message)
    finished = Signal()  # after succeeded or failed

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.result: object = None
        self.error: str | None = None
        self.cancelled = False
        # No parent: a running thread keeps it alive through its closure.
        self._signals = _Signals()
        self._signals.progressed.connect(self.progressed)
        self._signals.done.connect(self._on_signals_done)

    def start(self) -> FileJob:
        signals, cancel = self._signals, self._cancel

        def progress(done: int, total: int) -> bool:
            signals.progressed.emit(done, total)
            return not cancel.is_set()

        def run() -> None:
            try:
                self.result = self._work(progress)
            except CancelledError as exc:
                self.cancelled, self.error = True, exc.message
            except ServiceError as exc:
                self.error = exc.message
            except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
                self.error = _unexpected(exc)
            try:
                signals.done.emit()
            except RuntimeError:  # the application is gone (a closing backup that went on)
                pass

        self._thread = threading.Thread(target=run, name="coopdesk-file-job", daemon=False)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (it then rolls back)."""
        self._cancel.set()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work ends (or ``timeout`` seconds); True when it has ended."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.is_running()

    def _on_signals_done(self) -> None:
        if self.error is None:
            self.succeeded.emit(self.result)
        else:
            self.failed.emit(self.error)
        self.finished.emit()


def show_progress(
    parent: QWidget, job: FileJob, label: str, *, cancellable: bool = False
) -> QProgressDialog:
    """A window-modal progress dialog for ``job`` (shown only if it lasts), closed at its end."""
    cancel_text = translate("FileJob", "Cancel") if cancellable else None
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setObjectName("fileJobProgress")
    dialog.setWindowTitle(translate("FileJob", "CoopDesk"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    if cancellable:
        dialog.canceled.connect(job.cancel)

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    job.progressed.connect(on_progress)
    job.finished.connect(dialog.close)
    job.finished.connect(dialog.deleteLater)
    return dialog
