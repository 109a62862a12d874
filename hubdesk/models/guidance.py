"""Visits, trajectories, guidance steps with their catalog, and notes."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.models.base import Base, Replicated, enum_type, replicated
from hubdesk.models.enums import CloseReason, NoteVisibility, Stage, StepStatus, TrajectoryStatus, VisitChannel


@replicated
class Visit(Replicated, Base):
    __tablename__ = "visits"

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"))
    enterprise_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("enterprises.id"))
    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"), index=True)
    worker_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("workers.id"))
    at: Mapped[dt.datetime]
    channel: Mapped[VisitChannel] = mapped_column(enum_type(VisitChannel), default=VisitChannel.WALK_IN)
    referred_in_by: Mapped[str] = mapped_column(sa.String(160), default="")
    needs: Mapped[list[str]] = mapped_column(default=list)
    summary: Mapped[str] = mapped_column(sa.Text, default="")

    __table_args__ = (sa.Index("ix_visits_person_at", "person_id", "at"),)


@replicated
class Trajectory(Replicated, Base):
    __tablename__ = "trajectories"

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    enterprise_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("enterprises.id"))
    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"), index=True)
    lead_worker_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("workers.id"))
    opened_on: Mapped[dt.date]
    closed_on: Mapped[dt.date | None]
    status: Mapped[TrajectoryStatus] = mapped_column(enum_type(TrajectoryStatus), default=TrajectoryStatus.OPEN)
    stage_at_start: Mapped[Stage | None] = mapped_column(enum_type(Stage))
    stage_at_end: Mapped[Stage | None] = mapped_column(enum_type(Stage))
    programme_tags: Mapped[list[str]] = mapped_column(default=list)
    close_reason: Mapped[CloseReason | None] = mapped_column(enum_type(CloseReason))
    route_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("routes.id"))


@replicated
class StageChange(Replicated, Base):
    """A change of the enterprise's stage during a trajectory, with its date."""

    __tablename__ = "stage_changes"

    trajectory_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("trajectories.id"), index=True)
    from_stage: Mapped[Stage | None] = mapped_column(enum_type(Stage))
    to_stage: Mapped[Stage] = mapped_column(enum_type(Stage))
    changed_on: Mapped[dt.date]


@replicated
class Route(Replicated, Base):
    """A template that plans a sequence of steps; planning copies it, so later edits
    of the route never change trajectories already planned."""

    __tablename__ = "routes"

    code: Mapped[str] = mapped_column(sa.String(40), unique=True)
    name_nl: Mapped[str] = mapped_column(sa.String(120))
    name_en: Mapped[str] = mapped_column(sa.String(120))
    active: Mapped[bool] = mapped_column(default=True)


@replicated
class RouteStep(Replicated, Base):
    __tablename__ = "route_steps"

    route_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("routes.id"), index=True)
    position: Mapped[int]
    step_type: Mapped[str] = mapped_column(sa.String(40))
    offset_days: Mapped[int]


@replicated
class StepType(Replicated, Base):
    """The catalog of guidance step types; coordinators edit it."""

    __tablename__ = "step_types"

    code: Mapped[str] = mapped_column(sa.String(40), unique=True)
    name_nl: Mapped[str] = mapped_column(sa.String(80))
    name_en: Mapped[str] = mapped_column(sa.String(80))
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


@replicated
class GuidanceStep(Replicated, Base):
    __tablename__ = "guidance_steps"

    trajectory_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("trajectories.id"), index=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"))
    step_type: Mapped[str] = mapped_column(sa.String(40))
    status: Mapped[StepStatus] = mapped_column(enum_type(StepStatus), default=StepStatus.PLANNED)
    due_on: Mapped[dt.date | None]
    done_on: Mapped[dt.date | None]
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("workers.id"))
    minutes: Mapped[int | None]
    outcome: Mapped[str] = mapped_column(sa.Text, default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    __table_args__ = (
        sa.Index("ix_guidance_steps_worklist", "hub_id", "status", "due_on"),
        sa.Index("ix_guidance_steps_assignee", "assignee_id", "status", "due_on"),
        # The worklist's unassigned steps: a few percent of the rows, hence a partial index.
        sa.Index(
            "ix_guidance_steps_unassigned",
            "hub_id",
            "status",
            "due_on",
            sqlite_where=sa.text("assignee_id IS NULL"),
            postgresql_where=sa.text("assignee_id IS NULL"),
        ),
    )


@replicated
class Note(Replicated, Base):
    __tablename__ = "notes"

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    enterprise_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("enterprises.id"))
    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"))
    author_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("workers.id"))
    written_at: Mapped[dt.datetime]
    text: Mapped[str] = mapped_column(sa.Text)
    visibility: Mapped[NoteVisibility] = mapped_column(enum_type(NoteVisibility), default=NoteVisibility.HUB)
