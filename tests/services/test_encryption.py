"""Encryption at rest: the database key wrapped per worker, SQLCipher databases, encrypted backups.

Negative cases first: what a thief with the laptop (the database file, its WAL and the
key file) gets, wrong passwords, one worker's password on another's slot.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import Stadsdeel
from hubdesk.models.errors import StoreError, UserFacingError
from hubdesk.services import encryption
from hubdesk.services.backups import BackupReason, BackupService, restore_and_reopen
from hubdesk.services.encrypting import encrypt_database, export_encrypted
from hubdesk.services.encryption import KdfParams
from hubdesk.services.intake import IntakeService
from hubdesk.services.maintenance import backup_database, check_database
from hubdesk.services.search import SearchService
from hubdesk.services.setup import initialize
from hubdesk.services.store import DRIVER_ERRORS, Actor, Store, connect_sqlite, open_store
from tests.conftest import FakeClock
from tests.fixtures.make_schema_fixtures import fixture_path
from tests.services.helpers import registration

FAST = KdfParams(time_cost=1, memory_cost=8, parallelism=1)  # the real cost is about 0.2 s a derivation
NAME = "Zwanenburg"  # a family name that appears nowhere else in the file by accident
PASSWORD_A = "correct horse battery"
PASSWORD_B = "tulpen in de lente"
Encrypted = tuple[bytes, encryption.RecoveryKey]


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encryption, "DEFAULT_KDF", FAST)


def _register(store: Store, actor: Actor, family: str = NAME) -> None:
    IntakeService(store).register(actor, registration("Anouk", family), allow_duplicates=True)


def _set_up_encrypted(db_path: Path, clock: FakeClock) -> tuple[bytes, encryption.RecoveryKey]:
    """An encrypted installation set up as the first run does, with one person registered."""
    key, recovery = encryption.create_with_key(db_path, "anouk", PASSWORD_A, params=FAST)
    store = open_store(db_path, clock=clock, key=key)
    try:
        actor = initialize(store, hub_name="Cityhub Schalkwijk", stadsdeel=Stadsdeel.SCHALKWIJK,
                           worker_name="Anouk de Vries", username="anouk")  # fmt: skip
        _register(store, actor)
    finally:
        store.dispose()
    return key, recovery


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, encryption.RecoveryKey]:
    path = tmp_path_factory.mktemp("template") / "hub.sqlite"
    key, recovery = _set_up_encrypted(path, FakeClock(dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.UTC)))
    return path, key, recovery


@pytest.fixture
def encrypted(
    _template: tuple[Path, bytes, encryption.RecoveryKey], db_path: Path
) -> tuple[bytes, encryption.RecoveryKey]:
    """A copy of the set-up encrypted installation at ``db_path`` (database and key file)."""
    source, key, recovery = _template
    shutil.copyfile(source, db_path)
    shutil.copyfile(encryption.key_file_path(source), encryption.key_file_path(db_path))
    return key, recovery


def _names(store: Store) -> list[str]:
    return [row.name for row in SearchService(store).search(NAME)]


# -- what a thief gets ------------------------------------------------------------------------------------------
def test_encrypted_file_is_not_readable_by_plain_sqlite(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_no_plaintext_name_in_the_database_its_wal_or_the_key_file(db_path: Path, clock: FakeClock) -> None:
    key, _ = encryption.create_with_key(db_path, "anouk", PASSWORD_A)
    store = open_store(db_path, clock=clock, key=key)
    try:
        actor = initialize(store, hub_name="Cityhub Schalkwijk", stadsdeel=Stadsdeel.SCHALKWIJK,
                           worker_name="Anouk de Vries", username="anouk")  # fmt: skip
        _register(store, actor)
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.exists()
        assert wal.stat().st_size > 0
        for path in (db_path, wal, encryption.key_file_path(db_path)):
            raw = path.read_bytes()
            assert NAME.encode() not in raw
            assert NAME.encode("utf-16-le") not in raw
            assert b"SQLite format 3" not in raw[:100]
            assert key not in raw
            assert key.hex().encode() not in raw
    finally:
        store.dispose()


def test_wrong_key_is_refused_with_a_clear_error(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    other_key, _ = encryption.create_with_key(db_path.with_name("other.sqlite"), "x", PASSWORD_B)
    conn = connect_sqlite(db_path, other_key)
    try:
        with pytest.raises(DRIVER_ERRORS, match="file is not a database"):
            conn.execute("SELECT count(*) FROM persons").fetchone()
    finally:
        conn.close()
    with pytest.raises(StoreError) as info:
        open_store(db_path, clock=clock, key=other_key)
    assert info.value.code == "store.wrong_key"


def test_opening_without_a_key_says_it_is_encrypted(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as info:
        open_store(db_path, clock=clock)
    assert info.value.code == "store.encrypted"
    assert db_path.read_bytes() == before


def test_wrong_password_fails_as_an_unknown_user_does(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    for user, password in (("anouk", "wrong password!"), ("nobody", PASSWORD_A), ("anouk", "")):
        with pytest.raises(UserFacingError) as info:
            encryption.unlock(db_path, user, password)
        assert info.value.code == "login.failed"


def test_a_workers_slot_does_not_open_with_a_colleagues_password(
    db_path: Path, clock: FakeClock, encrypted: Encrypted
) -> None:
    key, _ = encrypted
    encryption.enrol(db_path, key, "bram", PASSWORD_B)
    with pytest.raises(UserFacingError, match="login.failed"):
        encryption.unlock(db_path, "anouk", PASSWORD_B)
    with pytest.raises(UserFacingError, match="login.failed"):
        encryption.unlock(db_path, "bram", PASSWORD_A)


def test_a_slot_moved_to_another_user_name_does_not_open(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    """The user name is bound into each wrapped key: renaming a slot in the file does not help."""
    path = encryption.key_file_path(db_path)
    data = json.loads(path.read_text())
    data["slots"][0]["username"] = "mallory"
    path.write_text(json.dumps(data))
    with pytest.raises(UserFacingError, match="login.failed"):
        encryption.unlock(db_path, "mallory", PASSWORD_A)


def test_wrong_recovery_key_is_refused(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    _, recovery = encrypted
    text = recovery.text
    changed = ("1" if text[0] != "1" else "2") + text[1:]
    for attempt in (changed, "ABCD", ""):
        with pytest.raises(UserFacingError) as info:
            encryption.unlock_with_recovery(db_path, attempt)
        assert info.value.code == "encryption.recovery_failed"


def test_enrol_refuses_a_key_that_is_not_this_databases(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    with pytest.raises(UserFacingError, match="encryption.wrong_key"):
        encryption.enrol(db_path, b"\x01" * 32, "bram", PASSWORD_B)
    assert encryption.usernames(db_path) == ["anouk"]


def test_damaged_key_file_is_reported(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    encryption.key_file_path(db_path).write_text("{not json")
    with pytest.raises(UserFacingError, match="encryption.key_file_damaged"):
        encryption.unlock(db_path, "anouk", PASSWORD_A)


def test_the_last_workers_slot_is_not_removed(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    with pytest.raises(UserFacingError, match="encryption.last_slot"):
        encryption.remove(db_path, "anouk")
    assert encryption.unlock(db_path, "anouk", PASSWORD_A)


def test_a_plain_database_keeps_opening_without_a_key(db_path: Path, clock: FakeClock) -> None:
    store = open_store(db_path, clock=clock)
    try:
        assert store.key is None
        assert not encryption.is_encrypted(db_path)
    finally:
        store.dispose()
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    with pytest.raises(StoreError, match="store.not_encrypted"):
        open_store(db_path, clock=clock, key=b"\x02" * 32)


# -- what the workers get ---------------------------------------------------------------------------------------
def test_each_worker_unlocks_the_same_data(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    key, _ = encrypted
    encryption.enrol(db_path, key, "Bram", PASSWORD_B)  # user names match as at login: case does not matter
    for user, password in (("anouk", PASSWORD_A), ("bram", PASSWORD_B), (" BRAM ", PASSWORD_B)):
        store = open_store(db_path, clock=clock, key=encryption.unlock(db_path, user, password))
        try:
            assert _names(store) == [f"Anouk {NAME}"]
        finally:
            store.dispose()


def test_password_change_rewraps_and_keeps_the_data(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    key, _ = encrypted
    before = db_path.read_bytes()
    with pytest.raises(UserFacingError, match="login.failed"):
        encryption.rewrap(db_path, "anouk", "not the password", PASSWORD_B)
    encryption.rewrap(db_path, "anouk", PASSWORD_A, PASSWORD_B)
    assert db_path.read_bytes() == before  # the data is not re-encrypted
    with pytest.raises(UserFacingError, match="login.failed"):
        encryption.unlock(db_path, "anouk", PASSWORD_A)
    assert encryption.unlock(db_path, "anouk", PASSWORD_B) == key
    store = open_store(db_path, clock=clock, key=encryption.unlock(db_path, "anouk", PASSWORD_B))
    try:
        assert _names(store) == [f"Anouk {NAME}"]
    finally:
        store.dispose()


def test_recovery_key_opens_the_database_as_typed_back(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    key, recovery = encrypted
    groups = recovery.text.split("-")
    assert len(groups) == 13
    assert all(len(g) == 4 for g in groups)
    assert encryption.unlock_with_recovery(db_path, recovery) == key
    typed = " ".join(groups).lower().replace("0", "o").replace("1", "l")
    assert encryption.unlock_with_recovery(db_path, typed) == key
    assert recovery.text not in repr(recovery)


def test_recovery_key_opens_the_database_when_the_key_file_is_lost(
    db_path: Path, clock: FakeClock, encrypted: Encrypted
) -> None:
    _, recovery = encrypted
    encryption.key_file_path(db_path).unlink()
    key = encryption.unlock_with_recovery(db_path, recovery)
    store = open_store(db_path, clock=clock, key=key)
    try:
        assert _names(store) == [f"Anouk {NAME}"]
    finally:
        store.dispose()
    encryption.create_with_key(db_path, "anouk", PASSWORD_B, key=key)  # a new key file for the same key
    assert encryption.unlock(db_path, "anouk", PASSWORD_B) == key


def test_removed_worker_can_no_longer_unlock(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    key, _ = encrypted
    encryption.enrol(db_path, key, "bram", PASSWORD_B)
    encryption.remove(db_path, "bram")
    with pytest.raises(UserFacingError, match="login.failed"):
        encryption.unlock(db_path, "bram", PASSWORD_B)
    assert encryption.usernames(db_path) == ["anouk"]


def test_key_file_records_the_parameters_it_was_made_with(db_path: Path, clock: FakeClock) -> None:
    encryption.create(db_path, "anouk", PASSWORD_A, params=KdfParams(2, 16, 1))
    slot = json.loads(encryption.key_file_path(db_path).read_text())["slots"][0]
    assert (slot["kdf"]["name"], slot["kdf"]["time_cost"], slot["kdf"]["memory_cost"]) == ("argon2id", 2, 16)
    assert encryption.unlock(db_path, "anouk", PASSWORD_A)


def test_create_refuses_an_installation_that_has_a_key_already(
    db_path: Path, clock: FakeClock, encrypted: Encrypted
) -> None:
    with pytest.raises(UserFacingError, match="encryption.already_encrypted"):
        encryption.create(db_path, "bram", PASSWORD_B)


# -- backups and checks -----------------------------------------------------------------------------------------
def test_backups_are_encrypted_and_restore_with_the_key(db_path: Path, clock: FakeClock, encrypted: Encrypted) -> None:
    key, _ = encrypted
    store = open_store(db_path, clock=clock, key=key)
    try:
        info = BackupService.for_store(store).take(BackupReason.MANUAL)
        assert info.usable
        assert info.entrepreneurs == 1
        raw = info.path.read_bytes()
        assert NAME.encode() not in raw
        assert not raw.startswith(b"SQLite format 3")
        # Without the key, the copy is no use to anyone (nor listed as usable).
        assert BackupService(db_path).describe(info.path).problem == "backup.damaged"
        with store.write(None) as s:  # the data changes after the copy...
            s.execute(sa.text("UPDATE persons SET family_name = 'Veranderd'"))
        store, result = restore_and_reopen(store, info.path)  # ...and the restore brings it back
        assert result.restored.path == info.path
        assert _names(store) == [f"Anouk {NAME}"]
    finally:
        store.dispose()


def test_manual_backup_and_check_of_an_encrypted_database(
    db_path: Path, clock: FakeClock, encrypted: Encrypted, tmp_path: Path
) -> None:
    key, _ = encrypted
    out = tmp_path / "copy.sqlite"
    with pytest.raises(StoreError, match="store.not_database"):
        backup_database(db_path, out)  # without the key: refused, nothing written
    assert not out.exists()
    backup_database(db_path, out, key)
    assert NAME.encode() not in out.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(out).execute("SELECT * FROM sqlite_master").fetchall()
    report = check_database(out, key)
    assert report.ok, report.problems
    assert report.counts["persons"] == 1


def test_schema_upgrade_of_an_encrypted_database_keeps_an_encrypted_copy(db_path: Path, clock: FakeClock) -> None:
    key, _ = encryption.create_with_key(db_path, "anouk", PASSWORD_A)
    export_encrypted(fixture_path("0006"), db_path, key)  # a database from the previous release, encrypted
    store = open_store(db_path, clock=clock, key=key)
    store.dispose()
    copies = [p for p in (db_path.parent / "backups").iterdir() if "before-upgrade" in p.name]
    assert len(copies) == 1
    raw = copies[0].read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert BackupService(db_path, key=key).describe(copies[0]).schema == "0006"
    assert check_database(db_path, key).ok


# -- converting a plain database ----------------------------------------------------------------------------------
def test_encrypt_converts_a_plain_database_and_its_backups(db_path: Path, clock: FakeClock) -> None:
    store = open_store(db_path, clock=clock)
    actor = initialize(store, hub_name="Cityhub Noord", stadsdeel=Stadsdeel.NOORD, worker_name="Anouk de Vries",
                       username="anouk", password=PASSWORD_A)  # fmt: skip
    for n in range(25):
        _register(store, actor, family=f"{NAME}{n:02d}")
    BackupService.for_store(store).take(BackupReason.DAILY)
    store.dispose()
    assert NAME.encode() in db_path.read_bytes()

    with pytest.raises(UserFacingError, match="login.failed"):
        encrypt_database(db_path, "anouk", "not the password")
    assert not encryption.is_encrypted(db_path)
    assert NAME.encode() in db_path.read_bytes()

    result = encrypt_database(db_path, "anouk", PASSWORD_A)
    assert encryption.is_encrypted(db_path)
    assert result.backups_converted == 1
    assert result.backups_failed == ()
    leftovers = [p.name for p in db_path.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []  # no plain copy left behind
    for path in [db_path, *(db_path.parent / "backups").iterdir()]:
        assert NAME.encode() not in path.read_bytes(), path
    key = encryption.unlock(db_path, "anouk", PASSWORD_A)
    assert key == result.key
    store = open_store(db_path, clock=clock, key=key)
    try:
        assert len(_names(store)) == 25
        assert all(b.usable and b.entrepreneurs == 25 for b in BackupService.for_store(store).list())
    finally:
        store.dispose()
    assert check_database(db_path, key).ok
    assert encryption.unlock_with_recovery(db_path, result.recovery) == key
    with pytest.raises(UserFacingError, match="encryption.already_encrypted"):
        encrypt_database(db_path, "anouk", PASSWORD_A)


def test_encrypt_refuses_what_is_not_a_plain_database(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"just some text, not a database at all")
    with pytest.raises(UserFacingError, match="encryption.not_plain"):
        encrypt_database(other, "anouk", PASSWORD_A)
    assert not encryption.key_file_path(other).exists()
