"""Referrals to partner organisations: the partner directory, the referral and its
letter, the consent that allows it, and the closed loop that follows it.

A referral starts as a draft. Its letter needs a consent to share with *this*
partner *these* data items, not withdrawn; the letter holds only the fields the
partner asks for. Sending fixes the letter, sets when feedback is due and plans a
follow-up step on the worklist. The partner's (or the entrepreneur's) answer moves
it on: acknowledged, intake planned, in progress, closed with an outcome.

Every write is one transaction with the change log and the audit log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field, field_validator
from pypdf import PdfReader, PdfWriter
from sqlalchemy.orm import Session

from hubdesk.models.base import Replicated
from hubdesk.models.enums import (
    AuditAction,
    ConsentMethod,
    ConsentPurpose,
    Handover,
    Language,
    Need,
    OutcomeSource,
    PartnerType,
    ReferralOutcome,
    ReferralStatus,
    Stage,
    StepStatus,
    TrajectoryStatus,
)
from hubdesk.models.errors import NotFound, StaleEdit, UserFacingError
from hubdesk.models.guidance import GuidanceStep, StageChange, Trajectory
from hubdesk.models.org import Hub, Worker
from hubdesk.models.people import Enterprise, Person, PersonEnterprise
from hubdesk.models.reference import ConsentText, reference
from hubdesk.models.referrals import Consent, Partner, Referral, ReferralLetter
from hubdesk.services import audit, letters
from hubdesk.services.intake import validated
from hubdesk.services.readmodels import Changes
from hubdesk.services.roles import COORDINATORS, role_of
from hubdesk.services.store import Actor, Store

FEEDBACK_DAYS = 28
"""Feedback is asked for four weeks after sending, unless the worker sets another date."""
CONTACT_DAYS = 14
"""The default date in the arrangements: two weeks from today."""
FOLLOW_UP_STEP = "follow_up"
PARTNER_EDITORS = COORDINATORS
OPEN_STATUSES = (
    ReferralStatus.SENT,
    ReferralStatus.ACKNOWLEDGED,
    ReferralStatus.INTAKE_PLANNED,
    ReferralStatus.IN_PROGRESS,
)
R = TypeVar("R", bound=Replicated)
# Crockford's base32: no I, L, O or U, so a reference read aloud or typed is not misread.
_REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_reference() -> str:
    """A short reference like ``R-7KQ2-M9XD``: 40 random bits, unique without asking other desks."""
    chars = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))
    return f"R-{chars[:4]}-{chars[4:]}"


# -- input ----------------------------------------------------------------------------------------
class ReferralInput(BaseModel):
    """What the worker fills in for a referral (the draft)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    person_id: uuid.UUID
    partner_id: uuid.UUID
    need: Need | None = None
    handover: Handover = Handover.LETTER
    language: Language = Language.NL
    question: str = Field(default="", max_length=2000)
    done_so_far: list[str] = Field(default_factory=list, max_length=20)
    request: str = Field(default="", max_length=1000)
    contact_by: dt.date | None = None
    feedback_due: dt.date | None = None
    fields: dict[str, str] = Field(default_factory=dict)
    attachments: list[str] = Field(default_factory=list, max_length=10)
    trajectory_id: uuid.UUID | None = None

    @field_validator("done_so_far", "attachments")
    @classmethod
    def _drop_empty(cls, items: list[str]) -> list[str]:
        return [i.strip() for i in items if i.strip()]


