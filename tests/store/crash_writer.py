"""Child process of the crash test: forks writers doing audited ORM writes until killed.

Started once per database file, it imports CoopDesk once (0.5 s) and then, for every
``run <seed>`` line read on stdin, forks a writer process and reports on stdout::

    pid <writer pid>          the writer to kill
    ready                     the writer has opened the database
    <org id> <contacts>       one per transaction, written only after commit returned
    done <signal number>      the writer is dead (and how it died)

Every line is written with one ``os.write`` (shorter than PIPE_BUF, so atomic): a kill
never leaves half a line.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from sqlalchemy import select

from coopdesk.store.db import make_engine, make_session_factory, session_scope
from coopdesk.store.models import Contact, Organisation


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def write_forever(db: Path, seed: int) -> None:
    """Each transaction adds one organisation with 1 to 3 contacts (count kept in its notes)
    and every fourth one also updates three earlier organisations."""
    rng = random.Random(seed)
    engine = make_engine(db)
    factory = make_session_factory(engine, user="crash-test")
    _say("ready")
    n = 0
    while True:
        n += 1
        contacts = rng.randint(1, 3)
        with session_scope(factory) as session:
            org = Organisation(
                name=f"Comité de jumelage {seed}-{n}", kind="association", country="SN",
                notes=f"contacts={contacts}", city="Fatick",
            )
            session.add(org)
            session.flush()
            for i in range(contacts):
                session.add(
                    Contact(organisation_id=org.id, last_name=f"Diop {n}-{i}", first_name="Awa",
                            email=f"awa{n}.{i}@example.org")
                )
            if n % 4 == 0:
                earlier = session.scalars(
                    select(Organisation).order_by(Organisation.created_at.desc()).limit(3)
                ).all()
                for other in earlier:
                    other.city = f"Kaolack {n}"
        _say(f"{org.id} {contacts}")


def serve(db: Path) -> None:
    for line in sys.stdin:
        _command, seed = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(db, int(seed))
            finally:
                os._exit(3)  # never return into the server loop
        _say(f"pid {pid}")
        _pid, status = os.waitpid(pid, 0)
        _say(f"done {os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
