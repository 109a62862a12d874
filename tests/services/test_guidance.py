"""Trajectories, routes and the worklist, with the clock injected."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import CloseReason, Stage, StepStatus, TrajectoryStatus
from hubdesk.models.errors import StaleEdit, UserFacingError
from hubdesk.models.guidance import StageChange, Trajectory
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
def person(store: Store, actor: Actor) -> uuid.UUID:
    return IntakeService(store).register(actor, registration()).person_id


def _route(guidance: GuidanceService, code: str) -> uuid.UUID:
    return next(r.id for r in guidance.routes() if r.code == code)


def test_the_shipped_routes_are_available(guidance: GuidanceService, actor: Actor) -> None:
    assert {r.code for r in guidance.routes()} == {"starter", "bbz", "social_recognition"}


def test_a_route_plans_its_steps_from_the_start(
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, clock: FakeClock
) -> None:
    start = clock.now.date()
    tid, changes = guidance.open_trajectory(actor, person, route_id=_route(guidance, "starter"), stage=Stage.IDEA)
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
    guidance: GuidanceService, actor: Actor, person: uuid.UUID, store: Store
) -> None:
    tid, _ = guidance.open_trajectory(actor, person, route_id=_route(guidance, "bbz"))
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
    guidance: GuidanceService, actor: Actor, person: uuid.UUID
) -> None:
    route = _route(guidance, "starter")
    tid, _ = guidance.open_trajectory(actor, person, route_id=route)
    before = [(s.step_type, s.due_on) for s in guidance.trajectory_steps(tid)]
    guidance.save_route_steps(actor, route, [("intake", 0), ("coaching", 3)])
    assert [(s.step_type, s.due_on) for s in guidance.trajectory_steps(tid)] == before
    assert next(r for r in guidance.routes() if r.id == route).steps == (("intake", 0), ("coaching", 3))


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
