"""The guidance catalog: the kinds of step and the routes that plan them, and the
coordinators' editing of both.

Every write is one transaction (change log and audit log included) and is refused to
anyone but a coordinator or an admin. Steps and trajectories already planned keep
what they were given: planning copies a route's steps, and a step keeps its kind.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import AuditAction
from hubdesk.models.errors import NotFound, UserFacingError
from hubdesk.models.guidance import Route, RouteStep, StepType
from hubdesk.services import audit
from hubdesk.services.readmodels import Changes
from hubdesk.services.roles import COORDINATORS, role_of
from hubdesk.services.store import Actor, Store

CATALOG_EDITORS = COORDINATORS
CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{1,39}")
NAME_MAX = 80
ROUTE_NAME_MAX = 120


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


class CatalogService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def step_type_names(self) -> dict[str, tuple[str, str]]:
        """Step type code -> (Dutch name, English name), from the catalog."""
        with self._store.read() as s:
            return {
                c: (nl, en) for c, nl, en in s.execute(sa.select(StepType.code, StepType.name_nl, StepType.name_en))
            }

    def step_types(self) -> list[StepTypeInfo]:
        """Every step type in catalog order, inactive ones included."""
        with self._store.read() as s:
            return read_step_types(s)

    def routes(self) -> list[RouteInfo]:
        """The active routes with their steps: what a trajectory can be planned with."""
        return [r for r in self.route_catalog() if r.active]

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
            _require_catalog_editor(s, actor)
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
            _require_catalog_editor(s, actor)
            step_type = _step_type(s, code)
            step_type.name_nl, step_type.name_en = name_nl, name_en
            s.flush()
            audit.record(s, AuditAction.UPDATE, "step_types", step_type.id, detail={"fields": ["name_en", "name_nl"]})
            return Changes.from_entries(s.info["write"].entries)

    def set_step_type_active(self, actor: Actor, code: str, active: bool) -> Changes:
        """Deactivate a kind of step (no new steps of it) or activate it again
        (coordinators only). Steps already planned keep it. A type still in an active
        route is refused (``catalog.step_type_in_use``): take it out of the route first."""
        with self._store.write(actor) as s:
            _require_catalog_editor(s, actor)
            step_type = _step_type(s, code)
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
            _require_catalog_editor(s, actor)
            taken = set(s.execute(sa.select(Route.code)).scalars())
            code = _new_code(code, name_en or name_nl, taken, "route")
            route = Route(code=code, name_nl=name_nl, name_en=name_en, active=True)
            s.add(route)
            s.flush()
            _replace_route_steps(s, route.id, steps)
            audit.record(s, AuditAction.CREATE, "routes", route.id, detail={"code": code})
            return route.id, Changes.from_entries(s.info["write"].entries)

    def rename_route(self, actor: Actor, route_id: uuid.UUID, name_nl: str, name_en: str) -> Changes:
        """Give a route other names (coordinators only)."""
        return self.save_route(actor, route_id, name_nl=name_nl, name_en=name_en)

    def set_route_active(self, actor: Actor, route_id: uuid.UUID, active: bool) -> Changes:
        """Deactivate a route (it is no longer offered when starting a trajectory) or
        activate it again (coordinators only). Trajectories planned with it keep their steps."""
        with self._store.write(actor) as s:
            _require_catalog_editor(s, actor)
            route = _route(s, route_id)
            if active:
                check_step_types(s, [t for t, _ in route_steps(s, route_id)])
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
            _require_catalog_editor(s, actor)
            route = _route(s, route_id)
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
            if steps is not None and list(steps) != route_steps(s, route_id):
                _replace_route_steps(s, route_id, steps)
                fields.append("steps")
            s.flush()
            if fields:
                audit.record(s, AuditAction.UPDATE, "routes", route_id, detail={"fields": fields})
            return Changes.from_entries(s.info["write"].entries)


def read_step_types(s: Session) -> list[StepTypeInfo]:
    """Every kind of step in catalog order, inactive ones included."""
    return [
        StepTypeInfo(t.code, t.name_nl, t.name_en, t.active, t.sort_order)
        for t in s.execute(
            sa.select(StepType).where(StepType.deleted_at.is_(None)).order_by(StepType.sort_order, StepType.code)
        ).scalars()
    ]


def route_steps(s: Session, route_id: uuid.UUID) -> list[tuple[str, int]]:
    """A route's steps in order: (kind of step, days after the start)."""
    return [
        (t, d)
        for t, d in s.execute(
            sa.select(RouteStep.step_type, RouteStep.offset_days)
            .where(RouteStep.route_id == route_id, RouteStep.deleted_at.is_(None))
            .order_by(RouteStep.position)
        )
    ]


def check_step_types(s: Session, codes: list[str]) -> None:
    """Refuse a kind of step that is unknown or no longer active (``step.type_unknown``)."""
    known = set(s.execute(sa.select(StepType.code).where(StepType.active)).scalars())
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise UserFacingError("step.type_unknown", type=unknown[0])


def _replace_route_steps(s: Session, route_id: uuid.UUID, steps: Sequence[tuple[str, int]]) -> None:
    """The route's steps become ``steps`` (the old rows are soft-deleted); planned
    trajectories hold copies and do not change."""
    check_step_types(s, [t for t, _ in steps])
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


def _require_catalog_editor(s: Session, actor: Actor) -> None:
    """Routes and step types are the coordinators' (and admins'): refuse anyone else."""
    if role_of(s, actor) not in CATALOG_EDITORS:
        raise UserFacingError("catalog.coordinator_only")


def _step_type(s: Session, code: str) -> StepType:
    step_type = s.execute(sa.select(StepType).where(StepType.code == code)).scalar()
    if step_type is None or step_type.is_deleted:
        raise UserFacingError("step.type_unknown", type=code)
    return step_type


def _route(s: Session, route_id: uuid.UUID) -> Route:
    route = s.get(Route, route_id)
    if route is None or route.is_deleted:
        raise NotFound(entity="routes", id=str(route_id))
    return route


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
