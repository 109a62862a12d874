"""The main window: navigation on the left, the chosen section, a status bar."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from hubdesk import __version__
from hubdesk.services.guidance import WORKLIST_LIMIT
from hubdesk.services.roles import Permission
from hubdesk.views.audit_view import AuditLogDialog
from hubdesk.views.context import AppContext
from hubdesk.views.dashboard_view import WARM_DELAY_MS, DashboardView
from hubdesk.views.entrepreneurs import EntrepreneurListView
from hubdesk.views.errors import show_error
from hubdesk.views.events_view import EventsView
from hubdesk.views.import_dialog import ImportDialog
from hubdesk.views.intake_form import IntakeForm
from hubdesk.views.lock_screen import Cover, IdleWatcher, LockScreen
from hubdesk.views.partners import PartnersView
from hubdesk.views.person_file import PersonFileView
from hubdesk.views.procurement_view import ProcurementView
from hubdesk.views.referrals_view import ReferralsView
from hubdesk.views.restore_dialog import RestoreDialog
from hubdesk.views.retention_view import install_retention
from hubdesk.views.routes_editor import RoutesEditorDialog
from hubdesk.views.sync_controller import install_sync
from hubdesk.views.workers_view import ChangePasswordDialog, WorkersDialog
from hubdesk.views.worklist import WorklistView

LOCK_FORM_ROOM = QSize(480, 320)


class MainWindow(QMainWindow):
    """Signals:
    sig_person_opened(uuid.UUID): an entrepreneur's file was asked for.
    sig_settings_requested(): the worker chose File > Settings.
    sig_store_replaced(Store): a backup was restored; the views must start again on this
        reopened store (the one they have is closed).
    sig_user_switched(object): another worker logged in at the lock screen; their
        ``auth.LoginSession`` (the desktop starts the screens again for them).
    """

    sig_person_opened = Signal(object)
    sig_settings_requested = Signal()
    sig_store_replaced = Signal(object)
    sig_user_switched = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("hubdesk – %1").replace("%1", ctx.hub_name))
        self.resize(1200, 760)

        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(180)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget()

        # The Entrepreneurs section has pages of its own: the list, the intake form, a file.
        self.entrepreneurs = EntrepreneurListView(ctx)
        self.intake = IntakeForm(ctx)
        self.person_file = PersonFileView(ctx)
        self.entrepreneur_pages = QStackedWidget()
        self.entrepreneur_pages.addWidget(self.entrepreneurs)
        self.entrepreneur_pages.addWidget(self.intake)
        self.entrepreneur_pages.addWidget(self.person_file)
        self._add_section(self.tr("Entrepreneurs"), self.entrepreneur_pages)
        self.worklist = WorklistView(ctx)
        self._add_section(self.tr("Worklist"), self.worklist)
        self._worklist_shown_once = False
        self.referrals = ReferralsView(ctx)
        self._add_section(self.tr("Referrals"), self.referrals)
        self.partners = PartnersView(ctx)
        self._add_section(self.tr("Partners"), self.partners)
        self.events = EventsView(ctx)
        self._add_section(self.tr("Events"), self.events)
        self.procurement = ProcurementView(ctx)
        self._add_section(self.tr("Social procurement"), self.procurement)
        # Coordinators and admins only: the item shows once the dashboard has read the role.
        # Its stored figures are brought up to date in the background after start-up and syncs.
        self.dashboard = DashboardView(ctx, warm_delay_ms=WARM_DELAY_MS)
        self._add_section(self.tr("Dashboard"), self.dashboard)
        self.nav.item(self.stack.indexOf(self.dashboard)).setHidden(True)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        # The daily retention check: File > Retention and a status-bar notice, for coordinators and admins.
        self.retention = install_retention(self, ctx, self.settings_action)
        self.sync = install_sync(self, ctx)  # the Sync menu, the status bar's sync part, the conflict queue
        self.sync.sig_synced.connect(self.dashboard.on_synced)
        self._connect_signals()
        self.nav.setCurrentRow(0)
        self.entrepreneurs.focus_search()

    def _add_section(self, title: str, widget: QWidget) -> None:
        self.stack.addWidget(widget)
        QListWidgetItem(title, self.nav)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_intake_action = QAction(self.tr("&New intake"), self)
        self.new_intake_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_intake_action.triggered.connect(self.start_intake)
        file_menu.addAction(self.new_intake_action)
        self.find_action = QAction(self.tr("&Find entrepreneur"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.show_list)
        file_menu.addAction(self.find_action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import a spreadsheet…"), self)
        self.import_action.triggered.connect(self._on_import_triggered)
        file_menu.addAction(self.import_action)
        self.restore_action = QAction(self.tr("Restore a &backup…"), self)
        self.restore_action.triggered.connect(self._on_restore_triggered)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        # Coordinators and admins only: enabled once the role is read (the service checks it too).
        self.routes_action = QAction(self.tr("&Routes and kinds of steps…"), self)
        self.routes_action.setEnabled(False)
        self.routes_action.triggered.connect(self._on_routes_triggered)
        file_menu.addAction(self.routes_action)
        self.routes_action.setVisible(self._ctx.may(Permission.CATALOG))  # hub workers do not see it
        self.dashboard_action = QAction(self.tr("Programme &dashboard"), self)
        self.dashboard_action.setEnabled(False)  # enabled by the dashboard's role check
        self.dashboard_action.triggered.connect(self.show_dashboard)
        file_menu.addAction(self.dashboard_action)
        self.audit_action = QAction(self.tr("&Audit log…"), self)
        self.audit_action.setVisible(self._ctx.may(Permission.AUDIT_LOG))  # coordinators and admins
        self.audit_action.triggered.connect(self._on_audit_triggered)
        file_menu.addAction(self.audit_action)
        ctx = self._ctx
        ctx.runner.submit(
            lambda: ctx.catalog.can_edit_catalog(ctx.actor), self.routes_action.setEnabled, owner=self.routes_action
        )
        self._build_account_actions(file_menu)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.sig_settings_requested)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About hubdesk"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        ctx = self._ctx
        bar = self.statusBar()
        self.worker_label = QLabel(self.tr("Worker: %1").replace("%1", ctx.worker_name))
        self.hub_label = QLabel(self.tr("Hub: %1").replace("%1", ctx.hub_name))
        desk = f"{ctx.desk_name} ({str(ctx.store.node_id)[:8]})" if ctx.desk_name else str(ctx.store.node_id)[:8]
        self.node_label = QLabel(self.tr("Desk: %1").replace("%1", desk))
        self.node_label.setToolTip(str(ctx.store.node_id))
        for label in (self.worker_label, self.hub_label, self.node_label):
            bar.addPermanentWidget(label)
        if ctx.sandbox:
            sandbox = QLabel(self.tr("Practice database"))
            sandbox.setObjectName("sandboxLabel")
            sandbox.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 0 6px; }")
            bar.addPermanentWidget(sandbox)

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.entrepreneurs.sig_open_requested.connect(self.open_person)
        self.entrepreneurs.sig_new_intake_requested.connect(self.start_intake)
        self.intake.sig_registered.connect(self._on_intake_registered)
        self.intake.sig_existing_chosen.connect(self._on_intake_existing_chosen)
        self.intake.sig_cancelled.connect(self.show_list)
        self.person_file.sig_closed.connect(self.show_list)
        self.worklist.sig_overdue_count.connect(self._on_worklist_overdue_count)
        self.worklist.sig_open_requested.connect(self.open_person)
        self.referrals.sig_overdue_count.connect(self._on_referrals_overdue_count)
        self.referrals.sig_open_requested.connect(self.open_person)
        self.dashboard.sig_allowed.connect(self._on_dashboard_allowed)
        self._ctx.runner.sig_unhandled_error.connect(self._on_runner_unhandled_error)

    # -- navigation ------------------------------------------------------------------------------
    @Slot()
    def show_list(self) -> None:
        self.nav.setCurrentRow(0)
        self.entrepreneur_pages.setCurrentWidget(self.entrepreneurs)
        self.entrepreneurs.focus_search()

    @Slot()
    def start_intake(self) -> None:
        self.nav.setCurrentRow(0)
        self.intake.reset()
        self.entrepreneur_pages.setCurrentWidget(self.intake)
        self.intake.given_edit.setFocus()

    @Slot()
    def show_dashboard(self) -> None:
        if self.dashboard_action.isEnabled():
            self.nav.setCurrentRow(self.stack.indexOf(self.dashboard))

    @Slot()
    def _on_dashboard_allowed(self) -> None:
        self.nav.item(self.stack.indexOf(self.dashboard)).setHidden(False)
        self.dashboard_action.setEnabled(True)

    @Slot(object)
    def open_person(self, person_id: uuid.UUID) -> None:
        self.nav.setCurrentRow(0)
        self.person_file.open_person(person_id)
        self.entrepreneur_pages.setCurrentWidget(self.person_file)
        self.person_file.setFocus()
        self.sig_person_opened.emit(person_id)

    # -- slots -------------------------------------------------------------------------------------
    @Slot(object)
    def _on_intake_registered(self, person_id: uuid.UUID) -> None:
        self.statusBar().showMessage(self.tr("Registered."), 5000)
        self.open_person(person_id)

    @Slot(object, object)
    def _on_intake_existing_chosen(self, person_id: uuid.UUID, visit: dict[str, Any]) -> None:
        ctx = self._ctx

        def done(changes: Any) -> None:
            ctx.signals.announce(changes)
            self.statusBar().showMessage(self.tr("Visit registered in the existing file."), 5000)
            self.intake.reset()
            self.open_person(person_id)

        ctx.runner.submit(lambda: ctx.intake.register_visit(ctx.actor, person_id, visit), done, owner=self)

    @Slot(int)
    def _on_worklist_overdue_count(self, count: int) -> None:
        item = self.nav.item(self.stack.indexOf(self.worklist))
        shown = f"{count}+" if count >= WORKLIST_LIMIT else str(count)  # the list holds no more than that
        item.setText(self.tr("Worklist (%1 overdue)").replace("%1", shown) if count else self.tr("Worklist"))
        if not self._worklist_shown_once:
            self._worklist_shown_once = True
            if count:  # on opening, what is overdue is the first thing shown
                self.nav.setCurrentRow(self.stack.indexOf(self.worklist))

    @Slot(int)
    def _on_referrals_overdue_count(self, count: int) -> None:
        item = self.nav.item(self.stack.indexOf(self.referrals))
        item.setText(self.tr("Referrals (%1 overdue)").replace("%1", str(count)) if count else self.tr("Referrals"))
        item.setToolTip(self.tr("Referrals whose feedback is overdue: %1").replace("%1", str(count)) if count else "")

    @Slot(object)
    def _on_runner_unhandled_error(self, error: BaseException) -> None:
        show_error(self, error)

    @Slot()
    def _on_routes_triggered(self) -> None:
        self.routes_editor = RoutesEditorDialog(self._ctx, self)
        self.routes_editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.routes_editor.open()

    @Slot()
    def _on_audit_triggered(self) -> None:
        self.audit_dialog = AuditLogDialog(self._ctx, self)
        self.audit_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.audit_dialog.open()

    # -- accounts, the lock screen and switching user ------------------------------------------------
    def _build_account_actions(self, file_menu: QMenu) -> None:
        file_menu.addSeparator()
        self.workers_action = QAction(self.tr("&Workers…"), self)
        self.workers_action.setVisible(self._ctx.may(Permission.WORKERS))  # admins only
        self.workers_action.triggered.connect(self._on_workers_triggered)
        file_menu.addAction(self.workers_action)
        self.change_password_action = QAction(self.tr("C&hange my password…"), self)
        self.change_password_action.triggered.connect(self._on_change_password_triggered)
        file_menu.addAction(self.change_password_action)
        self.lock_action = QAction(self.tr("&Lock the screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        self.switch_user_action = QAction(self.tr("S&witch user…"), self)
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_user_action.triggered.connect(self._on_switch_user_triggered)
        file_menu.addAction(self.switch_user_action)
        file_menu.addSeparator()
        self.lock_screen: LockScreen | None = None
        self._host_size: QSize | None = None
        self._covers: list[Cover] = []
        self._disabled_actions: list[QAction] = []
        self.idle_watcher: IdleWatcher | None = None

    def set_idle_lock_ms(self, idle_ms: int) -> None:
        """Lock after ``idle_ms`` without keyboard or mouse input (0: never)."""
        if self.idle_watcher is None:
            self.idle_watcher = IdleWatcher(idle_ms, self)
            self.idle_watcher.sig_idle.connect(self.lock)
        else:
            self.idle_watcher.set_idle_ms(idle_ms)

    @property
    def locked(self) -> bool:
        return self.lock_screen is not None

    @Slot()
    def lock(self, switching: bool = False) -> None:
        """Cover the window (and any open dialog) so that no personal data shows; the
        form to unlock goes on the dialog in front, if one is modal, else on the window."""
        if self.lock_screen is not None:
            self.lock_screen.set_switching(switching)
            return
        if self.idle_watcher is not None:
            self.idle_watcher.pause()
        modal = QApplication.activeModalWidget()
        host: QWidget = modal if modal is not None and modal is not self else self
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not host and (widget is self or widget.parent() is not None):
                self._covers.append(Cover(widget))
        central = self.centralWidget()
        if central is not None:
            central.hide()  # also for screen readers; the cover hides it from the eye
        self.statusBar().hide()
        self._disabled_actions = [a for a in self.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled_actions:
            action.setEnabled(False)
        self._host_size = None
        if host is not self:  # a dialog in front takes the form: room enough for it
            self._host_size = host.size()
            host.resize(max(host.width(), LOCK_FORM_ROOM.width()), max(host.height(), LOCK_FORM_ROOM.height()))
        self.lock_screen = LockScreen(host, self._ctx, switching=switching)
        self.lock_screen.sig_unlocked.connect(self.unlock)
        self.lock_screen.sig_switched.connect(self._on_lock_screen_switched)
        self.lock_screen.form.focus_first_empty()

    @Slot()
    def unlock(self) -> None:
        if self.lock_screen is None:
            return
        host = self.lock_screen.parentWidget()
        self.lock_screen.hide()
        self.lock_screen.deleteLater()
        self.lock_screen = None
        if self._host_size is not None and host is not None:
            host.resize(self._host_size)
            self._host_size = None
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers = []
        for action in self._disabled_actions:
            action.setEnabled(True)
        self._disabled_actions = []
        central = self.centralWidget()
        if central is not None:
            central.show()
        self.statusBar().show()
        if self.idle_watcher is not None:
            self.idle_watcher.resume()

    @Slot(object)
    def _on_lock_screen_switched(self, session: Any) -> None:
        # Another worker: the dialogs of this one close (unsaved input in them is theirs),
        # then the desktop builds the screens again for the new worker.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QTimer.singleShot(0, lambda: self.sig_user_switched.emit(session))

    @Slot()
    def _on_switch_user_triggered(self) -> None:
        self.lock(switching=True)

    @Slot()
    def _on_workers_triggered(self) -> None:
        self.workers_dialog = WorkersDialog(self._ctx, self)
        self.workers_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workers_dialog.open()

    @Slot()
    def _on_change_password_triggered(self) -> None:
        self.change_password_dialog = ChangePasswordDialog(self._ctx, self)
        self.change_password_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.change_password_dialog.sig_done.connect(self._on_password_changed)
        self.change_password_dialog.open()

    @Slot()
    def _on_password_changed(self) -> None:
        self.statusBar().showMessage(self.tr("Your password was changed."), 5000)

    def show_restored(self) -> None:
        self.statusBar().showMessage(self.tr("The backup was restored."), 10_000)

    def show_backup_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("The daily backup failed: %1").replace("%1", reason), 30_000)

    @Slot()
    def _on_import_triggered(self) -> None:
        self.import_dialog = ImportDialog(self._ctx, self)
        self.import_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog.sig_imported.connect(self._on_import_dialog_imported)
        self.import_dialog.open()

    @Slot(object)
    def _on_import_dialog_imported(self, report: Any) -> None:
        self.statusBar().showMessage(self.tr("Imported %n entrepreneur(s).", "", report.new), 5000)

    @Slot()
    def _on_restore_triggered(self) -> None:
        self.restore_dialog = RestoreDialog(self._ctx, self)
        self.restore_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.restore_dialog.sig_restored.connect(self.sig_store_replaced)
        self.restore_dialog.open()

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About hubdesk"),
            self.tr("hubdesk %1\nThe intake desk of Haarlem's city hubs.").replace("%1", __version__),
        )
