"""The programme's figures as tables, a quarterly report (PDF) and table exports (CSV, XLSX). No Qt.

The figures come from :class:`hubdesk.services.indicators.IndicatorService`; this
module arranges them for people: one :class:`Section` per group of indicators
(reach, activity, needs, referrals, ...), each a list of :class:`Table` whose rows
are the indicator's breakdown and whose columns are the total and, when asked,
one column per stadsdeel or hub. The dashboard shows these tables; the report and
the exports are made from them too.

The small-cell rule: whatever leaves the application (the PDF, the CSV, the XLSX)
is always built with ``suppress=True``: figures below the threshold become "<5".
Only the dashboard may show exact figures, and only when the coordinator turns
the rule off on screen.

The words (titles, indicator names, the names of codes) live in per-language
files ``resources/report/report_<language>.toml``; a code they do not name is
shown as the code.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import threading
import tomllib
import uuid
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, Protocol
from xml.sax.saxutils import escape

import sqlalchemy as sa

# ReportLab publishes no type information (see services/letters.py): everything taken from it is ``Any``.
from reportlab.graphics.charts.barcharts import HorizontalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from hubdesk.models.enums import Language, Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.models.guidance import StepType
from hubdesk.models.org import Hub
from hubdesk.models.referrals import Partner
from hubdesk.resources import resource_path
from hubdesk.services.indicators import (
    INDICATORS,
    Figure,
    Filter,
    GroupBy,
    IndicatorDef,
    IndicatorService,
    Period,
    suppress_small_cells,
)
from hubdesk.services.letters import FONT, FONT_BOLD, register_fonts
from hubdesk.services.roles import Permission, require
from hubdesk.services.store import Actor, Store

__all__ = [
    "SMALL_CELL_THRESHOLD",
    "Cell",
    "FigureSet",
    "FigureSource",
    "Names",
    "Row",
    "Section",
    "Table",
    "Vocabulary",
    "build_sections",
    "collect",
    "csv_bytes",
    "parse_quarter",
    "pdf_bytes",
    "vocabulary",
    "xlsx_bytes",
]

SMALL_CELL_THRESHOLD = 5
"""Counts below this (and percentages or days resting on fewer cases) are shown as "<5"."""

_STEP_TYPE = "step type"
_PARTNER = "partner code"
_TRANSITION = "from->to"
# Breakdowns whose rows follow the order of the vocabulary (a natural order); others go by size.
_ORDERED = frozenset({"new|returning", "stage", "value band", "stadsdeel", "placement kind"})


class FigureSource(Protocol):
    """What computes the figures: :class:`IndicatorService`, or a stand-in in tests."""

    def figures(self, flt: Filter, *, by: GroupBy = "programme") -> list[Figure]: ...


# ---------------------------------------------------------------------------
# Words


@dataclasses.dataclass(frozen=True, slots=True)
class Vocabulary:
    """The report's words in one language (``resources/report/report_<language>.toml``)."""

    language: Language
    texts: Mapping[str, str]
    units: Mapping[str, str]
    sections: Mapping[str, str]
    indicators: Mapping[str, str]
    keys: Mapping[str, Mapping[str, str]]

    def text(self, key: str, **values: str) -> str:
        pattern = self.texts.get(key, key)
        return pattern.format(**values) if values else pattern

    def section(self, code: str) -> str:
        return self.sections.get(code, code)

    def indicator(self, code: str) -> str:
        return self.indicators.get(code, code)

    def unit(self, unit: str) -> str:
        return self.units.get(unit, unit)

    def key(self, breakdown: str, key: str) -> str:
        return self.keys.get(breakdown, {}).get(key, key)

    def number(self, value: float, unit: str) -> str:
        """A figure as text: whole counts with a thousands separator, one decimal otherwise."""
        if unit == "count" or float(value).is_integer():
            text = f"{round(value):,}"
        else:
            text = f"{value:,.1f}"
        if self.language is Language.NL:  # 1.234,5
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return f"{text}%" if unit == "percent" else text


@cache
def vocabulary(language: Language | str) -> Vocabulary:
    """The words for ``language`` (Dutch for anything but English)."""
    lang = Language.EN if str(language) == "en" else Language.NL
    with resource_path("report", f"report_{lang.value}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return Vocabulary(
        language=lang,
        texts=dict(data["text"]),
        units=dict(data["unit"]),
        sections=dict(data["section"]),
        indicators=dict(data["indicator"]),
        keys={name: dict(table) for name, table in data["key"].items()},
    )


