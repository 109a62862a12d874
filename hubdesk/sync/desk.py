"""What the desktop shows about sync: the status bar's figures and the conflict queue's rows.

Read models only (no ORM rows leave a session); each function is one short read on the
caller's thread (the desktop's database thread). The sync itself is
:meth:`hubdesk.sync.service.SyncService.sync`, resolving is
:meth:`hubdesk.sync.conflicts.ConflictService.resolve`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from hubdesk.models.base import REPLICATED_ENTITIES
from hubdesk.models.enums import ChangeOp
from hubdesk.models.errors import UserFacingError
from hubdesk.models.logs import ChangeLogEntry
from hubdesk.models.org import Hub, Node, Worker
from hubdesk.models.people import Person
from hubdesk.models.sync import ConflictKind, SyncInbox, SyncOutbox
from hubdesk.services.store import Store
from hubdesk.sync.conflicts import ConflictService, ConflictSide, ConflictView
from hubdesk.sync.keys import installed_key
from hubdesk.sync.node import identity


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """``off``: why this installation cannot sync at all (a ``sync.*`` code), else None."""

    off: str | None
    pending: int  # this node's changes not exported yet
    open_conflicts: int
    last_exchange: dt.datetime | None  # the last package written or imported (None: never)


def sync_status(store: Store) -> SyncStatus:
    """The status bar's figures (also for a node that cannot sync: then ``off`` says why)."""
    off: str | None = None
    with store.read() as s:
        me = identity(s)
        pending = int(
            s.execute(
                sa.select(sa.func.count())
                .select_from(ChangeLogEntry)
                .where(ChangeLogEntry.node_id == me.node_id, ChangeLogEntry.exported_seq.is_(None))
            ).scalar()
            or 0
        )
        times = [
            t
            for t in (
                s.execute(sa.select(sa.func.max(SyncOutbox.written_at))).scalar(),
                s.execute(sa.select(sa.func.max(SyncInbox.imported_at))).scalar(),
            )
            if t is not None
        ]
    if me.sandbox:
        off = "sync.sandbox"
    elif me.programme_id is None or me.hub_id is None:
        off = "sync.not_set_up"
    else:
        try:
            installed_key(me.programme_id)
        except UserFacingError as exc:
            off = exc.code
    # Conflicts only come from syncing; a desk that never could has none to count.
    conflicts = ConflictService(store).count_open() if off in (None, "sync.key_missing") else 0
    return SyncStatus(off=off, pending=pending, open_conflicts=conflicts, last_exchange=max(times) if times else None)


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a conflict as the queue shows it, with the names of who and where."""

    change_id: uuid.UUID
    at: dt.datetime
    deletion: bool
    value: Any  # the field's value (JSON form); for a deletion conflict, the fields the change set
    local: bool
    provisional: bool
    worker_name: str
    desk_name: str


@dataclass(frozen=True, slots=True)
class ConflictEntry:
    """A row of the conflict queue.

    ``record_name`` names the record itself where it has a name (a person, an enterprise,
    a partner...), ``person_name`` the entrepreneur it belongs to; ``names`` gives a name
    for record ids that appear in the values (a worker, a partner, a route...).
    """

    id: uuid.UUID
    kind: ConflictKind
    entity: str
    record_id: uuid.UUID
    field: str
    record_name: str
    person_id: uuid.UUID | None
    person_name: str
    base: Any
    mine: Side | None
    theirs: tuple[Side, ...]
    detected_at: dt.datetime
    names: dict[str, str]

    @property
    def sides(self) -> tuple[Side, ...]:
        return ((self.mine,) if self.mine is not None else ()) + self.theirs


_NAME_COLUMNS = {
    "persons": None,  # Person.display_name
    "enterprises": "trade_name",
    "partners": "name",
    "workers": "name",
    "hubs": "name",
    "nodes": "name",
    "routes": "name_nl",
    "step_types": "name_nl",
    "programme_events": "name",
}


def _record_name(session: Any, entity: str, record_id: uuid.UUID) -> str:
    if entity not in _NAME_COLUMNS:
        return ""
    record = session.get(REPLICATED_ENTITIES[entity], record_id)
    if record is None:
        return ""
    if isinstance(record, Person):
        return str(record.display_name or "")
    return str(getattr(record, _NAME_COLUMNS[entity] or "", "") or "")


def _uuids(values: Iterable[Any]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for value in values:
        items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else (value,)
        for item in items:
            if isinstance(item, str) and len(item) == 36 and item.count("-") == 4:
                try:
                    found.add(uuid.UUID(item))
                except ValueError:
                    pass
    return found


def _names(session: Any, ids: set[uuid.UUID]) -> dict[str, str]:
    """Names of the records with these ids, looked up in the tables that name things."""
    names: dict[str, str] = {}
    if not ids:
        return names
    for entity in _NAME_COLUMNS:
        cls = REPLICATED_ENTITIES[entity]
        for record in session.execute(sa.select(cls).where(cls.id.in_(ids))).scalars():
            name = _record_name(session, entity, record.id)
            if name:
                names[str(record.id)] = name
    return names


def conflict_entries(store: Store, person_id: uuid.UUID | None = None) -> list[ConflictEntry]:
    """The open conflicts, oldest first, with names instead of ids (see :class:`ConflictEntry`)."""
    views = ConflictService(store).open_conflicts(person_id)
    if not views:
        return []
    with store.read() as s:
        workers = {r[0]: r[1] for r in s.execute(sa.select(Worker.id, Worker.name))}
        desks = {r[0]: r[1] for r in s.execute(sa.select(Node.id, Node.name))}
        own_hub = identity(s).hub_id
        # A desk of another hub is named with its hub.
        hubs_of_desks = {
            r[0]: r[1]
            for r in s.execute(
                sa.select(Node.id, Hub.name).join(Hub, Hub.id == Node.hub_id).where(Node.hub_id != own_hub)
            )
        }
        entries = []
        for v in views:
            ids = _uuids([v.base] + [side.value for side in _all_sides(v)])
            entries.append(
                ConflictEntry(
                    id=v.id,
                    kind=v.kind,
                    entity=v.entity,
                    record_id=v.record_id,
                    field=v.field,
                    record_name=_record_name(s, v.entity, v.record_id),
                    person_id=v.person_id,
                    person_name=_record_name(s, "persons", v.person_id) if v.person_id else "",
                    base=v.base,
                    mine=_view_side(v.mine, v, workers, desks, hubs_of_desks) if v.mine else None,
                    theirs=tuple(_view_side(t, v, workers, desks, hubs_of_desks) for t in v.theirs),
                    detected_at=v.detected_at,
                    names=_names(s, ids),
                )
            )
    return entries


def _all_sides(v: ConflictView) -> list[ConflictSide]:
    return ([v.mine] if v.mine else []) + list(v.theirs)


def _view_side(
    side: ConflictSide,
    v: ConflictView,
    workers: dict[uuid.UUID, str],
    desks: dict[uuid.UUID, str],
    hubs: dict[uuid.UUID, str],
) -> Side:
    desk = desks.get(side.node_id, "")
    hub = hubs.get(side.node_id, "")
    where = f"{desk}, {hub}" if desk and hub else desk or hub or side.node_id.hex[:8]
    return Side(
        change_id=side.change_id,
        at=side.at,
        deletion=side.op is ChangeOp.DELETE,
        value=side.value,
        local=side.local,
        provisional=v.provisional is not None and v.provisional.change_id == side.change_id,
        worker_name=workers.get(side.worker_id, "") if side.worker_id else "",
        desk_name=where,
    )
