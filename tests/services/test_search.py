"""Search as a hub worker types: prefixes, no diacritics, no particles, contact details."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
import sqlalchemy as sa

from hubdesk.models.enums import Stadsdeel, Stage
from hubdesk.models.people import Person
from hubdesk.services.intake import IntakeService
from hubdesk.services.readmodels import ListFilter
from hubdesk.services.search import SearchService, search_session
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import registration


@pytest.fixture
def people(store: Store, actor: Actor) -> dict[str, uuid.UUID]:
    intake = IntakeService(store)
    made: dict[str, uuid.UUID] = {}
    cases: list[tuple[str, str, str, dict[str, Any]]] = [
        ("Mehmet", "", "Özkan", {"enterprise": {"trade_name": "Kapsalon Özkan", "kvk_number": "87654321"}}),
        ("Jürgen", "", "Müller", {"email": "j.muller@fietsen.nl"}),
        ("Sanne", "van der", "Heijden", {"phone": "06 1122 3344"}),
        ("Zoë", "", "Bakker", {"enterprise": {"trade_name": "Groene Koffiebar"}}),
        ("Łukasz", "", "Nowak", {}),
    ]
    for given, infix, family, extra in cases:
        made[family] = intake.register(
            actor, registration(given, family, infix=infix, **extra), allow_duplicates=True
        ).person_id
    return made


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ozkan", ["Mehmet Özkan"]),
        ("Özk", ["Mehmet Özkan"]),
        ("muller", ["Jürgen Müller"]),
        ("heijden", ["Sanne van der Heijden"]),
        ("van der heij", ["Sanne van der Heijden"]),
        ("zoe", ["Zoë Bakker"]),
        ("lukasz", ["Łukasz Nowak"]),
        ("koffie", ["Zoë Bakker"]),  # the enterprise's name
        ("kapsalon", ["Mehmet Özkan"]),
        ("87654321", ["Mehmet Özkan"]),  # KVK number
        ("8765", ["Mehmet Özkan"]),
        ("0611223344", ["Sanne van der Heijden"]),  # phone as typed nationally
        ("+31 6 1122", ["Sanne van der Heijden"]),
        ("06-1122 33", ["Sanne van der Heijden"]),
        ("+31 (0)6 11", ["Sanne van der Heijden"]),
        ("j.muller@fietsen", ["Jürgen Müller"]),  # e-mail
        ("MEHMET OZK", ["Mehmet Özkan"]),
        ("mehmet muller", []),  # every word must match
        ("nobody", []),
    ],
)
def test_search_finds_what_the_worker_types(
    store: Store, people: dict[str, uuid.UUID], typed: str, expected: list[str]
) -> None:
    assert [r.name for r in SearchService(store).search(typed)] == expected


@pytest.mark.parametrize("typed", ["", "   ", "***", '"', "-"])
def test_an_empty_or_punctuation_query_returns_nothing(store: Store, people: dict[str, uuid.UUID], typed: str) -> None:
    assert SearchService(store).search(typed) == []


def test_fts_special_characters_are_harmless(store: Store, people: dict[str, uuid.UUID]) -> None:
    for typed in ['ozkan"', "ozkan AND", "NEAR(ozkan)", "ozkan*", "o'zkan", "(müller"]:
        SearchService(store).search(typed)  # no exception


def test_the_fallback_without_fts_finds_the_same(store: Store, people: dict[str, uuid.UUID]) -> None:
    with store.read() as s:
        for typed in ("ozkan", "van der heij", "0611223344", "koffie", "8765", "mehmet muller"):
            with_fts = [r.person_id for r in search_session(s, typed, use_fts=True)]
            without = [r.person_id for r in search_session(s, typed, use_fts=False)]
            assert with_fts == without, typed


def test_results_are_limited_and_sorted_by_family_name(store: Store, actor: Actor) -> None:
    intake = IntakeService(store)
    for family in ["Zwart", "de Boer", "Aalders", "van Dam"]:
        intake.register(actor, registration("Kim", family), allow_duplicates=True)
    rows = SearchService(store).search("kim")
    assert [r.name for r in rows] == ["Kim Aalders", "Kim de Boer", "Kim van Dam", "Kim Zwart"]
    assert len(SearchService(store).search("kim", limit=2)) == 2


def test_an_edit_is_found_under_the_new_name_only(store: Store, actor: Actor, people: dict[str, uuid.UUID]) -> None:
    pid = people["Nowak"]
    IntakeService(store).update_person(actor, pid, 1, {"family_name": "Kowalski"})
    search = SearchService(store)
    assert [r.name for r in search.search("kowal")] == ["Łukasz Kowalski"]
    assert search.search("nowak") == []


def test_a_tombstoned_person_is_no_longer_found(
    store: Store, actor: Actor, people: dict[str, uuid.UUID], clock: FakeClock
) -> None:
    with store.write(actor) as s:
        person = s.get(Person, people["Nowak"])
        assert person is not None
        person.deleted_at = clock.now
    assert SearchService(store).search("nowak") == []
    with store.read() as s:
        left = s.execute(sa.text("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'nowak'")).scalar()
    assert left == 0


def test_search_rows_carry_list_columns(store: Store, people: dict[str, uuid.UUID], clock: FakeClock) -> None:
    (row,) = SearchService(store).search("ozkan")
    assert row.enterprise_name == "Kapsalon Özkan"
    assert row.stadsdeel is not None
    assert row.stadsdeel.value == "schalkwijk"
    assert row.registered_at == clock.now
    assert row.open_trajectory is False


def test_search_can_be_narrowed_by_stadsdeel_and_stage(store: Store, actor: Actor) -> None:
    intake = IntakeService(store)
    intake.register(actor, registration("Kim", "Noordman", postcode="2022 AB", enterprise={"stage": "running"}))
    intake.register(actor, registration("Kim", "Zuidema", postcode="2034 AB", enterprise={"stage": "idea"}))
    search = SearchService(store)
    assert [r.name for r in search.search("kim", filters=ListFilter(stadsdeel=Stadsdeel.NOORD))] == ["Kim Noordman"]
    assert [r.name for r in search.search("kim", filters=ListFilter(stage=Stage.IDEA))] == ["Kim Zuidema"]
    assert search.search("kim", filters=ListFilter(open_trajectory=True)) == []
