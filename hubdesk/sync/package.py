"""The change package: its models (the JSON Schema is generated from them), sealing and opening.

A package file is::

    HUBDESK-SYNC\\n
    <header: one line of JSON>\\n
    <AES-256-GCM ciphertext of zlib(<manifest JSON>\\n<changes JSON>)>

The header (format, programme, node, sequence, nonce) is readable without the key,
so a package of another programme or of a newer format is recognised as such; it is
authenticated as the cipher's associated data, so altering it is detected like any
other change to the file. docs/sync-format.md describes the format in full;
docs/sync-package.schema.json is generated from the models here
(``python -m hubdesk.sync.package --schema``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, with_config
from typing_extensions import TypedDict

from hubdesk import __version__
from hubdesk.models.enums import ChangeOp
from hubdesk.models.errors import UserFacingError
from hubdesk.sync.keys import ProgrammeKey

FORMAT_VERSION = 1
MAGIC = b"HUBDESK-SYNC\n"
SUFFIX = ".hubsync"
NONCE_BYTES = 12
COMPRESSION_LEVEL = 1  # zlib: level 1 packs change JSON about 5:1 at 150+ MB/s
MAX_HEADER = 4096

Hex32 = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,59}$")]
UuidText = Annotated[str, Field(min_length=32, max_length=36, json_schema_extra={"format": "uuid"})]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PackageHeader(_Strict):
    """The clear-text first line: enough to route and refuse a package without the key."""

    format: int = Field(ge=1, description="format version; a reader refuses a newer one")
    programme: Hex32 = Field(description="fingerprint of the programme key (see docs/sync-format.md)")
    node: uuid.UUID = Field(description="the node that wrote the package")
    seq: int = Field(ge=1, description="the package's number in that node's outbox: 1, 2, 3, ...")
    nonce: str = Field(pattern=r"^[0-9a-f]{24}$", description="AES-GCM nonce, 12 bytes as hex")


Vector = dict[uuid.UUID, int]
"""node -> the highest sequence number of that node's packages that had been imported."""


class Epoch(_Strict):
    """From Lamport time ``from_lamport`` on, the writer's changes had seen ``seen``."""

    from_lamport: int = Field(ge=0)
    seen: Vector


class PackageManifest(_Strict):
    """What the package holds, checked against its content before anything is written."""

    format: int = Field(ge=1)
    programme: Hex32
    node: uuid.UUID
    hub: uuid.UUID | None = Field(description="the writing node's hub")
    seq: int = Field(ge=1)
    created_at: AwareDatetime
    app_version: str = Field(max_length=40)
    count: int = Field(ge=0, description="number of changes")
    counts: dict[Name, dict[ChangeOp, int]] = Field(description="entity -> op -> number of changes")
    first_lamport: int = Field(ge=0)
    last_lamport: int = Field(ge=0)
    digest: Sha256 = Field(description="SHA-256 of the changes JSON, as bytes in the package")
    prev_digest: Sha256 | None = Field(description="digest of the same node's previous package (none for the first)")
    requires: Vector = Field(description="packages of other nodes to import before this one")
    epochs: list[Epoch] = Field(description="what the writer had seen when it made each change")


@with_config(ConfigDict(extra="forbid", strict=True))
class PackageChange(TypedDict):
    """One change to one replicated record, as in the writer's change log."""

    # A TypedDict rather than a model: an import reads hundreds of thousands of these,
    # and ids and times stay text until the importer converts what it uses (checking
    # them as it does: see OpenedPackage.changes and hubdesk.sync.importer.validate).

    change_id: UuidText
    lamport: Annotated[int, Field(ge=1)]
    worker_id: UuidText | None
    entity: Annotated[str, Field(max_length=40)]
    record_id: UuidText
    op: ChangeOp
    base_version: Annotated[int, Field(ge=0)]
    version: Annotated[int, Field(ge=1)]
    fields: Annotated[
        dict[str, Any], Field(description="the changed fields with their new values (all fields on create)")
    ]
    at: Annotated[str, Field(max_length=40, json_schema_extra={"format": "date-time"})]
    hub: Annotated[
        UuidText | None, Field(description="the hub the record's data belongs to; none for programme-wide data")
    ]


