"""Logging in at an encrypted database: the key file opens it, and wrong passwords at its
door are slowed down, locked out and, once it opens, put in its audit log."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

from hubdesk.models.enums import AuditAction, Role, Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.models.logs import AuditEvent
from hubdesk.services import encryption
from hubdesk.services.auth import DELAY_AFTER, LOCK_AFTER, LOCK_MINUTES, AuthService, delay_after
from hubdesk.services.setup import initialize
from hubdesk.services.store import open_store
from hubdesk.services.unlocking import MAX_NAMES, attempts_path, open_and_log_in
from tests.conftest import FakeClock

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
ADMIN_PW = "zeven kleine zeepaardjes"
WORKER_PW = "de tram naar zandvoort"


# -- opening an encrypted database ----------------------------------------


@pytest.fixture
def encrypted_db(tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An encrypted installation whose first admin ``ada`` has :data:`ADMIN_PW`."""
    monkeypatch.setattr(encryption, "DEFAULT_KDF", encryption.KdfParams(time_cost=1, memory_cost=8, parallelism=1))
    db = tmp_path / "secret.sqlite"
    key = encryption.create_with_key(db, "ada", ADMIN_PW)[0]
    store = open_store(db, clock=clock, key=key)
    try:
        initialize(store, hub_name="Cityhub Schalkwijk", stadsdeel=Stadsdeel.SCHALKWIJK, worker_name="Ada Admin",
                   username="ada", password=ADMIN_PW)  # fmt: skip
    finally:
        store.dispose()
    return db


def test_an_encrypted_database_opens_only_with_a_right_password(encrypted_db: Path) -> None:
    for name, password in (("ada", "wrong wrong"), ("nobody", ADMIN_PW)):
        with pytest.raises(UserFacingError) as caught:
            open_and_log_in(encrypted_db, name, password, hasher=CHEAP)
        assert caught.value.code == "login.failed"
    store, session = open_and_log_in(encrypted_db, "ada", ADMIN_PW, hasher=CHEAP)
    try:
        assert session.role == Role.ADMIN
        assert store.key is not None
    finally:
        store.dispose()


def test_a_password_change_rewraps_the_key_and_new_workers_get_a_slot(encrypted_db: Path) -> None:
    store, session = open_and_log_in(encrypted_db, "ada", ADMIN_PW, hasher=CHEAP)
    try:
        auth = AuthService(store, hasher=CHEAP)
        auth.change_password(session.actor, ADMIN_PW, "een nieuwe zin voor haar")
        auth.create_worker(session.actor, name="Willem", username="willem", role=Role.HUB_WORKER, password=WORKER_PW)
    finally:
        store.dispose()
    with pytest.raises(UserFacingError, match="login.failed"):
        encryption.unlock(encrypted_db, "ada", ADMIN_PW)
    for name, password in (("ada", "een nieuwe zin voor haar"), ("willem", WORKER_PW)):
        store, session = open_and_log_in(encrypted_db, name, password, hasher=CHEAP)
        store.dispose()
        assert session.username == name


def _refused(db: Path, name: str, password: str, clock: FakeClock) -> str:
    with pytest.raises(UserFacingError) as caught:
        open_and_log_in(db, name, password, hasher=CHEAP, clock=clock)
    return caught.value.code


def _door_failures(db: Path) -> list[str]:
    store, session = open_and_log_in(db, "ada", ADMIN_PW, hasher=CHEAP)
    try:
        with store.read() as s:
            rows: list[dict[str, str]] = list(
                s.execute(
                    sa.select(AuditEvent.detail)
                    .where(AuditEvent.action == AuditAction.LOGIN_FAILED)
                    .order_by(AuditEvent.seq)
                ).scalars()
            )
            return [d["at"] for d in rows if d.get("reason") == "before_open"]
    finally:
        store.dispose()


def test_wrong_passwords_at_the_door_are_slowed_down_then_locked_out(encrypted_db: Path, clock: FakeClock) -> None:
    for _ in range(DELAY_AFTER):
        assert _refused(encrypted_db, "ada", "wrong wrong", clock) == "login.failed"
    # Now each try must wait; the right password is not even tried before then.
    assert _refused(encrypted_db, "ada", ADMIN_PW, clock) == "login.wait"
    for failures in range(DELAY_AFTER, LOCK_AFTER):
        clock.advance(seconds=delay_after(failures).total_seconds())
        expected = "login.locked" if failures + 1 == LOCK_AFTER else "login.failed"
        assert _refused(encrypted_db, "ada", "wrong wrong", clock) == expected
    clock.advance(minutes=LOCK_MINUTES - 1)
    assert _refused(encrypted_db, "ada", ADMIN_PW, clock) == "login.locked"
    clock.advance(minutes=1)
    store, session = open_and_log_in(encrypted_db, "ada", ADMIN_PW, hasher=CHEAP, clock=clock)
    store.dispose()
    assert session.username == "ada"
    assert not attempts_path(encrypted_db).exists()  # the count starts again
    # Once open, the database's audit log tells of the wrong passwords typed at its door.
    assert len(_door_failures(encrypted_db)) == LOCK_AFTER


def test_the_count_is_per_user_name_and_a_colleague_can_still_log_in(encrypted_db: Path, clock: FakeClock) -> None:
    for _ in range(LOCK_AFTER):
        _refused(encrypted_db, "nobody", "wrong wrong", clock)
        clock.advance(minutes=5)
    assert _refused(encrypted_db, "Nobody ", "wrong wrong", clock) == "login.locked"  # as the desk folds names
    store, _ = open_and_log_in(encrypted_db, "ada", ADMIN_PW, hasher=CHEAP, clock=clock)
    store.dispose()
    assert "nobody" in attempts_path(encrypted_db).read_text(encoding="utf-8")


def test_many_made_up_names_do_not_make_the_file_grow_without_end(encrypted_db: Path, clock: FakeClock) -> None:
    for i in range(MAX_NAMES + 10):
        _refused(encrypted_db, f"gast{i}", "wrong wrong", clock)
    text = attempts_path(encrypted_db).read_text(encoding="utf-8")
    assert '"gast0"' not in text
    assert f'"gast{MAX_NAMES + 9}"' in text


def test_a_damaged_attempts_file_locks_no_one_out(encrypted_db: Path, clock: FakeClock) -> None:
    attempts_path(encrypted_db).write_bytes(b'{"ada": {"failures": ["gisteren"]')
    store, session = open_and_log_in(encrypted_db, "ada", ADMIN_PW, hasher=CHEAP, clock=clock)
    store.dispose()
    assert session.username == "ada"


def test_the_door_answers_as_usual_when_its_count_cannot_be_written(
    encrypted_db: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("hubdesk.services.unlocking.write_atomically", full)
    assert _refused(encrypted_db, "ada", "wrong wrong", clock) == "login.failed"
    store, _ = open_and_log_in(encrypted_db, "ada", ADMIN_PW, hasher=CHEAP, clock=clock)
    store.dispose()
