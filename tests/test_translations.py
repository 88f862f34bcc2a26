"""The catalogs are complete and up to date; the French catalog really loads.

The application's catalogs (coopdesk_<lang>.ts) cover every module but the PDF reports, which
have their own catalogs (reports_<lang>.ts) in more languages.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coopdesk.config import PROJECT_ROOT, TRANSLATIONS_DIR
from coopdesk.i18n import SUPPORTED_UI_LANGUAGES, Catalog
from coopdesk.reports.options import REPORT_LANGUAGES

TOOLS = Path(sys.executable).parent
REPORTS = PROJECT_ROOT / "coopdesk" / "reports"
CATALOGS = [f"coopdesk_{lang}" for lang in SUPPORTED_UI_LANGUAGES] + [
    f"reports_{lang}" for lang in REPORT_LANGUAGES
]


def _sources(domain: str = "coopdesk") -> list[str]:
    """The files lupdate reads for a catalog (as the Makefile's ``ts`` target)."""
    if domain == "reports":
        files = list(REPORTS.glob("*.py"))
    else:
        files = [p for p in (PROJECT_ROOT / "coopdesk").rglob("*.py") if REPORTS not in p.parents]
    return sorted(str(p.relative_to(PROJECT_ROOT)) for p in files)


@pytest.mark.parametrize("name", CATALOGS)
def test_lupdate_would_not_change_the_catalog(name, tmp_path):
    ts = TRANSLATIONS_DIR / f"{name}.ts"
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    listing = tmp_path / "files.lst"
    listing.write_text("\n".join(_sources(name.split("_")[0])) + "\n")
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-locations", "none", "-no-obsolete",
         f"@{listing}", "-ts", str(copy)],
        cwd=PROJECT_ROOT, check=True, capture_output=True,
    )
    assert copy.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), (
        "run `make ts` and translate the new strings"
    )


@pytest.mark.parametrize("name", CATALOGS)
def test_every_string_is_translated(name):
    root = ET.parse(TRANSLATIONS_DIR / f"{name}.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if (t := m.find("translation")) is not None
        and (t.get("type") in {"unfinished", "vanished", "obsolete"}
             or not ("".join(t.itertext()).strip())
             or any(not (f.text or "").strip() for f in t.iter("numerusform")))
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


@pytest.mark.parametrize("lang", REPORT_LANGUAGES)
def test_report_placeholders_survive_translation(lang):
    import re

    root = ET.parse(TRANSLATIONS_DIR / f"reports_{lang}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        wanted = set(re.findall(r"\{\w+\}", source))
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation.iter("numerusform")) or [translation]
        for form in forms:
            assert set(re.findall(r"\{\w+\}", "".join(form.itertext()))) == wanted, source
        if message.get("numerus") == "yes":
            # The general (last) form shows the number; a singular or dual may spell it out.
            assert "%n" in (forms[-1].text or ""), (lang, source)


@pytest.mark.parametrize("lang", REPORT_LANGUAGES)
def test_report_catalog_loads(lang):
    catalog = Catalog(lang, "reports")
    assert catalog.loaded
    assert catalog.domain == "reports"
    if lang != "en":
        assert catalog.translate("Reports", "Budget statement") != "Budget statement"


def test_application_catalog_is_the_default_domain():
    assert Catalog("fr").domain == "coopdesk"
    assert Catalog("fr", "reports").translate("Reports", "Contents") == "Sommaire"


def test_literal_strings_have_literal_contexts():
    """lupdate skips translate(CONTEXT_VARIABLE, "text"): the text would stay untranslated."""
    import ast

    hidden = []
    for path in (PROJECT_ROOT / "coopdesk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in {"translate", "QT_TRANSLATE_NOOP"}:
                continue
            context, text = node.args[0], node.args[1]
            if isinstance(text, ast.Constant) and not isinstance(context, ast.Constant):
                hidden.append(f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}")
    assert hidden == []
