"""Files kept as evidence of indicator measurements (survey sheets, photos, reports)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.i18n import translate
from coopdesk.services.attachments import AttachmentRow, add_link, list_linked, remove_link
from coopdesk.services.errors import NotFoundError
from coopdesk.store.models import Measurement, MeasurementEvidence


def set_evidence(session: Session, measurement_id: str, wanted: tuple[str, ...]) -> None:
    """Make ``wanted`` the measurement's evidence (links added and removed, files kept)."""
    existing = {
        link.attachment_id: link
        for link in session.scalars(
            select(MeasurementEvidence).where(MeasurementEvidence.measurement_id == measurement_id)
        )
    }
    for attachment_id, link in existing.items():
        if attachment_id not in wanted:
            session.delete(link)
    for attachment_id in wanted:
        if attachment_id not in existing:
            session.add(
                MeasurementEvidence(measurement_id=measurement_id, attachment_id=attachment_id)
            )
    session.flush()


def list_evidence(session: Session, measurement_id: str) -> list[AttachmentRow]:
    """The files kept as evidence of a measurement, by name (content not loaded)."""
    return list_linked(session, MeasurementEvidence.measurement_id, measurement_id)


def attach_evidence(session: Session, measurement_id: str, attachment_id: str) -> None:
    """Link a stored file (``attachments.add_attachment``) to a measurement as evidence.

    Raises:
        NotFoundError: the measurement or the attachment no longer exists.
    """
    if session.get(Measurement, measurement_id) is None:
        raise NotFoundError(translate("Errors", "This measurement no longer exists."))
    add_link(
        session, MeasurementEvidence(measurement_id=measurement_id, attachment_id=attachment_id)
    )


def detach_evidence(session: Session, measurement_id: str, attachment_id: str) -> None:
    """Remove a piece of evidence from a measurement; the stored file is kept."""
    remove_link(session, MeasurementEvidence, (measurement_id, attachment_id))
