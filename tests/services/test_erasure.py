"""Erasure on request: the person and everything linked go, leaving only a pseudonymous trace."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import AuditAction, Role
from hubdesk.models.errors import NotFound, UserFacingError
from hubdesk.models.logs import AuditEvent
from hubdesk.models.people import Enterprise, Person, PersonEnterprise
from hubdesk.services.audit_log import verify_store
from hubdesk.services.erasure import ErasureService
from hubdesk.services.intake import IntakeService
from hubdesk.services.search import SearchService
from hubdesk.services.store import Actor, Store
from tests.services.helpers import add_worker, registration
from tests.services.privacy_helpers import full_file

PERSONAL = ("Łucja", "Kowalczyk", "lucja@example.nl", "31612345678", "Naaiatelier", "naaiatelier", "12.000")


def dump(path: Path) -> str:
    """Every row of every table as SQL text (the database as a reader with sqlite3 sees it)."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_a_hub_worker_may_not_erase_and_nothing_changes(store: Store, actor: Actor) -> None:
    person = full_file(store, actor).person_id
    worker = add_worker(store, actor, name="Bas Jansen", username="bas", role=Role.HUB_WORKER)
    with pytest.raises(UserFacingError) as refused:
        ErasureService(store).erase(worker, person)
    assert refused.value.code == "erasure.coordinator_only"
    assert not ErasureService(store).can_erase(worker)
    assert [r.person_id for r in SearchService(store).search("Kowalczyk")] == [person]


def test_an_unknown_or_already_erased_person_is_not_found(store: Store, actor: Actor) -> None:
    with pytest.raises(NotFound):
        ErasureService(store).erase(actor, uuid.uuid4())
    person = full_file(store, actor).person_id
    ErasureService(store).erase(actor, person)
    with pytest.raises(NotFound):
        ErasureService(store).erase(actor, person)


def test_nothing_personal_is_left_anywhere_in_the_database(store: Store, actor: Actor, db_path: Path) -> None:
    made = full_file(store, actor)
    before = dump(db_path)
    assert all(text in before for text in PERSONAL)  # the check below can fail

    result = ErasureService(store).erase(actor, made.person_id)

    assert result.records >= 8  # person, link, enterprise, visit, note, consents, trajectory, referral
    assert made.person_id in result.changes.persons
    after = dump(db_path)
    left = [text for text in PERSONAL if text in after]
    assert left == []
    assert SearchService(store).search("Kowalczyk") == []
    assert SearchService(store).search("lucja") == []
    with pytest.raises(NotFound):
        IntakeService(store).get_file(actor, made.person_id)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM referral_letters").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM person_index").fetchone() == (0,)


def test_the_audit_log_keeps_a_pseudonymous_trace_and_still_verifies(store: Store, actor: Actor) -> None:
    person = full_file(store, actor).person_id
    with store.read() as s:
        earlier = s.execute(sa.select(sa.func.count()).where(AuditEvent.person_id == person)).scalar()
    ErasureService(store).erase(actor, person)
    with store.read() as s:
        events = list(s.execute(sa.select(AuditEvent).where(AuditEvent.person_id == person)).scalars())
    assert len(events) == (earlier or 0) + 1
    erased = [e for e in events if e.action is AuditAction.ERASE]
    assert len(erased) == 1
    assert erased[0].record_id == person
    assert set(erased[0].detail) == {"records"}
    report = verify_store(store)
    assert report.intact
    assert report.last_seq == erased[0].seq


def test_an_enterprise_shared_with_another_person_stays(store: Store, actor: Actor) -> None:
    made = full_file(store, actor)
    intake = IntakeService(store)
    partner = intake.register(actor, registration("Piet", "Visser", postcode="2011 AB")).person_id
    with store.write(actor) as s:
        s.add(PersonEnterprise(person_id=partner, enterprise_id=made.enterprise_id))
    ErasureService(store).erase(actor, made.person_id)
    with store.read() as s:
        enterprise = s.get(Enterprise, made.enterprise_id)
        assert enterprise is not None
        assert enterprise.deleted_at is None
        assert enterprise.trade_name == "Naaiatelier Łucja"
        person = s.get(Person, made.person_id)
        assert person is not None
        assert person.deleted_at is not None
        assert (person.given_name, person.family_name, person.email) == ("", "", None)
    assert [r.person_id for r in SearchService(store).search("Visser")] == [partner]
