"""Service calls off the GUI thread: one worker thread owns the database.

Views submit small operations (:class:`Operation`): a callable that runs on the
worker thread and handlers that run back on the GUI thread with its result or
error. A failure without a handler goes to :attr:`TaskRunner.sig_unhandled_error`,
which the main window shows to the user. An operation never touches a widget.
"""

from __future__ import annotations

import itertools
import logging
import traceback
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
    """Runs operations on the database thread, knowing them only by a number.

    Nothing that may hold a view crosses to this thread: an operation's handlers and
    its ``work`` closure usually capture the view that submitted it, and if this
    thread dropped the last reference, Qt would destroy the view here (a crash).
    So the GUI thread keeps the operations, this thread looks ``work`` up by its
    number, lets go of it before reporting back, and clears the frames of a
    failure's traceback (they hold the closure's variables).
    """

    sig_done = Signal(int, object, object)  # token, result, error

    def __init__(self, ops: dict[int, Operation]) -> None:
        super().__init__()
        self._ops = ops

    @Slot(int)
    def run(self, token: int) -> None:
        result, error = self._execute(token)
        self.sig_done.emit(token, result, error)

    def _execute(self, token: int) -> tuple[Any, BaseException | None]:
        op = self._ops.get(token)
        if op is None or op.cancelled:
            return None, None  # still reported: the GUI thread counts it as done
        work = op.work
        del op
        try:
            return work(), None
        except Exception as exc:  # handed to the GUI thread
            traceback.clear_frames(exc.__traceback__)
            return None, exc
        finally:
            del work


class TaskRunner(QObject):
    """Owns the database worker thread. Create on the GUI thread; call :meth:`shutdown` at exit."""

    sig_unhandled_error = Signal(object)  # the exception of an operation without on_failure
    # The number of pending operations (0: idle). Not a bool: see tests/views/test_platform.py.
    sig_busy_changed = Signal(int)
    _sig_submit = Signal(int)

    def __init__(self, parent: QObject | None = None, *, name: str = "hubdesk-db") -> None:
        super().__init__(parent)
        self._pending = 0
        # Pending operations by number, held here on the GUI thread until their result is
        # handled, so that they (and the views their closures hold) die on this thread.
        self._ops: dict[int, Operation] = {}
        self._tokens = itertools.count(1)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._worker = _Worker(self._ops)
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
        token = next(self._tokens)
        self._ops[token] = op
        self._pending += 1
        if self._pending == 1:
            self.sig_busy_changed.emit(1)
        self._sig_submit.emit(token)
        return op

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @Slot(int, object, object)
    def _on_worker_done(self, token: int, result: Any, error: BaseException | None) -> None:
        op = self._ops.pop(token)
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
