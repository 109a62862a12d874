"""The mapped tables: replicated-record columns, data minimisation, and the shipped reference data."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
import sqlalchemy as sa

import hubdesk.models.tables  # noqa: F401 - every mapped module, so that the metadata is complete
from hubdesk.models.base import REPLICATED_ENTITIES, Base, UTCDateTime, new_id, short_id
from hubdesk.models.enums import Stadsdeel
from hubdesk.models.reference import reference
from hubdesk.services.store import Store

REPLICATED_COLUMNS = ("id", "version", "created_at", "updated_at", "updated_by_node", "deleted_at")
EXPECTED_ENTITIES = {
    "hubs",
    "nodes",
    "workers",
    "persons",
    "enterprises",
    "person_enterprises",
    "visits",
    "trajectories",
    "step_types",
    "guidance_steps",
    "notes",
    "partners",
    "consents",
    "referrals",
    "recognitions",
    "procurement_matches",
    "work_placements",
    "programme_events",
    "event_attendances",
    "routes",
    "route_steps",
    "stage_changes",
}
# Data hubdesk must never hold (DOMAIN.md section 3): BSN, IBAN, ID copies, full date of birth, nationality, health.
FORBIDDEN_NAME = re.compile(
    r"bsn|burgerservice|sofi_?nummer|iban|bank_?account|rekeningnummer|id_?copy|passport|paspoort|identity_doc|id_document"
    r"|nationalit|nationaliteit|health|medical|medisch|gezondheid|diagnos|date_of_birth|birth_?date|geboortedatum"
    r"|(^|[._])dob($|_)"
)
PARTNER_CODES = {
    "kvk",
    "bbz_haarlem",
    "qredits",
    "se_nl",
    "code_so",
    "okb",
    "stadsgarage",
    "sif",
    "kip",
    "rabo_foundation",
}

ENTITY_CLASSES = sorted(REPLICATED_ENTITIES.items())


def test_the_replicated_entities_are_registered() -> None:
    assert set(REPLICATED_ENTITIES) == EXPECTED_ENTITIES


@pytest.mark.parametrize(("name", "cls"), ENTITY_CLASSES, ids=[name for name, _ in ENTITY_CLASSES])
def test_a_replicated_record_has_a_uuid_key_and_its_bookkeeping_columns(name: str, cls: type[Any]) -> None:
    table = cls.__table__
    assert cls.__tablename__ == name
    assert [c.name for c in table.primary_key.columns] == ["id"]
    assert isinstance(table.c.id.type, sa.Uuid)
    assert set(REPLICATED_COLUMNS) <= set(table.c.keys())
    assert isinstance(table.c.version.type, sa.Integer)
    assert isinstance(table.c.updated_by_node.type, sa.Uuid)
    for stamp in ("created_at", "updated_at", "deleted_at"):
        assert isinstance(table.c[stamp].type, UTCDateTime), stamp
    assert not any(table.c[c].nullable for c in ("id", "version", "created_at", "updated_at", "updated_by_node"))
    assert table.c.deleted_at.nullable  # the soft-delete tombstone is empty while the record lives


@pytest.mark.parametrize(("name", "cls"), ENTITY_CLASSES, ids=[name for name, _ in ENTITY_CLASSES])
def test_version_is_the_optimistic_locking_column(name: str, cls: type[Any]) -> None:
    mapper: sa.orm.Mapper[Any] = sa.inspect(cls)
    assert mapper.version_id_col is cls.__table__.c.version


def test_a_new_record_starts_at_version_one_with_a_fresh_id() -> None:
    people = REPLICATED_ENTITIES["persons"].__table__
    assert people.c.version.default.arg == 1
    assert people.c.id.default is not None


def test_ids_made_one_after_the_other_sort_in_that_order_and_differ_at_their_end() -> None:
    ids = [new_id() for _ in range(1_000)]  # many within one millisecond
    assert all(type(i) is uuid.UUID and i.version == 7 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    burst = ids[:100]
    assert len({short_id(i) for i in burst}) == len(burst)  # the first digits are alike here
    assert all(short_id(i) == i.hex[-8:] for i in burst)


def _forbidden(names: list[str]) -> list[str]:
    return [n for n in names if FORBIDDEN_NAME.search(n.lower())]


def test_the_forbidden_name_pattern_catches_what_it_should() -> None:
    assert _forbidden(
        [
            "persons.bsn",
            "persons.iban",
            "persons.id_copy",
            "persons.passport_no",
            "persons.nationality",
            "persons.health_notes",
            "persons.date_of_birth",
            "persons.birth_date",
            "persons.dob",
        ]
    ) == [
        "persons.bsn",
        "persons.iban",
        "persons.id_copy",
        "persons.passport_no",
        "persons.nationality",
        "persons.health_notes",
        "persons.date_of_birth",
        "persons.birth_date",
        "persons.dob",
    ]
    assert _forbidden(["persons.birth_year", "referrals.outcome", "persons.given_name", "hubs.address"]) == []


def test_no_mapped_column_holds_data_hubdesk_may_not_keep() -> None:
    columns = [f"{t.name}.{c.name}" for t in Base.metadata.tables.values() for c in t.columns]
    assert "persons.birth_year" in columns  # only the year of birth is kept
    assert _forbidden(columns) == []


def test_no_table_in_a_migrated_database_holds_data_hubdesk_may_not_keep(store: Store) -> None:
    with store.engine.connect() as conn:
        tables: list[str] = list(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars())
        columns = [
            f"{table}.{row[1]}" for table in tables for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')
        ]
    assert "persons" in tables
    assert "persons.birth_year" in columns
    assert _forbidden(tables + columns) == []


# --- Reference data ----------------------------------------------------------------------------------------------


def test_haarlem_has_five_stadsdelen() -> None:
    assert {s.value for s in Stadsdeel} == {"centrum", "noord", "oost", "zuid_west", "schalkwijk"}
    names = reference().stadsdeel_names
    assert set(names) == set(Stadsdeel)
    for stadsdeel, pair in names.items():
        assert pair["nl"], stadsdeel
        assert pair["en"], stadsdeel
    assert not any("haarlem-zuid" in n.lower() for pair in names.values() for n in pair.values())


@pytest.mark.parametrize(
    ("postcode", "stadsdeel"),
    [
        ("2034 AB", Stadsdeel.SCHALKWIJK),
        ("2011 TJ", Stadsdeel.CENTRUM),
        ("2011", Stadsdeel.CENTRUM),
        ("2022 DE", Stadsdeel.NOORD),
        ("2032 PP", Stadsdeel.OOST),
        ("2014 HE", Stadsdeel.ZUID_WEST),
        ("1012 AB", None),  # Amsterdam
        ("2101 AA", None),  # Heemstede
        ("", None),
        (None, None),
    ],
)
def test_the_stadsdeel_follows_from_the_postcode(postcode: str | None, stadsdeel: Stadsdeel | None) -> None:
    assert reference().stadsdeel_for_postcode(postcode) == stadsdeel


def test_every_stadsdeel_has_postcode_areas_and_wijken() -> None:
    ref = reference()
    assert set(ref.postcode_areas.values()) == set(Stadsdeel)
    assert all(re.fullmatch(r"20[0-9]{2}", area) for area in ref.postcode_areas)
    assert set(ref.wijken) == set(Stadsdeel)
    assert all(ref.wijken[s] for s in Stadsdeel)


def test_the_ten_partners_are_shipped() -> None:
    partners = reference().partners
    assert len(partners) == 10
    assert {p.code for p in partners} == PARTNER_CODES
    assert all(p.name.strip() for p in partners)


def test_every_step_type_has_a_dutch_and_an_english_name() -> None:
    step_types = reference().step_types
    assert step_types
    codes = [s.code for s in step_types]
    assert len(codes) == len(set(codes))
    for step in step_types:
        assert step.name_nl.strip(), step.code
        assert step.name_en.strip(), step.code
    assert {"intake", "advice"} <= set(codes)
