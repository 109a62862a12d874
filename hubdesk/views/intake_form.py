"""The intake form: register a walk-in by keyboard, in the order of the conversation.

Fields are checked as they are typed; possible duplicates are looked up (on the
worker thread) while the form is being filled and can be chosen instead of
registering a new person. Consent is captured before saving.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import issue_sentence
from hubdesk.models.enums import ConsentMethod, ConsentPurpose, Language, LegalForm, Need, Stadsdeel, Stage
from hubdesk.models.errors import DuplicatesFound, FieldIssue, ValidationFailed
from hubdesk.models.reference import reference
from hubdesk.models.validation import check_field
from hubdesk.services.intake import DuplicateProbe
from hubdesk.services.readmodels import DuplicateCandidate, RegistrationResult
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.labels import (
    consent_method_label,
    language_label,
    legal_form_label,
    need_label,
    stadsdeel_label,
    stage_label,
)

DUPLICATE_DELAY_MS = 300
ERROR_STYLE = "QLabel { color: #b00020; }"

# Form field -> the path the services report issues under.
FIELD_PATHS = {
    "given_name": "person.given_name",
    "infix": "person.infix",
    "family_name": "person.family_name",
    "phone": "person.phone",
    "email": "person.email",
    "home_postcode": "person.home_postcode",
    "birth_year": "person.birth_year",
    "trade_name": "enterprise.trade_name",
    "kvk_number": "enterprise.kvk_number",
    "consents": "consents",
}


class IntakeForm(QWidget):
    """Register a walk-in.

    Signals:
        sig_registered(uuid.UUID): a new entrepreneur was saved.
        sig_existing_chosen(uuid.UUID, dict): the worker chose an existing file instead;
            the dict holds the visit (needs, summary) to register for them.
        sig_cancelled(): the worker left the form (Escape).
        sig_duplicates_shown(int): the suggestions were refreshed (count).
    """

    sig_registered = Signal(object)
    sig_existing_chosen = Signal(object, object)
    sig_cancelled = Signal()
    sig_duplicates_shown = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._errors: dict[str, QLabel] = {}
        self._stadsdeel_touched = False
        self._saving = False
        self._candidates: list[DuplicateCandidate] = []
        lang = ui_language()
        consent_texts = reference().consent_texts
        self._registration_text = consent_texts["registration"]
        self._monitoring_text = consent_texts["monitoring_record_level"]

        # -- who ---------------------------------------------------------------------------
        self.given_edit = QLineEdit()
        self.infix_edit = QLineEdit()
        self.infix_edit.setMaximumWidth(90)
        self.family_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaximumWidth(110)
        self.postcode_edit.setPlaceholderText("2034 AB")
        self.stadsdeel_combo = QComboBox()
        self.stadsdeel_combo.addItem(self.tr("(outside Haarlem / unknown)"), None)
        for sd in Stadsdeel:
            self.stadsdeel_combo.addItem(stadsdeel_label(sd), sd.value)
        self.birth_year_edit = QLineEdit()
        self.birth_year_edit.setValidator(QIntValidator(1900, 2100, self))
        self.birth_year_edit.setMaximumWidth(70)
        self.language_combo = QComboBox()
        for language in Language:
            self.language_combo.addItem(language_label(language), language.value)

        # -- enterprise or idea --------------------------------------------------------------
        self.stage_combo = QComboBox()
        for stage in Stage:
            self.stage_combo.addItem(stage_label(stage), stage.value)
        self.trade_name_edit = QLineEdit()
        self.trade_name_edit.setPlaceholderText(self.tr("empty when still an idea"))
        self.kvk_edit = QLineEdit()
        self.kvk_edit.setMaximumWidth(110)
        self.legal_form_combo = QComboBox()
        for form in LegalForm:
            self.legal_form_combo.addItem(legal_form_label(form), form.value)

        # -- question --------------------------------------------------------------------------
        self.needs_list = QListWidget()
        for need in Need:
            item = QListWidgetItem(need_label(need))
            item.setData(Qt.ItemDataRole.UserRole, need.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.needs_list.addItem(item)
        self.needs_list.setMinimumHeight(140)
        self.question_edit = QPlainTextEdit()
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setPlaceholderText(self.tr("The question in the entrepreneur's own words"))
        self.question_edit.setFixedHeight(64)

        # -- consent ----------------------------------------------------------------------------
        self.consent_check = QCheckBox(self.tr("Agrees to registration"))
        consent_label = QLabel(self._registration_text.text(lang))
        consent_label.setWordWrap(True)
        consent_label.setObjectName("consentText")
        self.consent_method_combo = QComboBox()
        for method in ConsentMethod:
            self.consent_method_combo.addItem(consent_method_label(method), method.value)
        self.monitoring_check = QCheckBox(self.tr("Also agrees to pseudonymised monitoring"))
        self.monitoring_check.setToolTip(self._monitoring_text.text(lang))

        # -- duplicates -----------------------------------------------------------------------------
        self.duplicates_title = QLabel(self.tr("Already registered?"))
        self.duplicates_title.setStyleSheet("QLabel { font-weight: bold; }")
        self.duplicates_list = QListWidget()
        self.duplicates_list.setWordWrap(True)
        self.duplicates_hint = QLabel(self.tr("Possible matches appear here while you type."))
        self.duplicates_hint.setWordWrap(True)
        self.use_existing_button = QPushButton(self.tr("This is the same person: open the file"))
        self.use_existing_button.setEnabled(False)
        self.confirm_new_button = QPushButton(self.tr("Not the same person: register anyway"))
        self.confirm_new_button.hide()

        self.save_button = QPushButton(self.tr("Register (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_DELAY_MS)

        self._build_layout(consent_label)
        self._connect_signals()
        self._populate()

    # -- layout -------------------------------------------------------------------------------------
    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setObjectName(f"error_{name}")
        label.hide()
        self._errors[name] = label
        return label

    def _with_error(self, widget: QWidget, name: str, *extra: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        for w in extra:
            row.addWidget(w)
        row.addStretch(0 if isinstance(widget, QLineEdit) and widget.maximumWidth() > 1000 else 1)
        layout.addLayout(row)
        layout.addWidget(self._error_label(name))
        return box

    def _build_layout(self, consent_label: QLabel) -> None:
        who = QGroupBox(self.tr("Who"))
        form = QFormLayout(who)
        names = QWidget()
        names_row = QHBoxLayout(names)
        names_row.setContentsMargins(0, 0, 0, 0)
        names_row.addWidget(self.given_edit, 2)
        names_row.addWidget(self.infix_edit)
        names_row.addWidget(self.family_edit, 3)
        form.addRow(self.tr("Name (given, particle, family)"), names)
        name_errors = QWidget()
        name_errors_row = QVBoxLayout(name_errors)
        name_errors_row.setContentsMargins(0, 0, 0, 0)
        name_errors_row.addWidget(self._error_label("given_name"))
        name_errors_row.addWidget(self._error_label("infix"))
        name_errors_row.addWidget(self._error_label("family_name"))
        form.addRow("", name_errors)
        form.addRow(self.tr("Phone"), self._with_error(self.phone_edit, "phone"))
        form.addRow(self.tr("E-mail"), self._with_error(self.email_edit, "email"))
        form.addRow(self.tr("Postcode"), self._with_error(self.postcode_edit, "home_postcode", self.stadsdeel_combo))
        form.addRow(self.tr("Year of birth"), self._with_error(self.birth_year_edit, "birth_year", self.language_combo))

        enterprise = QGroupBox(self.tr("Enterprise or idea"))
        eform = QFormLayout(enterprise)
        eform.addRow(self.tr("Stage"), self.stage_combo)
        eform.addRow(self.tr("Trade name"), self._with_error(self.trade_name_edit, "trade_name"))
        eform.addRow(self.tr("KVK number"), self._with_error(self.kvk_edit, "kvk_number", self.legal_form_combo))

        question = QGroupBox(self.tr("Question"))
        qlayout = QVBoxLayout(question)
        qlayout.addWidget(self.needs_list)
        qlayout.addWidget(self.question_edit)

        consent = QGroupBox(self.tr("Consent"))
        clayout = QVBoxLayout(consent)
        clayout.addWidget(consent_label)
        row = QHBoxLayout()
        row.addWidget(self.consent_check)
        row.addWidget(self.consent_method_combo)
        row.addStretch(1)
        clayout.addLayout(row)
        clayout.addWidget(self._error_label("consents"))
        clayout.addWidget(self.monitoring_check)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        for box in (who, enterprise, question, consent):
            left_layout.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        left_layout.addLayout(buttons)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)

        right = QWidget()
        right.setMinimumWidth(300)
        right.setMaximumWidth(380)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.duplicates_title)
        right_layout.addWidget(self.duplicates_hint)
        right_layout.addWidget(self.duplicates_list, 1)
        right_layout.addWidget(self.use_existing_button)
        right_layout.addWidget(self.confirm_new_button)

        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(right)

        chain = [
            self.given_edit, self.infix_edit, self.family_edit, self.phone_edit, self.email_edit,
            self.postcode_edit, self.stadsdeel_combo, self.birth_year_edit, self.language_combo,
            self.stage_combo, self.trade_name_edit, self.kvk_edit, self.legal_form_combo,
            self.needs_list, self.question_edit, self.consent_check, self.consent_method_combo,
            self.monitoring_check, self.save_button, self.cancel_button, self.duplicates_list,
            self.use_existing_button, self.confirm_new_button,
        ]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        for edit in (
            self.given_edit,
            self.infix_edit,
            self.family_edit,
            self.phone_edit,
            self.email_edit,
            self.kvk_edit,
        ):
            edit.textChanged.connect(self._on_identity_changed)
        self.postcode_edit.textChanged.connect(self._on_postcode_edit_text_changed)
        self.stadsdeel_combo.activated.connect(self._on_stadsdeel_combo_activated)
        for edit, name in ((self.phone_edit, "phone"), (self.email_edit, "email"), (self.kvk_edit, "kvk_number")):
            edit.textChanged.connect(lambda text, n=name: self._check_inline(n, text))
        self.consent_check.toggled.connect(self._on_consent_check_toggled)
        self._duplicate_timer.timeout.connect(self._look_for_duplicates)
        self.duplicates_list.currentRowChanged.connect(self._on_duplicates_list_row_changed)
        self.duplicates_list.itemActivated.connect(self._on_use_existing_clicked)
        self.use_existing_button.clicked.connect(self._on_use_existing_clicked)
        self.confirm_new_button.clicked.connect(self._on_confirm_new_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self.sig_cancelled)
        # QShortcut(key, parent, callable) does not connect in PySide6 6.12: connect explicitly.
        self._shortcuts = []
        for keys, slot in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self._on_save_clicked),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter), self._on_save_clicked),
            (QKeySequence.StandardKey.Save, self._on_save_clicked),
            (QKeySequence(Qt.Key.Key_Escape), self.sig_cancelled.emit),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    def _populate(self) -> None:
        self.reset()

    # -- public -----------------------------------------------------------------------------------
    def reset(self) -> None:
        """An empty form with the cursor in the first field."""
        for edit in (
            self.given_edit,
            self.infix_edit,
            self.family_edit,
            self.phone_edit,
            self.email_edit,
            self.postcode_edit,
            self.birth_year_edit,
            self.trade_name_edit,
            self.kvk_edit,
        ):
            edit.clear()
        self.question_edit.clear()
        for i in range(self.needs_list.count()):
            self.needs_list.item(i).setCheckState(Qt.CheckState.Unchecked)
        for combo in (
            self.stadsdeel_combo,
            self.language_combo,
            self.stage_combo,
            self.legal_form_combo,
            self.consent_method_combo,
        ):
            combo.setCurrentIndex(0)
        self.consent_check.setChecked(False)
        self.monitoring_check.setChecked(False)
        self._stadsdeel_touched = False
        self._show_candidates([])
        self._show_issues([])
        self.confirm_new_button.hide()
        self.status_label.clear()
        self.given_edit.setFocus()

    def form_data(self) -> dict[str, Any]:
        """The registration as the service takes it (validation is the service's job)."""
        enterprise: dict[str, Any] | None = None
        stage = self.stage_combo.currentData()
        if self.trade_name_edit.text().strip() or self.kvk_edit.text().strip() or stage != Stage.IDEA.value:
            enterprise = {
                "trade_name": self.trade_name_edit.text(),
                "kvk_number": self.kvk_edit.text(),
                "stage": stage,
                "legal_form": self.legal_form_combo.currentData(),
            }
        consents = []
        if self.consent_check.isChecked():
            consents.append(
                {
                    "purpose": ConsentPurpose.REGISTRATION.value,
                    "text_version": self._registration_text.version,
                    "method": self.consent_method_combo.currentData(),
                }
            )
            if self.monitoring_check.isChecked():
                consents.append(
                    {
                        "purpose": ConsentPurpose.MONITORING_RECORD_LEVEL.value,
                        "text_version": self._monitoring_text.version,
                        "method": self.consent_method_combo.currentData(),
                    }
                )
        data: dict[str, Any] = {
            "person": {
                "given_name": self.given_edit.text(),
                "infix": self.infix_edit.text(),
                "family_name": self.family_edit.text(),
                "phone": self.phone_edit.text(),
                "email": self.email_edit.text(),
                "home_postcode": self.postcode_edit.text(),
                "stadsdeel": self.stadsdeel_combo.currentData(),
                "birth_year": self.birth_year_edit.text(),
                "preferred_language": self.language_combo.currentData(),
            },
            "visit": self.visit_data(),
            "consents": consents,
        }
        if enterprise is not None:
            data["enterprise"] = enterprise
        return data

    def visit_data(self) -> dict[str, Any]:
        needs = [
            self.needs_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.needs_list.count())
            if self.needs_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return {"channel": "walk_in", "needs": needs, "summary": self.question_edit.toPlainText()}

    def probe(self) -> DuplicateProbe:
        data = self.stadsdeel_combo.currentData()
        return DuplicateProbe(
            given_name=self.given_edit.text(),
            infix=self.infix_edit.text(),
            family_name=self.family_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            kvk_number=self.kvk_edit.text(),
            home_postcode=self.postcode_edit.text(),
            stadsdeel=Stadsdeel(data) if data else None,
        )

    # -- inline checks -----------------------------------------------------------------------------
    def _check_inline(self, name: str, text: str) -> None:
        issue = check_field(name, text)
        self._set_error(name, issue_sentence(issue, ui_language()) if issue else "")

    def _set_error(self, name: str, text: str) -> None:
        label = self._errors.get(name)
        if label is None:
            return
        label.setText(text)
        label.setVisible(bool(text))

    def _show_issues(self, issues: list[FieldIssue]) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        by_path = {path: name for name, path in FIELD_PATHS.items()}
        unplaced = []
        for issue in issues:
            name = by_path.get(issue.field) or by_path.get(issue.field.rsplit(".", 1)[0])
            if name is None:
                unplaced.append(issue_sentence(issue, ui_language()))
                continue
            label = self._errors[name]
            text = issue_sentence(issue, ui_language())
            self._set_error(name, f"{label.text()}\n{text}" if label.text() else text)
        if unplaced:
            self.status_label.setText("\n".join(unplaced))

    # -- duplicates --------------------------------------------------------------------------------
    @Slot()
    def _on_identity_changed(self) -> None:
        self.confirm_new_button.hide()
        self._duplicate_timer.start()

    @Slot(str)
    def _on_postcode_edit_text_changed(self, text: str) -> None:
        self._check_inline("home_postcode", text)
        if not self._stadsdeel_touched:
            issue = check_field("home_postcode", text)
            derived = None
            if issue is None and text.strip():
                derived = reference().stadsdeel_for_postcode(text.strip().upper()[:4])
            blocker = self.stadsdeel_combo.blockSignals(True)
            self.stadsdeel_combo.setCurrentIndex(
                max(0, self.stadsdeel_combo.findData(derived.value if derived else None))
            )
            self.stadsdeel_combo.blockSignals(blocker)
        self._duplicate_timer.start()

    @Slot(int)
    def _on_stadsdeel_combo_activated(self, _index: int) -> None:
        self._stadsdeel_touched = True
        self._duplicate_timer.start()

    @Slot()
    def _look_for_duplicates(self) -> None:
        probe, ctx = self.probe(), self._ctx
        ctx.runner.submit(lambda: ctx.intake.find_duplicates(probe), self._show_candidates, owner=self)

    def _show_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        self._candidates = list(candidates)
        self.duplicates_list.clear()
        locale = QLocale()
        for c in candidates:
            day = c.registered_at.astimezone().date()
            when = locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
            reasons = ", ".join(self._reason_label(r) for r in c.reasons)
            parts = [c.name]
            if c.enterprise_name:
                parts.append(c.enterprise_name)
            parts.append(stadsdeel_label(c.stadsdeel) or self.tr("outside Haarlem"))
            text = (
                ", ".join(parts) + "\n" + self.tr("registered %1 · same %2").replace("%1", when).replace("%2", reasons)
            )
            item = QListWidgetItem(text)
            if c.strong:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.duplicates_list.addItem(item)
        self.duplicates_hint.setVisible(not candidates)
        self.use_existing_button.setEnabled(False)
        if candidates:
            self.duplicates_list.setCurrentRow(0)
        self.sig_duplicates_shown.emit(len(candidates))

    def _reason_label(self, reason: str) -> str:
        return {
            "email": self.tr("e-mail"),
            "phone": self.tr("phone"),
            "kvk": self.tr("KVK number"),
            "name": self.tr("name"),
        }.get(reason, reason)

    @Slot(int)
    def _on_duplicates_list_row_changed(self, row: int) -> None:
        self.use_existing_button.setEnabled(0 <= row < len(self._candidates))

    @Slot()
    def _on_use_existing_clicked(self) -> None:
        row = self.duplicates_list.currentRow()
        if 0 <= row < len(self._candidates):
            self.sig_existing_chosen.emit(self._candidates[row].person_id, self.visit_data())

    # -- saving --------------------------------------------------------------------------------------
    @Slot(bool)
    def _on_consent_check_toggled(self, checked: bool) -> None:
        if checked:
            self._set_error("consents", "")

    @Slot()
    def _on_save_clicked(self) -> None:
        self._save(allow_duplicates=False)

    @Slot()
    def _on_confirm_new_clicked(self) -> None:
        self._save(allow_duplicates=True)

    def _save(self, allow_duplicates: bool) -> None:
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        data, ctx = self.form_data(), self._ctx
        ctx.runner.submit(
            lambda: ctx.intake.register(ctx.actor, data, allow_duplicates=allow_duplicates),
            self._on_registered,
            self._on_register_failed,
            owner=self,
        )

    def _on_registered(self, result: RegistrationResult) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._ctx.signals.announce(result.changes)
        self.reset()
        self.sig_registered.emit(result.person_id)

    def _on_register_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self._show_issues(list(error.issues))
            self.status_label.setText(self.tr("Please correct the marked fields; nothing was saved yet."))
            self._focus_first_error()
        elif isinstance(error, DuplicatesFound):
            self._show_candidates(list(error.candidates))
            self.confirm_new_button.show()
            self.status_label.setText(
                self.tr("This person may already be registered. Open the existing file, or register anyway.")
            )
            self.duplicates_list.setFocus()
        else:
            show_error(self, error)

    def _focus_first_error(self) -> None:
        order = [
            ("given_name", self.given_edit), ("infix", self.infix_edit), ("family_name", self.family_edit),
            ("phone", self.phone_edit), ("email", self.email_edit), ("home_postcode", self.postcode_edit),
            ("birth_year", self.birth_year_edit), ("trade_name", self.trade_name_edit),
            ("kvk_number", self.kvk_edit), ("consents", self.consent_check),
        ]  # fmt: skip
        for name, widget in order:
            if self._errors[name].isVisible():
                widget.setFocus()
                return
