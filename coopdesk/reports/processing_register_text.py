"""The French texts of the record of processing, filled with the facts of the database.

French literals on purpose: see ``coopdesk.reports.processing_register`` (the register is a
French legal document and exists in French only).
"""

from __future__ import annotations

from coopdesk.i18n.formatting import Formatter
from coopdesk.i18n.locale_data import country_name
from coopdesk.services.processing_register import (
    BackupFacts,
    DpoContact,
    RegisterFacts,
    StorageFacts,
)
from coopdesk.services.storage_location import StorageRisk

FR = Formatter("fr")
# A line for the commune to fill in by hand.
BLANK = "…………………………………………… (à compléter)"
FICHE_CONTACTS = "Fiche 1 — Gestion des partenariats et des contacts"
FICHE_EXCHANGES = "Fiche 2 — Échanges et mobilités (participants, dont mineurs)"
FICHE_BUDGET = "Fiche 3 — Suivi budgétaire des projets"
BULLET = "• "

_CONTACT_FIELDS = {
    "last_name": "nom",
    "first_name": "prénom",
    "role": "fonction",
    "email": "adresse électronique",
    "phone": "téléphone",
    "preferred_language": "langue préférée",
    "consent_date": "consentement et sa date",
    "notes": "notes libres",
}
_PARTICIPANT_FIELDS = {
    "last_name": "nom",
    "first_name": "prénom",
    "role": "rôle dans l'échange",
    "organisation_id": "organisme d'appartenance",
    "sex": "sexe",
    "age_group": "tranche d'âge",
    "is_minor": "mention « mineur »",
    "consent_date": "consentement (d'un parent pour un mineur) et sa date",
}


def n(count: int, one: str, many: str) -> str:
    """ "1 contact", "0 contact", "1 234 contacts" (French: 0 and 1 take the singular)."""
    return f"{FR.decimal(count)} {one if count < 2 else many}"


def dpo_rows(dpo: DpoContact | None) -> list[tuple[str, str]]:
    rows = [
        ("Nom", dpo.name if dpo is not None and dpo.name else BLANK),
        ("Courriel", dpo.email if dpo is not None and dpo.email else BLANK),
        ("Téléphone", dpo.phone if dpo is not None and dpo.phone else BLANK),
    ]
    if dpo is None:
        rows.append(("Remarque", "Les réglages de CoopDesk ne désignent pas de délégué : "
                                 "indiquer celui de la commune (ou le délégué mutualisé du "
                                 "centre de gestion ou de l'intercommunalité)."))
    return rows


def storage_text(storage: StorageFacts) -> str:
    if storage.server:
        return (f"Base PostgreSQL du serveur de la commune : {storage.location}. Les accès "
                "sont ceux des comptes du serveur, gérés par son administrateur.")
    text = f"Fichier de base de données sur le poste ou le serveur de fichiers : {storage.location}"
    if storage.risk is StorageRisk.CLOUD_SYNC:
        text += (f"\nAttention : ce dossier est synchronisé par {storage.provider} ; une copie "
                 "des données est donc confiée à ce service (sous-traitant à mentionner, lieu "
                 "d'hébergement à vérifier).")
    elif storage.risk is StorageRisk.NETWORK_SHARE:
        text += f"\nCe dossier est un partage réseau ({storage.provider})."
    return text


def backups_text(backups: BackupFacts | None) -> str:
    if backups is None:
        return "Sauvegardes du serveur par son administrateur (pg_dump), hors de CoopDesk."
    text = (f"Copies automatiques vérifiées (contrôle d'intégrité) dans {backups.folder} ; "
            f"les {n(backups.keep, 'copie', 'copies')} les plus récentes sont gardées, les "
            "plus anciennes supprimées.")
    if backups.automatic is False:
        text += "\nLes sauvegardes automatiques sont désactivées sur ce poste."
    if backups.newest is not None:
        text += (f"\n{n(backups.found, 'copie trouvée', 'copies trouvées')}, la plus récente "
                 f"du {FR.date(backups.newest.date(), 'long')}.")
    else:
        text += "\nAucune copie n'a encore été trouvée dans ce dossier."
    return text


def _categories(fields: dict[str, str], filled: dict[str, int], unit: tuple[str, str]) -> str:
    lines = []
    for key, label in fields.items():
        count = filled.get(key, 0)
        used = f"renseigné pour {n(count, *unit)}" if count else "champ prévu, non utilisé"
        lines.append(f"{BULLET}{label[:1].upper()}{label[1:]} ({used})")
    return "\n".join(lines)


def _security_short() -> str:
    return ("Voir « Mesures de sécurité communes » : un seul poste écrit à la fois, historique "
            "chaîné des modifications, sauvegardes vérifiées, effacement définitif.")


