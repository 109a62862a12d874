"""Intake: register walk-ins without duplicates, edit with optimistic concurrency,
visits, notes and the entrepreneur's file.

Each public method is one transaction on the store that also writes the change log
(automatically) and the audit log (explicitly, here).
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hubdesk.models.enums import AuditAction, ConsentPurpose, NoteVisibility, ReferralStatus, Stadsdeel
from hubdesk.models.errors import DuplicatesFound, FieldIssue, NotFound, StaleEdit, ValidationFailed
from hubdesk.models.guidance import Note, Visit
from hubdesk.models.names import name_key, similar_names
from hubdesk.models.org import Hub, Worker
from hubdesk.models.people import Enterprise, Person, PersonEnterprise, PersonIndex
from hubdesk.models.reference import reference
from hubdesk.models.referrals import Consent, Partner, Referral
from hubdesk.models.schemas import (
    CURRENT_SBI_VERSION,
    EnterpriseInput,
    EnterpriseUpdate,
    NoteInput,
    PersonInput,
    PersonUpdate,
    RegistrationInput,
    VisitInput,
)
from hubdesk.models.validation import (
    issues_from_validation_error,
    normalize_email,
    normalize_kvk,
    normalize_phone,
    normalize_postcode,
)
from hubdesk.services import audit
from hubdesk.services.guidance import guidance_timeline
from hubdesk.services.readmodels import (
    Changes,
    ConsentView,
    DuplicateCandidate,
    EnterpriseView,
    PersonFile,
    PersonView,
    RegistrationResult,
    TimelineItem,
)
from hubdesk.services.store import Actor, Store

M = TypeVar("M", bound=BaseModel)
NAME_CANDIDATE_LIMIT = 200
MAX_DUPLICATES = 10


def validated(model: type[M], data: M | dict[str, Any]) -> M:
    """``data`` as a valid ``model``; raises :class:`ValidationFailed` with every issue."""
    if isinstance(data, model):
        return data
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(issues_from_validation_error(exc)) from None


@dataclass(frozen=True, slots=True)
class DuplicateProbe:
    """What is known so far of a person being registered (fields may be partial or raw)."""

    given_name: str = ""
    infix: str = ""
    family_name: str = ""
    email: str = ""
    phone: str = ""
    kvk_number: str = ""
    home_postcode: str = ""
    stadsdeel: Stadsdeel | None = None


def _try(func: Any, value: str) -> str | None:
    if not value or not value.strip():
        return None
    try:
        result: str = func(value)
    except PydanticCustomError:
        return None
    return result


def _key_range(column: Any, prefix: str) -> Any:
    """``column`` starts with ``prefix``, as an index-friendly range."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return sa.and_(column >= prefix, column < upper)


def find_duplicates_in(
    session: Session, probe: DuplicateProbe, exclude: uuid.UUID | None = None
) -> list[DuplicateCandidate]:
    reasons: dict[uuid.UUID, list[str]] = {}

    def add(ids: Any, reason: str) -> None:
        for pid in ids:
            if pid != exclude:
                reasons.setdefault(pid, []).append(reason)

    living = Person.deleted_at.is_(None)
    if email := _try(normalize_email, probe.email):
        add(
            session.execute(sa.select(Person.id).where(sa.func.lower(Person.email) == email.lower(), living)).scalars(),
            "email",
        )
    if phone := _try(normalize_phone, probe.phone):
        add(session.execute(sa.select(Person.id).where(Person.phone_e164 == phone, living)).scalars(), "phone")
    if kvk := _try(normalize_kvk, probe.kvk_number):
        add(
            session.execute(
                sa.select(PersonEnterprise.person_id)
                .join(Enterprise, Enterprise.id == PersonEnterprise.enterprise_id)
                .where(
                    Enterprise.kvk_number == kvk, Enterprise.deleted_at.is_(None), PersonEnterprise.deleted_at.is_(None)
                )
            ).scalars(),
            "kvk",
        )
    stadsdeel = probe.stadsdeel or reference().stadsdeel_for_postcode(_try(normalize_postcode, probe.home_postcode))
    family = name_key(f"{probe.infix} {probe.family_name}")
    given = name_key(probe.given_name)
    if stadsdeel is not None and len(family) >= 2 and given:
        pi = PersonIndex
        by_family = (
            sa.select(pi.person_id, pi.given_key, pi.family_key)
            .where(pi.stadsdeel == stadsdeel.value, _key_range(pi.family_key, family[:2]))
            .limit(NAME_CANDIDATE_LIMIT)
        )
        by_given = (
            sa.select(pi.person_id, pi.given_key, pi.family_key)
            .where(pi.stadsdeel == stadsdeel.value, _key_range(pi.given_key, given[:2]))
            .limit(NAME_CANDIDATE_LIMIT)
        )
        seen: set[uuid.UUID] = set()
        for query in (by_family, by_given):
            for pid, g_key, f_key in session.execute(query):
                if pid not in seen and similar_names(given, family, g_key, f_key):
                    seen.add(pid)
        add(seen, "name")
    if not reasons:
        return []
    rows = session.execute(sa.select(PersonIndex).where(PersonIndex.person_id.in_(list(reasons)))).scalars().all()
    candidates = [
        DuplicateCandidate(
            person_id=r.person_id,
            name=r.display_name,
            enterprise_name=r.enterprise_name,
            stadsdeel=Stadsdeel(r.stadsdeel) if r.stadsdeel else None,
            registered_at=r.registered_at,
            reasons=tuple(dict.fromkeys(reasons[r.person_id])),
        )
        for r in rows
    ]
    candidates.sort(key=lambda c: (not c.strong, -len(c.reasons), c.name))
    return candidates[:MAX_DUPLICATES]


