"""Stored dashboard figures, kept the way a materialised view is. No Qt.

Computing the indicators of a quarter takes seconds on a large database
(:mod:`hubdesk.services.indicators`). :class:`SnapshotService` keeps what one
:meth:`IndicatorService.figures` call gave for one selection (period, hub, stadsdeel,
grouping) in the local table ``indicator_snapshots``, with the time it was computed
and the database's *data mark* at that moment. Reading a snapshot back takes
milliseconds; it is *fresh* while the data mark is unchanged.

The data mark is the highest Lamport time in the change log and the number of
imported packages. Every local write of a replicated record (a service transaction
or a bulk load) adds a change-log entry with a Lamport time above all before it; an
imported package adds a row to ``sync_inbox`` (its changes keep their own Lamport
times, which may be lower than ours). Both are read from an index: a lookup, not a
scan. The mark is read *before* the figures are computed, so a change made while
they are computed leaves the snapshot not fresh.

Snapshots are derived data: written in a small transaction of their own, with no
change-log or audit entry, never replicated. Only those who may see the dashboard
(:data:`Permission.DASHBOARD`) may read or refresh them. What leaves the application
(the report, CSV, XLSX) is always computed afresh, never taken from here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.logs import ChangeLogEntry
from hubdesk.models.snapshots import ALL, IndicatorSnapshot
from hubdesk.models.sync import SyncInbox
from hubdesk.services import quarterly_report as qr
from hubdesk.services.indicators import INDICATORS, Figure, Filter, GroupBy, IndicatorService, Period
from hubdesk.services.roles import Permission, require
from hubdesk.services.store import Actor, Store

__all__ = [
    "StoredFigures",
    "Snapshot",
    "SnapshotService",
    "collect_refreshed",
    "collect_stored",
    "warm_targets",
]

# What the dashboard opens with: the programme total and its "per stadsdeel" chart.
OPENING_GROUPINGS: tuple[GroupBy, ...] = ("programme", "stadsdeel")


@dataclasses.dataclass(frozen=True, slots=True)
class Snapshot:
    figures: tuple[Figure, ...]
    computed_at: dt.datetime  # UTC
    fresh: bool  # the data have not changed since


def _key(flt: Filter, by: GroupBy) -> tuple[dt.date, dt.date, str, str, str]:
    return (
        flt.period.start,
        flt.period.end,
        flt.hub_id.hex if flt.hub_id is not None else ALL,
        flt.stadsdeel.value if flt.stadsdeel is not None else ALL,
        by,
    )


def _to_json(figures: Sequence[Figure]) -> list[Any]:
    return [dataclasses.asdict(f) for f in figures]


def _from_json(rows: list[Any]) -> tuple[Figure, ...]:
    return tuple(Figure(**row) for row in rows)


# Which indicators there are: a hubdesk that computes other (or more) indicators does not
# take figures stored by an older one as fresh.
_DEFINITIONS = hashlib.sha256(repr(INDICATORS).encode("utf-8")).hexdigest()[:12]


def data_mark(s: Session) -> str:
    """A value that changes whenever data are written here or imported (module docstring),
    or the indicators themselves change with a new version of hubdesk."""
    lamport = s.execute(sa.select(sa.func.max(ChangeLogEntry.lamport))).scalar()
    packages = s.execute(sa.select(sa.func.count()).select_from(SyncInbox)).scalar()
    return f"{lamport or 0}:{packages or 0}:{_DEFINITIONS}"


def warm_targets(today: dt.date) -> list[tuple[Filter, GroupBy]]:
    """What the dashboard opens with: this quarter and the one before, for the whole
    programme, its total and per stadsdeel."""
    current = Period.containing(today)
    previous = Period.containing(current.start - dt.timedelta(days=1))
    return [(Filter(period), by) for period in (current, previous) for by in OPENING_GROUPINGS]


class SnapshotService:
    """Stored figures for ``actor`` (who must be allowed the dashboard).

    ``source`` computes the figures (the :class:`IndicatorService` of the store unless
    given: tests pass a stand-in).
    """

    def __init__(self, store: Store, actor: Actor, *, source: qr.FigureSource | None = None) -> None:
        self._store = store
        self._actor = actor
        self._source: qr.FigureSource = source if source is not None else IndicatorService(store)

    def get(self, flt: Filter, by: GroupBy = "programme") -> Snapshot | None:
        """The stored figures of the selection, or None when there are none."""
        with self._store.read() as s:
            require(s, self._actor, Permission.DASHBOARD, "dashboard.not_allowed")
            row = s.get(IndicatorSnapshot, _key(flt, by))
            if row is None:
                return None
            mark = data_mark(s)
            return Snapshot(_from_json(row.figures), row.computed_at, fresh=row.data_mark == mark)

    def refresh(self, flt: Filter, by: GroupBy = "programme") -> Snapshot:
        """Compute the figures of the selection now and store them."""
        with self._store.read() as s:
            require(s, self._actor, Permission.DASHBOARD, "dashboard.not_allowed")
            mark = data_mark(s)  # before computing: a change meanwhile leaves the snapshot not fresh
        figures = tuple(self._source.figures(flt, by=by))
        computed_at = self._store.clock()
        start, end, hub, stadsdeel, grouping = _key(flt, by)
        with self._store.write(self._actor) as s:
            row = s.get(IndicatorSnapshot, (start, end, hub, stadsdeel, grouping))
            if row is None:
                row = IndicatorSnapshot(
                    period_start=start, period_end=end, hub=hub, stadsdeel=stadsdeel, grouping=grouping
                )
                s.add(row)
            row.figures = _to_json(figures)
            row.computed_at = computed_at
            row.data_mark = mark
        with self._store.read() as s:
            fresh = data_mark(s) == mark
        return Snapshot(figures, computed_at, fresh=fresh)

    def warm(self, today: dt.date) -> int:
        """Refresh what the dashboard opens with (:func:`warm_targets`) where it is missing
        or not fresh; returns how many were computed. Slow: run it in the background."""
        computed = 0
        for flt, by in warm_targets(today):
            if self.warm_one(flt, by):
                computed += 1
        return computed

    def warm_one(self, flt: Filter, by: GroupBy) -> bool:
        """Refresh one selection unless its snapshot is fresh; whether it was computed."""
        found = self.get(flt, by)
        if found is not None and found.fresh:
            return False
        self.refresh(flt, by)
        return True


# ---------------------------------------------------------------------------
# The dashboard's figure sets, from stored or freshly computed figures


@dataclasses.dataclass(frozen=True, slots=True)
class StoredFigures:
    figure_set: qr.FigureSet
    computed_at: dt.datetime | None  # the oldest snapshot used; None when nothing was needed
    fresh: bool  # every snapshot used is fresh


class _Missing(Exception):
    pass


class _Stored:
    def __init__(self, service: SnapshotService) -> None:
        self._service = service
        self.snapshots: list[Snapshot] = []

    def figures(self, flt: Filter, *, by: GroupBy = "programme") -> list[Figure]:
        found = self._service.get(flt, by)
        if found is None:
            raise _Missing
        self.snapshots.append(found)
        return list(found.figures)


class _Refreshing:
    def __init__(self, service: SnapshotService) -> None:
        self._service = service

    def figures(self, flt: Filter, *, by: GroupBy = "programme") -> list[Figure]:
        return list(self._service.refresh(flt, by).figures)


def collect_stored(
    store: Store,
    actor: Actor,
    flt: Filter,
    *,
    by: Sequence[GroupBy] = ("stadsdeel",),
    today: dt.date | None = None,
) -> StoredFigures | None:
    """:func:`quarterly_report.collect` from the stored figures, in milliseconds; None
    when a grouping it needs has no snapshot. Raises ``dashboard.not_allowed`` as collect does."""
    stored = _Stored(SnapshotService(store, actor))
    try:
        figure_set = qr.collect(store, actor, flt, by=by, source=stored, today=today)
    except _Missing:
        return None
    snapshots = stored.snapshots
    computed_at = min((snap.computed_at for snap in snapshots), default=None)
    return StoredFigures(figure_set, computed_at, fresh=all(snap.fresh for snap in snapshots))


def collect_refreshed(
    store: Store,
    actor: Actor,
    flt: Filter,
    *,
    by: Sequence[GroupBy] = ("stadsdeel",),
    source: qr.FigureSource | None = None,
    today: dt.date | None = None,
) -> qr.FigureSet:
    """:func:`quarterly_report.collect`, computing every figure afresh and storing each as
    the snapshot of its selection."""
    service = SnapshotService(store, actor, source=source)
    return qr.collect(store, actor, flt, by=by, source=_Refreshing(service), today=today)
