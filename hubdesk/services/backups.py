"""Rolling backups of the SQLite database, copied while it is in use, and restoring one.

Where: a ``backups`` folder beside the database (for the default database that is
``<data folder>/backups``), one file per copy, named
``<stem>-<reason>[-<detail>]-<YYYYmmddTHHMMSS>[-<n>].sqlite`` with the time in UTC
(``hub-daily-20260303T100000.sqlite``, ``hub-before-upgrade-0003-20260303T100000.sqlite``).
Each copy is a complete database in rollback-journal mode, checked before it gets
its name (:func:`hubdesk.services.store.backup_sqlite`).

When: before every schema upgrade (:func:`hubdesk.services.store.open_store`), before
every spreadsheet import, before a restore, and once a day (:func:`ensure_daily_backup`,
at start-up of the desktop).

What is kept (:class:`BackupPolicy`, pruned after every new copy): of the daily (and
manual) copies, the newest of each of the last 7 days that have copies, of the last 4
weeks and of the last 12 months; and the 5 newest safety copies taken before an
upgrade, an import or a restore. Files in the folder that do not carry a backup name
are never touched.

Thread contract: no Qt; every method does file and database work and belongs on
the thread that owns the database (the desktop's task runner).
"""

from __future__ import annotations

import builtins
import datetime as dt
import enum
import functools
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory

from hubdesk.models.errors import StoreError
from hubdesk.services.changelog import Clock, utcnow
from hubdesk.services.store import (
    DRIVER_DATABASE_ERRORS,
    DRIVER_ERRORS,
    Store,
    alembic_config,
    backup_dir_for,
    backup_sqlite,
    check_sqlite_file,
    connect_sqlite,
    fsync_dir,
    fsync_file,
    open_store,
    refresh_sqlite_copy,
    translate_db_error,
)

STAMP_FORMAT = "%Y%m%dT%H%M%S"
SUFFIX = ".sqlite"
LOCK_TIMEOUT_S = 2.0


class BackupReason(enum.StrEnum):
    DAILY = "daily"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"
    MANUAL = "manual"


SAFETY_REASONS = frozenset({BackupReason.BEFORE_UPGRADE, BackupReason.BEFORE_IMPORT, BackupReason.BEFORE_RESTORE})

_NAME = re.compile(
    r"^(?P<reason>" + "|".join(re.escape(r.value) for r in BackupReason) + r")"
    r"(?:-(?P<detail>[A-Za-z0-9_]+))?-(?P<stamp>\d{8}T\d{6})(?:-(?P<n>\d+))?" + re.escape(SUFFIX) + "$"
)


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """How many copies to keep: of the daily and manual copies, the newest of each of the last
    ``daily`` days (that have copies), ``weekly`` ISO weeks and ``monthly`` months; and the
    ``safety`` newest copies taken before an upgrade, import or restore."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    safety: int = 5


DEFAULT_POLICY = BackupPolicy()


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file and what it holds.

    ``schema`` is the Alembic revision in the copy; ``problem`` is an error code
    (``backup.damaged``, ``backup.newer``, ``backup.not_hubdesk``) when the copy cannot
    be restored by this hubdesk, else None. Counts are of living records (None when the
    copy could not be read).
    """

    path: Path
    taken_at: dt.datetime
    reason: BackupReason
    size: int
    schema: str | None = None
    entrepreneurs: int | None = None
    visits: int | None = None
    referrals: int | None = None
    problem: str | None = None
    detail: str = ""

    @property
    def usable(self) -> bool:
        return self.problem is None


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What :meth:`BackupService.restore` did: the copy now in use, and the safety copy
    of the database it replaced (None when there was no database to keep)."""

    restored: BackupInfo
    safety_copy: Path | None


@dataclass(frozen=True, slots=True)
class _Entry:
    path: Path
    taken_at: dt.datetime
    reason: BackupReason
    detail: str


@dataclass(frozen=True, slots=True)
class _Contents:
    schema: str | None
    entrepreneurs: int | None
    visits: int | None
    referrals: int | None
    problem: str | None


@functools.cache
def known_revisions() -> frozenset[str]:
    """The schema revisions this hubdesk knows (its migrations)."""
    return frozenset(rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions())


def _local(moment: dt.datetime) -> dt.datetime:
    """A moment in the computer's own time zone: days, weeks and months as the hub lives them."""
    return moment.astimezone()


