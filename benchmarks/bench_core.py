"""Benchmarks of hubdesk's core against raw SQLite baselines measured in the same run.

Run from the repository root::

    .venv/bin/python benchmarks/bench_core.py                  # sizes 100000,1000000
    .venv/bin/python benchmarks/bench_core.py --sizes 20000    # a quick run (under a minute)
    .venv/bin/python benchmarks/bench_core.py --sizes 1M --workdir /data/bench --keep
    .venv/bin/python benchmarks/bench_core.py --sizes 1M --workdir /data/bench --reuse   # search and saves only

The default run takes about 40 minutes on 2 cores: building the 1M database with
``generate_demo`` (one of the things measured) takes about 20 of them, its raw
baseline about 14.

For every size (number of demo entrepreneurs) a fresh hubdesk database is filled
with ``generate_demo`` and a raw SQLite database gets as many rows per table, both
in ``--workdir`` (default: a new directory under the system temp dir; removed
afterwards unless ``--keep``). Then it measures:

1. Bulk load: rows/s of ``generate_demo`` against plain ``executemany`` of the same
   number of rows into raw twins of the tables it fills (16 columns, a 32-hex TEXT
   key and two secondary indexes each), one ``executemany`` per table and one commit
   per demo batch, as ``generate_demo`` writes (target: >= 40% of raw); making the raw
   rows is not timed. Also the seconds for 100k entrepreneurs (target: well under a
   minute, taken as <= 30 s).
2. Search: p50/p95 of ``SearchService.search`` over typical desk queries against the
   raw FTS5 query joined to ``person_index`` for the same rows (target: p95 <= 3x
   raw, and p95 <= 50 ms). The FTS5-only raw query (row ids, no join) is printed
   for information.
3. Saving one registration: p95 of ``IntakeService.register`` with the duplicate
   check (the desk's path) and with ``allow_duplicates=True``, beside a raw
   ``INSERT`` + ``COMMIT`` of one row in the same directory (target: p95 <= 50 ms).

Both sides of every comparison use the pragmas of hubdesk's store (WAL,
``synchronous=FULL``, ...; read from one of its connections) on the same disk.
Searches and saves are timed interleaved with their baselines, so that other load
on the machine hits both; the load average is printed. The table goes to stdout, progress to
stderr; the exit status is 1 when any line FAILs, else 0.

Not part of the test suite: pytest collects only ``tests/``.
"""

from __future__ import annotations

import argparse
import functools
import math
import os
import platform
import random
import shutil
import sqlite3
import string
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic_core import PydanticCustomError

import hubdesk
from hubdesk.models.errors import DuplicatesFound
from hubdesk.models.validation import normalize_phone
from hubdesk.services import demo
from hubdesk.services.intake import IntakeService
from hubdesk.services.search import DEFAULT_LIMIT, SearchService, fts_query, query_tokens
from hubdesk.services.setup import actor_for
from hubdesk.services.store import Store, open_store

DEFAULT_SIZES = (100_000, 1_000_000)
SEARCH_P95_LIMIT_MS = 50.0
SEARCH_RAW_FACTOR = 3.0
SAVE_P95_LIMIT_MS = 50.0
BULK_MIN_RATIO = 0.40
BULK_SECONDS_SIZE = 100_000
BULK_SECONDS_LIMIT = 30.0  # "well under a minute"

# What is typed at a desk: family-name prefixes, given + family, phone and KVK digits, a miss.
SEARCH_QUERIES = (
    "ozk",
    "jans",
    "heijd",
    "amra",
    "bakk",
    "vries",
    "dijkst",
    "fatima el",
    "mohamed bakk",
    "de vries",
    "0612",
    "1234",
    "qxzwv",
)

RAW_FTS_SQL = f"SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT {DEFAULT_LIMIT}"
RAW_JOIN_SQL = (
    "SELECT pi.* FROM person_index pi "
    f"JOIN (SELECT rowid AS id FROM person_fts WHERE person_fts MATCH ? LIMIT {DEFAULT_LIMIT}) m "
    "ON pi.id = m.id ORDER BY pi.sort_key"
)