# ---------------------------------------------------------------------------
# Figures for one selection


@dataclasses.dataclass(frozen=True, slots=True)
class Names:
    """Display names from the database for codes in the figures."""

    hubs: Mapping[str, str] = dataclasses.field(default_factory=dict)  # hub id (str) -> name
    partners: Mapping[str, str] = dataclasses.field(default_factory=dict)  # partner code -> name
    step_types: Mapping[str, tuple[str, str]] = dataclasses.field(default_factory=dict)  # code -> (nl, en)


@dataclasses.dataclass(frozen=True, slots=True)
class FigureSet:
    """The figures of one selection: for the whole selection and by stadsdeel or hub."""

    flt: Filter
    programme: tuple[Figure, ...]
    by: Mapping[str, tuple[Figure, ...]]  # "stadsdeel" / "hub" -> figures grouped that way
    names: Names
    made_on: dt.date
    hubs_selected: int = 1  # how many hubs the filter takes in; 0: none, and so no figures

    @property
    def empty(self) -> bool:
        """No hub in the selection (e.g. a stadsdeel without a hub): there are no figures."""
        return self.hubs_selected == 0


def may_view(store: Store, actor: Actor) -> bool:
    """Whether the actor may see the programme's figures (coordinators and admins)."""
    try:
        with store.read() as s:
            require(s, actor, Permission.DASHBOARD, "dashboard.not_allowed")
    except UserFacingError:
        return False
    return True


def collect(
    store: Store,
    actor: Actor,
    flt: Filter,
    *,
    by: Sequence[GroupBy] = ("stadsdeel",),
    source: FigureSource | None = None,
    today: dt.date | None = None,
) -> FigureSet:
    """Compute the figures of ``flt`` for the whole selection and for each grouping in ``by``.

    Runs the queries in the caller's thread (the dashboard's database thread, or the
    command line). Raises ``UserFacingError("dashboard.not_allowed")`` unless the actor
    is a coordinator or an admin.
    """
    with store.read() as s:
        require(s, actor, Permission.DASHBOARD, "dashboard.not_allowed")
        rows = s.execute(sa.select(Hub.id, Hub.name, Hub.stadsdeel).where(Hub.deleted_at.is_(None))).all()
        hubs = {str(i): n for i, n, _sd in rows}
        selected = sum(
            1
            for i, _n, sd in rows
            if (flt.hub_id is None or i == flt.hub_id) and (flt.stadsdeel is None or sd == flt.stadsdeel)
        )
        partners = {c: n for c, n in s.execute(sa.select(Partner.code, Partner.name))}
        step_types = {
            c: (nl, en) for c, nl, en in s.execute(sa.select(StepType.code, StepType.name_nl, StepType.name_en))
        }
    names = Names(hubs=hubs, partners=partners, step_types=step_types)
    made_on = today or store.clock().astimezone().date()
    if not selected:  # nothing to count (and nothing to ask the indicator service)
        return FigureSet(flt, (), {g: () for g in by if g != "programme"}, names, made_on, hubs_selected=0)
    service = source if source is not None else IndicatorService(store)
    programme = tuple(service.figures(flt, by="programme"))
    grouped: dict[str, tuple[Figure, ...]] = {g: tuple(service.figures(flt, by=g)) for g in by if g != "programme"}
    return FigureSet(flt, programme, grouped, names, made_on, hubs_selected=selected)


def parse_quarter(text: str) -> Period:
    """ "2026-Q3" (also "2026q3", "2026-3") as a period; ``UserFacingError("report.quarter_invalid")``."""
    cleaned = text.strip().upper().replace(" ", "")
    year, sep, q = cleaned.partition("-") if "-" in cleaned else cleaned.partition("Q")
    q = q.removeprefix("Q")
    if not sep or not (year.isdigit() and len(year) == 4 and q in ("1", "2", "3", "4")):
        raise UserFacingError("report.quarter_invalid", value=text)
    return Period.quarter(int(year), int(q))


# ---------------------------------------------------------------------------
# Tables


