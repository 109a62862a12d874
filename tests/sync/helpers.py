"""Nodes, packages and database digests for the sync tests."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hubdesk.models.org import NodeState
from hubdesk.models.people import Person
from hubdesk.services.store import Actor, Store, open_store, sqlite_engine
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.node import init_node
from hubdesk.sync.package import MAGIC, PackageHeader, digest, open_sealed
from hubdesk.sync.service import SyncReport, SyncService

HUB_A = "Cityhub Schalkwijk"
HUB_B = "Cityhub Oost"
# Tables whose rows differ between nodes by design (what each node imported, its own
# backups and audit trail, derived index row numbers).
LOCAL_TABLES = {"sync_inbox", "sync_outbox", "sync_node", "node_state", "audit_events", "alembic_version"}


@dataclass
class Node:
    name: str
    store: Store
    actor: Actor | None
    exchange: Path

    @property
    def path(self) -> Path:
        assert self.store.path is not None
        return self.store.path

    @property
    def node_id(self) -> uuid.UUID:
        return self.store.node_id

    def hub_id(self) -> uuid.UUID:
        with self.store.read() as s:
            state = s.get(NodeState, 1)
            assert state is not None
            assert state.hub_id is not None
            return state.hub_id

    def sync(self, key: ProgrammeKey, *, backups: bool = False, monitoring: bool = False, **kwargs: Any) -> SyncReport:
        """Sync with this node's exchange folder (without the backup first, unless asked: it
        is tested on its own and costs a third of a small sync; and without the monitoring
        export, tested in test_monitoring_sync.py, which would triple the convergence runs)."""
        return SyncService(self.store, key=key, backups=backups, monitoring=monitoring, **kwargs).sync(self.exchange)


def make_node(
    folder: Path, name: str, hub: str, key: ProgrammeKey, *, username: str | None = None, clock: Any = None
) -> Node:
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / f"{name}.sqlite", **({"clock": clock} if clock else {}))
    setup = init_node(store, key, hub_name=hub, node_name=name, worker_name=username, username=username)
    actor = Actor(worker_id=setup.worker_id, hub_id=setup.hub_id) if username else Actor(None, setup.hub_id)
    exchange = folder / "exchange"
    exchange.mkdir(exist_ok=True)
    return Node(name=name, store=store, actor=actor, exchange=exchange)


def reopen(path: Path, clock: Any = None) -> Store:
    """A store on an existing, up-to-date database without the migration check (fast)."""
    engine = sqlite_engine(path)
    with engine.connect() as conn:
        node_id = uuid.UUID(hex=conn.exec_driver_sql("SELECT node_id FROM node_state").scalar_one())
    return Store(engine, str(path), node_id, **({"clock": clock} if clock else {}))


def checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def copy_db(source: Path, target: Path) -> None:
    checkpoint(source)
    shutil.copyfile(source, target)


def add_person(node: Node, given: str = "Fatima", family: str = "El Amrani", **extra: Any) -> uuid.UUID:
    now = node.store.clock()
    with node.store.write(node.actor) as s:
        person = Person(
            hub_id=node.hub_id(),
            given_name=given,
            family_name=family,
            pseudonym_id=uuid.uuid4().hex,
            registered_at=now,
            last_contact_at=now,
            **extra,
        )
        s.add(person)
        s.flush()
        return person.id


def edit(node: Node, entity: type[Any], record_id: uuid.UUID, **values: Any) -> list[uuid.UUID]:
    """Change a record on a node; returns the ids of the change log entries written."""
    with node.store.write(node.actor) as s:
        record = s.get(entity, record_id)
        assert record is not None
        for k, v in values.items():
            setattr(record, k, v)
        s.flush()
        return [e.change_id for e in s.info["write"].entries]


def delete(node: Node, entity: type[Any], record_id: uuid.UUID) -> list[uuid.UUID]:
    return edit(node, entity, record_id, deleted_at=node.store.clock())


def deliver(source: Node, target: Node, seqs: Iterator[int] | None = None) -> int:
    """Copy the packages of ``source``'s own folder into ``target``'s exchange (all by default)."""
    src = source.exchange / source.node_id.hex
    dst = target.exchange / source.node_id.hex
    dst.mkdir(parents=True, exist_ok=True)
    count = 0
    wanted = set(seqs) if seqs is not None else None
    for f in sorted(src.glob("*.hubsync")):
        if wanted is None or int(f.stem) in wanted:
            shutil.copyfile(f, dst / f.name)
            count += 1
    return count


def packages(node: Node) -> list[Path]:
    return sorted((node.exchange / node.node_id.hex).glob("*.hubsync"))


def content_digest(path: Path, *, skip: set[str] | None = None) -> str:
    """Every row of every table (sorted), hashed: equal digests mean equal content."""
    h = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'person_fts%' ORDER BY name"
            )
        ]
        for table in tables:
            if skip and table in skip:
                continue
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))
            h.update(f"{table}:{len(rows)}\n".encode())
            for row in rows:
                h.update(row.encode() + b"\n")
    return h.hexdigest()


def rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return [tuple(r) for r in conn.execute(sql, params)]


def open_conflicts(path: Path) -> list[tuple[Any, ...]]:
    """The open conflicts as every node should hold them (ids and times are local)."""
    out = []
    for entity, record, field, kind, base, candidates, winner in rows(
        path,
        "SELECT entity, record_id, field, kind, base, candidates, winner_change FROM sync_conflicts "
        "WHERE status = 'open'",
    ):
        sides = sorted((c["change_id"], json.dumps(c["value"], sort_keys=True)) for c in json.loads(candidates))
        out.append((entity, record, field, kind, base, tuple(sides), winner))
    return sorted(out)


# --- crafting packages ----------------------------------------------------------------------------------------------


def reseal(
    data: bytes,
    read_key: ProgrammeKey,
    seal_key: ProgrammeKey,
    *,
    header: dict[str, Any] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    changes: Callable[[list[Any]], None] | None = None,
    fix_digest: bool = False,
) -> bytes:
    """Open a package and seal it again, changed: a forger's tool for the refusal tests."""
    opened = open_sealed(read_key, data, "test")
    m = json.loads(opened.manifest.model_dump_json())
    ch = json.loads(opened.changes_json)
    if changes:
        changes(ch)
        changes_json = json.dumps(ch, separators=(",", ":")).encode()
    else:
        changes_json = opened.changes_json
    if fix_digest:
        m["digest"] = digest(changes_json)
        m["count"] = len(ch)
        counts: dict[str, dict[str, int]] = {}
        for c in ch:
            counts.setdefault(c["entity"], {}).setdefault(c["op"], 0)
            counts[c["entity"]][c["op"]] += 1
        m["counts"] = counts
        if ch:
            m["first_lamport"], m["last_lamport"] = ch[0]["lamport"], ch[-1]["lamport"]
    if manifest:
        manifest(m)
    nonce = uuid.uuid4().bytes[:12]
    head_fields = json.loads(opened.header.model_dump_json())
    head_fields.update(nonce=nonce.hex(), programme=m["programme"], seq=m["seq"], format=m["format"])
    head_fields.update(header or {})
    head = MAGIC + json.dumps(head_fields).encode() + b"\n"
    if header is None or "format" not in header:
        PackageHeader.model_validate(head_fields)
    plain = json.dumps(m).encode() + b"\n" + changes_json
    return head + AESGCM(seal_key.package_key()).encrypt(nonce, zlib.compress(plain), head)
