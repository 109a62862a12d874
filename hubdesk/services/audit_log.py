"""Reading the audit log: the chain check, the coordinators' filtered pages and the CSV export.

The log itself is written by :func:`hubdesk.services.audit.record` in every write
transaction. It is local to each node (it does not replicate: each desk keeps the
trail of what was done at that desk). Only coordinators and admins read it
(:data:`~hubdesk.services.roles.Permission.AUDIT_LOG`); the chain check reveals no
personal data and needs no role, so ``hubdesk audit verify`` runs without a login.

Every call opens its own transaction on the caller's thread (the desktop's database
thread). Pages are fetched by keyset over ``seq`` (newest first), never the whole log.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import AuditAction
from hubdesk.models.errors import UserFacingError
from hubdesk.models.logs import AuditEvent
from hubdesk.models.org import Worker
from hubdesk.models.people import Person
from hubdesk.services import audit
from hubdesk.services.roles import Permission, allowed, require, role_of
from hubdesk.services.store import Actor, Store

PAGE_SIZE = 200
EXPORT_CHUNK = 2000
CSV_COLUMNS = (
    "seq",
    "time",
    "worker",
    "username",
    "action",
    "entity",
    "record_id",
    "person_id",
    "person",
    "detail",
    "node_id",
)


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The outcome of checking the hash chain: ``broken_seq`` is the first entry that does
    not fit (it was changed, or an entry before it was removed or inserted)."""

    entries: int
    broken_seq: int | None = None
    broken_at: dt.datetime | None = None
    last_seq: int | None = None
    last_hash: str | None = None

    @property
    def intact(self) -> bool:
        return self.broken_seq is None


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which entries to show; empty fields do not filter. ``since`` is inclusive, ``until``
    exclusive (aware datetimes: a local day is ``[midnight, next midnight)``)."""

    person_id: uuid.UUID | None = None
    worker_id: uuid.UUID | None = None
    action: AuditAction | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None

    def as_detail(self) -> dict[str, Any]:
        """The filter as ids and codes only (what an export records in the log)."""
        out: dict[str, Any] = {}
        if self.worker_id:
            out["worker"] = str(self.worker_id)
        if self.action:
            out["action"] = self.action.value
        if self.since:
            out["since"] = self.since.astimezone(dt.UTC).isoformat()
        if self.until:
            out["until"] = self.until.astimezone(dt.UTC).isoformat()
        return out


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One entry as a coordinator reads it. ``person_name`` is None when the person no
    longer exists (erased or deleted); ``worker_name`` None for a system action."""

    seq: int
    at: dt.datetime
    node_id: uuid.UUID
    worker_id: uuid.UUID | None
    worker_name: str | None
    worker_username: str | None
    action: AuditAction
    entity: str
    record_id: uuid.UUID | None
    person_id: uuid.UUID | None
    person_name: str | None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AuditPage:
    rows: list[AuditEntry]
    more: bool  # older entries match too: ask again with ``before_seq=rows[-1].seq``


@dataclass(frozen=True, slots=True)
class WorkerChoice:
    id: uuid.UUID
    name: str
    username: str


def local_day_start(day: dt.date) -> dt.datetime:
    """Midnight at the start of ``day`` in this computer's time zone, as an aware datetime."""
    return dt.datetime.combine(day, dt.time()).astimezone()


