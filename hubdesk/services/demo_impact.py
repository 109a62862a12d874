"""Demo impact register and programme events, added to each batch of demo entrepreneurs.

Draws from its own random generator (and gives every row its own id from it), so the
entrepreneurs of :mod:`hubdesk.services.demo` stay exactly as they were without it.
Counts are small beside the entrepreneurs: about one enterprise in eight has something
in its register, and each hub holds an event for every 50 or so entrepreneurs (at most three per batch).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from hubdesk.models.enums import (
    EventKind,
    PlacementKind,
    ProcurementKind,
    ProcurementRoute,
    PsoLevel,
    RecognitionKind,
    Stadsdeel,
    Stage,
    TargetGroup,
    ValueBand,
)
from hubdesk.services.bulk import BulkWriter

PEOPLE_PER_EVENT = 50
EVENTS_PER_BATCH = 3  # per hub: a large demo database gets a few thousand events, not tens of thousands
BUYERS = (
    "Gemeente Haarlem",
    "Gemeente Heemstede",
    "Gemeente Zandvoort",
    "Gemeente Bloemendaal",
    "Gemeente Velsen",
    "Spaarne Gasthuis",
    "Woonzorg Kennemerland",
    "Bouwbedrijf Kennemer",
    "Schoonmaak Randstad BV",
    "Hogeschool Inholland",
)
EVENT_NAMES = {
    EventKind.SOCIAL_IMPACT_NIGHT: "Social Impact Night",
    EventKind.BUY_SOCIAL_MARKETPLACE: "Buy Social markt",
    EventKind.WORKSHOP: "Workshop impact meten",
    EventKind.NETWORK_MEETING: "Ondernemersontbijt",
    EventKind.OTHER: "Ondernemerstafel",
}
SHORT = {
    Stadsdeel.CENTRUM: "Centrum",
    Stadsdeel.NOORD: "Noord",
    Stadsdeel.OOST: "Oost",
    Stadsdeel.ZUID_WEST: "Zuid-West",
    Stadsdeel.SCHALKWIJK: "Schalkwijk",
}


@dataclass(frozen=True, slots=True)
class DemoEntrepreneur:
    person_id: uuid.UUID
    enterprise_id: uuid.UUID | None
    hub_id: uuid.UUID
    stage: Stage


def _id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _day(rng: random.Random, today: dt.date, back: int, ahead: int = 0) -> dt.date:
    return today + dt.timedelta(days=rng.randint(-back, ahead))


def add_demo_impact(
    w: BulkWriter,
    rng: random.Random,
    people: Sequence[DemoEntrepreneur],
    today: dt.date,
    hubs: dict[Stadsdeel, uuid.UUID],
) -> None:
    """Queue recognitions, matches, placements, events and attendance for ``people``."""
    for p in people:
        if p.enterprise_id is None or p.stage not in (Stage.RUNNING, Stage.SCALING, Stage.STARTING):
            continue
        if rng.random() < 0.10:
            kind = rng.choices(list(RecognitionKind), [25, 20, 25, 15, 30])[0]
            awarded = _day(rng, today, 900)
            valid = (
                awarded + dt.timedelta(days=730)
                if kind in (RecognitionKind.CODE_REGISTER, RecognitionKind.PSO)
                else None
            )
            w.add(
                "recognitions",
                {
                    "id": _id(rng),
                    "enterprise_id": p.enterprise_id,
                    "kind": kind,
                    "pso_level": rng.choice(list(PsoLevel)) if kind is RecognitionKind.PSO else None,
                    "awarded_on": awarded,
                    "valid_until": valid,
                },
            )
        if rng.random() < 0.05:
            for _ in range(rng.choice((1, 1, 2))):
                w.add(
                    "procurement_matches",
                    {
                        "id": _id(rng),
                        "enterprise_id": p.enterprise_id,
                        "buyer": rng.choice(BUYERS),
                        "route": rng.choice(list(ProcurementRoute)),
                        "kind": rng.choice(list(ProcurementKind)),
                        "value_band": rng.choices(list(ValueBand), [40, 35, 18, 7])[0],
                        "matched_on": _day(rng, today, 700),
                    },
                )
        if rng.random() < 0.04:
            offered = rng.randint(1, 6)
            start = _day(rng, today, 500, 60)
            w.add(
                "work_placements",
                {
                    "id": _id(rng),
                    "enterprise_id": p.enterprise_id,
                    "kind": rng.choice(list(PlacementKind)),
                    "target_group": rng.choice(list(TargetGroup)),
                    "places_offered": offered,
                    "places_filled": rng.randint(0, offered),
                    "period_start": start,
                    "period_end": start + dt.timedelta(days=rng.choice((90, 180, 365))) if rng.random() < 0.8 else None,
                },
            )
    by_hub: dict[uuid.UUID, list[DemoEntrepreneur]] = {}
    for p in people:
        by_hub.setdefault(p.hub_id, []).append(p)
    for sd, hub in hubs.items():
        members = by_hub.get(hub, [])
        if not members:
            continue
        for _ in range(min(EVENTS_PER_BATCH, max(1, len(members) // PEOPLE_PER_EVENT))):
            event_kind = rng.choice(list(EventKind))
            event_id = _id(rng)
            held_on = _day(rng, today, 540, 45)
            w.add(
                "programme_events",
                {
                    "id": event_id,
                    "hub_id": hub,
                    "name": f"{EVENT_NAMES[event_kind]} {SHORT[sd]}",
                    "kind": event_kind,
                    "held_on": held_on,
                    "stadsdeel": sd,
                    "guests": rng.randint(0, 40),
                },
            )
            if held_on > today:
                continue  # an event still to come has no attendees yet
            for p in rng.sample(members, min(len(members), rng.randint(3, 12))):
                w.add(
                    "event_attendances",
                    {
                        "id": _id(rng),
                        "hub_id": hub,
                        "event_id": event_id,
                        "person_id": p.person_id,
                        "enterprise_id": p.enterprise_id if rng.random() < 0.7 else None,
                    },
                )
