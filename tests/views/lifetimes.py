"""Keeping test views alive until the database thread has let go of them.

A view's handlers are captured by the operations it submits. The worker thread
releases its own reference to an operation only after it returns from running it,
which can be after the GUI thread handled the result and the test dropped the view:
the view (owned by Python when it has no parent, as in these tests) would then be
destroyed on the database thread, which crashes Qt ("QBasicTimer::stop: Failed.
Possibly trying to stop from a different thread", then a segfault). In the
application the views have parents, so only their wrappers die there, harmlessly.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hubdesk.views.tasks import TaskRunner


def settle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Return once the worker thread has finished every operation and released it: a
    no-op is run after them (the worker drops an operation before it takes the next)."""
    done: list[bool] = []
    while not done or runner.busy:
        done.clear()
        runner.submit(lambda: None, lambda _result: done.append(True))
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def held_until_settled(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    """For a fixture: widgets put in the list are released on the GUI thread, after :func:`settle`."""
    widgets: list[QWidget] = []
    yield widgets
    settle(qtbot, runner)
    widgets.clear()