def _missing_registration_consent(data: object, issues: tuple[FieldIssue, ...]) -> list[FieldIssue]:
    """The consent issue too, when other fields failed first (pydantic checks it last),
    so that the worker sees every problem at once."""
    if not isinstance(data, dict) or any(i.code == "consent.registration_required" for i in issues):
        return []
    consents = data.get("consents") or []
    purposes = {c.get("purpose") for c in consents if isinstance(c, dict)}
    if ConsentPurpose.REGISTRATION.value in purposes or ConsentPurpose.REGISTRATION in purposes:
        return []
    return [FieldIssue("consents", "consent.registration_required")]


def person_view(p: Person) -> PersonView:
    return PersonView(
        id=p.id,
        version=p.version,
        hub_id=p.hub_id,
        given_name=p.given_name,
        infix=p.infix,
        family_name=p.family_name,
        email=p.email,
        phone_e164=p.phone_e164,
        preferred_language=p.preferred_language,
        home_postcode=p.home_postcode,
        stadsdeel=p.stadsdeel,
        wijk=p.wijk,
        birth_year=p.birth_year,
        income_situation=p.income_situation,
        registered_at=p.registered_at,
        last_contact_at=p.last_contact_at,
        updated_at=p.updated_at,
    )


def _enterprise_from(data: EnterpriseInput, hub_id: uuid.UUID) -> Enterprise:
    values = data.model_dump(exclude={"role"})
    if values["sbi_code"]:
        values["sbi_version"] = CURRENT_SBI_VERSION
    return Enterprise(hub_id=hub_id, **values)


