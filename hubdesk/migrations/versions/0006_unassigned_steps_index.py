"""Partial index for the unassigned steps on the worklist.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_guidance_steps_unassigned",
        "guidance_steps",
        ["hub_id", "status", "due_on"],
        sqlite_where=sa.text("assignee_id IS NULL"),
        postgresql_where=sa.text("assignee_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_guidance_steps_unassigned", table_name="guidance_steps")
