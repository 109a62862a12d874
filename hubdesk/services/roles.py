"""Who may do what: the acting worker's role, looked up in the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from sqlalchemy.orm import Session

from hubdesk.models.enums import Role
from hubdesk.models.errors import UserFacingError
from hubdesk.models.org import Worker
from hubdesk.services.store import Actor

COORDINATORS = frozenset({Role.COORDINATOR, Role.ADMIN})
"""Those who edit the programme's catalogues: routes, step types, partners."""


def role_of(s: Session, actor: Actor) -> Role | None:
    """The actor's role; None for no worker, or one who is deleted or inactive."""
    if actor.worker_id is None:
        return None
    worker = s.get(Worker, actor.worker_id)
    if worker is None or worker.is_deleted or not worker.active:
        return None
    return worker.role


class Permission(StrEnum):
    """What a role may see and do; :data:`PERMISSIONS` is the one table of who has which."""

    DESK_WORK = "desk_work"  # entrepreneurs, intakes, guidance, referrals, letters
    AUDIT_LOG = "audit_log"
    PARTNERS = "partners"  # add and change partners
    CATALOG = "catalog"  # routes and kinds of steps
    RETENTION = "retention"  # retention terms, confirming what is due
    DASHBOARD = "dashboard"
    MONITORING_EXPORT = "monitoring_export"
    WORKERS = "workers"  # accounts: add, roles, password resets, deactivation
    INSTALLATION = "installation"  # settings of this installation


_HUB_WORKER = frozenset({Permission.DESK_WORK})
_COORDINATOR = _HUB_WORKER | {
    Permission.AUDIT_LOG,
    Permission.PARTNERS,
    Permission.CATALOG,
    Permission.RETENTION,
    Permission.DASHBOARD,
    Permission.MONITORING_EXPORT,
}
_ADMIN = _COORDINATOR | {Permission.WORKERS, Permission.INSTALLATION}

PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    Role.HUB_WORKER: _HUB_WORKER,
    Role.COORDINATOR: _COORDINATOR,
    Role.ADMIN: _ADMIN,
}


def allowed(role: Role | None, permission: Permission) -> bool:
    """Whether ``role`` may do ``permission``; no role (no, or an inactive, worker) may do nothing."""
    return role is not None and permission in PERMISSIONS.get(role, frozenset())


def permissions_of(role: Role | None) -> frozenset[Permission]:
    return PERMISSIONS.get(role, frozenset()) if role is not None else frozenset()


def require(s: Session, actor: Actor, permission: Permission, code: str = "role.not_allowed") -> Role:
    """The actor's role, or ``UserFacingError(code)`` when it does not allow ``permission``."""
    role = role_of(s, actor)
    if role is None or not allowed(role, permission):
        raise UserFacingError(code)
    return role
