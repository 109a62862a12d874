"""Reading a spreadsheet file: CSV in any of the usual encodings and separators, or XLSX."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hubdesk.models.errors import FieldIssue, UserFacingError
from hubdesk.services.spreadsheet.model import Cell, Sheet, SheetRow, cell_text

HEADER_SEARCH_ROWS = 20

MAX_LISTED_CELLS = 5


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
