"""``SyncService.sync(exchange_dir)``: export this node's changes, import the others'.

Contract (for the desktop's background operation and ``hubdesk sync``): runs on the
thread that owns the database; each imported package is one transaction; a problem
with the exchange folder (missing, read-only, full, gone in the middle) or with one
package never raises: it is reported in :class:`SyncReport` and the next run tries
again, so the desk keeps working. Raised (``UserFacingError``) only when this
installation cannot sync at all: a demo database (``sync.sandbox``), a node that was
never set up (``sync.not_set_up``) or whose key is missing (``sync.key_missing``).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, OperationalError

from hubdesk.models.errors import StoreError, UserFacingError
from hubdesk.models.sync import ConflictStatus, SyncConflict, SyncInbox, SyncOutbox
from hubdesk.services.backups import BackupReason, BackupService
from hubdesk.services.changelog import HubSession, WriteContext
from hubdesk.services.monitoring import write_to_exchange
from hubdesk.services.readmodels import Changes
from hubdesk.services.store import Store, ensure_indexes, secondary_indexes, translate_db_error
from hubdesk.sync.conflicts import ConflictService
from hubdesk.sync.exchange import Exchange
from hubdesk.sync.importer import (
    Applier,
    PackageResult,
    ValidPackage,
    epochs_loader,
    expand,
    no_cyclic_gc,
    validate,
    validate_compact,
)
from hubdesk.sync.keys import ProgrammeKey, installed_key
from hubdesk.sync.merge import Contexts
from hubdesk.sync.node import NodeIdentity, identity
from hubdesk.sync.outbox import PACKAGE_MAX_CHANGES, Outbox, local_marks
from hubdesk.sync.package import package_name, read_header

log = logging.getLogger("hubdesk.sync")

IMPORT_CACHE_KIB = 256 * 1024
# Packages of a node checked ahead while one is applied: two, so that one that takes the
# checker longer than usual does not hold the import up.
CHECK_AHEAD = 2
# From this many bytes of packages waiting (some 100,000 changes), packages are checked
# ahead in a process of their own rather than on a thread (see _Checker).
CHECK_IN_PROCESS_BYTES = 8_000_000
# A bulk import (see SyncService._maybe_bulk) brings at least this many changes.
BULK_MIN_CHANGES = 50_000
# The indexes an import reads through (the changes of a record, a package's changes for
# its check, the newest Lamport time, the person index's links): kept during a bulk import.
IMPORT_READS = frozenset(
    {
        "ix_change_log_record",
        "ix_change_log_node",
        "ix_change_log_lamport",
        "ix_person_enterprises_person_id",
        "ix_person_enterprises_enterprise_id",
        "ix_trajectories_person_id",
    }
)
# Database problems that are not the package's fault: stop importing, try again later.
_STOP_CODES = frozenset({"store.disk_full", "store.locked", "store.read_only"})


@dataclass(frozen=True, slots=True)
class Problem:
    """A coded reason (see hubdesk/messages.py) with its parameters."""

    code: str
    params: dict[str, Any]

    @classmethod
    def of(cls, exc: UserFacingError) -> Problem:
        return cls(exc.code, dict(exc.params))

    def error(self) -> UserFacingError:
        return UserFacingError(self.code, **self.params)


@dataclass(frozen=True, slots=True)
class Waiting:
    """A package that cannot be imported yet: ``code`` says why (a gap, another node first)."""

    node_id: uuid.UUID
    seq: int
    problem: Problem


@dataclass
class SyncReport:
    exported_packages: int = 0
    exported_changes: int = 0
    imported_packages: int = 0
    applied: int = 0
    skipped: int = 0
    withheld: int = 0
    conflicts_opened: int = 0
    conflicts_closed: int = 0
    open_conflicts: int = 0
    waiting_records: int = 0
    refused: list[Problem] = field(default_factory=list)
    waiting: list[Waiting] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    backup: Path | None = None
    changes: Changes = field(default_factory=Changes)
    # The monitoring export written to <exchange>/monitoring/ (hubdesk.services.monitoring);
    # a problem there is reported here and never fails the sync.
    monitoring_files: int = 0
    monitoring_problem: Problem | None = None
    _entities: dict[str, set[uuid.UUID]] = field(default_factory=dict, repr=False, compare=False)
    _persons: set[uuid.UUID] = field(default_factory=set, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """Nothing refused and the folder was usable (waiting packages are normal)."""
        return not self.refused and not self.problems

    def add(self, result: PackageResult) -> None:
        """Count one applied package in; its records go into :attr:`changes` at :meth:`seal`
        (one set per kind of record, not a copy of all of them per package)."""
        self.imported_packages += 1
        self.applied += result.applied
        self.skipped += result.skipped
        self.withheld += result.withheld
        self.conflicts_opened += result.conflicts_opened
        self.conflicts_closed += result.conflicts_closed
        self.waiting_records += result.waiting_records
        for entity, ids in result.records.items():
            self._entities.setdefault(entity, set()).update(ids)
        self._persons.update(result.persons)

    def seal(self) -> None:
        """:attr:`changes`: what the packages added so far changed."""
        entities = {k: set(v) for k, v in self.changes.entities.items()}
        for entity, ids in self._entities.items():
            entities.setdefault(entity, set()).update(ids)
        self.changes = Changes(
            {k: frozenset(v) for k, v in entities.items() if v}, self.changes.persons | frozenset(self._persons)
        )
        self._entities, self._persons = {}, set()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class _Stop(Exception):
    """Importing cannot go on in this run (the folder or the database is not usable)."""


class _Checker:
    """Reads, decrypts and checks packages, the next package of a node ahead while this one
    is applied.

    Ahead on a thread of its own, or, when much is waiting (``processes``), in a process
    of its own: checking is Python work, and on a thread it competes for the interpreter
    lock with the import's SQLite calls, which take the lock back after every row (a bulk
    import ran slower than with no checking ahead at all). The process hands the package
    back in compact form (:func:`~hubdesk.sync.importer.compact`). Should that process
    fail to start or die, the package is checked here instead.
    """

    def __init__(self, ex: Exchange, key: ProgrammeKey, sqlite: bool, *, processes: bool = False) -> None:
        self._ex, self._key, self._sqlite = ex, key, sqlite
        self._pool: Executor = (
            ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            if processes
            else ThreadPoolExecutor(max_workers=1, thread_name_prefix="hubdesk-sync-check")
        )
        self._processes = processes
        self._ahead: dict[tuple[uuid.UUID, int], Future[Any]] = {}

    def __enter__(self) -> _Checker:
        return self

    def __exit__(self, *exc: object) -> None:
        for future in self._ahead.values():
            future.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _check(self, path: Path, peer: uuid.UUID, seq: int) -> ValidPackage:
        return validate(self._ex.read(path), str(path), self._key, node_id=peer, seq=seq, sqlite=self._sqlite)

    def ahead(self, path: Path, peer: uuid.UUID, seq: int) -> None:
        """Start checking a package that is likely wanted next."""
        if (peer, seq) in self._ahead:
            return
        if not self._processes:
            self._ahead[(peer, seq)] = self._pool.submit(self._check, path, peer, seq)
            return
        try:
            data = self._ex.read(path)  # read here: the folder's errors are reported as always
            self._ahead[(peer, seq)] = self._pool.submit(
                validate_compact, data, str(path), self._key.secret, node=peer.hex, seq=seq, sqlite=self._sqlite
            )
        except (UserFacingError, RuntimeError, OSError) as exc:  # take() reads and reports it
            log.info("package %s not checked ahead: %s", path.name, exc)

    def take(self, path: Path, peer: uuid.UUID, seq: int) -> ValidPackage:
        """The checked package (raises ``UserFacingError`` as :func:`validate` does)."""
        future = self._ahead.pop((peer, seq), None)
        if future is None:
            return self._check(path, peer, seq)
        if not self._processes:
            return cast(ValidPackage, future.result())
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - a process that could not start or died: check here
            log.warning("checking process failed (%s); checking %s here", exc, path.name)
            return self._check(path, peer, seq)
        if isinstance(result, tuple):
            code, params = result
            raise UserFacingError(code, **params)
        return expand(result)


class SyncService:
    """Exchange with one exchange folder; see the module docstring for the contract."""

    def __init__(
        self,
        store: Store,
        *,
        key: ProgrammeKey | None = None,
        backups: bool = True,
        package_max: int = PACKAGE_MAX_CHANGES,
        monitoring: bool = True,
    ) -> None:
        self.store = store
        self.monitoring = monitoring  # also write the monitoring export (hubdesk.services.monitoring)
        self._sqlite = store.engine.dialect.name == "sqlite"
        self._key = key
        self.backups = backups
        self.package_max = package_max
        self._conn: sa.Connection | None = None
        self._dropped: list[str] = []
        self._backup_job: Future[Path] | None = None

    def node(self) -> NodeIdentity:
        """This node's identity; raises ``sync.sandbox`` or ``sync.not_set_up``."""
        with self.store.read() as s:
            me = identity(s)
        if me.sandbox:
            raise UserFacingError("sync.sandbox")
        if me.programme_id is None or me.hub_id is None:
            raise UserFacingError("sync.not_set_up")
        return me

    def key(self, me: NodeIdentity) -> ProgrammeKey:
        if self._key is None:
            assert me.programme_id is not None
            self._key = installed_key(me.programme_id)
        elif self._key.programme_id != me.programme_id:
            raise UserFacingError("sync.key_invalid", path="")
        return self._key

    def sync(self, exchange: Path | Exchange) -> SyncReport:
        me = self.node()
        key = self.key(me)
        ex = exchange if isinstance(exchange, Exchange) else Exchange(Path(exchange))
        report = SyncReport()
        try:
            ex.check()
        except UserFacingError as exc:
            report.problems.append(Problem.of(exc))
            return report
        try:
            ConflictService(self.store).refresh()
        except StoreError as exc:
            report.problems.append(Problem.of(exc))
            return report
        out = Outbox(self.store, key, ex, node_id=me.node_id, hub_id=me.hub_id, package_max=self.package_max)
        exported = out.export()
        report.exported_packages, report.exported_changes = exported.packages, exported.changes
        if exported.problem is not None:  # e.g. a read-only folder: still import what is there
            report.problems.append(Problem.of(exported.problem))
        try:
            with no_cyclic_gc(), self._import_connection():
                self._import(ex, key, me, report)
        except _Stop:
            pass
        finally:
            try:
                self._await_backup(report)  # a copy started for a package that was then not applied
            except _Stop:
                pass
            report.seal()
        with self.store.read() as s:
            report.open_conflicts = (
                s.execute(
                    sa.select(sa.func.count())
                    .select_from(SyncConflict)
                    .where(SyncConflict.status == ConflictStatus.OPEN)
                ).scalar()
                or 0
            )
        if self.monitoring:
            self._write_monitoring(ex, me, report)
        return report

    def write_monitoring(self, exchange: Path | Exchange, report: SyncReport) -> None:
        """The monitoring export that ends a sync, on its own: for a caller that made the
        sync with ``monitoring=False`` and runs this elsewhere (the desktop: on its
        background database thread, as computing the indicators takes seconds with a
        million entrepreneurs). Skipped when the sync had problems; fills in ``report``'s
        monitoring fields."""
        ex = exchange if isinstance(exchange, Exchange) else Exchange(Path(exchange))
        self._write_monitoring(ex, self.node(), report)

    def _write_monitoring(self, ex: Exchange, me: NodeIdentity, report: SyncReport) -> None:
        if report.problems or not ex.root.is_dir():
            # The folder is unreachable (a share gone, a stick pulled out): creating it
            # again here would put the export on the local disk instead.
            return
        try:
            report.monitoring_files = len(write_to_exchange(self.store, ex.root, me.hub_id))
        except UserFacingError as exc:
            report.monitoring_problem = Problem.of(exc)
        except Exception as exc:  # a fault in the export must not cost the sync
            log.exception("monitoring export failed")
            report.monitoring_problem = Problem(
                "monitor.write_failed", {"path": str(ex.root / "monitoring"), "reason": type(exc).__name__}
            )

    # -- import ---------------------------------------------------------------------------------------------------

    def _import(self, ex: Exchange, key: ProgrammeKey, me: NodeIdentity, report: SyncReport) -> None:
        with self.store.read() as s:
            inbox = {
                (n, q): (d, c)
                for n, q, d, c in s.execute(
                    sa.select(SyncInbox.node_id, SyncInbox.seq, SyncInbox.digest, SyncInbox.nonce)
                )
            }
            marks = local_marks(s)
            own_last = s.execute(sa.select(sa.func.max(SyncOutbox.seq))).scalar() or 0
        last: dict[uuid.UUID, int] = {n: len(ms) for n, ms in marks.items()}
        contexts = Contexts(me.node_id, marks, {})
        try:
            peers = ex.peers(me.node_id)
            files = {p: ex.packages(p) for p in peers}
        except UserFacingError as exc:
            report.problems.append(Problem.of(exc))
            raise _Stop from exc
        blocked: set[uuid.UUID] = set()
        for peer in peers:
            if self._replayed(ex, key, peer, files[peer], last.get(peer, 0), inbox, report):
                blocked.add(peer)
        validated: dict[tuple[uuid.UUID, int], ValidPackage] = {}
        waiting = [path for p in peers for q, path in files[p].items() if q > last.get(p, 0)]
        waiting_bytes = sum(_size(path) for path in waiting)
        with _Checker(
            ex, key, self._sqlite, processes=self._sqlite and waiting_bytes >= CHECK_IN_PROCESS_BYTES
        ) as checker:
            backed_up = False
            progress = True
            while progress:
                progress = False
                for peer in peers:
                    if peer in blocked:
                        continue
                    seq = last.get(peer, 0) + 1
                    path = files[peer].get(seq)
                    if path is None:
                        continue
                    pkg = validated.get((peer, seq))
                    if pkg is None:
                        try:
                            pkg = checker.take(path, peer, seq)
                            self._check_chain(pkg, inbox)
                        except UserFacingError as exc:
                            if exc.code.startswith("sync.exchange_"):
                                report.problems.append(Problem.of(exc))
                                raise _Stop from exc
                            log.warning("package refused: %s %s", exc.code, exc.params)
                            report.refused.append(Problem.of(exc))
                            blocked.add(peer)
                            continue
                        validated[(peer, seq)] = pkg
                    if self._missing(pkg, me.node_id, own_last, last):
                        continue
                    if not backed_up:
                        self._start_backup()
                        backed_up = True
                        self._maybe_bulk(pkg, len(waiting))  # nothing applied yet: all still wait
                    for later in range(seq + 1, seq + 1 + CHECK_AHEAD):
                        later_path = files[peer].get(later)
                        if later_path is None:
                            break
                        checker.ahead(later_path, peer, later)
                    result = self._apply(pkg, path, me, contexts, report)
                    if result is None:
                        blocked.add(peer)
                        continue
                    validated.pop((peer, seq), None)
                    last[peer] = seq
                    inbox[(peer, seq)] = (pkg.manifest.digest, pkg.nonce)
                    marks.setdefault(peer, []).append(result.mark)
                    report.add(result)
                    progress = True
            for peer in peers:
                if peer in blocked:
                    continue
                seq = last.get(peer, 0) + 1
                pkg = validated.get((peer, seq))
                if pkg is not None:
                    missing = self._missing(pkg, me.node_id, own_last, last)
                    assert missing is not None
                    node, want = missing
                    problem = Problem("sync.waiting_for", {"path": pkg.source, "node": node.hex, "seq": want})
                    report.waiting.append(Waiting(peer, seq, problem))
                elif any(q > seq for q in files[peer]):
                    path = ex.node_dir(peer) / package_name(seq)
                    report.waiting.append(
                        Waiting(peer, seq, Problem("sync.waiting_gap", {"path": str(path), "seq": seq}))
                    )

    def _replayed(
        self,
        ex: Exchange,
        key: ProgrammeKey,
        peer: uuid.UUID,
        files: dict[int, Path],
        last: int,
        inbox: dict[tuple[uuid.UUID, int], tuple[str, str]],
        report: SyncReport,
    ) -> bool:
        """Whether a package already imported was replaced by another with the same number
        (refused: its changes would never reach this node). A file sealed again with the
        same content is fine; the header's nonce tells which files to look at closer."""
        for seq in sorted(q for q in files if q <= last):
            known = inbox.get((peer, seq))
            if known is None:
                continue
            path = files[seq]
            try:
                header, _ = read_header(ex.peek(path), str(path))
                if header.nonce == known[1]:
                    continue
                pkg = validate(ex.read(path), str(path), key, node_id=peer, seq=seq, sqlite=False)
            except UserFacingError as exc:
                if exc.code.startswith("sync.exchange_"):
                    report.problems.append(Problem.of(exc))
                    raise _Stop from exc
                report.refused.append(Problem.of(exc))
                return True
            if pkg.manifest.digest != known[0]:
                report.refused.append(Problem("sync.package_replayed", {"path": str(path), "seq": seq}))
                return True
        return False

    @staticmethod
    def _check_chain(pkg: ValidPackage, inbox: dict[tuple[uuid.UUID, int], tuple[str, str]]) -> None:
        previous = inbox.get((pkg.node_id, pkg.seq - 1))
        if pkg.seq > 1 and previous is not None and pkg.manifest.prev_digest != previous[0]:
            raise UserFacingError("sync.package_chain", path=pkg.source, seq=pkg.seq - 1)

    @staticmethod
    def _missing(
        pkg: ValidPackage, own: uuid.UUID, own_last: int, last: dict[uuid.UUID, int]
    ) -> tuple[uuid.UUID, int] | None:
        """The first package this one requires that is not here yet, or None."""
        for node, want in sorted(pkg.manifest.requires.items(), key=lambda i: i[0].hex):
            have = own_last if node == own else last.get(node, 0)
            if have < want:
                return node, want
        return None

    @contextlib.contextmanager
    def _import_connection(self) -> Iterator[None]:
        """One connection for all the packages of a run, set for importing, and set back
        afterwards, as the connection goes back to the pool:

        - a large page cache (as the bulk loader has): records with random UUID keys land
          all over the tables' B-trees, and SQLite's default 2 MB cache would read the same
          pages again for every package;
        - ``synchronous = NORMAL``: in WAL mode a commit then does not wait for the disk.
          A power cut can cost the last packages imported, never the database's
          integrity, and a package that was lost is imported again at the next sync
          (importing is idempotent and the exchange folder keeps the packages). The
          desk's own saves keep ``FULL`` on their connections;
        - no automatic checkpoint in this connection: after each package the store's
          checkpoint thread copies the log back (:mod:`hubdesk.services.checkpoint`),
          beside the import instead of inside its next commit;
        - the indexes dropped for a bulk import (:meth:`_maybe_bulk`) are built again.
        """
        with self.store.engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            raw: Any = conn.connection.dbapi_connection if sqlite else None  # pragmas outside a transaction
            before: tuple[Any, Any, Any] = (None, None, None)
            if sqlite:
                before = (
                    raw.execute("PRAGMA cache_size").fetchone()[0],
                    raw.execute("PRAGMA synchronous").fetchone()[0],
                    raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0],
                )
                raw.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
                raw.execute("PRAGMA synchronous = NORMAL")
                if self.store.checkpoints_in_background:
                    raw.execute("PRAGMA wal_autocheckpoint = 0")
            self._conn = conn
            self._dropped = []
            try:
                yield
            finally:
                self._conn = None
                conn.rollback()
                if sqlite:
                    if self._dropped:
                        self._dropped = []
                        built = ensure_indexes(conn)
                        conn.commit()
                        log.info("bulk import: built %d indexes again", len(built))
                    raw.execute(f"PRAGMA synchronous = {int(before[1])}")
                    raw.execute(f"PRAGMA cache_size = {int(before[0])}")
                    raw.execute(f"PRAGMA wal_autocheckpoint = {int(before[2])}")

    def _maybe_bulk(self, first: ValidPackage, pending_packages: int) -> None:
        """Before a bulk import, drop the indexes that only speed up reading.

        A bulk import is one that at least doubles the change log and brings at least
        :data:`BULK_MIN_CHANGES` changes (estimated from the first package and the number
        waiting): a new node's first sync, or a hub that was offline for long. Each record
        then costs an update of every index, at a random place; building them once at the
        end (:func:`~hubdesk.services.store.ensure_indexes`, also at the next start if the
        import is cut off) is a sort instead. The indexes the import reads through stay
        (:data:`IMPORT_READS`), as do UNIQUE ones, which decide what is a duplicate.
        """
        if self._conn is None or self._conn.dialect.name != "sqlite":
            return
        estimate = len(first.changes) * pending_packages
        if estimate < BULK_MIN_CHANGES:
            return
        present = self._conn.exec_driver_sql("SELECT max(rowid) FROM change_log").scalar() or 0
        if estimate < present:
            return
        names: set[str] = set(
            self._conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars()
        )
        dropped = [
            index
            for index in secondary_indexes()
            if index.name in names
            and index.name not in IMPORT_READS
            and not (index.table is not None and index.table.name.startswith("sync_"))
        ]
        for index in dropped:
            self._conn.exec_driver_sql(f'DROP INDEX "{index.name}"')
        self._conn.commit()
        self._dropped = [str(index.name) for index in dropped]
        log.info("bulk import of about %d changes: %d indexes dropped until the end", estimate, len(dropped))

    @contextlib.contextmanager
    def _package_transaction(self) -> Iterator[HubSession]:
        """One transaction for one package, on the import's connection (see
        :meth:`hubdesk.services.store.Store.write`, whose contract it keeps): remote
        changes are logged by the importer itself, so capture is off."""
        if self._conn is None:
            with self.store.write(None) as s:
                s.info["write"].capture = False
                yield s
            return
        session = HubSession(bind=self._conn, expire_on_commit=False)
        session.info["write"] = WriteContext(
            node_id=self.store.node_id, worker_id=None, now=self.store.clock(), capture=False
        )
        try:
            with session.begin():
                yield session
        except (OperationalError, DBAPIError) as exc:
            raise translate_db_error(exc, self.store.location) from exc
        finally:
            session.close()
        self.store.nudge_checkpoint()

    def _start_backup(self) -> None:
        """Start the safety copy that precedes the run's first import (the rolling backups'
        "before-import" copies, :mod:`hubdesk.services.backups`; none for a database server).

        The copy is made on a thread of its own while the first package is applied.
        Usually it is the copy made before the previous sync, brought up to date by
        rewriting the pages that changed since
        (:meth:`~hubdesk.services.backups.BackupService.refresh`); this returns once the
        state it copies is fixed, so that nothing the import writes is in it. Otherwise
        (the first sync, an encrypted database, a database whose log cannot be emptied
        now) it is a whole copy. Either way the first package's transaction commits only
        once the copy is complete and checked (:meth:`_await_backup`): the copy holds a
        state from before the import, and a failed copy means no import.
        """
        if not self.backups or self.store.path is None:
            return
        fixed = threading.Event()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hubdesk-sync-backup")
        self._backup_job = pool.submit(self._backup, fixed)
        pool.shutdown(wait=False)
        fixed.wait()

    def _backup(self, fixed: threading.Event) -> Path:
        """The safety copy itself (raises ``StoreError``); sets ``fixed`` once what it
        copies can no longer change, or once it is clear that the copy will be a whole one
        (which copies the database and its log inside one read transaction)."""
        service = BackupService.for_store(self.store)
        try:  # most syncs: the last sync's copy, brought up to date (only changed pages are written)
            refreshed = service.refresh(BackupReason.BEFORE_IMPORT, detail="sync", on_snapshot=fixed.set)
        finally:
            fixed.set()
        if refreshed is not None:
            return refreshed.path
        return service.take(BackupReason.BEFORE_IMPORT, detail="sync", thorough=False).path

    def _await_backup(self, report: SyncReport) -> None:
        """Wait for the copy started by :meth:`_start_backup` (if any); raises ``_Stop`` when it failed."""
        job, self._backup_job = self._backup_job, None
        if job is None:
            return
        try:
            report.backup = job.result()
        except StoreError as exc:
            report.problems.append(Problem.of(exc))
            raise _Stop from exc

    def _apply(
        self, pkg: ValidPackage, path: Path, me: NodeIdentity, contexts: Contexts, report: SyncReport
    ) -> PackageResult | None:
        try:
            with self._package_transaction() as s:
                contexts.load = epochs_loader(s)
                applier = Applier(
                    s, local_node=me.node_id, local_hub=me.hub_id, contexts=contexts, now=self.store.clock()
                )
                result = applier.apply(pkg, path.name)
                self._await_backup(report)  # the first package commits only after the safety copy
                return result
        except UserFacingError as exc:
            if exc.code in _STOP_CODES:
                report.problems.append(Problem.of(exc))
                raise _Stop from exc
            log.warning("package not applied: %s %s", exc.code, exc.params)
            params = dict(exc.params)
            params["path"] = str(path)
            params.setdefault("reason", exc.code)
            report.refused.append(
                Problem("sync.package_failed", params) if exc.code.startswith("store.") else Problem(exc.code, params)
            )
            return None
        finally:
            contexts.load = None
