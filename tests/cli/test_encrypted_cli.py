"""The command line on an encrypted database: the key from HUBDESK_DB_KEY, a worker's
credentials from HUBDESK_USER / HUBDESK_PASSWORD, else one line saying how to give them;
and ``hubdesk encrypt`` converting a plain database."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.models.enums import Stadsdeel
from hubdesk.services import encryption
from hubdesk.services.encryption import KdfParams
from hubdesk.services.intake import IntakeService
from hubdesk.services.setup import initialize
from hubdesk.services.store import open_store
from tests.services.helpers import registration

FAST = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "correct horse battery"
NAME = "Zwanenburg"


@pytest.fixture(autouse=True)
def _cli_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(encryption, "DEFAULT_KDF", FAST)
    for name in ("HUBDESK_DB_KEY", "HUBDESK_USER", "HUBDESK_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # as in CI: nobody to type
    logger = logging.getLogger("hubdesk")
    earlier = [h for h in logger.handlers if getattr(h, "_hubdesk", False)]
    for handler in earlier:
        logger.removeHandler(handler)
    yield
    for handler in [h for h in logger.handlers if getattr(h, "_hubdesk", False)]:
        logger.removeHandler(handler)
        handler.close()
    for handler in earlier:
        logger.addHandler(handler)


def _plain_installation(db: Path) -> None:
    store = open_store(db)
    try:
        actor = initialize(store, hub_name="Cityhub Noord", stadsdeel=Stadsdeel.NOORD, worker_name="Anouk de Vries",
                           username="anouk", password=PASSWORD)  # fmt: skip
        IntakeService(store).register(actor, registration("Anouk", NAME))
    finally:
        store.dispose()


@pytest.fixture
def encrypted_db(tmp_path: Path) -> tuple[Path, bytes]:
    db = tmp_path / "hub.sqlite"
    key, _ = encryption.create_with_key(db, "anouk", PASSWORD)
    store = open_store(db, key=key)
    try:
        actor = initialize(store, hub_name="Cityhub Noord", stadsdeel=Stadsdeel.NOORD, worker_name="Anouk de Vries",
                           username="anouk", password=PASSWORD)  # fmt: skip
        IntakeService(store).register(actor, registration("Anouk", NAME))
    finally:
        store.dispose()
    return db, key


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_without_a_key_each_command_fails_with_one_line_saying_how(
    encrypted_db: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = encrypted_db
    before = db.read_bytes()
    for command in (["search", NAME], ["check"], ["backups"], ["referrals"], ["backup", "--out", str(db) + ".copy"]):
        code = main(["--lang", "en", command[0], "--db", str(db), *command[1:]])
        out, err = capsys.readouterr()
        assert code == 1, command
        assert out == ""
        line = _one_line(err)
        assert "encrypted" in line
        assert "HUBDESK_DB_KEY" in line
        assert "HUBDESK_USER" in line
    assert db.read_bytes() == before
    assert not Path(str(db) + ".copy").exists()


def test_wrong_credentials_or_key_fail_with_one_line(
    encrypted_db: tuple[Path, bytes], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = encrypted_db
    monkeypatch.setenv("HUBDESK_USER", "anouk")
    monkeypatch.setenv("HUBDESK_PASSWORD", "not the password")
    assert main(["--lang", "en", "search", "--db", str(db), NAME]) == 1
    assert "password is not right" in _one_line(capsys.readouterr().err)
    for _ in range(2):  # three wrong passwords in all, as at the desk's login
        assert main(["--lang", "en", "search", "--db", str(db), NAME]) == 1
    capsys.readouterr()
    monkeypatch.setenv("HUBDESK_PASSWORD", PASSWORD)
    assert main(["--lang", "en", "search", "--db", str(db), NAME]) == 1  # the right one must wait now
    assert "Too many wrong passwords" in _one_line(capsys.readouterr().err)
    monkeypatch.setenv("HUBDESK_DB_KEY", "ab" * 32)
    assert main(["--lang", "en", "search", "--db", str(db), NAME]) == 1
    assert "does not open" in _one_line(capsys.readouterr().err)
    monkeypatch.setenv("HUBDESK_DB_KEY", "not hex")
    assert main(["--lang", "en", "search", "--db", str(db), NAME]) == 1
    assert "64 hexadecimal" in _one_line(capsys.readouterr().err)


def test_key_from_the_environment_opens_it(
    encrypted_db: tuple[Path, bytes], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, key = encrypted_db
    monkeypatch.setenv("HUBDESK_DB_KEY", key.hex())
    assert main(["search", "--db", str(db), NAME]) == 0
    assert f"Anouk {NAME}" in capsys.readouterr().out
    assert main(["check", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip().endswith("ok")


def test_credentials_from_the_environment_open_it_and_backups_stay_encrypted(
    encrypted_db: tuple[Path, bytes], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = encrypted_db
    monkeypatch.setenv("HUBDESK_USER", "Anouk")
    monkeypatch.setenv("HUBDESK_PASSWORD", PASSWORD)
    assert main(["search", "--db", str(db), NAME]) == 0
    assert f"Anouk {NAME}" in capsys.readouterr().out
    out = db.with_name("copy.sqlite")
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 0
    capsys.readouterr()
    assert NAME.encode() not in out.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(out).execute("SELECT * FROM sqlite_master").fetchall()


def test_typed_credentials_in_a_terminal_open_it(
    encrypted_db: tuple[Path, bytes], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = encrypted_db
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("sys.stdin.readline", lambda: "anouk\n")
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    assert main(["search", "--db", str(db), NAME]) == 0
    assert f"Anouk {NAME}" in capsys.readouterr().out


def test_encrypt_needs_credentials_then_converts_and_the_data_is_all_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hub.sqlite"
    _plain_installation(db)
    assert main(["--lang", "en", "encrypt", "--db", str(db)]) == 1
    assert "HUBDESK_USER" in _one_line(capsys.readouterr().err)
    monkeypatch.setenv("HUBDESK_USER", "anouk")
    monkeypatch.setenv("HUBDESK_PASSWORD", "not the password")
    assert main(["--lang", "en", "encrypt", "--db", str(db)]) == 1
    assert "password is not right" in _one_line(capsys.readouterr().err)
    assert NAME.encode() in db.read_bytes()  # unchanged

    monkeypatch.setenv("HUBDESK_PASSWORD", PASSWORD)
    assert main(["--lang", "en", "encrypt", "--db", str(db)]) == 0
    captured = capsys.readouterr()
    rows = dict(line.split("\t", 1) for line in captured.out.strip().splitlines())
    assert rows["encrypted"] == str(db)
    assert len(rows["recovery-key"].split("-")) == 13
    assert "recovery key" in captured.err
    assert NAME.encode() not in db.read_bytes()
    assert main(["search", "--db", str(db), NAME]) == 0  # with the same credentials
    assert f"Anouk {NAME}" in capsys.readouterr().out
    key = encryption.unlock_with_recovery(db, rows["recovery-key"])
    monkeypatch.delenv("HUBDESK_USER")
    monkeypatch.setenv("HUBDESK_DB_KEY", key.hex())
    assert main(["check", "--db", str(db)]) == 0
    assert "persons\t1" in capsys.readouterr().out
    assert main(["--lang", "en", "encrypt", "--db", str(db)]) == 1
    assert "encrypted already" in _one_line(capsys.readouterr().err)


def test_lost_key_file_the_recovery_key_opens_it_and_recover_makes_a_new_one(
    encrypted_db: tuple[Path, bytes], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, key = encrypted_db
    recovery = encryption.recovery_text(key)
    encryption.key_file_path(db).unlink()
    monkeypatch.setenv("HUBDESK_USER", "anouk")
    monkeypatch.setenv("HUBDESK_PASSWORD", PASSWORD)
    assert main(["--lang", "en", "search", "--db", str(db), NAME]) == 1  # the password alone: no key file
    assert "hubdesk recover" in _one_line(capsys.readouterr().err)
    assert main(["--lang", "en", "recover", "--db", str(db)]) == 1
    assert "recovery key" in _one_line(capsys.readouterr().err)
    monkeypatch.setenv("HUBDESK_DB_KEY", recovery.lower())
    assert main(["search", "--db", str(db), NAME]) == 0
    assert f"Anouk {NAME}" in capsys.readouterr().out
    monkeypatch.setenv("HUBDESK_PASSWORD", "not the password")
    assert main(["--lang", "en", "recover", "--db", str(db)]) == 1
    assert "password is not right" in _one_line(capsys.readouterr().err)
    assert not encryption.key_file_path(db).exists()
    monkeypatch.setenv("HUBDESK_PASSWORD", PASSWORD)
    assert main(["recover", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("recovered\tanouk")
    monkeypatch.delenv("HUBDESK_DB_KEY")
    assert main(["search", "--db", str(db), NAME]) == 0  # the password opens it again
    assert f"Anouk {NAME}" in capsys.readouterr().out


def test_plain_database_is_untouched_by_the_key_variables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hub.sqlite"
    _plain_installation(db)
    monkeypatch.setenv("HUBDESK_DB_KEY", "ab" * 32)
    assert main(["search", "--db", str(db), NAME]) == 0
    assert f"Anouk {NAME}" in capsys.readouterr().out
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