class IntakeService:
    """Registration, editing, visits, notes and the file of an entrepreneur."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- duplicates ---------------------------------------------------------------
    def find_duplicates(self, probe: DuplicateProbe, exclude: uuid.UUID | None = None) -> list[DuplicateCandidate]:
        """Persons who may be the one described: same e-mail, phone or KVK number,
        or a similar name (diacritics, particles, small typos) in the same stadsdeel.
        Strong matches (same contact detail or KVK number) come first."""
        with self._store.read() as s:
            return find_duplicates_in(s, probe, exclude)

    # -- registration -------------------------------------------------------------
    def register(
        self, actor: Actor, data: RegistrationInput | dict[str, Any], *, allow_duplicates: bool = False
    ) -> RegistrationResult:
        """Register a walk-in: person, enterprise or idea, first visit and consents.

        Raises :class:`ValidationFailed` for invalid input and :class:`DuplicatesFound`
        when probable duplicates exist, unless the worker confirmed they are not
        (``allow_duplicates``). Nothing is written in either case.
        """
        try:
            reg = validated(RegistrationInput, data)
        except ValidationFailed as exc:
            raise ValidationFailed([*exc.issues, *_missing_registration_consent(data, exc.issues)]) from None
        p = reg.person
        stadsdeel = p.stadsdeel or reference().stadsdeel_for_postcode(p.home_postcode)
        with self._store.write(actor) as s:
            ctx = s.info["write"]
            if not allow_duplicates:
                probe = DuplicateProbe(
                    given_name=p.given_name,
                    infix=p.infix,
                    family_name=p.family_name,
                    email=p.email or "",
                    phone=p.phone or "",
                    kvk_number=(reg.enterprise.kvk_number or "") if reg.enterprise else "",
                    stadsdeel=stadsdeel,
                )
                found = find_duplicates_in(s, probe)
                if found:
                    raise DuplicatesFound(found)
            self._check_partners(s, [c.partner_id for c in reg.consents if c.partner_id])
            person = self._new_person(p, actor.hub_id, stadsdeel, ctx.now)
            s.add(person)
            s.flush()
            enterprise = None
            if reg.enterprise is not None:
                enterprise = _enterprise_from(reg.enterprise, actor.hub_id)
                s.add(enterprise)
                s.flush()
                s.add(PersonEnterprise(person_id=person.id, enterprise_id=enterprise.id, role=reg.enterprise.role))
            visit = Visit(
                person_id=person.id,
                enterprise_id=enterprise.id if enterprise else None,
                hub_id=actor.hub_id,
                worker_id=actor.worker_id,
                at=ctx.now,
                channel=reg.visit.channel,
                referred_in_by=reg.visit.referred_in_by,
                needs=[n.value for n in reg.visit.needs],
                summary=reg.visit.summary,
            )
            s.add(visit)
            for c in reg.consents:
                s.add(
                    Consent(
                        person_id=person.id,
                        hub_id=actor.hub_id,
                        purpose=c.purpose,
                        partner_id=c.partner_id,
                        data_items=list(c.data_items),
                        text_version=c.text_version,
                        method=c.method,
                        given_at=ctx.now,
                        recorded_by=actor.worker_id,
                    )
                )
            s.flush()
            audit.record(s, AuditAction.CREATE, "persons", person.id, person_id=person.id)
            result_ids = (person.id, enterprise.id if enterprise else None, visit.id)
        return RegistrationResult(*result_ids, changes=Changes.from_entries(ctx.entries))

    @staticmethod
    def _new_person(p: PersonInput, hub_id: uuid.UUID, stadsdeel: Stadsdeel | None, now: dt.datetime) -> Person:
        return Person(
            hub_id=hub_id,
            given_name=p.given_name,
            infix=p.infix,
            family_name=p.family_name,
            email=p.email,
            phone_e164=p.phone,
            preferred_language=p.preferred_language,
            home_postcode=p.home_postcode,
            stadsdeel=stadsdeel,
            wijk=p.wijk,
            birth_year=p.birth_year,
            income_situation=p.income_situation,
            pseudonym_id=secrets.token_hex(16),
            registered_at=now,
            last_contact_at=now,
        )

    @staticmethod
    def _check_partners(session: Session, partner_ids: list[uuid.UUID]) -> None:
        if not partner_ids:
            return
        known = set(session.execute(sa.select(Partner.id).where(Partner.id.in_(partner_ids))).scalars())
        missing = [pid for pid in partner_ids if pid not in known]
        if missing:
            raise NotFound(entity="partners", id=str(missing[0]))

    # -- edits ----------------------------------------------------------------------
    def update_person(
        self, actor: Actor, person_id: uuid.UUID, base_version: int, data: PersonUpdate | dict[str, Any]
    ) -> tuple[PersonView, Changes]:
        """Apply the fields set in ``data`` to a person last seen at ``base_version``.

        Raises :class:`StaleEdit` (carrying the stored version and the attempted
        changes) when the person changed meanwhile; nothing is overwritten.
        """
        update = validated(PersonUpdate, data)
        changes = update.changes()
        if "phone" in changes:
            changes["phone_e164"] = changes.pop("phone")
        if "home_postcode" in changes and "stadsdeel" not in changes:
            derived = reference().stadsdeel_for_postcode(changes["home_postcode"])
            if derived is not None:
                changes["stadsdeel"] = derived
        try:
            with self._store.write(actor) as s:
                person = self._living(s, person_id)
                if person.version != base_version:
                    raise StaleEdit("persons", person_view(person), changes)
                for key, value in changes.items():
                    setattr(person, key, value)
                s.flush()
                audit.record(
                    s, AuditAction.UPDATE, "persons", person.id, person_id=person.id, detail={"fields": sorted(changes)}
                )
                view = person_view(person)
                entries = s.info["write"].entries
        except StaleDataError:
            with self._store.read() as s:
                raise StaleEdit("persons", person_view(self._living(s, person_id)), changes) from None
        return view, Changes.from_entries(entries)

    def update_enterprise(
        self, actor: Actor, enterprise_id: uuid.UUID, base_version: int, data: EnterpriseUpdate | dict[str, Any]
    ) -> Changes:
        """Like :meth:`update_person`, for an enterprise."""
        update = validated(EnterpriseUpdate, data)
        changes = update.changes()
        if changes.get("sbi_code"):
            changes["sbi_version"] = CURRENT_SBI_VERSION
        with self._store.write(actor) as s:
            ent = s.get(Enterprise, enterprise_id)
            if ent is None or ent.is_deleted:
                raise NotFound(entity="enterprises", id=str(enterprise_id))
            if ent.version != base_version:
                link = s.execute(
                    sa.select(PersonEnterprise.role).where(PersonEnterprise.enterprise_id == ent.id).limit(1)
                ).scalar()
                raise StaleEdit("enterprises", _enterprise_view(ent, link), changes)
            for key, value in changes.items():
                setattr(ent, key, value)
            s.flush()
            person_ids = (
                s.execute(sa.select(PersonEnterprise.person_id).where(PersonEnterprise.enterprise_id == ent.id))
                .scalars()
                .all()
            )
            for pid in person_ids:
                audit.record(
                    s, AuditAction.UPDATE, "enterprises", ent.id, person_id=pid, detail={"fields": sorted(changes)}
                )
            return Changes.from_entries(s.info["write"].entries)

    # -- visits and notes -------------------------------------------------------------
    def register_visit(
        self, actor: Actor, person_id: uuid.UUID, data: VisitInput | dict[str, Any] | None = None
    ) -> Changes:
        """A returning entrepreneur: a visit is added and the last contact moves to now."""
        visit_in = validated(VisitInput, data or {})
        with self._store.write(actor) as s:
            ctx = s.info["write"]
            person = self._living(s, person_id)
            visit = Visit(
                person_id=person.id,
                enterprise_id=visit_in.enterprise_id,
                hub_id=actor.hub_id,
                worker_id=actor.worker_id,
                at=ctx.now,
                channel=visit_in.channel,
                referred_in_by=visit_in.referred_in_by,
                needs=[n.value for n in visit_in.needs],
                summary=visit_in.summary,
            )
            s.add(visit)
            person.last_contact_at = ctx.now
            s.flush()
            audit.record(s, AuditAction.CREATE, "visits", visit.id, person_id=person.id)
            return Changes.from_entries(ctx.entries)

    def add_note(self, actor: Actor, person_id: uuid.UUID, data: NoteInput | dict[str, Any]) -> Changes:
        note_in = validated(NoteInput, data)
        with self._store.write(actor) as s:
            ctx = s.info["write"]
            person = self._living(s, person_id)
            note = Note(
                person_id=person.id,
                enterprise_id=note_in.enterprise_id,
                hub_id=actor.hub_id,
                author_id=actor.worker_id,
                written_at=ctx.now,
                text=note_in.text,
                visibility=note_in.visibility,
            )
            s.add(note)
            s.flush()
            audit.record(s, AuditAction.CREATE, "notes", note.id, person_id=person.id)
            return Changes.from_entries(ctx.entries)

    # -- the file -------------------------------------------------------------------------
    def get_file(self, actor: Actor, person_id: uuid.UUID) -> PersonFile:
        """The entrepreneur's file; opening it is recorded in the audit log as a view."""
        with self._store.write(actor) as s:
            person = self._living(s, person_id)
            audit.record(s, AuditAction.VIEW, "persons", person.id, person_id=person.id)
            return self._file(s, actor, person)

    def _file(self, s: Session, actor: Actor, person: Person) -> PersonFile:
        ents = s.execute(
            sa.select(Enterprise, PersonEnterprise.role)
            .join(PersonEnterprise, PersonEnterprise.enterprise_id == Enterprise.id)
            .where(
                PersonEnterprise.person_id == person.id,
                PersonEnterprise.deleted_at.is_(None),
                Enterprise.deleted_at.is_(None),
            )
            .order_by(Enterprise.created_at)
        ).all()
        consents = s.execute(
            sa.select(Consent, Partner.name)
            .outerjoin(Partner, Partner.id == Consent.partner_id)
            .where(Consent.person_id == person.id, Consent.deleted_at.is_(None))
            .order_by(Consent.given_at)
        ).all()
        workers = dict(s.execute(sa.select(Worker.id, Worker.name)).all())
        timeline: list[TimelineItem] = []
        for v in s.execute(sa.select(Visit).where(Visit.person_id == person.id, Visit.deleted_at.is_(None))).scalars():
            timeline.append(
                TimelineItem(
                    "visit",
                    v.id,
                    v.at,
                    workers.get(v.worker_id) if v.worker_id else None,
                    channel=v.channel,
                    needs=tuple(v.needs),
                    text=v.summary,
                )
            )
        for n in s.execute(sa.select(Note).where(Note.person_id == person.id, Note.deleted_at.is_(None))).scalars():
            if n.visibility is NoteVisibility.AUTHOR and n.author_id != actor.worker_id:
                continue
            timeline.append(
                TimelineItem(
                    "note",
                    n.id,
                    n.written_at,
                    workers.get(n.author_id) if n.author_id else None,
                    text=n.text,
                    visibility=n.visibility,
                )
            )
        # Referrals before guidance: at the same moment (closing a referral completes its
        # follow-up step) the referral shows first, as the file sorts newest first, stably.
        timeline += referral_timeline(s, person.id, workers)
        timeline += guidance_timeline(s, person.id, workers)
        timeline.sort(key=lambda t: t.at, reverse=True)
        hub = s.get(Hub, person.hub_id)
        return PersonFile(
            person=person_view(person),
            enterprises=tuple(_enterprise_view(e, role) for e, role in ents),
            consents=tuple(
                ConsentView(
                    c.id,
                    c.purpose,
                    c.partner_id,
                    pname,
                    tuple(c.data_items),
                    c.text_version,
                    c.method,
                    c.given_at,
                    c.withdrawn_at,
                )
                for c, pname in consents
            ),
            timeline=tuple(timeline),
            hub_name=hub.name if hub else "",
        )

    @staticmethod
    def _living(s: Session, person_id: uuid.UUID) -> Person:
        person = s.get(Person, person_id)
        if person is None or person.is_deleted:
            raise NotFound(entity="persons", id=str(person_id))
        return person


