"""``hubdesk retention``: the records past the term, and ``--confirm`` to delete them."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.models.enums import Role
from hubdesk.services.intake import IntakeService
from hubdesk.services.search import SearchService
from hubdesk.services.store import Actor, Store
from tests.conftest import FakeClock
from tests.services.helpers import add_worker, registration


@pytest.fixture(autouse=True)
def _own_log_file() -> Iterator[None]:
    """``main()`` attaches hubdesk's log file once per process: give each test its own."""
    logger = logging.getLogger("hubdesk")
    earlier = [h for h in logger.handlers if getattr(h, "_hubdesk", False)]
    for handler in earlier:
        logger.removeHandler(handler)
    yield
    for handler in [h for h in logger.handlers if getattr(h, "_hubdesk", False)]:
        logger.removeHandler(handler)
        handler.close()
    for handler in earlier:
        logger.addHandler(handler)


@pytest.fixture
def due(store: Store, actor: Actor, clock: FakeClock) -> list[uuid.UUID]:
    """Two entrepreneurs last seen in 2020 (long past two years, by the real clock the command
    uses) and one registered today."""
    intake = IntakeService(store)
    clock.now = dt.datetime(2020, 5, 4, 10, 0, tzinfo=dt.UTC)
    old = [
        intake.register(actor, registration("Fatima", "El Amrani")).person_id,
        intake.register(actor, registration("Kees", "Bakker", postcode="2011 AA")).person_id,
    ]
    clock.now = dt.datetime.now(dt.UTC)
    intake.register(actor, registration("Sanne", "de Vries", postcode="2021 AB"))
    return old


def test_a_hub_worker_is_refused_in_one_line_and_nothing_is_deleted(
    store: Store, actor: Actor, db_path: Path, due: list[uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    add_worker(store, actor, name="Bram Jansen", username="bram", role=Role.HUB_WORKER)
    code = main(["--lang", "en", "retention", "--db", str(db_path), "--user", "bram", "--confirm"])
    out = capsys.readouterr()
    assert code == 1
    assert out.out == ""
    assert out.err == "hubdesk: Only coordinators and admins see the retention terms and delete records.\n"
    assert len(SearchService(store).search("El Amrani")) == 1


def test_an_unknown_user_or_database_is_one_line_exit_1(
    db_path: Path, tmp_path: Path, due: list[uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "retention", "--db", str(db_path), "--user", "nobody"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["--lang", "en", "retention", "--db", str(tmp_path / "missing.sqlite")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_the_list_shows_ids_and_dates_and_names_only_when_asked(
    db_path: Path, due: list[uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["retention", "--db", str(db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sorted(line.split("\t")[0] for line in lines) == sorted(str(p) for p in due)
    assert all(line.split("\t")[1:] == ["2020-05-04", "2022-05-04"] for line in lines)
    assert "Amrani" not in "\n".join(lines)
    assert main(["retention", "--db", str(db_path), "--names"]) == 0
    named = capsys.readouterr().out
    assert "Fatima El Amrani" in named
    assert "Sanne" not in named


def test_confirm_deletes_every_record_listed(
    store: Store, db_path: Path, due: list[uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "retention", "--db", str(db_path), "--confirm"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("2 persons deleted (")
    search = SearchService(store)
    assert search.search("El Amrani") == []
    assert search.search("Bakker") == []
    assert len(search.search("de Vries")) == 1
    assert main(["--lang", "en", "retention", "--db", str(db_path), "--confirm"]) == 0
    assert capsys.readouterr().out == "No records are past their retention term.\n"
