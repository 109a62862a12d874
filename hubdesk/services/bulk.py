"""Bulk writes for demo data and imports, close to raw ``executemany`` speed.

:class:`BulkWriter` queues new replicated rows together with their change-log
entries (so bulk data is ordinary, replicable data) and writes them per table
with one ``executemany``. On SQLite, values are converted once to the stored form
SQLAlchemy itself uses (tests read bulk rows back through the ORM); other
databases go through SQLAlchemy Core.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import multiprocessing
import os
import queue
import uuid
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import sqlalchemy as sa

from hubdesk.models.base import Replicated, UTCDateTime, new_id
from hubdesk.models.enums import ChangeOp
from hubdesk.models.logs import ChangeLogEntry
from hubdesk.models.tables import Base

Converter = Callable[[Any], Any]


@functools.lru_cache(maxsize=4096)  # bulk rows share their timestamps (created_at = updated_at = now)
def _utc_text(v: dt.datetime | None) -> str | None:
    """UTC datetime -> the text SQLAlchemy stores on SQLite (always with microseconds)."""
    if v is None:
        return None
    if v.tzinfo is not dt.UTC:
        if v.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        v = v.astimezone(dt.UTC)
    return v.replace(tzinfo=None).isoformat(" ", "microseconds")


def _date_text(v: dt.date | None) -> str | None:
    return None if v is None else v.isoformat()


def _uuid_text(v: uuid.UUID | None) -> str | None:
    return None if v is None else v.hex


def _json_text(v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v
    return json.dumps(_json_plain(v))


def _json_plain(v: Any) -> Any:
    """A value as JSON-ready data, exactly as :func:`changelog.json_value` gives it."""
    if v is None or v.__class__ in (str, int, float, bool):
        return v
    if isinstance(v, enum.Enum):
        return v.value
    if isinstance(v, uuid.UUID):
        return str(v)
    if isinstance(v, dt.datetime):
        return v.astimezone(dt.UTC).isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, list | tuple):
        return [_json_plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _json_plain(x) for k, x in v.items()}
    raise TypeError(f"cannot carry {type(v).__name__} in the change log")


def _converter(column: sa.Column[Any]) -> Converter | None:
    """The conversion to the stored SQLite form, or None where sqlite3 binds the value as is
    (str and StrEnum, int and bool, float, None)."""
    col_type = column.type
    if isinstance(col_type, UTCDateTime):
        return _utc_text
    if isinstance(col_type, sa.Uuid):
        return _uuid_text
    if isinstance(col_type, sa.JSON):
        return _json_text
    if isinstance(col_type, sa.DateTime):
        raise TypeError(f"{column}: naive DateTime columns are not supported in bulk loads")
    if isinstance(col_type, sa.Date):
        return _date_text
    if isinstance(col_type, sa.Enum | sa.String | sa.Integer | sa.Boolean | sa.Float | sa.Text):
        return None
    raise TypeError(f"{column}: no bulk conversion for {col_type!r}")


def _compile_encoder(
    names: list[str], converters: list[Converter | None]
) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function turning a row dict into the parameter tuple, generated once per table
    (one call per row instead of one per value)."""
    env: dict[str, Any] = {}
    items = []
    for i, (name, conv) in enumerate(zip(names, converters, strict=True)):
        if conv is None:
            items.append(f"r[{name!r}]")
        else:
            env[f"c{i}"] = conv
            items.append(f"c{i}(r[{name!r}])")
    source = f"def encode(r):\n    return ({', '.join(items)},)\n"
    exec(source, env)  # noqa: S102 - code built from column names of our own tables
    encoder: Callable[[dict[str, Any]], tuple[Any, ...]] = env["encode"]
    return encoder


class _TablePlan:
    """Column order, converters and INSERT statement of one table."""

    def __init__(self, table: sa.Table) -> None:
        self.table = table
        self.names = [
            c.name
            for c in table.columns
            if not (c.primary_key and c.autoincrement is True and isinstance(c.type, sa.Integer))
        ]
        self.encode = _compile_encoder(self.names, [_converter(table.c[n]) for n in self.names])
        self.sql = f'INSERT INTO "{table.name}" ({", ".join(self.names)}) VALUES ({", ".join("?" * len(self.names))})'

    @staticmethod
    @functools.cache
    def data_names_of(table: str) -> tuple[str, ...]:
        return tuple(c.name for c in Base.metadata.tables[table].columns if c.name not in Replicated.META_FIELDS)

    @staticmethod
    @functools.cache
    def sql_of(table: str) -> str:
        return _TablePlan(Base.metadata.tables[table]).sql


Batch = dict[str, list[Any]]
"""Queued rows per table name (encoded tuples on SQLite, dicts elsewhere)."""


