"""One writer at a time: a lock file beside the database, created atomically."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

LOCK_SUFFIX = ".lock"
# A lock file younger than this may still be being written by its owner.
_WRITE_GRACE_S = 2.0


def lock_path(db_path: Path) -> Path:
    """``<db>.lock`` beside the database file."""
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def this_host() -> str:
    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


@dataclass(frozen=True)
class LockInfo:
    """Who holds a database: read from its lock file."""

    path: Path
    host: str
    pid: int
    user: str
    since: dt.datetime | None
    token: str = ""
    # The lock file exists but its content could not be read (a writer killed mid-write).
    unreadable: bool = False

    @property
    def same_host(self) -> bool:
        return self.host.casefold() == this_host().casefold()

    @property
    def is_ours(self) -> bool:
        """Held by this very process (the file is already open here)."""
        return self.same_host and self.pid == os.getpid()

    @property
    def stale(self) -> bool:
        """Left behind by a CoopDesk that is no longer running on this computer.

        A lock from another computer is never assumed stale: we cannot see its processes.
        """
        if self.unreadable:
            return True
        if not self.same_host or self.pid <= 0 or self.is_ours:
            return False
        return not pid_alive(self.pid) or _started_after(self.pid, self.since)

    def to_json(self) -> dict[str, Any]:
        return {
            "app": "CoopDesk",
            "host": self.host,
            "pid": self.pid,
            "user": self.user,
            "since": self.since.isoformat(timespec="seconds") if self.since else None,
            "token": self.token,
        }


class LockHeldError(Exception):
    """Another CoopDesk writes to this database; ``info`` says who, and if it is stale."""

    def __init__(self, info: LockInfo) -> None:
        super().__init__(f"{info.path} is locked by {info.user}@{info.host} pid {info.pid}")
        self.info = info


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if sys.platform == "win32":  # os.kill(pid, 0) would send CTRL+C there
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(code.value == 259)  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _started_after(pid: int, since: dt.datetime | None) -> bool:
    """The pid was reused: its process started after the lock was taken (Linux only)."""
    if since is None:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        btime = next(
            int(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
        started = btime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return False
    return started > since.timestamp() + 2


def _parse(raw: bytes, db_path: Path) -> LockInfo | None:
    try:
        data = json.loads(raw.decode("utf-8"))
        since = dt.datetime.fromisoformat(data["since"]) if data.get("since") else None
        return LockInfo(
            path=db_path, host=str(data.get("host", "")), pid=int(data.get("pid", 0)),
            user=str(data.get("user", "")), since=since, token=str(data.get("token", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _unreadable(db_path: Path) -> LockInfo:
    return LockInfo(db_path, "", 0, "", None, unreadable=True)


def read_lock(db_path: Path) -> LockInfo | None:
    """The current lock of ``db_path``, or None when nobody holds it."""
    path = lock_path(db_path)
    for _attempt in range(3):
        try:
            raw = path.read_bytes()
            age = time.time() - path.stat().st_mtime
        except FileNotFoundError:
            return None
        except OSError:
            return _unreadable(db_path)
        info = _parse(raw, db_path)
        if info is not None:
            return info
        if age >= _WRITE_GRACE_S:
            break
        time.sleep(0.05)  # its owner may be writing it right now
    return _unreadable(db_path)


class WriterLock:
    """The lock this process holds on a database; release it when the file is closed."""

    def __init__(self, info: LockInfo) -> None:
        self.info = info
        self.released = False

    @property
    def path(self) -> Path:
        return lock_path(self.info.path)

    def still_ours(self) -> bool:
        current = read_lock(self.info.path)
        return current is not None and current.token == self.info.token

    def release(self) -> None:
        """Remove the lock file, unless another CoopDesk has taken it over meanwhile."""
        if self.released:
            return
        self.released = True
        if self.still_ours():
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


class ServerLock(WriterLock):
    """A server database has no lock file: several CoopDesks write to it at once."""

    def still_ours(self) -> bool:
        return True

    def release(self) -> None:
        self.released = True


def _new_info(db_path: Path) -> LockInfo:
    now = dt.datetime.now().astimezone().replace(microsecond=0)
    return LockInfo(db_path, this_host(), os.getpid(), _user(), now, secrets.token_hex(8))


def _create(db_path: Path) -> WriterLock:
    info = _new_info(db_path)
    payload = json.dumps(info.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    fd = os.open(lock_path(db_path), flags, 0o644)
    try:
        os.write(fd, payload)
        os.fsync(fd)
    except OSError:
        os.close(fd)
        lock_path(db_path).unlink(missing_ok=True)  # never leave an empty lock behind
        raise
    os.close(fd)
    return WriterLock(info)


def acquire_lock(db_path: Path) -> WriterLock:
    """Take the writer lock of ``db_path``.

    Raises:
        LockHeldError: another CoopDesk holds it (perhaps a stale one: see ``info.stale``).
        OSError: the folder is not writable.
    """
    from coopdesk.store.server import server_url

    if server_url(db_path) is not None:
        return ServerLock(_new_info(db_path))
    db_path = db_path.resolve()
    for _attempt in range(3):
        try:
            return _create(db_path)
        except FileExistsError:
            info = read_lock(db_path)
            if info is not None:
                raise LockHeldError(info) from None
            # Released between our two steps: try again.
    raise LockHeldError(_unreadable(db_path))


def take_over_lock(db_path: Path, expected: LockInfo) -> WriterLock:
    """Replace the lock ``expected`` (shown to, and confirmed by, the user) with ours.

    The old lock file is first renamed away, which only one process can do; if it turns
    out to be another lock than the one the user confirmed, or a CoopDesk still running on
    this computer, it is put back.

    Raises:
        LockHeldError: the lock changed meanwhile, or its holder runs here (see ``info``).
    """
    db_path = db_path.resolve()
    path = lock_path(db_path)
    aside = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.old")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return acquire_lock(db_path)
    try:
        try:
            moved = _parse(aside.read_bytes(), db_path) or _unreadable(db_path)
        except OSError:
            moved = _unreadable(db_path)
        alive_here = moved.same_host and not moved.stale
        if moved.token != expected.token or moved.pid != expected.pid or alive_here:
            with contextlib.suppress(OSError):
                os.link(aside, path)  # never over a lock taken in the meantime
            raise LockHeldError(read_lock(db_path) or moved)
    finally:
        aside.unlink(missing_ok=True)
    return acquire_lock(db_path)
