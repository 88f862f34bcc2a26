"""Evaluations, intermediate indicator targets, computed indicators, APD fields on projects.

New NOT NULL columns carry server defaults so that existing rows are filled in.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 15:10:26.146219
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evaluation",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("evaluator", sa.String(length=200), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("recommendations", sa.Text(), nullable=False),
        sa.Column("lessons_learned", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_evaluation_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
    )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_project_id"), ["project_id"], unique=False)

    op.create_table(
        "indicator_target",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_target_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_target")),
    )
    with op.batch_alter_table("indicator_target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_target_indicator_id"), ["indicator_id"], unique=False
        )

    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("computed_source", sa.String(length=40), nullable=False, server_default="")
        )

    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("policy_markers", sa.JSON(), nullable=False, server_default="{}")
        )
        batch_op.add_column(
            sa.Column("apd_channel", sa.String(length=20), nullable=False, server_default="direct")
        )


def downgrade() -> None:
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_column("apd_channel")
        batch_op.drop_column("policy_markers")

    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_column("computed_source")

    with op.batch_alter_table("indicator_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_target_indicator_id"))

    op.drop_table("indicator_target")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_project_id"))

    op.drop_table("evaluation")
