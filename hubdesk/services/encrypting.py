"""Converting a plain database into an encrypted one (``hubdesk encrypt``).

The plain database is exported with SQLCipher's ``sqlcipher_export`` into a new file
beside it, encrypted with a new random key (:mod:`hubdesk.services.encryption`), and
checked (integrity, and every table's row count against the original). Then the key
file is written, a copy of the plain file is kept, the encrypted file is renamed over
the database (one atomic rename), the database is opened with the key and checked again,
and only then is the plain copy removed. The rolling backups in the backups folder are
converted the same way, so that no readable copy is left behind.

Thread contract: no Qt; file and database work, minutes for a large database.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from hubdesk.models.errors import StoreError, UserFacingError
from hubdesk.services import encryption
from hubdesk.services.backups import BackupService
from hubdesk.services.encryption import KdfParams, RecoveryKey
from hubdesk.services.store import DRIVER_ERRORS, connect_sqlite, open_store

try:
    import sqlcipher3
except ImportError:  # pragma: no cover - a platform without its wheel: plain databases only
    sqlcipher3 = None


@dataclass(frozen=True, slots=True)
class EncryptResult:
    """What :func:`encrypt_database` did: the key (for this process only), the recovery key
    to show once, the backups converted and those that could not be (left as they were)."""

    key: bytes = field(repr=False)
    recovery: RecoveryKey
    backups_converted: int
    backups_failed: tuple[Path, ...]


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def export_encrypted(source: Path, target: Path, key: bytes) -> None:
    """Write ``source`` (a plain SQLite database) to ``target`` encrypted with ``key``, and
    check the copy: integrity and the same row count in every table. ``target`` is written
    under a temporary name and renamed, so it is the checked copy or absent."""
    if sqlcipher3 is None:  # pragma: no cover
        raise StoreError("store.no_sqlcipher", path=str(source))
    tmp = target.with_name(f".{target.name}.encrypt.part")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlcipher3.connect(str(source))  # no key: SQLCipher reads a plain database as SQLite does
        try:
            expected = _counts(src)
            version = int(src.execute("PRAGMA user_version").fetchone()[0])
            src.execute("ATTACH DATABASE ? AS enc KEY ?", (str(tmp), f"x'{key.hex()}'"))
            src.execute("SELECT sqlcipher_export('enc')")
            src.execute(f"PRAGMA enc.user_version = {version}")
            src.execute("DETACH DATABASE enc")
        finally:
            src.close()
        dst = connect_sqlite(tmp, key)
        try:
            ok = [r[0] for r in dst.execute("PRAGMA integrity_check")]
            found = _counts(dst)
        finally:
            dst.close()
        if ok != ["ok"] or found != expected:
            raise UserFacingError("encryption.verify_failed", path=str(source), detail="; ".join(ok[:3]))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except DRIVER_ERRORS as exc:
        tmp.unlink(missing_ok=True)
        raise UserFacingError("encryption.verify_failed", path=str(source), detail=str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _check_account(db: Path, username: str, password: str) -> None:
    """The worker's password must be their login password (it will unlock the database)."""
    from hubdesk.services.auth import AuthService  # accounts are another service's; late to keep this light

    store = open_store(db, create=False)  # also brings an older schema up to date first
    try:
        AuthService(store).authenticate(username, password)
    finally:
        store.dispose()


def encrypt_database(
    db_path: Path | str, username: str, password: str, *, params: KdfParams | None = None, check_account: bool = True
) -> EncryptResult:
    """Encrypt the plain database at ``db_path``; ``username``'s password (checked against
    their account unless ``check_account`` is false) gets the first key slot.

    Raises ``encryption.already_encrypted``, ``encryption.not_plain``, ``login.failed``,
    ``store.locked`` (another program has it open), ``encryption.verify_failed`` (nothing
    changed). Other workers get their slot at their first login after it (``enrol``).
    """
    db = Path(db_path)
    if encryption.is_encrypted(db):
        raise UserFacingError("encryption.already_encrypted", path=str(db))
    if not db.is_file() or not encryption.has_plain_header(db):
        raise UserFacingError("encryption.not_plain", path=str(db))
    if check_account:
        _check_account(db, username, password)
    backups = BackupService(db)
    backups._fold_wal(db)  # store.locked when another program has it open; leaves no -wal behind
    key, recovery = encryption.create_with_key(db, username, password, params=params, replace=True)
    key_file = encryption.key_file_path(db)
    encrypted = db.with_name(f".{db.name}.encrypted")
    kept = db.with_name(f".{db.name}.plain")
    try:
        export_encrypted(db, encrypted, key)
        shutil.copyfile(db, kept)
        os.replace(encrypted, db)
        for sidecar in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            sidecar.unlink(missing_ok=True)
    except BaseException:
        encrypted.unlink(missing_ok=True)
        kept.unlink(missing_ok=True)
        key_file.unlink(missing_ok=True)
        raise
    try:
        store = open_store(db, create=False, key=key)
        try:
            with store.read() as s:
                s.execute(sa.text("SELECT count(*) FROM persons")).scalar_one()
        finally:
            store.dispose()
    except BaseException:
        os.replace(kept, db)  # back to the plain database, as it was
        key_file.unlink(missing_ok=True)
        raise
    kept.unlink()
    converted, failed = _encrypt_backups(backups, key)
    return EncryptResult(key, recovery, converted, tuple(failed))


def _encrypt_backups(backups: BackupService, key: bytes) -> tuple[int, list[Path]]:
    converted = 0
    failed: list[Path] = []
    for entry in backups._entries():
        path = entry.path
        try:
            if not encryption.has_plain_header(path):
                continue
            export_encrypted(path, path, key)
            converted += 1
        except (OSError, UserFacingError):
            failed.append(path)
        with contextlib.suppress(OSError):
            for suffix in ("-wal", "-shm", "-journal"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
    return converted, failed
