"""Importing lists of entrepreneurs: reading CSV and XLSX, the mapping, the report per row,
duplicates, the all-or-nothing import with its consent, progress and cancel."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]  # no type information published
import pytest
import sqlalchemy as sa

from hubdesk.messages import MESSAGES, issue_sentence
from hubdesk.models.enums import ConsentMethod, ConsentPurpose, LegalForm, Stage
from hubdesk.models.errors import UserFacingError, ValidationFailed
from hubdesk.models.logs import AuditEvent, ChangeLogEntry
from hubdesk.models.people import Enterprise, Person
from hubdesk.models.referrals import Consent
from hubdesk.services.backups import BackupReason, BackupService
from hubdesk.services.intake import DuplicateProbe, IntakeService
from hubdesk.services.maintenance import check_database
from hubdesk.services.search import SearchService
from hubdesk.services.spreadsheet import (
    ImportCancelled,
    ImportField,
    ImportReport,
    ImportService,
    RowStatus,
    apply_overrides,
    guess_mapping,
    mapping_key,
    read_sheet,
    recall_mapping,
    remember_mapping,
    split_full_name,
)
from hubdesk.services.store import Actor, Store
from hubdesk.settings import Settings, load_settings, save_settings
from tests.services.helpers import registration

F = ImportField
HEADER = "Voornaam;Tussenvoegsel;Achternaam;E-mail;Telefoon;Postcode;Bedrijfsnaam;KVK-nummer;Rechtsvorm;Fase"


def _csv(path: Path, lines: list[str], encoding: str = "utf-8", newline: str = "\r\n", end: bool = True) -> Path:
    text = newline.join(lines) + (newline if end else "")
    path.write_bytes(text.encode(encoding))
    return path


def _count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one())


def _plan(store: Store, path: Path) -> ImportReport:
    sheet = read_sheet(path)
    return ImportService(store).dry_run(sheet, guess_mapping(sheet.headers))


def _issue_codes(report: ImportReport, row: int) -> list[str]:
    return [i.code for r in report.rows if r.row == row for i in r.issues]


# --- the mapping ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres", "Telefoonnummer (mobiel)", "Postcode"],
            [F.GIVEN_NAME, F.INFIX, F.FAMILY_NAME, F.EMAIL, F.PHONE, F.HOME_POSTCODE],
        ),
        (
            ["First name", "Last name", "Email address", "Phone", "Company name", "Chamber of Commerce", "Stage"],
            [F.GIVEN_NAME, F.FAMILY_NAME, F.EMAIL, F.PHONE, F.TRADE_NAME, F.KVK_NUMBER, F.STAGE],
        ),
        (
            ["Naam", "Naam bedrijf", "KvK nr", "Rechtsvorm", "Fase", "Opmerkingen"],
            [F.FULL_NAME, F.TRADE_NAME, F.KVK_NUMBER, F.LEGAL_FORM, F.STAGE, None],
        ),
        (
            ["Postcode", "Postcode bedrijf", "Geboortedatum", "Oprichtingsdatum", "Aantal medewerkers", ""],
            [F.HOME_POSTCODE, F.BUSINESS_POSTCODE, F.BIRTH_YEAR, F.FOUNDED_ON, F.EMPLOYEES_TOTAL, None],
        ),
        (["Achternaam", "achternaam"], [F.FAMILY_NAME, None]),  # a field for one column only
    ],
)
def test_columns_are_recognised_by_their_dutch_or_english_header(
    headers: list[str], expected: list[ImportField | None]
) -> None:
    assert guess_mapping(headers) == expected


def test_the_mapping_can_be_changed_by_header_letter_or_number() -> None:
    headers = ["Naam", "Bedrijf", "Opmerking"]
    mapping = guess_mapping(headers)
    changed = apply_overrides(headers, mapping, ["Opmerking=activiteit", "B=-", "1=achternaam"])
    assert changed == [F.FAMILY_NAME, None, F.ACTIVITY]
    moved = apply_overrides(headers, changed, ["Bedrijf=family_name"])  # a field moves to its new column
    assert moved == [None, F.FAMILY_NAME, F.ACTIVITY]


@pytest.mark.parametrize(
    ("override", "code"),
    [("Woonplaats=achternaam", "import.mapping_column"), ("Naam=schoenmaat", "import.mapping_field"),
     ("Naam", "import.mapping_syntax")],
)  # fmt: skip
def test_a_mapping_that_does_not_fit_says_what(override: str, code: str) -> None:
    with pytest.raises(UserFacingError) as info:
        apply_overrides(["Naam"], [F.FULL_NAME], [override])
    assert info.value.code == code


def test_the_chosen_mapping_is_remembered_for_a_file_with_the_same_headers() -> None:
    headers = ["Naam", "Bedrijf", "Opmerking"]
    chosen = [F.FULL_NAME, None, F.MISSION]
    settings = load_settings().model_copy(
        update={"import_mappings": remember_mapping(load_settings().import_mappings, headers, chosen)}
    )
    save_settings(settings)
    remembered = load_settings().import_mappings
    assert recall_mapping(remembered, ["naam", "BEDRIJF", "Opmerking"]) == chosen  # the same headers, other case
    assert recall_mapping(remembered, ["Naam", "Bedrijf"]) is None
    assert mapping_key(headers) != mapping_key(["Naam", "Bedrijf"])
    many: dict[str, list[str]] = Settings().import_mappings
    for i in range(60):
        many = remember_mapping(many, [f"kolom {i}"], [None])
    assert len(many) == 50
    assert recall_mapping(many, ["kolom 59"]) == [None]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Jan van der Berg", ("Jan", "van der", "Berg")),
        ("Berg, Jan van der", ("Jan", "van der", "Berg")),
        ("Fatima El Amrani", ("Fatima", "", "El Amrani")),
        ("Sanne aan de Stegge", ("Sanne", "aan de", "Stegge")),  # the tussenvoegsels of the name search
        ("Stegge, Sanne aan de", ("Sanne", "aan de", "Stegge")),
        ("Özkan", ("", "", "Özkan")),
    ],
)
def test_a_full_name_is_split_into_its_parts(text: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(text) == parts


# --- reading CSV -----------------------------------------------------------------------------------------------------


def test_a_latin1_csv_is_read_as_windows_1252_says_so_and_keeps_its_accents(
    store: Store, actor: Actor, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "lijst.csv",
        [HEADER, "Zoë;;Özkan;zoe@example.nl;0612345678;2034 AB;Café Zoë;12345678;eenmanszaak;startend"],
        encoding="latin-1",
    )
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", ";")
    report = _plan(store, path)
    assert [n.code for n in report.notices] == ["import.encoding"]
    assert issue_sentence(report.notices[0], "nl").startswith(
        "Het bestand is niet als UTF-8 opgeslagen en is gelezen als Windows-1252."
    )
    assert [(r.name, r.status) for r in report.rows] == [("Zoë Özkan", RowStatus.NEW)]
    done = ImportService(store).apply(actor, sheet, guess_mapping(sheet.headers), ConsentMethod.SIGNED)
    assert done.new == 1
    with store.read() as s:
        assert s.execute(sa.select(Person.given_name, Person.family_name)).one() == ("Zoë", "Özkan")
        assert s.execute(sa.select(Enterprise.trade_name)).scalar() == "Café Zoë"


def test_utf8_with_a_bom_and_commas_is_read_as_it_is(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path / "list.csv", ["First name,Last name,Email", 'Joëlle,"Pinas, van",joelle@example.nl'])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter, sheet.headers) == ("utf-8", ",", ("First name", "Last name", "Email"))
    report = _plan(store, path)
    assert report.notices == ()
    assert [r.name for r in report.rows] == ["Joëlle Pinas, van"]


def test_text_that_was_garbled_by_a_wrong_encoding_is_reported_not_imported(store: Store, tmp_path: Path) -> None:
    # UTF-8 names read once as Windows-1252 and saved again as UTF-8: "JoÃ«lle".
    path = _csv(
        tmp_path / "lijst.csv",
        ["Voornaam;Achternaam", "JoÃ«lle;Pinas", "Mehmet;Ã–zkan", "Sanne;de Vries"],
    )
    report = _plan(store, path)
    assert [r.status for r in report.rows] == [RowStatus.INVALID, RowStatus.INVALID, RowStatus.NEW]
    assert _issue_codes(report, 2) == ["import.mojibake"]
    line = issue_sentence(report.rows[1].issues[0], "nl")
    assert (
        line == "Achternaam: 'Ã–zkan' is met de verkeerde tekencodering opgeslagen; sla het bestand op als 'CSV UTF-8'"
    )


def test_a_file_mixing_encodings_is_read_as_windows_1252_and_the_garbled_rows_are_reported(
    store: Store, tmp_path: Path
) -> None:
    good = "Voornaam;Achternaam\r\nJoëlle;Pinas\r\n".encode()
    bad = "Zoë;Özkan\r\n".encode("latin-1")
    path = tmp_path / "gemengd.csv"
    path.write_bytes(good + bad)
    report = _plan(store, path)
    assert [n.code for n in report.notices] == ["import.encoding"]
    statuses = {r.name: r.status for r in report.rows}
    assert statuses["Zoë Özkan"] is RowStatus.NEW
    assert [s for name, s in statuses.items() if name != "Zoë Özkan"] == [RowStatus.INVALID]  # "JoÃ«lle"


@pytest.mark.parametrize("cut", ["mid_line", "open_quote"])
def test_a_truncated_csv_is_reported_and_importing_it_changes_nothing(
    store: Store, actor: Actor, db_path: Path, tmp_path: Path, cut: str
) -> None:
    rows = [HEADER] + [f"Jan{i};van;Berg{i};jan{i}@example.nl;;2034 AB;;;;" for i in range(5)]
    if cut == "mid_line":
        path = _csv(tmp_path / "lijst.csv", [*rows, "Piet;de;Vr"], end=False)
    else:
        path = _csv(tmp_path / "lijst.csv", [*rows, 'Piet;de;Vries;piet@example.nl;;2034 AB;"Bakkerij Pi'], end=False)
    sheet = read_sheet(path)
    report = ImportService(store).dry_run(sheet, guess_mapping(sheet.headers))
    assert report.blocked
    truncated = next(n for n in report.notices if n.code == "import.truncated")
    assert truncated.params == {"row": 7}
    assert issue_sentence(truncated, "nl").startswith("Het bestand lijkt afgebroken bij rij 7")
    assert report.rows[-1].status is RowStatus.INVALID
    before = _count(store, "persons")
    with pytest.raises(UserFacingError) as info:
        ImportService(store).apply(actor, sheet, guess_mapping(sheet.headers), ConsentMethod.SIGNED)
    assert info.value.code == "import.truncated"
    assert _count(store, "persons") == before
    assert not (db_path.parent / "backups").exists()  # refused before anything, even a backup


def test_short_lines_in_the_middle_are_read_with_empty_cells_and_long_ones_are_reported(
    store: Store, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "lijst.csv",
        ["Voornaam;Achternaam;Postcode", "Jan;Jansen", "Piet;Pietersen;2011 AB;extra", "Kees;Bakker;"],
    )
    report = _plan(store, path)
    assert [r.status for r in report.rows] == [RowStatus.NEW, RowStatus.INVALID, RowStatus.NEW]
    assert _issue_codes(report, 3) == ["import.row_too_long"]
    assert not report.blocked


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (None, "weg.csv", "import.file_missing"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "oud.xls", "import.old_excel"),
        (bytes(range(256)) * 4, "plaatje.csv", "import.not_spreadsheet"),
        (b"PK\x03\x04 this zip stops here", "kapot.xlsx", "import.damaged"),
        (b"\r\n \r\n;;\r\n", "leeg.csv", "import.empty"),
    ],
)
def test_a_file_that_cannot_be_read_gives_one_clear_error(
    tmp_path: Path, content: bytes | None, name: str, code: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserFacingError) as info:
        read_sheet(path)
    assert info.value.code == code
    assert str(path) in MESSAGES[code][0].format(path=path)


def test_a_cut_off_xlsx_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Voornaam", "Achternaam"])
    for i in range(200):
        book.active.append([f"Jan{i}", "Jansen"])
    book.save(path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(UserFacingError) as info:
        read_sheet(path)
    assert info.value.code == "import.damaged"


# --- reading XLSX ----------------------------------------------------------------------------------------------------


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Ondernemers"
    ws.append(["Ondernemerslijst Schalkwijk 2025"])
    ws.merge_cells("A1:H1")
    ws.append(["Voornaam", "Achternaam", "Telefoon", "Postcode", "KVK", "Geboortejaar", "Bedrijf", "Opgericht", "Fase"])
    ws.append(["Fatima", "El Amrani", 612345678, "2034ab", 1234567, 1985.0, "Couscous & Co", dt.datetime(2021, 3, 1),
               "startend"])  # fmt: skip
    ws.append(["Karim", "Benali", "0612345679", "2034 AC", dt.datetime(2020, 1, 1), "onbekend", "Benali Bouw",
               "gisteren", "gevestigd"])  # fmt: skip
    ws.append(["Sanne", "de Vries", None, "2011 AB", None, dt.date(1990, 5, 17), "Soepbar Sanne", None, "idee"])
    ws.append(["Piet", "de Vries", None, "2011 AB", None, None, None, None, None])
    ws.merge_cells("G5:G6")  # one enterprise for two people, by merging
    ws.append(["Bas", "Meijer", None, "2011 AB", None, None, '=UPPER("meijer")', None, None])
    ws.append([])
    book.create_sheet("Notities").append(["niet inlezen"])
    book.save(path)
    return path


def test_an_xlsx_reports_merged_cells_wrong_types_formulas_and_reads_dates(store: Store, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "lijst.xlsx")
    sheet = read_sheet(path)
    assert sheet.kind == "xlsx"
    assert sheet.sheet_name == "Ondernemers"
    assert sheet.headers[0] == "Voornaam"
    report = ImportService(store).dry_run(sheet, guess_mapping(sheet.headers))
    assert {n.code: dict(n.params) for n in report.notices} == {
        "import.other_sheets": {"sheet": "Ondernemers", "count": 2},
        "import.header_row": {"row": 2},
        "import.merged_cells": {"cells": "G5:G6"},
        "import.formulas_without_values": {"cells": "G7"},  # written by a program that does not calculate
    }
    by_row = {r.row: r for r in report.rows}
    assert set(by_row) == {3, 4, 5, 6, 7}
    assert by_row[3].status is RowStatus.NEW  # KVK 1234567 as a number lost its leading 0; phone its 0
    assert sorted(i.code for i in by_row[4].issues) == ["date.invalid", "import.date_not_expected", "number.invalid"]
    assert issue_sentence(by_row[4].issues[0], "nl") == (
        "KVK-nummer: bevat een datum (2020-01-01), maar hier hoort geen datum; "
        "kijk na of de kolommen goed gekoppeld zijn"
    )
    assert by_row[5].status is RowStatus.NEW  # a full date of birth: only the year is kept
    assert [i.code for i in by_row[6].issues] == ["import.merged_cell"]
    assert (
        issue_sentence(by_row[6].issues[0], "nl")
        == "Handelsnaam: de cel is samengevoegd met G5; de waarde staat alleen daar"
    )
    assert [i.code for i in by_row[7].issues] == ["import.formula_without_value"]


def test_imported_xlsx_values_are_stored_in_their_proper_form(store: Store, actor: Actor, tmp_path: Path) -> None:
    sheet = read_sheet(_workbook(tmp_path / "lijst.xlsx"))
    ImportService(store).apply(actor, sheet, guess_mapping(sheet.headers), ConsentMethod.VERBAL)
    with store.read() as s:
        fatima = s.execute(sa.select(Person).where(Person.given_name == "Fatima")).scalar_one()
        assert (fatima.phone_e164, fatima.home_postcode, fatima.birth_year) == ("+31612345678", "2034 AB", 1985)
        sanne = s.execute(sa.select(Person).where(Person.given_name == "Sanne")).scalar_one()
        assert sanne.birth_year == 1990
        ent = s.execute(sa.select(Enterprise).where(Enterprise.trade_name == "Couscous & Co")).scalar_one()
        assert (ent.kvk_number, ent.founded_on, ent.stage) == ("01234567", dt.date(2021, 3, 1), Stage.STARTING)


def test_cached_results_of_formulas_are_used(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "met-formules.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Voornaam", "Achternaam"])
    book.active.append(["Jan", '=PROPER("jansen")'])
    book.save(path)
    # Excel stores the formula's last result beside it; openpyxl does not calculate, so add it by hand.
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
    cell = '<c r="B2"><f>PROPER("jansen")</f><v /></c>'
    assert cell in sheet_xml
    sheet_xml = sheet_xml.replace(cell, '<c r="B2" t="str"><f>PROPER("jansen")</f><v>Jansen</v></c>')
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    report = _plan(store, path)
    assert report.notices == ()
    assert [(r.name, r.status) for r in report.rows] == [("Jan Jansen", RowStatus.NEW)]


# --- validation ------------------------------------------------------------------------------------------------------


def test_every_problem_of_a_row_is_named_in_words_a_hub_worker_understands(store: Store, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "lijst.csv",
        [HEADER, "Zoë;;Özkan;zoe@example;0612;2034 SA;X;123;webshop;misschien", ";;;;;;;;;", "Jan;;;;;;;;;"],
    )
    report = _plan(store, path)
    assert len(report.rows) == 2  # the empty line is no row
    lines = [issue_sentence(i, "nl") for i in report.rows[0].issues]
    assert lines == [
        "Rechtsvorm: 'webshop' is geen rechtsvorm die hubdesk kent (bijv. eenmanszaak, vof, bv, stichting, coöperatie)",
        "Fase: 'misschien' is geen fase die hubdesk kent (idee, startend, gevestigd, groeiend, stoppend)",
        "E-mail: is geen geldig e-mailadres (je typte 'zoe@example')",
        "Telefoon: is geen geldig telefoonnummer (je typte '0612'); buitenlandse nummers met landcode, bv. +32",
        "Postcode: bestaat niet: postcodes met SA worden niet uitgegeven",
        "KVK-nummer: moet uit precies 8 cijfers bestaan (je typte '123')",
    ]
    assert [issue_sentence(i, "en") for i in report.rows[1].issues] == ["Family name: is required"]


def test_a_list_without_a_name_column_cannot_be_imported(store: Store, actor: Actor, tmp_path: Path) -> None:
    path = _csv(tmp_path / "lijst.csv", ["Bedrijfsnaam;E-mail", "Bakkerij;info@bakkerij.nl"])
    sheet = read_sheet(path)
    report = ImportService(store).dry_run(sheet, guess_mapping(sheet.headers))
    assert report.blocked
    assert [n.code for n in report.notices] == ["import.mapping_needs_name"]
    with pytest.raises(ValidationFailed) as info:
        ImportService(store).apply(actor, sheet, guess_mapping(sheet.headers), ConsentMethod.SIGNED)
    assert [i.code for i in info.value.issues] == ["import.mapping_needs_name"]


def test_every_report_code_has_a_sentence_in_both_languages(store: Store, tmp_path: Path) -> None:
    IntakeService(store)  # (no duplicates needed here: their codes are checked below)
    codes = {
        "import.duplicate_email",
        "import.duplicate_phone",
        "import.duplicate_kvk",
        "import.duplicate_name",
        "import.duplicate_in_file",
        "import.row_cut_off",
        "import.cell_error",
        "import.language_unknown",
    }
    sheet = read_sheet(_workbook(tmp_path / "lijst.xlsx"))
    report = ImportService(store).dry_run(sheet, guess_mapping(sheet.headers))
    codes |= {n.code for n in report.notices} | {i.code for r in report.rows for i in r.issues}
    for code in codes:
        assert code in MESSAGES, code


# --- duplicates ------------------------------------------------------------------------------------------------------


def test_duplicates_against_registered_entrepreneurs_and_within_the_file_are_skipped(
    store: Store, actor: Actor, tmp_path: Path
) -> None:
    intake = IntakeService(store)
    intake.register(actor, registration("Fatima", "El Amrani", email="Fatima@Example.nl", postcode="2034 AB"))
    intake.register(actor, registration("Karim", "Benali", phone="06 1122 3344", postcode="2011 AB"))
    intake.register(
        actor,
        registration("Sanne", "Smit", postcode="2011 AB", enterprise={"trade_name": "Soep", "kvk_number": "87654321"}),
    )
    intake.register(actor, registration("Mohamed", "van der Heijden", postcode="2034 AB"))
    path = _csv(
        tmp_path / "lijst.csv",
        [
            HEADER,
            "Fatima;;Amrani;fatima@example.nl;;2034 AB;;;;",  # the same e-mail, whatever its case
            "K.;;Benali;;0611223344;;;;;",  # the same phone number
            "Anna;;Bakker;;;2011 AB;Soep BV;87654321;bv;gevestigd",  # the same KVK number
            "Mohammed;van der;Heyden;;;2034 AC;;;;",  # a similar name in the same stadsdeel
            "Mohammed;van der;Heyden;;;2011 AB;;;;",  # the same name elsewhere in Haarlem: new
            "Joëlle;;Pinas;joelle@example.nl;;2034 AB;;;;",
            "Joelle;;Pinas;JOELLE@example.nl;;2034 AB;;;;",  # the same person as the row above
            "Bas;;Meijer;;;2011 AB;;;;",
            "Bas;;Meijer;;;2011 AB;;;;",
        ],
    )
    report = _plan(store, path)
    by_row = {r.row: r for r in report.rows}
    assert {n: by_row[n].status for n in by_row} == {
        2: RowStatus.DUPLICATE,
        3: RowStatus.DUPLICATE,
        4: RowStatus.DUPLICATE,
        5: RowStatus.DUPLICATE,
        6: RowStatus.NEW,
        7: RowStatus.NEW,
        8: RowStatus.DUPLICATE_IN_FILE,
        9: RowStatus.NEW,
        10: RowStatus.DUPLICATE_IN_FILE,
    }
    assert [i.code for i in by_row[2].issues] == ["import.duplicate_email"]
    assert [i.code for i in by_row[3].issues] == ["import.duplicate_phone"]
    assert [i.code for i in by_row[4].issues] == ["import.duplicate_kvk"]
    assert [i.code for i in by_row[5].issues] == ["import.duplicate_name"]
    assert (
        issue_sentence(by_row[2].issues[0], "nl") == "staat al ingeschreven: hetzelfde e-mailadres als Fatima El Amrani"
    )
    assert issue_sentence(by_row[8].issues[0], "nl") == "dezelfde persoon als rij 7 van dit bestand"
    assert by_row[10].same_as_row == 9
    # The import and the intake form agree on who is a duplicate.
    for row, probe in (
        (2, DuplicateProbe(given_name="Fatima", family_name="Amrani", email="fatima@example.nl")),
        (5, DuplicateProbe(given_name="Mohammed", infix="van der", family_name="Heyden", home_postcode="2034 AC")),
    ):
        assert {m.person_id for m in by_row[row].matches} == {c.person_id for c in intake.find_duplicates(probe)}
    assert (report.new, report.duplicates, report.invalid) == (3, 6, 0)


# --- importing -------------------------------------------------------------------------------------------------------


def test_an_import_registers_with_consent_change_log_audit_log_and_search_and_takes_a_backup_first(
    store: Store, actor: Actor, db_path: Path, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "lijst.csv",
        [
            HEADER,
            "Fatima;;El Amrani;fatima@example.nl;06-12345678;2034ab;Couscous & Co;12345678;eenmanszaak;startend",
            "Sanne;de;Vries;;;2011 AB;;;;",
            "Kees;;Bakker;kees@;;;;;;",
        ],
    )
    sheet = read_sheet(path)
    changes_before = _count(store, "change_log")
    report = ImportService(store).apply(actor, sheet, guess_mapping(sheet.headers), ConsentMethod.SIGNED)

    assert report.applied
    assert (report.new, report.duplicates, report.invalid) == (2, 0, 1)
    assert report.backup is not None
    assert [b.reason for b in BackupService(db_path).list()] == [BackupReason.BEFORE_IMPORT]
    assert BackupService(db_path).list()[0].entrepreneurs == 0  # the state before the import
    new_ids = report.changes.persons
    assert len(new_ids) == 2
    with store.read() as s:
        consents = s.execute(sa.select(Consent).where(Consent.person_id.in_(new_ids))).scalars().all()
        assert {(c.purpose, c.method, c.text_version, c.recorded_by) for c in consents} == {
            (ConsentPurpose.REGISTRATION, ConsentMethod.SIGNED, "import-2026-03-03", actor.worker_id)
        }
        logged = s.execute(sa.select(ChangeLogEntry.entity, ChangeLogEntry.worker_id)).all()
        assert len(logged) - changes_before == 2 + 1 + 1 + 2  # persons, enterprise, link, consents
        audited = s.execute(sa.select(AuditEvent.person_id).where(AuditEvent.person_id.in_(new_ids))).scalars().all()
        assert set(audited) == set(new_ids)
        ent = s.execute(sa.select(Enterprise)).scalar_one()
        assert (ent.kvk_number, ent.legal_form, ent.stage) == ("12345678", LegalForm.EENMANSZAAK, Stage.STARTING)
    fatima = next(iter(IntakeService(store).find_duplicates(DuplicateProbe(email="fatima@example.nl"))))
    file = IntakeService(store).get_file(actor, fatima.person_id)
    assert (file.person.phone_e164, file.person.home_postcode) == ("+31612345678", "2034 AB")
    assert file.enterprises[0].trade_name == "Couscous & Co"
    assert [r.name for r in SearchService(store).search("couscous")] == ["Fatima El Amrani"]
    assert [r.name for r in SearchService(store).search("vries")] == ["Sanne de Vries"]
    store.dispose()
    check = check_database(db_path)
    assert check.ok, check.problems  # audit chain, search index and foreign keys hold


def test_an_import_without_the_consent_of_the_people_on_the_list_is_refused(
    store: Store, actor: Actor, db_path: Path, tmp_path: Path
) -> None:
    sheet = read_sheet(_csv(tmp_path / "lijst.csv", [HEADER, "Sanne;de;Vries;;;2011 AB;;;;"]))
    with pytest.raises(UserFacingError) as info:
        ImportService(store).apply(actor, sheet, guess_mapping(sheet.headers), None)
    assert info.value.code == "import.consent_required"
    assert _count(store, "persons") == 0
    assert not (db_path.parent / "backups").exists()


def test_importing_the_same_list_twice_adds_nobody_the_second_time(store: Store, actor: Actor, tmp_path: Path) -> None:
    sheet = read_sheet(
        _csv(
            tmp_path / "lijst.csv", [HEADER] + [f"Jan{i};van;Berg{i};jan{i}@example.nl;;2034 AB;;;;" for i in range(30)]
        )
    )
    mapping = guess_mapping(sheet.headers)
    assert ImportService(store).apply(actor, sheet, mapping, ConsentMethod.SIGNED).new == 30
    again = ImportService(store).apply(actor, sheet, mapping, ConsentMethod.SIGNED)
    assert (again.new, again.duplicates) == (0, 30)
    assert _count(store, "persons") == 30


# --- many rows: progress and cancel ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_list(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "tienduizend.csv"
    lines = [HEADER]
    postcodes = ["2011 AB", "2021 CD", "2031 EF", "2034 GH", "2015 JK"]
    for i in range(10_000):
        lines.append(
            f"Voornaam{i};{'van' if i % 3 == 0 else ''};Achternaam{i};ondernemer{i}@example.nl;061{i:07d};"
            f"{postcodes[i % 5]};Onderneming {i};{20_000_000 + i};eenmanszaak;startend"
        )
    return _csv(path, lines)


def test_ten_thousand_rows_report_progress_and_a_cancelled_import_writes_nothing(
    store: Store, actor: Actor, db_path: Path, big_list: Path
) -> None:
    sheet = read_sheet(big_list)
    mapping = guess_mapping(sheet.headers)
    seen: list[tuple[int, int]] = []
    report = ImportService(store).dry_run(sheet, mapping, progress=lambda done, total: seen.append((done, total)))
    assert report.new == 10_000
    assert seen[-1] == (10_000, 10_000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) >= 100  # often enough for a progress bar

    tables = ("persons", "enterprises", "consents", "change_log", "audit_events", "person_index")
    before = {t: _count(store, t) for t in tables}
    during: list[int] = []

    def cancel_while_writing(done: int, total: int) -> bool:
        during.append(done)
        return done < total * 3 // 4  # past the checking half: rows have been written in the transaction

    with pytest.raises(ImportCancelled):
        ImportService(store).apply(actor, sheet, mapping, ConsentMethod.SIGNED, progress=cancel_while_writing)
    assert max(during) >= 15_000
    assert {t: _count(store, t) for t in tables} == before

    def stop(done: int, total: int) -> None:  # a callback may also raise to cancel
        raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        ImportService(store).dry_run(sheet, mapping, progress=stop)
    store.dispose()
    assert check_database(db_path).ok


def _person_ids(db_path: Path) -> set[uuid.UUID]:
    conn = sqlite3.connect(db_path)
    try:
        return {uuid.UUID(r[0]) for r in conn.execute("SELECT id FROM persons")}
    finally:
        conn.close()


def test_a_failure_halfway_rolls_the_whole_import_back(
    store: Store, actor: Actor, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    IntakeService(store).register(actor, registration())
    before = _person_ids(db_path)
    sheet = read_sheet(_csv(tmp_path / "lijst.csv", [HEADER] + [f"Jan{i};;Berg{i};;;2034 AB;;;;" for i in range(2500)]))
    from hubdesk.services.bulk import write_batch as real

    calls: list[Any] = []

    def fail_second(conn: Any, batch: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(conn, batch)

    monkeypatch.setattr("hubdesk.services.spreadsheet.service.write_batch", fail_second)
    with pytest.raises(UserFacingError):
        ImportService(store).apply(actor, sheet, guess_mapping(sheet.headers), ConsentMethod.SIGNED)
    assert _person_ids(db_path) == before
