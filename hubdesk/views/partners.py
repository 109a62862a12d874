"""The partner directory: who the hub refers to, what they offer, when to refer, and the
details a referral to them needs. Coordinators and admins add and change partners;
hub workers read."""

from __future__ import annotations

import html
import re
import unicodedata
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text, issue_sentence
from hubdesk.models.enums import PartnerType
from hubdesk.models.errors import StaleEdit, UserFacingError, ValidationFailed
from hubdesk.services.readmodels import Changes
from hubdesk.services.referrals import PartnerView
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.referral_labels import field_label, known_field_codes, partner_type_label
from hubdesk.views.rows_model import RowsModel
from hubdesk.views.trajectory_dialogs import FormDialog

ERROR_STYLE = "QLabel { color: #b02a37; }"
CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,39}$")

Index = QModelIndex | QPersistentModelIndex


def code_from_name(name: str) -> str:
    """A partner code from its name: "Qredits Microfinanciering" -> ``qredits_microfinanciering``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    code = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    code = re.sub(r"^[0-9_]+", "", code)[:40].rstrip("_")
    return code if len(code) >= 2 else ""


class PartnerTableModel(RowsModel[PartnerView]):
    """The partners, one a row: name, type and the details a referral needs (labels)."""

    COL_NAME, COL_TYPE, COL_FIELDS = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("PartnerTableModel", "Partner"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Kind"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "A referral needs"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[str, str, str]] = []

    def set_rows(self, rows: Sequence[PartnerView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self._row_texts(p) for p in self._rows]
        self.endResetModel()

    def partner_at(self, row: int) -> PartnerView:
        return self._rows[row]

    def row_of(self, partner_id: uuid.UUID) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == partner_id), -1)

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def _row_texts(self, p: PartnerView) -> tuple[str, str, str]:
        name = p.name if p.active else self.tr("%1 (inactive)").replace("%1", p.name)
        return name, partner_type_label(p.type), ", ".join(field_label(code) for code in p.referral_fields)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        return None


class PartnerDialog(FormDialog):
    """Add or change a partner. OK asks the view to save (:attr:`sig_save_requested`);
    the dialog stays open until the view reports the save (:meth:`saved`) or a refusal
    (:meth:`refused`), so that nothing typed is lost.

    The details a referral needs are chosen from the codes the letter templates know,
    shown by their labels; the partner's own order comes first and is kept.
    """

    sig_save_requested = Signal(object)

    def __init__(self, partner: PartnerView | None, parent: QWidget | None = None) -> None:
        title = self.tr("Change partner") if partner else self.tr("Add a partner")
        super().__init__(title, self.tr("Save partner"), parent)
        self._partner = partner
        self._code_touched = partner is not None
        self.name_edit = QLineEdit(partner.name if partner else "")
        self.code_edit = QLineEdit(partner.code if partner else "")
        self.code_edit.setPlaceholderText(self.tr("made from the name"))
        self.code_edit.setReadOnly(partner is not None)  # other desks and the letters know it by its code
        self.type_combo = QComboBox()
        for kind in PartnerType:
            self.type_combo.addItem(partner_type_label(kind), kind.value)
        self.type_combo.setCurrentIndex(
            max(0, self.type_combo.findData((partner.type if partner else PartnerType.OTHER).value))
        )
        self.offers_edit = self._text(partner.offers if partner else "")
        self.refer_when_edit = self._text(partner.refer_when if partner else "")
        self.contact_edit = QLineEdit(partner.contact_person if partner else "")
        self.address_edit = QLineEdit(partner.address if partner else "")
        self.address_edit.setPlaceholderText(self.tr("Street and number; postcode and town"))
        self.email_edit = QLineEdit(partner.email if partner else "")
        self.phone_edit = QLineEdit(partner.phone if partner else "")
        self.website_edit = QLineEdit(partner.website if partner else "")
        self.fields_list = QListWidget()
        self.fields_list.setAccessibleName(self.tr("Details a referral needs"))
        own = list(partner.referral_fields) if partner else []
        for code in [*own, *(c for c in known_field_codes() if c not in own)]:
            item = QListWidgetItem(field_label(code), self.fields_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in own else Qt.CheckState.Unchecked)
        self.fields_list.setMinimumHeight(self.fields_list.sizeHintForRow(0) * 8 + 6)
        self.agreement_check = QCheckBox(self.tr("An agreement with this partner is in place"))
        self.agreement_check.setChecked(bool(partner and partner.agreement_in_place))
        self.active_check = QCheckBox(self.tr("Active: workers can refer to it"))
        self.active_check.setChecked(partner.active if partner else True)
        self.add_row(self.tr("Name"), self.name_edit)
        self.add_row(self.tr("Code"), self.code_edit)
        self.add_row(self.tr("Kind"), self.type_combo)
        self.add_row(self.tr("Offers"), self.offers_edit)
        self.add_row(self.tr("Refer when"), self.refer_when_edit)
        self.add_row(self.tr("Contact person"), self.contact_edit)
        self.add_row(self.tr("Address"), self.address_edit)
        self.add_row(self.tr("E-mail"), self.email_edit)
        self.add_row(self.tr("Phone"), self.phone_edit)
        self.add_row(self.tr("Website"), self.website_edit)
        self.add_row(self.tr("A referral needs"), self.fields_list)
        self.form.addRow(self.agreement_check)
        self.form.addRow(self.active_check)
        self.setMinimumWidth(560)
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.code_edit.textEdited.connect(self._on_code_edited)

    @staticmethod
    def _text(value: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        return edit

    @Slot()
    def _on_name_edited(self) -> None:
        if not self._code_touched:
            self.code_edit.setText(code_from_name(self.name_edit.text()))

    @Slot()
    def _on_code_edited(self) -> None:
        self._code_touched = True

    def partner(self) -> PartnerView | None:
        return self._partner

    def chosen_fields(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.fields_list.item(i) for i in range(self.fields_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def values(self) -> dict[str, Any]:
        """The partner as filled in (``PartnerInput``)."""
        return {
            "code": self.code_edit.text().strip(),
            "name": self.name_edit.text().strip(),
            "type": PartnerType(self.type_combo.currentData()),
            "offers": self.offers_edit.toPlainText().strip(),
            "refer_when": self.refer_when_edit.toPlainText().strip(),
            "contact_person": self.contact_edit.text().strip(),
            "address": self.address_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "phone": self.phone_edit.text().strip(),
            "website": self.website_edit.text().strip(),
            "referral_fields": self.chosen_fields(),
            "agreement_in_place": self.agreement_check.isChecked(),
            "active": self.active_check.isChecked(),
        }

    def problem(self) -> str:
        if not self.name_edit.text().strip():
            return self.tr("Give the partner a name.")
        if not CODE_PATTERN.fullmatch(self.code_edit.text().strip()):
            return self.tr("The code has lower-case letters, digits and _ only, and starts with a letter.")
        return ""

    @Slot()
    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        self.error_label.hide()
        self.ok_button.setEnabled(False)
        self.sig_save_requested.emit(self.values())

    def saved(self) -> None:
        """The view stored the partner: close."""
        self.done(FormDialog.DialogCode.Accepted)

    def refused(self, text: str) -> None:
        """The view could not store it: say why and let the worker correct it."""
        self.ok_button.setEnabled(True)
        self.error_label.setText(text)
        self.error_label.show()


class PartnersView(QWidget):
    """The partner directory (section "Partners").

    Signals:
        sig_loaded(): the directory is shown (also after a change).
    """

    sig_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._can_edit = False
        self._select_id: uuid.UUID | None = None
        self.dialog: PartnerDialog | None = None

        self.model = PartnerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Partners"))
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(PartnerTableModel.COL_NAME, 260)
        header.setSectionResizeMode(PartnerTableModel.COL_TYPE, QHeaderView.ResizeMode.ResizeToContents)

        self.details = QLabel()
        self.details.setObjectName("partnerDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setOpenExternalLinks(True)
        self.details.setMargin(8)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])

        self.add_button = QPushButton(self.tr("Add partner…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setToolTip(self.tr("Change the chosen partner, and the details a referral to it needs"))
        self.read_only_label = QLabel(self.tr("Only a coordinator can add or change partners."))
        self.read_only_label.setObjectName("readOnlyLabel")
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.add_button.hide()
        self.edit_button.hide()
        self.read_only_label.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.read_only_label)
        actions.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self._connect_signals()
        self._populate()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.activated.connect(self._on_edit_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self._ctx.signals.sig_data_changed.connect(self._on_data_changed)

    def _populate(self) -> None:
        self._show_details(None)
        self.refresh()

    # -- loading ------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        referrals, actor = self._ctx.referrals, self._ctx.actor

        def work() -> tuple[bool, list[PartnerView]]:
            can_edit = referrals.can_edit_partners(actor)
            return can_edit, referrals.partners(include_inactive=can_edit)

        self._ctx.runner.submit(work, self._on_loaded, owner=self)

    def _on_loaded(self, result: tuple[bool, list[PartnerView]]) -> None:
        self._can_edit, partners = result
        shown = self.selected_partner()
        keep = self._select_id or (shown.id if shown is not None else None)
        self._select_id = None
        self.model.set_rows(partners)
        row = self.model.row_of(keep) if keep is not None else -1
        if partners:
            self.table.setCurrentIndex(self.model.index(max(0, row), 0))
        self.add_button.setVisible(self._can_edit)
        self.edit_button.setVisible(self._can_edit)
        self.read_only_label.setVisible(not self._can_edit)
        self._on_table_current_changed()
        self.sig_loaded.emit()

    @property
    def can_edit(self) -> bool:
        return self._can_edit

    def selected_partner(self) -> PartnerView | None:
        index = self.table.currentIndex()
        return self.model.partner_at(index.row()) if index.isValid() else None

    def select_partner(self, partner_id: uuid.UUID) -> None:
        row = self.model.row_of(partner_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    # -- showing ------------------------------------------------------------------------------
    def _show_details(self, p: PartnerView | None) -> None:
        if p is None:
            self.details.setText(self.tr("Choose a partner to read what it offers and when to refer."))
            return

        def section(title: str, body: str) -> str:
            if not body:
                return ""
            if body.startswith("<ul"):  # a list follows its title without an empty line between
                return f'<p style="margin-bottom:0"><b>{html.escape(title)}</b></p>{body}'
            return f"<p><b>{html.escape(title)}</b><br>{body}</p>"

        esc = html.escape
        contact = [esc(x) for x in (p.contact_person, p.address, p.phone) if x]
        if p.email:
            contact.append(f'<a href="mailto:{esc(p.email)}">{esc(p.email)}</a>')
        if p.website:
            contact.append(f'<a href="{esc(p.website)}">{esc(p.website)}</a>')
        inactive, agreement = self.tr("inactive"), self.tr("agreement in place")  # (not in f-strings: lupdate)
        fields = "".join(f"<li>{esc(field_label(code))}</li>" for code in p.referral_fields)
        parts = [
            f"<h3>{esc(p.name)}</h3>",
            f"<p>{esc(partner_type_label(p.type))}"
            + (f" · {esc(inactive)}" if not p.active else "")
            + (f" · {esc(agreement)}" if p.agreement_in_place else "")
            + "</p>",
            section(self.tr("Offers"), esc(p.offers)),
            section(self.tr("Refer when"), esc(p.refer_when)),
            section(
                self.tr("A referral needs"),
                f'<ul style="margin-top:2px">{fields}</ul>' if fields else esc(self.tr("nothing extra")),
            ),
            section(self.tr("Contact"), "<br>".join(contact)),
        ]
        self.details.setText("".join(parts))

    @Slot()
    def _on_table_current_changed(self) -> None:
        p = self.selected_partner()
        self._show_details(p)
        self.edit_button.setEnabled(self._can_edit and p is not None)

    # -- editing ------------------------------------------------------------------------------
    @Slot()
    def _on_add_clicked(self) -> None:
        if self._can_edit:
            self._open(PartnerDialog(None, self))

    @Slot()
    def _on_edit_clicked(self) -> None:
        p = self.selected_partner()
        if self._can_edit and p is not None:
            self._open(PartnerDialog(p, self))

    def _open(self, dialog: PartnerDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.sig_save_requested.connect(self._on_save_requested)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    @Slot()
    def _on_dialog_finished(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    @Slot(object)
    def _on_save_requested(self, values: dict[str, Any]) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        p = dialog.partner()
        partner_id, version = (p.id, p.version) if p is not None else (None, None)
        referrals, actor = self._ctx.referrals, self._ctx.actor
        self._ctx.runner.submit(
            lambda: referrals.save_partner(actor, values, partner_id, version),
            self._on_saved,
            self._on_save_failed,
            owner=self,
        )

    def _on_saved(self, result: tuple[uuid.UUID, Changes]) -> None:
        partner_id, changes = result
        self._select_id = partner_id
        if self.dialog is not None:
            self.dialog.saved()
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Partner saved."))
        self._ctx.signals.announce(changes)  # this view refreshes on it too

    def _on_save_failed(self, error: BaseException) -> None:
        lang = ui_language()
        if isinstance(error, ValidationFailed):
            text = "\n".join(issue_sentence(i, lang) for i in error.issues)
        elif isinstance(error, StaleEdit):
            text = self.tr("This partner was changed at another desk meanwhile. Close this form and try again.")
        elif isinstance(error, UserFacingError):
            text = error_text(error, lang)
        else:
            if self.dialog is not None:
                self.dialog.refused("")
            show_error(self, error)
            return
        if self.dialog is not None:
            self.dialog.refused(text)

    @Slot(object)
    def _on_data_changed(self, changes: Changes) -> None:
        if changes.ids("partners") or changes.ids("workers"):
            self.refresh()
