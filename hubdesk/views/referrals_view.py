"""The Referrals section: the hub's referrals, those whose feedback is overdue, the
actions on the chosen one, and the day's letters in one print."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.enums import ReferralStatus
from hubdesk.models.errors import UserFacingError
from hubdesk.services.readmodels import Changes
from hubdesk.services.referrals import PartnerView, ReferralView
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.referral_shared import ReferralActions, ReferralTableModel
from hubdesk.views.tables import choose_one_row

ERROR_STYLE = "QLabel { color: #b02a37; }"
Listing = tuple[list[ReferralView], int, list[PartnerView], dt.date]
"""What a refresh brings: the rows shown, how many are overdue, the partners and today."""


class ReferralsView(QWidget):
    """The hub's referrals, newest first, or only those whose feedback is overdue (the
    longest overdue first). Acts on the chosen one: open the file, its letter, a status
    from the partner, closing with the outcome. Prints the letters sent today in one go.

    Signals:
        sig_loaded(): the list is shown.
        sig_overdue_count(int): how many referrals wait for overdue feedback (for the navigation).
        sig_open_requested(uuid.UUID): open the file of the chosen referral's entrepreneur.
    """

    sig_loaded = Signal()
    sig_overdue_count = Signal(int)
    sig_open_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._partners: list[PartnerView] = []
        self._select_id: uuid.UUID | None = None
        self.referral_actions = ReferralActions(ctx, self)

        self.overdue_check = QCheckBox(self.tr("Only feedback overdue"))
        self.overdue_check.setToolTip(self.tr("Sent referrals whose feedback date has passed without an answer"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.batch_button = QPushButton(self.tr("Print today's letters…"))
        self.batch_button.setToolTip(self.tr("The letters of the referrals sent today, in one document"))
        top = QHBoxLayout()
        top.addWidget(self.overdue_check)
        top.addSpacing(12)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.batch_button)

        self.model = ReferralTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Referrals"))
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        choose_one_row(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in (
            (ReferralTableModel.COL_REFERENCE, 120),
            (ReferralTableModel.COL_PERSON, 220),
            (ReferralTableModel.COL_PARTNER, 260),
            (ReferralTableModel.COL_STATUS, 230),
        ):
            header.resizeSection(col, width)
        header.setSectionResizeMode(ReferralTableModel.COL_SENT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)

        self.open_button = QPushButton(self.tr("Open file"))
        self.open_button.setToolTip(self.tr("Open the entrepreneur's file (Enter)"))
        self.letter_button = QPushButton(self.tr("Letter…"))
        self.letter_button.setToolTip(self.tr("A draft: go on with it. Sent: print or save its letter again"))
        self.status_button = QPushButton(self.tr("Status…"))
        self.status_button.setToolTip(self.tr("What the partner reported: acknowledged, intake planned, in progress"))
        self.close_button = QPushButton(self.tr("Close referral…"))
        self.close_button.setToolTip(self.tr("Record the outcome: the loop is closed"))
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.open_button, self.letter_button, self.status_button, self.close_button):
            actions.addWidget(button)
        actions.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._connect_signals()
        self._populate()

    def _connect_signals(self) -> None:
        self.overdue_check.toggled.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.activated.connect(self._on_open_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.letter_button.clicked.connect(self._on_letter_clicked)
        self.status_button.clicked.connect(self._on_status_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)
        self.batch_button.clicked.connect(self._on_batch_clicked)
        self.referral_actions.sig_written.connect(self._on_written)
        self.referral_actions.sig_failed.connect(self._on_failed_text)
        self._ctx.signals.sig_data_changed.connect(self._on_data_changed)

    def _populate(self) -> None:
        self._update_buttons()
        self.refresh()

    # -- loading --------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        referrals, actor, overdue_only = self._ctx.referrals, self._ctx.actor, self.overdue_check.isChecked()

        def work() -> Listing:
            overdue = referrals.listing(actor, overdue_only=True)
            rows = overdue if overdue_only else referrals.listing(actor)
            return rows, len(overdue), referrals.partners(), referrals.today()

        self._ctx.runner.submit(work, self._on_loaded, owner=self)

    def _on_loaded(self, listing: Listing) -> None:
        rows, overdue, self._partners, today = listing
        keep = self._select_id or (r.id if (r := self.selected_referral()) is not None else None)
        self._select_id = None
        self.model.set_rows(rows, today)
        row = self.model.row_of(keep) if keep is not None else -1
        if rows:
            self.table.setCurrentIndex(self.model.index(max(0, row), 0))
        if self.overdue_check.isChecked():
            self.count_label.setText(self.tr("%n referral(s) with feedback overdue", "", len(rows)))
        else:
            shown = self.tr("%n referral(s)", "", len(rows))
            self.count_label.setText(
                self.tr("%1, of which %2 with feedback overdue").replace("%1", shown).replace("%2", str(overdue))
                if overdue
                else shown
            )
        self._update_buttons()
        self.sig_overdue_count.emit(overdue)
        self.sig_loaded.emit()

    # -- the chosen referral ----------------------------------------------------------------------
    def selected_referral(self) -> ReferralView | None:
        index = self.table.currentIndex()
        return self.model.referral_at(index.row()) if index.isValid() else None

    def select_referral(self, referral_id: uuid.UUID) -> None:
        row = self.model.row_of(referral_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        r = self.selected_referral()
        self.open_button.setEnabled(r is not None)
        self.letter_button.setEnabled(r is not None)
        draft = r is not None and r.status is ReferralStatus.DRAFT
        self.letter_button.setText(self.tr("Go on with the draft…") if draft else self.tr("Letter…"))
        self.status_button.setEnabled(r is not None and r.is_open)
        self.close_button.setEnabled(r is not None and r.is_open)

    @Slot()
    def _on_table_current_changed(self) -> None:
        self._update_buttons()

    @Slot()
    def _on_open_clicked(self) -> None:
        r = self.selected_referral()
        if r is not None:
            self.sig_open_requested.emit(r.person_id)

    @Slot()
    def _on_letter_clicked(self) -> None:
        r = self.selected_referral()
        if r is not None:
            self.referral_actions.open_letter(r, self._partners)

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

    # -- the day's letters ------------------------------------------------------------------------
    @Slot()
    def _on_batch_clicked(self) -> None:
        referrals, actor = self._ctx.referrals, self._ctx.actor

        def work() -> tuple[bytes, list[uuid.UUID], dt.date]:
            pdf, references = referrals.batch_of_day(actor)
            return pdf, [referrals.find(ref).id for ref in references], referrals.today()

        self.batch_button.setEnabled(False)
        self._ctx.runner.submit(work, self._on_batch_loaded, self._on_batch_failed, owner=self)

    def _on_batch_loaded(self, result: tuple[bytes, list[uuid.UUID], dt.date]) -> None:
        pdf, ids, day = result
        self.batch_button.setEnabled(True)
        self._say(self.tr("%n letter(s) sent today.", "", len(ids)))
        self.referral_actions.show_batch(pdf, ids, day)

    def _on_batch_failed(self, error: BaseException) -> None:
        self.batch_button.setEnabled(True)
        if isinstance(error, UserFacingError):
            self._say(error_text(error, ui_language()), error=True)
        else:
            show_error(self, error)

    # -- writes -----------------------------------------------------------------------------------
    @Slot(object, str)
    def _on_written(self, changes: Changes, message: str) -> None:
        r = self.selected_referral()
        self._select_id = r.id if r is not None else None
        self._say(message)
        self._ctx.signals.announce(changes)  # this view refreshes on it too

    @Slot(str)
    def _on_failed_text(self, text: str) -> None:
        self._say(text, error=True)
        self.refresh()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)

    @Slot(object)
    def _on_data_changed(self, changes: Changes) -> None:
        if changes.ids("referrals") or changes.ids("consents") or changes.ids("partners") or changes.ids("persons"):
            self.refresh()
