"""Refuse a live database on a network share (SQLite locking and WAL break there)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "coda", "ceph", "glusterfs",
        "fuse.glusterfs", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "lustre", "fuse.rclone",
    }
)  # fmt: skip


def _unescape_mount(path: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        path = path.replace(code, char)
    return path


def filesystem_type(path: Path, mounts_text: str | None = None) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux), or None if unknown."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(path)
    best, best_type = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = _unescape_mount(parts[1]), parts[2]
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type


def _windows_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):
        return True
    import ctypes  # Windows only

    drive = os.path.splitdrive(text)[0] + "\\"
    drive_remote = 4  # DRIVE_REMOTE
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)  # type: ignore[attr-defined]


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    """True when ``path`` (existing or not yet created) lies on a network file system."""
    resolved = path.expanduser().resolve()
    if sys.platform == "win32" and mounts_text is None:
        return _windows_remote(resolved)
    fs_type = filesystem_type(resolved, mounts_text)
    return fs_type is not None and fs_type in NETWORK_FILESYSTEMS
