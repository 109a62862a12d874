"""Bulk writes: the background producer and the search index they feed."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from hubdesk.services import demo
from hubdesk.services.bulk import produce_in_subprocess
from hubdesk.services.search import SearchService
from hubdesk.services.store import Store
from tests.services.helpers import producer_that_dies, producer_that_fails


def test_a_producer_that_dies_is_reported_instead_of_waited_for() -> None:
    received: list[int] = []
    with pytest.raises(RuntimeError, match="exit code 3"):
        received.extend(produce_in_subprocess(producer_that_dies, 3))
    assert received == [0, 1, 2][: len(received)]  # what was under way when it died may be lost


def test_a_producer_error_is_raised_with_its_message() -> None:
    with pytest.raises(RuntimeError, match="row 7 has no name"):
        list(produce_in_subprocess(producer_that_fails, 2))


def test_bulk_loaded_persons_are_found_and_the_index_trigger_stays(store: Store) -> None:
    demo.generate_demo(store, 30, seed=4)
    with store.engine.connect() as conn:
        triggers: set[str] = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars()
        )
        name: str = conn.execute(sa.text("SELECT family_name FROM persons LIMIT 1")).scalar_one()
        indexed = conn.exec_driver_sql("SELECT count(*) FROM person_index").scalar()
        # FTS5 checks that its index matches the content table row for row (raises if not).
        conn.exec_driver_sql("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)")
    assert "person_index_ai" in triggers
    assert indexed == 30
    assert any(name in row.name for row in SearchService(store).search(name))
