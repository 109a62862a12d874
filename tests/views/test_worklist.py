"""The worklist as a hub worker uses it (the clock is injected: "today" is 3 March 2026)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from hubdesk.services.guidance import GuidanceService
from hubdesk.services.intake import IntakeService
from hubdesk.views.context import AppContext
from hubdesk.views.main_window import MainWindow
from hubdesk.views.worklist import WorklistView
from tests.conftest import FakeClock
from tests.services.helpers import registration


@pytest.fixture
def planned(ctx: AppContext, clock: FakeClock) -> dict[str, uuid.UUID]:
    """One trajectory with a step overdue, one today, one next week and one unassigned."""
    person = IntakeService(ctx.store).register(ctx.actor, registration()).person_id
    guidance = GuidanceService(ctx.store)
    tid, _ = guidance.open_trajectory(ctx.actor, person)
    today = clock.now.date()
    me = ctx.actor.worker_id
    return {
        "overdue": guidance.add_step(ctx.actor, tid, "advice", today - dt.timedelta(days=1), me)[0],
        "today": guidance.add_step(ctx.actor, tid, "workshop", today, me)[0],
        "week": guidance.add_step(ctx.actor, tid, "coaching", today + dt.timedelta(days=4), me)[0],
        "unassigned": guidance.add_step(ctx.actor, tid, "peer_event", today + dt.timedelta(days=2), None)[0],
        "person": person,
    }


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, planned: dict[str, uuid.UUID]) -> WorklistView:
    v = WorklistView(ctx)
    qtbot.addWidget(v)
    qtbot.waitUntil(lambda: v.tree.topLevelItemCount() > 4)
    return v


def _rows(view: WorklistView) -> list[list[str]]:
    rows = []
    for i in range(view.tree.topLevelItemCount()):
        item = view.tree.topLevelItem(i)
        assert item is not None
        rows.append([item.text(0), item.text(1)])
    return rows


def test_steps_are_grouped_by_when_they_are_due(view: WorklistView) -> None:
    rows = _rows(view)
    headers = [r[0] for r in rows if not r[1]]
    assert headers == ["Overdue (1)", "Today (1)", "This week (1)", "Unassigned (1)"]
    assert [r[1] for r in rows if r[1]] == ["Advies", "Workshop", "Coaching", "Netwerkbijeenkomst"]
    assert view.status_label.text() == "1 overdue"


def test_completing_the_overdue_step_empties_overdue(
    qtbot: QtBot, view: WorklistView, planned: dict[str, uuid.UUID]
) -> None:
    step = view.selected_step()
    assert step is not None
    assert step.step_id == planned["overdue"]  # the first thing to do is selected
    with qtbot.waitSignal(view.sig_overdue_count, check_params_cb=lambda n: n == 0, timeout=5000):
        view.done_button.click()


def test_rescheduling_moves_a_step_to_its_new_group(qtbot: QtBot, view: WorklistView, clock: FakeClock) -> None:
    later = clock.now.date() + dt.timedelta(days=6)
    view.date_edit.setDate(QDate(later.year, later.month, later.day))
    with qtbot.waitSignal(view.sig_overdue_count, check_params_cb=lambda n: n == 0, timeout=5000):
        view.reschedule_button.click()
    assert [r[0] for r in _rows(view) if not r[1]][2] == "This week (2)"


def test_reassigning_to_nobody_lists_the_step_as_unassigned(qtbot: QtBot, view: WorklistView) -> None:
    qtbot.waitUntil(lambda: view.assignee_combo.count() > 1)
    view.assignee_combo.setCurrentIndex(0)  # (nobody)
    with qtbot.waitSignal(view.sig_loaded, timeout=5000):
        view.reassign_button.click()
    qtbot.waitUntil(lambda: [r[0] for r in _rows(view) if not r[1]][-1] == "Unassigned (2)")


def test_on_opening_the_overdue_work_is_shown_first(
    qtbot: QtBot, ctx: AppContext, planned: dict[str, uuid.UUID]
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.worklist)
    assert window.nav.item(1).text() == "Worklist (1 overdue)"
    with qtbot.waitSignal(window.person_file.sig_loaded, timeout=5000):
        window.worklist.open_button.click()
    assert window.person_file.person_id == planned["person"]
