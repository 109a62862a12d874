"""Files the user asked for are written whole or not at all."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from hubdesk.models.errors import UserFacingError
from hubdesk.services.files import write_atomically


def test_a_file_is_written_and_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_a_full_disk_leaves_the_old_file_and_no_scraps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"the letter printed yesterday")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserFacingError) as info:
        write_atomically(target, b"x" * 1000)
    assert info.value.code == "file.disk_full"
    assert info.value.params["path"] == str(target)
    assert target.read_bytes() == b"the letter printed yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_a_folder_that_is_gone_is_named(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as info:
        write_atomically(tmp_path / "usb" / "brief.pdf", b"x")
    assert info.value.code == "file.folder_missing"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_refused_politely(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserFacingError) as info:
            write_atomically(folder / "brief.pdf", b"x")
        assert info.value.code == "file.not_allowed"
    finally:
        folder.chmod(0o700)
