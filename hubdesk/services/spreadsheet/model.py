"""What an import reads and reports: the fields a column can hold, the sheet as read, and
the result of each row."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from hubdesk.models.errors import FieldIssue, UserFacingError
from hubdesk.models.names import fold
from hubdesk.services.readmodels import Changes, DuplicateCandidate

Cell = str | int | float | bool | dt.date | dt.datetime | None

Progress = Callable[[int, int], bool | None]


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

_NON_ALNUM = re.compile(r"[^0-9a-z]+")

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
