"""Templates of the demo projects: texts, budgets, funding plans, indicators and risks."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from coopdesk.domain.enums import (
    ActivityStatus,
    BudgetCategory,
    Frequency,
    FundingKind,
    IndicatorDirection,
    IndicatorKind,
    OrganisationRole,
)

Cat = BudgetCategory
Role = OrganisationRole
Fk = FundingKind


@dataclass(frozen=True)
class LineTemplate:
    category: str
    euros: int
    label: str
    tx_range: tuple[int, int]
    local_pct: int = 0  # percentage of payments made in the partner's currency


@dataclass(frozen=True)
class FundingTemplate:
    kind: str
    org: str | None  # organisation key, or None
    share_bp: int
    cap_bp: int | None
    label: str
    currency: str = "EUR"


@dataclass(frozen=True)
class IndicatorTemplate:
    code: str
    name: dict[str, str]
    unit: str
    baseline: Decimal
    target: Decimal
    frequency: str
    data_source: str
    disaggregations: tuple[str, ...] = ()
    kind: str = IndicatorKind.QUANTITATIVE
    direction: str = IndicatorDirection.HIGHER_IS_BETTER
    quantum: Decimal = Decimal(1)
    scale_max: int | None = None


@dataclass(frozen=True)
class ProjectTemplate:
    key: str
    code: str
    country: str
    theme: str
    dac: str
    sdgs: tuple[int, ...]
    status: int
    start: tuple[int, int, int]  # (year relative to this year, month, day)
    end: tuple[int, int, int]
    actual_start: tuple[int, int, int] | None
    actual_end: tuple[int, int, int] | None
    place: str
    partnership: str
    roles: tuple[tuple[str, int], ...]
    title: dict[str, str]
    summary: dict[str, str]
    objectives: dict[str, str]
    lessons: dict[str, str]
    lines: tuple[LineTemplate, ...]
    funding: tuple[FundingTemplate, ...]
    indicators: tuple[IndicatorTemplate, ...]
    risks: tuple[tuple[str, int, int, str, str], ...]
    documents: tuple[str, ...] = field(default=())


D = Decimal
Q = IndicatorKind.QUALITATIVE
LOWER = IndicatorDirection.LOWER_IS_BETTER
M, QU, S, A = Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.SEMIANNUAL, Frequency.ANNUAL

# fmt: off
WATER = ProjectTemplate(
    key="water", code="EAU-SN", country="SN", theme="water", dac="14030", sdgs=(6, 3, 5),
    status=ActivityStatus.IMPLEMENTATION, start=(-10, 3, 1), end=(1, 12, 31),
    actual_start=(-10, 4, 15), actual_end=None,
    place="{sn}, département de Foundiougne, région de Fatick", partnership="sn_convention",
    roles=(("ministry", Role.FUNDING), ("agency", Role.FUNDING), ("region", Role.FUNDING),
           ("sn", Role.ACCOUNTABLE), ("ngo", Role.EXTENDING), ("ngo", Role.IMPLEMENTING)),
    title={"fr": "Accès à l'eau potable et assainissement scolaire à {sn}",
           "wo": "Ndox mu set ak set-settal ci lekool yi ci {sn}"},
    summary={
        "fr": "Réalisation de deux forages équipés de pompes solaires, extension du réseau "
              "vers quatre villages ({villages}), bornes-fontaines et latrines dans les écoles, "
              "appui à l'association des usagers du forage (ASUFOR) qui gère le service.",
        "en": "Two solar-powered boreholes, a network extended to four villages ({villages}), "
              "standpipes and school latrines, and support to the borehole users' "
              "association (ASUFOR) that runs the service.",
    },
    objectives={
        "fr": "Porter à 11 500 le nombre d'habitants ayant accès à l'eau potable à moins de "
              "500 m ; réduire le taux de panne sous 5 % ; au moins 40 % de femmes dans les "
              "comités de gestion.",
        "en": "Bring safe water within 500 m of 11,500 people; keep breakdowns below 5 %; at "
              "least 40 % women in the management committees.",
    },
    lessons={
        "fr": "La tarification au volume décidée avec l'ASUFOR finance la maintenance : les "
              "pannes sont réparées en moins de 72 heures. Former les fontainiers dès le départ "
              "et garder un stock de pièces détachées sur place.",
        "en": "Volume-based tariffs agreed with the ASUFOR pay for maintenance: breakdowns are "
              "fixed within 72 hours. Train the standpipe keepers early and keep spare parts "
              "on site.",
    },
    lines=(
        LineTemplate(Cat.WORKS, 35_000, "Travaux — forages, réseau et bornes-fontaines",
                     (4, 7), 80),
        LineTemplate(Cat.EQUIPMENT, 12_000, "Pompes solaires et compteurs", (4, 7), 50),
        LineTemplate(Cat.TRAINING, 6_000, "Formation des fontainiers et de l'ASUFOR", (4, 7), 90),
        LineTemplate(Cat.TRAVEL, 5_000, "Missions techniques et délégations", (12, 18), 10),
        LineTemplate(Cat.SERVICES, 4_000, "Études et suivi de la qualité de l'eau", (5, 8), 60),
        LineTemplate(Cat.COMMUNICATION, 1_000, "Restitution publique et supports", (2, 4)),
    ),
    funding=(
        FundingTemplate(Fk.OWN_BUDGET, None, 2000, None,
                        "Budget annexe de l'eau — dispositif 1 % (loi Oudin-Santini)"),
        FundingTemplate(Fk.WATER_AGENCY, "agency", 4000, 8000,
                        "Aide à la coopération internationale — 1 % eau"),
        FundingTemplate(Fk.MINISTRY_GRANT, "ministry", 2500, 7000,
                        "Appel à projets DAECT — coopération décentralisée"),
        FundingTemplate(Fk.REGION, "region", 1000, 5000, "Fonds régional de solidarité"),
        FundingTemplate(Fk.PARTNER_CONTRIBUTION, "sn", 500, None,
                        "Contribution de la commune de {sn}", "XOF"),
    ),
    indicators=(
        IndicatorTemplate("EAU-POP", {"fr": "Population ayant accès à l'eau potable",
                                      "en": "Population with access to safe drinking water"},
                          "personnes", D(3200), D(11500), A,
                          "Recensement de l'ASUFOR et de la commune de {sn}", ("sex", "place")),
        IndicatorTemplate("EAU-OUV", {"fr": "Points d'eau fonctionnels",
                                      "en": "Functional water points"},
                          "ouvrages", D(3), D(22), QU, "Visites de l'ONG {ngo}", ("place",)),
        IndicatorTemplate("EAU-PAN", {"fr": "Taux de panne des bornes-fontaines",
                                      "en": "Breakdown rate of standpipes"},
                          "%", D(35), D(5), M, "Registre des pannes de l'ASUFOR",
                          direction=LOWER, quantum=D("0.1")),
        IndicatorTemplate("EAU-VOL", {"fr": "Volume d'eau distribué par mois",
                                      "en": "Volume of water distributed per month"},
                          "m³", D(900), D(4200), M, "Relevés des compteurs", ("place",)),
        IndicatorTemplate("EAU-FEM", {"fr": "Part de femmes dans les comités de gestion",
                                      "en": "Share of women in water committees"},
                          "%", D(15), D(45), QU, "Procès-verbaux des comités",
                          quantum=D("0.1")),
        IndicatorTemplate("EAU-SAT", {"fr": "Satisfaction des usagers du service de l'eau",
                                      "en": "Users' satisfaction with the water service"},
                          "", D(2), D(4), A, "Enquête annuelle auprès de 200 ménages",
                          kind=Q, scale_max=5),
    ),
    risks=(
        ("Panne des pompes solaires faute de pièces détachées disponibles localement", 2, 3,
         "Stock de pièces chez l'ASUFOR et contrat de maintenance avec un artisan de Fatick",
         "ASUFOR de {sn}"),
        ("Baisse du niveau de la nappe et salinisation des forages", 2, 3,
         "Suivi piézométrique trimestriel ; étude hydrogéologique avant chaque forage",
         "ONG {ngo}"),
        ("Missions impossibles sur place (sécurité, crise sanitaire)", 1, 2,
         "Suivi à distance par l'ONG partenaire, missions reportées", "Service des relations "
         "internationales"),
    ),
    documents=("Convention de financement", "Rapport d'activité intermédiaire"),
)

LIBRARY = ProjectTemplate(
    key="library", code="BIB-SN", country="SN", theme="education", dac="11220", sdgs=(4,),
    status=ActivityStatus.CLOSED, start=(-10, 1, 1), end=(-7, 12, 31),
    actual_start=(-10, 2, 1), actual_end=(-7, 6, 30),
    place="{sn}, région de Fatick", partnership="sn_convention",
    roles=(("ministry", Role.FUNDING), ("department", Role.FUNDING), ("sponsor", Role.FUNDING),
           ("sn", Role.ACCOUNTABLE), ("ngo", Role.IMPLEMENTING)),
    title={"fr": "Bibliothèque scolaire et centre de lecture de {sn}",
           "wo": "Bibliotek ak néegu jàng ci {sn}"},
    summary={"fr": "Construction et équipement d'une salle de lecture au collège de {sn}, "
                   "collecte de 4 000 ouvrages par les écoles de {us} et formation de deux "
                   "bibliothécaires.",
             "en": "A reading room built and equipped at the {sn} secondary school, 4,000 books "
                   "collected by the schools of {us}, two librarians trained."},
    objectives={"fr": "Offrir 4 000 ouvrages en libre accès et atteindre 600 prêts par mois.",
                "en": "Offer 4,000 books on open shelves and reach 600 loans a month."},
    lessons={"fr": "Projet clos : la bibliothèque est gérée par la commune de {sn}. Les dons de "
                   "livres doivent être triés en amont ; privilégier les achats sur place.",
             "en": "Closed: the library is run by the commune of {sn}. Donated books must be "
                   "sorted beforehand; buying locally works better."},
    lines=(
        LineTemplate(Cat.WORKS, 8_000, "Construction de la salle de lecture", (4, 7), 90),
        LineTemplate(Cat.EQUIPMENT, 6_000, "Mobilier et ouvrages", (4, 7), 50),
        LineTemplate(Cat.TRAVEL, 2_500, "Missions et acheminement des livres", (12, 18)),
        LineTemplate(Cat.TRAINING, 2_000, "Formation des bibliothécaires", (4, 7), 90),
    ),
    funding=(
        FundingTemplate(Fk.OWN_BUDGET, None, 3000, None, "Budget de la commune"),
        FundingTemplate(Fk.MINISTRY_GRANT, "ministry", 3000, 7000, "Appel à projets DAECT"),
        FundingTemplate(Fk.DEPARTMENT, "department", 1000, 5000, "Aide à la solidarité "
                        "internationale du Département"),
        FundingTemplate(Fk.PRIVATE_SPONSOR, "sponsor", 1000, None, "Mécénat"),
        FundingTemplate(Fk.IN_KIND, "committee", 2000, None, "Dons de livres (valorisation)"),
    ),
    indicators=(
        IndicatorTemplate("BIB-OUV", {"fr": "Ouvrages disponibles", "en": "Books available"},
                          "ouvrages", D(0), D(4000), A, "Inventaire de la bibliothèque"),
        IndicatorTemplate("BIB-PRT", {"fr": "Prêts par mois", "en": "Loans per month"},
                          "prêts", D(0), D(600), M, "Registre des prêts", ("sex",)),
        IndicatorTemplate("BIB-LEC", {"fr": "Goût de la lecture chez les collégiens",
                                      "en": "Pupils' interest in reading"},
                          "", D(1), D(4), A, "Entretiens avec les enseignants", kind=Q,
                          scale_max=5),
    ),
    risks=(("Dégradation des ouvrages pendant la saison des pluies", 2, 2,
            "Rayonnages surélevés et volets étanches", "Commune de {sn}"),
           ("Départ des bibliothécaires formés", 2, 2, "Former un binôme et un suppléant",
            "ONG {ngo}")),
    documents=("Rapport final",),
)

SANITATION = ProjectTemplate(
    key="sanitation", code="SAN-SN", country="SN", theme="water", dac="14032",
    sdgs=(6, 11), status=ActivityStatus.PIPELINE, start=(1, 1, 1), end=(3, 12, 31),
    actual_start=None, actual_end=None,
    place="{sn}, région de Fatick", partnership="sn_convention",
    roles=(("agency", Role.FUNDING), ("ministry", Role.FUNDING), ("sn", Role.ACCOUNTABLE),
           ("ngo", Role.IMPLEMENTING)),
    title={"fr": "Assainissement et gestion des boues de vidange à {sn}",
           "wo": "Set-settal ak toppatoo mbalit ci {sn}"},
    summary={"fr": "Projet en préparation : étude de faisabilité d'une filière de gestion des "
                   "boues de vidange, latrines familiales améliorées et lits de séchage plantés.",
             "en": "In preparation: feasibility study of a faecal sludge chain, improved "
                   "household latrines and planted drying beds."},
    objectives={"fr": "Équiper 900 ménages de latrines améliorées ; traiter 1 500 m³ de boues "
                      "par an.",
                "en": "Improved latrines for 900 households; treat 1,500 m³ of sludge a year."},
    lessons={},
    lines=(
        LineTemplate(Cat.SERVICES, 12_000, "Étude de faisabilité", (2, 3)),
        LineTemplate(Cat.WORKS, 60_000, "Latrines et lits de séchage", (2, 3), 90),
    ),
    funding=(
        FundingTemplate(Fk.OWN_BUDGET, None, 1000, None, "Budget annexe de l'eau — 1 %"),
        FundingTemplate(Fk.WATER_AGENCY, "agency", 6000, 8000, "Aide à la coopération — 1 % eau"),
        FundingTemplate(Fk.MINISTRY_GRANT, "ministry", 3000, 7000, "Appel à projets DAECT"),
    ),
    indicators=(
        IndicatorTemplate("SAN-LAT", {"fr": "Ménages disposant de latrines améliorées",
                                      "en": "Households with improved latrines"},
                          "ménages", D(240), D(900), A, "Enquête ménages"),
        IndicatorTemplate("SAN-BOU", {"fr": "Boues de vidange traitées",
                                      "en": "Faecal sludge treated"},
                          "m³/an", D(0), D(1500), A, "Registre de la station"),
    ),
    risks=(("Cofinancement du ministère non obtenu", 2, 3,
            "Dossier déposé à deux appels à projets ; phasage possible", "Service des "
            "relations internationales"),
           ("Faible acceptation des latrines par les ménages", 2, 2,
            "Animations de sensibilisation avec l'ONG {ngo}", "ONG {ngo}")),
    documents=("Note de cadrage",),
)

YOUTH = ProjectTemplate(
    key="youth", code="JEU-DE", country="DE", theme="education", dac="11110",
    sdgs=(4, 16, 17), status=ActivityStatus.IMPLEMENTATION, start=(-10, 9, 1), end=(1, 8, 31),
    actual_start=(-10, 9, 1), actual_end=None,
    place="{de} (Bade-Wurtemberg) et {us}", partnership="de_charter",
    roles=(("department", Role.FUNDING), ("sponsor", Role.FUNDING), ("de", Role.ACCOUNTABLE),
           ("committee", Role.EXTENDING), ("fr_school", Role.IMPLEMENTING),
           ("de_school", Role.IMPLEMENTING)),
    title={"fr": "Programme d'échanges scolaires et de jeunesse avec {de}",
           "de": "Schul- und Jugendaustauschprogramm mit {us}"},
    summary={
        "fr": "Échanges annuels entre {fr_school_the} et {de_school_the} {of_de}, rencontres "
              "de jeunes de 15 à 25 ans l'été, accueil en familles et projets communs sur la "
              "citoyenneté européenne.",
        "de": "Jährlicher Austausch zwischen dem {fr_school} und dem {de_school} in {de}, "
              "Jugendbegegnungen für 15- bis 25-Jährige im Sommer, Unterbringung in "
              "Gastfamilien und gemeinsame Projekte zur europäischen Bürgerschaft.",
    },
    objectives={
        "fr": "Faire participer au moins 60 élèves par an ; faire progresser la pratique de la "
              "langue du partenaire ; renforcer le dialogue interculturel.",
        "de": "Mindestens 60 Schülerinnen und Schüler pro Jahr beteiligen; die Partnersprache "
              "fördern; den interkulturellen Dialog stärken.",
    },
    lessons={
        "fr": "Les projets préparés en visioconférence avant les séjours renforcent les liens "
              "entre correspondants. Anticiper autorisations parentales et assurances.",
        "de": "Per Videokonferenz vorbereitete Projekte stärken die Bindung zwischen den "
              "Austauschpartnern. Einverständniserklärungen und Versicherungen früh klären.",
    },
    lines=(
        LineTemplate(Cat.TRAVEL, 14_000, "Transport des groupes (car, train)", (12, 18)),
        LineTemplate(Cat.SERVICES, 4_500, "Hébergement, visites et activités", (5, 8)),
        LineTemplate(Cat.COMMUNICATION, 800, "Exposition et journal de l'échange", (2, 4)),
        LineTemplate(Cat.OTHER, 1_500, "Assurances et imprévus", (2, 4)),
    ),
    funding=(
        FundingTemplate(Fk.OWN_BUDGET, None, 3500, None, "Budget jumelages de la commune"),
        FundingTemplate(Fk.EU, None, 3000, 8000, "Erasmus+ — partenariats d'échanges scolaires"),
        FundingTemplate(Fk.DEPARTMENT, "department", 1000, 5000, "Aide départementale jeunesse"),
        FundingTemplate(Fk.PRIVATE_SPONSOR, "sponsor", 1000, None, "Mécénat transport"),
        FundingTemplate(Fk.IN_KIND, "committee", 1500, None,
                        "Hébergement en familles (valorisation)"),
    ),
    indicators=(
        IndicatorTemplate("JEU-ELV", {"fr": "Élèves participant aux échanges",
                                      "de": "Teilnehmende Schülerinnen und Schüler"},
                          "élèves", D(24), D(60), S, "Listes de participants",
                          ("sex", "age_group")),
        IndicatorTemplate("JEU-DIA", {"fr": "Dialogue interculturel",
                                      "de": "Interkultureller Dialog"},
                          "", D(2), D(4), A, "Questionnaire aux élèves et enseignants", kind=Q,
                          scale_max=5),
        IndicatorTemplate("JEU-LNG", {"fr": "Élèves ayant progressé d'un niveau de langue",
                                      "de": "Schüler mit Fortschritt in der Partnersprache"},
                          "élèves", D(10), D(40), A, "Évaluations des professeurs de langue",
                          ("sex",)),
        IndicatorTemplate("JEU-FAM", {"fr": "Familles d'accueil mobilisées",
                                      "de": "Gastfamilien"},
                          "familles", D(15), D(45), S, "Comité de jumelage"),
    ),
    risks=(("Annulation des séjours (crise sanitaire, grève des transports)", 2, 3,
            "Solution de repli en visioconférence ; assurance annulation", "Comité de jumelage"),
           ("Recul de l'enseignement de l'allemand au collège", 2, 2,
            "Ateliers bilingues ouverts aux non-germanistes", "{fr_school}"),
           ("Manque de familles d'accueil", 2, 2,
            "Appel du comité de jumelage ; hébergement collectif en repli",
            "Comité de jumelage")),
    documents=("Convention Erasmus+",),
)

WASTE = ProjectTemplate(
    key="waste", code="DECH-BR", country="BR", theme="waste", dac="14050", sdgs=(11, 12, 8),
    status=ActivityStatus.IMPLEMENTATION, start=(-6, 1, 1), end=(1, 12, 31),
    actual_start=(-6, 3, 1), actual_end=None,
    place="{br}, Minas Gerais", partnership="br_mou",
    roles=(("ministry", Role.FUNDING), ("region", Role.FUNDING), ("io", Role.FUNDING),
           ("br", Role.ACCOUNTABLE), ("io", Role.EXTENDING), ("coop", Role.IMPLEMENTING)),
    title={"fr": "Gestion des déchets et économie circulaire à {br}",
           "pt": "Gestão de resíduos e economia circular em {br}"},
    summary={
        "fr": "Collecte sélective dans quatre quartiers ({districts}), équipement de la "
              "coopérative de catadores {coop}, création d'une ressourcerie et sensibilisation "
              "des habitants, avec l'OIVD comme troisième partenaire.",
        "pt": "Coleta seletiva em quatro bairros ({districts}), equipamento da cooperativa de "
              "catadores {coop}, criação de um centro de reuso e sensibilização dos moradores, "
              "com a OIVD como terceiro parceiro.",
    },
    objectives={
        "fr": "Trier 100 t de déchets par mois ; créer 40 emplois dans la coopérative ; "
              "valoriser 35 % des déchets collectés.",
        "pt": "Triar 100 t de resíduos por mês; criar 40 empregos na cooperativa; valorizar "
              "35 % dos resíduos coletados.",
    },
    lessons={
        "fr": "Associer les catadores dès la conception a été décisif ; le contrat entre la "
              "municipalité et la coopérative garantit la pérennité du service.",
        "pt": "Envolver os catadores desde a concepção foi decisivo; o contrato entre a "
              "prefeitura e a cooperativa garante a continuidade do serviço.",
    },
    lines=(
        LineTemplate(Cat.EQUIPMENT, 18_000, "Presses à balles, triporteurs et bennes", (4, 7),
                     70),
        LineTemplate(Cat.TRAINING, 6_000, "Formation des catadores", (4, 7), 80),
        LineTemplate(Cat.SERVICES, 8_000, "Sensibilisation et suivi", (5, 8), 60),
        LineTemplate(Cat.TRAVEL, 6_000, "Missions d'experts et délégations", (12, 18), 10),
        LineTemplate(Cat.COMMUNICATION, 2_000, "Communication et capitalisation", (2, 4), 30),
    ),
    funding=(
        FundingTemplate(Fk.OWN_BUDGET, None, 2000, None, "Budget de la commune"),
        FundingTemplate(Fk.MINISTRY_GRANT, "ministry", 4000, 7000, "Appel à projets DAECT"),
        FundingTemplate(Fk.REGION, "region", 1000, 5000, "Fonds régional de solidarité"),
        FundingTemplate(Fk.PARTNER_CONTRIBUTION, "br", 1500, None, "Contrepartie de {br}"),
        FundingTemplate(Fk.PARTNER_CONTRIBUTION, "io", 1500, None, "Contribution de l'OIVD"),
    ),
    indicators=(
        IndicatorTemplate("DECH-TRI", {"fr": "Tonnes de déchets triés par mois",
                                       "pt": "Toneladas de resíduos triados por mês"},
                          "t", D(20), D(100), M, "Pesées de la coopérative", ("place",),
                          quantum=D("0.1")),
        IndicatorTemplate("DECH-EMP", {"fr": "Emplois créés dans la coopérative",
                                       "pt": "Empregos criados na cooperativa"},
                          "emplois", D(0), D(40), QU, "Registre de la coopérative",
                          ("sex", "age_group")),
        IndicatorTemplate("DECH-VAL", {"fr": "Taux de valorisation des déchets collectés",
                                       "pt": "Taxa de valorização dos resíduos coletados"},
                          "%", D(8), D(35), QU, "Secretaria de Meio Ambiente", quantum=D("0.1")),
        IndicatorTemplate("DECH-DEP", {"fr": "Dépôts sauvages recensés",
                                       "pt": "Pontos de descarte irregular"},
                          "sites", D(64), D(10), S, "Relevés de terrain", ("place",),
                          direction=LOWER),
        IndicatorTemplate("DECH-APP", {"fr": "Appropriation du projet par la coopérative",
                                       "pt": "Apropriação do projeto pela cooperativa"},
                          "", D(1), D(4), A, "Entretiens semi-directifs", kind=Q, scale_max=5),
    ),
    risks=(("Variation du taux de change EUR/BRL", 3, 2,
            "Paiements échelonnés ; marge de 10 % sur les postes en réais", "Service financier"),
           ("Changement de majorité municipale à {br}", 2, 3,
            "Convention pluriannuelle votée par la câmara municipal", "Cabinet du maire"),
           ("Chute des prix de reprise des matériaux recyclés", 2, 2,
            "Diversifier les acheteurs ; ressourcerie", "{coop}")),
    documents=("Memorando de entendimento — annexe technique", "Rapport annuel"),
)

# fmt: on
TEMPLATES: tuple[ProjectTemplate, ...] = (WATER, LIBRARY, SANITATION, YOUTH, WASTE)

QUALITATIVE_NARRATIVES: tuple[str, ...] = (
    "Les entretiens montrent une implication croissante des partenaires locaux.",
    "Progrès nets, mais encore inégaux selon les villages et les quartiers.",
    "Les participants citent des amitiés durables et l'envie de repartir.",
    "Résultat stable ; la rotation des équipes a freiné la dynamique cette année.",
    "Les réunions de suivi sont désormais animées par les partenaires eux-mêmes.",
)
