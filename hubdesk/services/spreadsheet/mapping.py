"""Which column holds which field: guessed from the headers, changed, and remembered."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence

from hubdesk.models.errors import FieldIssue, UserFacingError
from hubdesk.services.spreadsheet.model import F, ImportField, Mapping_, folded

# Header words (folded: lower-case ASCII, letters and digits only) per field.
SYNONYMS: dict[ImportField, tuple[str, ...]] = {
    F.GIVEN_NAME: ("voornaam", "voornamen", "roepnaam", "firstname", "givenname", "forename"),
    F.INFIX: ("tussenvoegsel", "tussenvoegsels", "tussenv", "voorvoegsel", "infix", "nameparticle", "particle"),
    F.FAMILY_NAME: ("achternaam", "familienaam", "geslachtsnaam", "lastname", "surname", "familyname"),
    F.FULL_NAME: ("naam", "volledigenaam", "name", "fullname", "ondernemer", "contactpersoon", "entrepreneur"),
    F.EMAIL: ("email", "emailadres", "mail", "mailadres", "emailaddress"),
    F.PHONE: (
        "telefoon",
        "telefoonnummer",
        "tel",
        "telnr",
        "mobiel",
        "mobielnummer",
        "gsm",
        "phone",
        "phonenumber",
        "mobile",
        "telephone",
    ),
    F.HOME_POSTCODE: ("postcode", "pc", "postalcode", "zip", "zipcode", "postcodewoonadres", "woonpostcode"),
    F.WIJK: ("wijk", "buurt", "neighbourhood", "neighborhood"),
    F.BIRTH_YEAR: ("geboortejaar", "birthyear", "yearofbirth", "geboortedatum", "dateofbirth", "birthdate"),
    F.PREFERRED_LANGUAGE: ("taal", "voorkeurstaal", "language", "preferredlanguage"),
    F.TRADE_NAME: (
        "bedrijfsnaam",
        "bedrijf",
        "handelsnaam",
        "onderneming",
        "organisatie",
        "company",
        "companyname",
        "businessname",
        "tradename",
        "enterprise",
        "naambedrijf",
    ),
    F.KVK_NUMBER: (
        "kvk",
        "kvknummer",
        "kvknr",
        "kamervankoophandel",
        "cocnumber",
        "coc",
        "chamberofcommerce",
        "kvknumber",
    ),
    F.VESTIGINGSNUMMER: ("vestigingsnummer", "vestigingsnr", "branchnumber"),
    F.LEGAL_FORM: ("rechtsvorm", "ondernemingsvorm", "legalform", "bedrijfsvorm"),
    F.STAGE: ("fase", "stadium", "stage", "phase", "ondernemersfase"),
    F.SBI_CODE: ("sbi", "sbicode", "sbinummer"),
    F.ACTIVITY: (
        "activiteit",
        "activiteiten",
        "omschrijving",
        "bedrijfsactiviteit",
        "activity",
        "activities",
        "description",
    ),
    F.MISSION: ("missie", "maatschappelijkemissie", "mission", "socialmission", "impact"),
    F.BUSINESS_POSTCODE: ("postcodebedrijf", "vestigingspostcode", "bedrijfspostcode", "businesspostcode"),
    F.BUSINESS_HOUSE_NUMBER: ("huisnummer", "housenumber", "huisnr"),
    F.FOUNDED_ON: (
        "oprichtingsdatum",
        "opgericht",
        "startdatum",
        "datumoprichting",
        "founded",
        "foundedon",
        "startdate",
        "oprichting",
    ),
    F.EMPLOYEES_TOTAL: (
        "aantalmedewerkers",
        "medewerkers",
        "werknemers",
        "employees",
        "aantalwerknemers",
        "personeel",
    ),
}


def field_for_word(word: str) -> ImportField | None:
    """A field by its code or by a header word ("achternaam", "e-mail", "KVK-nummer")."""
    key = word.strip()
    if key in ImportField.__members__.values():
        return ImportField(key)
    wanted = folded(key)
    for fld, words in SYNONYMS.items():
        if wanted in words or wanted == folded(fld.value):
            return fld
    return None


def guess_mapping(headers: Sequence[str]) -> Mapping_:
    """A field per column from its header (Dutch or English); each field for one column at most.

    An exact header word wins; otherwise the longest known word inside the header
    ("Telefoonnummer (mobiel)" is a phone number), the earliest when two are as long.
    """
    result: Mapping_ = [None] * len(headers)
    used: set[ImportField] = set()
    keys = [folded(h) for h in headers]
    for i, key in enumerate(keys):
        for fld, words in SYNONYMS.items():
            if key and key in words and fld not in used:
                result[i] = fld
                used.add(fld)
                break
    exact_words = {w for words in SYNONYMS.values() for w in words}
    for i, key in enumerate(keys):
        if result[i] is not None or not key or key in exact_words:  # a known header whose field is taken
            continue
        best: tuple[int, int, ImportField] | None = None
        for fld, words in SYNONYMS.items():
            if fld in used:
                continue
            for word in words:
                pos = key.find(word)
                if len(word) >= 4 and pos >= 0 and (best is None or (len(word), -pos) > (best[0], -best[1])):
                    best = (len(word), pos, fld)
        if best is not None:
            result[i] = best[2]
            used.add(best[2])
    return result


def mapping_key(headers: Sequence[str]) -> str:
    """The same for every file with the same headers (for remembering a mapping)."""
    joined = "\x1f".join(folded(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def mapping_to_codes(mapping: Mapping_) -> list[str]:
    return [f.value if f else "" for f in mapping]


def mapping_from_codes(headers: Sequence[str], codes: Sequence[str] | None) -> Mapping_ | None:
    """A remembered mapping, or None when it does not fit these headers."""
    if codes is None or len(codes) != len(headers):
        return None
    try:
        return [ImportField(c) if c else None for c in codes]
    except ValueError:
        return None


REMEMBERED_MAPPINGS = 50


def remember_mapping(
    remembered: Mapping[str, list[str]], headers: Sequence[str], mapping: Mapping_
) -> dict[str, list[str]]:
    """``remembered`` with this mapping as the one for these headers (the newest last; the
    oldest are forgotten beyond :data:`REMEMBERED_MAPPINGS`)."""
    key = mapping_key(headers)
    result = {k: v for k, v in remembered.items() if k != key}
    result[key] = mapping_to_codes(mapping)
    return dict(list(result.items())[-REMEMBERED_MAPPINGS:])


def recall_mapping(remembered: Mapping[str, list[str]], headers: Sequence[str]) -> Mapping_ | None:
    """The mapping last chosen for a file with these headers, if any."""
    return mapping_from_codes(headers, remembered.get(mapping_key(headers)))


def _column_letter_index(text: str) -> int | None:
    if not re.fullmatch(r"[A-Z]{1,3}", text):
        return None
    index = 0
    for ch in text:
        index = index * 26 + (ord(ch) - ord("A") + 1)
    return index - 1


def apply_overrides(headers: Sequence[str], mapping: Mapping_, overrides: Iterable[str]) -> Mapping_:
    """``mapping`` with ``column=field`` changes (the column by its header, its letter or its
    number; the field by its code or a header word; an empty field or ``-`` leaves the
    column out). Raises ``UserFacingError`` for a column or field that does not exist."""
    result = list(mapping)
    for text in overrides:
        column, sep, target = text.partition("=")
        if not sep:
            raise UserFacingError("import.mapping_syntax", value=text)
        column, target = column.strip(), target.strip()
        index = next((i for i, h in enumerate(headers) if h == column), None)
        if index is None:
            index = next((i for i, h in enumerate(headers) if folded(h) == folded(column) and folded(column)), None)
        if index is None:
            index = _column_letter_index(column)
            if index is None and column.isdigit():
                index = int(column) - 1
        if index is None or not 0 <= index < len(headers):
            raise UserFacingError("import.mapping_column", column=column)
        if target in ("", "-"):
            result[index] = None
            continue
        fld = field_for_word(target)
        if fld is None:
            raise UserFacingError("import.mapping_field", field=target)
        for i, current in enumerate(result):  # a field belongs to one column
            if current is fld:
                result[i] = None
        result[index] = fld
    return result


def mapping_problems(mapping: Mapping_) -> list[FieldIssue]:
    """What stops an import whatever the rows say: no name column, a field chosen twice."""
    problems = []
    chosen = [f for f in mapping if f is not None]
    if F.FAMILY_NAME not in chosen and F.FULL_NAME not in chosen:
        problems.append(FieldIssue("family_name", "import.mapping_needs_name"))
    for fld in dict.fromkeys(f for f in chosen if chosen.count(f) > 1):
        problems.append(FieldIssue(fld.value, "import.mapping_twice"))
    return problems
