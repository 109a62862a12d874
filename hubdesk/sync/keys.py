"""The programme key: 32 random bytes shared by every node of the programme.

Key file: the 32 bytes as base64 (44 characters) or hex (64 characters), on one
line; surrounding white space is ignored. (Raw 32-byte files are accepted too.)

Where it is kept: ``node init`` copies the key into this installation's data folder
(``<data>/keys/<programme id>.key``, base64, mode 0600) and records only the
programme id in the database (:class:`~hubdesk.models.sync.SyncNode`). So a copy of
the database (a backup, a file sent for support) does not carry the key that opens
the packages of every hub on the exchange folder; moving an installation to another
computer means running ``node init`` there with the key file again.

The programme id is derived from the key (a fingerprint), so a package of another
programme is recognised as such before any decryption is attempted. Packages are
encrypted with a key derived from the programme key (HKDF-SHA256), never with the
programme key itself.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hubdesk.models.errors import UserFacingError
from hubdesk.paths import data_dir

KEY_BYTES = 32
_ID_LABEL = b"hubdesk programme id\x00"
_PACKAGE_LABEL = b"hubdesk sync package v1"


@dataclass(frozen=True, slots=True, repr=False)
class ProgrammeKey:
    """The programme key; ``repr`` never shows the secret."""

    secret: bytes

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES:
            raise ValueError("a programme key has 32 bytes")

    def __repr__(self) -> str:
        return f"ProgrammeKey(id={self.programme_id})"

    @property
    def programme_id(self) -> str:
        """A fingerprint of the key (32 hex digits); names the programme in packages."""
        return hashlib.sha256(_ID_LABEL + self.secret).hexdigest()[:32]

    def package_key(self) -> bytes:
        """The AES-256-GCM key for packages, derived with HKDF-SHA256."""
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_PACKAGE_LABEL).derive(self.secret)

    def encoded(self) -> str:
        return base64.b64encode(self.secret).decode("ascii")

    @classmethod
    def generate(cls) -> ProgrammeKey:
        return cls(secrets.token_bytes(KEY_BYTES))


def parse_key(data: bytes, source: str = "") -> ProgrammeKey:
    """The key in a key file's content; raises ``UserFacingError("sync.key_invalid")``."""
    if len(data) == KEY_BYTES:  # raw bytes: the text forms are 44 or 64 characters long
        return ProgrammeKey(data)
    text = data.strip()
    secret: bytes | None = None
    if len(text) == 2 * KEY_BYTES:
        try:
            secret = bytes.fromhex(text.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            secret = None
    if secret is None:
        try:
            secret = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            secret = None
    if secret is None or len(secret) != KEY_BYTES:
        raise UserFacingError("sync.key_invalid", path=source)
    return ProgrammeKey(secret)


def read_key_file(path: Path) -> ProgrammeKey:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserFacingError("sync.key_file_missing", path=str(path)) from None
    except OSError as exc:
        raise UserFacingError("sync.key_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    return parse_key(data, str(path))


def write_key_file(path: Path, key: ProgrammeKey) -> None:
    """Write ``key`` (base64) to a new file only its owner can read; refuses to overwrite."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UserFacingError("sync.key_exists", path=str(path)) from None
    except OSError as exc:
        raise UserFacingError("sync.key_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.encoded() + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def installed_key_path(programme_id: str) -> Path:
    return data_dir() / "keys" / f"{programme_id}.key"


def install_key(key: ProgrammeKey) -> Path:
    """Keep ``key`` in this installation's data folder (idempotent)."""
    path = installed_key_path(key.programme_id)
    if path.exists():
        existing = read_key_file(path)
        if existing.secret != key.secret:  # cannot happen: the name is the key's fingerprint
            raise UserFacingError("sync.key_invalid", path=str(path))
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    write_key_file(path, key)
    return path


def installed_key(programme_id: str) -> ProgrammeKey:
    """The key of ``programme_id`` from the data folder; raises ``sync.key_missing``."""
    path = installed_key_path(programme_id)
    if not path.exists():
        raise UserFacingError("sync.key_missing", path=str(path))
    key = read_key_file(path)
    if key.programme_id != programme_id:
        raise UserFacingError("sync.key_invalid", path=str(path))
    return key
