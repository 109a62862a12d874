"""The entrepreneur list: filtered, sorted pages over the local person index.

Pages are fetched by key (the last row's sort key and id), not by offset, so page
50 of a million rows costs the same as page 1.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from hubdesk.models.people import PersonIndex
from hubdesk.services.readmodels import EntrepreneurRow, ListFilter
from hubdesk.services.search import NO_FILTER, ROW_COLUMNS, apply_filter, row_from_index
from hubdesk.services.store import Store

PAGE_SIZE = 200


class SortBy(StrEnum):
    NAME = "name"
    REGISTERED = "registered"
    LAST_CONTACT = "last_contact"


@dataclass(frozen=True, slots=True)
class PageKey:
    """Where the previous page ended: its last row's sort value and index id."""

    value: Any
    index_id: int


@dataclass(frozen=True, slots=True)
class Page:
    rows: tuple[EntrepreneurRow, ...]
    next_key: PageKey | None  # None: this was the last page


def _sort_column(sort: SortBy) -> Any:
    return {
        SortBy.NAME: PersonIndex.sort_key,
        SortBy.REGISTERED: PersonIndex.registered_at,
        SortBy.LAST_CONTACT: PersonIndex.last_contact_at,
    }[sort]


class ListingService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def page(
        self,
        filters: ListFilter = NO_FILTER,
        sort: SortBy = SortBy.NAME,
        descending: bool = False,
        after: PageKey | None = None,
        limit: int = PAGE_SIZE,
    ) -> Page:
        """One page of the list; pass the previous page's ``next_key`` as ``after``."""
        column = _sort_column(sort)
        query = apply_filter(
            sa.select(*ROW_COLUMNS, column.label("page_value"), PersonIndex.id.label("index_id")), filters
        )
        if after is not None:
            key = sa.tuple_(column, PersonIndex.id)
            bound = sa.tuple_(sa.literal(after.value, column.type), sa.literal(after.index_id))
            query = query.where(key < bound if descending else key > bound)
        order = (column.desc(), PersonIndex.id.desc()) if descending else (column.asc(), PersonIndex.id.asc())
        with self._store.read() as s:
            found = list(s.execute(query.order_by(*order).limit(limit + 1)))
        more = len(found) > limit
        found = found[:limit]
        next_key = None
        if more and found:
            last = found[-1]
            value: str | dt.datetime = last.page_value
            next_key = PageKey(value, last.index_id)
        return Page(tuple(row_from_index(r) for r in found), next_key)

    def count(self, filters: ListFilter = NO_FILTER) -> int:
        query = apply_filter(sa.select(sa.func.count()).select_from(PersonIndex), filters)
        with self._store.read() as s:
            return int(s.execute(query).scalar_one())
