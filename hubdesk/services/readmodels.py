"""Plain, immutable read models returned by the services (never live ORM rows)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from hubdesk.models.enums import (
    CloseReason,
    ConsentMethod,
    ConsentPurpose,
    EnterpriseRole,
    IncomeSituation,
    Language,
    LegalForm,
    NoteVisibility,
    OutcomeSource,
    ReferralOutcome,
    ReferralStatus,
    Stadsdeel,
    Stage,
    VisitChannel,
)
from hubdesk.models.logs import ChangeLogEntry


@dataclass(frozen=True, slots=True)
class Changes:
    """What a write changed: entity name -> ids, for one "data changed" notification."""

    entities: Mapping[str, frozenset[uuid.UUID]] = field(default_factory=dict)
    persons: frozenset[uuid.UUID] = frozenset()
    """The entrepreneurs whose data changed: the persons themselves and the owners of
    new or changed records that carry a ``person_id`` (visits, notes, consents...)."""

    @classmethod
    def from_entries(cls, entries: Iterable[ChangeLogEntry]) -> Changes:
        grouped: dict[str, set[uuid.UUID]] = {}
        persons: set[uuid.UUID] = set()
        for entry in entries:
            grouped.setdefault(entry.entity, set()).add(entry.record_id)
            if entry.entity == "persons":
                persons.add(entry.record_id)
            elif isinstance(owner := entry.fields.get("person_id"), str):
                persons.add(uuid.UUID(owner))
        return cls({k: frozenset(v) for k, v in grouped.items()}, frozenset(persons))

    def __bool__(self) -> bool:
        return bool(self.entities)

    def ids(self, entity: str) -> frozenset[uuid.UUID]:
        return self.entities.get(entity, frozenset())


@dataclass(frozen=True, slots=True)
class ListFilter:
    """Filters of the entrepreneur list and search; None means "any"."""

    stadsdeel: Stadsdeel | None = None
    stage: Stage | None = None
    open_trajectory: bool | None = None


@dataclass(frozen=True, slots=True)
class EntrepreneurRow:
    """One line of the entrepreneur list or of search results."""

    person_id: uuid.UUID
    name: str
    enterprise_name: str
    stadsdeel: Stadsdeel | None
    stage: Stage | None
    open_trajectory: bool
    registered_at: dt.datetime
    last_contact_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PersonView:
    id: uuid.UUID
    version: int
    hub_id: uuid.UUID
    given_name: str
    infix: str
    family_name: str
    email: str | None
    phone_e164: str | None
    preferred_language: Language
    home_postcode: str | None
    stadsdeel: Stadsdeel | None
    wijk: str | None
    birth_year: int | None
    income_situation: IncomeSituation
    registered_at: dt.datetime
    last_contact_at: dt.datetime
    updated_at: dt.datetime

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.given_name, self.infix, self.family_name) if p)


@dataclass(frozen=True, slots=True)
class EnterpriseView:
    id: uuid.UUID
    version: int
    trade_name: str
    kvk_number: str | None
    vestigingsnummer: str | None
    legal_form: LegalForm
    stage: Stage
    sbi_code: str | None
    activity: str
    mission: str
    business_postcode: str | None
    business_house_number: str | None
    founded_on: dt.date | None
    role: EnterpriseRole


@dataclass(frozen=True, slots=True)
class ConsentView:
    id: uuid.UUID
    purpose: ConsentPurpose
    partner_id: uuid.UUID | None
    partner_name: str | None
    data_items: tuple[str, ...]
    text_version: str
    method: ConsentMethod
    given_at: dt.datetime
    withdrawn_at: dt.datetime | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One entry of a file's timeline.

    ``kind`` is "visit", "note", "trajectory_opened", "trajectory_closed",
    "stage_changed", "step_done", "referral_created", "referral_sent" or
    "referral_closed" (more kinds may join later). The guidance kinds and a closed
    referral happened on a ``day`` rather than at a moment: the timeline shows that
    date, and ``at`` (the moment it was recorded, when that was the same day) only
    orders them. ``id`` is the visit, note, trajectory, stage change, step or referral.
    """

    kind: str
    id: uuid.UUID
    at: dt.datetime
    worker_name: str | None
    channel: VisitChannel | None = None
    needs: tuple[str, ...] = ()
    text: str = ""
    visibility: NoteVisibility | None = None
    day: dt.date | None = None
    stage: Stage | None = None
    """Stage at the start (opened), the new stage (stage_changed), the stage at the end (closed)."""
    previous_stage: Stage | None = None
    close_reason: CloseReason | None = None
    names: tuple[str, str] | None = None
    """Dutch and English name of the route (opened) or of the step type (step_done)."""
    minutes: int | None = None
    reference: str = ""
    """The referral kinds: the referral's reference, its partner, its status now, when
    feedback is due (sent), and the outcome with who reported it (closed)."""
    partner_name: str = ""
    referral_status: ReferralStatus | None = None
    due_on: dt.date | None = None
    outcome: ReferralOutcome | None = None
    outcome_source: OutcomeSource | None = None


@dataclass(frozen=True, slots=True)
class PersonFile:
    person: PersonView
    enterprises: tuple[EnterpriseView, ...]
    consents: tuple[ConsentView, ...]
    timeline: tuple[TimelineItem, ...]
    hub_name: str


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """An existing person who may be the one being registered.

    ``reasons`` holds codes: "email", "phone", "kvk" (the same value) and "name"
    (a similar name in the same stadsdeel).
    """

    person_id: uuid.UUID
    name: str
    enterprise_name: str
    stadsdeel: Stadsdeel | None
    registered_at: dt.datetime
    reasons: tuple[str, ...]

    @property
    def strong(self) -> bool:
        return any(r in ("email", "phone", "kvk") for r in self.reasons)


@dataclass(frozen=True, slots=True)
class RegistrationResult:
    person_id: uuid.UUID
    enterprise_id: uuid.UUID | None
    visit_id: uuid.UUID
    changes: Changes
