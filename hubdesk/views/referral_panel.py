"""The referrals part of an entrepreneur's file: each referral with its partner, status
and feedback date, and the actions on it (letter, status, closing, consent)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.models.enums import ReferralStatus
from hubdesk.services.guidance import GuidanceCatalog, TrajectoryView
from hubdesk.services.readmodels import Changes, PersonFile
from hubdesk.services.referrals import PartnerView, ReferralView
from hubdesk.views.context import AppContext
from hubdesk.views.referral_dialog import ReferralSubject
from hubdesk.views.referral_shared import ReferralActions, ReferralTableModel
from hubdesk.views.tables import file_table

VISIBLE_ROWS = 3


class ReferralPanel(QWidget):
    """The referrals of the file shown by :class:`PersonFileView`, which loads them with
    the file (:meth:`set_data`) and reloads after every write this panel announces.

    Signals:
        sig_written(Changes, str): a write succeeded; the message says what was done.
        sig_failed(str): a write was refused; the sentence says why.
    """

    sig_written = Signal(object, str)
    sig_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._subject: ReferralSubject | None = None
        self._partners: list[PartnerView] = []
        self._select_id: uuid.UUID | None = None  # the referral to show after the next load
        self.referral_actions = ReferralActions(ctx, self)

        title = QLabel(self.tr("Referrals"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.empty_label = QLabel(self.tr("No referrals yet. “Refer…” prepares one, with its letter."))
        self.empty_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.empty_label, 1)

        self.model = ReferralTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.hideColumn(ReferralTableModel.COL_PERSON)  # it is this file's entrepreneur
        file_table(
            self.table,
            self.tr("Referrals of this entrepreneur"),
            widths={
                ReferralTableModel.COL_REFERENCE: 120,
                ReferralTableModel.COL_PARTNER: 260,
                ReferralTableModel.COL_STATUS: 220,
            },
            fit=(ReferralTableModel.COL_SENT,),
            visible_rows=VISIBLE_ROWS,
        )

        self.letter_button = QPushButton(self.tr("Letter…"))
        self.letter_button.setToolTip(self.tr("A draft: go on with it. Sent: print or save its letter again"))
        self.status_button = QPushButton(self.tr("Status…"))
        self.status_button.setToolTip(self.tr("What the partner reported: acknowledged, intake planned, in progress"))
        self.close_button = QPushButton(self.tr("Close referral…"))
        self.close_button.setToolTip(self.tr("Record the outcome: the loop is closed"))
        self.withdraw_button = QPushButton(self.tr("Withdraw consent…"))
        self.withdraw_button.setToolTip(self.tr("The entrepreneur no longer agrees to share details with this partner"))
        self._buttons = (self.letter_button, self.status_button, self.close_button, self.withdraw_button)
        actions = QHBoxLayout()
        for button in self._buttons:
            actions.addWidget(button)
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
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.activated.connect(self._on_letter_clicked)
        self.letter_button.clicked.connect(self._on_letter_clicked)
        self.status_button.clicked.connect(self._on_status_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        self.referral_actions.sig_written.connect(self._on_actions_written)
        self.referral_actions.sig_failed.connect(self.sig_failed)

    def _populate(self) -> None:
        self.clear()

    # -- public -------------------------------------------------------------------------------
    def clear(self) -> None:
        self._subject = None
        self._partners = []
        self.model.set_rows([], dt.date.min)
        self.empty_label.hide()
        self.details.hide()
        self._update_buttons()

    def set_data(
        self,
        file: PersonFile,
        trajectories: Sequence[TrajectoryView],
        catalog: GuidanceCatalog,
        referrals: Sequence[ReferralView],
        partners: Sequence[PartnerView],
        today: dt.date,
    ) -> None:
        """Show these referrals (loaded with the file); the chosen one stays chosen."""
        shown = self.selected_referral()
        keep = self._select_id or (shown.id if shown is not None else None)
        self._select_id = None
        self._subject = ReferralSubject.from_file(file, trajectories, catalog.step_type_names())
        self._partners = list(partners)
        self.model.set_rows(referrals, today)
        self.empty_label.setVisible(not referrals)
        self.details.setVisible(bool(referrals))
        row = self.model.row_of(keep) if keep is not None else -1
        if referrals:
            self.table.setCurrentIndex(self.model.index(max(0, row), 0))
        self._update_buttons()

    def referrals(self) -> list[ReferralView]:
        return [self.model.referral_at(r) for r in range(self.model.rowCount())]

    def selected_referral(self) -> ReferralView | None:
        index = self.table.currentIndex()
        return self.model.referral_at(index.row()) if index.isValid() else None

    def select_referral(self, referral_id: uuid.UUID) -> None:
        row = self.model.row_of(referral_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def start_referral(self) -> None:
        """Open the referral dialog for a new referral of this entrepreneur."""
        if self._subject is not None:
            self.referral_actions.new_referral(self._subject, self._partners)

    # -- slots --------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        r = self.selected_referral()
        self.letter_button.setEnabled(r is not None)
        self.letter_button.setText(
            self.tr("Go on with the draft…")
            if r is not None and r.status is ReferralStatus.DRAFT
            else self.tr("Letter…")
        )
        self.status_button.setEnabled(r is not None and r.is_open)
        self.close_button.setEnabled(r is not None and r.is_open)
        self.withdraw_button.setEnabled(
            r is not None
            and r.consent_id is not None
            and r.consent_withdrawn_at is None
            and r.status is not ReferralStatus.CLOSED
        )

    @Slot(object, str)
    def _on_actions_written(self, changes: Changes, message: str) -> None:
        written = changes.ids("referrals")
        if len(written) == 1:  # a new draft, or the one acted on: show it after the reload
            (self._select_id,) = written
        self.sig_written.emit(changes, message)

    @Slot()
    def _on_table_current_changed(self) -> None:
        self._update_buttons()

    @Slot()
    def _on_letter_clicked(self) -> None:
        r = self.selected_referral()
        if r is not None:
            self.referral_actions.open_letter(
                r, self._partners, self._subject if r.status is ReferralStatus.DRAFT else None
            )

    @Slot()
    def _on_status_clicked(self) -> None:
        r = self.selected_referral()
        if r is not None and r.is_open:
            self.referral_actions.update_status(r)

    @Slot()
    def _on_close_clicked(self) -> None:
        r = self.selected_referral()
        if r is not None and r.is_open:
            self.referral_actions.close_referral(r)

    @Slot()
    def _on_withdraw_clicked(self) -> None:
        r = self.selected_referral()
        if r is not None:
            self.referral_actions.withdraw_consent(r)
