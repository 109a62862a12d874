"""Consent per purpose: what a person agreed to, with which text, how, when and who
recorded it, and its withdrawal (DOMAIN.md section 3, "The Consent record").

A consent is one record per time it was given; it is never changed except to be
withdrawn. The *status* of a purpose (for sharing: of a purpose and a partner) is
active while one of its records is not withdrawn. Withdrawing a purpose withdraws all
of its active records at once, so that nothing given earlier still counts:

- sharing with a partner: no new letter to that partner can be made, printed or sent
  (:class:`hubdesk.services.referrals.ReferralService` checks the referral's consent);
- record-level monitoring: the person leaves every record-level export, which selects
  persons with :func:`persons_with_consent` (or :func:`consent_holders` as a subquery).

Every write is one transaction with the change log and the audit log. The audit log
names the consent and the person by id only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import AuditAction, ConsentMethod, ConsentPurpose, Language
from hubdesk.models.errors import NotFound, UserFacingError
from hubdesk.models.logs import ChangeLogEntry
from hubdesk.models.org import Worker
from hubdesk.models.people import Person
from hubdesk.models.reference import reference
from hubdesk.models.referrals import Consent, Partner
from hubdesk.services import audit, letters
from hubdesk.services.readmodels import Changes
from hubdesk.services.referrals import shared_items
from hubdesk.services.roles import Permission, require
from hubdesk.services.store import Actor, Store

# The purposes the desk asks about, in the order the file shows them. Newsletter and
# story/photo have no consent text yet (resources/reference/consent.toml): they are
# shown only once a person has such a consent (recorded elsewhere, or by an older desk).
DESK_PURPOSES = (
    ConsentPurpose.REGISTRATION,
    ConsentPurpose.SHARE_WITH_PARTNER,
    ConsentPurpose.MONITORING_RECORD_LEVEL,
)


# -- read models ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """One consent as given, and its withdrawal (``withdrawn_by_name`` from the change log)."""

    id: uuid.UUID
    purpose: ConsentPurpose
    partner_id: uuid.UUID | None
    partner_name: str | None
    data_items: tuple[str, ...]
    text_version: str
    method: ConsentMethod
    given_at: dt.datetime
    recorded_by_name: str | None
    withdrawn_at: dt.datetime | None
    withdrawn_by_name: str | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True, slots=True)
class PurposeStatus:
    """The state of one purpose (for sharing: one purpose and one partner).

    ``latest`` is the record that says most: the newest active one, else the newest
    withdrawn one; None when the person was never asked.
    """

    purpose: ConsentPurpose
    partner_id: uuid.UUID | None
    partner_name: str | None
    latest: ConsentRecord | None

    @property
    def active(self) -> bool:
        return self.latest is not None and self.latest.active

    @property
    def withdrawn(self) -> bool:
        return self.latest is not None and not self.latest.active


@dataclass(frozen=True, slots=True)
class PersonConsents:
    """A person's consents: one status per purpose (sharing: per partner) and the full history."""

    person_id: uuid.UUID
    language: Language
    statuses: tuple[PurposeStatus, ...]
    history: tuple[ConsentRecord, ...]
    """Every record, newest first."""


@dataclass(frozen=True, slots=True)
class ConsentWording:
    """The text to read out or show, in one language, with its version."""

    purpose: ConsentPurpose
    version: str
    language: Language
    text: str


