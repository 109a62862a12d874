"""Desktop start-up: translations, the database, first run, the main window."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog

from hubdesk import APP_NAME, __version__
from hubdesk.messages import error_text
from hubdesk.models.errors import UserFacingError
from hubdesk.resources import resource_path
from hubdesk.services.auth import AuthService, LoginSession
from hubdesk.services.backups import ensure_daily_backup
from hubdesk.services.demo import generate_demo
from hubdesk.services.encrypting import encrypt_database
from hubdesk.services.encryption import is_encrypted
from hubdesk.services.session_info import desk_hub_name
from hubdesk.services.setup import actor_for, initialize, local_hub_id
from hubdesk.services.store import Actor, Store, open_store
from hubdesk.services.unlocking import open_and_log_in
from hubdesk.settings import Settings, load_settings, save_settings
from hubdesk.views.context import AppContext
from hubdesk.views.diagnostics import GuiThreadGarbageCollector
from hubdesk.views.errors import CrashHandler, show_error, ui_language
from hubdesk.views.first_run import DEMO_ENTREPRENEURS, FirstRunDialog
from hubdesk.views.login_dialog import LoginDialog
from hubdesk.views.main_window import MainWindow
from hubdesk.views.recovery_key_dialog import RecoveryKeyDialog
from hubdesk.views.settings_dialog import SettingsDialog
from hubdesk.views.tasks import TaskRunner

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Dutch by default; English is the source language of the interface texts.

    Replaces translators installed earlier, so the language can change at run time.
    """
    for old in app.findChildren(QTranslator, "hubdesk-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    app.setProperty("hubdesk_language", lang)
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English, QLocale.Country.Netherlands)
    )
    if lang == "en":
        return
    ours = QTranslator(app)
    ours.setObjectName("hubdesk-translator")
    if ours.load(str(resource_path("i18n", f"hubdesk_{lang}.qm"))):
        app.installTranslator(ours)
    else:
        log.warning("no compiled translation for %s; run `make qm`", lang)
    qt = QTranslator(app)
    qt.setObjectName("hubdesk-translator")
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def _encrypt_new_installation(store: Store, username: str, password: str, hub: str) -> Store:
    """Convert the just set-up database to an encrypted one (services/encrypting.py), show the
    recovery key once, and return the store opened with the key (``store`` is closed)."""
    assert store.path is not None
    store.dispose()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = encrypt_database(store.path, username, password, check_account=False)
    finally:
        QApplication.restoreOverrideCursor()
    opened = open_store(store.path, clock=store.clock, key=result.key)
    RecoveryKeyDialog(result.recovery.text, hub).exec()
    return opened


def _first_run(store: Store) -> Actor | bool | tuple[Store, Actor]:
    """Offer demo data or a set-up on an empty database; False when the worker cancels.

    After a set-up, the first worker (who just chose their password) is the actor; after
    loading demo data, True: the login follows (it shows the demo password).
    """
    dialog = FirstRunDialog()
    if not dialog.exec():
        return False
    try:
        if dialog.choice == "demo":
            progress = QProgressDialog(dialog.tr("Loading demo data…"), "", 0, DEMO_ENTREPRENEURS)
            progress.setCancelButton(None)
            progress.setMinimumDuration(0)
            generate_demo(store, DEMO_ENTREPRENEURS, progress=progress.setValue)
            progress.close()
        else:
            v = dialog.setup_values()
            actor = initialize(
                store,
                hub_name=v.hub,
                stadsdeel=v.stadsdeel,
                worker_name=v.worker,
                username=v.username,
                node_name=v.desk,
                password=v.password,
            )
            if v.encrypt and store.path is not None:  # recommended, and checked by default
                return _encrypt_new_installation(store, v.username, v.password, v.hub), actor
            return actor
    except UserFacingError as exc:
        show_error(None, exc)
        return False
    return True


AUTOLOGIN_ENV = "HUBDESK_AUTOLOGIN"
"""A user name to start as without the login, honoured in a practice (demo) database only:
for trying the demo, the screenshot tool and tests. A real database always asks."""


def login_dialog(db: Path, store: Store | None, runner: TaskRunner) -> LoginDialog:
    """The login at start. ``store`` is None for an encrypted database: the login opens it."""
    hub, sandbox, users, no_passwords = "", False, [], False
    if store is not None:
        auth = AuthService(store)
        sandbox = auth.sandbox()
        users = auth.sandbox_usernames()
        no_passwords = not auth.anyone_can_log_in()
        with contextlib.suppress(UserFacingError):
            hub = desk_hub_name(store)
    return LoginDialog(
        lambda username, password: open_and_log_in(db, username, password, store=store),
        runner,
        hub_name=hub,
        sandbox=sandbox,
        demo_users=users,
        username=users[0] if users else "",
        no_passwords=no_passwords,
    )


def log_in(db: Path, store: Store | None, runner: TaskRunner) -> tuple[Store, Actor] | None:
    """Who works at the desk: the login dialog (None when they quit), or in a practice
    database the worker named by :data:`AUTOLOGIN_ENV`."""
    auto = os.environ.get(AUTOLOGIN_ENV, "").strip()
    if auto and store is not None:
        actor = AuthService(store).sandbox_actor(auto)
        if actor is not None:
            return store, actor
        log.warning("%s ignored: not a practice database, or no such worker", AUTOLOGIN_ENV)
    dialog = login_dialog(db, store, runner)
    if not dialog.exec():
        return None
    opened, session = dialog.result_value
    return opened, session.actor