def contacts_fiche(facts: RegisterFacts) -> list[tuple[str, str]]:
    p = facts.persons
    filled = dict(facts.filled.get("contact", {}))
    return [
        ("Finalité", "Suivre les conventions de coopération décentralisée et les relations "
                     "avec les collectivités, écoles et associations partenaires : savoir qui "
                     "contacter, dans quelle langue."),
        ("Base légale", "Mission d'intérêt public (art. 6.1.e du RGPD) : action extérieure des "
                        "collectivités territoriales (art. L1115-1 du CGCT)."),
        ("Personnes concernées",
         f"Correspondants des organismes partenaires : {n(p.contacts, 'contact', 'contacts')}, "
         f"dont {FR.decimal(p.contacts_with_consent)} avec un consentement enregistré."),
        ("Catégories de données", _categories(_CONTACT_FIELDS, filled, ("contact", "contacts"))),
        ("Données sensibles", "Aucune n'est demandée ; les notes libres ne doivent pas en "
                              "contenir."),
        ("Destinataires", "Les agents et élus de la commune chargés de la coopération. "
                          "Aucun destinataire extérieur : les exports (tableur, IATI) sont faits "
                          "par l'utilisateur ; la publication IATI ne contient aucun contact."),
        ("Transferts hors UE", "Aucun par CoopDesk. Les correspondants sont souvent établis dans "
                               "le pays partenaire ; les messages qui leur sont envoyés le sont "
                               "hors de CoopDesk."),
        ("Durée de conservation", "Pendant la durée du partenariat ; un contact qui n'est plus "
                                  "correspondant est supprimé ou anonymisé (Outils ▸ Données "
                                  "personnelles). CoopDesk ne les supprime pas automatiquement."),
        ("Mesures de sécurité", _security_short()),
    ]


def exchanges_fiche(facts: RegisterFacts) -> list[tuple[str, str]]:
    p = facts.persons
    filled = dict(facts.filled.get("participant", {}))
    years = n(facts.retention_years, "an", "ans")
    oldest = (f" Le plus ancien échange enregistré date du {FR.date(p.oldest_exchange, 'long')}."
              if p.oldest_exchange is not None else "")
    kept = n(facts.past_retention, "participant est conservé", "participants sont conservés")
    due = (f" À la date du registre, {kept} "
           "au-delà de cette durée et doit être anonymisé."
           if facts.past_retention else " À la date du registre, aucun participant n'est "
                                        "conservé au-delà de cette durée.")
    third = facts.third_countries
    countries = ", ".join(country_name(c.code, "fr") for c in third)
    transfers = ("Aucun transfert de données des participants n'est réalisé par CoopDesk, qui "
                 "ne communique avec aucun service. ")
    transfers += (f"Des échanges sont enregistrés avec des partenaires situés hors de l'Union "
                  f"européenne ({countries}) : toute liste de participants qui leur serait "
                  "envoyée par ailleurs (courriel, dossier de visa) relève de garanties "
                  "appropriées (art. 44 et suivants du RGPD)." if third else
                  "Aucun partenaire d'échange n'est situé hors de l'Espace économique européen.")
    return [
        ("Finalité", "Organiser et suivre les échanges, visites, missions et événements de la "
                     "coopération (jeunes, scolaires, élus, agents, bénévoles) et en rendre "
                     "compte au conseil municipal et aux financeurs, par des statistiques "
                     "anonymes (effectifs par sexe et tranche d'âge)."),
        ("Base légale", "Mission d'intérêt public (art. 6.1.e du RGPD) ; pour les mineurs, "
                        "autorisation écrite d'un parent ou tuteur, dont CoopDesk exige la date."),
        ("Personnes concernées",
         f"{n(p.participants, 'participant nommé', 'participants nommés')} à "
         f"{n(p.exchanges, 'échange', 'échanges')}, dont {n(p.minors, 'mineur', 'mineurs')} "
         f"({FR.decimal(p.minors_with_consent)} avec une autorisation parentale enregistrée) ; "
         f"{n(p.participants_with_consent, 'participant a', 'participants ont')} un consentement "
         f"enregistré. S'y ajoutent {n(p.counted_only, 'personne', 'personnes')} seulement "
         "comptées, jamais nommées, et "
         f"{n(p.anonymised, 'participant anonymisé', 'participants anonymisés')}."
         + oldest),
        ("Catégories de données",
         _categories(_PARTICIPANT_FIELDS, filled, ("participant", "participants"))),
        ("Données sensibles", "Aucune. La mention « mineur » et la tranche d'âge concernent "
                              "des personnes vulnérables : accès réservé aux agents chargés "
                              "des échanges."),
        ("Destinataires", "Les agents et élus de la commune chargés de la coopération ; les "
                          "bénévoles qui saisissent une visite sur leur poste et la transmettent "
                          "à la mairie dans un lot (.coopdesk) avec ses participants. Les "
                          "rapports et la publication IATI ne contiennent que des effectifs, "
                          "jamais de noms."),
        ("Transferts hors UE", transfers),
        ("Durée de conservation", f"{years} après la fin de l'échange, puis anonymisation : le "
                                  "nom, le rôle et le consentement sont effacés, les effectifs "
                                  "par sexe et tranche d'âge sont gardés pour les statistiques. "
                                  "CoopDesk rappelle les participants arrivés à échéance." + due),
        ("Mesures de sécurité", _security_short()),
    ]


