"""Exchanging packages between nodes: apply, merge, conflicts, privacy, order, idempotence."""

from __future__ import annotations

import errno
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from hubdesk.models.errors import StoreError, UserFacingError
from hubdesk.models.guidance import Note
from hubdesk.models.logs import ChangeLogEntry
from hubdesk.models.org import Worker
from hubdesk.models.people import Person
from hubdesk.models.referrals import Partner
from hubdesk.models.sync import ConflictKind
from hubdesk.services import store as store_module
from hubdesk.services.backups import BackupInfo, BackupService
from hubdesk.services.demo import generate_demo
from hubdesk.services.intake import IntakeService
from hubdesk.services.search import SearchService
from hubdesk.services.store import open_store
from hubdesk.sync.conflicts import ConflictService
from hubdesk.sync.importer import Applier
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.node import init_node
from hubdesk.sync.service import SyncService
from tests.services.helpers import registration
from tests.sync.helpers import (
    LOCAL_TABLES,
    Node,
    add_person,
    content_digest,
    delete,
    deliver,
    edit,
    open_conflicts,
    packages,
    rows,
)


def share(folder: Path, *nodes: Node) -> Path:
    folder.mkdir(exist_ok=True)
    for node in nodes:
        node.exchange = folder
    return folder


def replica(node: Node) -> str:
    """What nodes of one hub must hold alike (not: what each imported, its audit trail)."""
    return content_digest(node.path, skip=LOCAL_TABLES | {"sync_conflicts", "person_index"})


def round_trip(key: ProgrammeKey, *nodes: Node) -> None:
    for _ in range(2):
        for node in nodes:
            report = node.sync(key)
            assert report.ok, (report.refused, report.problems)


def person(node: Node, pid: uuid.UUID) -> Person | None:
    with node.store.read() as s:
        return s.get(Person, pid)


