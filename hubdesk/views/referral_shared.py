"""What the file's referral panel and the referrals section share: the table of
referrals and the actions on the chosen one (its letter, its status, closing it,
withdrawing its consent)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from hubdesk.messages import error_text
from hubdesk.models.enums import ReferralStatus
from hubdesk.models.errors import StaleEdit, UserFacingError
from hubdesk.services.readmodels import Changes
from hubdesk.services.referrals import LetterDoc, PartnerView, ReferralView
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.guidance_labels import short_day
from hubdesk.views.letter_preview import LetterDialog, pdf_file_name
from hubdesk.views.referral_dialog import (
    CloseReferralDialog,
    ReferralDialog,
    ReferralSubject,
    UpdateStatusDialog,
)
from hubdesk.views.referral_labels import outcome_label, referral_status_label
from hubdesk.views.rows_model import RowsModel
from hubdesk.views.timeline_model import short_date

OVERDUE_COLOR = QColor("#b02a37")

Index = QModelIndex | QPersistentModelIndex


class ReferralTableModel(RowsModel[ReferralView]):
    """Referrals, one a row: a thin adapter over :class:`ReferralView`.

    Feedback that is overdue (still open, due before ``today``) is drawn in red and
    bold, and says so in words (not colour alone).
    """

    COL_REFERENCE, COL_PERSON, COL_PARTNER, COL_STATUS, COL_SENT, COL_DUE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ReferralTableModel", "Reference"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Entrepreneur"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Partner"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Status"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Sent"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Feedback due"),
    )
    ReferralRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[str, ...]] = []
        self._today = dt.date.min

    def set_rows(self, rows: Sequence[ReferralView], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self._texts = [self._row_texts(r) for r in self._rows]
        self.endResetModel()

    def referral_at(self, row: int) -> ReferralView:
        return self._rows[row]

    def row_of(self, referral_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == referral_id), -1)

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def is_overdue(self, row: int) -> bool:
        return self._rows[row].feedback_overdue(self._today)

    def _row_texts(self, r: ReferralView) -> tuple[str, ...]:
        status = referral_status_label(r.status)
        if r.status is ReferralStatus.CLOSED and r.outcome is not None:
            status = f"{status}: {outcome_label(r.outcome)}"
        due = short_day(r.feedback_due) if r.is_open else ""
        if r.feedback_overdue(self._today):
            due = self.tr("%1 · overdue").replace("%1", due)
        sent = short_date(r.sent_at) if r.sent_at is not None else ""
        return (r.reference, r.person_name, r.partner_name, status, sent, due)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_PARTNER, self.COL_STATUS):
            return self._texts[row][col] or None
        overdue = self._rows[row].feedback_overdue(self._today)
        if role == Qt.ItemDataRole.ForegroundRole and overdue and col == self.COL_DUE:
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.FontRole and overdue and col == self.COL_DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.ReferralRole:
            return self._rows[row]
        return None


class ReferralActions(QObject):
    """The actions on one referral, with their forms, for a host view.

    A draft's letter goes on in the :class:`ReferralDialog`; the kept letter of a sent
    referral opens in a :class:`LetterDialog` to print again or save. :attr:`dialog` is
    the form open now (one at a time, window-modal).

    Signals:
        sig_written(Changes, str): a write succeeded; the message says what was done.
        sig_failed(str): a refusal, as a sentence for the worker (nothing was saved).
    """

    sig_written = Signal(object, str)
    sig_failed = Signal(str)

    def __init__(self, ctx: AppContext, host: QWidget) -> None:
        super().__init__(host)
        self._ctx = ctx
        self._host = host
        self.dialog: QDialog | None = None

    def today(self) -> dt.date:
        return self._ctx.referrals.today()

    # -- the letter ---------------------------------------------------------------------------
    def new_referral(self, subject: ReferralSubject, partners: Sequence[PartnerView]) -> None:
        self._show(ReferralDialog(self._ctx, subject, partners, None, self._host))

    def open_letter(
        self, referral: ReferralView, partners: Sequence[PartnerView], subject: ReferralSubject | None = None
    ) -> None:
        """A draft: the referral dialog; sent: its kept letter, to print or save again."""
        if referral.status is ReferralStatus.DRAFT:
            dialog = ReferralDialog(
                self._ctx, subject or ReferralSubject.of_referral(referral), partners, referral, self._host
            )
            self._show(dialog)
            return
        referrals, actor, referral_id = self._ctx.referrals, self._ctx.actor, referral.id
        self._ctx.runner.submit(
            lambda: referrals.letter(actor, referral_id),
            lambda doc: self._on_letter_loaded(doc, referral),
            self._on_failed,
            owner=self,
        )

    def _on_letter_loaded(self, doc: LetterDoc, referral: ReferralView) -> None:
        title = (
            QCoreApplication.translate("ReferralActions", "Letter %1 to %2")
            .replace("%1", doc.reference)
            .replace("%2", referral.partner_name)
        )
        file_name = pdf_file_name(doc.reference, referral.partner_name)
        self._show(LetterDialog(self._ctx, title, doc.pdf, file_name, [referral.id], self._host))

    def show_batch(self, pdf: bytes, referral_ids: Sequence[uuid.UUID], day: dt.date) -> None:
        """The day's letters in one PDF, to print or save."""
        title = QCoreApplication.translate("ReferralActions", "Letters sent on %1").replace("%1", short_day(day))
        file_name = pdf_file_name(QCoreApplication.translate("ReferralActions", "Letters"), day.isoformat())
        self._show(LetterDialog(self._ctx, title, pdf, file_name, referral_ids, self._host))

    # -- the partner's answers ------------------------------------------------------------------
    def update_status(self, referral: ReferralView) -> None:
        dialog = UpdateStatusDialog(referral, self.today(), self._host)
        referrals, actor = self._ctx.referrals, self._ctx.actor

        def save() -> None:
            status, first = dialog.status(), dialog.first_contact_on()
            self._write(
                lambda: referrals.update_status(actor, referral.id, referral.version, status, first_contact_on=first),
                QCoreApplication.translate("ReferralActions", "Status of %1: %2.")
                .replace("%1", referral.reference)
                .replace("%2", referral_status_label(status).lower()),
            )

        dialog.accepted.connect(save)
        self._show(dialog)

    def close_referral(self, referral: ReferralView) -> None:
        dialog = CloseReferralDialog(referral, self.today(), self._host)
        referrals, actor = self._ctx.referrals, self._ctx.actor

        def save() -> None:
            outcome, source, on = dialog.outcome(), dialog.source(), dialog.on()
            assert outcome is not None  # the dialog refuses OK without one
            self._write(
                lambda: referrals.close(actor, referral.id, referral.version, outcome, source, on),
                QCoreApplication.translate("ReferralActions", "Referral %1 closed: %2.")
                .replace("%1", referral.reference)
                .replace("%2", outcome_label(outcome).lower()),
            )

        dialog.accepted.connect(save)
        self._show(dialog)

    def withdraw_consent(self, referral: ReferralView) -> None:
        """The entrepreneur withdraws the consent of this referral: no letter from now on."""
        consent_id = referral.consent_id
        if consent_id is None or referral.consent_withdrawn_at is not None:
            return
        question = QCoreApplication.translate(
            "ReferralActions",
            "Withdraw the consent to share details with %1? No letter of %2 can be made, printed or saved after this.",
        )
        if not self._confirm(question.replace("%1", referral.partner_name).replace("%2", referral.reference)):
            return
        referrals, actor = self._ctx.referrals, self._ctx.actor
        self._write(
            lambda: referrals.withdraw_consent(actor, consent_id),
            QCoreApplication.translate("ReferralActions", "Consent for %1 withdrawn.").replace(
                "%1", referral.partner_name
            ),
        )

    def _confirm(self, text: str) -> bool:
        """Ask before something that cannot be undone (tests replace this)."""
        title = QCoreApplication.translate("ReferralActions", "Withdraw consent")
        return QMessageBox.question(self._host, title, text) == QMessageBox.StandardButton.Yes

    # -- plumbing --------------------------------------------------------------------------------
    def _show(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        if isinstance(dialog, ReferralDialog):
            dialog.sig_written.connect(self.sig_written)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    @Slot()
    def _on_dialog_finished(self) -> None:
        dialog = self.sender()
        if dialog is self.dialog:
            self.dialog = None
        if isinstance(dialog, QDialog):
            dialog.deleteLater()

    def _write(self, work: Callable[[], Changes], message: str) -> None:
        self._ctx.runner.submit(
            work, lambda changes: self.sig_written.emit(changes, message), self._on_failed, owner=self
        )

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, StaleEdit):
            self.sig_failed.emit(
                QCoreApplication.translate(
                    "ReferralActions",
                    "This referral was changed at another desk meanwhile; nothing was saved. Look again and try again.",
                )
            )
        elif isinstance(error, UserFacingError):
            self.sig_failed.emit(error_text(error, ui_language()))
        else:
            show_error(self._host, error)
