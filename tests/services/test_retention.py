"""Retention: who is due after the term since the last contact, and the confirmed deletion."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import AuditAction, ChangeOp, ConsentMethod
from hubdesk.models.errors import NotFound, UserFacingError
from hubdesk.models.logs import AuditEvent, ChangeLogEntry
from hubdesk.models.people import Enterprise, Person, PersonEnterprise, PersonIndex
from hubdesk.models.referrals import ReferralLetter
from hubdesk.services.intake import IntakeService
from hubdesk.services.referrals import ReferralService
from hubdesk.services.retention import RetentionService, add_months
from hubdesk.services.search import SearchService
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import registration

REGISTERED = dt.date(2026, 3, 3)  # the clock fixture's day
DUE = dt.date(2028, 3, 3)  # two years later


@pytest.fixture
def retention(store: Store) -> RetentionService:
    return RetentionService(store)


@pytest.fixture
def intake(store: Store) -> IntakeService:
    return IntakeService(store)


def register(intake: IntakeService, actor: Actor, given: str, family: str, **extra: object) -> uuid.UUID:
    postcode = f"20{len(given) + 10} AB"
    return intake.register(actor, registration(given, family, postcode=postcode, **extra)).person_id  # type: ignore[arg-type]


# -- refused ------------------------------------------------------------------------------------------
def test_a_hub_worker_gets_no_notice_no_list_and_cannot_delete_or_change_the_term(
    retention: RetentionService, intake: IntakeService, actor: Actor, hub_worker: Actor
) -> None:
    person = register(intake, actor, "Fatima", "El Amrani")
    assert retention.due_count(hub_worker, DUE) is None
    assert not retention.can_manage(hub_worker)
    for attempt in (
        lambda: retention.overview(hub_worker, DUE),
        lambda: retention.delete(hub_worker, [person], DUE),
        lambda: retention.set_term(hub_worker, 36),
    ):
        with pytest.raises(UserFacingError) as info:
            attempt()
        assert info.value.code == "retention.coordinator_only"
    assert retention.due_count(actor, DUE) == 1  # still there
    assert retention.term(actor) == 24


@pytest.mark.parametrize(
    ("months", "code"),
    [(5, "retention.term_range"), (121, "retention.term_range"), (0, "retention.term_range"),
     ("twee jaar", "retention.term_invalid"), ("2.5", "retention.term_invalid"), (None, "retention.term_invalid"),
     (True, "retention.term_invalid")],
)  # fmt: skip
def test_a_term_outside_6_to_120_months_is_refused(
    retention: RetentionService, actor: Actor, months: object, code: str
) -> None:
    with pytest.raises(UserFacingError) as info:
        retention.set_term(actor, months)
    assert info.value.code == code
    assert retention.term(actor) == 24


def test_a_person_with_a_recent_contact_is_not_due(
    retention: RetentionService, intake: IntakeService, actor: Actor, clock: FakeClock
) -> None:
    old = register(intake, actor, "Fatima", "El Amrani")
    visited = register(intake, actor, "Kees", "Bakker")
    noted = register(intake, actor, "Sanne", "de Vries")
    clock.advance(days=400)
    intake.register_visit(actor, visited)
    intake.add_note(actor, noted, {"text": "Gebeld over het ondernemingsplan"})

    due = retention.overview(actor, DUE).due
    assert [r.person_id for r in due] == [old]
    assert due[0].last_contact_on == REGISTERED
    assert due[0].due_on == DUE
    assert due[0].name == "Fatima El Amrani"
    later = retention.overview(actor, add_months(REGISTERED, 24) + dt.timedelta(days=400)).due
    assert {r.person_id for r in later} == {old, visited, noted}


def test_due_dates_follow_the_term_with_an_injected_today(
    retention: RetentionService, intake: IntakeService, actor: Actor
) -> None:
    register(intake, actor, "Fatima", "El Amrani")
    assert retention.due_count(actor, DUE - dt.timedelta(days=1)) == 0
    assert retention.due_count(actor, DUE) == 1
    retention.set_term(actor, 36)
    assert retention.due_count(actor, DUE) == 0
    assert retention.overview(actor, add_months(REGISTERED, 36)).due[0].due_on == dt.date(2029, 3, 3)
    retention.set_term(actor, "6")
    assert retention.overview(actor, dt.date(2026, 9, 3)).due[0].due_on == dt.date(2026, 9, 3)


def test_referral_updates_and_steps_count_as_contact(
    store: Store, retention: RetentionService, intake: IntakeService, actor: Actor, clock: FakeClock
) -> None:
    person = register(intake, actor, "Fatima", "El Amrani")
    clock.advance(days=100)
    referrals = ReferralService(store)
    garage = next(p.id for p in referrals.partners() if p.code == "stadsgarage")
    referrals.create(
        actor, {"person_id": person, "partner_id": garage, "fields": {"idea": "Atelier", "partners_sought": "Ruimte"}}
    )
    (row,) = retention.overview(actor, DUE + dt.timedelta(days=100)).due
    assert row.last_contact_on == REGISTERED + dt.timedelta(days=100)


def test_the_end_of_a_shorter_month_is_the_due_date() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 2, 29 - 1), 24) == dt.date(2028, 2, 28)
    assert add_months(dt.date(2026, 12, 15), 13) == dt.date(2028, 1, 15)
    assert add_months(dt.date(2026, 3, 3), -24) == dt.date(2024, 3, 3)


# -- the deletion ---------------------------------------------------------------------------------------
def test_confirming_deletes_the_person_and_writes_tombstones_into_the_change_log(
    store: Store, retention: RetentionService, intake: IntakeService, actor: Actor
) -> None:
    enterprise = {"trade_name": "Atelier Noor", "kvk_number": "12345678"}
    person = register(intake, actor, "Noor", "Haddou", email="noor@example.nl", enterprise=enterprise)
    kept = register(intake, actor, "Kees", "Bakker")
    intake.add_note(actor, person, {"text": "Wil naar Qredits"})
    referrals = ReferralService(store)
    garage = next(p.id for p in referrals.partners() if p.code == "stadsgarage")
    referral, _ = referrals.create(
        actor, {"person_id": person, "partner_id": garage, "fields": {"idea": "Atelier", "partners_sought": "Ruimte"}}
    )
    referrals.record_consent(actor, referral, ConsentMethod.VERBAL)
    referrals.letter(actor, referral)

    report = retention.delete(actor, [person], DUE)

    assert report.deleted == (person,)
    assert report.not_due == ()
    assert report.records >= 8  # person, link, enterprise, visit, note, 2 consents, referral, trajectory
    with pytest.raises(NotFound):
        intake.get_file(actor, person)
    assert [r.person_id for r in SearchService(store).search("Haddou")] == []
    assert retention.overview(actor, DUE).due[0].person_id == kept
    with store.read() as s:
        stored = s.get(Person, person)
        assert stored is not None
        assert stored.deleted_at is not None
        assert (stored.given_name, stored.family_name, stored.email) == ("", "", None)
        ent = s.get(
            Enterprise,
            s.execute(
                sa.select(PersonEnterprise.enterprise_id).where(PersonEnterprise.person_id == person)
            ).scalar_one(),
        )
        assert ent is not None
        assert ent.deleted_at is not None
        assert ent.kvk_number is None
        assert s.execute(sa.select(PersonIndex).where(PersonIndex.person_id == person)).first() is None
        assert s.get(ReferralLetter, referral) is None
        tombstones = s.execute(sa.select(ChangeLogEntry).where(ChangeLogEntry.op == ChangeOp.DELETE)).scalars().all()
        deleted = {(t.entity, t.record_id) for t in tombstones}
        assert ("persons", person) in deleted
        assert ("referrals", referral) in deleted
        assert {t.entity for t in tombstones} >= {
            "persons",
            "person_enterprises",
            "enterprises",
            "visits",
            "notes",
            "consents",
            "referrals",
            "trajectories",
        }
        person_tombstone = next(t for t in tombstones if t.record_id == person)
        assert person_tombstone.fields["given_name"] == ""
        assert person_tombstone.fields["email"] is None
        assert person_tombstone.fields["deleted_at"] is not None
        events = s.execute(sa.select(AuditEvent).where(AuditEvent.action == AuditAction.DELETE)).scalars().all()
    assert [(e.entity, e.record_id) for e in events] == [("persons", person)]
    assert events[0].detail == {"reason": "retention", "term_months": 24, "due_on": "2028-03-03"}
    assert "Haddou" not in str(events[0].detail)
    assert "noor@" not in str(events[0].detail)
    assert "Kees" in [r.name.split()[0] for r in retention.overview(actor, DUE).due]


def test_a_person_with_a_contact_since_the_list_was_shown_is_not_deleted(
    retention: RetentionService, intake: IntakeService, actor: Actor, clock: FakeClock
) -> None:
    person = register(intake, actor, "Fatima", "El Amrani")
    shown = retention.overview(actor, DUE).due
    assert [r.person_id for r in shown] == [person]
    clock.now = dt.datetime(2028, 3, 3, 9, 0, tzinfo=dt.UTC)
    intake.register_visit(actor, person)  # she walked in meanwhile

    report = retention.delete(actor, [r.person_id for r in shown], DUE)

    assert report.deleted == ()
    assert report.not_due == (person,)
    assert intake.get_file(actor, person).person.family_name == "El Amrani"


def test_an_enterprise_shared_with_another_living_person_stays(
    store: Store, retention: RetentionService, intake: IntakeService, actor: Actor, clock: FakeClock
) -> None:
    person = register(intake, actor, "Fatima", "El Amrani", enterprise={"trade_name": "Samen BV"})
    with store.read() as s:
        enterprise_id = s.execute(
            sa.select(PersonEnterprise.enterprise_id).where(PersonEnterprise.person_id == person)
        ).scalar_one()
    clock.advance(days=500)
    partner = register(intake, actor, "Kees", "Bakker")
    with store.write(actor) as s:
        s.add(PersonEnterprise(person_id=partner, enterprise_id=enterprise_id))

    retention.delete(actor, [person], DUE)

    with store.read() as s:
        enterprise = s.get(Enterprise, enterprise_id)
        assert enterprise is not None
        assert enterprise.deleted_at is None
        assert enterprise.trade_name == "Samen BV"
