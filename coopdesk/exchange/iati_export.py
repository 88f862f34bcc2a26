"""IATI 2.03 activity file of the commune's projects, schema-validated before it is written.

The reporting organisation is our municipality (OrganisationType 11 Local Government). Its
identifier is the AppSetting ``iati.reporting_org_ref`` (``{"value": "FR-RCS-…"}``) when the
commune has one (e.g. from org-id.guide), else ``FR-INSEE-<INSEE code>``: the commune's
official geographic code is issued by INSEE, whose prefix FR-INSEE the IATI
OrganisationRegistrationAgency codelist still lists (marked withdrawn, in favour of FR-RCS,
which takes SIREN numbers CoopDesk does not hold). Each activity is
``<reporting ref>-<project code>``.

Every export is checked twice before anything is written: the codes taken from user data
(sector, status, country, SDGs, roles, currencies) against the shipped codelists, then the
whole document against the official schema (resources/data/iati-schema; lxml without
network, DTD or entity resolution). The document is built in memory as text, in pieces of
activities that a background thread parses and validates while the next ones are built
(``ChunkValidator``); only when every piece is valid is the file written, atomically. On any
problem the file is not written and an existing one is left as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.exchange.iati_build import (
    Reporter,
    activity_dates,
    budgets,
    classification,
    participating,
    transactions,
)
from coopdesk.exchange.iati_codelists import codes
from coopdesk.exchange.iati_data import (
    ActivitySource,
    IndicatorValues,
    load_activities,
    load_indicator_values,
)
from coopdesk.exchange.iati_results import results
from coopdesk.exchange.iati_text import Out, clean, iso_datetime
from coopdesk.exchange.iati_validate import ChunkValidator, safe_parser, schema_problems
from coopdesk.exchange.table_io import atomic_output
from coopdesk.i18n import plural, translate
from coopdesk.services.errors import ServiceError
from coopdesk.store.models import AppSetting, Municipality

IATI_VERSION = "2.03"
REPORTING_REF_KEY = "iati.reporting_org_ref"
DEFAULT_LANGUAGE = "fr"
# Problems listed in the error message (the rest are counted).
MAX_LISTED = 5
_BAD_IDENTIFIER = re.compile(r"[\s/&|?]")


class IatiExportError(ServiceError):
    """The IATI file was not written: the data or the document breaks the standard."""

    def __init__(self, problems: list[str]) -> None:
        listed = "; ".join(" ".join(p.split()) for p in problems[:MAX_LISTED])
        if len(problems) > MAX_LISTED:
            more = plural.translate("Exchange", "and %n more", None, 1).count(
                len(problems) - MAX_LISTED
            )
            listed = f"{listed}; {more}"
        message = translate("Exchange", "The IATI file was not written: {problems}.")
        super().__init__(message.format(problems=listed))
        self.problems = problems


@dataclass(frozen=True)
class IatiExportSummary:
    path: Path
    activities: int
    transactions: int
    # Language tags whose texts were left out (not ISO 639-1, so not in IATI's list).
    dropped_languages: tuple[str, ...]


def reporting_org(session: Session) -> Reporter:
    """Our municipality as the reporting organisation (see the module notes).

    Raises:
        IatiExportError: no municipality, or neither an identifier nor an INSEE code.
    """
    municipality = session.scalars(select(Municipality).limit(1)).first()
    if municipality is None:
        message = translate("Exchange", "enter the municipality's settings first")
        raise IatiExportError([message])
    setting = session.get(AppSetting, REPORTING_REF_KEY)
    value = setting.value.get("value") if setting and isinstance(setting.value, dict) else None
    ref = str(value or "").strip()
    if not ref:
        insee = municipality.insee_code.strip()
        if not insee:
            message = translate(
                "Exchange",
                "enter the municipality's INSEE code in the settings: the IATI "
                "identifiers are built from it",
            )
            raise IatiExportError([message])
        ref = f"FR-INSEE-{insee}"
    if _BAD_IDENTIFIER.search(ref):
        message = translate(
            "Exchange",
            "the reporting organisation's identifier {ref} must not contain spaces "
            "or the characters / & | ?",
        )
        raise IatiExportError([message.format(ref=ref)])
    return Reporter(
        ref=ref,
        name=clean(municipality.name) or ref,
        country=municipality.country or "FR",
        language=DEFAULT_LANGUAGE,
        currency=municipality.default_currency or "EUR",
    )


def _problems(source: ActivitySource) -> list[str]:
    """What in the project's own data the IATI codelists or rules refuse."""
    p = source.project
    out: list[str] = []

    def add(text: str, **values: object) -> None:
        out.append(text.format(project=p.code, **values))

    if not clean(p.code) or _BAD_IDENTIFIER.search(p.code):
        add(
            translate(
                "Exchange",
                "project {project}: its code must not contain spaces or the characters / & | ?",
            )
        )
    if str(p.status) not in codes("ActivityStatus"):
        add(
            translate(
                "Exchange", "project {project}: the status {code} is not an IATI activity status"
            ),
            code=p.status,
        )
    if p.dac_sector and p.dac_sector not in codes("Sector"):
        add(
            translate(
                "Exchange", "project {project}: the sector {code} is not in the OECD DAC codelist"
            ),
            code=p.dac_sector,
        )
    if p.location_country and p.location_country not in codes("Country"):
        add(
            translate(
                "Exchange", "project {project}: the country {code} is not an ISO 3166 country"
            ),
            code=p.location_country,
        )
    for goal in p.sdgs or ():
        if str(goal) not in codes("UNSDG-Goals"):
            add(
                translate(
                    "Exchange", "project {project}: {code} is not a Sustainable Development Goal"
                ),
                code=goal,
            )
    for _org, role in source.roles:
        if str(role) not in codes("OrganisationRole"):
            add(
                translate(
                    "Exchange",
                    "project {project}: the role {code} is not an IATI organisation role",
                ),
                code=role,
            )
    if not any((p.planned_start, p.actual_start, p.planned_end, p.actual_end)):
        add(
            translate(
                "Exchange",
                "project {project}: enter its planned start date (IATI needs at least one date)",
            )
        )
    for year, currency in source.unconvertible_lines:
        add(
            translate(
                "Exchange",
                "project {project}: a {year} budget line in {currency} "
                "cannot be converted to euros",
            ),
            year=year,
            currency=currency,
        )
    for currency in sorted(source.currencies - codes("Currency")):
        add(
            translate(
                "Exchange", "project {project}: the currency {code} is not an ISO 4217 currency"
            ),
            code=currency,
        )
    return out


