"""Turning a row of the sheet into a registration, or into the problems that stop it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from hubdesk.models.enums import (
    ConsentMethod,
    ConsentPurpose,
    Language,
    LegalForm,
    Stadsdeel,
    Stage,
)
from hubdesk.models.errors import FieldIssue
from hubdesk.models.names import PARTICLES
from hubdesk.models.reference import reference
from hubdesk.models.schemas import RegistrationInput
from hubdesk.models.validation import issues_from_validation_error
from hubdesk.services.readmodels import DuplicateCandidate
from hubdesk.services.spreadsheet.model import (
    ENTERPRISE_FIELDS,
    PERSON_FIELDS,
    TEXT_FIELDS,
    Cell,
    F,
    ImportField,
    RowResult,
    RowStatus,
    SheetRow,
    cell_text,
    folded,
)

_LEGAL_FORMS: dict[str, LegalForm] = {
    **{f.value.replace("_", ""): f for f in LegalForm},
    "eenmanszaak": LegalForm.EENMANSZAAK,
    "ez": LegalForm.EENMANSZAAK,
    "soleproprietorship": LegalForm.EENMANSZAAK,
    "soletrader": LegalForm.EENMANSZAAK,
    "zzp": LegalForm.EENMANSZAAK,
    "vennootschaponderfirma": LegalForm.VOF,
    "generalpartnership": LegalForm.VOF,
    "commanditairevennootschap": LegalForm.CV,
    "beslotenvennootschap": LegalForm.BV,
    "naamlozevennootschap": LegalForm.NV,
    "foundation": LegalForm.STICHTING,
    "association": LegalForm.VERENIGING,
    "cooperatieua": LegalForm.COOPERATIE,
    "cooperative": LegalForm.COOPERATIE,
    "noggeen": LegalForm.NONE_YET,
    "geen": LegalForm.NONE_YET,
    "none": LegalForm.NONE_YET,
    "nvt": LegalForm.NONE_YET,
    "inoprichting": LegalForm.NONE_YET,
    "buitenlands": LegalForm.FOREIGN,
    "foreign": LegalForm.FOREIGN,
}

_STAGES: dict[str, Stage] = {
    **{s.value: s for s in Stage},
    "idee": Stage.IDEA,
    "orienterend": Stage.IDEA,
    "orientatie": Stage.IDEA,
    "startend": Stage.STARTING,
    "starter": Stage.STARTING,
    "start": Stage.STARTING,
    "inoprichting": Stage.STARTING,
    "gevestigd": Stage.RUNNING,
    "lopend": Stage.RUNNING,
    "actief": Stage.RUNNING,
    "bestaand": Stage.RUNNING,
    "groeiend": Stage.SCALING,
    "groei": Stage.SCALING,
    "opschalen": Stage.SCALING,
    "opschalend": Stage.SCALING,
    "stoppend": Stage.STOPPING,
    "stoppen": Stage.STOPPING,
    "gestopt": Stage.STOPPING,
}

_LANGUAGES: dict[str, Language] = {
    "nl": Language.NL,
    "nederlands": Language.NL,
    "dutch": Language.NL,
    "en": Language.EN,
    "engels": Language.EN,
    "english": Language.EN,
}

# Text decoded with the wrong encoding: "JoÃ«lle" (UTF-8 read as Windows-1252), or the
# replacement character of a failed decoding.
_MOJIBAKE = re.compile("[\u00c3\u00c2][^\x00-\x7f]|\u00e2\u20ac|\ufffd")

_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%y", "%d/%m/%y")

_YEAR = re.compile(r"^(?:\d{1,2}[-/.]\d{1,2}[-/.])?(\d{4})(?:[-/.]\d{1,2}[-/.]\d{1,2})?$")


def split_full_name(text: str) -> tuple[str, str, str]:
    """("Jan", "van der", "Berg") from "Jan van der Berg" or "Berg, Jan van der"."""
    text = " ".join(text.split())
    if "," in text:
        family_part, _, given_part = text.partition(",")
        words = given_part.split()
        particles: list[str] = []
        while words and folded(words[-1]) in PARTICLES:
            particles.insert(0, words.pop())
        return " ".join(words), " ".join(particles), family_part.strip()
    words = text.split()
    if len(words) <= 1:
        return "", "", text
    given = words[0]
    rest = words[1:]
    infix = []
    while len(rest) > 1 and folded(rest[0]) in PARTICLES:
        infix.append(rest.pop(0))
    return given, " ".join(infix), " ".join(rest)


def _parse_date(value: Cell) -> dt.date | str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value)
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return text  # pydantic says "is not a valid date", with the field's name


def _birth_year(value: Cell) -> int | str | None:
    """A year, or only the year of a full date (hubdesk keeps no date of birth)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.year
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = cell_text(value)
    match = _YEAR.match(text)
    return int(match.group(1)) if match else text


