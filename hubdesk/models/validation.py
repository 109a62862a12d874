"""Dutch field rules (DOMAIN.md section 2) as normalising validators.

Each ``normalize_*`` function returns the canonical form or raises
``PydanticCustomError`` whose ``type`` is a stable error code (``kvk.format``,
``postcode.reserved``...) with its parameters; :func:`issues_from_validation_error`
turns a pydantic ``ValidationError`` into :class:`FieldIssue` values. Words for the
user are made by the views and the command line, never here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from pydantic import BeforeValidator, ValidationError
from pydantic_core import PydanticCustomError

from hubdesk.models.errors import FieldIssue

_SEPARATORS = re.compile(r"[\s.\-]")
_POSTCODE = re.compile(r"^([1-9][0-9]{3})([A-Z]{2})$")
RESERVED_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})
DEFAULT_PHONE_REGION = "NL"


def _fail(code: str, **params: Any) -> PydanticCustomError:
    return PydanticCustomError(code, code, params)


def normalize_kvk(value: str) -> str:
    """A KVK number: exactly 8 digits, kept as text (no 11-proof: KVK has no check digit)."""
    digits = _SEPARATORS.sub("", value)
    if not (len(digits) == 8 and digits.isascii() and digits.isdigit()):
        raise _fail("kvk.format", value=value)
    return digits


def normalize_vestigingsnummer(value: str) -> str:
    digits = _SEPARATORS.sub("", value)
    if not (len(digits) == 12 and digits.isascii() and digits.isdigit()):
        raise _fail("vestigingsnummer.format", value=value)
    return digits


def normalize_sbi(value: str) -> str:
    digits = _SEPARATORS.sub("", value)
    if not (4 <= len(digits) <= 5 and digits.isascii() and digits.isdigit()):
        raise _fail("sbi.format", value=value)
    return digits


def normalize_postcode(value: str) -> str:
    """``1234ab`` -> ``1234 AB``; SA, SD and SS are never issued and are refused."""
    compact = re.sub(r"\s", "", value).upper()
    match = _POSTCODE.match(compact)
    if not match:
        raise _fail("postcode.format", value=value)
    digits, letters = match.groups()
    if letters in RESERVED_POSTCODE_LETTERS:
        raise _fail("postcode.reserved", value=value, letters=letters)
    return f"{digits} {letters}"


def normalize_phone(value: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """Any written form of a phone number -> E.164 (``+31612345678``).

    Dutch numbers may be written nationally (``06-12345678``, ``023 123 4567``) or
    with ``+31 (0)``; foreign numbers need their country code.
    """
    cleaned = value.replace("(0)", "")
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        raise _fail("phone.invalid", value=value) from None
    if not phonenumbers.is_valid_number(number):
        raise _fail("phone.invalid", value=value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone_national(e164: str) -> str:
    """``+31612345678`` -> ``06 12345678``; foreign numbers in international form."""
    number = phonenumbers.parse(e164, None)
    if number.country_code == 31:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_email(value: str) -> str:
    """Syntax check only (no deliverability); the domain is lower-cased."""
    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError:
        raise _fail("email.invalid", value=value) from None
    return str(result.normalized)


def _optional(func: Callable[[str], str]) -> Callable[[Any], str | None]:
    """Wrap a normaliser so that ``None`` and blank text mean "not given"."""

    def wrapper(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            value = str(value)
        if not value.strip():
            return None
        return func(value)

    return wrapper


KvkNumber = Annotated[str | None, BeforeValidator(_optional(normalize_kvk))]
Vestigingsnummer = Annotated[str | None, BeforeValidator(_optional(normalize_vestigingsnummer))]
SbiCode = Annotated[str | None, BeforeValidator(_optional(normalize_sbi))]
Postcode = Annotated[str | None, BeforeValidator(_optional(normalize_postcode))]
PhoneNumber = Annotated[str | None, BeforeValidator(_optional(normalize_phone))]
EmailAddress = Annotated[str | None, BeforeValidator(_optional(normalize_email))]

FIELD_NORMALIZERS: dict[str, Callable[[str], str]] = {
    "kvk_number": normalize_kvk,
    "vestigingsnummer": normalize_vestigingsnummer,
    "sbi_code": normalize_sbi,
    "home_postcode": normalize_postcode,
    "business_postcode": normalize_postcode,
    "phone": normalize_phone,
    "email": normalize_email,
}


def check_field(name: str, value: str) -> FieldIssue | None:
    """Inline check of one free-text field as it is typed; ``None`` when fine or empty."""
    func = FIELD_NORMALIZERS.get(name)
    if func is None or not value.strip():
        return None
    try:
        func(value)
    except PydanticCustomError as exc:
        return FieldIssue(name, exc.type, dict(exc.context or {}))
    return None


# pydantic's own error types -> hubdesk codes (with the context keys kept).
_PYDANTIC_CODES = {
    "missing": "required",
    "string_too_short": "required",
    "string_too_long": "too_long",
    "enum": "choice.invalid",
    "literal_error": "choice.invalid",
    "extra_forbidden": "field.not_allowed",
    "int_parsing": "number.invalid",
    "int_type": "number.invalid",
    "greater_than_equal": "number.range",
    "less_than_equal": "number.range",
    "date_parsing": "date.invalid",
    "date_from_datetime_parsing": "date.invalid",
    "date_type": "date.invalid",
    "uuid_parsing": "reference.invalid",
    "list_type": "choice.invalid",
}


def issues_from_validation_error(exc: ValidationError, prefix: str = "") -> list[FieldIssue]:
    issues = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        code = err["type"]
        code = _PYDANTIC_CODES.get(code, code)
        params = {k: v if isinstance(v, str | int | float) else str(v) for k, v in (err.get("ctx") or {}).items()}
        # Rules across fields (model validators) name the field they are about in "field".
        target = params.pop("field", None)
        if isinstance(target, str) and target:
            loc = f"{loc}.{target}" if loc else target
        issues.append(FieldIssue(f"{prefix}{loc}", code, params))
    return issues
