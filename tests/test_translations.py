"""The catalogs are complete and up to date; the French catalog really loads."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coopdesk.config import PROJECT_ROOT, TRANSLATIONS_DIR
from coopdesk.i18n import SUPPORTED_UI_LANGUAGES, Catalog

TOOLS = Path(sys.executable).parent


def _sources() -> list[str]:
    files = (PROJECT_ROOT / "coopdesk").rglob("*.py")
    return sorted(str(p.relative_to(PROJECT_ROOT)) for p in files)


@pytest.mark.parametrize("lang", SUPPORTED_UI_LANGUAGES)
def test_lupdate_would_not_change_the_catalog(lang, tmp_path):
    ts = TRANSLATIONS_DIR / f"coopdesk_{lang}.ts"
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    listing = tmp_path / "files.lst"
    listing.write_text("\n".join(_sources()) + "\n")
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-locations", "none", "-no-obsolete",
         f"@{listing}", "-ts", str(copy)],
        cwd=PROJECT_ROOT, check=True, capture_output=True,
    )
    assert copy.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), (
        "run `make ts` and translate the new strings"
    )


@pytest.mark.parametrize("lang", SUPPORTED_UI_LANGUAGES)
def test_every_string_is_translated(lang):
    root = ET.parse(TRANSLATIONS_DIR / f"coopdesk_{lang}.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if (t := m.find("translation")) is not None
        and (t.get("type") in {"unfinished", "vanished", "obsolete"}
             or not ("".join(t.itertext()).strip()))
    ]
    assert unfinished == []


def test_placeholders_survive_translation():
    root = ET.parse(TRANSLATIONS_DIR / "coopdesk_fr.ts").getroot()
    import re

    for message in root.iter("message"):
        source = message.findtext("source") or ""
        wanted = set(re.findall(r"\{\w+\}", source))
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation.iter("numerusform")) or [translation]
        for form in forms:
            text = "".join(form.itertext())
            assert set(re.findall(r"\{\w+\}", text)) == wanted, source
            if "%n" in source and message.get("numerus") == "yes":
                assert "%n" in text, source


def test_french_catalog_loads():
    catalog = Catalog("fr")
    assert catalog.loaded
    assert catalog.translate("Labels", "Association") == "Association"
    assert catalog.translate("Labels", "Local authority") == "Collectivité locale"
