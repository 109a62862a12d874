"""The database worker thread: results come back on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from hubdesk.models.errors import UserFacingError
from hubdesk.views.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot: QtBot, runner: TaskRunner) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    results: list[int] = []

    def handle(result: int) -> None:
        results.append(result)
        seen["handler"] = threading.get_ident()

    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda pending: pending == 0):
        runner.submit(work, handle)
    assert results == [42]
    assert seen["work"] != gui
    assert seen["handler"] == gui


def test_a_failure_without_a_handler_is_reported(qtbot: QtBot, runner: TaskRunner) -> None:
    def fail() -> None:
        raise UserFacingError("store.disk_full")

    with qtbot.waitSignal(runner.sig_unhandled_error) as blocker:
        runner.submit(fail)
    assert isinstance(blocker.args[0], UserFacingError)
    assert blocker.args[0].code == "store.disk_full"


def test_a_cancelled_operation_delivers_nothing(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[str] = []
    gate = threading.Event()
    first = runner.submit(lambda: gate.wait(5) and "first", results.append)
    first.cancel()
    gate.set()
    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda pending: pending == 0):
        runner.submit(lambda: "second", results.append)
    assert results == ["second"]


def test_garbage_is_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    import gc

    from hubdesk.views.diagnostics import GuiThreadGarbageCollector

    gc.enable()
    collector = GuiThreadGarbageCollector(interval_ms=10)
    try:
        assert not gc.isenabled()  # no collection can start on the database thread

        class Cycle:
            def __init__(self) -> None:
                self.me = self

        for _ in range(gc.get_threshold()[0] + 10):
            Cycle()
        qtbot.waitUntil(lambda: gc.get_count()[0] < gc.get_threshold()[0], timeout=2000)
    finally:
        collector.stop()
    assert gc.isenabled()
    gc.disable()  # as the views' fixture left it
