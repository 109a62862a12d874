"""The conflict queue: what merging could not decide, for a person to review.

Every node shows the same provisional value (the change with the highest stamp; a
deletion over edits made meanwhile) and keeps the others here. :meth:`ConflictService.resolve`
writes the chosen value as an ordinary change: it has seen every side, so on every
node that imports it the conflict closes (see :mod:`hubdesk.sync.merge`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import attributes

from hubdesk.models.base import REPLICATED_ENTITIES
from hubdesk.models.enums import ChangeOp
from hubdesk.models.errors import UserFacingError
from hubdesk.models.sync import ConflictKind, ConflictStatus, SyncConflict
from hubdesk.services.changelog import WriteContext
from hubdesk.services.readmodels import Changes
from hubdesk.services.store import Actor, Store
from hubdesk.sync.codec import BadValue, codec_for
from hubdesk.sync.importer import epochs_loader, load_changes
from hubdesk.sync.merge import Contexts, merge
from hubdesk.sync.outbox import local_marks


@dataclass(frozen=True, slots=True)
class ConflictSide:
    """One competing change: its value (for a deletion conflict, the fields it set)."""

    change_id: uuid.UUID
    node_id: uuid.UUID
    worker_id: uuid.UUID | None
    at: dt.datetime
    op: ChangeOp
    value: Any
    local: bool  # made on this node


@dataclass(frozen=True, slots=True)
class ConflictView:
    """A conflict as the queue shows it: base, mine and theirs side by side.

    ``mine`` is this node's side when it has one, else the provisional winner;
    ``theirs`` the other sides. ``provisional`` is what every node shows meanwhile.
    """

    id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    field: str
    kind: ConflictKind
    person_id: uuid.UUID | None
    base: Any
    mine: ConflictSide | None
    theirs: tuple[ConflictSide, ...]
    provisional: ConflictSide | None
    detected_at: dt.datetime


def _side(raw: dict[str, Any], local_node: uuid.UUID) -> ConflictSide:
    node = uuid.UUID(raw["node_id"])
    return ConflictSide(
        change_id=uuid.UUID(raw["change_id"]),
        node_id=node,
        worker_id=uuid.UUID(raw["worker_id"]) if raw.get("worker_id") else None,
        at=dt.datetime.fromisoformat(raw["at"]),
        op=ChangeOp(raw["op"]),
        value=raw.get("value"),
        local=node == local_node,
    )


def conflict_view(row: SyncConflict, local_node: uuid.UUID) -> ConflictView:
    sides = [_side(c, local_node) for c in row.candidates]
    provisional = next((s for s in sides if s.change_id == row.winner_change), None)
    mine = next((s for s in reversed(sides) if s.local), provisional)
    theirs = tuple(s for s in sides if mine is None or s.change_id != mine.change_id)
    return ConflictView(
        id=row.id,
        entity=row.entity,
        record_id=row.record_id,
        field=row.field,
        kind=row.kind,
        person_id=row.person_id,
        base=row.base,
        mine=mine,
        theirs=theirs,
        provisional=provisional,
        detected_at=row.detected_at,
    )


class ConflictService:
    """List and resolve conflicts. Each call is one transaction on the caller's thread."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def open_conflicts(self, person_id: uuid.UUID | None = None) -> list[ConflictView]:
        """Open conflicts, oldest first (optionally of one entrepreneur)."""
        self.refresh()
        with self.store.read() as s:
            query = sa.select(SyncConflict).where(SyncConflict.status == ConflictStatus.OPEN)
            if person_id is not None:
                query = query.where(SyncConflict.person_id == person_id)
            rows = list(s.execute(query.order_by(SyncConflict.detected_at, SyncConflict.id)).scalars())
        return [conflict_view(r, self.store.node_id) for r in rows]

    def count_open(self) -> int:
        """How many conflicts are open (after closing those a local edit settled)."""
        self.refresh()
        with self.store.read() as s:
            return int(
                s.execute(
                    sa.select(sa.func.count())
                    .select_from(SyncConflict)
                    .where(SyncConflict.status == ConflictStatus.OPEN)
                ).scalar()
                or 0
            )

    def refresh(self) -> int:
        """Close conflicts that a later local edit settled (it saw every side); returns how many."""
        with self.store.write(None) as s:
            rows = list(
                s.execute(
                    sa.select(SyncConflict).where(
                        SyncConflict.status == ConflictStatus.OPEN, SyncConflict.kind != ConflictKind.DUPLICATE
                    )
                ).scalars()
            )
            if not rows:
                return 0
            contexts = Contexts(self.store.node_id, local_marks(s), {}, epochs_loader(s))
            keys = {(r.entity, r.record_id) for r in rows}
            changes = load_changes(s, keys)
            closed = 0
            for row in rows:
                merged = merge(changes[(row.entity, row.record_id)], contexts)
                if any(c.key() == (row.kind.value, row.field) for c in merged.conflicts):
                    continue
                row.status = ConflictStatus.RESOLVED
                row.resolved_at = s.info["write"].now
                row.resolved_by_change = merged.last.change_id
                closed += 1
            return closed

    def resolve(self, actor: Actor, conflict_id: uuid.UUID, *, value: Any = None, restore: bool = False) -> Changes:
        """Settle a conflict with a change that syncs like any other.

        A field conflict takes ``value`` (in its JSON form, as the sides show it: any of
        them, the base or a new one). A deletion conflict keeps the deletion, or with
        ``restore=True`` brings the record back with the edits made meanwhile.
        Raises ``UserFacingError``: ``conflict.not_found``, ``conflict.closed``,
        ``conflict.value_invalid``, ``conflict.duplicate``.
        """
        with self.store.write(actor) as s:
            row = s.get(SyncConflict, conflict_id)
            if row is None:
                raise UserFacingError("conflict.not_found")
            if row.status is not ConflictStatus.OPEN:
                raise UserFacingError("conflict.closed")
            if row.kind is ConflictKind.DUPLICATE:
                raise UserFacingError("conflict.duplicate", field=row.field)
            cls = REPLICATED_ENTITIES[row.entity]
            record = s.get(cls, row.record_id)
            if record is None:
                raise UserFacingError("conflict.not_found")
            if row.kind is ConflictKind.FIELD:
                _set(record, row.entity, row.field, value)
            elif restore:
                record.deleted_at = None
                for side in sorted(row.candidates, key=lambda c: (c["lamport"], c["node_id"])):
                    if side["op"] != ChangeOp.DELETE.value:
                        for name, field_value in (side.get("value") or {}).items():
                            if name != "deleted_at":
                                _set(record, row.entity, name, field_value)
            else:
                record.deleted_at = record.deleted_at or s.info["write"].now
                attributes.flag_modified(record, "deleted_at")
            s.flush()
            ctx: WriteContext = s.info["write"]
            row.status = ConflictStatus.RESOLVED
            row.resolved_at = ctx.now
            row.resolved_by_change = ctx.entries[-1].change_id if ctx.entries else None
            return Changes.from_entries(ctx.entries)


def _set(record: Any, entity: str, name: str, value: Any) -> None:
    codec = codec_for(entity)
    try:
        converted = codec.convert(name, value)
    except BadValue:
        raise UserFacingError("conflict.value_invalid", field=name) from None
    column = codec.table.c[name]
    enum_class = getattr(column.type, "enum_class", None)
    if converted is not None and enum_class is not None:
        try:
            converted = enum_class(converted)
        except ValueError:
            raise UserFacingError("conflict.value_invalid", field=name) from None
    setattr(record, name, converted)
    # Also when the value equals the provisional one: the resolution must be a change
    # that syncs, so that the other nodes close the conflict too.
    attributes.flag_modified(record, name)
