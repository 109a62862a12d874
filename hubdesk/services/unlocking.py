"""Logging in at the start of the desktop, and wrong passwords at an encrypted database's door.

A plain database is open before anyone logs in, and :meth:`AuthService.log_in` counts
wrong passwords in the database itself (delays, lockout, audit log). An encrypted
database opens only with a right password: a wrong one never reaches the database's
bookkeeping. So those are counted here, in a small file beside the key file
(``<database>.keys.json.attempts``), per user name, with the same rules as inside
(:func:`~hubdesk.services.auth.refuse_while_waiting`): after
:data:`~hubdesk.services.auth.DELAY_AFTER` failures each try waits longer, after
:data:`~hubdesk.services.auth.LOCK_AFTER` the name is locked for
:data:`~hubdesk.services.auth.LOCK_MINUTES`. When the database does open, the failures
counted at its door go into its audit log and the name's count is cleared.

This slows down guessing at the desk. It cannot stop someone who copies the key file:
against that each guess costs an argon2 derivation. The file holds the typed user names
(the key file beside it holds the real ones) and times, nothing else; a damaged file
counts as empty, so that it can never lock a worker out for good.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from hubdesk.models.errors import UserFacingError
from hubdesk.services import encryption
from hubdesk.services.auth import LOCK_AFTER, LOCK_MINUTES, AuthService, LoginSession, refuse_while_waiting
from hubdesk.services.files import write_atomically
from hubdesk.services.store import Store, open_store

log = logging.getLogger(__name__)

ATTEMPTS_SUFFIX = ".attempts"
MAX_NAMES = 50  # typed names kept at most (the most recent): the file cannot grow without end


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def attempts_path(db_path: Path | str) -> Path:
    keys = encryption.key_file_path(db_path)
    return keys.with_name(keys.name + ATTEMPTS_SUFFIX)


def open_and_log_in(
    db_path: Path,
    username: str,
    password: str,
    *,
    store: Store | None = None,
    hasher: PasswordHasher | None = None,
    clock: Callable[[], dt.datetime] = utc_now,
) -> tuple[Store, LoginSession]:
    """Log in at the start of the desktop: returns the open store and the session.

    With ``store`` (a plain database, opened already) this is :meth:`AuthService.log_in`.
    Without it the database is encrypted: the password first unwraps the database key
    (:func:`unlock_at_the_door`), the store is opened with that key, and then the account
    is checked as always (delays, lockout, audit). The store opened here is closed again
    when the login fails.
    """
    opened: Store | None = None
    earlier: list[dt.datetime] = []
    if store is None:
        key = unlock_at_the_door(db_path, username, password, clock=clock)
        store = opened = open_store(db_path, create=False, key=key)
        earlier = _take(db_path, username)
    try:
        auth = AuthService(store, hasher=hasher)
        session = auth.log_in(username, password)
        auth.record_failures_before_open(session, earlier)
        return store, session
    except BaseException:
        if opened is not None:
            opened.dispose()
            _put_back(db_path, username, earlier)
        raise


def unlock_at_the_door(
    db_path: Path | str, username: str, password: str, *, clock: Callable[[], dt.datetime] = utc_now
) -> bytes:
    """:func:`encryption.unlock`, refused without trying while ``username`` must wait or
    is locked (``login.wait``, ``login.locked``), and a wrong password counted."""
    now = clock()
    name = _name(username)
    counts = _read(db_path)
    entry = counts.get(name, {})
    failures = [_time(t) for t in entry.get("failures", [])]
    locked_until = _time(entry["locked_until"]) if entry.get("locked_until") else None
    if locked_until is not None and now >= locked_until:  # the lock has passed: a fresh start
        failures, locked_until = [], None
    refuse_while_waiting(len(failures), failures[-1] if failures else None, locked_until, now)
    try:
        return encryption.unlock(db_path, username, password)
    except UserFacingError as exc:
        if exc.code != "login.failed":
            raise
        failures.append(now)
        locked = len(failures) >= LOCK_AFTER
        _store_entry(
            db_path,
            counts,
            name,
            {
                "failures": [t.isoformat() for t in failures],
                "locked_until": (now + dt.timedelta(minutes=LOCK_MINUTES)).isoformat() if locked else None,
            },
        )
        if locked:
            raise UserFacingError("login.locked", minutes=LOCK_MINUTES) from None
        raise


def _name(username: str) -> str:
    return username.strip().casefold()


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _read(db_path: Path | str) -> dict[str, dict[str, Any]]:
    path = attempts_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        for entry in data.values():
            for text in [*entry.get("failures", []), *([entry["locked_until"]] if entry.get("locked_until") else [])]:
                _time(text)
        return data
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        log.warning("ignoring a damaged attempts file %s: %s", path, exc)
        return {}


def _store_entry(db_path: Path | str, data: dict[str, dict[str, Any]], name: str, entry: dict[str, Any] | None) -> None:
    """Write ``data`` (the file as read) with ``name``'s entry replaced, or removed for None."""
    data = dict(data)
    data.pop(name, None)
    if entry is not None:
        data[name] = entry  # last: the most recent
    kept = dict(list(data.items())[-MAX_NAMES:])
    path = attempts_path(db_path)
    try:
        if kept:
            write_atomically(path, (json.dumps(kept, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        else:
            path.unlink(missing_ok=True)
    except (UserFacingError, OSError) as exc:  # a read-only folder or a full disk: the login answers as it would
        log.warning("could not write %s: %s", path, exc)


def _take(db_path: Path | str, username: str) -> list[dt.datetime]:
    """The failures counted for ``username`` at the door, removed from the file."""
    name = _name(username)
    counts = _read(db_path)
    entry = counts.get(name)
    if entry is None:
        return []
    _store_entry(db_path, counts, name, None)
    return [_time(t) for t in entry.get("failures", [])]


def _put_back(db_path: Path | str, username: str, failures: list[dt.datetime]) -> None:
    """Failures taken by a login that then failed inside: they still count, and are logged later."""
    if failures:
        entry = {"failures": [t.isoformat() for t in failures], "locked_until": None}
        _store_entry(db_path, _read(db_path), _name(username), entry)
