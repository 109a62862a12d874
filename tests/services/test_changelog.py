"""Every write to a replicated table lands in the change log, in the same transaction."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import ChangeOp
from hubdesk.models.logs import ChangeLogEntry
from hubdesk.models.people import Person
from hubdesk.services.changelog import WriteOutsideService
from hubdesk.services.intake import IntakeService
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import registration


def _entries(store: Store, record_id: uuid.UUID) -> list[ChangeLogEntry]:
    with store.read() as s:
        return list(
            s.execute(
                sa.select(ChangeLogEntry).where(ChangeLogEntry.record_id == record_id).order_by(ChangeLogEntry.lamport)
            ).scalars()
        )


def test_a_registration_logs_each_new_record_with_all_its_fields(store: Store, actor: Actor) -> None:
    result = IntakeService(store).register(actor, registration(email="fatima@example.nl"))
    (entry,) = _entries(store, result.person_id)
    assert entry.op is ChangeOp.CREATE
    assert (entry.base_version, entry.version) == (0, 1)
    assert entry.node_id == store.node_id
    assert entry.worker_id == actor.worker_id
    assert entry.fields["given_name"] == "Fatima"
    assert entry.fields["email"] == "fatima@example.nl"
    assert entry.fields["infix"] == ""  # column defaults are carried too
    assert entry.fields["deleted_at"] is None
    assert set(result.changes.entities) >= {"persons", "visits", "consents"}


def test_an_edit_raises_the_version_and_logs_only_the_changed_fields(
    store: Store, actor: Actor, clock: FakeClock
) -> None:
    intake = IntakeService(store)
    pid = intake.register(actor, registration()).person_id
    clock.advance(hours=1)
    view, changes = intake.update_person(actor, pid, 1, {"family_name": "El-Amrani", "given_name": "Fatima"})
    assert view.version == 2
    assert view.updated_at == clock.now
    create, update = _entries(store, pid)
    assert update.op is ChangeOp.UPDATE
    assert (update.base_version, update.version) == (1, 2)
    assert update.fields == {"family_name": "El-Amrani"}  # the unchanged given name is not carried
    assert update.lamport > create.lamport
    assert changes.ids("persons") == {pid}


def test_an_edit_that_changes_nothing_keeps_the_version(store: Store, actor: Actor) -> None:
    intake = IntakeService(store)
    pid = intake.register(actor, registration()).person_id
    view, changes = intake.update_person(actor, pid, 1, {"given_name": "Fatima"})
    assert view.version == 1
    assert not changes
    assert len(_entries(store, pid)) == 1


def test_a_tombstone_is_logged_as_a_delete(store: Store, actor: Actor, clock: FakeClock) -> None:
    pid = IntakeService(store).register(actor, registration()).person_id
    with store.write(actor) as s:
        person = s.get(Person, pid)
        assert person is not None
        person.deleted_at = clock.now
    last = _entries(store, pid)[-1]
    assert last.op is ChangeOp.DELETE
    assert last.version == 2


def test_a_hard_delete_of_a_replicated_record_is_refused(store: Store, actor: Actor) -> None:
    pid = IntakeService(store).register(actor, registration()).person_id
    with pytest.raises(WriteOutsideService), store.write(actor) as s:
        s.delete(s.get(Person, pid))
    with store.read() as s:
        assert s.get(Person, pid) is not None


def test_writing_a_replicated_record_outside_a_service_transaction_is_refused(store: Store, actor: Actor) -> None:
    pid = IntakeService(store).register(actor, registration()).person_id
    with store.session_factory() as s:
        person = s.get(Person, pid)
        assert person is not None
        person.given_name = "Stiekem"
        with pytest.raises(WriteOutsideService):
            s.commit()
    with store.read() as s:
        stored = s.get(Person, pid)
        assert stored is not None
        assert stored.given_name == "Fatima"


def test_lamport_clock_increases_across_transactions(store: Store, actor: Actor) -> None:
    intake = IntakeService(store)
    first = intake.register(actor, registration("Jan", "Jansen", email="jan@example.nl"))
    second = intake.register(actor, registration("Piet", "Pietersen", email="piet@example.nl"))
    assert _entries(store, first.person_id)[0].lamport < _entries(store, second.person_id)[0].lamport


def test_records_and_changes_get_ids_in_the_order_they_were_made(store: Store, actor: Actor) -> None:
    """Time-ordered ids: a new record's keys go to the end of the indexes (DESIGN.md "Identity")."""
    intake = IntakeService(store)
    first = intake.register(actor, registration("Jan", "Jansen", email="jan@example.nl")).person_id
    second = intake.register(actor, registration("Piet", "Pietersen", email="piet@example.nl")).person_id
    assert first.version == second.version == 7
    assert first < second
    with store.read() as s:
        changes = list(s.execute(sa.select(ChangeLogEntry.change_id).order_by(ChangeLogEntry.lamport)).scalars())
    assert changes == sorted(changes)


def test_a_change_names_the_entrepreneurs_it_touches(store: Store, actor: Actor) -> None:
    intake = IntakeService(store)
    pid = intake.register(actor, registration()).person_id
    other = intake.register(actor, registration("Jan", "Jansen", postcode="2011 AB")).person_id
    changes = intake.add_note(actor, pid, {"text": "Belt volgende week terug"})
    assert changes.persons == {pid}
    assert other not in changes.persons
    assert len(changes.ids("notes")) == 1
