"""``hubdesk audit verify|export`` and ``hubdesk access-export``, run in-process."""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.models.enums import Role
from hubdesk.services.store import Actor, Store
from tests.services.helpers import add_worker
from tests.services.privacy_helpers import full_file


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
def person(store: Store, actor: Actor) -> uuid.UUID:
    return full_file(store, actor).person_id


def entries(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_events").fetchone()[0])


def test_a_tampered_log_fails_and_names_the_entry(
    db_path: Path, person: uuid.UUID, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_events_no_update")
    conn.execute("UPDATE audit_events SET worker_id = NULL WHERE seq = 3")
    conn.commit()
    conn.close()
    assert main(["--lang", "en", "audit", "verify", "--db", str(db_path)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert "entry 3 (" in out.err
    assert "tampered" in out.err
    assert out.err.count("\n") == 1  # one line, no traceback


def test_a_missing_database_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", "--db", str(tmp_path / "nothing.sqlite")]) == 1
    assert not (tmp_path / "nothing.sqlite").exists()
    assert capsys.readouterr().err.startswith("hubdesk: ")


def test_an_intact_log_passes_with_its_count(
    db_path: Path, person: uuid.UUID, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "audit", "verify", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == f"audit log intact: {entries(db_path)} entries\n"


def test_a_hub_worker_cannot_export_the_log(
    store: Store, actor: Actor, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_worker(store, actor, name="Bas Jansen", username="bas", role=Role.HUB_WORKER)
    out = tmp_path / "audit.csv"
    assert main(["--lang", "en", "audit", "export", "--db", str(db_path), "--out", str(out), "--user", "bas"]) == 1
    assert "Only a coordinator" in capsys.readouterr().err
    assert not out.exists()


def test_the_export_filters_by_person_worker_and_period(
    store: Store, actor: Actor, db_path: Path, person: uuid.UUID, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "audit.csv"
    args = ["audit", "export", "--db", str(db_path), "--out", str(out)]
    assert main([*args, "--person", str(person), "--worker", "anna", "--from", "2026-03-03", "--to", "2026-03-03"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert {r["person_id"] for r in rows} == {str(person)}
    assert {r["username"] for r in rows} == {"anna"}
    assert capsys.readouterr().out == f"{len(rows)}\t{out}\n"
    assert main([*args, "--from", "2026-03-04", "--to", "2026-03-31"]) == 0  # (the export above is dated today)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.DictReader(fh)) == []
    capsys.readouterr()
    assert main([*args, "--worker", "Anna de Boer"]) == 1  # a user name, not a name
    assert "Anna de Boer" in capsys.readouterr().err
    with pytest.raises(SystemExit) as wrong:
        main([*args, "--from", "3 maart"])
    assert wrong.value.code == 2  # a wrong command line


def test_access_export_writes_a_pdf_and_a_json_file(
    db_path: Path, person: uuid.UUID, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["access-export", "--db", str(db_path), "--person", str(person), "--out", str(folder)]) == 0
    written = sorted(p.suffix for p in folder.iterdir())
    assert written == [".json", ".pdf"]
    data = json.loads(next(folder.glob("*.json")).read_text(encoding="utf-8"))
    assert data["person"]["family_name"] == "Kowalczyk-Öztürk"
    assert capsys.readouterr().out.count("\n") == 2
    assert main(["access-export", "--db", str(db_path), "--person", str(uuid.uuid4()), "--out", str(folder)]) == 1
    assert main(["access-export", "--db", str(db_path), "--person", str(person), "--out", str(tmp_path / "no")]) == 1
