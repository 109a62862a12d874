"""Accounts travel with sync: a worker can log in at every desk of their own hub only."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher

from hubdesk.models.enums import Role
from hubdesk.models.errors import UserFacingError
from hubdesk.services.auth import AuthService
from hubdesk.sync.keys import ProgrammeKey
from tests.sync.helpers import Node, rows

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "fietsen langs het spaarne"


def sync_all(key: ProgrammeKey, folder: Path, *nodes: Node) -> None:
    folder.mkdir(exist_ok=True)
    for node in nodes:
        node.exchange = folder
    for _ in range(2):
        for node in nodes:
            report = node.sync(key)
            assert report.ok, (report.refused, report.problems)


def test_a_worker_made_on_one_desk_logs_in_at_the_hubs_other_desk_but_not_at_another_hub(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, b1: Node
) -> None:
    assert a1.actor is not None
    worker = AuthService(a1.store, hasher=CHEAP).create_worker(
        a1.actor, name="Carla Cor", username="carla", role=Role.HUB_WORKER, password=PASSWORD
    )
    with pytest.raises(UserFacingError, match="login.failed"):  # not there before the sync
        AuthService(a2.store, hasher=CHEAP).authenticate("carla", PASSWORD)
    sync_all(key, tmp_path / "ex", a1, a2, b1)
    on_b1 = AuthService(b1.store, hasher=CHEAP)
    with pytest.raises(UserFacingError, match="login.failed"):
        on_b1.authenticate("carla", PASSWORD)
    assert rows(b1.path, "SELECT password_hash FROM workers WHERE username = 'carla'") == [(None,)]
    on_a2 = AuthService(a2.store, hasher=CHEAP)
    with pytest.raises(UserFacingError, match="login.failed"):
        on_a2.authenticate("carla", "not her password")
    actor = on_a2.authenticate("carla", PASSWORD)
    assert actor.worker_id == worker
    assert actor.hub_id == a2.hub_id()


def test_a_password_change_on_one_desk_reaches_the_other(tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node) -> None:
    assert a1.actor is not None
    auth = AuthService(a1.store, hasher=CHEAP)
    auth.create_worker(a1.actor, name="Carla Cor", username="carla", role=Role.HUB_WORKER, password=PASSWORD)
    carla = auth.authenticate("carla", PASSWORD)
    auth.change_password(carla, PASSWORD, "een nieuwe zin voor haar")
    sync_all(key, tmp_path / "ex", a1, a2)
    on_a2 = AuthService(a2.store, hasher=CHEAP)
    with pytest.raises(UserFacingError, match="login.failed"):
        on_a2.authenticate("carla", PASSWORD)
    assert on_a2.authenticate("carla", "een nieuwe zin voor haar") == carla