class PartnerInput(BaseModel):
    """A coordinator's edit of a partner in the directory."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    code: str = Field(pattern=r"^[a-z][a-z0-9_]{1,39}$")
    name: str = Field(min_length=1, max_length=160)
    type: PartnerType
    offers: str = Field(default="", max_length=2000)
    refer_when: str = Field(default="", max_length=2000)
    contact_person: str = Field(default="", max_length=120)
    address: str = Field(default="", max_length=200)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=20)
    website: str = Field(default="", max_length=200)
    referral_fields: list[str] = Field(default_factory=list, max_length=12)
    agreement_in_place: bool = False
    active: bool = True

    @field_validator("referral_fields")
    @classmethod
    def _codes(cls, codes: list[str]) -> list[str]:
        out: list[str] = []
        for code in (c.strip() for c in codes):
            if code and code not in out:
                out.append(code)
        return out


# -- read models ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PartnerView:
    id: uuid.UUID
    version: int
    code: str
    name: str
    type: PartnerType
    offers: str
    refer_when: str
    contact_person: str
    address: str
    email: str
    phone: str
    website: str
    referral_fields: tuple[str, ...]
    agreement_in_place: bool
    active: bool


@dataclass(frozen=True, slots=True)
class ReferralView:
    id: uuid.UUID
    version: int
    reference: str
    person_id: uuid.UUID
    person_name: str
    partner_id: uuid.UUID
    partner_name: str
    need: Need | None
    handover: Handover
    language: Language
    status: ReferralStatus
    question: str
    done_so_far: tuple[str, ...]
    request: str
    contact_by: dt.date | None
    fields: dict[str, str]
    attachments: tuple[str, ...]
    sent_at: dt.datetime | None
    feedback_due: dt.date | None
    first_contact_on: dt.date | None
    outcome: ReferralOutcome | None
    outcome_source: OutcomeSource | None
    outcome_at: dt.date | None
    consent_id: uuid.UUID | None
    consent_given_at: dt.datetime | None
    consent_withdrawn_at: dt.datetime | None
    has_letter: bool
    letter_template: str | None
    created_at: dt.datetime

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def feedback_overdue(self, today: dt.date) -> bool:
        return self.is_open and self.feedback_due is not None and self.feedback_due < today


@dataclass(frozen=True, slots=True)
class LetterDoc:
    referral_id: uuid.UUID
    reference: str
    pdf: bytes
    sha256: str
    template: str
    pages: int


# -- the service ----------------------------------------------------------------------------------
class ReferralService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def today(self) -> dt.date:
        return self._store.clock().astimezone().date()

    # -- partners ---------------------------------------------------------------------------------
    def partners(self, *, include_inactive: bool = False) -> list[PartnerView]:
        query = sa.select(Partner).where(Partner.deleted_at.is_(None)).order_by(Partner.name)
        if not include_inactive:
            query = query.where(Partner.active)
        with self._store.read() as s:
            return [_partner_view(p) for p in s.execute(query).scalars()]

    def can_edit_partners(self, actor: Actor) -> bool:
        with self._store.read() as s:
            return role_of(s, actor) in PARTNER_EDITORS

    def save_partner(
        self,
        actor: Actor,
        data: PartnerInput | dict[str, Any],
        partner_id: uuid.UUID | None = None,
        base_version: int | None = None,
    ) -> tuple[uuid.UUID, Changes]:
        """Add a partner, or change one (coordinators and admins only)."""
        values = validated(PartnerInput, data).model_dump()
        with self._store.write(actor) as s:
            if role_of(s, actor) not in PARTNER_EDITORS:
                raise UserFacingError("partner.coordinator_only")
            taken = s.execute(sa.select(Partner.id).where(Partner.code == values["code"])).scalar()
            if taken is not None and taken != partner_id:
                raise UserFacingError("partner.code_taken", value=values["code"])
            if partner_id is None:
                partner = Partner(**values)
                s.add(partner)
            else:
                found = s.get(Partner, partner_id)
                if found is None or found.is_deleted:
                    raise NotFound(entity="partners", id=str(partner_id))
                if base_version is not None and found.version != base_version:
                    raise StaleEdit("partners", _partner_view(found), values)
                partner = found
                for key, value in values.items():
                    setattr(partner, key, value)
            s.flush()
            audit.record(s, AuditAction.UPDATE if partner_id else AuditAction.CREATE, "partners", partner.id)
            return partner.id, Changes.from_entries(s.info["write"].entries)

    # -- referrals --------------------------------------------------------------------------------
    def create(self, actor: Actor, data: ReferralInput | dict[str, Any]) -> tuple[uuid.UUID, Changes]:
        """A draft referral. It belongs to a trajectory: the one given, else the person's open
        one, else a new trajectory is opened for it (a referral is part of guidance)."""
        values = validated(ReferralInput, data)
        with self._store.write(actor) as s:
            person = _living(s, Person, values.person_id)
            partner = _living(s, Partner, values.partner_id)
            _check_fields(partner, values.fields)
            trajectory_id = values.trajectory_id or self._trajectory_for(s, actor, person)
            referral = Referral(
                reference=self._unique_reference(s),
                person_id=person.id,
                enterprise_id=_enterprise_id(s, person.id),
                trajectory_id=trajectory_id,
                partner_id=partner.id,
                hub_id=actor.hub_id,
                worker_id=actor.worker_id,
                status=ReferralStatus.DRAFT,
                **_content_values(values, self.today()),
            )
            s.add(referral)
            s.flush()
            audit.record(s, AuditAction.CREATE, "referrals", referral.id, person_id=person.id)
            return referral.id, Changes.from_entries(s.info["write"].entries)

    def update_draft(
        self, actor: Actor, referral_id: uuid.UUID, base_version: int, data: ReferralInput | dict[str, Any]
    ) -> Changes:
        """Change a draft (a sent referral's letter is what the partner has: it stays)."""
        values = validated(ReferralInput, data)
        with self._store.write(actor) as s:
            referral = _living(s, Referral, referral_id)
            if referral.status is not ReferralStatus.DRAFT:
                raise UserFacingError("referral.already_sent", reference=referral.reference)
            if referral.version != base_version:
                raise StaleEdit("referrals", _referral_view(s, referral), values.model_dump(mode="json"))
            partner = _living(s, Partner, values.partner_id)
            _check_fields(partner, values.fields)
            if partner.id != referral.partner_id:
                referral.consent_id = None  # a consent names one partner
            referral.partner_id = partner.id
            for key, value in _content_values(values, self.today()).items():
                setattr(referral, key, value)
            s.flush()
            audit.record(s, AuditAction.UPDATE, "referrals", referral.id, person_id=referral.person_id)
            return Changes.from_entries(s.info["write"].entries)

    def record_consent(
        self,
        actor: Actor,
        referral_id: uuid.UUID,
        method: ConsentMethod,
        text_version: str | None = None,
    ) -> Changes:
        """Record that the entrepreneur agreed to share this referral's data with its partner
        (``text_version``: the consent text read out; the current one by default)."""
        with self._store.write(actor) as s:
            referral = _living(s, Referral, referral_id)
            if referral.status is not ReferralStatus.DRAFT:
                raise UserFacingError("referral.already_sent", reference=referral.reference)
            partner = _living(s, Partner, referral.partner_id)
            consent = Consent(
                person_id=referral.person_id,
                hub_id=referral.hub_id,
                purpose=ConsentPurpose.SHARE_WITH_PARTNER,
                partner_id=partner.id,
                data_items=shared_items(partner.referral_fields),
                text_version=text_version or share_consent_text().version,
                method=method,
                given_at=s.info["write"].now,
                recorded_by=actor.worker_id,
            )
            s.add(consent)
            s.flush()
            referral.consent_id = consent.id
            s.flush()
            audit.record(s, AuditAction.CREATE, "consents", consent.id, person_id=referral.person_id)
            return Changes.from_entries(s.info["write"].entries)

    def withdraw_consent(self, actor: Actor, consent_id: uuid.UUID) -> Changes:
        """Withdraw a consent at once: no new letters on it from now on. A consent to share
        names a partner: every active consent of the person to share with that partner is
        withdrawn with it (the entrepreneur no longer agrees to share with that partner)."""
        with self._store.write(actor) as s:
            consent = _living(s, Consent, consent_id)
            same = [consent]
            if consent.purpose is ConsentPurpose.SHARE_WITH_PARTNER and consent.partner_id is not None:
                same += s.execute(
                    sa.select(Consent).where(
                        Consent.person_id == consent.person_id,
                        Consent.purpose == ConsentPurpose.SHARE_WITH_PARTNER,
                        Consent.partner_id == consent.partner_id,
                        Consent.withdrawn_at.is_(None),
                        Consent.deleted_at.is_(None),
                        Consent.id != consent.id,
                    )
                ).scalars()
            for each in same:
                if each.withdrawn_at is None:
                    each.withdrawn_at = s.info["write"].now
            s.flush()
            for each in same:
                audit.record(s, AuditAction.UPDATE, "consents", each.id, person_id=each.person_id)
            return Changes.from_entries(s.info["write"].entries)

    def get(self, referral_id: uuid.UUID) -> ReferralView:
        with self._store.read() as s:
            return _referral_view(s, _living(s, Referral, referral_id))

    def find(self, reference: str) -> ReferralView:
        ref = reference.strip().upper()
        with self._store.read() as s:
            found = s.execute(sa.select(Referral).where(Referral.reference == ref)).scalar()
            if found is None or found.is_deleted:
                raise NotFound(entity="referrals", id=ref)
            return _referral_view(s, found)

    def of_person(self, person_id: uuid.UUID) -> list[ReferralView]:
        with self._store.read() as s:
            found = s.execute(
                sa.select(Referral)
                .where(Referral.person_id == person_id, Referral.deleted_at.is_(None))
                .order_by(Referral.created_at.desc())
            ).scalars()
            return [_referral_view(s, r) for r in found]

    def listing(
        self,
        actor: Actor,
        *,
        overdue_only: bool = False,
        status: ReferralStatus | None = None,
        limit: int = 500,
    ) -> list[ReferralView]:
        """The hub's referrals, newest first; with ``overdue_only`` those whose feedback is
        overdue (still open, feedback date passed), the longest overdue first."""
        query = sa.select(Referral).where(Referral.hub_id == actor.hub_id, Referral.deleted_at.is_(None))
        if overdue_only:
            query = query.where(Referral.status.in_(OPEN_STATUSES), Referral.feedback_due < self.today()).order_by(
                Referral.feedback_due, Referral.reference
            )
        else:
            query = query.order_by(Referral.created_at.desc(), Referral.reference)
        if status is not None:
            query = query.where(Referral.status == status)
        with self._store.read() as s:
            return [_referral_view(s, r) for r in s.execute(query.limit(limit)).scalars()]

    # -- the letter -------------------------------------------------------------------------------
    def letter(self, actor: Actor, referral_id: uuid.UUID) -> LetterDoc:
        """The referral's letter as a PDF.

        A sent referral gives the kept PDF, byte for byte. A draft is rendered from its
        current content (and kept, replacing an earlier draft letter). Either way the
        consent must still hold: no letter, no print, no copy once it is withdrawn.
        """
        with self._store.write(actor) as s:
            referral = _living(s, Referral, referral_id)
            partner = _living(s, Partner, referral.partner_id)
            self._check_consent(s, referral, partner)
            kept = s.get(ReferralLetter, referral.id)
            if referral.status is not ReferralStatus.DRAFT:
                if kept is None:
                    raise UserFacingError("referral.letter_not_here", reference=referral.reference)
                return _letter_doc(referral, kept)
            missing = [f for f in partner.referral_fields if not str(referral.fields.get(f, "")).strip()]
            if missing:
                template = letters.load_template(referral.language)
                raise UserFacingError(
                    "referral.fields_missing",
                    partner=partner.name,
                    fields=", ".join(template.field_label(f) for f in missing),
                )
            content, template = self._content(s, actor, referral, partner)
            pdf = letters.render_letter(content, template)
            digest = hashlib.sha256(pdf).hexdigest()
            if kept is None:
                kept = ReferralLetter(referral_id=referral.id)
                s.add(kept)
            kept.pdf, kept.sha256, kept.template = pdf, digest, template.name
            kept.pages, kept.made_at = _page_count(pdf), s.info["write"].now
            referral.letter_template, referral.letter_sha256 = template.name, digest
            referral.letter_made_at = kept.made_at
            s.flush()
            return _letter_doc(referral, kept)

    def letter_content(
        self, actor: Actor, referral_id: uuid.UUID
    ) -> tuple[letters.LetterContent, letters.LetterTemplate]:
        """What a draft's letter would say, without rendering or keeping it (checks as :meth:`letter`)."""
        with self._store.read() as s:
            referral = _living(s, Referral, referral_id)
            partner = _living(s, Partner, referral.partner_id)
            self._check_consent(s, referral, partner)
            return self._content(s, actor, referral, partner)

    def record_print(self, actor: Actor, referral_id: uuid.UUID, how: str) -> None:
        """Note in the audit log that a letter was printed or saved (``how``: "print", "pdf")."""
        with self._store.write(actor) as s:
            referral = _living(s, Referral, referral_id)
            audit.record(
                s, AuditAction.PRINT, "referrals", referral.id, person_id=referral.person_id, detail={"how": how}
            )

    def send(self, actor: Actor, referral_id: uuid.UUID, base_version: int) -> Changes:
        """Mark the referral sent: its letter is fixed, feedback is due on the date set (four
        weeks by default) and a follow-up step for that day lands on the worker's worklist."""
        with self._store.write(actor) as s:
            referral = _living(s, Referral, referral_id)
            if referral.version != base_version:
                raise StaleEdit("referrals", _referral_view(s, referral), {"status": ReferralStatus.SENT.value})
            if referral.status is not ReferralStatus.DRAFT:
                raise UserFacingError("referral.already_sent", reference=referral.reference)
            partner = _living(s, Partner, referral.partner_id)
            self._check_consent(s, referral, partner)
            if referral.handover is Handover.LETTER and s.get(ReferralLetter, referral.id) is None:
                raise UserFacingError("referral.letter_first", reference=referral.reference)
            today = self.today()
            referral.status = ReferralStatus.SENT
            referral.sent_at = s.info["write"].now
            referral.feedback_due = referral.feedback_due or today + dt.timedelta(days=FEEDBACK_DAYS)
            if referral.trajectory_id is not None:
                s.add(
                    GuidanceStep(
                        trajectory_id=referral.trajectory_id,
                        hub_id=referral.hub_id,
                        step_type=FOLLOW_UP_STEP,
                        status=StepStatus.PLANNED,
                        due_on=referral.feedback_due,
                        assignee_id=actor.worker_id,
                        notes=f"{referral.reference} · {partner.name}",
                    )
                )
            s.flush()
            audit.record(s, AuditAction.UPDATE, "referrals", referral.id, person_id=referral.person_id)
            return Changes.from_entries(s.info["write"].entries)

    def update_status(
        self,
        actor: Actor,
        referral_id: uuid.UUID,
        base_version: int,
        status: ReferralStatus,
        *,
        first_contact_on: dt.date | None = None,
    ) -> Changes:
        """Acknowledged, intake planned or in progress, with the date of the partner's first
        contact when known (for the "time to first contact" indicator)."""
        if status not in (ReferralStatus.ACKNOWLEDGED, ReferralStatus.INTAKE_PLANNED, ReferralStatus.IN_PROGRESS):
            raise UserFacingError("referral.status_invalid", status=status.value)
        with self._store.write(actor) as s:
            referral = self._open_referral(s, referral_id, base_version, status.value)
            referral.status = status
            if first_contact_on is not None:
                referral.first_contact_on = first_contact_on
            s.flush()
            audit.record(s, AuditAction.UPDATE, "referrals", referral.id, person_id=referral.person_id)
            return Changes.from_entries(s.info["write"].entries)

    def close(
        self,
        actor: Actor,
        referral_id: uuid.UUID,
        base_version: int,
        outcome: ReferralOutcome,
        source: OutcomeSource,
        on: dt.date | None = None,
    ) -> Changes:
        """Close the loop: the outcome, who told us and when. The follow-up step it planned
        is done, as the feedback has come in."""
        with self._store.write(actor) as s:
            referral = self._open_referral(s, referral_id, base_version, ReferralStatus.CLOSED.value)
            day = on or self.today()
            referral.status = ReferralStatus.CLOSED
            referral.outcome, referral.outcome_source, referral.outcome_at = outcome, source, day
            for step in self._follow_ups(s, referral):
                step.status, step.done_on = StepStatus.DONE, day
                step.outcome = outcome.value
            s.flush()
            audit.record(s, AuditAction.UPDATE, "referrals", referral.id, person_id=referral.person_id)
            return Changes.from_entries(s.info["write"].entries)

    def batch_of_day(self, actor: Actor, day: dt.date | None = None) -> tuple[bytes, list[str]]:
        """All letters of the referrals sent on ``day`` (today) by this hub as one PDF, in
        order of reference, and the references it holds. Letters whose consent has been
        withdrawn since are left out."""
        day = day or self.today()
        local_tz = self._store.clock().astimezone().tzinfo
        start = dt.datetime.combine(day, dt.time(), tzinfo=local_tz).astimezone(dt.UTC)
        end = start + dt.timedelta(days=1)
        writer = PdfWriter()
        included: list[str] = []
        with self._store.read() as s:
            rows = s.execute(
                sa.select(Referral, ReferralLetter)
                .join(ReferralLetter, ReferralLetter.referral_id == Referral.id)
                .where(
                    Referral.hub_id == actor.hub_id,
                    Referral.deleted_at.is_(None),
                    Referral.sent_at >= start,
                    Referral.sent_at < end,
                )
                .order_by(Referral.reference)
            ).all()
            for referral, kept in rows:
                consent = s.get(Consent, referral.consent_id) if referral.consent_id else None
                if consent is None or consent.withdrawn_at is not None:
                    continue
                for page in PdfReader(io.BytesIO(kept.pdf)).pages:
                    writer.add_page(page)
                included.append(referral.reference)
        if not included:
            raise UserFacingError("referral.none_sent", day=day.isoformat())
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue(), included

    # -- helpers ----------------------------------------------------------------------------------
    def _unique_reference(self, s: Session) -> str:
        while True:
            ref = new_reference()
            if s.execute(sa.select(Referral.id).where(Referral.reference == ref)).first() is None:
                return ref

    def _trajectory_for(self, s: Session, actor: Actor, person: Person) -> uuid.UUID:
        open_id = s.execute(
            sa.select(Trajectory.id)
            .where(
                Trajectory.person_id == person.id,
                Trajectory.status == TrajectoryStatus.OPEN,
                Trajectory.deleted_at.is_(None),
            )
            .order_by(Trajectory.opened_on.desc())
            .limit(1)
        ).scalar()
        if open_id is not None:
            return open_id
        trajectory = Trajectory(
            person_id=person.id,
            enterprise_id=_enterprise_id(s, person.id),
            hub_id=actor.hub_id,
            lead_worker_id=actor.worker_id,
            opened_on=self.today(),
            status=TrajectoryStatus.OPEN,
            stage_at_start=_stage(s, person.id, None),
        )
        s.add(trajectory)
        s.flush()
        return trajectory.id

    def _open_referral(self, s: Session, referral_id: uuid.UUID, base_version: int, wanted: str) -> Referral:
        referral = _living(s, Referral, referral_id)
        if referral.version != base_version:
            raise StaleEdit("referrals", _referral_view(s, referral), {"status": wanted})
        if referral.status not in OPEN_STATUSES:
            raise UserFacingError("referral.not_open", reference=referral.reference)
        return referral

    @staticmethod
    def _follow_ups(s: Session, referral: Referral) -> list[GuidanceStep]:
        if referral.trajectory_id is None:
            return []
        return list(
            s.execute(
                sa.select(GuidanceStep).where(
                    GuidanceStep.trajectory_id == referral.trajectory_id,
                    GuidanceStep.step_type == FOLLOW_UP_STEP,
                    GuidanceStep.status == StepStatus.PLANNED,
                    GuidanceStep.notes.startswith(referral.reference),
                )
            ).scalars()
        )

    @staticmethod
    def _check_consent(s: Session, referral: Referral, partner: Partner) -> Consent:
        consent = s.get(Consent, referral.consent_id) if referral.consent_id else None
        if consent is None or consent.is_deleted:
            raise UserFacingError("referral.consent_missing", partner=partner.name)
        if consent.withdrawn_at is not None or _withdrawn_since(s, consent):
            raise UserFacingError("referral.consent_withdrawn", partner=partner.name)
        if consent.partner_id != partner.id or not set(shared_items(partner.referral_fields)) <= set(
            consent.data_items
        ):
            raise UserFacingError("referral.consent_other", partner=partner.name)
        return consent

    def _content(
        self, s: Session, actor: Actor, referral: Referral, partner: Partner
    ) -> tuple[letters.LetterContent, letters.LetterTemplate]:
        template = letters.load_template(referral.language)
        person = _living(s, Person, referral.person_id)
        hub = _living(s, Hub, referral.hub_id)
        worker = s.get(Worker, referral.worker_id) if referral.worker_id else None
        enterprise = s.get(Enterprise, referral.enterprise_id) if referral.enterprise_id else None
        consent = self._check_consent(s, referral, partner)
        name = person_name(person)
        given_on = consent.given_at.astimezone().date()
        contact_by = referral.contact_by or given_on + dt.timedelta(days=CONTACT_DAYS)
        feedback_due = referral.feedback_due or self.today() + dt.timedelta(days=FEEDBACK_DAYS)
        contact = " · ".join(x for x in (hub.phone, hub.email) if x)
        content = letters.LetterContent(
            language=Language(referral.language),
            reference=referral.reference,
            date=self.today(),
            hub=letters.LetterHub(
                name=hub.name, address_lines=tuple(_lines(hub.address)), phone=hub.phone, email=hub.email
            ),
            partner=letters.LetterPartner(
                name=partner.name,
                contact_person=partner.contact_person,
                address_lines=tuple(_lines(partner.address)),
            ),
            worker=letters.LetterWorker(name=worker.name if worker else hub.name, contact=contact),
            person_name=name,
            enterprise_name=(enterprise.trade_name or None) if enterprise else None,
            legal_form=template.legal_form_label(enterprise.legal_form) if enterprise else None,
            kvk_number=enterprise.kvk_number if enterprise else None,
            stage=_stage(s, person.id, referral.trajectory_id) or Stage.IDEA,
            activity=(enterprise.activity or enterprise.mission) if enterprise else "",
            question=referral.question,
            done_so_far=tuple(referral.done_so_far),
            request=referral.request,
            arrangements=template.arrangement(referral.handover, person.given_name or name, contact_by),
            consent_given_on=given_on,
            consent_items=tuple(template.data_item_label(i) for i in consent.data_items),
            feedback_due=feedback_due,
            fields=tuple(
                (template.field_label(f), str(referral.fields[f]))
                for f in partner.referral_fields
                if str(referral.fields.get(f, "")).strip()
            ),
            attachments=tuple(referral.attachments),
            feedback_payload=f"hubdesk:referral:{referral.reference}",
        )
        return content, template


# -- module helpers -------------------------------------------------------------------------------
def share_consent_text() -> ConsentText:
    """The consent text for sharing with a partner (placeholders ``{partner}`` and ``{items}``)."""
    return reference().consent_texts[ConsentPurpose.SHARE_WITH_PARTNER.value]


def shared_items(referral_fields: Sequence[str]) -> list[str]:
    """The data items a referral to a partner shares: the standard ones and its own fields."""
    return [*letters.DATA_ITEMS, *referral_fields]


def person_name(person: Person) -> str:
    return " ".join(n for n in (person.given_name, person.infix, person.family_name) if n)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace(";", "\n").splitlines() if line.strip()]


