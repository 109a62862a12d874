"""An exchange folder that is missing, read-only, full or vanishes never stops work at the desk."""

from __future__ import annotations

import errno
import os
import shutil
import uuid
from pathlib import Path

import pytest

from hubdesk.sync.exchange import Exchange
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.service import SyncService
from tests.sync.helpers import Node, add_person, content_digest, deliver, rows


def test_a_missing_folder_is_reported_and_nothing_changes(tmp_path: Path, key: ProgrammeKey, a1: Node) -> None:
    add_person(a1)
    before = content_digest(a1.path)
    report = SyncService(a1.store, key=key).sync(tmp_path / "usb-stick-not-plugged-in")
    assert [p.code for p in report.problems] == ["sync.exchange_missing"]
    assert content_digest(a1.path) == before
    add_person(a1, given="Jan")  # the desk keeps working
    a1.exchange.mkdir(exist_ok=True)
    report = a1.sync(key)
    assert report.ok
    assert report.exported_packages == 1
    assert rows(a1.path, "SELECT count(*) FROM change_log WHERE exported_seq IS NULL") == [(0,)]


class _Refusing(Exchange):
    """A folder that can be read but not written (a read-only share, a full stick)."""

    def __init__(self, root: Path, err: int) -> None:
        super().__init__(root)
        self.err = err

    def write(self, node_id: uuid.UUID, name: str, data: bytes) -> Path:
        from hubdesk.sync.exchange import exchange_error

        raise exchange_error(OSError(self.err, os.strerror(self.err)), self.node_dir(node_id) / name)


@pytest.mark.parametrize(
    ("err", "code"), [(errno.EROFS, "sync.exchange_read_only"), (errno.ENOSPC, "sync.exchange_full")]
)
def test_a_folder_that_cannot_be_written_still_brings_the_others_changes(
    key: ProgrammeKey, a1: Node, a2: Node, err: int, code: str
) -> None:
    add_person(a1, given="Een")
    a1.sync(key)
    deliver(a1, a2)
    add_person(a2, given="Twee")
    report = SyncService(a2.store, key=key, backups=False).sync(_Refusing(a2.exchange, err))
    assert [p.code for p in report.problems] == [code]
    assert report.imported_packages == 1
    assert rows(a2.path, "SELECT count(*) FROM change_log WHERE exported_seq IS NULL AND node_id = ?",
                a2.node_id.hex) != [(0,)]  # fmt: skip
    assert list((a2.exchange / a2.node_id.hex).glob("*")) == []  # nothing half-written left behind
    report = a2.sync(key)  # writable again: the changes go out now
    assert report.ok
    assert report.exported_changes > 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_truly_read_only_folder(key: ProgrammeKey, a1: Node) -> None:
    add_person(a1)
    a1.exchange.chmod(0o555)
    try:
        report = a1.sync(key)
        assert [p.code for p in report.problems] == ["sync.exchange_read_only"]
    finally:
        a1.exchange.chmod(0o755)


class _Vanishing(Exchange):
    """The share disconnects after the first package has been read."""

    reads = 0

    def read(self, path: Path) -> bytes:
        type(self).reads += 1
        if type(self).reads > 1:
            shutil.rmtree(self.root)
        return super().read(path)


def test_a_folder_vanishing_in_the_middle_leaves_whole_packages_only(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    for i in range(3):
        add_person(a1, given=f"P{i}")
        a1.sync(key)
    deliver(a1, a2)
    saved = tmp_path / "saved"
    shutil.copytree(a2.exchange, saved)
    _Vanishing.reads = 0
    report = SyncService(a2.store, key=key, backups=False).sync(_Vanishing(a2.exchange))
    assert [p.code for p in report.problems] == ["sync.exchange_missing"]
    assert report.imported_packages == 1
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(1,)]
    assert rows(a2.path, "PRAGMA integrity_check") == [("ok",)]
    shutil.copytree(saved, a2.exchange)  # back again
    report = a2.sync(key)
    assert report.ok
    assert report.imported_packages == 2
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(3,)]
