"""A package that is not exactly what its writer sealed is refused, and the database stays as it was."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hubdesk.messages import message
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.package import FORMAT_VERSION, MAGIC
from tests.sync.helpers import Node, add_person, content_digest, deliver, packages, reseal, rows

OTHER = ProgrammeKey(bytes(range(100, 132)))


@pytest.fixture
def sent(key: ProgrammeKey, a1: Node, a2: Node) -> tuple[Path, Path]:
    """a1 wrote packages 1 and 2 (and 3); a2 imported package 1 and has nothing of its own to send.

    Returns (package 2 as written, where a2 reads package 2).
    """
    add_person(a1, given="Een")
    a1.sync(key)
    add_person(a1, given="Twee")
    add_person(a1, given="Drie")
    a1.sync(key)
    add_person(a1, given="Vier")
    a1.sync(key)
    deliver(a1, a2, iter([1]))
    assert a2.sync(key).ok
    second = packages(a1)[1]
    return second, a2.exchange / a1.node_id.hex / second.name


def refused(key: ProgrammeKey, node: Node, target: Path, data: bytes) -> tuple[str, dict[str, Any]]:
    target.write_bytes(data)
    before = content_digest(node.path)
    report = node.sync(key)
    assert content_digest(node.path) == before
    assert report.applied == 0
    assert not report.ok
    (problem,) = report.refused
    assert problem.params["path"] == str(target)
    sentence = message(problem.code, problem.params, "en")
    assert str(target) in sentence
    assert "\n" not in sentence
    return problem.code, problem.params


def _flip(data: bytes, where: int) -> bytes:
    changed = bytearray(data)
    changed[where] ^= 0x04
    return bytes(changed)


@pytest.mark.parametrize("fraction", [0.3, 0.5, 0.9, 1.0])
def test_a_flipped_bit_is_refused(key: ProgrammeKey, a2: Node, sent: tuple[Path, Path], fraction: float) -> None:
    original, target = sent
    data = original.read_bytes()
    code, _ = refused(key, a2, target, _flip(data, min(len(data) - 1, int(len(data) * fraction))))
    assert code == "sync.package_unauthentic"


def test_a_flipped_bit_in_the_clear_header_is_refused(key: ProgrammeKey, a2: Node, sent: tuple[Path, Path]) -> None:
    original, target = sent
    data = original.read_bytes()
    at = data.index(b'"seq":') + len(b'"seq":')  # 2 becomes 6: the header no longer matches the cipher
    code, _ = refused(key, a2, target, _flip(data, at))
    assert code in {"sync.package_unauthentic", "sync.package_invalid"}


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_a_truncated_package_is_refused(key: ProgrammeKey, a2: Node, sent: tuple[Path, Path], keep: float) -> None:
    original, target = sent
    data = original.read_bytes()
    code, _ = refused(key, a2, target, data[: int(len(data) * keep)])
    assert code == "sync.package_unauthentic"


def test_a_file_cut_in_its_header_is_not_a_package(key: ProgrammeKey, a2: Node, sent: tuple[Path, Path]) -> None:
    original, target = sent
    code, _ = refused(key, a2, target, original.read_bytes()[: len(MAGIC) + 10])
    assert code == "sync.package_not_package"


def test_a_dropped_change_is_refused(key: ProgrammeKey, a2: Node, sent: tuple[Path, Path]) -> None:
    original, target = sent
    code, _ = refused(key, a2, target, reseal(original.read_bytes(), key, key, changes=lambda ch: ch.pop(1)))
    assert code == "sync.package_incomplete"


def test_a_package_sealed_with_another_key_is_refused(key: ProgrammeKey, a2: Node, sent: tuple[Path, Path]) -> None:
    original, target = sent
    forged = reseal(original.read_bytes(), key, OTHER)  # the header still names our programme
    code, _ = refused(key, a2, target, forged)
    assert code == "sync.package_unauthentic"


def test_a_package_of_another_programme_is_refused(key: ProgrammeKey, a2: Node, sent: tuple[Path, Path]) -> None:
    original, target = sent

    def other_programme(m: dict[str, Any]) -> None:
        m["programme"] = OTHER.programme_id

    code, _ = refused(key, a2, target, reseal(original.read_bytes(), key, OTHER, manifest=other_programme))
    assert code == "sync.package_other_programme"


def test_a_package_of_a_newer_format_is_refused(key: ProgrammeKey, a2: Node, sent: tuple[Path, Path]) -> None:
    original, target = sent

    def newer(m: dict[str, Any]) -> None:
        m["format"] = FORMAT_VERSION + 1

    code, params = refused(key, a2, target, reseal(original.read_bytes(), key, key, manifest=newer))
    assert code == "sync.package_newer_format"
    assert params["format"] == FORMAT_VERSION + 1


def test_a_replayed_sequence_number_is_refused(key: ProgrammeKey, a1: Node, a2: Node, sent: tuple[Path, Path]) -> None:
    original, target = sent
    shutil.copyfile(original, target)
    assert a2.sync(key).imported_packages == 1
    # Another package under number 2, well formed and sealed with the programme key:
    # the changes of the real package 2 are already here, so this one can only be a replay.
    third = packages(a1)[2].read_bytes()

    def as_second(m: dict[str, Any]) -> None:
        m["seq"] = 2

    code, params = refused(key, a2, target, reseal(third, key, key, manifest=as_second, fix_digest=True))
    assert code == "sync.package_replayed"
    assert params["seq"] == 2


def test_the_same_package_sealed_again_is_not_a_replay(key: ProgrammeKey, a2: Node, sent: tuple[Path, Path]) -> None:
    original, target = sent
    shutil.copyfile(original, target)
    a2.sync(key)
    target.write_bytes(reseal(original.read_bytes(), key, key))  # same content, new nonce
    before = content_digest(a2.path)
    report = a2.sync(key)
    assert report.ok
    assert report.applied == 0
    assert content_digest(a2.path) == before


def _last_given_name(value: Any) -> Callable[[list[Any]], None]:
    def change(ch: list[Any]) -> None:
        persons = [c for c in ch if c["entity"] == "persons"]
        persons[-1]["fields"]["given_name"] = value

    return change


@pytest.mark.parametrize("value", [5, None, "x" * 81])
def test_a_value_its_field_cannot_hold_refuses_the_whole_package(
    key: ProgrammeKey, a2: Node, sent: tuple[Path, Path], value: Any
) -> None:
    original, target = sent
    forged = reseal(original.read_bytes(), key, key, changes=_last_given_name(value), fix_digest=True)
    code, params = refused(key, a2, target, forged)
    assert code == "sync.package_invalid"
    assert "given_name" in params["reason"]
    assert rows(a2.path, "SELECT given_name FROM persons WHERE given_name = 'Twee'") == []


def test_a_package_in_another_nodes_folder_is_refused(
    key: ProgrammeKey, a1: Node, a2: Node, b1: Node, sent: tuple[Path, Path]
) -> None:
    original, _ = sent
    wrong = a2.exchange / b1.node_id.hex
    wrong.mkdir()
    code, params = refused(key, a2, wrong / "00000001.hubsync", packages(a1)[0].read_bytes())
    assert code == "sync.package_invalid"
    assert "name or folder" in params["reason"]


def test_an_unknown_kind_of_record_is_refused(key: ProgrammeKey, a2: Node, sent: tuple[Path, Path]) -> None:
    original, target = sent

    def unknown(ch: list[Any]) -> None:
        ch[0]["entity"] = "crystal_balls"

    code, params = refused(key, a2, target, reseal(original.read_bytes(), key, key, changes=unknown, fix_digest=True))
    assert code == "sync.package_invalid"
    assert "crystal_balls" in params["reason"]


def test_later_packages_of_a_refused_node_wait_and_others_go_on(
    key: ProgrammeKey, a1: Node, a2: Node, b1: Node, sent: tuple[Path, Path]
) -> None:
    original, target = sent
    target.write_bytes(original.read_bytes()[:-1])
    deliver(a1, a2, iter([3]))
    add_person(b1, given="Bram")
    b1.sync(key)
    deliver(b1, a2)
    report = a2.sync(key)
    assert [p.code for p in report.refused] == ["sync.package_unauthentic"]
    assert report.imported_packages == 1  # b1's
    assert rows(a2.path, "SELECT count(*) FROM persons WHERE given_name = 'Vier'") == [(0,)]
    shutil.copyfile(original, target)  # the intact file arrives
    report = a2.sync(key)
    assert report.ok
    assert report.imported_packages == 2


def test_the_manifest_json_carries_what_the_format_description_says(key: ProgrammeKey, a1: Node) -> None:
    from hubdesk.sync.package import open_sealed

    add_person(a1)
    a1.sync(key)
    opened = open_sealed(key, packages(a1)[0].read_bytes(), "p")
    manifest = json.loads(opened.manifest.model_dump_json())
    assert {"format", "programme", "node", "hub", "seq", "count", "counts", "digest", "requires", "epochs"} <= set(
        manifest
    )
    assert manifest["counts"]["persons"] == {"create": 1}
