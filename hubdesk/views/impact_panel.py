"""The impact part of an entrepreneur's file: per enterprise its recognitions, social-procurement
matches and work placements, with dialogs to add, edit and remove them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text, message
from hubdesk.models.enums import (
    PlacementKind,
    ProcurementKind,
    ProcurementRoute,
    PsoLevel,
    RecognitionKind,
    TargetGroup,
    ValueBand,
)
from hubdesk.models.errors import FieldIssue, UserFacingError
from hubdesk.models.validation import issues_from_validation_error
from hubdesk.services.impact import (
    MAX_PLACES,
    ImpactRegister,
    ImpactService,
    MatchInput,
    MatchView,
    PlacementInput,
    PlacementView,
    RecognitionInput,
    RecognitionView,
)
from hubdesk.services.readmodels import Changes
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.guidance_labels import from_qdate, short_day, to_qdate
from hubdesk.views.impact_labels import enum_label, pso_level_label
from hubdesk.views.rows_model import RowsModel
from hubdesk.views.tables import file_table
from hubdesk.views.trajectory_dialogs import ERROR_STYLE, FormDialog

VISIBLE_ROWS = 4
NO_DATE = QDate(2000, 1, 1)
IMPACT_ENTITIES = ("recognitions", "procurement_matches", "work_placements")

Item = RecognitionView | MatchView | PlacementView


# -- editors --------------------------------------------------------------------------------------------------
def enum_combo(kind: type[StrEnum], current: StrEnum | None = None, *, none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for value in kind:
        combo.addItem(pso_level_label(value) if isinstance(value, PsoLevel) else enum_label(value), value.value)
    index = combo.findData(current.value if current is not None else None)
    combo.setCurrentIndex(max(0, index))
    return combo


def date_edit(day: dt.date | None, *, optional: bool = False) -> QDateEdit:
    """A date editor; an optional one shows "(none)" at its lowest date, which means no date."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(QCoreApplication.translate("ImpactPanel", "(none)"))
    edit.setDate(to_qdate(day) if day is not None else NO_DATE)
    return edit


def date_value(edit: QDateEdit) -> str | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return from_qdate(edit.date()).isoformat()


def _value_of(editor: QWidget) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QDateEdit):
        return date_value(editor)
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QLineEdit):
        return editor.text()
    raise TypeError(f"no value for a {type(editor).__name__}")


