"""Stored dashboard figures: read back as computed, fresh until the data change."""

from __future__ import annotations

import datetime as dt

import pytest

from hubdesk.models.enums import Role
from hubdesk.models.errors import UserFacingError
from hubdesk.models.logs import AuditEvent, ChangeLogEntry
from hubdesk.models.people import Person
from hubdesk.services import indicator_snapshots as snaps
from hubdesk.services import quarterly_report as qr
from hubdesk.services.indicator_snapshots import SnapshotService
from hubdesk.services.indicators import Filter, IndicatorService, Period
from hubdesk.services.intake import IntakeService
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import add_worker, registration
from tests.services.test_quarterly_report import register_walk_ins
from tests.sync.conftest import KEY, a1, a2, templates  # noqa: F401 - the sync nodes' fixtures
from tests.sync.helpers import Node, deliver, edit

Q1 = Period.quarter(2026, 1)  # the test clock says 3 March 2026


def reached(figures: tuple[object, ...] | list[object]) -> float | None:
    found: float | None = next(f.value for f in figures if f.indicator == "reach.unique" and f.group == "")  # type: ignore[attr-defined]
    return found


def counts(store: Store) -> tuple[int, int]:
    with store.read() as s:
        return s.query(ChangeLogEntry).count(), s.query(AuditEvent).count()


def test_a_hub_worker_may_neither_read_nor_refresh_the_stored_figures(store: Store, actor: Actor) -> None:
    SnapshotService(store, actor).refresh(Filter(Q1))
    worker = add_worker(store, actor, name="Bram Visser", username="bram", role=Role.HUB_WORKER)

    service = SnapshotService(store, worker)
    with pytest.raises(UserFacingError) as read:
        service.get(Filter(Q1))
    with pytest.raises(UserFacingError) as refreshed:
        service.refresh(Filter(Q1))
    with pytest.raises(UserFacingError):
        snaps.collect_stored(store, worker, Filter(Q1))

    assert read.value.code == refreshed.value.code == "dashboard.not_allowed"


def test_nothing_stored_is_none(store: Store, actor: Actor) -> None:
    assert SnapshotService(store, actor).get(Filter(Q1)) is None
    assert snaps.collect_stored(store, actor, Filter(Q1)) is None


def test_a_snapshot_is_read_back_as_computed_without_change_or_audit_entries(
    store: Store, actor: Actor, clock: FakeClock
) -> None:
    register_walk_ins(store, actor)
    before = counts(store)
    service = SnapshotService(store, actor)

    stored = service.refresh(Filter(Q1), "stadsdeel")
    found = service.get(Filter(Q1), "stadsdeel")

    assert found is not None
    assert found.figures == stored.figures == tuple(IndicatorService(store).figures(Filter(Q1), by="stadsdeel"))
    assert found.fresh
    assert stored.fresh
    assert found.computed_at == clock.now
    assert counts(store) == before  # derived data: nothing to replicate, nothing to audit
    # Another selection has its own snapshot.
    assert service.get(Filter(Q1)) is None
    assert service.get(Filter(Period.quarter(2025, 4)), "stadsdeel") is None


def test_a_local_edit_makes_it_not_fresh_and_a_refresh_fresh_again(
    store: Store, actor: Actor, clock: FakeClock
) -> None:
    register_walk_ins(store, actor)
    service = SnapshotService(store, actor)
    service.refresh(Filter(Q1))

    IntakeService(store).register(actor, registration("Lotte", "Visser", postcode="2035 AB", email="l@example.nl"))
    clock.advance(minutes=5)

    stale = service.get(Filter(Q1))
    assert stale is not None
    assert not stale.fresh
    assert reached(stale.figures) == 7  # still what was computed then

    again = service.refresh(Filter(Q1))
    found = service.get(Filter(Q1))
    assert found is not None
    assert found.fresh
    assert again.fresh
    assert reached(found.figures) == 8
    assert found.computed_at == clock.now


def test_an_imported_package_makes_it_not_fresh(a1: Node, a2: Node) -> None:  # noqa: F811 - fixtures
    assert a1.actor is not None
    assert a2.actor is not None
    today = dt.date.today()
    flt = Filter(Period.containing(today))
    # Local edits first, so that the package's changes carry lower Lamport times than a1's newest.
    person = IntakeService(a1.store).register(a1.actor, registration("Joost", "Bakker", email="j@example.nl"))
    for n in range(5):
        edit(a1, Person, person.person_id, phone_e164=f"+3161234567{n}")
    service = SnapshotService(a1.store, a1.actor)
    service.refresh(flt)
    IntakeService(a2.store).register(a2.actor, registration("Aylin", "Demir", email="a@example.nl"))
    a2.sync(KEY)
    deliver(a2, a1)
    found = service.get(flt)
    assert found is not None
    assert found.fresh

    report = a1.sync(KEY)

    assert report.changes
    stale = service.get(flt)
    assert stale is not None
    assert not stale.fresh
    assert reached(stale.figures) == 1
    assert reached(service.refresh(flt).figures) == 2
    fresh = service.get(flt)
    assert fresh is not None
    assert fresh.fresh


def test_the_dashboards_figure_set_from_snapshots_equals_the_computed_one(store: Store, actor: Actor) -> None:
    register_walk_ins(store, actor)
    computed = qr.collect(store, actor, Filter(Q1))

    refreshed = snaps.collect_refreshed(store, actor, Filter(Q1))
    stored = snaps.collect_stored(store, actor, Filter(Q1))

    assert stored is not None
    assert stored.fresh
    assert stored.figure_set == refreshed == computed
    IntakeService(store).register(actor, registration("Lotte", "Visser", postcode="2035 AB", email="l@example.nl"))
    again = snaps.collect_stored(store, actor, Filter(Q1))
    assert again is not None
    assert not again.fresh


def test_warming_computes_this_and_last_quarter_once_until_the_data_change(store: Store, actor: Actor) -> None:
    register_walk_ins(store, actor)
    service = SnapshotService(store, actor)
    today = dt.date(2026, 3, 3)

    assert service.warm(today) == 4
    assert service.warm(today) == 0  # all fresh: nothing to compute

    for flt, by in snaps.warm_targets(today):
        found = service.get(flt, by)
        assert found is not None
        assert found.fresh
    assert {flt.period for flt, _ in snaps.warm_targets(today)} == {Q1, Period.quarter(2025, 4)}
    IntakeService(store).register(actor, registration("Lotte", "Visser", postcode="2035 AB", email="l@example.nl"))
    assert service.warm(today) == 4


def test_figures_stored_by_a_hubdesk_with_other_indicators_are_not_fresh(
    store: Store, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = SnapshotService(store, actor)
    service.refresh(Filter(Q1))
    stored = service.get(Filter(Q1))
    assert stored is not None
    assert stored.fresh
    monkeypatch.setattr(snaps, "_DEFINITIONS", "another-set")  # a newer hubdesk: one indicator more
    stored = service.get(Filter(Q1))
    assert stored is not None
    assert not stored.fresh
