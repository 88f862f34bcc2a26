"""What the PyInstaller bundle ships beside the code: the (source, destination) data pairs.

Used by ``coopdesk.spec`` and by ``tests/test_bundle_files.py``. Destinations mirror the
source tree, so ``coopdesk/config.py`` finds ``resources/`` and ``translations/`` under
``sys._MEIPASS`` exactly as it finds them beside the package when run from source, and
``coopdesk/store/migrate.py`` finds the Alembic scripts beside its own (frozen) module.
"""

from __future__ import annotations

from pathlib import Path

# Every folder of resources/ ships, except these (not read at run time).
NOT_SHIPPED = frozenset({"screenshots", "packaging", "desktop"})
# Read from source files at run time by Alembic (env.py, script.py.mako, versions/*.py).
MIGRATIONS = Path("coopdesk", "store", "migrations")


def resource_dirs(root: Path) -> list[str]:
    """The names of the resources/ folders the bundle ships."""
    return sorted(
        p.name for p in (root / "resources").iterdir() if p.is_dir() and p.name not in NOT_SHIPPED
    )


def _files(folder: Path, pattern: str = "*") -> list[Path]:
    return sorted(
        p for p in folder.rglob(pattern)
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for PyInstaller's ``datas``.

    Raises:
        FileNotFoundError: no compiled catalog (run ``make qm``) or no migration script.
    """
    pairs: list[tuple[str, str]] = []
    for name in resource_dirs(root):
        for path in _files(root / "resources" / name):
            pairs.append((str(path), str(path.parent.relative_to(root))))
    catalogs = _files(root / "translations", "*.qm")
    if not catalogs:
        raise FileNotFoundError("no translations/*.qm: run `make qm` first")
    pairs += [(str(path), "translations") for path in catalogs]
    scripts = _files(root / MIGRATIONS)
    if not any(p.name == "env.py" for p in scripts):
        raise FileNotFoundError(f"no Alembic env.py in {root / MIGRATIONS}")
    pairs += [(str(path), str(path.parent.relative_to(root))) for path in scripts]
    return pairs


# Qt's virtual keyboard input plugin is the only user of QtQuick/QtQml in the bundle (17 MB).
UNUSED_QT_FILES = ("libqtvirtualkeyboardplugin", "libQt6VirtualKeyboard", "libQt6Quick",
                   "libQt6Qml")
BABEL_DATA = "babel/locale-data/"
QT_CATALOGS = "PySide6/Qt/translations/"


def shipped_languages(root: Path) -> frozenset[str]:
    """The languages of the catalogs (``translations/<domain>_<lang>.ts``): UI and reports."""
    return frozenset(p.stem.split("_", 1)[1] for p in (root / "translations").glob("*_*.ts"))


def keep_binary(dest: str) -> bool:
    """False for a Qt library or plugin that CoopDesk never loads."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return not name.startswith(UNUSED_QT_FILES)


def keep_data(dest: str, languages: frozenset[str]) -> bool:
    """False for babel's CLDR data (30 MB of 35) or Qt's own catalogs of other languages."""
    dest = dest.replace("\\", "/")
    if dest.startswith(BABEL_DATA):
        locale = dest[len(BABEL_DATA):].split(".", 1)[0]
        return locale == "root" or locale.split("_", 1)[0] in languages
    if dest.startswith(QT_CATALOGS) and dest.endswith(".qm"):
        stem = dest[len(QT_CATALOGS):].rsplit(".", 1)[0]  # qtbase_pt_BR
        parts = stem.split("_")
        return any(part in languages for part in parts[1:])
    return True
