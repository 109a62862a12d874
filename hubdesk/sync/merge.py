"""Merging: a record's state and its open conflicts, as a function of the set of its changes.

Nothing here depends on the order in which changes arrived, so every node that holds
the same changes of a record holds the same record and the same open conflicts
(docs/sync-format.md, "Merging", gives the argument):

- Every change carries a Lamport time; ``stamp = (lamport, node, change id)`` orders
  all changes totally and respects causality (a change made after another was seen
  has a larger Lamport time).
- "X saw Y" is known exactly: a node's own changes are seen in Lamport order, and a
  change of another node was seen when the package carrying it had been imported
  before (the writer's *context*, a vector node -> package number, see
  :class:`Contexts`). Packages are imported in causal order, so the vector is closed
  under "saw".
- A field's value is the value of the change with the highest stamp that sets it
  (last writer wins). A deletion wins over edits made concurrently: such an edit is
  left out of the record (so an erasure is never undone by a desk that had not heard
  of it yet) and kept in a conflict.
- A field conflict is open when the changes that set the field and that no other
  change setting it has seen (its "heads") hold two or more different values. The
  highest stamp is the provisional winner on every node; the others stay in the
  conflict. A change that saw all heads (a person's resolution, or any later edit
  made with the merged value on screen) closes it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from hubdesk.models.enums import ChangeOp
from hubdesk.models.sync import ConflictKind

# Changed on every deletion: two concurrent deletions are not a conflict worth a person's time.
NOT_COMPARED = frozenset({"deleted_at"})


@dataclass(slots=True)
class Change:
    """One change log entry, local or from a package.

    ``seq`` is the number of the package of ``node_id`` that carries it (None for a
    local change not exported yet).
    """

    change_id: uuid.UUID
    lamport: int
    node_id: uuid.UUID
    worker_id: uuid.UUID | None
    entity: str
    record_id: uuid.UUID
    op: ChangeOp
    base_version: int
    version: int
    fields: dict[str, Any]
    at: dt.datetime
    seq: int | None
    stored: dict[str, Any] | None = None  # the fields in their stored SQLite form, once checked
    log_row: tuple[Any, ...] | None = None  # its change_log row on SQLite, made while the package is checked
    fresh_row: tuple[Any, ...] | None = (
        None  # a creation's record row on SQLite, likewise (if nothing else is merged in)
    )

    @property
    def stamp(self) -> tuple[int, str, str]:
        return (self.lamport, self.node_id.hex, self.change_id.hex)

    def brief(self, value: Any) -> dict[str, Any]:
        """What a conflict keeps of a competing change."""
        return {
            "change_id": str(self.change_id),
            "node_id": str(self.node_id),
            "worker_id": str(self.worker_id) if self.worker_id else None,
            "lamport": self.lamport,
            "op": self.op.value,
            "at": self.at.isoformat(),
            "value": value,
        }


Vector = Mapping[uuid.UUID, int]
EpochList = list[tuple[int, dict[uuid.UUID, int]]]


def epochs_from_json(raw: Iterable[Any]) -> EpochList:
    out: EpochList = []
    for item in raw:
        start, seen = (item["from_lamport"], item["seen"]) if isinstance(item, dict) else item
        out.append((int(start), {uuid.UUID(str(k)): int(v) for k, v in seen.items()}))
    out.sort(key=lambda e: e[0])
    return out


def epochs_to_json(epochs: EpochList) -> list[Any]:
    return [[start, {k.hex: v for k, v in sorted(seen.items())}] for start, seen in epochs]


class Contexts:
    """What each change had seen when it was made: a vector node -> package number.

    ``local_marks[node]`` lists, for each imported package of ``node`` in order, the
    highest Lamport time in this node's change log right after importing it: a local
    change with a larger Lamport time was made after that import. ``remote[(node,
    seq)]`` holds the epochs of an imported package (what its writer had seen from
    which Lamport time on).
    """

    def __init__(
        self,
        local_node: uuid.UUID,
        local_marks: Mapping[uuid.UUID, Sequence[int]],
        remote: dict[tuple[uuid.UUID, int], EpochList],
        load: Callable[[uuid.UUID, int], EpochList | None] | None = None,
    ) -> None:
        self.local_node = local_node
        self.local_marks = local_marks
        self.remote = remote
        self.load = load
        self._cache: dict[tuple[uuid.UUID, int | None, int], Vector] = {}

    def local_vector(self, lamport: int) -> dict[uuid.UUID, int]:
        """What this node had imported before it made a change at ``lamport``."""
        vector: dict[uuid.UUID, int] = {}
        for node, marks in self.local_marks.items():
            count = bisect.bisect_left(marks, lamport)  # packages whose mark is below it
            if count:
                vector[node] = count
        return vector

    def vector(self, change: Change) -> Vector:
        key = (change.node_id, change.seq, change.lamport)
        found = self._cache.get(key)
        if found is not None:
            return found
        if change.node_id == self.local_node:
            found = self.local_vector(change.lamport)
        else:
            where = (change.node_id, change.seq or 0)
            epochs = self.remote.get(where)
            if epochs is None and self.load is not None:
                epochs = self.load(*where)
                if epochs is not None:
                    self.remote[where] = epochs
            if epochs is None:
                raise KeyError(f"no context for package {change.seq} of node {change.node_id}")
            found = {}
            starts = [e[0] for e in epochs]
            i = bisect.bisect_right(starts, change.lamport) - 1
            if i >= 0:
                found = epochs[i][1]
        self._cache[key] = found
        return found

    def saw(self, x: Change, y: Change) -> bool:
        """Whether ``x`` was made by a node that had ``y`` (so ``x`` supersedes it)."""
        if x.change_id == y.change_id:
            return False
        if x.node_id == y.node_id:
            return y.lamport < x.lamport
        if y.seq is None:  # a local change not exported yet: nobody else has it
            return False
        return self.vector(x).get(y.node_id, 0) >= y.seq

    def concurrent(self, x: Change, y: Change) -> bool:
        return not self.saw(x, y) and not self.saw(y, x)


@dataclass(frozen=True, slots=True)
class FoundConflict:
    kind: ConflictKind
    field: str
    candidates: tuple[Change, ...]  # by stamp
    values: tuple[Any, ...]  # each candidate's value
    winner: Change
    base: Any

    def key(self) -> tuple[str, str]:
        return (self.kind.value, self.field)


@dataclass(slots=True)
class Merged:
    """A record as the set of its changes makes it."""

    values: dict[str, Any]
    created: Change | None  # None: no creation (yet): the record cannot be written
    last: Change
    version: int
    several_nodes: bool
    conflicts: list[FoundConflict] = field(default_factory=list)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def merge(changes: Iterable[Change], contexts: Contexts | None) -> Merged:
    """The record's state and open conflicts; ``contexts`` is needed when the changes
    come from more than one node."""
    ordered = sorted(changes, key=lambda c: c.stamp)
    if not ordered:
        raise ValueError("a record has at least one change")
    nodes = {c.node_id for c in ordered}
    excluded: set[uuid.UUID] = set()
    conflicts: list[FoundConflict] = []
    if len(nodes) > 1:
        if contexts is None:
            raise ValueError("changes of several nodes need their contexts")
        deletes = [c for c in ordered if c.op is ChangeOp.DELETE]
        against: dict[uuid.UUID, list[Change]] = {}
        for x in ordered:
            if x.op is ChangeOp.DELETE:
                continue
            hits = [d for d in deletes if contexts.concurrent(x, d)]
            if hits:
                excluded.add(x.change_id)
                against[x.change_id] = hits
        live = [c for c in ordered if c.change_id not in excluded]
        conflicts.extend(_field_conflicts(live, contexts))
        deleted = _deletion_conflict(ordered, against, contexts)
        if deleted is not None:
            conflicts.append(deleted)
    else:
        live = ordered
    values: dict[str, Any] = {}
    created: Change | None = None
    for c in live:
        if created is None and c.op is ChangeOp.CREATE:
            created = c
        values.update(c.fields)
    return Merged(
        values=values,
        created=created,
        last=ordered[-1],
        version=len(ordered),
        several_nodes=len(nodes) > 1,
        conflicts=conflicts,
    )


def _field_conflicts(live: list[Change], contexts: Contexts) -> list[FoundConflict]:
    by_field: dict[str, list[Change]] = {}
    for c in live:
        for name in c.fields:
            if name not in NOT_COMPARED:
                by_field.setdefault(name, []).append(c)
    found = []
    for name, cands in by_field.items():
        if len(cands) < 2 or len({c.node_id for c in cands}) < 2:
            continue
        if len({_canonical(c.fields[name]) for c in cands}) < 2:
            continue  # one value however they were made: nothing to decide
        heads = [c for c in cands if not any(contexts.saw(o, c) for o in cands if o is not c)]
        if len(heads) < 2 or len({_canonical(c.fields[name]) for c in heads}) < 2:
            continue
        common = [c for c in cands if all(contexts.saw(h, c) for h in heads)]
        found.append(
            FoundConflict(
                kind=ConflictKind.FIELD,
                field=name,
                candidates=tuple(heads),
                values=tuple(c.fields[name] for c in heads),
                winner=heads[-1],
                base=common[-1].fields[name] if common else None,
            )
        )
    return found


def _deletion_conflict(
    ordered: list[Change], against: dict[uuid.UUID, list[Change]], contexts: Contexts
) -> FoundConflict | None:
    """Edits made concurrently with a deletion, that no later change has settled."""
    by_id = {c.change_id: c for c in ordered}
    edits: list[Change] = []
    deletes: dict[uuid.UUID, Change] = {}
    for edit_id, hits in against.items():
        edit = by_id[edit_id]
        open_hits = [d for d in hits if not any(contexts.saw(r, d) and contexts.saw(r, edit) for r in ordered)]
        if open_hits:
            edits.append(edit)
            deletes.update((d.change_id, d) for d in open_hits)
    if not edits:
        return None
    cands = sorted([*edits, *deletes.values()], key=lambda c: c.stamp)
    erased = {name for d in deletes.values() for name in d.fields}
    values = tuple(
        c.fields if c.op is ChangeOp.DELETE else {k: v for k, v in c.fields.items() if k not in erased} for c in cands
    )
    winner = max(deletes.values(), key=lambda c: c.stamp)
    return FoundConflict(
        kind=ConflictKind.DELETED, field="", candidates=tuple(cands), values=values, winner=winner, base=None
    )
