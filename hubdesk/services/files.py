"""Writing files the user asked for (letters, exports): whole or not at all.

A file is written to a temporary name beside its destination, flushed to disk and
then renamed, so a reader (a printer queue, a colleague on a share) never sees half
of it and a full disk leaves the old file as it was.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from hubdesk.models.errors import UserFacingError


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (replacing it); raises ``UserFacingError`` with a
    message a hub worker understands when the folder or the disk does not allow it."""
    path = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except FileNotFoundError:
        raise UserFacingError("file.folder_missing", path=str(path.parent)) from None
    except OSError as exc:
        raise _translate(exc, path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _translate(exc, path) from exc


def _translate(exc: OSError, path: Path) -> UserFacingError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserFacingError("file.disk_full", path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserFacingError("file.not_allowed", path=str(path))
    return UserFacingError("file.write_failed", path=str(path), reason=exc.strerror or str(exc))
