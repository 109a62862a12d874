"""Benchmark of sync: export and import of N entrepreneurs with their steps, and a delta of
1,000 changes, each beside raw ``executemany`` of the same rows in the same run.

Run from the repository root::

    .venv/bin/python benchmarks/bench_sync.py                 # 100k entrepreneurs (about 3 minutes)
    .venv/bin/python benchmarks/bench_sync.py --size 10k      # a quick run
    .venv/bin/python benchmarks/bench_sync.py --workdir /data/bench --keep

Set-up (not timed): two nodes of one hub, made with ``node init``. The source gets N
entrepreneurs written as ordinary, change-logged data with ``BulkWriter(log_changes=True)``:
per entrepreneur a person, an enterprise and their link, a trajectory and three
guidance steps (7 records and 7 change log entries), and the person index. Record and
change ids are made as the desk makes them (time-ordered UUIDs, ``models.base.new_id``).

Measured:

1. Export: ``SyncService.sync`` on the source, which writes every change as packages of
   20,000 changes (JSON, zlib, AES-GCM, temporary name, flushed, renamed) and marks
   them exported. Raw baseline: ``SELECT`` of the same change log rows in the same
   order, ``json.dumps`` of the tuples, zlib, written and flushed per 20,000.
2. Import: ``SyncService.sync`` on the empty target: backup, validation of every
   package, merge, writing records, change log and person index, conflict check,
   sanity check, one transaction per package, with a 256 MB page cache. Raw baseline:
   ``executemany`` of the same record, change log and index rows (read beforehand) into
   a copy of the target, one transaction per 20,000 changes, with the same cache.
3. Delta: 500 edited persons and 500 steps marked done on the source (1,000 changes),
   then export on the source (which has nothing to import: it took the target's own
   set-up package before, not timed) and import on the target. Twice: the first delta
   after the bulk import makes a whole safety copy (the only copy before it was of the
   empty database; shown for information); the next, a desk's periodic sync, brings the
   previous sync's copy up to date (only the pages that changed are written), and is
   the one held to the limit, its copy (made beside the first package) shown separately. Raw baseline: ``executemany``
   of the 1,000 updated rows and 1,000 change log rows into the raw copy.

Before each timed sync the disk is let write out what the previous steps wrote (``os.sync``,
not timed). Limits (at 100k, scaled linearly for other sizes): export <= 30 s, import <= 60 s;
delta export and import <= 2 s each. Both sides use the store's pragmas (WAL,
``synchronous=FULL``) on the same disk. The table goes to stdout, progress to
stderr; the exit status is 1 when a line FAILs.

Not part of the test suite: pytest collects only ``tests/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

import hubdesk
from hubdesk.models.enums import (
    EnterpriseRole,
    IncomeSituation,
    Language,
    LegalForm,
    Stadsdeel,
    Stage,
    StepStatus,
    TrajectoryStatus,
)
from hubdesk.models.guidance import GuidanceStep
from hubdesk.models.people import Person
from hubdesk.services.bulk import BulkWriter, write_batch
from hubdesk.services.indexing import index_row
from hubdesk.services.store import Actor, Store, open_store
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.node import init_node
from hubdesk.sync.outbox import PACKAGE_MAX_CHANGES
from hubdesk.sync.service import IMPORT_CACHE_KIB, SyncReport, SyncService

DEFAULT_SIZE = 100_000
LIMIT_SIZE = 100_000
EXPORT_LIMIT = 30.0
IMPORT_LIMIT = 60.0
DELTA_LIMIT = 2.0
DELTA = 1_000
BATCH = 5_000
HUB = "Cityhub Schalkwijk"
ENTREPRENEUR_TABLES = ("persons", "enterprises", "person_enterprises", "trajectories", "guidance_steps")
PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Line:
    figure: str
    measured: str
    limit: str
    verdict: str


def size_tag(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1000, "m": 1_000_000}.get(text[-1:], 1)
    return int(text[:-1] if factor > 1 else text) * factor


def seconds(value: float) -> str:
    return f"{value:.2f} s"


# -- set-up ---------------------------------------------------------------------------------------


def fill(store: Store, actor: Actor, n: int, seed: int) -> int:
    """N entrepreneurs with a trajectory of three steps each, change-logged; returns the rows."""
    rng = random.Random(seed)
    now = store.clock()
    today = now.date()
    written = 0
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA cache_size = -262144")
        conn.commit()
        w = BulkWriter.for_connection(conn, node_id=store.node_id, worker_id=actor.worker_id, now=now, log_changes=True)
        step_types: list[str] = list(conn.execute(sa.text("SELECT code FROM step_types ORDER BY sort_order")).scalars())
        conn.commit()
        made = 0
        while made < n:
            for _ in range(min(BATCH, n - made)):
                i = made
                made += 1
                given, family = f"Voornaam{i % 997}", f"Achternaam{i % 1009}"
                person = {
                    "hub_id": actor.hub_id, "given_name": given, "infix": "", "family_name": family,
                    "email": f"ondernemer{i}@example.nl", "phone_e164": f"+3161{i:07d}"[:12],
                    "preferred_language": Language.NL, "home_postcode": "2034 AB", "stadsdeel": Stadsdeel.SCHALKWIJK,
                    "wijk": None, "birth_year": 1960 + i % 40, "income_situation": IncomeSituation.NOT_ASKED,
                    "pseudonym_id": f"{rng.getrandbits(128):032x}", "registered_at": now, "last_contact_at": now,
                    "retention_until": None,
                }  # fmt: skip
                pid = w.add("persons", person)
                enterprise = {
                    "hub_id": actor.hub_id, "trade_name": f"Onderneming {i}", "kvk_number": f"{10_000_000 + i}",
                    "vestigingsnummer": None, "legal_form": LegalForm.EENMANSZAAK, "sbi_code": None,
                    "sbi_version": None, "stage": Stage.STARTING, "activity": "Maaltijden bezorgen",
                    "mission": "Werk voor buurtbewoners", "business_postcode": None, "business_house_number": None,
                    "founded_on": None, "impact_areas": [], "employees_total": None, "employees_target_group": None,
                    "retention_until": None,
                }  # fmt: skip
                eid = w.add("enterprises", enterprise)
                w.add("person_enterprises", {"person_id": pid, "enterprise_id": eid, "role": EnterpriseRole.FOUNDER})
                tid = w.add(
                    "trajectories",
                    {
                        "person_id": pid, "enterprise_id": eid, "hub_id": actor.hub_id,
                        "lead_worker_id": actor.worker_id, "opened_on": today, "closed_on": None,
                        "status": TrajectoryStatus.OPEN,
                        "stage_at_start": Stage.STARTING, "stage_at_end": None, "programme_tags": [],
                        "close_reason": None, "route_id": None,
                    },
                )  # fmt: skip
                for k in range(3):
                    w.add(
                        "guidance_steps",
                        {
                            "trajectory_id": tid, "hub_id": actor.hub_id, "step_type": step_types[k],
                            "status": StepStatus.PLANNED, "due_on": today + dt.timedelta(days=7 * (k + 1)),
                            "done_on": None, "assignee_id": actor.worker_id, "minutes": None, "outcome": "",
                            "notes": "",
                        },
                    )  # fmt: skip
                person["id"] = pid
                w.add_derived(
                    "person_index",
                    index_row({**person, "stadsdeel": "schalkwijk"}, [{**enterprise, "stage": "starting"}], True),
                )
            with conn.begin():
                written += sum(write_batch(conn, w.take()).values())
            log(f"  filled {made:,} of {n:,}")
    return written


def make_delta(store: Store, actor: Actor, seed: int) -> None:
    """500 edited persons and 500 steps marked done: 1,000 changes, in ten transactions."""
    rng = random.Random(seed)
    with store.read() as s:
        persons = list(s.execute(sa.select(Person.id)).scalars())
        steps = list(s.execute(sa.select(GuidanceStep.id).where(GuidanceStep.status != StepStatus.DONE)).scalars())
    chosen_p = rng.sample(persons, DELTA // 2)
    chosen_s = rng.sample(steps, DELTA // 2)
    for part in range(10):
        with store.write(actor) as s:
            for pid in chosen_p[part * 50 : (part + 1) * 50]:
                person = s.get(Person, pid)
                assert person is not None
                person.given_name = person.given_name + "-Marie"
            for sid in chosen_s[part * 50 : (part + 1) * 50]:
                step = s.get(GuidanceStep, sid)
                assert step is not None
                step.status = StepStatus.DONE
                step.done_on = store.clock().date()


# -- raw baselines --------------------------------------------------------------------------------


def store_pragmas(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:
        return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in PRAGMAS}


def raw_connect(path: Path, pragmas: dict[str, Any]) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for name, value in pragmas.items():
        conn.execute(f"PRAGMA {name}={value}")
    return conn


def settle() -> None:
    """Let the disk write out what earlier steps left in the page cache (not timed): a
    desk's syncs are minutes apart, and a measurement should not pay for the gigabytes the
    previous step (a whole copy, a raw baseline) wrote just before."""
    if hasattr(os, "sync"):
        os.sync()


def raw_export(source: Path, folder: Path, node_hex: str, pragmas: dict[str, Any]) -> tuple[float, int]:
    """SELECT the node's change log in Lamport order, json.dumps, zlib, write and flush per package."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = raw_connect(source, pragmas)
    settle()
    started = time.perf_counter()
    cursor = conn.execute(
        "SELECT change_id, lamport, worker_id, entity, record_id, op, base_version, version, fields, at "
        "FROM change_log WHERE node_id = ? ORDER BY lamport",
        (node_hex,),
    )
    count = 0
    seq = 0
    while True:
        chunk = cursor.fetchmany(PACKAGE_MAX_CHANGES)
        if not chunk:
            break
        seq += 1
        count += len(chunk)
        data = zlib.compress(json.dumps(chunk).encode(), 1)
        with (folder / f"{seq:08d}.raw").open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, count


