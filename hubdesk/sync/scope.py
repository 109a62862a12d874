"""Which node may keep which change (DESIGN.md, "Privacy and security").

A person's data stays within their own hub: persons and everything linked to them
(enterprises, visits, notes, consents, trajectories, steps, stage changes,
referrals, the impact register) are kept only by nodes of the hub the record
belongs to. The data model has no consent to share a file with another hub and no
transfer between hubs yet; when it gets one, :func:`keeps` is the one place to
allow it.

Programme-wide reference data (hubs, nodes, workers, routes and their steps, step
types, partners) goes to every node, except a worker's password hash, which only
the nodes of the worker's own hub keep.

Every change in a package says which hub its record belongs to (``hub``); the
writer works it out from its database (:func:`hub_expression`), the reader decides
with :func:`keeps` and never stores what it may not keep.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from hubdesk.models.base import REPLICATED_ENTITIES

PROGRAMME_WIDE = frozenset({"hubs", "nodes", "workers", "routes", "route_steps", "step_types", "partners"})
HUB_ONLY_FIELDS: Mapping[str, frozenset[str]] = {"workers": frozenset({"password_hash"})}
# Where a record without a hub of its own finds it, in order of preference.
_PARENT_LINKS = (("person_id", "persons"), ("enterprise_id", "enterprises"), ("trajectory_id", "trajectories"))


def table_of(entity: str) -> sa.Table:
    table: sa.Table = REPLICATED_ENTITIES[entity].__table__
    return table


@functools.cache
def hub_path(entity: str) -> tuple[tuple[str, str], ...] | None:
    """The (foreign key column, table) steps from ``entity`` to a table with ``hub_id``:
    ``()`` when the record has its own, None when there is no way to a hub."""
    table = table_of(entity)
    if "hub_id" in table.c:
        return ()
    for column, parent in _PARENT_LINKS:
        if column in table.c and parent in REPLICATED_ENTITIES:
            rest = hub_path(parent)
            if rest is not None:
                return ((column, parent), *rest)
    return None


def is_programme_wide(entity: str) -> bool:
    return entity in PROGRAMME_WIDE


def hub_expression(entity: str) -> tuple[sa.FromClause, sa.ColumnElement[Any], sa.ColumnElement[Any]] | None:
    """A FROM clause from ``entity``'s table up to the table with the hub, the record's id
    column and the hub column in it; None for records that belong to no hub."""
    path = hub_path(entity)
    if path is None:
        return None
    table = table_of(entity).alias("rec")
    joined: sa.FromClause = table
    current: sa.FromClause = table
    for i, (column, parent) in enumerate(path):
        parent_table = table_of(parent).alias(f"up{i}")
        joined = joined.join(parent_table, parent_table.c.id == current.c[column])
        current = parent_table
    return joined, table.c.id, current.c.hub_id


def keeps(entity: str, hub: uuid.UUID | None, local_hub: uuid.UUID | None) -> bool:
    """Whether a node of ``local_hub`` keeps a change of a record of ``hub``."""
    if entity in PROGRAMME_WIDE:
        return True
    return hub is not None and hub == local_hub


def fields_kept(
    entity: str, hub: uuid.UUID | None, local_hub: uuid.UUID | None, fields: dict[str, Any]
) -> dict[str, Any]:
    """The fields a node of ``local_hub`` keeps of a change it keeps."""
    private = HUB_ONLY_FIELDS.get(entity)
    if not private or (hub is not None and hub == local_hub):
        return fields
    return {k: v for k, v in fields.items() if k not in private}