@dataclass(frozen=True)
class IatiDocument:
    """The document as UTF-8 pieces: the root's opening, runs of activities, its closing."""

    head: bytes
    pieces: tuple[bytes, ...]
    tail: bytes
    project_codes: tuple[str, ...]
    transactions: int
    dropped_languages: tuple[str, ...]

    @property
    def data(self) -> bytes:
        return self.head + b"".join(self.pieces) + self.tail


# A piece of the document is handed over (to the validator) every so many text parts.
PIECE_PARTS = 20_000
TAIL = b"\n</iati-activities>\n"


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection meanwhile: the build makes 10⁶ short-lived strings and
    tuples (no cycles) among 10⁵ live rows, and the collector's passes over them cost about
    a sixth of the build."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def document_head(when: dt.datetime) -> bytes:
    """The XML declaration and the root's opening tag."""
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        f'<iati-activities version="{IATI_VERSION}" generated-datetime="{iso_datetime(when)}">'
    ).encode()


def build_document(
    session: Session,
    *,
    generated_at: dt.datetime | None = None,
    on_piece: Callable[[bytes, Sequence[str]], None] | None = None,
) -> IatiDocument:
    """The ``iati-activities`` document of every project, as UTF-8 XML (not yet validated).

    Args:
        generated_at: the document's ``generated-datetime`` (now by default).
        on_piece: called with each piece of activities as soon as it is built, and the
            project code of each of its activities.

    Raises:
        IatiExportError: the data breaks the codelists or rules (every problem is listed).
    """
    when = generated_at or dt.datetime.now(dt.UTC)
    reporter = reporting_org(session)
    sources = load_activities(session)
    if not sources:
        raise IatiExportError([translate("Exchange", "there is no project to publish")])
    problems = [text for source in sources for text in _problems(source)]
    if problems:
        raise IatiExportError(problems)
    as_of = (when.astimezone(dt.UTC) if when.tzinfo else when).date()
    values = load_indicator_values(session, sources, as_of)
    out = Out(reporter.language)
    pieces: list[bytes] = []
    names: list[str] = []
    tx_count = 0
    for index, source in enumerate(sources):
        tx_count += _activity(out, source, reporter, values)
        names.append(source.project.code)
        if len(out.parts) >= PIECE_PARTS or index == len(sources) - 1:
            pieces.append(out.take())
            if on_piece is not None:
                on_piece(pieces[-1], names)
            names = []
    return IatiDocument(
        document_head(when),
        tuple(pieces),
        TAIL,
        tuple(s.project.code for s in sources),
        tx_count,
        tuple(sorted(out.dropped)),
    )


