"""The coordinator's editor of routes and kinds of steps; hub workers do not get it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import Role, Stage
from hubdesk.models.org import Worker
from hubdesk.services.store import Actor
from hubdesk.views.context import AppContext
from hubdesk.views.main_window import MainWindow
from hubdesk.views.routes_editor import NamesDialog, RoutesEditorDialog
from hubdesk.views.tasks import TaskRunner
from tests.services.helpers import registration
from tests.views.conftest import make_context
from tests.views.lifetimes import held_until_settled, settle

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def held(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    """The windows of a test, released once the database thread let go of them."""
    yield from held_until_settled(qtbot, runner)


@pytest.fixture
def hub_worker_ctx(ctx: AppContext, runner: TaskRunner) -> AppContext:
    """The same hub, at the desk of a colleague who is a hub worker (not a coordinator)."""
    with ctx.store.write(ctx.actor) as s:
        worker = Worker(hub_id=ctx.actor.hub_id, name="Karim Benali", username="karim", role=Role.HUB_WORKER)
        s.add(worker)
        s.flush()
        actor = Actor(worker_id=worker.id, hub_id=ctx.actor.hub_id)
    return make_context(ctx.store, actor, runner)


def open_editor(qtbot: QtBot, ctx: AppContext, held: list[QWidget]) -> RoutesEditorDialog:
    editor = RoutesEditorDialog(ctx)
    qtbot.addWidget(editor)
    held.append(editor)
    with qtbot.waitSignal(editor.sig_loaded):
        editor.show()
    return editor


def cell_text(editor: RoutesEditorDialog, row: int, column: int) -> str:
    item = editor.types_table.item(row, column)
    assert item is not None
    return item.text()


def planned_steps(ctx: AppContext, person_id: uuid.UUID) -> list[tuple[uuid.UUID, str, object]]:
    return [(s.step_id, s.step_type, s.due_on) for t in ctx.guidance.trajectories_of(person_id) for s in t.steps]


def test_a_coordinator_edits_a_route_and_planned_trajectories_keep_their_steps(
    qtbot: QtBot, ctx: AppContext, held: list[QWidget]
) -> None:
    person = ctx.intake.register(ctx.actor, registration()).person_id
    starter = next(r for r in ctx.catalog.routes() if r.code == "starter")
    ctx.guidance.open_trajectory(ctx.actor, person, route_id=starter.id, stage=Stage.IDEA)
    before = planned_steps(ctx, person)

    editor = open_editor(qtbot, ctx, held)
    assert "never changes trajectories already started" in editor.notice_label.text()
    assert editor.notice_label.isVisible()
    editor.select_route("starter")
    assert editor.name_nl_edit.text() == "Starten als ondernemer"
    assert editor.edited_steps() == list(starter.steps)
    assert not editor.save_route_button.isEnabled()

    # the last step (follow-up after 90 days) goes; coaching after 60 days comes; it moves up one place
    editor.steps_table.setCurrentCell(4, 0)
    qtbot.mouseClick(editor.remove_row_button, LEFT)
    qtbot.mouseClick(editor.add_row_button, LEFT)
    combo, spin = editor.step_widgets(4)
    combo.setCurrentIndex(combo.findText("Coaching"))
    spin.setValue(60)
    qtbot.mouseClick(editor.up_button, LEFT)
    editor.name_en_edit.setText("Starting up")
    editor.name_en_edit.textEdited.emit("Starting up")
    assert editor.is_dirty()
    assert not editor.route_list.isEnabled()  # save or undo before choosing another route
    assert editor.save_route_button.isEnabled()
    with qtbot.waitSignal(editor.sig_loaded):
        qtbot.mouseClick(editor.save_route_button, LEFT)

    assert editor.status_label.text() == "Route saved. Trajectories already started keep their steps."
    assert not editor.is_dirty()
    assert editor.route_list.isEnabled()
    saved = next(r for r in ctx.catalog.routes() if r.code == "starter")
    assert (saved.name_en, saved.steps) == (
        "Starting up",
        (("intake", 0), ("needs_assessment", 7), ("plan_review", 28), ("coaching", 60), ("financial_check", 42)),
    )
    assert planned_steps(ctx, person) == before


def test_a_coordinator_creates_a_route_and_deactivates_it(qtbot: QtBot, ctx: AppContext, held: list[QWidget]) -> None:
    editor = open_editor(qtbot, ctx, held)
    qtbot.mouseClick(editor.new_route_button, LEFT)
    dialog = editor.dialog
    assert isinstance(dialog, NamesDialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)  # no names yet
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Fill in both a Dutch and an English name."
    dialog.nl_edit.setText("Groeien")
    dialog.en_edit.setText("Growing")
    with qtbot.waitSignal(editor.sig_loaded):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    route = editor.current_route()
    assert route is not None
    assert (route.code, route.name_nl, route.steps) == ("growing", "Groeien", ())
    assert all(r.code != "growing" or not r.steps for r in ctx.catalog.routes())

    qtbot.mouseClick(editor.add_row_button, LEFT)
    qtbot.mouseClick(editor.add_row_button, LEFT)
    with qtbot.waitSignal(editor.sig_loaded):
        qtbot.mouseClick(editor.save_route_button, LEFT)
    assert next(r for r in ctx.catalog.routes() if r.code == "growing").steps == (("intake", 7), ("intake", 14))

    assert editor.route_active_button.text() == "Deactivate route"
    with qtbot.waitSignal(editor.sig_loaded):
        qtbot.mouseClick(editor.route_active_button, LEFT)
    assert "growing" not in {r.code for r in ctx.catalog.routes()}
    assert editor.route_list.currentItem().text() == "Groeien (inactive)"
    assert editor.route_active_button.text() == "Activate route"


def test_a_coordinator_adds_renames_and_deactivates_a_kind_of_step(
    qtbot: QtBot, ctx: AppContext, held: list[QWidget]
) -> None:
    editor = open_editor(qtbot, ctx, held)
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.new_type_button, LEFT)
    dialog = editor.dialog
    assert isinstance(dialog, NamesDialog)
    dialog.nl_edit.setText("Huisbezoek")
    dialog.en_edit.setText("Home visit")
    with qtbot.waitSignal(editor.sig_loaded):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    added = editor.current_type()
    assert added is not None
    assert (added.code, added.name_nl, added.active) == ("home_visit", "Huisbezoek", True)

    qtbot.mouseClick(editor.rename_type_button, LEFT)
    rename = editor.dialog
    assert isinstance(rename, NamesDialog)
    assert rename.nl_edit.text() == "Huisbezoek"
    rename.nl_edit.setText("Bezoek thuis")
    with qtbot.waitSignal(editor.sig_loaded):
        qtbot.mouseClick(rename.ok_button, LEFT)
    with qtbot.waitSignal(editor.sig_loaded):
        qtbot.mouseClick(editor.type_active_button, LEFT)
    row = editor.types_table.currentRow()
    assert [cell_text(editor, row, c) for c in range(4)] == [
        "Bezoek thuis",
        "Home visit",
        "home_visit",
        "No (deactivated)",
    ]
    assert not next(t for t in ctx.catalog.step_types() if t.code == "home_visit").active

    # a kind of step still in a route is refused, and the editor says why
    intake = next(i for i, t in enumerate(ctx.catalog.step_types()) if t.code == "intake")
    editor.types_table.setCurrentCell(intake, 0)
    qtbot.mouseClick(editor.type_active_button, LEFT)
    qtbot.waitUntil(lambda: "nog in 3 actieve route(s)" in editor.status_label.text())  # the desk's language
    assert next(t for t in ctx.catalog.step_types() if t.code == "intake").active


def test_a_hub_worker_does_not_get_the_editor(
    qtbot: QtBot, hub_worker_ctx: AppContext, runner: TaskRunner, held: list[QWidget]
) -> None:
    window = MainWindow(hub_worker_ctx)
    qtbot.addWidget(window)
    held.append(window)
    settle(qtbot, runner)
    assert not window.routes_action.isEnabled()

    editor = open_editor(qtbot, hub_worker_ctx, held)  # even when opened some other way, it only shows
    assert editor.status_label.text() == "Alleen een coördinator kan routes en soorten stappen wijzigen."
    assert not editor.save_route_button.isEnabled()
    assert not editor.new_route_button.isEnabled()
    assert not editor.new_type_button.isEnabled()
    assert not editor.add_row_button.isEnabled()


def test_a_coordinator_opens_the_editor_from_the_menu(qtbot: QtBot, ctx: AppContext, held: list[QWidget]) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    held.append(window)
    qtbot.waitUntil(window.routes_action.isEnabled)
    window.routes_action.trigger()
    editor = window.routes_editor
    qtbot.waitUntil(lambda: editor.route_list.count() == 3)
    assert editor.isVisible()
    assert editor.isModal()
    editor.close()
