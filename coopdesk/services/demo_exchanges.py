"""Demo exchanges (visits, events, remote meetings) with their partners and participants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.domain.enums import AgeGroup, Direction, ExchangeKind, RecordSource
from coopdesk.services.demo_base import US_SHORT, Cluster, Ctx
from coopdesk.services.demo_files import png_bytes
from coopdesk.services.demo_names import of, person, slug
from coopdesk.services.demo_plans import ProjectRef
from coopdesk.store.models import (
    Exchange,
    ExchangeDocument,
    ExchangePartner,
    Participant,
    ParticipantCount,
)

K, Dir, Age = ExchangeKind, Direction, AgeGroup
MIN_EXCHANGES = 205  # per cluster
MIN_PARTICIPANTS = 1_020  # per cluster
ALL_MONTHS = tuple(range(1, 13))
COVID = (dt.date(2020, 3, 15), dt.date(2021, 6, 30))


@dataclass(frozen=True)
class Spec:
    partner: str
    kind: str
    direction: str | None  # None: incoming or outgoing, drawn each time
    count: tuple[int, int]
    months: tuple[int, ...]
    project: str | None
    days: tuple[int, int]
    first: int  # first year, relative to this year
    others: tuple[str, ...] = ()
    last: int = -1


# fmt: off
SPECS = (
    Spec("de", K.OFFICIAL_DELEGATION, None, (1, 1), (5, 6, 9), None, (3, 5), -10, ("committee",)),
    Spec("de", K.SCHOOL_EXCHANGE, Dir.OUTGOING, (1, 1), (3, 4), "youth", (7, 10), -10,
         ("de_school", "fr_school")),
    Spec("de", K.SCHOOL_EXCHANGE, Dir.INCOMING, (1, 1), (5, 6, 10), "youth", (7, 10), -10,
         ("de_school", "fr_school")),
    Spec("de", K.YOUTH_EXCHANGE, None, (1, 1), (7, 8), "youth", (10, 14), -10, ("committee",)),
    Spec("de", K.CULTURAL_EVENT, None, (1, 2), (6, 9, 12), None, (1, 3), -10, ("committee",)),
    Spec("de", K.SPORTS_EVENT, None, (0, 1), (5, 6, 9), None, (2, 3), -10),
    Spec("de", K.VOLUNTEER_VISIT, None, (1, 1), (4, 5, 9, 10), None, (4, 7), -10,
         ("committee",)),
    Spec("de", K.REMOTE_MEETING, Dir.REMOTE, (2, 4), ALL_MONTHS, "youth", (0, 0), -10,
         ("de_school",)),
    Spec("sn", K.OFFICIAL_DELEGATION, None, (1, 1), (2, 11, 12), "water", (5, 8), -10),
    Spec("sn", K.TECHNICAL_MISSION, None, (2, 3), (1, 2, 3, 10, 11), "water", (7, 14), -10,
         ("ngo",)),
    Spec("sn", K.TECHNICAL_MISSION, Dir.OUTGOING, (1, 1), (2, 3), "library", (7, 10), -10,
         ("ngo",), last=-7),
    Spec("sn", K.VOLUNTEER_VISIT, Dir.OUTGOING, (0, 1), (2, 11), None, (10, 15), -10,
         ("committee",)),
    Spec("sn", K.REMOTE_MEETING, Dir.REMOTE, (3, 5), ALL_MONTHS, "water", (0, 0), -10,
         ("ngo",)),
    Spec("sn", K.CULTURAL_EVENT, Dir.INCOMING, (0, 1), (11,), None, (2, 4), -10, ("ngo",)),
    Spec("br", K.TECHNICAL_MISSION, None, (1, 2), (4, 5, 8, 9), "waste", (7, 12), -6,
         ("coop",)),
    Spec("br", K.REMOTE_MEETING, Dir.REMOTE, (3, 5), ALL_MONTHS, "waste", (0, 0), -6,
         ("io", "coop")),
    Spec("br", K.OFFICIAL_DELEGATION, None, (0, 1), (5, 10), "waste", (4, 6), -6, ("io",)),
    Spec("it", K.SPORTS_EVENT, None, (0, 1), (6, 7, 9), None, (2, 4), -10),
)


def _spec(partner: str, kind: str) -> Spec:
    return next(s for s in SPECS if s.partner == partner and s.kind == kind)


# Exchanges planned in the coming months: (spec, at most so many days from today).
_PLANNED = ((_spec("sn", K.OFFICIAL_DELEGATION), 60), (_spec("de", K.SCHOOL_EXCHANGE), 120),
            (_spec("br", K.REMOTE_MEETING), 20), (_spec("de", K.CULTURAL_EVENT), 150))
_THEMES = {"water": "eau potable", "library": "bibliothèque", "waste": "gestion des déchets",
           "youth": "échanges scolaires", None: "jumelage"}
_EVENTS = {"de": ("Marché de Noël franco-allemand", "Fête de la musique des villes jumelles",
                  "Exposition « Nos villes jumelles »", "Festival de théâtre amateur"),
           "sn": ("Semaine de la solidarité internationale", "Soirée contes et musiques du Sine"),
           "it": ("Tournoi de football des villes amies", "Course des amitiés"),
           "br": ("Festival de la récup'",)}
_SPORTS = ("Tournoi de handball U15 des villes jumelles", "Course des jumelages",
           "Tournoi de football des villes jumelles", "Randonnée cyclotouriste")
_PURPOSES: dict[str, str] = {
    K.OFFICIAL_DELEGATION: "Bilan annuel de la coopération et programmation de l'année suivante.",
    K.SCHOOL_EXCHANGE: "Séjour linguistique et projet commun des classes partenaires.",
    K.YOUTH_EXCHANGE: "Rencontre interculturelle de jeunes autour d'un projet citoyen.",
    K.TECHNICAL_MISSION: "Suivi des travaux, formation des équipes locales et contrôle qualité.",
    K.VOLUNTEER_VISIT: "Séjour d'amitié des bénévoles, visites et accueil en familles.",
    K.CULTURAL_EVENT: "Faire connaître la ville partenaire aux habitants.",
    K.SPORTS_EVENT: "Rencontre sportive amicale entre clubs des villes partenaires.",
    K.REMOTE_MEETING: "Point d'étape du projet et préparation des prochaines actions.",
}
_OUTCOMES = (
    "Compte rendu validé par les deux parties ; calendrier de l'année arrêté.",
    "Objectifs atteints ; retours très positifs des participants.",
    "Deux points de vigilance identifiés et confiés au comité de pilotage.",
    "Relevé de décisions diffusé aux élus et aux partenaires.",
    "Visite reportée d'une journée pour raisons logistiques, programme tenu.",
)
_STAFF = ("Claire Fontaine", "Julien Mercier", "Nadia Benali")
_VOLUNTEERS = ("Monique Girard", "Bernard Roux", "Françoise Lambert")
_OUR_ROLES: dict[str, tuple[tuple[str, str], ...]] = {
    K.OFFICIAL_DELEGATION: (("Maire", "Maire"), ("Adjointe aux relations internationales",
                            "Adjoint aux relations internationales"),
                            ("Conseillère municipale", "Conseiller municipal"),
                            ("Chargée de mission coopération", "Chargé de mission coopération")),
    K.TECHNICAL_MISSION: (("Technicienne eau et assainissement", "Technicien eau et "
                           "assainissement"), ("Ingénieure", "Ingénieur"),
                          ("Experte bénévole", "Expert bénévole")),
    K.VOLUNTEER_VISIT: (("Bénévole du comité de jumelage", "Bénévole du comité de jumelage"),),
    K.REMOTE_MEETING: (("Chargée de mission coopération", "Chargé de mission coopération"),
                       ("Adjointe aux relations internationales",
                        "Adjoint aux relations internationales")),
}
_THEIR_ROLES = {
    "de": (("Bürgermeisterin", "Bürgermeister"), ("Stadträtin", "Stadtrat"),
           ("Leiterin Städtepartnerschaften", "Leiter Städtepartnerschaften")),
    "sn": (("Maire", "Maire"), ("Adjointe au maire", "Adjoint au maire"),
           ("Présidente de l'ASUFOR", "Président de l'ASUFOR"), ("Fontainière", "Fontainier")),
    "br": (("Prefeita", "Prefeito"), ("Secretária de Meio Ambiente",
           "Secretário de Meio Ambiente"), ("Catadora", "Catador"),
           ("Engenheira ambiental", "Engenheiro ambiental")),
    "it": (("Sindaca", "Sindaco"), ("Assessora alla cultura", "Assessore alla cultura")),
}
# fmt: on
_SIZES: dict[str, tuple[int, int]] = {
    K.OFFICIAL_DELEGATION: (4, 7),
    K.TECHNICAL_MISSION: (2, 4),
    K.VOLUNTEER_VISIT: (3, 6),
    K.REMOTE_MEETING: (2, 3),
}
_COUNTRY = {"de": "DE", "sn": "SN", "br": "BR", "it": "IT"}


@dataclass
class _Tally:
    exchanges: int = 0
    participants: int = 0


def build_exchanges(ctx: Ctx, cluster: Cluster, projects: dict[str, ProjectRef]) -> None:
    rng, tally = ctx.rng, _Tally()
    for spec in SPECS:
        for offset in range(spec.first, spec.last + 1):
            for _ in range(rng.randint(*spec.count)):
                direction = spec.direction or rng.choice((Dir.INCOMING, Dir.OUTGOING))
                start = ctx.day_in(ctx.year + offset, spec.months)
                _exchange(ctx, cluster, projects, spec, direction, start, tally)
    years = range(ctx.year - 10, ctx.year)
    while tally.exchanges < MIN_EXCHANGES or tally.participants < MIN_PARTICIPANTS:
        spec = rng.choice([s for s in SPECS if s.kind == K.REMOTE_MEETING])
        start = ctx.day_in(max(rng.choice(years), ctx.year + spec.first), ALL_MONTHS)
        _exchange(ctx, cluster, projects, spec, Dir.REMOTE, start, tally)
    for spec, days in _PLANNED:
        start = ctx.today + dt.timedelta(days=rng.randint(days // 2, days))
        direction = spec.direction or Dir.OUTGOING
        _exchange(ctx, cluster, projects, spec, direction, start, tally, planned=True)


def _title(cluster: Cluster, spec: Spec, kind: str, direction: str, town: str, ctx: Ctx) -> str:
    theme = _THEMES[spec.project]
    out = direction == Dir.OUTGOING
    if kind == K.REMOTE_MEETING:
        return f"Visioconférence de suivi — {theme} ({town})"
    if kind == K.CULTURAL_EVENT:
        event = ctx.rng.choice(_EVENTS[spec.partner])
        return f"{event} à {town if out else US_SHORT}"
    if kind == K.SPORTS_EVENT:
        names = _EVENTS["it"] if spec.partner == "it" else _SPORTS
        return f"{ctx.rng.choice(names)} à {town if out else US_SHORT}"
    titles: dict[str, tuple[str, str]] = {
        K.OFFICIAL_DELEGATION: (
            f"Délégation officielle à {town}",
            f"Accueil d'une délégation officielle {of(town)}",
        ),
        K.SCHOOL_EXCHANGE: (
            f"Échange scolaire à {town} ({cluster.places.fr_school})",
            f"Accueil d'élèves {of(town)} ({cluster.places.de_school})",
        ),
        K.YOUTH_EXCHANGE: (
            f"Rencontre de jeunes à {town}",
            f"Rencontre de jeunes à {US_SHORT} avec {town}",
        ),
        K.TECHNICAL_MISSION: (
            f"Mission technique {theme} à {town}",
            f"Accueil d'une mission technique {of(town)} ({theme})",
        ),
        K.VOLUNTEER_VISIT: (
            f"Séjour des bénévoles du comité à {town}",
            f"Accueil des bénévoles {of(town)}",
        ),
    }
    return titles[kind][0 if out else 1]


def _exchange(
    ctx: Ctx,
    cluster: Cluster,
    projects: dict[str, ProjectRef],
    spec: Spec,
    direction: str,
    start: dt.date,
    tally: _Tally,
    *,
    planned: bool = False,
) -> None:
    rng, sink = ctx.rng, ctx.sink
    kind = spec.kind
    partner = cluster.orgs[spec.partner]
    if kind != K.REMOTE_MEETING and COVID[0] <= start <= COVID[1]:
        kind, direction = K.REMOTE_MEETING, Dir.REMOTE
    end = start + dt.timedelta(days=0 if kind == K.REMOTE_MEETING else rng.randint(*spec.days))
    title = _title(cluster, spec, kind, direction, partner.city, ctx)
    project = projects.get(spec.project) if spec.project else None
    if project is not None and not project.start <= start <= project.end:
        project = None
    places: dict[str, tuple[str, str]] = {
        Dir.OUTGOING: (partner.city, partner.country),
        Dir.INCOMING: (US_SHORT, "FR"),
    }
    place, country = places.get(direction, ("Visioconférence", ""))
    bundle = rng.random() < 0.12
    logged_by = rng.choice(_VOLUNTEERS if bundle else _STAFF)
    exchange_id = sink.add(
        Exchange,
        kind=kind,
        direction=direction,
        title=title[:200],
        start_date=start,
        end_date=end,
        place=place,
        country=country,
        project_id=project.id if project else None,
        purpose=_PURPOSES[kind],
        outcomes="" if planned else rng.choice(_OUTCOMES),
        logged_by=logged_by,
        source=RecordSource.BUNDLE if bundle else RecordSource.TYPED,
        source_ref=f"{slug(logged_by)}-{start:%Y%m%d}.coopbundle" if bundle else "",
    )
    tally.exchanges += 1
    for key in dict.fromkeys((spec.partner, *spec.others)):
        sink.add(ExchangePartner, exchange_id=exchange_id, organisation_id=cluster.orgs[key].id)
    if planned:
        return
    if kind in (K.CULTURAL_EVENT, K.SPORTS_EVENT):
        combos = [(s, a) for s in ("female", "male") for a in Age]
        for sex, age in rng.sample(combos, rng.randint(5, 9)):
            sink.add(
                ParticipantCount,
                exchange_id=exchange_id,
                sex=sex,
                age_group=age,
                count=rng.randint(3, 120),
            )
    else:
        tally.participants += _participants(ctx, cluster, spec, kind, direction, exchange_id, start)
    if kind != K.REMOTE_MEETING and rng.random() < 0.3:
        _document(ctx, exchange_id, kind, title, start)


def _document(ctx: Ctx, exchange_id: str, kind: str, title: str, start: dt.date) -> None:
    rng = ctx.rng
    if kind in (K.SCHOOL_EXCHANGE, K.YOUTH_EXCHANGE, K.VOLUNTEER_VISIT):
        top = (rng.randint(90, 230), rng.randint(90, 230), rng.randint(90, 230))
        data = png_bytes(96, 64, top, (40, 70, 110))
        attachment = ctx.sink.attachment(
            f"photo-{start:%Y%m%d}.png", "image/png", data, audited=False
        )
    else:
        attachment = ctx.pdf(
            f"compte-rendu-{start:%Y%m%d}.pdf",
            "Compte rendu",
            [
                title,
                f"Du {start.isoformat()}",
                "Participants, programme, décisions, suites.",
            ],
            audited=False,
        )
    ctx.sink.add(ExchangeDocument, exchange_id=exchange_id, attachment_id=attachment)


def _participants(
    ctx: Ctx,
    cluster: Cluster,
    spec: Spec,
    kind: str,
    direction: str,
    exchange_id: str,
    start: dt.date,
) -> int:
    rng = ctx.rng
    ours = direction != Dir.INCOMING
    theirs = direction != Dir.OUTGOING
    partner_country = _COUNTRY[spec.partner]
    partner_org = cluster.orgs[spec.partner].id
    people: list[tuple[str, str, tuple[str, str], str | None, str]] = []  # country, sex...

    def add(
        country: str,
        roles: tuple[tuple[str, str], ...],
        n: int,
        org: str | None,
        ages: tuple[str, ...],
    ) -> None:
        for _ in range(n):
            sex = "female" if rng.random() < 0.52 else "male"
            people.append((country, sex, rng.choice(roles), org, rng.choice(ages)))

    adults = (Age.ADULT, Age.ADULT, Age.ADULT, Age.SENIOR)
    if kind == K.SCHOOL_EXCHANGE:
        pupil_age = Age.CHILD if cluster.places.fr_school.startswith("École") and ours else Age.TEEN
        country, school = ("FR", "fr_school") if ours else ("DE", "de_school")
        pupil = ("Élève", "Élève") if ours else ("Schülerin", "Schüler")
        teacher = ("Professeure", "Professeur") if ours else ("Lehrerin", "Lehrer")
        add(country, (pupil,), rng.randint(18, 26), cluster.orgs[school].id, (pupil_age,))
        add(country, (teacher,), rng.randint(2, 3), cluster.orgs[school].id, (Age.ADULT,))
    elif kind == K.YOUTH_EXCHANGE:
        country = "FR" if ours else "DE"
        young = (
            ("Jeune participante", "Jeune participant") if ours else ("Jugendliche", "Jugendlicher")
        )
        group = cluster.orgs["committee"].id if ours else partner_org
        add(country, (young,), rng.randint(10, 16), group, (Age.TEEN, Age.TEEN, Age.YOUNG_ADULT))
        add(country, (("Animatrice", "Animateur"),), 2, group, (Age.YOUNG_ADULT, Age.ADULT))
    else:
        size = _SIZES[kind]
        if ours:
            staff = cluster.orgs["committee"].id if kind == K.VOLUNTEER_VISIT else None
            ages = (Age.SENIOR, Age.ADULT) if kind == K.VOLUNTEER_VISIT else adults
            add(
                "FR",
                _OUR_ROLES.get(kind, _OUR_ROLES[K.REMOTE_MEETING]),
                rng.randint(*size),
                staff,
                ages,
            )
        if theirs:
            add(
                partner_country, _THEIR_ROLES[spec.partner], rng.randint(*size), partner_org, adults
            )
    anonymised = start < dt.date(ctx.year - 9, 1, 1)
    for country, sex, roles, org, age in people:
        minor = age in (Age.CHILD, Age.TEEN)
        who = person(rng, country, sex)
        consent = minor or rng.random() < 0.9
        before = dt.timedelta(days=rng.randint(15, 60) if minor else rng.randint(5, 40))
        ctx.sink.add(
            Participant,
            exchange_id=exchange_id,
            first_name="" if anonymised else who.first_name,
            last_name="" if anonymised else who.last_name,
            role=roles[0] if sex == "female" else roles[1],
            organisation_id=org,
            sex=sex,
            age_group=age,
            is_minor=minor,
            consent_given=consent and not anonymised,
            consent_date=start - before if consent and not anonymised else None,
            anonymised=anonymised,
        )
    return len(people)
