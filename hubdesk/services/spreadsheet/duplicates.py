"""Finding rows that are probably entrepreneurs registered already, or earlier rows."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import (
    Stadsdeel,
)
from hubdesk.models.names import name_key, similar_names
from hubdesk.models.people import Enterprise, Person, PersonEnterprise, PersonIndex
from hubdesk.services.intake import MAX_DUPLICATES, NAME_CANDIDATE_LIMIT
from hubdesk.services.readmodels import DuplicateCandidate
from hubdesk.services.spreadsheet.model import RowStatus
from hubdesk.services.spreadsheet.rows import Candidate


class ExistingLookup:
    """Which candidates are probably registered entrepreneurs already, looked up in batches.

    The rules are the intake's (:func:`hubdesk.services.intake.find_duplicates_in`): the
    same e-mail address (whatever its case), phone number or KVK number, or else a similar
    name (:func:`similar_names`) in the same stadsdeel among at most
    ``NAME_CANDIDATE_LIMIT`` index rows per first two letters of the family or given
    name. Asking per row would cost five queries a row (a minute for 10,000 rows on a
    re-import); here exact keys take one query per batch and each name group one query
    per import. Names are only compared when no contact detail or KVK number matched.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._groups: dict[tuple[str, str, str], list[tuple[uuid.UUID, str, str]]] = {}

    def _ids_by(self, query: Any) -> dict[str, list[uuid.UUID]]:
        found: dict[str, list[uuid.UUID]] = {}
        for row in self.session.execute(query):
            found.setdefault(row[0], []).append(row[1])
        return found

    def flag(self, batch: Sequence[Candidate]) -> None:
        living = Person.deleted_at.is_(None)
        emails = {c.data.person.email.lower() for c in batch if c.data.person.email}
        phones = {c.data.person.phone for c in batch if c.data.person.phone}
        kvks = {c.data.enterprise.kvk_number for c in batch if c.data.enterprise and c.data.enterprise.kvk_number}
        by_email = (
            self._ids_by(
                sa.select(sa.func.lower(Person.email), Person.id).where(sa.func.lower(Person.email).in_(emails), living)
            )
            if emails
            else {}
        )
        by_phone = (
            self._ids_by(sa.select(Person.phone_e164, Person.id).where(Person.phone_e164.in_(phones), living))
            if phones
            else {}
        )
        by_kvk = (
            self._ids_by(
                sa.select(Enterprise.kvk_number, PersonEnterprise.person_id)
                .join(PersonEnterprise, PersonEnterprise.enterprise_id == Enterprise.id)
                .where(
                    Enterprise.kvk_number.in_(kvks),
                    Enterprise.deleted_at.is_(None),
                    PersonEnterprise.deleted_at.is_(None),
                )
            )
            if kvks
            else {}
        )
        found: list[tuple[Candidate, dict[uuid.UUID, list[str]]]] = []
        for c in batch:
            p = c.data.person
            reasons: dict[uuid.UUID, list[str]] = {}
            kvk = c.data.enterprise.kvk_number if c.data.enterprise else None
            for ids, reason in (
                (by_email.get(p.email.lower()) if p.email else None, "email"),
                (by_phone.get(p.phone) if p.phone else None, "phone"),
                (by_kvk.get(kvk) if kvk else None, "kvk"),
            ):
                for pid in ids or ():
                    reasons.setdefault(pid, []).append(reason)
            if not reasons:
                for pid in self._similar(c):
                    reasons.setdefault(pid, []).append("name")
            if reasons:
                found.append((c, reasons))
        if not found:
            return
        all_ids = list({pid for _, reasons in found for pid in reasons})
        index: dict[uuid.UUID, PersonIndex] = {}
        for start in range(0, len(all_ids), 500):
            chunk = all_ids[start : start + 500]
            for row in self.session.execute(sa.select(PersonIndex).where(PersonIndex.person_id.in_(chunk))).scalars():
                index[row.person_id] = row
        for c, reasons in found:
            matches = [
                DuplicateCandidate(
                    person_id=pid,
                    name=index[pid].display_name,
                    enterprise_name=index[pid].enterprise_name,
                    stadsdeel=_stadsdeel(index[pid].stadsdeel),
                    registered_at=index[pid].registered_at,
                    reasons=tuple(dict.fromkeys(why)),
                )
                for pid, why in reasons.items()
                if pid in index
            ]
            if matches:
                matches.sort(key=lambda m: (not m.strong, -len(m.reasons), m.name))
                c.status = RowStatus.DUPLICATE
                c.matches = tuple(matches[:MAX_DUPLICATES])

    def _similar(self, c: Candidate) -> set[uuid.UUID]:
        if c.stadsdeel is None:
            return set()
        p = c.data.person
        family = name_key(f"{p.infix} {p.family_name}")
        given = name_key(p.given_name)
        if len(family) < 2 or not given:
            return set()
        found = set()
        for kind, prefix in (("family", family[:2]), ("given", given[:2])):
            for pid, g_key, f_key in self._group(c.stadsdeel.value, kind, prefix):
                if similar_names(given, family, g_key, f_key):
                    found.add(pid)
        return found

    def _group(self, stadsdeel: str, kind: str, prefix: str) -> list[tuple[uuid.UUID, str, str]]:
        key = (stadsdeel, kind, prefix)
        if key not in self._groups:
            column = PersonIndex.family_key if kind == "family" else PersonIndex.given_key
            upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            rows = self.session.execute(
                sa.select(PersonIndex.person_id, PersonIndex.given_key, PersonIndex.family_key)
                .where(PersonIndex.stadsdeel == stadsdeel, column >= prefix, column < upper)
                .limit(NAME_CANDIDATE_LIMIT)
            ).all()
            self._groups[key] = [(pid, g, f) for pid, g, f in rows]
        return self._groups[key]


def _stadsdeel(value: str | None) -> Stadsdeel | None:
    return Stadsdeel(value) if value else None


def file_keys(c: Candidate) -> list[tuple[str, str]]:
    """What makes two rows of one file the same person: a contact detail, the KVK number,
    or the same name at the same postcode."""
    p = c.data.person
    keys = []
    if p.email:
        keys.append(("email", p.email.lower()))
    if p.phone:
        keys.append(("phone", p.phone))
    if c.data.enterprise and c.data.enterprise.kvk_number:
        keys.append(("kvk", c.data.enterprise.kvk_number))
    name = (name_key(p.given_name), name_key(f"{p.infix} {p.family_name}"))
    keys.append(("name", f"{name[0]}|{name[1]}|{p.home_postcode or ''}"))
    return keys
