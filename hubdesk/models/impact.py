"""The impact register of an enterprise: recognitions, procurement matches, placements."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.models.base import Base, Replicated, enum_type, replicated
from hubdesk.models.enums import (
    EventKind,
    PlacementKind,
    ProcurementKind,
    ProcurementRoute,
    PsoLevel,
    RecognitionKind,
    Stadsdeel,
    TargetGroup,
    ValueBand,
)


@replicated
class Recognition(Replicated, Base):
    """Code register or aspirant, SE NL membership, PSO level, KIP SROI badge."""

    __tablename__ = "recognitions"

    enterprise_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    kind: Mapped[RecognitionKind] = mapped_column(enum_type(RecognitionKind))
    pso_level: Mapped[PsoLevel | None] = mapped_column(enum_type(PsoLevel))
    awarded_on: Mapped[dt.date]
    valid_until: Mapped[dt.date | None]


@replicated
class ProcurementMatch(Replicated, Base):
    __tablename__ = "procurement_matches"

    enterprise_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    buyer: Mapped[str] = mapped_column(sa.String(160))
    route: Mapped[ProcurementRoute] = mapped_column(enum_type(ProcurementRoute))
    kind: Mapped[ProcurementKind] = mapped_column(enum_type(ProcurementKind))
    value_band: Mapped[ValueBand] = mapped_column(enum_type(ValueBand))
    matched_on: Mapped[dt.date]


@replicated
class WorkPlacement(Replicated, Base):
    """Places offered and filled; the target group is a category with counts only."""

    __tablename__ = "work_placements"

    enterprise_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    kind: Mapped[PlacementKind] = mapped_column(enum_type(PlacementKind))
    target_group: Mapped[TargetGroup] = mapped_column(enum_type(TargetGroup))
    places_offered: Mapped[int] = mapped_column(default=0)
    places_filled: Mapped[int] = mapped_column(default=0)
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date | None]


@replicated
class ProgrammeEvent(Replicated, Base):
    """A Social Impact Night, a Buy Social marketplace, a workshop: counted in the indicators.

    ``guests`` counts attendees who are not registered (no names are kept for them).
    """

    __tablename__ = "programme_events"

    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(160))
    kind: Mapped[EventKind] = mapped_column(enum_type(EventKind))
    held_on: Mapped[dt.date] = mapped_column(index=True)
    stadsdeel: Mapped[Stadsdeel | None] = mapped_column(enum_type(Stadsdeel))
    guests: Mapped[int] = mapped_column(default=0)


@replicated
class EventAttendance(Replicated, Base):
    """A registered entrepreneur (and optionally their enterprise) who attended an event."""

    __tablename__ = "event_attendances"
    __table_args__ = (sa.UniqueConstraint("event_id", "person_id"),)

    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"))
    event_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("programme_events.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    enterprise_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("enterprises.id"))