def referral_timeline(s: Session, person_id: uuid.UUID, workers: dict[uuid.UUID, str]) -> list[TimelineItem]:
    """The file's timeline entries of the person's referrals: made, sent and closed (in the
    caller's transaction; ``workers`` maps ids to names). "By" is the worker who made it."""
    rows = s.execute(
        sa.select(Referral, Partner.name)
        .join(Partner, Partner.id == Referral.partner_id)
        .where(Referral.person_id == person_id, Referral.deleted_at.is_(None))
    ).all()
    items: list[TimelineItem] = []
    for r, partner_name in rows:
        by = workers.get(r.worker_id) if r.worker_id else None
        items.append(_referral_item("referral_created", r, partner_name, by, r.created_at))
        if r.sent_at is not None:
            items.append(_referral_item("referral_sent", r, partner_name, by, r.sent_at, due_on=r.feedback_due))
        if r.status is ReferralStatus.CLOSED:
            day = r.outcome_at or r.updated_at.astimezone().date()
            # on the day the outcome came in; at noon when it was recorded on another day
            at = r.updated_at if r.updated_at.astimezone().date() == day else _noon(day)
            extra = {"day": day, "outcome": r.outcome, "outcome_source": r.outcome_source}
            items.append(_referral_item("referral_closed", r, partner_name, by, at, **extra))
    # Among equal moments the later event first (the file sorts newest first, stably).
    order = ("referral_closed", "referral_sent", "referral_created")
    items.sort(key=lambda item: order.index(item.kind))
    return items


def _referral_item(
    kind: str, r: Referral, partner_name: str, by: str | None, at: dt.datetime, **extra: Any
) -> TimelineItem:
    return TimelineItem(
        kind, r.id, at, by, reference=r.reference, partner_name=partner_name, referral_status=r.status, **extra
    )


def _noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12)).astimezone(dt.UTC)


def _enterprise_view(e: Enterprise, role: Any) -> EnterpriseView:
    return EnterpriseView(
        id=e.id,
        version=e.version,
        trade_name=e.trade_name,
        kvk_number=e.kvk_number,
        vestigingsnummer=e.vestigingsnummer,
        legal_form=e.legal_form,
        stage=e.stage,
        sbi_code=e.sbi_code,
        activity=e.activity,
        mission=e.mission,
        business_postcode=e.business_postcode,
        business_house_number=e.business_house_number,
        founded_on=e.founded_on,
        role=role,
    )
