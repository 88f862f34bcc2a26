"""The IATI codelists shipped in resources/data, and the check of every code an export uses."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from lxml import etree

from coopdesk.config import DATA_DIR

# Codelist files of resources/data (see resources/data/iati-schema/README.md).
CODELISTS = (
    "ActivityDateType", "ActivityStatus", "BudgetStatus", "BudgetType", "CollaborationType",
    "Country", "Currency", "IndicatorMeasure", "Language", "OrganisationRole",
    "OrganisationType", "ResultType", "Sector", "SectorVocabulary", "TagVocabulary",
    "TransactionType", "UNSDG-Goals",
)

# (element, attribute, codelist, condition on another attribute) for every coded attribute
# the export writes; ``currency`` and ``xml:lang`` are checked wherever they appear.
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RULES: tuple[tuple[str, str, str, tuple[str, str] | None], ...] = (
    ("reporting-org", "type", "OrganisationType", None),
    ("participating-org", "role", "OrganisationRole", None),
    ("participating-org", "type", "OrganisationType", None),
    ("provider-org", "type", "OrganisationType", None),
    ("receiver-org", "type", "OrganisationType", None),
    ("activity-status", "code", "ActivityStatus", None),
    ("activity-date", "type", "ActivityDateType", None),
    ("recipient-country", "code", "Country", None),
    ("sector", "vocabulary", "SectorVocabulary", None),
    ("sector", "code", "Sector", ("vocabulary", "1")),
    ("tag", "vocabulary", "TagVocabulary", None),
    ("tag", "code", "UNSDG-Goals", ("vocabulary", "2")),
    ("collaboration-type", "code", "CollaborationType", None),
    ("budget", "type", "BudgetType", None),
    ("budget", "status", "BudgetStatus", None),
    ("transaction-type", "code", "TransactionType", None),
    ("result", "type", "ResultType", None),
    ("indicator", "measure", "IndicatorMeasure", None),
)


@cache
def codes(name: str) -> frozenset[str]:
    """Every code of one shipped codelist (withdrawn ones included), parsed once."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.parse(str(DATA_DIR / f"{name}.xml"), parser).getroot()
    return frozenset(
        (item.findtext("code") or "").strip() for item in root.iter("codelist-item")
    )


def is_code(name: str, code: str) -> bool:
    return code in codes(name)


def language_code(tag: str) -> str:
    """A BCP 47 tag reduced to the ISO 639-1 code IATI lists ("pt-BR" -> "pt")."""
    return tag.replace("_", "-").split("-")[0].lower()


def unknown_codes(root: etree._Element) -> Iterator[tuple[str, str, str]]:
    """(element, attribute, code) for every code of the tree missing from its codelist."""
    by_tag: dict[str, list[tuple[str, str, tuple[str, str] | None]]] = {}
    for tag, attr, name, condition in RULES:
        by_tag.setdefault(tag, []).append((attr, name, condition))
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        for attr, name, condition in by_tag.get(tag, ()):
            value = element.get(attr)
            if value is None:
                continue
            if condition is not None and element.get(condition[0]) != condition[1]:
                continue
            if value not in codes(name):
                yield tag, attr, value
        currency = element.get("currency") or element.get("default-currency")
        if currency is not None and currency not in codes("Currency"):
            yield tag, "currency", currency
        lang = element.get(_XML_LANG)
        if lang is not None and lang not in codes("Language"):
            yield tag, "xml:lang", lang