def budget_fiche(facts: RegisterFacts) -> list[tuple[str, str]]:
    p = facts.persons
    return [
        ("Finalité", "Suivre le budget, les financements et les dépenses des projets de "
                     "coopération ; déclarer l'aide publique au développement ; évaluer les "
                     "projets."),
        ("Base légale", "Obligation légale (art. 6.1.c du RGPD) : règles de la comptabilité "
                        "publique et déclaration de l'aide publique au développement ; mission "
                        "d'intérêt public pour les évaluations."),
        ("Personnes concernées",
         "Bénéficiaires des paiements et payeurs qui peuvent être des personnes physiques "
         "(prestataires, intervenants, bénévoles défrayés) : "
         f"{n(p.other_payees, 'bénéficiaire', 'bénéficiaires')} "
         "de paiement ne sont pas des organismes partenaires enregistrés ; évaluateurs "
         f"nommés ({n(p.named_evaluators, 'évaluation', 'évaluations')})."),
        ("Catégories de données", f"{BULLET}Nom du bénéficiaire ou du payeur, montant, date, "
                                  "objet et référence comptable de l'opération\n"
                                  f"{BULLET}Justificatifs joints (factures, reçus)\n"
                                  f"{BULLET}Nom de l'évaluateur d'un projet"),
        ("Données sensibles", "Aucune. Pas de coordonnées bancaires dans CoopDesk."),
        ("Destinataires", "Les services de la commune (finances, coopération) et, sur décision "
                          "de la commune, les financeurs. La déclaration d'APD ne contient pas "
                          "de données de personnes. La publication IATI reprend le nom des "
                          "bénéficiaires des paiements tel qu'il est saisi : pour une personne "
                          "physique, saisir une désignation générique avant de publier."),
        ("Transferts hors UE", "Aucun par CoopDesk."),
        ("Durée de conservation", "Celle des pièces comptables de la commune (à préciser avec "
                                  f"le service des archives) : {BLANK}"),
        ("Mesures de sécurité", _security_short()),
    ]


def security_paragraphs(facts: RegisterFacts) -> list[str]:
    p = facts.persons
    lines = [
        "Un seul poste écrit à la fois : le fichier est verrouillé par le CoopDesk qui "
        "l'ouvre ; un second poste est averti (qui, depuis quand) et ne peut que le lire. "
        "Chaque enregistrement est une transaction complète : une coupure ne laisse pas de "
        "données à moitié écrites.",
        f"Historique des modifications : {n(p.audit_entries, 'entrée', 'entrées')} "
        "(qui, quand, quoi), chaînées par empreintes SHA-256 pour que toute altération soit "
        "détectée par la vérification de la base (Aide ▸ Vérifier la base de données, "
        "« coopdesk check »).",
        "Sauvegardes : " + backups_text(facts.backups).replace("\n", " "),
        "Effacement définitif : l'effacement ou l'anonymisation d'une personne retire aussi "
        "ses valeurs de l'historique, puis la base est reconstruite (VACUUM) pour qu'elles ne "
        "restent pas dans le fichier. Les sauvegardes antérieures les contiennent jusqu'à "
        "leur remplacement par rotation.",
        "Exports et rapports écrits de façon atomique (jamais de fichier à moitié écrit) ; "
        "les cellules des tableurs exportés sont neutralisées contre l'injection de formules.",
    ]
    if facts.storage.server:
        lines.append("Base partagée sur un serveur PostgreSQL : comptes et droits d'accès gérés "
                     "par l'administrateur ; deux modifications simultanées d'une même fiche "
                     "sont détectées, la seconde n'écrase pas la première.")
    else:
        lines.append("Le fichier n'est pas chiffré par CoopDesk : le poste doit être protégé "
                     "par une session personnelle et le chiffrement du disque.")
    return [BULLET + line for line in lines]


def rights_paragraphs(facts: RegisterFacts) -> list[str]:
    del facts  # the same rights whatever the data
    lines = [
        "Droit d'accès et de portabilité : tout ce que CoopDesk contient sur une personne "
        "s'exporte dans un fichier JSON (Outils ▸ Données personnelles, ou « coopdesk "
        "privacy export »).",
        "Droit à l'effacement et d'opposition : effacement ou anonymisation de la personne, "
        "historique compris (« coopdesk privacy erase »).",
        "Droit de rectification : par la fiche du contact ou la liste des participants de "
        "l'échange.",
        f"Les demandes sont adressées à : {BLANK}",
    ]
    return [BULLET + line for line in lines]
