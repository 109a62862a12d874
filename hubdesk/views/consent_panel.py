"""The consent part of an entrepreneur's file: each purpose with its state, the text version,
how and when it was given and who recorded it; recording and withdrawing consent."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.enums import ConsentMethod, ConsentPurpose, Language
from hubdesk.models.errors import UserFacingError
from hubdesk.services.consents import ConsentRecord, ConsentService, PersonConsents, wording
from hubdesk.services.readmodels import Changes
from hubdesk.services.referrals import PartnerView
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.labels import consent_method_label, language_label
from hubdesk.views.rows_model import RowsModel
from hubdesk.views.tables import file_table
from hubdesk.views.timeline_model import short_date

VISIBLE_ROWS = 4
TEXT_STYLE = "QLabel { background: palette(base); border: 1px solid palette(mid); padding: 10px; }"
WITHDRAWN_COLOUR = QColor("#842029")
MISSING_COLOUR = QColor("#8a6d3b")
# The purposes a worker can record here: those the desk asks about and has a text for.
RECORDABLE = (ConsentPurpose.REGISTRATION, ConsentPurpose.SHARE_WITH_PARTNER, ConsentPurpose.MONITORING_RECORD_LEVEL)


def purpose_label(purpose: ConsentPurpose, partner_name: str | None = None) -> str:
    if purpose is ConsentPurpose.SHARE_WITH_PARTNER:
        if partner_name:
            return QCoreApplication.translate("ConsentPurpose", "Sharing with %1").replace("%1", partner_name)
        return QCoreApplication.translate("ConsentPurpose", "Sharing with a partner")
    return {
        ConsentPurpose.REGISTRATION: QCoreApplication.translate("ConsentPurpose", "Registration at the hub"),
        ConsentPurpose.MONITORING_RECORD_LEVEL: QCoreApplication.translate(
            "ConsentPurpose", "Monitoring (record level, without name)"
        ),
        ConsentPurpose.NEWSLETTER: QCoreApplication.translate("ConsentPurpose", "Newsletter"),
        ConsentPurpose.STORY_PHOTO: QCoreApplication.translate("ConsentPurpose", "Story and photo"),
    }[purpose]


def method_short_label(method: ConsentMethod) -> str:
    """How consent was given, as the table says it (who recorded it has a column of its own)."""
    return {
        ConsentMethod.VERBAL: QCoreApplication.translate("ConsentPanel", "Verbally"),
        ConsentMethod.SIGNED: QCoreApplication.translate("ConsentPanel", "Signed on paper"),
        ConsentMethod.DIGITAL: QCoreApplication.translate("ConsentPanel", "Digitally"),
    }[method]


@dataclass(frozen=True, slots=True)
class ConsentRow:
    """One line of the table: a purpose (for sharing: with a partner) and the record shown."""

    purpose: ConsentPurpose
    partner_id: uuid.UUID | None
    partner_name: str | None
    record: ConsentRecord | None

    @property
    def active(self) -> bool:
        return self.record is not None and self.record.active


class ConsentTableModel(RowsModel[ConsentRow]):
    COL_PURPOSE, COL_STATUS, COL_VERSION, COL_METHOD, COL_GIVEN, COL_BY = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConsentTableModel", "For"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "State"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Text version"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "How"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Given on"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Recorded by"),
    )

    def set_rows(self, rows: Sequence[ConsentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ConsentRow:
        return self._rows[row]

    def row_of(self, purpose: ConsentPurpose, partner_id: uuid.UUID | None) -> int:
        for i, r in enumerate(self._rows):
            if r.purpose is purpose and r.partner_id == partner_id:
                return i
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        rec = row.record
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS:
            if rec is None:
                return MISSING_COLOUR
            return None if rec.active else WITHDRAWN_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and rec is not None and rec.data_items and col == self.COL_PURPOSE:
            return self.tr("Details shared: %1").replace("%1", ", ".join(rec.data_items))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_PURPOSE:
            return purpose_label(row.purpose, row.partner_name)
        if rec is None:
            return self.tr("Not asked yet") if col == self.COL_STATUS else "—"
        if col == self.COL_STATUS:
            if rec.active:
                return self.tr("Given")
            text = self.tr("Withdrawn on %1").replace("%1", short_date(rec.withdrawn_at)) if rec.withdrawn_at else ""
            if rec.withdrawn_by_name:
                text += " " + self.tr("(by %1)").replace("%1", rec.withdrawn_by_name)
            return text
        if col == self.COL_VERSION:
            return rec.text_version
        if col == self.COL_METHOD:
            return method_short_label(rec.method)
        if col == self.COL_GIVEN:
            return short_date(rec.given_at)
        return rec.recorded_by_name or "—"


class RecordConsentDialog(QDialog):
    """Read the consent text out (in the entrepreneur's language, its current version) and
    record how it was given. :meth:`values` gives what to record once accepted."""

    def __init__(
        self,
        language: Language,
        partners: Sequence[PartnerView],
        purpose: ConsentPurpose = ConsentPurpose.REGISTRATION,
        partner_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self.setMinimumWidth(560)
        self._language = language
        self._partners = {p.id: p for p in partners}
        self._version = ""

        self.purpose_combo = QComboBox()
        for recordable in RECORDABLE:
            self.purpose_combo.addItem(purpose_label(recordable), recordable.value)
        self.partner_combo = QComboBox()
        for partner in partners:
            self.partner_combo.addItem(partner.name, partner.id)
        self.partner_label = QLabel(self.tr("Partner"))
        self.partner_label.setBuddy(self.partner_combo)
        self.read_out_label = QLabel(
            self.tr("Read this text out to the entrepreneur (%1):").replace("%1", language_label(language))
        )
        self.read_out_label.setWordWrap(True)
        self.text_label = QLabel()
        self.text_label.setObjectName("consentText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setStyleSheet(TEXT_STYLE)
        self.version_label = QLabel()
        self.version_label.setObjectName("versionLabel")
        self.method_combo = QComboBox()
        for m in ConsentMethod:
            self.method_combo.addItem(consent_method_label(m), m.value)
        self.agree_check = QCheckBox(self.tr("The entrepreneur agrees to this text"))

        form = QFormLayout()
        form.addRow(self.tr("Consent for"), self.purpose_combo)
        form.addRow(self.partner_label, self.partner_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record consent"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.read_out_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.version_label)
        method_form = QFormLayout()
        method_form.addRow(self.tr("Given"), self.method_combo)
        layout.addLayout(method_form)
        layout.addWidget(self.agree_check)
        layout.addWidget(self.buttons)

        self.purpose_combo.setCurrentIndex(max(0, self.purpose_combo.findData(purpose.value)))
        if partner_id is not None:
            self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(partner_id)))
        self.purpose_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.partner_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.agree_check.toggled.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_choice_changed()

    def purpose(self) -> ConsentPurpose:
        return ConsentPurpose(self.purpose_combo.currentData())

    def partner(self) -> PartnerView | None:
        if self.purpose() is not ConsentPurpose.SHARE_WITH_PARTNER:
            return None
        return self._partners.get(self.partner_combo.currentData())

    def values(self) -> dict[str, Any]:
        partner = self.partner()
        return {
            "purpose": self.purpose(),
            "partner_id": partner.id if partner else None,
            "method": ConsentMethod(self.method_combo.currentData()),
            "text_version": self._version,
        }

    @Slot()
    def _on_choice_changed(self) -> None:
        purpose = self.purpose()
        sharing = purpose is ConsentPurpose.SHARE_WITH_PARTNER
        self.partner_combo.setVisible(sharing)
        self.partner_label.setVisible(sharing)
        partner = self.partner()
        text = wording(
            purpose,
            self._language,
            partner_name=partner.name if partner else "",
            partner_fields=partner.referral_fields if partner else (),
        )
        self._version = text.version if text else ""
        self.text_label.setText(text.text if text else self.tr("There is no consent text for this purpose."))
        self.version_label.setText(self.tr("Text version: %1").replace("%1", self._version or "—"))
        self.agree_check.setChecked(False)
        self._update_ok()

    @Slot()
    def _update_ok(self) -> None:
        ready = bool(self._version) and self.agree_check.isChecked()
        if self.purpose() is ConsentPurpose.SHARE_WITH_PARTNER:
            ready = ready and self.partner() is not None
        self.ok_button.setEnabled(ready)


class ConsentPanel(QWidget):
    """The consents of the file shown by :class:`PersonFileView`, which loads them with the
    file (:meth:`set_data`) and reloads after every write this panel announces.

    Signals:
        sig_written(Changes, str): a consent was recorded or withdrawn; the message says which.
        sig_failed(str): a write was refused; the sentence says why.
    """

    sig_written = Signal(object, str)
    sig_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = ConsentService(ctx.store)
        self._consents: PersonConsents | None = None
        self._partners: list[PartnerView] = []
        self.dialog: RecordConsentDialog | None = None

        title = QLabel(self.tr("Consent"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.history_check = QCheckBox(self.tr("Show every record (also earlier and withdrawn ones)"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addStretch(1)
        top.addWidget(self.history_check)

        self.model = ConsentTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("consentTable")
        self.table.setModel(self.model)
        file_table(
            self.table,
            self.tr("Consents of this entrepreneur"),
            widths={
                ConsentTableModel.COL_PURPOSE: 360,
                ConsentTableModel.COL_STATUS: 300,
                ConsentTableModel.COL_VERSION: 160,
                ConsentTableModel.COL_METHOD: 130,
            },
            fit=(ConsentTableModel.COL_GIVEN,),
            visible_rows=VISIBLE_ROWS,
        )

        self.record_button = QPushButton(self.tr("Record consent…"))
        self.record_button.setToolTip(self.tr("Read the consent text out and record how the entrepreneur agreed"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setToolTip(self.tr("The entrepreneur withdraws this consent: it stops counting at once"))
        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addWidget(self.withdraw_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(actions)

        self._connect_signals()
        self._populate()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.history_check.toggled.connect(self._on_history_toggled)
        self.record_button.clicked.connect(self._on_record_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_clicked)

    def _populate(self) -> None:
        self.clear()

    # -- public -------------------------------------------------------------------------------
    def clear(self) -> None:
        self._consents = None
        self.model.set_rows([])
        self._update_buttons()

    def set_data(self, consents: PersonConsents, partners: Sequence[PartnerView]) -> None:
        """Show these consents (loaded with the file); the chosen purpose stays chosen."""
        shown = self.selected_row()
        self._consents = consents
        self._partners = list(partners)
        self._fill(shown)

    def consents(self) -> PersonConsents | None:
        return self._consents

    def selected_row(self) -> ConsentRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, purpose: ConsentPurpose, partner_id: uuid.UUID | None = None) -> bool:
        row = self.model.row_of(purpose, partner_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    # -- showing ------------------------------------------------------------------------------
    def _fill(self, keep: ConsentRow | None) -> None:
        consents = self._consents
        if consents is None:
            self.model.set_rows([])
        elif self.history_check.isChecked():
            self.model.set_rows([ConsentRow(r.purpose, r.partner_id, r.partner_name, r) for r in consents.history])
        else:
            self.model.set_rows(
                [ConsentRow(s.purpose, s.partner_id, s.partner_name, s.latest) for s in consents.statuses]
            )
        row = self.model.row_of(keep.purpose, keep.partner_id) if keep is not None else -1
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(max(0, row), 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.record_button.setEnabled(self._consents is not None)
        self.withdraw_button.setEnabled(row is not None and row.active)

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def _on_table_current_changed(self) -> None:
        self._update_buttons()

    @Slot(bool)
    def _on_history_toggled(self, _checked: bool) -> None:
        self._fill(self.selected_row())

    @Slot()
    def _on_record_clicked(self) -> None:
        consents = self._consents
        if consents is None:
            return
        row = self.selected_row()
        purpose = row.purpose if row is not None and row.purpose in RECORDABLE else ConsentPurpose.REGISTRATION
        dialog = RecordConsentDialog(
            consents.language, self._partners, purpose, row.partner_id if row is not None else None, self
        )
        self.dialog = dialog
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        dialog, consents = self.dialog, self._consents
        if dialog is None or consents is None:
            return
        v = dialog.values()
        service, actor, person_id = self._service, self._ctx.actor, consents.person_id
        chosen = dialog.partner()
        label = purpose_label(v["purpose"], chosen.name if chosen is not None else None)
        self._write(
            lambda: service.give(
                actor,
                person_id,
                v["purpose"],
                v["method"],
                text_version=v["text_version"],
                partner_id=v["partner_id"],
            )[1],
            self.tr("Consent recorded: %1.").replace("%1", label),
        )

    @Slot()
    def _on_dialog_finished(self) -> None:
        dialog = self.sender()
        if dialog is self.dialog:
            self.dialog = None
        if isinstance(dialog, QDialog):
            dialog.deleteLater()

    @Slot()
    def _on_withdraw_clicked(self) -> None:
        row, consents = self.selected_row(), self._consents
        if row is None or not row.active or consents is None:
            return
        label = purpose_label(row.purpose, row.partner_name)
        if row.purpose is ConsentPurpose.SHARE_WITH_PARTNER:
            question = self.tr(
                "Withdraw the consent for “%1”? From now on no letter to this partner can be made, printed or sent."
            )
        elif row.purpose is ConsentPurpose.MONITORING_RECORD_LEVEL:
            question = self.tr(
                "Withdraw the consent for “%1”? From now on this entrepreneur is left out of every record-level export."
            )
        else:
            question = self.tr("Withdraw the consent for “%1”? It stops counting at once.")
        if not self._confirm(question.replace("%1", label)):
            return
        service, actor, person_id = self._service, self._ctx.actor, consents.person_id
        purpose, partner_id = row.purpose, row.partner_id
        self._write(
            lambda: service.withdraw(actor, person_id, purpose, partner_id=partner_id),
            self.tr("Consent withdrawn: %1.").replace("%1", label),
        )

    def _confirm(self, text: str) -> bool:
        """Ask before withdrawing (tests replace this)."""
        title = self.tr("Withdraw consent")
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    # -- plumbing -----------------------------------------------------------------------------
    def _write(self, work: Callable[[], Changes], message: str) -> None:
        self.record_button.setEnabled(False)
        self.withdraw_button.setEnabled(False)

        def done(changes: Changes) -> None:
            self._update_buttons()
            self.sig_written.emit(changes, message)

        def failed(error: BaseException) -> None:
            self._update_buttons()
            if isinstance(error, UserFacingError):
                self.sig_failed.emit(error_text(error, ui_language()))
            else:
                show_error(self, error)

        self._ctx.runner.submit(work, done, failed, owner=self)
