"""File > Restore a backup…: the backups with what they hold, and going back to one; the
desktop starts its screens again on the restored database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.app import Desktop
from hubdesk.services.backups import BackupInfo, BackupReason, BackupService
from hubdesk.services.intake import IntakeService
from hubdesk.services.store import Store, head_revision
from hubdesk.settings import Settings
from hubdesk.views.context import AppContext
from hubdesk.views.main_window import MainWindow
from hubdesk.views.restore_dialog import RestoreDialog
from hubdesk.views.tasks import TaskRunner
from tests.conftest import FakeClock
from tests.services.helpers import registration
from tests.views.lifetimes import held_until_settled, settle

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def held(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    yield from held_until_settled(qtbot, runner)


@pytest.fixture
def reopened() -> Iterator[list[Store]]:
    """Stores opened by a restore in a test, closed afterwards."""
    stores: list[Store] = []
    yield stores
    for store in stores:
        store.dispose()


def _register(ctx: AppContext, *names: str) -> None:
    intake = IntakeService(ctx.store)
    for name in names:
        intake.register(ctx.actor, registration(name, "Jansen", email=f"{name.lower()}@example.nl"))


def _with_backups(ctx: AppContext, clock: FakeClock) -> tuple[BackupInfo, BackupInfo]:
    _register(ctx, "Fatima", "Sanne")
    service = BackupService.for_store(ctx.store)
    daily = service.take(BackupReason.DAILY)
    clock.advance(hours=3)
    _register(ctx, "Karim")
    before_import = service.take(BackupReason.BEFORE_IMPORT)
    clock.advance(minutes=10)
    _register(ctx, "Mehmet", "Joëlle")
    return daily, before_import


def _list(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(r[0] for r in conn.exec_driver_sql("SELECT given_name FROM persons"))


def item(dialog: RestoreDialog, row: int) -> QTreeWidgetItem:
    found = dialog.tree.topLevelItem(row)
    assert found is not None
    return found


def open_dialog(qtbot: QtBot, ctx: AppContext, held: list[QWidget]) -> RestoreDialog:
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    held.append(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.show()
    return dialog


def test_the_backups_are_listed_with_date_reason_counts_and_schema(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, held: list[QWidget]
) -> None:
    _with_backups(ctx, clock)
    dialog = open_dialog(qtbot, ctx, held)
    tree = dialog.tree
    assert tree.topLevelItemCount() == 2
    rows = [[item(dialog, r).text(c) for c in range(tree.columnCount())] for r in range(2)]
    assert [row[RestoreDialog.COL_REASON] for row in rows] == ["Before an import", "Daily backup"]
    assert [row[RestoreDialog.COL_ENTREPRENEURS] for row in rows] == ["3", "2"]
    assert [row[RestoreDialog.COL_VISITS] for row in rows] == ["3", "2"]
    assert [row[RestoreDialog.COL_REFERRALS] for row in rows] == ["0", "0"]
    assert [row[RestoreDialog.COL_SCHEMA] for row in rows] == [head_revision()] * 2
    assert all(row[RestoreDialog.COL_TAKEN] and row[RestoreDialog.COL_SIZE] for row in rows)
    assert not dialog.restore_button.isEnabled()
    tree.setCurrentItem(item(dialog, 1))
    assert dialog.restore_button.isEnabled()


def test_without_backups_the_dialog_says_so(qtbot: QtBot, ctx: AppContext, held: list[QWidget]) -> None:
    dialog = open_dialog(qtbot, ctx, held)
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.status_label.text() == "There are no backups yet. hubdesk makes the first one today."


def test_restoring_brings_back_the_backup_and_hands_on_the_reopened_store(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, held: list[QWidget], reopened: list[Store]
) -> None:
    daily, _ = _with_backups(ctx, clock)
    dialog = open_dialog(qtbot, ctx, held)
    asked: list[BackupInfo] = []

    def confirm(info: BackupInfo) -> bool:
        asked.append(info)
        return True

    dialog.confirm = confirm  # type: ignore[method-assign]
    dialog.tree.setCurrentItem(item(dialog, 1))
    with qtbot.waitSignal(dialog.sig_restored, timeout=20_000) as restored:
        qtbot.mouseClick(dialog.restore_button, LEFT)
    store = restored.args[0]
    reopened.append(store)
    assert isinstance(store, Store)
    assert store is not ctx.store
    assert [a.path for a in asked] == [daily.path]
    assert _list(store) == ["Fatima", "Sanne"]
    kept = BackupService.for_store(store).list()
    assert kept[0].reason is BackupReason.BEFORE_RESTORE
    assert kept[0].entrepreneurs == 5  # what was there before the restore is kept
    assert not dialog.isVisible()


def test_saying_no_restores_nothing(qtbot: QtBot, ctx: AppContext, clock: FakeClock, held: list[QWidget]) -> None:
    _with_backups(ctx, clock)
    dialog = open_dialog(qtbot, ctx, held)
    dialog.confirm = lambda info: False  # type: ignore[method-assign]
    dialog.tree.setCurrentItem(item(dialog, 1))
    qtbot.mouseClick(dialog.restore_button, LEFT)
    settle(qtbot, ctx.runner)
    assert _list(ctx.store) == ["Fatima", "Joëlle", "Karim", "Mehmet", "Sanne"]
    assert dialog.isVisible()


def test_a_damaged_backup_cannot_be_chosen(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, held: list[QWidget]
) -> None:
    daily, _ = _with_backups(ctx, clock)
    with daily.path.open("r+b") as fh:
        fh.truncate(daily.size // 3)
    dialog = open_dialog(qtbot, ctx, held)
    damaged = item(dialog, 1)
    assert damaged.text(RestoreDialog.COL_REASON) == "Daily backup (damaged: cannot be restored)"
    assert damaged.text(RestoreDialog.COL_ENTREPRENEURS) == "–"
    dialog.tree.setCurrentItem(damaged)
    assert not dialog.restore_button.isEnabled()


def test_the_desktop_starts_its_screens_again_on_the_restored_database(
    qtbot: QtBot, qapp: QApplication, ctx: AppContext, clock: FakeClock, held: list[QWidget], reopened: list[Store]
) -> None:
    _with_backups(ctx, clock)
    desktop = Desktop(qapp, ctx, Settings())
    first = desktop.show()  # (the desktop deletes it when it shows the next one)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.entrepreneurs.model.rowCount() == 5, timeout=10_000)
    first.restore_action.trigger()
    dialog = first.restore_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2, timeout=10_000)
    dialog.confirm = lambda info: True  # type: ignore[method-assign]
    dialog.tree.setCurrentItem(item(dialog, 0))  # before the import: three entrepreneurs
    with qtbot.waitSignal(first.sig_store_replaced, timeout=20_000):
        qtbot.mouseClick(dialog.restore_button, LEFT)
    window = desktop.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    held.append(window)
    reopened.append(desktop.ctx.store)
    assert window is not first
    assert desktop.ctx.store is not ctx.store
    assert window.statusBar().currentMessage() == "The backup was restored."
    qtbot.waitUntil(lambda: window.entrepreneurs.model.rowCount() == 3, timeout=10_000)
    settle(qtbot, ctx.runner)  # the old store is closed on the database thread, after the old screens' work
