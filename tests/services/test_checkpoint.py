"""The write-ahead log is copied back by a thread of its own, not by a save at the desk."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hubdesk.services.checkpoint import WalCheckpointer
from hubdesk.services.intake import IntakeService
from hubdesk.services.store import Actor, Store


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def registration(i: int) -> dict[str, object]:
    return {
        "person": {"given_name": f"Test{i}", "family_name": "Checkpoint", "home_postcode": "2034 AB"},
        "enterprise": {"trade_name": f"Checkpoint {i}", "stage": "idea"},
        "consents": [{"purpose": "registration", "text_version": "reg-1"}],
    }


def test_saves_leave_the_log_copied_back_by_the_background_thread(store: Store, actor: Actor, db_path: Path) -> None:
    path = db_path
    intake = IntakeService(store)
    checkpointer = store._checkpointer
    assert checkpointer is not None
    for i in range(5):
        intake.register(actor, registration(i), allow_duplicates=True)
    assert wait_until(lambda: checkpointer.runs > 0)
    # Everything in the log is in the database: a reader without the -wal sees the saves.
    store.dispose()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM persons WHERE family_name = 'Checkpoint'").fetchone()[0] == 5
    finally:
        conn.close()


def test_after_the_thread_ran_the_next_save_starts_the_log_afresh(store: Store, actor: Actor, db_path: Path) -> None:
    intake = IntakeService(store)
    checkpointer = store._checkpointer
    assert checkpointer is not None
    wal = db_path.with_name(db_path.name + "-wal")
    for i in range(5):
        intake.register(actor, registration(i), allow_duplicates=True)
    done = checkpointer.runs
    assert wait_until(lambda: checkpointer.runs > done)
    time.sleep(0.5)  # longer than a checkpoint and the pause between two
    size = wal.stat().st_size
    intake.register(actor, registration(99), allow_duplicates=True)
    # The log was copied back completely, so this save wrote from the start of the
    # file again instead of growing it (without the thread it grows to 1,000 pages,
    # and then a save at the desk pays for copying them back).
    assert wal.stat().st_size == size
    store.dispose()


def test_a_database_that_cannot_be_opened_only_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    checkpointer = WalCheckpointer(broken)
    checkpointer.nudge()
    assert wait_until(lambda: "cannot open" in caplog.text)
    checkpointer.close()
    assert checkpointer.runs == 0


def test_an_idle_thread_goes_and_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    sqlite3.connect(path).execute("PRAGMA journal_mode=WAL").close()
    checkpointer = WalCheckpointer(lambda: sqlite3.connect(path), min_interval=0.0, idle=0.05)
    checkpointer.nudge()
    assert wait_until(lambda: checkpointer.runs == 1)
    assert wait_until(lambda: not any(t.name == "hubdesk-wal-checkpoint" for t in threading.enumerate()))
    checkpointer.nudge()
    assert wait_until(lambda: checkpointer.runs == 2)
    checkpointer.close()
    assert not any(t.name == "hubdesk-wal-checkpoint" for t in threading.enumerate())
