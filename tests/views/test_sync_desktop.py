"""Sync at the desk: the status bar, "Sync now", the timer and the conflict queue.

Two real nodes of one hub (set up as in tests/sync) exchange through a temporary
exchange folder: this desk ("a1") runs in a main window, the other desk ("a2") is
driven directly through the sync service.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QThread
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.models.people import Person
from hubdesk.models.sync import ConflictKind
from hubdesk.services.readmodels import Changes
from hubdesk.services.store import Store
from hubdesk.settings import Settings, load_settings, save_settings, settings_path
from hubdesk.sync.exchange import Exchange
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.service import SyncService
from hubdesk.views import sync_controller
from hubdesk.views.context import AppContext
from hubdesk.views.main_window import MainWindow
from hubdesk.views.settings_dialog import SettingsDialog
from hubdesk.views.sync_controller import SyncController
from hubdesk.views.tasks import TaskRunner
from tests.sync.helpers import HUB_A, Node, add_person, delete, edit, make_node


def row(view: Any, index: int) -> QTreeWidgetItem:
    """Row ``index`` of the conflict list (which must be there)."""
    item = view.list.topLevelItem(index)
    assert item is not None
    return cast(QTreeWidgetItem, item)


def label(view: Any, name: str) -> QLabel:
    """The conflict view's label called ``name`` (which must be there)."""
    found = view.findChild(QLabel, name)
    assert found is not None
    return cast(QLabel, found)


KEY = ProgrammeKey(bytes(range(32)))
WAIT_MS = 15_000


