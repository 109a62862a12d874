"""Every error code has a Dutch and an English sentence; ValidationFailed names the fields."""

from __future__ import annotations

import ast
import inspect
import re
import string
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

import hubdesk
from hubdesk.messages import GENERIC, MESSAGES, error_text, field_label, issue_sentence, message
from hubdesk.models.errors import FieldIssue, StoreError, UserFacingError, ValidationFailed
from hubdesk.models.schemas import EnterpriseInput, PersonUpdate, RegistrationInput
from hubdesk.models.validation import _PYDANTIC_CODES, issues_from_validation_error

SOURCE_ROOT = Path(hubdesk.__file__).resolve().parent
RAISING = ("UserFacingError", "StoreError", "_fail", "PydanticCustomError")
# Where the code base raises a coded error: UserFacingError("setup.needed"), StoreError("store.missing", ...),
# _fail("kvk.format", ...), PydanticCustomError(\n "birth_year.range", ...), and the problems a check reports.
RAISE_SITE = re.compile(r"\b(?:" + "|".join(RAISING) + r')\(\s*"([a-z_][a-z0-9_.]*)"')
CHECK_PROBLEM = re.compile(r'problems\.append\(\(\s*"([a-z_][a-z0-9_.]*)"')
PERSON = {"given_name": "Fatima", "family_name": "El Amrani"}
REGISTRATION = {"purpose": "registration", "text_version": "registratie-2026-01"}


def _sources() -> dict[str, str]:
    files = sorted(SOURCE_ROOT.rglob("*.py"))
    return {p.relative_to(SOURCE_ROOT).as_posix(): p.read_text(encoding="utf-8") for p in files}


def _error_classes(cls: type[UserFacingError] = UserFacingError) -> list[type[UserFacingError]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_error_classes(sub)]
    return found


def _codes_in_use() -> set[str]:
    codes = set(_PYDANTIC_CODES.values())
    for text in _sources().values():
        codes |= set(RAISE_SITE.findall(text)) | set(CHECK_PROBLEM.findall(text))
        for cls in _error_classes():
            # NotFound(entity=...), StaleEdit("persons", ...): raised with the class's own code
            takes_code = "code" in inspect.signature(cls.__init__).parameters
            if re.search(rf"(?<!class )\b{cls.__name__}\(" + ('(?!\\s*")' if takes_code else ""), text):
                codes.add(cls.code)
    return codes


