"""Shared test set-up: offscreen Qt, redirected app folders, a fresh database per test.

With ``HUBDESK_BLOCK_QT=1`` (the core's test run) importing PySide6 fails, as it
would on a machine without Qt: the core must not need it.
"""

from __future__ import annotations

import datetime as dt
import importlib.abc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _BlockQt(importlib.abc.MetaPathFinder):
    BLOCKED = ("PySide6", "shiboken6", "hubdesk.views", "hubdesk.app")

    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if (
            fullname.split(".")[0] in self.BLOCKED
            or fullname in self.BLOCKED
            or fullname.startswith(tuple(b + "." for b in self.BLOCKED))
        ):
            raise ImportError(f"{fullname} is blocked in the Qt-free core test run")
        return None


if os.environ.get("HUBDESK_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _BlockQt())

from hubdesk.models.enums import Role, Stadsdeel  # noqa: E402
from hubdesk.services.setup import initialize  # noqa: E402
from hubdesk.services.store import Actor, Store, open_store  # noqa: E402


class FakeClock:
    """An injectable clock: starts at a fixed moment and moves only when told."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


@pytest.fixture(autouse=True)
def app_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder (database, logs, settings)."""
    data = tmp_path / "appdata"
    monkeypatch.setenv("HUBDESK_DATA_DIR", str(data))
    monkeypatch.setenv("HUBDESK_LANG", "nl")
    return data


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "hub.sqlite"


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(db_path, clock=clock)
    yield s
    s.dispose()


@pytest.fixture
def actor(store: Store) -> Actor:
    return initialize(
        store,
        hub_name="Cityhub Schalkwijk",
        stadsdeel=Stadsdeel.SCHALKWIJK,
        worker_name="Anna de Boer",
        username="anna",
        role=Role.COORDINATOR,
    )


@pytest.fixture
def hub_worker(store: Store, actor: Actor) -> Actor:
    """A colleague at the actor's hub without the coordinator's role."""
    from tests.services.helpers import add_worker

    return add_worker(store, actor, name="Bram Jansen", username="bram", role=Role.HUB_WORKER)
