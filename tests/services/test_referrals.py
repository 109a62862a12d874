"""Referrals: partner directory, consent, the letter, sending and the closed loop."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid

import pytest
from pypdf import PdfReader

from hubdesk.models.enums import (
    ConsentMethod,
    Handover,
    OutcomeSource,
    ReferralOutcome,
    ReferralStatus,
    Role,
    StepStatus,
)
from hubdesk.models.errors import StaleEdit, UserFacingError
from hubdesk.services.guidance import GuidanceService, Scope
from hubdesk.services.intake import IntakeService
from hubdesk.services.referrals import FEEDBACK_DAYS, ReferralService, new_reference
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import add_worker, registration

QREDITS_FIELDS = {
    "financing_need": "ongeveer € 12.000",
    "own_contribution": "€ 1.500 spaargeld",
    "plan_status": "in concept",
    "kvk_registered": "ja",
}


@pytest.fixture
def referrals(store: Store) -> ReferralService:
    return ReferralService(store)


@pytest.fixture
def person(store: Store, actor: Actor) -> uuid.UUID:
    data = registration("Łucja", "Kowalczyk-Öztürk", email="lucja@example.nl", phone="06 12345678")
    return IntakeService(store).register(actor, data).person_id


def partner_id(referrals: ReferralService, code: str) -> uuid.UUID:
    return next(p.id for p in referrals.partners() if p.code == code)


def draft(referrals: ReferralService, actor: Actor, person: uuid.UUID, **extra: object) -> uuid.UUID:
    data: dict[str, object] = {
        "person_id": person,
        "partner_id": partner_id(referrals, "qredits"),
        "question": "Ik wil een naaiatelier beginnen en heb € 12.000 nodig.",
        "done_so_far": ["Intake op 12-02-2026", "Workshop 'Financiering voor starters'"],
        "request": "Een beoordeling voor een microkrediet.",
        "fields": dict(QREDITS_FIELDS),
        **extra,
    }
    referral_id, _ = referrals.create(actor, data)
    return referral_id


def pdf_text(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def test_the_directory_holds_haarlems_partners_with_what_they_need(referrals: ReferralService, actor: Actor) -> None:
    partners = {p.code: p for p in referrals.partners()}
    assert {"kvk", "bbz_haarlem", "qredits", "rabo_foundation", "se_nl", "code_so", "okb", "stadsgarage"} <= set(
        partners
    )
    assert len(partners) >= 10
    assert partners["qredits"].referral_fields == tuple(QREDITS_FIELDS)
    assert "bsn" not in " ".join(f for p in partners.values() for f in p.referral_fields)


def test_a_referral_gets_a_short_reference_that_reads_without_confusion() -> None:
    refs = {new_reference() for _ in range(200)}
    assert len(refs) == 200
    assert all(re.fullmatch(r"R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", r) for r in refs)


def test_no_letter_without_consent_that_names_the_partner(
    referrals: ReferralService, actor: Actor, person: uuid.UUID
) -> None:
    referral = draft(referrals, actor, person)
    with pytest.raises(UserFacingError) as info:
        referrals.letter(actor, referral)
    assert info.value.code == "referral.consent_missing"
    assert info.value.params["partner"].startswith("Qredits")


def test_the_letter_holds_what_the_partner_needs_and_the_consent(
    referrals: ReferralService, actor: Actor, person: uuid.UUID
) -> None:
    referral = draft(referrals, actor, person)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
    doc = referrals.letter(actor, referral)
    text = pdf_text(doc.pdf)
    view = referrals.get(referral)
    assert doc.pages == 1
    assert "Qredits" in text
    assert view.reference in text
    assert "Łucja Kowalczyk-Öztürk" in text
    assert "ingestemd met het delen van deze gegevens met Qredits" in text
    assert "03-03-2026" in text  # the consent's date as the letter writes it
    for value in QREDITS_FIELDS.values():
        assert value in text
    assert "Financieringsbehoefte" in text
    # what the partner does not need stays out: the entrepreneur's phone and e-mail address
    assert "lucja@example.nl" not in text
    assert "612345678" not in text


def test_a_field_the_partner_does_not_need_is_refused(
    referrals: ReferralService, actor: Actor, person: uuid.UUID
) -> None:
    with pytest.raises(UserFacingError) as info:
        draft(referrals, actor, person, fields={**QREDITS_FIELDS, "hours_per_week": "20"})
    assert info.value.code == "referral.field_not_needed"
    assert "hours_per_week" in info.value.params["fields"]


def test_missing_fields_are_named_before_a_letter_is_made(
    referrals: ReferralService, actor: Actor, person: uuid.UUID
) -> None:
    referral = draft(referrals, actor, person, fields={"financing_need": "€ 5.000"})
    referrals.record_consent(actor, referral, ConsentMethod.VERBAL)
    with pytest.raises(UserFacingError) as info:
        referrals.letter(actor, referral)
    assert info.value.code == "referral.fields_missing"
    assert "Eigen inbreng" in info.value.params["fields"]


def test_rendering_the_same_referral_twice_gives_the_same_bytes(
    referrals: ReferralService, actor: Actor, person: uuid.UUID
) -> None:
    referral = draft(referrals, actor, person)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
    first = referrals.letter(actor, referral)
    second = referrals.letter(actor, referral)
    assert first.pdf == second.pdf
    assert first.sha256 == second.sha256
    assert referrals.get(referral).letter_template == "referral_nl_v1"


def test_a_withdrawn_consent_blocks_new_letters(referrals: ReferralService, actor: Actor, person: uuid.UUID) -> None:
    referral = draft(referrals, actor, person)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
    consent = referrals.get(referral).consent_id
    assert consent is not None
    referrals.withdraw_consent(actor, consent)
    with pytest.raises(UserFacingError) as info:
        referrals.letter(actor, referral)
    assert info.value.code == "referral.consent_withdrawn"


def test_consent_for_another_partner_does_not_count(
    referrals: ReferralService, actor: Actor, person: uuid.UUID
) -> None:
    referral = draft(referrals, actor, person)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
    view = referrals.get(referral)
    kvk = {
        "start_date": "1 april",
        "legal_form": "eenmanszaak",
        "activities": "naaiatelier",
        "business_address": "thuis",
    }
    referrals.update_draft(
        actor, referral, view.version, {"person_id": person, "partner_id": partner_id(referrals, "kvk"), "fields": kvk}
    )
    with pytest.raises(UserFacingError) as info:
        referrals.letter(actor, referral)
    assert info.value.code == "referral.consent_missing"


def test_sending_plans_a_follow_up_on_the_worklist_for_when_feedback_is_due(
    store: Store, referrals: ReferralService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    referral = draft(referrals, actor, person)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
    referrals.letter(actor, referral)
    referrals.send(actor, referral, referrals.get(referral).version)

    sent = referrals.get(referral)
    due = clock.now.date() + dt.timedelta(days=FEEDBACK_DAYS)
    assert sent.status is ReferralStatus.SENT
    assert sent.feedback_due == due
    clock.advance(days=FEEDBACK_DAYS)
    worklist = GuidanceService(store).worklist(actor, Scope.MINE)
    follow_ups = [s for s in worklist.due_today if s.step_type == "follow_up"]
    assert [s.person_id for s in follow_ups] == [person]


def test_a_sent_letter_reprints_unchanged_even_when_the_file_changes(
    store: Store, referrals: ReferralService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    referral = draft(referrals, actor, person)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
    printed = referrals.letter(actor, referral)
    referrals.send(actor, referral, referrals.get(referral).version)
    intake = IntakeService(store)
    file = intake.get_file(actor, person)
    intake.update_person(actor, person, file.person.version, {"given_name": "Lucja"})
    clock.advance(days=3)

    again = referrals.letter(actor, referral)
    assert again.pdf == printed.pdf
    with pytest.raises(UserFacingError) as info:
        referrals.update_draft(actor, referral, referrals.get(referral).version, {"person_id": person,
                               "partner_id": partner_id(referrals, "qredits")})  # fmt: skip
    assert info.value.code == "referral.already_sent"


def test_feedback_overdue_is_listed_until_the_loop_is_closed(
    store: Store, referrals: ReferralService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    referral = draft(referrals, actor, person)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
    referrals.letter(actor, referral)
    referrals.send(actor, referral, referrals.get(referral).version)
    assert referrals.listing(actor, overdue_only=True) == []

    clock.advance(days=FEEDBACK_DAYS + 1)
    overdue = referrals.listing(actor, overdue_only=True)
    assert [r.id for r in overdue] == [referral]
    assert overdue[0].feedback_overdue(referrals.today())

    view = referrals.get(referral)
    referrals.update_status(
        actor, referral, view.version, ReferralStatus.INTAKE_PLANNED, first_contact_on=dt.date(2026, 3, 20)
    )
    view = referrals.get(referral)
    referrals.close(actor, referral, view.version, ReferralOutcome.LOAN_GRANTED, OutcomeSource.PARTNER)
    closed = referrals.get(referral)
    assert closed.status is ReferralStatus.CLOSED
    assert (closed.outcome, closed.outcome_source) == (ReferralOutcome.LOAN_GRANTED, OutcomeSource.PARTNER)
    assert closed.outcome_at == referrals.today()
    assert closed.first_contact_on == dt.date(2026, 3, 20)
    assert referrals.listing(actor, overdue_only=True) == []
    worklist = GuidanceService(store).worklist(actor, Scope.MINE)
    assert not any(s.step_type == "follow_up" for s in worklist.overdue + worklist.due_today)
    steps = GuidanceService(store).trajectories_of(person)[0].steps
    assert [s.status for s in steps if s.step_type == "follow_up"] == [StepStatus.DONE]


def test_a_stale_status_change_is_refused(referrals: ReferralService, actor: Actor, person: uuid.UUID) -> None:
    referral = draft(referrals, actor, person)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
    referrals.letter(actor, referral)
    old = referrals.get(referral).version
    referrals.send(actor, referral, old)
    with pytest.raises(StaleEdit):
        referrals.update_status(actor, referral, old, ReferralStatus.ACKNOWLEDGED)


def test_a_letter_handover_cannot_be_sent_before_its_letter_exists(
    referrals: ReferralService, actor: Actor, person: uuid.UUID
) -> None:
    referral = draft(referrals, actor, person, handover=Handover.LETTER)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
    with pytest.raises(UserFacingError) as info:
        referrals.send(actor, referral, referrals.get(referral).version)
    assert info.value.code == "referral.letter_first"


def test_the_letters_sent_today_print_as_one_pdf(
    store: Store, referrals: ReferralService, actor: Actor, person: uuid.UUID
) -> None:
    other = IntakeService(store).register(actor, registration("Joëlle", "Hendriks-Bénard")).person_id
    made = []
    for who in (person, other):
        referral = draft(referrals, actor, who)
        referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
        made.append(referrals.letter(actor, referral))
        referrals.send(actor, referral, referrals.get(referral).version)
    pdf, references = referrals.batch_of_day(actor)
    assert sorted(references) == sorted(d.reference for d in made)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == sum(d.pages for d in made)
    text = pdf_text(pdf)
    assert "Łucja" in text
    assert "Joëlle" in text


def test_no_batch_when_nothing_was_sent(referrals: ReferralService, actor: Actor) -> None:
    with pytest.raises(UserFacingError) as info:
        referrals.batch_of_day(actor)
    assert info.value.code == "referral.none_sent"


def test_only_coordinators_edit_partners_and_their_required_fields(
    store: Store, referrals: ReferralService, actor: Actor
) -> None:
    worker = add_worker(store, actor, name="Sem Jansen", username="sem", role=Role.HUB_WORKER)
    okb = next(p for p in referrals.partners() if p.code == "okb")
    data = {
        "code": okb.code,
        "name": okb.name,
        "type": okb.type,
        "referral_fields": [*okb.referral_fields, "region"],
        "contact_person": "Kees Bakker",
    }
    assert not referrals.can_edit_partners(worker)
    with pytest.raises(UserFacingError) as info:
        referrals.save_partner(worker, data, okb.id, okb.version)
    assert info.value.code == "partner.coordinator_only"

    assert referrals.can_edit_partners(actor)
    referrals.save_partner(actor, data, okb.id, okb.version)
    changed = next(p for p in referrals.partners() if p.code == "okb")
    assert changed.referral_fields[-1] == "region"
    assert changed.contact_person == "Kees Bakker"
    with pytest.raises(StaleEdit):
        referrals.save_partner(actor, data, okb.id, okb.version)


def test_the_file_timeline_shows_a_referral_made_sent_and_closed(
    store: Store, referrals: ReferralService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    clock.advance(minutes=5)
    referral = draft(referrals, actor, person)
    referrals.record_consent(actor, referral, ConsentMethod.SIGNED)
    referrals.letter(actor, referral)
    clock.advance(minutes=5)
    referrals.send(actor, referral, referrals.get(referral).version)
    clock.advance(days=5)
    referrals.close(
        actor, referral, referrals.get(referral).version, ReferralOutcome.LOAN_GRANTED, OutcomeSource.PARTNER
    )

    timeline = IntakeService(store).get_file(actor, person).timeline
    reference = referrals.get(referral).reference
    assert [t.kind for t in timeline if t.kind.startswith("referral_")] == [
        "referral_closed",
        "referral_sent",
        "referral_created",
    ]
    closed, sent, made = (t for t in timeline if t.kind.startswith("referral_"))
    assert timeline[0] is closed  # above the follow-up step that closing it completed
    assert {t.reference for t in (closed, sent, made)} == {reference}
    assert {t.partner_name for t in (closed, sent, made)} == {"Qredits Microfinanciering Nederland"}
    assert {t.referral_status for t in (closed, sent, made)} == {ReferralStatus.CLOSED}
    assert (closed.outcome, closed.outcome_source, closed.day) == (
        ReferralOutcome.LOAN_GRANTED,
        OutcomeSource.PARTNER,
        referrals.today(),
    )
    assert sent.due_on == dt.date(2026, 3, 3) + dt.timedelta(days=FEEDBACK_DAYS)
    assert made.worker_name == sent.worker_name == "Anna de Boer"
    assert made.at < sent.at < closed.at