def _number_text(value: Cell, digits: int) -> str:
    """A number typed into a cell that Excel stored as a number: leading zeros come back."""
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return str(int(value)).zfill(digits)
    return cell_text(value)


@dataclass(slots=True)
class Candidate:
    """A valid row on its way to becoming a registration."""

    row: int
    name: str
    data: RegistrationInput
    stadsdeel: Stadsdeel | None
    status: RowStatus = RowStatus.NEW
    matches: tuple[DuplicateCandidate, ...] = ()
    same_as_row: int | None = None


# Validation needs a registration consent; the real one is written by ImportService.apply.
_PLACEHOLDER_CONSENT = {
    "purpose": ConsentPurpose.REGISTRATION,
    "text_version": "import",
    "method": ConsentMethod.VERBAL,
}


def _row_values(row: SheetRow, columns: list[tuple[int, ImportField]]) -> dict[ImportField, Cell]:
    values: dict[ImportField, Cell] = {}
    for index, fld in columns:
        if fld in values:
            continue
        value = row.cells[index] if index < len(row.cells) else None
        if isinstance(value, str):
            value = value.strip()
        values[fld] = value
    return values


def _display_name(values: Mapping[ImportField, Cell]) -> str:
    parts = [cell_text(values.get(f)) for f in (F.GIVEN_NAME, F.INFIX, F.FAMILY_NAME)]
    name = " ".join(p for p in parts if p)
    return name or cell_text(values.get(F.FULL_NAME)) or cell_text(values.get(F.TRADE_NAME))


