"""The worklist: planned guidance steps that are overdue, due today, this week or unassigned."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.services.guidance import Scope, StepRow, Worklist
from hubdesk.services.readmodels import Changes
from hubdesk.views.context import AppContext
from hubdesk.views.errors import ui_language

STEP_ROLE = Qt.ItemDataRole.UserRole + 1


class WorklistView(QWidget):
    """What is due. Complete, reschedule or reassign the chosen step in one action.

    Signals:
        sig_loaded(): the list is shown.
        sig_overdue_count(int): how many steps are overdue (for the navigation).
        sig_open_requested(uuid.UUID): open the file of the chosen step's entrepreneur.
    """

    sig_loaded = Signal()
    sig_overdue_count = Signal(int)
    sig_open_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._worklist: Worklist | None = None
        self._names: dict[str, tuple[str, str]] = {}

        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("My steps"), Scope.MINE.value)
        self.scope_combo.addItem(self.tr("All steps of the hub"), Scope.HUB.value)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Step"), self.tr("Entrepreneur"), self.tr("Assigned to")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for col, width in ((0, 110), (1, 220), (2, 240)):
            self.tree.setColumnWidth(col, width)

        self.done_button = QPushButton(self.tr("Done (Ctrl+D)"))
        self.done_button.setShortcut("Ctrl+D")
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.reschedule_button = QPushButton(self.tr("Move to this date"))
        self.assignee_combo = QComboBox()
        self.reassign_button = QPushButton(self.tr("Assign"))
        self.open_button = QPushButton(self.tr("Open file"))
        self.status_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.scope_combo)
        top.addStretch(1)
        top.addWidget(self.status_label)
        actions = QHBoxLayout()
        for w in (
            self.done_button,
            self.date_edit,
            self.reschedule_button,
            self.assignee_combo,
            self.reassign_button,
            self.open_button,
        ):
            actions.addWidget(w)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)

        self._connect_signals()
        self._populate()

    def _connect_signals(self) -> None:
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.tree.itemActivated.connect(self._on_open_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        self.reschedule_button.clicked.connect(self._on_reschedule_clicked)
        self.reassign_button.clicked.connect(self._on_reassign_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self._ctx.signals.sig_data_changed.connect(self._on_data_changed)

    def _populate(self) -> None:
        ctx = self._ctx
        ctx.runner.submit(
            lambda: (ctx.catalog.step_type_names(), ctx.guidance.hub_workers(ctx.actor)),
            self._on_catalog_loaded,
            owner=self,
        )
        self.refresh()

    # -- loading --------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        ctx, scope = self._ctx, Scope(self.scope_combo.currentData())
        ctx.runner.submit(lambda: ctx.guidance.worklist(ctx.actor, scope), self._on_worklist_loaded, owner=self)

    def _on_catalog_loaded(self, result: tuple[dict[str, tuple[str, str]], list[tuple[uuid.UUID, str]]]) -> None:
        self._names, workers = result
        blocker = self.assignee_combo.blockSignals(True)
        self.assignee_combo.clear()
        self.assignee_combo.addItem(self.tr("(nobody)"), None)
        for wid, name in workers:
            self.assignee_combo.addItem(name, str(wid))
        self.assignee_combo.blockSignals(blocker)
        if self._worklist is not None:
            self._show(self._worklist)

    def _on_worklist_loaded(self, worklist: Worklist) -> None:
        self._worklist = worklist
        self._show(worklist)
        self.sig_overdue_count.emit(worklist.overdue_count)
        self.sig_loaded.emit()

    def _show(self, worklist: Worklist) -> None:
        current = self.selected_step()
        self.tree.clear()
        groups = (
            (self.tr("Overdue"), worklist.overdue),
            (self.tr("Today"), worklist.due_today),
            (self.tr("This week"), worklist.this_week),
            (self.tr("Unassigned"), worklist.unassigned),
        )
        select = None
        for title, rows in groups:
            header = QTreeWidgetItem([f"{title} ({len(rows)})"])
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(header)
            for row in rows:
                item = QTreeWidgetItem(
                    [self._date(row.due_on), self._step_name(row.step_type), row.person_name, row.assignee_name]
                )
                item.setData(0, STEP_ROLE, row)
                self.tree.addTopLevelItem(item)
                if select is None or (current is not None and row.step_id == current.step_id):
                    select = item
        if select is not None:
            self.tree.setCurrentItem(select)
        self.status_label.setText(self.tr("%n overdue", "", worklist.overdue_count))
        self._update_buttons()

    def _date(self, day: dt.date | None) -> str:
        if day is None:
            return ""
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)

    def _step_name(self, code: str) -> str:
        names = self._names.get(code)
        if names is None:
            return code
        return names[1] if ui_language() == "en" else names[0]

    # -- actions --------------------------------------------------------------------------------
    def selected_step(self) -> StepRow | None:
        item = self.tree.currentItem()
        value: Any = item.data(0, STEP_ROLE) if item is not None else None
        return value if isinstance(value, StepRow) else None

    def _update_buttons(self) -> None:
        step = self.selected_step()
        for w in (self.done_button, self.reschedule_button, self.reassign_button, self.open_button):
            w.setEnabled(step is not None)
        if step is not None:
            due = step.due_on or (self._worklist.today if self._worklist else dt.date.today())
            self.date_edit.setDate(QDate(due.year, due.month, due.day))
            index = self.assignee_combo.findData(str(step.assignee_id) if step.assignee_id else None)
            self.assignee_combo.setCurrentIndex(max(0, index))

    @Slot()
    def _on_tree_current_changed(self) -> None:
        self._update_buttons()

    def _write(self, work: Any) -> None:
        self._ctx.runner.submit(work, self._on_written, owner=self)

    def _on_written(self, changes: Changes) -> None:
        self._ctx.signals.announce(changes)

    @Slot()
    def _on_done_clicked(self) -> None:
        step, ctx = self.selected_step(), self._ctx
        if step is not None:
            self._write(lambda: ctx.guidance.complete_step(ctx.actor, step.step_id, step.version))

    @Slot()
    def _on_reschedule_clicked(self) -> None:
        step, ctx = self.selected_step(), self._ctx
        chosen = self.date_edit.date()
        day = dt.date(chosen.year(), chosen.month(), chosen.day())
        if step is not None:
            self._write(lambda: ctx.guidance.reschedule_step(ctx.actor, step.step_id, step.version, day))

    @Slot()
    def _on_reassign_clicked(self) -> None:
        step, ctx = self.selected_step(), self._ctx
        data = self.assignee_combo.currentData()
        assignee = uuid.UUID(data) if data else None
        if step is not None:
            self._write(lambda: ctx.guidance.reassign_step(ctx.actor, step.step_id, step.version, assignee))

    @Slot()
    def _on_open_clicked(self) -> None:
        step = self.selected_step()
        if step is not None:
            self.sig_open_requested.emit(step.person_id)

    @Slot(object)
    def _on_data_changed(self, changes: Changes) -> None:
        if changes.ids("guidance_steps") or changes.ids("trajectories"):
            self.refresh()
