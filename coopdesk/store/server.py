"""Shared office mode: the same schema on a PostgreSQL server (``postgresql+psycopg://…``).

A server database is created empty by its administrator; CoopDesk fills it (``init`` or
``demo``) and upgrades its schema in one transaction (PostgreSQL DDL is transactional, so
a failed upgrade leaves nothing behind). Backups are the administrator's ``pg_dump``.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from coopdesk.store.audit import WRITER_LOCK_KEY
from coopdesk.store.db import DatabaseRefusedError, Refusal

# "postgresql" or "postgresql+driver", then "://" (argparse's Path keeps only one slash).
_URL = re.compile(r"^(?:.*/)?(postgresql(?:\+[A-Za-z0-9_]+)?):/+(.*)$", re.DOTALL)
CONNECT_TIMEOUT_S = 10


class ServerRefusedError(DatabaseRefusedError):
    """A server database was refused; ``url`` is shown with its password hidden."""

    def __init__(self, reason: Refusal, url: str, detail: str = "") -> None:
        super().__init__(reason, url, detail)
        self.url = url


def server_url(location: str | os.PathLike[str]) -> str | None:
    """The database URL given as ``--db``, or None for a file.

    ``pathlib.Path`` turns ``scheme://host/db`` into ``scheme:/host/db`` (and ``resolve()``
    prefixes the working folder): both forms are recognised and repaired.
    """
    match = _URL.match(os.fspath(location))
    if match is None:
        return None
    return f"{match.group(1)}://{match.group(2)}"


def display_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def make_server_engine(url: str, *, readonly: bool = False) -> Engine:
    """An engine on a PostgreSQL database; ``readonly`` sessions cannot write."""
    try:
        engine = create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "coopdesk"},
        )
    except (ArgumentError, ImportError) as exc:
        raise ServerRefusedError(Refusal.UNREADABLE, display_url(url), str(exc)) from exc
    event.listen(engine, "connect", _drop_nul_characters)
    if readonly:

        @event.listens_for(engine, "connect")
        def _read_only(dbapi_con: Any, _record: Any) -> None:
            cur = dbapi_con.cursor()
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            cur.close()
            dbapi_con.commit()

    return engine


def _drop_nul_characters(dbapi_con: Any, _record: Any) -> None:
    """PostgreSQL text cannot hold U+0000 (SQLite can): drop it from every string sent.

    A NUL character never means anything in CoopDesk's text; refusing a whole save for an
    invisible character pasted from another program would only puzzle the user.
    """
    for dumper in _nul_free_dumpers():
        dbapi_con.adapters.register_dumper(str, dumper)


@functools.cache
def _nul_free_dumpers() -> tuple[type, ...]:
    """psycopg's string dumpers, in its registration order (the last is the default)."""
    from psycopg.types import string

    def without_nul(base: type) -> type:
        def dump(self: Any, obj: str) -> Any:
            return base.dump(self, obj.replace("\x00", ""))  # type: ignore[attr-defined]

        return type(f"NulFree{base.__name__}", (base,), {"dump": dump})

    bases = (
        string.StrBinaryDumperName, string.StrBinaryDumperVarchar, string.StrBinaryDumper,
        string.StrDumperName, string.StrDumperVarchar, string.StrDumper, string.StrDumperUnknown,
    )  # fmt: skip
    return tuple(without_nul(base) for base in bases)


def _revision(conn: Connection) -> tuple[str | None, bool]:
    """(schema revision, whether the database holds any table)."""
    tables = inspect(conn).get_table_names()
    if "alembic_version" not in tables:
        return None, bool(tables)
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar(), True


def probe_server(engine: Engine, url: str) -> str | None:
    """The schema revision of a server database (None: empty).

    Raises:
        ServerRefusedError: unreachable, another program's tables, or a newer schema.
    """
    from coopdesk.store.migrate import known_revisions

    try:
        with engine.connect() as conn:
            revision, has_tables = _revision(conn)
    except SQLAlchemyError as exc:
        raise ServerRefusedError(Refusal.UNREADABLE, display_url(url), _reason(exc)) from exc
    if revision is None and has_tables:
        raise ServerRefusedError(Refusal.NOT_COOPDESK, display_url(url))
    if revision is not None and revision not in known_revisions():
        raise ServerRefusedError(Refusal.NEWER_VERSION, display_url(url), revision)
    return revision


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).strip().splitlines()[0] if str(orig or exc).strip() else ""


def upgrade_server(engine: Engine, revision: str = "head") -> None:
    """Run the migrations in one transaction, one CoopDesk at a time."""
    from alembic import command

    from coopdesk.store.migrate import alembic_config

    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
        command.upgrade(alembic_config(conn), revision)


def create_server_database(url: str, populate: Callable[[Engine], None] | None = None) -> None:
    """Give an empty server database CoopDesk's schema (and e.g. the demo data).

    Raises:
        ServerRefusedError: unreachable, not empty (EXISTS), or the creation failed (the
            tables made so far are removed).
    """
    engine = make_server_engine(url)
    try:
        revision = probe_server(engine, url)
        if revision is not None:
            raise ServerRefusedError(Refusal.EXISTS, display_url(url))
        try:
            upgrade_server(engine)
            if populate is not None:
                populate(engine)
        except Exception:
            _drop_schema(engine)
            raise
    finally:
        engine.dispose()


def _drop_schema(engine: Engine) -> None:
    from coopdesk.store.models import Base

    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))


def open_server_database(url: str, *, readonly: bool = False) -> tuple[Engine, str | None]:
    """An engine on an existing CoopDesk server database at the newest schema.

    Returns:
        The engine and the revision it was upgraded from (None when already current).

    Raises:
        ServerRefusedError: unreachable, empty (MISSING), not CoopDesk's, newer, or the
            upgrade failed (rolled back) or is needed while read-only.
    """
    from coopdesk.store.migrate import head_revision

    engine = make_server_engine(url, readonly=readonly)
    try:
        revision = probe_server(engine, url)
        if revision is None:
            raise ServerRefusedError(Refusal.MISSING, display_url(url))
        migrated_from = None
        if revision != head_revision():
            if readonly:
                raise ServerRefusedError(Refusal.NEEDS_UPGRADE, display_url(url), revision)
            try:
                upgrade_server(engine)
            except SQLAlchemyError as exc:
                raise ServerRefusedError(
                    Refusal.MIGRATION_FAILED, display_url(url), _reason(exc)
                ) from exc
            migrated_from = revision
    except BaseException:
        engine.dispose()
        raise
    return engine, migrated_from
