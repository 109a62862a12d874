"""The impact register of an enterprise, and the list of enterprises ready for social procurement.

The register holds recognitions (Code register or aspirant, SE NL membership, a PSO
level, the KIP SROI badge), social-procurement matches (buyer, route, kind, value band)
and work placements (counts per target-group category, never who fills them).

Every write is one transaction through :meth:`Store.write` (change log and audit log);
input is checked by Pydantic and refused with :class:`ValidationFailed` whose issue codes
have sentences in :mod:`hubdesk.messages`. Removing is a tombstone.

The procurement list and its export hold business data only (DOMAIN.md section 3): the
trade name, the KVK number of legal entities only, the legal form, the offer, the SBI
code, the stadsdeel, recognitions and counts. Never a person's name, contact or address.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy.orm import Session

from hubdesk.models.base import Replicated
from hubdesk.models.enums import (
    AuditAction,
    LegalForm,
    PlacementKind,
    ProcurementKind,
    ProcurementRoute,
    PsoLevel,
    RecognitionKind,
    Stadsdeel,
    TargetGroup,
    ValueBand,
)
from hubdesk.models.errors import NotFound, StaleEdit
from hubdesk.models.impact import ProcurementMatch, Recognition, WorkPlacement
from hubdesk.models.names import fold
from hubdesk.models.org import Hub
from hubdesk.models.people import Enterprise, PersonEnterprise
from hubdesk.models.reference import reference
from hubdesk.services import audit
from hubdesk.services.files import write_atomically
from hubdesk.services.intake import validated
from hubdesk.services.readmodels import Changes
from hubdesk.services.store import Actor, Store

R = TypeVar("R", bound=Replicated)
MAX_PLACES = 10_000


# -- input ----------------------------------------------------------------------------------------
class _Input(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid", frozen=True)


class RecognitionInput(_Input):
    """A recognition; ``pso_level`` belongs to a PSO certificate and only to that."""

    kind: RecognitionKind
    pso_level: PsoLevel | None = None
    awarded_on: dt.date
    valid_until: dt.date | None = None

    @model_validator(mode="after")
    def _consistent(self) -> RecognitionInput:
        if self.kind is RecognitionKind.PSO and self.pso_level is None:
            raise PydanticCustomError("impact.pso_level_required", "impact.pso_level_required", {"field": "pso_level"})
        if self.kind is not RecognitionKind.PSO and self.pso_level is not None:
            raise PydanticCustomError("impact.pso_level_only_pso", "impact.pso_level_only_pso", {"field": "pso_level"})
        if self.valid_until is not None and self.valid_until < self.awarded_on:
            raise PydanticCustomError(
                "impact.valid_before_awarded", "impact.valid_before_awarded", {"field": "valid_until"}
            )
        return self


class MatchInput(_Input):
    """A social-procurement match: who bought, through which route, what and for how much."""

    buyer: str = Field(min_length=1, max_length=160)
    route: ProcurementRoute
    kind: ProcurementKind
    value_band: ValueBand
    matched_on: dt.date


class PlacementInput(_Input):
    """Places offered and filled for one target-group category: counts only."""

    kind: PlacementKind
    target_group: TargetGroup
    places_offered: int = Field(ge=1, le=MAX_PLACES)
    places_filled: int = Field(default=0, ge=0, le=MAX_PLACES)
    period_start: dt.date
    period_end: dt.date | None = None

    @model_validator(mode="after")
    def _consistent(self) -> PlacementInput:
        if self.places_filled > self.places_offered:
            raise PydanticCustomError(
                "impact.filled_exceeds_offered", "impact.filled_exceeds_offered", {"field": "places_filled"}
            )
        if self.period_end is not None and self.period_end < self.period_start:
            raise PydanticCustomError("impact.end_before_start", "impact.end_before_start", {"field": "period_end"})
        return self


# -- read models ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RecognitionView:
    id: uuid.UUID
    version: int
    enterprise_id: uuid.UUID
    kind: RecognitionKind
    pso_level: PsoLevel | None
    awarded_on: dt.date
    valid_until: dt.date | None

    def is_current(self, today: dt.date) -> bool:
        return self.awarded_on <= today and (self.valid_until is None or self.valid_until >= today)


@dataclass(frozen=True, slots=True)
class MatchView:
    id: uuid.UUID
    version: int
    enterprise_id: uuid.UUID
    buyer: str
    route: ProcurementRoute
    kind: ProcurementKind
    value_band: ValueBand
    matched_on: dt.date


@dataclass(frozen=True, slots=True)
class PlacementView:
    id: uuid.UUID
    version: int
    enterprise_id: uuid.UUID
    kind: PlacementKind
    target_group: TargetGroup
    places_offered: int
    places_filled: int
    period_start: dt.date
    period_end: dt.date | None


@dataclass(frozen=True, slots=True)
class ImpactRegister:
    """One enterprise's register, newest first within each part."""

    enterprise_id: uuid.UUID
    trade_name: str
    recognitions: tuple[RecognitionView, ...]
    matches: tuple[MatchView, ...]
    placements: tuple[PlacementView, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.recognitions or self.matches or self.placements)


