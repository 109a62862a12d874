"""Opening, migrating and using the database.

SQLite (the embedded default) is opened with WAL, foreign keys, a busy timeout
and ``synchronous=FULL`` (an interactive save survives a power cut). A database
written by a newer hubdesk, a file that is not a hubdesk database and a path on a
network share are refused with a :class:`StoreError`. Alembic migrations run at
start-up, after a copy of the file has been taken (a "before-upgrade" copy among the
rolling backups of :mod:`hubdesk.services.backups`, pruned like the others). Any other SQLAlchemy URL (for
example PostgreSQL) is used as it is: nothing here depends on SQLite alone.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import sessionmaker

from hubdesk.models.errors import StoreError
from hubdesk.models.org import NodeState
from hubdesk.models.tables import Base
from hubdesk.services import indexing  # noqa: F401 - installs the person-index listeners
from hubdesk.services.changelog import Clock, HubSession, WriteContext, utcnow
from hubdesk.services.checkpoint import WalCheckpointer
from hubdesk.services.encryption import is_encrypted
from hubdesk.services.location import is_network_path

try:  # SQLCipher, for encrypted databases (hubdesk.services.encryption)
    import sqlcipher3
except ImportError:  # pragma: no cover - a platform without its wheel: plain databases only
    sqlcipher3 = None

# What the driver raises when used directly (search's fast path, backups): sqlite3's or SQLCipher's.
DRIVER_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + ((sqlcipher3.Error,) if sqlcipher3 else ())
DRIVER_DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,) + (
    (sqlcipher3.DatabaseError,) if sqlcipher3 else ()
)

SQLITE_HEADER = b"SQLite format 3\x00"
CACHE_KIB = 64 * 1024
BUSY_TIMEOUT_MS = 5000
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


@dataclass(frozen=True, slots=True)
class Actor:
    """The worker on whose behalf a service acts, and the hub they work for."""

    worker_id: uuid.UUID | None
    hub_id: uuid.UUID


def alembic_config(connection: sa.Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite begins transactions only before DML, so DDL (migrations) would run
    # outside them and a failed migration would leave half its tables behind. Turn
    # its own handling off and let SQLAlchemy's "begin" emit BEGIN (see sqlite_engine).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=FULL")
    # 64 MB of page cache instead of SQLite's 2 MB: with a million entrepreneurs the
    # worklist and the saves otherwise re-read the same index pages again and again.
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def _cipher_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLCipher would write "hmac check failed" to stderr on a wrong key; the caller reports it.
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
    _sqlite_pragmas(dbapi_connection, _record)


def _raw_key(key: bytes) -> str:
    """SQLCipher's raw-key form (no passphrase derivation on every connection)."""
    return f"x'{key.hex()}'"


def cipher_url(path: Path, key: bytes) -> sa.URL:
    """The SQLAlchemy URL of an encrypted database (pysqlcipher dialect, raw key)."""
    return sa.URL.create("sqlite+pysqlcipher", password=_raw_key(key), database=str(path))


def connect_sqlite(
    target: Path | str, key: bytes | None = None, *, uri: bool = False, timeout: float = 5.0
) -> sqlite3.Connection:
    """A DB-API connection: the standard ``sqlite3`` for a plain database, SQLCipher with
    ``PRAGMA key`` applied first for an encrypted one (same interface; its errors are in
    :data:`DRIVER_ERRORS`). A wrong key shows at the first read ("file is not a database")."""
    if key is None:
        return sqlite3.connect(target, uri=uri, timeout=timeout)
    if sqlcipher3 is None:  # pragma: no cover
        raise StoreError("store.no_sqlcipher", path=str(target))
    conn = sqlcipher3.connect(str(target), uri=uri, timeout=timeout)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{_raw_key(key)}"')
    return cast(sqlite3.Connection, conn)


