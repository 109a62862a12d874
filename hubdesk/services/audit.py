"""The append-only, hash-chained audit log of who did what to whose data."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import AuditAction
from hubdesk.models.logs import AuditEvent
from hubdesk.services.changelog import WriteContext, json_value

GENESIS = "0" * 64


def entry_hash(prev_hash: str, payload: dict[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def _payload(event: AuditEvent) -> dict[str, Any]:
    return {
        "at": json_value(event.at),
        "node": json_value(event.node_id),
        "worker": json_value(event.worker_id),
        "action": json_value(event.action),
        "entity": event.entity,
        "record": json_value(event.record_id),
        "person": json_value(event.person_id),
        "detail": json_value(event.detail),
    }


def record(
    session: Session,
    action: AuditAction,
    entity: str,
    record_id: uuid.UUID | None,
    *,
    person_id: uuid.UUID | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one audit event in the caller's transaction (which must be a write)."""
    ctx: WriteContext = session.info["write"]
    prev = session.execute(sa.select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar()
    event = AuditEvent(
        at=ctx.now,
        node_id=ctx.node_id,
        worker_id=ctx.worker_id,
        action=action,
        entity=entity,
        record_id=record_id,
        person_id=person_id,
        detail=detail or {},
        prev_hash=prev or GENESIS,
    )
    event.hash = entry_hash(event.prev_hash, _payload(event))
    session.add(event)
    return event


def verify_chain(session: Session) -> int | None:
    """The ``seq`` of the first entry whose hash does not match, or None if the chain holds."""
    prev = GENESIS
    query = sa.select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=2000)  # streamed: logs grow
    for event in session.execute(query).scalars():
        if event.prev_hash != prev or entry_hash(prev, _payload(event)) != event.hash:
            return event.seq
        prev = event.hash
    return None
