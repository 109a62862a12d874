"""Consent per purpose: given, listed with its history, withdrawn at once."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import AuditAction, ConsentMethod, ConsentPurpose, Language
from hubdesk.models.errors import NotFound, UserFacingError
from hubdesk.models.logs import AuditEvent
from hubdesk.services.consents import ConsentService, consent_holders, persons_with_consent, wording
from hubdesk.services.intake import IntakeService
from hubdesk.services.referrals import ReferralService
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import registration

FIELDS = {
    "qredits": {
        "financing_need": "ongeveer € 12.000",
        "own_contribution": "€ 1.500 spaargeld",
        "plan_status": "in concept",
        "kvk_registered": "ja",
    },
    "stadsgarage": {"idea": "Een naaiatelier met statushouders", "partners_sought": "Een werkplaats"},
}


@pytest.fixture
def consents(store: Store) -> ConsentService:
    return ConsentService(store)


@pytest.fixture
def referrals(store: Store) -> ReferralService:
    return ReferralService(store)


@pytest.fixture
def person(store: Store, actor: Actor) -> uuid.UUID:
    return IntakeService(store).register(actor, registration("Joëlle", "Visser")).person_id


def partner(referrals: ReferralService, code: str) -> uuid.UUID:
    return next(p.id for p in referrals.partners() if p.code == code)


def referral_to(referrals: ReferralService, actor: Actor, person: uuid.UUID, code: str) -> uuid.UUID:
    data: dict[str, object] = {"person_id": person, "partner_id": partner(referrals, code), "question": "Hulp"}
    data["fields"] = dict(FIELDS[code])
    referral_id, _ = referrals.create(actor, data)
    return referral_id


# -- refused ------------------------------------------------------------------------------------------
def test_consent_without_a_purpose_is_refused_and_nothing_is_recorded(
    consents: ConsentService, actor: Actor, person: uuid.UUID
) -> None:
    before = consents.of_person(person).history
    for purpose in (None, ""):
        with pytest.raises(UserFacingError) as info:
            consents.give(actor, person, purpose, ConsentMethod.VERBAL)
        assert info.value.code == "consent.purpose_required"
    with pytest.raises(UserFacingError) as info:
        consents.give(actor, person, "marketing", ConsentMethod.VERBAL)
    assert info.value.code == "consent.purpose_unknown"
    assert consents.of_person(person).history == before


def test_sharing_needs_a_partner_and_other_purposes_take_none(
    consents: ConsentService, referrals: ReferralService, actor: Actor, person: uuid.UUID
) -> None:
    with pytest.raises(UserFacingError) as info:
        consents.give(actor, person, ConsentPurpose.SHARE_WITH_PARTNER, ConsentMethod.SIGNED)
    assert info.value.code == "consent.partner_missing"
    with pytest.raises(UserFacingError) as info:
        consents.give(
            actor,
            person,
            ConsentPurpose.NEWSLETTER,
            "verbal",
            text_version="x",
            partner_id=partner(referrals, "stadsgarage"),
        )
    assert info.value.code == "consent.partner_not_allowed"
    with pytest.raises(NotFound):
        consents.give(actor, person, ConsentPurpose.SHARE_WITH_PARTNER, "verbal", partner_id=uuid.uuid4())


def test_nothing_to_withdraw_is_said_so(consents: ConsentService, actor: Actor, person: uuid.UUID) -> None:
    with pytest.raises(UserFacingError) as info:
        consents.withdraw(actor, person, ConsentPurpose.MONITORING_RECORD_LEVEL)
    assert info.value.code == "consent.not_active"


def test_a_deleted_or_inactive_worker_records_nothing(
    store: Store, consents: ConsentService, actor: Actor, person: uuid.UUID
) -> None:
    stranger = Actor(worker_id=uuid.uuid4(), hub_id=actor.hub_id)
    with pytest.raises(UserFacingError) as info:
        consents.give(stranger, person, ConsentPurpose.MONITORING_RECORD_LEVEL, "verbal")
    assert info.value.code == "consent.worker_required"


# -- withdrawal blocks the letter to that partner, and only to that partner ------------------------
def test_a_withdrawn_sharing_consent_blocks_the_letter_to_that_partner_but_not_to_another(
    consents: ConsentService, referrals: ReferralService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    to_qredits = referral_to(referrals, actor, person, "qredits")
    to_garage = referral_to(referrals, actor, person, "stadsgarage")
    referrals.record_consent(actor, to_qredits, ConsentMethod.SIGNED)
    referrals.record_consent(actor, to_garage, ConsentMethod.VERBAL)
    referrals.letter(actor, to_qredits)  # works while the consent holds
    clock.advance(minutes=5)

    consents.withdraw(actor, person, ConsentPurpose.SHARE_WITH_PARTNER, partner_id=partner(referrals, "qredits"))

    with pytest.raises(UserFacingError) as info:
        referrals.letter(actor, to_qredits)
    assert info.value.code == "referral.consent_withdrawn"
    with pytest.raises(UserFacingError) as info:
        referrals.send(actor, to_qredits, referrals.get(to_qredits).version)
    assert info.value.code == "referral.consent_withdrawn"
    assert referrals.letter(actor, to_garage).pages == 1  # the other partner's consent still holds


def test_withdrawal_covers_every_earlier_consent_for_that_partner(
    consents: ConsentService, referrals: ReferralService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    first = referral_to(referrals, actor, person, "qredits")
    second = referral_to(referrals, actor, person, "qredits")
    referrals.record_consent(actor, first, ConsentMethod.SIGNED)
    referrals.record_consent(actor, second, ConsentMethod.SIGNED)
    clock.advance(minutes=1)
    # withdrawn from the first referral: the entrepreneur no longer shares with Qredits at all
    referrals.withdraw_consent(actor, referrals.get(first).consent_id)  # type: ignore[arg-type]
    for referral in (first, second):
        with pytest.raises(UserFacingError) as info:
            referrals.letter(actor, referral)
        assert info.value.code == "referral.consent_withdrawn"
    status = next(st for st in consents.of_person(person).statuses if st.purpose is ConsentPurpose.SHARE_WITH_PARTNER)
    assert status.withdrawn


def test_a_new_consent_after_a_withdrawal_allows_a_new_letter(
    consents: ConsentService, referrals: ReferralService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    referral = referral_to(referrals, actor, person, "stadsgarage")
    garage = partner(referrals, "stadsgarage")
    referrals.record_consent(actor, referral, ConsentMethod.VERBAL)
    clock.advance(minutes=1)
    consents.withdraw(actor, person, ConsentPurpose.SHARE_WITH_PARTNER, partner_id=garage)
    clock.advance(minutes=1)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)  # they agree again
    assert referrals.letter(actor, referral).pages == 1


# -- record-level monitoring ----------------------------------------------------------------------
def test_withdrawn_monitoring_consent_takes_the_person_out_of_record_level_exports(
    store: Store, consents: ConsentService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    other = IntakeService(store).register(actor, registration("Kees", "Bakker", postcode="2011 AA")).person_id
    for pid in (person, other):
        consents.give(actor, pid, ConsentPurpose.MONITORING_RECORD_LEVEL, ConsentMethod.VERBAL)
    with store.read() as s:
        assert persons_with_consent(s, ConsentPurpose.MONITORING_RECORD_LEVEL) == {person, other}
    clock.advance(days=1)

    consents.withdraw(actor, person, ConsentPurpose.MONITORING_RECORD_LEVEL)

    with store.read() as s:
        assert persons_with_consent(s, ConsentPurpose.MONITORING_RECORD_LEVEL) == {other}
        # also for an export of a day on which the consent still held: withdrawal counts at once
        assert persons_with_consent(s, ConsentPurpose.MONITORING_RECORD_LEVEL, on=dt.date(2026, 3, 3)) == {other}
        assert persons_with_consent(s, ConsentPurpose.MONITORING_RECORD_LEVEL, on=dt.date(2026, 3, 2)) == set()
        assert set(s.execute(consent_holders(ConsentPurpose.REGISTRATION)).scalars()) == {person, other}


# -- history ----------------------------------------------------------------------------------------
def test_the_history_keeps_who_recorded_and_withdrew_when_and_which_text(
    store: Store, consents: ConsentService, actor: Actor, hub_worker: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    clock.advance(hours=1)
    given_at = clock.now
    consent_id, changes = consents.give(
        hub_worker, person, ConsentPurpose.MONITORING_RECORD_LEVEL, ConsentMethod.SIGNED
    )
    assert consent_id in changes.ids("consents")
    assert person in changes.persons
    clock.advance(days=30)
    consents.withdraw(actor, person, ConsentPurpose.MONITORING_RECORD_LEVEL)
    clock.advance(days=1)
    consents.give(actor, person, ConsentPurpose.MONITORING_RECORD_LEVEL, ConsentMethod.VERBAL, text_version="m-2")

    mine = consents.of_person(person)
    monitoring = [r for r in mine.history if r.purpose is ConsentPurpose.MONITORING_RECORD_LEVEL]
    assert [r.active for r in monitoring] == [True, False]  # newest first, the old one kept
    old = monitoring[1]
    assert old.text_version == "monitoring-2026-01"  # the current text when none is named
    assert old.method is ConsentMethod.SIGNED
    assert old.given_at == given_at
    assert old.recorded_by_name == "Bram Jansen"  # a hub worker may record consent
    assert old.withdrawn_at == given_at + dt.timedelta(days=30)
    assert old.withdrawn_by_name == "Anna de Boer"
    assert monitoring[0].text_version == "m-2"
    status = next(st for st in mine.statuses if st.purpose is ConsentPurpose.MONITORING_RECORD_LEVEL)
    assert status.active
    assert status.latest == monitoring[0]
    registration_status = next(st for st in mine.statuses if st.purpose is ConsentPurpose.REGISTRATION)
    assert registration_status.active
    assert registration_status.latest is not None
    assert registration_status.latest.recorded_by_name == "Anna de Boer"
    with store.read() as s:
        events = (
            s.execute(sa.select(AuditEvent).where(AuditEvent.entity == "consents").order_by(AuditEvent.seq))
            .scalars()
            .all()
        )
    assert [e.action for e in events] == [AuditAction.CREATE, AuditAction.UPDATE, AuditAction.CREATE]
    assert all(e.person_id == person for e in events)
    assert "Visser" not in str([e.detail for e in events])


def test_the_file_lists_every_desk_purpose_even_when_never_asked(
    consents: ConsentService, actor: Actor, person: uuid.UUID
) -> None:
    statuses = consents.of_person(person).statuses
    assert [st.purpose for st in statuses] == [ConsentPurpose.REGISTRATION, ConsentPurpose.MONITORING_RECORD_LEVEL]
    assert statuses[1].latest is None
    assert not statuses[1].active
    assert not statuses[1].withdrawn


def test_the_text_to_read_out_is_in_the_persons_language_with_its_version(
    consents: ConsentService, referrals: ReferralService, actor: Actor
) -> None:
    nl = wording(ConsentPurpose.MONITORING_RECORD_LEVEL, Language.NL)
    en = wording(ConsentPurpose.MONITORING_RECORD_LEVEL, "en")
    assert nl is not None
    assert en is not None
    assert nl.version == en.version == "monitoring-2026-01"
    assert "monitoring van het actieprogramma" in nl.text
    assert "monitor the action programme" in en.text
    shared = consents.wording(ConsentPurpose.SHARE_WITH_PARTNER, "nl", partner(referrals, "qredits"))
    assert shared is not None
    assert "Qredits" in shared.text
    assert "{items}" not in shared.text
    assert wording(ConsentPurpose.NEWSLETTER, "nl") is None
