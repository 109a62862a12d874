"""Small forms for the trajectory actions of the file: start, add a step, complete,
reschedule, reassign, change the stage, close.

Each dialog only collects input (``values()``) and never calls a service: the panel
that opened it submits the write. They are opened with ``open()`` (window-modal, the
event loop keeps running) and refuse OK while :meth:`FormDialog.problem` names one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hubdesk.models.enums import CloseReason, Stage
from hubdesk.services.catalog import RouteInfo
from hubdesk.services.guidance import GuidanceCatalog
from hubdesk.views.guidance_labels import (
    close_reason_label,
    from_qdate,
    localized,
    short_day,
    step_type_name,
    to_qdate,
)
from hubdesk.views.labels import stage_label

ERROR_STYLE = "QLabel { color: #b02a37; }"
MAX_MINUTES = 24 * 60


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    return edit


def stage_combo(current: Stage | None, *, allow_unknown: bool) -> QComboBox:
    combo = QComboBox()
    if allow_unknown:
        combo.addItem(QCoreApplication.translate("FormDialog", "(not known)"), None)
    for stage in Stage:
        combo.addItem(stage_label(stage), stage.value)
    index = combo.findData(current.value if current is not None else None)
    combo.setCurrentIndex(max(0, index))
    return combo


def combo_stage(combo: QComboBox) -> Stage | None:
    data = combo.currentData()
    return Stage(data) if data else None


def worker_combo(workers: tuple[tuple[uuid.UUID, str], ...], current: uuid.UUID | None, *, nobody: bool) -> QComboBox:
    combo = QComboBox()
    if nobody:
        combo.addItem(QCoreApplication.translate("FormDialog", "(nobody)"), None)
    for wid, name in workers:
        combo.addItem(name, str(wid))
    index = combo.findData(str(current) if current is not None else None)
    combo.setCurrentIndex(max(0, index))
    return combo


def combo_worker(combo: QComboBox) -> uuid.UUID | None:
    data = combo.currentData()
    return uuid.UUID(data) if data else None


class FormDialog(QDialog):
    """A titled form with OK and Cancel; OK is refused while :meth:`problem` names one."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.intro_label.hide()
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None
        assert cancel is not None
        self.ok_button: QPushButton = ok
        self.cancel_button: QPushButton = cancel
        self.ok_button.setText(ok_text)
        self.cancel_button.setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)

    def set_intro(self, text: str) -> None:
        self.intro_label.setText(text)
        self.intro_label.setVisible(bool(text))

    def add_row(self, caption: str, editor: QWidget) -> None:
        label = QLabel(caption)
        label.setBuddy(editor)
        self.form.addRow(label, editor)

    def problem(self) -> str:
        """What keeps the input from being saved ("" when nothing)."""
        return ""

    @Slot()
    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()


# -- start a trajectory --------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StartValues:
    route_id: uuid.UUID | None
    lead_worker_id: uuid.UUID | None
    stage: Stage | None
    start_on: dt.date


class StartTrajectoryDialog(FormDialog):
    """Route (or none), lead worker, stage at the start and start date; shows the steps
    the route will plan."""

    def __init__(
        self,
        catalog: GuidanceCatalog,
        lead_worker_id: uuid.UUID | None,
        stage: Stage | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Start a trajectory"), self.tr("Start trajectory"), parent)
        self._catalog = catalog
        self.route_combo = QComboBox()
        self.route_combo.addItem(self.tr("No route: I plan the steps myself"), None)
        for route in catalog.routes:
            if route.steps:  # a route still without steps plans nothing
                self.route_combo.addItem(localized(route.name_nl, route.name_en), str(route.id))
        self.lead_combo = worker_combo(catalog.workers, lead_worker_id, nobody=False)
        self.stage_combo = stage_combo(stage, allow_unknown=True)
        self.start_edit = date_edit(today)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("planLabel")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.PlainText)
        self.add_row(self.tr("Route"), self.route_combo)
        self.add_row(self.tr("Lead worker"), self.lead_combo)
        self.add_row(self.tr("Stage at the start"), self.stage_combo)
        self.add_row(self.tr("Start date"), self.start_edit)
        self.form.addRow(self.plan_label)
        self.route_combo.currentIndexChanged.connect(self._on_input_changed)
        self.start_edit.dateChanged.connect(self._on_input_changed)
        self._on_input_changed()

    def route(self) -> RouteInfo | None:
        data = self.route_combo.currentData()
        return next((r for r in self._catalog.routes if str(r.id) == data), None)

    def values(self) -> StartValues:
        route = self.route()
        return StartValues(
            route_id=route.id if route else None,
            lead_worker_id=combo_worker(self.lead_combo),
            stage=combo_stage(self.stage_combo),
            start_on=from_qdate(self.start_edit.date()),
        )

    @Slot()
    def _on_input_changed(self) -> None:
        route = self.route()
        if route is None:
            self.plan_label.setText(self.tr("No steps are planned; add them to the trajectory yourself."))
            return
        start = from_qdate(self.start_edit.date())
        names = self._catalog.step_type_names()
        lines = [f"• {short_day(start + dt.timedelta(days=d))}  {step_type_name(names, c)}" for c, d in route.steps]
        self.plan_label.setText(self.tr("This route plans these steps:") + "\n" + "\n".join(lines))


