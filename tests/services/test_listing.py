"""The entrepreneur list: pages by key, sorting and filters."""

from __future__ import annotations

import pytest

from hubdesk.models.enums import Stadsdeel, Stage
from hubdesk.services.demo import generate_demo
from hubdesk.services.listing import ListingService, SortBy
from hubdesk.services.readmodels import EntrepreneurRow, ListFilter
from hubdesk.services.store import Store


@pytest.fixture
def listing(store: Store) -> ListingService:
    generate_demo(store, 130, seed=4)
    return ListingService(store)


@pytest.mark.parametrize("sort", list(SortBy))
@pytest.mark.parametrize("descending", [False, True])
def test_paging_visits_every_entrepreneur_once_in_order(
    listing: ListingService, sort: SortBy, descending: bool
) -> None:
    seen: list[EntrepreneurRow] = []
    page = listing.page(sort=sort, descending=descending, limit=40)
    seen.extend(page.rows)
    while page.next_key is not None:
        page = listing.page(sort=sort, descending=descending, after=page.next_key, limit=40)
        seen.extend(page.rows)
    assert len({r.person_id for r in seen}) == len(seen) == 130
    key = {SortBy.REGISTERED: lambda r: r.registered_at, SortBy.LAST_CONTACT: lambda r: r.last_contact_at}.get(sort)
    if key is not None:
        values = [key(r) for r in seen]
        assert values == sorted(values, reverse=descending)


def test_filters_narrow_the_list_and_the_count(listing: ListingService) -> None:
    only = ListFilter(stadsdeel=Stadsdeel.OOST, stage=Stage.IDEA)
    rows = listing.page(only, limit=500).rows
    assert rows
    assert {(r.stadsdeel, r.stage) for r in rows} == {(Stadsdeel.OOST, Stage.IDEA)}
    assert listing.count(only) == len(rows)
    assert listing.count() == 130
    assert all(r.open_trajectory for r in listing.page(ListFilter(open_trajectory=True), limit=500).rows)
