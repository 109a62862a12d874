"""Service calls off the GUI thread: one worker thread owns the database.

Views submit small operations (:class:`Operation`): a callable that runs on the
worker thread and handlers that run back on the GUI thread with its result or
error. A failure without a handler goes to :attr:`TaskRunner.sig_unhandled_error`,
which the main window shows to the user. An operation never touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    QThread,
    Signal,
    Slot,
)

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Operation:
    """``work`` runs on the worker thread; ``on_success``/``on_failure`` on the GUI thread."""

    work: Callable[[], Any]
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    owner: QObject | None = None  # results are dropped once the owner (a view) is deleted
    cancelled: bool = field(default=False)

    def cancel(self) -> None:
        """Drop the result when it arrives (the work itself still runs if it started)."""
        self.cancelled = True


class _Worker(QObject):
    sig_done = Signal(object, object, object)  # operation, result, error

    @Slot(object)
    def run(self, op: Operation) -> None:
        if op.cancelled:
            self.sig_done.emit(op, None, None)  # still counted as done
            return
        try:
            result = op.work()
        except Exception as exc:  # handed to the GUI thread
            self.sig_done.emit(op, None, exc)
        else:
            self.sig_done.emit(op, result, None)


class TaskRunner(QObject):
    """Owns the database worker thread. Create on the GUI thread; call :meth:`shutdown` at exit."""

    sig_unhandled_error = Signal(object)  # the exception of an operation without on_failure
    # The number of pending operations (0: idle). Not a bool: see tests/views/test_platform.py.
    sig_busy_changed = Signal(int)
    _sig_submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = 0
        # Pending operations stay referenced here, on the GUI thread, until their result is
        # handled: the last reference to a view captured by a handler must never be
        # dropped on the database thread (Qt objects must die on their own thread).
        self._ops: set[Operation] = set()
        self._thread = QThread()
        self._thread.setObjectName("hubdesk-db")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._sig_submit.connect(self._worker.run)
        self._worker.sig_done.connect(self._on_worker_done)
        self._thread.start()

    def submit(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> Operation:
        """Queue ``work`` for the database thread. When ``owner`` is given, the
        handlers are skipped if the owner has been deleted in the meantime."""
        op = Operation(work, on_success, on_failure, owner)
        self._ops.add(op)
        self._pending += 1
        if self._pending == 1:
            self.sig_busy_changed.emit(1)
        self._sig_submit.emit(op)
        return op

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @Slot(object, object, object)
    def _on_worker_done(self, op: Operation, result: Any, error: BaseException | None) -> None:
        self._ops.discard(op)
        self._pending -= 1
        if self._pending == 0:
            self.sig_busy_changed.emit(0)
        if op.cancelled or (op.owner is not None and not shiboken6.isValid(op.owner)):
            return
        if error is None:
            if op.on_success is not None:
                op.on_success(result)
        elif op.on_failure is not None:
            op.on_failure(error)
        else:
            self.sig_unhandled_error.emit(error)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Finish the queued operations and deliver their results, then stop the thread.

        Call on the GUI thread. Results are delivered first so that nothing is left
        in flight between the threads while the database thread ends.
        """
        clock = QElapsedTimer()
        clock.start()
        while self._pending and clock.elapsed() < timeout_ms:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        self._thread.quit()
        self._thread.wait()
