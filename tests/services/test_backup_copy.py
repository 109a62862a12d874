"""The copy under every backup (:func:`hubdesk.services.store.backup_sqlite`): taken as files
while the database is in use, it must hold one consistent state, including what is still
in the write-ahead log, and be a single file."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from hubdesk.models.errors import StoreError
from hubdesk.services.store import backup_sqlite, refresh_sqlite_copy


def _wal_database(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")  # everything stays in the log until asked
    conn.execute("CREATE TABLE visits (id INTEGER PRIMARY KEY, pair INTEGER NOT NULL, note BLOB NOT NULL)")
    conn.execute("CREATE TABLE pairs (n INTEGER NOT NULL)")
    conn.execute("INSERT INTO pairs VALUES (0)")
    return conn


@pytest.mark.parametrize("thorough", [True, False])
def test_the_copy_holds_what_is_still_in_the_write_ahead_log(tmp_path: Path, thorough: bool) -> None:
    db = tmp_path / "hub.sqlite"
    conn = _wal_database(db)
    conn.executemany("INSERT INTO visits (pair, note) VALUES (?, ?)", [(i, b"x" * 500) for i in range(300)])
    assert (tmp_path / "hub.sqlite-wal").stat().st_size > 0

    backup_sqlite(db, tmp_path / "copy.sqlite", thorough=thorough)

    copy = sqlite3.connect(tmp_path / "copy.sqlite")
    assert copy.execute("SELECT count(*) FROM visits").fetchone() == (300,)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    copy.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "copy.sqlite",
        "hub.sqlite",
        "hub.sqlite-shm",
        "hub.sqlite-wal",
    ]
    conn.close()


def test_copies_taken_while_another_connection_writes_and_checkpoints_are_each_one_consistent_state(
    tmp_path: Path,
) -> None:
    """Every transaction adds two visits and counts one more pair; a second connection copies
    the log into the file all the while. Each copy must be whole and hold whole transactions."""
    db = tmp_path / "hub.sqlite"
    writer = _wal_database(db)
    checkpointer = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    stop = threading.Event()

    def write() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            writer.execute("BEGIN IMMEDIATE")
            writer.executemany("INSERT INTO visits (pair, note) VALUES (?, randomblob(700))", [(n,), (n,)])
            writer.execute("UPDATE pairs SET n = n + 1")
            writer.execute("COMMIT")
            time.sleep(0.001)  # a busy desk, not a loop that never lets go of the lock

    def checkpoint() -> None:
        while not stop.is_set():
            checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    threads = [threading.Thread(target=write), threading.Thread(target=checkpoint)]
    for t in threads:
        t.start()
    try:
        for i in range(12):
            backup_sqlite(db, tmp_path / f"copy-{i}.sqlite", thorough=False)
    finally:
        stop.set()
        for t in threads:
            t.join()
    for i in range(12):
        copy = sqlite3.connect(tmp_path / f"copy-{i}.sqlite")
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        visits, pairs = copy.execute("SELECT (SELECT count(*) FROM visits), (SELECT n FROM pairs)").fetchone()
        assert visits == 2 * pairs
        copy.close()
    writer.close()
    checkpointer.close()


def test_a_full_disk_fails_the_copy_with_its_reason_and_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hub.sqlite"
    _wal_database(db).close()
    real_copy = shutil.copyfile

    def full_disk(src: Path, dst: Path) -> Path:
        Path(dst).write_bytes(Path(src).read_bytes()[:4096])  # the first part made it
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full_disk)
    with pytest.raises(StoreError) as caught:
        backup_sqlite(db, tmp_path / "backups" / "copy.sqlite")
    monkeypatch.setattr(shutil, "copyfile", real_copy)

    assert caught.value.code == "store.backup_failed"
    assert caught.value.params["reason"] == "No space left on device"
    assert list((tmp_path / "backups").iterdir()) == []
    assert sqlite3.connect(db).execute("SELECT count(*) FROM pairs").fetchone() == (1,)


# -- bringing the last copy up to date ---------------------------------------------------------------------------


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _with_a_copy(tmp_path: Path, *, visits: int, note_bytes: int) -> tuple[Path, sqlite3.Connection]:
    """``hub.sqlite`` (WAL) with ``visits`` rows of ``note_bytes`` each, and its copy ``base.sqlite``."""
    db = tmp_path / "hub.sqlite"
    conn = _wal_database(db)
    conn.executemany(
        "INSERT INTO visits (pair, note) VALUES (?, randomblob(?))", [(i, note_bytes) for i in range(visits)]
    )
    backup_sqlite(db, tmp_path / "base.sqlite", thorough=False)
    return db, conn


def test_an_older_copy_brought_up_to_date_equals_a_new_copy(tmp_path: Path) -> None:
    db, conn = _with_a_copy(tmp_path, visits=2000, note_bytes=300)
    base_size = (tmp_path / "base.sqlite").stat().st_size
    conn.execute("UPDATE visits SET pair = pair + 1 WHERE id % 7 = 0")  # pages changed all over
    conn.execute("DELETE FROM visits WHERE id BETWEEN 100 AND 300")
    conn.executemany("INSERT INTO visits (pair, note) VALUES (?, randomblob(900))", [(i,) for i in range(500)])
    conn.execute("UPDATE pairs SET n = 42")
    expected = _dump(db)

    assert refresh_sqlite_copy(db, tmp_path / "base.sqlite", tmp_path / "now.sqlite")

    assert not (tmp_path / "base.sqlite").exists()  # the older copy became the new one
    assert (tmp_path / "now.sqlite").stat().st_size > base_size
    assert _dump(tmp_path / "now.sqlite") == expected
    copy = sqlite3.connect(tmp_path / "now.sqlite")
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()
    conn.close()


def test_a_database_that_shrank_gives_a_copy_of_its_size(tmp_path: Path) -> None:
    db, conn = _with_a_copy(tmp_path, visits=2000, note_bytes=2000)
    conn.execute("DELETE FROM visits WHERE id > 10")
    conn.execute("VACUUM")
    expected = _dump(db)

    assert refresh_sqlite_copy(db, tmp_path / "base.sqlite", tmp_path / "now.sqlite")

    assert (tmp_path / "now.sqlite").stat().st_size == db.stat().st_size
    assert _dump(tmp_path / "now.sqlite") == expected
    conn.close()


def test_a_log_that_a_reader_keeps_from_emptying_means_a_whole_copy_instead(tmp_path: Path) -> None:
    db, conn = _with_a_copy(tmp_path, visits=200, note_bytes=300)
    base = (tmp_path / "base.sqlite").read_bytes()
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM visits").fetchone()  # a screen in the middle of reading
    conn.executemany("INSERT INTO visits (pair, note) VALUES (?, randomblob(300))", [(i,) for i in range(200)])

    assert not refresh_sqlite_copy(db, tmp_path / "base.sqlite", tmp_path / "now.sqlite")

    assert (tmp_path / "base.sqlite").read_bytes() == base  # untouched
    assert not (tmp_path / "now.sqlite").exists()
    reader.execute("ROLLBACK")
    reader.close()
    conn.close()


def test_a_copy_of_less_than_half_the_database_is_not_brought_up_to_date(tmp_path: Path) -> None:
    """Most of it would be written anyway: the caller makes a whole copy instead."""
    db = tmp_path / "hub.sqlite"
    conn = _wal_database(db)
    backup_sqlite(db, tmp_path / "base.sqlite", thorough=False)
    conn.executemany("INSERT INTO visits (pair, note) VALUES (?, randomblob(900))", [(i,) for i in range(2000)])

    assert not refresh_sqlite_copy(db, tmp_path / "base.sqlite", tmp_path / "now.sqlite")

    assert (tmp_path / "base.sqlite").exists()
    assert not (tmp_path / "now.sqlite").exists()
    conn.close()


def test_a_full_disk_while_bringing_a_copy_up_to_date_leaves_no_half_copy_and_asks_for_a_whole_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, conn = _with_a_copy(tmp_path, visits=500, note_bytes=300)
    conn.execute("UPDATE pairs SET n = 42")
    real_open = Path.open

    def full_disk(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle: Any = real_open(self, mode, *args, **kwargs)
        if "+" in mode:  # the copy being rewritten: the disk fills up at its first write
            real_write = handle.write

            def write(data: bytes) -> int:
                real_write(data[:100])
                raise OSError(errno.ENOSPC, "No space left on device")

            handle.write = write
        return handle

    monkeypatch.setattr(Path, "open", full_disk)
    assert not refresh_sqlite_copy(db, tmp_path / "base.sqlite", tmp_path / "now.sqlite")
    monkeypatch.undo()

    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite" in p.name and not p.name.startswith("hub")) == []
    assert sqlite3.connect(db).execute("SELECT n FROM pairs").fetchone() == (42,)
    conn.close()
