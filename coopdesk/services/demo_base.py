"""Demo base records: our municipality, partners, contacts, partnerships and settings."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from coopdesk.domain.enums import OrganisationKind, PartnershipKind, PartnershipStatus
from coopdesk.services.demo_files import logo_bytes, pdf_bytes
from coopdesk.services.demo_names import (
    LANGUAGE_OF,
    Places,
    email,
    of,
    person,
    phone,
    slug,
    the,
)
from coopdesk.services.demo_sink import RowSink
from coopdesk.store.models import (
    AppSetting,
    Contact,
    Municipality,
    Organisation,
    Partnership,
    PartnershipDocument,
)

US = "Sainte-Aurèle-sur-Loire"
US_SHORT = "Sainte-Aurèle"
Kind = OrganisationKind


@dataclass(frozen=True)
class Org:
    id: str
    key: str
    name: str
    short: str
    country: str
    city: str
    domain: str


@dataclass
class Ctx:
    """What every generator needs: randomness, dates and the row sink."""

    rng: random.Random
    today: dt.date
    sink: RowSink
    scale: int

    @property
    def year(self) -> int:
        return self.today.year

    def day_in(self, year: int, months: tuple[int, ...] = tuple(range(1, 13))) -> dt.date:
        month = self.rng.choice(months)
        return dt.date(year, month, self.rng.randint(1, 28))

    def pdf(
        self, filename: str, title: str, lines: list[str], *, audited: bool | None = None
    ) -> str:
        data = pdf_bytes(title, [f"{US} — {title}", *lines])
        return self.sink.attachment(filename, "application/pdf", data, audited=audited)


@dataclass
class Cluster:
    """One group of partners and projects; scale N makes N clusters."""

    index: int
    places: Places
    orgs: dict[str, Org] = field(default_factory=dict)
    partnerships: dict[str, str] = field(default_factory=dict)

    def fmt(self, text: str) -> str:
        p = self.places
        return text.format(
            us=US,
            sn=p.sn,
            de=p.de,
            br=p.br,
            it=p.it,
            fr_school=p.fr_school,
            de_school=p.de_school,
            villages=", ".join(p.sn_villages),
            of_de=of(p.de),
            fr_school_the=the(p.fr_school),
            de_school_the=the(p.de_school),
            districts=", ".join(p.br_districts),
            ngo=self.orgs["ngo"].short,
            coop=self.orgs["coop"].short,
        )

    def fmt_dict(self, texts: dict[str, str]) -> dict[str, str]:
        return {lang: self.fmt(text) for lang, text in texts.items()}


# fmt: off
# (key, name, short, kind, country, city, region, languages, contact roles)
_SHARED = (
    ("agency", "Agence de l'eau Loire-Bretagne", "AELB", Kind.STATE_AGENCY, "FR", "Orléans",
     "Centre-Val de Loire", ["fr"], ("Chargée d'interventions coopération internationale",)),
    ("ministry", "Ministère de l'Europe et des Affaires étrangères — DAECT", "MEAE/DAECT",
     Kind.STATE_AGENCY, "FR", "Paris", "Île-de-France", ["fr"],
     ("Chargé de mission coopération décentralisée", "Gestionnaire des appels à projets")),
    ("region", "Région Centre-Val de Loire", "Région CVL", Kind.LOCAL_AUTHORITY, "FR",
     "Orléans", "Centre-Val de Loire", ["fr"], ("Chargée de mission coopération",)),
    ("department", "Département du Loiret", "CD45", Kind.LOCAL_AUTHORITY, "FR", "Orléans",
     "Centre-Val de Loire", ["fr"], ("Chef du service jeunesse et solidarités",)),
    ("sponsor", "Transports Moreau & Fils", "Moreau", Kind.COMPANY, "FR", US,
     "Centre-Val de Loire", ["fr"], ("Directeur général", "Assistante de direction")),
    ("io", "Organisation internationale pour les villes durables", "OIVD", Kind.INTERNATIONAL,
     "CH", "Genève", "Genève", ["en", "fr", "es", "pt"], ("Programme Officer, Latin America",)),
)
_FEMALE_WORDS = frozenset({"Chargée", "Coordinatrice", "Bürgermeisterin", "Principale",
                           "Französischlehrerin", "Professeure", "Coordenadora", "Presidenta",
                           "Trésorière", "Assistante"})
_MALE_WORDS = frozenset({"Chargé", "Animateur", "Schulleiter", "Secretário", "Sindaco",
                         "Président", "Directeur", "Chef", "municipal"})
# fmt: on
_PACT_STATUSES = (
    PartnershipStatus.ACTIVE,
    PartnershipStatus.ACTIVE,
    PartnershipStatus.SUSPENDED,
    PartnershipStatus.DRAFT,
)
_NGOS = ("Jappo Développement", "Ndimbal Solidarité", "Bokk Jom", "Suxali Dëkk")


def _sex_of_role(role: str) -> str | None:
    words = set(role.split())
    if words & _FEMALE_WORDS:
        return "female"
    return "male" if words & _MALE_WORDS else None


def build_settings(ctx: Ctx, seed: int) -> None:
    """Our municipality (with its logo) and the settings that travel with the database."""
    logo = ctx.sink.attachment("logo-sainte-aurele.png", "image/png", logo_bytes())
    ctx.sink.add(
        Municipality,
        name=US,
        address="Hôtel de ville\n1 place du Général-de-Gaulle",
        postal_code="45190",
        city=US,
        country="FR",
        insee_code="45347",
        population=8_130 * ctx.scale,
        logo_id=logo,
        default_currency="EUR",
        ui_language="fr",
        report_languages=["fr"],
        water_budget_minor=245_000_000 * ctx.scale,
    )
    settings = {
        "privacy.retention_years": {"value": 5},
        "backup.keep_copies": {"value": 10},
        "reports.signatory": {"name": "Hélène Garnier", "title": f"Maire de {US}"},
        "demo.generated": {"seed": seed, "scale": ctx.scale, "today": ctx.today.isoformat()},
    }
    for key, value in settings.items():
        ctx.sink.add(AppSetting, key=key, value=value)


def _org(
    ctx: Ctx,
    key: str,
    name: str,
    short: str,
    kind: str,
    country: str,
    city: str,
    region: str,
    languages: list[str],
    roles: tuple[str, ...],
    notes: str = "",
) -> Org:
    rng = ctx.rng
    domain = f"{slug(name if kind == Kind.SCHOOL else short or name)}.example.org"
    address = {
        "FR": f"{rng.randint(1, 40)} rue de la République, {city}",
        "DE": f"Rathausplatz {rng.randint(1, 12)}, {city}",
        "SN": f"Quartier Escale, BP {rng.randint(10, 400)}, {city}",
        "BR": f"Rua XV de Novembro, {rng.randint(10, 900)}, {city} — MG",
        "IT": f"Piazza del Municipio {rng.randint(1, 9)}, {city}",
    }.get(country, f"Avenue de la Paix {rng.randint(1, 20)}, {city}")
    org_id = ctx.sink.add(
        Organisation,
        name=name,
        short_name=short,
        kind=kind,
        country=country,
        city=city,
        region=region,
        languages=languages,
        website=f"https://www.{domain}",
        email=f"contact@{domain}",
        phone=phone(rng, country, city),
        address=address,
        notes=notes,
    )
    # The international organisation's officer for Latin America is Brazilian.
    people_country = country if country in LANGUAGE_OF else "BR"
    for role in roles:
        who = person(rng, people_country, _sex_of_role(role))
        consent = rng.random() < 0.85
        ctx.sink.add(
            Contact,
            organisation_id=org_id,
            first_name=who.first_name,
            last_name=who.last_name,
            role=role,
            email=email(who.first_name, who.last_name, domain),
            phone=phone(rng, country, city),
            preferred_language=languages[0] if languages else "fr",
            consent_given=consent,
            consent_date=dt.date(
                ctx.year - rng.randint(1, 6), rng.randint(1, 12), rng.randint(1, 28)
            )
            if consent
            else None,
        )
    return Org(org_id, key, name, short or name, country, city, domain)


def build_shared_orgs(ctx: Ctx) -> dict[str, Org]:
    """Co-financers, the sponsor and the international organisation (one of each)."""
    return {spec[0]: _org(ctx, *spec) for spec in _SHARED}


def build_cluster_orgs(ctx: Ctx, cluster: Cluster) -> None:
    p, k = cluster.places, cluster.index
    ngo = _NGOS[0] if k == 0 else f"{_NGOS[k % len(_NGOS)]} {p.sn}"
    committee = (
        f"Comité de jumelage de {US}" if k == 0 else f"Association d'amitié {US_SHORT}–{p.de}"
    )
    coop = f"Recicla {p.br.split()[-1] if k == 0 else p.br}"
    # fmt: off
    specs = (
        ("sn", f"Commune de {p.sn}", p.sn, Kind.LOCAL_AUTHORITY, "SN", p.sn, "Fatick",
         ["fr", "wo"], ("Maire", "Secrétaire municipal", "Chargée de l'eau et de "
                        "l'assainissement"), "Partenaire de coopération décentralisée."),
        ("ngo", f"ONG {ngo}", ngo, Kind.NGO, "SN", "Fatick", "Fatick", ["fr", "wo"],
         ("Coordinatrice de projets", "Animateur de terrain"), "Opérateur local des projets."),
        ("de", f"Stadt {p.de}", p.de, Kind.LOCAL_AUTHORITY, "DE", p.de, "Baden-Württemberg",
         ["de"], ("Bürgermeisterin", "Büro für Städtepartnerschaften"), "Ville jumelle."),
        ("de_school", f"{p.de_school} {p.de}", p.de_school, Kind.SCHOOL, "DE", p.de,
         "Baden-Württemberg", ["de"], ("Schulleiter", "Französischlehrerin"), ""),
        ("fr_school", p.fr_school, p.fr_school, Kind.SCHOOL, "FR", US, "Centre-Val de Loire",
         ["fr"], ("Principale", "Professeure d'allemand"), ""),
        ("br", f"Prefeitura Municipal de {p.br}", p.br, Kind.LOCAL_AUTHORITY, "BR", p.br,
         "Minas Gerais", ["pt"], ("Secretário de Meio Ambiente",
                                  "Coordenadora de Relações Internacionais"), ""),
        ("coop", f"Cooperativa de Catadores {coop}", coop, Kind.ASSOCIATION, "BR", p.br,
         "Minas Gerais", ["pt"], ("Presidenta da cooperativa",), "Coopérative de catadores."),
        ("it", f"Comune di {p.it}", p.it, Kind.LOCAL_AUTHORITY, "IT", p.it, "Lombardia",
         ["it"], ("Sindaco",), "Pacte d'amitié en préparation." if k == 0 else ""),
        ("committee", committee, "Comité de jumelage" if k == 0 else f"Amitié {p.de}",
         Kind.ASSOCIATION, "FR", US, "Centre-Val de Loire", ["fr", "de"],
         ("Président", "Trésorière", "Secrétaire"), "Association loi 1901, bénévoles."),
    )
    # fmt: on
    for spec in specs:
        cluster.orgs[spec[0]] = _org(ctx, *spec)


def build_partnerships(ctx: Ctx, cluster: Cluster) -> None:
    rng, y, p = ctx.rng, ctx.year, cluster.places
    first = cluster.index == 0
    charter_day = dt.date(1978, 6, 17) if first else dt.date(rng.randint(1962, 2008), 6, 10)
    pact_status = PartnershipStatus.DRAFT if first else rng.choice(_PACT_STATUSES)
    pact_day = None if pact_status == PartnershipStatus.DRAFT else dt.date(y - 3, 9, 21)
    # fmt: off
    specs: list[tuple[str, str, str, dict[str, str], dt.date | None, dt.date | None, str]] = [
        ("de_charter", "de", PartnershipKind.TWINNING_CHARTER,
         {"fr": f"Charte de jumelage {US} – {p.de}",
          "de": f"Partnerschaftsurkunde {p.de} – {US}"},
         charter_day, None, PartnershipStatus.ACTIVE),
        ("sn_old_convention", "sn", PartnershipKind.COOPERATION_CONVENTION,
         {"fr": f"Convention de coopération décentralisée {US} – {p.sn} ({y - 16}–{y - 11})",
          "wo": f"Déggoo bu jëflante {US} ak {p.sn} ({y - 16}–{y - 11})"},
         dt.date(y - 16, 5, 12), dt.date(y - 11, 12, 31), PartnershipStatus.ENDED),
        ("sn_convention", "sn", PartnershipKind.COOPERATION_CONVENTION,
         {"fr": f"Convention de coopération décentralisée {US} – {p.sn}",
          "wo": f"Déggoo bu jëflante {US} ak {p.sn}"},
         dt.date(y - 11, 11, 20), dt.date(y + 1, 12, 31), PartnershipStatus.ACTIVE),
        ("br_mou", "br", PartnershipKind.MOU,
         {"fr": f"Protocole d'accord {US} – {p.br}",
          "pt": f"Memorando de entendimento {p.br} – {US}"},
         dt.date(y - 7, 9, 15), dt.date(y + 2, 9, 14), PartnershipStatus.ACTIVE),
        ("it_pact", "it", PartnershipKind.FRIENDSHIP_PACT,
         {"fr": f"Pacte d'amitié {US} – {p.it}", "it": f"Patto di amicizia {p.it} – {US}"},
         pact_day, None, pact_status),
    ]
    # fmt: on
    for key, org_key, kind, title, signed, until, status in specs:
        delib_day = signed - dt.timedelta(days=rng.randint(20, 90)) if signed else None
        number = f"{delib_day.year}-{rng.randint(12, 140):03d}" if delib_day else ""
        pid = ctx.sink.add(
            Partnership,
            organisation_id=cluster.orgs[org_key].id,
            kind=kind,
            title=title,
            status=status,
            signed_on=signed,
            valid_until=until,
            deliberation_number=number,
            deliberation_date=delib_day,
            notes="Renouvellement à préparer avant l'échéance." if until and until.year > y else "",
        )
        cluster.partnerships[key] = pid
        doc = ctx.pdf(
            f"{slug(title['fr'])}.pdf",
            title["fr"],
            [
                f"Délibération du conseil municipal n° {number or '(à venir)'}",
                f"Signée le {signed.isoformat() if signed else '(projet)'}",
                "Les deux collectivités conviennent de développer des échanges entre leurs",
                "habitants, leurs écoles, leurs associations et leurs services.",
            ],
        )
        ctx.sink.add(PartnershipDocument, partnership_id=pid, attachment_id=doc)
