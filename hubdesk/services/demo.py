"""Realistic, deterministic demo data for Haarlem's hubs, loaded with bulk inserts.

The same seed and the same day give the same data. Dates are placed around the
store's "today", so that worklists and follow-ups have something due and overdue.
Every replicated row also gets its change-log entry: demo data is ordinary data.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import random
import tomllib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from hubdesk.models.enums import (
    ConsentMethod,
    ConsentPurpose,
    EnterpriseRole,
    Handover,
    IncomeSituation,
    Language,
    LegalForm,
    Need,
    ReferralOutcome,
    ReferralStatus,
    Role,
    Stadsdeel,
    Stage,
    StepStatus,
    TrajectoryStatus,
    VisitChannel,
)
from hubdesk.models.errors import UserFacingError
from hubdesk.models.guidance import StepType
from hubdesk.models.names import fold
from hubdesk.models.org import Hub, NodeState, Worker
from hubdesk.models.people import Person
from hubdesk.models.reference import reference
from hubdesk.models.referrals import Partner
from hubdesk.resources import resource_path
from hubdesk.services.auth import demo_password_hash
from hubdesk.services.bulk import Batch, BulkWriter, produce_in_subprocess, write_batch
from hubdesk.services.changelog import HubSession, WriteContext
from hubdesk.services.demo_impact import DemoEntrepreneur, add_demo_impact
from hubdesk.services.indexing import index_row
from hubdesk.services.setup import seed_reference
from hubdesk.services.store import Store, ensure_indexes, secondary_indexes

BATCH = 5000
PROCESS_THRESHOLD = 10_000
PRODUCERS = 2
REG_CONSENT_VERSION = "registratie-2026-01"
SHARE_CONSENT_VERSION = "delen-2026-01"
# The practice database's administrator (its password is the demo password, as every worker's).
DEMO_ADMIN_NAME = "Wendy Smit"
DEMO_ADMIN_USERNAME = "wendy.smit"
HUB_NAMES = {
    Stadsdeel.CENTRUM: ("Cityhub Centrum", "Zijlstraat 1, 2011 TJ Haarlem"),
    Stadsdeel.NOORD: ("Cityhub Noord", "Rijksstraatweg 100, 2022 DE Haarlem"),
    Stadsdeel.OOST: ("Cityhub Oost", "Amsterdamstraat 20, 2032 PP Haarlem"),
    Stadsdeel.ZUID_WEST: ("Cityhub Zuid-West", "Leidsevaart 150, 2014 HE Haarlem"),
    Stadsdeel.SCHALKWIJK: ("Cityhub Schalkwijk", "Fie Carelsenplein 2, 2034 BJ Haarlem"),
}
STAGE_WEIGHTS = {Stage.IDEA: 30, Stage.STARTING: 30, Stage.RUNNING: 28, Stage.SCALING: 7, Stage.STOPPING: 5}
LETTERS = "ABCEFGHJKLMNPRTVWXZ"
_ALL: dict[type[Any], list[Any]] = {
    e: list(e) for e in (IncomeSituation, VisitChannel, Need, Handover, ReferralOutcome, ReferralStatus)
}


@dataclass
class DemoSummary:
    entrepreneurs: int = 0
    rows: int = 0
    tables: dict[str, int] = field(default_factory=dict)


@dataclass
class _Catalog:
    given: list[str]
    family: list[list[str]]
    kinds: list[str]
    suffixes: list[str]
    missions: list[str]
    activities: list[str]


def _catalog() -> _Catalog:
    with resource_path("demo", "names.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return _Catalog(
        data["given_names"],
        data["family_names"],
        data["enterprise_kinds"],
        data["enterprise_suffixes"],
        data["missions"],
        data["activities"],
    )


def _postcode(rng: random.Random, areas: list[str]) -> str:
    return f"{rng.choice(areas)} {rng.choice(LETTERS)}{rng.choice(LETTERS)}"


def _phone(rng: random.Random) -> str:
    """A Dutch mobile number in a range that is in use (06-1 to 06-5 and 06-8)."""
    return f"+316{rng.choice('123458')}{rng.randrange(10**7):07d}"


def _ascii(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


def generate_demo(
    store: Store, entrepreneurs: int, seed: int = 1, progress: Callable[[int], None] | None = None
) -> DemoSummary:
    """Fill an empty database with ``entrepreneurs`` demo entrepreneurs and what goes with them.

    Sets the node up as a desk of Cityhub Schalkwijk if it has no hub yet. Commits
    every :data:`BATCH` entrepreneurs. Raises ``UserFacingError("demo.not_empty")``
    when the database already holds entrepreneurs.
    """
    if entrepreneurs < 0:
        raise UserFacingError("demo.count", count=entrepreneurs)
    rng = random.Random(seed)
    now = store.clock()
    summary = DemoSummary()
    with store.engine.begin() as conn:
        if conn.execute(sa.select(sa.func.count()).select_from(Person)).scalar():
            raise UserFacingError("demo.not_empty")
        w = BulkWriter.for_connection(
            conn, node_id=store.node_id, worker_id=None, now=now, new_id=_id_source(rng), log_changes=False
        )
        hubs, workers = _setup_hubs(conn, w, store)
        conn.execute(sa.update(NodeState).values(sandbox=True))
        # Every demo worker logs in with the password the login screen shows (sandbox only).
        conn.execute(sa.update(Worker).where(Worker.password_hash.is_(None)).values(password_hash=demo_password_hash()))
        plan = _DemoPlan(
            entrepreneurs=entrepreneurs,
            batch_seed=rng.getrandbits(64),
            now=now,
            node_id=store.node_id,
            sqlite=conn.dialect.name == "sqlite",
            hubs=hubs,
            workers=workers,
            partners=dict(conn.execute(sa.select(Partner.code, Partner.id)).all()),
            step_codes=list(conn.execute(sa.select(StepType.code).order_by(StepType.sort_order)).scalars()),
            impact_seed=seed,
            batch_size=BATCH,
        )
    # Large loads build batches in other processes (every PRODUCERS-th batch each) while
    # this one writes them: making the rows takes longer than writing them.
    if entrepreneurs >= PROCESS_THRESHOLD:
        plans = [dataclasses.replace(plan, first=i, stride=PRODUCERS) for i in range(PRODUCERS)]
        source = _in_turn([produce_in_subprocess(_demo_batches, p) for p in plans])
    else:
        source = _demo_batches(plan)
    made = 0
    with _indexes_built_afterwards(store), store.engine.connect() as conn, _bulk_cache(conn):
        for made, batch in source:
            with conn.begin():
                for table, count in write_batch(conn, batch).items():
                    summary.tables[table] = summary.tables.get(table, 0) + count
            if progress is not None:
                progress(made)
    store.checkpoint()
    summary.entrepreneurs = made
    summary.rows = sum(summary.tables.values())
    return summary


BULK_CACHE_KIB = 256 * 1024


@contextlib.contextmanager
def _indexes_built_afterwards(store: Store) -> Iterator[None]:
    """Load without the secondary indexes and build them at the end, each in one pass.

    Rows with random UUID keys land all over every index, so each batch would rewrite
    most index pages (and its commit copy them all to the log): half the load's time.
    The database is empty apart from its set-up, so building them afterwards is the same
    work once. If the load is cut off, :func:`hubdesk.services.store.ensure_indexes`
    builds the missing ones when the database is next opened.
    """
    if store.engine.dialect.name != "sqlite":
        yield
        return
    with store.engine.begin() as conn:
        for index in secondary_indexes():
            conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')
    try:
        yield
    finally:
        ensure_indexes(store.engine)


@contextlib.contextmanager
def _bulk_cache(conn: sa.Connection) -> Iterator[None]:
    """A large page cache on the loading connection while it loads: rows with random
    UUID keys land all over the tables' B-trees, and SQLite's default 2 MB cache
    makes each batch re-read pages it had a moment ago. Restored afterwards, as the
    connection goes back to the pool."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    conn.commit()  # end the transaction the PRAGMAs began; the load commits batch by batch
    try:
        yield
    finally:
        conn.rollback()  # whatever a failed batch left open
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")
        conn.commit()


