from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from coopdesk.config import DATA_DIR
from coopdesk.domain.enums import (
    ActivityStatus,
    AgeGroup,
    Direction,
    ExchangeKind,
    OrganisationRole,
    RecordSource,
    RiskLevel,
    Sex,
)
from coopdesk.services import codelists, labels_activity


def _sector_codes_in_file() -> dict[str, str]:
    root = ET.parse(DATA_DIR / "Sector.xml").getroot()
    return {
        (item.findtext("code") or ""): item.get("status", "")
        for item in root.iter("codelist-item")
    }


def test_every_theme_default_is_an_active_sector_of_the_file():
    codes = _sector_codes_in_file()
    assert len(codelists.THEMES) == 11
    for theme in codelists.THEMES:
        assert codes.get(theme.default_sector) == "active", theme.key
        assert codelists.sector(theme.default_sector) is not None


def test_theme_keys_labels_and_code_parts_are_unique():
    keys = [t.key for t in codelists.THEMES]
    parts = [t.code_part for t in codelists.THEMES]
    assert len(set(keys)) == len(keys) and len(set(parts)) == len(parts)
    assert all(re.fullmatch(r"[A-Z]{3}", p) for p in parts)
    assert codelists.theme_label("water") == "Water and sanitation"
    assert codelists.theme_label("") == ""
    assert codelists.theme_label("nope") == "nope"
    assert codelists.theme_choices()[0] == ("water", "Water and sanitation")
    assert codelists.is_theme("human_rights") and not codelists.is_theme("")
    water = codelists.theme("water")
    assert water is not None and water.default_sector == "14030"
    assert codelists.theme("governance").default_sector == "15112"  # type: ignore[union-attr]


def test_sectors_parsed_once_with_both_languages():
    sectors = codelists.sectors()
    assert sectors is codelists.sectors()
    assert len(sectors) == len(_sector_codes_in_file())
    water = codelists.sector("14030")
    assert water is not None
    assert water.name_en == "Basic drinking water supply and basic sanitation"
    assert water.name_fr.startswith("Approvisionnement en eau potable")
    assert (water.category, water.active) == ("140", True)
    assert water.name("fr-FR") == water.name_fr and water.name("de") == water.name_en
    assert codelists.sector_name("15112", "en") == (
        "Decentralisation and support to subnational government"
    )
    assert codelists.sector_name("99999", "fr") == "99999"
    withdrawn = codelists.sector("15162")
    assert withdrawn is not None and not withdrawn.active
    assert codelists.is_sector("15162") and not codelists.is_sector("1516")


def test_search_sectors_by_code_or_folded_name():
    assert [s.code for s in codelists.search_sectors("1403", "en")] == ["14030", "14031", "14032"]
    found = [s.code for s in codelists.search_sectors("DECHETS", "fr")]
    assert found[0] == "14050"  # "Traitement des déchets": accents and case ignored
    assert "14050" in [s.code for s in codelists.search_sectors("waste", "fr")]
    assert [s.code for s in codelists.search_sectors("decentralisation subnational", "en")] == [
        "15112"
    ]
    assert all(s.active for s in codelists.search_sectors("", "en"))
    assert "15162" not in [s.code for s in codelists.search_sectors("human rights", "en")]
    assert "15162" in [
        s.code for s in codelists.search_sectors("human rights", "en", include_withdrawn=True)
    ]


def test_seventeen_sdgs_with_official_colours():
    assert [g.number for g in codelists.SDGS] == list(range(1, 18))
    assert all(re.fullmatch(r"#[0-9A-F]{6}", g.colour) for g in codelists.SDGS)
    six = codelists.sdg(6)
    assert six is not None and (six.label, six.colour) == ("Clean water and sanitation", "#26BDE2")
    assert codelists.sdg(17).colour == "#19486A"  # type: ignore[union-attr]
    assert codelists.sdg(0) is None and codelists.sdg(18) is None
    assert codelists.sdg_title(1, "en") == "Goal 1. End poverty in all its forms everywhere"
    assert codelists.sdg_title(1, "fr").startswith("Objectif 1.")


def test_iati_labels():
    assert codelists.activity_status_choices() == [
        (1, "Pipeline/identification"),
        (2, "Implementation"),
        (3, "Finalisation"),
        (4, "Closed"),
        (5, "Cancelled"),
        (6, "Suspended"),
    ]
    assert codelists.organisation_role_choices() == [
        (1, "Funding"),
        (2, "Accountable"),
        (3, "Extending"),
        (4, "Implementing"),
    ]
    assert codelists.activity_status_label(1) == "Pipeline/identification"
    assert codelists.organisation_role_label(1) == "Funding"
    assert codelists.activity_status_label(9) == "9"


@pytest.mark.parametrize(
    "enum_type",
    [ActivityStatus, OrganisationRole, ExchangeKind, Direction, Sex, AgeGroup, RecordSource,
     RiskLevel],
)
def test_every_member_has_a_label(enum_type):
    for value, text in labels_activity.choices(enum_type):
        assert text and text != str(value)


def test_age_groups_include_unknown_and_minors():
    assert labels_activity.AGE_GROUPS == ("0-11", "12-17", "18-25", "26-64", "65+", "unknown")
    assert labels_activity.MINOR_AGE_GROUPS == {"0-11", "12-17"}
    assert labels_activity.label_of(AgeGroup, "unknown") == "Age not known"
    assert labels_activity.label_of(Sex, Sex.UNKNOWN) == "Not known"
    assert labels_activity.label_of(ExchangeKind, "nope") == "nope"
