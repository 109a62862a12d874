"""Import: validate a whole package, then apply it in one transaction.

:func:`validate` reads nothing but the file and writes nothing: a package that fails
any check (authenticity, format, counts and digest, every value against its column)
is refused before the first write. :class:`Applier` then, inside the caller's
transaction:

1. keeps what this node may keep (:mod:`hubdesk.sync.scope`) and drops changes it
   already has (idempotent by change id);
2. records the changes in the change log with their own id, node, Lamport time and
   the package's number (``exported_seq``), so the local Lamport clock moves past them;
3. recomputes every touched record from all its changes (:func:`merge.merge`) and
   writes it (insert or update, raw ``executemany`` on SQLite);
4. updates the conflict queue, the person index and the records still waiting;
5. checks the result (the package's changes are all in the log, with the right
   digest) and records the package with its mark.

Any exception leaves the transaction to be rolled back by the caller.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from hubdesk.models.base import REPLICATED_ENTITIES, new_id
from hubdesk.models.enums import ChangeOp, TrajectoryStatus
from hubdesk.models.errors import UserFacingError
from hubdesk.models.logs import ChangeLogEntry
from hubdesk.models.people import PersonEnterprise, PersonIndex
from hubdesk.models.sync import ConflictKind, ConflictStatus, SyncConflict, SyncInbox, SyncPending
from hubdesk.models.tables import Base
from hubdesk.services.bulk import write_batch
from hubdesk.services.changelog import HubSession
from hubdesk.services.erasure import erasing_blanks, scrub_change_log, scrub_fields
from hubdesk.services.indexing import index_row, refresh_person_index
from hubdesk.sync import scope
from hubdesk.sync.codec import BadValue, codec_for, utc_text
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.merge import (
    Change,
    Contexts,
    EpochList,
    FoundConflict,
    Merged,
    epochs_from_json,
    epochs_to_json,
    merge,
)
from hubdesk.sync.package import PackageManifest, digest, open_sealed

CL: sa.Table = ChangeLogEntry.__table__  # type: ignore[assignment]  # declared as FromClause


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """No cyclic garbage collection while packages are read, checked and applied.

    A package makes a few hundred thousand small objects that live until it is written
    (they form no cycles); Python's collector would walk all of them again and again: a
    third of the time of a large import here, and a fifth of the time of checking a
    package in its own process. Restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


CHUNK = 500
BIG_CHUNK = 5000  # ids in one IN (...) where most find nothing (SQLite allows 32,766 parameters)
_TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}

Key = tuple[str, uuid.UUID]


@dataclass(slots=True)
class ValidPackage:
    """A package that passed every check that needs no database."""

    source: str
    node_id: uuid.UUID
    seq: int
    nonce: str
    manifest: PackageManifest
    changes: list[Change]
    hubs: list[uuid.UUID | None]
    epochs: EpochList
    ids_digest: str = ""  # of all its changes' ids and Lamport times (the sanity check's), on SQLite


@dataclass(slots=True)
class PackageResult:
    applied: int = 0
    skipped: int = 0
    withheld: int = 0
    conflicts_opened: int = 0
    conflicts_closed: int = 0
    waiting_records: int = 0
    mark: int = 0
    records: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    persons: set[uuid.UUID] = field(default_factory=set)


def _invalid(source: str, reason: str) -> UserFacingError:
    return UserFacingError("sync.package_invalid", path=source, reason=reason)


