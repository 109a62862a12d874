"""First-run set-up of a database: this node's hub, its first worker, reference data."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import Role, Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.models.guidance import Route, RouteStep, StepType
from hubdesk.models.org import Hub, Node, NodeState, Worker
from hubdesk.models.reference import reference
from hubdesk.models.referrals import Partner
from hubdesk.services.auth import check_password_rules, default_hasher
from hubdesk.services.store import Actor, Store


def seed_reference(session: Session) -> None:
    """Add the shipped step types, routes and partners that the database does not have yet."""
    ref = reference()
    have_types = set(session.execute(sa.select(StepType.code)).scalars())
    for order, st in enumerate(ref.step_types):
        if st.code not in have_types:
            session.add(StepType(code=st.code, name_nl=st.name_nl, name_en=st.name_en, sort_order=order * 10))
    have_routes = set(session.execute(sa.select(Route.code)).scalars())
    for r in ref.routes:
        if r.code in have_routes:
            continue
        route = Route(code=r.code, name_nl=r.name_nl, name_en=r.name_en)
        session.add(route)
        session.flush()
        for position, (step_type, days) in enumerate(r.steps):
            session.add(RouteStep(route_id=route.id, position=position, step_type=step_type, offset_days=days))
    have_partners = set(session.execute(sa.select(Partner.code)).scalars())
    for p in ref.partners:
        if p.code not in have_partners:
            session.add(
                Partner(
                    code=p.code,
                    name=p.name,
                    type=p.type,
                    offers=p.offers,
                    refer_when=p.refer_when,
                    email=p.email,
                    phone=p.phone,
                    website=p.website,
                    referral_fields=list(p.referral_fields),
                )
            )


def local_hub_id(store: Store) -> uuid.UUID | None:
    with store.read() as s:
        state = s.get(NodeState, 1)
        return state.hub_id if state else None


def initialize(
    store: Store,
    *,
    hub_name: str,
    stadsdeel: Stadsdeel,
    worker_name: str,
    username: str,
    role: Role = Role.ADMIN,
    node_name: str = "desk",
    password: str | None = None,
) -> Actor:
    """Make this installation a node of a new hub with one worker; seed reference data.

    ``password`` is the first worker's (it must pass the password rules of
    :mod:`hubdesk.services.auth`); without one the worker cannot log in until an
    admin gives them one (tests, and databases set up before there were logins).
    Raises ``UserFacingError("setup.already_done")`` when the node already has a hub.
    """
    password_hash = None
    if password is not None:
        check_password_rules(password, username)
        password_hash = default_hasher().hash(password)
    with store.write(None) as s:
        state = s.get(NodeState, 1)
        assert state is not None
        if state.hub_id is not None:
            raise UserFacingError("setup.already_done")
        hub = Hub(name=hub_name, stadsdeel=stadsdeel)
        s.add(hub)
        s.flush()
        s.add(Node(id=store.node_id, hub_id=hub.id, name=node_name))
        worker = Worker(hub_id=hub.id, name=worker_name, username=username, role=role, password_hash=password_hash)
        s.add(worker)
        seed_reference(s)
        state.hub_id = hub.id
        s.flush()
        return Actor(worker_id=worker.id, hub_id=hub.id)


def actor_for(store: Store, username: str | None = None) -> Actor:
    """The actor for a worker of this node's hub (the first active one if no name is given)."""
    with store.read() as s:
        state = s.get(NodeState, 1)
        if state is None or state.hub_id is None:
            raise UserFacingError("setup.needed")
        query = sa.select(Worker).where(Worker.hub_id == state.hub_id, Worker.active, Worker.deleted_at.is_(None))
        if username:
            query = query.where(Worker.username == username)
        worker = s.execute(query.order_by(Worker.created_at).limit(1)).scalar()
        if worker is None:
            raise UserFacingError("worker.unknown", username=username or "")
        return Actor(worker_id=worker.id, hub_id=state.hub_id)
