"""Trajectories in the entrepreneur's file, as a hub worker uses them ("today" is 3 March 2026)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import CloseReason, Stage, StepStatus, TrajectoryStatus
from hubdesk.services.guidance import StepRow
from hubdesk.services.readmodels import TimelineItem
from hubdesk.views.context import AppContext
from hubdesk.views.person_file import PersonFileView
from hubdesk.views.tasks import TaskRunner
from hubdesk.views.timeline_model import TimelineModel
from hubdesk.views.trajectory_dialogs import (
    AddStepDialog,
    ChangeStageDialog,
    CloseTrajectoryDialog,
    CompleteStepDialog,
    FormDialog,
    RescheduleStepDialog,
    StartTrajectoryDialog,
)
from hubdesk.views.trajectory_panel import StepTableModel, TrajectoryPanel
from tests.conftest import FakeClock
from tests.services.helpers import registration
from tests.views.keys import Keyboard
from tests.views.lifetimes import held_until_settled

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
D = TypeVar("D", bound=FormDialog)


def day_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


@pytest.fixture
def today(clock: FakeClock) -> dt.date:
    return clock.now.astimezone().date()


@pytest.fixture
def held(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    """The views of a test, released once the database thread let go of them."""
    yield from held_until_settled(qtbot, runner)


@pytest.fixture
def person_id(ctx: AppContext) -> uuid.UUID:
    data = registration("Joëlle", "Hendriks", enterprise={"trade_name": "Bakkerij Joëlle", "stage": "starting"})
    return ctx.intake.register(ctx.actor, data).person_id


def route_id(ctx: AppContext, code: str) -> uuid.UUID:
    return next(r.id for r in ctx.catalog.routes() if r.code == code)


@pytest.fixture
def planned(ctx: AppContext, person_id: uuid.UUID, clock: FakeClock) -> uuid.UUID:
    """A trajectory on the "starter" route, planned from today (five steps)."""
    clock.advance(minutes=5)
    tid, _ = ctx.guidance.open_trajectory(ctx.actor, person_id, route_id=route_id(ctx, "starter"), stage=Stage.IDEA)
    return tid


def open_view(qtbot: QtBot, ctx: AppContext, person_id: uuid.UUID, held: list[QWidget]) -> PersonFileView:
    view = PersonFileView(ctx)
    qtbot.addWidget(view)
    held.append(view)  # released after the database thread let go of it (tests/views/lifetimes.py)
    view.resize(1100, 900)
    with qtbot.waitSignal(view.sig_loaded):
        view.open_person(person_id)
    return view


def panel_of(view: PersonFileView) -> TrajectoryPanel:
    return view.trajectories


def shown_dialog(panel: TrajectoryPanel, kind: type[D]) -> D:
    dialog = panel.dialog
    assert isinstance(dialog, kind)
    assert dialog.isVisible()
    assert dialog.isModal()
    return dialog


def step_rows(panel: TrajectoryPanel) -> list[dict[str, str]]:
    """The steps table as the worker reads it."""
    model = panel.steps_model
    names = ("due", "step", "status", "assignee", "outcome")
    return [{names[c]: model.text(r, c) for c in range(model.columnCount())} for r in range(model.rowCount())]


def newest_timeline_entry(view: PersonFileView) -> tuple[str, str, str]:
    model = view.timeline_model
    return (
        model.text(0, TimelineModel.COL_DATE),
        model.text(0, TimelineModel.COL_KIND),
        model.text(0, TimelineModel.COL_DETAILS),
    )


def save(qtbot: QtBot, view: PersonFileView, dialog: FormDialog) -> None:
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(dialog.ok_button, LEFT)


# -- starting ------------------------------------------------------------------------------------------------------
def test_starting_a_trajectory_with_a_route_plans_its_steps(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, today: dt.date, clock: FakeClock
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    panel = panel_of(view)
    assert panel.empty_label.isVisibleTo(view)
    assert not panel.details.isVisibleTo(view)
    clock.advance(minutes=5)

    qtbot.mouseClick(panel.start_button, LEFT)
    dialog = shown_dialog(panel, StartTrajectoryDialog)
    assert dialog.lead_combo.currentText() == "Anna de Boer"
    assert dialog.stage_combo.currentText() == "starting"  # the enterprise's stage
    assert "No steps are planned" in dialog.plan_label.text()
    dialog.route_combo.setCurrentIndex(dialog.route_combo.findText("Starten als ondernemer"))
    plan = dialog.plan_label.text().splitlines()
    assert plan[1:] == [
        f"• {day_text(today)}  Intake",
        f"• {day_text(today + dt.timedelta(days=7))}  Vraagverheldering",
        f"• {day_text(today + dt.timedelta(days=28))}  Bespreking ondernemingsplan",
        f"• {day_text(today + dt.timedelta(days=42))}  Financiële check",
        f"• {day_text(today + dt.timedelta(days=90))}  Opvolging",
    ]
    save(qtbot, view, dialog)

    assert view.status_label.text() == "Trajectory started."
    assert panel.details.isVisibleTo(view)
    assert not panel.empty_label.isVisibleTo(view)
    assert panel.status_value.text() == "Open"
    assert panel.stage_value.text() == "starting"
    assert panel.lead_value.text() == "Anna de Boer"
    assert panel.route_value.text() == "Starten als ondernemer"
    assert panel.opened_value.text() == day_text(today)
    assert [(r["due"], r["step"], r["status"], r["assignee"]) for r in step_rows(panel)] == [
        (day_text(today), "Intake", "Planned", "Anna de Boer"),
        (day_text(today + dt.timedelta(days=7)), "Vraagverheldering", "Planned", "Anna de Boer"),
        (day_text(today + dt.timedelta(days=28)), "Bespreking ondernemingsplan", "Planned", "Anna de Boer"),
        (day_text(today + dt.timedelta(days=42)), "Financiële check", "Planned", "Anna de Boer"),
        (day_text(today + dt.timedelta(days=90)), "Opvolging", "Planned", "Anna de Boer"),
    ]
    assert newest_timeline_entry(view) == (
        day_text(today),
        "Trajectory started",
        "Route: Starten als ondernemer · Stage: starting",
    )
    [stored] = ctx.guidance.trajectories_of(person_id)
    assert (stored.stage_at_start, stored.route_code, len(stored.steps)) == (Stage.STARTING, "starter", 5)


def test_a_trajectory_without_a_route_gets_steps_added_by_hand(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, today: dt.date
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    panel = panel_of(view)
    qtbot.mouseClick(panel.start_button, LEFT)
    save(qtbot, view, shown_dialog(panel, StartTrajectoryDialog))
    assert panel.route_value.text() == "(none: steps planned by hand)"
    assert panel.steps_model.rowCount() == 0
    assert not panel.complete_button.isEnabled()

    qtbot.mouseClick(panel.add_step_button, LEFT)
    dialog = shown_dialog(panel, AddStepDialog)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("Coaching"))
    dialog.due_edit.setDate(QDate(2026, 3, 10))
    dialog.notes_edit.setText("Bellen over de huur")
    save(qtbot, view, dialog)
    assert view.status_label.text() == "Step added."
    assert step_rows(panel) == [
        {
            "due": day_text(dt.date(2026, 3, 10)),
            "step": "Coaching",
            "status": "Planned",
            "assignee": "Anna de Boer",
            "outcome": "Bellen over de huur",
        }
    ]
    assert panel.complete_button.isEnabled()


# -- steps ---------------------------------------------------------------------------------------------------------
@pytest.mark.usefixtures("planned")
def test_completing_and_rescheduling_a_step_from_the_file(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, today: dt.date, clock: FakeClock
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    clock.advance(minutes=30)
    panel = panel_of(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    step = panel.selected_step()
    assert step is not None
    assert step.step_type == "intake"  # the first step still to do is chosen

    panel.steps.setFocus()
    Keyboard().press(Qt.Key.Key_D, CTRL)  # a button's shortcut clicks it a moment later
    qtbot.waitUntil(lambda: isinstance(panel.dialog, CompleteStepDialog))
    dialog = shown_dialog(panel, CompleteStepDialog)
    assert dialog.intro_label.text() == "Step: Intake"
    dialog.minutes_spin.setValue(45)
    dialog.outcome_edit.setPlainText("Plan besproken")
    save(qtbot, view, dialog)
    assert view.status_label.text() == "Step recorded as done."
    first = step_rows(panel)[0]
    assert (first["step"], first["status"], first["outcome"]) == (
        "Intake",
        f"Done on {day_text(today)}",
        "45 min · Plan besproken",
    )
    assert newest_timeline_entry(view) == (day_text(today), "Step done", "Intake · 45 min\nPlan besproken")
    selected = panel.selected_step()
    assert selected is not None
    assert selected.step_type == "needs_assessment"  # the next step to do

    later = today + dt.timedelta(days=10)
    qtbot.mouseClick(panel.reschedule_button, LEFT)
    dialog2 = shown_dialog(panel, RescheduleStepDialog)
    assert dialog2.due_edit.date() == QDate(2026, 3, 10)
    dialog2.due_edit.setDate(QDate(later.year, later.month, later.day))
    save(qtbot, view, dialog2)
    assert view.status_label.text() == f"Step moved to {day_text(later)}."
    second = step_rows(panel)[1]
    assert (second["due"], second["step"], second["status"]) == (day_text(later), "Vraagverheldering", "Planned")
    [stored] = ctx.guidance.trajectories_of(person_id)
    assert [(s.status, s.minutes) for s in stored.steps[:2]] == [(StepStatus.DONE, 45), (StepStatus.PLANNED, None)]
    assert stored.steps[1].due_on == later


@pytest.mark.usefixtures("planned")
def test_reassigning_and_cancelling_a_step(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    panel = panel_of(view)
    panel.select_step(ctx.guidance.trajectories_of(person_id)[0].steps[2].step_id)
    qtbot.mouseClick(panel.reassign_button, LEFT)
    dialog = shown_dialog(panel, FormDialog)
    combo = dialog.findChild(type(panel.trajectory_combo))
    assert combo is not None
    combo.setCurrentIndex(0)  # (nobody)
    save(qtbot, view, dialog)
    assert step_rows(panel)[2]["assignee"] == "(nobody)"

    asked: list[str] = []

    def confirm(text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(panel, "_confirm", confirm)
    panel.select_step(ctx.guidance.trajectories_of(person_id)[0].steps[3].step_id)
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(panel.cancel_step_button, LEFT)
    assert asked == [
        f"Cancel the step “Financiële check” due {day_text(dt.date(2026, 4, 14))}? It will not take place."
    ]
    assert step_rows(panel)[3]["status"] == "Cancelled"
    chosen = panel.selected_step()
    assert chosen is not None
    assert chosen.step_type == "intake"  # on to the first step still to do
    panel.steps.setCurrentIndex(panel.steps_model.index(3, 0))
    assert not panel.complete_button.isEnabled()  # a cancelled step has nothing left to do
    assert not panel.cancel_step_button.isEnabled()


def test_a_step_due_yesterday_shows_as_overdue(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, today: dt.date
) -> None:
    tid, _ = ctx.guidance.open_trajectory(ctx.actor, person_id)
    ctx.guidance.add_step(ctx.actor, tid, "advice", today - dt.timedelta(days=1), ctx.actor.worker_id)
    ctx.guidance.add_step(ctx.actor, tid, "workshop", today, ctx.actor.worker_id)
    view = open_view(qtbot, ctx, person_id, held)
    panel = panel_of(view)
    model = panel.steps_model
    assert [(r["step"], r["status"]) for r in step_rows(panel)] == [("Advies", "Overdue"), ("Workshop", "Planned")]
    assert model.is_overdue(0)
    assert not model.is_overdue(1)
    red = model.index(0, StepTableModel.COL_STATUS).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QBrush)
    assert red.color().name() == "#b02a37"
    assert model.index(0, StepTableModel.COL_STATUS).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, StepTableModel.COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert panel.overdue_label.text() == "Overdue steps: 1"


def test_the_step_model_reads_without_a_window(qapp: QApplication) -> None:
    today = dt.date(2026, 3, 3)

    def row(status: StepStatus, due: dt.date | None, notes: str = "") -> StepRow:
        return StepRow(
            uuid.uuid4(), 1, uuid.uuid4(), uuid.uuid4(), "Joëlle", "coaching", status, due, None, None, "", notes=notes
        )

    model = StepTableModel()
    model.set_rows(
        [
            row(StepStatus.PLANNED, today - dt.timedelta(days=3)),
            row(StepStatus.CANCELLED, today - dt.timedelta(days=3)),
            row(StepStatus.PLANNED, None, notes="Bellen"),
        ],
        {"coaching": ("Coaching", "Coaching")},
        today,
    )
    assert model.rowCount() == 3
    assert model.columnCount() == 5
    assert [model.text(r, StepTableModel.COL_STATUS) for r in range(3)] == ["Overdue", "Cancelled", "Planned"]
    assert model.text(2, StepTableModel.COL_DUE) == "—"
    assert model.text(2, StepTableModel.COL_ASSIGNEE) == "(nobody)"
    assert model.text(2, StepTableModel.COL_OUTCOME) == "Bellen"
    assert model.index(1, StepTableModel.COL_STEP).data(Qt.ItemDataRole.FontRole).strikeOut()


# -- the trajectory ------------------------------------------------------------------------------------------------
@pytest.mark.usefixtures("planned")
def test_closing_needs_a_reason_and_cancels_what_was_planned(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, today: dt.date, clock: FakeClock
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    panel = panel_of(view)
    clock.advance(minutes=30)
    qtbot.mouseClick(panel.close_button, LEFT)
    dialog = shown_dialog(panel, CloseTrajectoryDialog)
    assert dialog.intro_label.text() == "Steps still planned (5) will be cancelled."
    assert dialog.stage_combo.currentText() == "idea"

    qtbot.mouseClick(dialog.ok_button, LEFT)  # no reason chosen
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "Choose a reason to close the trajectory."
    assert ctx.guidance.trajectories_of(person_id)[0].status is TrajectoryStatus.OPEN

    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData(CloseReason.IDEA_STOPPED.value))
    save(qtbot, view, dialog)
    assert view.status_label.text() == "Trajectory closed."
    assert panel.status_value.text() == "Closed"
    assert panel.closed_value.text() == f"{day_text(today)} · Stopped with the idea · stage at the end: idea"
    assert {r["status"] for r in step_rows(panel)} == {"Cancelled"}
    assert not any(b.isEnabled() for b in (panel.add_step_button, panel.complete_button, panel.close_button))
    assert panel.pause_button.text() == "Reopen"
    assert newest_timeline_entry(view)[1:] == (
        "Trajectory closed",
        "Reason: Stopped with the idea · Stage at the end: idea",
    )
    [stored] = ctx.guidance.trajectories_of(person_id)
    assert (stored.status, stored.close_reason, stored.stage_at_end) == (
        TrajectoryStatus.CLOSED,
        CloseReason.IDEA_STOPPED,
        Stage.IDEA,
    )


@pytest.mark.usefixtures("planned")
def test_changing_the_stage_and_pausing(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, today: dt.date, clock: FakeClock
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    panel = panel_of(view)
    clock.advance(minutes=30)
    qtbot.mouseClick(panel.stage_button, LEFT)
    dialog = shown_dialog(panel, ChangeStageDialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)  # still "idea": nothing changes
    assert dialog.error_label.text() == "Choose a stage other than the current one."
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(Stage.STARTING.value))
    save(qtbot, view, dialog)
    assert panel.stage_value.text() == f"starting (since {day_text(today)})"
    assert newest_timeline_entry(view) == (day_text(today), "Stage changed", "idea → starting")

    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(panel.pause_button, LEFT)
    assert (panel.status_value.text(), panel.pause_button.text()) == ("Paused", "Reopen")
    assert ctx.guidance.worklist(ctx.actor).due_today == ()
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(panel.pause_button, LEFT)
    assert (panel.status_value.text(), panel.pause_button.text()) == ("Open", "Pause")


@pytest.mark.usefixtures("planned")
def test_a_step_completed_at_another_desk_reloads_the_file(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    step = ctx.guidance.trajectories_of(person_id)[0].steps[0]
    changes = ctx.guidance.complete_step(ctx.actor, step.step_id, step.version)
    with qtbot.waitSignal(view.sig_loaded):
        ctx.signals.announce(changes)
    assert step_rows(panel_of(view))[0]["status"].startswith("Done on")


def test_the_timeline_model_reads_trajectory_events_without_a_window(qapp: QApplication) -> None:
    at = dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.UTC)
    day = dt.date(2026, 3, 3)
    model = TimelineModel()
    model.set_items(
        [
            TimelineItem(
                "trajectory_closed",
                uuid.uuid4(),
                at,
                "Anna de Boer",
                day=day,
                stage=Stage.RUNNING,
                close_reason=CloseReason.GOAL_REACHED,
            ),
            TimelineItem(
                "step_done",
                uuid.uuid4(),
                at,
                None,
                day=day,
                names=("Advies", "Advice"),
                minutes=30,
                text="Offerte besproken",
            ),
            TimelineItem("stage_changed", uuid.uuid4(), at, None, day=day, stage=Stage.STARTING),
            TimelineItem("trajectory_opened", uuid.uuid4(), at, "Anna de Boer", day=day),
        ]
    )
    rows = [tuple(model.text(r, c) for c in range(model.columnCount())) for r in range(model.rowCount())]
    assert rows == [
        (day_text(day), "Trajectory closed", "Anna de Boer", "Reason: Goal reached · Stage at the end: running"),
        (day_text(day), "Step done", "—", "Advies · 30 min\nOfferte besproken"),  # the desk speaks Dutch
        (day_text(day), "Stage changed", "—", "starting"),
        (day_text(day), "Trajectory started", "Anna de Boer", ""),
    ]
