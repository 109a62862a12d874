"""The database key of an encrypted installation, kept wrapped in a key file beside the database.

An encrypted database (SQLCipher) is opened with a random 32-byte key. That key is
never stored as it is: the key file ``<database>.keys.json`` holds it *wrapped*
(AES-256-GCM) once per worker, under a key derived from that worker's password
(Argon2id). Logging in unwraps the database key; changing a password re-wraps it (the
data is not re-encrypted); a stolen laptop yields the database and the key file, and
neither opens without a password or the recovery key. The recovery key, shown once at
set-up to be written down or printed, is the database key itself in readable groups:
it opens the database and any of its backups even when the key file is lost. The file
format is in docs/encryption.md.

Thread contract: no Qt; the functions do file work and one Argon2 derivation each
(0.2 to 0.4 s with the default parameters), so the desktop calls them on its task runner.
"""

from __future__ import annotations

import base64
import datetime as dt
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hubdesk.models.errors import UserFacingError
from hubdesk.services.files import write_atomically

FORMAT = "hubdesk-keys"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_CHARS = 52  # the 256-bit key in Crockford base32 (4 padding bits, which must be 0)
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = {"O": "0", "I": "1", "L": "1"}
KEY_FILE_SUFFIX = ".keys.json"
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost: ``memory_cost`` in KiB. The default is RFC 9106's second
    recommendation (64 MiB, 3 passes, 4 lanes): 0.2 to 0.4 s on a desk PC."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True, slots=True)
class RecoveryKey:
    """The recovery key, shown once at set-up: ``text`` is the database key as 13 groups of
    four characters (Crockford base32: no I, L, O or U)."""

    text: str = field(repr=False)

    def __str__(self) -> str:
        return self.text


def key_file_path(db_path: Path | str) -> Path:
    db = Path(db_path)
    return db.with_name(db.name + KEY_FILE_SUFFIX)


def key_hex(key: bytes) -> str:
    """The database key as SQLCipher's raw-key hex (what ``HUBDESK_DB_KEY`` holds)."""
    return key.hex()


def parse_key_hex(text: str) -> bytes:
    """A database key from its hex form; raises ``UserFacingError("encryption.bad_key")``."""
    cleaned = text.strip().lower()
    if cleaned.startswith("x'") and cleaned.endswith("'"):
        cleaned = cleaned[2:-1]
    try:
        key = bytes.fromhex(cleaned)
    except ValueError:
        raise UserFacingError("encryption.bad_key") from None
    if len(key) != KEY_BYTES:
        raise UserFacingError("encryption.bad_key")
    return key


def has_plain_header(db_path: Path) -> bool:
    """True when the file starts as a plain (unencrypted) SQLite database does."""
    try:
        with db_path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_encrypted(db_path: Path | str) -> bool:
    """True when the database at ``db_path`` is (or, not created yet, will be) encrypted:
    its key file exists and the database file is not a plain SQLite file."""
    db = Path(db_path)
    if not key_file_path(db).is_file():
        return False
    return not (db.is_file() and db.stat().st_size > 0 and has_plain_header(db))


# -- the key file -------------------------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _normal_username(username: str) -> str:
    """Slots are per user name, matched as the login and sync match them (trimmed, case-folded)."""
    return username.strip().casefold()


def _user_ad(username: str) -> bytes:
    return b"hubdesk-db-key:user:" + _normal_username(username).encode("utf-8")


def _read(db_path: Path) -> dict[str, Any]:
    path = key_file_path(db_path)
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise UserFacingError("encryption.not_encrypted", path=str(db_path)) from None
    except (OSError, ValueError) as exc:
        raise UserFacingError("encryption.key_file_damaged", path=str(path)) from exc
    if (
        not isinstance(data, dict)
        or data.get("format") != FORMAT
        or not isinstance(data.get("slots"), list)
        or not all(isinstance(s, dict) for s in data["slots"])
    ):
        raise UserFacingError("encryption.key_file_damaged", path=str(path))
    if data.get("version") != VERSION:
        raise UserFacingError("encryption.key_file_newer", path=str(path))
    return data