class SyncPackage(_Strict):
    """The logical content of a package file (the schema's root; see the module docstring)."""

    header: PackageHeader
    manifest: PackageManifest
    changes: list[PackageChange]


_CHANGES = TypeAdapter(list[PackageChange])


def schema_json() -> str:
    """docs/sync-package.schema.json, as generated from the models."""
    schema = SyncPackage.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://hubdesk.haarlem.example/sync-package-{FORMAT_VERSION}.schema.json"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@dataclass(frozen=True, slots=True)
class OpenedPackage:
    header: PackageHeader
    manifest: PackageManifest
    changes_json: bytes

    def changes(self, source: str) -> list[PackageChange]:
        """The changes, checked against :class:`PackageChange`; raises
        ``UserFacingError("sync.package_invalid")`` naming the first change that is not.

        The same rules as the model (tests/sync/test_format.py holds them together), checked
        by hand after ``json.loads``: three times as fast for a package of 20,000 changes.
        """
        try:
            raw = json.loads(self.changes_json)
        except ValueError as exc:
            raise UserFacingError("sync.package_invalid", path=source, reason=f"changes: {exc}") from None
        if not isinstance(raw, list):
            raise UserFacingError("sync.package_invalid", path=source, reason="changes: not a list")
        for i, item in enumerate(raw):
            problem = _change_problem(item)
            if problem is not None:
                raise UserFacingError("sync.package_invalid", path=source, reason=f"changes.{i}.{problem}")
            item["op"] = _OPS[item["op"]]
        return raw

    def changes_by_model(self, source: str) -> list[PackageChange]:
        """The changes validated by the Pydantic model itself (slower; for tools and tests)."""
        try:
            return _CHANGES.validate_json(self.changes_json)
        except ValidationError as exc:
            raise UserFacingError("sync.package_invalid", path=source, reason=_first_error(exc)) from None


_CHANGE_KEYS = frozenset(PackageChange.__annotations__)
_OPS = {op.value: op for op in ChangeOp}


def _is_int(value: Any, least: int) -> bool:
    return type(value) is int and value >= least


def _is_id(value: Any) -> bool:
    return type(value) is str and 32 <= len(value) <= 36


def _change_problem(item: Any) -> str | None:
    """What is wrong with one change (by :class:`PackageChange`'s rules), or None."""
    if type(item) is not dict:
        return "not an object"
    if item.keys() != _CHANGE_KEYS:
        odd = sorted(set(item) ^ _CHANGE_KEYS)
        return f"{odd[0]}: missing or unknown field"
    for name in ("change_id", "record_id"):
        if not _is_id(item[name]):
            return f"{name}: not an id"
    for name in ("worker_id", "hub"):
        if item[name] is not None and not _is_id(item[name]):
            return f"{name}: not an id"
    if not _is_int(item["lamport"], 1) or not _is_int(item["version"], 1) or not _is_int(item["base_version"], 0):
        return "lamport/version: not a whole number in range"
    entity = item["entity"]
    if type(entity) is not str or len(entity) > 40:
        return "entity: not a name"
    if item["op"] not in _OPS:
        return "op: unknown"
    if type(item["fields"]) is not dict:
        return "fields: not an object"
    at = item["at"]
    if type(at) is not str or len(at) > 40:
        return "at: not a time"
    return None


