"""The trajectories part of an entrepreneur's file: status, stage, lead worker and route,
the planned steps (overdue ones marked), and the actions on them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.models.enums import ReferralOutcome, Stage, StepStatus, TrajectoryStatus
from hubdesk.models.errors import StaleEdit
from hubdesk.services.guidance import GuidanceCatalog, StepRow, TrajectoryView
from hubdesk.services.readmodels import Changes
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error
from hubdesk.views.guidance_labels import (
    close_reason_label,
    localized,
    short_day,
    step_status_label,
    step_type_name,
    trajectory_status_label,
)
from hubdesk.views.labels import stage_label
from hubdesk.views.referral_labels import outcome_label
from hubdesk.views.rows_model import RowsModel
from hubdesk.views.trajectory_dialogs import (
    AddStepDialog,
    ChangeStageDialog,
    CloseTrajectoryDialog,
    CompleteStepDialog,
    FormDialog,
    ReassignStepDialog,
    RescheduleStepDialog,
    StartTrajectoryDialog,
)

OVERDUE_COLOR = QColor("#b02a37")
EMPTY_CATALOG = GuidanceCatalog((), (), ())

Index = QModelIndex | QPersistentModelIndex


def _disabled_text() -> QColor:
    """The palette's colour for text that no longer counts (light and dark themes)."""
    return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)


