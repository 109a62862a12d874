"""Rolling backups and restoring one: the restore drill, refusals, pruning, the daily copy."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from hubdesk.models.errors import StoreError
from hubdesk.models.people import Person
from hubdesk.services.backups import (
    BackupPolicy,
    BackupReason,
    BackupService,
    ensure_daily_backup,
    restore_and_reopen,
)
from hubdesk.services.intake import IntakeService
from hubdesk.services.maintenance import check_database
from hubdesk.services.search import SearchService
from hubdesk.services.store import Actor, Store, head_revision, open_store
from tests.conftest import FakeClock
from tests.services.helpers import registration

FIRST = [("Fatima", "El Amrani"), ("Sanne", "de Vries"), ("Mehmet", "Özkan")]
LATER = [("Karim", "Benali"), ("Joëlle", "Pinas")]


def _register(store: Store, actor: Actor, names: list[tuple[str, str]]) -> None:
    intake = IntakeService(store)
    for i, (given, family) in enumerate(names):
        intake.register(
            actor, registration(given, family, email=f"{given.lower()}{i}@example.nl"), allow_duplicates=True
        )


def _names(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return set(conn.execute("SELECT given_name, family_name FROM persons WHERE deleted_at IS NULL"))
    finally:
        conn.close()


def _damage(path: Path) -> None:
    """Overwrite the middle of the file with rubbish, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 3)
        fh.write(b"\xde\xad\xbe\xef" * (size // 12))


# --- the restore drill ---------------------------------------------------------------------------------------------


def test_restore_drill_brings_back_the_data_of_the_backup_after_damage(
    store: Store, actor: Actor, db_path: Path, clock: FakeClock
) -> None:
    _register(store, actor, FIRST)
    backup = BackupService.for_store(store).take(BackupReason.MANUAL)
    clock.advance(minutes=5)
    _register(store, actor, LATER)
    store.dispose()
    _damage(db_path)
    with pytest.raises(StoreError):  # the damaged database cannot even be opened
        open_store(db_path, clock=clock).dispose()

    result = BackupService(db_path, clock=clock).restore(backup)

    assert result.restored.path == backup.path
    assert _names(db_path) == set(FIRST)
    reopened = open_store(db_path, clock=clock)
    try:
        rows = SearchService(reopened).search("Özkan")
        assert [r.name for r in rows] == ["Mehmet Özkan"]
    finally:
        reopened.dispose()
    report = check_database(db_path)
    assert report.ok, report.problems
    assert report.counts["persons"] == len(FIRST)
    assert result.safety_copy is not None
    assert result.safety_copy.exists()  # the damaged state is kept too


def test_restore_while_the_store_is_open_closes_it_keeps_the_current_state_and_reopens(
    store: Store, actor: Actor, db_path: Path, clock: FakeClock
) -> None:
    _register(store, actor, FIRST)
    backup = BackupService.for_store(store).take(BackupReason.DAILY)
    clock.advance(minutes=1)
    _register(store, actor, LATER)  # still in the WAL: never checkpointed
    assert (db_path.parent / f"{db_path.name}-wal").exists()

    reopened, result = restore_and_reopen(store, backup)
    try:
        with reopened.read() as s:
            names = {(p.given_name, p.family_name) for p in s.scalars(sa.select(Person))}
        assert names == set(FIRST)
    finally:
        reopened.dispose()
    assert result.safety_copy is not None
    assert _names(result.safety_copy) == set(FIRST + LATER)  # what was only in the WAL is in the safety copy
    assert check_database(db_path).ok
    assert not list(db_path.parent.glob(".*.part"))


def test_a_lost_database_can_be_restored(store: Store, actor: Actor, db_path: Path, clock: FakeClock) -> None:
    _register(store, actor, FIRST)
    backup = BackupService.for_store(store).take(BackupReason.DAILY)
    store.dispose()
    for path in db_path.parent.glob(db_path.name + "*"):
        path.unlink()
    result = BackupService(db_path, clock=clock).restore(backup.path)
    assert result.safety_copy is None
    assert _names(db_path) == set(FIRST)


# --- what a backup holds -------------------------------------------------------------------------------------------


def test_the_list_says_when_why_what_and_which_schema(
    store: Store, actor: Actor, db_path: Path, clock: FakeClock
) -> None:
    _register(store, actor, FIRST)
    service = BackupService.for_store(store)
    daily = service.take(BackupReason.DAILY)
    clock.advance(hours=2)
    _register(store, actor, LATER)
    before_import = service.take(BackupReason.BEFORE_IMPORT)

    listed = service.list()

    assert [b.path for b in listed] == [before_import.path, daily.path]  # newest first
    first = listed[1]
    assert first.reason is BackupReason.DAILY
    assert first.taken_at == dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.UTC)
    assert (first.entrepreneurs, first.visits, first.referrals) == (3, 3, 0)
    assert first.schema == head_revision()
    assert first.usable
    assert first.size == first.path.stat().st_size > 0
    assert listed[0].entrepreneurs == 5
    assert daily.path.parent == db_path.parent / "backups"
    assert daily.path.name == "hub-daily-20260303T100000.sqlite"


def test_two_backups_in_the_same_second_get_their_own_names(store: Store, actor: Actor) -> None:
    service = BackupService.for_store(store)
    one = service.take(BackupReason.MANUAL, prune=False)
    two = service.take(BackupReason.MANUAL, prune=False)
    assert one.path != two.path
    assert two.path.name == "hub-manual-20260303T100000-2.sqlite"
    assert len(service.list()) == 2


# --- refusals: nothing changes ---------------------------------------------------------------------------------------


def test_a_backup_from_a_newer_hubdesk_is_refused_and_nothing_changes(
    store: Store, actor: Actor, db_path: Path, clock: FakeClock
) -> None:
    _register(store, actor, FIRST)
    service = BackupService.for_store(store)
    backup = service.take(BackupReason.MANUAL)
    os.chmod(backup.path, 0o644)
    with sqlite3.connect(backup.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    assert service.list()[0].problem == "backup.newer"
    store.dispose()
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as info:
        BackupService(db_path, clock=clock).restore(backup.path)
    assert info.value.code == "backup.newer"
    assert info.value.params["revision"] == "9999_from_the_future"
    assert db_path.read_bytes() == before
    assert len(list((db_path.parent / "backups").iterdir())) == 1  # not even a safety copy


@pytest.mark.parametrize("damage", ["truncated", "rubbish"])
def test_a_damaged_backup_is_refused_and_nothing_changes(
    store: Store, actor: Actor, db_path: Path, clock: FakeClock, damage: str
) -> None:
    _register(store, actor, FIRST * 30 if damage == "rubbish" else FIRST)
    backup = BackupService.for_store(store).take(BackupReason.MANUAL)
    if damage == "truncated":
        with backup.path.open("r+b") as fh:
            fh.truncate(backup.size // 2)
    else:
        _damage(backup.path)
    store.dispose()
    before = _names(db_path)
    with pytest.raises(StoreError) as info:
        BackupService(db_path, clock=clock).restore(backup.path)
    assert info.value.code == "backup.damaged"
    assert _names(db_path) == before
    assert check_database(db_path).ok


def test_another_programs_database_is_not_restored(db_path: Path, store: Store, tmp_path: Path) -> None:
    other = tmp_path / "recipes.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    with pytest.raises(StoreError) as info:
        BackupService.for_store(store).restore(other)
    assert info.value.code == "backup.not_hubdesk"


def test_a_failed_swap_leaves_the_live_database_as_it_was(
    store: Store, actor: Actor, db_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register(store, actor, FIRST)
    backup = BackupService.for_store(store).take(BackupReason.MANUAL)
    _register(store, actor, LATER)
    store.dispose()

    def no_space(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("hubdesk.services.backups.os.replace", no_space)
    with pytest.raises(StoreError) as info:
        BackupService(db_path, clock=clock).restore(backup)
    assert info.value.code == "backup.restore_failed"
    assert _names(db_path) == set(FIRST + LATER)
    assert check_database(db_path).ok
    assert not list(db_path.parent.glob(".*.part"))


def test_a_database_another_program_holds_open_is_not_replaced(
    store: Store, actor: Actor, db_path: Path, clock: FakeClock
) -> None:
    _register(store, actor, FIRST)
    backup = BackupService.for_store(store).take(BackupReason.MANUAL)
    _register(store, actor, LATER)
    store.dispose()
    other = sqlite3.connect(db_path)  # e.g. a second hubdesk, reading
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM persons").fetchone()
    try:
        with pytest.raises(StoreError) as info:
            BackupService(db_path, clock=clock).restore(backup)
        assert info.value.code == "store.locked"
    finally:
        other.rollback()
        other.close()
    assert _names(db_path) == set(FIRST + LATER)


def test_a_server_database_has_no_backups_here(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'server.sqlite'}")
    try:
        with pytest.raises(StoreError) as info:
            BackupService.for_store(store)
        assert info.value.code == "backup.not_sqlite"
        assert ensure_daily_backup(store) is None
    finally:
        store.dispose()


# --- pruning -------------------------------------------------------------------------------------------------------


def _fake(folder: Path, reason: BackupReason, at: dt.datetime, stem: str = "hub") -> Path:
    path = folder / f"{stem}-{reason.value}-{at.strftime('%Y%m%dT%H%M%S')}.sqlite"
    path.write_bytes(b"")
    return path


def test_pruning_keeps_the_newest_of_each_day_week_and_month_and_the_last_safety_copies(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    noon = dt.datetime(2026, 3, 31, 12, 0, tzinfo=dt.UTC)  # a Tuesday
    dailies = {}
    for days in range(400):  # a daily copy for more than a year, and an early one on each day
        day = noon - dt.timedelta(days=days)
        dailies[day.date()] = _fake(folder, BackupReason.DAILY, day)
        _fake(folder, BackupReason.DAILY, day - dt.timedelta(hours=3))
    safety = [_fake(folder, BackupReason.BEFORE_IMPORT, noon - dt.timedelta(days=d, hours=1)) for d in range(8)]
    (folder / "notes.txt").write_text("not a backup")
    (folder / "hub-copied-by-hand.sqlite").write_bytes(b"")
    (folder / "other-daily-20260331T120000.sqlite").write_bytes(b"")  # another database's

    removed = BackupService(tmp_path / "hub.sqlite", policy=BackupPolicy(7, 4, 12, 5)).prune()

    kept = {p.name for p in folder.iterdir()}
    assert {"notes.txt", "hub-copied-by-hand.sqlite", "other-daily-20260331T120000.sqlite"} <= kept
    assert all(p.name not in kept for p in removed)
    last_days = [noon.date() - dt.timedelta(days=d) for d in range(7)]
    assert all(dailies[d].name in kept for d in last_days)  # the newest of each of the last 7 days
    week_ends = [dt.date(2026, 3, 29) - dt.timedelta(weeks=w) for w in range(3)]  # Sundays of earlier weeks
    assert all(dailies[d].name in kept for d in week_ends)
    month_ends = [dt.date(2026, m, 1) - dt.timedelta(days=1) for m in (3, 2, 1)] + [
        dt.date(2025, m, 1) - dt.timedelta(days=1) for m in range(12, 4, -1)
    ]
    assert all(dailies[d].name in kept for d in month_ends)  # the last day of each earlier month
    assert {p.name for p in safety[:5]} <= kept
    assert not {p.name for p in safety[5:]} & kept
    backups_kept = [n for n in kept if n.startswith("hub-daily-") or n.startswith("hub-before-")]
    assert len(backups_kept) <= 7 + 4 + 12 + 5
    assert not (set(dailies.values()) - set(removed)) - {folder / n for n in kept}


def test_taking_a_backup_prunes_but_keeps_the_new_one(store: Store, actor: Actor, db_path: Path) -> None:
    service = BackupService.for_store(store, policy=BackupPolicy(daily=1, weekly=0, monthly=0, safety=0))
    folder = db_path.parent / "backups"
    folder.mkdir()
    old = _fake(folder, BackupReason.DAILY, dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC))
    new = service.take(BackupReason.DAILY)
    assert new.path.exists()
    assert not old.exists()


# --- the daily copy ------------------------------------------------------------------------------------------------


def test_the_daily_backup_is_taken_once_a_day(store: Store, actor: Actor, clock: FakeClock) -> None:
    first = ensure_daily_backup(store)
    assert first is not None
    assert first.reason is BackupReason.DAILY
    clock.advance(hours=3)
    assert ensure_daily_backup(store) is None
    clock.advance(days=1)
    second = ensure_daily_backup(store)
    assert second is not None
    assert second.path != first.path
    assert [b.reason for b in BackupService.for_store(store).list()] == [BackupReason.DAILY, BackupReason.DAILY]


def test_the_copy_before_an_upgrade_is_one_of_the_rolling_backups(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    from hubdesk.services.store import alembic_config, sqlite_engine

    path = tmp_path / "old.sqlite"
    engine = sqlite_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    engine.dispose()
    folder = tmp_path / "backups"
    folder.mkdir()
    old = [
        _fake(folder, BackupReason.BEFORE_IMPORT, dt.datetime(2026, 1, d, 12, tzinfo=dt.UTC), "old")
        for d in range(1, 7)
    ]
    taken: list[BackupReason] = []
    real = BackupService.take

    def spy(self: BackupService, reason: BackupReason, **kwargs: object) -> object:
        taken.append(reason)
        return real(self, reason, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(BackupService, "take", spy)
    open_store(path, clock=clock).dispose()
    assert taken == [BackupReason.BEFORE_UPGRADE]
    kept = [
        b for b in BackupService(path).list() if b.reason in (BackupReason.BEFORE_UPGRADE, BackupReason.BEFORE_IMPORT)
    ]
    assert len(kept) == 5  # pruned like every safety copy: the newest five
    assert kept[0].reason is BackupReason.BEFORE_UPGRADE
    assert not old[0].exists()