@dataclasses.dataclass(frozen=True, slots=True)
class Cell:
    text: str  # as shown: "12", "45,5%", "<5", "–"
    value: float | None  # None when suppressed or not computable
    suppressed: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class Row:
    key: str  # the code ("" for an indicator without breakdown)
    label: str
    cells: tuple[Cell, ...]  # one per column of the table


@dataclasses.dataclass(frozen=True, slots=True)
class Table:
    indicator: str  # the indicator's code
    title: str
    unit: str  # "count" | "percent" | "days"
    breakdown: str
    columns: tuple[str, ...]  # the headers of the value columns; the first is the total
    groups: tuple[str, ...]  # the group codes of those columns ("" for the total)
    rows: tuple[Row, ...]

    def cell(self, key: str, group: str = "") -> Cell | None:
        """The cell of ``key`` in ``group``'s column (None if there is no such row or column)."""
        if group not in self.groups:
            return None
        col = self.groups.index(group)
        return next((r.cells[col] for r in self.rows if r.key == key), None)


@dataclasses.dataclass(frozen=True, slots=True)
class Section:
    code: str  # "reach", "referrals", ...
    title: str
    tables: tuple[Table, ...]

    def table(self, indicator: str) -> Table | None:
        return next((t for t in self.tables if t.indicator == indicator), None)


KeyLabel = Callable[[str, str], "str | None"]
"""(breakdown, key) -> a display name, or None to use the vocabulary's."""


def suppressed(figures: Sequence[Figure], threshold: int = SMALL_CELL_THRESHOLD) -> list[Figure]:
    """The figures with the small-cell rule applied (the indicator service's rule: small
    cells and the cells they could be worked out from)."""
    return suppress_small_cells(figures, threshold)


def _key_label(vocab: Vocabulary, names: Names, breakdown: str, key: str, custom: KeyLabel | None) -> str:
    if not key:
        return vocab.text("total")
    if custom is not None and (label := custom(breakdown, key)) is not None:
        return label
    if breakdown == _PARTNER:
        return names.partners.get(key, key)
    if breakdown == _STEP_TYPE:
        nl, en = names.step_types.get(key, (key, key))
        return (en if vocab.language is Language.EN else nl) or key
    if breakdown == _TRANSITION and "->" in key:
        before, after = key.split("->", 1)
        return f"{_key_label(vocab, names, 'stage', before, custom) if before else '–'} → " + _key_label(
            vocab, names, "stage", after, custom
        )
    parts, kinds = key.split("|"), breakdown.split("|")
    if breakdown not in vocab.keys and len(kinds) > 1 and len(parts) == len(kinds):
        # A breakdown of two codes (e.g. "partner code|outcome", key "kvk|registered_kvk").
        return " – ".join(_key_label(vocab, names, k, p, custom) for k, p in zip(kinds, parts, strict=True))
    return vocab.key(breakdown, key)


def _group_columns(
    vocab: Vocabulary, names: Names, by: GroupBy, figures: Sequence[Figure], custom: KeyLabel | None
) -> list[tuple[str, str]]:
    """(group code, header) of the columns after the total, in a stable order."""
    present = {f.group for f in figures if f.group}
    if by == "stadsdeel":
        order = [s.value for s in Stadsdeel if s.value in present] + sorted(present - {s.value for s in Stadsdeel})
        return [(g, _key_label(vocab, names, "stadsdeel", g, custom)) for g in order]
    if by == "hub":
        return sorted(((g, names.hubs.get(g, g)) for g in present), key=lambda pair: pair[1].casefold())
    return []


def _cell(vocab: Vocabulary, figure: Figure | None, unit: str) -> Cell:
    if figure is None:
        return Cell(
            vocab.number(0, unit) if unit == "count" else vocab.text("not_computable"), 0 if unit == "count" else None
        )
    if figure.suppressed:
        return Cell(vocab.text("suppressed"), None, suppressed=True)
    if figure.value is None:
        return Cell(vocab.text("not_computable"), None)
    return Cell(vocab.number(figure.value, figure.unit), figure.value)


