"""Guidance: trajectories, their steps, routes that plan them, and the worklist.

Every method is one transaction (change log and audit log included). Dates that
depend on "today" take it from the store's clock, so tests inject it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import AuditAction, CloseReason, Stage, StepStatus, TrajectoryStatus
from hubdesk.models.errors import NotFound, StaleEdit, UserFacingError
from hubdesk.models.guidance import GuidanceStep, Route, RouteStep, StageChange, StepType, Trajectory
from hubdesk.models.org import Worker
from hubdesk.models.people import Person
from hubdesk.services import audit
from hubdesk.services.readmodels import Changes, TimelineItem
from hubdesk.services.roles import COORDINATORS, role_of
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
class RouteInfo:
    id: uuid.UUID
    code: str
    name_nl: str
    name_en: str
    steps: tuple[tuple[str, int], ...]
    active: bool = True


@dataclass(frozen=True, slots=True)
class StepTypeInfo:
    """One kind of guidance step in the catalog."""

    code: str
    name_nl: str
    name_en: str
    active: bool
    sort_order: int


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


CATALOG_EDITORS = COORDINATORS
CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{1,39}")
NAME_MAX = 80
ROUTE_NAME_MAX = 120


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
            self._require_catalog_editor(s, actor)
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

    # -- the catalog: step types and routes ----------------------------------------------------------
    def catalog(self, actor: Actor) -> GuidanceCatalog:
        """Step types (all, in catalog order), active routes and the actor's hub workers."""
        with self._store.read() as s:
            types = self._step_types(s)
        return GuidanceCatalog(
            step_types=tuple(types), routes=tuple(self.routes()), workers=tuple(self.hub_workers(actor))
        )

    def step_types(self) -> list[StepTypeInfo]:
        """Every step type in catalog order, inactive ones included."""
        with self._store.read() as s:
            return self._step_types(s)

    def route_catalog(self) -> list[RouteInfo]:
        """Every route with its steps, inactive ones included (for the coordinator's editor)."""
        with self._store.read() as s:
            routes = s.execute(sa.select(Route).where(Route.deleted_at.is_(None)).order_by(Route.code)).scalars().all()
            steps: dict[uuid.UUID, list[tuple[str, int]]] = {r.id: [] for r in routes}
            for route_id, step_type, days in s.execute(
                sa.select(RouteStep.route_id, RouteStep.step_type, RouteStep.offset_days)
                .where(RouteStep.deleted_at.is_(None))
                .order_by(RouteStep.route_id, RouteStep.position)
            ):
                if route_id in steps:
                    steps[route_id].append((step_type, days))
            return [RouteInfo(r.id, r.code, r.name_nl, r.name_en, tuple(steps[r.id]), r.active) for r in routes]

    def can_edit_catalog(self, actor: Actor) -> bool:
        """Whether the actor may edit routes and step types (a coordinator or an admin)."""
        with self._store.read() as s:
            return role_of(s, actor) in CATALOG_EDITORS

    def add_step_type(self, actor: Actor, name_nl: str, name_en: str, code: str | None = None) -> tuple[str, Changes]:
        """Add a kind of step to the catalog (coordinators only). Without a ``code`` one
        is made from the English name. Returns the code.

        Raises ``catalog.coordinator_only``, ``catalog.name_required``,
        ``catalog.name_too_long``, ``catalog.code_invalid`` or ``catalog.code_taken``.
        """
        name_nl, name_en = _names(name_nl, name_en, NAME_MAX)
        with self._store.write(actor) as s:
            self._require_catalog_editor(s, actor)
            taken = set(s.execute(sa.select(StepType.code)).scalars())
            code = _new_code(code, name_en or name_nl, taken, "step")
            last = s.execute(sa.select(sa.func.max(StepType.sort_order))).scalar() or 0
            step_type = StepType(code=code, name_nl=name_nl, name_en=name_en, sort_order=last + 10)
            s.add(step_type)
            s.flush()
            audit.record(s, AuditAction.CREATE, "step_types", step_type.id, detail={"code": code})
            return code, Changes.from_entries(s.info["write"].entries)

    def rename_step_type(self, actor: Actor, code: str, name_nl: str, name_en: str) -> Changes:
        """Give a kind of step other names (coordinators only); steps keep their type."""
        name_nl, name_en = _names(name_nl, name_en, NAME_MAX)
        with self._store.write(actor) as s:
            self._require_catalog_editor(s, actor)
            step_type = self._step_type(s, code)
            step_type.name_nl, step_type.name_en = name_nl, name_en
            s.flush()
            audit.record(s, AuditAction.UPDATE, "step_types", step_type.id, detail={"fields": ["name_en", "name_nl"]})
            return Changes.from_entries(s.info["write"].entries)

    def set_step_type_active(self, actor: Actor, code: str, active: bool) -> Changes:
        """Deactivate a kind of step (no new steps of it) or activate it again
        (coordinators only). Steps already planned keep it. A type still in an active
        route is refused (``catalog.step_type_in_use``): take it out of the route first."""
        with self._store.write(actor) as s:
            self._require_catalog_editor(s, actor)
            step_type = self._step_type(s, code)
            if not active:
                in_use = s.execute(
                    sa.select(sa.func.count(sa.distinct(RouteStep.route_id)))
                    .join(Route, Route.id == RouteStep.route_id)
                    .where(
                        RouteStep.step_type == code,
                        RouteStep.deleted_at.is_(None),
                        Route.active,
                        Route.deleted_at.is_(None),
                    )
                ).scalar_one()
                if in_use:
                    raise UserFacingError("catalog.step_type_in_use", count=in_use)
            step_type.active = active
            s.flush()
            audit.record(s, AuditAction.UPDATE, "step_types", step_type.id, detail={"fields": ["active"]})
            return Changes.from_entries(s.info["write"].entries)

    def create_route(
        self,
        actor: Actor,
        name_nl: str,
        name_en: str,
        *,
        code: str | None = None,
        steps: Sequence[tuple[str, int]] = (),
    ) -> tuple[uuid.UUID, Changes]:
        """A new route (coordinators only); without a ``code`` one is made from the English name."""
        name_nl, name_en = _names(name_nl, name_en, ROUTE_NAME_MAX)
        with self._store.write(actor) as s:
            self._require_catalog_editor(s, actor)
            taken = set(s.execute(sa.select(Route.code)).scalars())
            code = _new_code(code, name_en or name_nl, taken, "route")
            route = Route(code=code, name_nl=name_nl, name_en=name_en, active=True)
            s.add(route)
            s.flush()
            self._replace_route_steps(s, route.id, steps)
            audit.record(s, AuditAction.CREATE, "routes", route.id, detail={"code": code})
            return route.id, Changes.from_entries(s.info["write"].entries)

    def rename_route(self, actor: Actor, route_id: uuid.UUID, name_nl: str, name_en: str) -> Changes:
        """Give a route other names (coordinators only)."""
        return self.save_route(actor, route_id, name_nl=name_nl, name_en=name_en)

    def set_route_active(self, actor: Actor, route_id: uuid.UUID, active: bool) -> Changes:
        """Deactivate a route (it is no longer offered when starting a trajectory) or
        activate it again (coordinators only). Trajectories planned with it keep their steps."""
        with self._store.write(actor) as s:
            self._require_catalog_editor(s, actor)
            route = self._route(s, route_id)
            if active:
                self._check_step_types(s, [t for t, _ in self._route_steps(s, route_id)])
            route.active = active
            s.flush()
            audit.record(s, AuditAction.UPDATE, "routes", route_id, detail={"fields": ["active"]})
            return Changes.from_entries(s.info["write"].entries)

    def save_route(
        self,
        actor: Actor,
        route_id: uuid.UUID,
        *,
        name_nl: str | None = None,
        name_en: str | None = None,
        steps: Sequence[tuple[str, int]] | None = None,
    ) -> Changes:
        """The coordinator's edit of a route in one transaction: its names and/or its
        steps (``None`` leaves a part as it is; steps equal to the stored ones are not
        rewritten). Trajectories planned from the route keep the steps they were given."""
        with self._store.write(actor) as s:
            self._require_catalog_editor(s, actor)
            route = self._route(s, route_id)
            fields: list[str] = []
            if name_nl is not None or name_en is not None:
                nl, en = _names(
                    route.name_nl if name_nl is None else name_nl,
                    route.name_en if name_en is None else name_en,
                    ROUTE_NAME_MAX,
                )
                if (nl, en) != (route.name_nl, route.name_en):
                    route.name_nl, route.name_en = nl, en
                    fields += ["name_en", "name_nl"]
            if steps is not None and list(steps) != self._route_steps(s, route_id):
                self._replace_route_steps(s, route_id, steps)
                fields.append("steps")
            s.flush()
            if fields:
                audit.record(s, AuditAction.UPDATE, "routes", route_id, detail={"fields": fields})
            return Changes.from_entries(s.info["write"].entries)

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

    @staticmethod
    def _check_step_types(s: Session, codes: list[str]) -> None:
        known = set(s.execute(sa.select(StepType.code).where(StepType.active)).scalars())
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise UserFacingError("step.type_unknown", type=unknown[0])

    @classmethod
    def _require_catalog_editor(cls, s: Session, actor: Actor) -> None:
        """Routes and step types are the coordinators' (and admins'): refuse anyone else."""
        if role_of(s, actor) not in CATALOG_EDITORS:
            raise UserFacingError("catalog.coordinator_only")

    @staticmethod
    def _step_types(s: Session) -> list[StepTypeInfo]:
        return [
            StepTypeInfo(t.code, t.name_nl, t.name_en, t.active, t.sort_order)
            for t in s.execute(
                sa.select(StepType).where(StepType.deleted_at.is_(None)).order_by(StepType.sort_order, StepType.code)
            ).scalars()
        ]

    @staticmethod
    def _step_type(s: Session, code: str) -> StepType:
        step_type = s.execute(sa.select(StepType).where(StepType.code == code)).scalar()
        if step_type is None or step_type.is_deleted:
            raise UserFacingError("step.type_unknown", type=code)
        return step_type

    @staticmethod
    def _route(s: Session, route_id: uuid.UUID) -> Route:
        route = s.get(Route, route_id)
        if route is None or route.is_deleted:
            raise NotFound(entity="routes", id=str(route_id))
        return route

    @staticmethod
    def _route_steps(s: Session, route_id: uuid.UUID) -> list[tuple[str, int]]:
        return [
            (t, d)
            for t, d in s.execute(
                sa.select(RouteStep.step_type, RouteStep.offset_days)
                .where(RouteStep.route_id == route_id, RouteStep.deleted_at.is_(None))
                .order_by(RouteStep.position)
            )
        ]

    @classmethod
    def _replace_route_steps(cls, s: Session, route_id: uuid.UUID, steps: Sequence[tuple[str, int]]) -> None:
        """The route's steps become ``steps`` (the old rows are soft-deleted, as in
        :meth:`save_route_steps`); planned trajectories hold copies and do not change."""
        cls._check_step_types(s, [t for t, _ in steps])
        for _, days in steps:
            if days < 0:
                raise UserFacingError("route.negative_offset", days=days)
        now = s.info["write"].now
        for old in s.execute(
            sa.select(RouteStep).where(RouteStep.route_id == route_id, RouteStep.deleted_at.is_(None))
        ).scalars():
            old.deleted_at = now
        for position, (step_type, days) in enumerate(steps):
            s.add(RouteStep(route_id=route_id, position=position, step_type=step_type, offset_days=days))


