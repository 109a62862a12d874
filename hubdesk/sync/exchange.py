"""The exchange folder: one sub-folder per node (its id as 32 hex digits) of numbered packages.

Reading and writing files there is all this module does; every failure of the folder
(missing, read-only, full, gone in the middle) becomes a ``UserFacingError`` with a
``sync.exchange_*`` code, so that sync can report it and try again later while the
desk keeps working on its own database.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from hubdesk.models.errors import UserFacingError
from hubdesk.services.store import fsync_dir
from hubdesk.sync.package import seq_of

HEADER_PEEK = 4096


def exchange_error(exc: OSError, path: Path) -> UserFacingError:
    """An OS error on the exchange folder as the person at the desk would understand it."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserFacingError("sync.exchange_full", path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserFacingError("sync.exchange_read_only", path=str(path))
    if exc.errno == errno.ENOENT:
        return UserFacingError("sync.exchange_missing", path=str(path))
    return UserFacingError("sync.exchange_unreachable", path=str(path), reason=exc.strerror or str(exc))


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise exchange_error(exc, path) from exc


class Exchange:
    """Access to one exchange folder. Subclassed in tests to make it fail on purpose."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def check(self) -> None:
        """Raise ``sync.exchange_missing`` (or another ``sync.exchange_*``) unless the folder is there."""
        with translated(self.root):
            if not self.root.is_dir():
                raise UserFacingError("sync.exchange_missing", path=str(self.root))
            os.listdir(self.root)

    def node_dir(self, node_id: uuid.UUID) -> Path:
        return self.root / node_id.hex

    def peers(self, own: uuid.UUID) -> list[uuid.UUID]:
        """The nodes with a folder here, except ``own``, in a fixed order."""
        found = []
        with translated(self.root):
            for entry in os.scandir(self.root):
                if len(entry.name) != 32 or not entry.is_dir():
                    continue
                try:
                    node = uuid.UUID(hex=entry.name)
                except ValueError:
                    continue
                if node != own and node.hex == entry.name:
                    found.append(node)
        return sorted(found, key=lambda n: n.hex)

    def packages(self, node_id: uuid.UUID) -> dict[int, Path]:
        """Sequence number -> file of the packages in a node's folder (other files are ignored)."""
        folder = self.node_dir(node_id)
        out: dict[int, Path] = {}
        with translated(folder):
            if not folder.is_dir():
                return out
            for entry in os.scandir(folder):
                seq = seq_of(entry.name)
                if seq is not None and entry.is_file():
                    out[seq] = Path(entry.path)
        return out

    def read(self, path: Path) -> bytes:
        with translated(path):
            return path.read_bytes()

    def peek(self, path: Path) -> bytes:
        """The first bytes of a file (enough for a package's header)."""
        with translated(path), path.open("rb") as fh:
            return fh.read(HEADER_PEEK)

    def write(self, node_id: uuid.UUID, name: str, data: bytes) -> Path:
        """Write a new package: temporary name, flushed, renamed, folder flushed.

        A reader never sees half a file; a failure leaves no file under ``name``.
        """
        folder = self.node_dir(node_id)
        target = folder / name
        with translated(folder):
            folder.mkdir(exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
        tmp = Path(tmp_name)
        try:
            with translated(target):
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                if target.exists():  # an outbox is append-only: never replace a package
                    raise FileExistsError(errno.EEXIST, "package exists", str(target))
                os.replace(tmp, target)
                fsync_dir(folder)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return target
