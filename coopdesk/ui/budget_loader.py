"""Reads the commune's budget summary off the GUI thread; the result comes back by signal.

The worker opens its own session from the context's session factory and never touches a
widget; it closes its thread's SQLite connection when done (connections are per thread).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.budget_figures import CommuneBudgetSummary
from coopdesk.services.budget_lines import all_budget_years
from coopdesk.services.budget_summary import commune_summary
from coopdesk.services.errors import ServiceError
from coopdesk.store.db import session_scope


@dataclass(frozen=True)
class CommuneBudget:
    """What the Budget area shows: the summary of ``year`` and every year with budget data."""

    year: int | None
    years: tuple[int, ...]
    summary: CommuneBudgetSummary


def commune_budget_years(session: Session) -> tuple[int, ...]:
    """Every year with a budget line or funding source in some project (one query)."""
    return all_budget_years(session)


def load_commune_budget(
    factory: sessionmaker[Session], year: int | None, fmt: Formatter
) -> CommuneBudget:
    """The commune's budget in one read-only pass (its own session)."""
    with session_scope(factory) as session:
        result = CommuneBudget(
            year, commune_budget_years(session), commune_summary(session, year=year, fmt=fmt)
        )
        engine = session.get_bind()
    # SQLite connections belong to their thread: close this worker thread's one here.
    with engine.connect() as connection:
        connection.invalidate()
    return result


class LoadSignals(QObject):
    """Lives in the GUI thread; the worker emits, connected slots run in the GUI thread."""

    # (load number, CommuneBudget)
    finished = Signal(int, object)
    # (load number, a translated message)
    failed = Signal(int, str)


class _LoadJob(QRunnable):
    def __init__(
        self,
        factory: sessionmaker[Session],
        year: int | None,
        fmt: Formatter,
        number: int,
        signals: LoadSignals,
    ) -> None:
        super().__init__()
        self._factory = factory
        self._year = year
        self._fmt = fmt
        self._number = number
        self._signals = signals

    def run(self) -> None:
        try:
            result = load_commune_budget(self._factory, self._year, self._fmt)
        except ServiceError as exc:
            self._signals.failed.emit(self._number, exc.message)
        except Exception as exc:  # noqa: BLE001 - reported to the user, not lost in a thread
            self._signals.failed.emit(self._number, str(exc))
        else:
            self._signals.finished.emit(self._number, result)


class CommuneBudgetLoader(QObject):
    """Starts loads one at a time; only the latest load's result is reported."""

    loaded = Signal(object)  # CommuneBudget
    failed = Signal(str)

    def __init__(
        self, factory: sessionmaker[Session], fmt: Formatter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._fmt = fmt
        self._number = 0
        self._running = 0
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = LoadSignals(self)
        self.signals.finished.connect(self._on_signals_finished)
        self.signals.failed.connect(self._on_signals_failed)

    def start(self, year: int | None) -> None:
        self._number += 1
        self._running += 1
        self.pool.start(_LoadJob(self._factory, year, self._fmt, self._number, self.signals))

    def is_loading(self) -> bool:
        return self._running > 0

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started load is done (tests, closing)."""
        return self.pool.waitForDone(msecs)

    def _on_signals_finished(self, number: int, result: object) -> None:
        self._running -= 1
        if number == self._number:
            self.loaded.emit(result)

    def _on_signals_failed(self, number: int, message: str) -> None:
        self._running -= 1
        if number == self._number:
            self.failed.emit(message)
