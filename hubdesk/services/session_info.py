"""Who is at the desk: names for the status bar, read in one go."""

from __future__ import annotations

from dataclasses import dataclass

from hubdesk.models.errors import UserFacingError
from hubdesk.models.org import Hub, Node, NodeState, Worker
from hubdesk.services.store import Actor, Store


@dataclass(frozen=True, slots=True)
class DeskInfo:
    worker_name: str
    hub_name: str
    sandbox: bool
    desk_name: str = ""


def desk_info(store: Store, actor: Actor) -> DeskInfo:
    with store.read() as s:
        state = s.get(NodeState, 1)
        hub = s.get(Hub, actor.hub_id)
        worker = s.get(Worker, actor.worker_id) if actor.worker_id else None
        if state is None or hub is None:
            raise UserFacingError("setup.needed")
        node = s.get(Node, state.node_id)
        return DeskInfo(worker.name if worker else "", hub.name, state.sandbox, node.name if node else "")


def desk_hub_name(store: Store) -> str:
    """The name of this desk's hub, for the login screen (before anyone is logged in)."""
    with store.read() as s:
        state = s.get(NodeState, 1)
        hub = s.get(Hub, state.hub_id) if state is not None and state.hub_id is not None else None
        if hub is None:
            raise UserFacingError("setup.needed")
        return hub.name
