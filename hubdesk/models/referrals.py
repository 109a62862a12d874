"""Partners, referrals to them, and consents."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.models.base import Base, Replicated, enum_type, replicated
from hubdesk.models.enums import (
    ConsentMethod,
    ConsentPurpose,
    Handover,
    Need,
    OutcomeSource,
    PartnerType,
    ReferralOutcome,
    ReferralStatus,
)


@replicated
class Partner(Replicated, Base):
    __tablename__ = "partners"

    code: Mapped[str] = mapped_column(sa.String(40), unique=True)
    name: Mapped[str] = mapped_column(sa.String(160))
    type: Mapped[PartnerType] = mapped_column(enum_type(PartnerType))
    offers: Mapped[str] = mapped_column(sa.Text, default="")
    refer_when: Mapped[str] = mapped_column(sa.Text, default="")
    contact_person: Mapped[str] = mapped_column(sa.String(120), default="")
    address: Mapped[str] = mapped_column(sa.String(200), default="")
    email: Mapped[str] = mapped_column(sa.String(254), default="")
    phone: Mapped[str] = mapped_column(sa.String(20), default="")
    website: Mapped[str] = mapped_column(sa.String(200), default="")
    referral_fields: Mapped[list[str]] = mapped_column(default=list)
    agreement_in_place: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


@replicated
class Consent(Replicated, Base):
    """Consent for one purpose; for sharing it names the partner and the data items."""

    __tablename__ = "consents"

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"))
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_type(ConsentPurpose))
    partner_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("partners.id"))
    data_items: Mapped[list[str]] = mapped_column(default=list)
    text_version: Mapped[str] = mapped_column(sa.String(40))
    method: Mapped[ConsentMethod] = mapped_column(enum_type(ConsentMethod))
    given_at: Mapped[dt.datetime]
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("workers.id"))
    withdrawn_at: Mapped[dt.datetime | None]


@replicated
class Referral(Replicated, Base):
    __tablename__ = "referrals"

    reference: Mapped[str] = mapped_column(sa.String(20), unique=True)
    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    enterprise_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("enterprises.id"))
    trajectory_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("trajectories.id"))
    partner_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("partners.id"), index=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"))
    worker_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("workers.id"))
    need: Mapped[Need | None] = mapped_column(enum_type(Need))
    handover: Mapped[Handover] = mapped_column(enum_type(Handover), default=Handover.LETTER)
    consent_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("consents.id"))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[ReferralStatus] = mapped_column(enum_type(ReferralStatus), default=ReferralStatus.DRAFT)
    sent_at: Mapped[dt.datetime | None]
    feedback_due: Mapped[dt.date | None] = mapped_column(index=True)
    first_contact_on: Mapped[dt.date | None]
    outcome: Mapped[ReferralOutcome | None] = mapped_column(enum_type(ReferralOutcome))
    outcome_source: Mapped[OutcomeSource | None] = mapped_column(enum_type(OutcomeSource))
    outcome_at: Mapped[dt.date | None]
    # What the letter says, in the worker's and the entrepreneur's words.
    language: Mapped[str] = mapped_column(sa.String(2), default="nl")
    question: Mapped[str] = mapped_column(sa.Text, default="")
    done_so_far: Mapped[list[str]] = mapped_column(default=list)
    request: Mapped[str] = mapped_column(sa.Text, default="")
    contact_by: Mapped[dt.date | None]
    attachments: Mapped[list[str]] = mapped_column(default=list)
    # The letter that went out: the template it was made from and the PDF's digest.
    letter_template: Mapped[str | None] = mapped_column(sa.String(40))
    letter_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    letter_made_at: Mapped[dt.datetime | None]


class ReferralLetter(Base):
    """The exact PDF of a referral's letter, kept on the desk that made it so that a
    reprint is the same document. Local, not replicated: the referral carries the
    digest and the template version, and rendering is deterministic."""

    __tablename__ = "referral_letters"

    referral_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("referrals.id"), primary_key=True)
    pdf: Mapped[bytes] = mapped_column(sa.LargeBinary)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    template: Mapped[str] = mapped_column(sa.String(40))
    pages: Mapped[int]
    made_at: Mapped[dt.datetime]
