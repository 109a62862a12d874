"""The audit log: tampering is detected, hub workers cannot read it, coordinators filter and export it."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest

from hubdesk.models.enums import AuditAction, Role
from hubdesk.models.errors import UserFacingError
from hubdesk.services.audit_log import AuditFilter, AuditLogService, period, verify_store
from hubdesk.services.intake import IntakeService
from hubdesk.services.referrals import ReferralService
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import add_worker, registration


@pytest.fixture
def log(store: Store) -> AuditLogService:
    return AuditLogService(store)


@pytest.fixture
def filled(store: Store, actor: Actor, clock: FakeClock) -> list[uuid.UUID]:
    """Two entrepreneurs registered, looked at and noted, a few minutes apart."""
    intake = IntakeService(store)
    ids = []
    for given, family, postcode in (("Fatima", "El Amrani", "2034 AB"), ("Jan", "de Vries", "2011 CD")):
        pid = intake.register(actor, registration(given, family, postcode=postcode)).person_id
        clock.advance(minutes=5)
        intake.get_file(actor, pid)
        intake.add_note(actor, pid, {"text": "Vervolgafspraak gemaakt"})
        clock.advance(minutes=5)
        ids.append(pid)
    return ids


def tamper(path: Path, *statements: str) -> None:
    """Change the log as someone with the file and sqlite3 would: past the append-only triggers."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER audit_events_no_update")
        conn.execute("DROP TRIGGER audit_events_no_delete")
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


# -- tampering is detected -----------------------------------------------------------------------


def test_a_changed_detail_is_detected_at_that_entry(store: Store, filled: list[uuid.UUID], db_path: Path) -> None:
    assert verify_store(store).intact
    tamper(db_path, 'UPDATE audit_events SET detail = \'{"fields": ["email"]}\' WHERE seq = 3')
    report = verify_store(store)
    assert not report.intact
    assert report.broken_seq == 3
    assert report.broken_at is not None


def test_a_changed_worker_or_time_is_detected(store: Store, filled: list[uuid.UUID], db_path: Path) -> None:
    tamper(db_path, "UPDATE audit_events SET at = '2026-01-01 09:00:00.000000' WHERE seq = 4")
    assert verify_store(store).broken_seq == 4


def test_a_removed_entry_is_detected_at_the_next_one(store: Store, filled: list[uuid.UUID], db_path: Path) -> None:
    tamper(db_path, "DELETE FROM audit_events WHERE seq = 2")
    report = verify_store(store)
    assert report.broken_seq == 3


def test_two_swapped_entries_are_detected(store: Store, filled: list[uuid.UUID], db_path: Path) -> None:
    cols = "at, node_id, worker_id, action, entity, record_id, person_id, detail, prev_hash, hash"
    tamper(
        db_path,
        f"CREATE TEMP TABLE keep AS SELECT seq, {cols} FROM audit_events WHERE seq IN (2, 5)",
        *(
            f"UPDATE audit_events SET ({cols}) = (SELECT {cols} FROM keep WHERE keep.seq = {other}) WHERE seq = {seq}"
            for seq, other in ((2, 5), (5, 2))
        ),
    )
    assert verify_store(store).broken_seq == 2


def test_an_inserted_entry_is_detected(store: Store, filled: list[uuid.UUID], db_path: Path) -> None:
    tamper(
        db_path,
        "UPDATE audit_events SET seq = seq + 100 WHERE seq > 3",
        "INSERT INTO audit_events (seq, at, node_id, worker_id, action, entity, record_id, person_id, detail, "
        "prev_hash, hash) SELECT 4, at, node_id, worker_id, 'view', entity, record_id, person_id, detail, hash, hash "
        "FROM audit_events WHERE seq = 3",
    )
    assert verify_store(store).broken_seq == 4


def test_an_untouched_log_verifies_with_its_count(store: Store, filled: list[uuid.UUID]) -> None:
    report = verify_store(store)
    assert report.intact
    assert report.entries == 6
    assert report.last_seq == 6


# -- who may read it -----------------------------------------------------------------------------


def test_a_hub_worker_is_refused_the_audit_log(
    store: Store, actor: Actor, log: AuditLogService, tmp_path: Path
) -> None:
    worker = add_worker(store, actor, name="Bas Jansen", username="bas", role=Role.HUB_WORKER)
    assert not log.can_read(worker)
    for call in (
        lambda: log.page(worker, AuditFilter()),
        lambda: log.verify(worker),
        lambda: log.workers(worker),
        lambda: log.export_csv(worker, AuditFilter(), tmp_path / "audit.csv"),
    ):
        with pytest.raises(UserFacingError) as refused:
            call()
        assert refused.value.code == "audit.coordinator_only"
    assert not (tmp_path / "audit.csv").exists()
    assert log.can_read(actor)


