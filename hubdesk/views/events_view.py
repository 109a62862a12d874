"""Programme events: register an event (a Social Impact Night, a Buy Social marketplace...)
and tick the registered entrepreneurs who attended, found by searching."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.enums import EventKind, Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.services.events import MAX_GUESTS, AttendeeView, EventInput, EventService, EventView
from hubdesk.services.readmodels import Changes, EntrepreneurRow
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.guidance_labels import short_day
from hubdesk.views.impact_labels import event_kind_label
from hubdesk.views.impact_panel import ValidatedDialog, date_edit, date_value, enum_combo
from hubdesk.views.labels import stadsdeel_label
from hubdesk.views.rows_model import RowsModel
from hubdesk.views.tables import choose_one_row

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 30
EVENT_ENTITIES = ("programme_events", "event_attendances")


class EventDialog(ValidatedDialog):
    model = EventInput

    def __init__(self, today: dt.date, current: EventView | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Edit event") if current else self.tr("Register an event")
        super().__init__(title, self.tr("Save"), parent)
        self.name_edit = QLineEdit(current.name if current else "")
        self.name_edit.setPlaceholderText(self.tr("e.g. Social Impact Night Schalkwijk"))
        self.kind_combo = enum_combo(EventKind, current.kind if current else None)
        self.date_edit = date_edit(current.held_on if current else today)
        self.stadsdeel_combo = enum_combo(
            Stadsdeel, current.stadsdeel if current else None, none_text=self.tr("(city-wide or elsewhere)")
        )
        for i in range(1, self.stadsdeel_combo.count()):
            self.stadsdeel_combo.setItemText(i, stadsdeel_label(Stadsdeel(self.stadsdeel_combo.itemData(i))))
        self.guests_spin = QSpinBox()
        self.guests_spin.setRange(0, MAX_GUESTS)
        self.guests_spin.setValue(current.guests if current else 0)
        self.guests_spin.setToolTip(self.tr("Visitors who are not registered entrepreneurs: a number, no names"))
        self.add_field("name", self.tr("&Name"), self.name_edit)
        self.add_field("kind", self.tr("&Kind"), self.kind_combo)
        self.add_field("held_on", self.tr("&Date"), self.date_edit)
        self.add_field("stadsdeel", self.tr("&Stadsdeel"), self.stadsdeel_combo)
        self.add_field("guests", self.tr("Other &guests"), self.guests_spin)

    def data(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "held_on": date_value(self.date_edit),
            "stadsdeel": self.stadsdeel_combo.currentData(),
            "guests": self.guests_spin.value(),
        }


class EventTableModel(RowsModel[EventView]):
    COL_DATE, COL_NAME, COL_KIND, COL_STADSDEEL, COL_ATTENDEES, COL_GUESTS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("EventTableModel", "Date"),
        QT_TRANSLATE_NOOP("EventTableModel", "Event"),
        QT_TRANSLATE_NOOP("EventTableModel", "Kind"),
        QT_TRANSLATE_NOOP("EventTableModel", "Stadsdeel"),
        QT_TRANSLATE_NOOP("EventTableModel", "Entrepreneurs"),
        QT_TRANSLATE_NOOP("EventTableModel", "Guests"),
    )

    def set_rows(self, rows: Sequence[EventView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def event_at(self, row: int) -> EventView:
        return self._rows[row]

    def row_of(self, event_id: uuid.UUID) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == event_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_ATTENDEES, self.COL_GUESTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            short_day(e.held_on),
            e.name,
            event_kind_label(e.kind),
            stadsdeel_label(e.stadsdeel),
            str(e.attendees),
            str(e.guests),
        )[col]


class EventsView(QWidget):
    """The hub's events with their attendance counts; for the chosen event, who attended,
    and a search to tick more entrepreneurs as attendees.

    Signals:
        sig_loaded(): the events (and the chosen event's attendees) are shown.
    """

    sig_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = EventService(ctx.store)
        self._today = dt.date.today()
        self._attendees: list[AttendeeView] = []
        self._select_id: uuid.UUID | None = None
        self.dialog: EventDialog | None = None

        title = QLabel(self.tr("Events"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.new_button = QPushButton(self.tr("Register an event…"))
        self.new_button.setToolTip(
            self.tr("A Social Impact Night, a Buy Social marketplace, a workshop (Ctrl+Shift+E)")
        )
        self.new_button.setShortcut("Ctrl+Shift+E")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        self.model = EventTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Events"))
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        choose_one_row(self.table)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(EventTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (EventTableModel.COL_DATE, EventTableModel.COL_ATTENDEES, EventTableModel.COL_GUESTS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(EventTableModel.COL_KIND, 200)
        header.resizeSection(EventTableModel.COL_STADSDEEL, 110)
        self.empty_label = QLabel(self.tr("No events yet. “Register an event…” adds the first."))

        # attendees of the chosen event
        self.attendees_title = QLabel()
        bold = self.attendees_title.font()
        bold.setBold(True)
        self.attendees_title.setFont(bold)
        self.attendee_list = QListWidget()
        self.attendee_list.setAccessibleName(self.tr("Registered entrepreneurs who attended"))
        self.remove_button = QPushButton(self.tr("Remove from the list"))
        self.remove_button.setToolTip(self.tr("The chosen entrepreneur did not attend after all (Delete)"))
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Find an entrepreneur to tick as attended"))
        self.search_edit.setAccessibleName(self.tr("Search entrepreneurs"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results: ticked means attended"))
        self.hint_label = QLabel(self.tr("Tick who attended (Space); untick to take them off the list."))
        self.hint_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.attendees_title)
        left.addWidget(self.attendee_list, 1)
        left.addWidget(self.remove_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Add attendees")))
        right.addWidget(self.search_edit)
        right.addWidget(self.results, 1)
        right.addWidget(self.hint_label)
        self.attendance_box = QWidget()
        box = QHBoxLayout(self.attendance_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(left, 1)
        box.addSpacing(12)
        box.addLayout(right, 1)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        upper_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.attendance_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self._connect_signals()
        self._populate()

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.table.activated.connect(self._on_edit_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._on_search_return)
        self._search_timer.timeout.connect(self._search)
        self.results.itemChanged.connect(self._on_result_item_changed)
        # Delete on the list of attendees only (not window-wide: text fields use the key too).
        self._delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.attendee_list)
        self._delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete_shortcut.activated.connect(self._on_remove_clicked)
        self._ctx.signals.sig_data_changed.connect(self._on_data_changed)

    def _populate(self) -> None:
        """Nothing is read until the view is first shown (see :meth:`showEvent`): the
        database thread serves the list and the files first when the desk opens."""
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- public -------------------------------------------------------------------------------------------
    def selected_event(self) -> EventView | None:
        index = self.table.currentIndex()
        return self.model.event_at(index.row()) if index.isValid() else None

    def attendees(self) -> list[AttendeeView]:
        return list(self._attendees)

    def reload(self) -> None:
        self._stale = False
        service, hub = self._service, self._ctx.actor.hub_id
        self._ctx.runner.submit(lambda: (service.events(hub), service.today()), self._on_events_loaded, owner=self)

    # -- loading ------------------------------------------------------------------------------------------
    def _on_events_loaded(self, result: tuple[list[EventView], dt.date]) -> None:
        events, self._today = result
        shown = self.selected_event()
        keep = self._select_id or (shown.id if shown is not None else None)
        self._select_id = None
        blocker = self.table.selectionModel().blockSignals(True)
        self.model.set_rows(events)
        self.table.selectionModel().blockSignals(blocker)
        self.empty_label.setVisible(not events)
        if events:
            row = self.model.row_of(keep) if keep is not None else -1
            self.table.setCurrentIndex(self.model.index(max(0, row), 0))
        self._load_attendees()

    def _load_attendees(self) -> None:
        event = self.selected_event()
        self._update_buttons()
        if event is None:
            self._show_attendees(None, [])
            return
        service, event_id = self._service, event.id
        self._ctx.runner.submit(
            lambda: service.attendees(event_id), lambda rows: self._show_attendees(event_id, rows), owner=self
        )

    def _show_attendees(self, event_id: uuid.UUID | None, rows: list[AttendeeView]) -> None:
        event = self.selected_event()
        if (event.id if event else None) != event_id:
            return  # another event was chosen meanwhile
        self._attendees = rows
        self.attendee_list.clear()
        for a in rows:
            text = f"{a.name} — {a.enterprise_name}" if a.enterprise_name else a.name
            item = QListWidgetItem(text, self.attendee_list)
            item.setData(Qt.ItemDataRole.UserRole, str(a.person_id))
        if event is None:
            self.attendees_title.setText(self.tr("Choose an event to see who attended."))
        else:
            self.attendees_title.setText(
                self.tr("Attended “%1” (%2): %n registered entrepreneur(s)", "", len(rows))
                .replace("%1", event.name)
                .replace("%2", short_day(event.held_on))
            )
        self.attendance_box.setEnabled(event is not None)
        self._tick_results()
        self._update_buttons()
        self.sig_loaded.emit()

    @Slot(object)
    def _on_data_changed(self, changes: Changes) -> None:
        if any(changes.ids(e) for e in EVENT_ENTITIES) or changes.ids("persons"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True  # read again when shown

    # -- searching ----------------------------------------------------------------------------------------
    @Slot()
    def _search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self._show_results([])
            return
        search = self._ctx.search
        self._ctx.runner.submit(lambda: search.search(text, SEARCH_LIMIT), self._show_results, owner=self)

    def _show_results(self, rows: list[EntrepreneurRow]) -> None:
        blocker = self.results.blockSignals(True)
        self.results.clear()
        for r in rows:
            text = f"{r.name} — {r.enterprise_name}" if r.enterprise_name else r.name
            if r.stadsdeel is not None:
                text += f" ({stadsdeel_label(r.stadsdeel)})"
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, str(r.person_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.results.blockSignals(blocker)
        self._tick_results()
        if rows:
            self.results.setCurrentRow(0)

    def _tick_results(self) -> None:
        attending = {str(a.person_id) for a in self._attendees}
        blocker = self.results.blockSignals(True)
        for i in range(self.results.count()):
            item = self.results.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in attending
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.results.blockSignals(blocker)

    @Slot()
    def _on_search_return(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.results.setFocus()
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    @Slot(QListWidgetItem)
    def _on_result_item_changed(self, item: QListWidgetItem) -> None:
        event = self.selected_event()
        if event is None:
            self._tick_results()
            return
        person_id = uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
        attending = any(a.person_id == person_id for a in self._attendees)
        if item.checkState() == Qt.CheckState.Checked and not attending:
            self._add_attendee(event, person_id)
        elif item.checkState() == Qt.CheckState.Unchecked and attending:
            self._remove_attendee(event, person_id)

    # -- writes -------------------------------------------------------------------------------------------
    def _add_attendee(self, event: EventView, person_id: uuid.UUID) -> None:
        service, actor, event_id = self._service, self._ctx.actor, event.id

        def work() -> tuple[uuid.UUID, Changes]:
            return service.add_attendee(actor, event_id, person_id, service.enterprise_of(person_id))

        self._ctx.runner.submit(
            work, lambda result: self._written(result[1], self.tr("Added to the attendees.")), self._failed, owner=self
        )

    def _remove_attendee(self, event: EventView, person_id: uuid.UUID) -> None:
        service, actor, event_id = self._service, self._ctx.actor, event.id
        self._ctx.runner.submit(
            lambda: service.remove_attendee(actor, event_id, person_id),
            lambda changes: self._written(changes, self.tr("Taken off the attendees.")),
            self._failed,
            owner=self,
        )

    @Slot()
    def _on_remove_clicked(self) -> None:
        event, item = self.selected_event(), self.attendee_list.currentItem()
        if event is not None and item is not None:
            self._remove_attendee(event, uuid.UUID(item.data(Qt.ItemDataRole.UserRole)))

    def _written(self, changes: Changes, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        self._ctx.signals.announce(changes)  # this view reloads on it, as do the others

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            self.status_label.setStyleSheet("QLabel { color: #b02a37; }")
            self.status_label.setText(error_text(error, ui_language()))
            self.reload()
        else:
            show_error(self, error)

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected_event() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and bool(self._attendees))

    @Slot()
    def _on_table_current_changed(self) -> None:
        self._load_attendees()

    # -- dialogs ------------------------------------------------------------------------------------------
    def _open_dialog(self, dialog: EventDialog, action: Any) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.accepted.connect(lambda: action(dialog.data()))
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    @Slot()
    def _on_dialog_finished(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    @Slot()
    def _on_new_clicked(self) -> None:
        service, actor = self._service, self._ctx.actor

        def save(data: dict[str, Any]) -> None:
            def done(result: tuple[uuid.UUID, Changes]) -> None:
                self._select_id = result[0]
                self._written(result[1], self.tr("Event registered: now tick who attended."))
                self.search_edit.setFocus()

            self._ctx.runner.submit(lambda: service.create_event(actor, data), done, self._failed, owner=self)

        self._open_dialog(EventDialog(self._today, None, self), save)

    @Slot()
    def _on_edit_clicked(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        service, actor, event_id, version = self._service, self._ctx.actor, event.id, event.version

        def save(data: dict[str, Any]) -> None:
            self._ctx.runner.submit(
                lambda: service.update_event(actor, event_id, version, data),
                lambda changes: self._written(changes, self.tr("Changes saved.")),
                self._failed,
                owner=self,
            )

        self._open_dialog(EventDialog(self._today, event, self), save)

    def _confirm(self, text: str) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Delete event"), text)
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_delete_clicked(self) -> None:
        event = self.selected_event()
        if event is None or not self._confirm(
            self.tr("Delete “%1” and its list of attendees?").replace("%1", event.name)
        ):
            return
        service, actor, event_id = self._service, self._ctx.actor, event.id
        self._ctx.runner.submit(
            lambda: service.delete_event(actor, event_id),
            lambda changes: self._written(changes, self.tr("Event deleted.")),
            self._failed,
            owner=self,
        )