def _living(s: Session, entity: type[R], record_id: uuid.UUID) -> R:
    found = s.get(entity, record_id)
    if found is None or found.is_deleted:
        raise NotFound(entity=sa.inspect(entity).local_table.name, id=str(record_id))
    return found


def _withdrawn_since(s: Session, consent: Consent) -> bool:
    """Whether the person withdrew consent to share with this partner after ``consent`` was
    given (a withdrawal made in the file, or at another desk and synced): it counts at once."""
    later = s.execute(
        sa.select(Consent.id)
        .where(
            Consent.person_id == consent.person_id,
            Consent.purpose == ConsentPurpose.SHARE_WITH_PARTNER,
            Consent.partner_id == consent.partner_id,
            Consent.withdrawn_at > consent.given_at,
            Consent.deleted_at.is_(None),
        )
        .limit(1)
    ).first()
    return later is not None


def _check_fields(partner: Partner, fields: dict[str, str]) -> None:
    """Only what this partner asks for may go into its letter."""
    extra = sorted(set(fields) - set(partner.referral_fields))
    if extra:
        raise UserFacingError("referral.field_not_needed", partner=partner.name, fields=", ".join(extra))


def _content_values(values: ReferralInput, today: dt.date) -> dict[str, Any]:
    return {
        "need": values.need,
        "handover": values.handover,
        "language": values.language.value,
        "question": values.question,
        "done_so_far": list(values.done_so_far),
        "request": values.request,
        "contact_by": values.contact_by,
        "feedback_due": values.feedback_due,
        "fields": {k: v.strip() for k, v in values.fields.items() if v.strip()},
        "attachments": list(values.attachments),
    }


