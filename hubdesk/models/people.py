"""Entrepreneurs (persons), their enterprises or ideas, and the link between them.

By design there is no field for a BSN, IBAN, ID copy, full date of birth,
nationality or health (DOMAIN.md section 3, minimisation).
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.models.base import Base, Replicated, enum_type, replicated
from hubdesk.models.enums import EnterpriseRole, IncomeSituation, Language, LegalForm, Stadsdeel, Stage


@replicated
class Person(Replicated, Base):
    __tablename__ = "persons"

    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"), index=True)
    given_name: Mapped[str] = mapped_column(sa.String(80))
    infix: Mapped[str] = mapped_column(sa.String(20), default="")  # tussenvoegsel: "van der"
    family_name: Mapped[str] = mapped_column(sa.String(120))
    email: Mapped[str | None] = mapped_column(sa.String(254), index=True)
    phone_e164: Mapped[str | None] = mapped_column(sa.String(20), index=True)
    preferred_language: Mapped[Language] = mapped_column(enum_type(Language), default=Language.NL)
    home_postcode: Mapped[str | None] = mapped_column(sa.String(7))
    stadsdeel: Mapped[Stadsdeel | None] = mapped_column(enum_type(Stadsdeel))
    wijk: Mapped[str | None] = mapped_column(sa.String(80))
    birth_year: Mapped[int | None]
    income_situation: Mapped[IncomeSituation] = mapped_column(
        enum_type(IncomeSituation), default=IncomeSituation.NOT_ASKED
    )
    pseudonym_id: Mapped[str] = mapped_column(sa.String(32), unique=True)
    registered_at: Mapped[dt.datetime]
    last_contact_at: Mapped[dt.datetime]
    retention_until: Mapped[dt.date | None]

    __table_args__ = (
        # Duplicate look-up compares e-mail addresses case-insensitively.
        sa.Index("ix_persons_email_lower", sa.func.lower(sa.literal_column("email"))),
    )

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.infix, self.family_name) if p)


@replicated
class Enterprise(Replicated, Base):
    """An enterprise, or an idea not yet registered (``trade_name`` may be empty)."""

    __tablename__ = "enterprises"

    hub_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("hubs.id"), index=True)
    trade_name: Mapped[str] = mapped_column(sa.String(160), default="")
    kvk_number: Mapped[str | None] = mapped_column(sa.String(8), index=True)
    vestigingsnummer: Mapped[str | None] = mapped_column(sa.String(12))
    legal_form: Mapped[LegalForm] = mapped_column(enum_type(LegalForm), default=LegalForm.NONE_YET)
    sbi_code: Mapped[str | None] = mapped_column(sa.String(6))
    sbi_version: Mapped[str | None] = mapped_column(sa.String(8))
    stage: Mapped[Stage] = mapped_column(enum_type(Stage), default=Stage.IDEA)
    activity: Mapped[str] = mapped_column(sa.Text, default="")
    mission: Mapped[str] = mapped_column(sa.Text, default="")
    business_postcode: Mapped[str | None] = mapped_column(sa.String(7))
    business_house_number: Mapped[str | None] = mapped_column(sa.String(12))
    founded_on: Mapped[dt.date | None]
    impact_areas: Mapped[list[str]] = mapped_column(default=list)
    employees_total: Mapped[int | None]
    employees_target_group: Mapped[int | None]
    retention_until: Mapped[dt.date | None]


@replicated
class PersonEnterprise(Replicated, Base):
    __tablename__ = "person_enterprises"

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    enterprise_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    role: Mapped[EnterpriseRole] = mapped_column(enum_type(EnterpriseRole), default=EnterpriseRole.FOUNDER)


class PersonIndex(Base):
    """Local, derived listing and search index: one row per living person.

    Not replicated: rebuilt from the replicated tables whenever they change
    (:mod:`hubdesk.services.indexing`). On SQLite an FTS5 table ``person_fts``
    indexes ``doc`` (external content, rowid = ``id``).
    """

    __tablename__ = "person_index"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), unique=True)
    hub_id: Mapped[uuid.UUID]
    stadsdeel: Mapped[str | None] = mapped_column(sa.String(20))
    stage: Mapped[str | None] = mapped_column(sa.String(20))
    open_trajectory: Mapped[bool] = mapped_column(default=False)
    registered_at: Mapped[dt.datetime]
    last_contact_at: Mapped[dt.datetime]
    display_name: Mapped[str] = mapped_column(sa.String(220))
    enterprise_name: Mapped[str] = mapped_column(sa.String(160))
    sort_key: Mapped[str] = mapped_column(sa.String(200))
    given_key: Mapped[str] = mapped_column(sa.String(80))
    family_key: Mapped[str] = mapped_column(sa.String(120))
    doc: Mapped[str] = mapped_column(sa.Text)

    __table_args__ = (
        sa.Index("ix_person_index_sort", "sort_key"),
        sa.Index("ix_person_index_stadsdeel_sort", "stadsdeel", "sort_key"),
        sa.Index("ix_person_index_stage_sort", "stage", "sort_key"),
        sa.Index("ix_person_index_registered", "registered_at"),
        sa.Index("ix_person_index_last_contact", "last_contact_at"),
        sa.Index("ix_person_index_stadsdeel_family", "stadsdeel", "family_key"),
        sa.Index("ix_person_index_stadsdeel_given", "stadsdeel", "given_key"),
    )
