"""Export: this node's changes not exported yet, as numbered packages in its folder.

Order of events for one package, so that a crash at any point loses nothing and
never reuses a number: the file is written (temporary name, flushed, renamed), then
one transaction marks its changes with the package's number and records the package.
A crash in between leaves a package on the exchange that the database does not know
of; the next export *adopts* it (checks that it holds exactly changes of this node
that are not marked yet, and marks them) instead of writing that number again.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from hubdesk.models.enums import AuditAction, ChangeOp
from hubdesk.models.errors import UserFacingError
from hubdesk.models.logs import ChangeLogEntry
from hubdesk.models.sync import SyncInbox, SyncOutbox
from hubdesk.services import audit
from hubdesk.services.changelog import HubSession
from hubdesk.services.store import Store
from hubdesk.sync import scope
from hubdesk.sync.exchange import Exchange
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.merge import Contexts, EpochList
from hubdesk.sync.package import Epoch, new_manifest, open_sealed, package_name, seal

PACKAGE_MAX_CHANGES = 20_000
CL: sa.Table = ChangeLogEntry.__table__  # type: ignore[assignment]  # declared as FromClause


@dataclass(frozen=True, slots=True)
class ExportResult:
    packages: int
    changes: int
    files: tuple[str, ...]
    problem: UserFacingError | None = None  # why export stopped early (the folder, another node's files)


def local_marks(session: HubSession) -> dict[uuid.UUID, list[int]]:
    """Per other node, the marks of its imported packages in sequence order."""
    marks: dict[uuid.UUID, list[int]] = {}
    rows = session.execute(sa.select(SyncInbox.node_id, SyncInbox.mark).order_by(SyncInbox.node_id, SyncInbox.seq))
    for node, mark in rows:
        marks.setdefault(node, []).append(mark)
    return marks


def epochs_for(contexts: Contexts, marks: dict[uuid.UUID, list[int]], first: int, last: int) -> EpochList:
    """What this node had seen, from Lamport time ``first`` to ``last``: a new epoch
    starts right after each import whose mark falls in between."""
    starts = {first} | {m + 1 for ms in marks.values() for m in ms if first < m + 1 <= last}
    epochs: EpochList = []
    for start in sorted(starts):
        vector = contexts.local_vector(start)
        if not epochs or epochs[-1][1] != vector:
            epochs.append((start, vector))
    return epochs


_Out = tuple[str, int, str | None, str, str, str, int, int, str, str]
"""A change to export: id, Lamport time, worker, entity, record, op, base version, version,
fields (JSON text) and time (ISO 8601)."""


def _json_str(value: str | None) -> str:
    return "null" if value is None else f'"{value}"'


def _dashed(h: str) -> str:
    """32 stored hex digits as a UUID's text."""
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _stored_iso(text: str) -> str:
    """A UTC time as stored on SQLite ("2026-03-03 10:00:00.000000") in ISO 8601 with its zone."""
    return f"{text[:10]}T{text[11:]}+00:00"