def _mtime_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A connection that cannot change the file or leave -wal/-shm beside it (a backup is
    never written after it got its name, so "immutable" holds)."""
    return connect_sqlite(f"{path.resolve().as_uri()}?mode=ro&immutable=1", key, uri=True)


def _count_living(conn: sqlite3.Connection, tables: set[str], table: str) -> int | None:
    if table not in tables:
        return None
    return int(conn.execute(f'SELECT count(*) FROM "{table}" WHERE deleted_at IS NULL').fetchone()[0])


def _inspect(path: Path, *, full_check: bool = False, key: bytes | None = None) -> _Contents:
    """Schema and counts of a copy; with ``full_check``, also SQLite's integrity check.
    With ``key``, the copy is of an encrypted database (one the key does not open is damaged)."""
    try:
        if key is None:
            check_sqlite_file(path)
        conn = _read_only(path, key)
    except StoreError:
        return _Contents(None, None, None, None, "backup.damaged")
    except DRIVER_ERRORS:
        return _Contents(None, None, None, None, "backup.damaged")
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables or "persons" not in tables:
            return _Contents(None, None, None, None, "backup.not_hubdesk")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        schema = row[0] if row else None
        if schema is None:
            return _Contents(None, None, None, None, "backup.not_hubdesk")
        counts = [_count_living(conn, tables, t) for t in ("persons", "visits", "referrals")]
        problem = None
        if schema not in known_revisions():
            problem = "backup.newer"
        elif full_check and [r[0] for r in conn.execute("PRAGMA integrity_check")] != ["ok"]:
            problem = "backup.damaged"
        return _Contents(schema, counts[0], counts[1], counts[2], problem)
    except DRIVER_DATABASE_ERRORS:
        return _Contents(None, None, None, None, "backup.damaged")
    finally:
        conn.close()


@functools.lru_cache(maxsize=512)
def _inspect_cached(path: str, mtime_ns: int, size: int, key: bytes | None = None) -> _Contents:
    """Copies do not change once named: their contents are read once per process."""
    return _inspect(Path(path), key=key)


def keep_set(entries: Iterable[_Entry], policy: BackupPolicy) -> set[Path]:
    """The copies a policy keeps: per rule, the newest copy of each of the most recent periods."""
    ordered = sorted(entries, key=lambda e: e.taken_at, reverse=True)
    periodic = [e for e in ordered if e.reason not in SAFETY_REASONS]
    keep: set[Path] = set()
    rules: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ]
    for count, period in rules:
        seen: set[object] = set()
        for entry in periodic:
            if len(seen) >= count:
                break
            key = period(_local(entry.taken_at))
            if key not in seen:
                seen.add(key)
                keep.add(entry.path)
    keep.update(e.path for e in [e for e in ordered if e.reason in SAFETY_REASONS][: policy.safety])
    return keep


class BackupService:
    """The backups of one SQLite database file (which need not exist: a lost database
    can be restored). ``key``: the database key of an encrypted database, whose copies
    are encrypted with the same key."""

    def __init__(
        self,
        db_path: Path,
        *,
        folder: Path | None = None,
        clock: Clock = utcnow,
        policy: BackupPolicy = DEFAULT_POLICY,
        key: bytes | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        self.key = key
        self.folder = folder or backup_dir_for(self.db_path)
        self.clock = clock
        self.policy = policy

    @classmethod
    def for_store(cls, store: Store, policy: BackupPolicy = DEFAULT_POLICY) -> BackupService:
        """Raises ``StoreError("backup.not_sqlite")`` for a database server (backups are its admin's job)."""
        if store.path is None:
            raise StoreError("backup.not_sqlite")
        return cls(store.path, clock=store.clock, policy=policy, key=store.key)

    # -- listing ------------------------------------------------------------------------------------------
    def _entries(self) -> list[_Entry]:
        """This database's copies, newest first, by their names alone (nothing is opened)."""
        prefix = f"{self.db_path.stem}-"
        found = []
        try:
            candidates = list(self.folder.iterdir())
        except OSError:
            return []
        for path in candidates:
            if not path.name.startswith(prefix) or not path.is_file():
                continue
            match = _NAME.match(path.name[len(prefix) :])
            if match is None:
                continue
            try:
                taken = dt.datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=dt.UTC)
            except ValueError:
                continue
            found.append(_Entry(path, taken, BackupReason(match["reason"]), match["detail"] or ""))
        found.sort(key=lambda e: (e.taken_at, _mtime_ns(e.path), e.path.name), reverse=True)  # ties: written last
        return found

    def list(self) -> list[BackupInfo]:
        """Every copy of this database, newest first, with what it holds."""
        infos = []
        for entry in self._entries():
            try:
                stat = entry.path.stat()
            except OSError:
                continue
            contents = _inspect_cached(str(entry.path), stat.st_mtime_ns, stat.st_size, self.key)
            infos.append(self._info(entry, stat.st_size, contents))
        return infos

    @staticmethod
    def _info(entry: _Entry, size: int, contents: _Contents) -> BackupInfo:
        return BackupInfo(
            path=entry.path,
            taken_at=entry.taken_at,
            reason=entry.reason,
            size=size,
            schema=contents.schema,
            entrepreneurs=contents.entrepreneurs,
            visits=contents.visits,
            referrals=contents.referrals,
            problem=contents.problem,
            detail=entry.detail,
        )

    def describe(self, path: Path) -> BackupInfo:
        """What any database file holds, as a backup (also one outside the backups folder)."""
        path = Path(path)
        if not path.is_file():
            raise StoreError("backup.missing", path=str(path))
        entry = next((e for e in self._entries() if e.path.resolve() == path.resolve()), None)
        stat = path.stat()
        if entry is None:
            taken = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
            entry = _Entry(path, taken, BackupReason.MANUAL, "")
        return self._info(entry, stat.st_size, _inspect(path, key=self.key))

    # -- taking and pruning ---------------------------------------------------------------------------------
    def _new_entry(self, reason: BackupReason, detail: str) -> _Entry:
        """A name that is not taken yet, for a copy made now."""
        stamp = self.clock().astimezone(dt.UTC).strftime(STAMP_FORMAT)
        label = f"{reason.value}-{detail}" if detail else reason.value
        base = f"{self.db_path.stem}-{label}-{stamp}"
        path = self.folder / f"{base}{SUFFIX}"
        n = 2
        while path.exists():
            path = self.folder / f"{base}-{n}{SUFFIX}"
            n += 1
        return _Entry(path, dt.datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=dt.UTC), reason, detail)

    def take(self, reason: BackupReason, *, detail: str = "", prune: bool = True, thorough: bool = True) -> BackupInfo:
        """A consistent copy of the database now (:func:`~hubdesk.services.store.backup_sqlite`:
        a live database is fine).

        ``detail`` goes into the name (other characters than letters, digits and _ become _),
        e.g. the schema revision before an upgrade. ``thorough=False`` leaves out the full
        check of the copy's pages (a second per gigabyte), for the copy before every sync
        import; the copy is still checked to open and to be complete. Raises ``StoreError``
        (``store.missing``, ``store.backup_failed``, a full disk...); a failed copy leaves
        no file behind.
        """
        if not self.db_path.is_file():
            raise StoreError("store.missing", path=str(self.db_path))
        detail = re.sub(r"[^A-Za-z0-9_]", "_", detail)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("store.backup_failed", path=str(self.folder), reason=exc.strerror or str(exc)) from exc
        entry = self._new_entry(reason, detail)
        backup_sqlite(self.db_path, entry.path, key=self.key, thorough=thorough)
        fsync_dir(self.folder)
        stat = entry.path.stat()
        info = self._info(
            entry, stat.st_size, _inspect_cached(str(entry.path), stat.st_mtime_ns, stat.st_size, self.key)
        )
        if prune:
            self.prune()
        return info

    def refresh(
        self, reason: BackupReason, *, detail: str = "", on_snapshot: Callable[[], None] | None = None
    ) -> BackupInfo | None:
        """A copy of the database now, made from the newest copy of the same kind by
        rewriting only the pages that changed since (:func:`~hubdesk.services.store.refresh_sqlite_copy`):
        that copy becomes this one. None when there is no such copy or it cannot be done
        now (an encrypted database, a database in use that keeps its log); the caller
        then takes a whole copy. For the copy before every sync: between two syncs a
        desk changes little, and the copy costs milliseconds instead of seconds.
        ``on_snapshot``: see :func:`~hubdesk.services.store.refresh_sqlite_copy`."""
        if not self.db_path.is_file():
            raise StoreError("store.missing", path=str(self.db_path))
        detail = re.sub(r"[^A-Za-z0-9_]", "_", detail)
        base = next((e for e in self._entries() if e.reason is reason and e.detail == detail), None)
        if base is None or self.key is not None:
            return None
        entry = self._new_entry(reason, detail)
        if not refresh_sqlite_copy(self.db_path, base.path, entry.path, on_snapshot=on_snapshot):
            return None
        fsync_dir(self.folder)
        stat = entry.path.stat()
        info = self._info(
            entry, stat.st_size, _inspect_cached(str(entry.path), stat.st_mtime_ns, stat.st_size, self.key)
        )
        self.prune()
        return info

    def prune(self, policy: BackupPolicy | None = None) -> builtins.list[Path]:
        """Delete the copies ``policy`` (default: the service's) does not keep; returns them."""
        entries = self._entries()
        keep = keep_set(entries, policy or self.policy)
        removed = []
        for entry in entries:
            if entry.path in keep:
                continue
            for path in (entry.path, *_sidecars(entry.path)):
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    continue
            removed.append(entry.path)
        return removed

    # -- restoring ------------------------------------------------------------------------------------------
    def verify(self, backup: BackupInfo | Path) -> BackupInfo:
        """The backup, checked in full (integrity check): raises ``StoreError`` with
        ``backup.missing``, ``backup.damaged``, ``backup.not_hubdesk`` or ``backup.newer``."""
        path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
        info = self.describe(path)
        contents = _inspect(path, full_check=True, key=self.key)
        if contents.problem == "backup.newer":
            raise StoreError("backup.newer", path=str(path), revision=contents.schema or "")
        if contents.problem == "backup.not_hubdesk":
            raise StoreError("backup.not_hubdesk", path=str(path))
        if contents.problem is not None:
            raise StoreError("backup.damaged", path=str(path))
        return info

    def restore(self, backup: BackupInfo | Path, *, store: Store | None = None) -> RestoreResult:
        """Replace the database with ``backup``; the database it replaces is kept as a
        "before-restore" copy first.

        The backup is verified in full first; one from a newer hubdesk, a damaged one or
        another program's database is refused and nothing changes. The copy is written to
        a temporary file beside the database and synced; then the current database's WAL
        is folded in and removed, and the file is swapped in with one rename, so the live
        database is at every moment either the old one or the restored one.

        ``store``, if given, is the open store on this database: it is closed first.
        Contract: call it on the thread that owns the store, with no session open; reopen
        afterwards with :func:`open_store` (or use :func:`restore_and_reopen`), which
        upgrades a copy from an older schema. Raises ``StoreError``: ``store.locked`` when
        another program has the database open, ``backup.restore_failed`` when a file
        could not be written (the database is then unchanged).
        """
        info = self.verify(backup)
        db = self.db_path
        tmp = db.with_name(f".{db.name}.restore.part")
        try:
            tmp.unlink(missing_ok=True)
            self._copy_into(info.path, tmp, self.key)
            safety = self._safety_copy() if db.exists() else None
            if store is not None:
                store.dispose()
            if db.exists():
                self._fold_wal(db, self.key)
            for sidecar in _sidecars(db):  # the replaced database's: never let SQLite replay them onto the copy
                sidecar.unlink(missing_ok=True)
            os.replace(tmp, db)
            fsync_dir(db.parent)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError("backup.restore_failed", path=str(db), reason=exc.strerror or str(exc)) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        self.prune()
        return RestoreResult(restored=info, safety_copy=safety)

    @staticmethod
    def _copy_into(source: Path, target: Path, key: bytes | None = None) -> None:
        src = _read_only(source, key)
        try:
            dst = connect_sqlite(target, key)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        except DRIVER_ERRORS as exc:
            raise translate_db_error(exc, target) from exc
        finally:
            src.close()
        fsync_file(target)

    def _safety_copy(self) -> Path:
        """The current database as a "before-restore" copy; when it is too damaged for the
        backup API, its files are copied as they are (with the -wal beside the copy)."""
        try:
            return self.take(BackupReason.BEFORE_RESTORE, prune=False).path
        except StoreError as exc:
            if exc.code in ("store.disk_full", "store.locked", "store.read_only"):
                raise
        target = self._new_entry(BackupReason.BEFORE_RESTORE, "").path
        for source, copy in zip((self.db_path, *_sidecars(self.db_path)), (target, *_sidecars(target)), strict=True):
            if source.exists():
                shutil.copyfile(source, copy)
                fsync_file(copy)
        fsync_dir(self.folder)
        return target

    @staticmethod
    def _fold_wal(db: Path, key: bytes | None = None) -> None:
        """Bring the WAL's content into the database file and leave rollback-journal mode, so
        that no -wal is left to be replayed onto the file that replaces it.

        Raises ``StoreError("store.locked")`` when another connection (another program)
        still has the database open. A database too damaged to checkpoint is left as it
        is: its -wal is in the safety copy and is removed after the swap.
        """
        try:
            conn = connect_sqlite(db, key, timeout=LOCK_TIMEOUT_S)
        except DRIVER_ERRORS:
            return
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except DRIVER_DATABASE_ERRORS as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError("store.locked", path=str(db)) from exc
            return
        finally:
            conn.close()
        if str(mode).lower() != "delete":
            raise StoreError("store.locked", path=str(db))


def ensure_daily_backup(store: Store, policy: BackupPolicy = DEFAULT_POLICY) -> BackupInfo | None:
    """Take today's copy unless there is one already (days in the computer's time zone).

    Returns the new copy, or None when there was one already or the store is not a
    file (a database server). Raises ``StoreError`` when the copy fails.
    """
    if store.path is None or not store.path.is_file():
        return None
    service = BackupService(store.path, clock=store.clock, policy=policy, key=store.key)
    today = _local(service.clock()).date()
    if any(e.reason is BackupReason.DAILY and _local(e.taken_at).date() == today for e in service._entries()):
        return None
    return service.take(BackupReason.DAILY)


def restore_and_reopen(store: Store, backup: BackupInfo | Path) -> tuple[Store, RestoreResult]:
    """Restore ``backup`` over ``store``'s database (closing ``store``) and open it again,
    upgraded to this hubdesk's schema. Same contract as :meth:`BackupService.restore`."""
    result = BackupService.for_store(store).restore(backup, store=store)
    assert store.path is not None
    return open_store(store.path, clock=store.clock, key=store.key), result
