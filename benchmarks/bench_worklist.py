"""Benchmark of the worklist query (``GuidanceService.worklist``) against the same query in raw SQL.

Run from the repository root::

    .venv/bin/python benchmarks/bench_worklist.py                        # 1M persons, 5M steps
    .venv/bin/python benchmarks/bench_worklist.py --sizes 10k            # a quick run (10k persons, 50k steps)
    .venv/bin/python benchmarks/bench_worklist.py --sizes 1M:5M --workdir /tmp/wl --keep
    .venv/bin/python benchmarks/bench_worklist.py --sizes 1M:5M --workdir /tmp/wl --reuse   # measuring only

The 1M:5M run takes about 15 minutes on 2 cores, the load about 3 of them (3.5 GB
of disk); most of the rest is the service's worklist as it reads today (2 s a call).
A kept database made before a schema change is migrated when reused, after a copy
of it in ``--workdir``/backups.

A size is ``PERSONS[:STEPS]`` (steps default to 5 per person); there are 1.2
trajectories per person. For every size a hubdesk database is made with
``open_store`` (so it has the schema and indexes of the migrations) and filled as a
benchmark fixture: five hubs (one per stadsdeel, the busiest with 30% of the
entrepreneurs) with 60 workers set up through the ORM, then persons, trajectories
and guidance steps written with plain ``executemany`` (``synchronous=OFF``,
``journal_mode=OFF``, secondary indexes built after the load, no change log). The
data is made from ``--seed``, around a fixed "today" (the store's clock is
injected). The mix, as hub data looks after years of use:

- 6% of the trajectories are current (85% of those open, 12% paused, 3% closed
  early); the rest are history, closed, except 2% that were never closed;
- steps of closed trajectories are done (85%) or cancelled; in open and paused
  ones the past steps are done (85%), cancelled (3%) or still planned (overdue),
  the future ones planned; 3% of planned steps have no date, 8% no assignee;
  0.3% of all steps are deleted (tombstones).

So most steps are historical and a few percent planned; the counts are printed.
Then it measures ``GuidanceService.worklist`` for ``Scope.MINE`` (the worker with
the median worklist of all workers) and ``Scope.HUB`` (the hub with the longest
worklist), beside the equivalent raw SQL on a plain ``sqlite3`` connection with the
store's pragmas: the same filters, order and limits, joined to fetch the columns
of a ``StepRow``. The raw twin is whichever of ``RAW_SHAPES`` reads exactly the
steps the service shows: as the service reads today (no limits), or per heading
with ``WORKLIST_LIMIT`` (the change this benchmark's findings propose); if neither
does, the run stops. Service and raw calls are interleaved, so other load on the
machine hits both. Garbage collection runs as in the desktop app (``--gc app``:
start-up objects frozen, collections between calls, see
``hubdesk.views.diagnostics``) or automatically inside the calls, as the command
line runs (``--gc auto``). Target: p95 <= 100 ms.

It prints the query plans (``EXPLAIN QUERY PLAN``) of the raw queries and of the
statements the service sends, then the table. The table goes to stdout, progress
to stderr; the exit status is 1 when a line FAILs, else 0.

Not part of the test suite: pytest collects only ``tests/``.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import datetime as dt
import functools
import gc
import itertools
import json
import math
import os
import platform
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import tomllib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

import hubdesk
from hubdesk.models.enums import CloseReason, Role, Stadsdeel, Stage, StepStatus, TrajectoryStatus
from hubdesk.models.guidance import StepType
from hubdesk.models.org import Hub, Node, NodeState, Worker
from hubdesk.models.reference import reference
from hubdesk.resources import resource_path
from hubdesk.services.bulk import produce_in_subprocess
from hubdesk.services.guidance import WEEK, WORKLIST_LIMIT, GuidanceService, Scope, Worklist
from hubdesk.services.setup import seed_reference
from hubdesk.services.store import Actor, Store, head_revision, open_store

DEFAULT_SIZES = ((1_000_000, 5_000_000),)
STEPS_PER_PERSON = 5
TRAJECTORIES_PER_PERSON = 1.2
P95_LIMIT_MS = 100.0

# The store's clock: a fixed moment, so "today" (and what is due) is the same in every run.
NOW = dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.UTC)
TODAY = NOW.astimezone().date()  # as GuidanceService.today() derives it

# The fixture: hubs (share of the entrepreneurs, workers), and the mix of trajectories and steps.
HUBS = (
    (Stadsdeel.SCHALKWIJK, "Cityhub Schalkwijk", 0.30, 18),
    (Stadsdeel.NOORD, "Cityhub Noord", 0.22, 13),
    (Stadsdeel.OOST, "Cityhub Oost", 0.18, 11),
    (Stadsdeel.ZUID_WEST, "Cityhub Zuid-West", 0.17, 10),
    (Stadsdeel.CENTRUM, "Cityhub Centrum", 0.13, 8),
)
HISTORY_DAYS = 8 * 365  # trajectories ended up to this long ago (more of them recently)
P_CURRENT = 0.06  # trajectories running today ...
P_CURRENT_OPEN = 0.85  # ... of which open,
P_CURRENT_PAUSED = 0.12  # paused, and the rest closed early
P_NEVER_CLOSED = 0.02  # historical trajectories left open
P_PAST_DONE = 0.85  # past steps of open/paused trajectories: done,
P_PAST_CANCELLED = 0.03  # cancelled, or else still planned (overdue)
P_CLOSED_DONE = 0.85  # steps of closed trajectories: done, else cancelled
P_NO_DATE = 0.03  # planned steps without a due date
P_UNASSIGNED = 0.08  # planned steps without an assignee
P_OTHER_ASSIGNEE = 0.05  # steps assigned to another worker of the hub than the lead
P_DELETED = 0.003  # tombstoned steps
STEP_GAP = (7, 42)  # days between the steps of a trajectory
CHUNK = 10_000  # persons per generated batch
COMMIT_ROWS = 500_000  # rows per transaction of the fixture load
PROCESS_THRESHOLD = 50_000  # persons from which batches are made in a second process

LOAD_PRAGMAS = ("journal_mode=OFF", "synchronous=OFF", "cache_size=-1000000", "temp_store=MEMORY")
STORE_PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "cache_size", "mmap_size", "temp_store")
LOADED_TABLES = ("persons", "trajectories", "guidance_steps")

PERSON_COLUMNS = tuple(
    "id hub_id given_name infix family_name email phone_e164 preferred_language home_postcode stadsdeel "
    "wijk birth_year income_situation pseudonym_id registered_at last_contact_at retention_until version "
    "created_at updated_at updated_by_node deleted_at".split()
)
TRAJECTORY_COLUMNS = tuple(
    "id person_id enterprise_id hub_id lead_worker_id opened_on closed_on status stage_at_start "
    "stage_at_end programme_tags close_reason route_id version created_at updated_at updated_by_node "
    "deleted_at".split()
)
STEP_COLUMNS = tuple(
    "id trajectory_id hub_id step_type status due_on done_on assignee_id minutes outcome notes version "
    "created_at updated_at updated_by_node deleted_at".split()
)
INSERTS = {
    table: f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    for table, cols in (
        ("persons", PERSON_COLUMNS),
        ("trajectories", TRAJECTORY_COLUMNS),
        ("guidance_steps", STEP_COLUMNS),
    )
}

# The worklist in raw SQL: the service's filters and order, joined to the columns of a StepRow.
RAW_SELECT = (
    "SELECT gs.id, gs.version, gs.trajectory_id, t.person_id, p.given_name, p.infix, p.family_name, "
    "gs.step_type, gs.status, gs.due_on, gs.done_on, gs.assignee_id, w.name "
    "FROM guidance_steps gs "
    "JOIN trajectories t ON t.id = gs.trajectory_id "
    "JOIN persons p ON p.id = t.person_id "
    "LEFT JOIN workers w ON w.id = gs.assignee_id "
    "WHERE gs.hub_id = :hub AND gs.status = 'planned' AND gs.deleted_at IS NULL AND t.status = 'open' "
)
MINE_ONLY = {Scope.MINE: "AND gs.assignee_id = :worker ", Scope.HUB: ""}
ASSIGNED = {Scope.MINE: "AND gs.assignee_id = :worker ", Scope.HUB: "AND gs.assignee_id IS NOT NULL "}
# Two shapes of the service's reading, the raw twin being the one the service's result matches:
# as it reads today (every step due, all unassigned ones), and as proposed in the benchmark's
# findings (per heading at most WORKLIST_LIMIT, unassigned ones of the same period only).
RAW_SHAPES: dict[str, Callable[[Scope], list[tuple[str, str]]]] = {
    "no limits": lambda scope: [
        ("due", RAW_SELECT + "AND gs.due_on <= :horizon " + MINE_ONLY[scope] + "ORDER BY gs.due_on"),
        ("unassigned", RAW_SELECT + "AND gs.assignee_id IS NULL ORDER BY gs.due_on NULLS LAST"),
    ],
    "per heading, limited": lambda scope: [
        ("overdue", RAW_SELECT + "AND gs.due_on < :today " + ASSIGNED[scope] + "ORDER BY gs.due_on LIMIT :limit"),
        (
            "today and this week",
            RAW_SELECT
            + "AND gs.due_on BETWEEN :today AND :horizon "
            + ASSIGNED[scope]
            + "ORDER BY gs.due_on LIMIT :limit",
        ),
        (
            "unassigned",
            RAW_SELECT + "AND gs.assignee_id IS NULL AND (gs.due_on <= :horizon OR gs.due_on IS NULL) "
            "ORDER BY gs.due_on NULLS LAST LIMIT :limit",
        ),
    ],
}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- measuring ------------------------------------------------------------------------------------


def percentile(samples: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p95 of 200 samples is the 190th smallest)."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Timings:
    """Durations in milliseconds."""

    samples: list[float] = field(default_factory=list)

    @property
    def p50(self) -> float:
        return percentile(self.samples, 50)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)

    @property
    def max(self) -> float:
        return max(self.samples)


@dataclass(frozen=True)
class Line:
    figure: str
    measured: str
    limit: str
    verdict: str  # PASS, FAIL or info


def check(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def ms(value: float) -> str:
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def count_tag(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def size_tag(size: tuple[int, int]) -> str:
    return f"{count_tag(size[0])}/{count_tag(size[1])}"


def parse_count(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    factor = {"k": 1000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def parse_sizes(text: str) -> list[tuple[int, int]]:
    """``1M:5M,10k`` -> [(1000000, 5000000), (10000, 50000)]."""
    sizes = []
    try:
        for part in text.split(","):
            persons_text, _, steps_text = part.partition(":")
            n = parse_count(persons_text)
            sizes.append((n, parse_count(steps_text) if steps_text else STEPS_PER_PERSON * n))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 1M:5M or 10k)") from exc
    for n, steps in sizes:
        if n < 100 or not trajectory_count(n) <= steps <= 10 * trajectory_count(n):
            raise argparse.ArgumentTypeError(
                "sizes need at least 100 persons and 1 to 10 steps per trajectory (1.2 per person), e.g. 10k:50k"
            )
    return sizes


def trajectory_count(persons: int) -> int:
    return round(TRAJECTORIES_PER_PERSON * persons)


def file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.name[len(path.name) :] in ("", "-wal"))


def human_bytes(n: int) -> str:
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.1f} MB"


# -- the fixture ------------------------------------------------------------------------------------------


def uuid_maker(rng: random.Random) -> Callable[[], str]:
    """Seeded version-4 UUIDs in their stored form (32 hex digits)."""
    bits = rng.getrandbits
    clear = ~((0xF000 << 64) | (0xC000 << 48))
    mark = (0x4000 << 64) | (0x8000 << 48)

    def make() -> str:
        return f"{(bits(128) & clear) | mark:032x}"

    return make


@dataclass(frozen=True)
class FixturePlan:
    """What the batch producer needs (picklable: it may run in another process)."""

    persons: int
    trajectories: int
    steps: int
    seed: int
    node: str
    hubs: list[tuple[str, str, float]]  # (hub id, stadsdeel, share of persons)
    workers: dict[str, list[tuple[str, float]]]  # hub id -> (worker id, share of the hub's trajectories)
    step_codes: list[str]


@dataclass
class FixtureBatch:
    persons_done: int
    rows: dict[str, list[tuple[Any, ...]]]


def _cumulative(weights: Sequence[float]) -> list[float]:
    cum = list(itertools.accumulate(weights))
    return [c / cum[-1] for c in cum]


def fixture_batches(plan: FixturePlan) -> Iterator[FixtureBatch]:
    """Rows for persons, trajectories and steps, :data:`CHUNK` persons at a time.

    Every batch gets its exact share of trajectories and steps, so the totals are
    exactly as asked; within a batch they are spread at random.
    """
    rng = random.Random(plan.seed)
    rand = rng.random
    new_id = uuid_maker(rng)
    with resource_path("demo", "names.toml").open("rb") as fh:
        names = tomllib.load(fh)
    given_names: list[str] = names["given_names"]
    family_names: list[list[str]] = names["family_names"]
    areas: dict[str, list[str]] = {}
    for pc, sd in reference().postcode_areas.items():
        areas.setdefault(sd.value, []).append(pc)
    wijken = {sd.value: ws for sd, ws in reference().wijken.items()}
    hub_cum = _cumulative([share for _, _, share in plan.hubs])
    worker_lists = {hub: [w for w, _ in ws] for hub, ws in plan.workers.items()}
    worker_cum = {hub: _cumulative([share for _, share in ws]) for hub, ws in plan.workers.items()}
    stages = [s.value for s in Stage]
    reasons = [r.value for r in CloseReason]
    codes = plan.step_codes
    node = plan.node
    first_day = TODAY - dt.timedelta(days=HISTORY_DAYS + 3000)
    days = [(first_day + dt.timedelta(days=k)).isoformat() for k in range(HISTORY_DAYS + 6000)]
    stamps = [d + " 09:30:00.000000" for d in days]
    today = (TODAY - first_day).days  # dates are day numbers from here on: days[n] is the text
    gap_lo, gap_span = STEP_GAP[0], STEP_GAP[1] - STEP_GAP[0] + 1
    planned, done, cancelled = StepStatus.PLANNED.value, StepStatus.DONE.value, StepStatus.CANCELLED.value
    t_open, t_paused, t_closed = (s.value for s in TrajectoryStatus)
    n_total, t_total, s_total = plan.persons, plan.trajectories, plan.steps

    for start in range(0, n_total, CHUNK):
        end = min(n_total, start + CHUNK)
        n = end - start
        t_count = t_total * end // n_total - t_total * start // n_total
        s_count = s_total * end // n_total - s_total * start // n_total
        owned = [0] * n
        for i in rng.choices(range(n), k=t_count):
            owned[i] += 1
        step_counts = [1] * t_count
        for j in rng.choices(range(t_count), k=s_count - t_count):
            step_counts[j] += 1
        persons: list[tuple[Any, ...]] = []
        trajectories: list[tuple[Any, ...]] = []
        steps: list[tuple[Any, ...]] = []
        j = 0
        for i in range(n):
            hub, stadsdeel, _ = plan.hubs[bisect.bisect(hub_cum, rand())]
            workers, w_cum = worker_lists[hub], worker_cum[hub]
            person_id = new_id()
            registered = today - int(rng.triangular(0, HISTORY_DAYS, 0))
            last_contact = registered
            for _ in range(owned[i]):
                count = step_counts[j]
                j += 1
                gaps = [gap_lo + int(rand() * gap_span) for _ in range(count)]
                span = sum(gaps)
                closed_on = None
                if rand() < P_CURRENT:
                    opened = today - int(rand() * span)
                    r = rand()
                    status = (
                        t_open
                        if r < P_CURRENT_OPEN
                        else t_paused
                        if r < P_CURRENT_OPEN + P_CURRENT_PAUSED
                        else t_closed
                    )
                    if status == t_closed:
                        closed_on = today - int(rand() * (today - opened + 1))
                else:
                    ended = today - 14 - int(rng.triangular(0, HISTORY_DAYS, 0))
                    opened = max(31, ended - span)
                    if rand() < P_NEVER_CLOSED:
                        status = t_open
                    else:
                        status = t_closed
                        closed_on = ended + int(rand() * 14)
                registered = min(registered, opened - int(rand() * 30))
                last_contact = max(last_contact, min(today, opened + span) if closed_on is None else closed_on)
                lead = workers[bisect.bisect(w_cum, rand())]
                trajectory_id = new_id()
                trajectories.append(
                    (
                        trajectory_id,
                        person_id,
                        None,
                        hub,
                        lead,
                        days[opened],
                        None if closed_on is None else days[closed_on],
                        status,
                        stages[int(rand() * len(stages))],
                        None,
                        "[]",
                        None if closed_on is None else reasons[int(rand() * len(reasons))],
                        None,
                        1 if closed_on is None else 2,
                        stamps[opened],
                        stamps[opened if closed_on is None else closed_on],
                        node,
                        None,
                    )
                )
                due = opened
                for k, gap in enumerate(gaps):
                    due += gap
                    r = rand()
                    if closed_on is not None:  # closed: what was not done by then was cancelled
                        step_status = done if due <= closed_on and r < P_CLOSED_DONE else cancelled
                    elif due < today:
                        step_status = (
                            done if r < P_PAST_DONE else cancelled if r < P_PAST_DONE + P_PAST_CANCELLED else planned
                        )
                    else:
                        step_status = planned
                    r = rand()
                    if step_status == planned and r < P_UNASSIGNED:
                        assignee = None
                    elif r > 1 - P_OTHER_ASSIGNEE:
                        assignee = workers[int(rand() * len(workers))]
                    else:
                        assignee = lead
                    due_on: str | None = days[due]
                    done_on: str | None = None
                    minutes: int | None = None
                    if step_status == done:
                        changed = min(today, closed_on or today, due + int(rand() * 4))
                        version, done_on, minutes = 2, days[changed], 15 * (1 + int(rand() * 4))
                    elif step_status == cancelled:
                        version, changed = 2, min(today, closed_on or today, due)
                    else:
                        version, changed = 1, opened
                        if rand() < P_NO_DATE:
                            due_on = None
                    steps.append(
                        (
                            new_id(),
                            trajectory_id,
                            hub,
                            codes[k % len(codes)],
                            step_status,
                            due_on,
                            done_on,
                            assignee,
                            minutes,
                            "",
                            "",
                            version,
                            stamps[opened],
                            stamps[changed],
                            node,
                            stamps[changed] if rand() < P_DELETED else None,
                        )
                    )
            given = given_names[int(rand() * len(given_names))]
            infix, family = family_names[int(rand() * len(family_names))]
            has_email = rand() < 0.8
            persons.append(
                (
                    person_id,
                    hub,
                    given,
                    infix,
                    family,
                    f"{given.lower()}.{family.lower().replace(' ', '')}{i % 1000}@example.nl" if has_email else None,
                    f"+316{10_000_000 + int(rand() * 89_999_999)}" if rand() < 0.85 else None,
                    "en" if rand() < 0.12 else "nl",
                    f"{areas[stadsdeel][int(rand() * len(areas[stadsdeel]))]} AB",
                    stadsdeel,
                    wijken[stadsdeel][int(rand() * len(wijken[stadsdeel]))],
                    TODAY.year - 18 - int(rand() * 50) if rand() < 0.7 else None,
                    "not_asked",
                    new_id(),
                    stamps[registered],
                    stamps[last_contact],
                    None,
                    1,
                    stamps[registered],
                    stamps[last_contact],
                    node,
                    None,
                )
            )
        yield FixtureBatch(end, {"persons": persons, "trajectories": trajectories, "guidance_steps": steps})


def setup_org(store: Store, seed: int) -> FixturePlan:
    """Hubs, this node, 60 workers and the reference data, through the ORM (a few hundred rows)."""
    rng = random.Random(seed)
    new_id = uuid_maker(rng)
    with resource_path("demo", "names.toml").open("rb") as fh:
        names = tomllib.load(fh)
    hubs: list[tuple[str, str, float]] = []
    workers: dict[str, list[tuple[str, float]]] = {}
    with store.write(None) as s:
        state = s.get(NodeState, 1)
        assert state is not None
        for n, (stadsdeel, name, share, headcount) in enumerate(HUBS):
            hub_id = uuid.UUID(new_id())
            s.add(Hub(id=hub_id, name=name, stadsdeel=stadsdeel))
            s.flush()
            if n == 0:
                s.add(Node(id=store.node_id, hub_id=hub_id, name="desk"))
                state.hub_id = hub_id
            hubs.append((hub_id.hex, stadsdeel.value, share))
            for k in range(headcount):
                infix, family = rng.choice(names["family_names"])
                given = rng.choice(names["given_names"])
                worker_id = uuid.UUID(new_id())
                s.add(
                    Worker(
                        id=worker_id,
                        hub_id=hub_id,
                        name=" ".join(p for p in (given, infix, family) if p),
                        username=f"w{n}{k:02d}",
                        role=Role.COORDINATOR if k == 0 else Role.HUB_WORKER,
                    )
                )
                # Part-timers and full-timers: caseloads differ.
                workers.setdefault(hub_id.hex, []).append((worker_id.hex, rng.uniform(0.5, 1.5)))
        seed_reference(s)
        s.flush()
        step_codes = list(s.execute(sa.select(StepType.code).order_by(StepType.sort_order)).scalars())
    return FixturePlan(
        persons=0,
        trajectories=0,
        steps=0,
        seed=seed,
        node=store.node_id.hex,
        hubs=hubs,
        workers=workers,
        step_codes=step_codes,
    )


@dataclass
class LoadResult:
    seconds: float
    rows: dict[str, int]
    index_seconds: float


def load_fixture(store: Store, path: Path, size: tuple[int, int], seed: int) -> LoadResult:
    """Fill a new store's database with the fixture; the store is disposed of (reopen it)."""
    started = time.perf_counter()
    org = setup_org(store, seed)
    store.dispose()
    persons, steps = size
    plan = FixturePlan(
        persons=persons,
        trajectories=trajectory_count(persons),
        steps=steps,
        seed=seed,
        node=org.node,
        hubs=org.hubs,
        workers=org.workers,
        step_codes=org.step_codes,
    )
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in LOAD_PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        placeholders = ", ".join("?" * len(LOADED_TABLES))
        indexes = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({placeholders})",
            LOADED_TABLES,
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")
        source = produce_in_subprocess(fixture_batches, plan) if persons >= PROCESS_THRESHOLD else fixture_batches(plan)
        rows = dict.fromkeys(LOADED_TABLES, 0)
        pending = 0
        report = max(CHUNK, persons // 10)
        conn.execute("BEGIN")
        for batch in source:
            for table in LOADED_TABLES:
                conn.executemany(INSERTS[table], batch.rows[table])
                rows[table] += len(batch.rows[table])
                pending += len(batch.rows[table])
            if pending >= COMMIT_ROWS:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                pending = 0
            if batch.persons_done % report == 0 or batch.persons_done == persons:
                log(
                    f"  loaded {batch.persons_done:,}/{persons:,} persons, {rows['guidance_steps']:,} steps "
                    f"({time.perf_counter() - started:.0f} s)"
                )
        conn.execute("COMMIT")
        index_started = time.perf_counter()
        for _, sql in indexes:
            conn.execute(sql)
        log(f"  {len(indexes)} secondary indexes built in {time.perf_counter() - index_started:.0f} s")
        index_seconds = time.perf_counter() - index_started
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    return LoadResult(time.perf_counter() - started, rows, index_seconds)


# -- the worklist, its subjects and its raw twin -------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    scope: Scope
    actor: Actor
    label: str


def store_pragmas(store: Store) -> dict[str, Any]:
    """The pragmas in force on a connection of the store (WAL, synchronous=FULL, ...)."""
    with store.engine.connect() as conn:
        return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in STORE_PRAGMAS}