def evaluate_row(row: SheetRow, columns: list[tuple[int, ImportField]]) -> Candidate | RowResult | None:
    """A valid candidate, an invalid row's result, or None for an empty row."""
    values = _row_values(row, columns)
    if not any(cell_text(v) for v in values.values()) and not row.issues:
        return None
    name = _display_name(values)
    issues: list[FieldIssue] = list(row.issues)
    for index, fld in columns:
        note = row.notes.get(index)
        if note is not None:
            issues.append(FieldIssue(_issue_field(fld), note.code, note.params))
    for fld, value in values.items():
        if isinstance(value, dt.date) and fld not in (F.FOUNDED_ON, F.BIRTH_YEAR):
            issues.append(FieldIssue(_issue_field(fld), "import.date_not_expected", {"value": cell_text(value)}))
    for fld in TEXT_FIELDS | {F.EMAIL}:
        text = cell_text(values.get(fld))
        if text and _MOJIBAKE.search(text):
            issues.append(FieldIssue(_issue_field(fld), "import.mojibake", {"value": text}))
    person: dict[str, Any] = {}
    for fld in PERSON_FIELDS:
        if fld in values:
            person[fld.value] = values[fld]
    if F.FULL_NAME in values and not (cell_text(values.get(F.GIVEN_NAME)) or cell_text(values.get(F.FAMILY_NAME))):
        given, infix, family = split_full_name(cell_text(values[F.FULL_NAME]))
        person.update(given_name=given, infix=infix, family_name=family)
    for key in ("given_name", "infix", "family_name", "wijk"):
        if key in person:
            person[key] = cell_text(person[key])
    person.setdefault("given_name", "")
    person.setdefault("family_name", "")
    if "phone" in person:
        person["phone"] = _number_text(person["phone"], 0)
    if "email" in person:
        person["email"] = cell_text(person["email"])
    if "home_postcode" in person:
        person["home_postcode"] = cell_text(person["home_postcode"])
    if "birth_year" in person:
        person["birth_year"] = _birth_year(person["birth_year"])
    if language := cell_text(values.get(F.PREFERRED_LANGUAGE)):
        found = _LANGUAGES.get(folded(language))
        if found is None:
            issues.append(FieldIssue("person.preferred_language", "import.language_unknown", {"value": language}))
        else:
            person["preferred_language"] = found
    enterprise: dict[str, Any] | None = None
    if any(cell_text(values.get(f)) for f in ENTERPRISE_FIELDS):
        enterprise = {}
        for fld in (F.TRADE_NAME, F.ACTIVITY, F.MISSION, F.BUSINESS_HOUSE_NUMBER, F.SBI_CODE):
            if fld in values:
                enterprise[fld.value] = cell_text(values[fld])
        if F.KVK_NUMBER in values:
            enterprise["kvk_number"] = _number_text(values[F.KVK_NUMBER], 8)
        if F.VESTIGINGSNUMMER in values:
            enterprise["vestigingsnummer"] = _number_text(values[F.VESTIGINGSNUMMER], 12)
        if F.BUSINESS_POSTCODE in values:
            enterprise["business_postcode"] = cell_text(values[F.BUSINESS_POSTCODE])
        if F.FOUNDED_ON in values:
            enterprise["founded_on"] = _parse_date(values[F.FOUNDED_ON])
        if F.EMPLOYEES_TOTAL in values:
            raw = values[F.EMPLOYEES_TOTAL]
            enterprise["employees_total"] = int(raw) if isinstance(raw, float) and raw.is_integer() else raw
        if legal := cell_text(values.get(F.LEGAL_FORM)):
            form = _LEGAL_FORMS.get(folded(legal))
            if form is None:
                issues.append(FieldIssue("enterprise.legal_form", "import.legal_form_unknown", {"value": legal}))
            else:
                enterprise["legal_form"] = form
        if stage_text := cell_text(values.get(F.STAGE)):
            stage = _STAGES.get(folded(stage_text))
            if stage is None:
                issues.append(FieldIssue("enterprise.stage", "import.stage_unknown", {"value": stage_text}))
            else:
                enterprise["stage"] = stage
    data: dict[str, Any] = {"person": person, "consents": [_PLACEHOLDER_CONSENT]}
    if enterprise is not None:
        data["enterprise"] = enterprise
    registration = None
    try:
        registration = RegistrationInput.model_validate(data)
    except ValidationError as exc:
        issues.extend(issues_from_validation_error(exc))
    if issues or registration is None:
        return RowResult(row.number, RowStatus.INVALID, name, tuple(_unique(issues)))
    p = registration.person
    stadsdeel = p.stadsdeel or reference().stadsdeel_for_postcode(p.home_postcode)
    return Candidate(row.number, name, registration, stadsdeel)


def _issue_field(fld: ImportField) -> str:
    if fld in ENTERPRISE_FIELDS:
        return f"enterprise.{fld.value}"
    if fld is F.FULL_NAME:
        return "person.full_name"
    return f"person.{fld.value}"


def _unique(issues: Iterable[FieldIssue]) -> list[FieldIssue]:
    seen: set[tuple[str, str]] = set()
    result = []
    for issue in issues:
        key = (issue.field, issue.code)
        if key not in seen:
            seen.add(key)
            result.append(issue)
    return result