def validate(
    data: bytes, source: str, key: ProgrammeKey, *, node_id: uuid.UUID, seq: int, sqlite: bool = True
) -> ValidPackage:
    """Check a package completely; raises ``UserFacingError`` (``sync.package_*``) naming
    ``source`` and the reason. Reads and writes no database. With ``sqlite`` the
    changes' values are also converted to their stored form (they were checked doing so)."""
    opened = open_sealed(key, data, source)
    m = opened.manifest
    if m.node != node_id or m.seq != seq:
        raise _invalid(source, "the file's name or folder does not match its content")
    if digest(opened.changes_json) != m.digest:
        raise UserFacingError("sync.package_incomplete", path=source)
    raw = opened.changes(source)
    counts: dict[str, dict[ChangeOp, int]] = {}
    for pc in raw:
        by_op = counts.setdefault(pc["entity"], {})
        by_op[pc["op"]] = by_op.get(pc["op"], 0) + 1
    if len(raw) != m.count or counts != m.counts:
        raise UserFacingError("sync.package_incomplete", path=source)
    if raw and (raw[0]["lamport"] != m.first_lamport or raw[-1]["lamport"] != m.last_lamport):
        raise UserFacingError("sync.package_incomplete", path=source)
    changes: list[Change] = []
    hubs: list[uuid.UUID | None] = []
    seen: set[str] = set()
    ids: dict[str | None, uuid.UUID | None] = {None: None}  # workers and hubs repeat: convert each once
    previous = 0
    try:
        for pc in raw:
            change_id, lamport, op, entity = pc["change_id"], pc["lamport"], pc["op"], pc["entity"]
            if lamport <= previous:
                raise _invalid(source, f"change {change_id} is out of order")
            previous = lamport
            if change_id in seen:
                raise _invalid(source, f"change {change_id} appears twice")
            seen.add(change_id)
            if entity not in REPLICATED_ENTITIES:
                raise _invalid(source, f"unknown kind of record: {entity}")
            if (op is ChangeOp.CREATE) != (pc["base_version"] == 0):
                raise _invalid(source, f"change {change_id}: base version {pc['base_version']} for {op.value}")
            codec = codec_for(entity)
            stored: dict[str, Any] | None = None
            if sqlite:
                stored = codec.stored(pc["fields"])
            else:
                codec.check(pc["fields"])
            for text in (pc["worker_id"], pc["hub"]):
                if text not in ids:
                    ids[text] = _id(text)
            change = Change(
                change_id=_id(change_id),
                lamport=lamport,
                node_id=m.node,
                worker_id=ids[pc["worker_id"]],
                entity=entity,
                record_id=_id(pc["record_id"]),
                op=op,
                base_version=pc["base_version"],
                version=pc["version"],
                fields=pc["fields"],
                at=_at(pc["at"]),
                seq=m.seq,
                stored=stored,
            )
            if sqlite:  # made here (perhaps in another process), rather than while the package is applied
                change.log_row = _log_row(change)
                if op is ChangeOp.CREATE and stored is not None:
                    change.fresh_row = codec.stored_row(stored, _stored_meta(change.record_id, 1, change, change))
            changes.append(change)
            hubs.append(ids[pc["hub"]])
    except BadValue as exc:
        raise _invalid(source, str(exc)) from None
    epochs: EpochList = sorted(((e.from_lamport, dict(e.seen)) for e in m.epochs), key=lambda e: e[0])
    return ValidPackage(
        source=source,
        node_id=m.node,
        seq=m.seq,
        nonce=opened.header.nonce,
        manifest=m,
        changes=changes,
        hubs=hubs,
        epochs=epochs,
        ids_digest=_id_digest((c.change_id.hex, c.lamport) for c in changes) if sqlite else "",
    )


def _stored_meta(record_id: uuid.UUID, version: int, created: Change, last: Change) -> dict[str, Any]:
    """A record's bookkeeping columns as stored on SQLite (for a record made by one
    creation, ``created`` and ``last`` are that change)."""
    at = utc_text(created.at)
    return {
        "id": record_id.hex,
        "version": version,
        "created_at": at,
        "updated_at": at if last is created else utc_text(last.at),
        "updated_by_node": last.node_id.hex,
    }


@dataclass(slots=True)
class CompactPackage:
    """A :class:`ValidPackage` checked for SQLite, as plain values (hex ids, ISO times), for
    handing over from the process that checked it: Python's pickle moves these several
    times faster than the objects themselves (:func:`compact`, :func:`expand`)."""

    source: str
    node: str
    seq: int
    nonce: str
    manifest: PackageManifest
    rows: list[tuple[dict[str, Any], str, tuple[Any, ...], tuple[Any, ...] | None]]
    hubs: list[str | None]
    epochs: list[tuple[int, dict[str, int]]]
    ids_digest: str


def compact(pkg: ValidPackage) -> CompactPackage:
    return CompactPackage(
        source=pkg.source,
        node=pkg.node_id.hex,
        seq=pkg.seq,
        nonce=pkg.nonce,
        manifest=pkg.manifest,
        # The ids, times and numbers travel once, in the change log row; the fields also as
        # values (merging needs them); ``stored`` not at all: it is only ever used to make
        # a creation's row, which ``fresh_row`` is.
        rows=[(c.fields, c.at.isoformat(), c.log_row or _log_row(c), c.fresh_row) for c in pkg.changes],
        hubs=[h.hex if h else None for h in pkg.hubs],
        epochs=[(start, {n.hex: q for n, q in seen.items()}) for start, seen in pkg.epochs],
        ids_digest=pkg.ids_digest,
    )