def raw_connect(path: Path, pragmas: dict[str, Any]) -> sqlite3.Connection:
    """A plain sqlite3 connection with the same pragmas as the store's connections."""
    conn = sqlite3.connect(path)
    for name, value in pragmas.items():
        conn.execute(f"PRAGMA {name}={value}")
    return conn


def horizon() -> str:
    return (TODAY + dt.timedelta(days=WEEK)).isoformat()


def choose_subjects(conn: sqlite3.Connection) -> tuple[Subject, Subject]:
    """The worker with the median worklist (Scope.MINE) and the hub with the longest (Scope.HUB)."""
    due = (
        "SELECT gs.hub_id, gs.assignee_id, count(*) FROM guidance_steps gs "
        "JOIN trajectories t ON t.id = gs.trajectory_id "
        "WHERE gs.status = 'planned' AND gs.deleted_at IS NULL AND t.status = 'open' AND gs.due_on <= ? "
        "GROUP BY gs.hub_id, gs.assignee_id"
    )
    per_hub: dict[str, int] = {}
    per_worker: list[tuple[int, str, str]] = []
    for hub, worker, count in conn.execute(due, (horizon(),)):
        per_hub[hub] = per_hub.get(hub, 0) + count
        if worker is not None:
            per_worker.append((count, worker, hub))
    names = dict(conn.execute("SELECT id, name FROM hubs"))
    workers = dict(conn.execute("SELECT id, name FROM workers"))
    per_worker.sort()
    count, worker, worker_hub = per_worker[len(per_worker) // 2]
    busiest = max(per_hub, key=lambda h: per_hub[h])
    mine = Subject(
        Scope.MINE,
        Actor(worker_id=uuid.UUID(worker), hub_id=uuid.UUID(worker_hub)),
        f"{workers[worker]} ({names[worker_hub]}), median of {len(per_worker)} workers",
    )
    hub = Subject(Scope.HUB, Actor(worker_id=None, hub_id=uuid.UUID(busiest)), f"{names[busiest]}, the busiest hub")
    return mine, hub


def raw_params(subject: Subject) -> dict[str, Any]:
    params: dict[str, Any] = {"hub": subject.actor.hub_id.hex, "today": TODAY.isoformat(), "horizon": horizon()}
    params["limit"] = WORKLIST_LIMIT
    if subject.scope is Scope.MINE:
        assert subject.actor.worker_id is not None
        params["worker"] = subject.actor.worker_id.hex
    return params


def raw_worklist(conn: sqlite3.Connection, shape: str, subject: Subject) -> list[list[Any]]:
    """The rows of every query of the shape; the last query reads the unassigned steps."""
    params = raw_params(subject)
    return [conn.execute(sql, params).fetchall() for _, sql in RAW_SHAPES[shape](subject.scope)]


def same_steps(worklist: Worklist, raw: list[list[Any]]) -> bool:
    """Whether the raw queries read what the service shows: the same assigned steps due, the same
    unassigned steps in the same order of dates (steps with equal dates may come in any order)."""
    *due, unassigned = raw
    planned = [*worklist.overdue, *worklist.due_today, *worklist.this_week]
    raw_planned = [r[0] for rows in due for r in rows if r[11] is not None]
    return (
        sorted(r.step_id.hex for r in planned) == sorted(raw_planned)
        and sorted(r.step_id.hex for r in worklist.unassigned) == sorted(r[0] for r in unassigned)
        and [r.due_on.isoformat() if r.due_on else None for r in worklist.unassigned] == [r[9] for r in unassigned]
    )


def match_shape(service: GuidanceService, conn: sqlite3.Connection, subjects: Sequence[Subject]) -> str:
    """The raw shape whose result is the service's, for every subject."""
    worklists = [service.worklist(s.actor, s.scope) for s in subjects]
    for shape in RAW_SHAPES:
        if all(same_steps(w, raw_worklist(conn, shape, s)) for w, s in zip(worklists, subjects, strict=True)):
            return shape
    raise SystemExit(
        "the service reads other steps than every raw query of this benchmark (RAW_SHAPES): "
        "the worklist changed, so update the raw twin to read as it does"
    )


class StatementCapture:
    """The statements (with parameters) the store's engine sends while active."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine
        self.statements: list[tuple[str, Any]] = []

    def _listen(self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            self.statements.append((statement, parameters))

    def __enter__(self) -> StatementCapture:
        event.listen(self.engine, "before_cursor_execute", self._listen)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._listen)


def query_plan(conn: sqlite3.Connection, sql: str, params: Any) -> list[str]:
    rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    depth: dict[int, int] = {0: 0}
    lines = []
    for node, parent, _, detail in rows:
        depth[node] = depth.get(parent, 0) + 1
        lines.append("  " * depth[node] + detail)
    return lines


def short_sql(sql: str, width: int = 160) -> str:
    flat = " ".join(sql.split())
    if "IN (" in flat:  # the id list of _step_rows: thousands of placeholders
        head, _, tail = flat.partition("IN (")
        flat = head + "IN (?, ?, ...)" + tail[tail.find(")") + 1 :]
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def print_plans(
    conn: sqlite3.Connection, store: Store, service: GuidanceService, shape: str, subjects: Sequence[Subject]
) -> None:
    print(f"query plans (EXPLAIN QUERY PLAN); raw SQL: {shape}")
    for subject in subjects:
        params = raw_params(subject)
        for name, sql in RAW_SHAPES[shape](subject.scope):
            print(f"  raw {subject.scope.value} {name}: {short_sql(sql)}")
            for line in query_plan(conn, sql, params):
                print("    " + line)
        with StatementCapture(store) as capture:
            service.worklist(subject.actor, subject.scope)
        for n, (sql, sql_params) in enumerate(capture.statements, 1):
            print(f"  service {subject.scope.value} statement {n} ({len(sql_params)} parameters): {short_sql(sql)}")
            for line in query_plan(conn, sql, sql_params):
                print("    " + line)
    print()


@dataclass
class ScopeResult:
    subject: Subject
    service: Timings = field(default_factory=Timings)
    raw: Timings = field(default_factory=Timings)
    sizes: dict[str, int] = field(default_factory=dict)
    raw_rows: dict[str, int] = field(default_factory=dict)


class AppGarbageCollection:
    """Garbage collection as the desktop app runs it (``hubdesk.views.diagnostics``): what
    survives start-up frozen, automatic collection off, and collections between calls
    (there: on the GUI thread, from a timer), outside the measured time."""

    def __enter__(self) -> AppGarbageCollection:
        self._threshold = gc.get_threshold()
        gc.collect()
        gc.freeze()
        gc.disable()
        return self

    def between_calls(self) -> None:
        counts = gc.get_count()
        if counts[0] >= self._threshold[0]:
            gc.collect(2 if counts[2] >= self._threshold[2] else 1 if counts[1] >= self._threshold[1] else 0)

    def __exit__(self, *exc: object) -> None:
        gc.unfreeze()
        gc.enable()


class AutomaticGarbageCollection(AppGarbageCollection):
    """Python's automatic collection, as the command line runs (pauses land inside calls)."""

    def __enter__(self) -> AutomaticGarbageCollection:
        return self

    def between_calls(self) -> None:
        pass

    def __exit__(self, *exc: object) -> None:
        pass


GC_POLICIES = {"app": AppGarbageCollection, "auto": AutomaticGarbageCollection}


def bench_worklist(
    store: Store,
    conn: sqlite3.Connection,
    shape: str,
    subjects: Sequence[Subject],
    args: argparse.Namespace,
) -> list[ScopeResult]:
    service = GuidanceService(store)
    results = [ScopeResult(s) for s in subjects]
    runners: list[tuple[Timings, Callable[[], Any]]] = []
    for result in results:
        subject = result.subject
        worklist = service.worklist(subject.actor, subject.scope)
        raw = raw_worklist(conn, shape, subject)
        result.sizes = {
            "overdue": len(worklist.overdue),
            "due today": len(worklist.due_today),
            "this week": len(worklist.this_week),
            "unassigned": len(worklist.unassigned),
        }
        result.raw_rows = {
            name: len(rows) for (name, _), rows in zip(RAW_SHAPES[shape](subject.scope), raw, strict=True)
        }
        runners.append((result.service, functools.partial(service.worklist, subject.actor, subject.scope)))
        runners.append((result.raw, functools.partial(raw_worklist, conn, shape, subject)))
    iterations = args.iterations
    with GC_POLICIES[args.gc]() as collector:
        for _ in range(args.warmup):
            for _, run in runners:
                run()
                collector.between_calls()
        report = max(1, iterations // 4)
        for i in range(iterations):
            # Rotate which call runs first, so that none always meets the warmest cache.
            k = i % len(runners)
            for timings, run in runners[k:] + runners[:k]:
                start = time.perf_counter_ns()
                run()
                timings.samples.append((time.perf_counter_ns() - start) / 1e6)
                collector.between_calls()
            if (i + 1) % report == 0:
                log(f"  {i + 1}/{iterations} rounds")
    return results


# -- reporting -------------------------------------------------------------------------------------------


def worklist_lines(tag: str, results: Sequence[ScopeResult]) -> list[Line]:
    lines = []
    for r in results:
        scope = r.subject.scope.value.upper()
        lines.append(
            Line(
                f"worklist {scope} p95 @{tag}",
                ms(r.service.p95),
                f"<= {ms(P95_LIMIT_MS)}; raw SQL p95 {ms(r.raw.p95)} ({r.service.p95 / r.raw.p95:.1f}x)",
                check(r.service.p95 <= P95_LIMIT_MS),
            )
        )
        lines.append(
            Line(
                f"worklist {scope} p50 / max @{tag}",
                f"{ms(r.service.p50)} / {ms(r.service.max)}",
                f"raw SQL {ms(r.raw.p50)} / {ms(r.raw.max)}",
                "info",
            )
        )
    return lines


def print_table(rows: Sequence[Line | None]) -> None:
    header = Line("figure", "measured", "limit/baseline", "verdict")
    real = [header, *(r for r in rows if r is not None)]
    widths = [max(len(getattr(r, f)) for r in real) + 3 for f in ("figure", "measured", "limit")]
    for r in [header, *rows]:
        if r is None:
            print()
            continue
        print(f"{r.figure:<{widths[0]}}{r.measured:<{widths[1]}}{r.limit:<{widths[2]}}{r.verdict}".rstrip())


def data_mix(conn: sqlite3.Connection) -> list[str]:
    """What the database holds, for the reader to judge the fixture."""
    today, week = TODAY.isoformat(), horizon()
    counts = dict(conn.execute("SELECT status, count(*) FROM guidance_steps GROUP BY status").fetchall())
    total = sum(counts.values())
    trajectories = dict(conn.execute("SELECT status, count(*) FROM trajectories GROUP BY status").fetchall())
    (open_planned, overdue, due_today, this_week, no_date, unassigned) = conn.execute(
        "SELECT count(*), sum(gs.due_on < :today), sum(gs.due_on = :today), "
        "sum(gs.due_on > :today AND gs.due_on <= :week), sum(gs.due_on IS NULL), sum(gs.assignee_id IS NULL) "
        "FROM guidance_steps gs JOIN trajectories t ON t.id = gs.trajectory_id "
        "WHERE gs.status = 'planned' AND gs.deleted_at IS NULL AND t.status = 'open'",
        {"today": today, "week": week},
    ).fetchone()
    persons = conn.execute("SELECT count(*) FROM persons").fetchone()[0]
    workers, hubs = conn.execute("SELECT count(*), count(DISTINCT hub_id) FROM workers").fetchone()
    return [
        f"  {persons:,} persons, {sum(trajectories.values()):,} trajectories ("
        + ", ".join(f"{k} {v:,}" for k, v in sorted(trajectories.items()))
        + f"), {total:,} steps ("
        + ", ".join(f"{k} {v:,} ({v / total:.1%})" for k, v in sorted(counts.items()))
        + f"); {hubs} hubs, {workers} workers",
        f"  planned steps of open trajectories (all hubs): {open_planned:,}: overdue {overdue:,}, "
        f"due today {due_today:,}, later this week {this_week:,}, no date {no_date:,}; unassigned {unassigned:,}",
    ]


def print_details(tag: str, results: Sequence[ScopeResult], iterations: int) -> None:
    print(f"\ndetail @{tag} (no verdicts), {iterations} timed calls each, ms:")
    for r in results:
        sizes = ", ".join(f"{k} {v:,}" for k, v in r.sizes.items())
        print(f"  {r.subject.scope.value}: {r.subject.label}: {sizes}")
        print("    raw SQL reads " + ", ".join(f"{name} {n:,}" for name, n in r.raw_rows.items()) + " rows")
        for name, t in (("service", r.service), ("raw SQL", r.raw)):
            print(f"    {name:<8} p50 {t.p50:8.2f}   p95 {t.p95:8.2f}   max {t.max:8.2f}")


# -- main ---------------------------------------------------------------------------------------------------


@dataclass
class SizeRun:
    size: tuple[int, int]
    db_path: Path
    db_bytes: int
    load: LoadResult | None
    earlier_load: dict[str, Any] | None
    mix: list[str]
    pragmas: dict[str, Any]
    shape: str
    results: list[ScopeResult]


def fixed_clock() -> dt.datetime:
    return NOW


def run_size(size: tuple[int, int], workdir: Path, args: argparse.Namespace) -> SizeRun:
    tag = size_tag(size)
    db_path = workdir / f"worklist-{tag.replace('/', '-')}.sqlite"
    done_marker = db_path.with_name(db_path.name + ".loaded.json")
    reuse = args.reuse and db_path.exists() and done_marker.exists()
    if args.reuse and not reuse and db_path.exists():
        raise SystemExit(f"{db_path} has no {done_marker.name}: its load did not finish; remove it")
    if not reuse and db_path.exists():
        raise SystemExit(
            f"{db_path} exists (kept by an earlier run?): pass --reuse, remove it or choose another --workdir"
        )
    load = None
    earlier = None
    if reuse:
        earlier = json.loads(done_marker.read_text())
        log(f"[{tag}] reusing {db_path}: load not measured")
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if revision != head_revision():
            log(
                f"[{tag}] its schema is at revision {revision}, this hubdesk's is {head_revision()}: "
                f"opening it migrates it, after a copy in {workdir / 'backups'} (as big as the database)"
            )
    else:
        log(f"[{tag}] loading the fixture: {size[0]:,} persons, {size[1]:,} steps ...")
        load = load_fixture(open_store(db_path, clock=fixed_clock), db_path, size, args.seed)
        done_marker.write_text(json.dumps({"seconds": load.seconds, "rows": load.rows, "seed": args.seed}))
        log(f"[{tag}] loaded in {load.seconds:.0f} s")
    store = open_store(db_path, clock=fixed_clock)
    try:
        pragmas = store_pragmas(store)
        conn = raw_connect(db_path, pragmas)
        try:
            mix = data_mix(conn)
            subjects = choose_subjects(conn)
            shape = match_shape(GuidanceService(store), conn, subjects)
            print_plans(conn, store, GuidanceService(store), shape, subjects)
            log(f"[{tag}] worklist: {args.iterations} rounds of service and raw SQL, both scopes ...")
            results = bench_worklist(store, conn, shape, subjects, args)
        finally:
            conn.close()
    finally:
        store.dispose()
    db_bytes = file_size(db_path)
    if not (args.keep or reuse):
        for part in workdir.glob(db_path.name + "*"):
            part.unlink()
    return SizeRun(size, db_path, db_bytes, load, earlier, mix, pragmas, shape, results)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="comma-separated PERSONS[:STEPS] (default 1M:5M; steps default to 5 per person)",
    )
    parser.add_argument("--workdir", type=Path, help="directory for the databases (default: a new temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="use databases kept in --workdir by an earlier run (skips the load; implies --keep)",
    )
    parser.add_argument("--iterations", type=int, default=200, help="timed calls per variant and scope (default 200)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed calls per variant and scope first (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the fixture (default 1)")
    parser.add_argument(
        "--gc",
        choices=sorted(GC_POLICIES),
        default="app",
        help="garbage collection as the desktop app runs it (default: frozen after start-up, collected "
        "between calls) or Python's automatic collection, as the command line runs",
    )
    args = parser.parse_args(argv)
    if args.reuse and args.workdir is None:
        parser.error("--reuse needs --workdir")
    if args.iterations < 1:
        parser.error("--iterations must be at least 1")

    made_workdir = args.workdir is None
    workdir: Path = args.workdir or Path(tempfile.mkdtemp(prefix="hubdesk-bench-worklist-"))
    workdir.mkdir(parents=True, exist_ok=True)
    log(f"databases in {workdir}")
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    runs = []
    try:
        for size in args.sizes:
            runs.append(run_size(size, workdir, args))
    finally:
        if made_workdir and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    print(
        f"hubdesk {hubdesk.__version__} | Python {platform.python_version()} | SQLite {sqlite3.sqlite_version} | "
        f"{os.cpu_count()} CPUs | {workdir} | {time.perf_counter() - started:.0f} s | "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    pragmas = runs[0].pragmas if runs else {}
    print(
        f"today {TODAY} (injected clock), horizon {horizon()}; garbage collection: {args.gc}; "
        "raw SQL: sqlite3, same database, the store's pragmas: "
        + ", ".join(f"{name}={value}" for name, value in pragmas.items())
    )
    for run in runs:
        tag = size_tag(run.size)
        if run.load is not None:
            rows = sum(run.load.rows.values())
            loaded = (
                f"loaded in {run.load.seconds:.0f} s ({rows:,} rows, {rows / run.load.seconds:,.0f} rows/s; "
                f"indexes {run.load.index_seconds:.0f} s of it)"
            )
        else:
            seconds = run.earlier_load["seconds"] if run.earlier_load else float("nan")
            loaded = f"reused (load not measured; it took {seconds:.0f} s when made)"
        print(f"@{tag}: {run.db_path.name} {human_bytes(run.db_bytes)}, {loaded}; raw SQL read as: {run.shape}")
        for line in run.mix:
            print(line)
    print()
    lines: list[Line | None] = []
    for run in runs:
        lines += [*worklist_lines(size_tag(run.size), run.results), None]
    print_table(lines[:-1])
    for run in runs:
        print_details(size_tag(run.size), run.results, args.iterations)
    failed = sum(1 for line in lines if line is not None and line.verdict == "FAIL")
    passed = sum(1 for line in lines if line is not None and line.verdict == "PASS")
    print(f"\n{passed} PASS, {failed} FAIL")
    return 1 if failed else 0


if __name__ == "__main__":  # the fixture load spawns a producer process: keep this guard
    sys.exit(main())
