"""Setting an installation up as a node of a programme (``hubdesk node init``).

Records that several nodes create independently get ids derived from the programme
and their natural key (UUID version 5), so that two desks of one hub that are set up
apart still mean the same hub, the same step types, routes and partners, and the
same first worker: their creations merge instead of colliding on a unique code.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import Role, Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.models.guidance import Route, RouteStep, StepType
from hubdesk.models.org import Hub, Node, NodeState, Worker
from hubdesk.models.reference import reference
from hubdesk.models.referrals import Partner
from hubdesk.models.sync import SyncNode
from hubdesk.services.store import Store
from hubdesk.sync.keys import ProgrammeKey, install_key

_STADSDEEL_WORDS = {
    "centrum": Stadsdeel.CENTRUM,
    "noord": Stadsdeel.NOORD,
    "oost": Stadsdeel.OOST,
    "zuidwest": Stadsdeel.ZUID_WEST,
    "schalkwijk": Stadsdeel.SCHALKWIJK,
}


@dataclass(frozen=True, slots=True)
class NodeIdentity:
    """Who this installation is in the exchange."""

    node_id: uuid.UUID
    hub_id: uuid.UUID | None
    programme_id: str | None
    sandbox: bool


@dataclass(frozen=True, slots=True)
class NodeSetup:
    node_id: uuid.UUID
    hub_id: uuid.UUID
    programme_id: str
    worker_id: uuid.UUID | None
    key_path: Path
    already: bool


def identity(session: Session) -> NodeIdentity:
    state = session.get(NodeState, 1)
    if state is None:
        raise UserFacingError("setup.needed")
    sync = session.get(SyncNode, 1)
    return NodeIdentity(
        node_id=state.node_id,
        hub_id=state.hub_id,
        programme_id=sync.programme_id if sync else None,
        sandbox=state.sandbox,
    )


def programme_namespace(programme_id: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"https://hubdesk.haarlem.example/programme/{programme_id}")


def natural_id(programme_id: str, entity: str, key: str) -> uuid.UUID:
    """The id of a record that every node of the programme names the same way."""
    return uuid.uuid5(programme_namespace(programme_id), f"{entity}/{key}")


def _hub_key(name: str) -> str:
    return " ".join(name.casefold().split())


def stadsdeel_in(name: str) -> Stadsdeel | None:
    words = re.sub(r"[^a-z]", "", name.casefold())
    for word, stadsdeel in _STADSDEEL_WORDS.items():
        if word in words:
            return stadsdeel
    return None


def seed_reference_for(session: Session, programme_id: str) -> None:
    """Add the shipped step types, routes and partners that are missing, with programme-wide ids
    (the same records as :func:`hubdesk.services.setup.seed_reference` adds)."""
    ref = reference()
    have_types = set(session.execute(sa.select(StepType.code)).scalars())
    for order, st in enumerate(ref.step_types):
        if st.code not in have_types:
            session.add(
                StepType(
                    id=natural_id(programme_id, "step_types", st.code),
                    code=st.code,
                    name_nl=st.name_nl,
                    name_en=st.name_en,
                    sort_order=order * 10,
                )
            )
    have_routes = set(session.execute(sa.select(Route.code)).scalars())
    for r in ref.routes:
        if r.code in have_routes:
            continue
        route_id = natural_id(programme_id, "routes", r.code)
        session.add(Route(id=route_id, code=r.code, name_nl=r.name_nl, name_en=r.name_en))
        session.flush()
        for position, (step_type, days) in enumerate(r.steps):
            session.add(
                RouteStep(
                    id=natural_id(programme_id, "route_steps", f"{r.code}/{position}"),
                    route_id=route_id,
                    position=position,
                    step_type=step_type,
                    offset_days=days,
                )
            )
    have_partners = set(session.execute(sa.select(Partner.code)).scalars())
    for p in ref.partners:
        if p.code not in have_partners:
            session.add(
                Partner(
                    id=natural_id(programme_id, "partners", p.code),
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


def init_node(
    store: Store,
    key: ProgrammeKey,
    *,
    hub_name: str,
    node_name: str,
    stadsdeel: Stadsdeel | None = None,
    worker_name: str | None = None,
    username: str | None = None,
) -> NodeSetup:
    """Make this installation a node of ``hub_name`` in the key's programme.

    Idempotent for the same programme and hub (it then only installs the key again).
    Raises ``UserFacingError``: ``sync.sandbox`` for a demo database,
    ``node.already_set_up`` when it belongs to another hub or programme,
    ``node.stadsdeel_needed`` when the hub is new and its name names no stadsdeel.
    """
    hub_name = hub_name.strip()
    node_name = node_name.strip()
    if not hub_name or not node_name:
        raise UserFacingError("node.name_required")
    programme_id = key.programme_id
    hub_id = natural_id(programme_id, "hubs", _hub_key(hub_name))
    worker_id: uuid.UUID | None = None
    with store.write(None) as s:
        me = identity(s)
        if me.sandbox:
            raise UserFacingError("sync.sandbox")
        if me.hub_id is not None:
            if me.programme_id != programme_id or me.hub_id != hub_id:
                raise UserFacingError("node.already_set_up", hub=hub_name)
            already = True
        else:
            already = False
            hub = s.get(Hub, hub_id)
            if hub is None:
                chosen = stadsdeel or stadsdeel_in(hub_name)
                if chosen is None:
                    raise UserFacingError("node.stadsdeel_needed", hub=hub_name)
                s.add(Hub(id=hub_id, name=hub_name, stadsdeel=chosen))
                s.flush()
            s.add(Node(id=me.node_id, hub_id=hub_id, name=node_name))
            seed_reference_for(s, programme_id)
            state = s.get(NodeState, 1)
            assert state is not None
            state.hub_id = hub_id
            s.add(SyncNode(singleton=1, programme_id=programme_id, set_up_at=store.clock()))
        if username:
            worker_id = natural_id(programme_id, "workers", username.strip().casefold())
            if s.get(Worker, worker_id) is None:
                s.add(
                    Worker(
                        id=worker_id,
                        hub_id=hub_id,
                        name=(worker_name or username).strip(),
                        username=username.strip(),
                        role=Role.ADMIN,
                    )
                )
        node_id = me.node_id
    path = install_key(key)
    return NodeSetup(
        node_id=node_id, hub_id=hub_id, programme_id=programme_id, worker_id=worker_id, key_path=path, already=already
    )
