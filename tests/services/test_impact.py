"""The impact register: recognitions, procurement matches, placements; the procurement list and its export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from hubdesk.messages import error_text
from hubdesk.models.enums import AuditAction, RecognitionKind, Stadsdeel
from hubdesk.models.errors import NotFound, StaleEdit, UserFacingError, ValidationFailed
from hubdesk.models.impact import Recognition
from hubdesk.models.logs import AuditEvent, ChangeLogEntry
from hubdesk.services.impact import EXPORT_COLUMNS, ImpactService, ProcurementFilter
from hubdesk.services.intake import IntakeService
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import registration

TODAY = dt.date(2026, 3, 3)
RECOGNITION = {"kind": "code_register", "awarded_on": "2025-06-01", "valid_until": "2027-06-01"}
MATCH = {
    "buyer": "Gemeente Haarlem",
    "route": "kip",
    "kind": "sroi_purchase",
    "value_band": "5k_25k",
    "matched_on": "2026-02-10",
}
PLACEMENT = {
    "kind": "youth_work_experience",
    "target_group": "youth_in_debt",
    "places_offered": 3,
    "places_filled": 1,
    "period_start": "2026-01-01",
    "period_end": "2026-12-31",
}


def _enterprise(store: Store, actor: Actor, given: str = "Fatima", family: str = "El Amrani", **ent: Any) -> uuid.UUID:
    enterprise = {"trade_name": "Bakkerij De Korenaar", "legal_form": "eenmanszaak", "stage": "running", **ent}
    result = IntakeService(store).register(
        actor, registration(given, family, email=f"{given.lower()}@example.nl", enterprise=enterprise)
    )
    assert result.enterprise_id is not None
    return result.enterprise_id


@pytest.fixture
def service(store: Store) -> ImpactService:
    return ImpactService(store)


@pytest.fixture
def ent(store: Store, actor: Actor) -> uuid.UUID:
    return _enterprise(store, actor)


def _codes(error: ValidationFailed) -> dict[str, str]:
    return {i.field: i.code for i in error.issues}


# -- validation first -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"kind": "pso", "awarded_on": "2026-01-01"}, {"pso_level": "impact.pso_level_required"}),
        (
            {"kind": "code_register", "pso_level": "trede_1", "awarded_on": "2026-01-01"},
            {"pso_level": "impact.pso_level_only_pso"},
        ),
        (
            {"kind": "code_aspirant", "awarded_on": "2026-01-01", "valid_until": "2025-12-31"},
            {"valid_until": "impact.valid_before_awarded"},
        ),
        ({"kind": "knighthood", "awarded_on": "2026-01-01"}, {"kind": "choice.invalid"}),
        ({"kind": "se_nl_member"}, {"awarded_on": "required"}),
        ({"kind": "se_nl_member", "awarded_on": "gisteren"}, {"awarded_on": "date.invalid"}),
    ],
)
def test_a_wrong_recognition_is_refused_with_the_field_and_nothing_is_written(
    service: ImpactService, store: Store, actor: Actor, ent: uuid.UUID, data: dict[str, Any], expected: dict[str, str]
) -> None:
    with pytest.raises(ValidationFailed) as info:
        service.add_recognition(actor, ent, data)
    assert _codes(info.value) == expected
    assert service.register(ent).is_empty


def test_placements_count_places_and_filled_cannot_exceed_offered(
    service: ImpactService, actor: Actor, ent: uuid.UUID
) -> None:
    with pytest.raises(ValidationFailed) as info:
        service.add_placement(actor, ent, {**PLACEMENT, "places_offered": 2, "places_filled": 3})
    assert _codes(info.value) == {"places_filled": "impact.filled_exceeds_offered"}
    with pytest.raises(ValidationFailed) as info:
        service.add_placement(actor, ent, {**PLACEMENT, "places_offered": 0, "places_filled": 0})
    assert _codes(info.value) == {"places_offered": "number.range"}
    with pytest.raises(ValidationFailed) as info:
        service.add_placement(actor, ent, {**PLACEMENT, "period_end": "2025-12-31"})
    assert _codes(info.value) == {"period_end": "impact.end_before_start"}
    # a name, however given, has no place in a placement: counts only
    with pytest.raises(ValidationFailed) as info:
        service.add_placement(actor, ent, {**PLACEMENT, "employee": "Jan Jansen"})
    assert _codes(info.value) == {"employee": "field.not_allowed"}
    assert service.register(ent).placements == ()


def test_a_match_needs_a_buyer_and_a_known_route(service: ImpactService, actor: Actor, ent: uuid.UUID) -> None:
    with pytest.raises(ValidationFailed) as info:
        service.add_match(actor, ent, {**MATCH, "buyer": "  ", "route": "marktplaats"})
    assert _codes(info.value) == {"buyer": "required", "route": "choice.invalid"}


def test_the_validation_sentences_name_the_field_in_dutch_and_english(
    service: ImpactService, actor: Actor, ent: uuid.UUID
) -> None:
    with pytest.raises(ValidationFailed) as info:
        service.add_placement(actor, ent, {**PLACEMENT, "places_offered": 1, "places_filled": 2})
    assert "Plaatsen bezet: kan niet groter zijn dan het aantal aangeboden plaatsen" in error_text(info.value, "nl")
    assert "Places filled: cannot be more than the places offered" in error_text(info.value, "en")


def test_an_unknown_or_deleted_enterprise_is_refused(service: ImpactService, actor: Actor) -> None:
    with pytest.raises(NotFound):
        service.add_recognition(actor, uuid.uuid4(), RECOGNITION)


# -- writing --------------------------------------------------------------------------------------
def test_a_recognition_is_one_write_with_change_log_and_audit(
    service: ImpactService, store: Store, actor: Actor, ent: uuid.UUID
) -> None:
    rid, changes = service.add_recognition(
        actor, ent, {"kind": "pso", "pso_level": "trede_2", "awarded_on": "2026-01-15"}
    )
    assert changes.ids("recognitions") == {rid}
    register = service.register(ent)
    assert [(r.kind, r.pso_level, r.awarded_on) for r in register.recognitions] == [
        (RecognitionKind.PSO, "trede_2", dt.date(2026, 1, 15))
    ]
    with store.read() as s:
        logged = s.execute(sa.select(ChangeLogEntry).where(ChangeLogEntry.record_id == rid)).scalars().all()
        audited = s.execute(sa.select(AuditEvent).where(AuditEvent.record_id == rid)).scalars().all()
    assert [(e.entity, e.op.value, e.fields["pso_level"]) for e in logged] == [("recognitions", "create", "trede_2")]
    assert [(a.action, a.person_id is not None) for a in audited] == [(AuditAction.CREATE, True)]


def test_editing_needs_the_version_shown_and_changes_every_part(
    service: ImpactService, actor: Actor, ent: uuid.UUID
) -> None:
    mid, _ = service.add_match(actor, ent, MATCH)
    with pytest.raises(StaleEdit):
        service.update_match(actor, mid, 7, {**MATCH, "buyer": "Provincie"})
    service.update_match(actor, mid, 1, {**MATCH, "buyer": "Gemeente Heemstede", "route": "buy_social"})
    (match,) = service.register(ent).matches
    assert (match.buyer, match.route.value, match.version) == ("Gemeente Heemstede", "buy_social", 2)


def test_removing_leaves_a_tombstone_that_is_no_longer_shown(
    service: ImpactService, store: Store, actor: Actor, ent: uuid.UUID
) -> None:
    rid, _ = service.add_recognition(actor, ent, RECOGNITION)
    pid, _ = service.add_placement(actor, ent, PLACEMENT)
    changes = service.delete_recognition(actor, rid, 1)
    assert changes.ids("recognitions") == {rid}
    register = service.register(ent)
    assert register.recognitions == ()
    assert [p.id for p in register.placements] == [pid]
    with store.read() as s:
        row = s.get(Recognition, rid)
        assert row is not None
        assert row.deleted_at is not None
        ops = s.execute(sa.select(ChangeLogEntry.op).where(ChangeLogEntry.record_id == rid)).scalars().all()
    assert [o.value for o in ops] == ["create", "delete"]
    with pytest.raises(NotFound):
        service.delete_recognition(actor, rid)


# -- ready for social procurement ----------------------------------------------------------------
@pytest.fixture
def market(service: ImpactService, store: Store, actor: Actor) -> dict[str, uuid.UUID]:
    """Four enterprises: a recognised BV, an eenmanszaak offering places, one with an
    expired badge only, and one with nothing in its register."""
    bv = _enterprise(
        store,
        actor,
        "Karim",
        "Benali",
        trade_name="Schoon & Sociaal BV",
        legal_form="bv",
        kvk_number="12345678",
        activity="Schoonmaak van kantoren",
        sbi_code="81210",
        business_postcode="2011 TJ",
    )
    baker = _enterprise(
        store, actor, "Fatima", "El Amrani", kvk_number="87654321", activity="Brood en catering voor bedrijven"
    )
    expired = _enterprise(store, actor, "Ruud", "Vos", trade_name="Fietsherstel Vos", activity="Fietsen repareren")
    nothing = _enterprise(store, actor, "Ilse", "Bos", trade_name="Bos Design", activity="Grafisch ontwerp")
    service.add_recognition(actor, bv, {"kind": "pso", "pso_level": "trede_1", "awarded_on": "2025-01-01"})
    service.add_recognition(actor, bv, {"kind": "kip_sroi_badge", "awarded_on": "2025-05-01"})
    service.add_match(actor, bv, MATCH)
    service.add_placement(actor, baker, PLACEMENT)
    service.add_recognition(
        actor, expired, {"kind": "kip_sroi_badge", "awarded_on": "2023-01-01", "valid_until": "2025-01-01"}
    )
    return {"bv": bv, "baker": baker, "expired": expired, "nothing": nothing}


def test_an_enterprise_without_current_recognition_placement_or_match_is_not_listed(
    service: ImpactService, market: dict[str, uuid.UUID]
) -> None:
    listed = [r.enterprise_id for r in service.procurement_ready()]
    assert market["expired"] not in listed
    assert market["nothing"] not in listed
    assert listed == [market["baker"], market["bv"]]  # by trade name


def test_the_list_filters_by_offer_recognition_stadsdeel_and_placements(
    service: ImpactService, actor: Actor, market: dict[str, uuid.UUID]
) -> None:
    def names(**kwargs: Any) -> list[str]:
        return [r.trade_name for r in service.procurement_ready(ProcurementFilter(**kwargs))]

    assert names(offer="catering") == ["Bakkerij De Korenaar"]
    assert names(offer="SCHOONMAAK kantoren") == ["Schoon & Sociaal BV"]
    assert names(offer="8121") == ["Schoon & Sociaal BV"]  # the SBI code
    assert names(offer="fietsen") == []
    assert names(recognition=RecognitionKind.PSO) == ["Schoon & Sociaal BV"]
    assert names(recognition=RecognitionKind.CODE_REGISTER) == []
    assert names(with_placements=True) == ["Bakkerij De Korenaar"]
    # the business address's stadsdeel (2011 = Centrum), else the hub's (Schalkwijk)
    assert names(stadsdeel=Stadsdeel.CENTRUM) == ["Schoon & Sociaal BV"]
    assert names(stadsdeel=Stadsdeel.SCHALKWIJK) == ["Bakkerij De Korenaar"]
    assert names(hub_id=uuid.uuid4()) == []
    assert names(hub_id=actor.hub_id) == ["Bakkerij De Korenaar", "Schoon & Sociaal BV"]


def test_the_kvk_number_is_shown_for_legal_entities_only(service: ImpactService, market: dict[str, uuid.UUID]) -> None:
    rows = {r.enterprise_id: r for r in service.procurement_ready()}
    assert rows[market["bv"]].kvk_number == "12345678"
    assert rows[market["baker"]].kvk_number is None  # an eenmanszaak's number is personal data
    assert rows[market["bv"]].recognitions == ((RecognitionKind.KIP_SROI_BADGE, None), (RecognitionKind.PSO, "trede_1"))
    assert (rows[market["bv"]].matches, rows[market["baker"]].places_offered) == (1, 3)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_export_holds_business_data_and_never_a_persons_name_contact_or_address(
    service: ImpactService, store: Store, actor: Actor, market: dict[str, uuid.UUID], tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"sociaal-inkopen{suffix}"
    count = service.export_procurement(actor, path, service.procurement_ready())
    assert count == 2
    table = _read(path)
    assert table[0] == list(EXPORT_COLUMNS)
    text = "\n".join(";".join(str(c) for c in row) for row in table)
    assert "Schoon & Sociaal BV" in text
    assert "12345678" in text
    assert "Brood en catering voor bedrijven" in text
    for personal in ("Karim", "Benali", "Fatima", "El Amrani", "@example.nl", "2011 TJ", "2034 AB", "87654321", "+31"):
        assert personal not in text, personal
    with store.read() as s:
        exports = s.execute(sa.select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)).scalars().all()
    assert [(e.detail["rows"], e.detail["format"]) for e in exports] == [(2, suffix[1:])]


def test_the_export_uses_the_given_headers_and_labels(
    service: ImpactService, actor: Actor, market: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "lijst.csv"
    headers = [f"kolom {i}" for i in range(len(EXPORT_COLUMNS))]
    service.export_procurement(
        actor, path, service.procurement_ready(), headers=headers, labels={"pso": "PSO", "trede_1": "trede 1"}
    )
    table = _read(path)
    assert table[0] == headers
    assert "PSO (trede 1)" in table[2][6]


def test_a_formula_in_a_trade_name_is_exported_as_text(
    service: ImpactService, store: Store, actor: Actor, tmp_path: Path
) -> None:
    ent = _enterprise(store, actor, "Bas", "Meijer", trade_name="=HYPERLINK(1)", activity="Advies")
    service.add_recognition(actor, ent, RECOGNITION)
    path = tmp_path / "lijst.csv"
    service.export_procurement(actor, path, service.procurement_ready())
    assert _read(path)[1][0] == "'=HYPERLINK(1)"


def test_an_export_to_a_missing_folder_says_so(
    service: ImpactService, actor: Actor, market: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    with pytest.raises(UserFacingError) as info:
        service.export_procurement(actor, tmp_path / "nope" / "lijst.csv", service.procurement_ready())
    assert info.value.code == "file.folder_missing"


def test_the_procurement_list_follows_the_clock(
    service: ImpactService, clock: FakeClock, market: dict[str, uuid.UUID]
) -> None:
    clock.advance(days=365 * 3)  # the placement period is over, the badge and PSO remain, the match stays
    listed = [r.enterprise_id for r in service.procurement_ready()]
    assert listed == [market["bv"]]


def _read(path: Path) -> list[list[str]]:
    if path.suffix == ".xlsx":
        import openpyxl  # type: ignore[import-untyped]

        sheet = openpyxl.load_workbook(path).active
        return [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
