"""View tests: a real store and worker thread behind each view."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from hubdesk.services.demo import generate_demo
from hubdesk.services.setup import actor_for
from hubdesk.services.store import Actor, Store
from hubdesk.views.context import AppContext
from hubdesk.views.tasks import TaskRunner


@pytest.fixture(autouse=True)
def _no_widget_destroyed_while_the_worker_runs(qapp: QApplication) -> None:
    """Collect garbage on the GUI thread only, as the application does.

    pytest-qt closes each test's widgets with deleteLater(); destroying them while
    Python's cyclic GC runs on the database thread crashes PySide6 (tp_traverse).
    Automatic collection stays off for the view tests (as in the application, see
    GuiThreadGarbageCollector); leftovers are destroyed and collected here, between tests.
    """
    gc.disable()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def make_context(store: Store, actor: Actor, runner: TaskRunner) -> AppContext:
    return AppContext.create(store, actor, runner)


@pytest.fixture
def ctx(store: Store, actor: Actor, runner: TaskRunner) -> AppContext:
    """A set-up hub with no entrepreneurs yet."""
    return make_context(store, actor, runner)


@pytest.fixture
def demo_ctx(store: Store, runner: TaskRunner) -> AppContext:
    """A practice database with 300 demo entrepreneurs."""
    generate_demo(store, 300, seed=11)
    return make_context(store, actor_for(store), runner)
