"""Checking, backing up and the audit trail."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hubdesk.models.errors import StoreError
from hubdesk.services.intake import IntakeService
from hubdesk.services.maintenance import backup_database, check_database
from hubdesk.services.store import Actor, Store, open_store
from tests.services.helpers import registration


def test_a_healthy_database_checks_ok_with_counts(store: Store, actor: Actor, db_path: Path) -> None:
    IntakeService(store).register(actor, registration())
    report = check_database(db_path)
    assert report.ok
    assert not report.upgrade_needed
    assert report.counts["persons"] == 1


def test_an_altered_audit_log_is_detected(store: Store, actor: Actor, db_path: Path) -> None:
    intake = IntakeService(store)
    pid = intake.register(actor, registration()).person_id
    intake.get_file(actor, pid)
    with sqlite3.connect(db_path) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_events SET worker_id = NULL")
    with sqlite3.connect(db_path) as conn:  # someone with file access removes the guard first
        conn.execute("DROP TRIGGER audit_events_no_update")
        conn.execute("UPDATE audit_events SET action = 'export' WHERE seq = 2")
    report = check_database(db_path)
    assert ("check.audit_chain", "2") in report.problems


def test_a_damaged_search_index_is_detected(store: Store, actor: Actor, db_path: Path) -> None:
    IntakeService(store).register(actor, registration())
    store.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER person_index_au")
        conn.execute("UPDATE person_index SET doc = 'iets anders'")
    report = check_database(db_path)
    assert [p[0] for p in report.problems] == ["check.search_index"]


def test_a_backup_is_a_complete_database_and_is_never_overwritten(
    store: Store, actor: Actor, db_path: Path, tmp_path: Path
) -> None:
    pid = IntakeService(store).register(actor, registration()).person_id
    out = tmp_path / "backup" / "hub-2026-03-03.sqlite"
    backup_database(db_path, out)
    copy = open_store(out, create=False)
    try:
        assert IntakeService(copy).get_file(actor, pid).person.name == "Fatima El Amrani"
    finally:
        copy.dispose()
    before = out.read_bytes()
    with pytest.raises(StoreError) as info:
        backup_database(db_path, out)
    assert info.value.code == "store.backup_exists"
    assert out.read_bytes() == before


def test_backing_up_a_file_that_is_not_a_database_fails_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 500)
    with pytest.raises(StoreError) as info:
        backup_database(bad, tmp_path / "out.sqlite")
    assert info.value.code == "store.not_database"
    assert not (tmp_path / "out.sqlite").exists()