def build_sections(
    figure_set: FigureSet,
    vocab: Vocabulary,
    *,
    by: GroupBy = "programme",
    suppress: bool = True,
    key_label: KeyLabel | None = None,
) -> list[Section]:
    """The figures as sections of tables, in the order of ``INDICATORS``.

    Each table has a total column and, for ``by`` "stadsdeel" or "hub" (when the figure
    set holds that grouping), one column per group. With ``suppress`` (always, for
    anything that leaves the application) small cells read "<5". ``key_label`` may
    name codes in the caller's own words (the dashboard's translated labels).
    """
    programme = list(figure_set.programme)
    grouped = list(figure_set.by.get(by, ())) if by != "programme" else []
    if suppress:
        programme, grouped = suppressed(programme), suppressed(grouped)
    names = figure_set.names
    columns = [("", vocab.text("total"))] + _group_columns(vocab, names, by, grouped, key_label)
    by_cell: dict[tuple[str, str, str], Figure] = {}
    for f in programme:
        by_cell[(f.indicator, "", f.key)] = f
    for f in grouped:
        if f.group:
            by_cell[(f.indicator, f.group, f.key)] = f

    known = {d.code for d in INDICATORS}
    defs = list(INDICATORS) + [
        IndicatorDef(code, next(f.unit for f in programme if f.indicator == code), "")
        for code in dict.fromkeys(f.indicator for f in programme)
        if code not in known
    ]
    sections: dict[str, list[Table]] = {}
    for d in defs:
        keys = list(dict.fromkeys(f.key for f in programme if f.indicator == d.code))
        keys += [k for k in dict.fromkeys(f.key for f in grouped if f.indicator == d.code) if k not in keys]
        if not keys:
            continue
        rows = [
            Row(
                key,
                _key_label(vocab, names, d.breakdown, key, key_label),
                tuple(_cell(vocab, by_cell.get((d.code, g, key)), d.unit) for g, _ in columns),
            )
            for key in keys
        ]
        rows.sort(key=_row_order(vocab, d.breakdown))
        sections.setdefault(d.code.split(".", 1)[0], []).append(
            Table(
                indicator=d.code,
                title=vocab.indicator(d.code),
                unit=d.unit,
                breakdown=d.breakdown,
                columns=tuple(header for _, header in columns),
                groups=tuple(g for g, _ in columns),
                rows=tuple(rows),
            )
        )
    return [Section(code, vocab.section(code), tuple(tables)) for code, tables in sections.items()]


def _row_order(vocab: Vocabulary, breakdown: str) -> Callable[[Row], tuple[Any, ...]]:
    if breakdown in _ORDERED or breakdown == _TRANSITION:
        natural = list(vocab.keys.get("stage" if breakdown == _TRANSITION else breakdown, {}))

        def by_vocabulary(row: Row) -> tuple[Any, ...]:
            first = row.key.split("->", 1)[0] if breakdown == _TRANSITION else row.key
            return (natural.index(first) if first in natural else len(natural), row.key)

        return by_vocabulary

    if (
        "|" in breakdown and breakdown not in vocab.keys
    ):  # two codes, e.g. a partner's referrals from sent to outcome: by the first, steps in order
        steps = list(vocab.keys.get(breakdown.split("|", 1)[1], {}))

        def by_first_then_step(row: Row) -> tuple[Any, ...]:
            first, _, second = row.key.partition("|")
            label = row.label.rsplit(" – ", 1)[0]
            return (label.casefold(), first, steps.index(second) if second in steps else len(steps), second)

        return by_first_then_step

    def by_size(row: Row) -> tuple[Any, ...]:
        total = row.cells[0]
        # Largest first; hidden and uncomputable ones after those with a value; then by name.
        return (total.value is None, -(total.value or 0), row.label.casefold())

    return by_size


# ---------------------------------------------------------------------------
# Describing the selection


def _selection_lines(figure_set: FigureSet, vocab: Vocabulary) -> list[tuple[str, str]]:
    flt = figure_set.flt
    period = flt.period
    dates = vocab.text("period_range", start=_date(period.start, vocab), end=_date(period.end, vocab))
    label = period.label
    period_text = f"{label} ({dates})" if ".." not in label else dates
    hubs = figure_set.names.hubs
    hub_text = hubs.get(str(flt.hub_id), str(flt.hub_id)) if flt.hub_id else vocab.text("all_hubs")
    if not flt.hub_id and hubs:
        hub_text += ": " + ", ".join(sorted(hubs.values(), key=str.casefold))
    sd = vocab.key("stadsdeel", flt.stadsdeel.value) if flt.stadsdeel else vocab.text("all_stadsdelen")
    return [
        (vocab.text("period"), period_text),
        (vocab.text("hubs"), hub_text),
        (vocab.text("stadsdeel"), sd),
        (vocab.text("made_on"), _date(figure_set.made_on, vocab)),
    ]


