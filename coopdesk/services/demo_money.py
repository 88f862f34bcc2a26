"""Demo money transactions (expenses, income, commitments) with receipts."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session

from coopdesk.domain.enums import BudgetCategory, FundingKind, TransactionKind
from coopdesk.domain.money import Money
from coopdesk.services.demo_base import Cluster, Ctx
from coopdesk.services.demo_plans import XOF_PER_EUR, LineRef, ProjectRef, eur_to_xof
from coopdesk.services.demo_sink import CHUNK
from coopdesk.store.models import Base, MoneyTransaction, TransactionReceipt

Cat, Tx = BudgetCategory, TransactionKind
MIN_TRANSACTIONS = 1_020  # per cluster

# Yearly averages of BRL per EUR (approximate), the nearest year is used outside the range.
_BRL_PER_EUR = {
    2014: "3.12",
    2015: "3.70",
    2016: "3.86",
    2017: "3.61",
    2018: "4.31",
    2019: "4.41",
    2020: "5.89",
    2021: "6.38",
    2022: "5.44",
    2023: "5.40",
    2024: "5.83",
    2025: "6.30",
}
# M57 accounts: expenses by budget category, income by funding kind.
_CODES: dict[str, str] = {
    Cat.TRAVEL: "6251",
    Cat.EQUIPMENT: "2188",
    Cat.WORKS: "2315",
    Cat.SERVICES: "6228",
    Cat.STAFF: "6218",
    Cat.TRAINING: "6184",
    Cat.COMMUNICATION: "6236",
    Cat.OTHER: "6288",
}
_INCOME_CODES: dict[str, str] = {
    FundingKind.MINISTRY_GRANT: "74718",
    FundingKind.WATER_AGENCY: "7478",
    FundingKind.REGION: "7472",
    FundingKind.DEPARTMENT: "7473",
    FundingKind.EU: "7477",
    FundingKind.PRIVATE_SPONSOR: "7713",
}
_PAYEES: dict[tuple[str, str], tuple[str, ...]] = {
    (Cat.TRAVEL, ""): (
        "Agence Horizon Voyages",
        "Autocars du Val de Loire",
        "Voyages Ligériens",
        "Hôtel de la Gare",
        "Régie d'avances — missions",
    ),
    (Cat.WORKS, "SN"): (
        "Entreprise Sow Forages SARL",
        "GIE Bâtisseurs du Sine",
        "Entreprise Ndour BTP",
    ),
    (Cat.EQUIPMENT, "SN"): ("Solaire Sahel Énergie", "Quincaillerie Diouf et Frères"),
    (Cat.TRAINING, "SN"): ("ONG {ngo}", "Centre de formation aux métiers de l'eau"),
    (Cat.SERVICES, "SN"): ("Laboratoire régional d'analyses de Fatick", "Hydro-Conseil Sahel"),
    (Cat.EQUIPMENT, "BR"): ("Metalúrgica Ribeirão Ltda", "Prensas Minas Equipamentos"),
    (Cat.TRAINING, "BR"): ("Cooperativa {coop}", "Instituto Reciclar"),
    (Cat.SERVICES, "BR"): ("Agência Comunica Verde", "Instituto de Pesquisa Ambiental"),
    (Cat.SERVICES, ""): (
        "Auberge de jeunesse {of_de}",
        "Office de tourisme",
        "Bureau d'études Eau & Territoires",
    ),
    (Cat.COMMUNICATION, ""): ("Imprimerie Ligérienne", "Studio photo Lumière"),
    (Cat.OTHER, ""): ("Mutuelle Assurances Collectivités", "Régie d'avances — menues dépenses"),
    (Cat.EQUIPMENT, ""): ("Librairie La Page", "Fournitures Loire Équipement"),
    (Cat.WORKS, ""): ("Entreprise Ndour BTP",),
    (Cat.TRAINING, ""): ("Centre de formation aux métiers de l'eau",),
}
_WHAT: dict[str, tuple[str, ...]] = {
    Cat.TRAVEL: (
        "Billets de train",
        "Location d'un car",
        "Billets d'avion",
        "Hébergement",
        "Indemnités de mission",
        "Repas officiel",
    ),
    Cat.WORKS: ("Situation de travaux", "Acompte sur marché", "Solde après réception"),
    Cat.EQUIPMENT: ("Fourniture et pose", "Pièces détachées", "Livraison de matériel"),
    Cat.TRAINING: ("Session de formation", "Atelier pratique", "Supports pédagogiques"),
    Cat.SERVICES: ("Prestation", "Analyses", "Visites et activités", "Étude"),
    Cat.COMMUNICATION: ("Impression des supports", "Reportage photo", "Exposition"),
    Cat.OTHER: ("Assurance annulation", "Frais bancaires", "Imprévus"),
    Cat.STAFF: ("Vacations",),
}


def brl_rate(ctx: Ctx, day: dt.date) -> Decimal:
    year = min(max(day.year, min(_BRL_PER_EUR)), max(_BRL_PER_EUR))
    base = Decimal(_BRL_PER_EUR[year])
    return (base * (1000 + ctx.rng.randint(-25, 25)) / 1000).quantize(Decimal("0.0001"))


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    weights = [rng.randint(20, 100) for _ in range(parts)]
    amounts = [total * w // sum(weights) for w in weights]
    amounts[-1] += total - sum(amounts)
    return [a for a in amounts if a > 0]


def _day(ctx: Ctx, ref: ProjectRef, year: int) -> dt.date:
    first = max(dt.date(year, 1, 1), ref.start)
    last = min(dt.date(year, 12, 31), ref.end, dt.date(ctx.year - 1, 12, 31))
    return first + dt.timedelta(days=ctx.rng.randint(0, max((last - first).days, 0)))


def _tx(
    ctx: Ctx,
    cluster: Cluster,
    ref: ProjectRef,
    kind: str,
    day: dt.date,
    cents: int,
    line: LineRef | None,
    *,
    local_pct: int = 0,
    **extra: Any,
) -> str:
    """Queue one transaction of ``cents`` euros, paid locally in XOF or BRL when drawn."""
    currency, amount, rate, rate_date = "EUR", cents, None, None
    if local_pct and ctx.rng.randint(1, 100) <= local_pct:
        if ref.template.country == "SN":
            currency, amount, rate = "XOF", eur_to_xof(cents), XOF_PER_EUR
        elif ref.template.country == "BR":
            rate, rate_date = brl_rate(ctx, day), day
            currency = "BRL"
            amount = Money.from_decimal(Decimal(cents) / 100 * rate, "BRL").minor
    category = line.template.category if line else ""
    if "counterparty" not in extra:
        country = ref.template.country if currency != "EUR" else ""
        payees = _PAYEES.get((category, country)) or _PAYEES[(category or Cat.OTHER, "")]
        extra["counterparty"] = cluster.fmt(ctx.rng.choice(payees))
    if "description" not in extra:
        extra["description"] = f"{ctx.rng.choice(_WHAT[category or Cat.OTHER])} — {ref.code}"
    return ctx.sink.add(
        MoneyTransaction,
        project_id=ref.id,
        kind=kind,
        date=day,
        amount_minor=amount,
        currency=currency,
        rate_to_eur=rate,
        rate_date=rate_date,
        budget_line_id=line.id if line else None,
        accounting_code=_CODES.get(category, ""),
        **extra,
    )


def build_money(ctx: Ctx, cluster: Cluster, projects: list[ProjectRef]) -> None:
    rng, count = ctx.rng, 0
    for ref in projects:
        for line in ref.lines:
            if line.year >= ctx.year or line.year > ref.end.year:
                continue
            tpl = line.template
            spent = line.planned_minor * rng.randint(78, 104) // 100
            for cents in _split(rng, spent, rng.randint(*tpl.tx_range)):
                tx_id = _tx(
                    ctx,
                    cluster,
                    ref,
                    Tx.EXPENSE,
                    _day(ctx, ref, line.year),
                    cents,
                    line,
                    local_pct=tpl.local_pct,
                )
                count += 1
                if rng.random() < 0.04:
                    _receipt(ctx, tx_id, line, cents)
            if tpl.category in (Cat.WORKS, Cat.EQUIPMENT, Cat.SERVICES):
                for _ in range(rng.randint(1, 2)):
                    cents = line.planned_minor * rng.randint(40, 70) // 100
                    day = _day(ctx, ref, line.year)
                    _tx(
                        ctx,
                        cluster,
                        ref,
                        Tx.COMMITMENT,
                        day,
                        cents,
                        line,
                        description=f"Engagement — {tpl.label}",
                        counterparty=cluster.fmt(
                            rng.choice(
                                _PAYEES.get((tpl.category, ref.template.country))
                                or _PAYEES[(tpl.category, "")]
                            )
                        ),
                    )
                    count += 1
        count += _incomes(ctx, cluster, ref)
    travel = [
        (ref, line)
        for ref in projects
        for line in ref.lines
        if line.template.category == Cat.TRAVEL and line.year < ctx.year
    ]
    while count < MIN_TRANSACTIONS and travel:
        ref, line = rng.choice(travel)
        _tx(
            ctx,
            cluster,
            ref,
            Tx.EXPENSE,
            _day(ctx, ref, line.year),
            rng.randint(15, 90) * 100,
            line,
            description="Indemnités de mission (forfait repas)",
            counterparty="Régie d'avances — missions",
        )
        count += 1


def _incomes(ctx: Ctx, cluster: Cluster, ref: ProjectRef) -> int:
    rng, count = ctx.rng, 0
    for fund in ref.funding:
        code = _INCOME_CODES.get(fund.template.kind)
        if code is None or not fund.received_minor or fund.received_on is None:
            continue
        instalments = _split(rng, fund.received_minor, rng.choice((1, 2)))
        for n, cents in enumerate(instalments, start=1):
            day = fund.received_on - dt.timedelta(days=(len(instalments) - n) * 120)
            day = max(day, dt.date(fund.year, 1, 15))
            label = (
                "Solde"
                if n == len(instalments) and n > 1
                else ("Avance" if len(instalments) > 1 else "Versement")
            )
            ctx.sink.add(
                MoneyTransaction,
                project_id=ref.id,
                kind=Tx.INCOME,
                date=day,
                amount_minor=cents,
                currency=fund.currency,
                rate_to_eur=None,
                rate_date=None,
                budget_line_id=None,
                funding_source_id=fund.id,
                counterparty=fund.org_name or cluster.fmt(fund.template.label),
                accounting_code=code,
                description=f"{label} — {cluster.fmt(fund.template.label)} {fund.year}",
            )
            count += 1
    return count


def _receipt(ctx: Ctx, tx_id: str, line: LineRef, cents: int) -> None:
    number = ctx.rng.randint(1000, 99999)
    attachment = ctx.pdf(
        f"facture-{number}.pdf",
        f"Facture n° {number}",
        [
            line.template.label,
            f"Montant : {cents // 100},{cents % 100:02d} EUR (contre-valeur)",
        ],
        audited=False,
    )
    ctx.sink.add(TransactionReceipt, transaction_id=tx_id, attachment_id=attachment)


# What numbering needs of a queued transaction: (date, kind, amount, id).
TxKey = tuple[dt.date, str, int, str]


def transaction_keys(rows: list[dict[str, Any]]) -> list[TxKey]:
    return [(r["date"], r["kind"], r["amount_minor"], r["id"]) for r in rows]


def number_transactions(session: Session, keys: list[TxKey]) -> None:
    """Accounting references in date order over all transactions: Mandat/Titre YYYY-NNNN."""
    prefixes: dict[str, str] = {
        Tx.EXPENSE: "Mandat",
        Tx.INCOME: "Titre",
        Tx.COMMITMENT: "Engagement",
    }
    counters: dict[tuple[str, int], int] = {}
    params = []
    for day, kind, _, tx_id in sorted(keys, key=lambda k: k[:3]):
        counter = (kind, day.year)
        counters[counter] = counters.get(counter, 0) + 1
        ref = f"{prefixes[kind]} {day.year}-{counters[counter]:04d}"
        params.append({"tx_id": tx_id, "ref": ref})
    table = Base.metadata.tables["money_transaction"]
    statement = (
        update(table)
        .where(table.c.id == bindparam("tx_id"))
        .values(accounting_ref=bindparam("ref"))
    )
    for start in range(0, len(params), CHUNK):
        session.execute(statement, params[start : start + CHUNK])
