"""Guidance: trajectories, their steps and the worklist (the catalog of step types
and routes is :mod:`hubdesk.services.catalog`).

Every method is one transaction (change log and audit log included). Dates that
depend on "today" take it from the store's clock, so tests inject it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import AuditAction, CloseReason, Stage, StepStatus, TrajectoryStatus
from hubdesk.models.errors import NotFound, StaleEdit, UserFacingError
from hubdesk.models.guidance import GuidanceStep, Route, StageChange, StepType, Trajectory
from hubdesk.models.org import Worker
from hubdesk.models.people import Person
from hubdesk.services import audit
from hubdesk.services.catalog import CatalogService, RouteInfo, StepTypeInfo, check_step_types, route_steps
from hubdesk.services.readmodels import Changes, TimelineItem
from hubdesk.services.store import Actor, Store

WEEK = 7
WORKLIST_LIMIT = 200  # per heading: a worklist is read by a person, not scrolled for ever


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
    # Filled by :meth:`GuidanceService.trajectories_of` (the worklist does not read them).
    minutes: int | None = None
    outcome: str = ""
    notes: str = ""

    def is_overdue(self, today: dt.date) -> bool:
        """Still planned, and due before ``today``."""
        return self.status is StepStatus.PLANNED and self.due_on is not None and self.due_on < today


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

    @property
    def overdue_capped(self) -> bool:
        """More steps are overdue than the list holds (:data:`WORKLIST_LIMIT`): show "200+".
        Counting them all costs a join per step (100 ms for a large hub), for a number
        nobody works through anyway."""
        return len(self.overdue) >= WORKLIST_LIMIT


@dataclass(frozen=True, slots=True)
class GuidanceCatalog:
    """What the desk chooses from when planning: step types, routes and the hub's workers.

    ``routes`` holds the active routes only; ``step_types`` every type (inactive ones
    still name the steps planned with them).
    """

    step_types: tuple[StepTypeInfo, ...]
    routes: tuple[RouteInfo, ...]
    workers: tuple[tuple[uuid.UUID, str], ...]

    def step_type_names(self) -> dict[str, tuple[str, str]]:
        return {t.code: (t.name_nl, t.name_en) for t in self.step_types}


@dataclass(frozen=True, slots=True)
class StageChangeView:
    from_stage: Stage | None
    to_stage: Stage
    changed_on: dt.date


@dataclass(frozen=True, slots=True)
class TrajectoryView:
    """A trajectory as the entrepreneur's file shows it, with its steps (earliest due first)."""

    id: uuid.UUID
    version: int
    status: TrajectoryStatus
    opened_on: dt.date
    closed_on: dt.date | None
    close_reason: CloseReason | None
    stage_at_start: Stage | None
    stage: Stage | None
    """The current stage: the last stage change, or the stage at the start."""
    stage_at_end: Stage | None
    lead_worker_id: uuid.UUID | None
    lead_worker_name: str
    route_id: uuid.UUID | None
    route_code: str
    route_name_nl: str
    route_name_en: str
    stage_changes: tuple[StageChangeView, ...]
    steps: tuple[StepRow, ...]

    @property
    def closed(self) -> bool:
        return self.status is TrajectoryStatus.CLOSED

    def overdue_steps(self, today: dt.date) -> tuple[StepRow, ...]:
        return tuple(s for s in self.steps if s.is_overdue(today))


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
                steps = route_steps(s, route_id)
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
            check_step_types(s, [step_type])
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
        """Planned steps due up to a week from today (and overdue ones), grouped.

        ``Scope.MINE`` shows the steps assigned to ``worker_id`` (the actor by default);
        ``Scope.HUB`` every assigned step of the actor's hub. Unassigned steps of the hub due
        in the same period (or without a date) are listed under their own heading.
        At most :data:`WORKLIST_LIMIT` steps are read per heading (overdue; today and
        this week; unassigned), earliest first, each in one statement.
        """
        today = today or self.today()
        horizon = today + dt.timedelta(days=WEEK)
        who = worker_id or actor.worker_id
        base = self._step_select().where(
            GuidanceStep.hub_id == actor.hub_id,
            GuidanceStep.status == StepStatus.PLANNED,
            GuidanceStep.deleted_at.is_(None),
            Trajectory.status == TrajectoryStatus.OPEN,
        )
        assigned = base.where(
            GuidanceStep.assignee_id == who if scope is Scope.MINE else GuidanceStep.assignee_id.is_not(None)
        )
        unassigned = base.where(
            GuidanceStep.assignee_id.is_(None),
            sa.or_(GuidanceStep.due_on <= horizon, GuidanceStep.due_on.is_(None)),
        )
        with self._store.read() as s:
            overdue = self._read_steps(s, assigned.where(GuidanceStep.due_on < today).order_by(GuidanceStep.due_on))
            current = self._read_steps(
                s, assigned.where(GuidanceStep.due_on.between(today, horizon)).order_by(GuidanceStep.due_on)
            )
            nobody = self._read_steps(s, unassigned.order_by(GuidanceStep.due_on.nulls_last()))
        return Worklist(
            today=today,
            overdue=tuple(overdue),
            due_today=tuple(r for r in current if r.due_on == today),
            this_week=tuple(r for r in current if r.due_on != today),
            unassigned=tuple(nobody),
        )

    def trajectory_steps(self, trajectory_id: uuid.UUID) -> list[StepRow]:
        with self._store.read() as s:
            query = (
                self._step_select()
                .where(GuidanceStep.trajectory_id == trajectory_id)
                .order_by(GuidanceStep.due_on.nulls_last())
            )
            return [self._step_row(r) for r in s.execute(query)]

    # -- a person's trajectories (the file) ------------------------------------------------------------
    def trajectories_of(self, person_id: uuid.UUID) -> list[TrajectoryView]:
        """The person's trajectories, open and paused ones first, then newest first; each
        with its stage changes (oldest first) and its steps (earliest due first, with
        minutes, outcome and notes). One read transaction; nothing is audited (the file
        that shows them is)."""
        with self._store.read() as s:
            lead = sa.orm.aliased(Worker)
            rows = s.execute(
                sa.select(Trajectory, lead.name, Route.code, Route.name_nl, Route.name_en)
                .outerjoin(lead, lead.id == Trajectory.lead_worker_id)
                .outerjoin(Route, Route.id == Trajectory.route_id)
                .where(Trajectory.person_id == person_id, Trajectory.deleted_at.is_(None))
            ).all()
            ids = [t.id for t, *_ in rows]
            if not ids:
                return []
            changes: dict[uuid.UUID, list[StageChangeView]] = {i: [] for i in ids}
            for c in s.execute(
                sa.select(StageChange)
                .where(StageChange.trajectory_id.in_(ids), StageChange.deleted_at.is_(None))
                .order_by(StageChange.changed_on, StageChange.created_at)
            ).scalars():
                changes[c.trajectory_id].append(StageChangeView(c.from_stage, c.to_stage, c.changed_on))
            person = s.get(Person, person_id)
            person_name = person.display_name if person is not None else ""
            assignee = sa.orm.aliased(Worker)
            steps: dict[uuid.UUID, list[StepRow]] = {i: [] for i in ids}
            for step, name in s.execute(
                sa.select(GuidanceStep, assignee.name)
                .outerjoin(assignee, assignee.id == GuidanceStep.assignee_id)
                .where(GuidanceStep.trajectory_id.in_(ids), GuidanceStep.deleted_at.is_(None))
                .order_by(GuidanceStep.due_on.nulls_last(), GuidanceStep.created_at)
            ):
                steps[step.trajectory_id].append(
                    StepRow(
                        step_id=step.id,
                        version=step.version,
                        trajectory_id=step.trajectory_id,
                        person_id=person_id,
                        person_name=person_name,
                        step_type=step.step_type,
                        status=step.status,
                        due_on=step.due_on,
                        done_on=step.done_on,
                        assignee_id=step.assignee_id,
                        assignee_name=name or "",
                        minutes=step.minutes,
                        outcome=step.outcome,
                        notes=step.notes,
                    )
                )
        result = [
            TrajectoryView(
                id=t.id,
                version=t.version,
                status=t.status,
                opened_on=t.opened_on,
                closed_on=t.closed_on,
                close_reason=t.close_reason,
                stage_at_start=t.stage_at_start,
                stage=changes[t.id][-1].to_stage if changes[t.id] else t.stage_at_start,
                stage_at_end=t.stage_at_end,
                lead_worker_id=t.lead_worker_id,
                lead_worker_name=lead_name or "",
                route_id=t.route_id,
                route_code=code or "",
                route_name_nl=name_nl or "",
                route_name_en=name_en or "",
                stage_changes=tuple(changes[t.id]),
                steps=tuple(steps[t.id]),
            )
            for t, lead_name, code, name_nl, name_en in rows
        ]
        result.sort(key=lambda v: (v.closed, -v.opened_on.toordinal()))
        return result

    def catalog(self, actor: Actor) -> GuidanceCatalog:
        """What the desk plans with: step types (all, in catalog order), active routes and
        the actor's hub workers."""
        catalog = CatalogService(self._store)
        return GuidanceCatalog(
            step_types=tuple(catalog.step_types()),
            routes=tuple(catalog.routes()),
            workers=tuple(self.hub_workers(actor)),
        )

    @staticmethod
    def _step_select() -> sa.Select[*tuple[Any, ...]]:
        """The columns of a :class:`StepRow`, without ORM entities (lists read hundreds of rows)."""
        assignee = sa.orm.aliased(Worker)
        return (
            sa.select(
                GuidanceStep.id,
                GuidanceStep.version,
                GuidanceStep.trajectory_id,
                Trajectory.person_id,
                Person.given_name,
                Person.infix,
                Person.family_name,
                GuidanceStep.step_type,
                GuidanceStep.status,
                GuidanceStep.due_on,
                GuidanceStep.done_on,
                GuidanceStep.assignee_id,
                assignee.name,
            )
            .join(Trajectory, Trajectory.id == GuidanceStep.trajectory_id)
            .join(Person, Person.id == Trajectory.person_id)
            .outerjoin(assignee, assignee.id == GuidanceStep.assignee_id)
        )

    @staticmethod
    def _step_row(row: Sequence[Any]) -> StepRow:
        step_id, version, trajectory_id, person_id, given, infix, family, step_type, status, due, done, who, name = row
        return StepRow(
            step_id=step_id,
            version=version,
            trajectory_id=trajectory_id,
            person_id=person_id,
            person_name=" ".join(p for p in (given, infix, family) if p),
            step_type=step_type,
            status=status,
            due_on=due,
            done_on=done,
            assignee_id=who,
            assignee_name=name or "",
        )

    @classmethod
    def _read_steps(cls, s: Session, query: sa.Select[*tuple[Any, ...]]) -> list[StepRow]:
        return [cls._step_row(r) for r in s.execute(query.limit(WORKLIST_LIMIT))]

    @classmethod
    def _step_rows(cls, s: Session, ids: list[uuid.UUID]) -> list[StepRow]:
        if not ids:
            return []
        return [cls._step_row(r) for r in s.execute(cls._step_select().where(GuidanceStep.id.in_(ids)))]

    @staticmethod
    def _trajectory(s: Session, trajectory_id: uuid.UUID) -> Trajectory:
        trajectory = s.get(Trajectory, trajectory_id)
        if trajectory is None or trajectory.is_deleted:
            raise NotFound(entity="trajectories", id=str(trajectory_id))
        return trajectory


