"""Programme events with their attendance (impact register), and wrong-password
bookkeeping per worker on this installation (login).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_STADSDELEN = ("centrum", "noord", "oost", "zuid_west", "schalkwijk")
_EVENT_KINDS = ("social_impact_night", "buy_social_marketplace", "workshop", "network_meeting", "other")


def _replicated() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_node", sa.Uuid(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "login_state",
        sa.Column("worker_id", sa.Uuid(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=True),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("worker_id", name=op.f("pk_login_state")),
    )
    op.create_table(
        "programme_events",
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(*_EVENT_KINDS, name="eventkind", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column(
            "stadsdeel",
            sa.Enum(*_STADSDELEN, name="stadsdeel", native_enum=False, length=40),
            nullable=True,
        ),
        sa.Column("guests", sa.Integer(), nullable=False),
        *_replicated(),
        sa.ForeignKeyConstraint(["hub_id"], ["hubs.id"], name=op.f("fk_programme_events_hub_id_hubs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_events")),
    )
    op.create_index(op.f("ix_programme_events_held_on"), "programme_events", ["held_on"], unique=False)
    op.create_index(op.f("ix_programme_events_hub_id"), "programme_events", ["hub_id"], unique=False)
    op.create_table(
        "event_attendances",
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=True),
        *_replicated(),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprises.id"], name=op.f("fk_event_attendances_enterprise_id_enterprises")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["programme_events.id"], name=op.f("fk_event_attendances_event_id_programme_events")
        ),
        sa.ForeignKeyConstraint(["hub_id"], ["hubs.id"], name=op.f("fk_event_attendances_hub_id_hubs")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_event_attendances_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_attendances")),
        sa.UniqueConstraint("event_id", "person_id", name=op.f("uq_event_attendances_event_id")),
    )
    op.create_index(op.f("ix_event_attendances_event_id"), "event_attendances", ["event_id"], unique=False)
    op.create_index(op.f("ix_event_attendances_person_id"), "event_attendances", ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_event_attendances_person_id"), table_name="event_attendances")
    op.drop_index(op.f("ix_event_attendances_event_id"), table_name="event_attendances")
    op.drop_table("event_attendances")
    op.drop_index(op.f("ix_programme_events_hub_id"), table_name="programme_events")
    op.drop_index(op.f("ix_programme_events_held_on"), table_name="programme_events")
    op.drop_table("programme_events")
    op.drop_table("login_state")
