"""The coordinator's editor of routes (the steps they plan) and of the step-type catalog."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.errors import UserFacingError
from hubdesk.services.catalog import RouteInfo, StepTypeInfo
from hubdesk.services.readmodels import Changes
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.guidance_labels import localized
from hubdesk.views.trajectory_dialogs import ERROR_STYLE, FormDialog

MAX_OFFSET_DAYS = 730
ROUTE_ROLE = Qt.ItemDataRole.UserRole + 1
CatalogData = tuple[list[RouteInfo], list[StepTypeInfo], bool]


class NamesDialog(FormDialog):
    """A Dutch and an English name (a new route, a new or renamed kind of step)."""

    def __init__(self, title: str, ok_text: str, name_nl: str = "", name_en: str = "", parent: QWidget | None = None):
        super().__init__(title, ok_text, parent)
        self.nl_edit = QLineEdit(name_nl)
        self.en_edit = QLineEdit(name_en)
        self.add_row(self.tr("Dutch name"), self.nl_edit)
        self.add_row(self.tr("English name"), self.en_edit)

    def problem(self) -> str:
        if not self.nl_edit.text().strip() or not self.en_edit.text().strip():
            return self.tr("Fill in both a Dutch and an English name.")
        return ""

    def names(self) -> tuple[str, str]:
        return self.nl_edit.text().strip(), self.en_edit.text().strip()


class RoutesEditorDialog(QDialog):
    """Routes with their steps (kind of step and days after the start; add, remove,
    reorder) and the catalog of step types (add, rename, deactivate).

    Every save is one service call on the database thread (``CatalogService.save_route``,
    ``create_route``, ``set_route_active``, ``add_step_type``, ``rename_step_type``,
    ``set_step_type_active``), announced, and followed by a reload. The services refuse
    anyone but a coordinator or an admin; for them the editor only shows.

    Signals:
        sig_loaded(): the catalog is shown (after opening and after every save).
    """

    sig_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._routes: list[RouteInfo] = []
        self._types: list[StepTypeInfo] = []
        self._can_edit = False
        self._busy = True
        self._steps: list[tuple[str, int]] = []  # the chosen route's steps as edited
        self._select_route: uuid.UUID | None = None
        self._select_type: str | None = None
        self.dialog: NamesDialog | None = None
        self._dialog_action: Callable[[NamesDialog], None] | None = None
        self.setWindowTitle(self.tr("Routes and kinds of steps"))
        self.resize(920, 620)

        self.notice_label = QLabel(
            self.tr(
                "A route plans the steps of a new trajectory. Changing a route never changes "
                "trajectories already started: they keep the steps they were given."
            )
        )
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)

        # -- routes -------------------------------------------------------------------------------
        self.route_list = QListWidget()
        self.route_list.setAccessibleName(self.tr("Routes"))
        self.route_list.setMinimumWidth(280)
        self.route_list.setWordWrap(True)  # long route names wrap instead of being cut off
        self.route_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_route_button = QPushButton(self.tr("New route…"))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Routes")))
        left.addWidget(self.route_list, 1)
        left.addWidget(self.new_route_button)

        self.route_box = QGroupBox(self.tr("Route"))
        self.name_nl_edit = QLineEdit()
        self.name_en_edit = QLineEdit()
        self.code_value = QLabel()
        self.code_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names = QFormLayout()
        names.addRow(self._caption(self.tr("Dutch name"), self.name_nl_edit), self.name_nl_edit)
        names.addRow(self._caption(self.tr("English name"), self.name_en_edit), self.name_en_edit)
        names.addRow(self.tr("Code"), self.code_value)
        self.steps_table = QTableWidget(0, 2)
        self.steps_table.setAccessibleName(self.tr("Steps of the route"))
        self.steps_table.setHorizontalHeaderLabels([self.tr("Kind of step"), self.tr("Days after the start")])
        self.steps_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.steps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_table.setTabKeyNavigation(False)
        header = self.steps_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_row_button = QPushButton(self.tr("Add step"))
        self.remove_row_button = QPushButton(self.tr("Remove step"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        row_buttons = QHBoxLayout()
        for button in (self.add_row_button, self.remove_row_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        self.route_active_button = QPushButton(self.tr("Deactivate route"))
        self.undo_button = QPushButton(self.tr("Undo changes"))
        self.save_route_button = QPushButton(self.tr("Save route"))
        self.save_route_button.setDefault(True)
        route_buttons = QHBoxLayout()
        route_buttons.addWidget(self.route_active_button)
        route_buttons.addStretch(1)
        route_buttons.addWidget(self.undo_button)
        route_buttons.addWidget(self.save_route_button)
        route_layout = QVBoxLayout(self.route_box)
        route_layout.addLayout(names)
        route_layout.addWidget(self.steps_table, 1)
        route_layout.addLayout(row_buttons)
        route_layout.addLayout(route_buttons)

        routes_page = QWidget()
        routes_layout = QHBoxLayout(routes_page)
        routes_layout.addLayout(left)
        routes_layout.addWidget(self.route_box, 1)

        # -- step types ---------------------------------------------------------------------------
        self.types_table = QTableWidget(0, 4)
        self.types_table.setAccessibleName(self.tr("Kinds of steps"))
        self.types_table.setHorizontalHeaderLabels(
            [self.tr("Dutch name"), self.tr("English name"), self.tr("Code"), self.tr("In use")]
        )
        self.types_table.verticalHeader().hide()
        self.types_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.types_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.types_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.types_table.setAlternatingRowColors(True)
        types_header = self.types_table.horizontalHeader()
        types_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        types_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        types_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        types_header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.new_type_button = QPushButton(self.tr("New kind of step…"))
        self.rename_type_button = QPushButton(self.tr("Rename…"))
        self.type_active_button = QPushButton(self.tr("Deactivate"))
        type_buttons = QHBoxLayout()
        for button in (self.new_type_button, self.rename_type_button, self.type_active_button):
            type_buttons.addWidget(button)
        type_buttons.addStretch(1)
        types_page = QWidget()
        types_layout = QVBoxLayout(types_page)
        types_hint = QLabel(
            self.tr("A kind of step that is deactivated is no longer offered; steps already planned keep it.")
        )
        types_hint.setWordWrap(True)
        types_layout.addWidget(types_hint)
        types_layout.addWidget(self.types_table, 1)
        types_layout.addLayout(type_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(routes_page, self.tr("Routes"))
        self.tabs.addTab(types_page, self.tr("Kinds of steps"))

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.close_buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        self.close_button: QPushButton = close
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.close_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self._connect_signals()
        self._populate()

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _connect_signals(self) -> None:
        self.route_list.currentRowChanged.connect(self._on_route_list_current_changed)
        self.new_route_button.clicked.connect(self._on_new_route_clicked)
        self.name_nl_edit.textEdited.connect(self._on_route_edited)
        self.name_en_edit.textEdited.connect(self._on_route_edited)
        self.steps_table.currentCellChanged.connect(self._on_steps_table_current_changed)
        self.add_row_button.clicked.connect(self._on_add_row_clicked)
        self.remove_row_button.clicked.connect(self._on_remove_row_clicked)
        self.up_button.clicked.connect(self._on_up_clicked)
        self.down_button.clicked.connect(self._on_down_clicked)
        self.route_active_button.clicked.connect(self._on_route_active_clicked)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.save_route_button.clicked.connect(self._on_save_route_clicked)
        self.types_table.currentCellChanged.connect(self._on_types_table_current_changed)
        self.new_type_button.clicked.connect(self._on_new_type_clicked)
        self.rename_type_button.clicked.connect(self._on_rename_type_clicked)
        self.type_active_button.clicked.connect(self._on_type_active_clicked)
        self.close_buttons.rejected.connect(self.reject)

    def _populate(self) -> None:
        self._update_buttons()
        self._load()

    # -- loading ------------------------------------------------------------------------------
    def _load(self) -> None:
        catalog, actor = self._ctx.catalog, self._ctx.actor
        self._busy = True
        self._update_buttons()
        self._ctx.runner.submit(
            lambda: (catalog.route_catalog(), catalog.step_types(), catalog.can_edit_catalog(actor)),
            self._on_loaded,
            self._on_failed,
            owner=self,
        )

    def _on_loaded(self, data: CatalogData) -> None:
        self._routes, self._types, self._can_edit = data
        self._busy = False
        shown = self.current_route()
        current = self._select_route or (shown.id if shown is not None else None)
        self._select_route = None
        blocker = self.route_list.blockSignals(True)
        self.route_list.clear()
        for route in self._routes:
            text = localized(route.name_nl, route.name_en)
            if not route.active:
                text = self.tr("%1 (inactive)").replace("%1", text)
            item = QListWidgetItem(text, self.route_list)
            item.setData(ROUTE_ROLE, str(route.id))
        row = next((i for i, r in enumerate(self._routes) if r.id == current), 0 if self._routes else -1)
        self.route_list.setCurrentRow(row)
        self.route_list.blockSignals(blocker)
        self._show_route()
        self._show_types()
        if not self._can_edit:
            self._say(error_text(UserFacingError("catalog.coordinator_only"), ui_language()), error=True)
        self.sig_loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        if isinstance(error, UserFacingError):
            self._say(error_text(error, ui_language()), error=True)
        else:
            show_error(self, error)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)

    # -- routes -------------------------------------------------------------------------------
    def current_route(self) -> RouteInfo | None:
        row = self.route_list.currentRow()
        return self._routes[row] if 0 <= row < len(self._routes) else None

    def select_route(self, code: str) -> None:
        """Choose the route with this code (for the keyboard-less: tests and scripts)."""
        row = next((i for i, r in enumerate(self._routes) if r.code == code), -1)
        self.route_list.setCurrentRow(row)

    def edited_steps(self) -> list[tuple[str, int]]:
        return list(self._steps)

    def is_dirty(self) -> bool:
        """The shown route holds changes that are not saved."""
        route = self.current_route()
        if route is None:
            return False
        return (
            self.name_nl_edit.text().strip() != route.name_nl
            or self.name_en_edit.text().strip() != route.name_en
            or self._steps != list(route.steps)
        )

    def _show_route(self) -> None:
        route = self.current_route()
        self.route_box.setEnabled(route is not None)
        self.name_nl_edit.setText(route.name_nl if route else "")
        self.name_en_edit.setText(route.name_en if route else "")
        self.code_value.setText(route.code if route else "")
        self._steps = list(route.steps) if route else []
        self._fill_steps_table(0 if self._steps else -1)

    def _type_choices(self, current: str) -> list[tuple[str, str]]:
        """(name, code) of the active kinds of steps, and ``current`` even when inactive."""
        choices = []
        for t in self._types:
            if t.active:
                choices.append((localized(t.name_nl, t.name_en), t.code))
            elif t.code == current:
                choices.append((self.tr("%1 (inactive)").replace("%1", localized(t.name_nl, t.name_en)), t.code))
        if current and all(code != current for _, code in choices):
            choices.append((current, current))
        return choices

    def _fill_steps_table(self, select_row: int) -> None:
        """Rebuild the table from :attr:`_steps` (one combo box and one spin box a row)."""
        table = self.steps_table
        blocker = table.blockSignals(True)
        table.setRowCount(0)
        table.setRowCount(len(self._steps))
        for row, (code, days) in enumerate(self._steps):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Kind of step %1").replace("%1", str(row + 1)))
            for name, value in self._type_choices(code):
                combo.addItem(name, value)
            combo.setCurrentIndex(max(0, combo.findData(code)))
            combo.currentIndexChanged.connect(self._on_step_widget_changed)
            spin = QSpinBox()
            spin.setAccessibleName(self.tr("Days after the start, step %1").replace("%1", str(row + 1)))
            spin.setRange(0, MAX_OFFSET_DAYS)
            spin.setValue(days)
            spin.valueChanged.connect(self._on_step_widget_changed)
            table.setCellWidget(row, 0, combo)
            table.setCellWidget(row, 1, spin)
            table.setItem(row, 0, QTableWidgetItem())
            table.setItem(row, 1, QTableWidgetItem())
        if 0 <= select_row < len(self._steps):
            table.setCurrentCell(select_row, 0)
        table.blockSignals(blocker)
        self._update_buttons()

    def step_widgets(self, row: int) -> tuple[QComboBox, QSpinBox]:
        combo, spin = self.steps_table.cellWidget(row, 0), self.steps_table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        assert isinstance(spin, QSpinBox)
        return combo, spin

    @Slot()
    def _on_step_widget_changed(self) -> None:
        self._steps = [
            (str(combo.currentData()), spin.value())
            for combo, spin in (self.step_widgets(r) for r in range(self.steps_table.rowCount()))
        ]
        self._update_buttons()

    @Slot()
    def _on_route_edited(self) -> None:
        self._update_buttons()

    @Slot()
    def _on_route_list_current_changed(self) -> None:
        self._show_route()

    @Slot()
    def _on_steps_table_current_changed(self) -> None:
        self._update_buttons()

    @Slot()
    def _on_add_row_clicked(self) -> None:
        active = [t.code for t in self._types if t.active]
        if not active:
            return
        last_days = self._steps[-1][1] if self._steps else 0
        self._steps.append((active[0], last_days + 7))
        self._fill_steps_table(len(self._steps) - 1)
        combo, _spin = self.step_widgets(len(self._steps) - 1)
        combo.setFocus()

    @Slot()
    def _on_remove_row_clicked(self) -> None:
        row = self.steps_table.currentRow()
        if 0 <= row < len(self._steps):
            del self._steps[row]
            self._fill_steps_table(min(row, len(self._steps) - 1))

    def _move(self, delta: int) -> None:
        row = self.steps_table.currentRow()
        other = row + delta
        if 0 <= row < len(self._steps) and 0 <= other < len(self._steps):
            self._steps[row], self._steps[other] = self._steps[other], self._steps[row]
            self._fill_steps_table(other)

    @Slot()
    def _on_up_clicked(self) -> None:
        self._move(-1)

    @Slot()
    def _on_down_clicked(self) -> None:
        self._move(1)

    @Slot()
    def _on_undo_clicked(self) -> None:
        self._show_route()
        self._say("")

    @Slot()
    def _on_save_route_clicked(self) -> None:
        route = self.current_route()
        if route is None or not self._can_edit or self._busy or not self.is_dirty():
            return
        if not self._steps:
            self._say(self.tr("A route needs at least one step."), error=True)
            return
        nl, en = self.name_nl_edit.text().strip(), self.name_en_edit.text().strip()
        if not nl or not en:
            self._say(self.tr("Fill in both a Dutch and an English name."), error=True)
            return
        catalog, actor, steps, route_id = self._ctx.catalog, self._ctx.actor, list(self._steps), route.id
        self._select_route = route_id
        self._write(
            lambda: catalog.save_route(actor, route_id, name_nl=nl, name_en=en, steps=steps),
            self.tr("Route saved. Trajectories already started keep their steps."),
        )

    @Slot()
    def _on_route_active_clicked(self) -> None:
        route = self.current_route()
        if route is None or not self._can_edit or self._busy:
            return
        catalog, actor, route_id, active = self._ctx.catalog, self._ctx.actor, route.id, not route.active
        self._select_route = route_id
        message = (
            self.tr("Route activated: it is offered again when a trajectory starts.")
            if active
            else self.tr("Route deactivated: it is no longer offered. Trajectories already started keep their steps.")
        )
        self._write(lambda: catalog.set_route_active(actor, route_id, active), message)

    @Slot()
    def _on_new_route_clicked(self) -> None:
        if self._can_edit and not self._busy:
            dialog = NamesDialog(self.tr("New route"), self.tr("Create route"), parent=self)
            self._open_dialog(dialog, self._create_route)

    def _create_route(self, dialog: NamesDialog) -> None:
        nl, en = dialog.names()
        catalog, actor = self._ctx.catalog, self._ctx.actor
        self._busy = True
        self._update_buttons()
        self._ctx.runner.submit(
            lambda: catalog.create_route(actor, nl, en), self._on_route_created, self._on_failed, owner=self
        )

    def _on_route_created(self, result: tuple[uuid.UUID, Changes]) -> None:
        route_id, changes = result
        self._select_route = route_id
        self._on_written(changes, self.tr("Route created. Add its steps and save."))

    # -- step types ---------------------------------------------------------------------------
    def current_type(self) -> StepTypeInfo | None:
        row = self.types_table.currentRow()
        return self._types[row] if 0 <= row < len(self._types) else None

    def _show_types(self) -> None:
        shown = self.current_type()
        current = self._select_type or (shown.code if shown is not None else None)
        self._select_type = None
        table = self.types_table
        blocker = table.blockSignals(True)
        table.setRowCount(len(self._types))
        for row, t in enumerate(self._types):
            active = self.tr("Yes") if t.active else self.tr("No (deactivated)")
            for col, text in enumerate((t.name_nl, t.name_en, t.code, active)):
                table.setItem(row, col, QTableWidgetItem(text))
        row = next((i for i, t in enumerate(self._types) if t.code == current), 0 if self._types else -1)
        if row >= 0:
            table.setCurrentCell(row, 0)
        table.blockSignals(blocker)
        self._update_buttons()

    @Slot()
    def _on_types_table_current_changed(self) -> None:
        self._update_buttons()

    @Slot()
    def _on_new_type_clicked(self) -> None:
        if self._can_edit and not self._busy:
            dialog = NamesDialog(self.tr("New kind of step"), self.tr("Add"), parent=self)
            self._open_dialog(dialog, self._add_type)

    def _add_type(self, dialog: NamesDialog) -> None:
        nl, en = dialog.names()
        catalog, actor = self._ctx.catalog, self._ctx.actor
        self._busy = True
        self._update_buttons()
        self._ctx.runner.submit(
            lambda: catalog.add_step_type(actor, nl, en), self._on_type_added, self._on_failed, owner=self
        )

    def _on_type_added(self, result: tuple[str, Changes]) -> None:
        code, changes = result
        self._select_type = code
        self._on_written(changes, self.tr("Kind of step added."))

    @Slot()
    def _on_rename_type_clicked(self) -> None:
        t = self.current_type()
        if t is not None and self._can_edit and not self._busy:
            dialog = NamesDialog(self.tr("Rename a kind of step"), self.tr("Rename"), t.name_nl, t.name_en, self)
            self._open_dialog(dialog, self._rename_type)

    def _rename_type(self, dialog: NamesDialog) -> None:
        t = self.current_type()
        if t is None:
            return
        (nl, en), code = dialog.names(), t.code
        catalog, actor = self._ctx.catalog, self._ctx.actor
        self._select_type = code
        self._write(lambda: catalog.rename_step_type(actor, code, nl, en), self.tr("Kind of step renamed."))

    @Slot()
    def _on_type_active_clicked(self) -> None:
        t = self.current_type()
        if t is None or not self._can_edit or self._busy:
            return
        catalog, actor, code, active = self._ctx.catalog, self._ctx.actor, t.code, not t.active
        self._select_type = code
        message = self.tr("Kind of step activated.") if active else self.tr("Kind of step deactivated.")
        self._write(lambda: catalog.set_step_type_active(actor, code, active), message)

    # -- both ---------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        editing = self._can_edit and not self._busy
        dirty = self.is_dirty()
        route = self.current_route()
        row = self.steps_table.currentRow()
        # An unsaved route must be saved or undone before another one is chosen.
        self.route_list.setEnabled(not dirty)
        self.new_route_button.setEnabled(editing and not dirty)
        for widget in (self.name_nl_edit, self.name_en_edit):
            widget.setReadOnly(not self._can_edit)
        self.steps_table.setEnabled(route is not None and self._can_edit)
        self.add_row_button.setEnabled(editing and route is not None)
        self.remove_row_button.setEnabled(editing and 0 <= row < len(self._steps))
        self.up_button.setEnabled(editing and 0 < row < len(self._steps))
        self.down_button.setEnabled(editing and 0 <= row < len(self._steps) - 1)
        self.undo_button.setEnabled(not self._busy and dirty)
        self.save_route_button.setEnabled(editing and dirty)
        self.route_active_button.setEnabled(editing and route is not None and not dirty)
        self.route_active_button.setText(
            self.tr("Activate route") if route is not None and not route.active else self.tr("Deactivate route")
        )
        t = self.current_type()
        self.new_type_button.setEnabled(editing)
        self.rename_type_button.setEnabled(editing and t is not None)
        self.type_active_button.setEnabled(editing and t is not None)
        self.type_active_button.setText(
            self.tr("Activate") if t is not None and not t.active else self.tr("Deactivate")
        )

    def _open_dialog(self, dialog: NamesDialog, action: Callable[[NamesDialog], None]) -> None:
        """Show ``dialog`` window-modal; ``action(dialog)`` runs when it is accepted."""
        self.dialog, self._dialog_action = dialog, action
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        if self.dialog is not None and self._dialog_action is not None:
            self._dialog_action(self.dialog)

    @Slot()
    def _on_dialog_finished(self) -> None:
        dialog, self.dialog, self._dialog_action = self.dialog, None, None
        if dialog is not None:
            dialog.deleteLater()

    def _write(self, work: Callable[[], Changes], message: str) -> None:
        self._busy = True
        self._update_buttons()
        self._ctx.runner.submit(work, lambda changes: self._on_written(changes, message), self._on_failed, owner=self)

    def _on_written(self, changes: Changes, message: str) -> None:
        self._say(message)
        self._ctx.signals.announce(changes)
        self._load()