def _enterprise_id(s: Session, person_id: uuid.UUID) -> uuid.UUID | None:
    return s.execute(
        sa.select(PersonEnterprise.enterprise_id)
        .where(PersonEnterprise.person_id == person_id, PersonEnterprise.deleted_at.is_(None))
        .order_by(PersonEnterprise.created_at)
        .limit(1)
    ).scalar()


def _stage(s: Session, person_id: uuid.UUID, trajectory_id: uuid.UUID | None) -> Stage | None:
    """The entrepreneur's stage: the trajectory's latest, else the enterprise's."""
    if trajectory_id is not None:
        changed = s.execute(
            sa.select(StageChange.to_stage)
            .where(StageChange.trajectory_id == trajectory_id, StageChange.deleted_at.is_(None))
            .order_by(StageChange.changed_on.desc(), StageChange.created_at.desc())
            .limit(1)
        ).scalar()
        if changed is not None:
            return Stage(changed)
        at_start = s.execute(sa.select(Trajectory.stage_at_start).where(Trajectory.id == trajectory_id)).scalar()
        if at_start is not None:
            return Stage(at_start)
    enterprise_id = _enterprise_id(s, person_id)
    if enterprise_id is None:
        return None
    stage = s.execute(sa.select(Enterprise.stage).where(Enterprise.id == enterprise_id)).scalar()
    return Stage(stage) if stage is not None else None


