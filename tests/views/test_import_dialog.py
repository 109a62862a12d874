"""File > Import a spreadsheet…, used as a hub worker would: choose a file, check the columns,
read what would happen, confirm the consent, import; and cancel a long import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import ConsentMethod
from hubdesk.services.backups import BackupReason, BackupService
from hubdesk.services.spreadsheet import ImportField, ImportReport, RowStatus, mapping_key
from hubdesk.settings import load_settings
from hubdesk.views.context import AppContext
from hubdesk.views.import_dialog import ImportDialog, ImportReportModel
from hubdesk.views.main_window import MainWindow
from hubdesk.views.tasks import TaskRunner
from tests.views.lifetimes import held_until_settled

LEFT = Qt.MouseButton.LeftButton
HEADER = "Voornaam;Achternaam;E-mail;Postcode;Bedrijfsnaam;Rechtsvorm"
ROWS = [
    "Fatima;El Amrani;fatima@example.nl;2034 AB;Couscous & Co;eenmanszaak",
    "Sanne;de Vries;;2011 AB;;",
    "Kees;Bakker;kees@;2034 SA;;webwinkel",
    "Fatima;El Amrani;fatima@example.nl;2034 AB;;",
]


@pytest.fixture
def held(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    yield from held_until_settled(qtbot, runner)


@pytest.fixture
def small_list(tmp_path: Path) -> Path:
    path = tmp_path / "lijst.csv"
    path.write_text("\r\n".join([HEADER, *ROWS]) + "\r\n", encoding="utf-8")
    return path


def _persons(ctx: AppContext) -> int:
    with ctx.store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM persons").scalar_one())


def open_dialog(qtbot: QtBot, ctx: AppContext, held: list[QWidget], path: Path) -> ImportDialog:
    """Opens the dialog and chooses ``path`` with the button (the file dialog answers ``path``)."""
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    held.append(dialog)
    dialog.show()
    dialog.choose_file = lambda: str(path)  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.sig_checked, timeout=20_000):
        qtbot.mouseClick(dialog.choose_button, LEFT)
    return dialog


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    found = dialog.mapping_table.item(row, column)
    assert found is not None
    return found.text()


def shown_rows(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    m = dialog.model
    return [
        (
            m.data(m.index(r, ImportReportModel.COL_ROW)),
            m.data(m.index(r, ImportReportModel.COL_RESULT)),
            m.data(m.index(r, ImportReportModel.COL_NAME)),
        )
        for r in range(m.rowCount())
    ]


def test_a_chosen_file_shows_its_columns_and_what_would_happen(
    qtbot: QtBot, ctx: AppContext, held: list[QWidget], small_list: Path
) -> None:
    dialog = open_dialog(qtbot, ctx, held, small_list)

    assert dialog.file_edit.text() == str(small_list)
    table = dialog.mapping_table
    assert [cell(dialog, r, 0) for r in range(table.rowCount())] == HEADER.split(";")
    assert [dialog.field_combo(r).currentData() for r in range(table.rowCount())] == [
        ImportField.GIVEN_NAME,
        ImportField.FAMILY_NAME,
        ImportField.EMAIL,
        ImportField.HOME_POSTCODE,
        ImportField.TRADE_NAME,
        ImportField.LEGAL_FORM,
    ]
    assert cell(dialog, 0, 1) == "Fatima"  # the first value, to recognise the column by
    assert dialog.summary_label.text() == "2 new, 1 already registered or twice in the file, 1 not right (skipped)."
    assert shown_rows(dialog) == [("4", "Not right: skipped", "Kees Bakker"), ("5", "Twice in the file: skipped",
                                                                               "Fatima El Amrani")]  # fmt: skip
    dialog.problems_only_check.click()
    assert [row[1] for row in shown_rows(dialog)] == ["New", "New", "Not right: skipped", "Twice in the file: skipped"]
    dialog.report_view.setCurrentIndex(dialog.model.index(2, 0))
    assert dialog.detail_label.text().splitlines() == [  # (the sentences follow the interface's language: nl)
        "Row 4, Kees Bakker:",
        "• Rechtsvorm: 'webwinkel' is geen rechtsvorm die hubdesk kent (bijv. eenmanszaak, vof, bv, stichting, "
        "coöperatie)",
        "• E-mail: is geen geldig e-mailadres (je typte 'kees@')",
        "• Postcode: bestaat niet: postcodes met SA worden niet uitgegeven",
    ]
    assert not dialog.import_button.isEnabled()  # not before the consent is confirmed
    assert _persons(ctx) == 0


def test_changing_a_column_checks_the_rows_again(
    qtbot: QtBot, ctx: AppContext, held: list[QWidget], small_list: Path
) -> None:
    dialog = open_dialog(qtbot, ctx, held, small_list)
    family = dialog.field_combo(1)
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000) as checked:
        family.setCurrentIndex(family.findData(None))  # "(not imported)"
    report = checked.args[0]
    assert isinstance(report, ImportReport)
    assert report.blocked
    assert dialog.notices_label.isVisible()
    assert "Koppel een kolom aan de achternaam" in dialog.notices_label.text()
    dialog.consent_check.setChecked(True)
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000):
        family.setCurrentIndex(family.findData(ImportField.FAMILY_NAME))
    assert not dialog.notices_label.isVisible()
    assert dialog.import_button.isEnabled()


def test_importing_with_consent_registers_announces_and_remembers_the_mapping(
    qtbot: QtBot, ctx: AppContext, held: list[QWidget], small_list: Path
) -> None:
    dialog = open_dialog(qtbot, ctx, held, small_list)
    legal = dialog.field_combo(5)
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000):
        legal.setCurrentIndex(legal.findData(ImportField.ACTIVITY))  # "Rechtsvorm" holds what they do, here
    qtbot.mouseClick(dialog.consent_check, LEFT)
    dialog.consent_combo.setCurrentIndex(dialog.consent_combo.findData(ConsentMethod.VERBAL))
    assert dialog.import_button.text() == "Import 2 entrepreneur(s)"
    with (
        qtbot.waitSignal(ctx.signals.sig_data_changed, timeout=20_000) as changed,
        qtbot.waitSignal(dialog.sig_imported, timeout=20_000) as imported,
    ):
        qtbot.mouseClick(dialog.import_button, LEFT)
    report = imported.args[0]
    assert (report.applied, report.new) == (True, 2)
    assert len(changed.args[0].persons) == 2
    assert _persons(ctx) == 2
    assert dialog.status_label.text() == "Imported 2 entrepreneur(s). A backup was made first."
    assert not dialog.import_button.isEnabled()  # done: not twice by accident
    dialog.problems_only_check.setChecked(False)
    assert [row[1] for row in shown_rows(dialog)][:2] == ["Imported", "Imported"]
    assert dialog.report_box.title() == "2. What happened"
    assert [b.reason for b in BackupService.for_store(ctx.store).list()] == [BackupReason.BEFORE_IMPORT]
    remembered = load_settings().import_mappings[mapping_key(HEADER.split(";"))]
    assert remembered[5] == "activity"
    # The next file with the same headers gets the mapping chosen here.
    again = open_dialog(qtbot, ctx, held, small_list)
    assert again.field_combo(5).currentData() == ImportField.ACTIVITY
    assert again.mapping()[5] is ImportField.ACTIVITY
    checked = again.report()
    assert checked is not None
    assert [r.status for r in checked.rows][:2] == [RowStatus.DUPLICATE, RowStatus.DUPLICATE]


def test_a_file_that_cannot_be_read_says_why(
    qtbot: QtBot, ctx: AppContext, held: list[QWidget], tmp_path: Path
) -> None:
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    held.append(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: "oud Excel-bestand" in dialog.status_label.text(), timeout=10_000)
    assert dialog.mapping_table.rowCount() == 0
    assert not dialog.import_button.isEnabled()


@pytest.fixture
def big_list(tmp_path: Path) -> Path:
    path = tmp_path / "tienduizend.csv"
    lines = [HEADER]
    for i in range(10_000):
        lines.append(f"Voornaam{i};Achternaam{i};ondernemer{i}@example.nl;2034 AB;Onderneming {i};eenmanszaak")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_a_long_import_shows_progress_keeps_the_screen_alive_and_cancel_saves_nothing(
    qtbot: QtBot, ctx: AppContext, held: list[QWidget], big_list: Path
) -> None:
    dialog = open_dialog(qtbot, ctx, held, big_list)
    assert dialog.summary_label.text().startswith("10000 new")
    qtbot.mouseClick(dialog.consent_check, LEFT)
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.cancel_button.isEnabled()
    assert not dialog.close_button.isEnabled()  # an import is never left halfway
    qtbot.waitUntil(
        lambda: dialog.progress_bar.maximum() > 0 and dialog.progress_bar.value() > dialog.progress_bar.maximum() * 0.6,
        timeout=60_000,
    )  # past the check of the rows: writing
    during = len(ticks)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Import cancelled: nothing was saved.", timeout=60_000)
    heartbeat.stop()
    assert during > 20  # the event loop kept running while the import worked
    assert _persons(ctx) == 0
    assert not dialog.progress_bar.isVisible()
    assert dialog.import_button.isEnabled()  # it can be tried again
    assert dialog.close_button.isEnabled()


def test_the_main_window_opens_the_import_from_the_file_menu(
    qtbot: QtBot, ctx: AppContext, held: list[QWidget]
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    held.append(window)
    window.import_action.trigger()
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog)
    assert dialog.isVisible()
    dialog.close()
