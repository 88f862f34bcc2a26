"""kill -9 during audited writes never damages the file nor loses a reported commit."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from coopdesk.services.check import check_database
from coopdesk.store.lifecycle import create_database

WRITER = Path(__file__).with_name("crash_writer.py")
RUNS_PER_LANE = 25  # two lanes (WAL and rollback journal) run side by side: 50 kills
SEED = 20260508


@dataclass
class Lane:
    path: Path
    journal_mode: str
    seed: int
    reported: dict[str, int] = field(default_factory=dict)
    runs: int = 0
    writer_pid: int = 0
    errors: list[str] = field(default_factory=list)


def _make_file(path: Path, journal_mode: str) -> None:
    create_database(path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode={journal_mode}")
    con.close()


def _one_run(writer: subprocess.Popen[bytes], lane: Lane, run: int, rng: random.Random) -> None:
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write(f"run {lane.seed * 1000 + run}\n".encode())
    writer.stdin.flush()
    pid, ready = 0, False
    while not (pid and ready):
        line = writer.stdout.readline().decode()
        assert line, f"run {run}: the writer server died"
        if line.startswith("pid "):
            pid = int(line.split()[1])
        elif line == "ready\n":
            ready = True
    lane.writer_pid = pid
    time.sleep(rng.uniform(0.02, 0.45))
    os.kill(pid, signal.SIGKILL)
    while True:
        line = writer.stdout.readline().decode()
        assert line.endswith("\n"), f"run {run}: the writer server died"
        if line.startswith("done "):
            assert int(line.split()[1]) == signal.SIGKILL, f"run {run}: writer failed"
            break
        org_id, contacts = line.split()
        lane.reported[org_id] = int(contacts)
    lane.writer_pid = 0
    lane.runs += 1


def _verify(lane: Lane) -> None:
    con = sqlite3.connect(f"file:{lane.path}?mode=rw", uri=True)  # may replay a hot journal
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == lane.journal_mode
        orgs = dict(con.execute("SELECT id, notes FROM organisation").fetchall())
        contacts = dict(
            con.execute("SELECT organisation_id, count(*) FROM contact GROUP BY 1").fetchall()
        )
        audited = {
            row[0] for row in con.execute(
                "SELECT entity_id FROM audit_entry WHERE entity = 'organisation'"
            )
        }
    finally:
        con.close()
    lost = [org_id for org_id in lane.reported if org_id not in orgs]
    assert lost == [], f"{len(lost)} reported commits lost in {lane.journal_mode} mode"
    # No partial transaction: every organisation has all its contacts and its audit entry.
    for org_id, notes in orgs.items():
        assert notes == f"contacts={contacts.get(org_id, 0)}", org_id
        assert org_id in audited


def _lane(lane: Lane) -> None:
    rng = random.Random(lane.seed)
    with subprocess.Popen(
        [sys.executable, str(WRITER), str(lane.path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    ) as writer:  # closing its stdin ends the server
        try:
            for run in range(RUNS_PER_LANE):
                _one_run(writer, lane, run, rng)
                _verify(lane)
        except Exception as exc:  # noqa: BLE001 - reported by the main thread
            lane.errors.append(repr(exc))
            if lane.writer_pid:  # never leave a writer running
                with contextlib.suppress(ProcessLookupError):
                    os.kill(lane.writer_pid, signal.SIGKILL)


@pytest.mark.skipif(sys.platform == "win32", reason="needs fork() and SIGKILL")
def test_kill_9_during_writes_loses_nothing_reported(tmp_path):
    lanes = [
        Lane(tmp_path / "wal.coopdb", "wal", SEED),
        Lane(tmp_path / "journal.coopdb", "delete", SEED + 1),
    ]
    for lane in lanes:
        _make_file(lane.path, lane.journal_mode)
    started = time.monotonic()
    threads = [threading.Thread(target=_lane, args=(lane,)) for lane in lanes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    for lane in lanes:
        assert lane.errors == [], lane.errors
        assert lane.runs == RUNS_PER_LANE
        report = check_database(lane.path)
        assert report.healthy, report.problems
        assert report.row_counts["organisation"] >= len(lane.reported)
    commits = sum(len(lane.reported) for lane in lanes)
    assert commits > 100, "the writers barely wrote: the test proves little"
    print(f"\ncrash test: {2 * RUNS_PER_LANE} kills, {commits} reported commits checked, "
          f"{elapsed:.1f} s")
