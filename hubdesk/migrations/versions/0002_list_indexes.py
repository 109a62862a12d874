"""Indexes for "my steps" on the worklist, overdue referral feedback and the list by last contact.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("guidance_steps") as batch:
        batch.create_index("ix_guidance_steps_assignee", ["assignee_id", "status", "due_on"])
    with op.batch_alter_table("referrals") as batch:
        batch.create_index("ix_referrals_feedback_due", ["feedback_due"])
    with op.batch_alter_table("person_index") as batch:
        batch.create_index("ix_person_index_last_contact", ["last_contact_at"])


def downgrade() -> None:
    with op.batch_alter_table("person_index") as batch:
        batch.drop_index("ix_person_index_last_contact")
    with op.batch_alter_table("referrals") as batch:
        batch.drop_index("ix_referrals_feedback_due")
    with op.batch_alter_table("guidance_steps") as batch:
        batch.drop_index("ix_guidance_steps_assignee")
