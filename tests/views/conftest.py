"""View tests: a real store and worker thread behind each view."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hubdesk.services.demo import generate_demo
from hubdesk.services.session_info import desk_info
from hubdesk.services.setup import actor_for
from hubdesk.services.store import Actor, Store
from hubdesk.views.context import AppContext, AppSignals
from hubdesk.views.tasks import TaskRunner


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def make_context(store: Store, actor: Actor, runner: TaskRunner) -> AppContext:
    info = desk_info(store, actor)
    return AppContext(
        store=store,
        actor=actor,
        runner=runner,
        signals=AppSignals(),
        worker_name=info.worker_name,
        hub_name=info.hub_name,
        sandbox=info.sandbox,
    )


@pytest.fixture
def ctx(store: Store, actor: Actor, runner: TaskRunner) -> AppContext:
    """A set-up hub with no entrepreneurs yet."""
    return make_context(store, actor, runner)


@pytest.fixture
def demo_ctx(store: Store, runner: TaskRunner) -> AppContext:
    """A practice database with 300 demo entrepreneurs."""
    generate_demo(store, 300, seed=11)
    return make_context(store, actor_for(store), runner)
