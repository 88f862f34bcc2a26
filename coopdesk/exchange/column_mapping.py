"""Which column of a file feeds which field: the fields of each kind and suggested mappings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from coopdesk.domain.enums import Sex
from coopdesk.exchange.resolve import choice, key
from coopdesk.exchange.schema import TABLES_BY_NAME, ColumnType
from coopdesk.i18n.locale_data import is_language

T = ColumnType
# Field keys of disaggregated values: "disagg/<dimension>/<category>", e.g. "disagg/sex/female".
DISAGG = "disagg/"


@dataclass(frozen=True)
class FieldDef:
    """A field a column can feed: its key, type and the header words that suggest it."""

    key: str
    type: ColumnType = T.TEXT
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class TargetKind:
    """What an import creates: a kind of record, its fields and which ones are required."""

    name: str
    # The sheet (table) of a CoopDesk workbook that holds this kind.
    table: str
    fields: tuple[FieldDef, ...]
    # Each group needs one of its fields mapped (or given a default).
    required: tuple[tuple[str, ...], ...]

    def field(self, name: str) -> FieldDef | None:
        if name.startswith(DISAGG):
            return FieldDef(name, T.DECIMAL)
        found = next((f for f in self.fields if f.key == name), None)
        if found is None and "_" in name:
            base = next(
                (f for f in self.fields if f.type is T.TEXTS and name.startswith(f.key + "_")),
                None,
            )
            if base is not None and is_language(name[len(base.key) + 1 :]):
                return FieldDef(name, T.TEXT)
        return found


@dataclass
class ColumnMapping:
    """Field key -> file header, plus fixed values for fields no column feeds."""

    kind: str
    columns: dict[str, str] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)

    def provided(self) -> set[str]:
        return set(self.columns) | set(self.defaults)


# The brief's name for it.
Mapping = ColumnMapping

_EMAIL = ("email", "e mail", "mail", "courriel", "adresse electronique", "adresse mail")
_PHONE = ("phone", "telephone", "tel", "portable", "mobile", "numero de telephone")
_NOTES = ("notes", "remarques", "commentaire", "commentaires", "observations", "comments")
_PROJECT = ("project", "projet", "code projet", "project code", "code du projet")
_ID = ("id", "uuid", "identifiant")


def _table_fields(table: str, synonyms: dict[str, tuple[str, ...]]) -> tuple[FieldDef, ...]:
    spec = TABLES_BY_NAME[table]
    return tuple(FieldDef(c.key, c.type, synonyms.get(c.key, ())) for c in spec.columns)


def _kind(
    name: str,
    table: str,
    synonyms: dict[str, tuple[str, ...]],
    extra: tuple[FieldDef, ...],
    required: tuple[tuple[str, ...], ...],
) -> TargetKind:
    return TargetKind(name, table, _table_fields(table, synonyms) + extra, required)


KINDS: dict[str, TargetKind] = {
    "partners": _kind(
        "partners",
        "organisations",
        {
            "id": _ID,
            "name": (
                "nom",
                "nom du partenaire",
                "partenaire",
                "partner",
                "organisation",
                "organization",
                "raison sociale",
                "denomination",
                "name",
            ),
            "short_name": ("sigle", "nom court", "acronyme", "acronym", "short name"),
            "kind": ("type", "type de partenaire", "categorie", "category", "nature", "kind"),
            "country": ("pays", "country"),
            "city": ("ville", "commune", "localite", "town", "city"),
            "region": ("region", "province", "departement", "state"),
            "languages": ("langues", "langue", "language", "languages"),
            "website": ("site", "site web", "site internet", "web", "url", "website"),
            "email": _EMAIL,
            "phone": _PHONE,
            "address": ("adresse", "address", "adresse postale"),
            "iati_identifier": ("iati", "identifiant iati", "iati identifier"),
            "notes": _NOTES,
        },
        (),
        (("name",), ("kind",), ("country",)),
    ),
    "contacts": _kind(
        "contacts",
        "contacts",
        {
            "id": _ID,
            "first_name": ("prenom", "first name", "given name", "firstname"),
            "last_name": ("nom", "nom de famille", "last name", "surname", "family name", "name"),
            "role": ("fonction", "poste", "titre", "role", "position", "job title"),
            "email": _EMAIL,
            "phone": _PHONE,
            "preferred_language": ("langue", "langue preferee", "language", "preferred language"),
            "consent_given": ("consentement", "consent", "consent given", "accord rgpd"),
            "consent_date": ("date du consentement", "date consentement", "consent date"),
            "notes": _NOTES,
        },
        (
            FieldDef(
                "organisation",
                T.TEXT,
                (
                    "organisation",
                    "organization",
                    "partenaire",
                    "partner",
                    "structure",
                    "institution",
                    "employeur",
                ),
            ),
        ),
        (("last_name",), ("organisation_id", "organisation")),
    ),
    "exchanges": _kind(
        "exchanges",
        "exchanges",
        {
            "id": _ID,
            "kind": ("type", "type d echange", "nature", "categorie", "kind"),
            "direction": ("sens", "sens de l echange", "direction"),
            "title": ("titre", "intitule", "objet", "evenement", "event", "title", "nom"),
            "start_date": ("date", "debut", "date de debut", "date debut", "du", "start date"),
            "end_date": ("fin", "date de fin", "date fin", "au", "end date"),
            "place": ("lieu", "location", "place", "ville"),
            "country": ("pays", "country"),
            "purpose": ("objectif", "objectifs", "but", "motif", "purpose"),
            "outcomes": ("resultats", "bilan", "compte rendu", "outcomes"),
            "logged_by": ("saisi par", "auteur", "redacteur", "logged by"),
        },
        (
            FieldDef("project", T.TEXT, _PROJECT),
            FieldDef("partner_ids", T.STR_LIST),
            FieldDef("partners", T.TEXT, ("partenaires", "partenaire", "partner", "partners")),
            FieldDef(
                "participants",
                T.INT,
                ("participants", "nombre de participants", "nb participants", "effectif"),
            ),
            FieldDef("participants_female", T.INT, ("femmes", "women", "female", "filles")),
            FieldDef("participants_male", T.INT, ("hommes", "men", "male", "garcons")),
            FieldDef("participants_other", T.INT, ("autres", "other")),
        ),
        (("title",), ("kind",), ("direction",), ("start_date",), ("partner_ids", "partners")),
    ),
    "transactions": _kind(
        "transactions",
        "transactions",
        {
            "id": _ID,
            "kind": ("type", "nature", "sens", "kind"),
            "date": ("date", "date de paiement", "date d operation", "date operation"),
            "amount": ("montant", "montant ttc", "somme", "valeur", "amount"),
            "currency": ("devise", "monnaie", "currency"),
            "rate_to_eur": ("taux", "taux de change", "exchange rate", "rate", "rate to eur"),
            "rate_date": ("date du taux", "rate date"),
            "counterparty": ("tiers", "beneficiaire", "fournisseur", "payee", "payer", "payeur"),
            "accounting_ref": (
                "reference",
                "ref",
                "numero de mandat",
                "mandat",
                "piece",
                "accounting ref",
            ),
            "accounting_code": ("compte", "imputation", "compte comptable", "accounting code"),
            "description": ("libelle", "description", "objet", "label"),
        },
        (FieldDef("project", T.TEXT, _PROJECT),),
        (("project_id", "project"), ("kind",), ("date",), ("amount",)),
    ),
    "measurements": _kind(
        "measurements",
        "measurements",
        {
            "id": ("id", "uuid"),
            "period_start": ("debut de periode", "period start", "date de debut"),
            "period_end": ("fin de periode", "period end", "date de fin"),
            "value": ("valeur", "total", "resultat", "mesure", "value"),
            "rating": ("notation", "score", "rating"),
            "narrative": ("recit", "narrative", "description"),
            "source": ("source", "source des donnees", "data source"),
            "note": ("note", "remarque", "commentaire", "comment", "observations"),
            "recorded_by": (
                "enqueteur",
                "collecte par",
                "saisi par",
                "agent",
                "enumerator",
                "recorded by",
                "username",
            ),
        },
        (
            FieldDef(
                "indicator_code",
                T.TEXT,
                ("indicator code", "indicateur", "code indicateur", "indicator", "code"),
            ),
            FieldDef("project", T.TEXT, _PROJECT),
            FieldDef("period", T.TEXT, ("periode", "period")),
        ),
        (("indicator_id", "indicator_code"), ("period", "period_start")),
    ),
}

_DIMENSIONS = {
    "sex": ("sexe", "sex", "genre", "gender"),
    "age_group": ("tranche d age", "classe d age", "age group", "age groupe", "age"),
    "place": ("lieu", "place", "village", "localite", "location", "site", "zone", "commune"),
}


def disaggregation_field(header: str) -> str | None:
    """ "sexe/femmes" -> "disagg/sex/female"; "group/age/0-11" -> "disagg/age_group/0-11"."""
    parts = [p for p in header.split("/") if p.strip()]
    if len(parts) >= 2:
        dimension_text, category = parts[-2], parts[-1]
    else:
        folded = key(header)
        for dim, words in _DIMENSIONS.items():
            for word in words:
                if folded.startswith(word + " ") and header.strip()[len(word)] in " -._":
                    return _disagg(dim, header.strip()[len(word) + 1 :])
        return None
    wanted = key(dimension_text)
    for dim, words in _DIMENSIONS.items():
        if wanted in words:
            return _disagg(dim, category)
    return None


def _disagg(dimension: str, category: str) -> str | None:
    category = category.strip()
    if not category:
        return None
    if dimension == "sex":
        category = choice(Sex, category) or ""
        if not category:
            return None
    return f"{DISAGG}{dimension}/{category}"


def suggest_mapping(headers: Sequence[str], target_kind: str) -> ColumnMapping:
    """A first mapping by header names: exact keys, then French/English synonyms, accents,
    case and punctuation ignored (the last part of a "group/field" header counts too)."""
    kind = KINDS[target_kind] if target_kind in KINDS else table_kind(target_kind)
    mapping = ColumnMapping(kind.name)
    taken: set[str] = set()

    def take(field_key: str, header: str) -> None:
        if field_key not in mapping.columns and header not in taken:
            mapping.columns[field_key] = header
            taken.add(header)

    for header in headers:
        if kind.field(header) is not None:
            take(header, header)
    for header in headers:
        if header.startswith("_"):
            continue  # KoboToolbox/ODK metadata (_id, _uuid, _submission_time...)
        candidates = [key(header), key(header.split("/")[-1])]
        for fdef in kind.fields:
            if any(c in fdef.synonyms or c == key(fdef.key) for c in candidates if c):
                take(fdef.key, header)
                break
        else:
            disagg = disaggregation_field(header) if kind.name == "measurements" else None
            if disagg:
                take(disagg, header)
    return mapping


def table_kind(table: str) -> TargetKind:
    """The kind for one sheet of a CoopDesk workbook: its own columns, nothing required."""
    return TargetKind(table, table, _table_fields(table, {}), ())


def missing_fields(mapping: ColumnMapping, kind: TargetKind) -> list[tuple[str, ...]]:
    """The required groups that no column (nor default) feeds."""
    provided = mapping.provided()
    return [group for group in kind.required if not provided & set(group)]
