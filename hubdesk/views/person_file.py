"""The entrepreneur's file: who they are, their consent, the timeline, and the desk's actions."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text, issue_sentence
from hubdesk.models.enums import ConsentPurpose, Language, NoteVisibility, Stage
from hubdesk.models.errors import StaleEdit, UserFacingError, ValidationFailed
from hubdesk.services.consents import ConsentService, PersonConsents
from hubdesk.services.guidance import GuidanceCatalog, TrajectoryView
from hubdesk.services.readmodels import Changes, ConsentView, EnterpriseView, PersonFile, PersonView
from hubdesk.services.referrals import PartnerView, ReferralView
from hubdesk.views.conflict_dialog import (
    PERSON_FIELDS,
    ConflictDialog,
    display_value,
    person_field_label,
    view_value,
)
from hubdesk.views.consent_panel import ConsentPanel
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.impact_panel import ImpactPanel
from hubdesk.views.labels import language_label, stadsdeel_label, stage_label
from hubdesk.views.privacy_actions import PrivacyButton
from hubdesk.views.referral_panel import ReferralPanel
from hubdesk.views.tasks import Operation
from hubdesk.views.timeline_model import TimelineModel, short_date
from hubdesk.views.trajectory_panel import TrajectoryPanel

FileData = tuple[
    PersonFile, list[TrajectoryView], GuidanceCatalog, dt.date, list[ReferralView], list[PartnerView], PersonConsents
]
"""What a (re)load brings: the file, its trajectories, the guidance catalog, today, its
referrals, the partner directory and the consents with their history."""

ERROR_STYLE = "QLabel { color: #b02a37; }"
CONSENT_WARNING_STYLE = (
    "QLabel { background: #f8d7da; color: #842029; border: 1px solid #f1aeb5; padding: 6px 10px; font-weight: bold; }"
)
CONSENT_OK_STYLE = "QLabel { padding: 6px 0; }"
LINE_EDIT_FIELDS = ("given_name", "infix", "family_name", "email", "phone", "home_postcode")


class PersonFileView(QWidget):
    """The file of one entrepreneur, as a hub worker sees it after choosing them in the list.

    :meth:`open_person` loads the file on the database thread (``IntakeService.get_file``,
    which records a "view" in the audit log: once per opening, and again only to show a
    change), with the person's trajectories (``GuidanceService.trajectories_of``). Every
    write (visit, note, edit, and the trajectory actions of :class:`TrajectoryPanel`) is
    announced with ``ctx.signals.announce`` and followed by a reload. Changes announced
    by others reload the file too, except while the edit form holds unsaved input: that
    input is never replaced.

    Signals:
        sig_loaded(): a file is shown (after opening and after every reload).
        sig_closed(): the worker wants to go back to the list (Escape or "Back to the list").
    """

    sig_loaded = Signal()
    sig_closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._person_id: uuid.UUID | None = None
        self._file: PersonFile | None = None
        self._pending_load: Operation | None = None
        self._edit_base: PersonView | None = None  # the person as shown when the edit form opened
        self._form_initial: dict[str, object] = {}
        self._reload_deferred = False  # a change arrived while the edit form held unsaved input
        self._announcing = False

        # -- action bar --------------------------------------------------------------------
        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setToolTip(self.tr("Back to the list of entrepreneurs (Esc)"))
        self.visit_button = QPushButton(self.tr("Register visit"))
        self.visit_button.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.visit_button.setToolTip(self.tr("Register a walk-in visit now (Ctrl+Shift+V)"))
        self.note_button = QPushButton(self.tr("Add note"))
        self.note_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.note_button.setToolTip(self.tr("Write a note in the file (Ctrl+Shift+N)"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Edit name and contact details (Ctrl+E)"))
        self.refer_button = QPushButton(self.tr("Refer…"))
        self.refer_button.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.refer_button.setToolTip(self.tr("Refer to a partner, with consent and a letter (Ctrl+Shift+R)"))
        self._actions = (self.visit_button, self.note_button, self.refer_button, self.edit_button)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        for button in self._actions:
            actions.addWidget(button)
        self.privacy_button = PrivacyButton(ctx)  # access export and erasure: coordinators and admins
        actions.addWidget(self.privacy_button)

        # -- header ------------------------------------------------------------------------
        self.name_label = QLabel()
        self.name_label.setObjectName("nameLabel")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enterprise_value = self._value_label()
        self.stage_value = self._value_label()
        self.stadsdeel_value = self._value_label()
        self.postcode_value = self._value_label()
        self.phone_value = self._value_label()
        self.email_value = self._value_label()
        self.language_value = self._value_label()
        self.registered_value = self._value_label()
        self.last_contact_value = self._value_label()
        self.consent_label = QLabel()
        self.consent_label.setObjectName("consentLabel")
        self.consent_label.setWordWrap(True)
        self.consent_label.setProperty("warning", False)

        quiet = QPalette(self.palette())  # captions: the text colour, a little softer (light and dark themes)
        softer = quiet.color(QPalette.ColorRole.WindowText)
        softer.setAlphaF(0.68)
        quiet.setColor(QPalette.ColorRole.WindowText, softer)
        facts = QHBoxLayout()
        facts.setSpacing(48)
        for rows in (
            ((self.tr("Enterprise"), self.enterprise_value), (self.tr("Stage"), self.stage_value)),
            (
                (self.tr("Stadsdeel"), self.stadsdeel_value),
                (self.tr("Postcode"), self.postcode_value),
                (self.tr("Preferred language"), self.language_value),
            ),
            ((self.tr("Phone"), self.phone_value), (self.tr("E-mail"), self.email_value)),
            ((self.tr("Registered on"), self.registered_value), (self.tr("Last contact"), self.last_contact_value)),
        ):
            form = QFormLayout()
            form.setVerticalSpacing(6)  # not the 48 px between the columns, which it would inherit
            form.setHorizontalSpacing(12)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for text, value in rows:
                caption = QLabel(text)
                caption.setPalette(quiet)
                form.addRow(caption, value)
            facts.addLayout(form)
        facts.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)

        # -- edit form ---------------------------------------------------------------------
        self.edit_box = QGroupBox(self.tr("Edit name and contact details"))
        self.edit_fields: dict[str, QLineEdit] = {name: QLineEdit() for name in LINE_EDIT_FIELDS}
        self.edit_fields["email"].setPlaceholderText(self.tr("name@example.nl"))
        self.edit_fields["phone"].setPlaceholderText(self.tr("06 12345678, or +32 … for abroad"))
        self.edit_fields["home_postcode"].setPlaceholderText(self.tr("1234 AB"))
        self.language_combo = QComboBox()
        for lang in Language:
            self.language_combo.addItem(language_label(lang), lang)
        self.field_errors: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setVerticalSpacing(8)  # not the 30 px between the columns, which it would inherit
            form.setHorizontalSpacing(12)
        for name in PERSON_FIELDS:
            editor: QWidget = self.language_combo if name == "preferred_language" else self.edit_fields[name]
            error = QLabel()
            error.setObjectName(f"{name}Error")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.field_errors[name] = error
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(editor)
            cell_layout.addWidget(error)
            target = left if name in ("given_name", "infix", "family_name", "preferred_language") else right
            caption = QLabel(person_field_label(name))
            caption.setBuddy(editor)
            target.addRow(caption, cell)
        self.edit_error = QLabel()
        self.edit_error.setStyleSheet(ERROR_STYLE)
        self.edit_error.setWordWrap(True)
        self.edit_error.hide()
        self.edit_notice = QLabel(
            self.tr(
                "This entrepreneur was changed elsewhere while you were editing. "
                "When you save, you can compare both versions."
            )
        )
        self.edit_notice.setWordWrap(True)
        self.edit_notice.hide()
        self.edit_save_button = QPushButton(self.tr("Save"))
        self.edit_save_button.setDefault(True)
        self.edit_save_button.setToolTip(self.tr("Save the changed fields (Enter)"))
        self.edit_cancel_button = QPushButton(self.tr("Cancel"))
        self.edit_cancel_button.setToolTip(self.tr("Close the form without saving"))
        columns = QHBoxLayout()
        columns.setSpacing(30)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.edit_error, 1)
        edit_buttons.addStretch(1)  # keeps the buttons their natural size while the error is hidden
        edit_buttons.addWidget(self.edit_save_button)
        edit_buttons.addWidget(self.edit_cancel_button)
        edit_layout = QVBoxLayout(self.edit_box)
        edit_layout.addWidget(self.edit_notice)
        edit_layout.addLayout(columns)
        edit_layout.addLayout(edit_buttons)
        self.edit_box.hide()

        # -- note form ---------------------------------------------------------------------
        self.note_box = QGroupBox(self.tr("New note"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("What was discussed, agreed or still to be done"))
        self.note_edit.setAccessibleName(self.tr("Note text"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.private_check = QCheckBox(self.tr("Only visible to me (private note)"))
        self.note_error = QLabel()
        self.note_error.setStyleSheet(ERROR_STYLE)
        self.note_error.setWordWrap(True)
        self.note_error.hide()
        self.note_save_button = QPushButton(self.tr("Save note"))
        self.note_save_button.setToolTip(self.tr("Save the note (Ctrl+Enter)"))
        self.note_save_button.setEnabled(False)
        self.note_cancel_button = QPushButton(self.tr("Cancel"))
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.private_check)
        note_buttons.addWidget(self.note_error, 1)
        note_buttons.addStretch(1)
        note_buttons.addWidget(self.note_save_button)
        note_buttons.addWidget(self.note_cancel_button)
        note_layout = QVBoxLayout(self.note_box)
        note_layout.addWidget(self.note_edit)
        note_layout.addLayout(note_buttons)
        self.note_box.hide()

        # -- timeline ----------------------------------------------------------------------
        timeline_title = QLabel(self.tr("Timeline (newest first)"))
        title_font = timeline_title.font()
        title_font.setBold(True)
        timeline_title.setFont(title_font)
        self.timeline_model = TimelineModel(self)
        self.timeline = QTableView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setWordWrap(True)  # long notes wrap; rows grow to fit (QTreeView would elide them)
        self.timeline.setShowGrid(False)
        self.timeline.verticalHeader().hide()
        self.timeline.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.timeline.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col in (TimelineModel.COL_DATE, TimelineModel.COL_KIND, TimelineModel.COL_BY):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        # -- trajectories ------------------------------------------------------------------
        self.trajectories = TrajectoryPanel(ctx)
        self.referrals = ReferralPanel(ctx)
        self.consents = ConsentPanel(ctx)
        self.impact = ImpactPanel(ctx)

        header_box = QVBoxLayout()
        header_box.setSpacing(6)
        header_box.addWidget(self.name_label)
        header_box.addLayout(facts)
        header_box.addWidget(self.consent_label)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(header_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.edit_box)
        layout.addWidget(self.note_box)
        layout.addSpacing(6)
        layout.addWidget(self.consents)
        layout.addSpacing(6)
        layout.addWidget(self.trajectories)  # it grows (see _on_file_loaded) only when it shows steps
        layout.addSpacing(6)
        layout.addWidget(self.referrals)
        layout.addSpacing(6)
        layout.addWidget(self.impact)
        layout.addSpacing(6)
        layout.addWidget(timeline_title)
        layout.addWidget(self.timeline, 2)
        self._layout = layout

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)

        self._connect_signals()
        self._populate()

    @staticmethod
    def _value_label() -> QLabel:
        label = QLabel()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.visit_button.clicked.connect(self._on_visit_button_clicked)
        self.note_button.clicked.connect(self._on_note_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.refer_button.clicked.connect(self.referrals.start_referral)
        self.privacy_button.sig_erased.connect(self._on_privacy_erased)
        self.edit_save_button.clicked.connect(self._on_edit_save_clicked)
        self.edit_cancel_button.clicked.connect(self._on_edit_cancel_clicked)
        for edit in self.edit_fields.values():
            edit.returnPressed.connect(self._on_edit_save_clicked)
        self.note_edit.textChanged.connect(self._on_note_edit_text_changed)
        self.note_save_button.clicked.connect(self._on_note_save_clicked)
        self.note_cancel_button.clicked.connect(self._on_note_cancel_clicked)
        self._reload_timer.timeout.connect(self._load)
        self.trajectories.sig_written.connect(self._on_trajectories_written)
        self.trajectories.sig_stale.connect(self._on_trajectories_stale)
        self.referrals.sig_written.connect(self._on_trajectories_written)
        self.referrals.sig_failed.connect(self._on_referrals_failed)
        self.consents.sig_written.connect(self._on_trajectories_written)
        self.consents.sig_failed.connect(self._on_referrals_failed)
        self.impact.sig_written.connect(self._on_trajectories_written)
        self.impact.sig_failed.connect(self._on_referrals_failed)
        self._ctx.signals.sig_data_changed.connect(self._on_data_changed)
        # QShortcut(key, parent, callable) does not connect in PySide6 6.12: connect explicitly.
        self._escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape_shortcut.activated.connect(self._on_escape_activated)
        self._note_save_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.note_edit)
        self._note_save_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._note_save_shortcut.activated.connect(self._on_note_save_clicked)

    def _populate(self) -> None:
        """Show the empty state; a file is loaded by :meth:`open_person`."""
        self._show_placeholder(self.tr("No entrepreneur chosen"))

    # -- public -------------------------------------------------------------------------------
    @property
    def person_id(self) -> uuid.UUID | None:
        return self._person_id

    @property
    def file(self) -> PersonFile | None:
        """The file as last shown."""
        return self._file

    def open_person(self, person_id: uuid.UUID) -> None:
        """Show this person's file; open forms are closed (check :meth:`has_unsaved_changes` first)."""
        self._person_id = person_id
        self._file = None
        self._close_edit_form()
        self._close_note_form(clear=True)
        self.status_label.clear()
        self._show_placeholder(self.tr("Opening the file…"))
        self._load()

    def reload(self) -> None:
        """Load the shown file again (audited as a view)."""
        self._schedule_reload()

    def has_unsaved_changes(self) -> bool:
        """True when the edit form or the note form holds input that is not saved."""
        return bool(self._edit_changes()) or bool(self.note_box.isVisibleTo(self) and self._note_text())

    # -- operations -----------------------------------------------------------------------------
    def _submit(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[..., None],
        *failure_args: Any,
    ) -> Operation:
        """Run ``work`` on the database thread (it captures services and plain data only);
        the handlers are skipped once this view is gone."""

        def failed(error: BaseException) -> None:
            on_failure(error, *failure_args)

        return self._ctx.runner.submit(work, on_success, failed, owner=self)

    # -- loading ------------------------------------------------------------------------------
    def _schedule_reload(self) -> None:
        """Reload once, however many writes and announcements arrive in this turn of the loop."""
        if self._person_id is not None:
            self._reload_timer.start()

    @Slot()
    def _load(self) -> None:
        self._reload_timer.stop()
        if self._person_id is None:
            return
        if self._pending_load is not None:
            self._pending_load.cancel()
        intake, guidance, actor, person_id = self._ctx.intake, self._ctx.guidance, self._ctx.actor, self._person_id
        referrals = self._ctx.referrals
        consents = ConsentService(self._ctx.store)

        def work() -> FileData:
            file = intake.get_file(actor, person_id)
            trajectories = guidance.trajectories_of(person_id)
            catalog, today = guidance.catalog(actor), guidance.today()
            partners = referrals.partners()
            return (
                file,
                trajectories,
                catalog,
                today,
                referrals.of_person(person_id),
                partners,
                consents.of_person(person_id),
            )

        self._pending_load = self._submit(work, self._on_file_loaded, self._on_file_failed)

    def _on_file_loaded(self, data: FileData) -> None:
        self._pending_load = None
        file, trajectories, catalog, today, referrals, partners, consents = data
        if file.person.id != self._person_id:
            return
        self._file = file
        self._show_header(file)
        self.timeline_model.set_items(file.timeline)  # the service sorts newest first
        stage = file.enterprises[0].stage if file.enterprises else None
        self.trajectories.set_data(file.person.id, trajectories, catalog, today, stage)
        self._layout.setStretchFactor(self.trajectories, 3 if trajectories else 0)
        self.referrals.set_data(file, trajectories, catalog, referrals, partners, today)
        self.consents.set_data(consents, partners)
        self.impact.set_enterprises([(e.id, e.trade_name) for e in file.enterprises])
        self.privacy_button.set_person((file.person.id, file.person.name))
        for button in self._actions:
            button.setEnabled(True)
        if self._edit_base is not None and not self._edit_changes():
            self._fill_edit_form(file.person)  # an untouched form follows the stored person
        self.sig_loaded.emit()

    @Slot(object)
    def _on_privacy_erased(self, person_id: uuid.UUID) -> None:
        """The shown person was erased: nothing of them is left to show; back to the list."""
        if person_id != self._person_id:
            return
        self._person_id = None
        self._file = None
        self._close_edit_form()
        self._close_note_form(clear=True)
        self._show_placeholder(self.tr("The entrepreneur was erased."))
        self.sig_closed.emit()

    def _on_file_failed(self, error: BaseException) -> None:
        self._pending_load = None
        if isinstance(error, UserFacingError):
            self._show_placeholder(self.tr("This file cannot be shown."))
            self.status_label.setText(self._error_text(error))
            self.status_label.setStyleSheet(ERROR_STYLE)
        else:
            show_error(self, error)

    def _show_placeholder(self, text: str) -> None:
        self.name_label.setText(text)
        for label in (
            self.enterprise_value,
            self.stage_value,
            self.stadsdeel_value,
            self.postcode_value,
            self.phone_value,
            self.email_value,
            self.language_value,
            self.registered_value,
            self.last_contact_value,
            self.consent_label,
        ):
            label.clear()
        self.consent_label.setStyleSheet("")
        self.timeline_model.set_items(())
        self.trajectories.clear()
        self.referrals.clear()
        self.consents.clear()
        self.impact.clear()
        self.privacy_button.set_person(None)
        self._layout.setStretchFactor(self.trajectories, 0)
        for button in self._actions:
            button.setEnabled(False)

    def _show_header(self, file: PersonFile) -> None:
        p = file.person
        self.name_label.setText(p.name)
        self.enterprise_value.setText(self._enterprise_text(file.enterprises))
        self.stage_value.setText(stage_label(file.enterprises[0].stage) if file.enterprises else "—")
        self.stadsdeel_value.setText(stadsdeel_label(p.stadsdeel) or "—")
        self.postcode_value.setText(p.home_postcode or "—")
        self.phone_value.setText(display_value("phone", p.phone_e164) or "—")
        self.email_value.setText(p.email or "—")
        self.language_value.setText(language_label(p.preferred_language))
        self.registered_value.setText(short_date(p.registered_at))
        self.last_contact_value.setText(short_date(p.last_contact_at))
        text, warning = self._consent_text(file.consents)
        self.consent_label.setText(text)
        self.consent_label.setProperty("warning", warning)
        self.consent_label.setStyleSheet(CONSENT_WARNING_STYLE if warning else CONSENT_OK_STYLE)

    def _enterprise_text(self, enterprises: tuple[EnterpriseView, ...]) -> str:
        names = [e.trade_name for e in enterprises if e.trade_name]
        if names:
            return ", ".join(names)
        if not enterprises or all(e.stage is Stage.IDEA for e in enterprises):
            return self.tr("(idea)")
        return self.tr("(being set up)")

    def _consent_text(self, consents: tuple[ConsentView, ...]) -> tuple[str, bool]:
        """The active consents in one line, and whether the registration consent is missing."""
        parts: list[str] = []
        for c in consents:
            if not c.active:
                continue
            if c.purpose is ConsentPurpose.REGISTRATION:
                parts.append(self.tr("registration (%1)").replace("%1", c.text_version))
            elif c.purpose is ConsentPurpose.SHARE_WITH_PARTNER:
                parts.append(self.tr("sharing with %1").replace("%1", c.partner_name or self.tr("a partner")))
            elif c.purpose is ConsentPurpose.MONITORING_RECORD_LEVEL:
                parts.append(self.tr("monitoring"))
            elif c.purpose is ConsentPurpose.NEWSLETTER:
                parts.append(self.tr("newsletter"))
            elif c.purpose is ConsentPurpose.STORY_PHOTO:
                parts.append(self.tr("story and photo"))
        parts = list(dict.fromkeys(parts))  # one line per kind: a partner referred to twice is named once
        registered = any(c.active and c.purpose is ConsentPurpose.REGISTRATION for c in consents)
        if registered:
            return self.tr("Consent: %1").replace("%1", ", ".join(parts)), False
        text = self.tr("No active consent for registration: ask for it and record it before anything else.")
        if parts:
            text += " " + self.tr("Other consent: %1").replace("%1", ", ".join(parts))
        return text, True

    # -- writes -------------------------------------------------------------------------------
    def _after_write(self, changes: Changes, message: str) -> None:
        """Every successful write: announce it, show it, reload the file."""
        self.status_label.setStyleSheet("")
        self.status_label.setText(message)
        self._announcing = True
        try:
            self._ctx.signals.announce(changes)
        finally:
            self._announcing = False
        self._schedule_reload()

    @staticmethod
    def _error_text(error: UserFacingError) -> str:
        return error_text(error, ui_language())

    # trajectories (the panel writes; the file announces and reloads)
    @Slot(object, str)
    def _on_trajectories_written(self, changes: Changes, message: str) -> None:
        self._after_write(changes, message)

    @Slot(str)
    def _on_referrals_failed(self, text: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(text)
        self._schedule_reload()

    @Slot()
    def _on_trajectories_stale(self) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(
            self.tr("This step was changed at another desk meanwhile; nothing was saved. Look again and try once more.")
        )
        self._schedule_reload()

    # register visit
    @Slot()
    def _on_visit_button_clicked(self) -> None:
        if self._person_id is None or self._file is None:
            return
        self.visit_button.setEnabled(False)
        intake, actor, person_id = self._ctx.intake, self._ctx.actor, self._person_id
        self._submit(
            lambda: intake.register_visit(actor, person_id, {"channel": "walk_in"}),
            self._on_visit_registered,
            self._on_visit_failed,
        )

    def _on_visit_registered(self, changes: Changes) -> None:
        self.visit_button.setEnabled(True)
        self._after_write(changes, self.tr("Visit registered."))

    def _on_visit_failed(self, error: BaseException) -> None:
        self.visit_button.setEnabled(True)
        show_error(self, error)

    # notes
    @Slot()
    def _on_note_button_clicked(self) -> None:
        if self._file is None:
            return
        self.note_box.show()
        self.note_edit.setFocus()

    def _note_text(self) -> str:
        return self.note_edit.toPlainText().strip()

    @Slot()
    def _on_note_edit_text_changed(self) -> None:
        self.note_save_button.setEnabled(bool(self._note_text()))

    @Slot()
    def _on_note_save_clicked(self) -> None:
        text = self._note_text()
        if not text or self._person_id is None or not self.note_save_button.isEnabled():
            return
        visibility = NoteVisibility.AUTHOR if self.private_check.isChecked() else NoteVisibility.HUB
        self.note_save_button.setEnabled(False)
        self.note_error.hide()
        intake, actor, person_id = self._ctx.intake, self._ctx.actor, self._person_id
        data = {"text": text, "visibility": visibility.value}
        self._submit(lambda: intake.add_note(actor, person_id, data), self._on_note_saved, self._on_note_failed)

    def _on_note_saved(self, changes: Changes) -> None:
        self._close_note_form(clear=True)
        self._after_write(changes, self.tr("Note saved."))

    def _on_note_failed(self, error: BaseException) -> None:
        self.note_save_button.setEnabled(bool(self._note_text()))
        if isinstance(error, ValidationFailed):
            lang = ui_language()
            self.note_error.setText("\n".join(issue_sentence(i, lang) for i in error.issues))
            self.note_error.show()
        else:
            show_error(self, error)

    @Slot()
    def _on_note_cancel_clicked(self) -> None:
        self._close_note_form(clear=True)

    def _close_note_form(self, clear: bool) -> None:
        if clear:
            self.note_edit.clear()
            self.private_check.setChecked(False)
        self.note_error.hide()
        self.note_box.hide()

    # edit
    @Slot()
    def _on_edit_button_clicked(self) -> None:
        if self._file is None:
            return
        if self._edit_base is None:
            self._fill_edit_form(self._file.person)
            self.edit_box.show()
        self.edit_fields["given_name"].setFocus()

    def _fill_edit_form(self, person: PersonView) -> None:
        self._edit_base = person
        self._form_initial = {name: self._stored_form_value(person, name) for name in PERSON_FIELDS}
        for name, edit in self.edit_fields.items():
            with_blocker = edit.blockSignals(True)
            edit.setText(str(self._form_initial[name]))
            edit.blockSignals(with_blocker)
        blocker = self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(self.language_combo.findData(person.preferred_language))
        self.language_combo.blockSignals(blocker)
        self._clear_edit_errors()
        self.edit_notice.hide()

    @staticmethod
    def _stored_form_value(person: PersonView, name: str) -> object:
        if name == "preferred_language":
            return Language(person.preferred_language)
        return display_value(name, view_value(person, name))

    def _form_values(self) -> dict[str, object]:
        values: dict[str, object] = {name: edit.text().strip() for name, edit in self.edit_fields.items()}
        values["preferred_language"] = Language(self.language_combo.currentData())
        return values

    def _edit_changes(self) -> dict[str, object]:
        """The fields whose input differs from the person shown when the form opened."""
        if self._edit_base is None:
            return {}
        return {k: v for k, v in self._form_values().items() if v != self._form_initial.get(k)}

    def _clear_edit_errors(self) -> None:
        for label in self.field_errors.values():
            label.clear()
            label.hide()
        self.edit_error.clear()
        self.edit_error.hide()

    @Slot()
    def _on_edit_save_clicked(self) -> None:
        if self._edit_base is None or self._person_id is None or not self.edit_save_button.isEnabled():
            return
        changes = self._edit_changes()
        if not changes:
            self._close_edit_form()
            self.status_label.setText(self.tr("Nothing was changed."))
            return
        self._submit_update(self._edit_base, changes)

    def _submit_update(self, base: PersonView, changes: dict[str, Any]) -> None:
        """Send ``changes`` (only fields the worker changed) against the version ``base`` shows."""
        assert self._person_id is not None
        self._clear_edit_errors()
        self.edit_save_button.setEnabled(False)
        intake, actor, person_id, version = self._ctx.intake, self._ctx.actor, self._person_id, base.version
        self._submit(
            lambda: intake.update_person(actor, person_id, version, changes),
            self._on_person_updated,
            self._on_update_failed,
            base,
            changes,
        )

    def _on_person_updated(self, result: tuple[PersonView, Changes]) -> None:
        _view, changes = result
        self.edit_save_button.setEnabled(True)
        self._close_edit_form()
        self._after_write(changes, self.tr("Changes saved."))

    def _on_update_failed(self, error: BaseException, base: PersonView, sent: dict[str, Any]) -> None:
        self.edit_save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self._show_issues(error)
        elif isinstance(error, StaleEdit):
            self._resolve_conflict(error, base, sent)
        else:
            show_error(self, error)

    def _show_issues(self, error: ValidationFailed) -> None:
        lang = ui_language()
        general: list[str] = []
        for issue in error.issues:
            name = issue.field.split(".")[-1]
            name = "phone" if name == "phone_e164" else name
            label = self.field_errors.get(name)
            if label is None:
                general.append(issue_sentence(issue, lang))
                continue
            label.setText("\n".join(filter(None, (label.text(), issue_sentence(issue, lang)))))
            label.show()
        if general:
            self.edit_error.setText("\n".join(general))
            self.edit_error.show()
        for name in PERSON_FIELDS:
            if self.field_errors[name].isVisibleTo(self.edit_box):
                editor = self.language_combo if name == "preferred_language" else self.edit_fields[name]
                editor.setFocus()
                break

    def _resolve_conflict(self, error: StaleEdit, base: PersonView, sent: dict[str, Any]) -> None:
        """Another desk saved first: let the worker choose per field, then save only "mine".

        The dialog is destroyed right here, before the next operation is submitted, not
        with deleteLater(): in PySide6 6.12 a wrapped widget tree being destroyed on the
        GUI thread while Python's cyclic GC runs on the database thread crashes
        (shiboken's tp_traverse walks the half-destroyed children), and deleteLater()
        timed the destruction exactly into the retry's update_person.
        """
        dialog = ConflictDialog(error, sent, base, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            chosen = dialog.choices()
        finally:
            shiboken6.delete(dialog)
        if not accepted:
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Nothing was saved; your input is still in the form."))
            return
        current: PersonView = error.current
        if chosen:
            self._submit_update(current, chosen)
            return
        self._close_edit_form()
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("The other desk's values were kept."))
        self._schedule_reload()

    @Slot()
    def _on_edit_cancel_clicked(self) -> None:
        deferred = self._reload_deferred
        self._close_edit_form()
        if deferred:
            self._schedule_reload()

    def _close_edit_form(self) -> None:
        self._edit_base = None
        self._form_initial = {}
        self._reload_deferred = False
        self._clear_edit_errors()
        self.edit_notice.hide()
        self.edit_box.hide()

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def _on_back_button_clicked(self) -> None:
        self.sig_closed.emit()

    @Slot()
    def _on_escape_activated(self) -> None:
        """Escape closes the innermost open form, but never throws typed input away."""
        if self.note_box.isVisibleTo(self):
            if self._note_text():
                self._say_unsaved()
            else:
                self._close_note_form(clear=True)
        elif self.edit_box.isVisibleTo(self):
            if self._edit_changes():
                self._say_unsaved()
            else:
                self._on_edit_cancel_clicked()
        else:
            self.sig_closed.emit()

    def _say_unsaved(self) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Unsaved input: save it, or press Cancel to discard it."))

    @Slot(object)
    def _on_data_changed(self, changes: Changes) -> None:
        if self._announcing or self._file is None or not self._concerns_me(changes):
            return
        if self._edit_changes():
            self._reload_deferred = True  # leave the worker's input alone; save will compare versions
            self.edit_notice.show()
            return
        self._schedule_reload()

    def _concerns_me(self, changes: Changes) -> bool:
        """Whether a change touches this file (its person, or records of theirs)."""
        file = self._file
        if file is None:
            return False
        trajectories = self.trajectories.trajectories()
        steps = {s.step_id for t in trajectories for s in t.steps}
        return bool(
            file.person.id in changes.persons
            or changes.ids("enterprises") & {e.id for e in file.enterprises}
            or changes.ids("consents") & {c.id for c in file.consents}
            or (changes.ids("visits") | changes.ids("notes")) & {t.id for t in file.timeline}
            or changes.ids("trajectories") & {t.id for t in trajectories}
            or changes.ids("guidance_steps") & steps
            # a step added or a stage changed elsewhere names no person: look again when one may be ours
            or (trajectories and (changes.ids("guidance_steps") - steps or changes.ids("stage_changes")))
            or changes.ids("step_types")
            or changes.ids("referrals") & {r.id for r in self.referrals.referrals()}
            or changes.ids("partners")
        )