def _id_source(rng: random.Random) -> Callable[[], uuid.UUID]:
    return lambda: uuid.UUID(int=rng.getrandbits(128), version=4)


@dataclass(frozen=True)
class _DemoPlan:
    """Everything the batch producer needs (picklable: it may run in another process).

    Batch ``b`` draws from its own generator, seeded with ``batch_seed`` and ``b``, so the
    data is the same whichever process makes which batch: a producer makes batches
    ``first``, ``first + stride``, ...
    """

    entrepreneurs: int
    batch_seed: int
    now: dt.datetime
    node_id: uuid.UUID
    sqlite: bool
    hubs: dict[Stadsdeel, uuid.UUID]
    workers: dict[uuid.UUID, list[uuid.UUID]]
    partners: dict[str, uuid.UUID]
    step_codes: list[str]
    impact_seed: int = 1  # the impact register and events draw from a generator of their own
    batch_size: int = BATCH
    first: int = 0
    stride: int = 1


def _demo_batches(plan: _DemoPlan) -> Iterator[tuple[int, Batch]]:
    """Batches of ``plan.batch_size`` entrepreneurs with what goes with them, as encoded
    rows, with the number of entrepreneurs made once each is written."""
    cat = _catalog()
    areas: dict[Stadsdeel, list[str]] = {}
    for pc, sd in reference().postcode_areas.items():
        areas.setdefault(sd, []).append(pc)
    stadsdelen = list(areas)
    stages = list(STAGE_WEIGHTS)
    weights = list(STAGE_WEIGHTS.values())
    batches = -(-plan.entrepreneurs // plan.batch_size)
    for b in range(plan.first, batches, plan.stride):
        rng = random.Random(f"{plan.batch_seed}-{b}")
        w = BulkWriter(
            sqlite=plan.sqlite,
            node_id=plan.node_id,
            worker_id=None,
            now=plan.now,
            lamport=0,
            new_id=_id_source(rng),
            log_changes=False,
        )
        impact_rng = random.Random(f"impact-{plan.impact_seed}-{b}")
        start = b * plan.batch_size
        n = min(plan.batch_size, plan.entrepreneurs - start)
        people: list[DemoEntrepreneur] = []
        for _ in range(n):
            person = _one_entrepreneur(
                w,
                rng,
                cat,
                plan.now.date(),
                plan.now,
                plan.hubs,
                plan.workers,
                plan.partners,
                plan.step_codes,
                stadsdelen,
                areas,
                stages,
                weights,
            )
            people.append(person)
        add_demo_impact(w, impact_rng, people, plan.now.date(), plan.hubs)
        yield start + n, w.take()


def _in_turn(sources: list[Iterator[tuple[int, Batch]]]) -> Iterator[tuple[int, Batch]]:
    """The batches of producers that make every n-th batch, in the order of the batches."""
    live = list(sources)
    try:
        while live:
            for source in list(live):
                try:
                    yield next(source)
                except StopIteration:
                    live.remove(source)  # the first producers make one batch more, never fewer
    finally:
        for source in sources:
            close = getattr(source, "close", None)
            if close is not None:
                close()  # stops its process


def _setup_hubs(
    conn: sa.Connection, w: BulkWriter, store: Store
) -> tuple[dict[Stadsdeel, uuid.UUID], dict[uuid.UUID, list[uuid.UUID]]]:
    hubs: dict[Stadsdeel, uuid.UUID] = {}
    existing = {
        Stadsdeel(sd) if not isinstance(sd, Stadsdeel) else sd: hid
        for hid, sd in conn.execute(sa.select(Hub.id, Hub.stadsdeel)).all()
    }
    for sd, (name, address) in HUB_NAMES.items():
        hubs[sd] = existing.get(sd) or w.add(
            "hubs",
            {
                "name": name,
                "stadsdeel": sd,
                "address": address,
                "phone": "023 511 5115",
                "email": f"{_ascii(name)}@haarlem.example",
                "active": True,
                "retention_months": 24,
            },
        )
    state_hub = conn.execute(sa.select(NodeState.hub_id)).scalar()
    if state_hub is None:
        state_hub = hubs[Stadsdeel.SCHALKWIJK]
        w.add("nodes", {"id": store.node_id, "hub_id": state_hub, "name": "desk"})
        conn.execute(sa.update(NodeState).values(hub_id=state_hub))
    workers: dict[uuid.UUID, list[uuid.UUID]] = {}
    for hid, wid in conn.execute(sa.select(Worker.hub_id, Worker.id)).all():
        workers.setdefault(hid, []).append(wid)
    first = [
        "Anna Kramer",
        "Karim Benali",
        "Sophie de Wit",
        "Jeroen Smit",
        "Naima El Idrissi",
        "Ruud Vos",
        "Dewi Pinas",
        "Bas Meijer",
        "Latifa Aydın",
        "Mark Brouwer",
        "Ilse Bos",
        "Tarik Demir",
        "Marloes Kok",
        "Ramon Doorson",
        "Yvonne Visser",
    ]
    for i, hid in enumerate(hubs.values()):
        while len(workers.get(hid, [])) < 3:
            k = len(workers.get(hid, []))
            name = first[(i * 3 + k) % len(first)]
            role = Role.COORDINATOR if k == 0 else Role.HUB_WORKER
            wid = w.add(
                "workers",
                {
                    "hub_id": hid,
                    "name": name,
                    "username": _ascii(name.split()[0]).lower() + "." + _ascii(name.split()[-1]).lower(),
                    "role": role,
                    "password_hash": None,
                    "active": True,
                },
            )
            workers.setdefault(hid, []).append(wid)
    if conn.execute(sa.select(Worker.id).where(Worker.role == Role.ADMIN).limit(1)).first() is None:
        # an administrator at this desk's hub, so that the accounts (File > Workers) can be practised too;
        # not among the desk's workers who get steps assigned
        w.add(
            "workers",
            {
                "hub_id": state_hub,
                "name": DEMO_ADMIN_NAME,
                "username": DEMO_ADMIN_USERNAME,
                "role": Role.ADMIN,
                "password_hash": None,
                "active": True,
            },
        )
    # Reference data through the ORM (a few dozen rows), the same path as set-up.
    write_batch(conn, w.take())
    session = HubSession(bind=conn)
    session.info["write"] = WriteContext(node_id=store.node_id, worker_id=None, now=w.now)
    seed_reference(session)
    session.flush()
    session.close()
    w.lamport = BulkWriter.next_lamport(conn)
    return hubs, workers


def _weighted_date(rng: random.Random, today: dt.date, days_back: int) -> dt.date:
    return today - dt.timedelta(days=int(rng.triangular(0, days_back, days_back * 0.3)))


def _one_entrepreneur(
    w: BulkWriter,
    rng: random.Random,
    cat: _Catalog,
    today: dt.date,
    now: dt.datetime,
    hubs: dict[Stadsdeel, uuid.UUID],
    workers: dict[uuid.UUID, list[uuid.UUID]],
    partners: dict[str, uuid.UUID],
    step_codes: list[str],
    stadsdelen: list[Stadsdeel],
    areas: dict[Stadsdeel, list[str]],
    stages: list[Stage],
    weights: list[int],
) -> DemoEntrepreneur:
    sd = rng.choice(stadsdelen)
    hub = hubs[sd]
    hub_workers = workers[hub]
    given = rng.choice(cat.given)
    infix, family = rng.choice(cat.family)
    registered_on = _weighted_date(rng, today, 3 * 365)
    registered = dt.datetime.combine(registered_on, dt.time(9 + rng.randrange(8), rng.randrange(60)), dt.UTC)
    last_contact = registered + dt.timedelta(days=rng.randrange(max(1, (today - registered_on).days + 1)))
    last_contact = min(last_contact, now)
    stage = rng.choices(stages, weights)[0]
    email = f"{_ascii(given)}.{_ascii(family)}{rng.randrange(1000)}@example.nl" if rng.random() < 0.8 else None
    person = {
        "hub_id": hub,
        "given_name": given,
        "infix": infix,
        "family_name": family,
        "email": email,
        "phone_e164": _phone(rng) if rng.random() < 0.85 else None,
        "preferred_language": Language.EN if rng.random() < 0.12 else Language.NL,
        "home_postcode": _postcode(rng, areas[sd]),
        "stadsdeel": sd,
        "wijk": rng.choice(reference().wijken[sd]),
        "birth_year": today.year - rng.randrange(18, 70) if rng.random() < 0.7 else None,
        "income_situation": rng.choice(_ALL[IncomeSituation]),
        "pseudonym_id": f"{rng.getrandbits(128):032x}",
        "registered_at": registered,
        "last_contact_at": last_contact,
        "retention_until": None,
    }
    pid = w.add("persons", person, registered)
    person["id"] = pid
    ents: list[dict[str, Any]] = []
    if rng.random() < 0.8:
        legal = (
            LegalForm.NONE_YET
            if stage is Stage.IDEA
            else rng.choice(
                [
                    LegalForm.EENMANSZAAK,
                    LegalForm.EENMANSZAAK,
                    LegalForm.VOF,
                    LegalForm.BV,
                    LegalForm.STICHTING,
                    LegalForm.COOPERATIE,
                ]
            )
        )
        kind = rng.choice(cat.kinds)
        trade = (
            ""
            if stage is Stage.IDEA and rng.random() < 0.3
            else (f"{kind} {family}" if rng.random() < 0.5 else f"{kind} {rng.choice(cat.suffixes)}")
        )
        ent = {
            "hub_id": hub,
            "trade_name": trade,
            "kvk_number": f"{rng.randrange(10_000_000, 99_999_999)}" if legal is not LegalForm.NONE_YET else None,
            "vestigingsnummer": None,
            "legal_form": legal,
            "sbi_code": None,
            "sbi_version": None,
            "stage": stage,
            "activity": rng.choice(cat.activities),
            "mission": rng.choice(cat.missions),
            "business_postcode": None,
            "business_house_number": None,
            "founded_on": None,
            "impact_areas": [],
            "employees_total": rng.randrange(0, 12) if stage in (Stage.RUNNING, Stage.SCALING) else None,
            "employees_target_group": None,
            "retention_until": None,
        }
        eid = w.add("enterprises", ent, registered)
        ent["id"] = eid
        ents.append(ent)
        w.add(
            "person_enterprises", {"person_id": pid, "enterprise_id": eid, "role": EnterpriseRole.FOUNDER}, registered
        )
    eid_or_none = ents[0]["id"] if ents else None
    for k in range(rng.choice((1, 1, 1, 2, 2, 3))):
        at = registered if k == 0 else min(now, registered + dt.timedelta(days=rng.randrange(1, 200)))
        w.add(
            "visits",
            {
                "person_id": pid,
                "enterprise_id": eid_or_none,
                "hub_id": hub,
                "worker_id": rng.choice(hub_workers),
                "at": at,
                "channel": VisitChannel.WALK_IN if k == 0 else rng.choice(_ALL[VisitChannel]),
                "referred_in_by": "",
                "needs": [n.value for n in rng.sample(_ALL[Need], rng.randrange(1, 4))],
                "summary": "",
            },
            at,
        )
    w.add(
        "consents",
        {
            "person_id": pid,
            "hub_id": hub,
            "purpose": ConsentPurpose.REGISTRATION,
            "partner_id": None,
            "data_items": [],
            "text_version": REG_CONSENT_VERSION,
            "method": ConsentMethod.VERBAL,
            "given_at": registered,
            "recorded_by": hub_workers[0],
            "withdrawn_at": None,
        },
        registered,
    )
    open_trajectory = False
    if rng.random() < 0.5:
        opened = registered_on
        status = rng.choices([TrajectoryStatus.OPEN, TrajectoryStatus.PAUSED, TrajectoryStatus.CLOSED], [55, 10, 35])[0]
        open_trajectory = status is TrajectoryStatus.OPEN
        lead = rng.choice(hub_workers)
        tid = w.add(
            "trajectories",
            {
                "person_id": pid,
                "enterprise_id": eid_or_none,
                "hub_id": hub,
                "lead_worker_id": lead,
                "opened_on": opened,
                "closed_on": None,
                "status": status,
                "stage_at_start": stage,
                "stage_at_end": None,
                "programme_tags": [],
                "close_reason": None,
                "route_id": None,
            },
            registered,
        )
        # An open trajectory is being worked on now: its steps run from a few weeks ago into
        # the coming weeks, whenever it was opened.
        due = (
            opened
            if status is TrajectoryStatus.CLOSED
            else max(opened, today - dt.timedelta(days=rng.randrange(10, 90)))
        )
        for code in step_codes[: rng.randrange(1, 6)]:
            due = due + dt.timedelta(days=rng.randrange(3, 30))
            # Steps of the last two weeks are half of them still open: the worklist's overdue.
            done = (
                status is TrajectoryStatus.CLOSED
                or due < today - dt.timedelta(days=14)
                or (due < today and rng.random() < 0.5)
            )
            w.add(
                "guidance_steps",
                {
                    "trajectory_id": tid,
                    "hub_id": hub,
                    "step_type": code,
                    "status": StepStatus.DONE if done else StepStatus.PLANNED,
                    "due_on": due,
                    "done_on": due if done else None,
                    "assignee_id": lead if rng.random() < 0.85 else None,
                    "minutes": rng.choice((15, 30, 45, 60)) if done else None,
                    "outcome": "",
                    "notes": "",
                },
                registered,
            )
        if rng.random() < 0.4 and partners:
            code = rng.choice(list(partners))
            partner_id = partners[code]
            consent_id = w.add(
                "consents",
                {
                    "person_id": pid,
                    "hub_id": hub,
                    "purpose": ConsentPurpose.SHARE_WITH_PARTNER,
                    "partner_id": partner_id,
                    "data_items": ["name", "contact", "question"],
                    "text_version": SHARE_CONSENT_VERSION,
                    "method": ConsentMethod.SIGNED,
                    "given_at": registered,
                    "recorded_by": lead,
                    "withdrawn_at": None,
                },
                registered,
            )
            sent = dt.datetime.combine(min(today, due), dt.time(11), dt.UTC)
            rstatus = rng.choice(_ALL[ReferralStatus][1:])
            closed = rstatus is ReferralStatus.CLOSED
            # Past "sent", the partner has made first contact: some days later, never after today.
            first_contact = (
                min(today, sent.date() + dt.timedelta(days=rng.randint(1, 21)))
                if rstatus not in (ReferralStatus.SENT, ReferralStatus.DRAFT)
                else None
            )
            w.add(
                "referrals",
                {
                    "reference": f"REF-{rng.randrange(36**6):06X}{rng.randrange(1000):03d}",
                    "person_id": pid,
                    "enterprise_id": eid_or_none,
                    "trajectory_id": tid,
                    "partner_id": partner_id,
                    "hub_id": hub,
                    "worker_id": lead,
                    "need": rng.choice(_ALL[Need]),
                    "handover": rng.choice(_ALL[Handover]),
                    "consent_id": consent_id,
                    "fields": {},
                    "status": rstatus,
                    "sent_at": sent,
                    "feedback_due": sent.date() + dt.timedelta(days=28),
                    "first_contact_on": first_contact,
                    "outcome": rng.choice(_ALL[ReferralOutcome]) if closed else None,
                    "outcome_source": None,
                    "outcome_at": None,
                    "language": "nl",
                    "question": "",
                    "done_so_far": [],
                    "request": "",
                    "contact_by": None,
                    "attachments": [],
                    "letter_template": None,
                    "letter_sha256": None,
                    "letter_made_at": None,
                },
                registered,
            )
    w.add_derived(
        "person_index",
        index_row({**person, "stadsdeel": sd.value}, [{**e, "stage": e["stage"].value} for e in ents], open_trajectory),
    )
    return DemoEntrepreneur(pid, eid_or_none, hub, stage)