# The raw bulk tables: 16 columns, a 32-hex TEXT primary key and two secondary indexes, like
# hubdesk's replicated tables (uuid keys, meta columns, a foreign key and a worklist index).
RAW_COLUMNS = (
    "id",
    "hub_id",
    "person_id",
    "created_at",
    "updated_at",
    "deleted_at",
    "version",
    "updated_by_node",
    "name",
    "kind",
    "status",
    "amount",
    "note",
    "due_on",
    "flag",
    "payload",
)


def raw_schema(table: str) -> tuple[str, ...]:
    return (
        f"CREATE TABLE {table} (id TEXT PRIMARY KEY NOT NULL, hub_id TEXT NOT NULL, person_id TEXT NOT NULL, "
        "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, version INTEGER NOT NULL, "
        "updated_by_node TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, "
        "amount INTEGER, note TEXT NOT NULL, due_on TEXT, flag INTEGER NOT NULL, payload TEXT NOT NULL)",
        f"CREATE INDEX ix_{table}_person ON {table} (person_id)",
        f"CREATE INDEX ix_{table}_worklist ON {table} (hub_id, status, due_on)",
    )


def raw_insert_sql(table: str) -> str:
    return f"INSERT INTO {table} ({', '.join(RAW_COLUMNS)}) VALUES ({', '.join('?' * len(RAW_COLUMNS))})"


# The raw single-row save goes to the raw twin of ``persons``.
RAW_SAVE_TABLE = "raw_persons"


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

    def timed(self, func: Callable[[], Any]) -> Any:
        start = time.perf_counter_ns()
        result = func()
        self.samples.append((time.perf_counter_ns() - start) / 1e6)
        return result

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
    verdict: str  # PASS, FAIL, info or skip


def check(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def ms(value: float) -> str:
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def rate(value: float) -> str:
    return f"{value:,.0f} rows/s"


def size_tag(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def parse_sizes(text: str) -> list[int]:
    sizes = []
    for part in text.split(","):
        part = part.strip().lower().replace("_", "")
        factor = {"k": 1000, "m": 1_000_000}.get(part[-1:], 1)
        sizes.append(int(part[:-1] if factor > 1 else part) * factor)
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive numbers, e.g. 100000,1000000 or 100k,1M")
    return sizes


# -- raw SQLite --------------------------------------------------------------------------------------


# journal_mode first: it decides whether the others apply to a WAL database.
PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "cache_size", "mmap_size", "temp_store")


def store_pragmas(store: Store) -> dict[str, Any]:
    """The pragmas in force on a connection of the store (WAL, synchronous=FULL, ...)."""
    with store.engine.connect() as conn:
        return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in PRAGMAS}


def raw_connect(path: Path, pragmas: dict[str, Any]) -> sqlite3.Connection:
    """A plain sqlite3 connection with the same pragmas as the store's connections."""
    conn = sqlite3.connect(path)
    for name, value in pragmas.items():
        conn.execute(f"PRAGMA {name}={value}")
    return conn


class RawRows:
    """Rows for the raw tables: random 32-hex keys (as uuid4 keys are), realistic text widths."""

    STATUSES = ("planned", "done", "open", "closed")
    KINDS = ("visit", "consent", "step", "referral", "trajectory")

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._hubs = [f"{self._rng.getrandbits(128):032x}" for _ in range(5)]
        self._node = f"{self._rng.getrandbits(128):032x}"
        self._serial = 0

    def make(self, count: int) -> list[tuple[Any, ...]]:
        rng = self._rng
        bits = rng.getrandbits
        rows = []
        for _ in range(count):
            self._serial += 1
            k = self._serial
            stamp = f"2025-{1 + k % 12:02d}-{1 + k % 28:02d} {k % 24:02d}:{k % 60:02d}:{k % 59:02d}.000000"
            rows.append(
                (
                    f"{bits(128):032x}",
                    self._hubs[k % 5],
                    f"{bits(128):032x}",
                    stamp,
                    stamp,
                    None,
                    1,
                    self._node,
                    f"Naam {k}",
                    self.KINDS[k % 5],
                    self.STATUSES[k % 4],
                    k % 500,
                    "Werkplekken in de wijk",
                    f"2026-{1 + k % 12:02d}-{1 + k % 28:02d}",
                    k % 2,
                    '["name", "contact", "question"]',
                )
            )
        return rows


def split(total: int, parts: int) -> list[int]:
    """``total`` as ``parts`` nearly equal whole numbers."""
    q, r = divmod(total, parts)
    return [q + (1 if i < r else 0) for i in range(parts)]


