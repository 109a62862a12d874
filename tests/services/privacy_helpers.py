"""A person with a full file (enterprise, visit, note, trajectory, referral with consent
and a kept letter), for the access export and erasure tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from hubdesk.models.enums import ConsentMethod, NoteVisibility
from hubdesk.services.catalog import CatalogService
from hubdesk.services.guidance import GuidanceService
from hubdesk.services.intake import IntakeService
from hubdesk.services.referrals import ReferralService
from hubdesk.services.store import Actor, Store
from tests.services.helpers import registration

QREDITS_FIELDS = {
    "financing_need": "ongeveer € 12.000",
    "own_contribution": "€ 1.500 spaargeld",
    "plan_status": "in concept",
    "kvk_registered": "ja",
}


@dataclass(frozen=True)
class FullFile:
    person_id: uuid.UUID
    enterprise_id: uuid.UUID
    referral_id: uuid.UUID
    trajectory_id: uuid.UUID


def full_file(
    store: Store, actor: Actor, given: str = "Łucja", family: str = "Kowalczyk-Öztürk", email: str = "lucja@example.nl"
) -> FullFile:
    intake = IntakeService(store)
    data = registration(
        given,
        family,
        email=email,
        phone="06 12345678",
        enterprise={"trade_name": "Naaiatelier Łucja", "kvk_number": "69599084", "activity": "Maatkleding"},
    )
    person_id = intake.register(actor, data).person_id
    intake.add_note(
        actor, person_id, {"text": "Wil in maart starten met een naaiatelier", "visibility": NoteVisibility.HUB}
    )
    file = intake.get_file(actor, person_id)
    enterprise_id = file.enterprises[0].id
    guidance = GuidanceService(store)
    route = next(r.id for r in CatalogService(store).routes() if r.active)
    trajectory_id, _ = guidance.open_trajectory(actor, person_id, route_id=route)
    referrals = ReferralService(store)
    partner = next(p.id for p in referrals.partners() if p.code == "qredits")
    referral_id, _ = referrals.create(
        actor,
        {
            "person_id": person_id,
            "partner_id": partner,
            "question": "Ik wil een naaiatelier beginnen en heb € 12.000 nodig.",
            "request": "Een beoordeling voor een microkrediet.",
            "fields": dict(QREDITS_FIELDS),
        },
    )
    referrals.record_consent(actor, referral_id, ConsentMethod.SIGNED)
    referrals.letter(actor, referral_id)
    referrals.record_print(actor, referral_id, "print")
    return FullFile(person_id, enterprise_id, referral_id, trajectory_id)