def _date(day: dt.date, vocab: Vocabulary) -> str:
    return day.strftime("%d-%m-%Y") if vocab.language is Language.NL else day.isoformat()


# ---------------------------------------------------------------------------
# CSV and XLSX


def csv_bytes(figure_set: FigureSet, language: Language | str = Language.NL) -> bytes:
    """Every table as rows of one CSV file (UTF-8 with a byte-order mark, so that Excel reads
    it right): section, indicator, code, group, item, item code, value, unit. Small cells
    are always suppressed. Dutch uses ";" between fields and a decimal comma, as Dutch Excel
    expects; English "," and a decimal point."""
    vocab = vocabulary(language)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if vocab.language is Language.NL else ",", lineterminator="\r\n")
    writer.writerow(
        [
            vocab.text("section"),
            vocab.text("indicator"),
            vocab.text("indicator_code"),
            vocab.text("group"),
            vocab.text("breakdown"),
            vocab.text("item_code"),
            vocab.text("value"),
            vocab.text("unit"),
        ]
    )
    for section, table in _export_tables(figure_set, vocab):
        for row in table.rows:
            for header, cell in zip(table.columns, row.cells, strict=True):
                value = cell.text.removesuffix("%")
                writer.writerow(
                    [
                        section.title,
                        table.title,
                        table.indicator,
                        header,
                        row.label,
                        row.key,
                        value,
                        vocab.unit(table.unit),
                    ]
                )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _export_tables(figure_set: FigureSet, vocab: Vocabulary) -> list[tuple[Section, Table]]:
    """What the exports hold: every table (total column) and reach per stadsdeel, suppressed."""
    result = [(s, t) for s in build_sections(figure_set, vocab, suppress=True) for t in s.tables]
    if "stadsdeel" in figure_set.by:
        for s in build_sections(figure_set, vocab, by="stadsdeel", suppress=True):
            for t in s.tables:
                if t.indicator == "reach.unique" and len(t.columns) > 1:
                    title = f"{t.title} {vocab.text('per_stadsdeel')}"
                    result.append((s, dataclasses.replace(t, title=title)))
    return result


