"""Exchange-folder sync at the desk: in the background, on "Sync now", and in the status bar.

:class:`SyncController` runs :meth:`hubdesk.sync.service.SyncService.sync` on the task
runner (the database thread), every ``sync_interval_min`` minutes and when asked, never
two at once. A folder that is missing, read-only or full never stops work and never
opens a dialog: the status bar says so, and the next run tries again. A practice
database, a desk that is not a node, or no exchange folder chosen: the status bar says
why sync is off, and nothing is tried.

:func:`install_sync` adds it to the main window: a "Sync" menu and the status widget.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QElapsedTimer, QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget

from hubdesk.messages import error_text, message
from hubdesk.models.errors import UserFacingError
from hubdesk.services.readmodels import Changes
from hubdesk.settings import Settings, load_settings
from hubdesk.sync.desk import SyncStatus, sync_status
from hubdesk.sync.exchange import Exchange
from hubdesk.sync.service import Problem, SyncReport, SyncService
from hubdesk.views.conflicts_view import ConflictsDialog
from hubdesk.views.context import AppContext
from hubdesk.views.errors import ui_language

log = logging.getLogger(__name__)

# How long after a local change the "not sent yet" count is read again (changes come in bursts).
STATUS_REFRESH_DELAY_MS = 1500
WARNING_STYLE = "QLabel { background: #fff3cd; color: #664d03; padding: 0 6px; }"
OFF_STYLE = "QLabel { color: #6c757d; }"


def _local_time(moment: dt.datetime) -> str:
    """Today: the time; another day: date and time (short, in the interface's language)."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    locale = QLocale()
    if local.date() == QDateTime.currentDateTime().date():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


class SyncStatusWidget(QWidget):
    """The permanent part of the status bar: last sync, changes to send, conflicts; and a
    warning label for the folder's problems (``warning_label``, placed by its user).

    Signals: sig_conflicts_requested(): the conflict count was clicked.
    """

    sig_conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("syncWarning")
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setVisible(False)
        self.state_label = QLabel()
        self.pending_label = QLabel()
        self.conflicts_button = QToolButton()
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.setStyleSheet("QToolButton { color: #842029; font-weight: bold; }")
        self.conflicts_button.setToolTip(self.tr("Open the conflict queue"))
        self.conflicts_button.clicked.connect(self.sig_conflicts_requested)
        self.conflicts_button.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for w in (self.state_label, self.pending_label, self.conflicts_button):
            layout.addWidget(w)
        # The warning is placed on its own where there is room (see install_sync); here it is not laid out.

    def show_state(self, text: str, tooltip: str = "", off: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setToolTip(tooltip)
        self.state_label.setStyleSheet(OFF_STYLE if off else "")

    def show_counts(self, pending: int | None, conflicts: int) -> None:
        if pending is None:
            self.pending_label.setVisible(False)
        else:
            self.pending_label.setVisible(True)
            self.pending_label.setText(
                self.tr("%n change(s) to send", "", pending) if pending else self.tr("Nothing to send")
            )
        self.conflicts_button.setVisible(conflicts > 0)
        self.conflicts_button.setText(self.tr("%n conflict(s) to review", "", conflicts))

    def show_warning(self, text: str, tooltip: str = "") -> None:
        self.warning_label.setText(text)
        self.warning_label.setToolTip(tooltip)
        self.warning_label.setVisible(bool(text))


class SyncController(QObject):
    """Runs sync for one window's context; see the module docstring.

    Signals:
    sig_synced(SyncReport): a sync run ended (also one that found the folder unusable).
    sig_conflicts_changed(int): the number of open conflicts, after each status read.
    sig_monitoring_written(int): the monitoring export after a sync is done (files written;
        0 when it was written less than a day ago or the sync had problems).
    """

    sig_synced = Signal(object)
    sig_conflicts_changed = Signal(int)
    sig_monitoring_written = Signal(int)

    # The first background run after the desk opens (when an interval is set).
    STARTUP_DELAY_MS = 5_000
    # How long the exchange folder may take to answer before this run counts it unreachable.
    PROBE_TIMEOUT_MS = 8_000

    def __init__(self, ctx: AppContext, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._settings = settings
        self.widget = SyncStatusWidget()
        self.running = False
        self.off: str | None = None  # a sync.* code: this installation cannot sync
        self.status: SyncStatus | None = None
        self.last_success: dt.datetime | None = None
        self.last_report: SyncReport | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("syncTimer")
        self.timer.timeout.connect(self._on_timer_timeout)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_REFRESH_DELAY_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.sync_action.setToolTip(self.tr("Exchange changes with the other desks now (F9)"))
        self.sync_action.triggered.connect(self.sync_now)
        self.conflicts_action = QAction(self.tr("Sync &conflicts…"), self)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.widget.sig_conflicts_requested.connect(self.open_conflicts)
        self.conflicts_dialog: ConflictsDialog | None = None
        self._probe: tuple[Future[None], Path] | None = None
        self._probe_clock = QElapsedTimer()
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(50)
        self._probe_timer.timeout.connect(self._on_probe_timer_timeout)
        ctx.signals.sig_data_changed.connect(self._on_data_changed)
        self.widget.show_state(self.tr("Sync: reading status…"))
        self.widget.show_counts(None, 0)
        self._apply_timer()
        self.refresh_status()

    @Slot()
    def open_conflicts(self) -> ConflictsDialog:
        """Show the conflict queue (one window, reused), read afresh."""
        if self.conflicts_dialog is None:
            parent = self.parent()
            dialog = ConflictsDialog(self._ctx, parent if isinstance(parent, QWidget) else None)
            dialog.sig_resolved.connect(self.refresh_status)
            self.sig_synced.connect(dialog.reload)
            self.conflicts_dialog = dialog
        if self.conflicts_dialog.isVisible():
            self.conflicts_dialog.raise_()
            self.conflicts_dialog.activateWindow()
        else:
            self.conflicts_dialog.show()
        self.conflicts_dialog.reload()
        return self.conflicts_dialog

    # -- settings ----------------------------------------------------------------------------------
    @property
    def folder(self) -> Path | None:
        text = self._settings.exchange_folder.strip()
        return Path(text) if text else None

    def apply_settings(self, settings: Settings) -> None:
        """New settings: a new folder or interval counts from now."""
        self._settings = settings
        self._apply_timer()
        self._show_idle()

    def _apply_timer(self, first_in_ms: int | None = None) -> None:
        """Background runs every ``sync_interval_min`` minutes (the first after ``first_in_ms``),
        once the status was read and sync is possible."""
        minutes = self._settings.sync_interval_min
        if minutes > 0 and self.folder is not None and self.off is None and self.status is not None:
            self.timer.start(first_in_ms if first_in_ms is not None else minutes * 60_000)
        else:
            self.timer.stop()

    # -- running -----------------------------------------------------------------------------------
    @Slot()
    def sync_now(self) -> bool:
        """Start a sync on the database thread; False (and the reason shown) when none starts."""
        if self.running:
            return False
        if self.off is not None:
            self._show_off()
            return False
        folder = self.folder
        if folder is None:
            self._show_idle()
            return False
        self.running = True
        self.sync_action.setEnabled(False)
        self.widget.show_state(self.tr("Syncing…"))
        self._start_probe(folder)
        return True

    def _start_probe(self, folder: Path) -> None:
        """Look at the folder on a thread of its own first: a share that does not answer
        (a dropped network, a sleeping NAS) may block a file call for half a minute or
        more, and on the database thread that would hold up every screen of the desk."""
        future: Future[None] = Future()

        def probe() -> None:
            try:
                Exchange(folder).check()
            except BaseException as exc:  # handed to the GUI thread
                future.set_exception(exc)
            else:
                future.set_result(None)

        threading.Thread(target=probe, name="hubdesk-exchange-probe", daemon=True).start()
        self._probe = (future, folder)
        self._probe_clock.start()
        self._probe_timer.start()

    @Slot()
    def _on_probe_timer_timeout(self) -> None:
        if self._probe is None:
            self._probe_timer.stop()
            return
        future, folder = self._probe
        problem: UserFacingError | None = None
        if not future.done():
            if self._probe_clock.elapsed() < self.PROBE_TIMEOUT_MS:
                return
            problem = UserFacingError(
                "sync.exchange_unreachable", path=str(folder), reason=f"> {self.PROBE_TIMEOUT_MS // 1000} s"
            )
        elif (error := future.exception()) is not None:
            problem = (
                error
                if isinstance(error, UserFacingError)
                else UserFacingError("sync.exchange_unreachable", path=str(folder), reason=str(error))
            )
        self._probe_timer.stop()
        self._probe = None
        if problem is not None:  # nothing reaches the database thread: the desk goes on as it was
            self._finish(SyncReport(problems=[Problem.of(problem)]), None)
            return
        store = self._ctx.store

        def work() -> tuple[SyncReport, SyncStatus]:
            report = SyncService(store, monitoring=False).sync(folder)
            return report, sync_status(store)

        def monitoring(report: SyncReport) -> SyncReport:
            SyncService(store).write_monitoring(folder, report)
            return report

        def done(result: tuple[SyncReport, SyncStatus]) -> None:
            self._on_sync_done(result)
            # The municipality's export (at most daily) on the background database thread:
            # its indicators take seconds on a large database, which the desk should not wait for.
            self._ctx.slow_runner.submit(
                lambda: monitoring(result[0]), self._on_monitoring_done, self._on_monitoring_failed, owner=self
            )

        self._ctx.runner.submit(work, done, self._on_sync_failed, owner=self)

    @Slot()
    def refresh_status(self) -> None:
        store = self._ctx.store
        self._ctx.runner.submit(lambda: sync_status(store), self._on_status_read, self._on_status_failed, owner=self)

    def _on_sync_done(self, result: tuple[SyncReport, SyncStatus]) -> None:
        self._finish(*result)

    def _on_monitoring_done(self, report: SyncReport) -> None:
        if report.monitoring_problem is not None:
            log.warning("monitoring export: %s %s", report.monitoring_problem.code, report.monitoring_problem.params)
        self.sig_monitoring_written.emit(report.monitoring_files)

    def _on_monitoring_failed(self, error: BaseException) -> None:
        log.error("monitoring export failed: %s", error)

    def _finish(self, report: SyncReport, status: SyncStatus | None) -> None:
        self.running = False
        self.sync_action.setEnabled(True)
        self.last_report = report
        folder_problems = [p for p in report.problems if p.code.startswith("sync.exchange_")]
        if not report.problems:
            self.last_success = self._ctx.store.clock()
            self.widget.show_warning("")
        elif folder_problems:
            self._show_folder_problem(folder_problems[0].error())
        else:
            self._show_folder_problem(report.problems[0].error())
        if report.refused:
            lang = ui_language()
            self.widget.show_warning(
                self.tr("%n package(s) refused – point here to see why", "", len(report.refused)),
                "\n".join(error_text(p.error(), lang) for p in report.refused),
            )
        if report.changes:
            self._ctx.signals.announce(report.changes)
        if status is not None:
            self._on_status_read(status)
        else:
            self._show_idle()
        self.sig_synced.emit(report)

    def _on_sync_failed(self, error: BaseException) -> None:
        """Only "cannot sync at all" (sandbox, not a node, no key) or the database itself: never a dialog."""
        self.running = False
        self.sync_action.setEnabled(True)
        if isinstance(error, UserFacingError) and error.code.startswith("sync."):
            self.off = error.code
            self._apply_timer()
            self._show_off()
            return
        log.warning("sync failed: %r", error)
        text = error_text(error, ui_language()) if isinstance(error, UserFacingError) else str(error)
        self.widget.show_warning(self.tr("Sync did not finish; you can keep working."), text)
        self._show_idle()

    def _on_status_read(self, status: SyncStatus) -> None:
        first = self.status is None
        self.status = status
        was_off = self.off
        self.off = status.off
        if first:  # the desk has just opened: catch up soon, then every interval
            self._apply_timer(self.STARTUP_DELAY_MS)
        elif was_off != self.off:
            self._apply_timer()
        can_send = self.off in (None, "sync.key_missing")
        self.widget.show_counts(status.pending if can_send else None, status.open_conflicts)
        if not self.running:
            self._show_idle()
        self.sig_conflicts_changed.emit(status.open_conflicts)

    def _on_status_failed(self, error: BaseException) -> None:
        log.warning("sync status not read: %r", error)

    def _on_data_changed(self, _changes: Changes) -> None:
        if not self.running:
            self._status_timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        every = self._settings.sync_interval_min * 60_000
        if every and self.timer.interval() != every:  # after the first run at start-up
            self.timer.setInterval(every)
        self.sync_now()

    # -- what the status bar says ------------------------------------------------------------------
    def _show_off(self) -> None:
        assert self.off is not None
        reason = message(self.off, {"path": ""}, ui_language())
        short = {
            "sync.sandbox": self.tr("Sync off: practice database"),
            "sync.not_set_up": self.tr("Sync off: this desk is not a node yet"),
        }.get(self.off, self.tr("Sync off: the programme key is missing"))
        self.widget.show_state(short, reason, off=True)
        self.widget.show_warning("")

    def _show_idle(self) -> None:
        if self.off is not None:
            self._show_off()
            return
        if self.folder is None:
            self.widget.show_state(
                self.tr("Sync off: no exchange folder"),
                self.tr("Choose the exchange folder in File > Settings."),
                off=True,
            )
            return
        last = self.last_success or (self.status.last_exchange if self.status else None)
        text = self.tr("Last sync: %1").replace("%1", _local_time(last)) if last else self.tr("Not synced yet")
        minutes = self._settings.sync_interval_min
        tip = (
            self.tr("Syncs every %n minute(s) with %1; F9 syncs now.", "", minutes)
            if minutes
            else self.tr("Syncs with %1 only when you choose Sync now (F9).")
        ).replace("%1", str(self.folder))
        self.widget.show_state(text, tip)

    def _show_folder_problem(self, error: UserFacingError) -> None:
        minutes = self._settings.sync_interval_min
        later = self.tr("next try in %1 min").replace("%1", str(minutes)) if minutes else self.tr("try F9 later")
        text = {
            "sync.exchange_missing": self.tr("Exchange folder not reachable"),
            "sync.exchange_read_only": self.tr("Exchange folder is read-only"),
            "sync.exchange_full": self.tr("Exchange folder is full"),
            "sync.exchange_unreachable": self.tr("Exchange folder does not answer"),
        }.get(error.code, self.tr("Exchange folder problem"))
        self.widget.show_warning(
            self.tr("%1 – keep working; %2.").replace("%1", text).replace("%2", later),
            error_text(error, ui_language()),
        )


def _help_menu_action(window: QMainWindow) -> Any:
    """The Help menu's action, so that the Sync menu goes before it (None: append)."""
    help_title = QCoreApplication.translate("MainWindow", "&Help")
    for action in window.menuBar().actions():
        if action.text() == help_title:
            return action
    return None


def install_sync(window: QMainWindow, ctx: AppContext, settings: Settings | None = None) -> SyncController:
    """Add sync to ``window``: the controller, a "Sync" menu and the status widget.

    The conflict queue opens from the menu and from the status bar's conflict count.
    """
    controller = SyncController(ctx, settings if settings is not None else load_settings(), window)
    menu = window.menuBar().addMenu(QCoreApplication.translate("SyncController", "S&ync"))
    before = _help_menu_action(window)
    if before is not None:
        window.menuBar().insertMenu(before, menu)
    menu.addAction(controller.sync_action)
    menu.addAction(controller.conflicts_action)
    window.statusBar().addWidget(controller.widget.warning_label, 1)  # left, where there is room
    window.statusBar().addPermanentWidget(controller.widget)
    return controller
