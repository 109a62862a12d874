"""A bulk import (a new desk's first sync) drops the indexes that only speed up reading and
builds them again at the end; whatever happens, the database ends with all its indexes."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdesk.models.people import Person
from hubdesk.services.search import SearchService
from hubdesk.sync import importer
from hubdesk.sync import service as sync_service
from hubdesk.sync.importer import Applier, PackageResult, ValidPackage
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.service import IMPORT_READS, SyncService
from tests.sync.helpers import Node, add_person, content_digest, deliver, edit, rows

NAMES = [("Fatima", "El Amrani"), ("Sanne", "de Vries"), ("Mehmet", "Özkan"), ("Karim", "Benali"), ("Joëlle", "Pinas")]


def _indexes(path: Path) -> set[str]:
    return {r[0] for r in rows(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}


def _fill(node: Node) -> None:
    for given, family in NAMES:
        add_person(node, given=given, family=family)


class _Spy(Applier):
    """Notes which indexes the database had while each package was applied."""

    seen: list[set[str]] = []

    def apply(self, pkg: ValidPackage, file_name: str) -> PackageResult:
        _Spy.seen.append({r[0] for r in self.conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")})
        return super().apply(pkg, file_name)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> type[_Spy]:
    _Spy.seen = []
    monkeypatch.setattr(sync_service, "Applier", _Spy)
    return _Spy


def test_a_first_import_runs_without_the_reading_indexes_and_ends_with_all_of_them(
    monkeypatch: pytest.MonkeyPatch, key: ProgrammeKey, a1: Node, a2: Node, spy: type[_Spy]
) -> None:
    monkeypatch.setattr(sync_service, "BULK_MIN_CHANGES", 1)
    _fill(a1)
    a1.sync(key)
    deliver(a1, a2)
    before = _indexes(a2.path)
    assert "ix_persons_email" in before

    report = a2.sync(key)

    assert report.ok
    assert report.applied > 0
    during = spy.seen[0]
    assert "ix_persons_email" not in during
    assert "ix_guidance_steps_worklist" not in during
    assert IMPORT_READS <= during  # what the import reads through stays
    assert _indexes(a2.path) == before
    hits = SearchService(a2.store).search("Benali")
    assert [h.name for h in hits] == ["Karim Benali"]


def test_a_bulk_import_that_fails_still_ends_with_all_the_indexes_and_the_data_as_it_was(
    monkeypatch: pytest.MonkeyPatch, key: ProgrammeKey, a1: Node, a2: Node, spy: type[_Spy]
) -> None:
    monkeypatch.setattr(sync_service, "BULK_MIN_CHANGES", 1)
    _fill(a1)
    a1.sync(key)
    a2.sync(key)  # its own changes out first: what follows only imports
    deliver(a1, a2)
    before = _indexes(a2.path)
    digest = content_digest(a2.path)

    def broken(self: Applier, pkg: object, file_name: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_Spy, "apply", broken)
    with pytest.raises(OSError, match="No space left"):
        SyncService(a2.store, key=key, backups=False).sync(a2.exchange)

    assert _indexes(a2.path) == before
    assert content_digest(a2.path) == digest


def test_a_small_import_into_a_filled_database_keeps_every_index(
    monkeypatch: pytest.MonkeyPatch, key: ProgrammeKey, a1: Node, a2: Node, spy: type[_Spy]
) -> None:
    monkeypatch.setattr(sync_service, "BULK_MIN_CHANGES", 1)
    _fill(a2)  # the target has more changes of its own than the package brings
    person = add_person(a1)
    edit(a1, Person, person, given_name="Fatma")
    a1.sync(key)
    deliver(a1, a2)
    before = _indexes(a2.path)

    assert a2.sync(key).ok

    assert spy.seen
    assert all(seen >= before for seen in spy.seen)


_PRAGMAS = ("synchronous", "cache_size", "wal_autocheckpoint")


def test_an_import_sets_its_connection_for_importing_and_gives_it_back_as_the_desk_has_it(
    monkeypatch: pytest.MonkeyPatch, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    """The desk's saves wait for the disk and its connections keep their cache; only the
    import's own connection, while it imports, does otherwise."""
    during: list[dict[str, object]] = []

    class Noting(Applier):
        def apply(self, pkg: ValidPackage, file_name: str) -> PackageResult:
            during.append({p: self.conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in _PRAGMAS})
            return super().apply(pkg, file_name)

    monkeypatch.setattr(sync_service, "Applier", Noting)
    _fill(a1)
    a1.sync(key)
    deliver(a1, a2)
    with a2.store.engine.connect() as conn:
        desk = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in _PRAGMAS}

    assert a2.sync(key).applied > 0

    assert during
    assert during[0]["synchronous"] == 1  # NORMAL
    assert during[0]["cache_size"] == -sync_service.IMPORT_CACHE_KIB
    assert desk["synchronous"] == 2  # FULL
    assert desk["cache_size"] != -sync_service.IMPORT_CACHE_KIB
    connections = [a2.store.engine.connect() for _ in range(3)]  # the pooled one among them
    try:
        for conn in connections:
            assert {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in _PRAGMAS} == desk
    finally:
        for conn in connections:
            conn.close()


def test_the_person_index_is_built_for_every_person_however_many_are_read_at_a_time(
    monkeypatch: pytest.MonkeyPatch, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    monkeypatch.setattr(importer, "CHUNK", 2)  # five persons: read in three parts
    _fill(a1)
    a1.sync(key)
    deliver(a1, a2)

    assert a2.sync(key).ok

    search = SearchService(a2.store)
    for given, family in NAMES:
        assert [h.name for h in search.search(family)] == [f"{given} {family}"]
    assert rows(a2.path, "SELECT count(*) FROM person_index") == [(len(NAMES),)]
