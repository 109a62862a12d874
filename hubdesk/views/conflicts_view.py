"""The conflict queue: what sync could not decide, with base, mine and theirs side by side.

A *field* conflict: the same field was changed differently at two desks; every desk shows
the same provisional value meanwhile. A *deletion* conflict: a record was edited at one
desk and deleted at another. Choosing runs :meth:`ConflictService.resolve` on the task
runner; the choice is an ordinary change that syncs, so the other desks close it too.
(:mod:`hubdesk.views.conflict_dialog` is something else: a stale edit at one desk.)
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import FIELD_NAMES, error_text
from hubdesk.models.base import REPLICATED_ENTITIES
from hubdesk.models.enums import (
    CloseReason,
    ConsentMethod,
    Handover,
    Language,
    LegalForm,
    Need,
    OutcomeSource,
    PartnerType,
    ReferralOutcome,
    ReferralStatus,
    Stadsdeel,
    Stage,
    StepStatus,
    TrajectoryStatus,
    VisitChannel,
)
from hubdesk.models.errors import UserFacingError
from hubdesk.models.sync import ConflictKind
from hubdesk.services.readmodels import Changes
from hubdesk.sync.conflicts import ConflictService
from hubdesk.sync.desk import ConflictEntry, Side, conflict_entries
from hubdesk.views.conflict_dialog import display_value, person_field_label
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.guidance_labels import close_reason_label, step_status_label, trajectory_status_label
from hubdesk.views.labels import (
    channel_label,
    consent_method_label,
    language_label,
    legal_form_label,
    need_label,
    stadsdeel_label,
    stage_label,
)
from hubdesk.views.referral_labels import (
    handover_label,
    outcome_label,
    outcome_source_label,
    partner_type_label,
    referral_status_label,
)

_ENUM_LABELS: dict[type[enum.Enum], Callable[[Any], str]] = {
    Stadsdeel: stadsdeel_label,
    Stage: stage_label,
    LegalForm: legal_form_label,
    VisitChannel: channel_label,
    ConsentMethod: consent_method_label,
    Language: language_label,
    Need: need_label,
    TrajectoryStatus: trajectory_status_label,
    StepStatus: step_status_label,
    CloseReason: close_reason_label,
    ReferralStatus: referral_status_label,
    ReferralOutcome: outcome_label,
    OutcomeSource: outcome_source_label,
    Handover: handover_label,
    PartnerType: partner_type_label,
}
_PERSON_FORM_FIELDS = {"given_name", "infix", "family_name", "email", "home_postcode", "preferred_language"}
# Fields whose JSON list holds codes of an enumeration.
_LIST_ENUMS: dict[str, type[enum.Enum]] = {"needs": Need}


def entity_label(entity: str) -> str:
    t = QCoreApplication.translate
    return {
        "persons": t("Entities", "Entrepreneur"),
        "enterprises": t("Entities", "Enterprise"),
        "person_enterprises": t("Entities", "Link entrepreneur–enterprise"),
        "visits": t("Entities", "Visit"),
        "trajectories": t("Entities", "Trajectory"),
        "stage_changes": t("Entities", "Change of stage"),
        "guidance_steps": t("Entities", "Guidance step"),
        "notes": t("Entities", "Note"),
        "referrals": t("Entities", "Referral"),
        "consents": t("Entities", "Consent"),
        "partners": t("Entities", "Partner"),
        "routes": t("Entities", "Route"),
        "route_steps": t("Entities", "Step of a route"),
        "step_types": t("Entities", "Kind of step"),
        "workers": t("Entities", "Worker"),
        "hubs": t("Entities", "Hub"),
        "nodes": t("Entities", "Desk"),
        "recognitions": t("Entities", "Recognition"),
        "procurement_matches": t("Entities", "Procurement match"),
        "work_placements": t("Entities", "Work placement"),
        "programme_events": t("Entities", "Programme event"),
        "event_attendances": t("Entities", "Event attendance"),
    }.get(entity, entity.replace("_", " "))


def field_name(entity: str, name: str) -> str:
    """A field's name in words: the person form's labels, the shared catalogue, else its code spelled out."""
    t = QCoreApplication.translate
    if entity == "persons" and name in _PERSON_FORM_FIELDS:
        return person_field_label(name)
    if name == "phone_e164":
        return person_field_label("phone")
    own = {
        "stadsdeel": t("Fields", "Stadsdeel"),
        "income_situation": t("Fields", "Income situation"),
        "status": t("Fields", "Status"),
        "due_on": t("Fields", "Due on"),
        "done_on": t("Fields", "Done on"),
        "outcome": t("Fields", "Outcome"),
        "notes": t("Fields", "Notes"),
        "summary": t("Fields", "Summary"),
        "channel": t("Fields", "Channel"),
        "needs": t("Fields", "Needs"),
        "need": t("Fields", "Need"),
        "close_reason": t("Fields", "Reason for closing"),
        "closed_on": t("Fields", "Closed on"),
        "opened_on": t("Fields", "Opened on"),
        "lead_worker_id": t("Fields", "Lead worker"),
        "assignee_id": t("Fields", "Assigned to"),
        "partner_id": t("Fields", "Partner"),
        "route_id": t("Fields", "Route"),
        "feedback_due": t("Fields", "Feedback due"),
        "first_contact_on": t("Fields", "First contact on"),
        "outcome_at": t("Fields", "Outcome on"),
        "question": t("Fields", "Question"),
        "request": t("Fields", "Request"),
        "name": t("Fields", "Name"),
        "phone": t("Fields", "Phone"),
        "address": t("Fields", "Address"),
        "website": t("Fields", "Website"),
        "active": t("Fields", "Active"),
        "minutes": t("Fields", "Minutes"),
        "visibility": t("Fields", "Visible to"),
    }.get(name)
    if own:
        return own
    pair = FIELD_NAMES.get(name)
    if pair:
        return pair[1] if ui_language() == "en" else pair[0]
    return name.replace("_", " ").capitalize()


def _enum_class(entity: str, name: str) -> type[enum.Enum] | None:
    cls = REPLICATED_ENTITIES.get(entity)
    if cls is None or name not in cls.__table__.c:
        return None
    enum_class = getattr(cls.__table__.c[name].type, "enum_class", None)
    return enum_class if isinstance(enum_class, type) and issubclass(enum_class, enum.Enum) else None


def _enum_text(enum_class: type[enum.Enum], value: Any) -> str:
    try:
        member = enum_class(value)
    except ValueError:  # a code from a newer desk
        return str(value)
    label = _ENUM_LABELS.get(enum_class)
    return label(member) if label else str(member.value).replace("_", " ")


def value_text(entity: str, name: str, value: Any, names: dict[str, str] | None = None) -> str:
    """A stored value (JSON form) as the worker reads it; "" for empty."""
    if value is None or value == "" or value == []:
        return ""
    names = names or {}
    if isinstance(value, bool):
        return QCoreApplication.translate("Values", "Yes") if value else QCoreApplication.translate("Values", "No")
    enum_class = _enum_class(entity, name)
    if enum_class is not None:
        return _enum_text(enum_class, value)
    if isinstance(value, list):
        list_enum = _LIST_ENUMS.get(name)
        return ", ".join(_enum_text(list_enum, v) if list_enum else str(v) for v in value)
    if isinstance(value, str):
        if value in names:
            return names[value]
        if name == "phone_e164":
            return display_value("phone", value)
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                return value
            return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        if len(value) > 18 and value[4] == "-" and "T" in value:
            try:
                return _moment(dt.datetime.fromisoformat(value))
            except ValueError:
                return value
    return str(value)


def _moment(moment: dt.datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def record_title(entry: ConflictEntry) -> str:
    """ "Fatima El Amrani" for the entrepreneur, "Visit of Fatima El Amrani" for what is theirs."""
    what = entity_label(entry.entity)
    if entry.entity == "persons":
        return entry.record_name or what
    if entry.person_name:
        return (
            QCoreApplication.translate("ConflictsView", "%1 of %2").replace("%1", what).replace("%2", entry.person_name)
        )
    return f"{what}: {entry.record_name}" if entry.record_name else what


class ConflictsView(QWidget):
    """The list of open conflicts and, for the selected one, the sides and the choices.

    Signals: sig_resolved(Changes): a conflict was settled (the change it wrote).
    """

    sig_resolved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._entries: list[ConflictEntry] = []
        self.busy = False
        self.choice_buttons: dict[str, QPushButton] = {}

        intro = QLabel(
            self.tr(
                "Sync could not decide these: the same data was changed differently at two desks, "
                "or changed at one desk and deleted at another. Every desk shows the same value meanwhile "
                "(marked “shown now”). Choose what is right; your choice goes to the other desks with the next sync."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Entrepreneur or record"), self.tr("What"), self.tr("Noticed")])
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setMinimumWidth(380)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.empty_label = QLabel(self.tr("No conflicts to review."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.explain_label = QLabel()
        self.explain_label.setWordWrap(True)
        self.sides = QGridLayout()
        self.sides.setHorizontalSpacing(16)
        self.sides.setVerticalSpacing(6)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("QLabel { color: #842029; }")
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.explain_label)
        detail_layout.addSpacing(8)
        detail_layout.addLayout(self.sides)
        detail_layout.addWidget(self.message_label)
        detail_layout.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([430, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self._show_entry(None)

    # -- loading -----------------------------------------------------------------------------------
    @Slot()
    def reload(self, *_args: object) -> None:
        store = self._ctx.store
        self._ctx.runner.submit(lambda: conflict_entries(store), self._on_entries_loaded, owner=self)

    def entries(self) -> list[ConflictEntry]:
        return list(self._entries)

    def _on_entries_loaded(self, entries: list[ConflictEntry]) -> None:
        current = self.current_entry()
        entries = sorted(entries, key=lambda e: (e.detected_at, record_title(e), e.kind.value, e.field))
        self._entries = entries
        self.list.blockSignals(True)
        self.list.clear()
        select = 0
        for row, e in enumerate(entries):
            what = self.tr("Deleted vs. changed") if e.kind is ConflictKind.DELETED else field_name(e.entity, e.field)
            if e.entity != "persons" and e.kind is not ConflictKind.DELETED:
                what = f"{entity_label(e.entity)}: {what}"
            item = QTreeWidgetItem([record_title(e), what, _moment(e.detected_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, e.id)
            self.list.addTopLevelItem(item)
            if current is not None and e.id == current.id:
                select = row
        self.list.blockSignals(False)
        for col in range(3):
            self.list.resizeColumnToContents(col)
        # Room for the whole row (Dutch labels are longer), within reason beside the details.
        wanted = sum(self.list.columnWidth(col) for col in range(3)) + 2 * self.list.frameWidth() + 4
        self.list.setMinimumWidth(min(wanted, 480))
        self.list.setVisible(bool(entries))
        self.empty_label.setVisible(not entries)
        chosen = self.list.topLevelItem(select) if entries else None
        if chosen is not None:
            self.list.setCurrentItem(chosen)
            self._show_entry(entries[select])
        else:
            self._show_entry(None)

    def current_entry(self) -> ConflictEntry | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((e for e in self._entries if e.id == wanted), None)

    @Slot()
    def _on_list_current_item_changed(self) -> None:
        self.message_label.clear()
        self._show_entry(self.current_entry())

    # -- the selected conflict ---------------------------------------------------------------------
    def _clear_sides(self) -> None:
        while self.sides.count():
            item = self.sides.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from the view at once
                widget.deleteLater()
        for c in range(self.sides.columnCount()):
            self.sides.setColumnStretch(c, 0)
        self.choice_buttons = {}

    def _show_entry(self, entry: ConflictEntry | None) -> None:
        self._clear_sides()
        self.detail.setVisible(entry is not None)
        if entry is None:
            return
        if entry.kind is ConflictKind.DELETED:
            self.title_label.setText(record_title(entry))
            self.explain_label.setText(
                self.tr(
                    "This was deleted at one desk and changed at another. Until you choose, it stays deleted. "
                    "Restore it (with the changes) or accept the deletion."
                )
            )
        else:
            self.title_label.setText(f"{record_title(entry)} — {field_name(entry.entity, entry.field)}")
            self.explain_label.setText(
                self.tr("This field was changed differently at two desks. Choose the value to keep.")
                if entry.kind is ConflictKind.FIELD
                else self.tr(
                    "Two records would have the same value for this field. Change it on one of them; "
                    "this conflict then closes by itself."
                )
            )
        column = 0
        if entry.kind is ConflictKind.FIELD:
            self._add_column(column, self.tr("Before (both desks started from)"), entry, None, "base")
            column += 1
        if entry.mine is not None:
            header = (
                self.tr("Mine (this desk)")
                if entry.mine.local
                else self.tr("Shown now (%1)").replace("%1", entry.mine.desk_name)
            )
            self._add_column(column, header, entry, entry.mine, "mine")
            column += 1
        for n, side in enumerate(entry.theirs):
            header = self.tr("Theirs (%1)").replace("%1", side.desk_name)
            self._add_column(column, header, entry, side, "theirs" if n == 0 else f"theirs{n + 1}")
            column += 1
        for c in range(column):
            self.sides.setColumnStretch(c, 1)

    def _add_column(self, col: int, header: str, entry: ConflictEntry, side: Side | None, key: str) -> None:
        head = QLabel(header)
        head.setStyleSheet("QLabel { font-weight: bold; color: #495057; }")
        head.setWordWrap(True)
        self.sides.addWidget(head, 0, col)
        value = QLabel()
        value.setObjectName(f"{key}Value")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setFrameShape(QFrame.Shape.StyledPanel)
        value.setMinimumHeight(48)
        value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        value.setStyleSheet("QLabel { background: palette(base); padding: 8px; font-size: 11pt; }")
        value.setText(self._side_text(entry, side))
        self.sides.addWidget(value, 1, col)
        if side is not None:
            who = side.worker_name or self.tr("unknown worker")
            meta_text = self.tr("%1 at %2, %3").replace("%1", who).replace("%2", side.desk_name)
            meta_text = meta_text.replace("%3", _moment(side.at))
            if side.provisional:
                meta_text += "\n" + self.tr("★ shown now at every desk")
            meta = QLabel(meta_text)
            meta.setObjectName(f"{key}Meta")
            meta.setWordWrap(True)
            meta.setStyleSheet("QLabel { color: #6c757d; }")
            self.sides.addWidget(meta, 2, col)
        button = self._choice_button(entry, side, key)
        if button is not None:
            self.choice_buttons[key] = button
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            self.sides.addWidget(holder, 3, col)

    def _side_text(self, entry: ConflictEntry, side: Side | None) -> str:
        empty = self.tr("(empty)")
        if entry.kind is ConflictKind.DELETED:
            if side is None:
                return ""
            if side.deletion:
                return self.tr("Deleted")
            fields = side.value if isinstance(side.value, dict) else {}
            lines = [
                f"{field_name(entry.entity, k)}: {value_text(entry.entity, k, v, entry.names) or empty}"
                for k, v in fields.items()
                if k not in ("deleted_at", "version", "updated_at", "updated_by_node")
            ]
            return self.tr("Changed:") + "\n" + "\n".join(lines) if lines else self.tr("Changed")
        value = entry.base if side is None else side.value
        return value_text(entry.entity, entry.field, value, entry.names) or empty

    def _choice_button(self, entry: ConflictEntry, side: Side | None, key: str) -> QPushButton | None:
        if entry.kind is ConflictKind.DUPLICATE:
            return None
        if entry.kind is ConflictKind.DELETED:
            if side is None:
                return None
            if side.deletion:
                button = QPushButton(self.tr("Accept the deletion"))
                button.clicked.connect(lambda: self.resolve(entry, restore=False))
            else:
                button = QPushButton(self.tr("Restore, with these changes"))
                button.clicked.connect(lambda: self.resolve(entry, restore=True))
            return button
        if side is None:
            text = self.tr("Back to before")
            value = entry.base
        elif key == "mine":
            text = self.tr("Keep mine") if side.local else self.tr("Keep this")
            value = side.value
        else:
            text = self.tr("Take theirs")
            value = side.value
        button = QPushButton(text)
        button.clicked.connect(lambda: self.resolve(entry, value=value))
        return button

    # -- resolving ---------------------------------------------------------------------------------
    def resolve(self, entry: ConflictEntry, *, value: Any = None, restore: bool = False) -> None:
        """Settle ``entry`` on the database thread; the list reloads afterwards."""
        if self.busy:
            return
        ctx = self._ctx
        self.busy = True
        for button in self.choice_buttons.values():
            button.setEnabled(False)
        conflict_id: uuid.UUID = entry.id

        def work() -> Changes:
            return ConflictService(ctx.store).resolve(ctx.actor, conflict_id, value=value, restore=restore)

        ctx.runner.submit(work, self._on_resolved, self._on_resolve_failed, owner=self)

    def _on_resolved(self, changes: Changes) -> None:
        self.busy = False
        self.reload()  # queued before what the signal's receivers ask, so the list changes first
        self._ctx.signals.announce(changes)
        self.sig_resolved.emit(changes)

    def _on_resolve_failed(self, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, UserFacingError) and error.code.startswith("conflict."):
            self.message_label.setText(error_text(error, ui_language()))
            self.reload()
            return
        for button in self.choice_buttons.values():
            button.setEnabled(True)
        show_error(self, error)


class ConflictsDialog(QDialog):
    """The conflict queue in its own window (not modal: the desk stays usable)."""

    sig_resolved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.setModal(False)
        self.view = ConflictsView(ctx)
        self.view.sig_resolved.connect(self.sig_resolved)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1100, 560)

    @Slot()
    def reload(self, *_args: object) -> None:
        self.view.reload()