class Desktop(QObject):
    """Owns the main window; rebuilds it when the language changes, and on a new
    context when a restored backup replaced the database."""

    def __init__(self, app: QApplication, ctx: AppContext, settings: Settings) -> None:
        super().__init__()
        self._app = app
        self._ctx = ctx
        self.settings = settings
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        old = self.window
        window = MainWindow(self._ctx)
        window.sig_settings_requested.connect(self._on_window_settings_requested)
        window.sig_store_replaced.connect(self._on_window_store_replaced)
        window.sig_user_switched.connect(self._on_window_user_switched)
        window.set_idle_lock_ms(self.settings.idle_lock_minutes * 60_000)
        if old is not None:
            window.setGeometry(old.geometry())
            old.hide()
            old.deleteLater()
        else:
            screen = self._app.primaryScreen()
            if screen is not None:  # without a window manager, maximising alone does not resize
                window.setGeometry(screen.availableGeometry())
        self.window = window
        window.showMaximized()
        return window

    def apply_settings(self, settings: Settings) -> None:
        changed_language = settings.language != self.settings.language
        # The import dialog remembers column mappings in the file meanwhile: keep them.
        settings = settings.model_copy(update={"import_mappings": load_settings().import_mappings})
        save_settings(settings)
        self.settings = settings
        if self.window is not None:
            self.window.sync.apply_settings(settings)
        if self.window is not None:
            self.window.set_idle_lock_ms(settings.idle_lock_minutes * 60_000)
        if changed_language:
            install_translators(self._app, settings.language)
            self.show()

    @property
    def ctx(self) -> AppContext:
        return self._ctx

    @Slot(object)
    def _on_window_user_switched(self, session: LoginSession) -> None:
        """Another worker logged in at the lock screen: the screens start again as them."""
        self._ctx = AppContext.create(self._ctx.store, session.actor, self._ctx.runner, self._ctx.background)
        self.show()

    @Slot(object)
    def _on_window_store_replaced(self, store: Store) -> None:
        """A backup was restored: the screens start again on the reopened database, for
        the same worker if the backup knows them."""
        old = self._ctx
        try:
            actor = old.actor if AuthService(store).permissions(old.actor) else actor_for(store)
            self._ctx = AppContext.create(store, actor, old.runner, old.background)
        except UserFacingError as exc:  # e.g. a backup from before this desk was set up: start anew
            show_error(self.window, exc)
            store.dispose()
            self._app.quit()
            return
        self.show().show_restored()
        old.runner.submit(old.store.dispose)  # after whatever the old screens still had queued

    @Slot()
    def _on_window_settings_requested(self) -> None:
        dialog = SettingsDialog(self.settings, self.window)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())


DAILY_BACKUP_CHECK_MS = 3_600_000


def _daily_backups(app: QApplication, desktop: Desktop) -> None:
    """Today's backup now (on the database thread), and again on the first hour of a new day."""

    def check() -> None:
        ctx = desktop.ctx
        ctx.runner.submit(lambda: ensure_daily_backup(ctx.store), on_failure=failed)

    def failed(error: BaseException) -> None:
        log.warning("daily backup failed: %s", error)
        if desktop.window is not None:
            text = error_text(error, ui_language()) if isinstance(error, UserFacingError) else str(error)
            desktop.window.show_backup_failed(text)

    timer = QTimer(app)
    timer.setInterval(DAILY_BACKUP_CHECK_MS)
    timer.timeout.connect(check)
    timer.start()
    check()


def run_app(db: str, lang: str | None = None, argv: list[str] | None = None) -> int:
    """Start the desktop on ``db``; ``lang`` overrides the language in the settings."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Gemeente Haarlem")
    app.setStyle("Fusion")  # the same look on every desk PC
    app.setWindowIcon(QIcon(str(resource_path("icons", "hubdesk.png"))))
    app.setDesktopFileName("hubdesk")  # matches packaging/linux/hubdesk.desktop
    settings = load_settings()
    if lang is not None:
        settings = settings.model_copy(update={"language": lang})
    install_translators(app, settings.language)
    path = Path(db)
    store: Store | None = None
    try:
        if "://" in db or not is_encrypted(path):  # an encrypted one is opened by the login
            store = open_store(path)
    except UserFacingError as exc:
        show_error(None, exc)
        return 1
    crash_handler = CrashHandler(app)  # errors nothing caught: logged, and the crash dialog
    crash_handler.install()
    try:
        first: Actor | bool = True
        if store is not None and local_hub_id(store) is None:
            chosen = _first_run(store)
            if chosen is False:
                return 0
            if isinstance(chosen, tuple):  # set up encrypted: the store was converted and reopened
                store, chosen = chosen
            first = chosen
        collector = GuiThreadGarbageCollector(parent=app)
        runner = TaskRunner()
        if isinstance(first, Actor) and store is not None:
            actor = first  # they chose their password a moment ago
        else:
            logged_in = log_in(path, store, runner)
            if logged_in is None:
                runner.shutdown()
                return 0
            store, actor = logged_in
        background = TaskRunner(name="hubdesk-db-background")
        ctx = AppContext.create(store, actor, runner, background)
        desktop = Desktop(app, ctx, settings)
        desktop.show()
        collector.settle()
        desktop.ctx.store.read_ahead()  # big databases: the disk fetches the file meanwhile
        _daily_backups(app, desktop)
        code = app.exec()
        background.shutdown()
        runner.shutdown()
        collector.stop()
        desktop.ctx.store.dispose()  # after a restore, another store than the first
        return int(code)
    except UserFacingError as exc:
        show_error(None, exc)
        return 1
    finally:
        crash_handler.uninstall()
        if store is not None:
            store.dispose()
