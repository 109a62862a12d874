"""Registering walk-ins without duplicates, editing safely, visits, notes and the file."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import AuditAction, ConsentPurpose, Stadsdeel, Stage
from hubdesk.models.errors import DuplicatesFound, NotFound, StaleEdit, ValidationFailed
from hubdesk.models.logs import AuditEvent
from hubdesk.models.people import Person
from hubdesk.models.referrals import Partner
from hubdesk.services.intake import DuplicateProbe, IntakeService
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import registration


@pytest.fixture
def intake(store: Store) -> IntakeService:
    return IntakeService(store)


def _persons(store: Store) -> int:
    with store.read() as s:
        return int(s.execute(sa.select(sa.func.count()).select_from(Person)).scalar_one())


def test_a_walk_in_is_registered_with_enterprise_visit_and_consent(
    intake: IntakeService, actor: Actor, clock: FakeClock
) -> None:
    result = intake.register(
        actor,
        registration(
            phone="06-1234 5678",
            email="Fatima@Example.NL",
            enterprise={"trade_name": "Bakkerij Fatima", "kvk_number": "1234 5678", "stage": "starting"},
        ),
    )
    file = intake.get_file(actor, result.person_id)
    assert file.person.name == "Fatima El Amrani"
    assert file.person.phone_e164 == "+31612345678"
    assert file.person.email == "Fatima@example.nl"
    assert file.person.home_postcode == "2034 AB"
    assert file.person.stadsdeel is Stadsdeel.SCHALKWIJK  # derived from the postcode
    assert file.person.registered_at == clock.now
    (enterprise,) = file.enterprises
    assert (enterprise.trade_name, enterprise.kvk_number, enterprise.stage) == (
        "Bakkerij Fatima",
        "12345678",
        Stage.STARTING,
    )
    assert [c.purpose for c in file.consents] == [ConsentPurpose.REGISTRATION]
    assert file.consents[0].text_version == "registratie-2026-01"
    (visit,) = file.timeline
    assert visit.kind == "visit"
    assert visit.needs == ("business_plan",)
    assert visit.worker_name == "Anna de Boer"
    assert file.hub_name == "Cityhub Schalkwijk"


def test_an_idea_without_an_enterprise_name_can_be_registered(intake: IntakeService, actor: Actor) -> None:
    result = intake.register(actor, registration(enterprise={"stage": "idea", "activity": "Fietsen repareren"}))
    file = intake.get_file(actor, result.person_id)
    assert file.enterprises[0].trade_name == ""
    assert file.enterprises[0].stage is Stage.IDEA


def test_invalid_input_reports_every_problem_and_saves_nothing(
    intake: IntakeService, actor: Actor, store: Store
) -> None:
    bad = registration(postcode="2034 SA", phone="0612", email="fatima@", enterprise={"kvk_number": "1234567"})
    with pytest.raises(ValidationFailed) as info:
        intake.register(actor, bad)
    codes = {(i.field, i.code) for i in info.value.issues}
    assert codes == {
        ("person.home_postcode", "postcode.reserved"),
        ("person.phone", "phone.invalid"),
        ("person.email", "email.invalid"),
        ("enterprise.kvk_number", "kvk.format"),
    }
    assert _persons(store) == 0


def test_registration_without_registration_consent_is_refused(intake: IntakeService, actor: Actor) -> None:
    data = registration()
    data["consents"] = [{"purpose": "newsletter", "text_version": "nieuws-1"}]
    with pytest.raises(ValidationFailed) as info:
        intake.register(actor, data)
    assert [i.code for i in info.value.issues] == ["consent.registration_required"]


def test_a_bsn_is_never_accepted(intake: IntakeService, actor: Actor, store: Store) -> None:
    data = registration()
    data["person"]["bsn"] = "111222333"
    with pytest.raises(ValidationFailed) as info:
        intake.register(actor, data)
    assert [(i.field, i.code) for i in info.value.issues] == [("person.bsn", "field.not_allowed")]
    assert _persons(store) == 0


@pytest.mark.parametrize(
    ("second", "reason"),
    [
        (registration("Fatma", "Elamrani", postcode="2035 CD"), "name"),  # typo, missing space, same stadsdeel
        (registration("fatima", "el amrani", postcode="2037 XY"), "name"),  # case
        (registration("Someone", "Else", postcode="2011 AA", email="FATIMA@example.nl"), "email"),
        (registration("Someone", "Else", postcode="2011 AA", phone="+31 (0)6 1234 5678"), "phone"),
        (registration("Someone", "Else", postcode="2011 AA", enterprise={"kvk_number": "12345678"}), "kvk"),
    ],
)
def test_a_probable_duplicate_is_found_and_nothing_is_saved(
    intake: IntakeService, actor: Actor, store: Store, second: dict[str, object], reason: str
) -> None:
    first = intake.register(
        actor,
        registration(
            email="fatima@example.nl",
            phone="0612345678",
            enterprise={"trade_name": "Bakkerij", "kvk_number": "12345678"},
        ),
    )
    with pytest.raises(DuplicatesFound) as info:
        intake.register(actor, second)
    (candidate,) = info.value.candidates
    assert candidate.person_id == first.person_id
    assert reason in candidate.reasons
    assert candidate.name == "Fatima El Amrani"
    assert candidate.stadsdeel is Stadsdeel.SCHALKWIJK
    assert _persons(store) == 1


def test_names_match_across_diacritics_and_particles(intake: IntakeService, actor: Actor) -> None:
    first = intake.register(actor, registration("Ayşe", "Heijden", infix="van der", postcode="2034 AB"))
    found = intake.find_duplicates(
        DuplicateProbe(given_name="Ayse", family_name="van der Heyden", home_postcode="2036 AA")
    )
    assert [c.person_id for c in found] == [first.person_id]


def test_the_same_name_in_another_stadsdeel_is_not_a_duplicate(intake: IntakeService, actor: Actor) -> None:
    intake.register(actor, registration("Jan", "Jansen", postcode="2034 AB"))
    found = intake.find_duplicates(DuplicateProbe(given_name="Jan", family_name="Jansen", home_postcode="2011 AB"))
    assert found == []


def test_different_people_with_similar_family_names_are_not_duplicates(intake: IntakeService, actor: Actor) -> None:
    intake.register(actor, registration("Jan", "Jansen"))
    found = intake.find_duplicates(DuplicateProbe(given_name="Piet", family_name="Jansen", home_postcode="2034 AB"))
    assert found == []


def test_contact_matches_come_before_name_matches(intake: IntakeService, actor: Actor) -> None:
    by_name = intake.register(actor, registration("Mohamed", "Benali")).person_id
    by_phone = intake.register(
        actor, registration("Sanne", "de Vries", phone="0687654321", postcode="2011 AB")
    ).person_id
    found = intake.find_duplicates(
        DuplicateProbe(given_name="Mohamed", family_name="Benali", phone="06 87654321", home_postcode="2034 XX")
    )
    assert [c.person_id for c in found] == [by_phone, by_name]
    assert found[0].strong
    assert not found[1].strong


def test_a_partial_probe_while_typing_is_answered_without_errors(intake: IntakeService, actor: Actor) -> None:
    intake.register(actor, registration(email="fatima@example.nl"))
    assert intake.find_duplicates(DuplicateProbe(email="fatima@", phone="06", kvk_number="12")) == []


def test_the_worker_can_register_a_known_namesake_anyway(intake: IntakeService, actor: Actor, store: Store) -> None:
    intake.register(actor, registration("Jan", "Jansen"))
    intake.register(actor, registration("Jan", "Jansen"), allow_duplicates=True)
    assert _persons(store) == 2


def test_a_stale_edit_is_refused_with_both_versions(intake: IntakeService, actor: Actor, store: Store) -> None:
    pid = intake.register(actor, registration()).person_id
    intake.update_person(actor, pid, 1, {"email": "nieuw@example.nl"})  # another desk saved first
    with pytest.raises(StaleEdit) as info:
        intake.update_person(actor, pid, 1, {"email": "mijn@example.nl"})
    assert info.value.current.email == "nieuw@example.nl"
    assert info.value.current.version == 2
    assert info.value.attempted == {"email": "mijn@example.nl"}
    assert intake.get_file(actor, pid).person.email == "nieuw@example.nl"


def test_changing_the_postcode_moves_the_stadsdeel(intake: IntakeService, actor: Actor) -> None:
    pid = intake.register(actor, registration(postcode="2034 AB")).person_id
    view, _ = intake.update_person(actor, pid, 1, {"home_postcode": "2011ab"})
    assert (view.home_postcode, view.stadsdeel) == ("2011 AB", Stadsdeel.CENTRUM)


def test_an_invalid_edit_changes_nothing(intake: IntakeService, actor: Actor) -> None:
    pid = intake.register(actor, registration()).person_id
    with pytest.raises(ValidationFailed):
        intake.update_person(actor, pid, 1, {"home_postcode": "2034 SS"})
    with pytest.raises(ValidationFailed):
        intake.update_person(actor, pid, 1, {"given_name": None})
    assert intake.get_file(actor, pid).person.version == 1


def test_an_enterprise_edit_based_on_an_old_version_is_refused(intake: IntakeService, actor: Actor) -> None:
    result = intake.register(actor, registration(enterprise={"trade_name": "Oud"}))
    assert result.enterprise_id is not None
    intake.update_enterprise(actor, result.enterprise_id, 1, {"trade_name": "Nieuw"})
    with pytest.raises(StaleEdit) as info:
        intake.update_enterprise(actor, result.enterprise_id, 1, {"trade_name": "Anders"})
    assert info.value.current.trade_name == "Nieuw"


def test_a_returning_visitor_gets_a_visit_and_a_new_last_contact(
    intake: IntakeService, actor: Actor, clock: FakeClock
) -> None:
    pid = intake.register(actor, registration()).person_id
    clock.advance(days=14)
    intake.register_visit(actor, pid, {"channel": "appointment", "needs": ["finance_loan"]})
    file = intake.get_file(actor, pid)
    assert file.person.last_contact_at == clock.now
    assert [t.kind for t in file.timeline] == ["visit", "visit"]
    assert file.timeline[0].needs == ("finance_loan",)  # newest first


def test_notes_appear_in_the_timeline_and_private_notes_only_for_their_author(
    intake: IntakeService, actor: Actor, store: Store, clock: FakeClock
) -> None:
    pid = intake.register(actor, registration()).person_id
    clock.advance(minutes=5)
    intake.add_note(actor, pid, {"text": "Heeft een concept-ondernemingsplan"})
    intake.add_note(actor, pid, {"text": "Eigen aantekening", "visibility": "author"})
    assert [t.text for t in intake.get_file(actor, pid).timeline if t.kind == "note"] == [
        "Heeft een concept-ondernemingsplan",
        "Eigen aantekening",
    ]
    colleague = Actor(worker_id=None, hub_id=actor.hub_id)
    assert [t.text for t in intake.get_file(colleague, pid).timeline if t.kind == "note"] == [
        "Heeft een concept-ondernemingsplan"
    ]


def test_opening_a_file_is_audited_as_a_view(intake: IntakeService, actor: Actor, store: Store) -> None:
    pid = intake.register(actor, registration()).person_id
    intake.get_file(actor, pid)
    with store.read() as s:
        actions = [
            (e.action, e.worker_id)
            for e in s.execute(
                sa.select(AuditEvent).where(AuditEvent.person_id == pid).order_by(AuditEvent.seq)
            ).scalars()
        ]
    assert actions == [(AuditAction.CREATE, actor.worker_id), (AuditAction.VIEW, actor.worker_id)]


def test_an_unknown_person_is_not_found(intake: IntakeService, actor: Actor) -> None:
    with pytest.raises(NotFound):
        intake.get_file(actor, uuid.uuid4())


def test_consent_to_share_names_a_partner_that_exists(intake: IntakeService, actor: Actor, store: Store) -> None:
    with store.read() as s:
        qredits = s.execute(sa.select(Partner.id).where(Partner.code == "qredits")).scalar_one()
    data = registration()
    data["consents"].append(
        {
            "purpose": "share_with_partner",
            "text_version": "delen-1",
            "partner_id": str(qredits),
            "data_items": ["name", "question"],
        }
    )
    pid = intake.register(actor, data).person_id
    shared = [c for c in intake.get_file(actor, pid).consents if c.purpose is ConsentPurpose.SHARE_WITH_PARTNER]
    assert [(c.partner_name, c.data_items) for c in shared] == [
        ("Qredits Microfinanciering Nederland", ("name", "question"))
    ]
    data["consents"][-1]["partner_id"] = str(uuid.uuid4())
    with pytest.raises(NotFound):
        intake.register(actor, data, allow_duplicates=True)


def test_a_missing_consent_is_reported_together_with_other_problems(intake: IntakeService, actor: Actor) -> None:
    data = registration(postcode="2034 SA")
    data["consents"] = []
    with pytest.raises(ValidationFailed) as info:
        intake.register(actor, data)
    assert {i.code for i in info.value.issues} == {"postcode.reserved", "consent.registration_required"}