class StepTableModel(RowsModel[StepRow]):
    """The steps of one trajectory, earliest due first: a thin adapter over :class:`StepRow`.

    A planned step due before ``today`` is overdue: its status reads "Overdue" and the
    row is drawn in red, bold in the due date and status columns (not colour alone).
    """

    COL_DUE, COL_STEP, COL_STATUS, COL_ASSIGNEE, COL_OUTCOME = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("StepTableModel", "Due"),
        QT_TRANSLATE_NOOP("StepTableModel", "Step"),
        QT_TRANSLATE_NOOP("StepTableModel", "Status"),
        QT_TRANSLATE_NOOP("StepTableModel", "Assigned to"),
        QT_TRANSLATE_NOOP("StepTableModel", "Outcome"),
    )
    StepRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[str, ...]] = []
        self._names: dict[str, tuple[str, str]] = {}
        self._today = dt.date.min

    def set_rows(self, rows: Sequence[StepRow], names: dict[str, tuple[str, str]], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._names = names
        self._today = today
        self._texts = [self._row_texts(r) for r in self._rows]
        self.endResetModel()

    def step_at(self, row: int) -> StepRow:
        return self._rows[row]

    def row_of(self, step_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.step_id == step_id), -1)

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def is_overdue(self, row: int) -> bool:
        return self._rows[row].is_overdue(self._today)

    def _row_texts(self, step: StepRow) -> tuple[str, ...]:
        if step.is_overdue(self._today):
            status = self.tr("Overdue")
        elif step.status is StepStatus.DONE and step.done_on is not None:
            status = self.tr("Done on %1").replace("%1", short_day(step.done_on))
        else:
            status = step_status_label(step.status)
        outcome = []
        if step.minutes:
            outcome.append(self.tr("%1 min").replace("%1", str(step.minutes)))
        if step.outcome:
            # a referral's follow-up step carries the referral's outcome code
            known = step.outcome in ReferralOutcome.__members__.values()
            outcome.append(outcome_label(ReferralOutcome(step.outcome)) if known else step.outcome)
        elif step.notes and step.status is StepStatus.PLANNED:
            outcome.append(step.notes)
        return (
            short_day(step.due_on) or "—",
            step_type_name(self._names, step.step_type),
            status,
            step.assignee_name or self.tr("(nobody)"),
            " · ".join(outcome),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        step = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_OUTCOME:
            return self._texts[row][col] or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if step.is_overdue(self._today):
                return QBrush(OVERDUE_COLOR)
            if step.status is StepStatus.CANCELLED:
                return QBrush(_disabled_text())
            return None
        if role == Qt.ItemDataRole.FontRole:
            if step.is_overdue(self._today) and col in (self.COL_DUE, self.COL_STATUS):
                font = QFont()
                font.setBold(True)
                return font
            if step.status is StepStatus.CANCELLED and col == self.COL_STEP:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == self.StepRole:
            return step
        return None


class TrajectoryPanel(QWidget):
    """The trajectories of the file shown by :class:`PersonFileView`, which loads the data
    (:meth:`set_data`) and reloads after every write this panel announces.

    Each action opens a small form (:attr:`dialog` while it is open) and submits one
    service call on the database thread.

    Signals:
        sig_written(Changes, str): a write succeeded; the message says what was done.
        sig_stale(): a step had been changed elsewhere; nothing was saved (reload the file).
    """

    sig_written = Signal(object, str)
    sig_stale = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._person_id: uuid.UUID | None = None
        self._trajectories: list[TrajectoryView] = []
        self._catalog = EMPTY_CATALOG
        self._today = dt.date.min
        self._enterprise_stage: Stage | None = None
        self._select_id: uuid.UUID | None = None  # the trajectory to show after the next load
        self._busy = False
        self.dialog: FormDialog | None = None
        self._dialog_action: Callable[[Any, Any], None] | None = None
        self._dialog_subject: object = None

        title = QLabel(self.tr("Trajectories"))
        title_font = title.font()
        title_font.setBold(True)
        title.setFont(title_font)
        self.start_button = QPushButton(self.tr("Start trajectory…"))
        self.start_button.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.start_button.setToolTip(self.tr("Start a trajectory, with a route that plans its steps (Ctrl+Shift+T)"))
        self.trajectory_combo = QComboBox()
        self.trajectory_combo.setAccessibleName(self.tr("Trajectory"))
        self.trajectory_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.empty_label = QLabel(self.tr("No trajectory yet. Start one to plan the guidance steps."))
        self.empty_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.trajectory_combo)
        top.addWidget(self.empty_label, 1)
        top.addStretch(0)
        top.addWidget(self.start_button)

        # -- the chosen trajectory ------------------------------------------------------------
        self.status_value = self._value_label()
        self.stage_value = self._value_label()
        self.lead_value = self._value_label()
        self.route_value = self._value_label()
        self.opened_value = self._value_label()
        self.closed_value = self._value_label()
        self.closed_caption = QLabel(self.tr("Closed"))
        quiet = QPalette(self.palette())
        softer = quiet.color(QPalette.ColorRole.WindowText)
        softer.setAlphaF(0.68)
        quiet.setColor(QPalette.ColorRole.WindowText, softer)
        self.facts = QWidget()
        facts = QHBoxLayout(self.facts)
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setSpacing(40)
        for rows in (
            ((QLabel(self.tr("Status")), self.status_value), (QLabel(self.tr("Stage")), self.stage_value)),
            ((QLabel(self.tr("Lead worker")), self.lead_value), (QLabel(self.tr("Route")), self.route_value)),
            ((QLabel(self.tr("Opened")), self.opened_value), (self.closed_caption, self.closed_value)),
        ):
            form = QFormLayout()
            form.setVerticalSpacing(4)
            form.setHorizontalSpacing(12)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            for caption, value in rows:
                caption.setPalette(quiet)
                form.addRow(caption, value)
            facts.addLayout(form)
        facts.addStretch(1)

        self.stage_button = QPushButton(self.tr("Change stage…"))
        self.stage_button.setToolTip(self.tr("Record that the enterprise moved to another stage"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.close_button = QPushButton(self.tr("Close trajectory…"))
        self.close_button.setToolTip(self.tr("Close with a reason; steps still planned are cancelled"))
        trajectory_actions = QVBoxLayout()
        trajectory_actions.setSpacing(4)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.stage_button, self.pause_button, self.close_button):
            row.addWidget(button)
        trajectory_actions.addLayout(row)
        trajectory_actions.addStretch(1)
        summary = QHBoxLayout()
        summary.addWidget(self.facts, 1)
        summary.addLayout(trajectory_actions)

        # -- steps --------------------------------------------------------------------------------
        self.steps_model = StepTableModel(self)
        self.steps = QTableView()
        self.steps.setModel(self.steps_model)
        self.steps.setAccessibleName(self.tr("Steps of the trajectory"))
        self.steps.setShowGrid(False)
        self.steps.setWordWrap(False)
        self.steps.verticalHeader().hide()
        self.steps.setAlternatingRowColors(True)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setTabKeyNavigation(False)  # Tab moves on to the step buttons
        header = self.steps.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col in (StepTableModel.COL_DUE, StepTableModel.COL_STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(StepTableModel.COL_STEP, 220)
        header.resizeSection(StepTableModel.COL_ASSIGNEE, 160)
        row_header = self.steps.verticalHeader()
        row_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        row_header.setDefaultSectionSize(self.steps.fontMetrics().height() + 10)
        # Five steps (a whole route) fit without scrolling.
        self.steps.setMinimumHeight(header.sizeHint().height() + 5 * row_header.defaultSectionSize() + 4)

        self.add_step_button = QPushButton(self.tr("Add step…"))
        self.add_step_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_step_button.setToolTip(self.tr("Plan a step in this trajectory (Ctrl+Shift+A)"))
        self.complete_button = QPushButton(self.tr("Done…"))
        self.complete_button.setShortcut(QKeySequence("Ctrl+D"))
        self.complete_button.setToolTip(self.tr("Record the chosen step as done (Ctrl+D)"))
        self.reschedule_button = QPushButton(self.tr("Move…"))
        self.reschedule_button.setToolTip(self.tr("Give the chosen step another date"))
        self.reassign_button = QPushButton(self.tr("Assign…"))
        self.reassign_button.setToolTip(self.tr("Assign the chosen step to a colleague, or to nobody"))
        self.cancel_step_button = QPushButton(self.tr("Cancel step"))
        self.cancel_step_button.setToolTip(self.tr("The chosen step will not take place"))
        self._step_buttons = (
            self.complete_button,
            self.reschedule_button,
            self.reassign_button,
            self.cancel_step_button,
        )
        step_actions = QHBoxLayout()
        step_actions.addWidget(self.add_step_button)
        step_actions.addSpacing(12)
        for button in self._step_buttons:
            step_actions.addWidget(button)
        step_actions.addStretch(1)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueLabel")
        self.overdue_label.setStyleSheet("QLabel { color: #b02a37; font-weight: bold; }")
        step_actions.addWidget(self.overdue_label)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(6)
        details.addLayout(summary)
        details.addWidget(self.steps, 1)
        details.addLayout(step_actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)

        self._connect_signals()
        self._populate()

    @staticmethod
    def _value_label() -> QLabel:
        label = QLabel()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _connect_signals(self) -> None:
        self.trajectory_combo.currentIndexChanged.connect(self._on_trajectory_combo_changed)
        self.steps.selectionModel().currentRowChanged.connect(self._on_steps_current_changed)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.add_step_button.clicked.connect(self._on_add_step_clicked)
        self.complete_button.clicked.connect(self._on_complete_clicked)
        self.reschedule_button.clicked.connect(self._on_reschedule_clicked)
        self.reassign_button.clicked.connect(self._on_reassign_clicked)
        self.cancel_step_button.clicked.connect(self._on_cancel_step_clicked)
        self.stage_button.clicked.connect(self._on_stage_clicked)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)

    def _populate(self) -> None:
        self.clear()

    # -- public -------------------------------------------------------------------------------
    def clear(self) -> None:
        """No file: nothing shown, nothing to do."""
        self._person_id = None
        self.set_data(None, [], EMPTY_CATALOG, self._today, None)

    def set_data(
        self,
        person_id: uuid.UUID | None,
        trajectories: Sequence[TrajectoryView],
        catalog: GuidanceCatalog,
        today: dt.date,
        enterprise_stage: Stage | None,
    ) -> None:
        """Show these trajectories (loaded on the database thread); the chosen trajectory
        and step stay chosen when they are still there."""
        shown = self.current_trajectory()
        keep = self._select_id or (shown.id if shown is not None else None)
        keep_step = self.selected_step()
        self._select_id = None
        self._busy = False
        self._person_id = person_id
        self._trajectories = list(trajectories)
        self._catalog = catalog
        self._today = today
        self._enterprise_stage = enterprise_stage
        blocker = self.trajectory_combo.blockSignals(True)
        self.trajectory_combo.clear()
        for t in self._trajectories:
            self.trajectory_combo.addItem(self._trajectory_title(t), str(t.id))
        index = self.trajectory_combo.findData(str(keep)) if keep else -1
        self.trajectory_combo.setCurrentIndex(max(0, index) if self._trajectories else -1)
        self.trajectory_combo.blockSignals(blocker)
        has_any = bool(self._trajectories)
        self.trajectory_combo.setVisible(has_any)
        self.empty_label.setVisible(not has_any and person_id is not None)
        self.details.setVisible(has_any)
        self._show_trajectory(keep_step)

    def trajectories(self) -> list[TrajectoryView]:
        return list(self._trajectories)

    def current_trajectory(self) -> TrajectoryView | None:
        index = self.trajectory_combo.currentIndex()
        if index < 0 or index >= len(self._trajectories):
            return None
        return self._trajectories[index]

    def select_trajectory(self, trajectory_id: uuid.UUID) -> None:
        self.trajectory_combo.setCurrentIndex(self.trajectory_combo.findData(str(trajectory_id)))

    def selected_step(self) -> StepRow | None:
        index = self.steps.currentIndex()
        if not index.isValid():
            return None
        return self.steps_model.step_at(index.row())

    def select_step(self, step_id: uuid.UUID) -> None:
        row = self.steps_model.row_of(step_id)
        if row >= 0:
            self.steps.setCurrentIndex(self.steps_model.index(row, 0))

    # -- showing ------------------------------------------------------------------------------
    def _trajectory_title(self, t: TrajectoryView) -> str:
        route = localized(t.route_name_nl, t.route_name_en) if t.route_id else self.tr("Without a route")
        return (
            self.tr("%1 · %2 since %3")
            .replace("%1", route)
            .replace("%2", trajectory_status_label(t.status).lower())
            .replace("%3", short_day(t.opened_on))
        )

    def _show_trajectory(self, keep_step: StepRow | None = None) -> None:
        """Show the chosen trajectory; ``keep_step`` stays chosen unless it was just done
        or cancelled: then the first step still to do is."""
        t = self.current_trajectory()
        names = self._catalog.step_type_names()
        self.steps_model.set_rows(t.steps if t else (), names, self._today)
        if t is None:
            for label in (self.status_value, self.stage_value, self.lead_value, self.route_value, self.opened_value):
                label.clear()
            self.overdue_label.clear()
            self._update_buttons()
            return
        self.status_value.setText(trajectory_status_label(t.status))
        stage = stage_label(t.stage) or "—"
        if t.stage_changes:
            last = t.stage_changes[-1]
            stage = self.tr("%1 (since %2)").replace("%1", stage).replace("%2", short_day(last.changed_on))
        self.stage_value.setText(stage)
        self.lead_value.setText(t.lead_worker_name or "—")
        self.route_value.setText(
            localized(t.route_name_nl, t.route_name_en) if t.route_id else self.tr("(none: steps planned by hand)")
        )
        self.opened_value.setText(short_day(t.opened_on))
        self.closed_caption.setVisible(t.closed)
        self.closed_value.setVisible(t.closed)
        if t.closed:
            closed = short_day(t.closed_on) or "—"
            if t.close_reason is not None:
                closed = f"{closed} · {close_reason_label(t.close_reason)}"
            if t.stage_at_end is not None:
                closed += " · " + self.tr("stage at the end: %1").replace("%1", stage_label(t.stage_at_end))
            self.closed_value.setText(closed)
        overdue = len(t.overdue_steps(self._today))
        self.overdue_label.setText(self.tr("Overdue steps: %n", "", overdue) if overdue else "")
        row = self.steps_model.row_of(keep_step.step_id) if keep_step else -1
        if row >= 0 and keep_step is not None and keep_step.status is StepStatus.PLANNED:
            row = row if self.steps_model.step_at(row).status is StepStatus.PLANNED else -1
        if row < 0:  # the first step still to do, else the first one
            row = next((i for i, s in enumerate(t.steps) if s.status is StepStatus.PLANNED), 0 if t.steps else -1)
        if row >= 0:
            self.steps.setCurrentIndex(self.steps_model.index(row, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        t = self.current_trajectory()
        step = self.selected_step()
        idle = not self._busy
        self.start_button.setEnabled(idle and self._person_id is not None)
        live = idle and t is not None and not t.closed
        self.add_step_button.setEnabled(live)
        self.stage_button.setEnabled(live)
        self.close_button.setEnabled(live)
        planned = live and step is not None and step.status is StepStatus.PLANNED
        for button in self._step_buttons:
            button.setEnabled(planned)
        running = t is not None and t.status is TrajectoryStatus.OPEN
        self.pause_button.setText(self.tr("Pause") if running or t is None else self.tr("Reopen"))
        self.pause_button.setToolTip(
            self.tr("Pause: its steps leave the worklist until it is reopened")
            if running or t is None
            else self.tr("Open the trajectory again")
        )
        self.pause_button.setEnabled(idle and t is not None)

    @Slot()
    def _on_trajectory_combo_changed(self) -> None:
        self._show_trajectory()

    @Slot()
    def _on_steps_current_changed(self) -> None:
        self._update_buttons()

    # -- dialogs ------------------------------------------------------------------------------
    def _open_dialog(self, dialog: FormDialog, action: Callable[[Any, Any], None], subject: object = None) -> None:
        """Show ``dialog`` window-modal; ``action(dialog, subject)`` runs when it is accepted.

        ``subject`` is the step or trajectory chosen when the dialog opened: a reload
        meanwhile may choose another one, and the action must not move to it (an edit
        of a step changed meanwhile is refused as stale)."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        self._dialog_action = action
        self._dialog_subject = subject
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        if self.dialog is not None and self._dialog_action is not None:
            self._dialog_action(self.dialog, self._dialog_subject)

    @Slot()
    def _on_dialog_finished(self) -> None:
        dialog, self.dialog, self._dialog_action, self._dialog_subject = self.dialog, None, None, None
        if dialog is not None:
            dialog.deleteLater()

    def _confirm(self, text: str) -> bool:
        """Ask before something that cannot be undone (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Cancel step"), text)
        return answer == QMessageBox.StandardButton.Yes

    # -- writes -------------------------------------------------------------------------------
    def _write(self, work: Callable[[], Changes], message: str) -> None:
        """Run one service call on the database thread; announce it when it succeeds."""
        self._busy = True
        self._update_buttons()
        self._ctx.runner.submit(
            work, lambda changes: self._on_written(changes, message), self._on_write_failed, owner=self
        )

    def _on_written(self, changes: Changes, message: str) -> None:
        self.sig_written.emit(changes, message)

    def _on_write_failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        if isinstance(error, StaleEdit):
            self.sig_stale.emit()  # shown again as it is now; the worker tries once more
        else:
            show_error(self, error)

    def _step_name(self, step: StepRow) -> str:
        return step_type_name(self._catalog.step_type_names(), step.step_type)

    # start
    @Slot()
    def _on_start_clicked(self) -> None:
        if self._person_id is None or self._busy:
            return
        dialog = StartTrajectoryDialog(
            self._catalog, self._ctx.actor.worker_id, self._enterprise_stage, self._today, self
        )
        self._open_dialog(dialog, self._start)

    def _start(self, dialog: StartTrajectoryDialog, _subject: None) -> None:
        values, guidance, actor, person_id = dialog.values(), self._ctx.guidance, self._ctx.actor, self._person_id
        assert person_id is not None
        self._busy = True
        self._update_buttons()

        def work() -> tuple[uuid.UUID, Changes]:
            return guidance.open_trajectory(
                actor,
                person_id,
                route_id=values.route_id,
                lead_worker_id=values.lead_worker_id,
                stage=values.stage,
                start_on=values.start_on,
            )

        self._ctx.runner.submit(work, self._on_started, self._on_write_failed, owner=self)

    def _on_started(self, result: tuple[uuid.UUID, Changes]) -> None:
        trajectory_id, changes = result
        self._select_id = trajectory_id
        self.sig_written.emit(changes, self.tr("Trajectory started."))

    # steps
    @Slot()
    def _on_add_step_clicked(self) -> None:
        t = self.current_trajectory()
        if t is None or t.closed or self._busy:
            return
        dialog = AddStepDialog(self._catalog, t.lead_worker_id or self._ctx.actor.worker_id, self._today, self)
        self._open_dialog(dialog, self._add_step, t)

    def _add_step(self, dialog: AddStepDialog, t: TrajectoryView) -> None:
        v, guidance, actor = dialog.values(), self._ctx.guidance, self._ctx.actor
        self._write(
            lambda: guidance.add_step(actor, t.id, v.step_type, v.due_on, v.assignee_id, v.notes)[1],
            self.tr("Step added."),
        )

    def _planned_step(self) -> StepRow | None:
        step = self.selected_step()
        if step is None or step.status is not StepStatus.PLANNED or self._busy:
            return None
        return step

    @Slot()
    def _on_complete_clicked(self) -> None:
        if (step := self._planned_step()) is not None:
            self._open_dialog(CompleteStepDialog(self._step_name(step), self._today, self), self._complete, step)

    def _complete(self, dialog: CompleteStepDialog, step: StepRow) -> None:
        v, guidance, actor = dialog.values(), self._ctx.guidance, self._ctx.actor
        self._write(
            lambda: guidance.complete_step(
                actor, step.step_id, step.version, minutes=v.minutes, outcome=v.outcome, done_on=v.done_on
            ),
            self.tr("Step recorded as done."),
        )

    @Slot()
    def _on_reschedule_clicked(self) -> None:
        if (step := self._planned_step()) is not None:
            dialog = RescheduleStepDialog(self._step_name(step), step.due_on or self._today, self)
            self._open_dialog(dialog, self._reschedule, step)

    def _reschedule(self, dialog: RescheduleStepDialog, step: StepRow) -> None:
        day, guidance, actor = dialog.due_on(), self._ctx.guidance, self._ctx.actor
        self._write(
            lambda: guidance.reschedule_step(actor, step.step_id, step.version, day),
            self.tr("Step moved to %1.").replace("%1", short_day(day)),
        )

    @Slot()
    def _on_reassign_clicked(self) -> None:
        if (step := self._planned_step()) is not None:
            dialog = ReassignStepDialog(self._step_name(step), self._catalog.workers, step.assignee_id, self)
            self._open_dialog(dialog, self._reassign, step)

    def _reassign(self, dialog: ReassignStepDialog, step: StepRow) -> None:
        who, guidance, actor = dialog.assignee_id(), self._ctx.guidance, self._ctx.actor
        self._write(
            lambda: guidance.reassign_step(actor, step.step_id, step.version, who),
            self.tr("Step assigned."),
        )

    @Slot()
    def _on_cancel_step_clicked(self) -> None:
        step = self._planned_step()
        if step is None:
            return
        question = self.tr("Cancel the step “%1” due %2? It will not take place.")
        if not self._confirm(question.replace("%1", self._step_name(step)).replace("%2", short_day(step.due_on))):
            return
        guidance, actor = self._ctx.guidance, self._ctx.actor
        self._write(
            lambda: guidance.cancel_step(actor, step.step_id, step.version),
            self.tr("Step cancelled."),
        )

    # the trajectory
    @Slot()
    def _on_stage_clicked(self) -> None:
        t = self.current_trajectory()
        if t is not None and not t.closed and not self._busy:
            self._open_dialog(ChangeStageDialog(t.stage, self._today, self), self._change_stage, t)

    def _change_stage(self, dialog: ChangeStageDialog, t: TrajectoryView) -> None:
        stage, on, guidance, actor = dialog.stage(), dialog.on(), self._ctx.guidance, self._ctx.actor
        self._write(
            lambda: guidance.change_stage(actor, t.id, stage, on),
            self.tr("Stage changed to %1.").replace("%1", stage_label(stage)),
        )

    @Slot()
    def _on_pause_clicked(self) -> None:
        t = self.current_trajectory()
        if t is None or self._busy:
            return
        guidance, actor = self._ctx.guidance, self._ctx.actor
        if t.status is TrajectoryStatus.OPEN:
            status, message = TrajectoryStatus.PAUSED, self.tr("Trajectory paused.")
        else:
            status, message = TrajectoryStatus.OPEN, self.tr("Trajectory reopened.")
        self._write(lambda: guidance.set_status(actor, t.id, status), message)

    @Slot()
    def _on_close_clicked(self) -> None:
        t = self.current_trajectory()
        if t is None or t.closed or self._busy:
            return
        planned = sum(1 for s in t.steps if s.status is StepStatus.PLANNED)
        self._open_dialog(CloseTrajectoryDialog(t.stage, planned, self), self._close, t)

    def _close(self, dialog: CloseTrajectoryDialog, t: TrajectoryView) -> None:
        reason, stage, guidance, actor = dialog.reason(), dialog.stage_at_end(), self._ctx.guidance, self._ctx.actor
        self._write(
            lambda: guidance.set_status(actor, t.id, TrajectoryStatus.CLOSED, reason=reason, stage_at_end=stage),
            self.tr("Trajectory closed."),
        )