def _raise_sites() -> list[tuple[str, str, frozenset[str]]]:
    """(where, code, names of the parameters given) for every call that raises a coded error."""
    sites = []
    for name, text in _sources().items():
        for node in ast.walk(ast.parse(text)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in RAISING):
                continue
            if not (node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                continue
            given = {k.arg for k in node.keywords if k.arg}
            for arg in node.args:
                if isinstance(arg, ast.Dict):
                    given |= {k.value for k in arg.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
            sites.append((f"{name}:{node.lineno}", node.args[0].value, frozenset(given)))
    return sites


CODES = sorted(_codes_in_use())


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def _failure(model: type[BaseModel], data: dict[str, Any]) -> ValidationFailed:
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    return ValidationFailed(issues_from_validation_error(info.value))


@pytest.mark.parametrize(
    "snippet",
    [
        'raise UserFacingError("x.new")',
        'raise StoreError("x.new", path=str(path))',
        'raise _fail("x.new", value=value)',
        'raise PydanticCustomError(\n    "x.new", "x.new", {"min": 1}\n)',
    ],
)
def test_the_scan_recognises_every_way_of_raising_a_code(snippet: str) -> None:
    assert RAISE_SITE.findall(snippet) == ["x.new"]


def test_the_scan_finds_the_codes_in_use() -> None:
    assert len(CODES) >= 30
    assert {
        "kvk.format",
        "postcode.reserved",
        "phone.invalid",
        "birth_year.range",
        "consent.registration_required",
        "field.not_allowed",
        "store.missing",
        "store.backup_exists",
        "store.corrupt",
        "demo.count",
        "setup.needed",
        "check.audit_chain",
        "validation.failed",
        "record.stale",
        "intake.duplicates",
    } <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_code_in_use_has_a_dutch_and_an_english_sentence(code: str) -> None:
    assert code in MESSAGES, f"no sentence for {code!r}"
    dutch, english = MESSAGES[code]
    assert dutch.strip()
    assert english.strip()
    assert dutch != english


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_use_the_same_placeholders(code: str) -> None:
    dutch, english = MESSAGES[code]
    assert _placeholders(dutch) == _placeholders(english)


def test_the_scan_finds_the_raise_sites_and_their_parameters() -> None:
    sites = {(where.split(":")[0], code, given) for where, code, given in _raise_sites()}
    assert ("models/validation.py", "postcode.reserved", frozenset({"value", "letters"})) in sites
    assert ("models/schemas.py", "birth_year.range", frozenset({"min", "max"})) in sites
    assert ("services/store.py", "store.newer", frozenset({"path", "revision"})) in sites


RAISE_SITES = [site for site in _raise_sites() if site[1] in MESSAGES]


@pytest.mark.parametrize(("where", "code", "given"), RAISE_SITES, ids=[f"{w}:{c}" for w, c, _ in RAISE_SITES])
def test_every_raise_gives_the_parameters_its_sentence_needs(where: str, code: str, given: frozenset[str]) -> None:
    for template in MESSAGES[code]:
        assert _placeholders(template) <= given, f"{where}: {code} needs {_placeholders(template) - given}"


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_formatting_never_raises_on_missing_parameters(code: str, lang: str) -> None:
    assert message(code, None, lang).strip()
    assert message(code, {}, lang).strip()
    assert message(code, {"unrelated": 1}, lang).strip()
    assert error_text(UserFacingError(code), lang).strip()


def test_parameters_are_put_into_the_sentence() -> None:
    assert message("kvk.format", {"value": "1234"}, "nl") == "moet uit precies 8 cijfers bestaan (je typte '1234')"
    assert message("kvk.format", {"value": "1234"}, "en") == "must be exactly 8 digits (you typed '1234')"
    assert message("store.missing", {"path": "{path}"}, "en") == "Database not found: {path}"


def test_an_unknown_code_still_gets_a_sentence_that_names_it() -> None:
    assert message("nieuw.ding", {}, "nl") == GENERIC[0].format(code="nieuw.ding")
    assert "nieuw.ding" in message("nieuw.ding", {}, "en")
    assert message("nieuw.ding", {}, "en") != message("nieuw.ding", {}, "nl")


def test_a_store_error_is_one_sentence_with_the_path() -> None:
    error = StoreError("store.missing", path="D:/hub.sqlite")
    assert error_text(error, "nl") == "Database niet gevonden: D:/hub.sqlite"
    assert error_text(error, "en") == "Database not found: D:/hub.sqlite"


# --- ValidationFailed --------------------------------------------------------------------------------------------


def test_validation_failed_names_the_field_in_dutch() -> None:
    data = {"person": {**PERSON, "home_postcode": "2034 SA"}, "consents": [REGISTRATION]}
    failure = _failure(RegistrationInput, data)
    assert error_text(failure, "nl") == (
        "De invoer is niet in orde:\n- Postcode: bestaat niet: postcodes met SA worden niet uitgegeven"
    )


def test_validation_failed_names_the_field_in_english() -> None:
    data = {"person": {**PERSON, "home_postcode": "2034 SA"}, "consents": [REGISTRATION]}
    failure = _failure(RegistrationInput, data)
    assert error_text(failure, "en") == (
        "The input is not right:\n- Postcode: does not exist: postcodes with SA are never issued"
    )


def test_validation_failed_lists_every_problem_on_its_own_line() -> None:
    failure = _failure(
        RegistrationInput,
        {
            "person": {**PERSON, "phone": "06123", "email": "jan@"},
            "enterprise": {"kvk_number": "1234"},
            "consents": [REGISTRATION],
        },
    )
    lines = error_text(failure, "nl").splitlines()
    assert lines[0] == "De invoer is niet in orde:"
    assert sorted(lines[1:]) == [
        "- E-mail: is geen geldig e-mailadres (je typte 'jan@')",
        "- KVK-nummer: moet uit precies 8 cijfers bestaan (je typte '1234')",
        "- Telefoon: is geen geldig telefoonnummer (je typte '06123'); buitenlandse nummers met landcode, bv. +32",
    ]
    english = error_text(failure, "en")
    assert "- KVK number: must be exactly 8 digits (you typed '1234')" in english
    assert "- Phone: is not a valid phone number (you typed '06123')" in english


def test_a_sentence_that_stands_on_its_own_gets_no_field_label() -> None:
    issue = FieldIssue("", "consent.registration_required")
    assert issue_sentence(issue, "nl") == "Leg eerst de toestemming voor registratie vast."
    assert issue_sentence(issue, "en") == "Record the consent for registration first."


@pytest.mark.parametrize(
    ("path", "dutch", "english"),
    [
        ("person.home_postcode", "Postcode", "Postcode"),
        ("enterprise.kvk_number", "KVK-nummer", "KVK number"),
        ("birth_year", "Geboortejaar", "Year of birth"),
        ("person.given_name", "Voornaam", "Given name"),
    ],
)
def test_field_labels_come_from_the_last_part_of_the_path(path: str, dutch: str, english: str) -> None:
    assert field_label(path, "nl") == dutch
    assert field_label(path, "en") == english


def test_a_consent_without_partner_is_named_as_the_consent_not_as_a_list_position() -> None:
    share = {"purpose": "share_with_partner", "text_version": "delen-2026-01"}
    failure = _failure(RegistrationInput, {"person": PERSON, "consents": [REGISTRATION, share]})
    assert error_text(failure, "nl").splitlines()[1] == (
        "- Toestemming: noem de partner met wie gegevens gedeeld mogen worden"
    )
    assert error_text(failure, "en").splitlines()[1] == "- Consent: name the partner the data may be shared with"


def test_emptying_a_required_field_says_which_field() -> None:
    failure = _failure(PersonUpdate, {"given_name": None})
    assert error_text(failure, "nl").splitlines()[1] == "- Voornaam: is verplicht"
    assert error_text(failure, "en").splitlines()[1] == "- Given name: is required"


def test_a_vestigingsnummer_without_kvk_says_which_field() -> None:
    failure = _failure(EnterpriseInput, {"vestigingsnummer": "000012345678"})
    assert error_text(failure, "nl").splitlines()[1] == "- Vestigingsnummer: kan alleen samen met een KVK-nummer"
    assert error_text(failure, "en").splitlines()[1] == "- Branch number: needs a KVK number too"


def test_a_forbidden_field_is_named_and_explained() -> None:
    failure = _failure(RegistrationInput, {"person": {**PERSON, "bsn": "123456782"}, "consents": [REGISTRATION]})
    assert error_text(failure, "nl").splitlines()[1] == (
        "- bsn: wordt niet opgeslagen (dit gegeven mag hubdesk niet bewaren)"
    )
    assert error_text(failure, "en").splitlines()[1] == "- bsn: is not stored (hubdesk may not keep this data)"
