"""An erased person disappears from every node of the hub after sync, values and history alike."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hubdesk.models.errors import NotFound
from hubdesk.models.people import Person
from hubdesk.services.audit_log import verify_store
from hubdesk.services.erasure import ErasureService
from hubdesk.services.intake import IntakeService
from hubdesk.services.search import SearchService
from hubdesk.sync.keys import ProgrammeKey
from tests.services.privacy_helpers import full_file
from tests.sync.helpers import Node, deliver, edit

PERSONAL = ("Łucja", "Kowalczyk", "lucja@example.nl", "31612345678", "Naaiatelier", "12.000")


def dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def exchange(key: ProgrammeKey, source: Node, target: Node) -> None:
    source.sync(key)
    deliver(source, target)
    target.sync(key)


def test_an_erased_person_is_gone_from_the_other_node_after_sync(key: ProgrammeKey, a1: Node, a2: Node) -> None:
    assert a1.actor is not None
    assert a2.actor is not None
    person = full_file(a1.store, a1.actor).person_id
    exchange(key, a1, a2)
    assert [r.person_id for r in SearchService(a2.store).search("Kowalczyk")] == [person]
    IntakeService(a2.store).get_file(a2.actor, person)  # a2 looked at the file: its own audit entry
    assert all(text in dump(a2.path) for text in PERSONAL)  # the check below can fail

    ErasureService(a1.store).erase(a1.actor, person)
    exchange(key, a1, a2)

    assert SearchService(a2.store).search("Kowalczyk") == []
    with pytest.raises(NotFound):
        IntakeService(a2.store).get_file(a2.actor, person)
    left = [text for text in PERSONAL if text in dump(a2.path)]
    assert left == []
    assert verify_store(a2.store).intact
    assert verify_store(a1.store).intact


def test_an_edit_made_elsewhere_before_the_erasure_arrived_does_not_bring_the_data_back(
    key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    assert a1.actor is not None
    assert a2.actor is not None
    person = full_file(a1.store, a1.actor).person_id
    exchange(key, a1, a2)
    ErasureService(a1.store).erase(a1.actor, person)
    edit(a2, Person, person, email="nieuw.adres@example.nl", family_name="Kowalczyk-Nowak")  # a2 has not heard yet

    exchange(key, a1, a2)  # a2 receives the erasure
    exchange(key, a2, a1)  # a1 receives a2's concurrent edit

    for node in (a1, a2):
        assert SearchService(node.store).search("Kowalczyk") == [], node.name
        text = dump(node.path)
        assert "nieuw.adres@example.nl" not in text, node.name
        assert [t for t in PERSONAL if t in text] == [], node.name
        with node.store.read() as s:
            record = s.get(Person, person)
            assert record is not None
            assert record.deleted_at is not None
            assert (record.given_name, record.family_name, record.email) == ("", "", None)
