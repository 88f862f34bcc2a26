"""``coopdesk --volunteer`` starts the GUI in volunteer mode (the GUI itself is not started)."""

from __future__ import annotations

from pathlib import Path

import pytest

import coopdesk.app
from coopdesk.cli import build_parser, main


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, bool]]:
    calls: list[tuple[Path | None, bool]] = []

    def run_gui(db_path: Path | None, *, volunteer: bool = False) -> int:
        calls.append((db_path, volunteer))
        return 0

    monkeypatch.setattr(coopdesk.app, "run_gui", run_gui)
    return calls


def test_volunteer_flag_with_a_database(started, tmp_path: Path) -> None:
    db = tmp_path / "mairie.coopdb"
    assert main(["--volunteer", "--db", str(db)]) == 0
    assert started == [(db, True)]


def test_staff_mode_by_default(started) -> None:
    assert main([]) == 0
    assert started == [(None, False)]


def test_help_mentions_the_volunteer_mode() -> None:
    assert "--volunteer" in build_parser().format_help()
