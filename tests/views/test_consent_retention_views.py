"""The consent part of the file, and the retention notice and screen, as workers use them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import ConsentPurpose, Role
from hubdesk.services.consents import persons_with_consent
from hubdesk.services.store import Actor
from hubdesk.views.consent_panel import ConsentPanel, ConsentTableModel
from hubdesk.views.context import AppContext
from hubdesk.views.main_window import MainWindow
from hubdesk.views.person_file import PersonFileView
from hubdesk.views.retention_view import DueTableModel, RetentionView
from hubdesk.views.tasks import TaskRunner
from tests.conftest import FakeClock
from tests.services.helpers import add_worker, registration
from tests.views.conftest import make_context
from tests.views.lifetimes import held_until_settled

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def held(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    yield from held_until_settled(qtbot, runner)


@pytest.fixture
def person_id(ctx: AppContext) -> uuid.UUID:
    return ctx.intake.register(ctx.actor, registration("Joëlle", "Hendriks")).person_id


def open_file(qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID) -> PersonFileView:
    view = PersonFileView(ctx)
    held.append(view)
    view.resize(1200, 900)
    with qtbot.waitSignal(view.sig_loaded):
        view.open_person(person_id)
    return view


def cells(panel: ConsentPanel, purpose_text: str) -> list[str]:
    model = panel.model
    for row in range(model.rowCount()):
        if model.index(row, ConsentTableModel.COL_PURPOSE).data() == purpose_text:
            return [model.index(row, col).data() for col in range(model.columnCount())]
    raise AssertionError(f"no row {purpose_text!r}")


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its square (the middle of a wide box is beside its text)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def hub_worker_ctx(ctx: AppContext, runner: TaskRunner) -> AppContext:
    worker: Actor = add_worker(ctx.store, ctx.actor, name="Bram Jansen", username="bram", role=Role.HUB_WORKER)
    return make_context(ctx.store, worker, runner)


# -- consent in the file --------------------------------------------------------------------------
def test_nothing_is_recorded_until_the_entrepreneur_agrees_to_the_text_read_out(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID
) -> None:
    view = open_file(qtbot, held, ctx, person_id)
    panel = view.consents
    assert panel.select(ConsentPurpose.MONITORING_RECORD_LEVEL)
    assert not panel.withdraw_button.isEnabled()  # nothing given yet: nothing to withdraw
    qtbot.mouseClick(panel.record_button, LEFT)
    dialog = panel.dialog
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    assert "monitoring van het actieprogramma" in dialog.text_label.text()  # her language: Dutch
    assert dialog.version_label.text() == "Text version: monitoring-2026-01"
    dialog.reject()
    qtbot.waitUntil(lambda: panel.dialog is None)
    assert cells(panel, "Monitoring (record level, without name)")[1] == "Not asked yet"


def test_recording_and_withdrawing_consent_in_the_file(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_file(qtbot, held, ctx, person_id)
    panel = view.consents
    registration_row = cells(panel, "Registration at the hub")
    assert registration_row[1:4] == ["Given", "registratie-2026-01", "Verbally"]
    assert registration_row[5] == "Anna de Boer"

    panel.select(ConsentPurpose.MONITORING_RECORD_LEVEL)
    qtbot.mouseClick(panel.record_button, LEFT)
    dialog = panel.dialog
    assert dialog is not None
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("signed"))
    tick(qtbot, dialog.agree_check)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    row = cells(panel, "Monitoring (record level, without name)")
    assert row[1:4] == ["Given", "monitoring-2026-01", "Signed on paper"]
    assert row[5] == "Anna de Boer"
    assert view.status_label.text() == "Consent recorded: Monitoring (record level, without name)."
    with ctx.store.read() as s:
        assert person_id in persons_with_consent(s, ConsentPurpose.MONITORING_RECORD_LEVEL)

    asked: list[str] = []

    def answer(text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(panel, "_confirm", answer)
    panel.select(ConsentPurpose.MONITORING_RECORD_LEVEL)
    assert panel.withdraw_button.isEnabled()
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(panel.withdraw_button, LEFT)
    assert "left out of every record-level export" in asked[0]
    row = cells(panel, "Monitoring (record level, without name)")
    assert row[1].startswith("Withdrawn on ")
    assert row[1].endswith("(by Anna de Boer)")
    assert not panel.withdraw_button.isEnabled()
    with ctx.store.read() as s:
        assert person_id not in persons_with_consent(s, ConsentPurpose.MONITORING_RECORD_LEVEL)
    panel.history_check.setChecked(True)  # the earlier record stays in the history
    assert panel.model.rowCount() == 2


def test_sharing_consent_names_the_partner_and_withdrawing_it_blocks_that_partner(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_file(qtbot, held, ctx, person_id)
    panel = view.consents
    qtbot.mouseClick(panel.record_button, LEFT)
    dialog = panel.dialog
    assert dialog is not None
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("share_with_partner"))
    assert dialog.partner_combo.isVisibleTo(dialog)
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findText("Stichting Stadsgarage"))
    assert "Stichting Stadsgarage" in dialog.text_label.text()
    tick(qtbot, dialog.agree_check)
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert cells(panel, "Sharing with Stichting Stadsgarage")[1] == "Given"

    monkeypatch.setattr(panel, "_confirm", lambda _text: True)
    garage = next(p.id for p in ctx.referrals.partners() if p.code == "stadsgarage")
    assert panel.select(ConsentPurpose.SHARE_WITH_PARTNER, garage)
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(panel.withdraw_button, LEFT)
    assert cells(panel, "Sharing with Stichting Stadsgarage")[1].startswith("Withdrawn on ")


def test_a_hub_worker_records_consent_too(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, runner: TaskRunner, person_id: uuid.UUID
) -> None:
    worker_ctx = hub_worker_ctx(ctx, runner)
    view = open_file(qtbot, held, worker_ctx, person_id)
    panel = view.consents
    panel.select(ConsentPurpose.MONITORING_RECORD_LEVEL)
    qtbot.mouseClick(panel.record_button, LEFT)
    assert panel.dialog is not None
    tick(qtbot, panel.dialog.agree_check)
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(panel.dialog.ok_button, LEFT)
    assert cells(panel, "Monitoring (record level, without name)")[5] == "Bram Jansen"


# -- retention ------------------------------------------------------------------------------------
def test_a_hub_worker_sees_no_retention_notice(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, runner: TaskRunner, clock: FakeClock
) -> None:
    ctx.intake.register(ctx.actor, registration("Fatima", "El Amrani"))
    clock.advance(days=800)
    worker_ctx = hub_worker_ctx(ctx, runner)
    window = MainWindow(worker_ctx)
    held.append(window)
    with qtbot.waitSignal(window.retention.sig_counted) as counted:
        window.retention.check()
    assert counted.args == [None]
    assert not window.retention.notice.isVisibleTo(window)
    assert not window.retention.action.isVisible()
    window.retention.open_view()
    assert window.retention.view is None


def test_a_coordinator_sees_the_notice_and_deletes_what_is_due(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = ctx.intake.register(ctx.actor, registration("Fatima", "El Amrani")).person_id
    other = ctx.intake.register(ctx.actor, registration("Kees", "Bakker", postcode="2011 AA")).person_id
    clock.advance(days=200)
    recent = ctx.intake.register(ctx.actor, registration("Sanne", "de Vries", postcode="2021 AB")).person_id
    clock.advance(days=600)  # more than two years after the first two, not after the third

    window = MainWindow(ctx)
    held.append(window)
    qtbot.waitUntil(lambda: window.retention.notice.isVisibleTo(window))
    assert window.retention.notice.text() == "2 record(s) past the retention term"
    assert window.retention.action.isEnabled()

    qtbot.mouseClick(window.retention.notice, LEFT)
    view = window.retention.view
    assert isinstance(view, RetentionView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    names = [view.model.index(r, DueTableModel.COL_NAME).data() for r in range(2)]
    assert sorted(names) == ["Fatima El Amrani", "Kees Bakker"]
    assert view.term_spin.value() == 24
    assert not view.delete_button.isEnabled()
    qtbot.mouseClick(view.all_button, LEFT)
    assert view.delete_button.text() == "Delete 2 selected…"
    view.model.setData(view.model.index(names.index("Kees Bakker"), 0), Qt.CheckState.Unchecked.value,
                       Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    asked: list[str] = []

    def answer(text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(view, "_confirm", answer)
    with qtbot.waitSignal(window.retention.sig_counted, timeout=10_000) as counted:
        qtbot.mouseClick(view.delete_button, LEFT)
    assert asked[0].startswith("Delete 1 entrepreneur(s) and everything held about them?")
    assert counted.args == [1]
    assert window.retention.notice.text() == "1 record(s) past the retention term"
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.status_label.text() == "1 entrepreneur(s) deleted."
    assert [r.person_id for r in ctx.search.search("El Amrani")] == []
    assert {r.person_id for r in ctx.search.search("Bakker")} == {other}
    assert old != recent


def test_the_term_is_changed_in_the_retention_screen(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, clock: FakeClock
) -> None:
    ctx.intake.register(ctx.actor, registration("Fatima", "El Amrani"))
    clock.advance(days=800)
    view = RetentionView(ctx)
    held.append(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.term_spin.minimum() == 6
    assert view.term_spin.maximum() == 120
    view.term_spin.setValue(36)
    assert view.term_button.isEnabled()
    with qtbot.waitSignal(view.sig_changed):
        qtbot.mouseClick(view.term_button, LEFT)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.status_label.text() == "The term is now 36 months."
    assert "No records are past their term" in view.intro_label.text()