@pytest.fixture(autouse=True)
def _no_sync_at_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test says when it syncs (the test of the start-up run sets its own delay)."""
    monkeypatch.setattr(SyncController, "STARTUP_DELAY_MS", 3_600_000)


@pytest.fixture
def exchange(tmp_path: Path) -> Path:
    folder = tmp_path / "exchange"
    folder.mkdir()
    return folder


@pytest.fixture
def here(tmp_path: Path, exchange: Path) -> Iterator[Node]:
    """This desk: a node whose database the window works on."""
    node = make_node(tmp_path / "a1", "a1", HUB_A, KEY, username="anna")
    node.exchange = exchange
    yield node
    node.store.dispose()


@pytest.fixture
def there(tmp_path: Path, exchange: Path) -> Iterator[Node]:
    """The other desk of the same hub, sharing the exchange folder."""
    node = make_node(tmp_path / "a2", "a2", HUB_A, KEY, username="bram")
    node.exchange = exchange
    yield node
    node.store.dispose()


def shown(widget: QWidget) -> bool:
    """Shown when its window is (the test windows are not put on screen)."""
    return not widget.isHidden()


def other_desk_syncs(node: Node) -> None:
    report = SyncService(node.store, key=KEY, backups=False).sync(node.exchange)
    assert report.ok, report


def use_settings(**values: object) -> None:
    save_settings(Settings(**values))


def open_window(qtbot: QtBot, store: Store, actor: object, runner: TaskRunner) -> MainWindow:
    ctx = AppContext.create(store, actor, runner)  # type: ignore[arg-type]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=WAIT_MS)
    return window


def sync_now(qtbot: QtBot, controller: SyncController) -> object:
    with qtbot.waitSignal(controller.sig_synced, timeout=WAIT_MS) as done:
        controller.sync_action.trigger()
    return done.args[0]


def person_named(store: Store, family: str) -> Person | None:
    with store.read() as s:
        return s.execute(sa.select(Person).where(Person.family_name == family)).scalar_one_or_none()


# -- when sync is off ----------------------------------------------------------------------------------------------


def test_a_practice_database_never_syncs_and_says_why(qtbot: QtBot, demo_ctx: AppContext, exchange: Path) -> None:
    use_settings(exchange_folder=str(exchange), sync_interval_min=1)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    controller = window.sync
    qtbot.waitUntil(lambda: controller.off == "sync.sandbox", timeout=WAIT_MS)
    assert "practice database" in controller.widget.state_label.text().lower()
    assert "oefendatabase" in controller.widget.state_label.toolTip()  # the full reason (Dutch desk)
    assert not controller.timer.isActive()
    assert controller.sync_now() is False
    controller.sync_action.trigger()
    assert not controller.running
    assert list(exchange.iterdir()) == []
    assert not shown(controller.widget.pending_label)


def test_a_desk_that_is_not_a_node_says_so(qtbot: QtBot, ctx: AppContext, exchange: Path) -> None:
    use_settings(exchange_folder=str(exchange))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.sync.off == "sync.not_set_up", timeout=WAIT_MS)
    assert "not a node" in window.sync.widget.state_label.text()
    assert window.sync.sync_now() is False
    assert list(exchange.iterdir()) == []


def test_without_an_exchange_folder_nothing_is_tried(qtbot: QtBot, here: Node, runner: TaskRunner) -> None:
    use_settings(exchange_folder="", sync_interval_min=5)
    window = open_window(qtbot, here.store, here.actor, runner)
    assert window.sync.off is None
    assert "no exchange folder" in window.sync.widget.state_label.text()
    assert not window.sync.timer.isActive()
    assert window.sync.sync_now() is False


# -- syncing ---------------------------------------------------------------------------------------------------------


def test_sync_now_exchanges_with_the_other_desk_and_refreshes_the_list(
    qtbot: QtBot, here: Node, there: Node, runner: TaskRunner, exchange: Path
) -> None:
    add_person(there, "Fatima", "El Amrani")
    other_desk_syncs(there)
    add_person(here, "Jan", "Visser")
    use_settings(exchange_folder=str(exchange), sync_interval_min=0)
    window = open_window(qtbot, here.store, here.actor, runner)
    widget = window.sync.widget
    assert widget.state_label.text() == "Not synced yet"
    assert "to send" in widget.pending_label.text()  # Jan (and the set-up) are not sent yet
    qtbot.waitUntil(lambda: window.entrepreneurs.model.rowCount() == 1, timeout=WAIT_MS)

    assert window.sync.sync_action.shortcut() == QKeySequence("F9")
    sync_menu = next(cast(QMenu, a.menu()) for a in window.menuBar().actions() if a.text() == "S&ync")
    assert window.sync.sync_action in sync_menu.actions()
    report = sync_now(qtbot, window.sync)

    assert report.applied > 0  # type: ignore[attr-defined]
    assert widget.state_label.text().startswith("Last sync: ")
    assert widget.pending_label.text() == "Nothing to send"
    assert not shown(widget.warning_label)
    # The list shows the entrepreneur registered at the other desk without anyone asking.
    qtbot.waitUntil(lambda: window.entrepreneurs.model.rowCount() == 2, timeout=WAIT_MS)
    other_desk_syncs(there)
    assert person_named(there.store, "Visser") is not None


def test_the_monitoring_export_is_written_after_a_sync_on_the_background_thread(
    qtbot: QtBot, here: Node, runner: TaskRunner, exchange: Path
) -> None:
    add_person(here, "Jan", "Visser")
    use_settings(exchange_folder=str(exchange), sync_interval_min=0)
    background = TaskRunner(name="hubdesk-background")
    assert here.actor is not None
    ctx = AppContext.create(here.store, here.actor, runner, background)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=WAIT_MS)
    threads: list[str] = []
    real = SyncService.write_monitoring

    def noting(self: SyncService, *args: Any) -> None:
        threads.append(QThread.currentThread().objectName())
        real(self, *args)

    try:
        with (
            pytest.MonkeyPatch.context() as mp,
            qtbot.waitSignal(window.sync.sig_monitoring_written, timeout=WAIT_MS) as written,
        ):
            mp.setattr(SyncService, "write_monitoring", noting)
            window.sync.sync_action.trigger()
        assert written.args[0] > 0
        assert threads == ["hubdesk-background"]
        written_files = sorted(p.name for p in (exchange / "monitoring").rglob("*.*"))
        today = dt.date.today()
        assert f"monitoring-{today.year}-Q{(today.month - 1) // 3 + 1}-programme.json" in written_files
        assert len(written_files) == written.args[0]
    finally:
        background.shutdown()


def test_an_unreachable_folder_warns_without_stopping_work_and_a_later_sync_succeeds(
    qtbot: QtBot, here: Node, there: Node, runner: TaskRunner, tmp_path: Path
) -> None:
    share = tmp_path / "share-not-mounted"
    use_settings(exchange_folder=str(share), sync_interval_min=15)
    window = open_window(qtbot, here.store, here.actor, runner)
    widget = window.sync.widget

    sync_now(qtbot, window.sync)

    assert shown(widget.warning_label)
    warning = widget.warning_label.text()
    assert "not reachable" in warning
    assert "keep working" in warning
    assert "next try in 15 min" in warning
    assert str(share) in widget.warning_label.toolTip()
    assert QApplication.activeModalWidget() is None
    assert widget.state_label.text() == "Not synced yet"
    # The desk goes on: a registration is saved on the database thread, as the intake form does,
    # and counted as waiting to be sent.
    pending_before = window.sync.status.pending  # type: ignore[union-attr]
    saved: list[uuid.UUID] = []
    runner.submit(lambda: add_person(here, "Noor", "Bakker"), saved.append)
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=WAIT_MS)
    window.sync._ctx.signals.announce(Changes({"persons": frozenset(saved)}, frozenset(saved)))
    qtbot.waitUntil(lambda: window.sync.status.pending > pending_before, timeout=WAIT_MS)  # type: ignore[union-attr]
    # A retry finds the same problem: still no dialog, the same one warning.
    sync_now(qtbot, window.sync)
    assert QApplication.activeModalWidget() is None
    assert shown(widget.warning_label)

    share.mkdir()  # the share is back
    sync_now(qtbot, window.sync)
    assert not shown(widget.warning_label)
    assert widget.state_label.text().startswith("Last sync: ")
    assert widget.pending_label.text() == "Nothing to send"
    there.exchange = share
    other_desk_syncs(there)
    assert person_named(there.store, "Bakker") is not None


def test_a_folder_that_does_not_answer_never_holds_up_the_desk(
    qtbot: QtBot, here: Node, runner: TaskRunner, exchange: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    class HangingShare(Exchange):
        def check(self) -> None:  # a network share that stopped answering
            release.wait(30)
            raise AssertionError("the probe should have been given up on")

    monkeypatch.setattr(sync_controller, "Exchange", HangingShare)
    monkeypatch.setattr(SyncController, "PROBE_TIMEOUT_MS", 1_000)
    use_settings(exchange_folder=str(exchange), sync_interval_min=15)
    window = open_window(qtbot, here.store, here.actor, runner)
    try:
        with qtbot.waitSignal(window.sync.sig_synced, timeout=WAIT_MS):
            assert window.sync.sync_now() is True
            # Meanwhile the database thread serves the screens as usual.
            answers: list[int] = []
            runner.submit(lambda: 42, answers.append)
            qtbot.waitUntil(lambda: answers == [42], timeout=500)
            assert window.sync.running
        warning = window.sync.widget.warning_label.text()
        assert warning.startswith("Exchange folder does not answer – keep working")
        assert QApplication.activeModalWidget() is None
        assert list(exchange.iterdir()) == []  # nothing was tried on the folder meanwhile
    finally:
        release.set()


def test_the_timer_syncs_in_the_background_and_zero_means_only_by_hand(
    qtbot: QtBot, here: Node, there: Node, runner: TaskRunner, exchange: Path
) -> None:
    use_settings(exchange_folder=str(exchange), sync_interval_min=0)
    window = open_window(qtbot, here.store, here.actor, runner)
    controller = window.sync
    assert not controller.timer.isActive()

    controller.apply_settings(Settings(exchange_folder=str(exchange), sync_interval_min=10))
    assert controller.timer.isActive()
    assert controller.timer.interval() == 10 * 60_000
    add_person(there, "Fatima", "El Amrani")
    other_desk_syncs(there)
    controller.sig_synced.connect(controller.timer.stop)  # one background run is enough here
    controller.timer.setInterval(50)  # not ten minutes in a test
    with qtbot.waitSignal(controller.sig_synced, timeout=WAIT_MS) as done:
        pass
    assert done.args[0].applied > 0
    assert person_named(here.store, "El Amrani") is not None
    assert controller.widget.state_label.text().startswith("Last sync: ")


def test_the_desk_syncs_soon_after_it_opens_then_every_interval(
    qtbot: QtBot, here: Node, there: Node, runner: TaskRunner, exchange: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SyncController, "STARTUP_DELAY_MS", 100)
    add_person(there, "Fatima", "El Amrani")
    other_desk_syncs(there)
    use_settings(exchange_folder=str(exchange), sync_interval_min=30)
    window = open_window(qtbot, here.store, here.actor, runner)
    with qtbot.waitSignal(window.sync.sig_synced, timeout=WAIT_MS) as done:
        pass
    assert done.args[0].applied > 0
    assert window.sync.timer.isActive()
    assert window.sync.timer.interval() == 30 * 60_000


def test_no_second_sync_starts_while_one_runs(qtbot: QtBot, here: Node, runner: TaskRunner, exchange: Path) -> None:
    use_settings(exchange_folder=str(exchange), sync_interval_min=0)
    window = open_window(qtbot, here.store, here.actor, runner)
    controller = window.sync
    with qtbot.waitSignal(controller.sig_synced, timeout=WAIT_MS):
        assert controller.sync_now() is True
        assert controller.sync_now() is False
        assert not controller.sync_action.isEnabled()
        assert controller.widget.state_label.text() == "Syncing…"
    assert controller.sync_action.isEnabled()
    assert len(list((exchange / here.node_id.hex).glob("*.hubsync"))) == 1


# -- conflicts -------------------------------------------------------------------------------------------------------


def _conflict_on_family_name(here: Node, there: Node) -> object:
    """The same entrepreneur, renamed differently at both desks; returns the person's id."""
    person = add_person(there, "Fatima", "El Amrani")
    other_desk_syncs(there)
    SyncService(here.store, key=KEY, backups=False).sync(here.exchange)
    edit(here, Person, person, family_name="Amrani", stadsdeel="centrum")
    edit(there, Person, person, family_name="El Amrani-Bakr", stadsdeel="oost")
    other_desk_syncs(there)
    return person