def _first_error(exc: ValidationError) -> str:
    err = exc.errors(include_url=False)[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def seal(key: ProgrammeKey, manifest: PackageManifest, changes_json: bytes) -> bytes:
    """The package file's bytes for ``manifest`` and the changes (a JSON array)."""
    nonce = os.urandom(NONCE_BYTES)
    header = PackageHeader(
        format=manifest.format, programme=manifest.programme, node=manifest.node, seq=manifest.seq, nonce=nonce.hex()
    )
    head = MAGIC + header.model_dump_json().encode("ascii") + b"\n"
    plain = manifest.model_dump_json().encode("utf-8") + b"\n" + changes_json
    sealed = AESGCM(key.package_key()).encrypt(nonce, zlib.compress(plain, COMPRESSION_LEVEL), head)
    return head + sealed


def read_header(data: bytes, source: str) -> tuple[PackageHeader, int]:
    """The clear-text header and where the ciphertext starts.

    Raises ``UserFacingError`` ``sync.package_not_package`` (not a package at all) or
    ``sync.package_newer_format``.
    """
    if not data.startswith(MAGIC):
        raise UserFacingError("sync.package_not_package", path=source)
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        raise UserFacingError("sync.package_not_package", path=source)
    try:
        raw = json.loads(data[len(MAGIC) : end])
    except ValueError:
        raise UserFacingError("sync.package_not_package", path=source) from None
    if isinstance(raw, dict) and isinstance(raw.get("format"), int) and raw["format"] > FORMAT_VERSION:
        # Checked before the rest: a newer format may have a header this version does not know.
        raise UserFacingError("sync.package_newer_format", path=source, format=raw["format"])
    try:
        header = PackageHeader.model_validate(raw)
    except ValidationError:
        raise UserFacingError("sync.package_not_package", path=source) from None
    return header, end + 1


def open_sealed(key: ProgrammeKey, data: bytes, source: str) -> OpenedPackage:
    """Check, decrypt and unpack a package; nothing is trusted before the cipher says so.

    Raises ``UserFacingError`` with the file in ``path`` and one of the codes
    ``sync.package_not_package``, ``sync.package_newer_format``,
    ``sync.package_other_programme``, ``sync.package_unauthentic`` (altered, damaged,
    truncated or sealed with another key), ``sync.package_invalid``.
    """
    header, start = read_header(data, source)
    if header.programme != key.programme_id:
        raise UserFacingError("sync.package_other_programme", path=source)
    try:
        packed = AESGCM(key.package_key()).decrypt(bytes.fromhex(header.nonce), data[start:], data[:start])
    except InvalidTag:
        raise UserFacingError("sync.package_unauthentic", path=source) from None
    try:
        plain = zlib.decompress(packed)
    except zlib.error as exc:  # authentic but not unpackable: a writer's bug
        raise UserFacingError("sync.package_invalid", path=source, reason=str(exc)) from None
    split = plain.find(b"\n")
    if split < 0:
        raise UserFacingError("sync.package_invalid", path=source, reason="no manifest")
    try:
        manifest = PackageManifest.model_validate_json(plain[:split])
    except ValidationError as exc:
        raise UserFacingError("sync.package_invalid", path=source, reason=_first_error(exc)) from None
    if (manifest.format, manifest.programme, manifest.node, manifest.seq) != (
        header.format,
        header.programme,
        header.node,
        header.seq,
    ):
        raise UserFacingError("sync.package_invalid", path=source, reason="header and manifest differ")
    return OpenedPackage(header=header, manifest=manifest, changes_json=plain[split + 1 :])


def new_manifest(
    *,
    programme: str,
    node: uuid.UUID,
    hub: uuid.UUID | None,
    seq: int,
    now: dt.datetime,
    changes_json: bytes,
    counts: dict[str, dict[ChangeOp, int]],
    lamports: Sequence[int],
    prev_digest: str | None,
    requires: Vector,
    epochs: list[Epoch],
) -> PackageManifest:
    return PackageManifest(
        format=FORMAT_VERSION,
        programme=programme,
        node=node,
        hub=hub,
        seq=seq,
        created_at=now,
        app_version=__version__,
        count=sum(sum(ops.values()) for ops in counts.values()),
        counts=counts,
        first_lamport=lamports[0] if lamports else 0,
        last_lamport=lamports[-1] if lamports else 0,
        digest=digest(changes_json),
        prev_digest=prev_digest,
        requires=requires,
        epochs=epochs,
    )


def package_name(seq: int) -> str:
    return f"{seq:08d}{SUFFIX}"


def seq_of(name: str) -> int | None:
    """The sequence number in a package's file name, or None for any other file."""
    if not name.endswith(SUFFIX):
        return None
    stem = name[: -len(SUFFIX)]
    return int(stem) if stem.isdigit() and len(stem) == 8 else None


if __name__ == "__main__":  # pragma: no cover - a developer's tool
    if sys.argv[1:] == ["--schema"]:
        sys.stdout.write(schema_json())
    else:
        sys.stderr.write("usage: python -m hubdesk.sync.package --schema > docs/sync-package.schema.json\n")
        raise SystemExit(2)
