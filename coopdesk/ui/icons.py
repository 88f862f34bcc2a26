"""Icons shipped in resources/icons (SVG)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from coopdesk.config import RESOURCES_DIR

ICONS_DIR = RESOURCES_DIR / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon when there is none)."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
