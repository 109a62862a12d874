"""Dutch field rules: KVK, vestigingsnummer, postcode, phone and e-mail; codes, params and field paths."""

from __future__ import annotations

import re
import string
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from hubdesk.models.errors import FieldIssue
from hubdesk.models.schemas import EnterpriseInput, PersonInput, RegistrationInput
from hubdesk.models.validation import (
    FIELD_NORMALIZERS,
    check_field,
    issues_from_validation_error,
    normalize_email,
    normalize_kvk,
    normalize_phone,
    normalize_postcode,
    normalize_vestigingsnummer,
)

CANONICAL_POSTCODE = re.compile(r"^[1-9][0-9]{3} [A-Z]{2}$")
REGISTRATION_CONSENT = {"purpose": "registration", "text_version": "registratie-2026-01"}


def _refusal(func: Callable[[str], str], value: str) -> PydanticCustomError:
    with pytest.raises(PydanticCustomError) as info:
        func(value)
    return info.value


def _outcome(func: Callable[[str], str], value: str) -> tuple[str, str]:
    """("stored", canonical form) or ("refused", error code): for properties over any input."""
    try:
        return "stored", func(value)
    except PydanticCustomError as exc:
        return "refused", exc.type


def _issues(
    model: type[RegistrationInput | PersonInput | EnterpriseInput], data: dict[str, object], prefix: str = ""
) -> list[FieldIssue]:
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    return issues_from_validation_error(info.value, prefix)


# --- KVK number: 8 digits as text, no 11-proof -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("12345678", "12345678"),
        ("22222222", "22222222"),  # fails the 11-proof: KVK numbers have no check digit
        ("00012345", "00012345"),  # leading zeros are kept: text, not a number
        ("1234 5678", "12345678"),
        ("1234.5678", "12345678"),
        ("12-34-56-78", "12345678"),
        ("  69599084  ", "69599084"),
    ],
)
def test_kvk_number_is_kept_as_eight_digits(typed: str, stored: str) -> None:
    assert normalize_kvk(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["1234567", "123456789", "1234567a", "KVK12345678", "12345678901", "１２３４５６７８", "1234567/", "abcdefgh"],
)
def test_kvk_number_that_is_not_eight_digits_is_refused_with_what_was_typed(typed: str) -> None:
    error = _refusal(normalize_kvk, typed)
    assert error.type == "kvk.format"
    assert error.context == {"value": typed}


# --- Vestigingsnummer: 12 digits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("000012345678", "000012345678"), ("1234 5678 9012", "123456789012"), ("1234.5678.9012", "123456789012")],
)
def test_vestigingsnummer_is_kept_as_twelve_digits(typed: str, stored: str) -> None:
    assert normalize_vestigingsnummer(typed) == stored


@pytest.mark.parametrize("typed", ["12345678", "12345678901", "1234567890123", "12345678901a", "1234 5678 901"])
def test_vestigingsnummer_that_is_not_twelve_digits_is_refused(typed: str) -> None:
    error = _refusal(normalize_vestigingsnummer, typed)
    assert error.type == "vestigingsnummer.format"
    assert error.context == {"value": typed}


# --- Postcode ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2034 AB", "2034 AB"),
        ("2034ab", "2034 AB"),
        ("2034 ab", "2034 AB"),
        (" 2011tj ", "2011 TJ"),
        ("1000 AA", "1000 AA"),
        ("9999 ZZ", "9999 ZZ"),
        ("2034 SB", "2034 SB"),  # only SA, SD and SS are never issued
    ],
)
def test_postcode_is_stored_upper_case_with_one_space(typed: str, stored: str) -> None:
    assert normalize_postcode(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["0123 AB", "203 AB", "20345 AB", "2034 A", "2034 ABC", "2034 A1", "AB 2034", "2034-AB", "2034 ÄB", "postcode"],
)
def test_postcode_of_the_wrong_shape_is_refused(typed: str) -> None:
    error = _refusal(normalize_postcode, typed)
    assert error.type == "postcode.format"
    assert error.context == {"value": typed}


@pytest.mark.parametrize(("typed", "letters"), [("2034 SA", "SA"), ("2034sd", "SD"), ("2011 ss", "SS")])
def test_postcode_with_letters_that_are_never_issued_is_refused(typed: str, letters: str) -> None:
    error = _refusal(normalize_postcode, typed)
    assert error.type == "postcode.reserved"
    assert error.context == {"value": typed, "letters": letters}


# --- Phone -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0612345678", "+31612345678"),
        ("06-12345678", "+31612345678"),
        ("06 1234 5678", "+31612345678"),
        ("06-12 34 56 78", "+31612345678"),
        ("+31 (0)6 1234 5678", "+31612345678"),
        ("+31612345678", "+31612345678"),
        ("0031 6 12345678", "+31612345678"),
        ("023 512 3456", "+31235123456"),
        ("(023) 5123456", "+31235123456"),
        ("+31 (0)23-5123456", "+31235123456"),
        ("+32 470 12 34 56", "+32470123456"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+49 30 1234567", "+49301234567"),
    ],
)
def test_phone_numbers_are_kept_in_e164(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "12345",
        "06123",
        "06-1234567",  # one digit short
        "06-123456789",  # one digit too many
        "+31 6 1234",
        "0470 12 34 56",  # a Belgian mobile without its country code is not a Dutch number
        "bel me maar",
        "",
    ],
)
def test_phone_numbers_that_cannot_be_dialled_are_refused(typed: str) -> None:
    error = _refusal(normalize_phone, typed)
    assert error.type == "phone.invalid"
    assert error.context == {"value": typed}


