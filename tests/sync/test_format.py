"""The package format: its documented schema, the key file, sealing and opening."""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

import pytest

from hubdesk.models.errors import UserFacingError
from hubdesk.sync.keys import ProgrammeKey, parse_key, read_key_file, write_key_file
from hubdesk.sync.package import MAGIC, SUFFIX, open_sealed, package_name, read_header, schema_json, seq_of
from tests.sync.helpers import Node, add_person, packages

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_committed_schema_is_the_one_the_models_generate() -> None:
    committed = (DOCS / "sync-package.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "run: python -m hubdesk.sync.package --schema > docs/sync-package.schema.json"


def test_the_format_description_names_every_manifest_and_change_field() -> None:
    text = (DOCS / "sync-format.md").read_text(encoding="utf-8")
    schema = json.loads(schema_json())
    for model in ("PackageHeader", "PackageManifest", "PackageChange"):
        for name in schema["$defs"][model]["properties"]:
            assert f"`{name}`" in text, f"{model}.{name} is not described in docs/sync-format.md"


@pytest.mark.parametrize(
    "text",
    [
        lambda k: base64.b64encode(k).decode() + "\n",
        lambda k: "  " + k.hex() + "\r\n",
        lambda k: k.hex().upper(),
    ],
)
def test_a_key_file_holds_32_bytes_as_base64_or_hex(text: Any) -> None:
    secret = bytes(range(32))
    assert parse_key(text(secret).encode()).secret == secret
    assert parse_key(secret).secret == secret  # raw bytes


@pytest.mark.parametrize("data", [b"", b"short", b"x" * 44, base64.b64encode(bytes(31)), b"zz" * 32])
def test_anything_else_is_not_a_key(data: bytes) -> None:
    with pytest.raises(UserFacingError) as info:
        parse_key(data, "programme.key")
    assert info.value.code == "sync.key_invalid"
    assert info.value.params["path"] == "programme.key"


def test_a_new_key_file_is_private_and_never_overwritten(tmp_path: Path) -> None:
    key = ProgrammeKey.generate()
    path = tmp_path / "programme.key"
    write_key_file(path, key)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert read_key_file(path).secret == key.secret
    with pytest.raises(UserFacingError) as info:
        write_key_file(path, ProgrammeKey.generate())
    assert info.value.code == "sync.key_exists"
    assert read_key_file(path).secret == key.secret
    assert key.encoded() not in repr(key)


def test_the_programme_id_is_a_fingerprint_of_the_key() -> None:
    a, b = ProgrammeKey(bytes(32)), ProgrammeKey(bytes(range(32)))
    assert a.programme_id == ProgrammeKey(bytes(32)).programme_id
    assert a.programme_id != b.programme_id
    assert len(a.programme_id) == 32


def test_package_names_are_numbered_and_other_files_ignored() -> None:
    assert package_name(7) == "00000007" + SUFFIX
    assert seq_of(package_name(12345)) == 12345
    for other in ("00000001.hubsync.part", ".00000001.hubsync.x.part", "notes.txt", "1.hubsync", "0000000a.hubsync"):
        assert seq_of(other) is None


def test_the_header_is_readable_without_the_key_and_the_rest_is_not(key: ProgrammeKey, a1: Node) -> None:
    add_person(a1, given="Zichtbaar")
    a1.sync(key)
    data = packages(a1)[0].read_bytes()
    header, start = read_header(data, "p")
    assert (header.node, header.seq, header.programme) == (a1.node_id, 1, key.programme_id)
    assert data.startswith(MAGIC)
    assert b"Zichtbaar" not in data  # the changes are encrypted (and compressed)
    opened = open_sealed(key, data, "p")
    assert opened.manifest.count == len(json.loads(opened.changes_json))


def test_the_fast_change_check_follows_the_model(key: ProgrammeKey, a1: Node) -> None:
    """The importer checks changes by hand (for speed); the Pydantic model is the contract.
    Both accept what an export writes, and both refuse the same broken changes."""
    add_person(a1)
    a1.sync(key)
    opened = open_sealed(key, packages(a1)[0].read_bytes(), "p")
    fast = opened.changes("p")
    by_model = opened.changes_by_model("p")
    assert [c["change_id"] for c in fast] == [c["change_id"] for c in by_model]
    assert [c["op"] for c in fast] == [c["op"] for c in by_model]
    original = json.loads(opened.changes_json)
    breakages = [
        lambda c: c.pop("hub"),
        lambda c: c.update(extra=1),
        lambda c: c.update(lamport=0),
        lambda c: c.update(lamport="1"),
        lambda c: c.update(version=True),
        lambda c: c.update(op="merge"),
        lambda c: c.update(fields=[]),
        lambda c: c.update(change_id=5),
        lambda c: c.update(worker_id="x"),
        lambda c: c.update(at=None),
        lambda c: c.update(entity="x" * 41),
    ]
    for breaking in breakages:
        changed = copy.deepcopy(original)
        breaking(changed[0])
        broken = type(opened)(opened.header, opened.manifest, json.dumps(changed).encode())
        for check in (broken.changes, broken.changes_by_model):
            with pytest.raises(UserFacingError) as info:
                check("p")
            assert info.value.code == "sync.package_invalid"