def _write(db_path: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    write_atomically(key_file_path(db_path), text.encode("utf-8"))


def _derive_password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _key_check(key: bytes) -> str:
    """A check value that tells whether a key is this database's, and nothing about the key."""
    return _b64(hmac.digest(key, b"hubdesk-db-key:check", "sha256")[:16])


def _wrap(kek: bytes, key: bytes, ad: bytes) -> dict[str, str]:
    nonce = os.urandom(NONCE_BYTES)
    return {"nonce": _b64(nonce), "wrapped_key": _b64(AESGCM(kek).encrypt(nonce, key, ad))}


def _unwrap(kek: bytes, slot: dict[str, Any], ad: bytes) -> bytes:
    """The database key from ``slot``; raises ``InvalidTag`` for a wrong key or a changed slot."""
    key = AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped_key"]), ad)
    if len(key) != KEY_BYTES:
        raise InvalidTag()
    return key


def _password_slot(key: bytes, username: str, password: str, params: KdfParams) -> dict[str, Any]:
    salt = os.urandom(SALT_BYTES)
    kek = _derive_password_key(password, salt, params)
    return {
        "kind": "password",
        "username": _normal_username(username),
        "kdf": {
            "name": "argon2id",
            "version": 19,
            "salt": _b64(salt),
            "time_cost": params.time_cost,
            "memory_cost": params.memory_cost,
            "parallelism": params.parallelism,
        },
        "cipher": "aes-256-gcm",
        **_wrap(kek, key, _user_ad(username)),
        "created_at": _now(),
    }


def _find_user_slot(data: dict[str, Any], username: str) -> dict[str, Any] | None:
    wanted = _normal_username(username)
    for slot in data["slots"]:
        if slot.get("kind") == "password" and slot.get("username") == wanted:
            return slot  # type: ignore[no-any-return]
    return None


def _params_of(slot: dict[str, Any]) -> KdfParams:
    kdf = slot["kdf"]
    if kdf.get("name") != "argon2id":
        raise ValueError("unknown key derivation")
    return KdfParams(int(kdf["time_cost"]), int(kdf["memory_cost"]), int(kdf["parallelism"]))


def _unlock_slot(slot: dict[str, Any], username: str, password: str) -> bytes:
    try:
        kek = _derive_password_key(password, _unb64(slot["kdf"]["salt"]), _params_of(slot))
        return _unwrap(kek, slot, _user_ad(username))
    except (InvalidTag, KeyError, TypeError, ValueError):
        raise UserFacingError("login.failed") from None


# -- recovery key text ----------------------------------------------------------------------------------------
def recovery_text(key: bytes) -> str:
    """The database key as the recovery key's text: 13 groups of 4 Crockford base32 characters."""
    number = int.from_bytes(key, "big") << (RECOVERY_CHARS * 5 - len(key) * 8)
    chars = [CROCKFORD[(number >> shift) & 31] for shift in range(RECOVERY_CHARS * 5 - 5, -1, -5)]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, len(chars), 4))


def parse_recovery_key(text: str) -> bytes:
    """The database key from the recovery key as typed back: case, spaces, dashes and O/I/L
    for 0/1 do not matter. Raises ``encryption.recovery_failed`` for a malformed one."""
    cleaned = "".join(_CROCKFORD_ALIASES.get(c, c) for c in text.upper() if c not in " -\t\n")
    if len(cleaned) != RECOVERY_CHARS or any(c not in CROCKFORD for c in cleaned):
        raise UserFacingError("encryption.recovery_failed")
    number = 0
    for c in cleaned:
        number = (number << 5) | CROCKFORD.index(c)
    padding = RECOVERY_CHARS * 5 - KEY_BYTES * 8
    if number & ((1 << padding) - 1):
        raise UserFacingError("encryption.recovery_failed")
    return (number >> padding).to_bytes(KEY_BYTES, "big")


def parse_key(text: str) -> bytes:
    """A database key given as hex (64 characters) or as the recovery key."""
    try:
        return parse_key_hex(text)
    except UserFacingError:
        try:
            return parse_recovery_key(text)
        except UserFacingError:
            raise UserFacingError("encryption.bad_key") from None


# -- the public contract -----------------------------------------------------------------------------------------
def create_with_key(
    db_path: Path | str,
    username: str,
    password: str,
    *,
    params: KdfParams | None = None,
    replace: bool = False,
    key: bytes | None = None,
) -> tuple[bytes, RecoveryKey]:
    """A new random database key for ``db_path``, with a slot for ``username``.

    Writes the key file and returns the key (to create or convert the database with)
    and the recovery key (to show once). Refuses (``encryption.already_encrypted``) when
    the database has a key file already, unless ``replace`` (a leftover of a conversion
    that did not finish, beside a plain database; or a lost or damaged key file, made anew
    for the existing ``key`` from the recovery key).
    """
    db = Path(db_path)
    if key_file_path(db).exists() and not replace:
        raise UserFacingError("encryption.already_encrypted", path=str(db))
    if not password:
        raise UserFacingError("encryption.password_required")
    if key is None:
        key = secrets.token_bytes(KEY_BYTES)
    elif len(key) != KEY_BYTES:
        raise UserFacingError("encryption.bad_key")
    data = {
        "format": FORMAT,
        "version": VERSION,
        "database": "sqlcipher4-raw-key",
        "key_check": _key_check(key),
        "slots": [_password_slot(key, username, password, params or DEFAULT_KDF)],
    }
    _write(db, data)
    return key, RecoveryKey(recovery_text(key))


