"""Project codelists: themes, OECD DAC 5-digit sectors, UN SDGs and IATI status and roles."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache

from coopdesk.config import DATA_DIR
from coopdesk.domain.enums import ActivityStatus, OrganisationRole
from coopdesk.domain.text import fold
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.services import labels_activity

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


# --- themes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    """A project theme: a stable key, an English label to translate, a default DAC sector."""

    key: str
    source_label: str
    default_sector: str
    # Short upper-case part of suggested project codes ("SN-EAU-2026").
    code_part: str

    @property
    def label(self) -> str:
        return translate("Themes", self.source_label)


THEMES: tuple[Theme, ...] = (
    Theme("water", QT_TRANSLATE_NOOP("Themes", "Water and sanitation"), "14030", "EAU"),
    Theme("energy", QT_TRANSLATE_NOOP("Themes", "Energy"), "23210", "ENR"),
    Theme("waste", QT_TRANSLATE_NOOP("Themes", "Waste and circular economy"), "14050", "DEC"),
    Theme("education", QT_TRANSLATE_NOOP("Themes", "Education and youth"), "11110", "EDU"),
    Theme("culture", QT_TRANSLATE_NOOP("Themes", "Culture"), "16061", "CUL"),
    Theme("health", QT_TRANSLATE_NOOP("Themes", "Health"), "12220", "SAN"),
    Theme("governance", QT_TRANSLATE_NOOP("Themes", "Local governance"), "15112", "GOU"),
    Theme(
        "economy",
        QT_TRANSLATE_NOOP("Themes", "Economic development and tourism"),
        "33210",
        "ECO",
    ),
    Theme("agriculture", QT_TRANSLATE_NOOP("Themes", "Agriculture and food"), "31120", "AGR"),
    Theme("climate", QT_TRANSLATE_NOOP("Themes", "Climate"), "41010", "CLI"),
    Theme(
        "human_rights",
        QT_TRANSLATE_NOOP("Themes", "Human rights and citizenship"),
        "15160",
        "DRO",
    ),
)

_THEMES_BY_KEY = {t.key: t for t in THEMES}


def theme(key: str) -> Theme | None:
    """The theme with this key, or None."""
    return _THEMES_BY_KEY.get(key)


def is_theme(key: str) -> bool:
    return key in _THEMES_BY_KEY


def theme_label(key: str) -> str:
    """The translated label of a theme key ("" for no theme, the key itself when unknown)."""
    found = _THEMES_BY_KEY.get(key)
    return found.label if found else key


def theme_choices() -> list[tuple[str, str]]:
    """(key, translated label) pairs in the list's order, for a combo box."""
    return [(t.key, t.label) for t in THEMES]


# --- DAC 5-digit sectors ----------------------------------------------------------------


@dataclass(frozen=True)
class Sector:
    """One OECD DAC 5-digit purpose code (from the IATI Sector codelist)."""

    code: str
    name_en: str
    name_fr: str
    # The 3-digit DAC category ("140" for water supply and sanitation).
    category: str
    # False for codes the OECD has withdrawn (still accepted on stored projects).
    active: bool

    def name(self, language: str) -> str:
        """The name in French for "fr" (when the codelist has it), else in English."""
        return self.name_fr if language.split("-")[0] == "fr" and self.name_fr else self.name_en


def _narratives(element: ET.Element | None) -> dict[str, str]:
    if element is None:
        return {}
    out: dict[str, str] = {}
    for narrative in element.findall("narrative"):
        lang = narrative.get(_XML_LANG, "en")
        out.setdefault(lang, (narrative.text or "").strip())
    return out


@lru_cache(maxsize=1)
def sectors() -> tuple[Sector, ...]:
    """Every DAC 5-digit sector of ``resources/data/Sector.xml`` by code (parsed once)."""
    root = ET.parse(DATA_DIR / "Sector.xml").getroot()
    out = []
    for item in root.iter("codelist-item"):
        names = _narratives(item.find("name"))
        out.append(
            Sector(
                code=(item.findtext("code") or "").strip(),
                name_en=names.get("en", ""),
                name_fr=names.get("fr", ""),
                category=(item.findtext("category") or "").strip(),
                active=item.get("status", "active") == "active",
            )
        )
    return tuple(sorted(out, key=lambda s: s.code))


@lru_cache(maxsize=1)
def _sectors_by_code() -> dict[str, Sector]:
    return {s.code: s for s in sectors()}


def sector(code: str) -> Sector | None:
    """The sector with this 5-digit code, or None."""
    return _sectors_by_code().get(code)


def is_sector(code: str) -> bool:
    """True for a code of the DAC codelist (withdrawn codes included)."""
    return code in _sectors_by_code()


def sector_name(code: str, language: str) -> str:
    """The sector's name in ``language`` ("fr" or English), or the code when unknown."""
    found = sector(code)
    return found.name(language) if found else code