def xlsx_bytes(figure_set: FigureSet, language: Language | str = Language.NL) -> bytes:
    """A workbook: a sheet with the selection and the small-cell rule, then one sheet per
    section with its tables one below the other. Figures are numbers (percentages with a
    "%" format); suppressed cells are the text "<5"."""
    # openpyxl publishes no type information; it takes a few hundred ms to import: only when needed.
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    vocab = vocabulary(language)
    wb = Workbook()
    notes = wb.active
    notes.title = vocab.text("sheet_notes")[:31]
    bold = Font(bold=True)
    notes.append([vocab.text("title")])
    notes["A1"].font = Font(bold=True, size=14)
    notes.append([vocab.text("programme")])
    notes.append([])
    for label, value in _selection_lines(figure_set, vocab):
        notes.append([label, value])
    notes.append([])
    notes.append([vocab.text("small_cell_title")])
    notes.cell(row=notes.max_row, column=1).font = bold
    notes.append([vocab.text("small_cell")])
    notes.cell(row=notes.max_row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    notes.merge_cells(start_row=notes.max_row, start_column=1, end_row=notes.max_row, end_column=2)
    notes.row_dimensions[notes.max_row].height = 60
    notes.column_dimensions["A"].width = 22
    notes.column_dimensions["B"].width = 90

    head_fill = PatternFill("solid", fgColor="DCE6EA")
    sheets: dict[str, Any] = {}
    for section, table in _export_tables(figure_set, vocab):
        ws = sheets.get(section.code)
        if ws is None:
            ws = sheets[section.code] = wb.create_sheet(_sheet_title(section.title))
            ws.column_dimensions["A"].width = 46
        elif ws.max_row > 1:
            ws.append([])
        ws.append([f"{table.title} ({vocab.unit(table.unit)})"])
        ws.cell(row=ws.max_row, column=1).font = bold
        ws.append([vocab.text("breakdown"), *table.columns])
        for col in range(1, len(table.columns) + 2):
            header = ws.cell(row=ws.max_row, column=col)
            header.font, header.fill = bold, head_fill
            if col > 1:
                ws.column_dimensions[get_column_letter(col)].width = max(
                    ws.column_dimensions[get_column_letter(col)].width or 0, 14
                )
        for row in table.rows:
            ws.append([row.label, *(_xlsx_value(c, table.unit) for c in row.cells)])
            for col, cell in enumerate(row.cells, start=2):
                target = ws.cell(row=ws.max_row, column=col)
                target.alignment = Alignment(horizontal="right")
                if cell.value is not None and table.unit == "percent":
                    target.number_format = '0.0"%"'
                elif cell.value is not None and table.unit == "days":
                    target.number_format = "0.0"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _sheet_title(title: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return "".join(" " if ch in "[]:*?/\\" else ch for ch in title)[:31]


def _xlsx_value(cell: Cell, unit: str) -> Any:
    if cell.suppressed or cell.value is None:
        return cell.text
    return int(cell.value) if unit == "count" else float(cell.value)


# ---------------------------------------------------------------------------
# PDF

_INK = colors.HexColor("#1d2327")
_MUTED = colors.HexColor("#5b6770")
_ACCENT = colors.HexColor("#1f5f74")
_RULE = colors.HexColor("#c9d3d8")
_TABLE_BG = colors.HexColor("#f1f5f7")
_BAR = colors.HexColor("#2d7f9a")

_PAGE_W, _PAGE_H = A4
_LEFT = _RIGHT = 20 * mm
_TOP = 20 * mm
_BOTTOM = 20 * mm
_WIDTH = _PAGE_W - _LEFT - _RIGHT
_RENDER_LOCK = threading.Lock()
_CHART_LIMIT = 12  # bars in one chart: the largest ones


@dataclasses.dataclass(frozen=True, slots=True)
class _Styles:
    body: Any
    small: Any
    h1: Any
    h2: Any
    title: Any
    subtitle: Any
    cell: Any
    cell_right: Any
    cell_head: Any
    cell_head_right: Any


def _styles() -> _Styles:
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.4, textColor=_INK)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
    return _Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5, textColor=_MUTED),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, textColor=_ACCENT,
                          spaceBefore=14, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=10,
                          spaceAfter=4),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=24, leading=30, textColor=_ACCENT),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=13, leading=18, textColor=_MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=2),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=FONT_BOLD),
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell, fontName=FONT_BOLD, fontSize=8, alignment=2),
    )  # fmt: skip


def pdf_bytes(figure_set: FigureSet, language: Language | str = Language.NL) -> bytes:
    """The quarterly report as the bytes of an A4 PDF: a title page (programme, period,
    hubs, the small-cell rule, contents), then one part per group of indicators with
    its charts and tables; "Pagina X van Y" on every page. Small cells are always
    suppressed. Deterministic for the same figures. Any thread may call it; calls run
    one at a time (ReportLab's fonts keep per-document state)."""
    vocab = vocabulary(language)
    with _RENDER_LOCK:
        register_fonts()
        styles = _styles()
        return _build_pdf(figure_set, vocab, styles)


