"""Shared fixtures: a fresh migrated database per test, sessions, headless Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import inspect  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session, close_all_sessions, sessionmaker  # noqa: E402

from coopdesk.i18n import set_language  # noqa: E402
from coopdesk.store.db import make_session_factory  # noqa: E402
from coopdesk.store.lifecycle import create_database, open_database  # noqa: E402
from coopdesk.store.server import make_server_engine, upgrade_server  # noqa: E402

# Shared, loaded machines: no per-example deadline; the same examples on every run.
settings.register_profile("coopdesk", deadline=None, derandomize=True)
settings.load_profile("coopdesk")


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    """Tests read messages in the English source language unless they switch."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "test.coopdb"
    create_database(path)
    return path


# Shared office mode (issue 8): with a PostgreSQL server URL in this variable (make test
# starts a throwaway cluster, see tests/store/pg_throwaway.sh), the storage and service
# tests that use ``session_factory`` run against both SQLite and PostgreSQL. Tests that
# check SQLite files themselves ask for ``db_path`` too and stay SQLite-only.
PG_URL_ENV = "COOPDESK_TEST_PG_URL"
_BOTH_BACKENDS = ("tests/unit/", "tests/store/")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgresql: runs only against the server of COOPDESK_TEST_PG_URL"
    )
    config.addinivalue_line(
        "markers", "sqlite_only: checks SQLite files themselves (header, WAL, bytes, kill -9)"
    )


def pg_admin_url() -> str:
    return os.environ.get(PG_URL_ENV, "")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "session_factory" not in metafunc.fixturenames or not pg_admin_url():
        return
    where = metafunc.definition.path.as_posix()
    own_args = inspect.signature(metafunc.function).parameters
    if (
        not any(part in where for part in _BOTH_BACKENDS)
        or "db_path" in own_args
        or metafunc.definition.get_closest_marker("sqlite_only") is not None
    ):
        return
    metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


class PgServer:
    """Fresh CoopDesk databases on the test server, copied from a migrated template."""

    TEMPLATE = "coopdesk_test_template"

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self._admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self._made: list[str] = []
        self._drop(self.TEMPLATE)
        self._create(self.TEMPLATE, "template0")
        engine = make_server_engine(self.url(self.TEMPLATE))
        upgrade_server(engine)
        engine.dispose()

    def url(self, name: str) -> str:
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def _create(self, name: str, template: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')

    def _drop(self, name: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def new_database(self, *, empty: bool = False) -> str:
        """The URL of a new database at the newest schema (or with no table at all)."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        self._create(name, "template0" if empty else self.TEMPLATE)
        self._made.append(name)
        return self.url(name)

    def close(self) -> None:
        for name in [*self._made, self.TEMPLATE]:
            self._drop(name)
        self._admin.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    url = pg_admin_url()
    if not url:
        pytest.skip(f"no PostgreSQL server: set {PG_URL_ENV} (make test does)")
    server = PgServer(url)
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh CoopDesk database on the test PostgreSQL server, at the newest schema."""
    return pg_server.new_database()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" (a file in tmp_path), or "postgresql" when parametrised so."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def session_factory(
    request: pytest.FixtureRequest, backend: str
) -> Iterator[sessionmaker[Session]]:
    if backend == "postgresql":
        location = Path(request.getfixturevalue("pg_url"))
    else:
        location = request.getfixturevalue("db_path")
    result = open_database(location)
    yield make_session_factory(result.engine, user="tester")
    if backend == "postgresql":
        close_all_sessions()  # a session a test left open would keep its server connection
    result.engine.dispose()
