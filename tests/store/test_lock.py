"""One writer at a time: the lock file, a second process, stale locks, take-over, read-only."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coopdesk.services.database import DatabaseError
from coopdesk.services.writer_lock import (
    DatabaseLockedError,
    LockChoice,
    confirm_takeover_message,
    describe_lock,
    lock_choices,
    open_for_writing,
    open_read_only,
)
from coopdesk.store.db import session_scope
from coopdesk.store.lock import (
    LockHeldError,
    acquire_lock,
    lock_path,
    read_lock,
    take_over_lock,
    this_host,
)
from coopdesk.store.models import Organisation

HOLDER = """
import sys
from pathlib import Path
from coopdesk.store.lock import acquire_lock
lock = acquire_lock(Path(sys.argv[1]))
print("locked", flush=True)
sys.stdin.read()
lock.release()
"""


def _write_lock(db: Path, **fields: object) -> None:
    data = {"host": this_host(), "pid": 0, "user": "mireille",
            "since": "2026-03-02T09:15:00+01:00", "token": "abc"}
    data.update(fields)
    lock_path(db).write_text(json.dumps(data), encoding="utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def holder(db_path):
    """A second process holding the lock of ``db_path``."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)
    proc.stdin.close()
    proc.stdout.close()


def test_lock_file_is_created_and_removed(db_path):
    lock = acquire_lock(db_path)
    data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
    assert lock_path(db_path).name == "test.coopdb.lock"
    assert data["host"] == this_host() and data["pid"] == os.getpid()
    assert dt.datetime.fromisoformat(data["since"]).tzinfo is not None
    assert {"user", "token"} <= data.keys()
    with pytest.raises(LockHeldError) as info:
        acquire_lock(db_path)
    assert info.value.info.is_ours and not info.value.info.stale
    lock.release()
    assert not lock_path(db_path).exists()
    with acquire_lock(db_path):
        assert read_lock(db_path) is not None
    assert read_lock(db_path) is None


def test_second_process_holds_the_lock(db_path, holder):
    with pytest.raises(LockHeldError) as info:
        acquire_lock(db_path)
    held = info.value.info
    assert (held.pid, held.host, held.same_host) == (holder.pid, this_host(), True)
    assert not held.stale and not held.is_ours
    assert held.since is not None
    assert lock_choices(held) == (LockChoice.READ_ONLY, LockChoice.CANCEL)
    message = describe_lock(held)
    assert "already open in CoopDesk on this computer" in message and str(holder.pid) in message
    with pytest.raises(LockHeldError):
        take_over_lock(db_path, held)  # never from a CoopDesk running on this computer
    assert read_lock(db_path).token == held.token
    holder.stdin.close()


def test_live_lock_released_by_its_holder(db_path, holder):
    holder.stdin.close()
    holder.wait(timeout=10)
    assert read_lock(db_path) is None
    acquire_lock(db_path).release()


def test_killed_holder_leaves_a_stale_lock_that_can_be_taken_over(db_path, holder):
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    info = read_lock(db_path)
    assert info is not None and info.pid == holder.pid and info.stale
    assert LockChoice.TAKE_OVER in lock_choices(info)
    assert "no longer running" in describe_lock(info)
    with take_over_lock(db_path, info) as lock:
        assert lock.info.pid == os.getpid() and lock.still_ours()
    assert not lock_path(db_path).exists()


def test_fake_dead_pid_is_stale(db_path):
    _write_lock(db_path, pid=_dead_pid())
    info = read_lock(db_path)
    assert info is not None and info.stale and info.user == "mireille"
    assert info.since == dt.datetime(2026, 3, 2, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_reused_pid_is_stale(db_path, holder):
    # The pid is alive, but its process started long after the lock was taken.
    _write_lock(db_path, pid=holder.pid, since="2020-01-01T00:00:00+00:00")
    assert read_lock(db_path).stale


def test_other_computer_is_never_stale_but_can_be_taken_over(db_path):
    _write_lock(db_path, host="mairie-accueil-02", pid=_dead_pid())
    info = read_lock(db_path)
    assert not info.same_host and not info.stale
    assert lock_choices(info) == (LockChoice.READ_ONLY, LockChoice.TAKE_OVER, LockChoice.CANCEL)
    assert "on the computer mairie-accueil-02" in describe_lock(info)
    assert "really closed on mairie-accueil-02" in confirm_takeover_message(info)
    lock = take_over_lock(db_path, info)
    assert read_lock(db_path).token == lock.info.token
    lock.release()


def test_take_over_refuses_a_lock_that_changed_meanwhile(db_path):
    _write_lock(db_path, pid=_dead_pid(), token="old")
    confirmed = read_lock(db_path)
    _write_lock(db_path, host="mairie-accueil-02", pid=4242, token="new")  # someone else
    with pytest.raises(LockHeldError) as info:
        take_over_lock(db_path, confirmed)
    assert info.value.info.token == "new"
    assert read_lock(db_path).token == "new"
    assert sorted(p.name for p in db_path.parent.iterdir() if ".lock" in p.name) == [
        "test.coopdb.lock"
    ]


def test_unreadable_lock_file(db_path):
    lock_path(db_path).write_bytes(b"")
    old = time.time() - 60
    os.utime(lock_path(db_path), (old, old))
    info = read_lock(db_path)
    assert info.unreadable and info.stale
    assert "cannot be read" in describe_lock(info)
    take_over_lock(db_path, info).release()
    assert not lock_path(db_path).exists()


def test_open_for_writing_holds_the_lock_until_closed(db_path):
    first = open_for_writing(db_path, user="tester")
    assert read_lock(db_path).pid == os.getpid()
    with pytest.raises(DatabaseLockedError) as info:
        open_for_writing(db_path)
    assert info.value.choices == (LockChoice.CANCEL,)
    assert "already open in this CoopDesk" in str(info.value)
    reader = open_read_only(db_path)
    with session_scope(first.session_factory) as s:
        s.add(Organisation(name="Ville de Fatick", kind="local_authority", country="SN"))
    with session_scope(reader.session_factory) as s:
        assert s.query(Organisation).count() == 1
    reader.close()
    first.close()
    assert not lock_path(db_path).exists()


def test_open_for_writing_with_take_over(db_path, holder):
    with pytest.raises(DatabaseLockedError) as info:
        open_for_writing(db_path)
    assert info.value.choices == (LockChoice.READ_ONLY, LockChoice.CANCEL)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    stale = read_lock(db_path)
    opened = open_for_writing(db_path, take_over=stale)
    assert read_lock(db_path).pid == os.getpid()
    opened.close()


def test_refused_file_gets_no_lock(tmp_path):
    missing = tmp_path / "absent.coopdb"
    with pytest.raises(DatabaseError, match="does not exist"):
        open_for_writing(missing)
    text = tmp_path / "notes.coopdb"
    text.write_text("pas une base")
    with pytest.raises(DatabaseError):
        open_for_writing(text)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.coopdb"]