def search_sectors(
    query: str, language: str, *, include_withdrawn: bool = False
) -> list[Sector]:
    """Sectors whose code starts with, or whose name contains, every word of ``query``.

    Matching ignores case and accents and looks at the name in ``language`` and in English.
    An empty query returns every (active) sector. Results are sorted by code.
    """
    words = fold(query).split()
    out = []
    for s in sectors():
        if not s.active and not include_withdrawn:
            continue
        haystack = fold(f"{s.name(language)} {s.name_en}")
        if all(s.code.startswith(w) or w in haystack for w in words):
            out.append(s)
    return out


# --- Sustainable Development Goals ------------------------------------------------------


@dataclass(frozen=True)
class Sdg:
    """A UN Sustainable Development Goal: number, official short name and colour."""

    number: int
    source_label: str
    colour: str

    @property
    def label(self) -> str:
        return translate("SDGs", self.source_label)


SDGS: tuple[Sdg, ...] = (
    Sdg(1, QT_TRANSLATE_NOOP("SDGs", "No poverty"), "#E5243B"),
    Sdg(2, QT_TRANSLATE_NOOP("SDGs", "Zero hunger"), "#DDA63A"),
    Sdg(3, QT_TRANSLATE_NOOP("SDGs", "Good health and well-being"), "#4C9F38"),
    Sdg(4, QT_TRANSLATE_NOOP("SDGs", "Quality education"), "#C5192D"),
    Sdg(5, QT_TRANSLATE_NOOP("SDGs", "Gender equality"), "#FF3A21"),
    Sdg(6, QT_TRANSLATE_NOOP("SDGs", "Clean water and sanitation"), "#26BDE2"),
    Sdg(7, QT_TRANSLATE_NOOP("SDGs", "Affordable and clean energy"), "#FCC30B"),
    Sdg(8, QT_TRANSLATE_NOOP("SDGs", "Decent work and economic growth"), "#A21942"),
    Sdg(9, QT_TRANSLATE_NOOP("SDGs", "Industry, innovation and infrastructure"), "#FD6925"),
    Sdg(10, QT_TRANSLATE_NOOP("SDGs", "Reduced inequalities"), "#DD1367"),
    Sdg(11, QT_TRANSLATE_NOOP("SDGs", "Sustainable cities and communities"), "#FD9D24"),
    Sdg(12, QT_TRANSLATE_NOOP("SDGs", "Responsible consumption and production"), "#BF8B2E"),
    Sdg(13, QT_TRANSLATE_NOOP("SDGs", "Climate action"), "#3F7E44"),
    Sdg(14, QT_TRANSLATE_NOOP("SDGs", "Life below water"), "#0A97D9"),
    Sdg(15, QT_TRANSLATE_NOOP("SDGs", "Life on land"), "#56C02B"),
    Sdg(16, QT_TRANSLATE_NOOP("SDGs", "Peace, justice and strong institutions"), "#00689D"),
    Sdg(17, QT_TRANSLATE_NOOP("SDGs", "Partnerships for the goals"), "#19486A"),
)

SDG_NUMBERS: frozenset[int] = frozenset(g.number for g in SDGS)


def sdg(number: int) -> Sdg | None:
    """The goal with this number (1 to 17), or None."""
    return SDGS[number - 1] if number in SDG_NUMBERS else None


@lru_cache(maxsize=1)
def _sdg_titles() -> dict[int, dict[str, str]]:
    root = ET.parse(DATA_DIR / "UNSDG-Goals.xml").getroot()
    return {
        int((item.findtext("code") or "0").strip()): _narratives(item.find("name"))
        for item in root.iter("codelist-item")
    }


def sdg_title(number: int, language: str) -> str:
    """The goal's full official title ("Goal 6. Ensure availability ...") in French or English."""
    titles = _sdg_titles().get(number, {})
    lang = "fr" if language.split("-")[0] == "fr" else "en"
    return titles.get(lang) or titles.get("en", "")


# --- IATI activity status and organisation roles ------------------------------------------


def activity_status_choices() -> list[tuple[int, str]]:
    """(IATI ActivityStatus code, translated label) pairs, 1 to 6."""
    return [(int(s), labels_activity.label_of(ActivityStatus, int(s))) for s in ActivityStatus]


def activity_status_label(code: int) -> str:
    return labels_activity.label_of(ActivityStatus, code)


def organisation_role_choices() -> list[tuple[int, str]]:
    """(IATI OrganisationRole code, translated label) pairs, 1 to 4."""
    return [
        (int(r), labels_activity.label_of(OrganisationRole, int(r))) for r in OrganisationRole
    ]


def organisation_role_label(code: int) -> str:
    return labels_activity.label_of(OrganisationRole, code)
