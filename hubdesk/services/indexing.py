"""The local person index (listing, sorting, search, duplicate look-up).

``person_index`` is derived data: one row per living person, rebuilt for every
person a transaction touched, just before it commits. On SQLite, triggers keep the
FTS5 table ``person_fts`` in step with it (see the first migration).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction

from hubdesk.models.enums import TrajectoryStatus
from hubdesk.models.guidance import Trajectory, Visit
from hubdesk.models.names import name_key, sort_key, tokens
from hubdesk.models.people import Enterprise, Person, PersonEnterprise, PersonIndex
from hubdesk.services.changelog import HubSession

_TOUCHED = "touched_persons"
_TOUCHED_ENTERPRISES = "touched_enterprises"


def phone_search_forms(e164: str | None) -> list[str]:
    """Digits a worker may type for a number: ``31612345678`` and ``0612345678``."""
    if not e164:
        return []
    digits = e164.lstrip("+")
    forms = [digits]
    if digits.startswith("31"):
        forms.append("0" + digits[2:])
    return forms


def build_doc(person: dict[str, Any], enterprises: Iterable[dict[str, Any]]) -> str:
    parts = [person["given_name"], person["infix"], person["family_name"]]
    parts.append(name_key(f"{person['infix']} {person['family_name']}"))
    if person["email"]:
        parts.append(person["email"])
    parts.extend(phone_search_forms(person["phone_e164"]))
    for ent in enterprises:
        parts.append(ent["trade_name"] or "")
        if ent["kvk_number"]:
            parts.append(ent["kvk_number"])
    # Token by token: names repeat, so folding them per part mostly hits fold's cache.
    return " ".join(t for p in parts if p for t in tokens(p))


def index_row(person: dict[str, Any], enterprises: list[dict[str, Any]], open_trajectory: bool) -> dict[str, Any]:
    """The ``person_index`` values for one person (also used by bulk loads)."""
    return {
        "person_id": person["id"],
        "hub_id": person["hub_id"],
        "stadsdeel": person["stadsdeel"],
        "stage": enterprises[0]["stage"] if enterprises else None,
        "open_trajectory": open_trajectory,
        "registered_at": person["registered_at"],
        "last_contact_at": person["last_contact_at"],
        "display_name": " ".join(n for n in (person["given_name"], person["infix"], person["family_name"]) if n),
        "enterprise_name": enterprises[0]["trade_name"] if enterprises else "",
        "sort_key": sort_key(person["given_name"], person["infix"], person["family_name"]),
        "given_key": name_key(person["given_name"]),
        "family_key": name_key(f"{person['infix']} {person['family_name']}"),
        "doc": build_doc(person, enterprises),
    }


def _value(v: Any) -> Any:
    return getattr(v, "value", v)


def refresh_person_index(session: Session, person_ids: Iterable[uuid.UUID]) -> None:
    """Rebuild the index rows of these persons (deleting those of tombstoned persons)."""
    ids = list(set(person_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        persons = session.execute(sa.select(Person.__table__).where(Person.id.in_(chunk))).mappings().all()
        links = (
            session.execute(
                sa.select(PersonEnterprise.person_id, Enterprise.__table__)
                .join(Enterprise, Enterprise.id == PersonEnterprise.enterprise_id)
                .where(
                    PersonEnterprise.person_id.in_(chunk),
                    PersonEnterprise.deleted_at.is_(None),
                    Enterprise.deleted_at.is_(None),
                )
                .order_by(Enterprise.created_at)
            )
            .mappings()
            .all()
        )
        open_ids = set(
            session.execute(
                sa.select(Trajectory.person_id).where(
                    Trajectory.person_id.in_(chunk),
                    Trajectory.status == TrajectoryStatus.OPEN,
                    Trajectory.deleted_at.is_(None),
                )
            ).scalars()
        )
        by_person: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for link in links:
            by_person.setdefault(link["person_id"], []).append({**link, "stage": _value(link["stage"])})
        existing = dict(
            session.execute(
                sa.select(PersonIndex.person_id, PersonIndex.id).where(PersonIndex.person_id.in_(chunk))
            ).all()
        )
        living = set()
        for p in persons:
            if p["deleted_at"] is not None:
                continue
            living.add(p["id"])
            row = index_row({**p, "stadsdeel": _value(p["stadsdeel"])}, by_person.get(p["id"], []), p["id"] in open_ids)
            if p["id"] in existing:
                session.execute(sa.update(PersonIndex).where(PersonIndex.id == existing[p["id"]]).values(**row))
            else:
                session.execute(sa.insert(PersonIndex).values(**row))
        gone = [pid for pid in existing if pid not in living]
        if gone:
            session.execute(sa.delete(PersonIndex).where(PersonIndex.person_id.in_(gone)))


@event.listens_for(HubSession, "after_flush")
def _collect_touched(session: Session, flush_context: UOWTransaction) -> None:
    touched: set[uuid.UUID] = session.info.setdefault(_TOUCHED, set())
    enterprises: set[uuid.UUID] = session.info.setdefault(_TOUCHED_ENTERPRISES, set())
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Person):
            touched.add(obj.id)
        elif isinstance(obj, PersonEnterprise | Trajectory | Visit):
            touched.add(obj.person_id)
        elif isinstance(obj, Enterprise):
            enterprises.add(obj.id)


@event.listens_for(HubSession, "before_commit")
def _refresh_before_commit(session: Session) -> None:
    session.flush()
    touched: set[uuid.UUID] = session.info.pop(_TOUCHED, set())
    enterprises: set[uuid.UUID] = session.info.pop(_TOUCHED_ENTERPRISES, set())
    if enterprises:
        touched.update(
            session.execute(
                sa.select(PersonEnterprise.person_id).where(PersonEnterprise.enterprise_id.in_(list(enterprises)))
            ).scalars()
        )
    if touched:
        refresh_person_index(session, touched)


@event.listens_for(HubSession, "after_rollback")
def _forget_touched(session: Session) -> None:
    session.info.pop(_TOUCHED, None)
    session.info.pop(_TOUCHED_ENTERPRISES, None)
