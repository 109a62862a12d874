"""The guidance catalog: kinds of step and routes, and who may edit them."""

from __future__ import annotations

import uuid

import pytest

from hubdesk.models.errors import UserFacingError
from hubdesk.services.catalog import CatalogService
from hubdesk.services.store import Actor, Store


@pytest.fixture
def catalog(store: Store) -> CatalogService:
    return CatalogService(store)


def _route(catalog: CatalogService, code: str) -> uuid.UUID:
    return next(r.id for r in catalog.routes() if r.code == code)


def test_the_shipped_routes_are_available(catalog: CatalogService, actor: Actor) -> None:
    assert {r.code for r in catalog.routes()} == {"starter", "bbz", "social_recognition"}


def test_a_hub_worker_cannot_edit_routes_or_step_types(
    catalog: CatalogService, hub_worker: Actor, store: Store
) -> None:
    route = _route(catalog, "starter")
    before = (catalog.route_catalog(), catalog.step_types())
    attempts = [
        lambda: catalog.save_route(hub_worker, route, steps=[("intake", 0)]),
        lambda: catalog.rename_route(hub_worker, route, "Starters", "Starters"),
        lambda: catalog.set_route_active(hub_worker, route, False),
        lambda: catalog.create_route(hub_worker, "Nieuw", "New"),
        lambda: catalog.add_step_type(hub_worker, "Huisbezoek", "Home visit"),
        lambda: catalog.rename_step_type(hub_worker, "advice", "Raad", "Counsel"),
        lambda: catalog.set_step_type_active(hub_worker, "closure", False),
    ]
    for attempt in attempts:
        with pytest.raises(UserFacingError) as info:
            attempt()
        assert info.value.code == "catalog.coordinator_only"
    assert (catalog.route_catalog(), catalog.step_types()) == before
    assert not catalog.can_edit_catalog(hub_worker)
    assert not catalog.can_edit_catalog(Actor(worker_id=None, hub_id=hub_worker.hub_id))


def test_a_coordinator_edits_the_step_type_catalog(catalog: CatalogService, actor: Actor) -> None:
    assert catalog.can_edit_catalog(actor)
    code, changes = catalog.add_step_type(actor, "Huisbezoek", "Home visit")
    assert code == "home_visit"
    assert changes.ids("step_types")
    assert catalog.add_step_type(actor, "Huisbezoek 2", "Home visit")[0] == "home_visit_2"
    catalog.rename_step_type(actor, code, "Bezoek aan huis", "Visit at home")
    found = next(t for t in catalog.step_types() if t.code == code)
    assert (found.name_nl, found.name_en, found.active) == ("Bezoek aan huis", "Visit at home", True)
    assert [t.code for t in catalog.step_types()][-2:] == ["home_visit", "home_visit_2"]  # new ones come last
    catalog.set_step_type_active(actor, code, False)
    assert not next(t for t in catalog.step_types() if t.code == code).active
    assert catalog.step_type_names()[code] == ("Bezoek aan huis", "Visit at home")  # planned steps keep a name
    with pytest.raises(UserFacingError) as info:
        catalog.save_route(actor, _route(catalog, "starter"), steps=[(code, 0)])
    assert info.value.code == "step.type_unknown"
    for bad, expected in (
        (lambda: catalog.add_step_type(actor, "  ", "Visit"), "catalog.name_required"),
        (lambda: catalog.add_step_type(actor, "x" * 81, "Visit"), "catalog.name_too_long"),
        (lambda: catalog.add_step_type(actor, "Bezoek", "Visit", code="Bad Code"), "catalog.code_invalid"),
        (lambda: catalog.add_step_type(actor, "Advies", "Advice", code="advice"), "catalog.code_taken"),
        (lambda: catalog.set_step_type_active(actor, "intake", False), "catalog.step_type_in_use"),
    ):
        with pytest.raises(UserFacingError) as info:
            bad()
        assert info.value.code == expected


def test_a_coordinator_creates_renames_and_deactivates_a_route(catalog: CatalogService, actor: Actor) -> None:
    route, _ = catalog.create_route(actor, "Groeien", "Scaling up", steps=[("advice", 0), ("coaching", 14)])
    info = next(r for r in catalog.routes() if r.id == route)
    assert (info.code, info.name_nl, info.name_en, info.steps) == (
        "scaling_up",
        "Groeien",
        "Scaling up",
        (("advice", 0), ("coaching", 14)),
    )
    catalog.rename_route(actor, route, "Groeien en opschalen", "Growing")
    changes = catalog.save_route(actor, route, steps=[("coaching", 3), ("advice", 10), ("follow_up", 30)])
    assert changes.ids("route_steps")
    assert not catalog.save_route(actor, route, steps=[("coaching", 3), ("advice", 10), ("follow_up", 30)])
    info = next(r for r in catalog.routes() if r.id == route)
    assert (info.name_nl, info.name_en) == ("Groeien en opschalen", "Growing")
    assert info.steps == (("coaching", 3), ("advice", 10), ("follow_up", 30))
    catalog.set_route_active(actor, route, False)
    assert route not in {r.id for r in catalog.routes()}
    assert next(r for r in catalog.route_catalog() if r.id == route).active is False
    catalog.set_route_active(actor, route, True)
    assert route in {r.id for r in catalog.routes()}
    with pytest.raises(UserFacingError) as raised:
        catalog.create_route(actor, "Groeien", "Growing", code="scaling_up")
    assert raised.value.code == "catalog.code_taken"
