"""Opening, migrating, refusing and protecting the database."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hubdesk.models.errors import StoreError
from hubdesk.models.people import Person
from hubdesk.models.tables import Base
from hubdesk.services import location
from hubdesk.services.intake import IntakeService
from hubdesk.services.store import Actor, Store, alembic_config, head_revision, open_store, sqlite_engine
from tests.conftest import FakeClock
from tests.services.helpers import registration


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_sqlite_is_opened_with_wal_foreign_keys_busy_timeout_and_full_sync(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() >= 1000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_new_database_is_at_the_newest_schema_and_has_search(store: Store) -> None:
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    assert store.has_fts


def test_the_models_and_the_migrations_describe_the_same_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    relevant = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("person_fts"))]
    assert relevant == []


def test_foreign_keys_are_enforced(store: Store) -> None:
    with store.engine.begin() as conn, pytest.raises(sa.exc.IntegrityError):
        conn.exec_driver_sql(
            "INSERT INTO nodes (id, hub_id, name, version, created_at, updated_at, updated_by_node) "
            "VALUES ('a', 'no-such-hub', 'x', 1, '2026-01-01', '2026-01-01', 'n')"
        )


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"dit is een boodschappenlijstje\n" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert info.value.code == "store.not_database"
    assert path.read_bytes() == before


def test_a_truncated_database_is_reported_as_damaged(store: Store, actor: Actor, db_path: Path, tmp_path: Path) -> None:
    IntakeService(store).register(actor, registration())
    store.dispose()
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(db_path, damaged)
    with damaged.open("r+b") as fh:
        fh.truncate(4096)
    with pytest.raises(StoreError) as info:
        open_store(damaged)
    assert info.value.code in {"store.corrupt", "store.not_hubdesk"}


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert info.value.code == "store.not_hubdesk"
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"contacts"}


def test_a_database_from_a_newer_hubdesk_is_refused_unchanged(store: Store, actor: Actor, db_path: Path) -> None:
    IntakeService(store).register(actor, registration())
    store.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as info:
        open_store(db_path)
    assert info.value.code == "store.newer"
    assert info.value.params["revision"] == "9999_from_the_future"
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_a_missing_database_is_not_created_when_not_asked(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        open_store(tmp_path / "absent.sqlite", create=False)
    assert info.value.code == "store.missing"
    assert not (tmp_path / "absent.sqlite").exists()


MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
//fileserver/hubs /mnt/share cifs rw,relatime 0 0
server:/export /srv/nfs nfs4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        ("/mnt/share/hub.sqlite", True),
        ("/srv/nfs/a/b.sqlite", True),
        ("/home/anna/hub.sqlite", False),
        ("/tmp/hub.sqlite", False),
        ("/mnt/shared/hub.sqlite", False),
    ],
)
def test_network_file_systems_are_recognised(path: str, remote: bool) -> None:
    assert location.is_network_path(Path(path), mounts_text=MOUNTS) is remote


def test_a_database_on_a_network_share_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(location, "filesystem_type", lambda path, mounts_text=None: "cifs")
    with pytest.raises(StoreError) as info:
        open_store(tmp_path / "hub.sqlite")
    assert info.value.code == "store.network_share"
    assert not (tmp_path / "hub.sqlite").exists()


def test_upgrade_from_an_older_schema_keeps_data_and_takes_a_copy_first(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "old.sqlite"
    engine = sqlite_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    store = open_store(path, clock=clock)  # upgrades 0001 -> head
    try:
        with store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    finally:
        store.dispose()
    copies = list((tmp_path / "backups").glob("old-before-upgrade-0001-*.sqlite"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"


def test_upgrade_downgrade_upgrade_round_trip_keeps_the_data(store: Store, actor: Actor, db_path: Path) -> None:
    result = IntakeService(store).register(actor, registration(enterprise={"trade_name": "Bakkerij Özkan"}))
    store.dispose()
    engine = sqlite_engine(db_path)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        names = conn.execute(
            sa.select(Person.given_name, Person.family_name).where(Person.id == result.person_id)
        ).all()
        indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list('guidance_steps')")}
    engine.dispose()
    assert names == [("Fatima", "El Amrani")]
    assert "ix_guidance_steps_assignee" in indexes


def test_downgrade_to_nothing_and_back_up_again_works_from_empty(db_path: Path) -> None:
    engine = sqlite_engine(db_path)
    for target in ("head", "base", "head"):
        with engine.begin() as conn:
            (command.downgrade if target == "base" else command.upgrade)(alembic_config(conn), target)
    with engine.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
    engine.dispose()
    assert {"persons", "change_log", "audit_events", "person_fts"} <= tables


def test_a_full_disk_is_reported_and_nothing_is_half_saved(store: Store, actor: Actor, db_path: Path) -> None:
    intake = IntakeService(store)
    intake.register(actor, registration())
    persons_before = _count(db_path, "persons")

    @sa.event.listens_for(store.engine, "connect")
    def _tiny_disk(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    store.engine.dispose()  # new connections get the limit: the "disk" is now full

    def register_until_full() -> None:
        for i in range(200):
            intake.register(
                actor,
                registration("Disk", f"Vol{i}", email=f"vol{i}@example.nl", postcode="2011 AB"),
                allow_duplicates=True,
            )

    with pytest.raises(StoreError) as info:
        register_until_full()
    assert info.value.code == "store.disk_full"
    sa.event.remove(store.engine, "connect", _tiny_disk)
    store.engine.dispose()
    saved = _count(db_path, "persons")
    # Every registration is all or nothing: persons, visits and consents stay in step.
    assert _count(db_path, "visits") == saved
    assert _count(db_path, "person_index") == saved
    assert saved >= persons_before


def _database_at(path: Path, revision: str) -> None:
    engine = sqlite_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    engine.dispose()


def test_an_upgrade_that_rebuilds_tables_keeps_rows_that_point_at_them(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "at-0002.sqlite"
    _database_at(path, "0002")
    meta = "1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 'node', NULL"
    cols = "version, created_at, updated_at, updated_by_node, deleted_at"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(
            f"INSERT INTO hubs (id, name, stadsdeel, address, phone, email, active, retention_months, {cols})"
            f" VALUES ('h1', 'Cityhub Oost', 'oost', '', '', '', 1, 24, {meta})"
        )
        conn.execute(
            "INSERT INTO persons (id, hub_id, given_name, infix, family_name, preferred_language, "
            "income_situation, pseudonym_id, registered_at, last_contact_at, "
            f"{cols}) VALUES ('p1', 'h1', 'Sanne', '', 'de Vries', 'nl', 'not_asked', 'x', "
            f"'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', {meta})"
        )
        conn.execute(
            "INSERT INTO trajectories (id, person_id, hub_id, opened_on, status, programme_tags, "
            f"{cols}) VALUES ('t1', 'p1', 'h1', '2026-01-01', 'open', '[]', {meta})"
        )
        conn.execute(
            "INSERT INTO guidance_steps (id, trajectory_id, hub_id, step_type, status, outcome, notes, "
            f"{cols}) VALUES ('s1', 't1', 'h1', 'intake', 'planned', '', '', {meta})"
        )
    store = open_store(path, clock=clock)  # 0003 rebuilds "trajectories", which steps point at
    store.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert conn.execute("SELECT count(*) FROM guidance_steps WHERE trajectory_id = 't1'").fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failing_upgrade_leaves_the_database_as_it_was(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "at-0001.sqlite"
    _database_at(path, "0001")
    real_upgrade = command.upgrade

    def upgrade_then_fail(config: object, revision: str) -> None:
        real_upgrade(config, revision)  # type: ignore[arg-type]
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("hubdesk.services.store.command.upgrade", upgrade_then_fail)
    with pytest.raises(StoreError):
        open_store(path, clock=clock)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "routes" not in tables
    assert "stage_changes" not in tables


def test_the_desktop_can_ask_the_system_to_read_the_database_ahead(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[int, int, int]] = []
    monkeypatch.setattr(
        os, "posix_fadvise", lambda fd, offset, length, advice: asked.append((offset, length, advice)), raising=False
    )
    assert store.read_ahead()
    assert asked == [(0, 0, os.POSIX_FADV_WILLNEED)]  # the whole file, in the background


def test_without_posix_fadvise_reading_ahead_is_skipped(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "posix_fadvise", raising=False)
    assert not store.read_ahead()
