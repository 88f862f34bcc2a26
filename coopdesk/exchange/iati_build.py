"""IATI 2.03 elements of one activity: identification, organisations, dates, budgets, money.

Mappings (documented choices):

* Organisation type (IATI OrganisationType) from the CoopDesk kind: local authority 11 Local
  Government; state agency 10 Government; school 80 Academic, Training and Research;
  international organisation 40 Multilateral; association or NGO 22 National NGO when based
  in our country, 24 Partner Country based NGO when based in the recipient country, else 21
  International NGO; company 71 / 72 / 73 Private Sector in provider / recipient / third
  country; anything else 90 Other.
* Participating organisations: the stored roles, then the funder of every funding source
  not already listed as funding (1); our municipality as funding (1) when a project has an
  own-budget source, and as accountable (2) when nobody else would be listed.
* Transaction type (IATI TransactionType): commitment -> 2 Outgoing Commitment; income -> 1
  Incoming Funds; expense -> 3 Disbursement when paid to one of the project's participating
  organisations (its name or short name is the counterparty: money handed to a partner who
  spends it), else 4 Expenditure (goods and services bought directly by the municipality).
* Values keep the transaction's own currency and amount (IATI converts with the value date:
  the rate's date, else the transaction's); budgets are the year's budget lines converted to
  euros, each line once, half to even (budget_conversion), one budget per calendar year.
* Collaboration type 1 Bilateral: decentralised cooperation is bilateral official aid for
  the OECD DAC (the codelist has no separate code for it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from coopdesk.domain.enums import OrganisationKind, TransactionKind
from coopdesk.domain.money import minor_exponent
from coopdesk.domain.text import fold
from coopdesk.exchange.iati_data import ActivitySource, OrgInfo
from coopdesk.exchange.iati_text import INDENT, Out, amount_text, iso_day
from coopdesk.services.codelists import sdg_title

COLLABORATION_BILATERAL = "1"
INCOMING_FUNDS, OUTGOING_COMMITMENT, DISBURSEMENT, EXPENDITURE = "1", "2", "3", "4"


@dataclass(frozen=True)
class Reporter:
    """Our municipality as the reporting organisation."""

    ref: str
    name: str
    country: str
    language: str
    currency: str
    type_code: str = "11"


def org_type(kind: str, country: str, home: str, recipient: str) -> str:
    """The IATI OrganisationType code of an organisation (see the module notes)."""
    if kind == OrganisationKind.LOCAL_AUTHORITY:
        return "11"
    if kind == OrganisationKind.STATE_AGENCY:
        return "10"
    if kind == OrganisationKind.SCHOOL:
        return "80"
    if kind == OrganisationKind.INTERNATIONAL:
        return "40"
    if kind in (OrganisationKind.ASSOCIATION, OrganisationKind.NGO):
        return "22" if country == home else ("24" if country == recipient else "21")
    if kind == OrganisationKind.COMPANY:
        return "71" if country == home else ("72" if country == recipient else "73")
    return "90"


def _org_attrs(out: Out, org: OrgInfo, type_code: str) -> str:
    """' ref="…" type="…"': the identifier when known, the type when known."""
    ref = f' ref="{out.attr(org.ref)}"' if org.ref else ""
    kind = f' type="{type_code}"' if type_code else ""
    return ref + kind


def _org_element(
    out: Out, depth: int, tag: str, org: OrgInfo, type_code: str, extra: str = ""
) -> None:
    out.add(depth, f"<{tag}{_org_attrs(out, org, type_code)}{extra}>")
    out.narrative(depth + 1, out.text(org.name))
    out.add(depth, f"</{tag}>")


def participating(out: Out, depth: int, source: ActivitySource, reporter: Reporter) -> None:
    recipient = source.project.location_country
    listed = list(source.roles)
    ours = OrgInfo(reporter.name, reporter.ref, OrganisationKind.LOCAL_AUTHORITY, "")
    if source.own_budget:
        listed.insert(0, (ours, 1))
    if not listed:
        listed.append((ours, 2))
    for org, role in sorted(listed, key=lambda pair: pair[1]):
        if org is ours:
            code = reporter.type_code
        else:
            code = org_type(org.kind, org.country, reporter.country, recipient)
        _org_element(out, depth, "participating-org", org, code, f' role="{role}"')


def activity_dates(out: Out, depth: int, project: Any) -> None:
    for code, day in (("1", project.planned_start), ("2", project.actual_start),
                      ("3", project.planned_end), ("4", project.actual_end)):
        if day is not None:
            out.add(depth, f'<activity-date type="{code}" iso-date="{iso_day(day)}"/>')


def classification(out: Out, depth: int, project: Any) -> None:
    """Recipient country, DAC sector, SDG tags and collaboration type."""
    if project.location_country:
        code = out.attr(project.location_country)
        out.add(depth, f'<recipient-country code="{code}" percentage="100"/>')
    if project.dac_sector:
        code = out.attr(project.dac_sector)
        out.add(depth, f'<sector vocabulary="1" code="{code}" percentage="100"/>')
    lang = "fr" if out.default_language == "fr" else "en"
    for goal in sorted(set(project.sdgs or ())):
        attrs = f' vocabulary="2" code="{int(goal)}"'
        title = sdg_title(int(goal), lang)
        if title:
            out.element_with_narratives(depth, "tag", {lang: title}, attrs=attrs)
        else:
            out.add(depth, f"<tag{attrs}/>")
    out.add(depth, f'<collaboration-type code="{COLLABORATION_BILATERAL}"/>')


def budgets(out: Out, depth: int, source: ActivitySource) -> None:
    """One original, indicative budget in euros per calendar year of budget lines."""
    for year in sorted(source.budgets):
        start = dt.date(year, 1, 1).isoformat()
        end = dt.date(year, 12, 31).isoformat()
        value = amount_text(source.budgets[year], 2)
        out.add(depth, '<budget type="1" status="1">')
        out.add(depth + 1, f'<period-start iso-date="{start}"/>')
        out.add(depth + 1, f'<period-end iso-date="{end}"/>')
        out.add(depth + 1, f'<value currency="EUR" value-date="{start}">{value}</value>')
        out.add(depth, "</budget>")


def _type_of(org: OrgInfo, reporter: Reporter, recipient: str) -> str:
    """The organisation's type code, "" when its kind is unknown (a payee typed as text)."""
    return org_type(org.kind, org.country, reporter.country, recipient) if org.kind else ""


