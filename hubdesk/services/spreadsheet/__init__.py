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

The parts: :mod:`.model` (fields, the sheet, results), :mod:`.reading`, :mod:`.mapping`,
:mod:`.rows` (a row to a registration), :mod:`.duplicates` and :mod:`.service`.

Thread contract: no Qt. ``progress(done, total)`` is called on the calling thread every
few rows; returning ``False`` (or raising :class:`ImportCancelled`) cancels.
"""

from __future__ import annotations

from hubdesk.services.spreadsheet.mapping import (
    apply_overrides,
    guess_mapping,
    mapping_key,
    mapping_problems,
    recall_mapping,
    remember_mapping,
)
from hubdesk.services.spreadsheet.model import (
    BLOCKING,
    Cell,
    ImportCancelled,
    ImportField,
    ImportReport,
    Mapping_,
    Progress,
    RowResult,
    RowStatus,
    Sheet,
    SheetRow,
)
from hubdesk.services.spreadsheet.reading import read_sheet
from hubdesk.services.spreadsheet.rows import evaluate_row, split_full_name
from hubdesk.services.spreadsheet.service import ImportService, sheet_problems

__all__ = [
    "BLOCKING",
    "Cell",
    "ImportCancelled",
    "ImportField",
    "ImportReport",
    "ImportService",
    "Mapping_",
    "Progress",
    "RowResult",
    "RowStatus",
    "Sheet",
    "SheetRow",
    "apply_overrides",
    "evaluate_row",
    "guess_mapping",
    "mapping_key",
    "mapping_problems",
    "read_sheet",
    "recall_mapping",
    "remember_mapping",
    "sheet_problems",
    "split_full_name",
]