# --- E-mail ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("jan@voorbeeld.nl", "jan@voorbeeld.nl"),
        ("jan@Voorbeeld.NL", "jan@voorbeeld.nl"),
        ("Jan.de.Vries@Voorbeeld.NL", "Jan.de.Vries@voorbeeld.nl"),  # only the domain is lower-cased
        ("  fatima@hub.nl ", "fatima@hub.nl"),
        ("fatima@een-domein-dat-vast-niet-bestaat-hubdesk.nl", "fatima@een-domein-dat-vast-niet-bestaat-hubdesk.nl"),
    ],
)
def test_email_is_checked_for_syntax_only_and_the_domain_lower_cased(typed: str, stored: str) -> None:
    assert normalize_email(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["no-at-sign", "a@b", "jan@@voorbeeld.nl", "jan voorbeeld@x.nl", "jan@voorbeeld", "@voorbeeld.nl", "jan@.nl"],
)
def test_email_that_is_not_an_address_is_refused(typed: str) -> None:
    error = _refusal(normalize_email, typed)
    assert error.type == "email.invalid"
    assert error.context == {"value": typed}


# --- check_field (inline check while typing) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "typed", "code"),
    [
        ("kvk_number", "1234", "kvk.format"),
        ("vestigingsnummer", "1234", "vestigingsnummer.format"),
        ("sbi_code", "12", "sbi.format"),
        ("home_postcode", "2034 SA", "postcode.reserved"),
        ("business_postcode", "203 AB", "postcode.format"),
        ("phone", "06123", "phone.invalid"),
        ("email", "jan@", "email.invalid"),
    ],
)
def test_check_field_reports_the_field_the_code_and_the_typed_value(name: str, typed: str, code: str) -> None:
    issue = check_field(name, typed)
    assert issue is not None
    assert (issue.field, issue.code) == (name, code)
    assert issue.params["value"] == typed


def test_check_field_names_the_reserved_letters() -> None:
    assert check_field("home_postcode", "2034sa") == FieldIssue(
        "home_postcode", "postcode.reserved", {"value": "2034sa", "letters": "SA"}
    )


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("kvk_number", "22222222"),
        ("vestigingsnummer", "000012345678"),
        ("sbi_code", "6201"),
        ("home_postcode", "2034ab"),
        ("business_postcode", "2011 TJ"),
        ("phone", "+31 (0)6 1234 5678"),
        ("email", "jan@Voorbeeld.nl"),
    ],
)
def test_check_field_is_silent_for_good_input(name: str, typed: str) -> None:
    assert check_field(name, typed) is None


@pytest.mark.parametrize("name", sorted(FIELD_NORMALIZERS))
@pytest.mark.parametrize("typed", ["", "   ", "\t"])
def test_check_field_is_silent_while_a_field_is_still_empty(name: str, typed: str) -> None:
    assert check_field(name, typed) is None


def test_check_field_ignores_fields_without_a_format_rule() -> None:
    assert check_field("family_name", "!!!") is None


# --- issues_from_validation_error --------------------------------------------------------------------------------


def test_issues_carry_dotted_paths_into_nested_inputs() -> None:
    issues = _issues(
        RegistrationInput,
        {
            "person": {"given_name": "Fatima", "family_name": "El Amrani", "home_postcode": "2034 SA"},
            "enterprise": {"kvk_number": "1234"},
            "consents": [REGISTRATION_CONSENT, {"purpose": "newsletter", "text_version": ""}],
        },
    )
    assert {(i.field, i.code) for i in issues} == {
        ("person.home_postcode", "postcode.reserved"),
        ("enterprise.kvk_number", "kvk.format"),
        ("consents.1.text_version", "required"),
    }
    postcode = next(i for i in issues if i.field == "person.home_postcode")
    assert postcode.params == {"value": "2034 SA", "letters": "SA"}


def test_issues_can_be_given_a_prefix() -> None:
    issues = _issues(PersonInput, {"given_name": "Fatima", "family_name": "El Amrani", "phone": "06123"}, "person.")
    assert issues == [FieldIssue("person.phone", "phone.invalid", {"value": "06123"})]


