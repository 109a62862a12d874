"""The main window: navigation on the left, the chosen section, a status bar."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Signal, Slot
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
from hubdesk.views.context import AppContext
from hubdesk.views.entrepreneurs import EntrepreneurListView
from hubdesk.views.errors import show_error


class MainWindow(QMainWindow):
    """Signals:
    sig_person_opened(uuid.UUID): an entrepreneur's file was asked for.
    """

    sig_person_opened = Signal(object)

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
        self.entrepreneurs = EntrepreneurListView(ctx)
        self._add_section(self.tr("Entrepreneurs"), self.entrepreneurs)

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
        self.node_label = QLabel(self.tr("Desk: %1").replace("%1", str(ctx.store.node_id)[:8]))
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
        self.entrepreneurs.sig_open_requested.connect(self._on_entrepreneurs_open_requested)
        self._ctx.runner.sig_unhandled_error.connect(self._on_runner_unhandled_error)

    @Slot(object)
    def _on_entrepreneurs_open_requested(self, person_id: uuid.UUID) -> None:
        self.sig_person_opened.emit(person_id)

    @Slot(object)
    def _on_runner_unhandled_error(self, error: BaseException) -> None:
        show_error(self, error)

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About hubdesk"),
            self.tr("hubdesk %1\nThe intake desk of Haarlem's city hubs.").replace("%1", __version__),
        )
