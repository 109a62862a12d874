"""Retention: the daily check's notice for coordinators, and the screen where they look at
the records past their term, delete a selection and set the hub's term.

Hub workers get neither: the check answers "not for you" (``None``) and nothing shows.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.errors import UserFacingError
from hubdesk.services.retention import (
    TERM_MAX,
    TERM_MIN,
    DeletionReport,
    DueRecord,
    RetentionOverview,
    RetentionService,
)
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.rows_model import RowsModel

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 3_600_000
"""The check runs at start-up and again on the first hourly tick of a new day."""
NOTICE_STYLE = "QPushButton { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 1px 8px; }"
ERROR_STYLE = "QLabel { color: #b02a37; }"


def _date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


class DueTableModel(RowsModel[DueRecord]):
    """The persons due, each with a check box (the selection to delete)."""

    COL_NAME, COL_LAST_CONTACT, COL_DUE = range(3)
    sig_checked_changed = Signal(int)

    HEADERS = (
        QT_TRANSLATE_NOOP("DueTableModel", "Entrepreneur"),
        QT_TRANSLATE_NOOP("DueTableModel", "Last contact"),
        QT_TRANSLATE_NOOP("DueTableModel", "Due since"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: set[uuid.UUID] = set()

    def set_rows(self, rows: Sequence[DueRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked &= {r.person_id for r in self._rows}
        self.endResetModel()
        self.sig_checked_changed.emit(len(self._checked))

    def rows(self) -> list[DueRecord]:
        return list(self._rows)

    def checked(self) -> list[uuid.UUID]:
        return [r.person_id for r in self._rows if r.person_id in self._checked]

    def check_all(self, on: bool) -> None:
        self._checked = {r.person_id for r in self._rows} if on else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.sig_checked_changed.emit(len(self._checked))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.COL_NAME:
            return Qt.CheckState.Checked if r.person_id in self._checked else Qt.CheckState.Unchecked
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.COL_NAME:
            return r.name or "—"
        if index.column() == self.COL_LAST_CONTACT:
            return _date(r.last_contact_on)
        return _date(r.due_on)

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_NAME:
            return False
        pid = self._rows[index.row()].person_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(pid)
        else:
            self._checked.discard(pid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.sig_checked_changed.emit(len(self._checked))
        return True


class RetentionView(QDialog):
    """The records past the hub's retention term: look, select, delete; and the term itself.

    Signals:
        sig_changed(): records were deleted or the term changed (the daily check counts again).
    """

    sig_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = RetentionService(ctx.store)
        self._overview: RetentionOverview | None = None
        self.setWindowTitle(self.tr("Retention"))
        self.resize(760, 560)

        self.intro_label = QLabel()
        self.intro_label.setObjectName("introLabel")
        self.intro_label.setWordWrap(True)

        self.term_spin = QSpinBox()
        self.term_spin.setRange(TERM_MIN, TERM_MAX)
        self.term_spin.setSuffix(self.tr(" months"))
        self.term_spin.setAccessibleName(self.tr("Retention term in months"))
        self.term_button = QPushButton(self.tr("Save term"))
        self.term_button.setEnabled(False)
        term_row = QHBoxLayout()
        term_caption = QLabel(self.tr("Keep data after the last contact for"))
        term_caption.setBuddy(self.term_spin)
        term_row.addWidget(term_caption)
        term_row.addWidget(self.term_spin)
        term_row.addWidget(self.term_button)
        term_row.addStretch(1)

        self.model = DueTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records past the retention term"))
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(DueTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DueTableModel.COL_LAST_CONTACT, QHeaderView.ResizeMode.ResizeToContents)

        self.all_button = QPushButton(self.tr("Select all"))
        self.none_button = QPushButton(self.tr("Select none"))
        self.delete_button = QPushButton(self.tr("Delete selected…"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.close_button)

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(term_row)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)

        self._connect_signals()
        self._populate()

    def _connect_signals(self) -> None:
        self.all_button.clicked.connect(self._on_all_clicked)
        self.none_button.clicked.connect(self._on_none_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.close_button.clicked.connect(self.accept)
        self.term_spin.valueChanged.connect(self._on_term_changed)
        self.term_button.clicked.connect(self._on_term_saved)
        self.model.sig_checked_changed.connect(self._on_checked_changed)

    def _populate(self) -> None:
        self.intro_label.setText(self.tr("Looking for records past their term…"))
        self.reload()

    # -- public -------------------------------------------------------------------------------
    def reload(self) -> None:
        service, actor = self._service, self._ctx.actor
        self._ctx.runner.submit(lambda: service.overview(actor), self._on_loaded, self._on_failed, owner=self)

    def overview(self) -> RetentionOverview | None:
        return self._overview

    # -- results ------------------------------------------------------------------------------
    def _on_loaded(self, overview: RetentionOverview) -> None:
        self._overview = overview
        blocker = self.term_spin.blockSignals(True)
        self.term_spin.setValue(overview.term_months)
        self.term_spin.blockSignals(blocker)
        self.term_button.setEnabled(False)
        self.model.set_rows(overview.due)
        if overview.due:
            text = self.tr(
                "%n entrepreneur(s) had no contact for longer than the term. Select whom to delete: the person and "
                "everything held about them is deleted, here and, with the next sync, at the other desks of %1.",
                "",
                len(overview.due),
            )
        else:
            text = self.tr("No records are past their term at %1.")
        self.intro_label.setText(text.replace("%1", overview.hub_name))
        self.all_button.setEnabled(bool(overview.due))
        self.none_button.setEnabled(bool(overview.due))

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(error_text(error, ui_language()))
            self.intro_label.clear()
            for w in (self.term_button, self.delete_button, self.all_button, self.none_button, self.term_spin):
                w.setEnabled(False)
        else:
            show_error(self, error)

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def _on_all_clicked(self) -> None:
        self.model.check_all(True)

    @Slot()
    def _on_none_clicked(self) -> None:
        self.model.check_all(False)

    @Slot(int)
    def _on_checked_changed(self, count: int) -> None:
        self.delete_button.setEnabled(count > 0)
        self.delete_button.setText(self.tr("Delete %n selected…", "", count) if count else self.tr("Delete selected…"))

    @Slot(int)
    def _on_term_changed(self, value: int) -> None:
        self.term_button.setEnabled(self._overview is not None and value != self._overview.term_months)

    @Slot()
    def _on_term_saved(self) -> None:
        months = self.term_spin.value()
        service, actor = self._service, self._ctx.actor
        self.term_button.setEnabled(False)

        def done(changes: Any) -> None:
            self._ctx.signals.announce(changes)
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("The term is now %1 months.").replace("%1", str(months)))
            self.sig_changed.emit()
            self.reload()

        self._ctx.runner.submit(lambda: service.set_term(actor, months), done, self._on_failed, owner=self)

    @Slot()
    def _on_delete_clicked(self) -> None:
        ids = self.model.checked()
        if not ids:
            return
        question = self.tr(
            "Delete %n entrepreneur(s) and everything held about them? This cannot be undone; the deletion reaches "
            "the other desks of the hub with the next sync.",
            "",
            len(ids),
        )
        if not self._confirm(question):
            return
        service, actor = self._service, self._ctx.actor
        self.delete_button.setEnabled(False)
        self._ctx.runner.submit(lambda: service.delete(actor, ids), self._on_deleted, self._on_failed, owner=self)

    def _confirm(self, text: str) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete records"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_deleted(self, report: DeletionReport) -> None:
        self._ctx.signals.announce(report.changes)
        self.status_label.setStyleSheet("")
        text = self.tr("%n entrepreneur(s) deleted.", "", len(report.deleted))
        if report.not_due:
            text += " " + self.tr(
                "%n not deleted: they are no longer due (a contact came in meanwhile).", "", len(report.not_due)
            )
        self.status_label.setText(text)
        self.sig_changed.emit()
        self.reload()


class RetentionCheck(QObject):
    """The daily check in the main window: a notice in the status bar for coordinators and
    admins when records are past their term, and File > Retention…; nothing for hub workers.

    Signals:
        sig_counted(object): the check's result: the number due, or None (not for this worker).
    """

    sig_counted = Signal(object)

    def __init__(self, window: QMainWindow, ctx: AppContext, menu_before: QAction | None = None) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._service = RetentionService(ctx.store)
        self._checked_on: dt.date | None = None
        self.view: RetentionView | None = None

        self.action = QAction(self.tr("Retention and deletion…"), window)
        self.action.setEnabled(False)
        self.action.setVisible(False)
        self.action.triggered.connect(self.open_view)
        menus = [a.menu() for a in window.menuBar().actions()]
        file_menu = menus[0] if menus else None
        if isinstance(file_menu, QMenu):
            if menu_before is not None:
                file_menu.insertAction(menu_before, self.action)
            else:
                file_menu.addAction(self.action)

        self.notice = QPushButton()
        self.notice.setObjectName("retentionNotice")
        self.notice.setFlat(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setCursor(Qt.CursorShape.PointingHandCursor)
        self.notice.setToolTip(self.tr("Open the list of records past the retention term"))
        self.notice.hide()
        self.notice.clicked.connect(self.open_view)
        window.statusBar().addPermanentWidget(self.notice)

        self._timer = QTimer(self)
        self._timer.setInterval(DAILY_CHECK_MS)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()
        self.check()

    def check(self) -> None:
        """Count what is due now (on the database thread)."""
        service, actor = self._service, self._ctx.actor
        self._checked_on = service.today()
        self._ctx.runner.submit(lambda: service.due_count(actor), self._on_counted, self._on_failed, owner=self)

    @Slot()
    def _on_timer(self) -> None:
        if self._service.today() != self._checked_on:
            self.check()

    def _on_counted(self, count: int | None) -> None:
        allowed = count is not None
        self.action.setEnabled(allowed)
        self.action.setVisible(allowed)
        if count:
            self.notice.setText(self.tr("%n record(s) past the retention term", "", count))
            self.notice.show()
        else:
            self.notice.hide()
        self.sig_counted.emit(count)

    def _on_failed(self, error: BaseException) -> None:
        log.warning("retention check failed: %s", error)  # tried again tomorrow; the screen says what is wrong
        self.notice.hide()
        self.sig_counted.emit(None)

    @Slot()
    def open_view(self) -> None:
        if not self.action.isEnabled():
            return
        if self.view is None:
            self.view = RetentionView(self._ctx, cast(QWidget, self.parent()))  # the window (not kept: no cycle)
            self.view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.view.sig_changed.connect(self.check)
            self.view.destroyed.connect(self._on_view_destroyed)
        self.view.open()

    @Slot()
    def _on_view_destroyed(self) -> None:
        self.view = None


def install_retention(window: QMainWindow, ctx: AppContext, menu_before: QAction | None = None) -> RetentionCheck:
    """The daily retention check for ``window``: its File menu action (before ``menu_before``)
    and its status-bar notice."""
    return RetentionCheck(window, ctx, menu_before)
