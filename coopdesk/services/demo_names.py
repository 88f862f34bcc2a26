"""Fictional people and place names for the demo dataset, by country."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# fmt: off
# (female first names, male first names, last names) per country code.
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "FR": (
        ("Claire", "Sophie", "Camille", "Isabelle", "Émilie", "Léa", "Chloé", "Manon", "Inès",
         "Jade", "Louise", "Zoé", "Élise", "Margaux", "Anaïs", "Sarah", "Lina", "Amandine",
         "Martine", "Françoise", "Monique", "Nadia", "Hélène", "Océane", "Maëlle", "Agathe"),
        ("Julien", "Thomas", "Nicolas", "Mathieu", "Antoine", "Hugo", "Lucas", "Louis", "Gabriel",
         "Raphaël", "Arthur", "Nathan", "Théo", "Paul", "Maxime", "Yanis", "Adam", "Pierre",
         "Bernard", "Gérard", "Alain", "Karim", "Mehdi", "Jérôme", "Loïc", "Noé"),
        ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
         "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
         "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert",
         "Bonnet", "François", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin",
         "Muller", "Henry", "Perrin", "Morin", "Clément", "Gauthier", "Fontaine", "Chevalier",
         "Robin", "Benali", "Haddad", "Nguyen", "Le Gall", "Da Silva"),
    ),
    "DE": (
        ("Anna", "Lena", "Mia", "Hannah", "Sophie", "Marie", "Laura", "Lea", "Emma", "Johanna",
         "Katharina", "Sabine", "Ursula", "Petra", "Monika", "Greta", "Clara", "Ida", "Frieda",
         "Jana", "Lina", "Mila"),
        ("Lukas", "Jonas", "Leon", "Finn", "Paul", "Felix", "Maximilian", "Elias", "Jan", "Tim",
         "Stefan", "Michael", "Andreas", "Klaus", "Jürgen", "Matthias", "Tobias", "Niklas",
         "Moritz", "Emil", "Ben", "Noah"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
         "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
         "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
         "Werner", "Krause", "Lehmann", "Köhler", "Yılmaz", "Kowalski"),
    ),
    "SN": (
        ("Fatou", "Aminata", "Awa", "Mariama", "Khady", "Ndèye", "Astou", "Coumba", "Aïssatou",
         "Bineta", "Sokhna", "Rokhaya", "Adama", "Dieynaba", "Marième", "Seynabou", "Yacine",
         "Ramatoulaye", "Ndeye Fatou", "Penda"),
        ("Mamadou", "Moussa", "Ibrahima", "Cheikh", "Abdoulaye", "Ousmane", "Modou", "Babacar",
         "Aliou", "Lamine", "Pape", "Serigne", "Mbaye", "Souleymane", "Malick", "Alioune", "Amadou",
         "Saliou", "Omar", "Djibril"),
        ("Diop", "Ndiaye", "Fall", "Sow", "Diallo", "Faye", "Sarr", "Gueye", "Mbaye", "Ba", "Cissé",
         "Diouf", "Thiam", "Seck", "Ndour", "Sène", "Diagne", "Kane", "Niang", "Touré", "Camara",
         "Dieng", "Sy", "Wade", "Loum", "Ngom", "Tine", "Dione"),
    ),
    "BR": (
        ("Ana", "Maria", "Juliana", "Fernanda", "Beatriz", "Camila", "Larissa", "Gabriela",
         "Mariana", "Patrícia", "Luana", "Débora", "Rafaela", "Letícia", "Isabela", "Thaís"),
        ("João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Carlos", "José", "Marcelo",
         "Rodrigo", "Felipe", "Bruno", "Gustavo", "Vinícius", "Antônio", "Caio"),
        ("Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
         "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares",
         "Fernandes", "Vieira", "Barbosa", "Nascimento", "Araújo"),
    ),
    "IT": (
        ("Giulia", "Chiara", "Francesca", "Sara", "Martina", "Elena", "Alessia", "Valentina"),
        ("Marco", "Luca", "Andrea", "Matteo", "Giuseppe", "Francesco", "Alessandro", "Davide"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
         "Greco", "Bruno", "Gallo", "Conti", "De Luca"),
    ),
}

# Preferred language of people from each country.
LANGUAGE_OF: dict[str, str] = {"FR": "fr", "DE": "de", "SN": "fr", "BR": "pt", "IT": "it"}

# Syllables for the partner towns of scales above 1 (combined into fictional names).
_DE_HEADS = ("Eichen", "Linden", "Birken", "Tannen", "Hohen", "Rosen", "Wald", "Berg", "Stein",
             "Kirch", "Neu", "Alten", "Buchen", "Erlen", "Lauter", "Wiesen")
_DE_TAILS = ("brunn", "feld", "dorf", "hausen", "heim", "bach", "stadt", "au", "burg", "thal",
             "stetten", "weiler")
_SN_HEADS = ("Keur", "Ndiar", "Thiaré", "Mbayène", "Diakhao", "Ndof", "Sakhor", "Ngoye",
             "Thiowane", "Palmarin")
_SN_TAILS = ("Madické", "Samba", "Birane", "Ngor", "Daouda", "Massamba", "Moussa", "Gallo", "Coly",
             "Demba", "Socé", "Ndiogou")
_BR_HEADS = ("Santa Clara", "São Bento", "Santo Amaro", "São Lourenço", "Santa Rita", "São Tomé",
             "Santa Luzia", "São Gonçalo", "Nova Esperança", "Bom Jesus")
_BR_TAILS = ("do Ribeirão", "da Serra", "do Oeste", "dos Campos", "do Sul", "das Águas", "do Vale",
             "da Mata", "das Palmeiras", "do Rio Claro")
_IT_HEADS = ("Monte", "Castel", "Borgo", "Villa", "Rocca", "Poggio", "Torre", "Colle")
_IT_TAILS = ("verde", "fiorito", "san Pietro", "alto", "lungo", "bianco", "dolce", "marina")
_SN_VILLAGES = ("Ndiayène", "Sakhor", "Thiowane", "Diamaguène", "Ngohé", "Mbafaye", "Ndiassane",
                "Keur Alpha", "Toubacouta", "Diaglé", "Sandiara", "Mbellacadiao")
_BR_DISTRICTS = ("Centro", "Vila Nova", "Jardim das Flores", "São José", "Boa Vista",
                 "Alto da Colina", "Parque Industrial", "Vila Operária")
_FR_PEOPLE = ("Jean-Moulin", "Jules-Ferry", "Marie-Curie", "Victor-Hugo", "Louise-Michel",
              "Jean-Jaurès", "Simone-Veil", "George-Sand", "Albert-Camus", "Colette",
              "Paul-Éluard", "Jacques-Prévert", "Lucie-Aubrac", "Charles-Péguy", "Rosa-Parks")
_FR_SCHOOL_KINDS = ("Collège", "École élémentaire", "Lycée")
_DE_SCHOOL_NAMES = ("Eichendorff", "Goethe", "Schiller", "Humboldt", "Sophie-Scholl", "Anne-Frank",
                    "Lessing", "Kepler", "Hölderlin", "Mörike")
_DE_SCHOOL_KINDS = ("Gymnasium", "Realschule", "Gemeinschaftsschule")
# fmt: on


@dataclass(frozen=True)
class Places:
    """The partner towns and schools of one cluster of projects."""

    sn: str
    sn_villages: tuple[str, ...]
    de: str
    br: str
    br_districts: tuple[str, ...]
    it: str
    fr_school: str
    de_school: str


FIRST_PLACES = Places(
    sn="Keur Madické",
    sn_villages=("Keur Madické", "Ndiayène", "Sakhor", "Thiowane"),
    de="Eichenbrunn",
    br="Santa Clara do Ribeirão",
    br_districts=("Centro", "Vila Nova", "Jardim das Flores", "São José"),
    it="Monteverde Alto",
    fr_school="Collège Jean-Moulin",
    de_school="Eichendorff-Gymnasium",
)


def _combos(heads: tuple[str, ...], tails: tuple[str, ...], sep: str) -> list[str]:
    return [f"{h}{sep}{t}" for h in heads for t in tails]


def cluster_places(rng: random.Random, count: int) -> list[Places]:
    """Distinct fictional places for ``count`` clusters; the first is the hand-written one."""
    pools = {
        "de": _combos(_DE_HEADS, _DE_TAILS, ""),
        "sn": _combos(_SN_HEADS, _SN_TAILS, " "),
        "br": _combos(_BR_HEADS, _BR_TAILS, " "),
        "it": _combos(_IT_HEADS, _IT_TAILS, ""),
        "fr": [f"{k} {p}" for k in _FR_SCHOOL_KINDS for p in _FR_PEOPLE],
        "ds": [f"{n}-{k}" for k in _DE_SCHOOL_KINDS for n in _DE_SCHOOL_NAMES],
    }
    first = FIRST_PLACES
    used = {first.de, first.sn, first.br, first.it, first.fr_school, first.de_school}
    for pool in pools.values():
        pool[:] = [name for name in pool if name not in used]
        rng.shuffle(pool)

    def pick(key: str, index: int) -> str:
        pool = pools[key]
        name = pool[index % len(pool)]
        rounds = index // len(pool)
        return name if rounds == 0 else f"{name} {_roman(rounds + 1)}"

    out = [first]
    for i in range(count - 1):
        out.append(
            Places(
                sn=pick("sn", i),
                sn_villages=tuple(rng.sample(_SN_VILLAGES, 4)),
                de=pick("de", i),
                br=pick("br", i),
                br_districts=tuple(rng.sample(_BR_DISTRICTS, 4)),
                it=pick("it", i),
                fr_school=pick("fr", i),
                de_school=pick("ds", i),
            )
        )
    return out


def _roman(n: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def of(name: str) -> str:
    """French "de" before a name, elided before a vowel: "d'Eichenbrunn", "de Keur Madické"."""
    return f"d'{name}" if name[:1].upper() in "AEIOUYÉÈÊÂÎÔ" else f"de {name}"


def the(name: str) -> str:
    """French definite article before a school name: "le collège Jean-Moulin", "l'école ..."."""
    kind, _, rest = name.partition(" ")
    if kind in ("Collège", "Lycée", "École"):
        name = f"{kind.lower()} {rest}"
    return f"l'{name}" if name[:1].upper() in "AEIOUYÉÈÊÂÎÔ" else f"le {name}"


def slug(text: str) -> str:
    """ASCII, lower-case, dash-separated form of a name (for e-mail and web addresses)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    return "-".join(words)


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    sex: str


