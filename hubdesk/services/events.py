"""Programme events (a Social Impact Night, a Buy Social marketplace...) and who attended.

An event belongs to the hub that registers it; so does every attendance row (it carries
the event's ``hub_id``), which keeps both within that hub's nodes when syncing
(:mod:`hubdesk.sync.scope`). Attendees are registered entrepreneurs, optionally with one
of their enterprises; others are counted as ``guests`` without names.

Every write is one transaction through :meth:`Store.write` (change log and audit log);
removing is a tombstone. An attendance removed and added again is the same row brought
back (one row per event and person).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from hubdesk.models.enums import AuditAction, EventKind, Stadsdeel
from hubdesk.models.errors import NotFound, StaleEdit, UserFacingError
from hubdesk.models.impact import EventAttendance, ProgrammeEvent
from hubdesk.models.people import Enterprise, Person, PersonEnterprise
from hubdesk.services import audit
from hubdesk.services.intake import validated
from hubdesk.services.readmodels import Changes
from hubdesk.services.store import Actor, Store

MAX_GUESTS = 100_000


class EventInput(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=160)
    kind: EventKind
    held_on: dt.date
    stadsdeel: Stadsdeel | None = None
    guests: int = Field(default=0, ge=0, le=MAX_GUESTS)


@dataclass(frozen=True, slots=True)
class EventView:
    id: uuid.UUID
    version: int
    hub_id: uuid.UUID
    name: str
    kind: EventKind
    held_on: dt.date
    stadsdeel: Stadsdeel | None
    guests: int
    attendees: int
    """Registered entrepreneurs who attended (living files only)."""

    @property
    def total(self) -> int:
        return self.attendees + self.guests


@dataclass(frozen=True, slots=True)
class AttendeeView:
    id: uuid.UUID
    person_id: uuid.UUID
    name: str
    enterprise_id: uuid.UUID | None
    enterprise_name: str


def _event_view(e: ProgrammeEvent, attendees: int) -> EventView:
    return EventView(e.id, e.version, e.hub_id, e.name, e.kind, e.held_on, e.stadsdeel, e.guests, attendees)


_LIVING_ATTENDANCE = sa.and_(
    EventAttendance.deleted_at.is_(None),
    EventAttendance.person_id == Person.id,
    Person.deleted_at.is_(None),
)


class EventService:
    """Use cases of programme events. Thread contract: as :class:`Store` (one thread per call)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def today(self) -> dt.date:
        return self._store.clock().astimezone().date()

    # -- reading --------------------------------------------------------------------------------
    def events(
        self, hub_id: uuid.UUID | None = None, *, since: dt.date | None = None, until: dt.date | None = None
    ) -> list[EventView]:
        """Living events, newest first, with their attendance counts; ``hub_id`` None: every
        hub this node holds."""
        count = (
            sa.select(sa.func.count())
            .select_from(EventAttendance)
            .join(Person, Person.id == EventAttendance.person_id)
            .where(EventAttendance.event_id == ProgrammeEvent.id, _LIVING_ATTENDANCE)
            .scalar_subquery()
        )
        query = sa.select(ProgrammeEvent, count).where(ProgrammeEvent.deleted_at.is_(None))
        if hub_id is not None:
            query = query.where(ProgrammeEvent.hub_id == hub_id)
        if since is not None:
            query = query.where(ProgrammeEvent.held_on >= since)
        if until is not None:
            query = query.where(ProgrammeEvent.held_on <= until)
        query = query.order_by(ProgrammeEvent.held_on.desc(), ProgrammeEvent.name)
        with self._store.read() as s:
            rows: list[tuple[ProgrammeEvent, int]] = [(row[0], row[1]) for row in s.execute(query).all()]
        return [_event_view(e, int(n)) for e, n in rows]

    def event(self, event_id: uuid.UUID) -> EventView:
        with self._store.read() as s:
            e = self._living_event(s, event_id)
            return _event_view(e, self._count(s, e.id))

    def attendees(self, event_id: uuid.UUID) -> list[AttendeeView]:
        """Who attended, by name (only within the hub's own desk: never exported)."""
        query = (
            sa.select(EventAttendance, Person, Enterprise.trade_name)
            .join(Person, Person.id == EventAttendance.person_id)
            .outerjoin(Enterprise, Enterprise.id == EventAttendance.enterprise_id)
            .where(EventAttendance.event_id == event_id, _LIVING_ATTENDANCE)
        )
        with self._store.read() as s:
            rows = [
                AttendeeView(a.id, p.id, p.display_name, a.enterprise_id, name or "")
                for a, p, name in s.execute(query).all()
            ]
        return sorted(rows, key=lambda r: r.name.lower())

    def events_of_person(self, person_id: uuid.UUID) -> list[EventView]:
        """The living events this person attended, newest first."""
        query = (
            sa.select(ProgrammeEvent)
            .join(EventAttendance, EventAttendance.event_id == ProgrammeEvent.id)
            .where(
                EventAttendance.person_id == person_id,
                EventAttendance.deleted_at.is_(None),
                ProgrammeEvent.deleted_at.is_(None),
            )
            .order_by(ProgrammeEvent.held_on.desc())
        )
        with self._store.read() as s:
            return [_event_view(e, self._count(s, e.id)) for e in s.execute(query).scalars()]

    def enterprise_of(self, person_id: uuid.UUID) -> uuid.UUID | None:
        """The person's enterprise to record with an attendance (the first linked), if any."""
        with self._store.read() as s:
            return s.execute(
                sa.select(PersonEnterprise.enterprise_id)
                .join(Enterprise, Enterprise.id == PersonEnterprise.enterprise_id)
                .where(
                    PersonEnterprise.person_id == person_id,
                    PersonEnterprise.deleted_at.is_(None),
                    Enterprise.deleted_at.is_(None),
                )
                .order_by(PersonEnterprise.created_at)
                .limit(1)
            ).scalar()

    @staticmethod
    def _count(s: Session, event_id: uuid.UUID) -> int:
        return int(
            s.execute(
                sa.select(sa.func.count())
                .select_from(EventAttendance)
                .join(Person, Person.id == EventAttendance.person_id)
                .where(EventAttendance.event_id == event_id, _LIVING_ATTENDANCE)
            ).scalar_one()
        )

    @staticmethod
    def _living_event(s: Session, event_id: uuid.UUID) -> ProgrammeEvent:
        event = s.get(ProgrammeEvent, event_id)
        if event is None or event.is_deleted:
            raise NotFound(entity="programme_events", id=str(event_id))
        return event

    # -- events ---------------------------------------------------------------------------------
    def create_event(self, actor: Actor, data: EventInput | dict[str, Any]) -> tuple[uuid.UUID, Changes]:
        """A new event of the actor's hub."""
        values = validated(EventInput, data).model_dump()
        with self._store.write(actor) as s:
            event = ProgrammeEvent(hub_id=actor.hub_id, **values)
            s.add(event)
            s.flush()
            audit.record(s, AuditAction.CREATE, "programme_events", event.id)
            return event.id, Changes.from_entries(s.info["write"].entries)

    def update_event(
        self, actor: Actor, event_id: uuid.UUID, base_version: int, data: EventInput | dict[str, Any]
    ) -> Changes:
        values = validated(EventInput, data).model_dump()
        with self._store.write(actor) as s:
            event = self._living_event(s, event_id)
            if event.version != base_version:
                raise StaleEdit("programme_events", _event_view(event, self._count(s, event.id)), values)
            for key, value in values.items():
                setattr(event, key, value)
            s.flush()
            audit.record(s, AuditAction.UPDATE, "programme_events", event.id)
            return Changes.from_entries(s.info["write"].entries)

    def delete_event(self, actor: Actor, event_id: uuid.UUID) -> Changes:
        """Tombstone the event and its attendance rows."""
        with self._store.write(actor) as s:
            now = s.info["write"].now
            event = self._living_event(s, event_id)
            event.deleted_at = now
            for a in s.execute(
                sa.select(EventAttendance).where(
                    EventAttendance.event_id == event.id, EventAttendance.deleted_at.is_(None)
                )
            ).scalars():
                a.deleted_at = now
            s.flush()
            audit.record(s, AuditAction.DELETE, "programme_events", event.id)
            return Changes.from_entries(s.info["write"].entries)

    # -- attendance -----------------------------------------------------------------------------
    def add_attendee(
        self, actor: Actor, event_id: uuid.UUID, person_id: uuid.UUID, enterprise_id: uuid.UUID | None = None
    ) -> tuple[uuid.UUID, Changes]:
        """Record that a registered entrepreneur attended (with one of their enterprises).

        Raises ``event.already_attending`` when they are on the list, and
        ``event.enterprise_not_theirs`` for an enterprise the person is not linked to.
        """
        with self._store.write(actor) as s:
            event = self._living_event(s, event_id)
            person = s.get(Person, person_id)
            if person is None or person.is_deleted:
                raise NotFound(entity="persons", id=str(person_id))
            if enterprise_id is not None:
                linked = s.execute(
                    sa.select(PersonEnterprise.id).where(
                        PersonEnterprise.person_id == person.id,
                        PersonEnterprise.enterprise_id == enterprise_id,
                        PersonEnterprise.deleted_at.is_(None),
                    )
                ).first()
                if linked is None:
                    raise UserFacingError("event.enterprise_not_theirs")
            row = s.execute(
                sa.select(EventAttendance).where(
                    EventAttendance.event_id == event.id, EventAttendance.person_id == person.id
                )
            ).scalar_one_or_none()
            if row is not None and not row.is_deleted:
                raise UserFacingError("event.already_attending", name=person.display_name)
            if row is None:
                row = EventAttendance(
                    hub_id=event.hub_id, event_id=event.id, person_id=person.id, enterprise_id=enterprise_id
                )
                s.add(row)
            else:  # removed before: the same row comes back (one row per event and person)
                row.deleted_at = None
                row.enterprise_id = enterprise_id
            s.flush()
            audit.record(s, AuditAction.CREATE, "event_attendances", row.id, person_id=person.id)
            return row.id, Changes.from_entries(s.info["write"].entries)

    def remove_attendee(self, actor: Actor, event_id: uuid.UUID, person_id: uuid.UUID) -> Changes:
        with self._store.write(actor) as s:
            row = s.execute(
                sa.select(EventAttendance).where(
                    EventAttendance.event_id == event_id,
                    EventAttendance.person_id == person_id,
                    EventAttendance.deleted_at.is_(None),
                )
            ).scalar_one_or_none()
            if row is None:
                raise NotFound(entity="event_attendances", id=str(person_id))
            row.deleted_at = s.info["write"].now
            s.flush()
            audit.record(s, AuditAction.DELETE, "event_attendances", row.id, person_id=person_id)
            return Changes.from_entries(s.info["write"].entries)
