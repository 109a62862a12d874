"""Guidance: trajectories, their steps, routes that plan them, and the worklist.

Every method is one transaction (change log and audit log included). Dates that
depend on "today" take it from the store's clock, so tests inject it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import AuditAction, CloseReason, Stage, StepStatus, TrajectoryStatus
from hubdesk.models.errors import NotFound, StaleEdit, UserFacingError
from hubdesk.models.guidance import GuidanceStep, Route, RouteStep, StageChange, StepType, Trajectory
from hubdesk.models.org import Worker
from hubdesk.models.people import Person
from hubdesk.services import audit
from hubdesk.services.readmodels import Changes
from hubdesk.services.store import Actor, Store

WEEK = 7
WORKLIST_LIMIT = 500  # per query: a worklist is read by a person, not scrolled for ever


class Scope(StrEnum):
    MINE = "mine"
    HUB = "hub"


@dataclass(frozen=True, slots=True)
class StepRow:
    """One planned step on the worklist or in a trajectory."""

    step_id: uuid.UUID
    version: int
    trajectory_id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    step_type: str
    status: StepStatus
    due_on: dt.date | None
    done_on: dt.date | None
    assignee_id: uuid.UUID | None
    assignee_name: str


@dataclass(frozen=True, slots=True)
class Worklist:
    """Planned steps grouped as a hub worker looks at them."""

    today: dt.date
    overdue: tuple[StepRow, ...]
    due_today: tuple[StepRow, ...]
    this_week: tuple[StepRow, ...]
    unassigned: tuple[StepRow, ...]

    @property
    def overdue_count(self) -> int:
        return len(self.overdue)


@dataclass(frozen=True, slots=True)
class RouteInfo:
    id: uuid.UUID
    code: str
    name_nl: str
    name_en: str
    steps: tuple[tuple[str, int], ...]


class GuidanceService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def today(self) -> dt.date:
        return self._store.clock().astimezone().date()

    def hub_workers(self, actor: Actor) -> list[tuple[uuid.UUID, str]]:
        """The active workers of the actor's hub, by name (for assigning steps)."""
        with self._store.read() as s:
            return [
                (wid, name)
                for wid, name in s.execute(
                    sa.select(Worker.id, Worker.name)
                    .where(Worker.hub_id == actor.hub_id, Worker.active, Worker.deleted_at.is_(None))
                    .order_by(Worker.name)
                )
            ]

    def step_type_names(self) -> dict[str, tuple[str, str]]:
        """Step type code -> (Dutch name, English name), from the catalog."""
        with self._store.read() as s:
            return {
                c: (nl, en) for c, nl, en in s.execute(sa.select(StepType.code, StepType.name_nl, StepType.name_en))
            }

    # -- routes -----------------------------------------------------------------------------
    def routes(self) -> list[RouteInfo]:
        with self._store.read() as s:
            routes = s.execute(sa.select(Route).where(Route.active, Route.deleted_at.is_(None)).order_by(Route.code))
            result = []
            for r in routes.scalars():
                steps = s.execute(
                    sa.select(RouteStep.step_type, RouteStep.offset_days)
                    .where(RouteStep.route_id == r.id, RouteStep.deleted_at.is_(None))
                    .order_by(RouteStep.position)
                ).all()
                result.append(RouteInfo(r.id, r.code, r.name_nl, r.name_en, tuple((t, d) for t, d in steps)))
            return result

    def save_route_steps(self, actor: Actor, route_id: uuid.UUID, steps: list[tuple[str, int]]) -> Changes:
        """Replace a route's steps (a coordinator's edit). Trajectories planned from the
        route keep the steps they were given: planning copied them."""
        with self._store.write(actor) as s:
            route = s.get(Route, route_id)
            if route is None or route.is_deleted:
                raise NotFound(entity="routes", id=str(route_id))
            self._check_step_types(s, [t for t, _ in steps])
            now = s.info["write"].now
            for old in s.execute(
                sa.select(RouteStep).where(RouteStep.route_id == route_id, RouteStep.deleted_at.is_(None))
            ).scalars():
                old.deleted_at = now
            for position, (step_type, days) in enumerate(steps):
                if days < 0:
                    raise UserFacingError("route.negative_offset", days=days)
                s.add(RouteStep(route_id=route_id, position=position, step_type=step_type, offset_days=days))
            s.flush()
            return Changes.from_entries(s.info["write"].entries)

    # -- trajectories ---------------------------------------------------------------------------
    def open_trajectory(
        self,
        actor: Actor,
        person_id: uuid.UUID,
        *,
        route_id: uuid.UUID | None = None,
        lead_worker_id: uuid.UUID | None = None,
        stage: Stage | None = None,
        enterprise_id: uuid.UUID | None = None,
        start_on: dt.date | None = None,
    ) -> tuple[uuid.UUID, Changes]:
        """Open a trajectory; with a route, its steps are planned from ``start_on``
        (today by default) and assigned to the lead worker."""
        start = start_on or self.today()
        lead = lead_worker_id or actor.worker_id
        with self._store.write(actor) as s:
            person = s.get(Person, person_id)
            if person is None or person.is_deleted:
                raise NotFound(entity="persons", id=str(person_id))
            trajectory = Trajectory(
                person_id=person_id,
                enterprise_id=enterprise_id,
                hub_id=actor.hub_id,
                lead_worker_id=lead,
                opened_on=start,
                status=TrajectoryStatus.OPEN,
                stage_at_start=stage,
                route_id=route_id,
            )
            s.add(trajectory)
            s.flush()
            if route_id is not None:
                steps = s.execute(
                    sa.select(RouteStep.step_type, RouteStep.offset_days)
                    .where(RouteStep.route_id == route_id, RouteStep.deleted_at.is_(None))
                    .order_by(RouteStep.position)
                ).all()
                if not steps:
                    raise NotFound(entity="routes", id=str(route_id))
                for step_type, days in steps:
                    s.add(
                        GuidanceStep(
                            trajectory_id=trajectory.id,
                            hub_id=actor.hub_id,
                            step_type=step_type,
                            status=StepStatus.PLANNED,
                            due_on=start + dt.timedelta(days=days),
                            assignee_id=lead,
                        )
                    )
            s.flush()
            audit.record(s, AuditAction.CREATE, "trajectories", trajectory.id, person_id=person_id)
            return trajectory.id, Changes.from_entries(s.info["write"].entries)

    def add_step(
        self,
        actor: Actor,
        trajectory_id: uuid.UUID,
        step_type: str,
        due_on: dt.date | None,
        assignee_id: uuid.UUID | None = None,
        notes: str = "",
    ) -> tuple[uuid.UUID, Changes]:
        with self._store.write(actor) as s:
            trajectory = self._trajectory(s, trajectory_id)
            self._check_step_types(s, [step_type])
            step = GuidanceStep(
                trajectory_id=trajectory.id,
                hub_id=trajectory.hub_id,
                step_type=step_type,
                status=StepStatus.PLANNED,
                due_on=due_on,
                assignee_id=assignee_id,
                notes=notes,
            )
            s.add(step)
            s.flush()
            audit.record(s, AuditAction.CREATE, "guidance_steps", step.id, person_id=trajectory.person_id)
            return step.id, Changes.from_entries(s.info["write"].entries)

    def change_stage(
        self, actor: Actor, trajectory_id: uuid.UUID, to_stage: Stage, on: dt.date | None = None
    ) -> Changes:
        """Record that the enterprise moved to another stage, with the date."""
        with self._store.write(actor) as s:
            trajectory = self._trajectory(s, trajectory_id)
            previous = (
                s.execute(
                    sa.select(StageChange.to_stage)
                    .where(StageChange.trajectory_id == trajectory_id)
                    .order_by(StageChange.changed_on.desc(), StageChange.created_at.desc())
                    .limit(1)
                ).scalar()
                or trajectory.stage_at_start
            )
            s.add(
                StageChange(
                    trajectory_id=trajectory_id, from_stage=previous, to_stage=to_stage, changed_on=on or self.today()
                )
            )
            s.flush()
            audit.record(s, AuditAction.UPDATE, "trajectories", trajectory_id, person_id=trajectory.person_id)
            return Changes.from_entries(s.info["write"].entries)

    def set_status(
        self,
        actor: Actor,
        trajectory_id: uuid.UUID,
        status: TrajectoryStatus,
        *,
        reason: CloseReason | None = None,
        stage_at_end: Stage | None = None,
    ) -> Changes:
        """Pause, reopen or close a trajectory; closing needs a reason and cancels the
        steps still planned."""
        if status is TrajectoryStatus.CLOSED and reason is None:
            raise UserFacingError("trajectory.close_reason_required")
        with self._store.write(actor) as s:
            trajectory = self._trajectory(s, trajectory_id)
            trajectory.status = status
            if status is TrajectoryStatus.CLOSED:
                trajectory.close_reason = reason
                trajectory.closed_on = self.today()
                trajectory.stage_at_end = stage_at_end
                for step in s.execute(
                    sa.select(GuidanceStep).where(
                        GuidanceStep.trajectory_id == trajectory_id, GuidanceStep.status == StepStatus.PLANNED
                    )
                ).scalars():
                    step.status = StepStatus.CANCELLED
            else:
                trajectory.closed_on = None
                trajectory.close_reason = None
            s.flush()
            audit.record(s, AuditAction.UPDATE, "trajectories", trajectory_id, person_id=trajectory.person_id)
            return Changes.from_entries(s.info["write"].entries)

    # -- steps ------------------------------------------------------------------------------------
    def complete_step(
        self,
        actor: Actor,
        step_id: uuid.UUID,
        base_version: int,
        *,
        minutes: int | None = None,
        outcome: str = "",
        done_on: dt.date | None = None,
    ) -> Changes:
        if minutes is not None and minutes < 0:
            raise UserFacingError("step.minutes_negative")
        return self._update_step(
            actor,
            step_id,
            base_version,
            status=StepStatus.DONE,
            done_on=done_on or self.today(),
            minutes=minutes,
            outcome=outcome,
        )

    def reschedule_step(self, actor: Actor, step_id: uuid.UUID, base_version: int, due_on: dt.date) -> Changes:
        return self._update_step(actor, step_id, base_version, due_on=due_on)

    def reassign_step(
        self, actor: Actor, step_id: uuid.UUID, base_version: int, assignee_id: uuid.UUID | None
    ) -> Changes:
        return self._update_step(actor, step_id, base_version, assignee_id=assignee_id)

    def cancel_step(self, actor: Actor, step_id: uuid.UUID, base_version: int) -> Changes:
        return self._update_step(actor, step_id, base_version, status=StepStatus.CANCELLED)

    def _update_step(self, actor: Actor, step_id: uuid.UUID, base_version: int, **values: object) -> Changes:
        with self._store.write(actor) as s:
            step = s.get(GuidanceStep, step_id)
            if step is None or step.is_deleted:
                raise NotFound(entity="guidance_steps", id=str(step_id))
            if step.version != base_version:
                raise StaleEdit("guidance_steps", self._step_rows(s, [step.id])[0], values)
            for key, value in values.items():
                setattr(step, key, value)
            s.flush()
            person_id = s.execute(sa.select(Trajectory.person_id).where(Trajectory.id == step.trajectory_id)).scalar()
            audit.record(
                s, AuditAction.UPDATE, "guidance_steps", step.id, person_id=person_id, detail={"fields": sorted(values)}
            )
            return Changes.from_entries(s.info["write"].entries)

    # -- reading ------------------------------------------------------------------------------------
    def worklist(
        self,
        actor: Actor,
        scope: Scope = Scope.MINE,
        *,
        today: dt.date | None = None,
        worker_id: uuid.UUID | None = None,
    ) -> Worklist:
        """Planned steps due up to a week from today (and all overdue ones), grouped.

        ``Scope.MINE`` shows the steps assigned to ``worker_id`` (the actor by default);
        ``Scope.HUB`` every step of the actor's hub. Unassigned steps of the hub due
        in the same period (or without a date) are listed under their own heading.
        At most :data:`WORKLIST_LIMIT` steps are read per list, earliest first.
        """
        today = today or self.today()
        horizon = today + dt.timedelta(days=WEEK)
        who = worker_id or actor.worker_id
        with self._store.read() as s:
            base = (
                sa.select(GuidanceStep.id)
                .join(Trajectory, Trajectory.id == GuidanceStep.trajectory_id)
                .where(
                    GuidanceStep.hub_id == actor.hub_id,
                    GuidanceStep.status == StepStatus.PLANNED,
                    GuidanceStep.deleted_at.is_(None),
                    Trajectory.status == TrajectoryStatus.OPEN,
                )
            )
            due = base.where(GuidanceStep.due_on <= horizon)
            if scope is Scope.MINE:
                due = due.where(GuidanceStep.assignee_id == who)
            ids = list(s.execute(due.order_by(GuidanceStep.due_on)).scalars())
            unassigned_ids = list(
                s.execute(
                    base.where(GuidanceStep.assignee_id.is_(None)).order_by(GuidanceStep.due_on.nulls_last())
                ).scalars()
            )
            rows = {r.step_id: r for r in self._step_rows(s, ids + unassigned_ids)}
        planned = [rows[i] for i in ids if rows[i].assignee_id is not None]
        return Worklist(
            today=today,
            overdue=tuple(r for r in planned if r.due_on is not None and r.due_on < today),
            due_today=tuple(r for r in planned if r.due_on == today),
            this_week=tuple(r for r in planned if r.due_on is not None and today < r.due_on <= horizon),
            unassigned=tuple(rows[i] for i in unassigned_ids),
        )

    def trajectory_steps(self, trajectory_id: uuid.UUID) -> list[StepRow]:
        with self._store.read() as s:
            ids = list(
                s.execute(
                    sa.select(GuidanceStep.id)
                    .where(GuidanceStep.trajectory_id == trajectory_id)
                    .order_by(GuidanceStep.due_on.nulls_last())
                ).scalars()
            )
            by_id = {r.step_id: r for r in self._step_rows(s, ids)}
            return [by_id[i] for i in ids]

    @staticmethod
    def _step_rows(s: Session, ids: list[uuid.UUID]) -> list[StepRow]:
        if not ids:
            return []
        assignee = sa.orm.aliased(Worker)
        rows = s.execute(
            sa.select(
                GuidanceStep, Trajectory.person_id, Person.given_name, Person.infix, Person.family_name, assignee.name
            )
            .join(Trajectory, Trajectory.id == GuidanceStep.trajectory_id)
            .join(Person, Person.id == Trajectory.person_id)
            .outerjoin(assignee, assignee.id == GuidanceStep.assignee_id)
            .where(GuidanceStep.id.in_(ids))
        ).all()
        return [
            StepRow(
                step_id=step.id,
                version=step.version,
                trajectory_id=step.trajectory_id,
                person_id=person_id,
                person_name=" ".join(p for p in (given, infix, family) if p),
                step_type=step.step_type,
                status=step.status,
                due_on=step.due_on,
                done_on=step.done_on,
                assignee_id=step.assignee_id,
                assignee_name=name or "",
            )
            for step, person_id, given, infix, family, name in rows
        ]

    @staticmethod
    def _trajectory(s: Session, trajectory_id: uuid.UUID) -> Trajectory:
        trajectory = s.get(Trajectory, trajectory_id)
        if trajectory is None or trajectory.is_deleted:
            raise NotFound(entity="trajectories", id=str(trajectory_id))
        return trajectory

    @staticmethod
    def _check_step_types(s: Session, codes: list[str]) -> None:
        known = set(s.execute(sa.select(StepType.code).where(StepType.active)).scalars())
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise UserFacingError("step.type_unknown", type=unknown[0])
