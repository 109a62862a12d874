"""Referring an entrepreneur to a partner: the draft, the consent, the letter.

:class:`ReferralDialog` collects the referral (need, partner, handover, the letter's
language and texts, and exactly the details the partner asks for), records the
entrepreneur's consent to share them with that partner, shows the letter as it will
be printed (QtPdf), prints it or saves it as PDF, and marks the referral as sent.
Every service call runs on the database thread; the dialog only shows results.

:class:`UpdateStatusDialog` and :class:`CloseReferralDialog` are the small forms for
the partner's answers (they only collect input, like the trajectory forms).
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text, issue_sentence
from hubdesk.models.enums import (
    ConsentMethod,
    Handover,
    Language,
    Need,
    OutcomeSource,
    ReferralOutcome,
    ReferralStatus,
    StepStatus,
    TrajectoryStatus,
)
from hubdesk.models.errors import StaleEdit, UserFacingError, ValidationFailed
from hubdesk.services import letters
from hubdesk.services.files import write_atomically
from hubdesk.services.guidance import TrajectoryView
from hubdesk.services.readmodels import Changes, PersonFile
from hubdesk.services.referrals import (
    CONTACT_DAYS,
    LetterDoc,
    PartnerView,
    ReferralService,
    ReferralView,
    share_consent_text,
    shared_items,
)
from hubdesk.services.store import Actor
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.guidance_labels import from_qdate, short_day, to_qdate
from hubdesk.views.labels import consent_method_label, language_label, need_label
from hubdesk.views.letter_preview import LetterPreview, ask_pdf_path, pdf_file_name, print_document
from hubdesk.views.referral_labels import (
    field_label,
    handover_label,
    outcome_label,
    outcome_source_label,
    referral_status_label,
)
from hubdesk.views.timeline_model import short_date_time
from hubdesk.views.trajectory_dialogs import FormDialog, date_edit

ERROR_STYLE = "QLabel { color: #b02a37; }"
WITHDRAWN_STYLE = (
    "QLabel { background: #f8d7da; color: #842029; border: 1px solid #f1aeb5; padding: 6px 8px; font-weight: bold; }"
)
CONSENT_TEXT_STYLE = "QLabel { background: palette(base); border: 1px solid palette(mid); padding: 8px; }"
OK_STYLE = "QLabel { color: #0f5132; }"
STATUS_STEPS = (ReferralStatus.ACKNOWLEDGED, ReferralStatus.INTAKE_PLANNED, ReferralStatus.IN_PROGRESS)


# -- who is referred ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReferralSubject:
    """The entrepreneur being referred, and what their file already tells about the work
    done so far (the intake, the steps done in the open trajectory), to prefill the letter."""

    person_id: uuid.UUID
    person_name: str
    language: Language
    registered_on: dt.date | None = None
    intake_names: tuple[str, str] = ("Intake", "Intake")
    done_steps: tuple[tuple[dt.date, str, tuple[str, str]], ...] = ()
    """(day, step type code, (Dutch name, English name)), earliest first."""

    @classmethod
    def from_file(
        cls, file: PersonFile, trajectories: Sequence[TrajectoryView], names: Mapping[str, tuple[str, str]]
    ) -> ReferralSubject:
        person = file.person
        open_one = next((t for t in trajectories if t.status is TrajectoryStatus.OPEN), None)
        steps = sorted(
            (s.done_on, s.step_type, names.get(s.step_type, (s.step_type, s.step_type)))
            for s in (open_one.steps if open_one else ())
            if s.status is StepStatus.DONE and s.done_on is not None
        )
        return cls(
            person_id=person.id,
            person_name=person.name,
            language=Language(person.preferred_language),
            registered_on=person.registered_at.astimezone().date(),
            intake_names=names.get("intake", ("Intake", "Intake")),
            done_steps=tuple(steps),
        )

    @classmethod
    def of_referral(cls, referral: ReferralView) -> ReferralSubject:
        """For a draft made earlier: its own texts are there already."""
        return cls(person_id=referral.person_id, person_name=referral.person_name, language=referral.language)

    def done_so_far(self, language: Language) -> list[str]:
        """One line per thing done, in the letter's language: "Intake (12-02-2026)"."""
        template = letters.load_template(language)
        english = language is Language.EN
        lines = []
        if self.registered_on is not None and not any(code == "intake" for _day, code, _n in self.done_steps):
            name = self.intake_names[1] if english else self.intake_names[0]
            lines.append(f"{name} ({template.format_date(self.registered_on)})")
        for day, _code, (name_nl, name_en) in self.done_steps:
            lines.append(f"{(name_en if english else name_nl) or name_nl} ({template.format_date(day)})")
        return lines


