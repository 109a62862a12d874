"""Upgrade safety: a database of every released schema opens in this hubdesk with all its data.

The fixtures (``tests/fixtures/schemas``, made by ``tests/fixtures/make_schema_fixtures.py``)
are databases as each released version wrote them. Opening one upgrades it to the newest
schema, whatever that is now; every row must still be there with its values, the person
index must still find the entrepreneurs, the database check must pass, and a copy of the
old database must have been taken first.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from hubdesk.models.enums import ConsentMethod, ConsentPurpose, ReferralStatus
from hubdesk.services.backups import BackupReason, BackupService
from hubdesk.services.guidance import GuidanceService
from hubdesk.services.intake import IntakeService
from hubdesk.services.maintenance import check_database
from hubdesk.services.referrals import ReferralService
from hubdesk.services.search import SearchService
from hubdesk.services.setup import actor_for
from hubdesk.services.store import head_revision, open_store
from tests.conftest import FakeClock
from tests.fixtures.make_schema_fixtures import FATIMA, MEHMET, RELEASED, TRAJECTORY, ZOE, fixture_path, rows_for

KEYS = {"node_state": "singleton", "referral_letters": "referral_id", "audit_events": "seq", "change_log": "change_id"}


@pytest.fixture(params=RELEASED)
def old_db(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path]:
    revision: str = request.param
    path = tmp_path / f"hub-{revision}.sqlite"
    shutil.copy(fixture_path(revision), path)
    return revision, path


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _row(conn: sqlite3.Connection, table: str, key: str, value: Any, columns: list[str]) -> dict[str, Any] | None:
    names = ", ".join(f'"{c}"' for c in columns)
    found = conn.execute(f'SELECT {names} FROM "{table}" WHERE "{key}" = ?', (value,)).fetchone()
    return dict(zip(columns, found, strict=True)) if found else None


def test_every_released_schema_has_a_fixture_at_that_revision() -> None:
    for revision in RELEASED:
        assert _revision(fixture_path(revision)) == revision


def test_every_row_keeps_its_values_after_the_upgrade(old_db: tuple[str, Path], clock: FakeClock) -> None:
    revision, path = old_db
    expected = rows_for(revision)
    assert sum(len(rows) for rows in expected.values()) > 30

    open_store(path, clock=clock).dispose()

    assert _revision(path) == head_revision()
    conn = sqlite3.connect(path)
    try:
        for table, rows in expected.items():
            key = KEYS.get(table, "id")
            for row in rows:
                assert _row(conn, table, key, row[key], list(row)) == row, f"{table} {row[key]}"
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == len(rows), table
    finally:
        conn.close()


def test_the_upgraded_data_is_found_and_read_by_the_services(old_db: tuple[str, Path], clock: FakeClock) -> None:
    revision, path = old_db
    store = open_store(path, clock=clock)
    try:
        actor = actor_for(store)
        search = SearchService(store)
        assert [r.name for r in search.search("zoe heijden")] == ["Zoë van der Heijden"]
        assert [r.name for r in search.search("ozkan")] == ["Mehmet Özkan"]
        assert [r.person_id for r in search.search("87654321")] == [MEHMET]  # the KVK number
        assert [r.person_id for r in search.search("0612345678")] == [ZOE]
        intake = IntakeService(store)
        file = intake.get_file(actor, MEHMET)
        assert file.person.name == "Mehmet Özkan"
        assert [e.trade_name for e in file.enterprises] == ["Özkan Bouw & Onderhoud"]
        assert {(c.purpose, c.method) for c in file.consents} == {
            (ConsentPurpose.REGISTRATION, ConsentMethod.SIGNED),
            (ConsentPurpose.SHARE_WITH_PARTNER, ConsentMethod.SIGNED),
        }
        assert [t.kind for t in intake.get_file(actor, ZOE).timeline].count("visit") == 2
        assert intake.get_file(actor, FATIMA).enterprises[0].activity == "Maaltijden voor buurtgenoten"
        assert [t.id for t in GuidanceService(store).trajectories_of(MEHMET)] == [TRAJECTORY]
        referrals = ReferralService(store).listing(actor)
        assert [(r.reference, r.status, r.partner_name) for r in referrals] == [
            ("R-7KQ2-M9XD", ReferralStatus.SENT, "Qredits")
        ]
        # The upgraded database takes new registrations as any other.
        from tests.services.helpers import registration

        new = intake.register(actor, registration("Sanne", "de Vries", postcode="2011 AB")).person_id
        assert [r.person_id for r in search.search("sanne")] == [new]
    finally:
        store.dispose()
    report = check_database(path)
    assert report.ok, report.problems
    assert (report.revision, report.counts["persons"]) == (head_revision(), 4)


def test_a_copy_of_the_old_database_is_taken_before_the_upgrade(old_db: tuple[str, Path], clock: FakeClock) -> None:
    revision, path = old_db
    before = path.read_bytes()
    open_store(path, clock=clock).dispose()
    copies = BackupService(path).list()
    if revision == head_revision():  # nothing to upgrade: nothing to copy
        assert copies == []
        return
    assert [(c.reason, c.detail, c.schema) for c in copies] == [(BackupReason.BEFORE_UPGRADE, revision, revision)]
    assert (copies[0].entrepreneurs, copies[0].visits, copies[0].referrals) == (3, 4, 1)
    assert copies[0].path.name == f"{path.stem}-before-upgrade-{revision}-20260303T100000.sqlite"
    conn = sqlite3.connect(copies[0].path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert before  # (the fixture itself is never changed: the tests work on a copy)
    assert fixture_path(revision).read_bytes()[:16] == b"SQLite format 3\x00"
