"""The audit log screen, and the privacy actions in the file: coordinators only."""

from __future__ import annotations

import csv
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import AuditAction, Role
from hubdesk.services.audit_log import PAGE_SIZE
from hubdesk.services.intake import IntakeService
from hubdesk.services.store import Actor, Store
from hubdesk.views import privacy_actions
from hubdesk.views.audit_view import AuditLogDialog, AuditTableModel
from hubdesk.views.context import AppContext
from hubdesk.views.main_window import MainWindow
from hubdesk.views.person_file import PersonFileView
from hubdesk.views.tasks import TaskRunner
from tests.services.helpers import add_worker, registration
from tests.views.conftest import make_context
from tests.views.lifetimes import held_until_settled


@pytest.fixture
def held(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    yield from held_until_settled(qtbot, runner)


@pytest.fixture
def people(store: Store, actor: Actor) -> dict[str, uuid.UUID]:
    """Two entrepreneurs, each registered and looked at once."""
    intake = IntakeService(store)
    ids = {}
    for given, family, postcode in (("Fatima", "El Amrani", "2034 AB"), ("Jan", "de Vries", "2011 CD")):
        pid = intake.register(actor, registration(given, family, postcode=postcode)).person_id
        intake.get_file(actor, pid)
        ids[family] = pid
    return ids


@pytest.fixture
def hub_worker_ctx(ctx: AppContext, runner: TaskRunner) -> AppContext:
    worker = add_worker(ctx.store, ctx.actor, name="Karim Benali", username="karim", role=Role.HUB_WORKER)
    return make_context(ctx.store, worker, runner)


def open_dialog(qtbot: QtBot, ctx: AppContext, held: list[QWidget]) -> AuditLogDialog:
    dialog = AuditLogDialog(ctx)
    qtbot.addWidget(dialog)
    held.append(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.show()
    return dialog


def column(dialog: AuditLogDialog, col: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


# -- hub workers ------------------------------------------------------------------------------------


def test_a_hub_worker_has_no_audit_menu_and_the_screen_refuses_them(
    qtbot: QtBot, hub_worker_ctx: AppContext, people: dict[str, uuid.UUID], held: list[QWidget]
) -> None:
    window = MainWindow(hub_worker_ctx)
    qtbot.addWidget(window)
    held.append(window)
    assert not window.audit_action.isVisible()

    dialog = open_dialog(qtbot, hub_worker_ctx, held)  # even when opened some other way
    assert "Alleen een coördinator of beheerder" in dialog.chain_label.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.export_button.isEnabled()
    assert not dialog.person_edit.isEnabled()


def test_a_hub_worker_has_no_privacy_actions_in_the_file(
    qtbot: QtBot, hub_worker_ctx: AppContext, people: dict[str, uuid.UUID], held: list[QWidget]
) -> None:
    view = PersonFileView(hub_worker_ctx)
    qtbot.addWidget(view)
    held.append(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
        view.open_person(people["de Vries"])
    assert not view.privacy_button.isVisible()


# -- coordinators -----------------------------------------------------------------------------------


def test_a_coordinator_sees_the_log_and_that_its_chain_is_intact(
    qtbot: QtBot, ctx: AppContext, people: dict[str, uuid.UUID], held: list[QWidget]
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    held.append(window)
    window.show()
    assert window.audit_action.isVisible()

    dialog = open_dialog(qtbot, ctx, held)
    qtbot.waitUntil(lambda: dialog.chain_report is not None, timeout=10_000)
    assert "#146c43" in dialog.chain_label.styleSheet()  # green: intact
    assert "4" in dialog.chain_label.text()
    assert dialog.model.rowCount() == 4
    assert column(dialog, AuditTableModel.COL_PERSON)[0] == "Jan de Vries"  # newest first
    assert set(column(dialog, AuditTableModel.COL_WORKER)) == {"Anna de Boer"}


def test_a_tampered_log_is_shown_as_such(
    qtbot: QtBot, ctx: AppContext, people: dict[str, uuid.UUID], db_path: Path, held: list[QWidget]
) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_events_no_delete")
    conn.execute("DELETE FROM audit_events WHERE seq = 2")
    conn.commit()
    conn.close()
    dialog = open_dialog(qtbot, ctx, held)
    qtbot.waitUntil(lambda: dialog.chain_report is not None, timeout=10_000)
    assert " 3 " in dialog.chain_label.text()
    assert "intact" not in dialog.chain_label.text()
    assert "#b02a37" in dialog.chain_label.styleSheet()


def test_the_coordinator_filters_by_a_person_found_by_name_and_by_action(
    qtbot: QtBot, ctx: AppContext, people: dict[str, uuid.UUID], held: list[QWidget]
) -> None:
    dialog = open_dialog(qtbot, ctx, held)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        qtbot.keyClicks(dialog.person_edit, "amrani")
    assert dialog.person_combo.currentData() == str(people["El Amrani"])
    assert set(column(dialog, AuditTableModel.COL_PERSON)) == {"Fatima El Amrani"}
    assert dialog.model.rowCount() == 2

    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.action_combo.setCurrentIndex(dialog.action_combo.findData(AuditAction.VIEW))
    assert dialog.model.rowCount() == 1
    assert dialog.model.row_at(0).action is AuditAction.VIEW

    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.person_combo.setCurrentIndex(0)  # everyone
    assert dialog.model.rowCount() == 2  # the two views


def test_the_coordinator_filters_by_worker_and_exports_what_is_shown(
    qtbot: QtBot,
    ctx: AppContext,
    people: dict[str, uuid.UUID],
    held: list[QWidget],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    colleague = add_worker(ctx.store, ctx.actor, name="Karim Benali", username="karim", role=Role.HUB_WORKER)
    IntakeService(ctx.store).get_file(colleague, people["de Vries"])
    dialog = open_dialog(qtbot, ctx, held)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.worker_combo.setCurrentIndex(dialog.worker_combo.findData(str(colleague.worker_id)))
    assert column(dialog, AuditTableModel.COL_WORKER) == ["Karim Benali"]

    saved = tmp_path / "karim"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(saved), "CSV"))
    with qtbot.waitSignal(dialog.sig_exported, timeout=10_000) as exported:
        dialog.export_button.click()
    assert exported.args == [1]
    with (tmp_path / "karim.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["worker"], r["action"], r["person_id"]) for r in rows] == [
        ("Karim Benali", "view", str(people["de Vries"]))
    ]


def test_a_long_log_comes_page_by_page(
    qtbot: QtBot, ctx: AppContext, people: dict[str, uuid.UUID], held: list[QWidget]
) -> None:
    intake = IntakeService(ctx.store)
    for _ in range(PAGE_SIZE):
        intake.get_file(ctx.actor, people["El Amrani"])
    dialog = open_dialog(qtbot, ctx, held)
    assert dialog.model.rowCount() == PAGE_SIZE
    assert dialog.model.canFetchMore()
    dialog.model.fetchMore()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == PAGE_SIZE + 4, timeout=10_000)
    assert not dialog.model.canFetchMore()
    seqs = [dialog.model.row_at(r).seq for r in range(dialog.model.rowCount())]
    assert seqs == sorted(set(seqs), reverse=True)


# -- the privacy actions in the file ------------------------------------------------------------------


def open_file(qtbot: QtBot, ctx: AppContext, person: uuid.UUID, held: list[QWidget]) -> PersonFileView:
    view = PersonFileView(ctx)
    qtbot.addWidget(view)
    held.append(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
        view.open_person(person)
    return view


def test_erasure_asks_first_and_cancelling_keeps_everything(
    qtbot: QtBot, ctx: AppContext, people: dict[str, uuid.UUID], held: list[QWidget], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, name: str) -> bool:
        asked.append(name)
        return False

    monkeypatch.setattr(privacy_actions, "confirm_erasure", answer)
    view = open_file(qtbot, ctx, people["de Vries"], held)
    assert view.privacy_button.isVisible()
    view.privacy_button.erase_action.trigger()
    assert asked == ["Jan de Vries"]
    assert [r.person_id for r in ctx.search.search("de Vries")] == [people["de Vries"]]


def test_a_coordinator_erases_the_person_from_their_file(
    qtbot: QtBot, ctx: AppContext, people: dict[str, uuid.UUID], held: list[QWidget], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(privacy_actions, "confirm_erasure", lambda _parent, _name: True)
    view = open_file(qtbot, ctx, people["de Vries"], held)
    with qtbot.waitSignal(view.sig_closed, timeout=10_000):
        view.privacy_button.erase_action.trigger()
    assert ctx.search.search("de Vries") == []
    assert "Vries" not in view.name_label.text()
    assert not view.privacy_button.isEnabled()


def test_a_coordinator_saves_the_access_export_from_the_file(
    qtbot: QtBot,
    ctx: AppContext,
    people: dict[str, uuid.UUID],
    held: list[QWidget],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(privacy_actions, "ask_export_path", lambda _parent, _suggested: tmp_path / "inzage.pdf")
    view = open_file(qtbot, ctx, people["El Amrani"], held)
    with qtbot.waitSignal(view.privacy_button.sig_exported, timeout=20_000):
        view.privacy_button.export_action.trigger()
    assert (tmp_path / "inzage.pdf").read_bytes().startswith(b"%PDF")
    assert "El Amrani" in (tmp_path / "inzage.json").read_text(encoding="utf-8")