def _moment(day: dt.date, recorded: dt.datetime) -> dt.datetime:
    """When an event of ``day`` goes in the timeline: the moment it was recorded if that
    was the same (local) day, else noon of that day."""
    if recorded.astimezone().date() == day:
        return recorded
    return dt.datetime.combine(day, dt.time(12)).astimezone(dt.UTC)


def guidance_timeline(s: Session, person_id: uuid.UUID, workers: dict[uuid.UUID, str]) -> list[TimelineItem]:
    """The file's timeline entries of the person's trajectories: opened, stage changes,
    steps done and closed (in the caller's transaction; ``workers`` maps ids to names).
    "By" is the lead worker for opening and closing, and the assignee for a step."""
    trajectories = s.execute(
        sa.select(Trajectory, Route.name_nl, Route.name_en)
        .outerjoin(Route, Route.id == Trajectory.route_id)
        .where(Trajectory.person_id == person_id, Trajectory.deleted_at.is_(None))
    ).all()
    if not trajectories:
        return []
    by_id = {t.id: t for t, _, _ in trajectories}
    items: list[TimelineItem] = []
    for t, name_nl, name_en in trajectories:
        lead = workers.get(t.lead_worker_id) if t.lead_worker_id else None
        items.append(
            TimelineItem(
                "trajectory_opened",
                t.id,
                _moment(t.opened_on, t.created_at),
                lead,
                day=t.opened_on,
                stage=t.stage_at_start,
                names=(name_nl, name_en) if name_nl is not None and name_en is not None else None,
            )
        )
        if t.status is TrajectoryStatus.CLOSED:
            closed_on = t.closed_on or t.updated_at.astimezone().date()
            items.append(
                TimelineItem(
                    "trajectory_closed",
                    t.id,
                    _moment(closed_on, t.updated_at),
                    lead,
                    day=closed_on,
                    stage=t.stage_at_end,
                    close_reason=t.close_reason,
                )
            )
    for c in s.execute(
        sa.select(StageChange).where(StageChange.trajectory_id.in_(list(by_id)), StageChange.deleted_at.is_(None))
    ).scalars():
        items.append(
            TimelineItem(
                "stage_changed",
                c.id,
                _moment(c.changed_on, c.created_at),
                None,
                day=c.changed_on,
                stage=c.to_stage,
                previous_stage=c.from_stage,
            )
        )
    names = {c: (nl, en) for c, nl, en in s.execute(sa.select(StepType.code, StepType.name_nl, StepType.name_en))}
    for step in s.execute(
        sa.select(GuidanceStep).where(
            GuidanceStep.trajectory_id.in_(list(by_id)),
            GuidanceStep.status == StepStatus.DONE,
            GuidanceStep.deleted_at.is_(None),
        )
    ).scalars():
        done_on = step.done_on or step.updated_at.astimezone().date()
        items.append(
            TimelineItem(
                "step_done",
                step.id,
                _moment(done_on, step.updated_at),
                workers.get(step.assignee_id) if step.assignee_id else None,
                text=step.outcome,
                day=done_on,
                names=names.get(step.step_type, (step.step_type, step.step_type)),
                minutes=step.minutes,
            )
        )
    # The file sorts newest first and keeps this order among equal moments: later in a
    # trajectory's life first (a step done on the day it started shows above the start).
    items.sort(key=lambda item: TIMELINE_ORDER.index(item.kind))
    return items


TIMELINE_ORDER = ("trajectory_closed", "step_done", "stage_changed", "trajectory_opened")
