"""`hubdesk init` sets up the first admin with a password, never without one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.models.enums import Stadsdeel
from hubdesk.services.auth import AuthService
from hubdesk.services.setup import initialize
from hubdesk.services.store import open_store

ARGS = [
    "--lang",
    "en",
    "init",
    "--hub",
    "Cityhub Noord",
    "--stadsdeel",
    "noord",
    "--worker",
    "Ada",
    "--username",
    "ada",
]


def run(db: Path, *extra: str) -> int:
    return main([*ARGS[:2], ARGS[2], "--db", str(db), *ARGS[3:], *extra])


def test_without_a_password_and_without_a_terminal_nothing_is_set_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    db = tmp_path / "hub.sqlite"
    assert run(db) == 1
    assert "--password-env" in capsys.readouterr().err
    assert not db.exists()


def test_a_missing_variable_or_a_weak_password_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hub.sqlite"
    monkeypatch.delenv("HUB_PW", raising=False)
    assert run(db, "--password-env", "HUB_PW") == 1
    assert "HUB_PW" in capsys.readouterr().err
    monkeypatch.setenv("HUB_PW", "short")
    assert run(db, "--password-env", "HUB_PW") == 1
    assert "at least 10 characters" in capsys.readouterr().err
    assert not db.exists()


def test_the_first_admin_logs_in_with_the_password_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hub.sqlite"
    monkeypatch.setenv("HUB_PW", "de eerste beheerder van noord")
    assert run(db, "--password-env", "HUB_PW") == 0
    assert "de eerste" not in capsys.readouterr().out
    store = open_store(db)
    try:
        auth = AuthService(store)
        assert auth.authenticate("ada", "de eerste beheerder van noord").worker_id is not None
    finally:
        store.dispose()


def test_at_a_terminal_the_password_is_asked_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = iter(["de eerste beheerder", "de eerste beheerdr"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    db = tmp_path / "hub.sqlite"
    assert run(db) == 1
    assert "not the same" in capsys.readouterr().err


def test_a_worker_from_before_logins_gets_a_password_at_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "old.sqlite"
    store = open_store(db)
    try:
        initialize(store, hub_name="Cityhub Oost", stadsdeel=Stadsdeel.OOST, worker_name="Oud", username="oud")
    finally:
        store.dispose()
    monkeypatch.setenv("NEW_PW", "een nieuwe sleutel graag")
    assert main(["--lang", "en", "password", "--db", str(db), "--username", "nobody", "--password-env", "NEW_PW"]) == 1
    assert "Unknown worker" in capsys.readouterr().err
    assert main(["password", "--db", str(db), "--username", "oud", "--password-env", "NEW_PW"]) == 0
    store = open_store(db)
    try:
        assert AuthService(store).authenticate("oud", "een nieuwe sleutel graag").worker_id is not None
    finally:
        store.dispose()
