"""A version counter on every edited record, to detect concurrent edits (shared mode).

The column is NOT NULL with a server default of 1, so that existing rows start at 1.
Added in place (ALTER TABLE ... ADD COLUMN): no table is rebuilt, on SQLite neither.
The audit trail's entity_id grows from 64 to 100 characters: the key of a link row is two
UUIDs (73 characters); SQLite never enforced the length, PostgreSQL does. Money in minor
units becomes 64-bit on PostgreSQL (SQLite's INTEGER already is: left as it is there).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 18:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "attachment",
    "budget_line",
    "contact",
    "evaluation",
    "exchange",
    "funding_source",
    "indicator",
    "indicator_target",
    "measurement",
    "money_transaction",
    "municipality",
    "organisation",
    "participant",
    "participant_count",
    "partnership",
    "project",
    "project_organisation",
    "risk",
)

# (table, column, nullable) of the amounts in minor units.
MONEY_COLUMNS = (
    ("municipality", "water_budget_minor", True),
    ("budget_line", "planned_minor", False),
    ("funding_source", "committed_minor", False),
    ("funding_source", "received_minor", False),
    ("money_transaction", "amount_minor", False),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for table, column, nullable in MONEY_COLUMNS:
            op.alter_column(
                table,
                column,
                existing_type=sa.Integer(),
                type_=sa.BigInteger(),
                existing_nullable=nullable,
            )
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column(
            "entity_id",
            existing_type=sa.String(length=64),
            type_=sa.String(length=100),
            existing_nullable=False,
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for table, column, nullable in MONEY_COLUMNS:
            op.alter_column(
                table,
                column,
                existing_type=sa.BigInteger(),
                type_=sa.Integer(),
                existing_nullable=nullable,
            )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column(
            "entity_id",
            existing_type=sa.String(length=100),
            type_=sa.String(length=64),
            existing_nullable=False,
        )
    for table in reversed(VERSIONED_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