def test_every_problem_of_an_input_is_reported_at_once() -> None:
    issues = _issues(
        PersonInput,
        {"given_name": "", "family_name": "El Amrani", "email": "jan@", "phone": "12", "home_postcode": "0000 AA"},
    )
    assert [i.field for i in issues] == ["given_name", "email", "phone", "home_postcode"]


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"family_name": "Jansen"}, "given_name", "required"),
        ({"given_name": "", "family_name": "Jansen"}, "given_name", "required"),
        ({"given_name": "J" * 81, "family_name": "Jansen"}, "given_name", "too_long"),
        (
            {"given_name": "Jan", "family_name": "Jansen", "preferred_language": "fr"},
            "preferred_language",
            "choice.invalid",
        ),
        ({"given_name": "Jan", "family_name": "Jansen", "stadsdeel": "haarlem_zuid"}, "stadsdeel", "choice.invalid"),
        ({"given_name": "Jan", "family_name": "Jansen", "birth_year": "negentig"}, "birth_year", "number.invalid"),
        ({"given_name": "Jan", "family_name": "Jansen", "birth_year": 1850}, "birth_year", "birth_year.range"),
        ({"given_name": "Jan", "family_name": "Jansen", "bsn": "123456782"}, "bsn", "field.not_allowed"),
    ],
)
def test_pydantic_errors_become_hubdesk_codes(data: dict[str, object], field: str, code: str) -> None:
    assert [(i.field, i.code) for i in _issues(PersonInput, data)] == [(field, code)]


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"employees_total": -1}, "employees_total", "number.range"),
        ({"founded_on": "gisteren"}, "founded_on", "date.invalid"),
        ({"impact_areas": "klimaat"}, "impact_areas", "choice.invalid"),
        ({"stage": "bloeiend"}, "stage", "choice.invalid"),
    ],
)
def test_enterprise_pydantic_errors_become_hubdesk_codes(data: dict[str, object], field: str, code: str) -> None:
    assert [(i.field, i.code) for i in _issues(EnterpriseInput, data)] == [(field, code)]


def test_issue_params_are_plain_values_that_can_be_put_in_a_sentence() -> None:
    issues = _issues(PersonInput, {"given_name": "Jan", "family_name": "Jansen", "stadsdeel": "haarlem_zuid"})
    assert issues[0].params
    assert all(isinstance(v, str | int | float) for v in issues[0].params.values())
    too_long = _issues(PersonInput, {"given_name": "J" * 81, "family_name": "Jansen"})
    assert too_long[0].params == {"max_length": 80}


# --- Properties --------------------------------------------------------------------------------------------------

_DIGITS = st.text(alphabet=string.digits, min_size=8, max_size=8)


@given(_DIGITS)
def test_any_eight_digits_are_a_kvk_number_and_keep_their_digits(digits: str) -> None:
    assert normalize_kvk(digits) == digits


@given(st.text(alphabet=string.digits, max_size=20).filter(lambda s: len(s) != 8))
def test_digit_strings_of_another_length_are_not_a_kvk_number(digits: str) -> None:
    assert _refusal(normalize_kvk, digits).type == "kvk.format"


@given(
    st.text(alphabet=string.digits, max_size=8),
    st.characters(categories=["L"]),
    st.text(alphabet=string.digits, max_size=8),
)
def test_a_kvk_number_with_a_letter_in_it_is_refused(before: str, letter: str, after: str) -> None:
    assert _refusal(normalize_kvk, before + letter + after).type == "kvk.format"


_LETTER_PAIRS = (
    st.tuples(st.sampled_from(string.ascii_uppercase), st.sampled_from(string.ascii_uppercase))
    .map("".join)
    .filter(lambda pair: pair not in {"SA", "SD", "SS"})
)


@given(
    st.integers(min_value=1000, max_value=9999),
    st.sampled_from(["", " "]),
    _LETTER_PAIRS,
    st.booleans(),
)
def test_valid_postcodes_always_become_dddd_space_ll(number: int, space: str, letters: str, lower: bool) -> None:
    typed = f"{number}{space}{letters.lower() if lower else letters}"
    stored = normalize_postcode(typed)
    assert CANONICAL_POSTCODE.match(stored)
    assert stored == f"{number} {letters}"
    assert normalize_postcode(stored) == stored


@given(st.text(max_size=10))
def test_postcode_normalisation_is_idempotent_for_whatever_is_typed(typed: str) -> None:
    outcome, stored = _outcome(normalize_postcode, typed)
    if outcome == "refused":
        assert stored in {"postcode.format", "postcode.reserved"}
        return
    assert CANONICAL_POSTCODE.match(stored)
    assert stored[5:] not in {"SA", "SD", "SS"}
    assert normalize_postcode(stored) == stored


@given(
    st.sampled_from("12345"),
    st.text(alphabet=string.digits, min_size=7, max_size=7),
    st.sampled_from(["06{}", "06-{}", "06 {}", "+31 (0)6 {}", "+316{}", "00316{}"]),
)
def test_dutch_mobile_numbers_always_become_plus_316_and_the_eight_digits(first: str, rest: str, form: str) -> None:
    digits = first + rest
    assert normalize_phone(form.format(digits)) == "+316" + digits


@given(_DIGITS)
def test_06_numbers_are_either_refused_or_kept_digit_for_digit(digits: str) -> None:
    outcome, stored = _outcome(normalize_phone, "06" + digits)
    assert (outcome, stored) in {("refused", "phone.invalid"), ("stored", "+316" + digits)}