def _select_rows(conn: sqlite3.Connection, table: str, where: str = "", params: Sequence[Any] = ()) -> list[Any]:
    return conn.execute(f'SELECT * FROM "{table}" {where}', params).fetchall()


def raw_import(source: Path, target: Path, node_hex: str, n: int, pragmas: dict[str, Any]) -> tuple[float, int]:
    """executemany of the records, change log and index rows the import writes, per 20,000 changes.

    The rows are read beforehand (not timed), in the order they were written: entrepreneur
    by entrepreneur, so that each transaction holds whole entrepreneurs as a package does.
    The source's own hub, node and worker are copied first (not timed): the import brings them too.
    """
    src = sqlite3.connect(source)
    tables = {t: _select_rows(src, t, "ORDER BY rowid") for t in ENTREPRENEUR_TABLES}
    log_rows = {
        t: _select_rows(src, "change_log", "WHERE node_id = ? AND entity = ? ORDER BY lamport", (node_hex, t))
        for t in ENTREPRENEUR_TABLES
    }
    index_cols = [r[1] for r in src.execute("PRAGMA table_info(person_index)") if r[1] != "id"]
    index_rows = src.execute(f"SELECT {', '.join(index_cols)} FROM person_index ORDER BY id").fetchall()
    reference = {t: _select_rows(src, t) for t in ("hubs", "nodes", "workers")}
    src.close()
    conn = raw_connect(target, pragmas)
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")  # as the import has
    for table, rows in reference.items():
        conn.executemany(f'INSERT OR IGNORE INTO "{table}" VALUES ({",".join("?" * len(rows[0]))})', rows)
    per = {t: len(rows) // n for t, rows in tables.items()}  # rows per entrepreneur
    group = max(1, PACKAGE_MAX_CHANGES // sum(per.values()))
    index_sql = f"INSERT INTO person_index ({', '.join(index_cols)}) VALUES ({','.join('?' * len(index_cols))})"
    settle()
    started = time.perf_counter()
    written = 0
    for first in range(0, n, group):
        last = min(n, first + group)
        conn.execute("BEGIN")
        for table, rows in tables.items():
            part = rows[first * per[table] : last * per[table]]
            conn.executemany(f'INSERT INTO "{table}" VALUES ({",".join("?" * len(part[0]))})', part)
            changes = log_rows[table][first * per[table] : last * per[table]]
            conn.executemany(f"INSERT INTO change_log VALUES ({','.join('?' * len(changes[0]))})", changes)
            written += len(part) + len(changes)
        conn.executemany(index_sql, index_rows[first:last])
        written += last - first
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, written


def raw_delta(source: Path, target: Path, node_hex: str, since_lamport: int, pragmas: dict[str, Any]) -> float:
    """executemany of the delta's updated rows (whole rows) and its change log rows."""
    src = sqlite3.connect(source)
    log_rows = _select_rows(src, "change_log", "WHERE node_id = ? AND lamport > ?", (node_hex, since_lamport))
    updates: dict[str, list[Any]] = {}
    for row in log_rows:
        entity, record = row[4], row[5]
        updates.setdefault(entity, []).append(_select_rows(src, entity, "WHERE id = ?", (record,))[0])
    cols = {t: [r[1] for r in src.execute(f'PRAGMA table_info("{t}")')] for t in updates}
    src.close()
    conn = raw_connect(target, pragmas)
    settle()
    started = time.perf_counter()
    conn.execute("BEGIN")
    for table, rows in updates.items():
        names = cols[table]
        sets = ", ".join(f'"{n}" = ?' for n in names if n != "id")
        id_at = names.index("id")
        params = [(*r[:id_at], *r[id_at + 1 :], r[id_at]) for r in rows]
        conn.executemany(f'UPDATE "{table}" SET {sets} WHERE id = ?', params)
    conn.executemany(f"INSERT INTO change_log VALUES ({','.join('?' * len(log_rows[0]))})", log_rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


# -- the run --------------------------------------------------------------------------------------


class TimedBackup(SyncService):
    """The sync service, noting how long its safety copy took (made on a thread beside the
    first package) and how long it held the import up (until what it copies was fixed,
    and at the first commit, until it was complete)."""

    backup_seconds = 0.0
    copy_seconds = 0.0

    def _backup(self, fixed: threading.Event) -> Path:
        started = time.perf_counter()
        try:
            return super()._backup(fixed)
        finally:
            self.copy_seconds = time.perf_counter() - started

    def _start_backup(self) -> None:
        started = time.perf_counter()
        try:
            super()._start_backup()
        finally:
            self.backup_seconds += time.perf_counter() - started

    def _await_backup(self, report: SyncReport) -> None:
        started = time.perf_counter()
        try:
            super()._await_backup(report)
        finally:
            self.backup_seconds += time.perf_counter() - started


def timed_sync(store: Store, key: ProgrammeKey, exchange: Path) -> tuple[float, SyncReport, float, float]:
    service = TimedBackup(store, key=key)
    settle()
    started = time.perf_counter()
    report = service.sync(exchange)
    elapsed = time.perf_counter() - started
    if not report.ok:
        raise SystemExit(f"sync failed: {report.refused} {report.problems}")
    return elapsed, report, service.backup_seconds, service.copy_seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=parse_size, default=DEFAULT_SIZE, help="entrepreneurs (default 100k)")
    parser.add_argument("--workdir", type=Path, help="directory for the databases (default: a new temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    n: int = args.size
    made_workdir = args.workdir is None
    workdir: Path = args.workdir or Path(tempfile.mkdtemp(prefix="hubdesk-bench-sync-"))
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("HUBDESK_DATA_DIR", str(workdir / "data"))
    log(f"databases in {workdir}")
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    key = ProgrammeKey.generate()
    try:
        source = open_store(workdir / "source.sqlite")
        target = open_store(workdir / "target.sqlite")
        setup = init_node(source, key, hub_name=HUB, node_name="bron", worker_name="Bench", username="bench")
        init_node(target, key, hub_name=HUB, node_name="doel")
        actor = Actor(setup.worker_id, setup.hub_id)
        pragmas = store_pragmas(source)
        log(f"filling the source with {n:,} entrepreneurs")
        rows_filled = fill(source, actor, n, args.seed)
        target.engine.dispose()
        raw_target = workdir / "raw-target.sqlite"
        shutil.copyfile(workdir / "target.sqlite", raw_target)
        exchange = workdir / "exchange"
        exchange.mkdir()

        log("export")
        export_s, export_report, _, _ = timed_sync(source, key, exchange)
        log("raw export")
        raw_export_s, raw_export_n = raw_export(
            workdir / "source.sqlite", workdir / "raw-exchange", source.node_id.hex, pragmas
        )
        log("import")
        import_s, import_report, import_backup_s, _ = timed_sync(target, key, exchange)
        log("raw import")
        raw_import_s, raw_import_rows = raw_import(
            workdir / "source.sqlite", raw_target, source.node_id.hex, n, pragmas
        )
        with sqlite3.connect(workdir / "target.sqlite") as conn:
            got = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("persons", "guidance_steps")}
        if got != {"persons": n, "guidance_steps": 3 * n}:
            raise SystemExit(f"the target does not hold what was sent: {got}")

        SyncService(source, key=key, backups=False).sync(exchange)  # takes the target's set-up: not timed
        log("first delta: 1,000 changes on the source")
        make_delta(source, actor, args.seed)
        timed_sync(source, key, exchange)
        first_delta_s, _, _, first_delta_copy_s = timed_sync(target, key, exchange)
        with sqlite3.connect(workdir / "source.sqlite") as conn:
            since = conn.execute("SELECT max(lamport) FROM change_log").fetchone()[0]
        log("periodic delta: 1,000 changes on the source")
        make_delta(source, actor, args.seed + 1)
        delta_export_s, delta_export_report, _, _ = timed_sync(source, key, exchange)
        delta_import_s, delta_import_report, delta_backup_s, delta_copy_s = timed_sync(target, key, exchange)
        log("raw delta")
        raw_delta_s = raw_delta(workdir / "source.sqlite", raw_target, source.node_id.hex, since, pragmas)
        size_mb = (workdir / "target.sqlite").stat().st_size / 1e6
        source.dispose()
        target.dispose()
    finally:
        if made_workdir and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    scale = n / LIMIT_SIZE
    tag = size_tag(n)
    delta_import_no_backup = delta_import_s - delta_backup_s
    lines = [
        Line(f"export @{tag} ({export_report.exported_changes:,} changes, {export_report.exported_packages} packages)",
             seconds(export_s), f"<= {EXPORT_LIMIT * scale:.0f} s; raw {seconds(raw_export_s)}",
             "PASS" if export_s <= EXPORT_LIMIT * scale else "FAIL"),
        Line(f"import @{tag} ({import_report.applied:,} changes, {import_report.imported_packages} packages)",
             seconds(import_s), f"<= {IMPORT_LIMIT * scale:.0f} s; raw {seconds(raw_import_s)}",
             "PASS" if import_s <= IMPORT_LIMIT * scale else "FAIL"),
        Line("first delta after the bulk import (its safety copy is a whole copy)", seconds(first_delta_s),
             f"copy {seconds(first_delta_copy_s)}", "info"),
        Line(f"delta export ({delta_export_report.exported_changes:,} changes)", seconds(delta_export_s),
             f"<= {DELTA_LIMIT:.0f} s", "PASS" if delta_export_s <= DELTA_LIMIT else "FAIL"),
        Line(f"delta import ({delta_import_report.applied:,} changes), without the backup",
             seconds(delta_import_no_backup), f"<= {DELTA_LIMIT:.0f} s; raw {seconds(raw_delta_s)}",
             "PASS" if delta_import_no_backup <= DELTA_LIMIT else "FAIL"),
        Line(f"  its safety copy beside it ({size_mb:,.0f} MB database: the last sync's copy brought up to date)",
             seconds(delta_copy_s), f"held the import up {seconds(delta_backup_s)}", "info"),
        Line("delta import with its backup", seconds(delta_import_s), f"<= {DELTA_LIMIT:.0f} s",
             "PASS" if delta_import_s <= DELTA_LIMIT else "FAIL"),
    ]  # fmt: skip
    print(
        f"hubdesk {hubdesk.__version__} | Python {platform.python_version()} | SQLite {sqlite3.sqlite_version} | "
        f"{os.cpu_count()} CPUs | {time.perf_counter() - started:.0f} s | "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    print("pragmas (both sides): " + ", ".join(f"{k}={v}" for k, v in pragmas.items()))
    print(f"source filled with {rows_filled:,} rows (records, change log, index); raw export {raw_export_n:,} rows, "
          f"raw import {raw_import_rows:,} rows; backup before the first import "
          f"{seconds(import_backup_s)}\n")  # fmt: skip
    header = Line("figure", "measured", "limit / raw baseline", "verdict")
    widths = [max(len(getattr(r, f)) for r in (header, *lines)) + 3 for f in ("figure", "measured", "limit")]
    for r in (header, *lines):
        print(f"{r.figure:<{widths[0]}}{r.measured:<{widths[1]}}{r.limit:<{widths[2]}}{r.verdict}".rstrip())
    failed = sum(1 for r in lines if r.verdict == "FAIL")
    print(f"\n{sum(1 for r in lines if r.verdict == 'PASS')} PASS, {failed} FAIL")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
