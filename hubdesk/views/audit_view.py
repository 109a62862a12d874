"""The audit log for coordinators and admins: who viewed, changed, printed, exported or erased whose data.

:class:`AuditLogDialog` filters the log by person (found by name), worker, period and
action, shows it page by page (newest first; more rows are fetched while scrolling,
never the whole log), says whether the hash chain is intact, and exports the filtered
entries as CSV. All database work runs on the task runner through
:class:`~hubdesk.services.audit_log.AuditLogService`, which refuses everyone but
coordinators and admins; a hub worker who gets here sees that refusal and no entries.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.base import short_id
from hubdesk.models.enums import AuditAction
from hubdesk.models.errors import UserFacingError
from hubdesk.services.audit_log import (
    PAGE_SIZE,
    AuditEntry,
    AuditFilter,
    AuditLogService,
    AuditPage,
    ChainReport,
    WorkerChoice,
    period,
)
from hubdesk.services.readmodels import EntrepreneurRow
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.rows_model import PagedRowsModel

Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "QLabel { color: #b02a37; font-weight: bold; }"
OK_STYLE = "QLabel { color: #146c43; }"
NO_DATE = QDate(2000, 1, 1)  # the minimum of the date fields, shown as "—": no bound
SEARCH_DELAY_MS = 250


def action_label(action: AuditAction) -> str:
    labels = {
        AuditAction.VIEW: QCoreApplication.translate("AuditAction", "viewed"),
        AuditAction.CREATE: QCoreApplication.translate("AuditAction", "created"),
        AuditAction.UPDATE: QCoreApplication.translate("AuditAction", "changed"),
        AuditAction.DELETE: QCoreApplication.translate("AuditAction", "deleted"),
        AuditAction.PRINT: QCoreApplication.translate("AuditAction", "printed"),
        AuditAction.EXPORT: QCoreApplication.translate("AuditAction", "exported"),
        AuditAction.ERASE: QCoreApplication.translate("AuditAction", "erased"),
    }
    return labels.get(action, action.value.replace("_", " "))


def entity_label(entity: str) -> str:
    labels = {
        "persons": QCoreApplication.translate("AuditEntity", "personal details"),
        "enterprises": QCoreApplication.translate("AuditEntity", "enterprise"),
        "visits": QCoreApplication.translate("AuditEntity", "visit"),
        "notes": QCoreApplication.translate("AuditEntity", "note"),
        "consents": QCoreApplication.translate("AuditEntity", "consent"),
        "trajectories": QCoreApplication.translate("AuditEntity", "trajectory"),
        "guidance_steps": QCoreApplication.translate("AuditEntity", "trajectory step"),
        "referrals": QCoreApplication.translate("AuditEntity", "referral"),
        "partners": QCoreApplication.translate("AuditEntity", "partner"),
        "routes": QCoreApplication.translate("AuditEntity", "route"),
        "step_types": QCoreApplication.translate("AuditEntity", "kind of step"),
        "workers": QCoreApplication.translate("AuditEntity", "worker account"),
        "sync_package": QCoreApplication.translate("AuditEntity", "sync package"),
        "audit_events": QCoreApplication.translate("AuditEntity", "audit log"),
    }
    return labels.get(entity, entity.replace("_", " "))


class AuditTableModel(PagedRowsModel[AuditEntry]):
    """Rows of :class:`AuditEntry`, newest first; more are appended as they are fetched
    (the dialog fetches; the model says whether more may come)."""

    COL_WHEN, COL_WORKER, COL_ACTION, COL_WHAT, COL_PERSON, COL_DETAIL = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "When"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Worker"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "What"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Entrepreneur"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Details"),
    )

    @property
    def last_seq(self) -> int | None:
        return self._rows[-1].seq if self._rows else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_PERSON and row.person_id:
            return str(row.person_id)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_WHEN:
            return row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
        if col == self.COL_WORKER:
            return row.worker_name or "—"
        if col == self.COL_ACTION:
            return action_label(row.action)
        if col == self.COL_WHAT:
            return entity_label(row.entity)
        if col == self.COL_PERSON:
            if row.person_id is None:
                return ""
            return row.person_name or self.tr("(no longer exists) %1").replace("%1", short_id(row.person_id))
        if col == self.COL_DETAIL:
            return _detail_text(row.detail)
        return None


def _detail_text(detail: dict[str, Any]) -> str:
    parts = []
    for key, value in sorted(detail.items()):
        shown = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        parts.append(f"{key}: {shown}")
    return "; ".join(parts)


class AuditLogDialog(QDialog):
    """File > Audit log (coordinators and admins).

    Signals:
        sig_loaded(): the first page of the current filter is shown (or the refusal).
        sig_exported(int): the filtered entries were written to a CSV file (how many).
    """

    sig_loaded = Signal()
    sig_exported = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = AuditLogService(ctx.store)
        self._generation = 0  # answers to an older filter are dropped
        self._search_generation = 0
        self.chain_report: ChainReport | None = None  # once the chain was checked
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 640)

        self.chain_label = QLabel(self.tr("Checking the audit log…"))
        self.chain_label.setObjectName("chainLabel")
        self.chain_label.setWordWrap(True)

        self.person_edit = QLineEdit()
        self.person_edit.setPlaceholderText(self.tr("Type a name to find an entrepreneur"))
        self.person_edit.setClearButtonEnabled(True)
        self.person_combo = QComboBox()
        self.person_combo.setMinimumContentsLength(28)
        self.person_combo.addItem(self.tr("Everyone"), None)
        self.worker_combo = QComboBox()
        self.worker_combo.addItem(self.tr("All workers"), None)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("All actions"), None)
        for action in (
            AuditAction.VIEW,
            AuditAction.CREATE,
            AuditAction.UPDATE,
            AuditAction.DELETE,
            AuditAction.PRINT,
            AuditAction.EXPORT,
            AuditAction.ERASE,
        ):
            self.action_combo.addItem(action_label(action), action)
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        self.export_button = QPushButton(self.tr("Export to CSV…"))
        self.export_button.setToolTip(self.tr("Save the entries that match the filter as a spreadsheet (CSV)"))

        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        filters.addWidget(QLabel(self.tr("Entrepreneur")), 0, 0)
        filters.addWidget(self.person_edit, 0, 1)
        filters.addWidget(self.person_combo, 0, 2)
        filters.addWidget(QLabel(self.tr("Worker")), 0, 3)
        filters.addWidget(self.worker_combo, 0, 4)
        filters.addWidget(QLabel(self.tr("Action")), 1, 0)
        filters.addWidget(self.action_combo, 1, 1)
        period_box = QHBoxLayout()
        period_box.addWidget(self.from_edit)
        period_box.addWidget(QLabel(self.tr("to")))
        period_box.addWidget(self.to_edit)
        period_box.addStretch(1)
        filters.addWidget(QLabel(self.tr("From")), 1, 3)
        filters.addLayout(period_box, 1, 4)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(4, 1)

        self.model = AuditTableModel(self)
        self.model.fetch_more_callback = self._fetch_more
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in ((0, 150), (1, 150), (2, 100), (3, 140), (4, 200)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._connect_signals()
        self._populate()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")  # the minimum: no bound
        edit.setDate(NO_DATE)
        return edit

    def _connect_signals(self) -> None:
        self.person_edit.textEdited.connect(self._on_person_edit_text_edited)
        self._search_timer.timeout.connect(self._search_persons)
        self.person_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.worker_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.action_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.from_edit.dateChanged.connect(self._on_filter_changed)
        self.to_edit.dateChanged.connect(self._on_filter_changed)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    def _populate(self) -> None:
        service, actor = self._service, self._ctx.actor
        self._ctx.runner.submit(lambda: service.workers(actor), self._on_opened, self._on_refused, owner=self)

    # -- public -------------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        since = self._date(self.from_edit)
        until = self._date(self.to_edit)
        start, end = period(since, until)
        return AuditFilter(
            person_id=_uuid(self.person_combo.currentData()),
            worker_id=_uuid(self.worker_combo.currentData()),
            action=self.action_combo.currentData(),
            since=start,
            until=end,
        )

    def choose_person(self, person_id: uuid.UUID, label: str) -> None:
        """Show only the entries about this person (as choosing them after a search does)."""
        with QSignalBlocker(self.person_combo):
            self.person_combo.clear()
            self.person_combo.addItem(self.tr("Everyone"), None)
            self.person_combo.addItem(label, str(person_id))
        self.person_combo.setCurrentIndex(1)

    # -- loading ------------------------------------------------------------------------------
    @staticmethod
    def _date(edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        if value == NO_DATE:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def _on_opened(self, workers: list[WorkerChoice]) -> None:
        with QSignalBlocker(self.worker_combo):
            for w in workers:
                self.worker_combo.addItem(f"{w.name} ({w.username})", str(w.id))
        self._reload()
        # After the first page: the check walks the whole log, which takes a while when it is long.
        service, actor = self._service, self._ctx.actor
        self._ctx.runner.submit(lambda: service.verify(actor), self._show_chain, self._on_failed, owner=self)

    def _on_refused(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            show_error(self, error)
            return
        self.chain_label.setText(error_text(error, ui_language()))
        self.chain_label.setStyleSheet(ERROR_STYLE)
        for widget in (
            self.person_edit,
            self.person_combo,
            self.worker_combo,
            self.action_combo,
            self.from_edit,
            self.to_edit,
            self.export_button,
            self.table,
        ):
            widget.setEnabled(False)
        self.model.set_rows([])
        self.sig_loaded.emit()

    def _show_chain(self, report: ChainReport) -> None:
        self.chain_report = report
        if report.intact:
            self.chain_label.setText(
                self.tr("The audit log is intact: the chain of %n entries is unbroken.", "", report.entries)
            )
            self.chain_label.setStyleSheet(OK_STYLE)
            return
        at = report.broken_at.astimezone().strftime("%d-%m-%Y %H:%M:%S") if report.broken_at else "?"
        self.chain_label.setText(
            self.tr(
                "The audit log has been tampered with: entry %1 (%2) does not fit the entries before it. "
                "An entry was changed, removed or inserted."
            )
            .replace("%1", str(report.broken_seq))
            .replace("%2", at)
        )
        self.chain_label.setStyleSheet(ERROR_STYLE)

    @Slot()
    def _on_filter_changed(self) -> None:
        self._reload()

    def _reload(self) -> None:
        self._generation += 1
        generation = self._generation
        service, actor, filt = self._service, self._ctx.actor, self.current_filter()
        self.status_label.setText(self.tr("Loading…"))

        def done(page: AuditPage) -> None:
            if generation != self._generation:
                return
            self.model.set_rows(page.rows, page.more)
            self._show_count(page)
            self.sig_loaded.emit()

        self._ctx.runner.submit(lambda: service.page(actor, filt), done, self._on_failed, owner=self)

    def _fetch_more(self) -> None:
        generation = self._generation
        service, actor, filt, before = self._service, self._ctx.actor, self.current_filter(), self.model.last_seq

        def done(page: AuditPage) -> None:
            if generation != self._generation:
                return
            self.model.append_rows(page.rows, page.more)
            self._show_count(page)

        self._ctx.runner.submit(
            lambda: service.page(actor, filt, before_seq=before, limit=PAGE_SIZE), done, self._on_failed, owner=self
        )

    def _show_count(self, page: AuditPage) -> None:
        shown = self.model.rowCount()
        if shown == 0:
            self.status_label.setText(self.tr("No entries match."))
        elif page.more:
            self.status_label.setText(self.tr("%n entries shown; scroll down for older ones.", "", shown))
        else:
            self.status_label.setText(self.tr("%n entries.", "", shown))

    def _on_failed(self, error: BaseException) -> None:
        self.status_label.setText("")
        show_error(self, error)

    # -- finding a person ---------------------------------------------------------------------
    @Slot(str)
    def _on_person_edit_text_edited(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _search_persons(self) -> None:
        text = self.person_edit.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        search = self._ctx.search

        def done(rows: list[EntrepreneurRow]) -> None:
            if generation != self._search_generation:
                return
            with QSignalBlocker(self.person_combo):
                self.person_combo.clear()
                self.person_combo.addItem(self.tr("Everyone"), None)
                for row in rows:
                    label = f"{row.name} – {row.enterprise_name}" if row.enterprise_name else row.name
                    self.person_combo.addItem(label, str(row.person_id))
            # The best match is chosen at once; the list offers the others.
            self.person_combo.setCurrentIndex(1 if rows else 0)
            self._reload()

        self._ctx.runner.submit(
            lambda: search.search(text, limit=20) if text else [], done, self._on_failed, owner=self
        )

    # -- export ---------------------------------------------------------------------------------
    @Slot()
    def _on_export_button_clicked(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit-log.csv", self.tr("CSV spreadsheet (*.csv)")
        )
        if not name:
            return
        path = _with_suffix(name)
        service, actor, filt = self._service, self._ctx.actor, self.current_filter()

        def done(count: int) -> None:
            self.status_label.setText(self.tr("%n entries exported to %1.", "", count).replace("%1", str(path)))
            self.sig_exported.emit(count)

        self._ctx.runner.submit(lambda: service.export_csv(actor, filt, path), done, self._on_failed, owner=self)


def _uuid(data: object) -> uuid.UUID | None:
    """A combo box's item data (ids are kept as text: Qt compares those) as an id."""
    return uuid.UUID(data) if isinstance(data, str) and data else None


def _with_suffix(name: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")