# -- steps ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StepValues:
    step_type: str
    due_on: dt.date
    assignee_id: uuid.UUID | None
    notes: str


class AddStepDialog(FormDialog):
    def __init__(
        self, catalog: GuidanceCatalog, assignee_id: uuid.UUID | None, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Add a step"), self.tr("Add step"), parent)
        self.type_combo = QComboBox()
        for t in catalog.step_types:
            if t.active:
                self.type_combo.addItem(localized(t.name_nl, t.name_en), t.code)
        self.due_edit = date_edit(today)
        self.assignee_combo = worker_combo(catalog.workers, assignee_id, nobody=True)
        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText(self.tr("What to prepare or agree (optional)"))
        self.add_row(self.tr("Kind of step"), self.type_combo)
        self.add_row(self.tr("Due on"), self.due_edit)
        self.add_row(self.tr("Assigned to"), self.assignee_combo)
        self.add_row(self.tr("Notes"), self.notes_edit)

    def problem(self) -> str:
        return "" if self.type_combo.currentData() else self.tr("Choose a kind of step.")

    def values(self) -> StepValues:
        return StepValues(
            step_type=str(self.type_combo.currentData()),
            due_on=from_qdate(self.due_edit.date()),
            assignee_id=combo_worker(self.assignee_combo),
            notes=self.notes_edit.text().strip(),
        )


@dataclass(frozen=True, slots=True)
class CompleteValues:
    done_on: dt.date
    minutes: int | None
    outcome: str


class CompleteStepDialog(FormDialog):
    """Record that a step was done: on which day, the time spent and what came of it."""

    def __init__(self, step_name: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Step done"), self.tr("Save as done"), parent)
        self.set_intro(self.tr("Step: %1").replace("%1", step_name))
        self.done_edit = date_edit(today)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, MAX_MINUTES)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setSpecialValueText(self.tr("not recorded"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setPlaceholderText(self.tr("What came of it (optional)"))
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setFixedHeight(self.outcome_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.add_row(self.tr("Done on"), self.done_edit)
        self.add_row(self.tr("Time spent"), self.minutes_spin)
        self.add_row(self.tr("Outcome"), self.outcome_edit)

    def values(self) -> CompleteValues:
        minutes = self.minutes_spin.value()
        return CompleteValues(
            done_on=from_qdate(self.done_edit.date()),
            minutes=minutes or None,
            outcome=self.outcome_edit.toPlainText().strip(),
        )


class RescheduleStepDialog(FormDialog):
    def __init__(self, step_name: str, due_on: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Move a step"), self.tr("Move"), parent)
        self.set_intro(self.tr("Step: %1").replace("%1", step_name))
        self.due_edit = date_edit(due_on)
        self.add_row(self.tr("New date"), self.due_edit)

    def due_on(self) -> dt.date:
        return from_qdate(self.due_edit.date())


class ReassignStepDialog(FormDialog):
    def __init__(
        self,
        step_name: str,
        workers: tuple[tuple[uuid.UUID, str], ...],
        current: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Assign a step"), self.tr("Assign"), parent)
        self.set_intro(self.tr("Step: %1").replace("%1", step_name))
        self.assignee_combo = worker_combo(workers, current, nobody=True)
        self.add_row(self.tr("Assigned to"), self.assignee_combo)

    def assignee_id(self) -> uuid.UUID | None:
        return combo_worker(self.assignee_combo)


# -- the trajectory ------------------------------------------------------------------------------------------------
class ChangeStageDialog(FormDialog):
    def __init__(self, current: Stage | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the stage"), self.tr("Change stage"), parent)
        self._current = current
        if current is not None:
            self.set_intro(self.tr("The enterprise is now in the stage: %1").replace("%1", stage_label(current)))
        self.stage_combo = stage_combo(current, allow_unknown=False)
        self.on_edit = date_edit(today)
        self.add_row(self.tr("New stage"), self.stage_combo)
        self.add_row(self.tr("Since"), self.on_edit)

    def problem(self) -> str:
        if combo_stage(self.stage_combo) == self._current:
            return self.tr("Choose a stage other than the current one.")
        return ""

    def stage(self) -> Stage:
        stage = combo_stage(self.stage_combo)
        assert stage is not None
        return stage

    def on(self) -> dt.date:
        return from_qdate(self.on_edit.date())


class CloseTrajectoryDialog(FormDialog):
    """Closing needs a reason; the stage at the end is asked too. Planned steps are cancelled."""

    def __init__(self, stage: Stage | None, planned: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close the trajectory"), self.tr("Close trajectory"), parent)
        if planned:
            self.set_intro(self.tr("Steps still planned (%n) will be cancelled.", "", planned))
        self.reason_combo = QComboBox()
        self.reason_combo.addItem(self.tr("(choose a reason)"), None)
        for reason in CloseReason:
            self.reason_combo.addItem(close_reason_label(reason), reason.value)
        self.stage_combo = stage_combo(stage, allow_unknown=True)
        self.add_row(self.tr("Reason"), self.reason_combo)
        self.add_row(self.tr("Stage at the end"), self.stage_combo)

    def problem(self) -> str:
        return "" if self.reason() is not None else self.tr("Choose a reason to close the trajectory.")

    def reason(self) -> CloseReason | None:
        data = self.reason_combo.currentData()
        return CloseReason(data) if data else None

    def stage_at_end(self) -> Stage | None:
        return combo_stage(self.stage_combo)