def _activity(
    out: Out, source: ActivitySource, reporter: Reporter, values: dict[str, IndicatorValues]
) -> int:
    p = source.project
    out.add(
        1,
        f'<iati-activity last-updated-datetime="{iso_datetime(p.updated_at)}" '
        f'xml:lang="{reporter.language}" default-currency="{reporter.currency}">',
    )
    ref = out.attr(reporter.ref)
    out.add(2, f"<iati-identifier>{out.text(reporter.ref + '-' + clean(p.code))}</iati-identifier>")
    out.add(2, f'<reporting-org ref="{ref}" type="{reporter.type_code}">')
    out.narrative(3, out.text(reporter.name))
    out.add(2, "</reporting-org>")
    out.element_with_narratives(2, "title", p.title, fallback=p.code)
    summary = p.summary if any(clean(v) for v in (p.summary or {}).values()) else p.title
    out.element_with_narratives(2, "description", summary, attrs=' type="1"', fallback=p.code)
    out.element_with_narratives(2, "description", p.objectives, attrs=' type="2"', required=False)
    participating(out, 2, source, reporter)
    out.add(2, f'<activity-status code="{int(p.status)}"/>')
    activity_dates(out, 2, p)
    classification(out, 2, p)
    budgets(out, 2, source)
    count = transactions(out, 2, source, reporter)
    results(out, 2, source, values)
    out.add(1, "</iati-activity>")
    return count


def validate_document(document: IatiDocument) -> None:
    """Parse the whole document safely and validate it against the IATI 2.03 schema.

    Raises:
        IatiExportError: the schema refuses it (its first complaints, by project).
    """
    try:
        root = etree.fromstring(document.data, safe_parser())
        invalid = schema_problems(root, document.project_codes)
    except etree.Error as exc:  # a bug of ours, reported all the same
        raise IatiExportError([str(exc)]) from exc
    if invalid:
        raise IatiExportError(invalid)


def export_iati(
    session: Session, out_path: Path, *, generated_at: dt.datetime | None = None
) -> IatiExportSummary:
    """Write every project as an IATI 2.03 activity file, valid or not written at all.

    Args:
        session: the caller's session (only read).
        out_path: the XML file to write (replaced atomically).
        generated_at: the file's ``generated-datetime`` (now by default); measurements
            after its day are left out.

    Raises:
        IatiExportError: the data breaks the IATI codelists or the document the schema;
            the message lists the problems and no file was written.
        WriteError: the file cannot be written; any file already there is unchanged.
    """
    when = generated_at or dt.datetime.now(dt.UTC)
    with ChunkValidator(document_head(when), TAIL) as validator:
        with paused_gc():
            document = build_document(session, generated_at=when, on_piece=validator.submit)
        invalid = validator.problems()
    if invalid:
        raise IatiExportError(invalid)
    out_path = Path(out_path)
    with atomic_output(out_path) as tmp, tmp.open("wb") as fh:
        fh.write(document.head)
        for piece in document.pieces:
            fh.write(piece)
        fh.write(document.tail)
    return IatiExportSummary(
        out_path,
        len(document.project_codes),
        document.transactions,
        document.dropped_languages,
    )