# -- what is recorded ----------------------------------------------------------------------------


def test_viewing_and_changing_are_recorded_with_ids_not_names(
    store: Store, actor: Actor, log: AuditLogService, filled: list[uuid.UUID]
) -> None:
    person = filled[0]
    IntakeService(store).update_person(actor, person, 1, {"email": "fatima@example.nl"})
    rows = log.page(actor, AuditFilter(person_id=person)).rows
    assert [r.action for r in rows] == [AuditAction.UPDATE, AuditAction.CREATE, AuditAction.VIEW, AuditAction.CREATE]
    assert {r.person_name for r in rows} == {"Fatima El Amrani"}  # shown from the file, not stored in the log
    assert {r.worker_name for r in rows} == {"Anna de Boer"}
    stored = " ".join(str(r.detail) for r in log.page(actor, AuditFilter()).rows)
    assert "Fatima" not in stored
    assert "fatima@example.nl" not in stored


def test_coordinators_filter_by_person_worker_period_and_action(
    store: Store, actor: Actor, log: AuditLogService, filled: list[uuid.UUID], clock: FakeClock
) -> None:
    colleague = add_worker(store, actor, name="Bas Jansen", username="bas", role=Role.HUB_WORKER)
    clock.advance(days=2)
    IntakeService(store).get_file(colleague, filled[1])
    everything = log.page(actor, AuditFilter()).rows
    assert len(everything) == 7
    assert [r.seq for r in everything] == sorted((r.seq for r in everything), reverse=True)  # newest first
    by_bas = log.page(actor, AuditFilter(worker_id=colleague.worker_id)).rows
    assert [(r.worker_name, r.action, r.person_id) for r in by_bas] == [("Bas Jansen", AuditAction.VIEW, filled[1])]
    views = log.page(actor, AuditFilter(action=AuditAction.VIEW)).rows
    assert len(views) == 3
    about_jan = log.page(actor, AuditFilter(person_id=filled[1])).rows
    assert {r.person_id for r in about_jan} == {filled[1]}
    assert len(about_jan) == 4
    first_day = clock.now.astimezone().date() - dt.timedelta(days=2)
    since, until = period(first_day, first_day)
    assert len(log.page(actor, AuditFilter(since=since, until=until)).rows) == 6
    since, until = period(first_day + dt.timedelta(days=1), None)
    assert [r.worker_name for r in log.page(actor, AuditFilter(since=since, until=until)).rows] == ["Bas Jansen"]


def test_pages_follow_each_other_without_gaps_or_repeats(
    store: Store, actor: Actor, log: AuditLogService, filled: list[uuid.UUID]
) -> None:
    first = log.page(actor, AuditFilter(), limit=4)
    assert first.more
    assert len(first.rows) == 4
    second = log.page(actor, AuditFilter(), before_seq=first.rows[-1].seq, limit=4)
    assert not second.more
    assert [r.seq for r in first.rows + second.rows] == [6, 5, 4, 3, 2, 1]


def test_the_export_holds_the_filtered_rows_and_is_itself_recorded(
    store: Store, actor: Actor, log: AuditLogService, filled: list[uuid.UUID], tmp_path: Path
) -> None:
    out = tmp_path / "audit.csv"
    count = log.export_csv(actor, AuditFilter(person_id=filled[0]), out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert count == len(rows) == 3
    assert {r["person_id"] for r in rows} == {str(filled[0])}
    assert {r["worker"] for r in rows} == {"Anna de Boer"}
    newest = log.page(actor, AuditFilter(), limit=1).rows[0]
    assert (newest.action, newest.entity, newest.person_id) == (AuditAction.EXPORT, "audit_events", filled[0])
    assert newest.detail == {"kind": "audit_log", "rows": 3}
    assert verify_store(store).intact


def test_a_letter_print_is_recorded_as_a_print(store: Store, actor: Actor, log: AuditLogService) -> None:
    from tests.services.privacy_helpers import full_file

    made = full_file(store, actor)
    prints = log.page(actor, AuditFilter(person_id=made.person_id, action=AuditAction.PRINT)).rows
    assert [(r.entity, r.record_id, r.detail) for r in prints] == [("referrals", made.referral_id, {"how": "print"})]
    assert ReferralService(store).get(made.referral_id).person_id == made.person_id
