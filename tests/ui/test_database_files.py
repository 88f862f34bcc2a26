"""Start-up: which database opens, the start dialog, refusals; fonts and translators."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFileDialog, QPushButton

from coopdesk.services.database import OpenedDatabase, new_db
from coopdesk.ui import database_files
from coopdesk.ui.database_files import StartChoice, StartDialog, first_database
from coopdesk.ui.recent_files import RecentFiles
from coopdesk.ui.startup import install_translators, register_fonts, ui_language


class StartAnswers:
    """Answers given to the start dialog, in order, and the missing paths it was shown for."""

    def __init__(self) -> None:
        self.answers: list[StartChoice] = []
        self.shown: list[Path | None] = []

    def __call__(self, _parent: object, missing: Path | None) -> StartChoice:
        self.shown.append(missing)
        return self.answers.pop(0)


@pytest.fixture
def choices(monkeypatch: pytest.MonkeyPatch) -> StartAnswers:
    answers = StartAnswers()
    monkeypatch.setattr(database_files, "ask_start_choice", answers)
    return answers


def test_opens_the_requested_file(settings: QSettings, db_path: Path) -> None:
    opened = first_database(settings, db_path)
    assert isinstance(opened, OpenedDatabase)
    assert opened.path == db_path.resolve()
    opened.close()


def test_opens_the_last_file_when_none_requested(settings: QSettings, db_path: Path) -> None:
    RecentFiles(settings).add(db_path)
    opened = first_database(settings, None)
    assert opened is not None and opened.path == db_path.resolve()
    opened.close()


def test_missing_file_is_never_created_silently(settings, tmp_path: Path, choices) -> None:
    missing = tmp_path / "nothing.coopdb"
    choices.answers.append(StartChoice.QUIT)
    assert first_database(settings, missing) is None
    assert not missing.exists()
    assert choices.shown == [missing]


def test_create_from_the_start_dialog(settings, tmp_path: Path, choices, monkeypatch) -> None:
    missing = tmp_path / "mairie.coopdb"
    choices.answers.append(StartChoice.CREATE)
    suggested: list[str] = []

    def save_name(_parent, _title, path, _filter):
        suggested.append(path)
        return path, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    opened = first_database(settings, missing)
    assert opened is not None and opened.path == missing.resolve()
    assert suggested == [str(missing)]
    opened.close()


def test_refused_file_then_open_another(
    settings, tmp_path: Path, choices, monkeypatch, warnings_shown
) -> None:
    bad = tmp_path / "bad.coopdb"
    bad.write_bytes(b"")
    good = new_db(tmp_path / "good.coopdb")
    good.close()
    choices.answers.extend([StartChoice.OPEN, StartChoice.OPEN])
    names = [("", ""), (str(good.path), "")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: names.pop(0))
    opened = first_database(settings, bad)
    assert warnings_shown == [f"The file {bad} is empty: it is not a CoopDesk database."]
    assert opened is not None and opened.path == good.path
    assert bad.read_bytes() == b""
    assert choices.shown == [None, None]
    opened.close()


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("createDatabaseButton", StartChoice.CREATE),
        ("openDatabaseButton", StartChoice.OPEN),
        ("quitButton", StartChoice.QUIT),
    ],
)
def test_start_dialog_buttons(qtbot, tmp_path: Path, button: str, choice: StartChoice) -> None:
    dialog = StartDialog(tmp_path / "x.coopdb")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.findChild(QPushButton, button).click()
    assert dialog.result() == choice
    assert not dialog.isVisible()


def test_ui_language_defaults_to_french(settings: QSettings) -> None:
    assert ui_language(settings) == "fr"
    settings.setValue("ui/language", "en")
    assert ui_language(settings) == "en"
    settings.setValue("ui/language", "klingon")
    assert ui_language(settings) == "fr"


def test_fonts_and_translators(qapp) -> None:
    assert "DejaVu Sans" in register_fonts()
    assert "DejaVu Sans" in QFontDatabase.families()
    translators = install_translators(qapp, "fr")
    try:
        assert len(translators) == 2  # ours and Qt's qtbase_fr
        assert translators[1].translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
