"""Small builders shared by the service tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from hubdesk.models.enums import Role
from hubdesk.models.org import Worker
from hubdesk.services.store import Actor, Store


def registration(
    given: str = "Fatima",
    family: str = "El Amrani",
    *,
    infix: str = "",
    postcode: str = "2034 AB",
    email: str | None = None,
    phone: str | None = None,
    enterprise: dict[str, Any] | None = None,
    **person: Any,
) -> dict[str, Any]:
    """A valid registration as the intake form sends it."""
    data: dict[str, Any] = {
        "person": {
            "given_name": given,
            "infix": infix,
            "family_name": family,
            "home_postcode": postcode,
            "email": email,
            "phone": phone,
            **person,
        },
        "consents": [{"purpose": "registration", "text_version": "registratie-2026-01", "method": "verbal"}],
        "visit": {"channel": "walk_in", "needs": ["business_plan"], "summary": "Wil een bakkerij beginnen"},
    }
    if enterprise is not None:
        data["enterprise"] = enterprise
    return data


def producer_that_dies(count: int) -> Iterator[int]:
    """A bulk producer (run in a subprocess) that yields ``count`` items and then dies hard."""
    yield from range(count)
    os._exit(3)


def producer_that_fails(count: int) -> Iterator[int]:
    yield from range(count)
    raise ValueError("row 7 has no name")


def add_worker(store: Store, actor: Actor, *, name: str, username: str, role: Role) -> Actor:
    """A colleague at the actor's hub, as the actor for their own actions."""
    with store.write(actor) as s:
        worker = Worker(hub_id=actor.hub_id, name=name, username=username, role=role)
        s.add(worker)
        s.flush()
        return Actor(worker_id=worker.id, hub_id=actor.hub_id)