def test_a_conflict_is_queued_with_base_mine_and_theirs_and_resolving_it_clears_it(
    qtbot: QtBot, here: Node, there: Node, runner: TaskRunner, exchange: Path
) -> None:
    person = _conflict_on_family_name(here, there)
    use_settings(exchange_folder=str(exchange), sync_interval_min=0)
    window = open_window(qtbot, here.store, here.actor, runner)
    widget = window.sync.widget
    assert not shown(widget.conflicts_button)

    report = sync_now(qtbot, window.sync)
    assert report.conflicts_opened == 2  # type: ignore[attr-defined]
    assert shown(widget.conflicts_button)
    assert widget.conflicts_button.text() == "2 conflict(s) to review"

    with qtbot.waitSignal(window.sync.sig_conflicts_changed, timeout=WAIT_MS, raising=False):
        widget.conflicts_button.click()
    dialog = window.sync.conflicts_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert not dialog.isModal()
    view = dialog.view
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 2, timeout=WAIT_MS)
    rows = {row(view, i).text(1): i for i in range(2)}
    assert set(rows) == {"Family name", "Stadsdeel"}
    with here.store.read() as s:
        shown_now = s.get(Person, person).display_name  # type: ignore[union-attr]
    assert row(view, 0).text(0) == shown_now  # the entrepreneur, as every desk shows them now

    view.list.setCurrentItem(row(view, rows["Stadsdeel"]))
    values = {key: label(view, f"{key}Value") for key in ("base", "mine", "theirs")}
    assert values["mine"].text() == "Centrum"  # words, not the stored code "centrum"
    assert values["theirs"].text() == "Oost"
    assert values["base"].text() == "(empty)"

    view.list.setCurrentItem(row(view, rows["Family name"]))
    values = {key: label(view, f"{key}Value") for key in ("base", "mine", "theirs")}
    assert values["base"].text() == "El Amrani"
    assert values["mine"].text() == "Amrani"
    assert values["theirs"].text() == "El Amrani-Bakr"
    assert "Family name" in view.title_label.text()
    theirs_meta = label(view, "theirsMeta").text()
    assert theirs_meta.startswith("bram at a2")  # who, at which desk
    assert "shown now" in (label(view, "mineMeta").text() + theirs_meta)
    assert set(view.choice_buttons) == {"base", "mine", "theirs"}

    with qtbot.waitSignal(view.sig_resolved, timeout=WAIT_MS):
        view.choice_buttons["theirs"].click()
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: widget.conflicts_button.text() == "1 conflict(s) to review", timeout=WAIT_MS)
    with here.store.read() as s:
        stored = s.get(Person, person)
        assert stored is not None
        assert stored.family_name == "El Amrani-Bakr"
    assert "to send" in widget.pending_label.text()  # the choice is a change that syncs

    view.list.setCurrentItem(row(view, 0))
    with qtbot.waitSignal(view.sig_resolved, timeout=WAIT_MS):
        view.choice_buttons["mine"].click()
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not shown(widget.conflicts_button), timeout=WAIT_MS)
    assert shown(view.empty_label)

    # The choices reach the other desk, where both conflicts close too.
    sync_now(qtbot, window.sync)
    other_desk_syncs(there)
    from hubdesk.sync.conflicts import ConflictService

    assert ConflictService(there.store).count_open() == 0
    with there.store.read() as s:
        stored = s.get(Person, person)
        assert stored is not None
        assert stored.family_name == "El Amrani-Bakr"
        assert stored.stadsdeel is not None
        assert stored.stadsdeel.value == "centrum"


