"""Programme events and who attended them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import AuditAction, EventKind
from hubdesk.models.errors import NotFound, StaleEdit, UserFacingError, ValidationFailed
from hubdesk.models.impact import EventAttendance, ProgrammeEvent
from hubdesk.models.logs import AuditEvent
from hubdesk.services.events import EventService
from hubdesk.services.intake import IntakeService
from hubdesk.services.readmodels import RegistrationResult
from hubdesk.services.store import Actor, Store
from tests.services.helpers import registration

NIGHT = {"name": "Social Impact Night", "kind": "social_impact_night", "held_on": "2026-02-20", "guests": 12}


@pytest.fixture
def events(store: Store) -> EventService:
    return EventService(store)


def _person(store: Store, actor: Actor, given: str, family: str, trade: str | None = None) -> RegistrationResult:
    enterprise = {"trade_name": trade, "legal_form": "eenmanszaak", "stage": "running"} if trade else None
    return IntakeService(store).register(
        actor, registration(given, family, email=f"{given.lower()}@example.nl", enterprise=enterprise)
    )


# -- validation first -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({**NIGHT, "name": " "}, {"name": "required"}),
        ({**NIGHT, "kind": "party"}, {"kind": "choice.invalid"}),
        ({**NIGHT, "guests": -1}, {"guests": "number.range"}),
        ({**NIGHT, "held_on": "31-02-2026"}, {"held_on": "date.invalid"}),
        ({**NIGHT, "stadsdeel": "haarlem_zuid"}, {"stadsdeel": "choice.invalid"}),
        ({**NIGHT, "attendee_names": ["Jan"]}, {"attendee_names": "field.not_allowed"}),
    ],
)
def test_a_wrong_event_is_refused_and_nothing_is_written(
    events: EventService, actor: Actor, data: dict[str, Any], expected: dict[str, str]
) -> None:
    with pytest.raises(ValidationFailed) as info:
        events.create_event(actor, data)
    assert {i.field: i.code for i in info.value.issues} == expected
    assert events.events() == []


def test_an_attendee_must_be_a_living_registered_entrepreneur(events: EventService, actor: Actor) -> None:
    eid, _ = events.create_event(actor, NIGHT)
    with pytest.raises(NotFound):
        events.add_attendee(actor, eid, uuid.uuid4())
    with pytest.raises(NotFound):
        events.add_attendee(actor, uuid.uuid4(), uuid.uuid4())


def test_an_attendee_comes_with_their_own_enterprise_only(events: EventService, store: Store, actor: Actor) -> None:
    eid, _ = events.create_event(actor, NIGHT)
    fatima = _person(store, actor, "Fatima", "El Amrani", "Bakkerij De Korenaar")
    karim = _person(store, actor, "Karim", "Benali", "Schoon BV")
    with pytest.raises(UserFacingError) as info:
        events.add_attendee(actor, eid, fatima.person_id, karim.enterprise_id)
    assert info.value.code == "event.enterprise_not_theirs"
    assert events.attendees(eid) == []


def test_the_same_person_is_listed_once(events: EventService, store: Store, actor: Actor) -> None:
    eid, _ = events.create_event(actor, NIGHT)
    fatima = _person(store, actor, "Fatima", "El Amrani")
    events.add_attendee(actor, eid, fatima.person_id)
    with pytest.raises(UserFacingError) as info:
        events.add_attendee(actor, eid, fatima.person_id)
    assert (info.value.code, info.value.params) == ("event.already_attending", {"name": "Fatima El Amrani"})


# -- events and attendance ------------------------------------------------------------------------
def test_an_event_with_two_attendees_counts_them_beside_the_guests(
    events: EventService, store: Store, actor: Actor
) -> None:
    eid, changes = events.create_event(actor, {**NIGHT, "stadsdeel": "schalkwijk"})
    assert changes.ids("programme_events") == {eid}
    fatima = _person(store, actor, "Fatima", "El Amrani", "Bakkerij De Korenaar")
    karim = _person(store, actor, "Karim", "Benali")
    aid, changes = events.add_attendee(actor, eid, fatima.person_id, fatima.enterprise_id)
    assert changes.persons == {fatima.person_id}
    events.add_attendee(actor, eid, karim.person_id)
    (event,) = events.events()
    assert (event.name, event.kind, event.attendees, event.guests, event.total) == (
        "Social Impact Night",
        EventKind.SOCIAL_IMPACT_NIGHT,
        2,
        12,
        14,
    )
    assert [(a.name, a.enterprise_name) for a in events.attendees(eid)] == [
        ("Fatima El Amrani", "Bakkerij De Korenaar"),
        ("Karim Benali", ""),
    ]
    with store.read() as s:
        row = s.get(EventAttendance, aid)
        assert row is not None
        assert row.hub_id == actor.hub_id  # what keeps it within the hub when syncing
        actions = s.execute(
            sa.select(AuditEvent.action, AuditEvent.person_id).where(AuditEvent.entity == "event_attendances")
        ).all()
    assert sorted((a.value, p == fatima.person_id) for a, p in actions) == [("create", False), ("create", True)]


def test_the_events_a_person_attended_newest_first(events: EventService, store: Store, actor: Actor) -> None:
    older, _ = events.create_event(actor, {**NIGHT, "held_on": "2025-11-01", "name": "Buy Social markt"})
    newer, _ = events.create_event(actor, NIGHT)
    other, _ = events.create_event(actor, {**NIGHT, "name": "Workshop", "kind": "workshop"})
    fatima = _person(store, actor, "Fatima", "El Amrani")
    for e in (older, newer):
        events.add_attendee(actor, e, fatima.person_id)
    assert [e.id for e in events.events_of_person(fatima.person_id)] == [newer, older]
    assert other not in [e.id for e in events.events_of_person(fatima.person_id)]


def test_removing_and_adding_again_brings_the_same_row_back(events: EventService, store: Store, actor: Actor) -> None:
    eid, _ = events.create_event(actor, NIGHT)
    fatima = _person(store, actor, "Fatima", "El Amrani", "Bakkerij De Korenaar")
    first, _ = events.add_attendee(actor, eid, fatima.person_id)
    events.remove_attendee(actor, eid, fatima.person_id)
    assert events.event(eid).attendees == 0
    assert events.events_of_person(fatima.person_id) == []
    with pytest.raises(NotFound):
        events.remove_attendee(actor, eid, fatima.person_id)
    again, _ = events.add_attendee(actor, eid, fatima.person_id, fatima.enterprise_id)
    assert again == first
    assert events.event(eid).attendees == 1


def test_editing_an_event_needs_the_version_shown(events: EventService, actor: Actor) -> None:
    eid, _ = events.create_event(actor, NIGHT)
    events.update_event(actor, eid, 1, {**NIGHT, "guests": 30})
    with pytest.raises(StaleEdit):
        events.update_event(actor, eid, 1, {**NIGHT, "guests": 40})
    assert events.event(eid).guests == 30


def test_deleting_an_event_tombstones_it_and_its_attendance(events: EventService, store: Store, actor: Actor) -> None:
    eid, _ = events.create_event(actor, NIGHT)
    fatima = _person(store, actor, "Fatima", "El Amrani")
    events.add_attendee(actor, eid, fatima.person_id)
    changes = events.delete_event(actor, eid)
    assert changes.ids("programme_events") == {eid}
    assert len(changes.ids("event_attendances")) == 1
    assert events.events() == []
    assert events.events_of_person(fatima.person_id) == []
    with store.read() as s:
        event = s.get(ProgrammeEvent, eid)
        assert event is not None
        assert event.deleted_at is not None
        living = s.execute(sa.select(EventAttendance).where(EventAttendance.deleted_at.is_(None))).all()
        assert living == []
        deleted = s.execute(sa.select(AuditEvent.action).where(AuditEvent.record_id == eid)).scalars().all()
    assert AuditAction.DELETE in deleted
    with pytest.raises(NotFound):
        events.add_attendee(actor, eid, fatima.person_id)


def test_events_filter_by_hub_and_period(events: EventService, actor: Actor) -> None:
    events.create_event(actor, {**NIGHT, "held_on": "2025-12-01", "name": "December"})
    events.create_event(actor, {**NIGHT, "held_on": "2026-02-01", "name": "Februari"})
    assert [e.name for e in events.events(since=dt.date(2026, 1, 1))] == ["Februari"]
    assert [e.name for e in events.events(until=dt.date(2026, 1, 1))] == ["December"]
    assert events.events(hub_id=uuid.uuid4()) == []
    assert [e.name for e in events.events(hub_id=actor.hub_id)] == ["Februari", "December"]


def test_demo_data_has_events_with_attendees_and_an_impact_register(store: Store) -> None:
    from hubdesk.services.demo import generate_demo
    from hubdesk.services.impact import ImpactService

    summary = generate_demo(store, 400, seed=5)
    events = EventService(store).events()
    assert 5 <= len(events) <= 20  # one or two per hub, not one per entrepreneur
    today = EventService(store).today()
    assert all(e.attendees >= 1 for e in events if e.held_on <= today)
    assert all(e.attendees == 0 for e in events if e.held_on > today)
    ready = ImpactService(store).procurement_ready()
    assert 5 <= len(ready) <= 100
    assert summary.tables["recognitions"] < summary.tables["persons"] / 5
    with store.read() as s:
        wrong_hub = s.execute(
            sa.select(sa.func.count())
            .select_from(EventAttendance)
            .join(ProgrammeEvent, ProgrammeEvent.id == EventAttendance.event_id)
            .where(EventAttendance.hub_id != ProgrammeEvent.hub_id)
        ).scalar()
    assert wrong_hub == 0
