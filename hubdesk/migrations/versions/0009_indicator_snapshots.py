"""Stored indicator figures for the dashboard (local, never replicated).

``indicator_snapshots`` keeps the figures of one selection (period, hub or all,
stadsdeel or all, grouping) as JSON, with when they were computed and the database's
data mark at that moment, so that the dashboard opens on them at once
(hubdesk.services.indicator_snapshots). Derived data: it may be emptied at any time.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "indicator_snapshots",
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("hub", sa.String(length=32), nullable=False),
        sa.Column("stadsdeel", sa.String(length=40), nullable=False),
        sa.Column("grouping", sa.String(length=12), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("data_mark", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint(
            "period_start", "period_end", "hub", "stadsdeel", "grouping", name=op.f("pk_indicator_snapshots")
        ),
    )


def downgrade() -> None:
    op.drop_table("indicator_snapshots")
