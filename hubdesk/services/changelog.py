"""Change capture: every write to a replicated table lands in the change log.

A ``before_flush`` listener on :class:`HubSession` stamps each new or changed
replicated record (version, ``updated_at``, node) and appends one
:class:`ChangeLogEntry` per record in the same transaction, so nothing can write
a replicated table behind the change log's back. Hard deletes are refused: a
record is removed with a tombstone (``deleted_at``).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction

from hubdesk.models.base import Replicated, new_id
from hubdesk.models.enums import ChangeOp
from hubdesk.models.logs import ChangeLogEntry
from hubdesk.models.tables import Base

Clock = Callable[[], dt.datetime]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class WriteOutsideService(RuntimeError):
    """A replicated record was written without a write context (a programming error)."""


@dataclass(slots=True)
class WriteContext:
    """Who writes, from which node, at what time: one per transaction."""

    node_id: uuid.UUID
    worker_id: uuid.UUID | None
    now: dt.datetime
    capture: bool = True  # False only for the sync importer, which logs remote changes itself
    next_lamport: int | None = None
    entries: list[ChangeLogEntry] = field(default_factory=list)


class HubSession(Session):
    """The session class of hubdesk; writes need ``info["write"]`` (a :class:`WriteContext`)."""


def json_value(value: Any) -> Any:
    """A column value as JSON-ready data, as carried in the change log and packages."""
    if value is None or isinstance(value, bool | int | float | str) and not isinstance(value, enum.Enum):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    raise TypeError(f"cannot carry {type(value).__name__} in the change log")


_TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def _apply_defaults(obj: Any) -> None:
    """Fill Python-side column defaults now, so the change log carries real values."""
    state = sa.inspect(obj)
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if attr.key in state.dict or column.default is None:
            continue
        default = column.default
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))


def _data_fields(obj: Any) -> list[str]:
    return [a.key for a in sa.inspect(obj).mapper.column_attrs if a.key not in Replicated.META_FIELDS]


def _take_lamport(session: Session, ctx: WriteContext) -> int:
    if ctx.next_lamport is None:
        latest = session.connection().execute(sa.select(sa.func.max(ChangeLogEntry.lamport))).scalar()
        ctx.next_lamport = (latest or 0) + 1
    value = ctx.next_lamport
    ctx.next_lamport += 1
    return value


def _log(session: Session, ctx: WriteContext, obj: Any, op: ChangeOp, base: int, fields: dict[str, Any]) -> None:
    entry = ChangeLogEntry(
        change_id=new_id(),
        lamport=_take_lamport(session, ctx),
        node_id=ctx.node_id,
        worker_id=ctx.worker_id,
        entity=obj.__tablename__,
        record_id=obj.id,
        op=op,
        base_version=base,
        version=obj.version,
        fields=fields,
        at=ctx.now,
    )
    session.add(entry)
    ctx.entries.append(entry)


@event.listens_for(HubSession, "before_flush")
def _capture_changes(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    ctx: WriteContext | None = session.info.get("write")
    for obj in session.deleted:
        if isinstance(obj, Replicated):
            raise WriteOutsideService(f"hard delete of {type(obj).__name__}: use a tombstone")
    new = [o for o in session.new if isinstance(o, Replicated)]
    dirty = [o for o in session.dirty if isinstance(o, Replicated) and session.is_modified(o)]
    if not new and not dirty:
        return
    if ctx is None:
        raise WriteOutsideService("replicated records must be written through a service transaction")
    if not ctx.capture:
        return
    new.sort(key=lambda o: _TABLE_ORDER[o.__tablename__])  # type: ignore[attr-defined]
    for obj in new:
        _apply_defaults(obj)
        if obj.id is None:
            obj.id = new_id()
        obj.version = 1
        obj.created_at = obj.updated_at = ctx.now
        obj.updated_by_node = ctx.node_id
        fields = {key: json_value(getattr(obj, key)) for key in _data_fields(obj)}
        _log(session, ctx, obj, ChangeOp.CREATE, 0, fields)
    for obj in dirty:
        state = sa.inspect(obj)
        changed: dict[str, Any] = {}
        for key in _data_fields(obj):
            hist = state.attrs[key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new_value = getattr(obj, key)
            if old != new_value or not hist.deleted:
                changed[key] = json_value(new_value)
        if not changed:
            continue
        op = ChangeOp.DELETE if "deleted_at" in changed and obj.deleted_at is not None else ChangeOp.UPDATE
        base = obj.version
        obj.version = base + 1
        obj.updated_at = ctx.now
        obj.updated_by_node = ctx.node_id
        _log(session, ctx, obj, op, base, changed)
