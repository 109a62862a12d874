"""The change log (what replicates) and the audit log (who did what to whose data)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.models.base import Base, enum_type
from hubdesk.models.enums import AuditAction, ChangeOp


class ChangeLogEntry(Base):
    """One change to one replicated record, in the transaction that made it.

    ``fields`` holds the changed fields with their new values as JSON-ready data.
    ``lamport`` orders changes across nodes; ``base_version`` is the version the
    change was made against (0 for a creation).
    """

    __tablename__ = "change_log"

    change_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    lamport: Mapped[int] = mapped_column(index=True)
    node_id: Mapped[uuid.UUID]
    worker_id: Mapped[uuid.UUID | None]
    entity: Mapped[str] = mapped_column(sa.String(40))
    record_id: Mapped[uuid.UUID]
    op: Mapped[ChangeOp] = mapped_column(enum_type(ChangeOp))
    base_version: Mapped[int]
    version: Mapped[int]
    fields: Mapped[dict[str, Any]]
    at: Mapped[dt.datetime]
    exported_seq: Mapped[int | None]

    __table_args__ = (
        sa.Index("ix_change_log_record", "entity", "record_id"),
        sa.Index("ix_change_log_node", "node_id", "lamport"),
    )


class AuditEvent(Base):
    """Append-only and hash-chained: ``hash`` covers ``prev_hash`` and this entry."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    node_id: Mapped[uuid.UUID]
    worker_id: Mapped[uuid.UUID | None]
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    entity: Mapped[str] = mapped_column(sa.String(40))
    record_id: Mapped[uuid.UUID | None]
    person_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(sa.String(64))
    hash: Mapped[str] = mapped_column(sa.String(64))