def _build_pdf(figure_set: FigureSet, vocab: Vocabulary, styles: _Styles) -> bytes:
    buffer = io.BytesIO()
    period = figure_set.flt.period.label
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_LEFT,
        rightMargin=_RIGHT,
        topMargin=_TOP,
        bottomMargin=_BOTTOM,
        title=f"{vocab.text('title')} {period}",
        author=vocab.text("programme"),
        creator="hubdesk",
        subject="",
        keywords=[],
        invariant=1,
        pageCompression=1,
        lang="nl-NL" if vocab.language is Language.NL else "en",
        initialFontName=FONT,
        initialFontSize=9.5,
    )
    frame = Frame(_LEFT, _BOTTOM, _WIDTH, _PAGE_H - _TOP - _BOTTOM, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    footer = vocab.text("footer", title=vocab.text("title"), period=period)
    doc.build(_story(figure_set, vocab, styles), canvasmaker=_numbered_canvas(vocab, footer))
    return buffer.getvalue()


def _numbered_canvas(vocab: Vocabulary, footer: str) -> type[Canvas]:
    """Holds the pages back until the end, then draws "Pagina X van Y" (ReportLab's recipe)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.setFillColor(_MUTED)
                self.setStrokeColor(_RULE)
                self.line(_LEFT, _BOTTOM - 6 * mm, _PAGE_W - _RIGHT, _BOTTOM - 6 * mm)
                self.drawString(_LEFT, _BOTTOM - 10 * mm, footer)
                page = vocab.text("page", page=str(self._pageNumber), pages=str(total))
                self.drawRightString(_PAGE_W - _RIGHT, _BOTTOM - 10 * mm, page)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _p(text: str, style: Any) -> Any:
    return Paragraph(escape(text), style)


def _story(figure_set: FigureSet, vocab: Vocabulary, styles: _Styles) -> list[Any]:
    sections = build_sections(figure_set, vocab, suppress=True)
    by_stadsdeel = (
        build_sections(figure_set, vocab, by="stadsdeel", suppress=True) if "stadsdeel" in figure_set.by else []
    )
    story: list[Any] = [Spacer(1, 40 * mm), _p(vocab.text("programme"), styles.subtitle), Spacer(1, 4 * mm),
                        _p(vocab.text("title"), styles.title), _p(figure_set.flt.period.label, styles.title),
                        Spacer(1, 12 * mm)]  # fmt: skip
    info = PdfTable(
        [[_p(k, styles.cell_head), _p(v, styles.cell)] for k, v in _selection_lines(figure_set, vocab)],
        colWidths=[35 * mm, _WIDTH - 35 * mm],
    )
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))  # fmt: skip
    story += [info, Spacer(1, 10 * mm)]
    if sections:
        story.append(_p(vocab.text("contents"), styles.h2))
        story += [_p(f"{n}. {s.title}", styles.body) for n, s in enumerate(sections, start=1)]
    else:
        story.append(_p(vocab.text("no_hubs" if figure_set.empty else "no_figures"), styles.body))
    rule = [[_p(vocab.text("small_cell_title"), styles.cell_head)], [_p(vocab.text("small_cell"), styles.cell)]]
    box = PdfTable(rule, colWidths=[_WIDTH])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), _TABLE_BG), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (0, 0), 8),
                             ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]))  # fmt: skip
    story += [Spacer(1, 10 * mm), box]

    for n, section in enumerate(sections, start=1):
        # The first part on a new page, the others where the last one ends if there is room.
        story += [PageBreak() if n == 1 else CondPageBreak(110 * mm), _p(f"{n}. {section.title}", styles.h1)]
        for chart in _charts(section, by_stadsdeel, vocab):
            story += [chart, Spacer(1, 4 * mm)]
        single = [t for t in section.tables if _is_single(t)]
        if single:
            heading = vocab.text("key_figures")
            story.append(_pdf_grid(heading, [(_titled(t, vocab), t.rows[0].cells) for t in single], single[0].columns,
                                   vocab.text("indicator"), styles))  # fmt: skip
        for table in section.tables:
            if not _is_single(table):
                heading = _titled(table, vocab)
                story.append(_pdf_grid(heading, [(r.label, r.cells) for r in table.rows], table.columns,
                                       vocab.text("breakdown"), styles))  # fmt: skip
        reach = next((s for s in by_stadsdeel if s.code == "reach"), None) if section.code == "reach" else None
        if reach is not None and reach.tables and len(reach.tables[0].columns) > 1:
            rows: list[tuple[str, tuple[Cell, ...]]] = []
            for code in ("reach.unique", "reach.new_returning"):
                if (found := reach.table(code)) is not None:
                    rows += [(_titled(found, vocab) if not r.key else f"{found.title}: {r.label}", r.cells)
                             for r in found.rows]  # fmt: skip
            story.append(_pdf_grid(vocab.text("reach_per_stadsdeel"), rows, reach.tables[0].columns,
                                   vocab.text("indicator"), styles))  # fmt: skip
    return story


def _is_single(table: Table) -> bool:
    """An indicator without breakdown: one row, shown among the section's key figures."""
    return len(table.rows) == 1 and not table.rows[0].key


def _titled(table: Table, vocab: Vocabulary) -> str:
    return f"{table.title} ({vocab.unit(table.unit)})"


def _pdf_grid(
    heading: str,
    rows: Sequence[tuple[str, Sequence[Cell]]],
    columns: Sequence[str],
    first_header: str,
    styles: _Styles,
) -> Any:
    """A titled table: names on the left, one column of figures per group."""
    n_values = len(columns)
    value_w = 19.5 * mm if n_values > 4 else 24 * mm
    label_w = min(_WIDTH - n_values * value_w, 105 * mm)
    data: list[list[Any]] = [[_p(first_header, styles.cell_head)] + [_p(h, styles.cell_head_right) for h in columns]]
    for label, cells in rows:
        data.append([_p(label, styles.cell)] + [_p(c.text, styles.cell_right) for c in cells])
    grid = PdfTable(data, colWidths=[label_w] + [value_w] * n_values, hAlign="LEFT", repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, 0), (-1, 0), _TABLE_BG),
            ]
        )
    )
    return KeepTogether([CondPageBreak(30 * mm), _p(heading, styles.h2), grid])