def test_an_edit_against_a_deletion_can_be_restored(
    qtbot: QtBot, here: Node, there: Node, runner: TaskRunner, exchange: Path
) -> None:
    person = add_person(there, "Jan", "Visser")
    other_desk_syncs(there)
    SyncService(here.store, key=KEY, backups=False).sync(exchange)
    delete(here, Person, person)
    edit(there, Person, person, email="jan@example.nl")
    other_desk_syncs(there)
    use_settings(exchange_folder=str(exchange), sync_interval_min=0)
    window = open_window(qtbot, here.store, here.actor, runner)
    sync_now(qtbot, window.sync)
    view = window.sync.open_conflicts().view
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    entry = view.entries()[0]
    assert entry.kind is ConflictKind.DELETED
    assert row(view, 0).text(1) == "Deleted vs. changed"
    mine = label(view, "mineValue")
    theirs = label(view, "theirsValue")
    assert mine.text() == "Deleted"
    assert "E-mail: jan@example.nl" in theirs.text()
    assert set(view.choice_buttons) == {"mine", "theirs"}
    assert view.choice_buttons["theirs"].text() == "Restore, with these changes"

    with qtbot.waitSignal(view.sig_resolved, timeout=WAIT_MS):
        view.choice_buttons["theirs"].click()
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 0, timeout=WAIT_MS)
    with here.store.read() as s:
        stored = s.get(Person, person)
        assert stored is not None
        assert stored.deleted_at is None
        assert stored.email == "jan@example.nl"


# -- settings ---------------------------------------------------------------------------------------------------------


def test_an_older_settings_file_keeps_its_values_and_gets_sync_defaults(app_dirs: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema_version": 1, "language": "en", "search_delay_ms": 300}), encoding="utf-8")
    settings = load_settings()
    assert (settings.language, settings.search_delay_ms) == ("en", 300)
    assert (settings.exchange_folder, settings.sync_interval_min) == ("", 15)
    path.write_text(json.dumps({"language": "en", "sync_interval_min": -4}), encoding="utf-8")
    settings = load_settings()
    assert settings.language == "en"
    assert settings.sync_interval_min == 15


def test_the_settings_dialog_sets_folder_and_interval(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(language="nl"))
    qtbot.addWidget(dialog)
    assert dialog.interval_spin.value() == 15
    dialog.interval_spin.setValue(0)
    assert dialog.interval_spin.text() == "only by hand"
    dialog.exchange_edit.setText(f"  {tmp_path}  ")
    result = dialog.result_settings()
    assert result.exchange_folder == str(tmp_path)
    assert result.sync_interval_min == 0
    assert result.language == "nl"