class BulkWriter:
    """Queues rows; :func:`write_batch` writes them per table in dependency order.

    ``add`` takes a replicated record's data columns (all of them) and returns its
    id; version, timestamps and node are filled in and a change-log entry is queued.
    ``add_derived`` queues a row of a non-replicated table (an index) as given.
    A writer holds no connection: batches may be built on one thread and written
    on another (the one that owns the connection).
    """

    def __init__(
        self,
        *,
        sqlite: bool,
        node_id: uuid.UUID,
        worker_id: uuid.UUID | None,
        now: dt.datetime,
        lamport: int,
        new_id: Callable[[], uuid.UUID] = new_id,
        log_changes: bool = True,
    ) -> None:
        self.log_changes = log_changes
        self.node_id = node_id
        self.worker_id = worker_id
        self.now = now
        self.new_id = new_id
        self.lamport = lamport
        self._sqlite = sqlite
        self._plans: dict[str, _TablePlan] = {}
        self._rows: Batch = {}

    @staticmethod
    def next_lamport(conn: sa.Connection) -> int:
        return (conn.execute(sa.select(sa.func.max(ChangeLogEntry.lamport))).scalar() or 0) + 1

    @classmethod
    def for_connection(cls, conn: sa.Connection, **kwargs: Any) -> BulkWriter:
        return cls(sqlite=conn.dialect.name == "sqlite", lamport=cls.next_lamport(conn), **kwargs)

    def _queue(self, table: str, row: dict[str, Any]) -> None:
        plan = self._plans.get(table)
        if plan is None:
            plan = self._plans[table] = _TablePlan(Base.metadata.tables[table])
        self._rows.setdefault(table, []).append(plan.encode(row) if self._sqlite else row)

    def add(self, table: str, values: dict[str, Any], at: dt.datetime | None = None) -> uuid.UUID:
        at = at or self.now
        rid = values.get("id") or self.new_id()
        values["deleted_at"] = None
        values.update(id=rid, version=1, created_at=at, updated_at=at, updated_by_node=self.node_id)
        self._queue(table, values)
        if not self.log_changes:
            return rid
        fields = {name: _json_plain(values[name]) for name in _TablePlan.data_names_of(table)}
        self._queue(
            "change_log",
            {
                "change_id": self.new_id(),
                "lamport": self.lamport,
                "node_id": self.node_id,
                "worker_id": self.worker_id,
                "entity": table,
                "record_id": rid,
                "op": ChangeOp.CREATE,
                "base_version": 0,
                "version": 1,
                "fields": json.dumps(fields),
                "at": at,
                "exported_seq": None,
            },
        )
        self.lamport += 1
        return rid

    def add_derived(self, table: str, values: dict[str, Any]) -> None:
        self._queue(table, values)

    def take(self) -> Batch:
        """The rows queued so far (the writer starts a new batch)."""
        batch, self._rows = self._rows, {}
        return batch


def write_batch(conn: sa.Connection, batch: Batch) -> dict[str, int]:
    """Write a batch in the caller's transaction; returns the rows written per table."""
    counts: dict[str, int] = {}
    sqlite = conn.dialect.name == "sqlite"
    for table in Base.metadata.sorted_tables:
        rows = batch.get(table.name)
        if not rows:
            continue
        if sqlite and table.name == "person_index":
            _write_person_index(conn, rows)
        elif sqlite:
            conn.exec_driver_sql(_TablePlan.sql_of(table.name), rows)
        else:
            conn.execute(table.insert(), rows)
        counts[table.name] = len(rows)
    return counts


FTS_INSERT_TRIGGER = "person_index_ai"


def _write_person_index(conn: sa.Connection, rows: list[Any]) -> None:
    """Insert index rows and add them to the FTS5 table in one statement.

    The insert trigger feeds FTS5 one row at a time, which costs about three times
    as much as one ``INSERT ... SELECT`` for the whole batch. The trigger is
    dropped and re-created inside the caller's transaction, so every committed
    state has it (SQLite's DDL is transactional).
    """
    trigger_sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_INSERT_TRIGGER,)
    ).scalar()
    if trigger_sql is None:  # no FTS5 in this SQLite build
        conn.exec_driver_sql(_TablePlan.sql_of("person_index"), rows)
        return
    last_id = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM person_index").scalar()
    conn.exec_driver_sql(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
    conn.exec_driver_sql(_TablePlan.sql_of("person_index"), rows)
    conn.exec_driver_sql("INSERT INTO person_fts(rowid, doc) SELECT id, doc FROM person_index WHERE id > ?", (last_id,))
    conn.exec_driver_sql(trigger_sql)


T = TypeVar("T")
A = TypeVar("A")


_POLL_SECONDS = 1.0


def _child(func: Callable[[A], Iterator[T]], arg: A, out: Any) -> None:
    parent = os.getppid()

    def put(message: tuple[str, Any]) -> bool:
        """Hand a message over; False when the parent has gone (nobody will read it)."""
        while True:
            try:
                out.put(message, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                if os.getppid() != parent:
                    return False

    try:
        for item in func(arg):
            if not put(("item", item)):
                return
    except BaseException as exc:  # reported to the parent, which raises it
        put(("error", f"{type(exc).__name__}: {exc}"))
        return
    put(("done", None))


def produce_in_subprocess(func: Callable[[A], Iterator[T]], arg: A, depth: int = 2) -> Iterator[T]:
    """Iterate ``func(arg)`` in a separate process, ``depth`` items ahead.

    For CPU-bound producers (building bulk rows) beside a consumer that writes
    them: a thread would contend for the GIL. ``func`` must be a module-level
    function and ``arg`` picklable. A failure in the producer, or its death, is
    raised here as ``RuntimeError``; stopping early terminates the producer, and a
    producer whose parent has gone stops by itself.
    """
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue(maxsize=depth)
    proc = ctx.Process(target=_child, args=(func, arg, out), name="hubdesk-bulk-producer", daemon=True)
    proc.start()
    try:
        while True:
            try:
                kind, payload = out.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                if not proc.is_alive():
                    raise RuntimeError(f"bulk producer stopped unexpectedly (exit code {proc.exitcode})") from None
                continue
            if kind == "done":
                return
            if kind == "error":
                raise RuntimeError(f"bulk producer failed: {payload}")
            yield payload
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join()
        out.close()
