"""Initial schema: the whole CoopDesk data model (reviewed autogenerate draft).

Revision ID: 0001
Revises:
Create Date: 2026-11-30 14:39:36.715165
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "attachment",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=150), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("seq", name=op.f("uq_audit_entry_seq")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("iati_identifier", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_name"), ["name"], unique=False)

    op.create_table(
        "project",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("objectives", sa.JSON(), nullable=False),
        sa.Column("theme", sa.String(length=40), nullable=False),
        sa.Column("dac_sector", sa.String(length=5), nullable=False),
        sa.Column("sdgs", sa.JSON(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column("location_place", sa.String(length=200), nullable=False),
        sa.Column("location_country", sa.String(length=2), nullable=False),
        sa.Column("lessons_learned", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("code", name=op.f("uq_project_code")),
    )
    op.create_table(
        "budget_line",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("planned_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_budget_line_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_line_project_id"), ["project_id"], unique=False)

    op.create_table(
        "contact",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=150), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("preferred_language", sa.String(length=20), nullable=False),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_contact_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "exchange",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("outcomes", sa.Text(), nullable=False),
        sa.Column("logged_by", sa.String(length=150), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_ref", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_exchange_project_id_project"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange")),
    )
    with op.batch_alter_table("exchange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_start_date"), ["start_date"], unique=False)

    op.create_table(
        "funding_source",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("committed_minor", sa.Integer(), nullable=False),
        sa.Column("received_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("committed_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("cap_basis_points", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_funding_source_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_funding_source_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_source")),
    )
    with op.batch_alter_table("funding_source", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funding_source_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "indicator",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("baseline_value", sa.String(length=40), nullable=True),
        sa.Column("baseline_date", sa.Date(), nullable=True),
        sa.Column("target_value", sa.String(length=40), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("frequency", sa.String(length=20), nullable=False),
        sa.Column("data_source", sa.Text(), nullable=False),
        sa.Column("disaggregations", sa.JSON(), nullable=False),
        sa.Column("rating_scale_max", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_indicator_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
        sa.UniqueConstraint("project_id", "code", name=op.f("uq_indicator_project_id")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_project_id"), ["project_id"], unique=False)

    op.create_table(
        "municipality",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("insee_code", sa.String(length=10), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("logo_id", sa.String(length=36), nullable=True),
        sa.Column("default_currency", sa.String(length=3), nullable=False),
        sa.Column("ui_language", sa.String(length=20), nullable=False),
        sa.Column("report_languages", sa.JSON(), nullable=False),
        sa.Column("water_budget_minor", sa.Integer(), nullable=True),
        sa.Column("backup_folder", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["logo_id"],
            ["attachment.id"],
            name=op.f("fk_municipality_logo_id_attachment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality")),
    )
    op.create_table(
        "partnership",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("deliberation_number", sa.String(length=50), nullable=False),
        sa.Column("deliberation_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_partnership_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership")),
    )
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "project_document",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_project_document_attachment_id_attachment"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_document_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "attachment_id", name=op.f("pk_project_document")),
    )
    op.create_table(
        "project_organisation",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_project_organisation_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_organisation_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_organisation")),
        sa.UniqueConstraint(
            "project_id", "organisation_id", "role", name=op.f("uq_project_organisation_project_id")
        ),
    )
    with op.batch_alter_table("project_organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_organisation_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_organisation_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "risk",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=150), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_risk_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk")),
    )
    with op.batch_alter_table("risk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_project_id"), ["project_id"], unique=False)

    op.create_table(
        "exchange_document",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_exchange_document_attachment_id_attachment"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_exchange_document_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("exchange_id", "attachment_id", name=op.f("pk_exchange_document")),
    )
    op.create_table(
        "exchange_partner",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_exchange_partner_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_exchange_partner_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("exchange_id", "organisation_id", name=op.f("pk_exchange_partner")),
    )
    with op.batch_alter_table("exchange_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_partner_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "measurement",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=True),
        sa.Column("disaggregated", sa.JSON(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=150), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_measurement_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement")),
    )
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measurement_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "money_transaction",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate_to_eur", sa.String(length=40), nullable=True),
        sa.Column("rate_date", sa.Date(), nullable=True),
        sa.Column("budget_line_id", sa.String(length=36), nullable=True),
        sa.Column("funding_source_id", sa.String(length=36), nullable=True),
        sa.Column("counterparty", sa.String(length=200), nullable=False),
        sa.Column("accounting_ref", sa.String(length=50), nullable=False),
        sa.Column("accounting_code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["budget_line_id"],
            ["budget_line.id"],
            name=op.f("fk_money_transaction_budget_line_id_budget_line"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["funding_source_id"],
            ["funding_source.id"],
            name=op.f("fk_money_transaction_funding_source_id_funding_source"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_money_transaction_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_money_transaction")),
    )
    with op.batch_alter_table("money_transaction", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_money_transaction_budget_line_id"), ["budget_line_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_money_transaction_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_money_transaction_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "participant",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=150), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("age_group", sa.String(length=10), nullable=False),
        sa.Column("is_minor", sa.Boolean(), nullable=False),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("anonymised", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_participant_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_participant_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_exchange_id"), ["exchange_id"], unique=False
        )

    op.create_table(
        "participant_count",
        sa.Column("exchange_id", sa.String(length=36), nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("age_group", sa.String(length=10), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_participant_count_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_count")),
        sa.UniqueConstraint(
            "exchange_id", "sex", "age_group", name=op.f("uq_participant_count_exchange_id")
        ),
    )
    with op.batch_alter_table("participant_count", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_count_exchange_id"), ["exchange_id"], unique=False
        )

    op.create_table(
        "partnership_document",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_partnership_document_attachment_id_attachment"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_partnership_document_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "partnership_id", "attachment_id", name=op.f("pk_partnership_document")
        ),
    )
    op.create_table(
        "project_partnership",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_project_partnership_partnership_id_partnership"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_partnership_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "project_id", "partnership_id", name=op.f("pk_project_partnership")
        ),
    )
    op.create_table(
        "measurement_evidence",
        sa.Column("measurement_id", sa.String(length=36), nullable=False),
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_measurement_evidence_attachment_id_attachment"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["measurement_id"],
            ["measurement.id"],
            name=op.f("fk_measurement_evidence_measurement_id_measurement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "measurement_id", "attachment_id", name=op.f("pk_measurement_evidence")
        ),
    )
    op.create_table(
        "transaction_receipt",
        sa.Column("transaction_id", sa.String(length=36), nullable=False),
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_transaction_receipt_attachment_id_attachment"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["money_transaction.id"],
            name=op.f("fk_transaction_receipt_transaction_id_money_transaction"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "transaction_id", "attachment_id", name=op.f("pk_transaction_receipt")
        ),
    )


def downgrade() -> None:

    op.drop_table("transaction_receipt")
    op.drop_table("measurement_evidence")
    op.drop_table("project_partnership")
    op.drop_table("partnership_document")
    with op.batch_alter_table("participant_count", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_count_exchange_id"))

    op.drop_table("participant_count")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_exchange_id"))

    op.drop_table("participant")
    with op.batch_alter_table("money_transaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_money_transaction_project_id"))
        batch_op.drop_index(batch_op.f("ix_money_transaction_date"))
        batch_op.drop_index(batch_op.f("ix_money_transaction_budget_line_id"))

    op.drop_table("money_transaction")
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measurement_indicator_id"))

    op.drop_table("measurement")
    with op.batch_alter_table("exchange_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_partner_organisation_id"))

    op.drop_table("exchange_partner")
    op.drop_table("exchange_document")
    with op.batch_alter_table("risk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_project_id"))

    op.drop_table("risk")
    with op.batch_alter_table("project_organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_organisation_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_organisation_organisation_id"))

    op.drop_table("project_organisation")
    op.drop_table("project_document")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_organisation_id"))

    op.drop_table("partnership")
    op.drop_table("municipality")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_project_id"))

    op.drop_table("indicator")
    with op.batch_alter_table("funding_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_source_project_id"))

    op.drop_table("funding_source")
    with op.batch_alter_table("exchange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_start_date"))
        batch_op.drop_index(batch_op.f("ix_exchange_project_id"))

    op.drop_table("exchange")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_organisation_id"))

    op.drop_table("contact")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_project_id"))

    op.drop_table("budget_line")
    op.drop_table("project")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_name"))
        batch_op.drop_index(batch_op.f("ix_organisation_country"))

    op.drop_table("organisation")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))

    op.drop_table("attachment")
    op.drop_table("app_setting")