def person(rng: random.Random, country: str, sex: str | None = None) -> Person:
    """A random person of a country; ``sex`` is "female" or "male" when given."""
    female, male, last = PEOPLE[country]
    chosen = sex or ("female" if rng.random() < 0.52 else "male")
    first = rng.choice(female if chosen == "female" else male)
    return Person(first, rng.choice(last), chosen)


def email(first: str, last: str, domain: str) -> str:
    return f"{slug(first).replace('-', '')}.{slug(last).replace('-', '')}@{domain}"


def phone(rng: random.Random, country: str, city: str = "") -> str:
    """A phone number in the national format of the country."""
    d = rng.randrange
    if country == "SN":
        return f"+221 {rng.choice(('77', '78', '76', '70'))} {d(100, 999)} {d(10, 99)} {d(10, 99)}"
    if country == "DE":
        return f"+49 7931 {d(10000, 99999)}"
    if country == "BR":
        return f"+55 35 9{d(1000, 9999)}-{d(1000, 9999)}"
    if country == "IT":
        return f"+39 0341 {d(100000, 999999)}"
    if country == "CH":
        return f"+41 22 {d(100, 999)} {d(10, 99)} {d(10, 99)}"
    if city == "Paris":
        return f"+33 1 {d(40, 99)} {d(10, 99)} {d(10, 99)} {d(10, 99)}"
    return f"+33 2 38 {d(10, 99)} {d(10, 99)} {d(10, 99)}"
