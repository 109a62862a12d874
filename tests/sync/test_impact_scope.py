"""The impact register and programme events travel only within their hub."""

from __future__ import annotations

from pathlib import Path

from hubdesk.services.events import EventService
from hubdesk.services.impact import ImpactService
from hubdesk.services.intake import IntakeService
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.scope import hub_path
from tests.services.helpers import registration
from tests.sync.helpers import Node, rows
from tests.sync.test_sync import replica, round_trip, share

TABLES = ("recognitions", "procurement_matches", "work_placements", "programme_events", "event_attendances")


def test_every_impact_table_finds_its_hub() -> None:
    assert hub_path("programme_events") == ()
    assert hub_path("event_attendances") == ()  # its own hub_id, the event's hub
    for table in ("recognitions", "procurement_matches", "work_placements"):
        assert hub_path(table) == (("enterprise_id", "enterprises"),)


def test_impact_and_events_reach_the_hubs_other_desk_and_no_other_hub(
    tmp_path: Path, key: ProgrammeKey, a1: Node, a2: Node, b1: Node
) -> None:
    share(tmp_path / "ex", a1, a2, b1)
    assert a1.actor is not None
    assert b1.actor is not None
    reg = IntakeService(a1.store).register(
        a1.actor, registration(enterprise={"trade_name": "Bakkerij De Korenaar", "stage": "running"})
    )
    assert reg.enterprise_id is not None
    impact = ImpactService(a1.store)
    impact.add_recognition(a1.actor, reg.enterprise_id, {"kind": "se_nl_member", "awarded_on": "2026-01-01"})
    impact.add_match(
        a1.actor,
        reg.enterprise_id,
        {
            "buyer": "Gemeente",
            "route": "kip",
            "kind": "subcontract",
            "value_band": "under_5k",
            "matched_on": "2026-01-02",
        },
    )
    impact.add_placement(
        a1.actor,
        reg.enterprise_id,
        {"kind": "internship", "target_group": "student_bol_bbl", "places_offered": 2, "period_start": "2026-01-01"},
    )
    events = EventService(a1.store)
    eid, _ = events.create_event(a1.actor, {"name": "Buy Social markt", "kind": "buy_social_marketplace",
                                            "held_on": "2026-02-01"})  # fmt: skip
    events.add_attendee(a1.actor, eid, reg.person_id, reg.enterprise_id)
    theirs, _ = EventService(b1.store).create_event(
        b1.actor, {"name": "Workshop Oost", "kind": "workshop", "held_on": "2026-02-02"}
    )
    round_trip(key, a1, a2, b1)
    for table in TABLES:
        assert rows(a2.path, f"SELECT count(*) FROM {table}") == [(1,)], table
        assert rows(b1.path, f"SELECT count(*) FROM {table}") == [(int(table == "programme_events"),)], table
    assert [e.name for e in EventService(a2.store).events()] == ["Buy Social markt"]
    assert EventService(a2.store).event(eid).attendees == 1
    assert [e.id for e in EventService(b1.store).events()] == [theirs]
    assert replica(a1) == replica(a2)
