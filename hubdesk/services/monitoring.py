"""The municipality's monitoring export: the programme's indicators per quarter, for the
programme as a whole and per stadsdeel, as CSV and JSON (docs/monitoring-export.md).

Aggregate only: there is no record-level file, so no consent for record-level
monitoring is needed and none is used. The figures come from
:class:`~hubdesk.services.indicators.IndicatorService` and pass
:func:`~hubdesk.services.indicators.suppress_small_cells` (programme and stadsdeel
figures together, so a suppressed stadsdeel cannot be recovered from the programme
row). What is written: indicator codes, breakdown codes (enumeration codes, partner
codes, step-type codes), numbers, and the quarter. Never names, contact details,
addresses, notes, letter texts, free text, worker names or record ids (hub figures are
not exported: a hub is known by its id).

Every file is written whole or not at all (:func:`hubdesk.services.files.write_atomically`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from hubdesk.models.errors import UserFacingError
from hubdesk.models.org import Hub
from hubdesk.services.files import write_atomically
from hubdesk.services.indicators import (
    INDICATOR_BY_CODE,
    Figure,
    Filter,
    IndicatorService,
    Period,
    suppress_small_cells,
)
from hubdesk.services.store import Store

FORMAT = "hubdesk-monitoring"
FORMAT_VERSION = 1
THRESHOLD = 5
PROGRAMME = "programme"
CSV_COLUMNS = (
    "quarter",
    "period_start",
    "period_end",
    "area",
    "indicator",
    "breakdown",
    "key",
    "value",
    "unit",
    "cases",
    "suppressed",
)
SUPPRESSION_RULE = (
    "Counts of 1 to 4 are suppressed (the number of events is not). A percentage built on fewer than 5 cases, "
    "or whose part or remainder is 1 to 4, is suppressed; so is a median of days built on fewer than 5 cases. "
    "Where a breakdown (one indicator and area across its keys) or a column (one indicator and key across the "
    "stadsdelen) has exactly one suppressed count, the smallest non-zero count beside it is suppressed too, "
    "repeated until none stands alone, so no suppressed cell can be recovered from a total."
)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def parse_quarter(text: str) -> Period:
    """``"2026-Q3"`` as a period; a ``UserFacingError`` for anything else."""
    m = _QUARTER.match(text.strip())
    if not m or not 2000 <= int(m.group(1)) <= 2100:
        raise UserFacingError("monitor.bad_quarter", quarter=text)
    return Period.quarter(int(m.group(1)), int(m.group(2)))


def last_complete_quarter(today: dt.date) -> Period:
    current = Period.containing(today)
    return Period.containing(current.start - dt.timedelta(days=1))


@dataclass(frozen=True, slots=True)
class WrittenFile:
    path: Path
    quarter: str
    area: str  # "programme" or the stadsdeel code
    rows: int
    suppressed: int


class MonitoringExport:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._indicators = IndicatorService(store)

    def today(self) -> dt.date:
        return self._store.clock().astimezone().date()

    def default_quarters(self, *, include_current: bool = False) -> list[Period]:
        """The last complete quarter, and the current one (so far) when asked."""
        today = self.today()
        quarters = [last_complete_quarter(today)]
        if include_current:
            quarters.append(Period.containing(today))
        return quarters

    def figures(self, period: Period) -> list[Figure]:
        """The published figures of a quarter: programme (group "") and per stadsdeel, suppressed."""
        flt = Filter(period)
        raw = self._indicators.figures(flt, by="programme") + self._indicators.figures(flt, by="stadsdeel")
        return suppress_small_cells(raw, THRESHOLD)

    def write(self, out_dir: Path, quarters: Sequence[Period] | None = None) -> list[WrittenFile]:
        """Write the CSV and JSON files of each quarter into ``out_dir`` (created if needed).

        Raises ``UserFacingError`` when the folder cannot be made or written.
        """
        out_dir = Path(out_dir)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserFacingError("file.write_failed", path=str(out_dir), reason=exc.strerror or str(exc)) from exc
        written: list[WrittenFile] = []
        generated = self._store.clock().astimezone(dt.UTC).replace(microsecond=0).isoformat()
        for period in quarters or self.default_quarters():
            figures = self.figures(period)
            areas: dict[str, list[Figure]] = {}
            for f in figures:
                areas.setdefault(f.group or PROGRAMME, []).append(f)
            for area in sorted(areas, key=lambda a: (a != PROGRAMME, a)):
                rows = areas[area]
                stem = f"monitoring-{period.label}-{area}"
                hidden = sum(f.suppressed for f in rows)
                csv_path, json_path = out_dir / f"{stem}.csv", out_dir / f"{stem}.json"
                write_atomically(csv_path, _csv(period, area, rows))
                write_atomically(json_path, _json(period, area, rows, generated))
                for path in (csv_path, json_path):
                    written.append(WrittenFile(path, period.label, area, len(rows), hidden))
        return written


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _csv(period: Period, area: str, figures: Sequence[Figure]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for f in figures:
        value, cases = _number(f.value), None if f.suppressed else f.cases
        w.writerow(
            (
                period.label,
                period.start.isoformat(),
                period.end.isoformat(),
                area,
                f.indicator,
                INDICATOR_BY_CODE[f.indicator].breakdown,
                f.key,
                "" if value is None else value,
                f.unit,
                "" if cases is None else cases,
                "1" if f.suppressed else "0",
            )
        )
    # UTF-8 with a byte-order mark, so that Excel shows it correctly when opened directly.
    return buf.getvalue().encode("utf-8-sig")


def _json(period: Period, area: str, figures: Sequence[Figure], generated: str) -> bytes:
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "quarter": period.label,
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "area": area,
        "generated_at": generated,
        "suppression": {"threshold": THRESHOLD, "rule": SUPPRESSION_RULE},
        "figures": [
            {
                "indicator": f.indicator,
                "breakdown": INDICATOR_BY_CODE[f.indicator].breakdown,
                "key": f.key,
                "value": _number(f.value),
                "unit": f.unit,
                "cases": None if f.suppressed else f.cases,
                "suppressed": f.suppressed,
            }
            for f in figures
        ],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


EXCHANGE_FOLDER = "monitoring"
EXCHANGE_INTERVAL = dt.timedelta(hours=24)
"""A sync writes the export at most this often (the indicators take seconds on a large database)."""


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "hub"


def write_to_exchange(store: Store, exchange_root: Path, hub_id: uuid.UUID | None) -> list[WrittenFile]:
    """Write the export (last complete and current quarter) into
    ``<exchange>/monitoring/<hub name>/`` as part of a sync: each node's database holds
    its own hub's entrepreneurs, so each hub has its own folder. Does nothing (returns
    ``[]``) when this node wrote it less than :data:`EXCHANGE_INTERVAL` ago."""
    with store.read() as s:
        name = s.execute(sa.select(Hub.name).where(Hub.id == hub_id)).scalar() if hub_id else None
    folder = Path(exchange_root) / EXCHANGE_FOLDER / (_slug(name) if name else "programme")
    export = MonitoringExport(store)
    quarters = export.default_quarters(include_current=True)
    marker = folder / f"monitoring-{quarters[-1].label}-{PROGRAMME}.json"
    if marker.exists():  # by the computer's clock, as the file's time is
        age = time.time() - marker.stat().st_mtime
        if 0 <= age < EXCHANGE_INTERVAL.total_seconds():
            return []
    return export.write(folder, quarters)
