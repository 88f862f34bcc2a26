"""Names shown for the kinds of records an import creates and for their fields."""

from __future__ import annotations

from coopdesk.exchange.column_mapping import DISAGG, KINDS, TargetKind
from coopdesk.i18n import QT_TRANSLATE_NOOP, translate
from coopdesk.i18n.locale_data import language_name

KIND_LABELS: dict[str, str] = {
    "partners": QT_TRANSLATE_NOOP("ImportFields", "Partners (organisations)"),
    "contacts": QT_TRANSLATE_NOOP("ImportFields", "Contacts of partners"),
    "exchanges": QT_TRANSLATE_NOOP("ImportFields", "Exchanges, with their participants"),
    "transactions": QT_TRANSLATE_NOOP("ImportFields", "Budget transactions"),
    "measurements": QT_TRANSLATE_NOOP("ImportFields", "Indicator measurements"),
}

FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("ImportFields", "CoopDesk identifier"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Name"),
    "short_name": QT_TRANSLATE_NOOP("ImportFields", "Short name"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "Kind"),
    "country": QT_TRANSLATE_NOOP("ImportFields", "Country"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "City"),
    "region": QT_TRANSLATE_NOOP("ImportFields", "Region"),
    "languages": QT_TRANSLATE_NOOP("ImportFields", "Languages"),
    "website": QT_TRANSLATE_NOOP("ImportFields", "Website"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Address"),
    "iati_identifier": QT_TRANSLATE_NOOP("ImportFields", "IATI identifier"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "organisation_id": QT_TRANSLATE_NOOP("ImportFields", "Partner (CoopDesk identifier)"),
    "organisation": QT_TRANSLATE_NOOP("ImportFields", "Partner (name)"),
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "role": QT_TRANSLATE_NOOP("ImportFields", "Role"),
    "preferred_language": QT_TRANSLATE_NOOP("ImportFields", "Preferred language"),
    "consent_given": QT_TRANSLATE_NOOP("ImportFields", "Consent given"),
    "consent_date": QT_TRANSLATE_NOOP("ImportFields", "Consent date"),
    "direction": QT_TRANSLATE_NOOP("ImportFields", "Direction"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "Title"),
    "start_date": QT_TRANSLATE_NOOP("ImportFields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ImportFields", "End date"),
    "place": QT_TRANSLATE_NOOP("ImportFields", "Place"),
    "project_id": QT_TRANSLATE_NOOP("ImportFields", "Project (CoopDesk identifier)"),
    "project": QT_TRANSLATE_NOOP("ImportFields", "Project (code)"),
    "purpose": QT_TRANSLATE_NOOP("ImportFields", "Purpose"),
    "outcomes": QT_TRANSLATE_NOOP("ImportFields", "Outcomes"),
    "logged_by": QT_TRANSLATE_NOOP("ImportFields", "Logged by"),
    "source": QT_TRANSLATE_NOOP("ImportFields", "Source"),
    "source_ref": QT_TRANSLATE_NOOP("ImportFields", "Source reference"),
    "partner_ids": QT_TRANSLATE_NOOP("ImportFields", "Partners (CoopDesk identifiers)"),
    "partners": QT_TRANSLATE_NOOP("ImportFields", "Partners (names)"),
    "participants": QT_TRANSLATE_NOOP("ImportFields", "Number of participants"),
    "participants_female": QT_TRANSLATE_NOOP("ImportFields", "Participants: women"),
    "participants_male": QT_TRANSLATE_NOOP("ImportFields", "Participants: men"),
    "participants_other": QT_TRANSLATE_NOOP("ImportFields", "Participants: other"),
    "date": QT_TRANSLATE_NOOP("ImportFields", "Date"),
    "amount": QT_TRANSLATE_NOOP("ImportFields", "Amount"),
    "currency": QT_TRANSLATE_NOOP("ImportFields", "Currency"),
    "rate_to_eur": QT_TRANSLATE_NOOP("ImportFields", "Rate to the euro"),
    "rate_date": QT_TRANSLATE_NOOP("ImportFields", "Rate date"),
    "budget_line_id": QT_TRANSLATE_NOOP("ImportFields", "Budget line (CoopDesk identifier)"),
    "funding_source_id": QT_TRANSLATE_NOOP("ImportFields", "Funding source (CoopDesk identifier)"),
    "counterparty": QT_TRANSLATE_NOOP("ImportFields", "Payee or payer"),
    "accounting_ref": QT_TRANSLATE_NOOP("ImportFields", "Accounting reference"),
    "accounting_code": QT_TRANSLATE_NOOP("ImportFields", "Accounting code"),
    "description": QT_TRANSLATE_NOOP("ImportFields", "Description"),
    "indicator_id": QT_TRANSLATE_NOOP("ImportFields", "Indicator (CoopDesk identifier)"),
    "indicator_code": QT_TRANSLATE_NOOP("ImportFields", "Indicator (code)"),
    "period": QT_TRANSLATE_NOOP("ImportFields", "Period (e.g. 2025-Q1)"),
    "period_start": QT_TRANSLATE_NOOP("ImportFields", "Start of the period"),
    "period_end": QT_TRANSLATE_NOOP("ImportFields", "End of the period"),
    "value": QT_TRANSLATE_NOOP("ImportFields", "Value"),
    "disaggregated": QT_TRANSLATE_NOOP("ImportFields", "Breakdowns (CoopDesk format)"),
    "rating": QT_TRANSLATE_NOOP("ImportFields", "Rating"),
    "narrative": QT_TRANSLATE_NOOP("ImportFields", "Narrative"),
    "note": QT_TRANSLATE_NOOP("ImportFields", "Note"),
    "recorded_by": QT_TRANSLATE_NOOP("ImportFields", "Recorded by"),
}

DIMENSION_LABELS: dict[str, str] = {
    "sex": QT_TRANSLATE_NOOP("ImportFields", "sex"),
    "age_group": QT_TRANSLATE_NOOP("ImportFields", "age group"),
    "place": QT_TRANSLATE_NOOP("ImportFields", "place"),
}


def kind_label(kind: str) -> str:
    return translate("ImportFields", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def field_label(key: str, language: str = "en") -> str:
    """A field's name for the user ("disagg/sex/female" -> "Breakdown by sex: female")."""
    if key.startswith(DISAGG):
        _, dimension, category = key.split("/", 2)
        text = translate("ImportFields", "Breakdown by {dimension}: {category}")
        shown = DIMENSION_LABELS.get(dimension)
        return text.format(
            dimension=translate("ImportFields", shown) if shown else dimension, category=category
        )
    if key in FIELD_LABELS:
        return translate("ImportFields", FIELD_LABELS[key])
    base, _, lang = key.rpartition("_")
    if base in FIELD_LABELS and lang:
        return translate("ImportFields", "{field} ({language})").format(
            field=translate("ImportFields", FIELD_LABELS[base]),
            language=language_name(lang, language),
        )
    return key


def preferred(group: tuple[str, ...]) -> str:
    """The field of a required group to offer first: a name or code rather than an id."""
    return next((k for k in group if not k.endswith(("_id", "_ids"))), group[0])


def required_keys(kind: TargetKind) -> set[str]:
    """The fields marked required: one per group (the others can replace it)."""
    return {preferred(group) for group in kind.required}


def alternatives(kind: TargetKind) -> dict[str, str]:
    """Field -> the required field it can replace ("indicator_id" -> "indicator_code")."""
    return {k: preferred(g) for g in kind.required for k in g if k != preferred(g)}


def field_order(kind_name: str, extra: list[str]) -> list[str]:
    """The fields to map: required ones first, then the others, then ``extra`` (breakdowns)."""
    kind = KINDS[kind_name]
    required = [preferred(group) for group in kind.required]
    keys = [f.key for f in kind.fields]
    ordered = required + [k for k in keys if k not in required]
    return ordered + [k for k in extra if k not in ordered]