def _page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _letter_doc(referral: Referral, kept: ReferralLetter) -> LetterDoc:
    return LetterDoc(
        referral_id=referral.id,
        reference=referral.reference,
        pdf=kept.pdf,
        sha256=kept.sha256,
        template=kept.template,
        pages=kept.pages,
    )


def _partner_view(p: Partner) -> PartnerView:
    return PartnerView(
        id=p.id,
        version=p.version,
        code=p.code,
        name=p.name,
        type=p.type,
        offers=p.offers,
        refer_when=p.refer_when,
        contact_person=p.contact_person,
        address=p.address,
        email=p.email,
        phone=p.phone,
        website=p.website,
        referral_fields=tuple(p.referral_fields),
        agreement_in_place=p.agreement_in_place,
        active=p.active,
    )


def _referral_view(s: Session, r: Referral) -> ReferralView:
    person = s.get(Person, r.person_id)
    partner = s.get(Partner, r.partner_id)
    consent = s.get(Consent, r.consent_id) if r.consent_id else None
    has_letter = s.execute(sa.select(ReferralLetter.referral_id).where(ReferralLetter.referral_id == r.id)).first()
    return ReferralView(
        id=r.id,
        version=r.version,
        reference=r.reference,
        person_id=r.person_id,
        person_name=person_name(person) if person is not None else "",
        partner_id=r.partner_id,
        partner_name=partner.name if partner is not None else "",
        need=r.need,
        handover=r.handover,
        language=Language(r.language),
        status=r.status,
        question=r.question,
        done_so_far=tuple(r.done_so_far),
        request=r.request,
        contact_by=r.contact_by,
        fields=dict(r.fields),
        attachments=tuple(r.attachments),
        sent_at=r.sent_at,
        feedback_due=r.feedback_due,
        first_contact_on=r.first_contact_on,
        outcome=r.outcome,
        outcome_source=r.outcome_source,
        outcome_at=r.outcome_at,
        consent_id=r.consent_id,
        consent_given_at=consent.given_at if consent else None,
        consent_withdrawn_at=consent.withdrawn_at if consent else None,
        has_letter=has_letter is not None,
        letter_template=r.letter_template,
        created_at=r.created_at,
    )
