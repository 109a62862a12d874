"""Fixtures of the sync tests: one programme key, nodes of two hubs.

The nodes are set up once per run (migrations and ``node init`` take a quarter of a
second each) and copied for every test; each copy is the same node (same id).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hubdesk.services.store import Actor, open_store
from hubdesk.sync.keys import ProgrammeKey, install_key
from hubdesk.sync.node import identity
from tests.sync.helpers import HUB_A, HUB_B, Node, copy_db, make_node

KEY = ProgrammeKey(bytes(range(32)))
TEMPLATES = (("a1", HUB_A, "anna"), ("a2", HUB_A, "anna"), ("a3", HUB_A, None), ("b1", HUB_B, "bram"))


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Actor | None]]:
    root = tmp_path_factory.mktemp("sync-templates")
    saved = os.environ.get("HUBDESK_DATA_DIR")
    os.environ["HUBDESK_DATA_DIR"] = str(root / "data")
    try:
        made = {}
        for name, hub, user in TEMPLATES:
            node = make_node(root / name, name, hub, KEY, username=user)
            node.store.dispose()
            made[name] = (node.path, node.actor)
        return made
    finally:
        if saved is None:
            del os.environ["HUBDESK_DATA_DIR"]
        else:
            os.environ["HUBDESK_DATA_DIR"] = saved


@pytest.fixture
def key() -> ProgrammeKey:
    return KEY


SHM = Path("/dev/shm")


@pytest.fixture
def memory_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder in memory (tmpfs) where there is one, else ``tmp_path``.

    For the tests that run hundreds of syncs: what they check (convergence, surviving
    kill -9) does not depend on the data reaching the disk (a killed process leaves its
    writes in the page cache), and flushing to this machine's disk costs 20-40 ms each.
    """
    if not (SHM.is_dir() and os.access(SHM, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="hubdesk-sync-", dir=SHM))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _node(name: str, tmp_path: Path, templates: dict[str, tuple[Path, Actor | None]]) -> Node:
    source, actor = templates[name]
    folder = tmp_path / name
    folder.mkdir()
    copy_db(source, folder / source.name)
    install_key(KEY)
    store = open_store(folder / source.name)
    if actor is None:
        with store.read() as s:
            hub = identity(s).hub_id
        assert hub is not None
        actor = Actor(None, hub)
    exchange = folder / "exchange"
    exchange.mkdir()
    return Node(name=name, store=store, actor=actor, exchange=exchange)


@pytest.fixture
def a1(tmp_path: Path, templates: dict[str, tuple[Path, Actor | None]]) -> Iterator[Node]:
    node = _node("a1", tmp_path, templates)
    yield node
    node.store.dispose()


@pytest.fixture
def a2(tmp_path: Path, templates: dict[str, tuple[Path, Actor | None]]) -> Iterator[Node]:
    node = _node("a2", tmp_path, templates)
    yield node
    node.store.dispose()


@pytest.fixture
def b1(tmp_path: Path, templates: dict[str, tuple[Path, Actor | None]]) -> Iterator[Node]:
    node = _node("b1", tmp_path, templates)
    yield node
    node.store.dispose()


__all__ = ["KEY", "make_node"]
