"""Who may do what: the acting worker's role, looked up in the caller's transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hubdesk.models.enums import Role
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
