"""Copy the write-ahead log back into the database on a thread of its own.

In WAL mode SQLite copies the log into the database file ("checkpoint") when the
log reaches 1,000 pages, and it does so in the connection that happens to commit
then: one save at the desk in every twenty or so paid for writing back a thousand
pages into a multi-gigabyte file and syncing it, 100 ms to over a second with a
million entrepreneurs. :class:`WalCheckpointer` does that work right after each
save on its own connection and thread (``sqlite3`` releases the GIL while SQLite
works), in small pieces, so the log is reset before it grows to the size at which
a save would have to do it. SQLite's own automatic checkpoint stays on as the
safety net, for bulk loads that outrun this thread and for other programs.

A PASSIVE checkpoint never waits for readers or writers: at worst it copies less
and the next one continues.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

# At most one checkpoint per this many seconds, however fast the saves come.
MIN_INTERVAL_S = 0.2
# The thread and its connection go after this many idle seconds (a nudge starts them again).
IDLE_S = 5.0


class WalCheckpointer:
    """Call :meth:`nudge` after each committed write; :meth:`close` before the database is closed."""

    def __init__(
        self,
        connect: Callable[[], sqlite3.Connection],
        *,
        min_interval: float = MIN_INTERVAL_S,
        idle: float = IDLE_S,
    ) -> None:
        self._connect = connect
        self._min_interval = min_interval
        self._idle = idle
        self._wanted = threading.Event()
        self._lock = threading.Lock()
        self._closed = False
        self._thread: threading.Thread | None = None
        self.runs = 0  # checkpoints done (for tests and diagnostics)

    def nudge(self) -> None:
        """Ask for a checkpoint soon; cheap, never blocks."""
        with self._lock:
            if self._closed:
                return
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="hubdesk-wal-checkpoint", daemon=True)
                self._thread.start()
        self._wanted.set()

    def close(self, timeout: float = 5.0) -> None:
        with self._lock:
            self._closed = True
            thread = self._thread
        self._wanted.set()
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        try:
            conn = self._connect()
        except Exception as exc:  # noqa: BLE001 - also SQLCipher's errors; the next save's automatic checkpoint does the work instead
            log.warning("WAL checkpointer cannot open the database: %s", exc)
            with self._lock:
                self._thread = None
            return
        try:
            while True:
                if not self._wanted.wait(self._idle):
                    with self._lock:
                        if not self._wanted.is_set():
                            self._thread = None
                            return
                if self._closed:
                    return
                self._wanted.clear()
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.runs += 1
                except Exception as exc:  # noqa: BLE001 - also SQLCipher's errors
                    log.warning("WAL checkpoint failed: %s", exc)
                time.sleep(self._min_interval)
        finally:
            conn.close()
