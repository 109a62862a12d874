"""Checking packages ahead in a process of its own (when much is waiting) gives exactly what
checking them here gives: the same database, the same refusals, and a failing process
only means checking here."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from hubdesk.models.enums import ChangeOp
from hubdesk.models.people import Person
from hubdesk.sync import service as sync_service
from hubdesk.sync.importer import compact, expand, validate
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.package import read_header
from hubdesk.sync.service import SyncService
from tests.sync.helpers import (
    LOCAL_TABLES,
    Node,
    add_person,
    content_digest,
    copy_db,
    deliver,
    edit,
    packages,
    reopen,
    reseal,
    rows,
)

NAMES = [("Fatima", "El Amrani"), ("Sanne", "de Vries"), ("Mehmet", "Özkan"), ("Karim", "Benali"), ("Joëlle", "Pinas")]


def _several_packages(a1: Node, key: ProgrammeKey) -> None:
    for given, family in NAMES:
        person = add_person(a1, given=given, family=family)
        edit(a1, Person, person, phone_e164="+31612345678")
    report = SyncService(a1.store, key=key, backups=False, monitoring=False, package_max=4).sync(a1.exchange)
    assert report.exported_packages >= 4


def _import(node: Node, key: ProgrammeKey) -> Any:
    return SyncService(node.store, key=key, backups=False, monitoring=False).sync(node.exchange)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Note each package handed back by the checking process."""
    seen: list[str] = []

    def noting(c: Any) -> Any:
        seen.append(c.source)
        return expand(c)

    monkeypatch.setattr(sync_service, "expand", noting)
    return seen


def test_a_package_survives_the_compact_form_unchanged(key: ProgrammeKey, a1: Node) -> None:
    _several_packages(a1, key)
    path = packages(a1)[0]
    data = path.read_bytes()
    header, _ = read_header(data, str(path))
    pkg = validate(data, str(path), key, node_id=header.node, seq=header.seq)
    assert all(c.fresh_row is not None for c in pkg.changes if c.op is ChangeOp.CREATE)
    for c in pkg.changes:
        c.stored = None  # left out of the compact form: the creation's fresh_row is what is used
    assert expand(compact(pkg)) == pkg


def test_checking_in_a_process_imports_exactly_what_checking_here_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    _several_packages(a1, key)
    deliver(a1, a2)
    a2.store.dispose()
    copy_db(a2.path, tmp_path / "twin.sqlite")
    a2.store = reopen(a2.path)
    twin = Node("twin", reopen(tmp_path / "twin.sqlite"), a2.actor, a2.exchange)

    here = _import(a2, key)
    monkeypatch.setattr(sync_service, "CHECK_IN_PROCESS_BYTES", 0)
    expanded = _counting(monkeypatch)
    ahead = _import(twin, key)

    assert len(expanded) == here.imported_packages - 1  # all but the first came from the process

    assert here.ok
    assert ahead.ok
    assert (here.imported_packages, here.applied) == (ahead.imported_packages, ahead.applied)
    assert content_digest(a2.path, skip=LOCAL_TABLES) == content_digest(twin.path, skip=LOCAL_TABLES)
    twin.store.dispose()


def test_a_forged_package_checked_in_the_process_is_refused_as_here(
    monkeypatch: pytest.MonkeyPatch, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    _several_packages(a1, key)
    a2.sync(key)  # its own set-up out: what follows only imports
    deliver(a1, a2)
    third = a2.exchange / a1.node_id.hex / packages(a1)[2].name
    third.write_bytes(reseal(third.read_bytes(), key, ProgrammeKey(bytes(range(100, 132)))))  # another key
    before = content_digest(a2.path, skip=LOCAL_TABLES)

    monkeypatch.setattr(sync_service, "CHECK_IN_PROCESS_BYTES", 0)
    expanded = _counting(monkeypatch)
    report = _import(a2, key)

    assert [p.code for p in report.refused] == ["sync.package_unauthentic"]
    assert report.refused[0].params["path"] == str(third)
    assert report.imported_packages == 2
    assert expanded  # the second one came from the process
    assert content_digest(a2.path, skip=LOCAL_TABLES) != before


class _Broken:
    """A process pool whose process died."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("the checking process died"))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


def test_a_checking_process_that_dies_means_checking_here(
    monkeypatch: pytest.MonkeyPatch, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    _several_packages(a1, key)
    deliver(a1, a2)
    monkeypatch.setattr(sync_service, "CHECK_IN_PROCESS_BYTES", 0)
    monkeypatch.setattr(sync_service, "ProcessPoolExecutor", _Broken)

    report = _import(a2, key)

    assert report.ok
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(len(NAMES),)]