@dataclass(frozen=True, slots=True)
class ProcurementFilter:
    """Filters of the procurement list; None or empty means "any".

    ``offer`` matches words in the trade name, activity, mission, impact areas and the
    start of the SBI code (case and accents ignored); ``hub_id`` None: every hub this
    node holds.
    """

    offer: str = ""
    recognition: RecognitionKind | None = None
    stadsdeel: Stadsdeel | None = None
    hub_id: uuid.UUID | None = None
    with_placements: bool = False


@dataclass(frozen=True, slots=True)
class ProcurementRow:
    """An enterprise ready for social procurement: business data only.

    ``kvk_number`` is None unless the enterprise is a legal entity (DOMAIN.md section 3).
    ``recognitions`` are the current ones (a PSO certificate with its level).
    """

    enterprise_id: uuid.UUID
    trade_name: str
    kvk_number: str | None
    legal_form: LegalForm
    sbi_code: str | None
    offer: str
    stadsdeel: Stadsdeel | None
    recognitions: tuple[tuple[RecognitionKind, PsoLevel | None], ...]
    matches: int
    places_offered: int


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


EXPORT_COLUMNS = (
    "trade_name",
    "kvk_number",
    "legal_form",
    "stadsdeel",
    "offer",
    "sbi_code",
    "recognitions",
    "matches",
    "places_offered",
)
"""The export's columns (codes); a caller may give headers in the user's language."""


# -- the service ----------------------------------------------------------------------------------
def _recognition_view(r: Recognition) -> RecognitionView:
    return RecognitionView(r.id, r.version, r.enterprise_id, r.kind, r.pso_level, r.awarded_on, r.valid_until)


def _match_view(m: ProcurementMatch) -> MatchView:
    return MatchView(m.id, m.version, m.enterprise_id, m.buyer, m.route, m.kind, m.value_band, m.matched_on)


def _placement_view(p: WorkPlacement) -> PlacementView:
    return PlacementView(
        p.id,
        p.version,
        p.enterprise_id,
        p.kind,
        p.target_group,
        p.places_offered,
        p.places_filled,
        p.period_start,
        p.period_end,
    )


_VIEWS: dict[type[Any], Callable[[Any], Any]] = {
    Recognition: _recognition_view,
    ProcurementMatch: _match_view,
    WorkPlacement: _placement_view,
}


