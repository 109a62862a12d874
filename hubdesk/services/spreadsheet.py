"""Importing existing lists of entrepreneurs from a spreadsheet (CSV or XLSX).

1. :func:`read_sheet` reads the file: CSV with ``;``, ``,`` or tab, in UTF-8 (with or
   without BOM), UTF-16, or else Windows-1252 (reported, never silently); XLSX: the
   first sheet, its header row, cached results of formulas, dates, and merged cells
   (reported). A file that cannot be read raises ``UserFacingError`` (``import.*``).
2. The column mapping is guessed from the headers in Dutch or English
   (:func:`guess_mapping`), can be changed (:func:`apply_overrides`) and is remembered
   per set of headers by the caller (:func:`mapping_key`; the settings keep it).
3. :meth:`ImportService.dry_run` says for every row what would happen: new, skipped as a
   probable duplicate (of a registered entrepreneur or of an earlier row), or invalid,
   with the problems as :class:`FieldIssue` codes (the same sentences as the intake form).
4. :meth:`ImportService.apply` takes a "before-import" backup and then writes every new
   row in ONE transaction with the change log and the audit log (bulk writes): a
   cancelled or failed import leaves nothing behind.

Consent rule: an imported entrepreneur needs a registration consent like any other.
The import is refused unless the worker confirms that the people on the list agreed
to be registered by the hub, and says how (``ConsentMethod``: verbally, signed or
digitally); each gets a registration consent with that method, the text version
``import-<date>``, recorded by the importing worker at the moment of the import.

Imported entrepreneurs get no visit (an import is not a contact); their registration
and last contact are the moment of the import.

Thread contract: no Qt. ``progress(done, total)`` is called on the calling thread every
few rows; returning ``False`` (or raising :class:`ImportCancelled`) cancels.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import enum
import hashlib
import io
import re
import secrets
import uuid
import warnings
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from hubdesk.models.base import Replicated
from hubdesk.models.enums import (
    AuditAction,
    ConsentMethod,
    ConsentPurpose,
    IncomeSituation,
    Language,
    LegalForm,
    Stadsdeel,
    Stage,
)
from hubdesk.models.errors import FieldIssue, UserFacingError, ValidationFailed
from hubdesk.models.logs import AuditEvent
from hubdesk.models.names import fold, name_key, similar_names
from hubdesk.models.people import Enterprise, Person, PersonEnterprise, PersonIndex
from hubdesk.models.reference import reference
from hubdesk.models.schemas import CURRENT_SBI_VERSION, RegistrationInput
from hubdesk.models.tables import Base
from hubdesk.models.validation import issues_from_validation_error
from hubdesk.services import audit
from hubdesk.services.backups import BackupReason, BackupService
from hubdesk.services.bulk import BulkWriter, write_batch
from hubdesk.services.changelog import HubSession
from hubdesk.services.indexing import index_row
from hubdesk.services.intake import MAX_DUPLICATES, NAME_CANDIDATE_LIMIT
from hubdesk.services.readmodels import Changes, DuplicateCandidate
from hubdesk.services.store import DRIVER_ERRORS, Actor, Store, translate_db_error

Cell = str | int | float | bool | dt.date | dt.datetime | None
Progress = Callable[[int, int], bool | None]

HEADER_SEARCH_ROWS = 20
PROGRESS_EVERY = 100
WRITE_BATCH = 1000
MAX_LISTED_CELLS = 5


class ImportField(enum.StrEnum):
    """What a column can hold (the field codes are those of the intake's schemas)."""

    GIVEN_NAME = "given_name"
    INFIX = "infix"
    FAMILY_NAME = "family_name"
    FULL_NAME = "full_name"
    EMAIL = "email"
    PHONE = "phone"
    HOME_POSTCODE = "home_postcode"
    WIJK = "wijk"
    BIRTH_YEAR = "birth_year"
    PREFERRED_LANGUAGE = "preferred_language"
    TRADE_NAME = "trade_name"
    KVK_NUMBER = "kvk_number"
    VESTIGINGSNUMMER = "vestigingsnummer"
    LEGAL_FORM = "legal_form"
    STAGE = "stage"
    SBI_CODE = "sbi_code"
    ACTIVITY = "activity"
    MISSION = "mission"
    BUSINESS_POSTCODE = "business_postcode"
    BUSINESS_HOUSE_NUMBER = "business_house_number"
    FOUNDED_ON = "founded_on"
    EMPLOYEES_TOTAL = "employees_total"


F = ImportField
PERSON_FIELDS = (F.GIVEN_NAME, F.INFIX, F.FAMILY_NAME, F.EMAIL, F.PHONE, F.HOME_POSTCODE, F.WIJK, F.BIRTH_YEAR)
ENTERPRISE_FIELDS = (
    F.TRADE_NAME,
    F.KVK_NUMBER,
    F.VESTIGINGSNUMMER,
    F.LEGAL_FORM,
    F.STAGE,
    F.SBI_CODE,
    F.ACTIVITY,
    F.MISSION,
    F.BUSINESS_POSTCODE,
    F.BUSINESS_HOUSE_NUMBER,
    F.FOUNDED_ON,
    F.EMPLOYEES_TOTAL,
)
TEXT_FIELDS = frozenset(
    {F.GIVEN_NAME, F.INFIX, F.FAMILY_NAME, F.FULL_NAME, F.WIJK, F.TRADE_NAME, F.ACTIVITY, F.MISSION}
)

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
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_YEAR = re.compile(r"^(?:\d{1,2}[-/.]\d{1,2}[-/.])?(\d{4})(?:[-/.]\d{1,2}[-/.]\d{1,2})?$")

# Report codes that stop an import (the file or the mapping is not fit for it).
BLOCKING = frozenset({"import.truncated", "import.mapping_needs_name", "import.mapping_twice"})


class ImportCancelled(UserFacingError):
    """The worker cancelled; the transaction was rolled back and nothing was written."""

    code = "import.cancelled"


class RowStatus(enum.StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"  # probably an entrepreneur who is registered already: skipped
    DUPLICATE_IN_FILE = "duplicate_in_file"  # the same person as an earlier row: skipped
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One row as read; ``number`` is the row number the spreadsheet program shows.

    ``notes`` maps a column to a problem of that cell that the file shows (a merged
    cell, a formula without a stored result, an error value); ``issues`` are problems
    of the row as a whole (cut off, more cells than headers).
    """

    number: int
    cells: tuple[Cell, ...]
    notes: Mapping[int, FieldIssue] = field(default_factory=dict)
    issues: tuple[FieldIssue, ...] = ()


@dataclass(frozen=True, slots=True)
class Sheet:
    """A spreadsheet as read: headers, data rows and what the reader noticed."""

    path: Path
    kind: str  # "csv" or "xlsx"
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    notices: tuple[FieldIssue, ...] = ()
    encoding: str | None = None
    delimiter: str | None = None
    sheet_name: str | None = None

    def example(self, column: int) -> str:
        """The first non-empty value of a column, as text (for the mapping screen)."""
        for row in self.rows:
            if column < len(row.cells) and (text := cell_text(row.cells[column])):
                return text
        return ""


Mapping_ = list[ImportField | None]
"""A field (or None: not imported) per column, in the order of the headers."""


@dataclass(frozen=True, slots=True)
class RowResult:
    """What the import does (or would do) with one row."""

    row: int
    status: RowStatus
    name: str
    issues: tuple[FieldIssue, ...] = ()
    matches: tuple[DuplicateCandidate, ...] = ()
    same_as_row: int | None = None


@dataclass(frozen=True, slots=True)
class ImportReport:
    """The outcome of a dry run or an import. ``rows`` holds every non-empty row."""

    file_name: str
    notices: tuple[FieldIssue, ...]
    rows: tuple[RowResult, ...]
    applied: bool = False
    backup: Path | None = None
    changes: Changes = field(default_factory=Changes)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def new(self) -> int:
        return self.count(RowStatus.NEW)

    @property
    def duplicates(self) -> int:
        return self.count(RowStatus.DUPLICATE) + self.count(RowStatus.DUPLICATE_IN_FILE)

    @property
    def invalid(self) -> int:
        return self.count(RowStatus.INVALID)

    @property
    def blocked(self) -> bool:
        """True when the file or the mapping stops an import (see the notices)."""
        return any(n.code in BLOCKING for n in self.notices)

    @property
    def problem_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.status is not RowStatus.NEW]


# -- reading ---------------------------------------------------------------------------------------------------------


def folded(text: str) -> str:
    """A header or a value as compared here: lower-case ASCII letters and digits only."""
    return _NON_ALNUM.sub("", fold(text))


def cell_text(value: Cell) -> str:
    """A cell as the text a person would read in it (numbers without a trailing ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ", "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def read_sheet(path: Path) -> Sheet:
    """Read a CSV or XLSX file (recognised by its content, not its name).

    Raises ``UserFacingError``: ``import.file_missing``, ``import.unreadable``,
    ``import.old_excel`` (.xls), ``import.not_spreadsheet``, ``import.damaged`` (a broken
    XLSX) or ``import.empty``. Anything else the reader finds is reported in the sheet's
    notices and its rows' issues.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserFacingError("import.file_missing", path=str(path)) from None
    except IsADirectoryError:
        raise UserFacingError("import.not_spreadsheet", path=str(path)) from None
    except OSError as exc:
        raise UserFacingError("import.unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserFacingError("import.old_excel", path=str(path))
    if data.startswith(b"PK"):
        return _read_xlsx(path)
    return _read_csv(path, data)


def _decode(data: bytes, path: Path) -> tuple[str, str, list[FieldIssue]]:
    """Text, encoding used, notices. UTF-8 strictly (BOM or not), UTF-16 with a BOM,
    else Windows-1252, else Latin-1; anything but UTF is reported."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            raise UserFacingError("import.not_spreadsheet", path=str(path)) from None
    if b"\x00" in data:
        raise UserFacingError("import.not_spreadsheet", path=str(path))
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", [FieldIssue("", "import.encoding", {"encoding": "Windows-1252"})]
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", [FieldIssue("", "import.encoding", {"encoding": "Latin-1"})]


def _sniff_delimiter(text: str) -> str:
    """The separator of the first line: the most frequent of ; , and tab (ties: ;, as Dutch Excel writes)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts.values())
    if best == 0:
        return ";"
    return next(d for d in (";", "\t", ",") if counts[d] == best)


def _header_index(rows: Sequence[Sequence[Cell]]) -> int:
    """The header row: the first of the top rows with at least two texts in it (a title
    line above the table, often in merged cells, has only one)."""
    for i, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        texts = [c for c in cells if isinstance(c, str) and c.strip() and not _looks_numeric(c)]
        if len(texts) >= 2:
            return i
    return next((i for i, cells in enumerate(rows) if any(cell_text(c) for c in cells)), 0)


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[\d\s.,+\-/()]+", text))


def _read_csv(path: Path, data: bytes) -> Sheet:
    text, encoding, notices = _decode(data, path)
    if any(ch in text for ch in "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f"):
        raise UserFacingError("import.not_spreadsheet", path=str(path))
    delimiter = _sniff_delimiter(text)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not any(any(c.strip() for c in rec) for rec in records):
        raise UserFacingError("import.empty", path=str(path))
    header_at = _header_index(records)
    headers = tuple(c.strip() for c in records[header_at])
    if header_at:
        notices.append(FieldIssue("", "import.header_row", {"row": header_at + 1}))
    # A quote that is never closed (an odd number of them: escaped quotes come in pairs), or
    # a last line without its end and with fewer cells than the header: the file was cut off.
    last = len(records) - 1
    cut_off = text.count('"') % 2 == 1 or (
        not text.endswith(("\n", "\r")) and last > header_at and len(records[last]) < len(headers)
    )
    rows = []
    for i in range(header_at + 1, len(records)):
        rec = records[i]
        issues: list[FieldIssue] = []
        extra = [c for c in rec[len(headers) :] if c.strip()]
        if extra:
            issues.append(FieldIssue("", "import.row_too_long", {"found": len(rec), "expected": len(headers)}))
        if cut_off and i == last:
            issues.append(FieldIssue("", "import.row_cut_off", {"found": len(rec), "expected": len(headers)}))
        cells = tuple(rec[: len(headers)]) + ("",) * max(0, len(headers) - len(rec))
        rows.append(SheetRow(i + 1, cells, {}, tuple(issues)))
    if cut_off:
        notices.append(FieldIssue("", "import.truncated", {"row": last + 1}))
    return Sheet(path, "csv", headers, tuple(rows), tuple(notices), encoding=encoding, delimiter=delimiter)


def _cell_list(coords: list[str]) -> str:
    shown = ", ".join(coords[:MAX_LISTED_CELLS])
    return shown + (" …" if len(coords) > MAX_LISTED_CELLS else "")


def _read_xlsx(path: Path) -> Sheet:
    # openpyxl publishes no type information. It takes a few hundred ms to import: only when needed.
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    def load(data_only: bool) -> Any:
        with warnings.catch_warnings():  # openpyxl warns about features it drops (validation, styles)
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(path, data_only=data_only)

    try:
        book = load(False)
    except (zipfile.BadZipFile, EOFError):
        raise UserFacingError("import.damaged", path=str(path)) from None
    except (InvalidFileException, KeyError):
        raise UserFacingError("import.not_spreadsheet", path=str(path)) from None
    except OSError as exc:
        raise UserFacingError("import.unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    except Exception as exc:  # openpyxl raises many kinds on a malformed workbook (ValueError, TypeError...)
        raise UserFacingError("import.damaged", path=str(path)) from exc
    if not book.worksheets:
        raise UserFacingError("import.empty", path=str(path))
    ws = book.worksheets[0]
    notices: list[FieldIssue] = []
    if len(book.worksheets) > 1:
        notices.append(FieldIssue("", "import.other_sheets", {"sheet": ws.title, "count": len(book.worksheets)}))
    grid: list[list[Cell]] = []
    formulas: dict[tuple[int, int], str] = {}
    errors: dict[tuple[int, int], str] = {}
    for r, row in enumerate(ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column), start=1):
        values: list[Cell] = []
        for c, cell in enumerate(row, start=1):
            value = cell.value
            if cell.data_type == "f":
                formulas[(r, c)] = cell.coordinate
                value = None
            elif cell.data_type == "e":
                errors[(r, c)] = str(value)
                value = None
            elif not isinstance(value, str | int | float | bool | dt.date | dt.datetime | type(None)):
                value = str(value)  # times and durations: as text
            values.append(value)
        grid.append(values)
    book.close()
    without_value: list[str] = []
    if formulas:  # results as Excel last saved them
        cached = load(True)
        sheet = cached.worksheets[0]
        for (r, c), coord in formulas.items():
            value = sheet.cell(row=r, column=c).value
            if value is None:
                without_value.append(coord)
            else:
                grid[r - 1][c - 1] = value if isinstance(value, str | int | float | bool | dt.date) else str(value)
        cached.close()
    while grid and not any(cell_text(v) for v in grid[-1]):
        grid.pop()
    if not grid:
        raise UserFacingError("import.empty", path=str(path))
    header_at = _header_index(grid)
    headers = tuple(cell_text(v) for v in grid[header_at])
    while headers and not headers[-1]:
        headers = headers[:-1]
    if header_at:
        notices.append(FieldIssue("", "import.header_row", {"row": header_at + 1}))
    notes: dict[int, dict[int, FieldIssue]] = {}
    merged_ranges = []
    for merged in ws.merged_cells.ranges:
        if merged.max_row <= header_at + 1:
            continue  # a title or a header spanning columns: not data
        merged_ranges.append(merged.coord)
        first = get_column_letter(merged.min_col) + str(merged.min_row)
        for r in range(max(merged.min_row, header_at + 2), merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if (r, c) != (merged.min_row, merged.min_col):
                    notes.setdefault(r, {})[c - 1] = FieldIssue("", "import.merged_cell", {"cell": first})
    if merged_ranges:
        notices.append(FieldIssue("", "import.merged_cells", {"cells": _cell_list(merged_ranges)}))
    for (r, c), coord in formulas.items():
        if coord in without_value:
            notes.setdefault(r, {})[c - 1] = FieldIssue("", "import.formula_without_value", {"cell": coord})
    if without_value:
        notices.append(FieldIssue("", "import.formulas_without_values", {"cells": _cell_list(without_value)}))
    for (r, c), value in errors.items():
        coord = get_column_letter(c) + str(r)
        notes.setdefault(r, {})[c - 1] = FieldIssue("", "import.cell_error", {"cell": coord, "value": value})
    width = len(headers)
    rows = []
    for i in range(header_at + 1, len(grid)):
        values = grid[i]
        cells = tuple(values[:width]) + (None,) * max(0, width - len(values))
        issues: tuple[FieldIssue, ...] = ()
        if any(cell_text(v) for v in values[width:]):
            issues = (FieldIssue("", "import.row_too_long", {"found": len(values), "expected": width}),)
        rows.append(SheetRow(i + 1, cells, notes.get(i + 1, {}), issues))
    return Sheet(path, "xlsx", headers, tuple(rows), tuple(notices), sheet_name=ws.title)


# -- the column mapping -------------------------------------------------------------------------------------------


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


# -- turning a row into a registration -----------------------------------------------------------------------------


def split_full_name(text: str) -> tuple[str, str, str]:
    """("Jan", "van der", "Berg") from "Jan van der Berg" or "Berg, Jan van der"."""
    text = " ".join(text.split())
    if "," in text:
        family_part, _, given_part = text.partition(",")
        words = given_part.split()
        particles: list[str] = []
        while words and folded(words[-1]) in _PARTICLES:
            particles.insert(0, words.pop())
        return " ".join(words), " ".join(particles), family_part.strip()
    words = text.split()
    if len(words) <= 1:
        return "", "", text
    given = words[0]
    rest = words[1:]
    infix = []
    while len(rest) > 1 and folded(rest[0]) in _PARTICLES:
        infix.append(rest.pop(0))
    return given, " ".join(infix), " ".join(rest)


_PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "t",
        "te",
        "ter",
        "ten",
        "in",
        "op",
        "von",
        "da",
        "di",
        "du",
        "la",
        "le",
        "del",
        "dos",
        "das",
    }
)


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
class _Candidate:
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


def evaluate_row(row: SheetRow, columns: list[tuple[int, ImportField]]) -> _Candidate | RowResult | None:
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
    return _Candidate(row.number, name, registration, stadsdeel)


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


# -- duplicates ----------------------------------------------------------------------------------------------------


class _ExistingLookup:
    """Which candidates are probably registered entrepreneurs already, looked up in batches.

    The rules are the intake's (:func:`hubdesk.services.intake.find_duplicates_in`): the
    same e-mail address (whatever its case), phone number or KVK number, or else a similar
    name (:func:`similar_names`) in the same stadsdeel among at most
    ``NAME_CANDIDATE_LIMIT`` index rows per first two letters of the family or given
    name. Asking per row would cost five queries a row (a minute for 10,000 rows on a
    re-import); here exact keys take one query per batch and each name group one query
    per import. Names are only compared when no contact detail or KVK number matched.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._groups: dict[tuple[str, str, str], list[tuple[uuid.UUID, str, str]]] = {}

    def _ids_by(self, query: Any) -> dict[str, list[uuid.UUID]]:
        found: dict[str, list[uuid.UUID]] = {}
        for row in self.session.execute(query):
            found.setdefault(row[0], []).append(row[1])
        return found

    def flag(self, batch: Sequence[_Candidate]) -> None:
        living = Person.deleted_at.is_(None)
        emails = {c.data.person.email.lower() for c in batch if c.data.person.email}
        phones = {c.data.person.phone for c in batch if c.data.person.phone}
        kvks = {c.data.enterprise.kvk_number for c in batch if c.data.enterprise and c.data.enterprise.kvk_number}
        by_email = (
            self._ids_by(
                sa.select(sa.func.lower(Person.email), Person.id).where(sa.func.lower(Person.email).in_(emails), living)
            )
            if emails
            else {}
        )
        by_phone = (
            self._ids_by(sa.select(Person.phone_e164, Person.id).where(Person.phone_e164.in_(phones), living))
            if phones
            else {}
        )
        by_kvk = (
            self._ids_by(
                sa.select(Enterprise.kvk_number, PersonEnterprise.person_id)
                .join(PersonEnterprise, PersonEnterprise.enterprise_id == Enterprise.id)
                .where(
                    Enterprise.kvk_number.in_(kvks),
                    Enterprise.deleted_at.is_(None),
                    PersonEnterprise.deleted_at.is_(None),
                )
            )
            if kvks
            else {}
        )
        found: list[tuple[_Candidate, dict[uuid.UUID, list[str]]]] = []
        for c in batch:
            p = c.data.person
            reasons: dict[uuid.UUID, list[str]] = {}
            kvk = c.data.enterprise.kvk_number if c.data.enterprise else None
            for ids, reason in (
                (by_email.get(p.email.lower()) if p.email else None, "email"),
                (by_phone.get(p.phone) if p.phone else None, "phone"),
                (by_kvk.get(kvk) if kvk else None, "kvk"),
            ):
                for pid in ids or ():
                    reasons.setdefault(pid, []).append(reason)
            if not reasons:
                for pid in self._similar(c):
                    reasons.setdefault(pid, []).append("name")
            if reasons:
                found.append((c, reasons))
        if not found:
            return
        all_ids = list({pid for _, reasons in found for pid in reasons})
        index: dict[uuid.UUID, PersonIndex] = {}
        for start in range(0, len(all_ids), 500):
            chunk = all_ids[start : start + 500]
            for row in self.session.execute(sa.select(PersonIndex).where(PersonIndex.person_id.in_(chunk))).scalars():
                index[row.person_id] = row
        for c, reasons in found:
            matches = [
                DuplicateCandidate(
                    person_id=pid,
                    name=index[pid].display_name,
                    enterprise_name=index[pid].enterprise_name,
                    stadsdeel=_stadsdeel(index[pid].stadsdeel),
                    registered_at=index[pid].registered_at,
                    reasons=tuple(dict.fromkeys(why)),
                )
                for pid, why in reasons.items()
                if pid in index
            ]
            if matches:
                matches.sort(key=lambda m: (not m.strong, -len(m.reasons), m.name))
                c.status = RowStatus.DUPLICATE
                c.matches = tuple(matches[:MAX_DUPLICATES])

    def _similar(self, c: _Candidate) -> set[uuid.UUID]:
        if c.stadsdeel is None:
            return set()
        p = c.data.person
        family = name_key(f"{p.infix} {p.family_name}")
        given = name_key(p.given_name)
        if len(family) < 2 or not given:
            return set()
        found = set()
        for kind, prefix in (("family", family[:2]), ("given", given[:2])):
            for pid, g_key, f_key in self._group(c.stadsdeel.value, kind, prefix):
                if similar_names(given, family, g_key, f_key):
                    found.add(pid)
        return found

    def _group(self, stadsdeel: str, kind: str, prefix: str) -> list[tuple[uuid.UUID, str, str]]:
        key = (stadsdeel, kind, prefix)
        if key not in self._groups:
            column = PersonIndex.family_key if kind == "family" else PersonIndex.given_key
            upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            rows = self.session.execute(
                sa.select(PersonIndex.person_id, PersonIndex.given_key, PersonIndex.family_key)
                .where(PersonIndex.stadsdeel == stadsdeel, column >= prefix, column < upper)
                .limit(NAME_CANDIDATE_LIMIT)
            ).all()
            self._groups[key] = [(pid, g, f) for pid, g, f in rows]
        return self._groups[key]


def _stadsdeel(value: str | None) -> Stadsdeel | None:
    return Stadsdeel(value) if value else None


def _file_keys(c: _Candidate) -> list[tuple[str, str]]:
    """What makes two rows of one file the same person: a contact detail, the KVK number,
    or the same name at the same postcode."""
    p = c.data.person
    keys = []
    if p.email:
        keys.append(("email", p.email.lower()))
    if p.phone:
        keys.append(("phone", p.phone))
    if c.data.enterprise and c.data.enterprise.kvk_number:
        keys.append(("kvk", c.data.enterprise.kvk_number))
    name = (name_key(p.given_name), name_key(f"{p.infix} {p.family_name}"))
    keys.append(("name", f"{name[0]}|{name[1]}|{p.home_postcode or ''}"))
    return keys


# -- the service ---------------------------------------------------------------------------------------------------


def _report_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def sheet_problems(sheet: Sheet, mapping: Mapping_) -> list[FieldIssue]:
    """The notices of a sheet with this mapping: what the reader noticed, then the mapping's problems."""
    return [*sheet.notices, *mapping_problems(mapping)]


def _complete(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """Every data column of ``table`` (bulk rows need them all): the Python-side default or
    None for those not given, so a column added by a later schema does not break the import."""
    for column in Base.metadata.tables[table].columns:
        if column.name in values or column.name in Replicated.META_FIELDS or column.name == "deleted_at":
            continue
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            values[column.name] = default.arg  # type: ignore[attr-defined]
        elif default is not None and getattr(default, "is_callable", False):
            values[column.name] = default.arg(None)  # type: ignore[attr-defined]
        else:
            values[column.name] = None
    return values


class ImportService:
    """Dry runs and imports of spreadsheets into one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _evaluate(
        self, session: Session, sheet: Sheet, mapping: Mapping_, progress: Progress | None, total: int
    ) -> tuple[list[RowResult], list[_Candidate]]:
        """Every row's fate, in the order of the file, and the new registrations."""
        columns = [(i, f) for i, f in enumerate(mapping) if f is not None and i < len(sheet.headers)]
        results: dict[int, RowResult | _Candidate] = {}
        valid: list[_Candidate] = []
        lookup = _ExistingLookup(session)
        pending: list[_Candidate] = []
        for done, row in enumerate(sheet.rows, start=1):
            outcome = evaluate_row(row, columns)
            if isinstance(outcome, _Candidate):
                pending.append(outcome)
                valid.append(outcome)
            if outcome is not None:
                results[row.number] = outcome
            if len(pending) >= WRITE_BATCH:
                lookup.flag(pending)
                pending = []
            if done % PROGRESS_EVERY == 0:
                _report_progress(progress, done, total)
        lookup.flag(pending)
        _report_progress(progress, len(sheet.rows), total)
        seen: dict[tuple[str, str], int] = {}
        for c in valid:
            keys = _file_keys(c)
            earlier = next((seen[k] for k in keys if k in seen), None)
            if earlier is not None and c.status is RowStatus.NEW:
                c.status = RowStatus.DUPLICATE_IN_FILE
                c.same_as_row = earlier
            for k in keys:
                seen.setdefault(k, c.row)
        rows = []
        for outcome in results.values():
            if isinstance(outcome, RowResult):
                rows.append(outcome)
                continue
            issues: tuple[FieldIssue, ...] = ()
            if outcome.status is RowStatus.DUPLICATE:
                first = outcome.matches[0]
                issues = (FieldIssue("", f"import.duplicate_{first.reasons[0]}", {"name": first.name}),)
            elif outcome.status is RowStatus.DUPLICATE_IN_FILE:
                issues = (FieldIssue("", "import.duplicate_in_file", {"row": outcome.same_as_row}),)
            rows.append(
                RowResult(outcome.row, outcome.status, outcome.name, issues, outcome.matches, outcome.same_as_row)
            )
        return rows, [c for c in valid if c.status is RowStatus.NEW]

    def dry_run(self, sheet: Sheet, mapping: Mapping_, *, progress: Progress | None = None) -> ImportReport:
        """What :meth:`apply` would do; reads only. Raises :class:`ImportCancelled` when cancelled."""
        with self._store.read() as s:
            rows, _ = self._evaluate(s, sheet, mapping, progress, len(sheet.rows))
        return ImportReport(sheet.path.name, tuple(sheet_problems(sheet, mapping)), tuple(rows))

    def apply(
        self,
        actor: Actor,
        sheet: Sheet,
        mapping: Mapping_,
        consent: ConsentMethod | None,
        *,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Register every new row, all or nothing, after a "before-import" backup.

        ``consent`` is how the people on the list gave their consent to be registered,
        as the worker confirmed; None refuses (``import.consent_required``). A file that
        was cut off refuses (``import.truncated``), and so does a mapping without a name or
        with a field twice (:class:`ValidationFailed` with the mapping's problems).
        Cancelling (see the module) raises :class:`ImportCancelled` after the rollback.
        """
        if consent is None:
            raise UserFacingError("import.consent_required")
        problems = [p for p in sheet_problems(sheet, mapping) if p.code in BLOCKING]
        for problem in problems:
            if problem.code == "import.truncated":
                raise UserFacingError("import.truncated", row=problem.params.get("row", ""))
        if problems:
            raise ValidationFailed(problems)
        store = self._store
        backup = None
        if store.path is not None:
            backup = BackupService.for_store(store).take(BackupReason.BEFORE_IMPORT).path
        now = store.clock()
        # Progress: checking the rows is the first half of the way, writing the second.
        half = max(1, len(sheet.rows))

        def written(count: int) -> None:
            _report_progress(progress, half + (count * half) // max(1, len(new)), 2 * half)

        try:
            with store.engine.connect() as conn, conn.begin():
                session = HubSession(bind=conn)
                try:
                    rows, new = self._evaluate(session, sheet, mapping, progress, 2 * half)
                    changes = self._write(conn, session, actor, new, consent, now, sheet.path.name, written)
                finally:
                    session.close()
        except (OperationalError, DBAPIError) as exc:
            raise translate_db_error(exc, store.location) from exc
        except DRIVER_ERRORS as exc:  # sqlite3's, or SQLCipher's for an encrypted database
            raise translate_db_error(exc, store.location) from exc
        return ImportReport(
            sheet.path.name,
            tuple(sheet_problems(sheet, mapping)),
            tuple(rows),
            applied=True,
            backup=backup,
            changes=changes,
        )

    def _write(
        self,
        conn: sa.Connection,
        session: Session,
        actor: Actor,
        new: list[_Candidate],
        consent: ConsentMethod,
        now: dt.datetime,
        source: str,
        progress: Callable[[int], None],
    ) -> Changes:
        """Queue and write the new registrations in the caller's transaction (bulk, with the
        change log and one audit event per entrepreneur, chained as :mod:`audit` does)."""
        store = self._store
        writer = BulkWriter.for_connection(conn, node_id=store.node_id, worker_id=actor.worker_id, now=now)
        last_hash = session.execute(sa.select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar()
        prev_hash: str = last_hash or audit.GENESIS
        text_version = f"import-{now.astimezone().date().isoformat()}"
        ids: dict[str, set[uuid.UUID]] = {
            name: set() for name in ("persons", "enterprises", "person_enterprises", "consents")
        }
        for done, c in enumerate(new, start=1):
            p = c.data.person
            person = _complete(
                "persons",
                {
                    "hub_id": actor.hub_id,
                    "given_name": p.given_name,
                    "infix": p.infix,
                    "family_name": p.family_name,
                    "email": p.email,
                    "phone_e164": p.phone,
                    "preferred_language": p.preferred_language,
                    "home_postcode": p.home_postcode,
                    "stadsdeel": c.stadsdeel,
                    "wijk": p.wijk,
                    "birth_year": p.birth_year,
                    "income_situation": IncomeSituation.NOT_ASKED,
                    "pseudonym_id": secrets.token_hex(16),
                    "registered_at": now,
                    "last_contact_at": now,
                },
            )
            pid = writer.add("persons", person)
            person["id"] = pid
            ids["persons"].add(pid)
            enterprises: list[dict[str, Any]] = []
            if c.data.enterprise is not None:
                values = c.data.enterprise.model_dump(exclude={"role"})
                values["sbi_version"] = CURRENT_SBI_VERSION if values["sbi_code"] else None
                ent = _complete("enterprises", {"hub_id": actor.hub_id, **values})
                eid = writer.add("enterprises", ent)
                ent["id"] = eid
                enterprises.append(ent)
                ids["enterprises"].add(eid)
                link = {"person_id": pid, "enterprise_id": eid, "role": c.data.enterprise.role}
                ids["person_enterprises"].add(writer.add("person_enterprises", link))
            consent_row = {
                "person_id": pid,
                "hub_id": actor.hub_id,
                "purpose": ConsentPurpose.REGISTRATION,
                "partner_id": None,
                "data_items": [],
                "text_version": text_version,
                "method": consent,
                "given_at": now,
                "recorded_by": actor.worker_id,
                "withdrawn_at": None,
            }
            ids["consents"].add(writer.add("consents", _complete("consents", consent_row)))
            writer.add_derived(
                "person_index",
                index_row(
                    {**person, "stadsdeel": c.stadsdeel.value if c.stadsdeel else None},
                    [{**e, "stage": e["stage"].value} for e in enterprises],
                    False,
                ),
            )
            event = AuditEvent(
                at=now,
                node_id=store.node_id,
                worker_id=actor.worker_id,
                action=AuditAction.CREATE,
                entity="persons",
                record_id=pid,
                person_id=pid,
                # The kind of file only: a file name is free text and may hold a name.
                detail={"import": source.rsplit(".", 1)[-1].lower() if "." in source else "sheet"},
                prev_hash=prev_hash,
            )
            event.hash = audit.entry_hash(prev_hash, audit._payload(event))  # exactly as audit.record hashes
            prev_hash = event.hash
            writer.add_derived(
                "audit_events",
                {
                    "at": now,
                    "node_id": store.node_id,
                    "worker_id": actor.worker_id,
                    "action": AuditAction.CREATE,
                    "entity": "persons",
                    "record_id": pid,
                    "person_id": pid,
                    "detail": event.detail,
                    "prev_hash": event.prev_hash,
                    "hash": event.hash,
                },
            )
            if done % WRITE_BATCH == 0:
                write_batch(conn, writer.take())
            if done % PROGRESS_EVERY == 0:
                progress(done)
        write_batch(conn, writer.take())
        progress(len(new))
        return Changes({k: frozenset(v) for k, v in ids.items() if v}, frozenset(ids["persons"]))
