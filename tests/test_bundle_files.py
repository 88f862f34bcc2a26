"""Packaging and desktop integration: desktop entry, MIME types, AppStream, icons, bundle data."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import coopdesk.app
from coopdesk import __version__
from coopdesk.cli import BUNDLE_SUFFIX, file_arguments, main
from coopdesk.config import DB_SUFFIX, PROJECT_ROOT, RESOURCES_DIR
from coopdesk.exchange import bundle
from coopdesk.store.db import APPLICATION_ID

DESKTOP = RESOURCES_DIR / "desktop"
PACKAGING = RESOURCES_DIR / "packaging"
APP_ID = "org.coopdesk.CoopDesk"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
TYPES = {
    "application/x-coopdesk-bundle": "*.coopdesk",
    "application/x-coopdesk-database": "*.coopdb",
}


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


# --- desktop entry, MIME types, AppStream -----------------------------------------------------


def test_desktop_entry_opens_both_file_types() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "coopdesk %f"  # install.sh puts the program's absolute path
    assert entry["Icon"] == APP_ID
    assert "Office" in entry["Categories"].split(";")
    assert set(filter(None, entry["MimeType"].split(";"))) == set(TYPES)
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP / f"{APP_ID}.desktop")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_types_match_the_suffixes_and_the_application_id() -> None:
    root = ET.parse(DESKTOP / f"{APP_ID}.mime.xml").getroot()
    found = {
        t.get("type"): t.find(f"{MIME_NS}glob").get("pattern")  # type: ignore[union-attr]
        for t in root.iter(f"{MIME_NS}mime-type")
    }
    assert found == TYPES
    bundle_glob = TYPES["application/x-coopdesk-bundle"]
    assert bundle_glob == f"*{bundle.BUNDLE_SUFFIX}" == f"*{BUNDLE_SUFFIX}"
    assert TYPES["application/x-coopdesk-database"] == f"*{DB_SUFFIX}"
    magic = [m.get("value") for m in root.iter(f"{MIME_NS}match") if m.get("type") == "big32"]
    assert magic == [f"0x{APPLICATION_ID:08X}"]


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info")
def test_mime_database_accepts_the_types(tmp_path: Path) -> None:
    (tmp_path / "packages").mkdir()
    shutil.copy(DESKTOP / f"{APP_ID}.mime.xml", tmp_path / "packages" / f"{APP_ID}.xml")
    subprocess.run(["update-mime-database", str(tmp_path)], check=True, capture_output=True)
    globs = (tmp_path / "globs2").read_text(encoding="utf-8")
    for mime, pattern in TYPES.items():
        assert f":{mime}:{pattern}" in globs
        assert (tmp_path / f"{mime}.xml").is_file()


def test_appstream_metadata_matches_the_desktop_entry() -> None:
    root = ET.parse(DESKTOP / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert {m.text for m in root.iter("mediatype")} == set(TYPES)
    releases = [r.get("version") for r in root.iter("release")]
    assert __version__ in releases


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_appstream_metadata_is_valid() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(DESKTOP / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- icons -------------------------------------------------------------------------------------


def _icon_names_in_code() -> set[str]:
    """Every literal ``icon("name")`` of the ui, and the area keys (their list icons)."""
    names: set[str] = set()
    for path in (PROJECT_ROOT / "coopdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func, first = node.func, node.args[0]
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in {"icon", "Area"} and isinstance(first, ast.Constant):
                names.add(str(first.value))
    return names


def test_every_icon_the_code_asks_for_exists() -> None:
    names = _icon_names_in_code()
    assert {"coopdesk", "add", "dashboard"} <= names  # the scan finds calls
    missing = sorted(n for n in names if not (RESOURCES_DIR / "icons" / f"{n}.svg").is_file())
    assert missing == []


def test_icons_are_valid_svg_and_their_licence_is_noted(qapp) -> None:
    from PySide6.QtSvg import QSvgRenderer

    svgs = sorted((RESOURCES_DIR / "icons").glob("*.svg"))
    assert len(svgs) >= 10
    invalid = [p.name for p in svgs if not QSvgRenderer(str(p)).isValid()]
    assert invalid == []
    readme = (RESOURCES_DIR / "icons" / "README.md").read_text(encoding="utf-8")
    assert "GPL-3.0-or-later" in readme


def test_rendered_application_icons_have_every_size(qapp, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    render = _load(DESKTOP / "render_icons.py")
    written = render.render_all(tmp_path)
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        folder = tmp_path / "hicolor" / f"{size}x{size}"
        for png in (folder / "apps" / f"{APP_ID}.png",
                    folder / "mimetypes" / "application-x-coopdesk-bundle.png"):
            image = QImage(str(png))
            assert (image.width(), image.height()) == (size, size), png
            centre = image.pixelColor(size // 2, size // 2 + size // 8)
            assert centre.alpha() > 0  # drawn, not a transparent square
    assert tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg" in written


# --- the PyInstaller bundle's data -------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle_data() -> ModuleType:
    return _load(PACKAGING / "bundle_data.py")


def test_bundle_ships_what_config_resolves(bundle_data: ModuleType) -> None:
    if not list((PROJECT_ROOT / "translations").glob("*.qm")):
        pytest.skip("no compiled catalogs (make qm)")
    pairs = bundle_data.data_files(PROJECT_ROOT)
    assert all(Path(src).is_file() for src, _ in pairs)
    dests = {(Path(dest) / Path(src).name).as_posix() for src, dest in pairs}
    for needed in (
        "resources/fonts/DejaVuSans.ttf",
        "resources/icons/coopdesk.svg",
        "resources/data/Currency.xml",
        "resources/demo/logo.png",
        "translations/coopdesk_fr.qm",
        "translations/reports_de.qm",
        "coopdesk/store/migrations/env.py",
        "coopdesk/store/migrations/script.py.mako",
        "coopdesk/store/migrations/versions/0001_initial_schema.py",
    ):
        assert needed in dests
    assert any(d.startswith("resources/data/iati-schema/") for d in dests)
    assert not any(d.startswith(("resources/screenshots/", "resources/packaging/")) for d in dests)
    assert not any("__pycache__" in d for d in dests)


def test_every_resource_folder_is_shipped_or_deliberately_left_out(bundle_data) -> None:
    folders = {p.name for p in RESOURCES_DIR.iterdir() if p.is_dir()}
    shipped = set(bundle_data.resource_dirs(PROJECT_ROOT))
    assert {"data", "fonts", "icons", "demo"} <= shipped
    assert folders - shipped <= bundle_data.NOT_SHIPPED


def test_bundle_trims_unused_locales_and_qt_parts(bundle_data: ModuleType) -> None:
    languages = bundle_data.shipped_languages(PROJECT_ROOT)
    assert {"fr", "en", "de", "ar"} <= languages
    keep = bundle_data.keep_data
    assert keep("babel/locale-data/fr_FR.dat", languages)
    assert keep("babel/locale-data/root.dat", languages)
    assert keep("babel/global.dat", languages)
    assert not keep("babel/locale-data/ja_JP.dat", languages)
    assert keep("PySide6/Qt/translations/qtbase_fr.qm", languages)
    assert not keep("PySide6/Qt/translations/qtbase_ja.qm", languages)
    assert bundle_data.keep_binary("PySide6/Qt/lib/libQt6Svg.so.6")
    assert not bundle_data.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")


def test_spec_reads_the_data_list_and_the_migrations_imports() -> None:
    spec = (PACKAGING / "coopdesk.spec").read_text(encoding="utf-8")
    assert "datas=data_files(ROOT)" in spec
    assert '"alembic.op"' in spec and "coopdesk/__main__.py" in spec.replace('" / "', "/")
    imports: set[str] = set()
    for script in (PROJECT_ROOT / "coopdesk" / "store" / "migrations").rglob("*.py"):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imports.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                imports.update(a.name for a in node.names)
    hidden_or_analysed = {"alembic.op", "alembic.context", "sqlalchemy", "__future__.annotations"}
    unknown = {
        i for i in imports
        if i not in hidden_or_analysed and not i.startswith(("coopdesk.", "sqlalchemy."))
    }
    assert unknown == set(), "add these to HIDDEN in coopdesk.spec"


def test_frozen_config_finds_data_in_meipass(tmp_path: Path) -> None:
    code = (
        "import sys; sys._MEIPASS = sys.argv[1]; import coopdesk.config as c;"
        "print(c.RESOURCES_DIR); print(c.TRANSLATIONS_DIR)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True, text=True, check=True, cwd=PROJECT_ROOT,
    ).stdout.split()
    assert out == [str(tmp_path / "resources"), str(tmp_path / "translations")]


# --- opening files from the desktop: `coopdesk FILE` -------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["a.coopdb"], ["--db", "a.coopdb"]),
        (["/x/Mairie.COOPDB"], ["--db", "/x/Mairie.COOPDB"]),
        (["v.coopdesk"], ["--bundle", "v.coopdesk"]),
        (["--db", "m.coopdb", "v.coopdesk"], ["--db", "m.coopdb", "--bundle", "v.coopdesk"]),
        (["--db", "m.coopdb"], ["--db", "m.coopdb"]),
        (["import", "bundle", "--db", "m.coopdb", "v.coopdesk"],
         ["import", "bundle", "--db", "m.coopdb", "v.coopdesk"]),
        (["notes.txt"], ["notes.txt"]),
        ([], []),
    ],
)
def test_file_arguments(argv: list[str], expected: list[str]) -> None:
    assert file_arguments(argv, {"import", "demo"}) == expected


def test_opening_a_database_file_starts_the_gui_on_it(monkeypatch, tmp_path: Path) -> None:
    calls: list[tuple[Path | None, bool]] = []
    monkeypatch.setattr(
        coopdesk.app, "run_gui", lambda db, *, volunteer=False: calls.append((db, volunteer)) or 0
    )
    db = tmp_path / "mairie.coopdb"
    assert main([str(db)]) == 0
    assert calls == [(db, False)]


def test_opening_a_bundle_imports_it_then_starts_the_gui(
    monkeypatch, tmp_path: Path, db_path: Path, capsys
) -> None:
    calls: list[Path | None] = []
    monkeypatch.setattr(
        coopdesk.app, "run_gui", lambda db, *, volunteer=False: calls.append(db) or 0
    )
    visits = tmp_path / "visites.coopdesk"
    assert main(["export", "bundle", "--db", str(db_path), "--volunteer", "Ana", "--all",
                 "-o", str(visits)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), str(visits)]) == 0
    assert "Bundle from Ana: 0 added" in capsys.readouterr().out
    assert calls == [db_path]


def test_opening_a_bundle_without_a_database_says_so(monkeypatch, tmp_path: Path, capsys) -> None:
    monkeypatch.setattr(coopdesk.app, "run_gui", lambda db, *, volunteer=False: 0)
    monkeypatch.setattr("coopdesk.cli.default_database_path", lambda: tmp_path / "none.coopdb")
    assert main([str(tmp_path / "v.coopdesk")]) == 1
    assert "give it with --db" in capsys.readouterr().err
    assert not (tmp_path / "none.coopdb").exists()
