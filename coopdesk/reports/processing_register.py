"""The record of processing activities (registre des activités de traitement), in French.

Why French literals here, not translated strings: the register is a French legal document
kept by a French commune for its data protection officer and the CNIL (art. 30 GDPR), with
the CNIL's headings; it exists in French only, whatever the interface language, so its fixed
texts are written in French in this module (and in ``processing_register_text``) instead of
going through the translation catalogs. Numbers and dates are formatted by babel for "fr".

One "fiche" per processing: (1) partnerships and contacts, (2) exchanges and mobility
(participants, minors), (3) budget follow-up (payees may be natural persons), after the
controller, the DPO and an overview, then the security measures and the persons' rights.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from coopdesk.i18n.formatting import Formatter
from coopdesk.i18n.locale_data import country_name
from coopdesk.reports.blocks import (
    Block,
    Column,
    Cover,
    Document,
    Facts,
    Heading,
    Letterhead,
    NewPage,
    Para,
    Table,
    TextFn,
)
from coopdesk.reports.catalogs import report_catalog
from coopdesk.reports.data import Header, letterhead
from coopdesk.reports.options import SIDE_BY_SIDE
from coopdesk.reports.output import atomic_output
from coopdesk.reports.pdf import Output, build
from coopdesk.reports.processing_register_text import (
    BLANK,
    FICHE_BUDGET,
    FICHE_CONTACTS,
    FICHE_EXCHANGES,
    FR,
    backups_text,
    budget_fiche,
    contacts_fiche,
    dpo_rows,
    exchanges_fiche,
    n,
    rights_paragraphs,
    security_paragraphs,
    storage_text,
)
from coopdesk.services.processing_register import (
    BackupPolicy,
    RegisterFacts,
    register_facts,
)

TITLE = "Registre des activités de traitement"


def _fixed(text: str) -> TextFn:
    return lambda _lang: text


def _facts(rows: list[tuple[str, str]]) -> Facts:
    return Facts(tuple((_fixed(label), value) for label, value in rows))


def _heading(text: str, level: int = 1) -> Heading:
    return Heading(_fixed(text), level)


def _para(text: str, style: str = "body") -> Para:
    return Para(_fixed(text), style)


def _controller(facts: RegisterFacts, head: Letterhead) -> list[Block]:
    town = facts.municipality
    address = "\n".join(head.address_lines) or BLANK
    representative = ", ".join(x for x in (head.signatory_name, head.signatory_title) if x)
    return [
        _heading("Responsable du traitement"),
        _facts([
            ("Organisme", town.name if town is not None and town.name else BLANK),
            ("Adresse", address),
            ("Code INSEE", town.insee_code if town is not None and town.insee_code else BLANK),
            ("Représentant légal", representative or BLANK),
        ]),
        _heading("Délégué à la protection des données (DPO)"),
        _facts(dpo_rows(facts.dpo)),
    ]


def _overview(facts: RegisterFacts) -> list[Block]:
    p = facts.persons
    return [
        _heading("Vue d'ensemble"),
        _para("Ce registre décrit les traitements de données personnelles que la commune "
              "réalise avec le logiciel CoopDesk (coopération décentralisée). Il est établi à "
              "partir des réglages et du contenu de la base de données à la date indiquée ; "
              "les lignes pointillées sont à compléter par la commune."),
        _facts([
            ("Outil", "CoopDesk, logiciel installé sur les postes de la commune, sans service "
                      "en ligne : aucune donnée n'est envoyée à l'éditeur ni à un tiers."),
            ("Lieu de conservation", storage_text(facts.storage)),
            ("Sauvegardes", backups_text(facts.backups)),
            ("Personnes enregistrées",
             f"{n(p.contacts, 'contact', 'contacts')} de partenaires ; "
             f"{n(p.participants, 'participant nommé', 'participants nommés')} à des échanges, "
             f"dont {n(p.minors, 'mineur', 'mineurs')} ; "
             f"{n(p.anonymised, 'participant anonymisé', 'participants anonymisés')}."),
            ("Durée de conservation des participants",
             f"{n(facts.retention_years, 'an', 'ans')} après la fin de l'échange "
             "(réglage de CoopDesk, Outils ▸ Données personnelles ▸ Durée de conservation)."),
        ]),
    ]


def _countries_table(facts: RegisterFacts) -> list[Block]:
    rows = tuple(
        (country_name(c.code, "fr"), FR.decimal(c.partners), FR.decimal(c.exchanges))
        for c in facts.third_countries
    )
    if not rows:
        return []
    return [
        _para("Pays hors de l'Espace économique européen des partenaires avec lesquels des "
              "échanges sont enregistrés :", "small"),
        Table(
            columns=(
                Column(_fixed("Pays"), 3),
                Column(_fixed("Partenaires"), 1, "right"),
                Column(_fixed("Échanges enregistrés"), 1.4, "right"),
            ),
            rows=rows,
        ),
    ]


def _fiche(
    title: str, rows: list[tuple[str, str]], extra: list[Block] | None = None
) -> list[Block]:
    return [NewPage(), _heading(title), _facts(rows), *(extra or [])]


def processing_register_document(facts: RegisterFacts, head: Letterhead) -> Document:
    """The register as blocks (French texts, whatever the report languages)."""
    issued = FR.date(facts.issued_on, "long")
    body: list[Block] = [
        *_controller(facts, head),
        *_overview(facts),
        *_fiche(FICHE_CONTACTS, contacts_fiche(facts)),
        *_fiche(FICHE_EXCHANGES, exchanges_fiche(facts), _countries_table(facts)),
        *_fiche(FICHE_BUDGET, budget_fiche(facts)),
        NewPage(),
        _heading("Mesures de sécurité communes aux trois traitements"),
        *(_para(text) for text in security_paragraphs(facts)),
        _heading("Droits des personnes"),
        *(_para(text) for text in rights_paragraphs(facts)),
        _para(f"Registre établi le {issued} à partir de la base de données ; à mettre à jour "
              "à chaque changement de finalité, d'outil ou de destinataire.", "note"),
    ]
    town = head.name or "la commune"
    return Document(
        cover=Cover(
            title=_fixed(TITLE),
            subtitle=_fixed("Article 30 du règlement général sur la protection des données"),
            note=_fixed(f"{town} — établi le {issued}"),
        ),
        short_title=_fixed("Registre des traitements"),
        subject=_fixed(f"{TITLE} — {town}"),
        body=tuple(body),
        keywords=("CoopDesk", "RGPD", "registre"),
    )


def build_processing_register(facts: RegisterFacts, head: Letterhead, out: Output) -> None:
    """Write the register of ``facts`` as a PDF (French only) to ``out``."""
    header = Header(head, facts.issued_on.year, facts.issued_on, facts.issued_on)
    build(processing_register_document(facts, head), header, [report_catalog("fr")],
          [Formatter("fr")], out, SIDE_BY_SIDE)


def write_processing_register(
    session: Session,
    location: Path | str,
    out_path: Path | str,
    *,
    today: dt.date | None = None,
    backups: BackupPolicy | None = None,
) -> Path:
    """Gather the facts and write the register to ``out_path`` atomically.

    Args:
        session: the caller's session (only read).
        location: the database file or server URL (printed as where the data lives).
        out_path: the PDF to write; it appears only once complete.
        today: the date of issue (today by default).
        backups: the user's backup preferences, when known (the GUI's).

    Raises:
        ReportError: the file cannot be written; nothing was written.
    """
    target = Path(out_path)
    facts = register_facts(session, location, today=today, backups=backups)
    head = letterhead(session)
    with atomic_output(target) as handle:
        build_processing_register(facts, head, handle)
    return target