# -- the work on the database thread -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SaveResult:
    """What one round of saving brought back: the draft as stored now (None when it could
    not be made), its letter when asked for, what changed, and the error that stopped it."""

    referral: ReferralView | None
    letter: LetterDoc | None
    changes: Changes
    saved: bool
    error: UserFacingError | None


def merge_changes(parts: Iterable[Changes]) -> Changes:
    entities: dict[str, set[uuid.UUID]] = {}
    persons: set[uuid.UUID] = set()
    for part in parts:
        for name, ids in part.entities.items():
            entities.setdefault(name, set()).update(ids)
        persons |= part.persons
    return Changes({k: frozenset(v) for k, v in entities.items()}, frozenset(persons))


def save_draft(
    referrals: ReferralService,
    actor: Actor,
    referral_id: uuid.UUID | None,
    base_version: int,
    data: dict[str, Any],
    *,
    changed: bool,
    consent: ConsentMethod | None,
    letter: bool,
) -> SaveResult:
    """Create or update the draft, record the consent, make the letter: each a transaction
    of its own, in that order, stopping at the first refusal. Runs on the database thread.

    A refusal (a ``UserFacingError``) is returned, not raised, together with the draft as
    far as it got: a draft made before the refusal must not be made again."""
    done: list[Changes] = []
    saved = False
    doc: LetterDoc | None = None
    error: UserFacingError | None = None
    try:
        if referral_id is None:
            referral_id, created = referrals.create(actor, data)
            done.append(created)
        elif changed:
            done.append(referrals.update_draft(actor, referral_id, base_version, data))
        saved = True
        if consent is not None:
            done.append(referrals.record_consent(actor, referral_id, consent))
        if letter:
            doc = referrals.letter(actor, referral_id)
    except UserFacingError as exc:
        error = exc
    view = referrals.get(referral_id) if referral_id is not None else None
    return SaveResult(view, doc, merge_changes(done), saved, error)


