"""Trajectories, routes and the worklist, with the clock injected."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import CloseReason, Stage, StepStatus, TrajectoryStatus
from hubdesk.models.errors import StaleEdit, UserFacingError
from hubdesk.models.guidance import StageChange, Trajectory
from hubdesk.services.catalog import CatalogService
from hubdesk.services.guidance import GuidanceService, Scope
from hubdesk.services.intake import IntakeService
from hubdesk.services.listing import ListingService
from hubdesk.services.readmodels import ListFilter
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import registration


@pytest.fixture
def guidance(store: Store) -> GuidanceService:
    return GuidanceService(store)


@pytest.fixture
def catalog(store: Store) -> CatalogService:
    return CatalogService(store)


@pytest.fixture
def person(store: Store, actor: Actor) -> uuid.UUID:
    return IntakeService(store).register(actor, registration()).person_id


def _route(catalog: CatalogService, code: str) -> uuid.UUID:
    return next(r.id for r in catalog.routes() if r.code == code)


def test_a_route_plans_its_steps_from_the_start(
    guidance: GuidanceService, catalog: CatalogService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    start = clock.now.date()
    tid, changes = guidance.open_trajectory(actor, person, route_id=_route(catalog, "starter"), stage=Stage.IDEA)
    steps = guidance.trajectory_steps(tid)
    assert [(s.step_type, s.due_on) for s in steps] == [
        ("intake", start),
        ("needs_assessment", start + dt.timedelta(days=7)),
        ("plan_review", start + dt.timedelta(days=28)),
        ("financial_check", start + dt.timedelta(days=42)),
        ("follow_up", start + dt.timedelta(days=90)),
    ]
    assert {s.assignee_id for s in steps} == {actor.worker_id}
    assert changes.ids("trajectories") == {tid}


def test_the_list_shows_an_open_trajectory(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, store: Store
) -> None:
    guidance.open_trajectory(actor, person)
    rows = ListingService(store).page(ListFilter(open_trajectory=True)).rows
    assert [r.person_id for r in rows] == [person]


def test_a_step_due_yesterday_is_overdue(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    tid, _ = guidance.open_trajectory(actor, person)
    today = clock.now.date()
    guidance.add_step(actor, tid, "advice", today - dt.timedelta(days=1), actor.worker_id)
    guidance.add_step(actor, tid, "workshop", today, actor.worker_id)
    guidance.add_step(actor, tid, "coaching", today + dt.timedelta(days=3), actor.worker_id)
    guidance.add_step(actor, tid, "follow_up", today + dt.timedelta(days=30), actor.worker_id)
    guidance.add_step(actor, tid, "peer_event", today + dt.timedelta(days=2), None)
    work = guidance.worklist(actor)
    assert [r.step_type for r in work.overdue] == ["advice"]
    assert [r.step_type for r in work.due_today] == ["workshop"]
    assert [r.step_type for r in work.this_week] == ["coaching"]
    assert [r.step_type for r in work.unassigned] == ["peer_event"]
    assert work.overdue_count == 1
    clock.advance(days=2)
    assert [r.step_type for r in guidance.worklist(actor).overdue] == ["advice", "workshop"]


def test_complete_reschedule_and_reassign_from_the_worklist(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, clock: FakeClock, store: Store
) -> None:
    tid, _ = guidance.open_trajectory(actor, person)
    today = clock.now.date()
    first, _ = guidance.add_step(actor, tid, "advice", today - dt.timedelta(days=2), actor.worker_id)
    second, _ = guidance.add_step(actor, tid, "coaching", today - dt.timedelta(days=1), actor.worker_id)
    third, _ = guidance.add_step(actor, tid, "workshop", today, actor.worker_id)
    guidance.complete_step(actor, first, 1, minutes=45, outcome="Plan besproken")
    guidance.reschedule_step(actor, second, 1, today + dt.timedelta(days=5))
    guidance.reassign_step(actor, third, 1, None)
    work = guidance.worklist(actor)
    assert work.overdue == ()
    assert [r.step_type for r in work.this_week] == ["coaching"]
    assert [r.step_type for r in work.unassigned] == ["workshop"]
    done = next(s for s in guidance.trajectory_steps(tid) if s.step_id == first)
    assert (done.status, done.done_on) == (StepStatus.DONE, today)


def test_a_step_changed_meanwhile_is_not_overwritten(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    tid, _ = guidance.open_trajectory(actor, person)
    step, _ = guidance.add_step(actor, tid, "advice", clock.now.date(), actor.worker_id)
    guidance.reschedule_step(actor, step, 1, clock.now.date() + dt.timedelta(days=3))
    with pytest.raises(StaleEdit):
        guidance.complete_step(actor, step, 1)


def test_closing_needs_a_reason_and_cancels_what_was_still_planned(
    guidance: GuidanceService, catalog: CatalogService, actor: Actor, person: uuid.UUID, store: Store
) -> None:
    tid, _ = guidance.open_trajectory(actor, person, route_id=_route(catalog, "bbz"))
    with pytest.raises(UserFacingError) as info:
        guidance.set_status(actor, tid, TrajectoryStatus.CLOSED)
    assert info.value.code == "trajectory.close_reason_required"
    guidance.set_status(
        actor, tid, TrajectoryStatus.CLOSED, reason=CloseReason.REFERRED_ONWARD, stage_at_end=Stage.STARTING
    )
    with store.read() as s:
        trajectory = s.get(Trajectory, tid)
        assert trajectory is not None
        assert (trajectory.status, trajectory.close_reason, trajectory.stage_at_end) == (
            TrajectoryStatus.CLOSED,
            CloseReason.REFERRED_ONWARD,
            Stage.STARTING,
        )
    assert {s.status for s in guidance.trajectory_steps(tid)} == {StepStatus.CANCELLED}
    assert guidance.worklist(actor, Scope.HUB).unassigned == ()


def test_a_paused_trajectory_leaves_the_worklist(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    tid, _ = guidance.open_trajectory(actor, person)
    guidance.add_step(actor, tid, "advice", clock.now.date(), actor.worker_id)
    guidance.set_status(actor, tid, TrajectoryStatus.PAUSED)
    assert guidance.worklist(actor).due_today == ()
    guidance.set_status(actor, tid, TrajectoryStatus.OPEN)
    assert len(guidance.worklist(actor).due_today) == 1


def test_stage_changes_are_recorded_with_their_date(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, store: Store, clock: FakeClock
) -> None:
    tid, _ = guidance.open_trajectory(actor, person, stage=Stage.IDEA)
    guidance.change_stage(actor, tid, Stage.STARTING, on=dt.date(2026, 4, 1))
    guidance.change_stage(actor, tid, Stage.RUNNING, on=dt.date(2026, 9, 1))
    with store.read() as s:
        changes = [
            (c.from_stage, c.to_stage, c.changed_on)
            for c in s.execute(
                sa.select(StageChange).where(StageChange.trajectory_id == tid).order_by(StageChange.changed_on)
            ).scalars()
        ]
    assert changes == [
        (Stage.IDEA, Stage.STARTING, dt.date(2026, 4, 1)),
        (Stage.STARTING, Stage.RUNNING, dt.date(2026, 9, 1)),
    ]


def test_editing_a_route_leaves_planned_trajectories_alone(
    guidance: GuidanceService, catalog: CatalogService, actor: Actor, person: uuid.UUID
) -> None:
    route = _route(catalog, "starter")
    tid, _ = guidance.open_trajectory(actor, person, route_id=route)
    before = [(s.step_type, s.due_on) for s in guidance.trajectory_steps(tid)]
    catalog.save_route(actor, route, steps=[("intake", 0), ("coaching", 3)])
    assert [(s.step_type, s.due_on) for s in guidance.trajectory_steps(tid)] == before
    assert next(r for r in catalog.routes() if r.id == route).steps == (("intake", 0), ("coaching", 3))


def test_an_unknown_step_type_is_refused(guidance: GuidanceService, actor: Actor, person: uuid.UUID) -> None:
    tid, _ = guidance.open_trajectory(actor, person)
    with pytest.raises(UserFacingError) as info:
        guidance.add_step(actor, tid, "teleportation", None)
    assert info.value.code == "step.type_unknown"


def test_mine_shows_only_my_steps_and_hub_shows_everyones(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, clock: FakeClock, store: Store
) -> None:
    from hubdesk.models.org import Worker

    with store.write(actor) as s:
        colleague = Worker(hub_id=actor.hub_id, name="Karim Benali", username="karim")
        s.add(colleague)
        s.flush()
        colleague_id = colleague.id
    tid, _ = guidance.open_trajectory(actor, person)
    guidance.add_step(actor, tid, "advice", clock.now.date(), actor.worker_id)
    guidance.add_step(actor, tid, "coaching", clock.now.date(), colleague_id)
    assert [r.step_type for r in guidance.worklist(actor).due_today] == ["advice"]
    assert sorted(r.step_type for r in guidance.worklist(actor, Scope.HUB).due_today) == ["advice", "coaching"]
    assert [r.assignee_name for r in guidance.worklist(actor, worker_id=colleague_id).due_today] == ["Karim Benali"]


# -- the file's trajectories ---------------------------------------------------------


def test_trajectories_of_shows_the_planned_route_as_the_file_does(
    guidance: GuidanceService, catalog: CatalogService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    start = clock.now.date() + dt.timedelta(days=1)
    tid, _ = guidance.open_trajectory(actor, person, route_id=_route(catalog, "bbz"), stage=Stage.IDEA, start_on=start)
    [view] = guidance.trajectories_of(person)
    assert (view.id, view.status, view.opened_on, view.closed_on) == (tid, TrajectoryStatus.OPEN, start, None)
    assert (view.stage_at_start, view.stage, view.stage_at_end) == (Stage.IDEA, Stage.IDEA, None)
    assert (view.lead_worker_name, view.route_code, view.route_name_nl) == (
        "Anna de Boer",
        "bbz",
        "Starten vanuit een uitkering (Bbz)",
    )
    assert [(s.step_type, s.due_on, s.status, s.assignee_name) for s in view.steps] == [
        ("intake", start, StepStatus.PLANNED, "Anna de Boer"),
        ("needs_assessment", start + dt.timedelta(days=7), StepStatus.PLANNED, "Anna de Boer"),
        ("referral_prepared", start + dt.timedelta(days=14), StepStatus.PLANNED, "Anna de Boer"),
        ("warm_handover", start + dt.timedelta(days=21), StepStatus.PLANNED, "Anna de Boer"),
        ("follow_up", start + dt.timedelta(days=49), StepStatus.PLANNED, "Anna de Boer"),
    ]
    assert view.steps[0].person_name == "Fatima El Amrani"
    assert guidance.trajectories_of(uuid.uuid4()) == []


def test_a_completed_step_carries_its_minutes_and_outcome_and_is_no_longer_overdue(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    today = clock.now.date()
    tid, _ = guidance.open_trajectory(actor, person)
    late, _ = guidance.add_step(actor, tid, "advice", today - dt.timedelta(days=1), actor.worker_id, notes="Bellen")
    guidance.add_step(actor, tid, "coaching", today, actor.worker_id)
    [view] = guidance.trajectories_of(person)
    assert [s.step_type for s in view.overdue_steps(today)] == ["advice"]
    assert view.steps[0].notes == "Bellen"
    guidance.complete_step(actor, late, 1, minutes=30, outcome="Offerte besproken")
    [view] = guidance.trajectories_of(person)
    done = view.steps[0]
    assert (done.status, done.done_on, done.minutes, done.outcome) == (
        StepStatus.DONE,
        today,
        30,
        "Offerte besproken",
    )
    assert view.overdue_steps(today) == ()


def test_closing_with_a_reason_cancels_the_planned_steps_but_not_the_done_ones(
    guidance: GuidanceService, catalog: CatalogService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    tid, _ = guidance.open_trajectory(actor, person, route_id=_route(catalog, "starter"), stage=Stage.IDEA)
    first = guidance.trajectories_of(person)[0].steps[0]
    guidance.complete_step(actor, first.step_id, first.version)
    clock.advance(days=10)
    guidance.set_status(actor, tid, TrajectoryStatus.CLOSED, reason=CloseReason.IDEA_STOPPED, stage_at_end=Stage.IDEA)
    [view] = guidance.trajectories_of(person)
    assert (view.status, view.close_reason, view.stage_at_end, view.closed_on) == (
        TrajectoryStatus.CLOSED,
        CloseReason.IDEA_STOPPED,
        Stage.IDEA,
        clock.now.date(),
    )
    assert [s.status for s in view.steps] == [StepStatus.DONE] + [StepStatus.CANCELLED] * 4


def test_stage_changes_show_with_their_dates_and_give_the_current_stage(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID
) -> None:
    tid, _ = guidance.open_trajectory(actor, person, stage=Stage.IDEA)
    guidance.change_stage(actor, tid, Stage.STARTING, on=dt.date(2026, 4, 1))
    guidance.change_stage(actor, tid, Stage.RUNNING, on=dt.date(2026, 9, 1))
    [view] = guidance.trajectories_of(person)
    assert [(c.from_stage, c.to_stage, c.changed_on) for c in view.stage_changes] == [
        (Stage.IDEA, Stage.STARTING, dt.date(2026, 4, 1)),
        (Stage.STARTING, Stage.RUNNING, dt.date(2026, 9, 1)),
    ]
    assert (view.stage_at_start, view.stage) == (Stage.IDEA, Stage.RUNNING)


def test_open_trajectories_come_before_closed_ones(guidance: GuidanceService, actor: Actor, person: uuid.UUID) -> None:
    old, _ = guidance.open_trajectory(actor, person, start_on=dt.date(2025, 1, 6))
    guidance.set_status(actor, old, TrajectoryStatus.CLOSED, reason=CloseReason.GOAL_REACHED)
    earlier, _ = guidance.open_trajectory(actor, person, start_on=dt.date(2025, 6, 2))
    newer, _ = guidance.open_trajectory(actor, person, start_on=dt.date(2026, 2, 2))
    assert [t.id for t in guidance.trajectories_of(person)] == [newer, earlier, old]


def test_the_file_timeline_shows_opening_stage_changes_steps_done_and_closing(
    guidance: GuidanceService, catalog: CatalogService, actor: Actor, person: uuid.UUID, clock: FakeClock, store: Store
) -> None:
    clock.advance(minutes=10)  # after the registration's visit
    tid, _ = guidance.open_trajectory(actor, person, route_id=_route(catalog, "starter"), stage=Stage.IDEA)
    intake_step = guidance.trajectories_of(person)[0].steps[0]
    clock.advance(hours=1)
    guidance.complete_step(actor, intake_step.step_id, intake_step.version, minutes=45, outcome="Plan besproken")
    clock.advance(days=3)
    guidance.change_stage(actor, tid, Stage.STARTING)
    clock.advance(days=1)
    guidance.set_status(
        actor, tid, TrajectoryStatus.CLOSED, reason=CloseReason.GOAL_REACHED, stage_at_end=Stage.STARTING
    )
    timeline = IntakeService(store).get_file(actor, person).timeline
    kinds = [t.kind for t in timeline]
    assert kinds == ["trajectory_closed", "stage_changed", "step_done", "trajectory_opened", "visit"]
    closed, changed, done, opened, _visit = timeline
    assert (closed.close_reason, closed.stage, closed.day) == (
        CloseReason.GOAL_REACHED,
        Stage.STARTING,
        clock.now.date(),
    )
    assert (changed.previous_stage, changed.stage) == (Stage.IDEA, Stage.STARTING)
    assert (done.names, done.minutes, done.text, done.worker_name) == (
        ("Intake", "Intake"),
        45,
        "Plan besproken",
        "Anna de Boer",
    )
    assert (opened.id, opened.stage, opened.names) == (
        tid,
        Stage.IDEA,
        ("Starten als ondernemer", "Starting a business"),
    )


def test_a_route_edited_after_planning_leaves_the_planned_steps_alone(
    guidance: GuidanceService, catalog: CatalogService, actor: Actor, person: uuid.UUID
) -> None:
    route = _route(catalog, "social_recognition")
    guidance.open_trajectory(actor, person, route_id=route)
    before = guidance.trajectories_of(person)
    catalog.save_route(actor, route, name_nl="Erkenning", name_en="Recognition", steps=[("intake", 0)])
    catalog.set_route_active(actor, route, False)
    after = guidance.trajectories_of(person)
    assert [s.step_id for s in after[0].steps] == [s.step_id for s in before[0].steps]
    assert after[0].steps == before[0].steps
    assert len(after[0].steps) == 6


def test_a_long_overdue_list_is_capped_and_says_so(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hubdesk.services.guidance as guidance_module

    monkeypatch.setattr(guidance_module, "WORKLIST_LIMIT", 3)
    tid, _ = guidance.open_trajectory(actor, person)
    today = guidance.today()
    for days in range(1, 6):
        guidance.add_step(actor, tid, "advice", today - dt.timedelta(days=days), actor.worker_id)
    guidance.add_step(actor, tid, "coaching", today, actor.worker_id)
    work = guidance.worklist(actor, Scope.MINE)
    assert [s.due_on for s in work.overdue] == [today - dt.timedelta(days=d) for d in (5, 4, 3)]  # earliest first
    assert work.overdue_count == 3
    assert work.overdue_capped  # the navigation says "3+"
    assert [s.step_type for s in work.due_today] == ["coaching"]  # a full overdue list does not hide today
