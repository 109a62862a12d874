"""Exchange (sync): the programme a node belongs to, the packages written and imported,
the conflict queue, records waiting to be written, and an index of the changes not exported yet.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_node",
        sa.Column("singleton", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.String(length=32), nullable=False),
        sa.Column("set_up_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("singleton", name=op.f("pk_sync_node")),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("first_lamport", sa.Integer(), nullable=False),
        sa.Column("last_lamport", sa.Integer(), nullable=False),
        sa.Column("file", sa.String(length=260), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
    )
    op.create_table(
        "sync_inbox",
        sa.Column("node_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("nonce", sa.String(length=24), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("withheld", sa.Integer(), nullable=False),
        sa.Column("mark", sa.Integer(), nullable=False),
        sa.Column("epochs", sa.JSON(), nullable=False),
        sa.Column("file", sa.String(length=260), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("node_id", "seq", name=op.f("pk_sync_inbox")),
    )
    op.create_index("ix_sync_inbox_mark", "sync_inbox", ["mark"])
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("base", sa.JSON(), nullable=True),
        sa.Column("candidates", sa.JSON(), nullable=False),
        sa.Column("winner_change", sa.Uuid(), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by_change", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index("ix_sync_conflicts_record", "sync_conflicts", ["entity", "record_id"])
    op.create_index("ix_sync_conflicts_status", "sync_conflicts", ["status"])
    op.create_table(
        "sync_pending",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_sync_pending")),
    )
    # Plain CREATE INDEX: no table rebuild, fast on a large change log. Partial: only the
    # entries not exported yet, which export looks for.
    op.create_index(
        "ix_change_log_unexported",
        "change_log",
        ["node_id", "lamport"],
        sqlite_where=sa.text("exported_seq IS NULL"),
        postgresql_where=sa.text("exported_seq IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_change_log_unexported", table_name="change_log")
    op.drop_table("sync_pending")
    op.drop_index("ix_sync_conflicts_status", table_name="sync_conflicts")
    op.drop_index("ix_sync_conflicts_record", table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_index("ix_sync_inbox_mark", table_name="sync_inbox")
    op.drop_table("sync_inbox")
    op.drop_table("sync_outbox")
    op.drop_table("sync_node")