class ImpactService:
    """Use cases of the impact register. Thread contract: as :class:`Store` (one thread per call)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def today(self) -> dt.date:
        return self._store.clock().astimezone().date()

    # -- reading --------------------------------------------------------------------------------
    def registers(self, enterprise_ids: Sequence[uuid.UUID]) -> list[ImpactRegister]:
        """The registers of these enterprises (living ones, in the order given)."""
        ids = list(dict.fromkeys(enterprise_ids))
        if not ids:
            return []
        with self._store.read() as s:
            names = dict(
                s.execute(
                    sa.select(Enterprise.id, Enterprise.trade_name).where(
                        Enterprise.id.in_(ids), Enterprise.deleted_at.is_(None)
                    )
                ).all()
            )
            recs = self._living(s, Recognition, ids, Recognition.awarded_on)
            matches = self._living(s, ProcurementMatch, ids, ProcurementMatch.matched_on)
            places = self._living(s, WorkPlacement, ids, WorkPlacement.period_start)
        return [
            ImpactRegister(
                enterprise_id=eid,
                trade_name=names[eid],
                recognitions=tuple(_recognition_view(r) for r in recs if r.enterprise_id == eid),
                matches=tuple(_match_view(m) for m in matches if m.enterprise_id == eid),
                placements=tuple(_placement_view(p) for p in places if p.enterprise_id == eid),
            )
            for eid in ids
            if eid in names
        ]

    def register(self, enterprise_id: uuid.UUID) -> ImpactRegister:
        found = self.registers([enterprise_id])
        if not found:
            raise NotFound(entity="enterprises", id=str(enterprise_id))
        return found[0]

    @staticmethod
    def _living(s: Session, model: type[R], ids: list[uuid.UUID], date_col: Any) -> list[R]:
        query = (
            sa.select(model)
            .where(model.enterprise_id.in_(ids), model.deleted_at.is_(None))  # type: ignore[attr-defined]
            .order_by(date_col.desc(), model.created_at.desc())
        )
        return list(s.execute(query).scalars())

    # -- recognitions ---------------------------------------------------------------------------
    def add_recognition(
        self, actor: Actor, enterprise_id: uuid.UUID, data: RecognitionInput | dict[str, Any]
    ) -> tuple[uuid.UUID, Changes]:
        values = validated(RecognitionInput, data).model_dump()
        return self._add(actor, Recognition, enterprise_id, values)

    def update_recognition(
        self, actor: Actor, recognition_id: uuid.UUID, base_version: int, data: RecognitionInput | dict[str, Any]
    ) -> Changes:
        values = validated(RecognitionInput, data).model_dump()
        return self._update(actor, Recognition, recognition_id, base_version, values)

    def delete_recognition(self, actor: Actor, recognition_id: uuid.UUID, base_version: int | None = None) -> Changes:
        return self._delete(actor, Recognition, recognition_id, base_version)

    # -- procurement matches --------------------------------------------------------------------
    def add_match(
        self, actor: Actor, enterprise_id: uuid.UUID, data: MatchInput | dict[str, Any]
    ) -> tuple[uuid.UUID, Changes]:
        values = validated(MatchInput, data).model_dump()
        return self._add(actor, ProcurementMatch, enterprise_id, values)

    def update_match(
        self, actor: Actor, match_id: uuid.UUID, base_version: int, data: MatchInput | dict[str, Any]
    ) -> Changes:
        values = validated(MatchInput, data).model_dump()
        return self._update(actor, ProcurementMatch, match_id, base_version, values)

    def delete_match(self, actor: Actor, match_id: uuid.UUID, base_version: int | None = None) -> Changes:
        return self._delete(actor, ProcurementMatch, match_id, base_version)

    # -- work placements ------------------------------------------------------------------------
    def add_placement(
        self, actor: Actor, enterprise_id: uuid.UUID, data: PlacementInput | dict[str, Any]
    ) -> tuple[uuid.UUID, Changes]:
        values = validated(PlacementInput, data).model_dump()
        return self._add(actor, WorkPlacement, enterprise_id, values)

    def update_placement(
        self, actor: Actor, placement_id: uuid.UUID, base_version: int, data: PlacementInput | dict[str, Any]
    ) -> Changes:
        values = validated(PlacementInput, data).model_dump()
        return self._update(actor, WorkPlacement, placement_id, base_version, values)

    def delete_placement(self, actor: Actor, placement_id: uuid.UUID, base_version: int | None = None) -> Changes:
        return self._delete(actor, WorkPlacement, placement_id, base_version)

    # -- the writes, alike for the three kinds --------------------------------------------------
    @staticmethod
    def _owners(s: Session, enterprise_id: uuid.UUID) -> list[uuid.UUID]:
        return list(
            s.execute(
                sa.select(PersonEnterprise.person_id).where(
                    PersonEnterprise.enterprise_id == enterprise_id, PersonEnterprise.deleted_at.is_(None)
                )
            ).scalars()
        )

    def _audit(self, s: Session, action: AuditAction, record: Any) -> None:
        owners: list[uuid.UUID | None] = [*self._owners(s, record.enterprise_id)]
        for pid in owners or [None]:
            audit.record(s, action, record.__tablename__, record.id, person_id=pid)

    def _add(
        self, actor: Actor, model: type[R], enterprise_id: uuid.UUID, values: dict[str, Any]
    ) -> tuple[uuid.UUID, Changes]:
        with self._store.write(actor) as s:
            ent = s.get(Enterprise, enterprise_id)
            if ent is None or ent.is_deleted:
                raise NotFound(entity="enterprises", id=str(enterprise_id))
            record = cast(Any, model)(enterprise_id=ent.id, **values)
            s.add(record)
            s.flush()
            self._audit(s, AuditAction.CREATE, record)
            return record.id, Changes.from_entries(s.info["write"].entries)

    def _found(self, s: Session, model: type[R], record_id: uuid.UUID, base_version: int | None) -> R:
        record = s.get(model, record_id)
        if record is None or record.is_deleted:
            raise NotFound(entity=model.__tablename__, id=str(record_id))  # type: ignore[attr-defined]
        if base_version is not None and record.version != base_version:
            raise StaleEdit(model.__tablename__, _VIEWS[model](record), {})  # type: ignore[attr-defined]
        return record

    def _update(
        self, actor: Actor, model: type[R], record_id: uuid.UUID, base_version: int, values: dict[str, Any]
    ) -> Changes:
        with self._store.write(actor) as s:
            record = self._found(s, model, record_id, base_version)
            for key, value in values.items():
                setattr(record, key, value)
            s.flush()
            self._audit(s, AuditAction.UPDATE, record)
            return Changes.from_entries(s.info["write"].entries)

    def _delete(self, actor: Actor, model: type[R], record_id: uuid.UUID, base_version: int | None) -> Changes:
        with self._store.write(actor) as s:
            record = self._found(s, model, record_id, base_version)
            record.deleted_at = s.info["write"].now
            s.flush()
            self._audit(s, AuditAction.DELETE, record)
            return Changes.from_entries(s.info["write"].entries)

    # -- ready for social procurement -----------------------------------------------------------
    def procurement_ready(self, filters: ProcurementFilter | None = None) -> list[ProcurementRow]:
        """Enterprises with a current recognition, work placements offered, or an earlier
        social-procurement match, sorted by trade name. Enterprises without a trade name
        (ideas) are left out: a buyer cannot find them.

        Reads plain columns (no ORM objects): three grouped scans of the impact tables and
        one of the enterprises they name, so it stays quick with many enterprises."""
        f = filters or ProcurementFilter()
        today = self.today()
        current = sa.and_(
            Recognition.deleted_at.is_(None),
            Recognition.awarded_on <= today,
            sa.or_(Recognition.valid_until.is_(None), Recognition.valid_until >= today),
        )
        open_places = sa.and_(
            WorkPlacement.deleted_at.is_(None),
            WorkPlacement.places_offered > 0,
            sa.or_(WorkPlacement.period_end.is_(None), WorkPlacement.period_end >= today),
        )
        ready = sa.union(
            sa.select(Recognition.enterprise_id).where(current),
            sa.select(WorkPlacement.enterprise_id).where(open_places),
            sa.select(ProcurementMatch.enterprise_id).where(ProcurementMatch.deleted_at.is_(None)),
        ).subquery()
        query = (
            sa.select(
                Enterprise.id,
                Enterprise.trade_name,
                Enterprise.kvk_number,
                Enterprise.legal_form,
                Enterprise.sbi_code,
                Enterprise.activity,
                Enterprise.mission,
                Enterprise.impact_areas,
                Enterprise.business_postcode,
                Hub.stadsdeel,
            )
            .join(Hub, Hub.id == Enterprise.hub_id)
            .where(
                Enterprise.id.in_(sa.select(ready.c[0])),
                Enterprise.deleted_at.is_(None),
                Enterprise.trade_name != "",
            )
        )
        if f.hub_id is not None:
            query = query.where(Enterprise.hub_id == f.hub_id)
        recs: dict[uuid.UUID, list[tuple[RecognitionKind, PsoLevel | None]]] = {}
        with self._store.read() as s:
            found = s.execute(query).all()
            for eid, kind, level in s.execute(
                sa.select(Recognition.enterprise_id, Recognition.kind, Recognition.pso_level)
                .where(current)
                .order_by(Recognition.kind, Recognition.pso_level)
            ).all():
                recs.setdefault(eid, []).append((kind, level))
            places: dict[uuid.UUID, int] = {
                eid: int(total or 0)
                for eid, total in s.execute(
                    sa.select(WorkPlacement.enterprise_id, sa.func.sum(WorkPlacement.places_offered))
                    .where(open_places)
                    .group_by(WorkPlacement.enterprise_id)
                ).all()
            }
            matches: dict[uuid.UUID, int] = {
                eid: int(count)
                for eid, count in s.execute(
                    sa.select(ProcurementMatch.enterprise_id, sa.func.count())
                    .where(ProcurementMatch.deleted_at.is_(None))
                    .group_by(ProcurementMatch.enterprise_id)
                ).all()
            }
        words = fold(f.offer).split()
        areas = reference()
        rows: list[ProcurementRow] = []
        for e in found:
            row = ProcurementRow(
                enterprise_id=e.id,
                trade_name=e.trade_name,
                kvk_number=e.kvk_number if e.legal_form.is_legal_entity else None,
                legal_form=e.legal_form,
                sbi_code=e.sbi_code,
                offer=e.activity,
                stadsdeel=areas.stadsdeel_for_postcode(e.business_postcode) or e.stadsdeel,
                recognitions=tuple(dict.fromkeys(recs.get(e.id, []))),
                matches=matches.get(e.id, 0),
                places_offered=places.get(e.id, 0),
            )
            if f.recognition is not None and all(kind is not f.recognition for kind, _ in row.recognitions):
                continue
            if f.stadsdeel is not None and row.stadsdeel is not f.stadsdeel:
                continue
            if f.with_placements and not row.places_offered:
                continue
            if words and not _offers([e.trade_name, e.activity, e.mission, *(e.impact_areas or [])], e.sbi_code, words):
                continue
            rows.append(row)
        rows.sort(key=lambda r: (fold(r.trade_name), str(r.enterprise_id)))
        return rows

    def export_procurement(
        self,
        actor: Actor,
        path: Path,
        rows: Sequence[ProcurementRow],
        *,
        headers: Sequence[str] | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> int:
        """Write ``rows`` to ``path`` (XLSX for a ``.xlsx`` name, else CSV with ``;`` as
        Dutch spreadsheets expect) and record the export in the audit log.

        ``headers`` (one per :data:`EXPORT_COLUMNS`) and ``labels`` (code -> text for
        legal forms, stadsdelen, recognitions and PSO levels) put the file in the user's
        language; without them the codes are written. Returns the number of rows.
        Raises ``UserFacingError`` (``file.*``) when the file cannot be written.
        """
        fmt = ExportFormat.XLSX if path.suffix.lower() == ".xlsx" else ExportFormat.CSV
        table = export_table(rows, headers=headers, labels=labels)
        write_atomically(path, _xlsx_bytes(table) if fmt is ExportFormat.XLSX else _csv_bytes(table))
        with self._store.write(actor) as s:
            audit.record(
                s,
                AuditAction.EXPORT,
                "enterprises",
                None,
                detail={"list": "procurement_ready", "rows": len(rows), "format": fmt.value},
            )
        return len(rows)


def _offers(texts: list[str], sbi_code: str | None, words: list[str]) -> bool:
    """Every word occurs in what the enterprise does (or starts its SBI code)."""
    text = fold(" ".join(texts))
    return all(w in text or (sbi_code or "").startswith(w) for w in words)


def export_table(
    rows: Sequence[ProcurementRow],
    *,
    headers: Sequence[str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> list[list[str | int]]:
    """The procurement list as a header row and data rows, as exported."""
    names = labels or {}

    def label(code: StrEnum | None) -> str:
        return "" if code is None else names.get(code.value, code.value)

    def recognition(kind: RecognitionKind, level: PsoLevel | None) -> str:
        return f"{label(kind)} ({label(level)})" if level is not None else label(kind)

    head: list[str | int] = list(headers if headers is not None else EXPORT_COLUMNS)
    table: list[list[str | int]] = [head]
    for r in rows:
        table.append(
            [
                r.trade_name,
                r.kvk_number or "",
                label(r.legal_form),
                label(r.stadsdeel),
                r.offer,
                r.sbi_code or "",
                ", ".join(recognition(k, lv) for k, lv in r.recognitions),
                r.matches,
                r.places_offered,
            ]
        )
    return table


def _safe_cell(value: str | int) -> str | int:
    """A text that a spreadsheet would run as a formula is written as text (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


XLSX_WIDTHS = (32, 12, 24, 12, 40, 10, 48, 12, 12)


def _csv_bytes(table: list[list[str | int]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in table:
        writer.writerow([_safe_cell(v) for v in row])
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def _xlsx_bytes(table: list[list[str | int]]) -> bytes:
    # openpyxl publishes no type information; imported only when needed (a few hundred ms).
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.freeze_panes = "A2"
    for i, width in enumerate(XLSX_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    head, *rows = table
    bold = Font(bold=True)
    cells = []
    for value in head:
        cell = WriteOnlyCell(sheet, value=_safe_cell(value))
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    for row in rows:
        sheet.append([_safe_cell(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
