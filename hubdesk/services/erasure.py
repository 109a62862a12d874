"""Erasure on request (GDPR art. 17, "the right to be forgotten").

:meth:`ErasureService.erase` removes a person and everything held about them in one
write transaction: their visits, notes, consents, trajectories with their steps and
stage changes, referrals (and the letter PDFs this desk kept of them), event
attendance, their links to enterprises, and the enterprises (with their impact
register) that no other living person is linked to.

Every record becomes a tombstone whose personal fields are *blanked in the same
change*: text becomes empty, optional values None, coded values go back to their
default, a person's pseudonym is replaced by a fresh random one. That deletion is
what replicates, so the other nodes of the hub delete the person too and end with the
same blank tombstone. The history is scrubbed as well: the earlier change-log
entries of an erased record keep their ids and times (sync needs them) but their
values of the blanked fields are replaced by the blanks, here and on every node that
imports the erasure (:func:`erasing_blanks`, :func:`scrub_fields`,
:func:`scrub_change_log`, used by :mod:`hubdesk.sync.importer`). Open sync conflicts
about the erased records are dropped (they hold values). The person index (and its
full-text index) loses the person through the usual index refresh.

The audit log is never changed: earlier entries keep the person's id (which now
points to nothing; their ``detail`` holds codes and counts only), and one ``erase``
entry with the id alone is the pseudonymous trace that the erasure happened.

Kept (not personal, or needed to keep sync whole): record ids, foreign keys, the hub,
non-optional dates and numbers (when a visit took place, places offered), a
referral's reference. Only coordinators and admins erase.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.base import Replicated
from hubdesk.models.enums import AuditAction, ChangeOp
from hubdesk.models.errors import NotFound
from hubdesk.models.guidance import GuidanceStep, Note, StageChange, Trajectory, Visit
from hubdesk.models.impact import EventAttendance, ProcurementMatch, Recognition, WorkPlacement
from hubdesk.models.logs import ChangeLogEntry
from hubdesk.models.people import Enterprise, Person, PersonEnterprise
from hubdesk.models.referrals import Consent, Referral, ReferralLetter
from hubdesk.models.sync import SyncConflict, SyncPending
from hubdesk.services import audit
from hubdesk.services.changelog import json_value
from hubdesk.services.readmodels import Changes
from hubdesk.services.roles import Permission, allowed, require, role_of
from hubdesk.services.store import Actor, Store

# Values that are not the person's data, or that other records and sync rely on.
_KEPT_FIELDS = frozenset({"hub_id", "reference", "deleted_at"})
_FRESH_RANDOM = frozenset({"pseudonym_id"})  # unique: a new random value instead of a blank


@dataclass(frozen=True, slots=True)
class ErasureResult:
    person_id: uuid.UUID
    records: int  # how many records were erased (the person included)
    changes: Changes


class _Change(Protocol):
    """What :func:`erasing_blanks` reads of a change (a sync ``Change`` or a log entry)."""

    @property
    def op(self) -> ChangeOp: ...

    @property
    def fields(self) -> dict[str, Any]: ...


def erasing_blanks(changes: Iterable[_Change]) -> dict[str, Any] | None:
    """The fields an erasure blanked among a record's changes, or None when none did.

    An erasing deletion is a deletion that sets other fields than ``deleted_at`` (an
    ordinary deletion sets nothing else)."""
    blanks: dict[str, Any] | None = None
    for change in changes:
        if change.op is ChangeOp.DELETE and set(change.fields) - {"deleted_at"}:
            blanks = {**(blanks or {}), **{k: v for k, v in change.fields.items() if k != "deleted_at"}}
    return blanks


def scrub_fields(fields: Mapping[str, Any], blanks: Mapping[str, Any]) -> dict[str, Any] | None:
    """``fields`` with the blanked ones replaced; None when nothing needed replacing."""
    if not any(k in blanks and fields[k] != blanks[k] for k in fields):
        return None
    return {k: (blanks[k] if k in blanks else v) for k, v in fields.items()}


def scrub_change_log(session: Session, entity: str, blanked: Mapping[uuid.UUID, Mapping[str, Any]]) -> None:
    """Replace the blanked values in every stored change of these records of ``entity``."""
    ids = list(blanked)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.execute(
            sa.select(ChangeLogEntry.change_id, ChangeLogEntry.record_id, ChangeLogEntry.fields).where(
                ChangeLogEntry.entity == entity, ChangeLogEntry.record_id.in_(chunk)
            )
        ).all()
        for row in rows:
            change_id, record_id, fields = row.change_id, row.record_id, row.fields
            scrubbed = scrub_fields(fields or {}, blanked[record_id])
            if scrubbed is not None:
                session.execute(
                    sa.update(ChangeLogEntry).where(ChangeLogEntry.change_id == change_id).values(fields=scrubbed)
                )
        forget_local(session, entity, chunk)


def forget_local(session: Session, entity: str, ids: list[uuid.UUID]) -> None:
    """Drop what this node keeps beside erased records: kept letter PDFs, open conflicts
    (they hold competing values) and records still waiting to be written."""
    if entity == "referrals":
        session.execute(sa.delete(ReferralLetter).where(ReferralLetter.referral_id.in_(ids)))
    session.execute(sa.delete(SyncConflict).where(SyncConflict.entity == entity, SyncConflict.record_id.in_(ids)))
    session.execute(sa.delete(SyncPending).where(SyncPending.entity == entity, SyncPending.record_id.in_(ids)))


def _blank_value(record: Any, name: str) -> tuple[bool, Any]:
    """(change it?, the blank) for one column of ``record``."""
    column = sa.inspect(type(record)).columns[name]
    if name in _KEPT_FIELDS or column.foreign_keys or column.primary_key:
        return False, None
    if name in _FRESH_RANDOM:
        return True, uuid.uuid4().hex
    if column.nullable:
        return True, None
    default = column.default
    if default is not None and default.is_scalar:
        return True, default.arg
    if default is not None and default.is_callable:
        return True, default.arg(None)
    if isinstance(column.type, sa.String | sa.Text) and not isinstance(column.type, sa.Enum):
        return True, ""
    return False, None  # a required date or number: not identifying on its own


def _blank(record: Any, now: Any) -> dict[str, Any]:
    """Blank ``record``'s personal fields and tombstone it; returns the blanks (JSON form)."""
    blanks: dict[str, Any] = {}
    for attr in sa.inspect(type(record)).column_attrs:
        name = attr.key
        if name in Replicated.META_FIELDS:
            continue
        change, value = _blank_value(record, name)
        if change:
            setattr(record, name, value)
            blanks[name] = json_value(value)
    record.deleted_at = now
    return blanks