def _sqlite_begin(conn: sa.Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def sqlite_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine whose transactions cover DDL too (SQLAlchemy's documented pysqlite recipe).

    With ``key``, the database is encrypted: SQLAlchemy's pysqlcipher dialect (sqlcipher3)
    sets the key first on each connection; everything else is the same.
    """
    if key is None:
        engine = sa.create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        if sqlcipher3 is None:  # pragma: no cover
            raise StoreError("store.no_sqlcipher", path=str(path))
        url = cipher_url(path, key)
        # The dialect would default to one connection per thread; keep the plain engine's pool.
        engine = sa.create_engine(url, poolclass=sa.pool.QueuePool)
        event.listen(engine, "connect", _cipher_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def translate_db_error(exc: BaseException, path: object = "") -> StoreError:
    """A database error as the person at the desk would understand it."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "disk full" in text:
        return StoreError("store.disk_full", path=str(path))
    if "locked" in text or "busy" in text:
        return StoreError("store.locked", path=str(path))
    if "readonly" in text or "read-only" in text:
        return StoreError("store.read_only", path=str(path))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError("store.corrupt", path=str(path))
    if "unable to open" in text:
        return StoreError("store.cannot_open", path=str(path))
    return StoreError("store.failed", path=str(path), reason=str(getattr(exc, "orig", exc)))


class Store:
    """An open hubdesk database: the engine, the session factory and this node's identity.

    Thread contract: a Store may be shared, but each session belongs to the thread
    that opened it; the desktop runs all service calls on one worker thread.
    """

    def __init__(
        self, engine: Engine, location: str, node_id: uuid.UUID, *, clock: Clock = utcnow, key: bytes | None = None
    ) -> None:
        self.engine = engine
        self.key = key  # the database key of an encrypted database (for its backups), else None
        self.location = location
        self.node_id = node_id
        self.clock = clock
        self.session_factory = sessionmaker(engine, class_=HubSession, expire_on_commit=False)
        self.has_fts = engine.dialect.name == "sqlite" and _has_table(engine, "person_fts")
        file = self.path
        self._checkpointer = (
            WalCheckpointer(functools.partial(connect_sqlite, file, key))
            if engine.dialect.name == "sqlite" and file is not None and file.exists()
            else None
        )

    @property
    def path(self) -> Path | None:
        return None if "://" in self.location else Path(self.location)

    @contextlib.contextmanager
    def write(self, actor: Actor | None) -> Iterator[HubSession]:
        """One transaction that may write replicated records; commits on success.

        Raises :class:`StoreError` for a full disk, a locked or read-only database.
        """
        session = self.session_factory()
        session.info["write"] = WriteContext(
            node_id=self.node_id, worker_id=actor.worker_id if actor else None, now=self.clock()
        )
        try:
            with session.begin():
                yield session
        except (OperationalError, DBAPIError) as exc:
            raise translate_db_error(exc, self.location) from exc
        finally:
            session.close()
        self.nudge_checkpoint()

    @property
    def checkpoints_in_background(self) -> bool:
        """Whether :meth:`nudge_checkpoint` has a checkpoint thread to nudge (a database file)."""
        return self._checkpointer is not None

    def nudge_checkpoint(self) -> None:
        """After a commit: have the log copied back on the checkpoint thread soon."""
        if self._checkpointer is not None:
            self._checkpointer.nudge()

    @contextlib.contextmanager
    def read(self) -> Iterator[HubSession]:
        """A session for reading; any attempt to write a replicated record fails
        (there is no write context). Loaded objects stay usable after it ends."""
        session = self.session_factory()
        try:
            with session.begin():
                yield session
        except (OperationalError, DBAPIError) as exc:
            raise translate_db_error(exc, self.location) from exc
        finally:
            session.close()

    def read_ahead(self) -> bool:
        """Ask the operating system to read the database file into its cache, in the
        background (``posix_fadvise(WILLNEED)``; returns at once). The desktop does this
        after start-up: with a million entrepreneurs the file is gigabytes, and until its
        pages are cached each save waits for the disk to fetch the index pages it changes
        (a save's 95th percentile 90-160 ms instead of 25-30 ms). Returns whether it was
        asked (not on systems without ``posix_fadvise``, nor for a file that would take
        more than half of the free memory)."""
        path = self.path
        advise = getattr(os, "posix_fadvise", None)
        if path is None or advise is None or not path.is_file():
            return False
        try:
            size = path.stat().st_size
            pages, page = os.sysconf("SC_AVPHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError):
            return False
        if size > pages * page // 2:
            return False
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            advise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
        except OSError:
            return False
        finally:
            os.close(fd)
        return True

    def checkpoint(self) -> None:
        """Copy the whole write-ahead log into the database and empty it: after a bulk
        load, so that the desk's first saves do not inherit that work."""
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
            conn.commit()

    def dispose(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.close()
        self.engine.dispose()


def secondary_indexes() -> list[sa.Index]:
    """The models' indexes that only speed up reading (not UNIQUE): what a bulk load into
    an empty database may drop and build again afterwards, in one pass over sorted data."""
    return [index for table in Base.metadata.sorted_tables for index in table.indexes if not index.unique]


def ensure_indexes(engine: Engine | sa.Connection) -> list[str]:
    """Build the models' indexes that the database lacks (a bulk load that was cut off
    before it built them again); returns their names. One look at the catalogue when
    nothing is missing."""
    if engine.dialect.name != "sqlite":
        return []
    with engine.begin() if isinstance(engine, Engine) else contextlib.nullcontext(engine) as conn:
        present: set[str] = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars())
        tables: set[str] = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
        missing = [
            index
            for table in Base.metadata.sorted_tables
            if table.name in tables
            for index in table.indexes
            if index.name not in present
        ]
        for index in missing:
            index.create(conn)
    return [str(index.name) for index in missing]


def _has_table(engine: Engine, name: str) -> bool:
    with engine.connect() as conn:
        return sa.inspect(conn).has_table(name)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StoreError("store.not_database", path=str(path))
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreError("store.not_database", path=str(path))


def backup_sqlite(
    source: Path | sqlite3.Connection, target: Path, *, key: bytes | None = None, thorough: bool = True
) -> None:
    """Copy a live SQLite database consistently to ``target`` atomically.

    The copy is written beside ``target`` under a temporary name, checked, synced and
    then renamed, so ``target`` is either the complete copy or absent. It is a single
    file in rollback-journal mode. With ``key`` (an encrypted database) the copy is
    encrypted with the same key.

    A database file is copied as files (:func:`_copy_files`, a kernel-side copy: a
    gigabyte in well under a second, where SQLite's backup API takes seconds); a
    connection (an in-memory database) through the backup API. ``thorough`` runs
    ``PRAGMA quick_check`` on the copy (about a second per gigabyte); without it the
    copy is checked for what a copy can get wrong: that it opens, holds a schema, and
    has every page its header promises.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    _remove(*(Path(f"{tmp}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")))
    with _copy_into_place(tmp, target):
        if isinstance(source, Path):
            _copy_files(source, tmp, key)
            dst = connect_sqlite(tmp, key)
        else:
            dst = connect_sqlite(tmp, key)
            source.backup(dst)
        try:
            dst.execute("PRAGMA journal_mode=DELETE")  # folds a copied log into the file: one file
            if thorough:
                row = dst.execute("PRAGMA quick_check").fetchone()
                ok = bool(row) and row[0] == "ok"
            else:
                ok = _is_whole_copy(dst, tmp)
        finally:
            dst.close()
        if not ok:
            raise StoreError("store.backup_failed", path=str(target))


REFRESH_CHUNK = 1 << 20  # bytes compared at a time by refresh_sqlite_copy


def refresh_sqlite_copy(
    source: Path, base: Path, target: Path, *, on_snapshot: Callable[[], None] | None = None
) -> bool:
    """Turn ``base``, an older copy of the plain database ``source``, into a copy of it now,
    written to ``target``, by rewriting only the pages that differ; False (and ``base``
    untouched) when that cannot be done now, so that the caller makes a whole copy.

    A sync's safety copy is taken every few minutes, and between two of them a desk
    changes a few pages of a file of a gigabyte: writing those costs milliseconds where
    writing the whole file again costs seconds of disk. Steps:

    1. The log is copied back and emptied (``wal_checkpoint(TRUNCATE)``); if readers or a
       writer keep it from being emptied, False.
    2. A read transaction begins while the log is empty: SQLite then reads this
       snapshot from the file alone and does not write into the file while the read
       lasts (a checkpoint waits for such a reader), so the file holds exactly this
       state. Should a save slip in between 1 and 2, the log is not empty: False.
    3. ``base`` is renamed to a temporary name, compared with the file a megabyte at a
       time, and every differing page rewritten; its length is set to the file's; the
       header says rollback-journal mode, as every backup's does; synced; checked to
       open and be complete; renamed to ``target``.

    ``on_snapshot`` is called once the state to copy is fixed (after step 2): from then
    on others may write, and what they commit is not in the copy. A sync applies its
    first package meanwhile.

    If anything fails after ``base`` was renamed (a full disk, a read error), the
    half-refreshed copy is removed and the result is False: the caller's whole copy
    replaces it, or says why it cannot be made. Encrypted databases are not refreshed (their
    header cannot be set to rollback-journal mode without the key): False. Nor is a
    ``base`` of less than half the database's size: most of it would be written anyway.
    """
    if not _has_sqlite_header(source) or not _has_sqlite_header(base):
        return False
    tmp = target.with_name(f".{target.name}.part")
    conn = sqlite3.connect(source, isolation_level=None, timeout=1.0)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy is not None and busy[0] != 0:
            return False
        if base.stat().st_size * 2 < source.stat().st_size:  # mostly new: a whole copy is the cheaper way
            return False
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            wal = Path(f"{source}-wal")
            if wal.is_file() and wal.stat().st_size > 0:
                return False
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            if on_snapshot is not None:
                on_snapshot()
            base.replace(tmp)
            try:
                _rewrite_differing_pages(source, tmp, page_size)
            except BaseException:
                _remove(tmp)
                raise
        finally:
            conn.execute("ROLLBACK")
    except (sqlite3.Error, OSError):  # e.g. a full disk, or an old copy that cannot be read: a whole copy then
        return False
    finally:
        conn.close()
    with _copy_into_place(tmp, target):
        check = sqlite3.connect(f"{tmp.resolve().as_uri()}?mode=ro", uri=True)
        try:
            ok = _is_whole_copy(check, tmp)
        finally:
            check.close()
        if not ok:
            raise StoreError("store.backup_failed", path=str(target))
    return True


def _rewrite_differing_pages(source: Path, copy: Path, page_size: int) -> None:
    with source.open("rb") as src, copy.open("r+b") as dst:
        chunk = max(page_size, REFRESH_CHUNK - REFRESH_CHUNK % page_size)
        offset = 0
        while True:
            new = src.read(chunk)
            if not new:
                break
            old = dst.read(len(new))
            if new != old:
                pages = [
                    at for at in range(0, len(new), page_size) if new[at : at + page_size] != old[at : at + page_size]
                ]
                if len(pages) * 4 > len(new) // page_size:  # much of it changed: one write
                    dst.seek(offset)
                    dst.write(new)
                else:
                    for at in pages:
                        dst.seek(offset + at)
                        dst.write(new[at : at + page_size])
                dst.seek(offset + len(new))
            offset += len(new)
        dst.truncate(offset)
        dst.seek(18)
        dst.write(b"\x01\x01")  # file format versions 1: rollback journal, as every backup is


def _copy_files(source: Path, tmp: Path, key: bytes | None) -> None:
    """Copy the database file, then its write-ahead log, inside a read transaction.

    The read transaction is what keeps the pair consistent without stopping anyone
    (the desk may save meanwhile, and a sync import applies its first package while its
    safety copy is made):

    - A rollback-journal database is not written while a reader holds it.
    - In WAL mode a checkpoint copies no log page newer than this reader's snapshot into
      the file, and the log is not started over while the reader uses it. A page that a
      checkpoint writes into the file while it is being copied is in the log, which is
      copied afterwards, so opening the copy puts its newest committed version back.
      Commits made meanwhile end up whole or not at all (SQLite reads a log only up to
      its last complete commit), and a transaction still open is not in the copy.
    - A reader that found the log fully copied back reads the file alone; a checkpoint
      then waits for it, and a log started over meanwhile holds only later commits.

    The copy is one consistent state from between the start and the end of copying.
    """
    src = connect_sqlite(source, key)
    try:
        src.isolation_level = None
        src.execute("BEGIN")
        try:
            src.execute(
                "SELECT count(*) FROM sqlite_master"
            ).fetchone()  # starts the read (and undoes a crashed writer's journal)
            shutil.copyfile(source, tmp)
            wal = Path(f"{source}-wal")
            if wal.is_file() and wal.stat().st_size > 0:
                shutil.copyfile(wal, Path(f"{tmp}-wal"))
        finally:
            src.execute("ROLLBACK")
    finally:
        src.close()


def _is_whole_copy(conn: sqlite3.Connection, path: Path) -> bool:
    """What a copy can get wrong, checked without reading it all: it opens, holds a schema,
    and the file has every page its header promises."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return bool(tables > 0 and path.stat().st_size >= pages * page_size)


@contextlib.contextmanager
def _copy_into_place(tmp: Path, target: Path) -> Iterator[None]:
    """The body writes and checks the copy ``tmp``; it is then synced and renamed to
    ``target``. On any failure ``tmp`` (and a log beside it) is removed, and the failure
    becomes a ``StoreError`` naming ``target`` (a full disk says so)."""
    try:
        yield
        fsync_file(tmp)
        tmp.replace(target)
    except DRIVER_ERRORS as exc:
        _remove(tmp, Path(f"{tmp}-wal"))
        raise translate_db_error(exc, target) from exc
    except OSError as exc:
        _remove(tmp, Path(f"{tmp}-wal"))
        raise StoreError("store.backup_failed", path=str(target), reason=exc.strerror or str(exc)) from exc
    except StoreError:
        _remove(tmp, Path(f"{tmp}-wal"))
        raise


def fsync_file(path: Path) -> None:
    """Make a file's content durable (opened for writing: Windows syncs only such handles)."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX); Windows has no directory handles to sync."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def backup_dir_for(path: Path) -> Path:
    return path.parent / "backups"


def _refuse_unknown_schema(current: str | None, tables: set[str], where: str) -> None:
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is None and tables - {"alembic_version"}:
        raise StoreError("store.not_hubdesk", path=where)
    if current is not None and current not in known:
        raise StoreError("store.newer", path=where, revision=current)


def inspect_sqlite_file(path: Path, key: bytes | None = None) -> None:
    """Refuse another program's database, or one from a newer hubdesk, before opening it
    for real: a read-only look, so a refused file is left exactly as it was.

    With ``key`` the file is an encrypted database: one the key does not open is refused
    with ``store.wrong_key``, a plain one with ``store.not_encrypted``.
    """
    if key is None:
        check_sqlite_file(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    if key is not None and _has_sqlite_header(path):
        raise StoreError("store.not_encrypted", path=str(path))
    with leave_no_trace_on_error(path):
        try:
            conn = connect_sqlite(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)
        except DRIVER_ERRORS as exc:
            raise translate_db_error(exc, path) from exc
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            current = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                current = row[0] if row else None
        except DRIVER_ERRORS as exc:
            if key is not None and "not a database" in str(exc):
                raise StoreError("store.wrong_key", path=str(path)) from exc
            raise translate_db_error(exc, path) from exc
        finally:
            conn.close()
    _refuse_unknown_schema(current, tables, str(path))


def _has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


@contextlib.contextmanager
def leave_no_trace_on_error(path: Path) -> Iterator[None]:
    """When opening ``path`` fails, remove the -wal/-shm files SQLite created for it.

    A damaged database is in use by nobody, and a refused file must be left as it
    was found. Files that existed before, and a -wal with content, are never touched.
    """
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    try:
        yield
    except Exception:
        for sidecar in sidecars:
            if (
                sidecar not in existed
                and sidecar.exists()
                and (sidecar.name.endswith("-shm") or sidecar.stat().st_size == 0)
            ):
                sidecar.unlink(missing_ok=True)
        raise


def _migrate(engine: Engine, path: Path | None, clock: Clock, key: bytes | None = None) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(sa.inspect(conn).get_table_names())
    _refuse_unknown_schema(current, tables, str(path or engine.url))
    head = script.get_current_head()
    if current == head:
        return
    if current is not None and path is not None:
        # The rolling backups (hubdesk.services.backups) build on this module, hence the late import.
        from hubdesk.services.backups import BackupReason, BackupService

        BackupService(path, clock=clock, key=key).take(BackupReason.BEFORE_UPGRADE, detail=current)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # Rebuilding a table (ALTER on SQLite) with foreign keys enforced would fail on
            # the rows that point at it; they are switched off for the migration (only
            # possible outside a transaction) and every reference is checked before commit.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise StoreError("store.migration_failed", path=str(path or engine.url))
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _ensure_node(engine: Engine, clock: Clock) -> uuid.UUID:
    factory = sessionmaker(engine)
    with factory.begin() as session:
        state = session.get(NodeState, 1)
        if state is None:
            state = NodeState(singleton=1, node_id=uuid.uuid4(), hub_id=None, created_at=clock(), sandbox=False)
            session.add(state)
        return state.node_id


def open_store(location: str | Path, *, create: bool = True, clock: Clock = utcnow, key: bytes | None = None) -> Store:
    """Open (and if needed create and migrate) the database at ``location``.

    ``location`` is a file path (SQLite) or an SQLAlchemy URL. ``key`` is the database
    key of an encrypted database (:mod:`hubdesk.services.encryption`; a new file is
    created encrypted with it); an encrypted database opened without it is refused with
    ``store.encrypted``, with a key it does not take with ``store.wrong_key``. Raises
    :class:`StoreError` with a code the user can act on; never leaves a
    half-migrated database (each migration runs in one transaction after a copy).
    """
    text = str(location)
    path: Path | None = None
    if "://" in text:
        engine = sa.create_engine(text)
    else:
        path = Path(text).expanduser()
        if not path.exists() and not create:
            raise StoreError("store.missing", path=str(path))
        if is_network_path(path.parent if not path.exists() else path):
            raise StoreError("store.network_share", path=str(path))
        if key is None and is_encrypted(path):
            raise StoreError("store.encrypted", path=str(path))
        inspect_sqlite_file(path, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("store.cannot_open", path=str(path), reason=exc.strerror or str(exc)) from exc
        engine = sqlite_engine(path, key)
    try:
        _migrate(engine, path, clock, key)
        ensure_indexes(engine)
        node_id = _ensure_node(engine, clock)
        return Store(engine, str(path or text), node_id, clock=clock, key=key)
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise translate_db_error(exc, path or text) from exc
    except DRIVER_ERRORS as exc:
        engine.dispose()
        raise translate_db_error(exc, path or text) from exc