def _receiver(out: Out, counterparty: str, partners: dict[str, OrgInfo],
              reporter: Reporter, recipient: str, depth: int) -> tuple[bool, str]:
    """(paid to a participating organisation, the ``receiver-org`` markup) of a payee."""
    key = out.folded(counterparty)
    if not key:
        return False, ""
    matched = partners.get(key)
    receiver = matched or OrgInfo(counterparty, "", "", "")
    attrs = _org_attrs(out, receiver, _type_of(receiver, reporter, recipient))
    return matched is not None, (
        f"{INDENT[depth]}<receiver-org{attrs}>{INDENT[depth + 1]}<narrative>"
        f"{out.text(receiver.name)}</narrative>{INDENT[depth]}</receiver-org>"
    )


def _provider(
    out: Out, payer: tuple[Any, ...], reporter: Reporter, recipient: str, depth: int
) -> str:
    """The ``provider-org`` markup of an income: its payer (counterparty, then the funding
    source's organisation: name, identifier, kind, country)."""
    counterparty, name, ref, kind, country = payer
    funder = OrgInfo((counterparty or "").strip() or (name or ""), ref or "", kind or "",
                     country or "")
    if not out.text(funder.name):
        return ""
    attrs = _org_attrs(out, funder, _type_of(funder, reporter, recipient))
    return (f"{INDENT[depth]}<provider-org{attrs}>{INDENT[depth + 1]}<narrative>"
            f"{out.text(funder.name)}</narrative>{INDENT[depth]}</provider-org>")


def transactions(out: Out, depth: int, source: ActivitySource, reporter: Reporter) -> int:
    """Every transaction of the project, by date; returns how many were written.

    Written one string per transaction, with the markup of repeated payees, payers and
    descriptions computed once (10⁵ transactions must take well under a second).
    """
    recipient = source.project.location_country
    partners: dict[str, OrgInfo] = {}
    for org, _role in source.roles:
        for name in (org.name, org.short_name):
            if name.strip():
                partners.setdefault(fold(name.strip()), org)
    receivers: dict[str, tuple[bool, str]] = {}
    providers: dict[tuple[Any, ...], str] = {}
    descriptions: dict[str, str] = {}
    currencies: dict[str, tuple[str, int]] = {}
    i0, i1, i2 = INDENT[depth], INDENT[depth + 1], INDENT[depth + 2]
    append = out.parts.append
    income, commitment = TransactionKind.INCOME.value, TransactionKind.COMMITMENT.value
    for (_project, kind, day, minor, code3, rate_day, counterparty, description, ref,
         *funder) in source.transactions:
        if kind == income:
            payer = (counterparty, *funder)
            org = providers.get(payer)
            if org is None:
                org = providers[payer] = _provider(out, payer, reporter, recipient, depth + 1)
            code = INCOMING_FUNDS
        else:
            found = receivers.get(counterparty)
            if found is None:
                found = receivers[counterparty] = _receiver(
                    out, counterparty or "", partners, reporter, recipient, depth + 1
                )
            org = found[1]
            if kind == commitment:
                code = OUTGOING_COMMITMENT
            else:
                code = DISBURSEMENT if found[0] else EXPENDITURE
        text = descriptions.get(description)
        if text is None:
            escaped = out.text(description)
            text = descriptions[description] = (
                f"{i1}<description>{i2}<narrative>{escaped}</narrative>{i1}</description>"
                if escaped else ""
            )
        currency = currencies.get(code3)
        if currency is None:
            currency = currencies[code3] = (out.attr(code3), minor_exponent(code3))
        if day.__class__ is not str:
            day = iso_day(day)
        if not rate_day:
            rate_day = day
        elif rate_day.__class__ is not str:
            rate_day = iso_day(rate_day)
        ref = f' ref="{out.attr(ref)}"' if ref else ""
        append(
            f'{i0}<transaction{ref}>{i1}<transaction-type code="{code}"/>'
            f'{i1}<transaction-date iso-date="{day}"/>'
            f'{i1}<value currency="{currency[0]}" value-date="{rate_day}">'
            f"{amount_text(minor, currency[1])}</value>{text}{org}{i0}</transaction>"
        )
    return len(source.transactions)