class Outbox:
    """Writes this node's packages; one instance per sync run."""

    def __init__(
        self,
        store: Store,
        key: ProgrammeKey,
        exchange: Exchange,
        *,
        node_id: uuid.UUID,
        hub_id: uuid.UUID | None,
        package_max: int = PACKAGE_MAX_CHANGES,
    ) -> None:
        self.store = store
        self.key = key
        self.exchange = exchange
        self.node_id = node_id
        self.hub_id = hub_id
        self.package_max = package_max

    def export(self) -> ExportResult:
        """Write every change of this node not exported yet. A problem (``sync.exchange_*``
        for the folder, ``sync.identity_clash``) ends the export and is returned with
        what was written before it."""
        files: list[str] = []
        total = 0
        try:
            with self.store.read() as s:
                last = s.execute(sa.select(sa.func.max(SyncOutbox.seq))).scalar() or 0
            on_disk = self.exchange.packages(self.node_id)
            for seq in sorted(n for n in on_disk if n > last):
                if seq != last + 1:
                    raise UserFacingError("sync.identity_clash", path=str(on_disk[seq]))
                self._adopt(seq, on_disk[seq])
                last = seq
            while True:
                written = self._export_one(last + 1)
                if written is None:
                    break
                count, path = written
                files.append(path)
                total += count
                last += 1
        except UserFacingError as exc:
            return ExportResult(packages=len(files), changes=total, files=tuple(files), problem=exc)
        return ExportResult(packages=len(files), changes=total, files=tuple(files))

    def _select(self, s: HubSession) -> list[_Out]:
        """The next changes to export, oldest first, as text ready for the package."""
        if s.connection().dialect.name == "sqlite":  # raw: no per-value conversions for 20,000 rows
            rows = (
                s.connection()
                .exec_driver_sql(
                    "SELECT change_id, lamport, worker_id, entity, record_id, op, base_version, version, fields, at "
                    "FROM change_log WHERE node_id = ? AND exported_seq IS NULL ORDER BY lamport LIMIT ?",
                    (self.node_id.hex, self.package_max),
                )
                .fetchall()
            )
            return [
                (_dashed(r[0]), r[1], _dashed(r[2]) if r[2] else None, r[3], _dashed(r[4]), r[5], r[6], r[7], r[8],
                 _stored_iso(r[9]))
                for r in rows
            ]  # fmt: skip
        query = (
            sa.select(
                CL.c.change_id,
                CL.c.lamport,
                CL.c.worker_id,
                CL.c.entity,
                CL.c.record_id,
                CL.c.op,
                CL.c.base_version,
                CL.c.version,
                CL.c.fields,
                CL.c.at,
            )
            .where(CL.c.node_id == self.node_id, CL.c.exported_seq.is_(None))
            .order_by(CL.c.lamport)
            .limit(self.package_max)
        )
        return [
            (str(r[0]), r[1], str(r[2]) if r[2] else None, r[3], str(r[4]), str(getattr(r[5], "value", r[5])), r[6],
             r[7], json.dumps(r[8]), _aware(r[9]).isoformat())
            for r in s.execute(query)
        ]  # fmt: skip

    def _hubs(self, s: HubSession, entities: Iterable[str], first: int, last: int) -> dict[str, str | None]:
        """The hub of each exported change's record (see :mod:`hubdesk.sync.scope`), by change id."""
        sqlite = s.connection().dialect.name == "sqlite"
        hubs: dict[str, str | None] = {}
        for entity in entities:
            found = scope.hub_expression(entity)
            if found is None:
                continue
            joined, record_id, hub_col = found
            columns = (
                (sa.type_coerce(CL.c.change_id, sa.String), sa.type_coerce(hub_col, sa.String))
                if sqlite
                else (CL.c.change_id, hub_col)
            )
            query = (
                sa.select(*columns)
                .select_from(CL.join(joined, record_id == CL.c.record_id))
                .where(
                    CL.c.node_id == self.node_id,
                    CL.c.exported_seq.is_(None),
                    CL.c.entity == entity,
                    CL.c.lamport.between(first, last),
                )
            )
            for row in s.execute(query):
                if sqlite:
                    hubs[_dashed(row[0])] = _dashed(row[1]) if row[1] else None
                else:
                    hubs[str(row[0])] = str(row[1]) if row[1] else None
        return hubs

    def _export_one(self, seq: int) -> tuple[int, str] | None:
        now = self.store.clock()
        with self.store.read() as s:
            rows = self._select(s)
            if not rows:
                return None
            first, last = rows[0][1], rows[-1][1]
            entities = sorted({r[3] for r in rows})
            hubs = self._hubs(s, entities, first, last)
            marks = local_marks(s)
            prev = s.execute(sa.select(SyncOutbox.digest).where(SyncOutbox.seq == seq - 1)).scalar()
        contexts = Contexts(self.node_id, marks, {})
        epochs = epochs_for(contexts, marks, first, last)
        counts: dict[str, dict[ChangeOp, int]] = {}
        own_hub = str(self.hub_id) if self.hub_id else None
        parts: list[str] = []
        for change_id, lamport, worker, entity, record, op, base, version, fields, at in rows:
            by_op = counts.setdefault(entity, {})
            key = ChangeOp(op)
            by_op[key] = by_op.get(key, 0) + 1
            hub = hubs.get(change_id)
            if hub is None and not scope.is_programme_wide(entity) and scope.hub_path(entity) is None:
                hub = own_hub  # data of no known hub stays within this node's own hub
            parts.append(
                f'{{"change_id":"{change_id}","lamport":{lamport},"worker_id":{_json_str(worker)},'
                f'"entity":"{entity}","record_id":"{record}","op":"{op}",'
                f'"base_version":{base},"version":{version},"fields":{fields},'
                f'"at":"{at}","hub":{_json_str(hub)}}}'
            )
        changes_json = ("[" + ",".join(parts) + "]").encode("utf-8")
        manifest = new_manifest(
            programme=self.key.programme_id,
            node=self.node_id,
            hub=self.hub_id,
            seq=seq,
            now=now,
            changes_json=changes_json,
            counts=counts,
            lamports=[first, last],
            prev_digest=prev,
            requires=epochs[-1][1] if epochs else {},
            epochs=[Epoch(from_lamport=start, seen=seen) for start, seen in epochs],
        )
        data = seal(self.key, manifest, changes_json)
        name = package_name(seq)
        path = self.exchange.write(self.node_id, name, data)
        self._record(seq, manifest.digest, len(rows), first, last, name, _persons(rows))
        return len(rows), str(path)

    def _record(
        self, seq: int, digest: str, count: int, first: int, last: int, name: str, detail: dict[str, Any]
    ) -> None:
        with self.store.write(None) as s:
            result = s.execute(
                sa.update(CL)
                .where(CL.c.node_id == self.node_id, CL.c.exported_seq.is_(None), CL.c.lamport.between(first, last))
                .values(exported_seq=seq)
            )
            marked = int(getattr(result, "rowcount", 0) or 0)
            if marked != count:  # another process exported meanwhile: undo, the file is adopted next time
                raise UserFacingError("sync.identity_clash", path=name)
            s.add(
                SyncOutbox(
                    seq=seq,
                    digest=digest,
                    changes=count,
                    first_lamport=first,
                    last_lamport=last,
                    file=name,
                    written_at=self.store.clock(),
                )
            )
            audit.record(s, AuditAction.EXPORT, "sync_package", None, detail={"seq": seq, "changes": count, **detail})

    def _adopt(self, seq: int, path: Any) -> None:
        """Take over a package written before a crash kept it from being recorded."""
        opened = open_sealed(self.key, self.exchange.read(path), str(path))
        changes = opened.changes(str(path))
        manifest = opened.manifest
        if manifest.node != self.node_id or manifest.seq != seq or not changes:
            raise UserFacingError("sync.identity_clash", path=str(path))
        try:
            ids = [uuid.UUID(c["change_id"]) for c in changes]
        except ValueError:
            raise UserFacingError("sync.identity_clash", path=str(path)) from None
        with self.store.read() as s:
            found = 0
            for chunk in _chunks(ids, 500):
                found += (
                    s.execute(
                        sa.select(sa.func.count())
                        .select_from(CL)
                        .where(CL.c.change_id.in_(chunk), CL.c.node_id == self.node_id, CL.c.exported_seq.is_(None))
                    ).scalar()
                    or 0
                )
        if found != len(ids):
            raise UserFacingError("sync.identity_clash", path=str(path))
        self._record(seq, manifest.digest, len(ids), manifest.first_lamport, manifest.last_lamport, path.name, {})


def _persons(rows: Sequence[_Out]) -> dict[str, Any]:
    """For the audit log: how many changes carry person data (records that belong to a hub)."""
    count = sum(1 for r in rows if not scope.is_programme_wide(r[3]))
    return {"person_data_changes": count}


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
