"""Logging in, the idle lock, switching user and what each role sees: wrong passwords first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.app import Desktop, login_dialog
from hubdesk.models.enums import Role
from hubdesk.models.org import Worker
from hubdesk.services.auth import DEMO_PASSWORD, AuthService, LoginSession, delay_after
from hubdesk.services.store import Actor, Store
from hubdesk.services.unlocking import open_and_log_in
from hubdesk.settings import Settings, load_settings
from hubdesk.views.context import AppContext
from hubdesk.views.login_dialog import LoginDialog
from hubdesk.views.main_window import MainWindow
from hubdesk.views.settings_dialog import SettingsDialog
from hubdesk.views.tasks import TaskRunner
from hubdesk.views.workers_view import WorkersDialog
from tests.conftest import FakeClock
from tests.views.conftest import make_context
from tests.views.lifetimes import held_until_settled

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
ANNA_PW = "koffie bij de balie"
WILLEM_PW = "de tram naar zandvoort"
ADA_PW = "zeven kleine zeepaardjes"
LEFT = Qt.MouseButton.LeftButton


def central(window: QMainWindow) -> QWidget:
    widget = window.centralWidget()
    assert widget is not None
    return widget


@pytest.fixture
def held(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    yield from held_until_settled(qtbot, runner)


@pytest.fixture
def accounts(store: Store, actor: Actor) -> dict[str, Actor]:
    """Anna (coordinator, the ``ctx`` worker), Willem (hub worker) and Ada (admin), with passwords."""
    made = {"anna": actor}
    with store.write(actor) as s:
        anna = s.get(Worker, actor.worker_id)
        assert anna is not None
        anna.password_hash = CHEAP.hash(ANNA_PW)
        for name, username, role, password in (
            ("Willem Werker", "willem", Role.HUB_WORKER, WILLEM_PW),
            ("Ada Admin", "ada", Role.ADMIN, ADA_PW),
        ):
            worker = Worker(hub_id=actor.hub_id, name=name, username=username, role=role)
            worker.password_hash = CHEAP.hash(password)
            s.add(worker)
            s.flush()
            made[username] = Actor(worker.id, actor.hub_id)
    return made


def context(store: Store, actor: Actor, runner: TaskRunner) -> AppContext:
    ctx = make_context(store, actor, runner)
    ctx.auth = AuthService(store, hasher=CHEAP)
    return ctx


def new_login(qtbot: QtBot, store: Store, runner: TaskRunner, held: list[QWidget]) -> LoginDialog:
    assert store.path is not None
    path = store.path
    dialog = LoginDialog(lambda u, p: open_and_log_in(path, u, p, store=store, hasher=CHEAP), runner)
    qtbot.addWidget(dialog)
    held.append(dialog)
    dialog.show()
    return dialog


def attempt(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> str:
    """Type and submit; the message shown after a refusal."""
    dialog.form.username_edit.setText(username)
    dialog.form.password_edit.setText(password)
    with qtbot.waitSignal(dialog.sig_failed, timeout=10_000) as failed:
        qtbot.keyClick(dialog.form.password_edit, Qt.Key.Key_Return)
    text: str = failed.args[0]
    return text


# -- the login dialog -------------------------------------------------------------------------


def test_a_wrong_password_and_an_unknown_user_get_the_same_message(
    qtbot: QtBot, store: Store, runner: TaskRunner, accounts: dict[str, Actor], held: list[QWidget]
) -> None:
    dialog = new_login(qtbot, store, runner, held)
    wrong = attempt(qtbot, dialog, "anna", "niet het wachtwoord")
    assert dialog.form.password_edit.text() == ""  # typed again, not corrected
    unknown = attempt(qtbot, dialog, "annabel", ANNA_PW)
    assert wrong == unknown
    assert "gebruikersnaam of het wachtwoord klopt niet" in wrong
    assert dialog.form.message_label.isVisible()
    assert dialog.isVisible()
    assert dialog.result_value is None
    assert dialog.hint_label is None  # a real database shows no password hint
    assert dialog.findChild(QLabel, "noPasswordsNotice") is None


def test_the_delay_and_the_lockout_are_told_with_the_time_left(
    qtbot: QtBot,
    store: Store,
    runner: TaskRunner,
    accounts: dict[str, Actor],
    held: list[QWidget],
    clock: FakeClock,
) -> None:
    dialog = new_login(qtbot, store, runner, held)
    for _ in range(3):
        attempt(qtbot, dialog, "anna", "niet het wachtwoord")
    waiting = attempt(qtbot, dialog, "anna", ANNA_PW)
    assert "Wacht 5 seconden" in waiting
    for failures in (3, 4):
        clock.advance(seconds=delay_after(failures).total_seconds())
        last = attempt(qtbot, dialog, "anna", "niet het wachtwoord")
    assert "geblokkeerd" in last
    assert "15 minuten" in last
    clock.advance(minutes=6)
    assert "9 minuten" in attempt(qtbot, dialog, "anna", ANNA_PW)


def test_logging_in_opens_the_main_window_as_that_worker(
    qtbot: QtBot,
    qapp: QApplication,
    store: Store,
    runner: TaskRunner,
    accounts: dict[str, Actor],
    held: list[QWidget],
) -> None:
    assert store.path is not None
    dialog = login_dialog(store.path, store, runner)
    qtbot.addWidget(dialog)
    held.append(dialog)
    dialog.show()
    dialog.form.username_edit.setText("willem")
    qtbot.keyClicks(dialog.form.password_edit, WILLEM_PW)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.form.password_edit, Qt.Key.Key_Return)
    opened, session = dialog.result_value
    assert isinstance(session, LoginSession)
    assert opened is store
    desktop = Desktop(qapp, context(store, session.actor, runner), Settings())
    window = desktop.show()
    qtbot.addWidget(window)
    held.append(window)
    assert "Willem Werker" in window.worker_label.text()


def test_a_practice_database_shows_the_demo_password_on_the_login(
    qtbot: QtBot, demo_ctx: AppContext, runner: TaskRunner, held: list[QWidget]
) -> None:
    store = demo_ctx.store
    assert store.path is not None
    dialog = login_dialog(store.path, store, runner)
    qtbot.addWidget(dialog)
    held.append(dialog)
    assert dialog.hint_label is not None
    assert DEMO_PASSWORD in dialog.hint_label.text()
    username = dialog.form.username_edit.text()
    assert username  # a demo worker's name, filled in
    qtbot.keyClicks(dialog.form.password_edit, DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.form.submit_button, LEFT)


# -- the idle lock and switching user -----------------------------------------------------------


def shown_window(qtbot: QtBot, ctx: AppContext, held: list[QWidget]) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    held.append(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_idle_lock_hides_the_data_and_only_the_workers_password_unlocks(
    qtbot: QtBot, store: Store, runner: TaskRunner, accounts: dict[str, Actor], held: list[QWidget]
) -> None:
    ctx = context(store, accounts["anna"], runner)
    window = shown_window(qtbot, ctx, held)
    assert central(window).isVisible()
    window.set_idle_lock_ms(200)
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    lock = window.lock_screen
    assert lock is not None
    assert lock.isVisible()
    assert lock.geometry() == window.rect()  # covers all of it
    assert not central(window).isVisible()
    assert not window.statusBar().isVisible()
    assert not window.new_intake_action.isEnabled()  # no shortcuts into the data either
    assert "Anna de Boer" in lock.title_label.text()
    assert not lock.switching  # only the password is asked
    # Willem's password does not unlock Anna's screen.
    lock.form.password_edit.setText(WILLEM_PW)
    qtbot.keyClick(lock.form.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock.form.message_label.isVisible(), timeout=10_000)
    assert window.locked
    assert "klopt niet" in lock.form.message_label.text()
    qtbot.keyClicks(lock.form.password_edit, ANNA_PW)
    qtbot.keyClick(lock.form.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert central(window).isVisible()
    assert window.new_intake_action.isEnabled()


def test_an_open_dialog_is_covered_too_and_takes_the_unlock_form(
    qtbot: QtBot, store: Store, runner: TaskRunner, accounts: dict[str, Actor], held: list[QWidget]
) -> None:
    window = shown_window(qtbot, context(store, accounts["ada"], runner), held)
    window.workers_action.trigger()
    dialog = window.workers_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 3, timeout=10_000)
    window.lock()
    lock = window.lock_screen
    assert lock is not None
    assert lock.parentWidget() is dialog  # the modal dialog in front: the form is where input goes
    assert lock.geometry() == dialog.rect()
    assert lock.isVisible()
    assert not central(window).isVisible()
    qtbot.keyClicks(lock.form.password_edit, ADA_PW)
    qtbot.keyClick(lock.form.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert dialog.isVisible()  # what was open stays open
    assert central(window).isVisible()


def test_switch_user_logs_another_worker_in_and_starts_the_screens_for_them(
    qtbot: QtBot,
    qapp: QApplication,
    store: Store,
    runner: TaskRunner,
    accounts: dict[str, Actor],
    held: list[QWidget],
) -> None:
    desktop = Desktop(qapp, context(store, accounts["anna"], runner), Settings())
    first = desktop.show()  # (the desktop deletes it when it shows the next one)
    first.switch_user_action.trigger()
    lock = first.lock_screen
    assert lock is not None
    assert lock.switching
    assert lock.form.username_edit.text() == ""
    lock.form.username_edit.setText("willem")
    lock.form.password_edit.setText("niet het wachtwoord")
    qtbot.mouseClick(lock.form.submit_button, LEFT)
    qtbot.waitUntil(lambda: lock.form.message_label.isVisible(), timeout=10_000)
    assert desktop.window is first
    lock.form.username_edit.setText("willem")
    lock.form.password_edit.setText(WILLEM_PW)
    qtbot.mouseClick(lock.form.submit_button, LEFT)
    qtbot.waitUntil(lambda: desktop.window is not first, timeout=10_000)
    second = desktop.window
    assert isinstance(second, MainWindow)
    qtbot.addWidget(second)
    held.append(second)
    assert desktop.ctx.actor == accounts["willem"]
    assert "Willem Werker" in second.worker_label.text()
    assert not second.locked
    assert not second.routes_action.isVisible()


# -- what each role sees --------------------------------------------------------------------------


def test_a_hub_worker_does_not_see_the_coordinator_and_admin_menus(
    qtbot: QtBot, store: Store, runner: TaskRunner, accounts: dict[str, Actor], held: list[QWidget]
) -> None:
    window = shown_window(qtbot, context(store, accounts["willem"], runner), held)
    assert not window.routes_action.isVisible()
    assert not window.workers_action.isVisible()
    assert not window.audit_action.isVisible()
    assert window.change_password_action.isVisible()
    assert window.lock_action.isVisible()
    coordinator = shown_window(qtbot, context(store, accounts["anna"], runner), held)
    assert coordinator.routes_action.isVisible()
    assert coordinator.audit_action.isVisible()
    assert not coordinator.workers_action.isVisible()
    admin = shown_window(qtbot, context(store, accounts["ada"], runner), held)
    assert admin.routes_action.isVisible()
    assert admin.workers_action.isVisible()


def test_the_workers_screen_refuses_a_hub_worker_and_lets_an_admin_add_one(
    qtbot: QtBot, store: Store, runner: TaskRunner, accounts: dict[str, Actor], held: list[QWidget]
) -> None:
    refused = WorkersDialog(context(store, accounts["willem"], runner))  # even if opened some other way
    qtbot.addWidget(refused)
    held.append(refused)
    refused.show()
    qtbot.waitUntil(refused.message_label.isVisible, timeout=10_000)
    assert "Alleen een beheerder" in refused.message_label.text()
    assert refused.tree.topLevelItemCount() == 0

    dialog = WorkersDialog(context(store, accounts["ada"], runner))
    qtbot.addWidget(dialog)
    held.append(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.show()
    assert sorted(dialog.usernames()) == ["ada", "anna", "willem"]
    qtbot.mouseClick(dialog.add_button, LEFT)
    new = dialog.new_worker_dialog
    new.name_edit.setText("Karim Benali")
    new.username_edit.setText("karim")
    new.new_edit.setText("kort")
    new.repeat_edit.setText("kort")
    new.buttons.accepted.emit()
    qtbot.waitUntil(new.message_label.isVisible, timeout=10_000)
    assert "minstens 10 tekens" in new.message_label.text()
    new.new_edit.setText("een nieuwe collega erbij")
    new.repeat_edit.setText("een nieuwe collega erbij")
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        new.buttons.accepted.emit()
    assert "karim" in dialog.usernames()
    assert AuthService(store, hasher=CHEAP).authenticate("karim", "een nieuwe collega erbij").worker_id is not None


def test_the_last_admin_is_told_why_they_cannot_deactivate_themselves(
    qtbot: QtBot, store: Store, runner: TaskRunner, accounts: dict[str, Actor], held: list[QWidget]
) -> None:
    dialog = WorkersDialog(context(store, accounts["ada"], runner))
    qtbot.addWidget(dialog)
    held.append(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.show()
    ada = next(i for i in range(dialog.tree.topLevelItemCount()) if dialog.usernames()[i] == "ada")
    dialog.tree.setCurrentItem(cast(QTreeWidgetItem, dialog.tree.topLevelItem(ada)))
    qtbot.mouseClick(dialog.active_button, LEFT)
    qtbot.waitUntil(dialog.message_label.isVisible, timeout=10_000)
    assert "minstens één actieve beheerder" in dialog.message_label.text()
    assert AuthService(store, hasher=CHEAP).authenticate("ada", ADA_PW) == accounts["ada"]


def test_the_login_of_a_database_without_passwords_says_how_to_give_one(
    qtbot: QtBot, ctx: AppContext, runner: TaskRunner, held: list[QWidget]
) -> None:
    assert ctx.store.path is not None
    dialog = login_dialog(ctx.store.path, ctx.store, runner)
    qtbot.addWidget(dialog)
    held.append(dialog)
    notice = dialog.findChild(QLabel, "noPasswordsNotice")
    assert notice is not None
    assert "hubdesk password" in notice.text()


def test_the_idle_time_is_a_setting(
    qtbot: QtBot, qapp: QApplication, store: Store, runner: TaskRunner, accounts: dict[str, Actor], held: list[QWidget]
) -> None:
    desktop = Desktop(qapp, context(store, accounts["anna"], runner), Settings())
    window = desktop.show()
    qtbot.addWidget(window)
    held.append(window)
    assert window.idle_watcher is not None
    assert window.idle_watcher.idle_ms == 5 * 60_000  # the default: five minutes
    dialog = SettingsDialog(desktop.settings, window)
    qtbot.addWidget(dialog)
    held.append(dialog)
    dialog.idle_lock_spin.setValue(2)
    desktop.apply_settings(dialog.result_settings())
    assert window.idle_watcher.idle_ms == 2 * 60_000
    assert load_settings().idle_lock_minutes == 2
