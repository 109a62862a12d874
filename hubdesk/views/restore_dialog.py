"""File > Restore a backup…: the automatic backups with what each holds, and restoring one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.errors import UserFacingError
from hubdesk.services.backups import BackupInfo, BackupReason, BackupService, restore_and_reopen
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language

INFO_ROLE = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    """The backups, newest first, with their date, why they were taken, how many
    entrepreneurs, visits and referrals they hold and their schema version.

    Restoring runs on the database thread (:func:`restore_and_reopen`): the current
    database is kept as a backup first, the chosen one replaces it, and the store is
    closed and opened again. The views must then start again on the new store: the
    dialog hands it on with ``sig_restored`` and the main window is rebuilt (the
    application's Desktop does that). Nothing else may use the old store afterwards.

    Signals:
        sig_loaded(): the list of backups is shown.
        sig_restored(object): a backup was restored; the reopened ``Store``.
    """

    sig_loaded = Signal()
    sig_restored = Signal(object)

    COL_TAKEN, COL_REASON, COL_ENTREPRENEURS, COL_VISITS, COL_REFERRALS, COL_SCHEMA, COL_SIZE = range(7)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._busy = False
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(860, 460)

        intro = QLabel(
            self.tr(
                "hubdesk copies the database every day, and before every upgrade, import and restore. "
                "Restoring a backup replaces all data on this computer with the data in the backup; "
                "what is in the database now is kept as a backup first."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(7)
        self.tree.setHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Why"),
                self.tr("Entrepreneurs"),
                self.tr("Visits"),
                self.tr("Referrals"),
                self.tr("Schema"),
                self.tr("Size"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Backups"))
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel(self.tr("Looking for backups…"))
        self.status_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self._connect_signals()
        self._populate()

    def _connect_signals(self) -> None:
        self.tree.itemSelectionChanged.connect(self._on_tree_selection_changed)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def _populate(self) -> None:
        store = self._ctx.store
        self._ctx.runner.submit(
            lambda: BackupService.for_store(store).list(),
            self._on_list_loaded,
            self._on_list_failed,
            owner=self,
        )

    # -- texts -------------------------------------------------------------------------------------------------
    def reason_text(self, info: BackupInfo) -> str:
        reason = {
            BackupReason.DAILY: self.tr("Daily backup"),
            BackupReason.BEFORE_UPGRADE: self.tr("Before an upgrade of hubdesk"),
            BackupReason.BEFORE_IMPORT: self.tr("Before an import"),
            BackupReason.BEFORE_RESTORE: self.tr("Before a restore"),
            BackupReason.MANUAL: self.tr("Copy"),
        }[info.reason]
        if info.problem == "backup.newer":
            return self.tr("%1 (from a newer hubdesk: cannot be restored)").replace("%1", reason)
        if info.problem is not None:
            return self.tr("%1 (damaged: cannot be restored)").replace("%1", reason)
        return reason

    @staticmethod
    def taken_text(info: BackupInfo) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(info.taken_at.timestamp()))
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    # -- slots ---------------------------------------------------------------------------------------------------
    @Slot(object)
    def _on_list_loaded(self, backups: list[BackupInfo]) -> None:
        self.tree.clear()
        locale = QLocale()
        for info in backups:
            counts = [str(n) if n is not None else "–" for n in (info.entrepreneurs, info.visits, info.referrals)]
            item = QTreeWidgetItem(
                [
                    self.taken_text(info),
                    self.reason_text(info),
                    *counts,
                    info.schema or "–",
                    locale.formattedDataSize(info.size),
                ]
            )
            for col in (self.COL_ENTREPRENEURS, self.COL_VISITS, self.COL_REFERRALS, self.COL_SIZE):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, INFO_ROLE, info)
            item.setToolTip(0, str(info.path))
            if not info.usable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setForeground(self.COL_REASON, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
        if backups:
            self.status_label.setText(self.tr("Choose the backup to go back to."))
        else:
            self.status_label.setText(self.tr("There are no backups yet. hubdesk makes the first one today."))
        self.sig_loaded.emit()

    @Slot(object)
    def _on_list_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            show_error(self, error)
        self.status_label.setText(error_text(error, ui_language()) if isinstance(error, UserFacingError) else "")
        self.sig_loaded.emit()

    def selected(self) -> BackupInfo | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        info = items[0].data(0, INFO_ROLE)
        return info if isinstance(info, BackupInfo) else None

    @Slot()
    def _on_tree_selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.usable and not self._busy)

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if self.restore_button.isEnabled():
            self._on_restore_button_clicked()

    def confirm(self, info: BackupInfo) -> bool:
        """Asks the worker; tests replace this."""
        text = self.tr(
            "Go back to the backup of %1?\n\n"
            "Everything entered after that moment is no longer in the database afterwards "
            "(it stays in the backup that is made now). The screens start again."
        ).replace("%1", self.taken_text(info))
        answer = QMessageBox.question(self, self.tr("Restore a backup"), text)
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        info = self.selected()
        if info is None or not info.usable or self._busy or not self.confirm(info):
            return
        self._set_busy(True)
        self.status_label.setText(self.tr("Restoring the backup… Please wait."))
        store = self._ctx.store
        self._ctx.runner.submit(lambda: restore_and_reopen(store, info), self._on_restored, self._on_failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.tree.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and (self.selected() or None) is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)

    @Slot(object)
    def _on_restored(self, outcome: tuple[Any, Any]) -> None:
        store, _result = outcome
        self._busy = False
        self.sig_restored.emit(store)
        self.accept()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status_label.setText(self.tr("Nothing was restored."))
        show_error(self, error)

    def reject(self) -> None:
        if not self._busy:  # a restore is not stopped halfway
            super().reject()
