"""Routes (step templates), stage changes, the route a trajectory was planned from, and an
index for finding duplicates by e-mail whatever its case.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

def _replicated() -> list[sa.Column[object]]:
    """The columns every replicated record has (new objects per table)."""
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
        "routes",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_nl", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_replicated(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routes")),
        sa.UniqueConstraint("code", name=op.f("uq_routes_code")),
    )
    op.create_table(
        "route_steps",
        sa.Column("route_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step_type", sa.String(length=40), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        *_replicated(),
        sa.ForeignKeyConstraint(["route_id"], ["routes.id"], name=op.f("fk_route_steps_route_id_routes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_route_steps")),
    )
    op.create_index(op.f("ix_route_steps_route_id"), "route_steps", ["route_id"])
    op.create_table(
        "stage_changes",
        sa.Column("trajectory_id", sa.Uuid(), nullable=False),
        sa.Column("from_stage", sa.String(length=40), nullable=True),
        sa.Column("to_stage", sa.String(length=40), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        *_replicated(),
        sa.ForeignKeyConstraint(
            ["trajectory_id"], ["trajectories.id"], name=op.f("fk_stage_changes_trajectory_id_trajectories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    op.create_index(op.f("ix_stage_changes_trajectory_id"), "stage_changes", ["trajectory_id"])
    op.create_index("ix_persons_email_lower", "persons", [sa.text("lower(email)")])
    with op.batch_alter_table("trajectories") as batch:
        batch.add_column(sa.Column("route_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(op.f("fk_trajectories_route_id_routes"), "routes", ["route_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("trajectories") as batch:
        batch.drop_constraint(op.f("fk_trajectories_route_id_routes"), type_="foreignkey")
        batch.drop_column("route_id")
    op.drop_index("ix_persons_email_lower", table_name="persons")
    op.drop_index(op.f("ix_stage_changes_trajectory_id"), table_name="stage_changes")
    op.drop_table("stage_changes")
    op.drop_index(op.f("ix_route_steps_route_id"), table_name="route_steps")
    op.drop_table("route_steps")
    op.drop_table("routes")
