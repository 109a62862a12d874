"""Retention: a person's data is kept for a term after the last contact, then deleted.

The term is set per hub (``Hub.retention_months``, two years by default, 6 to 120
months). A person is *due* on the day the term after their last contact ends; the
daily check counts who is due, a coordinator (or admin) looks at the list and
confirms a selection, and those persons are deleted.

**Last contact** is the latest of: registration, a visit (``Person.last_contact_at``
and the visits themselves), a note, a trajectory opened or closed, a stage change, a
guidance step done, a referral made or updated (sent, status, first contact,
outcome), a consent given, and a programme event attended. A *withdrawal* of consent
does not count as contact: it must not keep data longer. Moments are taken as dates in
the desk's local time; the due date is the last contact plus the term in calendar
months (31 January + 1 month = 28/29 February).

**Deletion** is the erasure service's (:mod:`hubdesk.services.erasure`), run for each
confirmed person in one transaction: the person and everything that belongs to them
(enterprises no other living person is linked to, with their impact records; the
links; visits; notes; consents; trajectories with their steps and stage changes;
referrals and the letter PDFs kept of them; event attendance) become tombstones whose
personal fields are blanked in the same change, and the earlier change-log entries are
scrubbed. The tombstones are ordinary changes in the change log, so the deletion
reaches every node of the hub through sync, and there the fields are blanked too. The
audit log gets one "delete" entry per person with the reason, the term and the due
date: ids only, no personal data.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import AuditAction
from hubdesk.models.errors import NotFound, UserFacingError
from hubdesk.models.guidance import GuidanceStep, Note, StageChange, Trajectory, Visit
from hubdesk.models.impact import EventAttendance, ProgrammeEvent
from hubdesk.models.org import Hub
from hubdesk.models.people import Person
from hubdesk.models.referrals import Consent, Referral
from hubdesk.services import audit, erasure
from hubdesk.services.readmodels import Changes
from hubdesk.services.roles import Permission, allowed, require, role_of
from hubdesk.services.store import Actor, Store

TERM_MIN = 6
TERM_MAX = 120
DEFAULT_TERM = 24
CHUNK = 500


# -- read models ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DueRecord:
    person_id: uuid.UUID
    name: str
    last_contact_on: dt.date
    due_on: dt.date


@dataclass(frozen=True, slots=True)
class RetentionOverview:
    hub_id: uuid.UUID
    hub_name: str
    term_months: int
    today: dt.date
    due: tuple[DueRecord, ...]
    """Oldest due date first."""


@dataclass(frozen=True, slots=True)
class DeletionReport:
    deleted: tuple[uuid.UUID, ...]
    not_due: tuple[uuid.UUID, ...]
    """Persons of the selection that were not deleted: no longer due (a contact came in
    meanwhile, or the term was changed), already deleted, or of another hub."""
    records: int
    """Records tombstoned in all, persons included."""
    changes: Changes


# -- dates ----------------------------------------------------------------------------------------
def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months; the end of a shorter month when the day is missing."""
    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def _local_date(value: dt.datetime | dt.date | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone().date()
    return value


def validate_term(months: object) -> int:
    """The term as a whole number of months within bounds, or a :class:`UserFacingError`:
    ``retention.term_invalid`` (not a whole number), ``retention.term_range``."""
    if isinstance(months, bool):
        raise UserFacingError("retention.term_invalid", value=str(months))
    if isinstance(months, str):
        text = months.strip()
        if not text.isdigit():
            raise UserFacingError("retention.term_invalid", value=months)
        months = int(text)
    if not isinstance(months, int):
        raise UserFacingError("retention.term_invalid", value=str(months))
    if not TERM_MIN <= months <= TERM_MAX:
        raise UserFacingError("retention.term_range", value=months, min=TERM_MIN, max=TERM_MAX)
    return months


# -- last contact ---------------------------------------------------------------------------------
def last_contacts(s: Session, person_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dt.date]:
    """The date of each person's last contact (see the module's docstring), in the caller's
    transaction. Persons not found are left out."""
    latest: dict[uuid.UUID, dt.date] = {}

    def take(rows: Iterable[Any]) -> None:
        for pid, *values in rows:
            for value in values:
                day = _local_date(value)
                if day is not None and (pid not in latest or day > latest[pid]):
                    latest[pid] = day

    def living(model: Any) -> Any:
        return model.deleted_at.is_(None)

    for start in range(0, len(person_ids), CHUNK):
        ids = list(person_ids[start : start + CHUNK])
        take(s.execute(sa.select(Person.id, Person.registered_at, Person.last_contact_at).where(Person.id.in_(ids))))
        take(
            s.execute(
                sa.select(Visit.person_id, sa.func.max(Visit.at))
                .where(Visit.person_id.in_(ids), living(Visit))
                .group_by(Visit.person_id)
            )
        )
        take(
            s.execute(
                sa.select(Note.person_id, sa.func.max(Note.written_at))
                .where(Note.person_id.in_(ids), living(Note))
                .group_by(Note.person_id)
            )
        )
        take(
            s.execute(
                sa.select(Trajectory.person_id, sa.func.max(Trajectory.opened_on), sa.func.max(Trajectory.closed_on))
                .where(Trajectory.person_id.in_(ids), living(Trajectory))
                .group_by(Trajectory.person_id)
            )
        )
        take(
            s.execute(
                sa.select(Trajectory.person_id, sa.func.max(GuidanceStep.done_on))
                .join(GuidanceStep, GuidanceStep.trajectory_id == Trajectory.id)
                .where(Trajectory.person_id.in_(ids), living(Trajectory), living(GuidanceStep))
                .group_by(Trajectory.person_id)
            )
        )
        take(
            s.execute(
                sa.select(Trajectory.person_id, sa.func.max(StageChange.changed_on))
                .join(StageChange, StageChange.trajectory_id == Trajectory.id)
                .where(Trajectory.person_id.in_(ids), living(Trajectory), living(StageChange))
                .group_by(Trajectory.person_id)
            )
        )
        take(
            s.execute(
                sa.select(
                    Referral.person_id,
                    sa.func.max(Referral.created_at),
                    sa.func.max(Referral.updated_at),
                    sa.func.max(Referral.sent_at),
                    sa.func.max(Referral.first_contact_on),
                    sa.func.max(Referral.outcome_at),
                )
                .where(Referral.person_id.in_(ids), living(Referral))
                .group_by(Referral.person_id)
            )
        )
        take(
            s.execute(
                sa.select(Consent.person_id, sa.func.max(Consent.given_at))
                .where(Consent.person_id.in_(ids), living(Consent))
                .group_by(Consent.person_id)
            )
        )
        take(
            s.execute(
                sa.select(EventAttendance.person_id, sa.func.max(ProgrammeEvent.held_on))
                .join(ProgrammeEvent, ProgrammeEvent.id == EventAttendance.event_id)
                .where(EventAttendance.person_id.in_(ids), living(EventAttendance))
                .group_by(EventAttendance.person_id)
            )
        )
    return latest


def due_in(s: Session, hub_id: uuid.UUID, term_months: int, today: dt.date) -> list[DueRecord]:
    """The living persons of ``hub_id`` whose term after the last contact has ended on or
    before ``today``, oldest due date first (in the caller's transaction).

    Persons registered and visited within the term are skipped by SQL first (indexed
    columns); the others' contacts are looked up in chunks.
    """
    # A contact on or after this day means not yet due; two days' margin for time zones.
    cutoff = add_months(today, -term_months) + dt.timedelta(days=2)
    cutoff_at = dt.datetime.combine(cutoff, dt.time(), tzinfo=dt.UTC)
    candidates = s.execute(
        sa.select(Person.id, Person.given_name, Person.infix, Person.family_name).where(
            Person.hub_id == hub_id,
            Person.deleted_at.is_(None),
            Person.last_contact_at < cutoff_at,
            Person.registered_at < cutoff_at,
        )
    ).all()
    names = {pid: " ".join(p for p in (g, i, f) if p) for pid, g, i, f in candidates}
    contacts = last_contacts(s, list(names))
    due: list[DueRecord] = []
    for pid, last in contacts.items():
        due_on = add_months(last, term_months)
        if due_on <= today:
            due.append(DueRecord(pid, names[pid], last, due_on))
    due.sort(key=lambda r: (r.due_on, r.name.lower(), str(r.person_id)))
    return due


# -- deletion -------------------------------------------------------------------------------------
def delete_person(s: Session, person_id: uuid.UUID) -> int:
    """Delete a person and everything that belongs to them in the caller's write transaction,
    with the erasure service's core (:mod:`hubdesk.services.erasure`): the same records, the
    personal fields blanked in the tombstones, the change log scrubbed, the kept letter PDFs
    and open conflicts dropped. Returns how many records were deleted (the person included).

    The audit entry is the caller's (retention writes "delete" with its reason, not "erase").
    """
    person = s.get(Person, person_id)
    if person is None or person.is_deleted:
        raise NotFound(entity="persons", id=str(person_id))
    return erasure.erase_in(s, person)


# -- the service ----------------------------------------------------------------------------------
class RetentionService:
    """The daily check, the due list, the term and the confirmed deletion.

    Reading the list, changing the term and deleting are for coordinators and admins
    (``retention.coordinator_only`` otherwise). Thread contract as :class:`Store`.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def today(self) -> dt.date:
        return self._store.clock().astimezone().date()

    def can_manage(self, actor: Actor) -> bool:
        with self._store.read() as s:
            return allowed(role_of(s, actor), Permission.RETENTION)

    def due_count(self, actor: Actor, today: dt.date | None = None) -> int | None:
        """The daily check: how many persons of the actor's hub are due; None when the actor
        may not manage retention (hub workers are not told)."""
        with self._store.read() as s:
            if not allowed(role_of(s, actor), Permission.RETENTION):
                return None
            hub = _hub(s, actor.hub_id)
            return len(due_in(s, hub.id, hub.retention_months, today or self.today()))

    def overview(self, actor: Actor, today: dt.date | None = None) -> RetentionOverview:
        """The hub's term and the persons due, with names, last contact and due date."""
        with self._store.read() as s:
            require(s, actor, Permission.RETENTION, "retention.coordinator_only")
            hub = _hub(s, actor.hub_id)
            day = today or self.today()
            due = due_in(s, hub.id, hub.retention_months, day)
            return RetentionOverview(hub.id, hub.name, hub.retention_months, day, tuple(due))

    def term(self, actor: Actor) -> int:
        with self._store.read() as s:
            return _hub(s, actor.hub_id).retention_months

    def set_term(self, actor: Actor, months: object) -> Changes:
        """Change the hub's term (months after the last contact, 6 to 120)."""
        value = validate_term(months)
        with self._store.write(actor) as s:
            require(s, actor, Permission.RETENTION, "retention.coordinator_only")
            hub = _hub(s, actor.hub_id)
            old = hub.retention_months
            hub.retention_months = value
            s.flush()
            if old != value:
                audit.record(s, AuditAction.UPDATE, "hubs", hub.id, detail={"retention_months": [old, value]})
            return Changes.from_entries(s.info["write"].entries)

    def delete(self, actor: Actor, person_ids: Iterable[uuid.UUID], today: dt.date | None = None) -> DeletionReport:
        """Delete the confirmed persons that are (still) due, in one transaction.

        The due list is computed again inside the transaction: a person who had a contact
        since the list was shown, or is no longer due under a changed term, is skipped and
        reported in ``not_due``.
        """
        wanted = list(dict.fromkeys(person_ids))
        with self._store.write(actor) as s:
            require(s, actor, Permission.RETENTION, "retention.coordinator_only")
            hub = _hub(s, actor.hub_id)
            due = {r.person_id: r for r in due_in(s, hub.id, hub.retention_months, today or self.today())}
            if any(pid in due for pid in wanted) and s.get_bind().dialect.name == "sqlite":
                # As the erasure service does: freed pages are overwritten, not left readable.
                s.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            deleted: list[uuid.UUID] = []
            not_due: list[uuid.UUID] = []
            records = 0
            for pid in wanted:
                record = due.get(pid)
                if record is None:
                    not_due.append(pid)
                    continue
                records += delete_person(s, pid)
                deleted.append(pid)
                audit.record(
                    s,
                    AuditAction.DELETE,
                    "persons",
                    pid,
                    person_id=pid,
                    detail={
                        "reason": "retention",
                        "term_months": hub.retention_months,
                        "due_on": record.due_on.isoformat(),
                    },
                )
            return DeletionReport(
                tuple(deleted), tuple(not_due), records, Changes.from_entries(s.info["write"].entries)
            )


def _hub(s: Session, hub_id: uuid.UUID) -> Hub:
    hub = s.get(Hub, hub_id)
    if hub is None or hub.is_deleted:
        raise NotFound(entity="hubs", id=str(hub_id))
    return hub
