"""What a referral letter says (question, what was done, the request, the agreed date,
attachments, language), the letter that went out (template and digest), and the local
copy of each letter's PDF.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _new_referral_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("language", sa.String(length=2), nullable=False, server_default="nl"),
        sa.Column("question", sa.Text(), nullable=False, server_default=""),
        sa.Column("done_so_far", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("request", sa.Text(), nullable=False, server_default=""),
        sa.Column("contact_by", sa.Date(), nullable=True),
        sa.Column("attachments", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("letter_template", sa.String(length=40), nullable=True),
        sa.Column("letter_sha256", sa.String(length=64), nullable=True),
        sa.Column("letter_made_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    # Plain ADD COLUMN (constant defaults): no table rebuild, fast on a large database.
    for column in _new_referral_columns():
        op.add_column("referrals", column)
    op.create_table(
        "referral_letters",
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("template", sa.String(length=40), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referrals.id"], name=op.f("fk_referral_letters_referral_id_referrals")
        ),
        sa.PrimaryKeyConstraint("referral_id", name=op.f("pk_referral_letters")),
    )


def downgrade() -> None:
    op.drop_table("referral_letters")
    with op.batch_alter_table("referrals") as batch:
        for column in reversed(_new_referral_columns()):
            batch.drop_column(column.name)
