"""Demo data: realistic, deterministic, ordinary data in a sandbox."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from hubdesk.models.errors import UserFacingError
from hubdesk.models.org import NodeState
from hubdesk.services import demo
from hubdesk.services.intake import IntakeService
from hubdesk.services.maintenance import check_database
from hubdesk.services.search import SearchService
from hubdesk.services.setup import actor_for
from hubdesk.services.store import Store, open_store
from tests.conftest import FakeClock


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT p.id, p.given_name, p.family_name, p.home_postcode, p.email, "
                "(SELECT count(*) FROM visits v WHERE v.person_id = p.id), "
                "(SELECT count(*) FROM referrals r WHERE r.person_id = p.id) FROM persons p ORDER BY p.id"
            )
        ]


def test_demo_data_is_deterministic(tmp_path: Path, clock: FakeClock) -> None:
    snapshots = []
    for name in ("a", "b"):
        store = open_store(tmp_path / f"{name}.sqlite", clock=clock)
        demo.generate_demo(store, 120, seed=7)
        snapshots.append(_snapshot(store))
        store.dispose()
    assert snapshots[0] == snapshots[1]
    assert len(snapshots[0]) == 120


def test_another_seed_gives_other_people(tmp_path: Path, clock: FakeClock) -> None:
    names = []
    for seed in (1, 2):
        store = open_store(tmp_path / f"s{seed}.sqlite", clock=clock)
        demo.generate_demo(store, 30, seed=seed)
        names.append([r[1:3] for r in _snapshot(store)])
        store.dispose()
    assert names[0] != names[1]


def test_the_background_producer_gives_the_same_data(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH", 400)  # seven batches: four from one producer, three from the other
    inline = open_store(tmp_path / "inline.sqlite", clock=clock)
    demo.generate_demo(inline, 2500, seed=5)
    monkeypatch.setattr(demo, "PROCESS_THRESHOLD", 100)
    piped = open_store(tmp_path / "piped.sqlite", clock=clock)
    demo.generate_demo(piped, 2500, seed=5)
    assert _snapshot(inline) == _snapshot(piped)
    inline.dispose()
    piped.dispose()


def test_demo_data_reads_back_as_ordinary_data(store: Store, db_path: Path) -> None:
    summary = demo.generate_demo(store, 300, seed=3)
    assert summary.entrepreneurs == 300
    assert summary.tables["persons"] == 300
    assert {"enterprises", "visits", "trajectories", "guidance_steps", "referrals", "consents"} <= set(summary.tables)
    actor = actor_for(store)
    hits = SearchService(store).search(" ".join(_snapshot(store)[0][1:3]))  # type: ignore[arg-type]
    assert hits
    file = IntakeService(store).get_file(actor, hits[0].person_id)
    assert file.person.registered_at.tzinfo is not None
    assert file.timeline
    assert file.consents
    report = check_database(db_path)
    assert report.ok, report.problems


def test_demo_data_marks_the_database_as_a_sandbox(store: Store) -> None:
    demo.generate_demo(store, 10)
    with store.read() as s:
        state = s.get(NodeState, 1)
        assert state is not None
        assert state.sandbox
        assert state.hub_id is not None


def test_demo_data_only_goes_into_an_empty_database(store: Store) -> None:
    demo.generate_demo(store, 5)
    with pytest.raises(UserFacingError) as info:
        demo.generate_demo(store, 5)
    assert info.value.code == "demo.not_empty"
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM persons")).scalar() == 5


def test_demo_dates_lie_around_today(store: Store, clock: FakeClock) -> None:
    demo.generate_demo(store, 200, seed=1)
    with store.engine.connect() as conn:
        due = [r[0] for r in conn.exec_driver_sql("SELECT due_on FROM guidance_steps WHERE status = 'planned'")]
    today = clock.now.date().isoformat()
    assert any(d < today for d in due)
    assert any(d >= today for d in due)


def index_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    finally:
        conn.close()


def test_after_a_demo_load_every_index_is_there_again(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "fresh.sqlite"
    store = open_store(path, clock=clock)
    before = index_names(path)
    store.dispose()
    store = open_store(path, clock=clock)
    demo.generate_demo(store, 300, seed=3)
    store.dispose()
    assert index_names(path) == before
    assert "ix_person_index_sort" in before  # the list's order (not UNIQUE: dropped during the load)


def test_a_load_cut_off_before_the_indexes_were_built_is_healed_at_the_next_open(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cut.sqlite"
    store = open_store(path, clock=clock)
    before = index_names(path)

    def cut_off(*_args: object, **_kwargs: object) -> list[str]:
        raise KeyboardInterrupt  # the load stops where the indexes would be built

    monkeypatch.setattr(demo, "ensure_indexes", cut_off)
    with pytest.raises(KeyboardInterrupt):
        demo.generate_demo(store, 200, seed=3)
    store.dispose()
    assert "ix_person_index_sort" not in index_names(path)
    monkeypatch.undo()

    store = open_store(path, clock=clock)
    store.dispose()
    assert index_names(path) == before
    assert check_database(path).ok