# -- queries for other services -------------------------------------------------------------------
def consent_holders(
    purpose: ConsentPurpose, *, on: dt.date | None = None, partner_id: uuid.UUID | None = None
) -> sa.Select[uuid.UUID]:
    """The ids of living persons with an active consent for ``purpose`` (and ``partner_id``),
    as a SELECT to use as a subquery (``Person.id.in_(consent_holders(...))``).

    ``on``: only consents given on or before that day (UTC date of ``given_at``). A
    withdrawal counts at once, whenever it happened: a withdrawn consent never counts, also
    not for an export of an earlier period.
    """
    query = (
        sa.select(Consent.person_id)
        .join(Person, Person.id == Consent.person_id)
        .where(
            Consent.purpose == purpose,
            Consent.withdrawn_at.is_(None),
            Consent.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
        .distinct()
    )
    if partner_id is not None:
        query = query.where(Consent.partner_id == partner_id)
    if on is not None:
        end = dt.datetime.combine(on + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
        query = query.where(Consent.given_at < end)
    return query


def persons_with_consent(
    session: Session,
    purpose: ConsentPurpose,
    *,
    on: dt.date | None = None,
    partner_id: uuid.UUID | None = None,
) -> set[uuid.UUID]:
    """The living persons with an active consent for ``purpose`` (see :func:`consent_holders`),
    read in the caller's transaction. For record-level monitoring exports:
    ``persons_with_consent(s, ConsentPurpose.MONITORING_RECORD_LEVEL)``."""
    return set(session.execute(consent_holders(purpose, on=on, partner_id=partner_id)).scalars())


def has_active_consent(
    session: Session, person_id: uuid.UUID, purpose: ConsentPurpose, partner_id: uuid.UUID | None = None
) -> bool:
    """Whether the person has an active consent for ``purpose`` (and ``partner_id``) now."""
    query = sa.select(Consent.id).where(
        Consent.person_id == person_id,
        Consent.purpose == purpose,
        Consent.withdrawn_at.is_(None),
        Consent.deleted_at.is_(None),
    )
    if partner_id is not None:
        query = query.where(Consent.partner_id == partner_id)
    return session.execute(query.limit(1)).first() is not None


def wording(
    purpose: ConsentPurpose,
    language: Language | str,
    *,
    partner_name: str = "",
    partner_fields: Iterable[str] = (),
) -> ConsentWording | None:
    """The current consent text for ``purpose`` in ``language``; for sharing with the
    partner's name and the data items filled in (as the referral dialog shows it).
    None when there is no text for the purpose."""
    lang = Language(language)
    text = reference().consent_texts.get(purpose.value)
    if text is None:
        return None
    body = text.text(lang.value)
    if purpose is ConsentPurpose.SHARE_WITH_PARTNER:
        template = letters.load_template(lang.value)
        items = ", ".join(template.data_item_label(code) for code in shared_items(list(partner_fields)))
        body = body.replace("{partner}", partner_name).replace("{items}", items)
    return ConsentWording(purpose=purpose, version=text.version, language=lang, text=body)


# -- the service ----------------------------------------------------------------------------------
class ConsentService:
    """List, give and withdraw a person's consents. Thread contract as :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def of_person(self, person_id: uuid.UUID) -> PersonConsents:
        """The person's consents: a status for each purpose the desk asks about, for each
        partner ever named, and for any other purpose on record; and the whole history."""
        with self._store.read() as s:
            person = _living_person(s, person_id)
            rows = s.execute(
                sa.select(Consent, Partner.name)
                .outerjoin(Partner, Partner.id == Consent.partner_id)
                .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
                .order_by(Consent.given_at.desc(), Consent.created_at.desc())
            ).all()
            withdrawers = _withdrawers(s, [c.id for c, _ in rows if c.withdrawn_at is not None])
            workers: dict[uuid.UUID, str] = {wid: name for wid, name in s.execute(sa.select(Worker.id, Worker.name))}
            history = tuple(_record(c, partner_name, workers, withdrawers.get(c.id)) for c, partner_name in rows)
            language = person.preferred_language
        return PersonConsents(person_id, Language(language), _statuses(history), history)

    def wording(
        self, purpose: ConsentPurpose, language: Language | str, partner_id: uuid.UUID | None = None
    ) -> ConsentWording | None:
        """The current text to read out (see :func:`wording`); the partner is looked up."""
        if purpose is not ConsentPurpose.SHARE_WITH_PARTNER or partner_id is None:
            return wording(purpose, language)
        with self._store.read() as s:
            partner = s.get(Partner, partner_id)
            if partner is None or partner.is_deleted:
                raise NotFound(entity="partners", id=str(partner_id))
            return wording(purpose, language, partner_name=partner.name, partner_fields=partner.referral_fields)

    def give(
        self,
        actor: Actor,
        person_id: uuid.UUID,
        purpose: ConsentPurpose | str | None,
        method: ConsentMethod | str,
        *,
        text_version: str | None = None,
        partner_id: uuid.UUID | None = None,
    ) -> tuple[uuid.UUID, Changes]:
        """Record that the person agreed to ``purpose`` after hearing or reading the text
        ``text_version`` (the current one by default), given in the way ``method``.

        Any worker of the hub may record consent. Raises :class:`UserFacingError`:
        ``consent.purpose_required`` (no purpose), ``consent.purpose_unknown``,
        ``consent.partner_missing`` (sharing names no partner), ``consent.partner_not_allowed``
        (a partner for another purpose), ``consent.method_unknown``, ``consent.no_text``
        (no version given and no text known for the purpose), ``consent.worker_required``;
        :class:`NotFound` for an unknown person or partner.
        """
        chosen = _purpose(purpose)
        how = _method(method)
        if chosen is ConsentPurpose.SHARE_WITH_PARTNER and partner_id is None:
            raise UserFacingError("consent.partner_missing")
        if chosen is not ConsentPurpose.SHARE_WITH_PARTNER and partner_id is not None:
            raise UserFacingError("consent.partner_not_allowed", purpose=chosen.value)
        version = (text_version or "").strip()
        if not version:
            current = reference().consent_texts.get(chosen.value)
            if current is None:
                raise UserFacingError("consent.no_text", purpose=chosen.value)
            version = current.version
        if len(version) > 40:
            raise UserFacingError("consent.version_invalid")
        with self._store.write(actor) as s:
            require(s, actor, Permission.DESK_WORK, "consent.worker_required")
            person = _living_person(s, person_id)
            items: list[str] = []
            if partner_id is not None:
                partner = s.get(Partner, partner_id)
                if partner is None or partner.is_deleted:
                    raise NotFound(entity="partners", id=str(partner_id))
                items = shared_items(list(partner.referral_fields))
            consent = Consent(
                person_id=person.id,
                hub_id=person.hub_id,
                purpose=chosen,
                partner_id=partner_id,
                data_items=items,
                text_version=version,
                method=how,
                given_at=s.info["write"].now,
                recorded_by=actor.worker_id,
            )
            s.add(consent)
            s.flush()
            audit.record(
                s,
                AuditAction.CREATE,
                "consents",
                consent.id,
                person_id=person.id,
                detail={"purpose": chosen.value, "text_version": version, "method": how.value},
            )
            return consent.id, Changes.from_entries(s.info["write"].entries)

    def withdraw(
        self,
        actor: Actor,
        person_id: uuid.UUID,
        purpose: ConsentPurpose | str | None,
        *,
        partner_id: uuid.UUID | None = None,
    ) -> Changes:
        """Withdraw the purpose (for sharing: with this partner) at once: every active
        record of it is withdrawn in one transaction.

        Raises ``consent.purpose_required``, ``consent.partner_missing`` (sharing names no
        partner), ``consent.not_active`` (nothing to withdraw), ``consent.worker_required``.
        """
        chosen = _purpose(purpose)
        if chosen is ConsentPurpose.SHARE_WITH_PARTNER and partner_id is None:
            raise UserFacingError("consent.partner_missing")
        with self._store.write(actor) as s:
            require(s, actor, Permission.DESK_WORK, "consent.worker_required")
            person = _living_person(s, person_id)
            query = sa.select(Consent).where(
                Consent.person_id == person.id,
                Consent.purpose == chosen,
                Consent.withdrawn_at.is_(None),
                Consent.deleted_at.is_(None),
            )
            if partner_id is not None:
                query = query.where(Consent.partner_id == partner_id)
            active = list(s.execute(query).scalars())
            if not active:
                raise UserFacingError("consent.not_active", purpose=chosen.value)
            now = s.info["write"].now
            for consent in active:
                consent.withdrawn_at = now
            s.flush()
            for consent in active:
                audit.record(
                    s,
                    AuditAction.UPDATE,
                    "consents",
                    consent.id,
                    person_id=person.id,
                    detail={"purpose": chosen.value, "withdrawn": True},
                )
            return Changes.from_entries(s.info["write"].entries)


# -- helpers --------------------------------------------------------------------------------------
def _purpose(value: ConsentPurpose | str | None) -> ConsentPurpose:
    if value is None or value == "":
        raise UserFacingError("consent.purpose_required")
    try:
        return ConsentPurpose(value)
    except ValueError:
        raise UserFacingError("consent.purpose_unknown", purpose=str(value)) from None


def _method(value: ConsentMethod | str) -> ConsentMethod:
    try:
        return ConsentMethod(value)
    except ValueError:
        raise UserFacingError("consent.method_unknown", method=str(value)) from None


def _living_person(s: Session, person_id: uuid.UUID) -> Person:
    person = s.get(Person, person_id)
    if person is None or person.is_deleted:
        raise NotFound(entity="persons", id=str(person_id))
    return person


def _withdrawers(s: Session, consent_ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID | None]:
    """Who withdrew each consent: the worker of the change that set ``withdrawn_at``."""
    if not consent_ids:
        return {}
    found: dict[uuid.UUID, uuid.UUID | None] = {}
    rows = s.execute(
        sa.select(ChangeLogEntry)
        .where(ChangeLogEntry.entity == "consents", ChangeLogEntry.record_id.in_(consent_ids))
        .order_by(ChangeLogEntry.lamport)
    ).scalars()
    for entry in rows:
        if entry.fields.get("withdrawn_at") is not None and entry.record_id not in found:
            found[entry.record_id] = entry.worker_id
    return found


def _record(
    c: Consent, partner_name: str | None, workers: dict[uuid.UUID, str], withdrawn_by: uuid.UUID | None
) -> ConsentRecord:
    return ConsentRecord(
        id=c.id,
        purpose=c.purpose,
        partner_id=c.partner_id,
        partner_name=partner_name,
        data_items=tuple(c.data_items),
        text_version=c.text_version,
        method=c.method,
        given_at=c.given_at,
        recorded_by_name=workers.get(c.recorded_by) if c.recorded_by else None,
        withdrawn_at=c.withdrawn_at,
        withdrawn_by_name=workers.get(withdrawn_by) if withdrawn_by else None,
    )


def _statuses(history: tuple[ConsentRecord, ...]) -> tuple[PurposeStatus, ...]:
    """One status per desk purpose, per partner named, and per other purpose on record."""
    by_key: dict[tuple[ConsentPurpose, uuid.UUID | None], list[ConsentRecord]] = {}
    for record in history:  # newest first
        by_key.setdefault((record.purpose, record.partner_id), []).append(record)

    def status(purpose: ConsentPurpose, partner_id: uuid.UUID | None) -> PurposeStatus:
        records = by_key.get((purpose, partner_id), [])
        latest = next((r for r in records if r.active), records[0] if records else None)
        return PurposeStatus(purpose, partner_id, latest.partner_name if latest else None, latest)

    out: list[PurposeStatus] = []
    for purpose in (*DESK_PURPOSES, *(p for p in ConsentPurpose if p not in DESK_PURPOSES)):
        if purpose is ConsentPurpose.SHARE_WITH_PARTNER:
            partners = [k[1] for k in by_key if k[0] is purpose]
            shared = [status(purpose, pid) for pid in partners]
            out.extend(sorted(shared, key=lambda st: (st.partner_name or "").lower()))
        elif purpose in DESK_PURPOSES or (purpose, None) in by_key:
            out.append(status(purpose, None))
    return tuple(out)
