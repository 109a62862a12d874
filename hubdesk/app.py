"""Desktop start-up: translations, the database, first run, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog

from hubdesk import APP_NAME, __version__
from hubdesk.messages import error_text
from hubdesk.models.errors import UserFacingError
from hubdesk.resources import resource_path
from hubdesk.services.backups import ensure_daily_backup
from hubdesk.services.demo import generate_demo
from hubdesk.services.setup import actor_for, initialize, local_hub_id
from hubdesk.services.store import Store, open_store
from hubdesk.settings import Settings, load_settings, save_settings
from hubdesk.views.context import AppContext
from hubdesk.views.diagnostics import GuiThreadGarbageCollector
from hubdesk.views.errors import CrashHandler, show_error, ui_language
from hubdesk.views.first_run import DEMO_ENTREPRENEURS, FirstRunDialog
from hubdesk.views.main_window import MainWindow
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


def _first_run(store: Store) -> bool:
    """Offer demo data or a set-up on an empty database; False when the worker cancels."""
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
            initialize(
                store,
                hub_name=v.hub,
                stadsdeel=v.stadsdeel,
                worker_name=v.worker,
                username=v.username,
                node_name=v.desk,
            )
    except UserFacingError as exc:
        show_error(None, exc)
        return False
    return True


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
        if changed_language:
            install_translators(self._app, settings.language)
            self.show()

    @property
    def ctx(self) -> AppContext:
        return self._ctx

    @Slot(object)
    def _on_window_store_replaced(self, store: Store) -> None:
        """A backup was restored: the screens start again on the reopened database."""
        old = self._ctx
        try:
            self._ctx = AppContext.create(store, actor_for(store), old.runner)
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
    try:
        store = open_store(Path(db))
    except UserFacingError as exc:
        show_error(None, exc)
        return 1
    crash_handler = CrashHandler(app)  # errors nothing caught: logged, and the crash dialog
    crash_handler.install()
    try:
        if local_hub_id(store) is None and not _first_run(store):
            return 0
        actor = actor_for(store)
        collector = GuiThreadGarbageCollector(parent=app)
        runner = TaskRunner()
        ctx = AppContext.create(store, actor, runner)
        desktop = Desktop(app, ctx, settings)
        desktop.show()
        collector.settle()
        _daily_backups(app, desktop)
        code = app.exec()
        runner.shutdown()
        collector.stop()
        desktop.ctx.store.dispose()  # after a restore, another store than the first
        return int(code)
    except UserFacingError as exc:
        show_error(None, exc)
        return 1
    finally:
        crash_handler.uninstall()
        store.dispose()
