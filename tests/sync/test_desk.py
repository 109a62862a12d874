"""What the desktop reads about sync (hubdesk/sync/desk.py): status figures and queue rows."""

from __future__ import annotations

import uuid
from pathlib import Path

from hubdesk.models.people import Person
from hubdesk.models.sync import ConflictKind
from hubdesk.services.demo import generate_demo
from hubdesk.services.store import open_store
from hubdesk.sync.desk import conflict_entries, sync_status
from hubdesk.sync.keys import ProgrammeKey, installed_key_path
from tests.sync.helpers import Node, add_person, deliver, edit


def test_a_practice_database_is_off_and_counts_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path / "demo.sqlite")
    try:
        generate_demo(store, 5, seed=1)
        status = sync_status(store)
    finally:
        store.dispose()
    assert status.off == "sync.sandbox"
    assert status.open_conflicts == 0
    assert status.last_exchange is None


def test_a_node_without_its_key_is_off(a1: Node, key: ProgrammeKey) -> None:
    installed_key_path(key.programme_id).unlink()
    assert sync_status(a1.store).off == "sync.key_missing"


def test_pending_counts_what_is_not_exported_and_last_exchange_follows_the_sync(a1: Node, key: ProgrammeKey) -> None:
    before = sync_status(a1.store)
    assert before.off is None
    add_person(a1)
    assert sync_status(a1.store).pending == before.pending + 1
    a1.sync(key)
    after = sync_status(a1.store)
    assert after.pending == 0
    assert after.last_exchange is not None


def test_queue_rows_name_the_entrepreneur_the_desks_and_the_sides(a1: Node, a2: Node, key: ProgrammeKey) -> None:
    person = add_person(a2, "Fatima", "El Amrani")
    a2.sync(key)
    deliver(a2, a1)
    a1.sync(key)
    edit(a1, Person, person, family_name="Amrani")
    edit(a2, Person, person, family_name="El Amrani-Bakr")
    a2.sync(key)
    deliver(a2, a1)
    assert conflict_entries(a1.store) == []
    a1.sync(key)

    [entry] = conflict_entries(a1.store)
    assert entry.kind is ConflictKind.FIELD
    assert (entry.entity, entry.field, entry.base) == ("persons", "family_name", "El Amrani")
    assert entry.person_id == person
    assert entry.record_name in {"Fatima Amrani", "Fatima El Amrani-Bakr"}
    assert entry.person_name == entry.record_name
    assert entry.mine is not None
    assert entry.mine.local
    assert entry.mine.value == "Amrani"
    assert entry.mine.desk_name == "a1"  # a desk of the same hub: no hub name added
    [theirs] = entry.theirs
    assert (theirs.value, theirs.desk_name, theirs.local) == ("El Amrani-Bakr", "a2", False)
    assert theirs.worker_name == "anna"
    assert [s.provisional for s in entry.sides].count(True) == 1
    assert sync_status(a1.store).open_conflicts == 1
    assert conflict_entries(a1.store, person_id=person) == [entry]
    assert conflict_entries(a1.store, person_id=uuid.uuid4()) == []
