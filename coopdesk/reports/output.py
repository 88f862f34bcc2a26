"""Writing a report file atomically: a temporary file beside it, renamed once complete."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from coopdesk.reports.catalogs import ui_text
from coopdesk.reports.errors import IS_FOLDER, NOT_WRITABLE, report_error

# Permissions of a new report (before the umask-free temporary file's 0600).
NEW_FILE_MODE = 0o644


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``path`` only if the block completes.

    On any error the temporary file is removed and ``path`` is left as it was (absent, or
    the previous report).

    Raises:
        ReportError: the folder does not exist or cannot be written to.
    """
    target = Path(path)
    if target.is_dir():
        raise report_error(NOT_WRITABLE, path=target, reason=ui_text(IS_FOLDER))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                    dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        raise report_error(NOT_WRITABLE, path=target, reason=exc.strerror or exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        mode = target.stat().st_mode & 0o777 if target.exists() else NEW_FILE_MODE
        os.chmod(temp, mode)
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise report_error(NOT_WRITABLE, path=target, reason=exc.strerror or exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