def expand(c: CompactPackage) -> ValidPackage:
    """The package again: equal to the one :func:`compact` was given, but for the changes'
    ``stored`` values (None: on SQLite a creation carries its ``fresh_row`` instead, and
    :meth:`Applier._fresh_row` converts the fields again should that row not do)."""
    node = uuid.UUID(hex=c.node)
    ids: dict[str, uuid.UUID] = {}

    def one(text: str | None) -> uuid.UUID | None:  # workers and hubs repeat: convert each once
        if text is None:
            return None
        found = ids.get(text)
        if found is None:
            found = ids[text] = uuid.UUID(hex=text)
        return found

    ops = {op.value: op for op in ChangeOp}
    fromiso = dt.datetime.fromisoformat
    seq = c.seq
    new_id = uuid.UUID
    changes = []
    for fields, at, log_row, fresh_row in c.rows:
        cid, lamport, _node, worker, entity, rid, op, base, version, _json, _at, _seq = log_row
        changes.append(
            Change(  # positional: Change's fields in order (a package has tens of thousands)
                new_id(hex=cid),
                lamport,
                node,
                one(worker),
                entity,
                new_id(hex=rid),
                ops[op],
                base,
                version,
                fields,
                fromiso(at),
                seq,
                None,
                log_row,
                fresh_row,
            )
        )
    return ValidPackage(
        source=c.source,
        node_id=node,
        seq=c.seq,
        nonce=c.nonce,
        manifest=c.manifest,
        changes=changes,
        hubs=[one(h) for h in c.hubs],
        epochs=[(start, {uuid.UUID(hex=n): q for n, q in seen.items()}) for start, seen in c.epochs],
        ids_digest=c.ids_digest,
    )


def validate_compact(
    data: bytes, source: str, secret: bytes, *, node: str, seq: int, sqlite: bool
) -> CompactPackage | tuple[str, dict[str, Any]]:
    """:func:`validate` in another process: the package in compact form, or the refusal
    as (code, params) (an exception's extra values do not survive pickling)."""
    with no_cyclic_gc():
        try:
            pkg = validate(data, source, ProgrammeKey(secret), node_id=uuid.UUID(hex=node), seq=seq, sqlite=sqlite)
        except UserFacingError as exc:
            return exc.code, dict(exc.params)
        return compact(pkg)


def _id(text: str | None) -> uuid.UUID:
    if text is None:
        raise BadValue("an id is missing")
    try:
        return uuid.UUID(text)
    except ValueError:
        raise BadValue(f"not an id: {text!r}") from None


