"""kill -9 in the middle of a sync: the database is whole, nothing is half-applied, a re-run converges.

A receiving desk that has local edits of its own (so the import merges and opens
conflicts) syncs with an exchange holding packages of two other desks (one of them of
another hub, whose persons it withholds). The sync runs in a real child process
(forked by tests/sync/kill_helper.py from a process that imported hubdesk once) and is
killed with SIGKILL before its k-th SQL statement, for k spread over the whole run,
and at random moments. Every time: SQLite's integrity check passes, every package is
either wholly in the change log (with its bookkeeping) or not at all, every record
agrees with its changes, and running sync again gives exactly the state of a run that
was never interrupted.
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hubdesk.models.guidance import Note
from hubdesk.models.people import Person
from hubdesk.services.store import Actor
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.service import SyncService
from tests.sync.conftest import KEY
from tests.sync.helpers import (
    LOCAL_TABLES,
    Node,
    add_person,
    checkpoint,
    content_digest,
    copy_db,
    delete,
    edit,
    open_conflicts,
    reopen,
    rows,
)

HELPER = Path(__file__).with_name("kill_helper.py")
STATEMENT_KILLS = 50
TIMED_KILLS = 8


@dataclass
class Scenario:
    db: Path  # the receiving desk before the sync
    exchange: Path  # the other desks' packages
    receiver: str  # its node id (hex)
    packages: dict[tuple[str, int], int]  # (node hex, seq) -> changes the receiver keeps of it


def _node(templates: dict[str, tuple[Path, Actor | None]], name: str, folder: Path) -> Node:
    source, actor = templates[name]
    folder.mkdir(parents=True)
    copy_db(source, folder / source.name)
    assert actor is not None
    return Node(name=name, store=reopen(folder / source.name), actor=actor, exchange=folder.parent / "exchange")


@pytest.fixture(scope="module")
def scenario(templates: dict[str, tuple[Path, Actor | None]], tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    root = tmp_path_factory.mktemp("kill")
    (root / "exchange").mkdir()
    a1, a2, b1 = (_node(templates, n, root / n) for n in ("a1", "a2", "b1"))
    key = KEY
    people = [add_person(a1, given=f"Persoon {i}", email=f"p{i}@example.nl") for i in range(8)]
    a1.sync(key)
    a2.sync(key)  # the receiver has the first package...
    for pid in people[:4]:
        edit(a2, Person, pid, family_name="Van Balie Twee")  # ... and edits of its own, not sent yet
    for i, pid in enumerate(people[:6]):
        edit(a1, Person, pid, family_name=f"Van Balie Een {i}", given_name=f"Nieuw {i}")
    delete(a1, Person, people[6])
    a1.sync(key)
    for i in range(6):
        pid = add_person(a1, given=f"Later {i}")
        with a1.store.write(a1.actor) as s:
            s.add(Note(person_id=pid, hub_id=a1.actor.hub_id, written_at=a1.store.clock(), text=f"Notitie {i}"))  # type: ignore[union-attr]
    a1.sync(key)
    for i in range(5):
        add_person(b1, given=f"Oost {i}")
    b1.sync(key)
    receiver = a2.node_id.hex
    for node in (a1, a2, b1):
        node.store.dispose()
        checkpoint(node.path)
    exchange = root / "theirs"
    exchange.mkdir()
    for node in (a1, b1):
        shutil.copytree(root / "exchange" / node.node_id.hex, exchange / node.node_id.hex)
    kept = {}
    for node_hex, seq, count in rows(
        a1.path, "SELECT node_id, exported_seq, count(*) FROM change_log GROUP BY node_id, exported_seq"
    ):
        kept[(node_hex, seq)] = count
    for (node_hex, seq), _count in list(kept.items()):
        if node_hex == receiver or seq is None:
            del kept[(node_hex, seq)]
    return Scenario(db=a2.path, exchange=exchange, receiver=receiver, packages=kept)


class Zygote:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HELPER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )

    def run(self, request: dict[str, Any], kill_after: float | None = None) -> int:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        pid_line = self.proc.stdout.readline().split()
        assert pid_line[0] == "pid", pid_line
        if kill_after is not None:
            time.sleep(kill_after)
            try:
                import os

                os.kill(int(pid_line[1]), signal.SIGKILL)
            except ProcessLookupError:
                pass  # it finished first
        exit_line = self.proc.stdout.readline().split()
        assert exit_line[0] == "exit", exit_line
        return int(exit_line[1])

    def warm_up(self, request: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({**request, "warm_up": True, "kill_at": -2}) + "\n")
        assert self.proc.stdout.readline().strip() == "warm"

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    z = Zygote()
    yield z
    z.close()


def _prepare(scenario: Scenario, folder: Path) -> dict[str, Any]:
    folder.mkdir()
    db = folder / "desk.sqlite"
    shutil.copyfile(scenario.db, db)
    exchange = folder / "exchange"
    shutil.copytree(scenario.exchange, exchange)
    return {"db": str(db), "exchange": str(exchange), "key": KEY.secret.hex(), "count_file": str(folder / "n.json")}


def _state(db: Path) -> tuple[Any, ...]:
    """Everything an uninterrupted run decides (not: times, backups, file names)."""
    return (
        content_digest(db, skip=LOCAL_TABLES | {"sync_conflicts", "person_index", "sync_pending"}),
        open_conflicts(db),
        # Not the marks: which Lamport time each import came after depends on where a run
        # was stopped (another order of packages of different nodes), and only tells
        # which later local changes saw the package; there are none here.
        rows(db, "SELECT node_id, seq, digest, changes, applied, withheld FROM sync_inbox ORDER BY 1, 2"),
        rows(db, "SELECT seq, digest, changes, first_lamport, last_lamport FROM sync_outbox ORDER BY 1"),
        rows(db, "SELECT person_id, display_name, doc FROM person_index ORDER BY 1"),
    )


def _whole(scenario: Scenario, db: Path) -> None:
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "PRAGMA foreign_key_check") == []
    imported = {(n, q) for n, q in rows(db, "SELECT node_id, seq FROM sync_inbox")}
    held = dict(((n, q), c) for n, q, c in rows(
        db, "SELECT node_id, exported_seq, count(*) FROM change_log WHERE node_id != ? GROUP BY 1, 2", scenario.receiver
    ))  # fmt: skip
    for package, count in scenario.packages.items():
        if package in imported:
            assert held.get(package) == count, package
        else:
            assert package not in held, package  # not a single change of a package not recorded
    for table in ("persons", "notes"):
        stale = rows(db, f"SELECT t.id FROM {table} t WHERE t.version != "
                         f"(SELECT count(*) FROM change_log c WHERE c.record_id = t.id)")  # fmt: skip
        assert stale == [], table  # every record is what its changes make it
    assert rows(db, "SELECT count(*) FROM change_log WHERE node_id = ? AND exported_seq IS NOT NULL "
                    "AND exported_seq NOT IN (SELECT seq FROM sync_outbox)", scenario.receiver) == [(0,)]  # fmt: skip


def _rerun(db: Path, exchange: Path, key: ProgrammeKey) -> None:
    store = reopen(db)
    try:
        report = SyncService(store, key=key, backups=False).sync(exchange)
        assert report.ok, (report.refused, report.problems)
    finally:
        store.dispose()


def test_kill_9_at_any_moment_leaves_a_whole_database_and_a_rerun_converges(
    scenario: Scenario, zygote: Zygote, memory_dir: Path, key: ProgrammeKey
) -> None:
    tmp_path = memory_dir
    zygote.warm_up(_prepare(scenario, tmp_path / "warm"))
    clean = _prepare(scenario, tmp_path / "clean")
    started = time.perf_counter()
    assert zygote.run({**clean, "kill_at": -1}) == 0
    duration = time.perf_counter() - started
    counted = json.loads(Path(clean["count_file"]).read_text())
    assert counted["ok"]
    expected = _state(Path(clean["db"]))
    assert expected[1], "the scenario should open conflicts"
    total = counted["statements"]
    points = sorted({1 + (total - 1) * i // (STATEMENT_KILLS - 1) for i in range(STATEMENT_KILLS)})
    rnd = random.Random(20261127)
    delays = [rnd.uniform(0, duration) for _ in range(TIMED_KILLS)]
    runs: list[tuple[str, Any]] = [("statement", k) for k in points] + [("time", d) for d in delays]
    killed = 0
    for i, (how, where) in enumerate(runs):
        request = _prepare(scenario, tmp_path / f"run{i}")
        if how == "statement":
            status = zygote.run({**request, "kill_at": where})
        else:
            status = zygote.run({**request, "kill_at": 0}, kill_after=where)
        if status != 0:
            assert status & 0x7F == signal.SIGKILL, (how, where, status)
            killed += 1
        db = Path(request["db"])
        _whole(scenario, db)
        _rerun(db, Path(request["exchange"]), key)
        assert _state(db) == expected, (how, where)
        shutil.rmtree(tmp_path / f"run{i}")
    assert killed >= STATEMENT_KILLS