class ValidatedDialog(FormDialog):
    """A form whose input is checked by the service's Pydantic model as the worker types:
    each problem is shown under its field, and OK is refused while there is one."""

    model: type[BaseModel]

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, ok_text, parent)
        self.field_errors: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self._touched = False

    def add_field(self, name: str, caption: str, editor: QWidget) -> None:
        error = QLabel()
        error.setObjectName(f"{name}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        self.add_row(caption, cell)
        label = self.form.labelForField(cell)
        if isinstance(label, QLabel):
            label.setBuddy(editor)
        self.field_errors[name] = error
        self.editors[name] = editor
        for signal in ("currentIndexChanged", "dateChanged", "valueChanged", "textChanged"):
            if hasattr(editor, signal):
                getattr(editor, signal).connect(self._on_input_changed)

    def data(self) -> dict[str, Any]:
        """Each field's value as the service's model takes it, read from its editor."""
        return {name: _value_of(editor) for name, editor in self.editors.items()}

    def issues(self) -> list[FieldIssue]:
        try:
            self.model.model_validate(self.data())
        except ValidationError as exc:
            return issues_from_validation_error(exc)
        return []

    def show_issues(self, issues: Sequence[FieldIssue]) -> None:
        lang = ui_language()
        for label in self.field_errors.values():
            label.clear()
            label.hide()
        for issue in issues:
            shown = self.field_errors.get(issue.field.split(".")[-1])
            if shown is not None:
                shown.setText(message(issue.code, issue.params, lang))
                shown.show()

    @Slot()
    def _on_input_changed(self) -> None:
        self._touched = True
        self.error_label.hide()
        self.show_issues(self.issues())

    def problem(self) -> str:
        issues = self.issues()
        self.show_issues(issues)
        if not issues:
            return ""
        first = issues[0].field.split(".")[-1]
        if first in self.editors:
            self.editors[first].setFocus()
        return self.tr("Put the marked fields right first.")


class RecognitionDialog(ValidatedDialog):
    model = RecognitionInput

    def __init__(self, today: dt.date, current: RecognitionView | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Edit recognition") if current else self.tr("Add a recognition")
        super().__init__(title, self.tr("Save"), parent)
        self.kind_combo = enum_combo(RecognitionKind, current.kind if current else None)
        self.level_combo = enum_combo(
            PsoLevel, current.pso_level if current else None, none_text=self.tr("(not a PSO certificate)")
        )
        self.awarded_edit = date_edit(current.awarded_on if current else today)
        self.valid_edit = date_edit(current.valid_until if current else None, optional=True)
        self.add_field("kind", self.tr("&Recognition"), self.kind_combo)
        self.add_field("pso_level", self.tr("PSO &level"), self.level_combo)
        self.add_field("awarded_on", self.tr("&Awarded on"), self.awarded_edit)
        self.add_field("valid_until", self.tr("&Valid until"), self.valid_edit)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    @Slot()
    def _on_kind_changed(self) -> None:
        pso = self.kind_combo.currentData() == RecognitionKind.PSO.value
        self.level_combo.setEnabled(pso)
        if not pso:
            self.level_combo.setCurrentIndex(0)
        elif self.level_combo.currentIndex() == 0:
            self.level_combo.setCurrentIndex(1)


class MatchDialog(ValidatedDialog):
    model = MatchInput

    def __init__(self, today: dt.date, current: MatchView | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Edit procurement match") if current else self.tr("Add a social-procurement match")
        super().__init__(title, self.tr("Save"), parent)
        self.buyer_edit = QLineEdit(current.buyer if current else "")
        self.buyer_edit.setPlaceholderText(self.tr("e.g. Gemeente Haarlem, a contractor with an SROI obligation"))
        self.buyer_edit.setMaxLength(200)  # the service says when it is too long
        self.route_combo = enum_combo(ProcurementRoute, current.route if current else None)
        self.kind_combo = enum_combo(ProcurementKind, current.kind if current else None)
        self.value_combo = enum_combo(ValueBand, current.value_band if current else None)
        self.date_edit = date_edit(current.matched_on if current else today)
        self.add_field("buyer", self.tr("&Buyer"), self.buyer_edit)
        self.add_field("route", self.tr("R&oute"), self.route_combo)
        self.add_field("kind", self.tr("&Kind"), self.kind_combo)
        self.add_field("value_band", self.tr("&Value"), self.value_combo)
        self.add_field("matched_on", self.tr("&Date"), self.date_edit)


class PlacementDialog(ValidatedDialog):
    model = PlacementInput

    def __init__(self, today: dt.date, current: PlacementView | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Edit work placements") if current else self.tr("Add work placements")
        super().__init__(title, self.tr("Save"), parent)
        self.set_intro(self.tr("Counts only: never who fills a place."))
        self.kind_combo = enum_combo(PlacementKind, current.kind if current else None)
        self.group_combo = enum_combo(TargetGroup, current.target_group if current else None)
        self.offered_spin = QSpinBox()
        self.offered_spin.setRange(0, MAX_PLACES)
        self.offered_spin.setValue(current.places_offered if current else 1)
        self.filled_spin = QSpinBox()
        self.filled_spin.setRange(0, MAX_PLACES)
        self.filled_spin.setValue(current.places_filled if current else 0)
        self.start_edit = date_edit(current.period_start if current else today)
        self.end_edit = date_edit(current.period_end if current else None, optional=True)
        self.add_field("kind", self.tr("&Kind"), self.kind_combo)
        self.add_field("target_group", self.tr("&Target group"), self.group_combo)
        self.add_field("places_offered", self.tr("Places &offered"), self.offered_spin)
        self.add_field("places_filled", self.tr("Places &filled"), self.filled_spin)
        self.add_field("period_start", self.tr("From"), self.start_edit)
        self.add_field("period_end", self.tr("&Until"), self.end_edit)


# -- the table ------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ImpactRow:
    enterprise_id: uuid.UUID
    enterprise_name: str
    item: Item


class ImpactTableModel(RowsModel[ImpactRow]):
    COL_PART, COL_WHAT, COL_DATE, COL_ENTERPRISE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImpactTableModel", "Part"),
        QT_TRANSLATE_NOOP("ImpactTableModel", "What"),
        QT_TRANSLATE_NOOP("ImpactTableModel", "Date"),
        QT_TRANSLATE_NOOP("ImpactTableModel", "Enterprise"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.min

    def set_rows(self, registers: Sequence[ImpactRegister], today: dt.date) -> None:
        self.beginResetModel()
        self._today = today
        rows: list[ImpactRow] = []
        for reg in registers:
            items: list[Item] = [*reg.recognitions, *reg.matches, *reg.placements]
            rows += [ImpactRow(reg.enterprise_id, reg.trade_name, item) for item in items]
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ImpactRow:
        return self._rows[row]

    def row_of(self, item_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.item.id == item_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        col = index.column()
        if col == self.COL_ENTERPRISE:
            return row.enterprise_name
        item = row.item
        if isinstance(item, RecognitionView):
            if col == self.COL_PART:
                return self.tr("Recognition")
            if col == self.COL_WHAT:
                text = enum_label(item.kind)
                if item.pso_level is not None:
                    text += f", {pso_level_label(item.pso_level)}"
                if not item.is_current(self._today):
                    text += " " + self.tr("(expired)")
                return text
            until = f" – {short_day(item.valid_until)}" if item.valid_until else ""
            return short_day(item.awarded_on) + until
        if isinstance(item, MatchView):
            if col == self.COL_PART:
                return self.tr("Procurement")
            if col == self.COL_WHAT:
                return f"{item.buyer} · {enum_label(item.route)} · {enum_label(item.value_band)}"
            return short_day(item.matched_on)
        if col == self.COL_PART:
            return self.tr("Placements")
        if col == self.COL_WHAT:
            return (
                self.tr("%1: %2 of %3 filled (%4)")
                .replace("%1", enum_label(item.kind))
                .replace("%2", str(item.places_filled))
                .replace("%3", str(item.places_offered))
                .replace("%4", enum_label(item.target_group))
            )
        until = f" – {short_day(item.period_end)}" if item.period_end else ""
        return short_day(item.period_start) + until


# -- the panel ------------------------------------------------------------------------------------------------
class ImpactPanel(QWidget):
    """The impact register of the enterprises shown in :class:`PersonFileView`.

    The file calls :meth:`set_enterprises` after each load; the panel loads the registers
    itself on the database thread, and again when another desk changes an impact record.

    Signals:
        sig_written(Changes, str): a write succeeded; the message says what was done.
        sig_failed(str): a write was refused; the sentence says why.
    """

    sig_written = Signal(object, str)
    sig_failed = Signal(str)
    sig_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = ImpactService(ctx.store)
        self._enterprises: list[tuple[uuid.UUID, str]] = []
        self._today = dt.date.today()
        self._select_id: uuid.UUID | None = None
        self.dialog: ValidatedDialog | None = None  # the open dialog, if any

        title = QLabel(self.tr("Impact"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.enterprise_combo = QComboBox()
        self.enterprise_combo.setAccessibleName(self.tr("Enterprise for new entries"))
        self.enterprise_combo.setToolTip(self.tr("The enterprise that new entries are for"))
        self.enterprise_combo.hide()
        self.add_recognition_button = QPushButton(self.tr("Recognition…"))
        self.add_recognition_button.setToolTip(
            self.tr("Add a recognition: Code register or aspirant, SE NL, PSO level, KIP SROI badge")
        )
        self.add_match_button = QPushButton(self.tr("Procurement match…"))
        self.add_match_button.setToolTip(self.tr("Add a social-procurement match: buyer, route, kind, value"))
        self.add_placement_button = QPushButton(self.tr("Placements…"))
        self.add_placement_button.setToolTip(self.tr("Add work placements: places offered and filled, as counts"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.empty_label, 1)
        top.addStretch(0)  # keeps the buttons their natural size while the empty text is hidden
        top.addWidget(self.enterprise_combo)
        top.addWidget(QLabel(self.tr("Add:")))
        for button in (self.add_recognition_button, self.add_match_button, self.add_placement_button):
            top.addWidget(button)

        self.model = ImpactTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        file_table(
            self.table,
            self.tr("Impact register"),
            widths={ImpactTableModel.COL_PART: 120, ImpactTableModel.COL_WHAT: 420, ImpactTableModel.COL_DATE: 190},
            visible_rows=VISIBLE_ROWS,
        )
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the chosen entry (Enter)"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setToolTip(self.tr("Remove the chosen entry from the register"))
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(6)
        details.addWidget(self.table)
        details.addLayout(actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.details)

        self._connect_signals()
        self._populate()

    def _connect_signals(self) -> None:
        self.add_recognition_button.clicked.connect(self._on_add_recognition_clicked)
        self.add_match_button.clicked.connect(self._on_add_match_clicked)
        self.add_placement_button.clicked.connect(self._on_add_placement_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.activated.connect(self._on_edit_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._ctx.signals.sig_data_changed.connect(self._on_data_changed)

    def _populate(self) -> None:
        self.clear()

    # -- public -------------------------------------------------------------------------------------------
    def clear(self) -> None:
        self._enterprises = []
        self.model.set_rows([], self._today)
        self.enterprise_combo.clear()
        self.enterprise_combo.hide()
        self.empty_label.hide()
        self.details.hide()
        self._update_buttons()

    def set_enterprises(self, enterprises: Sequence[tuple[uuid.UUID, str]]) -> None:
        """Show the registers of these enterprises (id, trade name) and load them."""
        self._enterprises = list(enterprises)
        chosen = self.enterprise_combo.currentData()
        self.enterprise_combo.clear()
        for eid, name in self._enterprises:
            self.enterprise_combo.addItem(name or self.tr("(no trade name yet)"), str(eid))
        self.enterprise_combo.setCurrentIndex(max(0, self.enterprise_combo.findData(chosen)))
        self.enterprise_combo.setVisible(len(self._enterprises) > 1)
        self.reload()

    def reload(self) -> None:
        ids = [eid for eid, _ in self._enterprises]
        if not ids:
            self._show([], self._today)
            return
        service = self._service
        self._ctx.runner.submit(lambda: (service.registers(ids), service.today()), self._on_loaded, owner=self)

    def items(self) -> list[ImpactRow]:
        return [self.model.row_at(r) for r in range(self.model.rowCount())]

    def selected(self) -> ImpactRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- loading ------------------------------------------------------------------------------------------
    def _on_loaded(self, result: tuple[list[ImpactRegister], dt.date]) -> None:
        registers, today = result
        if {r.enterprise_id for r in registers} - {eid for eid, _ in self._enterprises}:
            return  # another file was opened meanwhile
        self._show(registers, today)

    def _show(self, registers: Sequence[ImpactRegister], today: dt.date) -> None:
        shown = self.selected()
        keep = self._select_id or (shown.item.id if shown is not None else None)
        self._select_id = None
        self._today = today
        self.model.set_rows(registers, today)
        has_rows = self.model.rowCount() > 0
        if not self._enterprises:
            self.empty_label.setText(self.tr("No enterprise yet: the impact register belongs to an enterprise."))
        else:
            self.empty_label.setText(self.tr("Nothing recorded yet: recognitions, procurement matches, placements."))
        self.empty_label.setVisible(not has_rows)
        self.details.setVisible(has_rows)
        if has_rows:
            row = self.model.row_of(keep) if keep is not None else -1
            self.table.setCurrentIndex(self.model.index(max(0, row), 0))
        self._update_buttons()
        self.sig_loaded.emit()

    @Slot(object)
    def _on_data_changed(self, changes: Changes) -> None:
        if self._enterprises and any(changes.ids(e) for e in IMPACT_ENTITIES):
            self.reload()

    # -- actions ------------------------------------------------------------------------------------------
    @Slot()
    def _update_buttons(self) -> None:
        can_add = bool(self._enterprises)
        for button in (self.add_recognition_button, self.add_match_button, self.add_placement_button):
            button.setEnabled(can_add)
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _target(self) -> uuid.UUID | None:
        data = self.enterprise_combo.currentData()
        return uuid.UUID(data) if data else None

    @Slot()
    def _on_add_recognition_clicked(self) -> None:
        self._add(
            RecognitionDialog(self._today, None, self), self._service.add_recognition, self.tr("Recognition added.")
        )

    @Slot()
    def _on_add_match_clicked(self) -> None:
        self._add(MatchDialog(self._today, None, self), self._service.add_match, self.tr("Procurement match added."))

    @Slot()
    def _on_add_placement_clicked(self) -> None:
        self._add(PlacementDialog(self._today, None, self), self._service.add_placement, self.tr("Placements added."))

    def _add(self, dialog: ValidatedDialog, write: Callable[..., tuple[uuid.UUID, Changes]], done: str) -> None:
        target = self._target()
        if target is None:
            dialog.deleteLater()
            return
        actor = self._ctx.actor

        def written(result: tuple[uuid.UUID, Changes]) -> None:
            self._select_id = result[0]
            self._after_write(result[1], done)

        def save(data: dict[str, Any]) -> None:
            self._ctx.runner.submit(lambda: write(actor, target, data), written, self._on_failed, owner=self)

        self._open_dialog(dialog, save)

    def _open_dialog(self, dialog: ValidatedDialog, action: Callable[[dict[str, Any]], None]) -> None:
        """Show ``dialog`` window-modal; ``action(data)`` runs when it is accepted."""
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
    def _on_edit_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        item, service = row.item, self._service
        update: Callable[..., Changes]
        dialog: ValidatedDialog
        if isinstance(item, RecognitionView):
            dialog, update = RecognitionDialog(self._today, item, self), service.update_recognition
        elif isinstance(item, MatchView):
            dialog, update = MatchDialog(self._today, item, self), service.update_match
        else:
            dialog, update = PlacementDialog(self._today, item, self), service.update_placement
        actor, item_id, version = self._ctx.actor, item.id, item.version

        def save(data: dict[str, Any]) -> None:
            self._select_id = item_id
            self._ctx.runner.submit(
                lambda: update(actor, item_id, version, data),
                lambda changes: self._after_write(changes, self.tr("Changes saved.")),
                self._on_failed,
                owner=self,
            )

        self._open_dialog(dialog, save)

    def _confirm(self, text: str) -> bool:
        """Ask before removing (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Remove from the register"), text)
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        item = row.item
        what = self.model.data(self.model.index(self.table.currentIndex().row(), ImpactTableModel.COL_WHAT))
        question = (
            self.tr("Remove “%1” from the impact register of %2?")
            .replace("%1", str(what))
            .replace("%2", row.enterprise_name)
        )
        if not self._confirm(question):
            return
        service = self._service
        remove: Callable[..., Changes] = (
            service.delete_recognition
            if isinstance(item, RecognitionView)
            else service.delete_match
            if isinstance(item, MatchView)
            else service.delete_placement
        )
        actor, item_id, version = self._ctx.actor, item.id, item.version
        self._ctx.runner.submit(
            lambda: remove(actor, item_id, version),
            lambda changes: self._after_write(changes, self.tr("Removed from the register.")),
            self._on_failed,
            owner=self,
        )

    def _after_write(self, changes: Changes, text: str) -> None:
        self.sig_written.emit(changes, text)
        self.reload()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):  # a stale edit, a record removed elsewhere...
            self.sig_failed.emit(error_text(error, ui_language()))
            self.reload()
        else:
            show_error(self, error)