def _at(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BadValue(f"not a timestamp: {text!r}") from None
    if value.tzinfo is None:
        raise BadValue(f"a timestamp without time zone: {text!r}")
    return value if value.tzinfo is dt.UTC else value.astimezone(dt.UTC)


def _log_row(c: Change) -> tuple[Any, ...]:
    """The change's ``change_log`` row as stored on SQLite (the columns in table order)."""
    return (
        c.change_id.hex,
        c.lamport,
        c.node_id.hex,
        c.worker_id.hex if c.worker_id else None,
        c.entity,
        c.record_id.hex,
        c.op.value,
        c.base_version,
        c.version,
        json.dumps(c.fields),
        utc_text(c.at),
        c.seq,
    )


def _change_from_row(row: Any) -> Change:
    return Change(
        change_id=row.change_id,
        lamport=row.lamport,
        node_id=row.node_id,
        worker_id=row.worker_id,
        entity=row.entity,
        record_id=row.record_id,
        op=ChangeOp(row.op),
        base_version=row.base_version,
        version=row.version,
        fields=row.fields,
        at=row.at,
        seq=row.exported_seq,
    )


def load_changes(session: HubSession, keys: Iterable[Key]) -> dict[Key, list[Change]]:
    """Every change in the log of these records.

    On SQLite the ids of the changes are looked up first with plain SQL (most records of
    a large import have none, and SQLAlchemy's expanding ``IN`` of thousands of ids costs
    more than the lookup), and only the changes found are loaded as typed rows.
    """
    by_entity: dict[str, list[uuid.UUID]] = {}
    for entity, record_id in keys:
        by_entity.setdefault(entity, []).append(record_id)
    found: dict[Key, list[Change]] = {}
    conn = session.connection()
    sqlite = conn.dialect.name == "sqlite"
    for entity, ids in by_entity.items():
        for chunk in _chunks(ids, BIG_CHUNK):
            where = sa.and_(CL.c.entity == entity, CL.c.record_id.in_(chunk))
            if sqlite:
                marks = ", ".join("?" * len(chunk))
                change_ids = [
                    r[0]
                    for r in conn.exec_driver_sql(
                        f"SELECT change_id FROM change_log WHERE entity = ? AND record_id IN ({marks})",
                        (entity, *(i.hex for i in chunk)),
                    )
                ]
                if not change_ids:
                    continue
                # by the primary key alone: with the kind of record too, SQLite may walk all its changes
                where = sa.type_coerce(CL.c.change_id, sa.String).in_(change_ids)
            for row in session.execute(sa.select(CL).where(where)):
                found.setdefault((entity, row.record_id), []).append(_change_from_row(row))
    return found


def epochs_loader(session: HubSession) -> Callable[[uuid.UUID, int], EpochList | None]:
    def load(node: uuid.UUID, seq: int) -> EpochList | None:
        raw = session.execute(
            sa.select(SyncInbox.epochs).where(SyncInbox.node_id == node, SyncInbox.seq == seq)
        ).scalar()
        if raw is None:
            return None
        return epochs_from_json(raw)

    return load


_INDEX_COLUMNS = [c.name for c in PersonIndex.__table__.columns if c.name != "id"]


def rebuild_person_index(session: HubSession, person_ids: Iterable[uuid.UUID]) -> None:
    """:func:`hubdesk.services.indexing.refresh_person_index`, in bulk on SQLite.

    The same rows (from :func:`~hubdesk.services.indexing.index_row`, fed with the
    stored values), read 500 persons at a time, written with one ``executemany`` and the
    FTS5 table filled in one statement (:func:`~hubdesk.services.bulk.write_batch`): an
    import may bring a hundred thousand entrepreneurs. Other databases use the service's own.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        refresh_person_index(session, person_ids)
        return
    rows = []
    for chunk in _chunks(sorted(p.hex for p in set(person_ids)), CHUNK):
        marks = ", ".join("?" * len(chunk))
        params = tuple(chunk)
        conn.exec_driver_sql(f"DELETE FROM person_index WHERE person_id IN ({marks})", params)
        persons = conn.exec_driver_sql(
            "SELECT id, hub_id, given_name, infix, family_name, email, phone_e164, stadsdeel, registered_at, "
            f"last_contact_at FROM persons WHERE deleted_at IS NULL AND id IN ({marks})",
            params,
        ).mappings()
        by_person: dict[str, list[dict[str, Any]]] = {}
        for link in conn.exec_driver_sql(
            "SELECT pe.person_id, e.trade_name, e.kvk_number, e.stage FROM person_enterprises pe "
            "JOIN enterprises e ON e.id = pe.enterprise_id "
            f"WHERE pe.person_id IN ({marks}) AND pe.deleted_at IS NULL AND e.deleted_at IS NULL ORDER BY e.created_at",
            params,
        ).mappings():
            by_person.setdefault(link["person_id"], []).append(dict(link))
        open_ids = {
            r[0]
            for r in conn.exec_driver_sql(
                f"SELECT person_id FROM trajectories WHERE person_id IN ({marks}) "
                "AND status = ? AND deleted_at IS NULL",
                (*params, TrajectoryStatus.OPEN.value),
            )
        }
        for p in persons:
            row = index_row(dict(p), by_person.get(p["id"], []), p["id"] in open_ids)
            rows.append(tuple(row[c] for c in _INDEX_COLUMNS))
    if rows:  # once: each batch re-creates the FTS trigger, and each such change of the schema costs every connection
        write_batch(conn, {"person_index": rows})


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


Row = tuple[Any, ...] | dict[str, Any]
"""A whole record: its stored tuple on SQLite (see :class:`~hubdesk.sync.codec.TableCodec`), else column values."""


class Applier:
    """Applies validated packages in the caller's transaction (see the module docstring)."""

    def __init__(
        self,
        session: HubSession,
        *,
        local_node: uuid.UUID,
        local_hub: uuid.UUID | None,
        contexts: Contexts,
        now: dt.datetime,
    ) -> None:
        self.s = session
        self.conn = session.connection()
        self.sqlite = self.conn.dialect.name == "sqlite"
        self.local_node = local_node
        self.local_hub = local_hub
        self.contexts = contexts
        self.now = now
        self._persons: dict[str, uuid.UUID] = {}

    # -- the package ----------------------------------------------------------------------------------------------

    def apply(self, pkg: ValidPackage, file_name: str) -> PackageResult:
        result = PackageResult()
        self.contexts.remote[(pkg.node_id, pkg.seq)] = pkg.epochs
        kept: list[Change] = []
        for change, hub in zip(pkg.changes, pkg.hubs, strict=True):
            if not scope.keeps(change.entity, hub, self.local_hub):
                result.withheld += 1
                continue
            fields = scope.fields_kept(change.entity, hub, self.local_hub, change.fields)
            if fields is not change.fields:
                change.fields = fields
                change.log_row = change.fresh_row = None
                if change.stored is not None:
                    change.stored = {k: v for k, v in change.stored.items() if k in fields}
            kept.append(change)
        touched: dict[Key, list[Change]] = {}
        for change in kept:
            touched.setdefault((change.entity, change.record_id), []).append(change)
        prior = load_changes(self.s, touched)
        known = {c.change_id for changes in prior.values() for c in changes}
        new = [c for c in kept if c.change_id not in known]
        result.skipped = len(kept) - len(new)
        result.applied = len(new)
        self._scrub_erased(touched, prior)
        self._log(new)
        fresh: dict[Key, Change] = {}  # new records made by one creation: nothing to merge
        merged: dict[Key, Merged] = {}
        for key, changes in touched.items():
            news = [c for c in changes if c.change_id not in known]
            if not news:
                continue
            if key not in prior and len(news) == 1 and news[0].op is ChangeOp.CREATE:
                fresh[key] = news[0]
            else:
                merged[key] = merge([*prior.get(key, []), *news], self.contexts)
        self._write(fresh, merged, existing={k for k in merged if k in prior}, result=result)
        self._retry_pending(exclude=set(merged) | set(fresh), result=result)
        self._sync_conflicts(merged, result)
        self._refresh_index(result)
        self._check(pkg, kept)
        self._record(pkg, file_name, result)
        return result

    def _scrub_erased(self, touched: dict[Key, list[Change]], prior: dict[Key, list[Change]]) -> None:
        """An erasure leaves no values behind (:mod:`hubdesk.services.erasure`): the changes of an
        erased record, stored and new, lose the blanked values before anything is merged or logged."""
        deleted = {(c.entity, c.record_id) for changes in touched.values() for c in changes if c.op is ChangeOp.DELETE}
        deleted.update(k for k, changes in prior.items() if any(c.op is ChangeOp.DELETE for c in changes))
        blanked: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
        for key, changes in touched.items():
            if key not in deleted:  # only a deletion erases (most records of a package have none)
                continue
            every = [*prior.get(key, []), *changes]
            blanks = erasing_blanks(every)
            if blanks is None:
                continue
            for c in every:
                scrubbed = scrub_fields(c.fields, blanks)
                if scrubbed is not None:
                    c.fields = scrubbed
                    c.stored = None
                    c.log_row = c.fresh_row = None
            blanked.setdefault(key[0], {})[key[1]] = blanks
        for entity, by_id in blanked.items():
            scrub_change_log(self.s, entity, by_id)

    def _log(self, changes: list[Change]) -> None:
        if not changes:
            return
        if self.sqlite:
            rows = [c.log_row or _log_row(c) for c in changes]
            names = ", ".join(col.name for col in CL.columns)
            self.conn.exec_driver_sql(f"INSERT INTO change_log ({names}) VALUES ({', '.join('?' * 12)})", rows)
            return
        self.conn.execute(
            CL.insert(),
            [
                {
                    "change_id": c.change_id,
                    "lamport": c.lamport,
                    "node_id": c.node_id,
                    "worker_id": c.worker_id,
                    "entity": c.entity,
                    "record_id": c.record_id,
                    "op": c.op,
                    "base_version": c.base_version,
                    "version": c.version,
                    "fields": c.fields,
                    "at": c.at,
                    "exported_seq": c.seq,
                }
                for c in changes
            ],
        )

    # -- records --------------------------------------------------------------------------------------------------

    def _meta(self, record_id: uuid.UUID, version: int, created: Change, last: Change) -> dict[str, Any]:
        if self.sqlite:
            return _stored_meta(record_id, version, created, last)
        return {
            "id": record_id,
            "version": version,
            "created_at": created.at,
            "updated_at": last.at,
            "updated_by_node": last.node_id,
        }

    def _fresh_row(self, key: Key, c: Change) -> Row:
        if self.sqlite and c.fresh_row is not None:
            return c.fresh_row
        codec = codec_for(key[0])
        meta = self._meta(key[1], 1, c, c)
        if self.sqlite:
            stored = c.stored if c.stored is not None else codec.stored(c.fields)
            return codec.stored_row(stored, meta)
        return codec.typed_row(c.fields, meta)

    def _merged_row(self, key: Key, m: Merged) -> Row:
        assert m.created is not None
        codec = codec_for(key[0])
        meta = self._meta(key[1], m.version, m.created, m.last)
        if self.sqlite:
            return codec.stored_row(codec.stored(m.values), meta)
        return codec.typed_row(m.values, meta)

    def _write(
        self, fresh: dict[Key, Change], merged: dict[Key, Merged], *, existing: set[Key], result: PackageResult
    ) -> None:
        """Insert new records and update known ones, table by table in dependency order."""
        inserts: dict[str, list[tuple[Key, Row]]] = {}
        updates: dict[str, list[tuple[Key, Row]]] = {}
        waiting: list[tuple[Key, str]] = []
        for key, c in fresh.items():
            inserts.setdefault(key[0], []).append((key, self._fresh_row(key, c)))
            self._note(key, c.fields, result)
        for key, m in merged.items():
            if m.created is None:
                waiting.append((key, "no creation yet"))
                continue
            target = updates if key in existing else inserts
            target.setdefault(key[0], []).append((key, self._merged_row(key, m)))
            self._note(key, m.values, result)
        if existing:
            present = self._present(updates)
            for entity, rows in list(updates.items()):
                moved = [(k, r) for k, r in rows if k not in present]
                if moved:  # known changes but no row yet (it was waiting): insert it now
                    updates[entity] = [(k, r) for k, r in rows if k in present]
                    inserts.setdefault(entity, []).extend(moved)
        for entity in sorted(set(inserts) | set(updates), key=lambda e: _TABLE_ORDER[e]):
            failed = self._insert(entity, inserts.get(entity, []))
            failed += self._update(entity, updates.get(entity, []))
            waiting.extend(failed)
        written = [k for rows in (*inserts.values(), *updates.values()) for k, _ in rows]
        self._wait(waiting, written, result)

    def _note(self, key: Key, values: dict[str, Any], result: PackageResult) -> None:
        entity, record_id = key
        result.records.setdefault(entity, set()).add(record_id)
        if entity == "persons":
            result.persons.add(record_id)
        elif isinstance(owner := values.get("person_id"), str):
            person = self._persons.get(owner)
            if person is None:
                person = self._persons[owner] = uuid.UUID(owner)
            result.persons.add(person)

    def _present(self, rows_by_entity: dict[str, list[tuple[Key, Row]]]) -> set[Key]:
        present: set[Key] = set()
        for entity, rows in rows_by_entity.items():
            table = scope.table_of(entity)
            ids = [k[1] for k, _ in rows]
            for chunk in _chunks(ids, CHUNK):
                found: list[uuid.UUID] = list(
                    self.s.execute(sa.select(table.c.id).where(table.c.id.in_(chunk))).scalars()
                )
                present.update((entity, rid) for rid in found)
        return present

    def _insert(self, entity: str, rows: list[tuple[Key, Row]]) -> list[tuple[Key, str]]:
        if not rows:
            return []
        try:
            with self.conn.begin_nested():
                self._insert_now(entity, [r for _, r in rows])
            return []
        except IntegrityError:
            pass
        failed: list[tuple[Key, str]] = []
        for key, row in rows:  # find the rows that cannot be written, one by one
            try:
                with self.conn.begin_nested():
                    self._insert_now(entity, [row])
            except IntegrityError as exc:
                if self._exists(key):
                    failed.extend(self._update(entity, [(key, row)]))
                else:
                    failed.append((key, _reason(exc)))
        return failed

    def _insert_now(self, entity: str, rows: list[Row]) -> None:
        if self.sqlite:
            self.conn.exec_driver_sql(codec_for(entity).insert_sql, rows)
        else:
            self.conn.execute(scope.table_of(entity).insert(), rows)  # type: ignore[arg-type]

    def _update(self, entity: str, rows: list[tuple[Key, Row]]) -> list[tuple[Key, str]]:
        if not rows:
            return []
        try:
            with self.conn.begin_nested():
                self._update_now(entity, [r for _, r in rows])
            return []
        except IntegrityError:
            pass
        failed: list[tuple[Key, str]] = []
        for key, row in rows:
            try:
                with self.conn.begin_nested():
                    self._update_now(entity, [row])
            except IntegrityError as exc:
                failed.append((key, _reason(exc)))
        return failed

    def _update_now(self, entity: str, rows: list[Row]) -> None:
        codec = codec_for(entity)
        if self.sqlite:
            id_at = codec.columns.index("id")
            params = [(*r[:id_at], *r[id_at + 1 :], r[id_at]) for r in rows if isinstance(r, tuple)]
            self.conn.exec_driver_sql(codec.update_sql, params)
            return
        table = scope.table_of(entity)
        names = [c for c in codec.columns if c != "id"]
        stmt = (
            table.update().where(table.c.id == sa.bindparam("b_id")).values({n: sa.bindparam(f"b_{n}") for n in names})
        )
        self.conn.execute(stmt, [{f"b_{k}": v for k, v in r.items()} for r in rows if isinstance(r, dict)])

    def _exists(self, key: Key) -> bool:
        table = scope.table_of(key[0])
        return self.s.execute(sa.select(table.c.id).where(table.c.id == key[1])).first() is not None

    # -- records that cannot be written yet -----------------------------------------------------------------------

    def _wait(self, waiting: list[tuple[Key, str]], written: list[Key], result: PackageResult) -> None:
        failed = {k for k, _ in waiting}
        any_pending = self.s.execute(sa.select(SyncPending.entity).limit(1)).first() is not None
        done = [k for k in written if k not in failed] if any_pending else []
        for chunk in _chunks(done, CHUNK):
            by_entity: dict[str, list[uuid.UUID]] = {}
            for entity, rid in chunk:
                by_entity.setdefault(entity, []).append(rid)
            for entity, ids in by_entity.items():
                gone = _rowcount(
                    self.s.execute(
                        sa.delete(SyncPending).where(SyncPending.entity == entity, SyncPending.record_id.in_(ids))
                    )
                )
                if gone:
                    self._close_duplicates(entity, ids, result)
        for key, reason in waiting:
            for records in result.records.values():
                records.discard(key[1])
            pending = self.s.get(SyncPending, key)
            if pending is None:
                self.s.add(SyncPending(entity=key[0], record_id=key[1], reason=reason[:200], since=self.now))
            else:
                pending.reason = reason[:200]
            if reason.startswith("UNIQUE"):
                self._open_duplicate(key, reason, result)
        result.waiting_records += len(waiting)
        self.s.flush()

    def _retry_pending(self, exclude: set[Key], result: PackageResult) -> None:
        keys = [
            (e, r)
            for e, r in self.s.execute(sa.select(SyncPending.entity, SyncPending.record_id))
            if (e, r) not in exclude
        ]
        if not keys:
            return
        changes = load_changes(self.s, keys)
        merged = {k: merge(v, self.contexts) for k, v in changes.items()}
        self._write({}, merged, existing=set(merged), result=result)

    def _open_duplicate(self, key: Key, reason: str, result: PackageResult) -> None:
        column = reason.rsplit(".", 1)[-1].strip()
        open_rows = self._open_conflicts([key])
        if (ConflictKind.DUPLICATE.value, column) in open_rows.get(key, {}):
            return
        changes = load_changes(self.s, [key]).get(key, [])
        created = next((c for c in sorted(changes, key=lambda c: c.stamp) if c.op is ChangeOp.CREATE), None)
        value = created.fields.get(column) if created else None
        self.s.add(
            SyncConflict(
                id=new_id(),
                entity=key[0],
                record_id=key[1],
                field=column,
                kind=ConflictKind.DUPLICATE,
                status=ConflictStatus.OPEN,
                person_id=None,
                base=None,
                candidates=[created.brief(value)] if created else [],
                winner_change=None,
                detected_at=self.now,
                resolved_at=None,
                resolved_by_change=None,
            )
        )
        result.conflicts_opened += 1

    def _close_duplicates(self, entity: str, ids: list[uuid.UUID], result: PackageResult) -> None:
        closed = _rowcount(
            self.s.execute(
                sa.update(SyncConflict)
                .where(
                    SyncConflict.entity == entity,
                    SyncConflict.record_id.in_(ids),
                    SyncConflict.kind == ConflictKind.DUPLICATE,
                    SyncConflict.status == ConflictStatus.OPEN,
                )
                .values(status=ConflictStatus.RESOLVED, resolved_at=self.now)
            )
        )
        result.conflicts_closed += closed

    # -- the conflict queue ---------------------------------------------------------------------------------------

    def _open_conflicts(self, keys: Iterable[Key]) -> dict[Key, dict[tuple[str, str], SyncConflict]]:
        found: dict[Key, dict[tuple[str, str], SyncConflict]] = {}
        by_entity: dict[str, list[uuid.UUID]] = {}
        for entity, rid in keys:
            by_entity.setdefault(entity, []).append(rid)
        for entity, ids in by_entity.items():
            for chunk in _chunks(ids, CHUNK):
                rows = self.s.execute(
                    sa.select(SyncConflict).where(
                        SyncConflict.entity == entity,
                        SyncConflict.record_id.in_(chunk),
                        SyncConflict.status == ConflictStatus.OPEN,
                    )
                ).scalars()
                for row in rows:
                    found.setdefault((entity, row.record_id), {})[(row.kind.value, row.field)] = row
        return found

    def _sync_conflicts(self, merged: dict[Key, Merged], result: PackageResult) -> None:
        """Open, update and close conflict rows so that they match what merging found."""
        several = [k for k, m in merged.items() if m.several_nodes]
        if not several:
            return
        stored = self._open_conflicts(several)
        for key in several:
            m = merged[key]
            now_open = {c.key(): c for c in m.conflicts}
            rows = stored.get(key, {})
            for ck, found in now_open.items():
                row = rows.get(ck)
                if row is None:
                    self.s.add(self._conflict_row(key, m, found))
                    result.conflicts_opened += 1
                else:
                    _fill(row, found)
            for ck, row in rows.items():
                if ck in now_open or row.kind is ConflictKind.DUPLICATE:
                    continue
                row.status = ConflictStatus.RESOLVED
                row.resolved_at = self.now
                row.resolved_by_change = m.last.change_id
                result.conflicts_closed += 1
        self.s.flush()

    def _conflict_row(self, key: Key, m: Merged, found: FoundConflict) -> SyncConflict:
        person = key[1] if key[0] == "persons" else m.values.get("person_id")
        row = SyncConflict(
            id=new_id(),
            entity=key[0],
            record_id=key[1],
            field=found.field,
            kind=found.kind,
            status=ConflictStatus.OPEN,
            person_id=uuid.UUID(person) if isinstance(person, str) else person,
            detected_at=self.now,
            resolved_at=None,
            resolved_by_change=None,
        )
        _fill(row, found)
        return row

    # -- the rest -------------------------------------------------------------------------------------------------

    def _refresh_index(self, result: PackageResult) -> None:
        persons = set(result.persons)
        enterprises = result.records.get("enterprises")
        if enterprises:
            ids = list(enterprises)
            for chunk in _chunks(ids, CHUNK):
                persons.update(
                    self.s.execute(
                        sa.select(PersonEnterprise.person_id).where(PersonEnterprise.enterprise_id.in_(chunk))
                    ).scalars()
                )
        if persons:
            rebuild_person_index(self.s, persons)

    def _check(self, pkg: ValidPackage, kept: list[Change]) -> None:
        """The sanity check that ends an import: this package's changes, as stored, are
        exactly the ones kept (count and digest of ids and Lamport times)."""
        first, last = pkg.manifest.first_lamport, pkg.manifest.last_lamport
        where = (CL.c.node_id == pkg.node_id, CL.c.lamport.between(first, last), CL.c.exported_seq == pkg.seq)
        stored: list[tuple[Any, ...]]
        if self.sqlite:  # the stored ids as they are (32 hex digits), as plain tuples from the driver
            cursor = self.conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(
                    "SELECT change_id, lamport FROM change_log WHERE node_id = ? AND lamport BETWEEN ? AND ? "
                    "AND exported_seq = ? ORDER BY lamport",
                    (pkg.node_id.hex, first, last, pkg.seq),
                )
                stored = list(cursor.fetchall())
            finally:
                cursor.close()
        else:
            query = sa.select(CL.c.change_id, CL.c.lamport).where(*where)
            stored = [(r[0].hex, int(r[1])) for r in self.s.execute(query.order_by(CL.c.lamport))]
        if pkg.ids_digest and len(kept) == len(pkg.changes):  # nothing withheld: as computed while checking
            expected = pkg.ids_digest
        else:
            expected = _id_digest((c.change_id.hex, c.lamport) for c in kept)
        if len(stored) != len(kept) or _id_digest(stored) != expected:
            raise UserFacingError(
                "sync.package_sanity", path=pkg.source, reason=f"{len(stored)} of {len(kept)} changes stored"
            )

    def _record(self, pkg: ValidPackage, file_name: str, result: PackageResult) -> None:
        mark = self.s.execute(sa.select(sa.func.max(CL.c.lamport))).scalar() or 0
        self.s.add(
            SyncInbox(
                node_id=pkg.node_id,
                seq=pkg.seq,
                digest=pkg.manifest.digest,
                nonce=pkg.nonce,
                changes=len(pkg.changes),
                applied=result.applied,
                withheld=result.withheld,
                mark=mark,
                epochs=epochs_to_json(pkg.epochs),
                file=file_name,
                imported_at=self.now,
            )
        )
        self.s.flush()
        result.mark = mark


def _fill(row: SyncConflict, found: FoundConflict) -> None:
    row.candidates = [c.brief(v) for c, v in zip(found.candidates, found.values, strict=True)]
    row.winner_change = found.winner.change_id
    row.base = found.base


def _rowcount(result: sa.Result[Any]) -> int:
    """Rows an UPDATE or DELETE touched (its result is a CursorResult)."""
    return int(getattr(result, "rowcount", 0) or 0)


def _reason(exc: IntegrityError) -> str:
    return str(getattr(exc, "orig", exc)).strip()


def _id_digest(items: Iterable[tuple[str, int]]) -> str:
    h = hashlib.sha256()
    for change_hex, lamport in items:
        h.update(f"{change_hex}:{lamport}\n".encode("ascii"))
    return h.hexdigest()