def create(db_path: Path | str, username: str, password: str, *, params: KdfParams | None = None) -> RecoveryKey:
    """Like :func:`create_with_key`, returning only the recovery key (:func:`unlock` gives the key)."""
    return create_with_key(db_path, username, password, params=params)[1]


def unlock(db_path: Path | str, username: str, password: str) -> bytes:
    """The database key, unwrapped with ``username``'s password.

    Raises ``UserFacingError("login.failed")`` for a wrong password and for a user
    without a slot alike (the message does not tell which).
    """
    data = _read(Path(db_path))
    slot = _find_user_slot(data, username)
    if slot is None:
        # Spend the same time as a wrong password, so that timing does not tell either.
        _derive_password_key(password, b"\0" * SALT_BYTES, DEFAULT_KDF)
        raise UserFacingError("login.failed")
    return _unlock_slot(slot, username, password)


def has_slot(db_path: Path | str, username: str) -> bool:
    """True when ``username`` can unlock the database with a password (a slot exists)."""
    return _find_user_slot(_read(Path(db_path)), username) is not None


def unlock_with_recovery(db_path: Path | str, recovery_key: str | RecoveryKey) -> bytes:
    """The database key from the recovery key, checked against the key file's check value;
    raises ``encryption.recovery_failed``. Without a key file (lost) the key is returned
    unchecked: opening the database with it tells (``store.wrong_key``)."""
    key = parse_recovery_key(str(recovery_key))
    db = Path(db_path)
    if key_file_path(db).exists() and not key_matches(db, key):
        raise UserFacingError("encryption.recovery_failed")
    return key


def enrol(db_path: Path | str, key: bytes, username: str, password: str, *, params: KdfParams | None = None) -> None:
    """Add (or replace) ``username``'s slot for the database ``key`` (already unlocked by someone).

    For a worker who arrived through sync and logs in at this PC for the first time, or
    after an administrator reset a password. The caller checks the password against the
    worker's account first. Raises ``encryption.wrong_key`` when ``key`` is not this
    database's key (the key file's check value tells).
    """
    db = Path(db_path)
    if len(key) != KEY_BYTES:
        raise UserFacingError("encryption.bad_key")
    if not password:
        raise UserFacingError("encryption.password_required")
    data = _read(db)
    if not hmac.compare_digest(str(data.get("key_check", "")), _key_check(key)):
        raise UserFacingError("encryption.wrong_key", path=str(db))
    wanted = _normal_username(username)
    slots = [s for s in data["slots"] if not (s.get("kind") == "password" and s.get("username") == wanted)]
    slots.append(_password_slot(key, username, password, params or DEFAULT_KDF))
    data["slots"] = slots
    _write(db, data)


def rewrap(
    db_path: Path | str, username: str, old_password: str, new_password: str, *, params: KdfParams | None = None
) -> None:
    """Change ``username``'s password on the key: the same database key under the new password.

    Raises ``login.failed`` when the old password does not open the slot; the data is not touched.
    """
    db = Path(db_path)
    key = unlock(db, username, old_password)
    enrol(db, key, username, new_password, params=params)


def remove(db_path: Path | str, username: str) -> None:
    """Remove ``username``'s slot (a worker who left). The last worker's slot is never removed
    (``encryption.last_slot``): the database would open with the recovery key alone."""
    db = Path(db_path)
    data = _read(db)
    wanted = _normal_username(username)
    password_slots = [s for s in data["slots"] if s.get("kind") == "password"]
    slots = [s for s in data["slots"] if not (s.get("kind") == "password" and s.get("username") == wanted)]
    if len(slots) == len(data["slots"]):
        return
    if len(password_slots) <= 1:
        raise UserFacingError("encryption.last_slot", username=username)
    data["slots"] = slots
    _write(db, data)


def usernames(db_path: Path | str) -> list[str]:
    """The (normalised) user names that have a slot, sorted."""
    return sorted(str(s.get("username")) for s in _read(Path(db_path))["slots"] if s.get("kind") == "password")


def key_matches(db_path: Path | str, key: bytes) -> bool:
    """True when ``key`` is the database key of ``db_path`` (by the key file's check value)."""
    data = _read(Path(db_path))
    return len(key) == KEY_BYTES and hmac.compare_digest(str(data.get("key_check", "")), _key_check(key))
