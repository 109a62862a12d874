"""The main window: navigation on the left, the chosen section, a status bar."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from hubdesk import __version__
from hubdesk.services.guidance import WORKLIST_LIMIT
from hubdesk.views.context import AppContext
from hubdesk.views.entrepreneurs import EntrepreneurListView
from hubdesk.views.errors import show_error
from hubdesk.views.import_dialog import ImportDialog
from hubdesk.views.intake_form import IntakeForm
from hubdesk.views.partners import PartnersView
from hubdesk.views.person_file import PersonFileView
from hubdesk.views.referrals_view import ReferralsView
from hubdesk.views.restore_dialog import RestoreDialog
from hubdesk.views.routes_editor import RoutesEditorDialog
from hubdesk.views.worklist import WorklistView


class MainWindow(QMainWindow):
    """Signals:
    sig_person_opened(uuid.UUID): an entrepreneur's file was asked for.
    sig_settings_requested(): the worker chose File > Settings.
    sig_store_replaced(Store): a backup was restored; the views must start again on this
        reopened store (the one they have is closed).
    """

    sig_person_opened = Signal(object)
    sig_settings_requested = Signal()
    sig_store_replaced = Signal(object)

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

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
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
        ctx = self._ctx
        ctx.runner.submit(
            lambda: ctx.guidance.can_edit_catalog(ctx.actor), self.routes_action.setEnabled, owner=self.routes_action
        )
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