def _names(name_nl: str, name_en: str, max_length: int) -> tuple[str, str]:
    """Both names, trimmed; raises ``catalog.name_required`` / ``catalog.name_too_long``."""
    nl, en = " ".join(name_nl.split()), " ".join(name_en.split())
    if not nl or not en:
        raise UserFacingError("catalog.name_required")
    if len(nl) > max_length or len(en) > max_length:
        raise UserFacingError("catalog.name_too_long", max_length=max_length)
    return nl, en


def _new_code(code: str | None, name: str, taken: set[str], fallback: str) -> str:
    """``code`` if it is well formed and free; without one, a free code made from ``name``
    ("Peer review" -> "peer_review", then "peer_review_2", ...)."""
    if code is not None:
        code = code.strip()
        if not CODE_PATTERN.fullmatch(code):
            raise UserFacingError("catalog.code_invalid", value=code)
        if code in taken:
            raise UserFacingError("catalog.code_taken", value=code)
        return code
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_name).strip("_")[:34]
    if not base or not base[0].isalpha():
        base = f"{fallback}_{base}".rstrip("_")[:34]
    candidate, n = base, 2
    while candidate in taken or not CODE_PATTERN.fullmatch(candidate):
        candidate, n = f"{base}_{n}", n + 1
    return candidate


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