def raw_bulk_load(path: Path, pragmas: dict[str, Any], tables: dict[str, int], commits: int, seed: int) -> float:
    """Insert as many rows as ``tables`` gives per table into raw twins of those tables
    (``raw_<name>``), with one ``executemany`` per table and ``commits`` transactions,
    as ``generate_demo`` writes its batches.

    Returns the seconds spent in ``executemany`` + ``COMMIT``; making the rows is not timed.
    """
    conn = raw_connect(path, pragmas)
    try:
        for table in tables:
            for ddl in raw_schema(f"raw_{table}"):
                conn.execute(ddl)
        conn.commit()
        plan = {table: split(count, commits) for table, count in tables.items()}
        source = RawRows(seed)
        elapsed = 0.0
        for batch in range(commits):
            rows = {table: source.make(counts[batch]) for table, counts in plan.items()}
            start = time.perf_counter()
            for table, table_rows in rows.items():
                conn.executemany(raw_insert_sql(f"raw_{table}"), table_rows)
            conn.commit()
            elapsed += time.perf_counter() - start
            if (batch + 1) % max(1, commits // 10) == 0:
                log(f"  raw executemany: {batch + 1}/{commits} commits")
        return elapsed
    finally:
        conn.close()


# -- the benchmarks ---------------------------------------------------------------------------------


@dataclass
class BulkResult:
    entrepreneurs: int
    demo_seconds: float
    demo_rows: int
    demo_tables: dict[str, int]
    raw_seconds: float
    commits: int

    @property
    def demo_rate(self) -> float:
        return self.demo_rows / self.demo_seconds

    @property
    def raw_rate(self) -> float:
        return self.demo_rows / self.raw_seconds


def bench_bulk(store: Store, raw_path: Path, n: int, seed: int) -> BulkResult:
    tag = size_tag(n)
    log(f"[{tag}] generate_demo({n:,}) ...")
    step = max(demo.BATCH, n // 10)
    next_report = [step]

    def progress(made: int) -> None:
        if made >= next_report[0] or made == n:
            log(f"  generate_demo: {made:,}/{n:,} entrepreneurs")
            next_report[0] += step

    start = time.perf_counter()
    summary = demo.generate_demo(store, n, seed=seed, progress=progress)
    demo_seconds = time.perf_counter() - start
    commits = max(1, math.ceil(n / demo.BATCH))
    log(
        f"[{tag}] {summary.rows:,} rows in {demo_seconds:.1f} s; raw executemany of as many rows per table "
        f"in {commits} commits ..."
    )
    raw_seconds = raw_bulk_load(raw_path, store_pragmas(store), summary.tables, commits, seed)
    return BulkResult(n, demo_seconds, summary.rows, dict(summary.tables), raw_seconds, commits)


@dataclass
class QueryTimings:
    service: Timings = field(default_factory=Timings)
    raw_join: Timings = field(default_factory=Timings)
    raw_fts: Timings = field(default_factory=Timings)
    hits: int = 0


@dataclass
class SearchResult:
    overall: QueryTimings
    per_query: dict[str, QueryTimings]


def bench_search(store: Store, db_path: Path, min_queries: int, warmup_rounds: int = 3) -> SearchResult:
    service = SearchService(store)
    conn = raw_connect(db_path, store_pragmas(store))
    try:
        if not store.has_fts:
            raise SystemExit("this SQLite build has no FTS5: the search benchmark needs it")
        matches = {q: fts_query(query_tokens(q)) for q in SEARCH_QUERIES}
        runners: dict[str, Callable[[str], Any]] = {
            "service": lambda q: service.search(q),
            "raw_join": lambda q: conn.execute(RAW_JOIN_SQL, (matches[q],)).fetchall(),
            "raw_fts": lambda q: conn.execute(RAW_FTS_SQL, (matches[q],)).fetchall(),
        }
        for _ in range(warmup_rounds):
            for q in SEARCH_QUERIES:
                for run in runners.values():
                    run(q)
        overall = QueryTimings()
        per_query = {q: QueryTimings() for q in SEARCH_QUERIES}
        rounds = math.ceil(min_queries / len(SEARCH_QUERIES))
        order = list(runners)
        for r in range(rounds):
            for q in SEARCH_QUERIES:
                # Rotate which variant runs first, so none always meets the warmest cache.
                for name in order[r % 3 :] + order[: r % 3]:
                    start = time.perf_counter_ns()
                    result = runners[name](q)
                    elapsed = (time.perf_counter_ns() - start) / 1e6
                    getattr(overall, name).samples.append(elapsed)
                    getattr(per_query[q], name).samples.append(elapsed)
                    if name == "service":
                        per_query[q].hits = len(result)
        return SearchResult(overall, per_query)
    finally:
        conn.close()


def valid_phone(phone: str) -> bool:
    try:
        normalize_phone(phone)
    except PydanticCustomError:
        return False
    return True


def _letters(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(length)).capitalize()


def registrations(store_path: Path, count: int, seed: int) -> Iterator[dict[str, Any]]:
    """Registrations with unique random names, e-mail addresses and phone numbers that
    are not in the database, so that the duplicate check finds no candidates."""
    conn = sqlite3.connect(store_path)
    # Another seed for every run on a kept database, so names from earlier runs do not recur.
    rng = random.Random(seed * 1_000_003 + conn.execute("SELECT count(*) FROM persons").fetchone()[0])
    used: set[str] = set()
    try:
        made = 0
        while made < count:
            phone = f"06{rng.randrange(10_000_000, 99_999_999)}"
            e164 = "+31" + phone[1:]
            if e164 in used or not valid_phone(phone):  # 067 and 069 numbers are not issued
                continue
            if conn.execute("SELECT 1 FROM persons WHERE phone_e164 = ?", (e164,)).fetchone():
                continue
            used.add(e164)
            made += 1
            given, family = _letters(rng, 7), _letters(rng, 10)
            yield {
                "person": {
                    "given_name": given,
                    "family_name": family,
                    "home_postcode": "2034 AB",
                    "phone": phone,
                    "email": f"{given.lower()}.{family.lower()}@bench.example.nl",
                },
                "enterprise": {"trade_name": f"Bench {family}", "stage": "idea"},
                "consents": [{"purpose": "registration", "text_version": "reg-1"}],
            }
    finally:
        conn.close()


@dataclass
class SaveResult:
    checked: Timings
    unchecked: Timings
    raw: Timings


def bench_saves(store: Store, db_path: Path, raw_path: Path, count: int, seed: int, warmup: int = 5) -> SaveResult:
    actor = actor_for(store)
    intake = IntakeService(store)
    pending = list(registrations(db_path, 2 * (count + warmup), seed))
    conn = raw_connect(raw_path, store_pragmas(store))
    source = RawRows(time.time_ns())  # fresh keys, also on a kept database
    result = SaveResult(Timings(), Timings(), Timings())

    def raw_save() -> None:
        conn.execute(raw_insert_sql(RAW_SAVE_TABLE), source.make(1)[0])
        conn.commit()

    def checked_save(data: dict[str, Any]) -> None:
        try:
            intake.register(actor, data, allow_duplicates=False)
        except DuplicatesFound as exc:
            raise SystemExit(f"unexpected duplicate candidates for {data['person']}: {exc}") from exc

    def unchecked_save(data: dict[str, Any]) -> None:
        intake.register(actor, data, allow_duplicates=True)

    try:
        for _ in range(warmup):
            checked_save(pending.pop())
            unchecked_save(pending.pop())
            raw_save()
        for i in range(count):
            steps: list[tuple[Timings, Callable[[], Any]]] = [
                (result.checked, functools.partial(checked_save, pending.pop())),
                (result.unchecked, functools.partial(unchecked_save, pending.pop())),
                (result.raw, raw_save),
            ]
            for timings, func in steps[i % 3 :] + steps[: i % 3]:
                timings.timed(func)
        return result
    finally:
        conn.close()


# -- reporting -------------------------------------------------------------------------------------------


def bulk_lines(n: int, bulk: BulkResult | None) -> list[Line]:
    tag = size_tag(n)
    if bulk is None:
        return [Line(f"demo load @{tag}", "not measured", "(--reuse: database of an earlier run)", "skip")]
    ratio = bulk.demo_rate / bulk.raw_rate
    floor = BULK_MIN_RATIO * bulk.raw_rate
    lines = [
        Line(
            f"demo load rows/s @{tag}",
            f"{rate(bulk.demo_rate)} ({ratio:.0%} of raw)",
            f">= {BULK_MIN_RATIO:.0%} of raw executemany {rate(bulk.raw_rate)} (= {floor:,.0f})",
            check(ratio >= BULK_MIN_RATIO),
        ),
    ]
    if n == BULK_SECONDS_SIZE:
        lines.append(
            Line(
                f"demo load time @{tag}",
                f"{bulk.demo_seconds:.1f} s",
                f"<= {BULK_SECONDS_LIMIT:.0f} s (well under a minute)",
                check(bulk.demo_seconds <= BULK_SECONDS_LIMIT),
            )
        )
    else:
        lines.append(
            Line(
                f"demo load time @{tag}",
                f"{bulk.demo_seconds:.1f} s",
                f"(limit applies to {size_tag(BULK_SECONDS_SIZE)})",
                "info",
            )
        )
    return lines


def search_lines(n: int, search: SearchResult) -> list[Line]:
    tag = size_tag(n)
    o = search.overall
    allowed = SEARCH_RAW_FACTOR * o.raw_join.p95
    return [
        Line(f"search p50 @{tag}", ms(o.service.p50), f"raw join p50 {ms(o.raw_join.p50)}", "info"),
        Line(
            f"search p95 @{tag} vs raw",
            ms(o.service.p95),
            f"<= {SEARCH_RAW_FACTOR:g}x raw join p95 {ms(o.raw_join.p95)} (= {ms(allowed)})",
            check(o.service.p95 <= allowed),
        ),
        Line(
            f"search p95 @{tag}",
            ms(o.service.p95),
            f"<= {ms(SEARCH_P95_LIMIT_MS)}",
            check(o.service.p95 <= SEARCH_P95_LIMIT_MS),
        ),
        Line(f"raw FTS5 ids only p95 @{tag}", ms(o.raw_fts.p95), "not compared (no join, no columns)", "info"),
    ]


def save_lines(n: int, saves: SaveResult) -> list[Line]:
    tag = size_tag(n)
    raw = f"<= {ms(SAVE_P95_LIMIT_MS)}; raw INSERT+COMMIT p95 {ms(saves.raw.p95)}"
    return [
        Line(
            f"register p95 @{tag} (dup check)",
            ms(saves.checked.p95),
            raw,
            check(saves.checked.p95 <= SAVE_P95_LIMIT_MS),
        ),
        Line(
            f"register p95 @{tag} (allow_duplicates)",
            ms(saves.unchecked.p95),
            raw,
            check(saves.unchecked.p95 <= SAVE_P95_LIMIT_MS),
        ),
    ]


def print_table(rows: Sequence[Line | None]) -> None:
    header = Line("figure", "measured", "limit/baseline", "verdict")
    real = [header, *(r for r in rows if r is not None)]
    widths = [max(len(getattr(r, f)) for r in real) + 3 for f in ("figure", "measured", "limit")]
    for r in [header, *rows]:
        if r is None:
            print()
            continue
        print(f"{r.figure:<{widths[0]}}{r.measured:<{widths[1]}}{r.limit:<{widths[2]}}{r.verdict}".rstrip())


def print_bulk_details(bulk: BulkResult) -> None:
    print(
        f"  bulk: generate_demo {bulk.demo_rows:,} rows in {bulk.demo_seconds:.1f} s; raw executemany of "
        f"as many rows per table in {bulk.raw_seconds:.1f} s; both in {bulk.commits} commits"
    )
    print("  bulk rows per table: " + ", ".join(f"{t} {c:,}" for t, c in sorted(bulk.demo_tables.items())))


def print_details(n: int, bulk: BulkResult | None, search: SearchResult, saves: SaveResult) -> None:
    tag = size_tag(n)
    print(f"\ndetail @{tag} (no verdicts)")
    if bulk is not None:
        print_bulk_details(bulk)
    print(
        f"  search, {len(search.overall.service.samples)} timed queries per variant, ms "
        "(service / raw join / raw FTS5 ids):"
    )
    print(f"    {'query':<14}{'hits':>5}   {'p50':^22}   {'p95':^22}")
    for q, t in search.per_query.items():
        p50 = f"{t.service.p50:6.2f} {t.raw_join.p50:6.2f} {t.raw_fts.p50:6.2f}"
        p95 = f"{t.service.p95:6.2f} {t.raw_join.p95:6.2f} {t.raw_fts.p95:6.2f}"
        print(f"    {q!r:<14}{t.hits:>5}   {p50}   {p95}")
    print(f"  saves, {len(saves.checked.samples)} each, ms:")
    for name, timings in (
        ("register (dup check)", saves.checked),
        ("register (allow_duplicates)", saves.unchecked),
        ("raw INSERT+COMMIT", saves.raw),
    ):
        print(f"    {name:<30} p50 {timings.p50:7.2f}   p95 {timings.p95:7.2f}   max {timings.max:7.2f}")


# -- main ---------------------------------------------------------------------------------------------------


@dataclass
class SizeRun:
    n: int
    pragmas: dict[str, Any]
    bulk: BulkResult | None
    search: SearchResult
    saves: SaveResult


def run_size(n: int, workdir: Path, args: argparse.Namespace) -> SizeRun:
    tag = size_tag(n)
    db_path = workdir / f"hubdesk-{tag}.sqlite"
    raw_path = workdir / f"raw-{tag}.sqlite"
    reuse = args.reuse and db_path.exists() and raw_path.exists()
    if not reuse:
        for path in (db_path, raw_path):
            if path.exists():
                raise SystemExit(
                    f"{path} exists (kept by an earlier run?): pass --reuse, remove it or choose another --workdir"
                )
    store = open_store(db_path)
    pragmas = store_pragmas(store)
    try:
        if reuse:
            log(f"[{tag}] reusing {db_path.name} and {raw_path.name}: bulk load not measured")
        bulk = None if reuse else bench_bulk(store, raw_path, n, args.seed)
        # As the desktop does after start-up: ask the system to read the file into its cache
        # (in the background), so saves do not wait for the disk to fetch index pages.
        log(f"[{tag}] read-ahead of the database file: {'asked' if store.read_ahead() else 'not available'}")
        log(f"[{tag}] search: {len(SEARCH_QUERIES)} queries x >= {args.queries} ...")
        search = bench_search(store, db_path, args.queries)
        log(f"[{tag}] saves: {args.saves} x (register with duplicate check, with allow_duplicates, raw) ...")
        saves = bench_saves(store, db_path, raw_path, args.saves, args.seed)
    finally:
        store.dispose()
        if not (args.keep or reuse):
            for path in (db_path, raw_path):
                for part in workdir.glob(path.name + "*"):
                    part.unlink()
    return SizeRun(n, pragmas, bulk, search, saves)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="comma-separated numbers of demo entrepreneurs (default: 100000,1000000)",
    )
    parser.add_argument("--workdir", type=Path, help="directory for the databases (default: a new temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="use databases kept in --workdir by an earlier run (skips the bulk load; implies --keep)",
    )
    parser.add_argument("--queries", type=int, default=200, help="minimum timed searches per variant (default 200)")
    parser.add_argument("--saves", type=int, default=200, help="timed saves per variant (default 200)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the demo data (default 1)")
    args = parser.parse_args(argv)
    if args.reuse and args.workdir is None:
        parser.error("--reuse needs --workdir")

    made_workdir = args.workdir is None
    workdir: Path = args.workdir or Path(tempfile.mkdtemp(prefix="hubdesk-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    log(f"databases in {workdir}")
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    runs = []
    try:
        for n in args.sizes:
            runs.append(run_size(n, workdir, args))
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
        "raw baselines: same directory, same run, the store's pragmas: "
        + ", ".join(f"{name}={value}" for name, value in pragmas.items())
    )
    print(
        "search is compared with the raw FTS5 query joined to person_index (the service's work), "
        "not with the ids-only query.\n"
    )
    lines: list[Line | None] = []
    for run in runs:
        lines += [*bulk_lines(run.n, run.bulk), *search_lines(run.n, run.search), *save_lines(run.n, run.saves), None]
    print_table(lines[:-1])
    for run in runs:
        print_details(run.n, run.bulk, run.search, run.saves)
    failed = sum(1 for line in lines if line is not None and line.verdict == "FAIL")
    passed = sum(1 for line in lines if line is not None and line.verdict == "PASS")
    print(f"\n{passed} PASS, {failed} FAIL")
    return 1 if failed else 0


if __name__ == "__main__":  # generate_demo spawns a producer process: keep this guard
    sys.exit(main())