def test_a_registration_reaches_the_other_desk_of_the_hub_and_is_found_there(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    share(tmp_path / "ex", a1, a2)
    assert a1.actor is not None
    pid = IntakeService(a1.store).register(a1.actor, registration(email="fatima@example.nl")).person_id
    first = a1.sync(key)
    assert first.exported_packages == 1
    report = a2.sync(key)
    assert report.applied > 0
    assert pid in report.changes.persons
    got = person(a2, pid)
    assert got is not None
    assert got.given_name == "Fatima"
    assert [r.person_id for r in SearchService(a2.store).search("fatima")] == [pid]
    round_trip(key, a1, a2)
    assert replica(a1) == replica(a2)


def test_the_same_package_twice_changes_nothing(tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node) -> None:
    share(tmp_path / "ex", a1, a2)
    add_person(a1)
    a1.sync(key)
    a2.sync(key)
    before = content_digest(a2.path)
    again = a2.sync(key)
    assert (again.applied, again.imported_packages, again.refused) == (0, 0, [])
    assert content_digest(a2.path) == before


def test_a_change_already_held_is_skipped_by_its_id(tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node) -> None:
    share(tmp_path / "ex", a1, a2)
    add_person(a1)
    a1.sync(key)
    a2.sync(key)
    # Forget that the package was imported (as after restoring an older copy of the
    # bookkeeping): its changes are all in the log already, so importing it again is a no-op.
    before = rows(a2.path, "SELECT * FROM persons")
    with a2.store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sync_inbox")
    report = a2.sync(key)
    assert report.imported_packages == 1
    assert report.applied == 0
    assert report.skipped > 0
    assert rows(a2.path, "SELECT * FROM persons") == before


def test_remote_changes_keep_their_ids_and_move_the_lamport_clock(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    share(tmp_path / "ex", a1, a2)
    for i in range(30):
        add_person(a1, given=f"P{i}")
    a1.sync(key)
    a2.sync(key)
    theirs = rows(a1.path, "SELECT change_id, lamport, node_id FROM change_log WHERE node_id = ?", a1.node_id.hex)
    mine = set(rows(a2.path, "SELECT change_id, lamport, node_id FROM change_log"))
    assert set(theirs) <= mine
    highest = max(lamport for _, lamport, _ in mine)
    pid = add_person(a2)
    with a2.store.read() as s:
        new = s.execute(sa.select(ChangeLogEntry.lamport).where(ChangeLogEntry.record_id == pid)).scalar()
    assert new == highest + 1


def test_changes_to_different_fields_merge(tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node) -> None:
    share(tmp_path / "ex", a1, a2)
    pid = add_person(a1)
    round_trip(key, a1, a2)
    edit(a1, Person, pid, given_name="Fatma")
    edit(a2, Person, pid, email="fatima@example.nl")
    round_trip(key, a1, a2)
    for node in (a1, a2):
        got = person(node, pid)
        assert got is not None
        assert (got.given_name, got.email, got.version) == ("Fatma", "fatima@example.nl", 3)
    assert ConflictService(a1.store).count_open() == 0
    assert replica(a1) == replica(a2)


def test_the_same_field_changed_differently_is_a_conflict_with_one_provisional_value(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    share(tmp_path / "ex", a1, a2)
    pid = add_person(a1)
    round_trip(key, a1, a2)
    edit(a1, Person, pid, family_name="El-Amrani")
    edit(a2, Person, pid, family_name="Amrani")
    round_trip(key, a1, a2)
    values = {person(n, pid).family_name for n in (a1, a2)}  # type: ignore[union-attr]
    assert len(values) == 1  # every node shows the same provisional value
    (c1,) = ConflictService(a1.store).open_conflicts()
    (c2,) = ConflictService(a2.store).open_conflicts()
    assert (c1.kind, c1.field, c1.base) == (ConflictKind.FIELD, "family_name", "El Amrani")
    assert c1.mine is not None
    assert c1.mine.value == "El-Amrani"
    assert c1.mine.local
    assert [t.value for t in c1.theirs] == ["Amrani"]
    assert c2.mine is not None
    assert c2.mine.value == "Amrani"
    assert c1.provisional is not None
    assert c1.provisional.value in values
    assert open_conflicts(a1.path) == open_conflicts(a2.path)


def test_a_resolution_is_a_change_that_closes_the_conflict_everywhere(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    share(tmp_path / "ex", a1, a2)
    pid = add_person(a1)
    round_trip(key, a1, a2)
    edit(a1, Person, pid, family_name="El-Amrani")
    edit(a2, Person, pid, family_name="Amrani")
    round_trip(key, a1, a2)
    (conflict,) = ConflictService(a2.store).open_conflicts()
    assert a2.actor is not None
    provisional = person(a2, pid).family_name  # type: ignore[union-attr]
    changes = ConflictService(a2.store).resolve(a2.actor, conflict.id, value=provisional)  # same value: still a change
    assert changes.ids("persons") == {pid}
    assert ConflictService(a2.store).count_open() == 0
    report = a1.sync(key) if a2.sync(key).exported_changes else None
    assert report is not None
    assert report.conflicts_closed == 1
    assert ConflictService(a1.store).count_open() == 0
    round_trip(key, a1, a2)
    assert replica(a1) == replica(a2)


def test_a_later_edit_that_saw_both_values_also_settles_the_conflict(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    share(tmp_path / "ex", a1, a2)
    pid = add_person(a1)
    round_trip(key, a1, a2)
    edit(a1, Person, pid, family_name="El-Amrani")
    edit(a2, Person, pid, family_name="Amrani")
    round_trip(key, a1, a2)
    edit(a1, Person, pid, family_name="El Amrani-Bakker")
    assert ConflictService(a1.store).count_open() == 0  # refreshed when the queue is read
    round_trip(key, a1, a2)
    assert ConflictService(a2.store).count_open() == 0
    assert person(a2, pid).family_name == "El Amrani-Bakker"  # type: ignore[union-attr]


def test_an_edit_against_a_deletion_keeps_the_record_deleted_and_becomes_a_conflict(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    share(tmp_path / "ex", a1, a2)
    pid = add_person(a1)
    round_trip(key, a1, a2)
    delete(a1, Person, pid)
    edit(a2, Person, pid, given_name="Fatma", email="f@example.nl")
    round_trip(key, a1, a2)
    for node in (a1, a2):
        got = person(node, pid)
        assert got is not None
        assert got.deleted_at is not None
        assert got.given_name == "Fatima"  # the edit made meanwhile is not applied to a deleted record
        assert SearchService(node.store).search("fatima") == []
    (conflict,) = ConflictService(a2.store).open_conflicts()
    assert conflict.kind is ConflictKind.DELETED
    assert conflict.mine is not None
    assert conflict.mine.value == {"given_name": "Fatma", "email": "f@example.nl"}
    assert open_conflicts(a1.path) == open_conflicts(a2.path)
    # Restoring brings the edit back, on every node.
    assert a2.actor is not None
    ConflictService(a2.store).resolve(a2.actor, conflict.id, restore=True)
    round_trip(key, a1, a2)
    for node in (a1, a2):
        got = person(node, pid)
        assert got is not None
        assert got.deleted_at is None
        assert got.given_name == "Fatma"
        assert ConflictService(node.store).count_open() == 0
    assert replica(a1) == replica(a2)


def test_keeping_the_deletion_closes_the_conflict_too(tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node) -> None:
    share(tmp_path / "ex", a1, a2)
    pid = add_person(a1)
    round_trip(key, a1, a2)
    delete(a1, Person, pid)
    edit(a2, Person, pid, given_name="Fatma")
    round_trip(key, a1, a2)
    (conflict,) = ConflictService(a1.store).open_conflicts()
    assert a1.actor is not None
    ConflictService(a1.store).resolve(a1.actor, conflict.id)
    round_trip(key, a1, a2)
    for node in (a1, a2):
        assert ConflictService(node.store).count_open() == 0
        got = person(node, pid)
        assert got is not None
        assert got.deleted_at is not None
    assert replica(a1) == replica(a2)


def test_a_persons_data_stays_within_the_hub_but_reference_data_goes_everywhere(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, b1: Node
) -> None:
    share(tmp_path / "ex", a1, a2, b1)
    pid = add_person(a1)
    with a1.store.write(a1.actor) as s:
        s.add(Note(person_id=pid, hub_id=a1.hub_id(), written_at=a1.store.clock(), text="Belt terug"))
    ours = add_person(b1, given="Bram")
    partner_id = rows(a1.path, "SELECT id FROM partners ORDER BY code LIMIT 1")[0][0]
    edit(a1, Partner, uuid.UUID(hex=partner_id), phone="023 000 0000")
    with a1.store.write(a1.actor) as s:
        worker = s.execute(sa.select(Worker).where(Worker.username == "anna")).scalar_one()
        worker.password_hash = "$argon2id$secret"
    round_trip(key, a1, a2, b1)
    assert person(a2, pid) is not None
    assert person(b1, pid) is None
    assert rows(b1.path, "SELECT count(*) FROM notes") == [(0,)]
    assert rows(b1.path, "SELECT count(*) FROM change_log WHERE entity IN ('persons', 'notes') AND record_id = ?",
                pid.hex) == [(0,)]  # fmt: skip
    assert person(a1, ours) is None
    assert person(a2, ours) is None
    for node in (a2, b1):
        assert rows(node.path, "SELECT phone FROM partners WHERE id = ?", partner_id) == [("023 000 0000",)]
    # A worker's password hash stays within the worker's hub; the worker goes everywhere.
    assert rows(a2.path, "SELECT password_hash FROM workers WHERE username = 'anna'") == [("$argon2id$secret",)]
    assert rows(b1.path, "SELECT password_hash FROM workers WHERE username = 'anna'") == [(None,)]
    assert replica(a1) == replica(a2)


def test_an_erasure_reaches_every_node_that_held_the_person(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, b1: Node
) -> None:
    share(tmp_path / "ex", a1, a2, b1)
    pid = add_person(a1, email="fatima@example.nl")
    round_trip(key, a1, a2, b1)
    edit(a1, Person, pid, given_name="-", family_name="-", email=None, deleted_at=a1.store.clock())
    round_trip(key, a1, a2, b1)
    got = person(a2, pid)
    assert got is not None
    assert got.deleted_at is not None
    assert got.email is None
    assert SearchService(a2.store).search("fatima") == []
    assert person(b1, pid) is None


def test_packages_of_one_node_apply_in_sequence_and_a_gap_is_reported(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node
) -> None:
    for i in range(3):
        add_person(a1, given=f"P{i}")
        a1.sync(key)
    assert len(packages(a1)) == 3
    deliver(a1, a2, iter([1, 3]))
    report = a2.sync(key)
    assert report.imported_packages == 1
    (waiting,) = report.waiting
    assert (waiting.seq, waiting.problem.code) == (2, "sync.waiting_gap")
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(1,)]
    deliver(a1, a2, iter([2]))
    report = a2.sync(key)
    assert (report.imported_packages, report.waiting) == (2, [])
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(3,)]


def test_a_package_waits_for_the_packages_it_was_built_on(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, b1: Node
) -> None:
    pid = add_person(a1)
    a1.sync(key)
    deliver(a1, a2)
    a2.sync(key)
    edit(a2, Person, pid, given_name="Fatma")  # made after a1's package 1 was seen
    a2.sync(key)
    third = share(tmp_path / "third", b1)
    a2_dir = third / a2.node_id.hex
    a2_dir.mkdir()
    for f in packages(a2):
        (a2_dir / f.name).write_bytes(f.read_bytes())
    report = b1.sync(key)
    assert report.imported_packages == 1  # a2's set-up, made before it had seen a1
    (waiting,) = report.waiting
    assert (waiting.node_id, waiting.seq, waiting.problem.code) == (a2.node_id, 2, "sync.waiting_for")
    assert waiting.problem.params["node"] == a1.node_id.hex
    deliver(a1, b1)
    report = b1.sync(key)
    assert report.imported_packages == 2
    assert report.waiting == []


def test_a_backup_precedes_an_import(tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node) -> None:
    share(tmp_path / "ex", a1, a2)
    add_person(a1)
    a1.sync(key)
    report = a2.sync(key, backups=True)
    assert report.backup is not None
    assert report.backup.exists()
    assert rows(report.backup, "SELECT count(*) FROM persons") == [(0,)]


def _a_copy_to_bring_up_to_date(tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node) -> Path | None:
    """a2 has imported one person with a safety copy before it; a1 has exported a second."""
    share(tmp_path / "ex", a1, a2)
    add_person(a1)
    a1.sync(key)
    first = a2.sync(key, backups=True).backup
    add_person(a1, given="Jan")
    a1.sync(key)
    return first


def test_the_next_sync_brings_the_last_copy_up_to_date_instead_of_copying_it_all(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _a_copy_to_bring_up_to_date(tmp_path, key, a1, a2)
    whole_copies: list[Path] = []
    real = BackupService.take

    def noting(self: BackupService, *args: Any, **kwargs: Any) -> BackupInfo:
        info = real(self, *args, **kwargs)
        whole_copies.append(info.path)
        return info

    monkeypatch.setattr(BackupService, "take", noting)
    second = a2.sync(key, backups=True).backup

    assert first is not None
    assert second is not None
    assert whole_copies == []
    assert not first.exists()  # it became the new copy
    assert rows(second, "SELECT count(*) FROM persons") == [(1,)]  # as before the second import
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(2,)]
    assert sorted(p.name for p in second.parent.iterdir() if "before-import-sync" in p.name) == [second.name]


def test_the_first_package_commits_only_after_its_backup_is_complete(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy is made while the package is applied; the import must not be in it, and
    must not be committed before the copy is there."""
    share(tmp_path / "ex", a1, a2)
    add_person(a1)
    a1.sync(key)
    seen_when_copied: list[list[tuple[int]]] = []
    real_take = BackupService.take

    def slow_take(self: BackupService, *args: Any, **kwargs: Any) -> BackupInfo:
        time.sleep(0.5)  # a large database on a slow disk
        info = real_take(self, *args, **kwargs)
        seen_when_copied.append(rows(a2.path, "SELECT count(*) FROM persons"))
        return info

    monkeypatch.setattr(BackupService, "take", slow_take)
    report = a2.sync(key, backups=True)

    assert report.ok
    assert report.backup is not None
    assert seen_when_copied == [[(0,)]]
    assert rows(report.backup, "SELECT count(*) FROM persons") == [(0,)]
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(1,)]


def test_the_copy_brought_up_to_date_is_made_beside_the_first_package_and_holds_the_state_before_it(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    _a_copy_to_bring_up_to_date(tmp_path, key, a1, a2)
    events: list[str] = []
    seen_when_copied: list[list[tuple[int]]] = []
    real_rewrite = store_module._rewrite_differing_pages
    real_apply = Applier.apply

    def slow_rewrite(source: Path, copy: Path, page_size: int) -> None:
        time.sleep(0.5)  # a large database on a slow disk
        real_rewrite(source, copy, page_size)
        seen_when_copied.append(rows(a2.path, "SELECT count(*) FROM persons"))
        events.append("copied")

    def noting_apply(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = real_apply(self, *args, **kwargs)
        events.append("applied")
        return result

    monkeypatch.setattr(store_module, "_rewrite_differing_pages", slow_rewrite)
    monkeypatch.setattr(Applier, "apply", noting_apply)
    report = a2.sync(key, backups=True)

    assert report.ok
    assert events == ["applied", "copied"]  # the package was applied while the copy was made
    assert seen_when_copied == [[(1,)]]  # and not committed before the copy was complete
    assert report.backup is not None
    assert rows(report.backup, "SELECT count(*) FROM persons") == [(1,)]
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(2,)]


def test_a_backup_that_fails_means_no_import_and_says_why(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    share(tmp_path / "ex", a1, a2)
    add_person(a1)
    a1.sync(key)
    a2.sync(key)  # its own changes out first: what follows only imports
    add_person(a1, given="Jan")
    a1.sync(key)
    before = content_digest(a2.path)

    def full_disk(self: BackupService, *args: Any, **kwargs: Any) -> BackupInfo:
        raise StoreError("store.backup_failed", path=str(self.folder), reason="No space left on device")

    monkeypatch.setattr(BackupService, "take", full_disk)
    report = a2.sync(key, backups=True)

    assert [p.code for p in report.problems] == ["store.backup_failed"]
    assert report.imported_packages == 0
    assert report.backup is None
    assert content_digest(a2.path) == before
    monkeypatch.undo()
    report = a2.sync(key, backups=True)
    assert report.ok
    assert report.imported_packages == 1
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(2,)]


def test_a_full_disk_while_the_last_copy_is_brought_up_to_date_means_no_import_and_says_why(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    _a_copy_to_bring_up_to_date(tmp_path, key, a1, a2)
    before = content_digest(a2.path)

    def full_disk(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module, "_rewrite_differing_pages", full_disk)
    monkeypatch.setattr(store_module, "_copy_files", full_disk)  # the whole copy tried next fails as well
    report = a2.sync(key, backups=True)

    assert [(p.code, p.params.get("reason")) for p in report.problems] == [
        ("store.backup_failed", "No space left on device")
    ]
    assert report.imported_packages == 0
    assert content_digest(a2.path) == before
    monkeypatch.undo()
    assert a2.sync(key, backups=True).imported_packages == 1
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(2,)]


def test_a_demo_database_refuses_to_sync(tmp_path: Path, key: ProgrammeKey) -> None:
    store = open_store(tmp_path / "demo.sqlite")
    try:
        generate_demo(store, 3)
        with pytest.raises(UserFacingError) as info:
            SyncService(store, key=key).sync(tmp_path)
        assert info.value.code == "sync.sandbox"
        with pytest.raises(UserFacingError) as info:
            init_node(store, key, hub_name="Cityhub Centrum", node_name="x")
        assert info.value.code == "sync.sandbox"
    finally:
        store.dispose()


def test_a_node_that_was_never_set_up_cannot_sync(tmp_path: Path, key: ProgrammeKey) -> None:
    store = open_store(tmp_path / "new.sqlite")
    try:
        with pytest.raises(UserFacingError) as info:
            SyncService(store, key=key).sync(tmp_path)
        assert info.value.code == "sync.not_set_up"
    finally:
        store.dispose()


def test_node_init_is_idempotent_and_refuses_another_hub(tmp_path: Path, key: ProgrammeKey, a1: Node) -> None:
    again = init_node(a1.store, key, hub_name="Cityhub  schalkwijk", node_name="a1")
    assert again.already
    assert again.hub_id == a1.hub_id()
    with pytest.raises(UserFacingError) as info:
        init_node(a1.store, key, hub_name="Cityhub Noord", node_name="a1")
    assert info.value.code == "node.already_set_up"
    with pytest.raises(UserFacingError) as info:
        init_node(a1.store, ProgrammeKey.generate(), hub_name="Cityhub Schalkwijk", node_name="a1")
    assert info.value.code == "node.already_set_up"


def test_the_key_is_kept_outside_the_database(key: ProgrammeKey, a1: Node, app_dirs: Path) -> None:
    stored = app_dirs / "keys" / f"{key.programme_id}.key"
    assert stored.exists()
    assert oct(stored.stat().st_mode & 0o777) == "0o600"
    assert key.encoded().encode() not in a1.path.read_bytes()
    SyncService(a1.store).sync(a1.exchange)  # finds the installed key by itself


def test_a_missing_installed_key_is_named(key: ProgrammeKey, a1: Node, app_dirs: Path) -> None:
    (app_dirs / "keys" / f"{key.programme_id}.key").unlink()
    with pytest.raises(UserFacingError) as info:
        SyncService(a1.store).sync(a1.exchange)
    assert info.value.code == "sync.key_missing"


def test_a_crash_after_writing_a_package_is_recovered_without_reusing_its_number(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hubdesk.sync.outbox import Outbox

    share(tmp_path / "ex", a1, a2)
    add_person(a1)

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the process dies between the file and the database

    with monkeypatch.context() as m:
        m.setattr(Outbox, "_record", crash)
        with pytest.raises(KeyboardInterrupt):
            a1.sync(key)
    assert len(packages(a1)) == 1
    assert rows(a1.path, "SELECT count(*) FROM change_log WHERE exported_seq IS NOT NULL") == [(0,)]
    add_person(a1, given="Jan")
    report = a1.sync(key)
    assert report.ok
    assert report.exported_packages == 1
    assert [p.name for p in packages(a1)] == ["00000001.hubsync", "00000002.hubsync"]
    assert rows(a1.path, "SELECT count(*) FROM change_log WHERE node_id = ? AND exported_seq IS NULL",
                a1.node_id.hex) == [(0,)]  # fmt: skip
    a2.sync(key)
    assert rows(a2.path, "SELECT count(*) FROM persons") == [(2,)]


def test_a_copied_database_that_finds_packages_it_did_not_write_stops_exporting(
    tmp_path: Path, key: ProgrammeKey, a1: Node
) -> None:
    share(tmp_path / "ex", a1)
    add_person(a1)
    a1.sync(key)
    (tmp_path / "ex" / a1.node_id.hex / "00000001.hubsync").rename(
        tmp_path / "ex" / a1.node_id.hex / "00000003.hubsync"
    )
    add_person(a1, given="Jan")
    report = a1.sync(key)
    assert [p.code for p in report.problems] == ["sync.identity_clash"]
    assert report.exported_packages == 0
