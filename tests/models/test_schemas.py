"""Validated service inputs: consents, cross-field rules, partial updates, blanks and forbidden fields."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from hubdesk.models.enums import ConsentPurpose, IncomeSituation, Language
from hubdesk.models.errors import FieldIssue
from hubdesk.models.schemas import (
    EARLIEST_BIRTH_YEAR,
    YOUNGEST_AGE,
    ConsentInput,
    EnterpriseInput,
    EnterpriseUpdate,
    NoteInput,
    PersonInput,
    PersonUpdate,
    RegistrationInput,
)
from hubdesk.models.validation import issues_from_validation_error

PERSON = {"given_name": "Fatima", "family_name": "El Amrani"}
REGISTRATION = {"purpose": "registration", "text_version": "registratie-2026-01", "method": "verbal"}
NEWSLETTER = {"purpose": "newsletter", "text_version": "nieuwsbrief-2026-01"}
FORBIDDEN_FIELDS = ["bsn", "iban", "nationality", "date_of_birth", "id_copy", "passport_number", "health"]


def _issues(model: type[BaseModel], data: dict[str, Any]) -> list[FieldIssue]:
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    return issues_from_validation_error(info.value)


def _codes(model: type[BaseModel], data: dict[str, Any]) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in _issues(model, data)}


# --- Registration and consents -----------------------------------------------------------------------------------


def test_a_registration_with_its_consent_is_accepted() -> None:
    reg = RegistrationInput.model_validate({"person": PERSON, "consents": [REGISTRATION]})
    assert [c.purpose for c in reg.consents] == [ConsentPurpose.REGISTRATION]
    assert reg.enterprise is None


@pytest.mark.parametrize("consents", [[], [NEWSLETTER], [NEWSLETTER, {**NEWSLETTER, "purpose": "story_photo"}]])
def test_a_registration_without_registration_consent_is_refused(consents: list[dict[str, Any]]) -> None:
    assert _codes(RegistrationInput, {"person": PERSON, "consents": consents}) == {
        ("consents", "consent.registration_required")
    }


def test_a_registration_must_say_something_about_consent() -> None:
    assert _codes(RegistrationInput, {"person": PERSON}) == {("consents", "required")}


def test_sharing_with_a_partner_needs_the_partner() -> None:
    share = {"purpose": "share_with_partner", "text_version": "delen-2026-01", "data_items": ["name", "email"]}
    assert _codes(RegistrationInput, {"person": PERSON, "consents": [REGISTRATION, share]}) == {
        ("consents.1", "consent.partner_required")
    }
    partner = uuid.uuid4()
    consent = ConsentInput.model_validate({**share, "partner_id": str(partner)})
    assert consent.partner_id == partner


def test_other_consents_do_not_need_a_partner() -> None:
    assert ConsentInput.model_validate(NEWSLETTER).partner_id is None


def test_a_consent_needs_the_version_of_the_text_that_was_agreed_to() -> None:
    assert _codes(ConsentInput, {"purpose": "registration", "text_version": "  "}) == {("text_version", "required")}


def test_a_consent_partner_must_be_an_id() -> None:
    data = {"purpose": "share_with_partner", "text_version": "v1", "partner_id": "Qredits"}
    assert _codes(ConsentInput, data) == {("partner_id", "reference.invalid")}


# --- Enterprise cross-field rules --------------------------------------------------------------------------------


def test_a_vestigingsnummer_without_kvk_number_is_refused() -> None:
    assert _codes(EnterpriseInput, {"vestigingsnummer": "000012345678"}) == {
        ("vestigingsnummer", "vestigingsnummer.needs_kvk")
    }


def test_a_vestigingsnummer_with_kvk_number_is_accepted() -> None:
    ent = EnterpriseInput.model_validate({"kvk_number": "1234 5678", "vestigingsnummer": "0000 1234 5678"})
    assert (ent.kvk_number, ent.vestigingsnummer) == ("12345678", "000012345678")


def test_more_target_group_employees_than_employees_is_refused() -> None:
    assert _codes(EnterpriseInput, {"employees_total": 2, "employees_target_group": 3}) == {
        ("employees_target_group", "employees.target_exceeds_total")
    }


@pytest.mark.parametrize(("total", "target"), [(3, 3), (3, 0), (0, 0), (None, 2), (4, None)])
def test_target_group_employees_up_to_the_total_are_accepted(total: int | None, target: int | None) -> None:
    ent = EnterpriseInput.model_validate({"employees_total": total, "employees_target_group": target})
    assert (ent.employees_total, ent.employees_target_group) == (total, target)


def test_negative_employee_counts_are_refused() -> None:
    assert _codes(EnterpriseInput, {"employees_total": -1, "employees_target_group": -2}) == {
        ("employees_total", "number.range"),
        ("employees_target_group", "number.range"),
    }


def test_a_registration_reports_enterprise_problems_under_enterprise() -> None:
    data = {"person": PERSON, "consents": [REGISTRATION], "enterprise": {"kvk_number": "1234", "sbi_code": "1"}}
    assert _codes(RegistrationInput, data) == {
        ("enterprise.kvk_number", "kvk.format"),
        ("enterprise.sbi_code", "sbi.format"),
    }


# --- Birth year (only a year is kept, never a date of birth) -----------------------------------------------------


def test_birth_year_must_be_plausible() -> None:
    latest = dt.date.today().year - YOUNGEST_AGE
    assert PersonInput.model_validate({**PERSON, "birth_year": EARLIEST_BIRTH_YEAR}).birth_year == EARLIEST_BIRTH_YEAR
    assert PersonInput.model_validate({**PERSON, "birth_year": str(latest)}).birth_year == latest
    for year in (EARLIEST_BIRTH_YEAR - 1, latest + 1):
        issues = _issues(PersonInput, {**PERSON, "birth_year": year})
        assert issues == [FieldIssue("birth_year", "birth_year.range", {"min": EARLIEST_BIRTH_YEAR, "max": latest})]


# --- Updates: only what was set ----------------------------------------------------------------------------------


def test_person_update_changes_only_the_fields_that_were_set() -> None:
    update = PersonUpdate.model_validate({"phone": "06-12345678", "home_postcode": "2034ab"})
    assert update.changes() == {"phone": "+31612345678", "home_postcode": "2034 AB"}


def test_an_empty_person_update_changes_nothing() -> None:
    assert PersonUpdate().changes() == {}


def test_a_person_update_can_clear_an_optional_field() -> None:
    assert PersonUpdate.model_validate({"email": "", "wijk": None}).changes() == {"email": None, "wijk": None}


def test_a_person_update_sets_enums_and_names() -> None:
    update = PersonUpdate.model_validate(
        {"given_name": " Fatma ", "preferred_language": "en", "income_situation": "bijstand"}
    )
    assert update.changes() == {
        "given_name": "Fatma",
        "preferred_language": Language.EN,
        "income_situation": IncomeSituation.BIJSTAND,
    }


@pytest.mark.parametrize("name", ["given_name", "family_name", "preferred_language", "income_situation"])
def test_a_person_update_cannot_empty_a_required_field(name: str) -> None:
    issues = _issues(PersonUpdate, {name: None})
    assert [i.code for i in issues] == ["required"]


def test_a_person_update_checks_formats_like_registration() -> None:
    assert _codes(PersonUpdate, {"home_postcode": "2034 SS", "email": "jan@"}) == {
        ("home_postcode", "postcode.reserved"),
        ("email", "email.invalid"),
    }


def test_enterprise_update_changes_only_the_fields_that_were_set() -> None:
    update = EnterpriseUpdate.model_validate({"kvk_number": "22 22 22 22", "trade_name": "Bakkerij Özkan"})
    assert update.changes() == {"kvk_number": "22222222", "trade_name": "Bakkerij Özkan"}
    assert EnterpriseUpdate().changes() == {}


# --- Blank optional text means "not given" -----------------------------------------------------------------------


@pytest.mark.parametrize("field", ["email", "phone", "home_postcode", "birth_year", "wijk"])
@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_blank_optional_person_fields_become_none(field: str, blank: str) -> None:
    person = PersonInput.model_validate({**PERSON, field: blank})
    assert getattr(person, field) is None


@pytest.mark.parametrize(
    "field",
    [
        "kvk_number",
        "vestigingsnummer",
        "sbi_code",
        "business_postcode",
        "business_house_number",
        "founded_on",
        "employees_total",
        "employees_target_group",
    ],
)
@pytest.mark.parametrize("blank", ["", "  "])
def test_blank_optional_enterprise_fields_become_none(field: str, blank: str) -> None:
    enterprise = EnterpriseInput.model_validate({field: blank})
    assert getattr(enterprise, field) is None


def test_text_is_stripped() -> None:
    person = PersonInput.model_validate({"given_name": "  Fatima ", "infix": " van ", "family_name": " Dijk  "})
    assert (person.given_name, person.infix, person.family_name) == ("Fatima", "van", "Dijk")


@pytest.mark.parametrize("field", ["given_name", "family_name"])
def test_names_cannot_be_blank(field: str) -> None:
    assert _codes(PersonInput, {**PERSON, field: "   "}) == {(field, "required")}


def test_a_note_needs_text() -> None:
    assert _codes(NoteInput, {"text": " "}) == {("text", "required")}


# --- Data that hubdesk may not keep ------------------------------------------------------------------------------


@pytest.mark.parametrize("field", FORBIDDEN_FIELDS)
@pytest.mark.parametrize("model", [PersonInput, PersonUpdate])
def test_forbidden_person_data_is_refused_not_dropped(model: type[BaseModel], field: str) -> None:
    data = {**PERSON, field: "123456782"} if model is PersonInput else {field: "123456782"}
    assert _codes(model, data) == {(field, "field.not_allowed")}


@pytest.mark.parametrize("field", FORBIDDEN_FIELDS)
def test_forbidden_data_inside_a_registration_is_refused_with_its_path(field: str) -> None:
    data = {"person": {**PERSON, field: "x"}, "consents": [REGISTRATION]}
    assert _codes(RegistrationInput, data) == {(f"person.{field}", "field.not_allowed")}


@pytest.mark.parametrize("field", ["iban", "bsn"])
def test_forbidden_data_on_an_enterprise_is_refused(field: str) -> None:
    assert _codes(EnterpriseInput, {"kvk_number": "12345678", field: "NL91ABNA0417164300"}) == {
        (field, "field.not_allowed")
    }
    assert _codes(RegistrationInput, {"person": PERSON, "consents": [REGISTRATION], "bsn": "123456782"}) == {
        ("bsn", "field.not_allowed")
    }


def test_inputs_cannot_be_changed_after_validation() -> None:
    person = PersonInput.model_validate(PERSON)
    with pytest.raises(ValidationError):
        person.given_name = "Iemand anders"  # type: ignore[misc]
