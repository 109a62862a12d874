"""Validated inputs of the services (Pydantic).

``extra="forbid"``: a field the model does not know (a BSN, an IBAN...) is refused,
not silently dropped. Errors carry hubdesk codes (see :mod:`hubdesk.models.validation`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from hubdesk.models.enums import (
    ConsentMethod,
    ConsentPurpose,
    EnterpriseRole,
    IncomeSituation,
    Language,
    LegalForm,
    Need,
    NoteVisibility,
    Stadsdeel,
    Stage,
    VisitChannel,
)
from hubdesk.models.validation import EmailAddress, KvkNumber, PhoneNumber, Postcode, SbiCode, Vestigingsnummer

EARLIEST_BIRTH_YEAR = 1900
YOUNGEST_AGE = 12
CURRENT_SBI_VERSION = "2025"


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


OptionalInt = Annotated[int | None, BeforeValidator(_blank_to_none)]
OptionalText = Annotated[str | None, BeforeValidator(_blank_to_none)]
OptionalDate = Annotated[dt.date | None, BeforeValidator(_blank_to_none)]


class _Input(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid", frozen=True)


def _check_birth_year(value: int | None) -> int | None:
    if value is None:
        return None
    latest = dt.date.today().year - YOUNGEST_AGE
    if not EARLIEST_BIRTH_YEAR <= value <= latest:
        raise PydanticCustomError("birth_year.range", "birth_year.range", {"min": EARLIEST_BIRTH_YEAR, "max": latest})
    return value


class PersonInput(_Input):
    given_name: str = Field(min_length=1, max_length=80)
    infix: str = Field(default="", max_length=20)
    family_name: str = Field(min_length=1, max_length=120)
    email: EmailAddress = None
    phone: PhoneNumber = None
    preferred_language: Language = Language.NL
    home_postcode: Postcode = None
    stadsdeel: Stadsdeel | None = None
    wijk: OptionalText = Field(default=None, max_length=80)
    birth_year: OptionalInt = None
    income_situation: IncomeSituation = IncomeSituation.NOT_ASKED

    _birth_year = field_validator("birth_year")(_check_birth_year)


class PersonUpdate(_Input):
    """Changes to a person: only the fields that were set are applied."""

    given_name: str | None = Field(default=None, min_length=1, max_length=80)
    infix: str | None = Field(default=None, max_length=20)
    family_name: str | None = Field(default=None, min_length=1, max_length=120)
    email: EmailAddress = None
    phone: PhoneNumber = None
    preferred_language: Language | None = None
    home_postcode: Postcode = None
    stadsdeel: Stadsdeel | None = None
    wijk: OptionalText = Field(default=None, max_length=80)
    birth_year: OptionalInt = None
    income_situation: IncomeSituation | None = None

    _birth_year = field_validator("birth_year")(_check_birth_year)

    @model_validator(mode="after")
    def _required_stay_set(self) -> PersonUpdate:
        for name in ("given_name", "family_name", "preferred_language", "income_situation"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise PydanticCustomError("required", "required", {"field": name})
        return self

    def changes(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.model_fields_set}


class EnterpriseInput(_Input):
    trade_name: str = Field(default="", max_length=160)
    kvk_number: KvkNumber = None
    vestigingsnummer: Vestigingsnummer = None
    legal_form: LegalForm = LegalForm.NONE_YET
    stage: Stage = Stage.IDEA
    sbi_code: SbiCode = None
    activity: str = Field(default="", max_length=2000)
    mission: str = Field(default="", max_length=2000)
    business_postcode: Postcode = None
    business_house_number: OptionalText = Field(default=None, max_length=12)
    founded_on: OptionalDate = None
    impact_areas: list[str] = Field(default_factory=list)
    employees_total: OptionalInt = Field(default=None, ge=0)
    employees_target_group: OptionalInt = Field(default=None, ge=0)
    role: EnterpriseRole = EnterpriseRole.FOUNDER

    @model_validator(mode="after")
    def _consistent(self) -> EnterpriseInput:
        if self.vestigingsnummer and not self.kvk_number:
            raise PydanticCustomError(
                "vestigingsnummer.needs_kvk", "vestigingsnummer.needs_kvk", {"field": "vestigingsnummer"}
            )
        if (
            self.employees_total is not None
            and self.employees_target_group is not None
            and self.employees_target_group > self.employees_total
        ):
            raise PydanticCustomError(
                "employees.target_exceeds_total", "employees.target_exceeds_total", {"field": "employees_target_group"}
            )
        return self


class EnterpriseUpdate(_Input):
    trade_name: str | None = Field(default=None, max_length=160)
    kvk_number: KvkNumber = None
    vestigingsnummer: Vestigingsnummer = None
    legal_form: LegalForm | None = None
    stage: Stage | None = None
    sbi_code: SbiCode = None
    activity: str | None = Field(default=None, max_length=2000)
    mission: str | None = Field(default=None, max_length=2000)
    business_postcode: Postcode = None
    business_house_number: OptionalText = Field(default=None, max_length=12)
    founded_on: OptionalDate = None
    employees_total: OptionalInt = Field(default=None, ge=0)
    employees_target_group: OptionalInt = Field(default=None, ge=0)

    def changes(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.model_fields_set}


class VisitInput(_Input):
    channel: VisitChannel = VisitChannel.WALK_IN
    needs: list[Need] = Field(default_factory=list)
    summary: str = Field(default="", max_length=4000)
    referred_in_by: str = Field(default="", max_length=160)
    enterprise_id: uuid.UUID | None = None


class ConsentInput(_Input):
    purpose: ConsentPurpose
    text_version: str = Field(min_length=1, max_length=40)
    method: ConsentMethod = ConsentMethod.VERBAL
    partner_id: uuid.UUID | None = None
    data_items: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _partner_named(self) -> ConsentInput:
        if self.purpose is ConsentPurpose.SHARE_WITH_PARTNER and self.partner_id is None:
            raise PydanticCustomError("consent.partner_required", "consent.partner_required", {})
        return self


class RegistrationInput(_Input):
    """A walk-in registration: person, enterprise or idea, first visit and consents."""

    person: PersonInput
    enterprise: EnterpriseInput | None = None
    visit: VisitInput = Field(default_factory=VisitInput)
    consents: list[ConsentInput]

    @model_validator(mode="after")
    def _registration_consent(self) -> RegistrationInput:
        if not any(c.purpose is ConsentPurpose.REGISTRATION for c in self.consents):
            raise PydanticCustomError(
                "consent.registration_required", "consent.registration_required", {"field": "consents"}
            )
        return self


class NoteInput(_Input):
    text: str = Field(min_length=1, max_length=10000)
    visibility: NoteVisibility = NoteVisibility.HUB
    enterprise_id: uuid.UUID | None = None
