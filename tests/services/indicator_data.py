"""A small hand-made programme whose indicators for 2026-Q3 are known (see KNOWN below).

Built through the intake and guidance services where they exist for the record;
referrals, consents' withdrawal, the impact register and events are written as rows in
a normal write transaction (their services are not what is under test here).

Two hubs: Schalkwijk (the ``actor`` fixture's hub) and Noord.

Schalkwijk, 2026-Q3:
- P1..P7 registered in the quarter (new). Born 2005 (youth): P1-P3; born 1980: P4-P7.
  Income: P1, P2 bijstand, P3 ww, P4, P5 employed, P6 not asked, P7 other.
  Enterprises: P1-P4 idea, P5, P6 starting; P7 none. P5 came by appointment, the others walk in.
  P7 withdrew the registration consent in August.
- R1, R2 registered in 2026-Q1, visit again in Q3 by phone (returning; needs finance_loan,
  R1 also business_plan). Q registered in Q2 and only attends the event in Q3.
- Trajectories: T1 (P1) open from 6 July, idea -> starting (1 Aug) -> running (1 Sep);
  T2, T3, T4 (P2-P4) opened 1 July, closed after 10, 20 and 40 days; T0 (R1) ran in Q1-Q2.
- Steps done in Q3 on T1: intake twice, advice once; one planned step.
- Referrals sent 6 July: five to qredits, one to kvk; feedback due 20 July; outcomes
  loan_granted x2, no_feedback x1, three pending; partner's first contact after 2, 4, 6,
  8 (qredits) and 10 (kvk) days.
- Recognitions: code_register, code_aspirant, pso (and one in Q2); procurement: kip
  sroi_purchase 5k-25k, buy_social social_purchase under 5k; placements: youth work
  experience (6 offered, 5 filled, early school leavers), job (2 offered, 1 filled,
  participatiewet). P5's enterprise registered at the KVK on 1 August.
- A Social Impact Night on 10 August with 4 guests, attended by R1 and Q.

Noord, 2026-Q3: N1..N3 registered (new, no birth year, income not asked, no enterprise).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import (
    CloseReason,
    EventKind,
    IncomeSituation,
    PlacementKind,
    ProcurementKind,
    ProcurementRoute,
    RecognitionKind,
    ReferralOutcome,
    ReferralStatus,
    Role,
    Stadsdeel,
    Stage,
    TargetGroup,
    TrajectoryStatus,
    ValueBand,
)
from hubdesk.models.guidance import GuidanceStep
from hubdesk.models.impact import EventAttendance, ProcurementMatch, ProgrammeEvent, Recognition, WorkPlacement
from hubdesk.models.org import Hub
from hubdesk.models.people import Enterprise
from hubdesk.models.referrals import Consent, Partner, Referral
from hubdesk.services.guidance import GuidanceService
from hubdesk.services.intake import IntakeService
from hubdesk.services.setup import initialize
from hubdesk.services.store import Actor, Store, open_store
from tests.services.helpers import registration

UTC = dt.UTC


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=UTC)


D = dt.date

# Personal values written into the data set; the export must contain none of them.
PERSONAL = {
    "names": ["Fatimazahra", "Oosterhuis", "Mehmetcan", "Brouwersma", "Noorderlicht", "Quirinus"],
    "emails": ["p1@voorbeeld.nl", "n1@voorbeeld.nl"],
    "phones": ["+31612345678", "0612345678"],
    "postcodes": ["2034 AB", "2034AB", "2025 XK", "2025XK"],
    "notes": ["Wil een bakkerij beginnen", "Schulden bij de belasting", "geheime notitie"],
    "trade_names": ["Bakkerij Zoet Geheim"],
    "buyers": ["Gemeente Geheimstad"],
    "event_names": ["Impactavond Geheim"],
    "worker_names": ["Anna de Boer"],
}


@dataclass
class Dataset:
    schalkwijk: uuid.UUID
    noord: uuid.UUID
    persons: dict[str, uuid.UUID] = field(default_factory=dict)
    enterprises: dict[str, uuid.UUID] = field(default_factory=dict)


def _register(
    store: Store, actor: Actor, clock: Any, when: dt.datetime, name: str, **person: Any
) -> tuple[uuid.UUID, uuid.UUID | None]:
    clock.now = when
    enterprise = person.pop("enterprise", None)
    channel = person.pop("channel", "walk_in")
    data = registration(name, person.pop("family", "Oosterhuis"), enterprise=enterprise, **person)
    data["visit"]["channel"] = channel
    result = IntakeService(store).register(actor, data, allow_duplicates=True)
    return result.person_id, result.enterprise_id


def build(store: Store, actor: Actor, clock: Any) -> Dataset:
    intake, guidance = IntakeService(store), GuidanceService(store)
    with store.write(actor) as s:
        noord = Hub(name="Cityhub Noord", stadsdeel=Stadsdeel.NOORD)
        s.add(noord)
        s.flush()
        noord_id = noord.id
    ds = Dataset(schalkwijk=actor.hub_id, noord=noord_id)
    noord_actor = Actor(None, noord_id)

    # Earlier quarters: R1, R2 (Q1), Q (Q2).
    for key, day in (("R1", D(2026, 1, 15)), ("R2", D(2026, 2, 2)), ("Q", D(2026, 5, 4))):
        ds.persons[key], _ = _register(store, actor, clock, at(day), "Quirinus", family=f"Brouwersma{key}")

    people = [
        ("P1", 2005, IncomeSituation.BIJSTAND, Stage.IDEA),
        ("P2", 2005, IncomeSituation.BIJSTAND, Stage.IDEA),
        ("P3", 2005, IncomeSituation.WW, Stage.IDEA),
        ("P4", 1980, IncomeSituation.EMPLOYED, Stage.IDEA),
        ("P5", 1980, IncomeSituation.EMPLOYED, Stage.STARTING),
        ("P6", 1980, IncomeSituation.NOT_ASKED, Stage.STARTING),
        ("P7", 1980, IncomeSituation.OTHER, None),
    ]
    for n, (key, born, income, stage) in enumerate(people):
        extra: dict[str, Any] = {"birth_year": born, "income_situation": income.value}
        if stage is not None:
            extra["enterprise"] = {"trade_name": "Bakkerij Zoet Geheim", "stage": stage.value}
        if key == "P1":
            extra |= {"email": "p1@voorbeeld.nl", "phone": "0612345678"}
        if key == "P5":
            extra["channel"] = "appointment"
        pid, eid = _register(
            store, actor, clock, at(D(2026, 7, 1 + n)), "Fatimazahra", family=f"Oosterhuis{key}", **extra
        )
        ds.persons[key] = pid
        if eid is not None:
            ds.enterprises[key] = eid
    for n in range(3):
        ds.persons[f"N{n + 1}"], _ = _register(
            store, noord_actor, clock, at(D(2026, 8, 3 + n)), "Noorderlicht", family=f"Mehmetcan{n}", postcode="2025 XK"
        )

    # Returning visits in Q3, by phone.
    clock.now = at(D(2026, 7, 20))
    intake.register_visit(
        actor,
        ds.persons["R1"],
        {"channel": "phone", "needs": ["finance_loan", "business_plan"], "summary": "Schulden bij de belasting"},
    )
    clock.now = at(D(2026, 9, 29))
    intake.register_visit(actor, ds.persons["R2"], {"channel": "phone", "needs": ["finance_loan"]})

    # Trajectories and steps.
    clock.now = at(D(2026, 3, 3))
    t0, _ = guidance.open_trajectory(actor, ds.persons["R1"], stage=Stage.IDEA, start_on=D(2026, 3, 3))
    guidance.change_stage(actor, t0, Stage.STARTING, on=D(2026, 4, 1))
    clock.now = at(D(2026, 5, 1))
    guidance.set_status(actor, t0, TrajectoryStatus.CLOSED, reason=CloseReason.GOAL_REACHED)
    clock.now = at(D(2026, 7, 6))
    t1, _ = guidance.open_trajectory(actor, ds.persons["P1"], stage=Stage.IDEA, start_on=D(2026, 7, 6))
    guidance.change_stage(actor, t1, Stage.STARTING, on=D(2026, 8, 1))
    guidance.change_stage(actor, t1, Stage.RUNNING, on=D(2026, 9, 1))
    for step_type, done in (
        ("intake", D(2026, 7, 6)),
        ("intake", D(2026, 8, 6)),
        ("advice", D(2026, 9, 6)),
        ("advice", None),
    ):
        sid, _ = guidance.add_step(actor, t1, step_type, D(2026, 7, 6), notes="geheime notitie")
        if done is not None:
            guidance.complete_step(actor, sid, 1, minutes=30, done_on=done)
    for key, days in (("P2", 10), ("P3", 20), ("P4", 40)):
        clock.now = at(D(2026, 7, 1))
        tid, _ = guidance.open_trajectory(actor, ds.persons[key], stage=Stage.IDEA, start_on=D(2026, 7, 1))
        clock.now = at(D(2026, 7, 1) + dt.timedelta(days=days))
        guidance.set_status(actor, tid, TrajectoryStatus.CLOSED, reason=CloseReason.GOAL_REACHED)

    clock.now = at(D(2026, 10, 2))
    with store.write(actor) as s:
        partners = {code: pid for code, pid in s.execute(sa.select(Partner.code, Partner.id))}
        # P7 withdrew the registration consent in August.
        consent = s.execute(sa.select(Consent).where(Consent.person_id == ds.persons["P7"])).scalar_one()
        consent.withdrawn_at = at(D(2026, 8, 20))
        # P5's enterprise registered at the KVK.
        ent = s.get(Enterprise, ds.enterprises["P5"])
        assert ent is not None
        ent.kvk_number, ent.founded_on = "90000001", D(2026, 8, 1)
        referrals: list[tuple[str, ReferralOutcome | None, int]] = [
            ("qredits", ReferralOutcome.LOAN_GRANTED, 2),
            ("qredits", ReferralOutcome.LOAN_GRANTED, 4),
            ("qredits", ReferralOutcome.NO_FEEDBACK, 6),
            ("qredits", None, 8),
            ("qredits", None, 0),
            ("kvk", None, 10),
        ]
        for n, (partner, outcome, wait) in enumerate(referrals):
            s.add(
                Referral(
                    reference=f"R-TEST-{n:04d}",
                    person_id=ds.persons[f"P{n + 1}"],
                    partner_id=partners[partner],
                    hub_id=actor.hub_id,
                    status=ReferralStatus.CLOSED if outcome else ReferralStatus.SENT,
                    sent_at=at(D(2026, 7, 6), 9),
                    feedback_due=D(2026, 7, 20),
                    first_contact_on=D(2026, 7, 6) + dt.timedelta(days=wait) if wait else None,
                    outcome=outcome,
                    outcome_at=D(2026, 7, 25) if outcome else None,
                    question="Schulden bij de belasting",
                    request="geheime notitie",
                )
            )
        e1, e2, e3 = (ds.enterprises[k] for k in ("P1", "P2", "P3"))
        s.add_all(
            [
                Recognition(enterprise_id=e1, kind=RecognitionKind.CODE_REGISTER, awarded_on=D(2026, 8, 5)),
                Recognition(enterprise_id=e2, kind=RecognitionKind.CODE_ASPIRANT, awarded_on=D(2026, 7, 10)),
                Recognition(enterprise_id=e3, kind=RecognitionKind.PSO, awarded_on=D(2026, 9, 1)),
                Recognition(enterprise_id=e3, kind=RecognitionKind.SE_NL_MEMBER, awarded_on=D(2026, 6, 1)),
                ProcurementMatch(
                    enterprise_id=e1,
                    buyer="Gemeente Geheimstad",
                    route=ProcurementRoute.KIP,
                    kind=ProcurementKind.SROI_PURCHASE,
                    value_band=ValueBand.FROM_5K_TO_25K,
                    matched_on=D(2026, 8, 1),
                ),
                ProcurementMatch(
                    enterprise_id=e2,
                    buyer="Gemeente Geheimstad",
                    route=ProcurementRoute.BUY_SOCIAL,
                    kind=ProcurementKind.SOCIAL_PURCHASE,
                    value_band=ValueBand.UNDER_5K,
                    matched_on=D(2026, 8, 2),
                ),
                WorkPlacement(
                    enterprise_id=e1,
                    kind=PlacementKind.YOUTH_WORK_EXPERIENCE,
                    target_group=TargetGroup.EARLY_SCHOOL_LEAVER,
                    places_offered=6,
                    places_filled=5,
                    period_start=D(2026, 7, 1),
                ),
                WorkPlacement(
                    enterprise_id=e2,
                    kind=PlacementKind.JOB,
                    target_group=TargetGroup.PARTICIPATIEWET,
                    places_offered=2,
                    places_filled=1,
                    period_start=D(2026, 9, 1),
                ),
            ]
        )
        event = ProgrammeEvent(
            hub_id=actor.hub_id,
            name="Impactavond Geheim",
            kind=EventKind.SOCIAL_IMPACT_NIGHT,
            held_on=D(2026, 8, 10),
            guests=4,
        )
        s.add(event)
        s.flush()
        for key in ("R1", "Q"):
            s.add(EventAttendance(hub_id=actor.hub_id, event_id=event.id, person_id=ds.persons[key]))
    return ds


def step_count(store: Store) -> int:
    with store.read() as s:
        return s.execute(sa.select(sa.func.count()).select_from(GuidanceStep)).scalar_one()


@dataclass
class Built:
    store: Store
    actor: Actor
    data: Dataset


def _make_template(folder: Path) -> tuple[Path, Actor, Dataset]:
    from tests.conftest import FakeClock

    saved = os.environ.get("HUBDESK_DATA_DIR")
    os.environ["HUBDESK_DATA_DIR"] = str(folder / "data")
    try:
        clock = FakeClock(dt.datetime(2026, 3, 3, 10, 0, tzinfo=UTC))
        path = folder / "hub.sqlite"
        store = open_store(path, clock=clock)
        actor = initialize(
            store,
            hub_name="Cityhub Schalkwijk",
            stadsdeel=Stadsdeel.SCHALKWIJK,
            worker_name="Anna de Boer",
            username="anna",
            role=Role.COORDINATOR,
        )
        data = build(store, actor, clock)
        store.dispose()
        return path, actor, data
    finally:
        if saved is None:
            del os.environ["HUBDESK_DATA_DIR"]
        else:
            os.environ["HUBDESK_DATA_DIR"] = saved


@pytest.fixture(scope="module")
def programme_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Actor, Dataset]:
    """The data set, built once per test module (it takes a few seconds)."""
    return _make_template(tmp_path_factory.mktemp("programme"))


@pytest.fixture
def programme(programme_template: tuple[Path, Actor, Dataset], tmp_path: Path) -> Iterator[Built]:
    """A copy of the data set for one test, its clock at 2 October 2026."""
    from tests.conftest import FakeClock

    source, actor, data = programme_template
    target = tmp_path / "programme.sqlite"
    shutil.copyfile(source, target)
    store = open_store(target, clock=FakeClock(dt.datetime(2026, 10, 2, 10, 0, tzinfo=UTC)))
    yield Built(store, actor, data)
    store.dispose()
