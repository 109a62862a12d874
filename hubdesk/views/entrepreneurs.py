"""The entrepreneur list: search as you type, filters, sorting, lazy loading."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.models.enums import Stadsdeel, Stage
from hubdesk.services.listing import Page, PageKey, SortBy
from hubdesk.services.readmodels import Changes, EntrepreneurRow, ListFilter
from hubdesk.views.context import AppContext
from hubdesk.views.entrepreneur_model import EntrepreneurTableModel
from hubdesk.views.labels import stadsdeel_label, stage_label
from hubdesk.views.tasks import Operation

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 200
SORTABLE = {
    EntrepreneurTableModel.COL_NAME: SortBy.NAME,
    EntrepreneurTableModel.COL_LAST_CONTACT: SortBy.LAST_CONTACT,
}


class EntrepreneurListView(QWidget):
    """Find an entrepreneur.

    Signals:
        sig_open_requested(uuid.UUID): the worker chose an entrepreneur (Enter or double-click).
        sig_loaded(): a list or search result is shown (for tests and status text).
        sig_new_intake_requested(): the worker wants to register someone new.
    """

    sig_open_requested = Signal(object)
    sig_loaded = Signal()
    sig_new_intake_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pending: Operation | None = None
        self._next_key: PageKey | None = None
        self._sort = SortBy.NAME
        self._descending = False

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search by name, enterprise, KVK number, e-mail or phone (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search entrepreneurs"))
        self.stadsdeel_combo = QComboBox()
        self.stadsdeel_combo.addItem(self.tr("All stadsdelen"), None)
        for sd in Stadsdeel:
            self.stadsdeel_combo.addItem(stadsdeel_label(sd), sd)
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("Every stage"), None)
        for stage in Stage:
            self.stage_combo.addItem(stage_label(stage), stage)
        self.open_check = QCheckBox(self.tr("Open trajectory"))
        self.new_button = QPushButton(self.tr("New intake (Ctrl+N)"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = EntrepreneurTableModel(self)
        self.model.fetch_more_callback = self._fetch_more
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(EntrepreneurTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        for col, width in ((0, 220), (1, 240), (2, 110), (3, 100), (4, 90)):
            self.table.setColumnWidth(col, width)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.stadsdeel_combo)
        filters.addWidget(self.stage_combo)
        filters.addWidget(self.open_check)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._connect_signals()
        self._populate()

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self._search_timer.timeout.connect(self._populate)
        self.stadsdeel_combo.currentIndexChanged.connect(self._populate)
        self.stage_combo.currentIndexChanged.connect(self._populate)
        self.open_check.toggled.connect(self._populate)
        self.table.activated.connect(self._on_table_activated)
        self.new_button.clicked.connect(self.sig_new_intake_requested)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sort_changed)
        self._ctx.signals.sig_data_changed.connect(self._on_data_changed)
        # Ctrl+F belongs to the main window (it also leaves other pages for the list).
        # QShortcut(key, parent, callable) does not connect in PySide6 6.12: connect explicitly.
        self._down_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_edit)
        self._down_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._down_shortcut.activated.connect(self._on_search_edit_down)

    # -- public -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def current_filter(self) -> ListFilter:
        # Qt hands enum item data back as plain str.
        stadsdeel, stage = self.stadsdeel_combo.currentData(), self.stage_combo.currentData()
        return ListFilter(
            stadsdeel=Stadsdeel(stadsdeel) if stadsdeel else None,
            stage=Stage(stage) if stage else None,
            open_trajectory=True if self.open_check.isChecked() else None,
        )

    def selected_person(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).person_id if index.isValid() else None

    # -- loading ------------------------------------------------------------------------------
    @Slot()
    def _populate(self) -> None:
        """(Re)load the first page of the list or the search result, on the worker thread."""
        self._search_timer.stop()
        if self._pending is not None:
            self._pending.cancel()
        text = self.search_edit.text().strip()
        filters = self.current_filter()
        ctx = self._ctx
        if text:
            self._pending = ctx.runner.submit(
                lambda: ctx.search.search(text, limit=SEARCH_LIMIT, filters=filters),
                self._on_search_done,
                owner=self,
            )
        else:
            sort, descending = self._sort, self._descending
            self._pending = ctx.runner.submit(
                lambda: (ctx.listing.page(filters, sort, descending), ctx.listing.count(filters)),
                self._on_page_done,
                owner=self,
            )

    def _fetch_more(self) -> None:
        key, filters, sort, descending = self._next_key, self.current_filter(), self._sort, self._descending
        ctx = self._ctx
        self._pending = ctx.runner.submit(
            lambda: ctx.listing.page(filters, sort, descending, after=key), self._on_more_done, owner=self
        )

    def _on_page_done(self, result: tuple[Page, int]) -> None:
        page, total = result
        self._pending = None
        self._next_key = page.next_key
        self.model.set_rows(page.rows, has_more=page.next_key is not None)
        self.count_label.setText(self.tr("%n entrepreneur(s)", "", total))
        self._select_first()
        self.sig_loaded.emit()

    def _on_more_done(self, page: Page) -> None:
        self._pending = None
        self._next_key = page.next_key
        self.model.append_rows(page.rows, has_more=page.next_key is not None)

    def _on_search_done(self, rows: list[EntrepreneurRow]) -> None:
        self._pending = None
        self._next_key = None
        self.model.set_rows(rows)
        if len(rows) >= SEARCH_LIMIT:
            self.count_label.setText(self.tr("The first %n matches; type more to narrow down", "", len(rows)))
        else:
            self.count_label.setText(self.tr("%n match(es)", "", len(rows)))
        self._select_first()
        self.sig_loaded.emit()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    # -- slots --------------------------------------------------------------------------------
    @Slot(str)
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_edit_return_pressed(self) -> None:
        if self._search_timer.isActive() or self._pending is not None:
            self._populate()
            return
        person = self.selected_person()
        if person is not None:
            self.sig_open_requested.emit(person)

    @Slot()
    def _on_search_edit_down(self) -> None:
        self.table.setFocus()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.sig_open_requested.emit(self.model.row_at(index.row()).person_id)

    @Slot(int, Qt.SortOrder)
    def _on_header_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        sort = SORTABLE.get(column)
        header = self.table.horizontalHeader()
        if sort is None:  # only name and last contact can be sorted on a million rows
            blocker = header.blockSignals(True)
            header.setSortIndicator(
                next(c for c, s in SORTABLE.items() if s is self._sort),
                Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(blocker)
            return
        self._sort, self._descending = sort, order == Qt.SortOrder.DescendingOrder
        self._populate()

    @Slot(object)
    def _on_data_changed(self, changes: Changes) -> None:
        if changes.ids("persons") or changes.ids("enterprises") or changes.ids("trajectories"):
            self._populate()
