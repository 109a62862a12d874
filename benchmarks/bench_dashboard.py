"""Benchmark of the programme indicators (``IndicatorService.figures``), which open the
coordinators' dashboard, against the same SQL run raw on ``sqlite3``, in the same run.

Run from the repository root::

    .venv/bin/python benchmarks/bench_dashboard.py --db /tmp/bcore/hubdesk-1M.sqlite --workdir /tmp/dash
    .venv/bin/python benchmarks/bench_dashboard.py --db /tmp/bcore/hubdesk-1M.sqlite --workdir /tmp/dash --reuse
    .venv/bin/python benchmarks/bench_dashboard.py --db SOME-HEAD-DATABASE.sqlite        # measure it as it is

``--db`` is a filled hubdesk database, e.g. the 1M one ``bench_core.py`` leaves. It is
never written to. If it is not at the newest schema (or ``--workdir`` is given), a
copy is made in ``--workdir`` (SQLite's backup API; about as large as the database),
migrated to the newest schema with Alembic (no before-upgrade backup), and, where
the impact register and event tables are empty (databases from before 0007),
filled with plain ``executemany``: per 1,000 entrepreneurs 2 events with 40
attendances, 20 recognitions, 10 procurement matches, 10 work placements, and 300
stage changes, spread over the three years of visits. ``--reuse`` measures an
existing copy again.

Then, for one quarter (``--quarter``, default: the last complete quarter before the
newest visit), it calls ``IndicatorService.figures`` by programme, by stadsdeel and
by hub, and beside each call the same SQL statements the service sent (captured
once), executed on a plain ``sqlite3`` connection with the store's pragmas with all
rows fetched: the database's share of the time. The calls are interleaved, so
other load on the machine hits both; the first round (cold caches) is reported
apart. These computations are printed as information: the dashboard no longer waits
for them when it opens, they run in the background (refresh, warming, export).

Opening the dashboard (issue #9: at most 1 s) is measured as the view does it: the
time from its request to having every figure it shows, through the same service
path (``indicator_snapshots.collect_stored``: role check, names, the stored figures
of the programme and per stadsdeel, the data mark that tells whether they are up
to date), p50 and p95 over ``--open-rounds``, beside the raw SQL of the same
indicators (programme + per stadsdeel). The stored figures are made first with
``collect_refreshed`` (so this writes ``indicator_snapshots`` in the database measured;
the schema 0009 table, derived data) as a coordinator of the database. When they
are not up to date, the dashboard shows them at once and has the new ones after the
time printed as "refresh" (information).

The table goes to stdout, progress to stderr; exit status 1 when a line FAILs.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hubdesk.services import indicator_snapshots as snaps  # noqa: E402
from hubdesk.services.indicators import Filter, IndicatorService, Period  # noqa: E402
from hubdesk.services.store import (  # noqa: E402
    BUSY_TIMEOUT_MS,
    CACHE_KIB,
    Actor,
    Store,
    alembic_config,
    head_revision,
    sqlite_engine,
)

LIMIT_S = 1.0
GROUPINGS = ("programme", "stadsdeel", "hub")
OPENING = ("programme", "stadsdeel")  # what the dashboard opens with ("Total only" and its chart)


def log(message: str) -> None:
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def revision_of(path: Path) -> str | None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def make_work_copy(source: Path, workdir: Path, reuse: bool) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / f"{source.stem}-dashboard.sqlite"
    if reuse and target.exists():
        log(f"reusing {target}")
    else:
        log(f"copying {source} to {target} (backup API)")
        part = target.with_name(target.name + ".part")
        part.unlink(missing_ok=True)
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(part)
        try:
            src.backup(dst, pages=65536)
        finally:
            dst.close()
            src.close()
        part.replace(target)
    if revision_of(target) != head_revision():
        log(f"migrating {target} to {head_revision()}")
        engine = sqlite_engine(target)
        with engine.connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), "head")
        engine.dispose()
    fill_impact(target)
    return target


def fill_impact(path: Path, seed: int = 7) -> None:
    """Synthetic impact register, events and stage changes where those tables are empty."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    try:
        if conn.execute("SELECT count(*) FROM recognitions").fetchone()[0]:
            return
        rng = random.Random(seed)
        persons = conn.execute("SELECT count(*) FROM persons").fetchone()[0]
        lo, hi = conn.execute("SELECT min(at), max(at) FROM visits").fetchone()
        first, last = dt.date.fromisoformat(lo[:10]), dt.date.fromisoformat(hi[:10])
        span = (last - first).days

        def day() -> str:
            return (first + dt.timedelta(days=rng.randrange(span + 1))).isoformat()

        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        node = conn.execute("SELECT node_id FROM node_state").fetchone()[0]
        hubs = [h for (h,) in conn.execute("SELECT id FROM hubs")]
        k = max(1, persons // 1000)
        log(f"filling impact tables for {persons:,} entrepreneurs")
        meta = (1, now, now, node)
        ents = [e for (e,) in conn.execute(f"SELECT id FROM enterprises ORDER BY random() LIMIT {40 * k}")]
        people = [p for (p,) in conn.execute(f"SELECT id FROM persons ORDER BY random() LIMIT {40 * k}")]
        trajs = [t for (t,) in conn.execute(f"SELECT id FROM trajectories ORDER BY random() LIMIT {300 * k}")]
        events = []
        for _ in range(2 * k):
            events.append(
                (
                    uuid.uuid4().hex,
                    *meta,
                    rng.choice(hubs),
                    "Event",
                    rng.choice(["workshop", "social_impact_night", "buy_social_marketplace", "network_meeting"]),
                    day(),
                    None,
                    rng.randrange(20),
                )
            )
        insert(conn, "programme_events", "hub_id, name, kind, held_on, stadsdeel, guests", events)
        insert(
            conn,
            "event_attendances",
            "hub_id, event_id, person_id",
            [(uuid.uuid4().hex, *meta, ev[5], ev[0], p) for p in people for ev in [rng.choice(events)]],
        )
        insert(
            conn,
            "recognitions",
            "enterprise_id, kind, awarded_on",
            [
                (
                    uuid.uuid4().hex,
                    *meta,
                    rng.choice(ents),
                    rng.choice(["code_register", "code_aspirant", "se_nl_member", "pso", "kip_sroi_badge"]),
                    day(),
                )
                for _ in range(20 * k)
            ],
        )
        insert(
            conn,
            "procurement_matches",
            "enterprise_id, buyer, route, kind, value_band, matched_on",
            [
                (
                    uuid.uuid4().hex,
                    *meta,
                    rng.choice(ents),
                    "Buyer",
                    rng.choice(["kip", "buy_social", "direct"]),
                    rng.choice(["sroi_purchase", "subcontract", "social_purchase"]),
                    rng.choice(["under_5k", "5k_25k", "25k_100k", "over_100k"]),
                    day(),
                )
                for _ in range(10 * k)
            ],
        )
        insert(
            conn,
            "work_placements",
            "enterprise_id, kind, target_group, places_offered, places_filled, period_start",
            [
                (
                    uuid.uuid4().hex,
                    *meta,
                    rng.choice(ents),
                    rng.choice(["youth_work_experience", "internship", "job"]),
                    rng.choice(["doelgroepregister", "participatiewet", "ww", "early_school_leaver"]),
                    3,
                    rng.randrange(4),
                    day(),
                )
                for _ in range(10 * k)
            ],
        )
        if not conn.execute("SELECT count(*) FROM stage_changes").fetchone()[0]:
            insert(
                conn,
                "stage_changes",
                "trajectory_id, from_stage, to_stage, changed_on",
                [(uuid.uuid4().hex, *meta, t, "idea", "starting", day()) for t in trajs],
            )
        conn.commit()
    finally:
        conn.close()


def insert(conn: sqlite3.Connection, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
    """Rows that start with the replicated columns (id, version, created_at, updated_at, node)."""
    names = f"id, version, created_at, updated_at, updated_by_node, {columns}"
    marks = ", ".join("?" * len(names.split(",")))
    conn.executemany(f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})", rows)


class Capture:
    """The statements (with their DB-API parameters) an engine sends while active."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.statements: list[tuple[str, Any]] = []

    def _listen(self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            self.statements.append((statement, parameters))

    def __enter__(self) -> Capture:
        event.listen(self.engine, "before_cursor_execute", self._listen)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._listen)


def raw_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        "journal_mode=WAL",
        "foreign_keys=ON",
        f"busy_timeout={BUSY_TIMEOUT_MS}",
        "synchronous=FULL",
        f"cache_size=-{CACHE_KIB}",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def run_raw(conn: sqlite3.Connection, statements: list[tuple[str, Any]]) -> int:
    rows = 0
    conn.execute("BEGIN")
    try:
        for sql, params in statements:
            rows += len(conn.execute(sql, params).fetchall())
    finally:
        conn.execute("COMMIT")
    return rows


def timed(func: Callable[[], Any]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def default_quarter(path: Path) -> Period:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        newest = conn.execute("SELECT max(at) FROM visits").fetchone()[0]
    finally:
        conn.close()
    day = dt.date.fromisoformat(newest[:10]) if newest else dt.date.today()
    current = Period.containing(day)
    return Period.containing(current.start - dt.timedelta(days=1))


def parse_quarter(text: str) -> Period:
    year, _, q = text.upper().partition("-Q")
    return Period.quarter(int(year), int(q))


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]  # nearest rank


def measure_opening(store: Store, actor: Actor, flt: Filter, rounds: int) -> tuple[list[float], float, bool]:
    """Opening the dashboard from stored figures, as the view asks for them: the times of
    ``rounds`` openings, the time the refresh took that stored them, and whether the
    stored figures were up to date (they must be: nothing changed in between)."""
    started = time.perf_counter()
    computed = snaps.collect_refreshed(store, actor, flt, by=OPENING[1:])
    refresh = time.perf_counter() - started
    times: list[float] = []
    fresh = True
    for _ in range(rounds):
        started = time.perf_counter()
        stored = snaps.collect_stored(store, actor, flt, by=OPENING[1:])
        times.append(time.perf_counter() - started)
        fresh = fresh and stored is not None and stored.fresh and stored.figure_set.programme == computed.programme
    log(f"opening from stored figures: p50 {statistics.median(times) * 1000:.1f} ms, refresh {refresh:.2f} s")
    return times, refresh, fresh


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=Path("/tmp/bcore/hubdesk-1M.sqlite"))
    ap.add_argument("--workdir", type=Path, help="make (or with --reuse, reuse) a migrated copy here")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--quarter", type=parse_quarter, help="e.g. 2026-Q3")
    ap.add_argument("--rounds", type=int, default=5, help="measured rounds after the cold one")
    ap.add_argument("--open-rounds", type=int, default=50, help="measured openings from stored figures")
    args = ap.parse_args()
    if not args.db.exists():
        ap.error(f"no database at {args.db}")
    path = args.db
    if args.workdir is not None:
        path = make_work_copy(args.db, args.workdir, args.reuse)
    elif revision_of(path) != head_revision():
        ap.error(f"{path} is at schema {revision_of(path)}, not {head_revision()}: give --workdir for a migrated copy")

    quarter = args.quarter or default_quarter(path)
    engine = sqlite_engine(path)
    store = Store(engine, str(path), uuid.uuid4())
    service = IndicatorService(store)
    raw = raw_connect(path)
    flt = Filter(quarter)
    load_before = os.getloadavg()[0]
    persons = raw.execute("SELECT count(*) FROM persons").fetchone()[0]

    statements: dict[str, list[tuple[str, Any]]] = {}
    cold: dict[str, tuple[float, float]] = {}
    figures: dict[str, int] = {}
    for by in GROUPINGS:
        with Capture(engine) as cap:
            started = time.perf_counter()
            figures[by] = len(service.figures(flt, by=by))  # type: ignore[arg-type]
            service_cold = time.perf_counter() - started
        statements[by] = cap.statements
        cold[by] = (service_cold, timed(lambda: run_raw(raw, statements[by])))  # noqa: B023
        log(f"{by}: cold {cold[by][0]:.2f} s, raw {cold[by][1]:.2f} s")
    samples: dict[str, tuple[list[float], list[float]]] = {by: ([], []) for by in GROUPINGS}
    for r in range(args.rounds):
        for by in GROUPINGS:
            samples[by][0].append(timed(lambda: service.figures(flt, by=by)))  # type: ignore[arg-type]  # noqa: B023
            samples[by][1].append(timed(lambda: run_raw(raw, statements[by])))  # noqa: B023
        log(f"round {r + 1}/{args.rounds}")
    coordinator = raw.execute(
        "SELECT id, hub_id FROM workers WHERE role IN ('coordinator', 'admin') AND active = 1 "
        "AND deleted_at IS NULL LIMIT 1"
    ).fetchone()
    if coordinator is None:
        log("no coordinator or admin in the database: opening from stored figures not measured")
        opening = None
    else:
        opening = measure_opening(
            store, Actor(uuid.UUID(hex=coordinator[0]), uuid.UUID(hex=coordinator[1])), flt, args.open_rounds
        )
    load_after = os.getloadavg()[0]

    print(
        f"hubdesk indicators | Python {platform.python_version()} | SQLite {sqlite3.sqlite_version} | "
        f"{os.cpu_count()} CPUs | load average {load_before:.1f} before, {load_after:.1f} after"
    )
    print(f"database {path} | {persons:,} entrepreneurs | quarter {quarter.label} | {args.rounds} rounds, interleaved")
    print()
    failed = 0
    raw_opening = [sum(pair) for pair in zip(*(samples[by][1] for by in OPENING), strict=True)]
    print(
        f"{'opening the dashboard':<40} {'p50':>9} {'p95':>9} {'max':>9}  {'limit':>6}  "
        f"{'raw SQL of the same indicators p50':>34}  verdict"
    )
    if opening is None:
        print(f"{'(from stored figures)':<40} not measured (no coordinator)")
        failed += 1
    else:
        times, refresh, fresh = opening
        p50, p95 = statistics.median(times), percentile(times, 95)
        verdict = "PASS" if p95 <= LIMIT_S and fresh else "FAIL"
        failed += verdict == "FAIL"
        print(
            f"{f'(from stored figures, {len(times)} openings)':<40} "
            f"{p50 * 1000:>6.1f} ms {p95 * 1000:>6.1f} ms "
            f"{max(times) * 1000:>6.1f} ms  {LIMIT_S:>4.1f} s  {statistics.median(raw_opening):>32.3f} s  {verdict}"
        )
        print(
            f"{'  information: refresh (compute + store)':<40} {refresh:>7.2f} s  - when the stored figures are not"
            " up to date, the new ones replace them after this long ('updating…')"
        )
    print()
    print("information - computing afresh (refresh, warming, export; not what opening the dashboard waits for):")
    print(
        f"{'figures() by':<12} {'figures':>7} {'statements':>10}  {'service p50':>11} {'max':>7}  "
        f"{'raw SQL p50':>11} {'max':>7}  {'cold svc/raw':>13}"
    )
    for by in GROUPINGS:
        svc, rw = samples[by]
        print(
            f"{by:<12} {figures[by]:>7} {len(statements[by]):>10}  {statistics.median(svc):>9.3f} s "
            f"{max(svc):>5.2f} s  {statistics.median(rw):>9.3f} s {max(rw):>5.2f} s  "
            f"{cold[by][0]:>5.2f}/{cold[by][1]:.2f} s"
        )
    print()
    print(
        "raw SQL: the service's own statements on a plain sqlite3 connection, all rows fetched, one after the\n"
        "other; the service runs its reach query on a second connection beside the others (2 threads)."
    )
    engine.dispose()
    raw.close()
    return 1 if failed else 0


if __name__ == "__main__":
    shutil.disk_usage(".")  # (fail early on a missing working directory)
    sys.exit(main())
