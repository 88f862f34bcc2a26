"""The recently opened database files, kept in QSettings ("db/recent", "db/last")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "db/recent"
LAST_KEY = "db/last"
MAX_RECENT = 8


class RecentFiles:
    """Most recent first, at most :data:`MAX_RECENT`, no duplicates."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        value = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [Path(str(p)) for p in (value or []) if p][:MAX_RECENT]

    def last(self) -> Path | None:
        value = self._settings.value(LAST_KEY, "")
        return Path(str(value)) if value else None

    def add(self, path: Path) -> None:
        """Put ``path`` first and remember it as the file to open next time."""
        path = path.resolve()
        paths = [path, *[p for p in self.paths() if p != path]][:MAX_RECENT]
        self._settings.setValue(RECENT_KEY, [str(p) for p in paths])
        self._settings.setValue(LAST_KEY, str(path))

    def remove(self, path: Path) -> None:
        paths = [p for p in self.paths() if p != path]
        self._settings.setValue(RECENT_KEY, [str(p) for p in paths])

    def clear(self) -> None:
        self._settings.setValue(RECENT_KEY, [])