# -- the dialog --------------------------------------------------------------------------------------------------
class ReferralDialog(QDialog):
    """A referral of one entrepreneur to one partner, from the first draft to "sent".

    Opened with ``open()`` (window-modal) from the file or the referrals section, for a
    new referral (``referral`` None) or a draft made earlier. The draft is stored when
    consent is recorded, when the letter is made and when the dialog closes; nothing is
    stored while the worker only looks.

    The letter buttons work only with a consent, recorded here, that names the partner
    chosen and has not been withdrawn; a sentence beside them says why they do not.

    Signals:
        sig_written(Changes, str): something was stored; the message says what.
        sig_letter_shown(): the preview shows the letter as it is now.
    """

    sig_written = Signal(object, str)
    sig_letter_shown = Signal()

    def __init__(
        self,
        ctx: AppContext,
        subject: ReferralSubject,
        partners: Sequence[PartnerView],
        referral: ReferralView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._subject = subject
        self._partners = [p for p in partners if p.active or (referral is not None and p.id == referral.partner_id)]
        self._referral = referral
        self._saved_input: dict[str, Any] | None = None
        self._letter: LetterDoc | None = None
        self._letter_input: dict[str, Any] | None = None
        self._output_done = False  # printed or saved in this dialog
        self._busy = False
        self._closing = False
        self._finished = False
        self._field_values: dict[str, str] = {}
        self._prefill: list[str] = []
        self.field_edits: dict[str, QLineEdit] = {}
        self.setWindowTitle(self.tr("Refer %1 to a partner").replace("%1", subject.person_name))

        # -- what and to whom ------------------------------------------------------------------
        self.need_combo = QComboBox()
        self.need_combo.addItem(self.tr("(not chosen)"), None)
        for need in Need:
            self.need_combo.addItem(need_label(need), need.value)
        self.partner_combo = QComboBox()
        self.partner_combo.addItem(self.tr("(choose a partner)"), None)
        for p in self._partners:
            self.partner_combo.addItem(p.name, str(p.id))
        self.partner_info = QLabel()
        self.partner_info.setObjectName("partnerInfo")
        self.partner_info.setWordWrap(True)
        self.partner_info.setTextFormat(Qt.TextFormat.RichText)
        self.handover_combo = QComboBox()
        for handover in Handover:
            self.handover_combo.addItem(handover_label(handover), handover.value)
        self.language_combo = QComboBox()
        for lang in Language:
            self.language_combo.addItem(language_label(lang), lang.value)
        self.language_combo.setCurrentIndex(self.language_combo.findData(subject.language.value))
        to_whom = QGroupBox(self.tr("Need and partner"))
        form = self._form(to_whom)
        self._add_row(form, self.tr("Need"), self.need_combo)
        self._add_row(form, self.tr("Partner"), self.partner_combo)
        form.addRow(self.partner_info)
        self._add_row(form, self.tr("Handover"), self.handover_combo)
        self._add_row(form, self.tr("Language of the letter"), self.language_combo)

        # -- the letter's texts ----------------------------------------------------------------
        self.question_edit = self._text_edit(3, self.tr("In the entrepreneur's own words"))
        self.done_edit = self._text_edit(4, self.tr("One item a line"))
        self.request_edit = self._text_edit(2, self.tr("For example: an assessment for a microcredit"))
        self.contact_edit = date_edit(self._today() + dt.timedelta(days=CONTACT_DAYS))
        self.contact_label = QLabel()
        texts = QGroupBox(self.tr("The letter"))
        form = self._form(texts)
        self._add_row(form, self.tr("Question"), self.question_edit)
        self._add_row(form, self.tr("Done so far"), self.done_edit)
        self._add_row(form, self.tr("What we ask"), self.request_edit)
        self.contact_label.setBuddy(self.contact_edit)
        form.addRow(self.contact_label, self.contact_edit)

        # -- the partner's own details -----------------------------------------------------------
        self.fields_box = QGroupBox()
        self.fields_form = self._form(self.fields_box)
        self.fields_empty = QLabel(self.tr("Choose a partner to see the details it needs."))
        self.fields_empty.setWordWrap(True)
        self.fields_form.addRow(self.fields_empty)

        # -- consent -----------------------------------------------------------------------------
        self.consent_box = QGroupBox(self.tr("Consent to share"))
        self.consent_text = QLabel()
        self.consent_text.setObjectName("consentText")
        self.consent_text.setWordWrap(True)
        self.consent_text.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_text.setStyleSheet(CONSENT_TEXT_STYLE)
        self.consent_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.method_combo = QComboBox()
        for method in ConsentMethod:
            self.method_combo.addItem(consent_method_label(method), method.value)
        self.consent_check = QCheckBox(self.tr("The entrepreneur agrees to this text"))
        self.consent_state = QLabel()
        self.consent_state.setObjectName("consentState")
        self.consent_state.setWordWrap(True)
        consent_layout = QVBoxLayout(self.consent_box)
        consent_layout.addWidget(
            QLabel(self.tr("Read this out to the entrepreneur, or let them read it, before you tick the box:"))
        )
        consent_layout.addWidget(self.consent_text)
        method_row = QHBoxLayout()
        method_caption = QLabel(self.tr("Given"))
        method_caption.setBuddy(self.method_combo)
        method_row.addWidget(method_caption)
        method_row.addWidget(self.method_combo, 1)
        consent_layout.addLayout(method_row)
        consent_layout.addWidget(self.consent_check)
        consent_layout.addWidget(self.consent_state)

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        for box in (to_whom, texts, self.fields_box, self.consent_box):
            form_layout.addWidget(box)
        form_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form_page)
        self.form_scroll.setMinimumWidth(480)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # -- the letter ----------------------------------------------------------------------------
        self.preview = LetterPreview()
        self.preview.setMinimumWidth(520)
        self.preview_note = QLabel(self.tr("You changed the referral since: this preview is not up to date."))
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 4px 8px; }")
        self.preview_note.hide()
        preview_title = QLabel(self.tr("The letter as it will be printed"))
        bold = preview_title.font()
        bold.setBold(True)
        preview_title.setFont(bold)
        right = QVBoxLayout()
        right.addWidget(preview_title)
        right.addWidget(self.preview_note)
        right.addWidget(self.preview, 1)

        # -- actions ---------------------------------------------------------------------------------
        self.letter_hint = QLabel()
        self.letter_hint.setObjectName("letterHint")
        self.letter_hint.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.preview_button = QPushButton(self.tr("Show letter"))
        self.preview_button.setToolTip(self.tr("Make the letter from what is filled in and show it"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setToolTip(self.tr("Choose a printer and print the letter (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save exactly this letter as a PDF file (Ctrl+S)"))
        self.send_button = QPushButton(self.tr("Mark as sent"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close; what you filled in is kept as a draft"))
        self._letter_buttons = (self.preview_button, self.print_button, self.save_button)
        for button in (*self._letter_buttons, self.send_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field must not print or send
        buttons = QHBoxLayout()
        for button in (*self._letter_buttons, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        columns = QHBoxLayout()
        columns.addWidget(self.form_scroll, 5)
        columns.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.letter_hint)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.resize(1200, 860)

        self._connect_signals()
        self._populate()

    # -- building ------------------------------------------------------------------------------------
    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    @staticmethod
    def _add_row(form: QFormLayout, caption: str, editor: QWidget) -> None:
        label = QLabel(caption)
        label.setBuddy(editor)
        form.addRow(label, editor)

    @staticmethod
    def _text_edit(lines: int, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _connect_signals(self) -> None:
        self.partner_combo.currentIndexChanged.connect(self._on_partner_changed)
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        self.handover_combo.currentIndexChanged.connect(self._on_handover_changed)
        for combo in (self.need_combo, self.partner_combo, self.handover_combo, self.language_combo):
            combo.currentIndexChanged.connect(self._on_input_changed)
        for edit in (self.question_edit, self.done_edit, self.request_edit):
            edit.textChanged.connect(self._on_input_changed)
        self.contact_edit.dateChanged.connect(self._on_input_changed)
        self.consent_check.clicked.connect(self._on_consent_clicked)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.send_button.clicked.connect(self._on_send_clicked)
        self.close_button.clicked.connect(self.reject)

    def _populate(self) -> None:
        r = self._referral
        if r is None:
            self._prefill = self._subject.done_so_far(self.language())
            self.done_edit.setPlainText("\n".join(self._prefill))
        else:
            self._fill_from(r)
        self._on_partner_changed()
        self._on_handover_changed()
        if r is not None:
            self._saved_input = self.values()
        self.preview.show_text(
            self.tr("The letter appears here once a partner is chosen and the entrepreneur's consent is recorded.")
        )
        self._update_state()
        if (
            r is not None
            and self._consent_state() == "recorded"
            and not self.missing_fields()
            and not self.letter_problem()
        ):
            self._submit(letter=True)

    def _fill_from(self, r: ReferralView) -> None:
        self._field_values = {k: str(v) for k, v in r.fields.items()}
        self.need_combo.setCurrentIndex(max(0, self.need_combo.findData(r.need.value if r.need else None)))
        self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(str(r.partner_id))))
        self.handover_combo.setCurrentIndex(max(0, self.handover_combo.findData(r.handover.value)))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(r.language.value)))
        self.question_edit.setPlainText(r.question)
        self.done_edit.setPlainText("\n".join(r.done_so_far))
        self.request_edit.setPlainText(r.request)
        if r.contact_by is not None:
            self.contact_edit.setDate(to_qdate(r.contact_by))

    def _today(self) -> dt.date:
        return self._ctx.store.clock().astimezone().date()

    # -- reading the form ------------------------------------------------------------------------------
    def partner(self) -> PartnerView | None:
        data = self.partner_combo.currentData()
        return next((p for p in self._partners if str(p.id) == data), None)

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def handover(self) -> Handover:
        return Handover(self.handover_combo.currentData())

    def values(self) -> dict[str, Any]:
        """The referral as filled in (``ReferralInput``): only the chosen partner's fields."""
        partner = self.partner()
        need = self.need_combo.currentData()
        return {
            "person_id": self._subject.person_id,
            "partner_id": partner.id if partner else None,
            "need": Need(need) if need else None,
            "handover": self.handover(),
            "language": self.language(),
            "question": self.question_edit.toPlainText().strip(),
            "done_so_far": [line.strip() for line in self.done_edit.toPlainText().splitlines() if line.strip()],
            "request": self.request_edit.toPlainText().strip(),
            "contact_by": from_qdate(self.contact_edit.date()),
            "fields": {code: edit.text().strip() for code, edit in self.field_edits.items()},
        }

    def missing_fields(self) -> list[str]:
        """The labels of the partner's details still empty."""
        return [field_label(code) for code, edit in self.field_edits.items() if not edit.text().strip()]

    def letter_problem(self) -> str:
        """What the letter still lacks before it is worth making ("" when nothing); the
        partner's details are named by the service (in the letter's language)."""
        if not self.question_edit.toPlainText().strip():
            return self.tr("Fill in the entrepreneur's question first: the letter is about it.")
        if not self.request_edit.toPlainText().strip():
            return self.tr("Fill in what we ask of the partner first.")
        return ""

    def referral(self) -> ReferralView | None:
        """The draft as last stored (None before anything was stored)."""
        return self._referral

    def letter(self) -> LetterDoc | None:
        """The letter last made (what the preview shows)."""
        return self._letter

    def _has_input(self) -> bool:
        v = self.values()
        return bool(v["question"] or v["request"] or any(v["fields"].values()) or v["done_so_far"] != self._prefill)

    # -- showing -----------------------------------------------------------------------------------------
    def _consent_state(self) -> str:
        """ "no_partner", "none", "other" (the consent names another partner), "withdrawn" or "recorded"."""
        partner, r = self.partner(), self._referral
        if partner is None:
            return "no_partner"
        if r is None or r.consent_id is None:
            return "none"
        if r.partner_id != partner.id:
            return "other"
        return "withdrawn" if r.consent_withdrawn_at is not None else "recorded"

    def _update_state(self) -> None:
        state = self._consent_state()
        partner, r = self.partner(), self._referral
        idle = not self._busy
        recorded = state == "recorded"
        draft = r is None or r.status is ReferralStatus.DRAFT
        for button in self._letter_buttons:
            button.setEnabled(idle and recorded)
        self.send_button.setEnabled(
            idle
            and recorded
            and draft
            and r is not None
            and (self._output_done or self.handover() is not Handover.LETTER)
        )
        self.send_button.setToolTip(
            self.tr("The letter has gone to the partner: feedback is then expected, and a follow-up is planned")
            if self.send_button.isEnabled()
            else self.tr("Print the letter or save it as PDF first")
        )
        blocker = self.consent_check.blockSignals(True)
        self.consent_check.setChecked(recorded)
        self.consent_check.blockSignals(blocker)
        self.consent_check.setEnabled(idle and draft and partner is not None and not recorded)
        self.method_combo.setEnabled(idle and draft and not recorded)

        self.consent_state.setStyleSheet("")
        if state == "recorded" and r is not None and r.consent_given_at is not None:
            self.consent_state.setStyleSheet(OK_STYLE)
            self.consent_state.setText(
                self.tr("Consent recorded on %1.").replace("%1", short_date_time(r.consent_given_at))
            )
        elif state == "withdrawn" and r is not None and r.consent_withdrawn_at is not None:
            self.consent_state.setStyleSheet(WITHDRAWN_STYLE)
            self.consent_state.setText(
                self.tr(
                    "The entrepreneur withdrew this consent on %1. No letter can be made, printed or saved "
                    "with it. Tick the box only if they agree again."
                ).replace("%1", short_date_time(r.consent_withdrawn_at))
            )
        elif state == "other" and r is not None and partner is not None:
            self.consent_state.setText(
                self.tr("The consent recorded was for %1. Ask again for %2.")
                .replace("%1", r.partner_name)
                .replace("%2", partner.name)
            )
        else:
            self.consent_state.clear()
        self.consent_state.setVisible(bool(self.consent_state.text()))

        if state == "no_partner":
            hint = self.tr("Choose a partner first; the letter also needs the entrepreneur's consent.")
        elif state == "withdrawn":
            hint = self.tr("Consent withdrawn: no letter can be made, printed or saved.")
        elif not recorded:
            hint = self.tr(
                "No letter without consent: read the consent text to the entrepreneur and tick the box when they agree."
            )
        else:
            hint = ""
        self.letter_hint.setText(hint)
        self.letter_hint.setStyleSheet(ERROR_STYLE if state == "withdrawn" else "")
        self.letter_hint.setVisible(bool(hint))
        stale = self._letter is not None and self._letter_input is not None and self.values() != self._letter_input
        self.preview_note.setVisible(stale and self.preview.is_showing_letter())

    def _show_partner(self, partner: PartnerView | None) -> None:
        if partner is None:
            self.partner_info.clear()
            self.partner_info.hide()
            return
        parts = []
        offers, refer_when = self.tr("Offers"), self.tr("Refer when")  # (lupdate skips tr() inside f-strings)
        if partner.offers:
            parts.append(f"<b>{html.escape(offers)}:</b> {html.escape(partner.offers)}")
        if partner.refer_when:
            parts.append(f"<b>{html.escape(refer_when)}:</b> {html.escape(partner.refer_when)}")
        self.partner_info.setText("<br>".join(parts))
        self.partner_info.setVisible(bool(parts))

    def _rebuild_fields(self, partner: PartnerView | None) -> None:
        """One row per detail this partner asks for, and nothing else."""
        for code, edit in self.field_edits.items():
            self._field_values[code] = edit.text()
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_edits = {}
        if partner is None:
            self.fields_box.setTitle(self.tr("Details for the partner"))
            self.fields_empty = QLabel(self.tr("Choose a partner to see the details it needs."))
            self.fields_empty.setWordWrap(True)
            self.fields_form.addRow(self.fields_empty)
            self._set_tab_order()
            return
        self.fields_box.setTitle(self.tr("Details for %1").replace("%1", partner.name))
        if not partner.referral_fields:
            note = QLabel(self.tr("%1 needs no details besides the letter.").replace("%1", partner.name))
            note.setWordWrap(True)
            self.fields_form.addRow(note)
        for code in partner.referral_fields:
            edit = QLineEdit(self._field_values.get(code, ""))
            edit.setObjectName(f"field_{code}")
            edit.setAccessibleName(field_label(code))
            edit.textChanged.connect(self._on_input_changed)
            self.field_edits[code] = edit
            self._add_row(self.fields_form, field_label(code), edit)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.need_combo,
            self.partner_combo,
            self.handover_combo,
            self.language_combo,
            self.question_edit,
            self.done_edit,
            self.request_edit,
            self.contact_edit,
            *self.field_edits.values(),
            self.method_combo,
            self.consent_check,
            *self._letter_buttons,
            self.send_button,
            self.close_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _update_consent_text(self) -> None:
        partner = self.partner()
        if partner is None:
            self.consent_text.setText(self.tr("Choose a partner to see the consent text."))
            return
        lang = self.language()
        template = letters.load_template(lang)
        items = ", ".join(template.data_item_label(code) for code in shared_items(partner.referral_fields))
        text = share_consent_text().text(lang.value)
        self.consent_text.setText(text.replace("{partner}", partner.name).replace("{items}", items))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.close_button.setEnabled(not busy)
        self._update_state()

    # -- slots: the form ---------------------------------------------------------------------------------
    @Slot()
    def _on_partner_changed(self) -> None:
        partner = self.partner()
        self._show_partner(partner)
        self._rebuild_fields(partner)
        self._update_consent_text()
        self._update_state()

    @Slot()
    def _on_language_changed(self) -> None:
        self._update_consent_text()
        done = [line.strip() for line in self.done_edit.toPlainText().splitlines() if line.strip()]
        if self._referral is None and done == self._prefill:  # untouched: the same lines in the new language
            self._prefill = self._subject.done_so_far(self.language())
            self.done_edit.setPlainText("\n".join(self._prefill))

    @Slot()
    def _on_handover_changed(self) -> None:
        self.contact_label.setText(
            {
                Handover.LETTER: self.tr("Contacts the partner before"),
                Handover.WARM_CALL: self.tr("Phone call on"),
                Handover.JOINT_MEETING: self.tr("Meeting on"),
            }[self.handover()]
        )

    @Slot()
    def _on_input_changed(self) -> None:
        self._update_state()

    # -- storing --------------------------------------------------------------------------------------
    def _submit(
        self,
        *,
        consent: ConsentMethod | None = None,
        letter: bool = False,
        then: Callable[[LetterDoc], None] | None = None,
        closing: bool = False,
    ) -> None:
        """Store what is filled in (only when it changed), then the consent and the letter
        when asked; ``then`` gets the letter. The letter is made again only when the
        referral changed since the last one."""
        data = self.values()
        if letter and consent is None and (problem := self.letter_problem()):
            self._say(problem, error=True)
            return
        if letter and consent is None and self._letter is not None and data == self._letter_input:
            if then is not None:
                then(self._letter)
            return
        r = self._referral
        referral_id, version = (r.id, r.version) if r is not None else (None, 0)
        changed = data != self._saved_input
        referrals, actor = self._ctx.referrals, self._ctx.actor

        def work() -> SaveResult:
            return save_draft(
                referrals, actor, referral_id, version, data, changed=changed, consent=consent, letter=letter
            )

        self._closing = closing
        self._say(self.tr("Making the letter…") if letter else self.tr("Saving…"))
        self._set_busy(True)
        self._ctx.runner.submit(
            work,
            lambda result: self._on_saved(result, data, consent, then),
            self._on_failed,
            owner=self,
        )

    def _on_saved(
        self,
        result: SaveResult,
        data: dict[str, Any],
        consent: ConsentMethod | None,
        then: Callable[[LetterDoc], None] | None,
    ) -> None:
        created = self._referral is None and result.referral is not None
        if result.referral is not None:
            self._referral = result.referral
        if result.saved:
            self._saved_input = data
        if result.letter is not None:
            self._letter, self._letter_input = result.letter, data
        partner = self.partner()
        name = partner.name if partner else ""
        if consent is not None and result.error is None:
            message = self.tr("Consent recorded: the details may be shared with %1.").replace("%1", name)
        elif created:
            message = self.tr("Draft referral to %1 saved.").replace("%1", name)
        else:
            message = self.tr("Draft referral saved.")
        if result.changes:
            self.sig_written.emit(result.changes, message)
        self._busy = False
        self.close_button.setEnabled(True)
        if result.error is not None:
            self._closing = False
            self._show_error(result.error)
            self._update_state()
            return
        self._say(message if result.changes else "")
        if self._closing:
            self._finish()
            return
        if result.letter is not None:
            self.preview.show_pdf(result.letter.pdf)
            self._say(self.tr("The letter is ready."))
            self.sig_letter_shown.emit()
        self._update_state()
        if consent is not None and not self.missing_fields() and not self.letter_problem():
            self._submit(letter=True)  # consent given and everything filled in: show the letter
        elif result.letter is not None and then is not None:
            then(result.letter)

    def _on_failed(self, error: BaseException) -> None:
        self._closing = False
        self._busy = False
        self.close_button.setEnabled(True)
        self._show_error(error)
        self._update_state()

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            lang = ui_language()
            self._say("\n".join(issue_sentence(i, lang) for i in error.issues), error=True)
        elif isinstance(error, StaleEdit):
            self._say(
                self.tr("This referral was changed at another desk meanwhile. Close it and open it again."),
                error=True,
            )
        elif isinstance(error, UserFacingError):
            self._say(error_text(error, ui_language()), error=True)
        else:
            self._say("")
            show_error(self, error)

    # -- slots: consent and the letter ---------------------------------------------------------------------
    @Slot()
    def _on_consent_clicked(self) -> None:
        if not self.consent_check.isChecked() or self._busy:
            self._update_state()
            return
        if self.partner() is None:
            self._update_state()
            self._say(self.tr("Choose a partner first."), error=True)
            return
        self._submit(consent=ConsentMethod(self.method_combo.currentData()))

    @Slot()
    def _on_preview_clicked(self) -> None:
        if self.preview_button.isEnabled():
            self._submit(letter=True)

    @Slot()
    def _on_print_clicked(self) -> None:
        if self.print_button.isEnabled():
            self._submit(letter=True, then=self._print)

    @Slot()
    def _on_save_clicked(self) -> None:
        if self.save_button.isEnabled():
            self._submit(letter=True, then=self._save)

    def _title(self, doc: LetterDoc) -> str:
        partner = self.partner()
        return f"{doc.reference} {partner.name if partner else ''}".strip()

    def _print(self, doc: LetterDoc) -> None:
        if print_document(self, self.preview.document, self._title(doc)):
            self._record(doc, "print", self.tr("The letter was printed."))

    def _save(self, doc: LetterDoc) -> None:
        partner = self.partner()
        path = ask_pdf_path(self, pdf_file_name(doc.reference, partner.name if partner else ""))
        if path is None:
            return
        pdf = doc.pdf
        self._record(
            doc,
            "pdf",
            self.tr("The letter was saved as %1.").replace("%1", str(path)),
            lambda: write_atomically(path, pdf),
        )

    def _record(self, doc: LetterDoc, how: str, message: str, before: Callable[[], None] | None = None) -> None:
        """Note the print (or the save, after ``before`` wrote the file) in the audit log."""
        referrals, actor, referral_id = self._ctx.referrals, self._ctx.actor, doc.referral_id

        def work() -> None:
            if before is not None:
                before()
            referrals.record_print(actor, referral_id, how)

        self._set_busy(True)
        self._ctx.runner.submit(work, lambda _none: self._on_recorded(message), self._on_failed, owner=self)

    def _on_recorded(self, message: str) -> None:
        self._output_done = True
        self._set_busy(False)
        partner = self.partner()
        if self._referral is not None and self._referral.status is ReferralStatus.DRAFT:
            message += " " + self.tr("Once it has gone to %1, mark the referral as sent.").replace(
                "%1", partner.name if partner else ""
            )
            self.send_button.setDefault(True)
            self.send_button.setFocus()
        self._say(message)

    @Slot()
    def _on_send_clicked(self) -> None:
        r = self._referral
        if r is None or not self.send_button.isEnabled():
            return
        if self._letter is not None and self.values() != self._letter_input:
            self._say(
                self.tr("You changed the referral after the letter was made: print or save the letter again first."),
                error=True,
            )
            return
        referrals, actor, referral_id, version = self._ctx.referrals, self._ctx.actor, r.id, r.version

        def work() -> tuple[Changes, ReferralView]:
            changes = referrals.send(actor, referral_id, version)
            return changes, referrals.get(referral_id)

        self._set_busy(True)
        self._ctx.runner.submit(work, self._on_sent, self._on_failed, owner=self)

    def _on_sent(self, result: tuple[Changes, ReferralView]) -> None:
        changes, view = result
        self._referral = view
        self._busy = False
        message = self.tr("Referral %1 to %2 sent. Feedback is due by %3.")
        self.sig_written.emit(
            changes,
            message.replace("%1", view.reference)
            .replace("%2", view.partner_name)
            .replace("%3", short_day(view.feedback_due)),
        )
        self._finish(accepted=True)

    # -- closing -------------------------------------------------------------------------------------
    @Slot()
    def reject(self) -> None:
        """Close; input not stored yet is kept as a draft first (when a partner is chosen)."""
        if self._busy:
            return
        r = self._referral
        draft = r is None or r.status is ReferralStatus.DRAFT
        if (
            draft
            and self.partner() is not None
            and ((r is not None and self.values() != self._saved_input) or (r is None and self._has_input()))
        ):
            self._submit(closing=True)
            return
        if draft and r is None and self.partner() is None and self._has_input() and not self._confirm_discard():
            return
        self._finish()

    def _confirm_discard(self) -> bool:
        """Without a partner nothing can be kept (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("No partner is chosen, so what you filled in cannot be kept. Close anyway?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _finish(self, *, accepted: bool = False) -> None:
        self._finished = True
        if accepted:
            super().accept()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            event.accept()
            return
        event.ignore()
        self.reject()


# -- the partner's answers ---------------------------------------------------------------------------------------
class UpdateStatusDialog(FormDialog):
    """What the partner reported: acknowledged, intake planned or in progress, and the
    day of their first contact with the entrepreneur when known."""

    def __init__(self, referral: ReferralView, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Referral status"), self.tr("Save status"), parent)
        self._referral = referral
        self.set_intro(
            self.tr("%1 to %2, now: %3")
            .replace("%1", referral.reference)
            .replace("%2", referral.partner_name)
            .replace("%3", referral_status_label(referral.status).lower())
        )
        self.status_combo = QComboBox()
        for status in STATUS_STEPS:
            self.status_combo.addItem(referral_status_label(status), status.value)
        later = [s for s in STATUS_STEPS if STATUS_STEPS.index(s) > _step_index(referral.status)]
        self.status_combo.setCurrentIndex(self.status_combo.findData((later[0] if later else STATUS_STEPS[-1]).value))
        self.contact_check = QCheckBox(self.tr("First contact with the entrepreneur on"))
        self.contact_check.setChecked(referral.first_contact_on is not None)
        self.contact_edit = date_edit(referral.first_contact_on or today)
        self.contact_edit.setEnabled(self.contact_check.isChecked())
        self.contact_check.toggled.connect(self.contact_edit.setEnabled)
        self.add_row(self.tr("New status"), self.status_combo)
        self.form.addRow(self.contact_check, self.contact_edit)

    def status(self) -> ReferralStatus:
        return ReferralStatus(self.status_combo.currentData())

    def first_contact_on(self) -> dt.date | None:
        return from_qdate(self.contact_edit.date()) if self.contact_check.isChecked() else None

    def problem(self) -> str:
        if self.status() is self._referral.status and self.first_contact_on() == self._referral.first_contact_on:
            return self.tr("Nothing changed: choose another status or the day of the first contact.")
        return ""


def _step_index(status: ReferralStatus) -> int:
    return STATUS_STEPS.index(status) if status in STATUS_STEPS else -1


class CloseReferralDialog(FormDialog):
    """Close the loop: the outcome, who reported it and when."""

    def __init__(self, referral: ReferralView, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close the referral"), self.tr("Close referral"), parent)
        self.set_intro(
            self.tr("%1 to %2 (%3)")
            .replace("%1", referral.reference)
            .replace("%2", referral.partner_name)
            .replace("%3", referral.person_name)
        )
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("(choose the outcome)"), None)
        for outcome in ReferralOutcome:
            self.outcome_combo.addItem(outcome_label(outcome), outcome.value)
        self.source_combo = QComboBox()
        for source in OutcomeSource:
            self.source_combo.addItem(outcome_source_label(source), source.value)
        self.on_edit = date_edit(today)
        self.add_row(self.tr("Outcome"), self.outcome_combo)
        self.add_row(self.tr("Reported by"), self.source_combo)
        self.add_row(self.tr("On"), self.on_edit)

    def outcome(self) -> ReferralOutcome | None:
        data = self.outcome_combo.currentData()
        return ReferralOutcome(data) if data else None

    def source(self) -> OutcomeSource:
        return OutcomeSource(self.source_combo.currentData())

    def on(self) -> dt.date:
        return from_qdate(self.on_edit.date())

    def problem(self) -> str:
        return "" if self.outcome() is not None else self.tr("Choose the outcome.")