def _bar_values(
    table: Table, vocab: Vocabulary, limit: int = _CHART_LIMIT, *, zeros: bool = False
) -> list[tuple[str, float | None]]:
    """(label, value) of a table's total column, the largest ``limit`` (without zeros unless
    asked); hidden values are None and their label gets "(<5)"."""
    rows = [r for r in table.rows if r.key and (zeros or r.cells[0].value != 0)][:limit]
    return [
        (r.label + (f" ({vocab.text('suppressed')})" if r.cells[0].suppressed else ""), r.cells[0].value) for r in rows
    ]


def _charts(section: Section, by_stadsdeel: Sequence[Section], vocab: Vocabulary) -> list[Any]:
    charts: list[Any] = []

    def add(title: str, values: list[tuple[str, float | None]]) -> None:
        if values:
            charts.append(_bar_chart(title, values))

    if section.code == "reach":
        for s in by_stadsdeel:
            reach = s.table("reach.unique") if s.code == "reach" else None
            if reach is not None and len(reach.columns) > 1:
                cells = reach.rows[0].cells[1:] if reach.rows else ()
                add(vocab.text("chart_reach"),
                    [(h + (f" ({vocab.text('suppressed')})" if c.suppressed else ""), c.value)
                     for h, c in zip(reach.columns[1:], cells, strict=True)])  # fmt: skip
        if (stages := section.table("reach.by_stage")) is not None:
            add(vocab.text("chart_funnel"), _bar_values(stages, vocab, zeros=True))
    elif section.code == "needs" and (needs := section.table("needs.visits")) is not None:
        add(vocab.text("chart_needs"), _bar_values(needs, vocab))
    elif section.code == "referrals":
        if (partners := section.table("referrals.by_partner")) is not None:
            add(vocab.text("chart_partners"), _bar_values(partners, vocab))
        if (outcomes := section.table("referrals.outcomes")) is not None:
            add(vocab.text("chart_outcomes"), _bar_values(outcomes, vocab))
    return charts


def _bar_chart(title: str, values: list[tuple[str, float | None]]) -> Any:
    """A horizontal bar chart: the first value at the top; hidden values have no bar."""
    bar_h = 6.5 * mm
    label_w = 62 * mm
    height = len(values) * bar_h + 16 * mm
    drawing = Drawing(_WIDTH, height)
    drawing.add(String(0, height - 5 * mm, title, fontName=FONT_BOLD, fontSize=9.5, fillColor=_INK))
    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = 8 * mm
    chart.width = _WIDTH - label_w - 12 * mm
    chart.height = len(values) * bar_h
    ordered = list(reversed(values))  # ReportLab draws the first category at the bottom
    chart.data = [[v if v is not None else 0 for _, v in ordered]]
    chart.categoryAxis.categoryNames = [_shorten(label, 44) for label, _ in ordered]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = _RULE
    top = max((v for _, v in values if v is not None), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top * 1.1, 5)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = _RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = _RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.labelTextFormat = lambda v: f"{v:g}"
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_h * 0.65
    chart.barLabelFormat = lambda v: f"{v:g}" if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def hub_choices(store: Store) -> list[tuple[uuid.UUID, str]]:
    """The hubs (id, name) by name, for choosing one."""
    with store.read() as s:
        rows = s.execute(sa.select(Hub.id, Hub.name).where(Hub.deleted_at.is_(None)).order_by(Hub.name))
        return [(i, n) for i, n in rows]
