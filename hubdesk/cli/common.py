"""What the commands share: exit codes, the parser, output, and opening a database.

Exit codes: 0 done; 1 a problem the user can act on (one clear message);
2 a wrong command line; 3 an internal error (details in the log, never a traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk.models.errors import UserFacingError

if TYPE_CHECKING:
    from hubdesk.services.store import Store

EXIT_OK, EXIT_USER, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

Command = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, no usage dump: "hubdesk search: error: ..."
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return value


def prompt(text: str) -> str:
    sys.stderr.write(text)
    sys.stderr.flush()
    return sys.stdin.readline().strip()


def credentials(code: str, path: str | Path) -> tuple[str, str]:
    """A worker's user name and password: HUBDESK_USER / HUBDESK_PASSWORD, else typed in a
    terminal; ``code`` is the error when neither is possible."""
    user = os.environ.get("HUBDESK_USER", "")
    password = os.environ.get("HUBDESK_PASSWORD")
    if user and password is not None:
        return user, password
    if not sys.stdin.isatty():
        raise UserFacingError(code, path=str(path))
    import getpass

    user = user or prompt("hubdesk: user name: ")
    return user, password if password is not None else getpass.getpass("hubdesk: password: ")


def db_key(db: str | Path) -> bytes | None:
    """The key of an encrypted database (None for a plain one): HUBDESK_DB_KEY (hex, or the
    recovery key), else a worker's credentials (HUBDESK_USER / HUBDESK_PASSWORD, or typed in a
    terminal). HUBDESK_DB_KEY also opens an encrypted database whose key file was lost."""
    from hubdesk.services import encryption

    path = Path(db)
    given = os.environ.get("HUBDESK_DB_KEY", "").strip()
    if "://" in str(db):
        return None
    if not encryption.is_encrypted(path):
        if given and path.is_file() and not encryption.key_file_path(path).exists():
            if path.stat().st_size > 0 and not encryption.has_plain_header(path):
                return encryption.parse_key(given)
        return None
    if given:
        key = encryption.parse_key(given)
        if not encryption.key_matches(path, key):
            raise UserFacingError("store.wrong_key", path=str(path))
        return key
    from hubdesk.services.unlocking import unlock_at_the_door  # wrong passwords count as at the desk

    return unlock_at_the_door(path, *credentials("encryption.key_needed", path))


@contextlib.contextmanager
def opened(db: str | Path, *, create: bool = True) -> Iterator[Store]:
    """The store at ``db`` for the length of a ``with`` block, closed after it; an
    encrypted one is opened with the key :func:`db_key` finds."""
    from hubdesk.services.store import open_store

    store = open_store(db, create=create, key=db_key(db))
    try:
        yield store
    finally:
        store.dispose()


def hub_named(store: Store, name: str) -> uuid.UUID:
    """The id of the hub called ``name``; ``hub.unknown`` if there is none."""
    import sqlalchemy as sa

    from hubdesk.models.org import Hub

    with store.read() as s:
        hub_id: uuid.UUID | None = s.execute(sa.select(Hub.id).where(Hub.name == name)).scalar()
    if hub_id is None:
        raise UserFacingError("hub.unknown", name=name)
    return hub_id


def worker_named(store: Store, username: str, *, or_full_name: bool = False) -> uuid.UUID:
    """The id of the worker with this user name (or, with ``or_full_name``, this name);
    ``worker.unknown`` if there is none."""
    import sqlalchemy as sa

    from hubdesk.models.org import Worker

    match = Worker.username == username
    if or_full_name:
        match = sa.or_(match, Worker.name == username)
    with store.read() as s:
        worker_id: uuid.UUID | None = s.execute(sa.select(Worker.id).where(match)).scalar()
    if worker_id is None:
        raise UserFacingError("worker.unknown", username=username)
    return worker_id


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def uuid_arg(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}") from None


def add_command(sub: argparse._SubParsersAction[Parser], name: str, func: Command, help_text: str) -> Parser:
    """A sub-command that works on one database (``--db``) and runs ``func``."""
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("--db", required=True, help="database file")
    p.set_defaults(func=func)
    return p
