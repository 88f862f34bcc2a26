"""UI fixtures: an AppContext over the test database, throw-away settings, seeded rows."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import QEvent, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from coopdesk.i18n.formatting import Formatter
from coopdesk.services.contacts import ContactData, create_contact
from coopdesk.services.exchanges import ExchangeData, create_exchange
from coopdesk.services.organisations import OrganisationData, create_organisation
from coopdesk.services.partnerships import PartnershipData, create_partnership
from coopdesk.services.projects import ProjectData, create_project
from coopdesk.services.risks import RiskData, create_risk
from coopdesk.ui.context import AppContext
from coopdesk.ui.startup import app_font, register_fonts


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot raise windows or size them: not our bug."""
    ignore = pytest.mark.qt_log_ignore("^This plugin does not support")
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(ignore)


@pytest.fixture(autouse=True)
def dispose_windows(qapp: QApplication) -> Iterator[None]:
    """After each test: wait for background loads, then delete leftover windows in Qt.

    A window a test did not close would otherwise be destroyed by Python's garbage
    collector during a later test, possibly while its page's worker thread still runs —
    a crash of the test process, not of the product (windows are closed there).
    """
    yield
    for pool in qapp.findChildren(QThreadPool):
        pool.waitForDone(30000)
    for widget in qapp.topLevelWidgets():
        for pool in widget.findChildren(QThreadPool):
            pool.waitForDone(30000)
        widget.close()
        widget.deleteLater()
    QThreadPool.globalInstance().waitForDone(30000)
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def app_fonts(qapp: QApplication) -> None:
    """The shipped DejaVu fonts (offscreen Qt has no system fonts)."""
    register_fonts()
    qapp.setFont(app_font())


@pytest.fixture
def app_context(session_factory: sessionmaker[Session], db_path: Path) -> Iterator[AppContext]:
    errors: list[str] = []
    context = AppContext(
        session_factory=session_factory,
        db_path=db_path,
        formatter=Formatter("en"),
        report_error=errors.append,
    )
    yield context
    context.undo_stack.clear()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a temporary INI file: tests never touch the user's settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every QMessageBox.question is answered Yes; the questions asked are recorded."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.warning records its text instead of blocking."""
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


Seed = Callable[..., str]


@pytest.fixture
def add_partner(app_context: AppContext) -> Seed:
    def add(name: str, kind: str = "local_authority", country: str = "SN", **extra: object) -> str:
        data = OrganisationData(name=name, kind=kind, country=country, **extra)  # type: ignore[arg-type]
        return app_context.run(lambda s: create_organisation(s, data))

    return add


@pytest.fixture
def add_contact(app_context: AppContext) -> Seed:
    def add(org_id: str, last_name: str, **extra: object) -> str:
        data = ContactData(organisation_id=org_id, last_name=last_name, **extra)  # type: ignore[arg-type]
        return app_context.run(lambda s: create_contact(s, data))

    return add


@pytest.fixture
def add_partnership(app_context: AppContext) -> Seed:
    def add(
        org_id: str,
        title: str,
        kind: str = "twinning_charter",
        signed_on: dt.date | None = dt.date(2019, 5, 4),
        **extra: object,
    ) -> str:
        data = PartnershipData(
            organisation_id=org_id,
            kind=kind,
            title={"fr": title},
            signed_on=signed_on,
            **extra,  # type: ignore[arg-type]
        )
        return app_context.run(lambda s: create_partnership(s, data))

    return add


@pytest.fixture
def add_project(app_context: AppContext) -> Seed:
    def add(code: str, title: str, **extra: object) -> str:
        data = ProjectData(code=code, title={"fr": title}, **extra)  # type: ignore[arg-type]
        return app_context.run(lambda s: create_project(s, data))

    return add


@pytest.fixture
def add_risk(app_context: AppContext) -> Seed:
    def add(project_id: str, description: str, **extra: object) -> str:
        data = RiskData(description=description, **extra)  # type: ignore[arg-type]
        return app_context.run(lambda s: create_risk(s, project_id, data))

    return add


@pytest.fixture
def add_exchange(app_context: AppContext) -> Seed:
    def add(
        partner_id: str,
        title: str,
        start: dt.date = dt.date(2024, 3, 4),
        kind: str = "technical_mission",
        direction: str = "outgoing",
        **extra: object,
    ) -> str:
        data = ExchangeData(
            kind=kind,
            direction=direction,
            title=title,
            start_date=start,
            partner_ids=(partner_id,),
            **extra,  # type: ignore[arg-type]
        )
        return app_context.run(lambda s: create_exchange(s, data))

    return add
