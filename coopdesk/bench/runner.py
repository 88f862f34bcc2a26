"""What every group of measurements shares: the databases, repetitions, timing, logging."""

from __future__ import annotations

import datetime as dt
import gc
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from coopdesk.bench.cache import DemoDatabase
from coopdesk.services.database import OpenedDatabase, open_db
from coopdesk.store.db import session_scope

T = TypeVar("T")
Log = Callable[[str], None]


@dataclass
class Bench:
    """One run of the suite.

    Attributes:
        demo: the cached demo database (never written to).
        work_db: a copy of it that the measurements read (and the GUI opens).
        folder: where temporary files go (removed at the end of the run).
        repeat: samples per figure (slow figures take fewer, see :meth:`reps`).
        visits: the number of visits in the imported volunteer bundle.
    """

    demo: DemoDatabase
    work_db: Path
    folder: Path
    repeat: int
    visits: int
    log: Log = print
    today: dt.date = field(default_factory=dt.date.today)
    memo: dict[str, Any] = field(default_factory=dict)
    _opened: OpenedDatabase | None = None

    def reps(self, cap: int | None = None) -> int:
        """``repeat``, at most ``cap`` for slow figures (always at least one)."""
        return max(1, min(self.repeat, cap) if cap is not None else self.repeat)

    @property
    def report_year(self) -> int:
        """The last complete year: the demo's data runs up to last year."""
        return self.today.year - 1

    def database(self) -> OpenedDatabase:
        """The working copy, opened as the app opens it (read-write, audited sessions)."""
        if self._opened is None:
            self._opened = open_db(self.work_db, user="bench")
        return self._opened

    def run(self, action: Callable[[Session], T]) -> T:
        """``action`` in one transaction on the working copy (one user action)."""
        with session_scope(self.database().session_factory) as session:
            return action(session)

    def temp_dir(self, prefix: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=prefix, dir=self.folder))

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()
            self._opened = None


def timed(
    work: Callable[[], object],
    repeat: int,
    *,
    setup: Callable[[], object] | None = None,
    teardown: Callable[[], object] | None = None,
) -> list[float]:
    """Wall-clock seconds of ``work``, ``repeat`` times; setup and teardown are not timed."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc.collect()
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
        if teardown is not None:
            teardown()
    return samples


def timed_once(work: Callable[[], T]) -> tuple[float, T]:
    """Seconds taken by one call of ``work``, and its result."""
    gc.collect()
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


@contextmanager
def scratch(bench: Bench, prefix: str) -> Iterator[Path]:
    """A temporary folder under the run's folder, removed afterwards."""
    path = bench.temp_dir(prefix)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def describe(exc: BaseException) -> str:
    """One line for a "not available" row."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")
