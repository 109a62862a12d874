"""Commands that look after the database file: check, backups, restore, encryption."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from hubdesk import __version__
from hubdesk.cli.common import EXIT_OK, EXIT_USER, Parser, add_command, credentials, db_key, out
from hubdesk.messages import message
from hubdesk.models.errors import UserFacingError


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    add_command(sub, "check", _cmd_check, "check integrity and schema version (changes nothing)")
    backup = add_command(sub, "backup", _cmd_backup, "write a consistent copy of the database")
    backup.add_argument("--out", required=True, metavar="FILE")
    add_command(
        sub,
        "backups",
        _cmd_backups,
        "the automatic backups, newest first, one a line "
        "(taken, reason, schema, entrepreneurs, visits, referrals, bytes, file, state)",
    )
    restore = add_command(
        sub,
        "restore",
        _cmd_restore,
        "replace the database with a backup (the current database is kept as a backup first)",
    )
    restore.add_argument("--backup", required=True, metavar="FILE", help="a backup file, or its name in the backups")
    add_command(
        sub,
        "encrypt",
        _cmd_encrypt,
        "encrypt a plain database (and its backups) with SQLCipher; asks for an admin's user name and password "
        "(or HUBDESK_USER and HUBDESK_PASSWORD) and prints the recovery key once",
    )
    add_command(
        sub,
        "recover",
        _cmd_recover,
        "with the recovery key (HUBDESK_DB_KEY, or typed), let a worker's password open the encrypted database "
        "again (a lost key file); asks for their user name and password (or HUBDESK_USER and HUBDESK_PASSWORD)",
    )


def _cmd_check(args: argparse.Namespace) -> int:
    from hubdesk.services.maintenance import check_database

    report = check_database(Path(args.db), db_key(args.db))
    lang = args.lang
    out(f"schema\t{report.revision or '-'}\t(hubdesk {__version__}: {report.head})")
    if report.ok and report.upgrade_needed:
        out("upgrade\t" + ("wordt bijgewerkt bij het openen" if lang == "nl" else "is upgraded when opened"))
    for table, count in report.counts.items():
        out(f"{table}\t{count}")
    for code, detail in report.problems:
        sys.stderr.write(
            "hubdesk: " + message(code, {"detail": detail, "revision": detail, "path": args.db}, lang) + "\n"
        )
    if report.ok:
        out("ok")
        return EXIT_OK
    return EXIT_USER


def _cmd_backup(args: argparse.Namespace) -> int:
    from hubdesk.services.maintenance import backup_database

    backup_database(Path(args.db), Path(args.out), db_key(args.db))
    out(str(args.out))
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from hubdesk.services.backups import BackupService

    for b in BackupService(Path(args.db), key=db_key(args.db)).list():
        counts = [str(n) if n is not None else "-" for n in (b.entrepreneurs, b.visits, b.referrals)]
        taken = b.taken_at.astimezone().isoformat(timespec="minutes")
        problem = message(b.problem, {"path": b.path, "revision": b.schema or ""}, args.lang) if b.problem else "ok"
        out("\t".join((taken, b.reason.value, b.schema or "-", *counts, str(b.size), str(b.path), problem)))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from hubdesk.services.backups import BackupService
    from hubdesk.services.maintenance import check_database
    from hubdesk.services.store import backup_dir_for, open_store

    db = Path(args.db)
    backup = Path(args.backup)
    if not backup.exists() and backup.parent == Path():  # a name from `hubdesk backups`
        backup = backup_dir_for(db) / backup
    key = db_key(db)
    result = BackupService(db, key=key).restore(backup)
    open_store(db, create=False, key=key).dispose()  # upgrades a copy from an older hubdesk
    out(f"restored\t{result.restored.path}")
    if result.safety_copy is not None:
        out(f"kept\t{result.safety_copy}")
    report = check_database(db, key)
    for code, detail in report.problems:
        sys.stderr.write(
            "hubdesk: " + message(code, {"detail": detail, "revision": detail, "path": db}, args.lang) + "\n"
        )
    if not report.ok:
        return EXIT_USER
    out("ok")
    return EXIT_OK


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from hubdesk.services import encryption
    from hubdesk.services.encrypting import encrypt_database

    if encryption.is_encrypted(Path(args.db)):  # before asking for a password
        raise UserFacingError("encryption.already_encrypted", path=args.db)
    user, password = credentials("encryption.credentials_needed", args.db)
    result = encrypt_database(Path(args.db), user, password)
    lang = args.lang
    out(f"encrypted\t{args.db}")
    out(f"recovery-key\t{result.recovery}")
    out(f"backups\t{result.backups_converted}")
    for path in result.backups_failed:
        sys.stderr.write(
            "hubdesk: "
            + (f"niet versleuteld (beschadigd?): {path}" if lang == "nl" else f"not encrypted (damaged?): {path}")
            + "\n"
        )
    sys.stderr.write(
        "hubdesk: "
        + (
            "schrijf de herstelsleutel op en bewaar hem veilig: hij wordt niet nog eens getoond"
            if lang == "nl"
            else "write the recovery key down and keep it safe: it is not shown again"
        )
        + "\n"
    )
    return EXIT_OK


def _cmd_recover(args: argparse.Namespace) -> int:
    """A worker's key slot from the recovery key: for a lost or damaged key file, or a worker
    whose password no longer opens the database at this PC."""
    from hubdesk.services import encryption
    from hubdesk.services.auth import AuthService
    from hubdesk.services.store import open_store

    path = Path(args.db)
    given = os.environ.get("HUBDESK_DB_KEY", "").strip()
    if not given:
        if not sys.stdin.isatty():
            raise UserFacingError("encryption.recovery_needed", path=str(path))
        import getpass

        given = getpass.getpass("hubdesk: recovery key: ")
    key = encryption.parse_key(given)
    key_file = encryption.key_file_path(path)
    usable = False
    if key_file.exists():
        try:
            if not encryption.key_matches(path, key):
                raise UserFacingError("encryption.recovery_failed")
            usable = True
        except UserFacingError as exc:
            if exc.code != "encryption.key_file_damaged":
                raise
    user, password = credentials("encryption.credentials_needed", path)
    store = open_store(path, create=False, key=key)  # store.wrong_key when it is not this database's key
    try:
        if not usable:  # a new key file (the damaged one is kept aside), taken back if the login fails
            if key_file.exists():
                key_file.replace(key_file.with_name(key_file.name + ".damaged"))
            encryption.create_with_key(path, user, password, key=key, replace=True)
        try:
            AuthService(store).authenticate(user, password)
        except BaseException:
            if not usable:
                key_file.unlink(missing_ok=True)
            raise
    finally:
        store.dispose()
    encryption.enrol(path, key, user, password)
    out(f"recovered\t{user}\t{args.db}")
    return EXIT_OK
