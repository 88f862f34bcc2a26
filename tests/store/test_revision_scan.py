"""Schema revisions are read without importing alembic (about half a second at start-up)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coopdesk.store.migrate import head_revision, known_revisions, script_directory


def test_revisions_read_from_the_scripts_match_alembic() -> None:
    scripts = script_directory()
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {rev.revision for rev in scripts.walk_revisions()}


def test_opening_a_current_database_does_not_import_alembic(db_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from coopdesk.services.database import open_db\n"
        f"opened = open_db(Path({str(db_path)!r}))\n"
        "assert opened.migrated_from is None\n"
        "opened.close()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"
