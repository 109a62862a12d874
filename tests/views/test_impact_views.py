"""The impact part of the file, the events screen and the social-procurement list, as a hub worker uses them."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import RecognitionKind
from hubdesk.services.events import EventService
from hubdesk.services.impact import ImpactService
from hubdesk.services.readmodels import RegistrationResult
from hubdesk.views.context import AppContext
from hubdesk.views.events_view import EventDialog, EventsView
from hubdesk.views.impact_panel import ImpactTableModel, MatchDialog, PlacementDialog, RecognitionDialog
from hubdesk.views.person_file import PersonFileView
from hubdesk.views.procurement_view import ProcurementTableModel, ProcurementView
from hubdesk.views.tasks import TaskRunner
from tests.services.helpers import registration
from tests.views.lifetimes import held_until_settled, settle

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def held(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    yield from held_until_settled(qtbot, runner)


def register(ctx: AppContext, given: str, family: str, **enterprise: str) -> RegistrationResult:
    ent = {"trade_name": f"Bakkerij {family}", "legal_form": "eenmanszaak", "stage": "running", **enterprise}
    return ctx.intake.register(
        ctx.actor, registration(given, family, email=f"{given.lower()}@example.nl", enterprise=ent)
    )


@pytest.fixture
def fatima(ctx: AppContext) -> RegistrationResult:
    return register(ctx, "Fatima", "Korenaar", activity="Brood en catering")


def open_file(qtbot: QtBot, ctx: AppContext, person_id: uuid.UUID, held: list[QWidget]) -> PersonFileView:
    view = PersonFileView(ctx)
    qtbot.addWidget(view)
    held.append(view)
    view.resize(1100, 1000)
    with qtbot.waitSignal(view.impact.sig_loaded):
        view.open_person(person_id)
    return view


def impact_rows(view: PersonFileView) -> list[list[str]]:
    model = view.impact.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


# -- the impact part of the file ------------------------------------------------------------------------------
def test_a_file_without_an_enterprise_says_the_register_belongs_to_one(
    qtbot: QtBot, ctx: AppContext, held: list[QWidget]
) -> None:
    pid = ctx.intake.register(ctx.actor, registration("Ruud", "Vos")).person_id
    view = open_file(qtbot, ctx, pid, held)
    assert "belongs to an enterprise" in view.impact.empty_label.text()
    assert not view.impact.add_recognition_button.isEnabled()


def test_a_pso_recognition_needs_its_level_and_is_added_by_keyboard(
    qtbot: QtBot, ctx: AppContext, fatima: RegistrationResult, held: list[QWidget]
) -> None:
    view = open_file(qtbot, ctx, fatima.person_id, held)
    panel = view.impact
    assert "Nothing recorded yet" in panel.empty_label.text()
    qtbot.mouseClick(panel.add_recognition_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, RecognitionDialog)
    assert dialog.isVisible()
    # a valid-until before the award date is marked next to the field while choosing it
    dialog.awarded_edit.setDate(QDate(2026, 2, 1))
    dialog.valid_edit.setDate(QDate(2025, 2, 1))
    assert dialog.field_errors["valid_until"].text() == "ligt vóór de datum van toekenning"
    # a PSO certificate without its level, likewise
    dialog.valid_edit.setDate(dialog.valid_edit.minimumDate())  # the lowest date means: none
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(RecognitionKind.PSO.value))
    assert dialog.level_combo.isEnabled()
    dialog.level_combo.setCurrentIndex(0)  # "(not a PSO certificate)"
    assert dialog.field_errors["pso_level"].text() == "kies de PSO-trede"
    assert not dialog.field_errors["valid_until"].isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()  # refused: nothing saved
    assert fatima.enterprise_id is not None
    assert ImpactService(ctx.store).register(fatima.enterprise_id).is_empty
    # put it right with the keyboard
    for _ in range(4):  # aspirant, basistrede, trede 1, trede 2
        qtbot.keyClick(dialog.level_combo, Qt.Key.Key_Down)
    assert not dialog.field_errors["pso_level"].isVisibleTo(dialog)
    with qtbot.waitSignal(panel.sig_loaded):
        QtBot.keyClick(dialog.level_combo, Qt.Key.Key_Return)
    assert panel.dialog is None
    rows = impact_rows(view)
    assert len(rows) == 1
    part, what, date, enterprise = rows[0]
    assert (part, what, enterprise) == (
        "Recognition",
        "PSO (Prestatieladder Socialer Ondernemen), trede 2",
        "Bakkerij Korenaar",
    )
    assert view.status_label.text() == "Recognition added."


def test_placements_are_counts_and_filled_cannot_exceed_offered(
    qtbot: QtBot, ctx: AppContext, fatima: RegistrationResult, held: list[QWidget]
) -> None:
    view = open_file(qtbot, ctx, fatima.person_id, held)
    panel = view.impact
    qtbot.mouseClick(panel.add_placement_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, PlacementDialog)
    dialog.offered_spin.setValue(2)
    dialog.filled_spin.setValue(3)
    assert dialog.field_errors["places_filled"].isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    dialog.filled_spin.setValue(1)
    with qtbot.waitSignal(panel.sig_loaded):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert impact_rows(view)[0][ImpactTableModel.COL_WHAT].startswith("Work experience for young people: 1 of 2 filled")


def test_editing_and_removing_an_entry(
    qtbot: QtBot, ctx: AppContext, fatima: RegistrationResult, held: list[QWidget], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert fatima.enterprise_id is not None
    ImpactService(ctx.store).add_match(
        ctx.actor,
        fatima.enterprise_id,
        {"buyer": "Gemeente Haarlem", "route": "kip", "kind": "subcontract", "value_band": "under_5k",
         "matched_on": "2026-02-01"},
    )  # fmt: skip
    view = open_file(qtbot, ctx, fatima.person_id, held)
    panel = view.impact
    qtbot.mouseClick(panel.edit_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, MatchDialog)
    dialog.buyer_edit.setText("")
    assert dialog.field_errors["buyer"].text() == "is verplicht"
    dialog.buyer_edit.setText("Gemeente Heemstede")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: impact_rows(view)[0][ImpactTableModel.COL_WHAT].startswith("Gemeente Heemstede · "))
    assert "Kennemer Inkoop Platform (KIP) · under € 5,000" in impact_rows(view)[0][ImpactTableModel.COL_WHAT]
    monkeypatch.setattr(panel, "_confirm", lambda text: "Gemeente Heemstede" in text)
    qtbot.mouseClick(panel.remove_button, LEFT)
    qtbot.waitUntil(lambda: impact_rows(view) == [])
    assert panel.empty_label.isVisibleTo(view)
    assert ImpactService(ctx.store).register(fatima.enterprise_id).matches == ()


# -- events ---------------------------------------------------------------------------------------------------
def open_events(qtbot: QtBot, ctx: AppContext, held: list[QWidget]) -> EventsView:
    view = EventsView(ctx)
    qtbot.addWidget(view)
    held.append(view)
    view.resize(1000, 700)
    assert view.attendees_title.text() == ""  # nothing is read before it is shown
    view.show()
    qtbot.waitUntil(lambda: view.attendees_title.text() != "")
    return view


def search_and_tick(qtbot: QtBot, view: EventsView, text: str) -> None:
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, text)
    qtbot.waitUntil(lambda: view.results.count() > 0 and text in view.results.item(0).text().lower())
    with qtbot.waitSignal(view.sig_loaded):
        QtBot.keyClick(view.search_edit, Qt.Key.Key_Return)  # ticks the first result


def test_registering_an_event_with_two_attendees(
    qtbot: QtBot, ctx: AppContext, runner: TaskRunner, fatima: RegistrationResult, held: list[QWidget]
) -> None:
    register(ctx, "Karim", "Benali")
    view = open_events(qtbot, ctx, held)
    assert view.empty_label.isVisibleTo(view)
    qtbot.mouseClick(view.new_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, EventDialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)  # no name yet
    assert dialog.isVisible()
    assert dialog.field_errors["name"].text() == "is verplicht"
    qtbot.keyClicks(dialog.name_edit, "Social Impact Night Schalkwijk")
    dialog.guests_spin.setValue(15)
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert view.selected_event() is not None
    assert view.status_label.text() == "Event registered: now tick who attended."
    search_and_tick(qtbot, view, "korenaar")
    qtbot.waitUntil(lambda: len(view.attendees()) == 1)
    search_and_tick(qtbot, view, "benali")
    qtbot.waitUntil(lambda: len(view.attendees()) == 2)
    assert [(a.name, a.enterprise_name) for a in view.attendees()] == [
        ("Fatima Korenaar", "Bakkerij Korenaar"),
        ("Karim Benali", "Bakkerij Benali"),
    ]
    qtbot.waitUntil(lambda: view.model.event_at(0).attendees == 2)
    row = [view.model.data(view.model.index(0, c)) for c in range(view.model.columnCount())]
    assert row[1:] == ["Social Impact Night Schalkwijk", "Social Impact Night", "", "2", "15"]
    (event,) = EventService(ctx.store).events_of_person(fatima.person_id)
    assert event.total == 17
    # unticking takes someone off the list again
    item = view.results.item(0)
    assert item.checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(view.sig_loaded):
        item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: len(view.attendees()) == 1)
    assert view.attendees()[0].name == "Fatima Korenaar"
    # Delete on the list of attendees takes the chosen one off too
    settle(qtbot, runner)  # the reloads after the last write are done: the list stays as it is
    qtbot.waitExposed(view)
    view.activateWindow()
    view.attendee_list.setFocus()
    view.attendee_list.setCurrentRow(0)
    qtbot.waitUntil(view.attendee_list.hasFocus)
    qtbot.keyClick(view.attendee_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.attendees() == [])
    assert view.model.event_at(0).total == 15  # the guests remain


# -- ready for social procurement -----------------------------------------------------------------------------
def test_filtering_and_exporting_the_procurement_list(
    qtbot: QtBot, ctx: AppContext, fatima: RegistrationResult, held: list[QWidget], tmp_path: Path
) -> None:
    bv = register(
        ctx, "Karim", "Benali", trade_name="Schoon BV", legal_form="bv", kvk_number="12345678", activity="Schoonmaak"
    )
    impact = ImpactService(ctx.store)
    assert fatima.enterprise_id is not None
    assert bv.enterprise_id is not None
    impact.add_recognition(ctx.actor, bv.enterprise_id, {"kind": "kip_sroi_badge", "awarded_on": "2025-01-01"})
    impact.add_placement(
        ctx.actor,
        fatima.enterprise_id,
        {"kind": "internship", "target_group": "student_bol_bbl", "places_offered": 2, "period_start": "2026-01-01"},
    )
    view = ProcurementView(ctx)
    qtbot.addWidget(view)
    held.append(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)

    def names() -> list[str]:
        return [view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())]

    assert names() == ["Bakkerij Korenaar", "Schoon BV"]
    assert view.model.data(view.model.index(0, ProcurementTableModel.COL_KVK)) == ""  # an eenmanszaak
    with qtbot.waitSignal(view.sig_loaded):
        view.recognition_combo.setCurrentIndex(view.recognition_combo.findData("kip_sroi_badge"))
    assert names() == ["Schoon BV"]
    with qtbot.waitSignal(view.sig_loaded):
        view.recognition_combo.setCurrentIndex(0)
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.keyClicks(view.offer_edit, "catering")
    assert names() == ["Bakkerij Korenaar"]
    with qtbot.waitSignal(view.sig_loaded):
        view.offer_edit.clear()
    assert view.count_label.text() == "2 enterprise(s)"

    target = tmp_path / "inkoop.csv"
    view._ask_path = lambda: str(target)  # type: ignore[method-assign]
    with qtbot.waitSignal(view.sig_exported):
        qtbot.mouseClick(view.export_button, LEFT)
    table = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert table[0][:2] == ["Trade name", "KVK number"]
    assert [r[0] for r in table[1:]] == ["Bakkerij Korenaar", "Schoon BV"]
    assert table[2][1] == "12345678"
    assert table[2][6] == "KIP SROI badge"
    text = target.read_text(encoding="utf-8-sig")
    for personal in ("Fatima", "Karim", "Benali", "@example.nl", "2034 AB"):
        assert personal not in text
    assert "2 enterprise(s) exported to" in view.status_label.text()
