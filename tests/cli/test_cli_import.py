"""The command line for spreadsheets and backups: hubdesk import, hubdesk backups, hubdesk restore."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]  # no type information published
import pytest

from hubdesk.cli import main
from hubdesk.models.enums import Role, Stadsdeel
from hubdesk.services.backups import BackupReason, BackupService
from hubdesk.services.setup import initialize
from hubdesk.services.spreadsheet import mapping_key
from hubdesk.services.store import head_revision, open_store
from hubdesk.settings import load_settings

HEADER = "Voornaam;Achternaam;E-mail;Postcode;Bedrijfsnaam;Rechtsvorm"
ROWS = [
    "Fatima;El Amrani;fatima@example.nl;2034 AB;Couscous & Co;eenmanszaak",
    "Sanne;de Vries;;2011 AB;;",
    "Kees;Bakker;kees@;2034 SA;;webwinkel",
    "Fatima;El Amrani;FATIMA@example.nl;2034 AB;;",
]


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
def db(tmp_path: Path) -> Path:
    path = tmp_path / "hub.sqlite"
    store = open_store(path)
    try:
        initialize(store, hub_name="Cityhub Schalkwijk", stadsdeel=Stadsdeel.SCHALKWIJK, worker_name="Anna de Boer",
                   username="anna", role=Role.COORDINATOR)  # fmt: skip
    finally:
        store.dispose()
    return path


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "lijst.csv"
    path.write_text("\r\n".join([HEADER, *ROWS]) + "\r\n", encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _persons(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT given_name || ' ' || family_name FROM persons"))
    finally:
        conn.close()


def _assert_one_line(err: str) -> None:
    assert err.endswith("\n")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


# --- hubdesk import --------------------------------------------------------------------------------------------------


def test_a_dry_run_prints_a_line_per_problem_row_and_a_summary_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, sheet: Path
) -> None:
    before = db.read_bytes()
    code, out, err = _run(capsys, "import", "--db", str(db), str(sheet), "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Rij 4: Rechtsvorm: 'webwinkel' is geen rechtsvorm die hubdesk kent (bijv. eenmanszaak, vof, bv, stichting, "
        "coöperatie); E-mail: is geen geldig e-mailadres (je typte 'kees@'); Postcode: bestaat niet: postcodes met SA "
        "worden niet uitgegeven",
        "Rij 5: dezelfde persoon als rij 2 van dit bestand",
        "Proef: 2 nieuw, 1 dubbel (overgeslagen), 1 met fouten (overgeslagen). Er is niets opgeslagen.",
    ]
    assert db.read_bytes() == before
    assert _persons(db) == []


def test_an_import_with_consent_registers_the_new_rows_after_a_backup(
    capsys: pytest.CaptureFixture[str], db: Path, sheet: Path
) -> None:
    code, out, err = _run(capsys, "--lang", "en", "import", "--db", str(db), str(sheet), "--consent", "signed")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[-2] == "Imported: 2 new, 1 duplicates (skipped), 1 with errors (skipped)."
    assert lines[-1].startswith("A backup was taken first: ")
    assert _persons(db) == ["Fatima El Amrani", "Sanne de Vries"]
    assert [b.reason for b in BackupService(db).list()] == [BackupReason.BEFORE_IMPORT]
    code, out, _ = _run(capsys, "import", "--db", str(db), str(sheet), "--consent", "signed")  # once more
    assert code == 0
    assert "Rij 2: staat al ingeschreven: hetzelfde e-mailadres als Fatima El Amrani" in out.splitlines()
    assert _persons(db) == ["Fatima El Amrani", "Sanne de Vries"]


def test_an_import_without_consent_is_refused_with_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, sheet: Path
) -> None:
    code, out, err = _run(capsys, "import", "--db", str(db), str(sheet))
    assert (code, out) == (1, "")
    _assert_one_line(err)
    assert err.startswith("hubdesk: Ingelezen ondernemers hebben toestemming voor registratie nodig.")
    assert _persons(db) == []


@pytest.mark.parametrize(
    ("content", "code_text"),
    [
        (None, "bestaat niet"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "oud Excel-bestand"),
        (b"PK\x03\x04 half a zip", "beschadigd"),
        (bytes(range(256)) * 3, "geen CSV- of Excel-bestand"),
    ],
)
def test_an_unreadable_file_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, content: bytes | None, code_text: str
) -> None:
    path = tmp_path / "lijst.xlsx"
    if content is not None:
        path.write_bytes(content)
    before = db.read_bytes()
    code, out, err = _run(capsys, "import", "--db", str(db), str(path), "--consent", "verbal")
    assert (code, out) == (1, "")
    _assert_one_line(err)
    assert code_text in err
    assert str(path) in err
    assert db.read_bytes() == before


def test_a_truncated_file_is_reported_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "afgebroken.csv"
    path.write_text("\r\n".join([HEADER, *ROWS[:2], "Piet;Pieters"]), encoding="utf-8")
    code, out, err = _run(capsys, "import", "--db", str(db), str(path), "--consent", "signed")
    assert code == 1
    _assert_one_line(err)
    assert err == "hubdesk: Er is niets ingelezen; los eerst de punten hierboven op.\n"
    assert out.splitlines()[0].startswith("Het bestand lijkt afgebroken bij rij 4")
    assert "Rij 4: de regel is afgebroken (2 van de 6 kolommen)" in out.splitlines()
    assert _persons(db) == []
    assert BackupService(db).list() == []


def test_the_mapping_can_be_given_and_is_remembered(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "lijst.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Wie", "Zaak", "Opmerking"])
    book.active.append(["Jan van der Berg", "Fietsmaker Jan", "komt terug in mei"])
    book.save(path)
    code, out, _ = _run(capsys, "import", "--db", str(db), str(path), "--dry-run")
    assert code == 0
    assert out.splitlines()[0] == (
        "Koppel een kolom aan de achternaam of aan de volledige naam; zonder naam kan niemand worden ingelezen."
    )
    args = ["--mapping", "Wie=naam", "--mapping", "B=bedrijfsnaam", "--consent", "verbal"]
    code, out, err = _run(capsys, "import", "--db", str(db), str(path), *args)
    assert (code, err) == (0, "")
    assert _persons(db) == ["Jan Berg"]  # "van der" is the tussenvoegsel
    assert load_settings().import_mappings[mapping_key(["Wie", "Zaak", "Opmerking"])] == ["full_name", "trade_name", ""]
    code, out, _ = _run(capsys, "import", "--db", str(db), str(path), "--dry-run")  # the next time: remembered
    assert (code, out.splitlines()) == (
        0,
        ["Proef: 1 nieuw, 0 dubbel (overgeslagen), 0 met fouten (overgeslagen). Er is niets opgeslagen."],
    )


@pytest.mark.parametrize(
    ("mapping", "expected"),
    [("Woonplaats=naam", "Het bestand heeft geen kolom 'Woonplaats'."), ("Voornaam", "Schrijf een koppeling als")],
)
def test_a_wrong_mapping_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], db: Path, sheet: Path, mapping: str, expected: str
) -> None:
    code, out, err = _run(capsys, "import", "--db", str(db), str(sheet), "--dry-run", "--mapping", mapping)
    assert (code, out) == (1, "")
    _assert_one_line(err)
    assert err.startswith(f"hubdesk: {expected}")


def test_a_wrong_consent_method_is_a_usage_error(capsys: pytest.CaptureFixture[str], db: Path, sheet: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["import", "--db", str(db), str(sheet), "--consent", "maybe"])
    assert info.value.code == 2


# --- hubdesk backups and hubdesk restore -----------------------------------------------------------------------------


def test_backups_are_listed_newest_first_with_what_they_hold(
    capsys: pytest.CaptureFixture[str], db: Path, sheet: Path
) -> None:
    assert _run(capsys, "backups", "--db", str(db)) == (0, "", "")
    service = BackupService(db)
    service.take(BackupReason.DAILY)
    _run(capsys, "import", "--db", str(db), str(sheet), "--consent", "signed")
    service.take(BackupReason.MANUAL, prune=False)
    code, out, err = _run(capsys, "backups", "--db", str(db))
    assert (code, err) == (0, "")
    lines = [line.split("\t") for line in out.splitlines()]
    assert [fields[1] for fields in lines] == ["manual", "before-import", "daily"]
    assert [fields[3] for fields in lines] == ["2", "0", "0"]  # entrepreneurs
    assert all(fields[2] == head_revision() and fields[-1] == "ok" for fields in lines)
    assert all(Path(fields[7]).exists() for fields in lines)


def test_restore_brings_a_backup_back_keeps_the_current_state_and_checks(
    capsys: pytest.CaptureFixture[str], db: Path, sheet: Path
) -> None:
    backup = BackupService(db).take(BackupReason.DAILY)
    _run(capsys, "import", "--db", str(db), str(sheet), "--consent", "signed")
    assert len(_persons(db)) == 2
    code, out, err = _run(capsys, "restore", "--db", str(db), "--backup", backup.path.name)  # its name will do
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"restored\t{backup.path}"
    kept = Path(lines[1].split("\t")[1])
    assert lines[1].startswith("kept\t")
    assert lines[2] == "ok"
    assert _persons(db) == []
    assert _persons(kept) == ["Fatima El Amrani", "Sanne de Vries"]


def test_restoring_a_damaged_backup_is_refused_with_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "kapot.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    before = db.read_bytes()
    code, out, err = _run(capsys, "--lang", "en", "restore", "--db", str(db), "--backup", str(bad))
    assert (code, out) == (1, "")
    _assert_one_line(err)
    assert err == f"hubdesk: The backup {bad} is damaged; nothing was restored.\n"
    assert db.read_bytes() == before