def erase_in(s: Session, person: Person) -> int:
    """Tombstone ``person`` and everything linked, blank their personal fields and scrub
    their history, in the caller's write transaction (no role check, no audit entry: the
    caller's). Returns how many records were erased, the person included."""
    now = s.info["write"].now
    if s.get_bind().dialect.name == "sqlite":
        # Freed space in the file is overwritten with zeros, not left readable (per connection).
        s.connection().exec_driver_sql("PRAGMA secure_delete=ON")
    records = ErasureService._linked(s, person.id)
    blanked: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    for record in [*records, person]:
        blanked.setdefault(record.__tablename__, {})[record.id] = _blank(record, now)
    s.flush()
    for entity, by_id in blanked.items():
        scrub_change_log(s, entity, by_id)
    return sum(len(by_id) for by_id in blanked.values())


class ErasureService:
    """Erase a person on request (coordinators and admins; anyone else gets
    ``UserFacingError("erasure.coordinator_only")``)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def can_erase(self, actor: Actor) -> bool:
        with self._store.read() as s:
            return allowed(role_of(s, actor), Permission.RETENTION)

    def erase(self, actor: Actor, person_id: uuid.UUID) -> ErasureResult:
        """Erase the person and everything linked (see the module docstring), in one
        transaction. Raises ``NotFound`` for an unknown or already deleted person."""
        with self._store.write(actor) as s:
            require(s, actor, Permission.RETENTION, "erasure.coordinator_only")
            person = s.get(Person, person_id)
            if person is None or person.is_deleted:
                raise NotFound(entity="persons", id=str(person_id))
            count = erase_in(s, person)
            audit.record(s, AuditAction.ERASE, "persons", person_id, person_id=person_id, detail={"records": count})
            return ErasureResult(person_id, count, Changes.from_entries(s.info["write"].entries))

    @staticmethod
    def _linked(s: Session, person_id: uuid.UUID) -> list[Any]:
        """Every living record to erase with the person, children before parents."""

        def living(model: Any, *where: Any) -> list[Any]:
            return list(s.execute(sa.select(model).where(model.deleted_at.is_(None), *where)).scalars())

        trajectories = living(Trajectory, Trajectory.person_id == person_id)
        trajectory_ids = [t.id for t in trajectories]
        links = living(PersonEnterprise, PersonEnterprise.person_id == person_id)
        enterprise_ids = [link.enterprise_id for link in links]
        shared = set(
            s.execute(
                sa.select(PersonEnterprise.enterprise_id).where(
                    PersonEnterprise.enterprise_id.in_(enterprise_ids),
                    PersonEnterprise.person_id != person_id,
                    PersonEnterprise.deleted_at.is_(None),
                )
            ).scalars()
        )
        own = [e for e in enterprise_ids if e not in shared]
        out: list[Any] = []
        if trajectory_ids:
            out += living(GuidanceStep, GuidanceStep.trajectory_id.in_(trajectory_ids))
            out += living(StageChange, StageChange.trajectory_id.in_(trajectory_ids))
        out += living(Referral, Referral.person_id == person_id)
        out += living(Consent, Consent.person_id == person_id)
        out += living(Visit, Visit.person_id == person_id)
        out += living(Note, Note.person_id == person_id)
        out += living(EventAttendance, EventAttendance.person_id == person_id)
        out += trajectories
        out += links
        if own:
            for model in (Recognition, ProcurementMatch, WorkPlacement):
                out += living(model, model.enterprise_id.in_(own))
            out += living(Enterprise, Enterprise.id.in_(own))
        return out