def period(since: dt.date | None, until: dt.date | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Local dates (both inclusive) as the ``since``/``until`` of an :class:`AuditFilter`."""
    start = local_day_start(since) if since else None
    end = local_day_start(until + dt.timedelta(days=1)) if until else None
    return start, end


def check_chain(session: Session) -> ChainReport:
    """Walk the whole chain in ``seq`` order (streamed); stops at the first broken entry."""
    prev = audit.GENESIS
    count = 0
    last: AuditEvent | None = None
    query = sa.select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=EXPORT_CHUNK)
    for event in session.execute(query).scalars():
        if event.prev_hash != prev or audit.entry_hash(prev, audit._payload(event)) != event.hash:
            return ChainReport(entries=count, broken_seq=event.seq, broken_at=event.at)
        prev = event.hash
        count += 1
        last = event
    return ChainReport(entries=count, last_seq=last.seq if last else None, last_hash=last.hash if last else None)


def verify_store(store: Store) -> ChainReport:
    """The chain check on a whole database (no role needed: it shows no personal data)."""
    with store.read() as s:
        return check_chain(s)


def _display_name(given: str | None, infix: str | None, family: str | None) -> str | None:
    if given is None and family is None:
        return None
    return " ".join(p for p in (given, infix, family) if p)


class AuditLogService:
    """The audit log for coordinators and admins; everyone else is refused with
    ``UserFacingError("audit.coordinator_only")``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def can_read(self, actor: Actor) -> bool:
        with self._store.read() as s:
            return allowed(role_of(s, actor), Permission.AUDIT_LOG)

    def verify(self, actor: Actor) -> ChainReport:
        with self._store.read() as s:
            require(s, actor, Permission.AUDIT_LOG, "audit.coordinator_only")
            return check_chain(s)

    def workers(self, actor: Actor) -> list[WorkerChoice]:
        """Every worker known here (also inactive ones: they may have left a trail)."""
        with self._store.read() as s:
            require(s, actor, Permission.AUDIT_LOG, "audit.coordinator_only")
            rows = s.execute(sa.select(Worker.id, Worker.name, Worker.username).order_by(Worker.name)).all()
            return [WorkerChoice(r.id, r.name, r.username) for r in rows]

    def page(
        self, actor: Actor, filt: AuditFilter, *, before_seq: int | None = None, limit: int = PAGE_SIZE
    ) -> AuditPage:
        """Up to ``limit`` matching entries older than ``before_seq``, newest first."""
        if limit <= 0:
            raise ValueError("limit must be positive")
        with self._store.read() as s:
            require(s, actor, Permission.AUDIT_LOG, "audit.coordinator_only")
            rows = self._select(s, filt, before_seq, limit + 1)
            return AuditPage(rows=rows[:limit], more=len(rows) > limit)

    def export_csv(self, actor: Actor, filt: AuditFilter, path: Path) -> int:
        """Write every matching entry (newest first) to ``path`` as CSV (UTF-8 with BOM, so
        spreadsheets open it right); the export is itself recorded. Returns the row count.
        The file appears whole or not at all."""
        with self._store.read() as s:
            require(s, actor, Permission.AUDIT_LOG, "audit.coordinator_only")
        tmp = path.with_name(f".{path.name}.part")
        count = 0
        try:
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(CSV_COLUMNS)
                for entry in self._all(filt):
                    writer.writerow(_csv_row(entry))
                    count += 1
                fh.flush()
                os.fsync(fh.fileno())
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise UserFacingError("file.write_failed", path=str(path), reason=exc.strerror or str(exc)) from exc
        with self._store.write(actor) as s:
            audit.record(
                s,
                AuditAction.EXPORT,
                "audit_events",
                None,
                person_id=filt.person_id,
                detail={"kind": "audit_log", "rows": count, **filt.as_detail()},
            )
        return count

    def _all(self, filt: AuditFilter) -> Iterator[AuditEntry]:
        before: int | None = None
        while True:
            with self._store.read() as s:
                rows = self._select(s, filt, before, EXPORT_CHUNK)
            yield from rows
            if len(rows) < EXPORT_CHUNK:
                return
            before = rows[-1].seq

    @staticmethod
    def _select(s: Session, filt: AuditFilter, before_seq: int | None, limit: int) -> list[AuditEntry]:
        query = (
            sa.select(
                AuditEvent,
                Worker.name,
                Worker.username,
                Person.given_name,
                Person.infix,
                Person.family_name,
            )
            .outerjoin(Worker, Worker.id == AuditEvent.worker_id)
            .outerjoin(Person, sa.and_(Person.id == AuditEvent.person_id, Person.deleted_at.is_(None)))
        )
        if before_seq is not None:
            query = query.where(AuditEvent.seq < before_seq)
        if filt.person_id is not None:
            query = query.where(AuditEvent.person_id == filt.person_id)
        if filt.worker_id is not None:
            query = query.where(AuditEvent.worker_id == filt.worker_id)
        if filt.action is not None:
            query = query.where(AuditEvent.action == filt.action)
        if filt.since is not None:
            query = query.where(AuditEvent.at >= filt.since)
        if filt.until is not None:
            query = query.where(AuditEvent.at < filt.until)
        out = []
        for event, wname, wuser, given, infix, family in s.execute(query.order_by(AuditEvent.seq.desc()).limit(limit)):
            out.append(
                AuditEntry(
                    seq=event.seq,
                    at=event.at,
                    node_id=event.node_id,
                    worker_id=event.worker_id,
                    worker_name=wname,
                    worker_username=wuser,
                    action=event.action,
                    entity=event.entity,
                    record_id=event.record_id,
                    person_id=event.person_id,
                    person_name=_display_name(given, infix, family),
                    detail=dict(event.detail or {}),
                )
            )
        return out


def _csv_row(e: AuditEntry) -> list[str]:
    return [
        str(e.seq),
        e.at.astimezone().isoformat(timespec="seconds"),
        e.worker_name or "",
        e.worker_username or "",
        e.action.value,
        e.entity,
        str(e.record_id) if e.record_id else "",
        str(e.person_id) if e.person_id else "",
        e.person_name or "",
        json.dumps(e.detail, ensure_ascii=False, sort_keys=True) if e.detail else "",
        str(e.node_id),
    ]
