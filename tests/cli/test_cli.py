"""The command line, run in-process: exit codes, one-line messages, no tracebacks, files left alone."""

from __future__ import annotations

import logging
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

import hubdesk
from hubdesk.cli import main
from hubdesk.models.enums import Stadsdeel
from hubdesk.services.demo import generate_demo
from hubdesk.services.search import SearchService
from hubdesk.services.store import open_store

DEMO_COUNT = 50
STADSDEEL_VALUES = {s.value for s in Stadsdeel}
BROKEN_KINDS = ["missing", "random_bytes", "directory", "truncated", "other_program"]
# (Backing up another program's SQLite file is simply a copy: not asserted either way.)
BROKEN_CASES = [
    (kind, command)
    for kind in BROKEN_KINDS
    for command in ("check", "search", "backup")
    if (kind, command) != ("other_program", "backup")
]


@pytest.fixture(autouse=True)
def _own_log_file() -> Iterator[None]:
    """``main()`` attaches hubdesk's log file once per process: give each test its own, in its data folder."""
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


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with demo entrepreneurs, shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_store(path)
    try:
        generate_demo(store, DEMO_COUNT, seed=2)
    finally:
        store.dispose()
    return path


@pytest.fixture
def db_copy(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hub.sqlite"
    shutil.copy(demo_db, path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int | str | None, str, str]:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    out, err = capsys.readouterr()
    return info.value.code, out, err


def _assert_one_line(err: str) -> None:
    assert err.endswith("\n")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


def _persons(path: Path) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT id, given_name, infix, family_name FROM persons WHERE deleted_at IS NULL")
        return [(str(uuid.UUID(r[0])), r[1], r[2], r[3]) for r in rows]


def _display_name(given: str, infix: str, family: str) -> str:
    return " ".join(p for p in (given, infix, family) if p)


def _ascii(text: str) -> str | None:
    """``text`` without its diacritics when every letter has a plain base letter, else None."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain if plain.isascii() else None


def _search_lines(out: str) -> list[list[str]]:
    lines = [line.split("\t") for line in out.splitlines()]
    for fields in lines:
        assert len(fields) == 4, fields
        uuid.UUID(fields[0])
        assert fields[1]
        assert fields[3] in STADSDEEL_VALUES | {""}
    return lines


# --- Version -----------------------------------------------------------------------------------------------------


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _usage_error(capsys, "--version")
    assert code == 0
    assert out == f"hubdesk {hubdesk.__version__}\n"
    assert re.fullmatch(r"hubdesk \d+\.\d+\.\d+\n", out)
    assert err == ""


def test_python_dash_m_hubdesk_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hubdesk", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "HUBDESK_DATA_DIR": str(tmp_path / "data")},
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout == f"hubdesk {hubdesk.__version__}\n"
    assert result.stderr == ""


# --- demo --------------------------------------------------------------------------------------------------------


def test_demo_fills_an_empty_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    code, out, err = _run(capsys, "demo", "--db", str(path), "--entrepreneurs", "50", "--seed", "2")
    assert code == 0
    assert err == ""
    count, rows, where = out.rstrip("\n").split("\t")
    assert (count, where) == ("50", str(path))
    assert int(rows) > 50
    assert len(_persons(path)) == 50


def test_demo_refuses_a_database_that_holds_entrepreneurs(capsys: pytest.CaptureFixture[str], db_copy: Path) -> None:
    before = _persons(db_copy)
    code, out, err = _run(capsys, "demo", "--db", str(db_copy), "--entrepreneurs", "5")
    assert code == 1
    assert out == ""
    assert err == ("hubdesk: Deze database bevat al ondernemers; voorbeeldgegevens gaan alleen in een lege database.\n")
    assert _persons(db_copy) == before


# --- search ------------------------------------------------------------------------------------------------------


def test_search_prints_one_tab_separated_line_per_match(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    person_id, given, infix, family = _persons(demo_db)[0]
    code, out, err = _run(capsys, "search", "--db", str(demo_db), given, family)
    assert code == 0
    assert err == ""
    lines = _search_lines(out)
    assert [person_id, _display_name(given, infix, family)] in [fields[:2] for fields in lines]


def test_search_ignores_diacritics(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    people = [(p, _ascii(p[3])) for p in _persons(demo_db) if not p[3].isascii()]
    people = [(p, plain) for p, plain in people if plain]
    if not people:
        pytest.skip("the demo data has no family name with diacritics")
    (person_id, given, infix, family), plain = people[0]
    assert plain is not None
    code, out, _ = _run(capsys, "search", "--db", str(demo_db), plain.lower())
    assert code == 0
    found = {fields[0]: fields[1] for fields in _search_lines(out)}
    assert found[person_id] == _display_name(given, infix, family)  # shown as written, with its diacritics


def test_search_finds_names_with_their_particles_left_out(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    people = [p for p in _persons(demo_db) if p[2]]
    if not people:
        pytest.skip("the demo data has no name with a particle")
    person_id, given, infix, family = people[0]
    code, out, _ = _run(capsys, "search", "--db", str(demo_db), family.upper())
    assert code == 0
    assert person_id in {fields[0] for fields in _search_lines(out)}


@pytest.mark.parametrize("text", ["qqxzzyvw", "...", "Jansen-qqxzzyvw"])
def test_search_without_matches_prints_nothing_and_succeeds(
    capsys: pytest.CaptureFixture[str], demo_db: Path, text: str
) -> None:
    assert _run(capsys, "search", "--db", str(demo_db), text) == (0, "", "")


def test_search_limit_caps_the_lines(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _ = _run(capsys, "search", "--db", str(demo_db), "--limit", "2", "a")
    assert code == 0
    assert 1 <= len(_search_lines(out)) <= 2


# --- check and backup --------------------------------------------------------------------------------------------


def test_check_reports_ok(capsys: pytest.CaptureFixture[str], db_copy: Path) -> None:
    before = db_copy.read_bytes()
    code, out, err = _run(capsys, "check", "--db", str(db_copy))
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[-1] == "ok"
    assert f"persons\t{DEMO_COUNT}" in lines
    assert lines[0].startswith("schema\t")
    assert db_copy.read_bytes() == before


def test_backup_writes_a_copy_that_check_accepts(
    capsys: pytest.CaptureFixture[str], db_copy: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "backups" / "hub-2026-03-03.sqlite"
    before = db_copy.read_bytes()
    code, out, err = _run(capsys, "backup", "--db", str(db_copy), "--out", str(out_file))
    assert (code, out, err) == (0, f"{out_file}\n", "")
    assert db_copy.read_bytes() == before
    assert len(_persons(out_file)) == DEMO_COUNT
    code, out, err = _run(capsys, "check", "--db", str(out_file))
    assert code == 0
    assert out.splitlines()[-1] == "ok"


def test_backup_never_overwrites(capsys: pytest.CaptureFixture[str], db_copy: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "backup.sqlite"
    assert _run(capsys, "backup", "--db", str(db_copy), "--out", str(out_file))[0] == 0
    first = out_file.read_bytes()
    code, out, err = _run(capsys, "backup", "--db", str(db_copy), "--out", str(out_file))
    assert code == 1
    assert out == ""
    _assert_one_line(err)
    assert err == f"hubdesk: {out_file} bestaat al; kies een nieuwe bestandsnaam.\n"
    assert out_file.read_bytes() == first
    assert not list(tmp_path.glob("*.part"))


# --- Wrong command lines -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--db", "{db}", "--entrepreneurs", "x"],
        ["demo", "--db", "{db}", "--entrepreneurs", "-3"],
        ["demo", "--db", "{db}"],
        ["search", "--db", "{db}"],
        ["search", "--db", "{db}", "--limit", "veel", "Jansen"],
        ["check"],
        ["frobnicate"],
        ["--lang", "fr", "check", "--db", "{db}"],
    ],
)
def test_a_wrong_command_line_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    db = tmp_path / "new.sqlite"
    code, out, err = _usage_error(capsys, *[a.replace("{db}", str(db)) for a in argv])
    assert code == 2
    assert out == ""
    _assert_one_line(err)
    assert err.startswith("hubdesk")
    assert not db.exists()


# --- Databases that cannot be used -------------------------------------------------------------------------------


def _broken(kind: str, folder: Path, demo_db: Path) -> Path:
    path = folder / "hub.sqlite"
    if kind == "random_bytes":
        path.write_bytes(random.Random(7).randbytes(8192))
    elif kind == "directory":
        path.mkdir()
    elif kind == "truncated":
        path.write_bytes(demo_db.read_bytes()[:4096])
    elif kind == "other_program":  # an SQLite database, but not hubdesk's
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
            conn.execute("INSERT INTO recipes (name) VALUES ('erwtensoep')")
        conn.close()
    return path


def _args(command: str, path: Path) -> list[str]:
    extra = {"check": [], "search": ["Jansen"], "backup": ["--out", str(path.parent / "backup.sqlite")]}[command]
    return [command, "--db", str(path), *extra]


@pytest.mark.parametrize(("kind", "command"), BROKEN_CASES)
def test_an_unusable_database_is_one_line_exit_1_and_left_unchanged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_db: Path, kind: str, command: str
) -> None:
    path = _broken(kind, tmp_path, demo_db)
    before = path.read_bytes() if path.is_file() else None
    code, out, err = _run(capsys, *_args(command, path))
    assert code == 1
    _assert_one_line(err)
    assert str(path) in err
    assert "Traceback" not in out
    assert path.exists() == (kind != "missing")
    assert (path.read_bytes() if path.is_file() else None) == before
    if kind == "directory":
        assert list(path.iterdir()) == []
    assert not (tmp_path / "backup.sqlite").exists()
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("command", ["check", "search", "backup"])
def test_nothing_is_left_beside_a_damaged_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_db: Path, command: str
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = _broken("truncated", folder, demo_db)
    assert _run(capsys, *_args(command, path))[0] == 1
    assert sorted(p.name for p in folder.iterdir()) == ["hub.sqlite"]  # no hub.sqlite-wal or -shm kept open


def test_a_missing_database_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nergens.sqlite"
    assert _run(capsys, "check", "--db", str(path)) == (1, "", f"hubdesk: Database niet gevonden: {path}\n")
    assert not path.exists()


def test_a_damaged_database_says_to_restore_a_backup(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_db: Path
) -> None:
    path = _broken("truncated", tmp_path, demo_db)
    code, _, err = _run(capsys, "search", "--db", str(path), "Jansen")
    assert code == 1
    assert err == f"hubdesk: De database {path} is beschadigd. Zet een back-up terug.\n"


# --- Language ----------------------------------------------------------------------------------------------------


def test_lang_en_gives_english_messages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nowhere.sqlite"
    assert _run(capsys, "--lang", "en", "check", "--db", str(path)) == (1, "", f"hubdesk: Database not found: {path}\n")


def test_english_from_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUBDESK_LANG", "en")
    out_file = tmp_path / "copy.sqlite"
    out_file.write_bytes(b"")
    code, _, err = _run(capsys, "backup", "--db", str(db_copy), "--out", str(out_file))
    assert code == 1
    assert err == f"hubdesk: {out_file} already exists; choose a new file name.\n"


# --- Internal errors ---------------------------------------------------------------------------------------------


def _log_text() -> str:
    logs = Path(os.environ["HUBDESK_DATA_DIR"]) / "logs"
    return "".join(p.read_text(encoding="utf-8") for p in sorted(logs.glob("*.log*")))


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "hubdesk: interne fout; details staan in het logbestand\n"),
        ("en", "hubdesk: internal error; see the log file\n"),
    ],
)
def test_an_internal_error_exits_3_with_the_details_in_the_log(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_db: Path, lang: str, line: str
) -> None:
    def broken_search(self: SearchService, text: str, limit: int = 50) -> list[object]:
        raise RuntimeError("kapotte zoekfunctie")

    monkeypatch.setattr(SearchService, "search", broken_search)
    code, out, err = _run(capsys, "--lang", lang, "search", "--db", str(demo_db), "Fatima", "Özkan")
    assert (code, out, err) == (3, "", line)
    log = _log_text()
    assert "Traceback" in log
    assert "RuntimeError: kapotte zoekfunctie" in log
    assert "Özkan" not in log  # what was searched for is personal data


def test_an_internal_error_in_a_real_process_keeps_the_traceback_off_the_screen(tmp_path: Path, demo_db: Path) -> None:
    data = tmp_path / "data"
    script = (
        "import sys\n"
        "from hubdesk.services.search import SearchService\n"
        "def broken(self, text, limit=50):\n"
        "    raise RuntimeError('kapotte zoekfunctie')\n"
        "SearchService.search = broken\n"
        "from hubdesk.cli import main\n"
        f"sys.exit(main(['search', '--db', {str(demo_db)!r}, 'Jansen']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
        env={**os.environ, "HUBDESK_DATA_DIR": str(data), "HUBDESK_LANG": "nl"},
    )
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr == "hubdesk: interne fout; details staan in het logbestand\n"
    log = (data / "logs" / "hubdesk.log").read_text(encoding="utf-8")
    assert "RuntimeError: kapotte zoekfunctie" in log


def test_without_a_display_the_desktop_says_how_to_start_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["--db", str(tmp_path / "hub.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "xvfb-run hubdesk" in err
    assert not (tmp_path / "hub.sqlite").exists()


def test_worklist_prints_due_and_overdue_steps_one_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    from hubdesk.services.guidance import GuidanceService
    from hubdesk.services.intake import IntakeService
    from hubdesk.services.setup import initialize

    db = tmp_path / "hub.sqlite"
    store = open_store(db)
    actor = initialize(
        store, hub_name="Cityhub Oost", stadsdeel=Stadsdeel.OOST, worker_name="Anna de Boer", username="anna"
    )
    person = (
        IntakeService(store)
        .register(
            actor,
            {
                "person": {"given_name": "Sanne", "family_name": "de Vries"},
                "consents": [{"purpose": "registration", "text_version": "r1"}],
            },
        )
        .person_id
    )
    guidance = GuidanceService(store)
    tid, _ = guidance.open_trajectory(actor, person)
    today = guidance.today()
    guidance.add_step(actor, tid, "advice", today - dt.timedelta(days=3), actor.worker_id)
    guidance.add_step(actor, tid, "coaching", today + dt.timedelta(days=2), actor.worker_id)
    guidance.add_step(actor, tid, "follow_up", today + dt.timedelta(days=60), actor.worker_id)
    store.dispose()
    capsys.readouterr()
    assert main(["worklist", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"te laat\t{(today - dt.timedelta(days=3)).isoformat()}\tAdvies\tSanne de Vries\tAnna de Boer",
        f"deze week\t{(today + dt.timedelta(days=2)).isoformat()}\tCoaching\tSanne de Vries\tAnna de Boer",
    ]
    assert main(["--lang", "en", "worklist", "--db", str(db), "--worker", "anna"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("overdue\t")
    assert main(["worklist", "--db", str(db), "--worker", "Anna de Boer"]) == 0  # a name does as well
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["worklist", "--db", str(db), "--worker", "nobody"]) == 1
    assert "nobody" in capsys.readouterr().err
    assert main(["worklist", "--db", str(db), "--hub", "Cityhub Nergens"]) == 1
    assert "Cityhub Nergens" in capsys.readouterr().err


# --- Referrals ---------------------------------------------------------------------------------------------------


@pytest.fixture
def referral_db(tmp_path: Path) -> tuple[Path, str]:
    """A hub with one referral to Qredits whose letter has been sent, and one draft without consent."""
    from hubdesk.models.enums import ConsentMethod
    from hubdesk.services.intake import IntakeService
    from hubdesk.services.referrals import ReferralService
    from hubdesk.services.setup import initialize

    db = tmp_path / "hub.sqlite"
    store = open_store(db)
    try:
        actor = initialize(
            store, hub_name="Cityhub Noord", stadsdeel=Stadsdeel.NOORD, worker_name="Anna de Boer", username="anna"
        )
        intake = IntakeService(store)
        referrals = ReferralService(store)
        qredits = next(p.id for p in referrals.partners() if p.code == "qredits")
        fields = {
            "financing_need": "€ 8.000",
            "own_contribution": "€ 500",
            "plan_status": "klaar",
            "kvk_registered": "nee",
        }
        made = []
        for given in ("Sanne", "Jules"):
            person = intake.register(
                actor,
                {
                    "person": {"given_name": given, "family_name": "de Vries"},
                    "consents": [{"purpose": "registration", "text_version": "r1"}],
                },
            ).person_id
            rid, _ = referrals.create(actor, {"person_id": person, "partner_id": qredits, "fields": fields})
            made.append(rid)
        referrals.record_consent(actor, made[0], ConsentMethod.SIGNED)
        referrals.letter(actor, made[0])
        referrals.send(actor, made[0], referrals.get(made[0]).version)
        return db, referrals.get(made[0]).reference
    finally:
        store.dispose()


def test_letter_saves_the_kept_pdf_of_a_referral(
    capsys: pytest.CaptureFixture[str], referral_db: tuple[Path, str], tmp_path: Path
) -> None:
    db, reference = referral_db
    out = tmp_path / "brief.pdf"
    code, stdout, err = _run(capsys, "letter", "--db", str(db), "--referral", reference.lower(), "--out", str(out))
    assert (code, err) == (0, "")
    assert stdout.split("\t")[0] == reference
    first = out.read_bytes()
    assert first.startswith(b"%PDF")
    assert _run(capsys, "letter", "--db", str(db), "--referral", reference, "--out", str(out))[0] == 0
    assert out.read_bytes() == first  # the same letter, byte for byte


def test_letter_of_an_unknown_reference_or_without_consent_is_one_line_exit_1(
    capsys: pytest.CaptureFixture[str], referral_db: tuple[Path, str], tmp_path: Path
) -> None:
    db, _ = referral_db
    out = tmp_path / "brief.pdf"
    code, _, err = _run(capsys, "letter", "--db", str(db), "--referral", "R-0000-0000", "--out", str(out))
    assert code == 1
    _assert_one_line(err)
    assert not out.exists()
    code, stdout, _ = _run(capsys, "referrals", "--db", str(db))
    draft = next(line.split("\t")[0] for line in stdout.splitlines() if "\tdraft\t" in line)
    code, _, err = _run(capsys, "letter", "--db", str(db), "--referral", draft, "--out", str(out))
    assert code == 1
    assert "toestemming" in err
    _assert_one_line(err)
    assert not out.exists()


def test_letter_into_a_missing_folder_says_so(
    capsys: pytest.CaptureFixture[str], referral_db: tuple[Path, str], tmp_path: Path
) -> None:
    db, reference = referral_db
    out = tmp_path / "nergens" / "brief.pdf"
    code, _, err = _run(capsys, "letter", "--db", str(db), "--referral", reference, "--out", str(out))
    assert code == 1
    assert "bestaat niet" in err
    _assert_one_line(err)


def test_referrals_lists_them_and_the_overdue_ones(
    capsys: pytest.CaptureFixture[str], referral_db: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from hubdesk.services.referrals import ReferralService

    db, reference = referral_db
    code, stdout, _ = _run(capsys, "referrals", "--db", str(db))
    lines = [line.split("\t") for line in stdout.splitlines()]
    assert code == 0
    assert len(lines) == 2
    assert all(len(fields) == 6 for fields in lines)
    sent = next(fields for fields in lines if fields[0] == reference)
    assert sent[1] == "sent"
    assert sent[4].startswith("Qredits")
    assert _run(capsys, "referrals", "--db", str(db), "--overdue")[1] == ""

    later = dt.date.fromisoformat(sent[3]) + dt.timedelta(days=1)
    monkeypatch.setattr(ReferralService, "today", lambda self: later)
    code, stdout, _ = _run(capsys, "referrals", "--db", str(db), "--overdue")
    assert code == 0
    assert [line.split("\t")[0] for line in stdout.splitlines()] == [reference]
