"""What exchanging change packages needs locally (never replicated itself).

- :class:`SyncNode`: the programme this node exchanges with (the key itself is kept
  outside the database, see :mod:`hubdesk.sync.keys`).
- :class:`SyncOutbox`: the packages this node wrote, one row per sequence number.
- :class:`SyncInbox`: the packages of other nodes that were imported, with the
  "mark" (the highest Lamport time in the change log right after the import) that
  tells which later local changes had seen them.
- :class:`SyncConflict`: the conflict queue.
- :class:`SyncPending`: records whose changes arrived but that cannot be written yet
  (a unique value already taken by another record, a reference still missing).

The change log's ``exported_seq`` holds, for every entry, the sequence number of the
package of its own node that carries it (set on export for local entries and on
import for remote ones); NULL means a local change not exported yet.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.models.base import Base, enum_type
from hubdesk.models.logs import ChangeLogEntry


class ConflictKind(enum.StrEnum):
    FIELD = "field"  # the same field changed differently on two nodes
    DELETED = "deleted"  # a record edited on one node and deleted on another
    DUPLICATE = "duplicate"  # a record that would take a unique value another record has


class ConflictStatus(enum.StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class SyncNode(Base):
    """The programme this installation exchanges with (one row, once ``node init`` ran)."""

    __tablename__ = "sync_node"

    singleton: Mapped[int] = mapped_column(primary_key=True, default=1)
    programme_id: Mapped[str] = mapped_column(sa.String(32))
    set_up_at: Mapped[dt.datetime]


class SyncOutbox(Base):
    """One package this node wrote to its folder of the exchange."""

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    digest: Mapped[str] = mapped_column(sa.String(64))
    changes: Mapped[int]
    first_lamport: Mapped[int]
    last_lamport: Mapped[int]
    file: Mapped[str] = mapped_column(sa.String(260))
    written_at: Mapped[dt.datetime]


class SyncInbox(Base):
    """One package of another node that was imported (``seq`` of ``node_id``)."""

    __tablename__ = "sync_inbox"

    node_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    digest: Mapped[str] = mapped_column(sa.String(64))
    nonce: Mapped[str] = mapped_column(sa.String(24))  # tells a re-sent file from the one imported
    changes: Mapped[int]
    applied: Mapped[int]
    withheld: Mapped[int]
    mark: Mapped[int]
    # [[from_lamport, {node hex: seq}], ...]: what the sending node had imported when
    # it made each of the package's changes (see docs/sync-format.md, "Contexts").
    epochs: Mapped[list[Any]] = mapped_column(sa.JSON)
    file: Mapped[str] = mapped_column(sa.String(260))
    imported_at: Mapped[dt.datetime]

    __table_args__ = (sa.Index("ix_sync_inbox_mark", "mark"),)


class SyncConflict(Base):
    """A conflict found when merging; open until a change that saw all sides arrives.

    ``candidates`` lists the competing changes (change id, node, Lamport time, op and
    the value), ``winner_change`` the one every node shows provisionally, ``base``
    the value they started from (for a field conflict).
    """

    __tablename__ = "sync_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(sa.String(40))
    record_id: Mapped[uuid.UUID]
    field: Mapped[str] = mapped_column(sa.String(60))
    kind: Mapped[ConflictKind] = mapped_column(enum_type(ConflictKind))
    status: Mapped[ConflictStatus] = mapped_column(enum_type(ConflictStatus))
    person_id: Mapped[uuid.UUID | None]
    base: Mapped[Any] = mapped_column(sa.JSON, nullable=True)
    candidates: Mapped[list[Any]] = mapped_column(sa.JSON)
    winner_change: Mapped[uuid.UUID | None]
    detected_at: Mapped[dt.datetime]
    resolved_at: Mapped[dt.datetime | None]
    resolved_by_change: Mapped[uuid.UUID | None]

    __table_args__ = (
        sa.Index("ix_sync_conflicts_record", "entity", "record_id"),
        sa.Index("ix_sync_conflicts_status", "status"),
    )


class SyncPending(Base):
    """A record whose changes are in the change log but that cannot be written yet."""

    __tablename__ = "sync_pending"

    entity: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(sa.String(200))
    since: Mapped[dt.datetime]


# Export reads this node's entries that are not exported yet: a partial index holds just
# those (a handful), so the entries an import brings cost no index upkeep here.
CHANGE_LOG_UNEXPORTED_INDEX = sa.Index(
    "ix_change_log_unexported",
    ChangeLogEntry.__table__.c.node_id,
    ChangeLogEntry.__table__.c.lamport,
    sqlite_where=ChangeLogEntry.__table__.c.exported_seq.is_(None),
    postgresql_where=ChangeLogEntry.__table__.c.exported_seq.is_(None),
)
