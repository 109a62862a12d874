"""Referring from the entrepreneur's file, as a hub worker does it: the referral dialog,
consent, the letter's preview, printing, saving, sending ("today" is 3 March 2026)."""

from __future__ import annotations

import datetime as dt
import io
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QFileDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import AuditAction, ConsentMethod, ReferralStatus
from hubdesk.models.logs import AuditEvent
from hubdesk.services.referrals import FEEDBACK_DAYS
from hubdesk.views.context import AppContext
from hubdesk.views.letter_preview import LetterDialog
from hubdesk.views.person_file import PersonFileView
from hubdesk.views.referral_dialog import CloseReferralDialog, ReferralDialog, UpdateStatusDialog
from hubdesk.views.referral_panel import ReferralPanel
from hubdesk.views.tasks import TaskRunner
from hubdesk.views.timeline_model import TimelineModel
from tests.conftest import FakeClock
from tests.services.helpers import registration
from tests.views.keys import Keyboard
from tests.views.lifetimes import held_until_settled, settle

LEFT = Qt.MouseButton.LeftButton
QREDITS_FIELDS = {
    "financing_need": "ongeveer € 12.000",
    "own_contribution": "€ 1.500 spaargeld",
    "plan_status": "in concept",
    "kvk_registered": "nee",
}
QREDITS_LABELS = [
    "Financieringsbehoefte (globaal)",
    "Eigen inbreng",
    "Stand van het ondernemingsplan",
    "Ingeschreven bij de KVK",
]


def day_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


@pytest.fixture
def today(clock: FakeClock) -> dt.date:
    return clock.now.astimezone().date()


@pytest.fixture
def held(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    """The views of a test, released once the database thread let go of them."""
    yield from held_until_settled(qtbot, runner)


@pytest.fixture
def person_id(ctx: AppContext) -> uuid.UUID:
    data = registration("Łucja", "Kowalczyk", enterprise={"trade_name": "Atelier Łucja", "stage": "starting"})
    return ctx.intake.register(ctx.actor, data).person_id


def partner_id(ctx: AppContext, code: str) -> uuid.UUID:
    return next(p.id for p in ctx.referrals.partners() if p.code == code)


def draft(ctx: AppContext, person_id: uuid.UUID, *, consent: bool = True) -> uuid.UUID:
    """A Qredits draft made earlier (through the service), with consent when asked."""
    data = {
        "person_id": person_id,
        "partner_id": partner_id(ctx, "qredits"),
        "question": "Ik wil een naaiatelier beginnen.",
        "request": "Een beoordeling voor een microkrediet.",
        "fields": dict(QREDITS_FIELDS),
    }
    referral_id, _ = ctx.referrals.create(ctx.actor, data)
    if consent:
        ctx.referrals.record_consent(ctx.actor, referral_id, ConsentMethod.SIGNED)
    return referral_id


def open_view(qtbot: QtBot, ctx: AppContext, person_id: uuid.UUID, held: list[QWidget]) -> PersonFileView:
    view = PersonFileView(ctx)
    qtbot.addWidget(view)
    held.append(view)  # released after the database thread let go of it (tests/views/lifetimes.py)
    view.resize(1200, 900)
    with qtbot.waitSignal(view.sig_loaded):
        view.open_person(person_id)
    return view


def shown_referral_dialog(panel: ReferralPanel) -> ReferralDialog:
    dialog = panel.referral_actions.dialog
    assert isinstance(dialog, ReferralDialog)
    assert dialog.isVisible()
    assert dialog.isModal()
    return dialog


def start_referral(qtbot: QtBot, view: PersonFileView) -> ReferralDialog:
    qtbot.mouseClick(view.refer_button, LEFT)
    return shown_referral_dialog(view.referrals)


def fill_qredits(dialog: ReferralDialog) -> None:
    """The parts not under test, filled in directly."""
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findText("Qredits Microfinanciering Nederland"))
    dialog.question_edit.setPlainText("Ik wil een naaiatelier beginnen en heb ongeveer € 12.000 nodig.")
    dialog.request_edit.setPlainText("Een beoordeling voor een microkrediet.")
    for code, value in QREDITS_FIELDS.items():
        dialog.field_edits[code].setText(value)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its square (the middle of a wide box is beside its text)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def give_consent(qtbot: QtBot, dialog: ReferralDialog) -> None:
    """Tick the consent box; with everything filled in, the letter shows."""
    with qtbot.waitSignal(dialog.sig_letter_shown, timeout=10_000):
        tick(qtbot, dialog.consent_check)


def field_captions(dialog: ReferralDialog) -> list[str]:
    form = dialog.fields_form
    return [
        label.text()
        for row in range(form.rowCount())
        if (item := form.itemAt(row, form.ItemRole.LabelRole)) is not None
        and isinstance(label := item.widget(), QLabel)
    ]


def tab_to(keyboard: Keyboard, widget: QWidget, most: int = 6) -> None:
    """Press Tab until ``widget`` has the focus (a date field takes one Tab per part).

    The event loop runs between the keys, as it does between a person's keystrokes
    (rows just added to a form are shown by a queued call)."""
    for _ in range(most):
        QApplication.processEvents()
        if QApplication.focusWidget() is widget:
            return
        keyboard.tab()
    assert QApplication.focusWidget() is widget, f"Tab did not reach {widget.objectName() or widget}"


def printing_to(monkeypatch: pytest.MonkeyPatch, out: Path) -> list[str]:
    """The print dialog, as if the worker chose "print to file" ``out`` and pressed Print."""
    titles: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFileName(str(out))  # a PDF file instead of a printer queue
        titles.append(printer.docName())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return titles


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


# -- the whole way, by keyboard ----------------------------------------------------------------------------------
def test_a_referral_to_qredits_by_keyboard_asks_only_what_qredits_needs(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, today: dt.date
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    dialog = start_referral(qtbot, view)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.language_combo.currentText() == "Dutch"  # the entrepreneur's preferred language
    assert dialog.done_edit.toPlainText() == f"Intake ({today:%d-%m-%Y})"  # from the file, as the letter writes it
    assert not dialog.print_button.isEnabled()

    keys = Keyboard()
    dialog.need_combo.setFocus()
    keys.type("Loan")
    keys.tab()
    assert QApplication.focusWidget() is dialog.partner_combo
    keys.type("Qredits")
    assert dialog.partner_combo.currentText() == "Qredits Microfinanciering Nederland"
    assert "Bedrijfskredieten" in dialog.partner_info.text()  # what Qredits offers, and when to refer
    assert "Een bank leent niet" in dialog.partner_info.text()
    assert list(dialog.field_edits) == list(QREDITS_FIELDS)
    assert field_captions(dialog) == QREDITS_LABELS
    assert len(dialog.fields_box.findChildren(QLineEdit)) == 4  # nothing Qredits does not need

    tab_to(keys, dialog.question_edit)
    keys.type("Ik wil een naaiatelier beginnen en heb ongeveer € 12.000 nodig.")
    tab_to(keys, dialog.request_edit)
    keys.type("Een beoordeling voor een microkrediet.")
    for code, value in QREDITS_FIELDS.items():
        tab_to(keys, dialog.field_edits[code])
        keys.type(value)
    tab_to(keys, dialog.method_combo)
    keys.type("Sig")  # signed on paper
    assert dialog.method_combo.currentData() == ConsentMethod.SIGNED.value
    assert "Qredits Microfinanciering Nederland" in dialog.consent_text.text()
    assert "financieringsbehoefte (globaal), eigen inbreng" in dialog.consent_text.text()
    assert "No letter without consent" in dialog.letter_hint.text()
    tab_to(keys, dialog.consent_check)
    with qtbot.waitSignal(dialog.sig_letter_shown, timeout=10_000):
        keys.press(Qt.Key.Key_Space)

    referral = dialog.referral()
    assert referral is not None
    assert referral.status is ReferralStatus.DRAFT
    assert referral.consent_given_at is not None
    assert referral.fields == QREDITS_FIELDS
    assert referral.question == "Ik wil een naaiatelier beginnen en heb ongeveer € 12.000 nodig."
    assert referral.need is not None
    assert referral.need.value == "finance_loan"
    assert dialog.consent_check.isChecked()
    assert not dialog.consent_check.isEnabled()
    assert dialog.print_button.isEnabled()
    assert not dialog.letter_hint.isVisible()
    document = dialog.preview.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 1
    settle(qtbot, ctx.runner)  # the file reloads meanwhile; then read what was stored
    consents = ctx.intake.get_file(ctx.actor, person_id).consents
    assert [(c.partner_name, c.method) for c in consents if c.partner_id is not None] == [
        ("Qredits Microfinanciering Nederland", ConsentMethod.SIGNED)
    ]
    dialog.reject()  # nothing changed since: it just closes
    qtbot.waitUntil(lambda: view.referrals.referral_actions.dialog is None)


# -- printing, saving, sending -----------------------------------------------------------------------------------
def test_printing_saving_and_sending_the_letter(
    qtbot: QtBot,
    held: list[QWidget],
    ctx: AppContext,
    person_id: uuid.UUID,
    today: dt.date,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: FakeClock,
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    clock.advance(minutes=5)
    dialog = start_referral(qtbot, view)
    fill_qredits(dialog)
    give_consent(qtbot, dialog)
    referral = dialog.referral()
    assert referral is not None
    assert not dialog.send_button.isEnabled()  # the letter has not gone anywhere yet

    printed = tmp_path / "printed.pdf"
    titles = printing_to(monkeypatch, printed)
    qtbot.mouseClick(dialog.print_button, LEFT)
    qtbot.waitUntil(dialog.send_button.isEnabled)
    assert titles == [f"{referral.reference} Qredits Microfinanciering Nederland"]
    assert printed.exists()
    assert pdf_pages(printed.read_bytes()) == dialog.preview.document.pageCount()
    assert "The letter was printed." in dialog.message_label.text()
    assert "mark the referral as sent" in dialog.message_label.text()

    saved = tmp_path / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(saved), "PDF (*.pdf)"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: "saved as" in dialog.message_label.text())
    settle(qtbot, ctx.runner)
    assert saved.read_bytes() == ctx.referrals.letter(ctx.actor, referral.id).pdf

    clock.advance(minutes=5)
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(dialog.send_button, LEFT)
    due = today + dt.timedelta(days=FEEDBACK_DAYS)
    assert view.status_label.text() == (
        f"Referral {referral.reference} to Qredits Microfinanciering Nederland sent. "
        f"Feedback is due by {day_text(due)}."
    )
    assert view.referrals.referral_actions.dialog is None  # closed
    [shown] = view.referrals.referrals()
    assert (shown.status, shown.feedback_due) == (ReferralStatus.SENT, due)
    model = view.referrals.model
    assert model.text(0, model.COL_STATUS) == "Sent"
    assert model.text(0, model.COL_DUE) == day_text(due)
    newest = view.timeline_model
    assert newest.text(0, TimelineModel.COL_KIND) == "Referral sent"
    assert newest.text(0, TimelineModel.COL_DETAILS) == (
        f"Qredits Microfinanciering Nederland · {referral.reference} · feedback due by {day_text(due)}"
    )
    assert newest.text(1, TimelineModel.COL_KIND) == "Referral made"
    # what was printed and saved is in the audit log
    with ctx.store.read() as s:
        printed_events = s.execute(sa.select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)).scalars()
        hows = [(e.record_id, e.detail["how"]) for e in printed_events]
    assert hows == [(referral.id, "print"), (referral.id, "pdf")]


def test_without_consent_there_is_no_letter_to_print(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    dialog = start_referral(qtbot, view)
    assert dialog.letter_hint.text() == "Choose a partner first; the letter also needs the entrepreneur's consent."
    fill_qredits(dialog)
    for button in (dialog.preview_button, dialog.print_button, dialog.save_button, dialog.send_button):
        assert not button.isEnabled()
    assert dialog.letter_hint.isVisible()
    assert dialog.letter_hint.text().startswith("No letter without consent")
    assert not dialog.preview.is_showing_letter()
    assert dialog.consent_check.isEnabled()

    # closing keeps the input as a draft, still without consent
    with qtbot.waitSignal(view.sig_loaded):
        dialog.reject()
    assert view.status_label.text() == "Draft referral to Qredits Microfinanciering Nederland saved."
    [kept] = view.referrals.referrals()
    assert (kept.status, kept.consent_id, kept.fields) == (ReferralStatus.DRAFT, None, QREDITS_FIELDS)
    assert view.referrals.letter_button.text() == "Go on with the draft…"


def test_changing_the_partner_after_consent_asks_again(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    dialog = start_referral(qtbot, view)
    fill_qredits(dialog)
    give_consent(qtbot, dialog)
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findText("KVK (Kamer van Koophandel)"))
    assert field_captions(dialog) == ["Startdatum", "Rechtsvorm", "Activiteiten", "Vestigingsadres"]
    assert not dialog.consent_check.isChecked()
    assert not dialog.print_button.isEnabled()
    assert dialog.consent_state.text() == "The consent recorded was for Qredits Microfinanciering Nederland. " + (
        "Ask again for KVK (Kamer van Koophandel)."
    )
    # back to Qredits: the consent and what was typed for it are still there
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findText("Qredits Microfinanciering Nederland"))
    assert dialog.print_button.isEnabled()
    assert dialog.field_edits["financing_need"].text() == QREDITS_FIELDS["financing_need"]


def test_a_missing_detail_is_named_before_a_letter_is_made(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID
) -> None:
    view = open_view(qtbot, ctx, person_id, held)
    dialog = start_referral(qtbot, view)
    fill_qredits(dialog)
    dialog.field_edits["own_contribution"].clear()
    with qtbot.waitSignal(view.sig_loaded):  # the consent is recorded (and the draft made)
        tick(qtbot, dialog.consent_check)
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled())
    qtbot.mouseClick(dialog.preview_button, LEFT)
    qtbot.waitUntil(lambda: "Eigen inbreng" in dialog.message_label.text())
    assert dialog.message_label.text() == (  # the interface speaks Dutch unless told otherwise
        "Qredits Microfinanciering Nederland heeft deze gegevens nodig: Eigen inbreng. "
        "Vul ze in voordat je de brief maakt."
    )
    assert not dialog.preview.is_showing_letter()
    # a letter that asks nothing is not made either
    dialog.field_edits["own_contribution"].setText("€ 1.500")
    dialog.request_edit.clear()
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert dialog.message_label.text() == "Fill in what we ask of the partner first."
    assert not dialog.preview.is_showing_letter()


# -- consent withdrawn -------------------------------------------------------------------------------------------
def test_a_withdrawn_consent_blocks_the_letter(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    referral_id = draft(ctx, person_id)
    view = open_view(qtbot, ctx, person_id, held)
    panel = view.referrals
    assert panel.withdraw_button.isEnabled()
    questions: list[str] = []

    def confirm(text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(panel.referral_actions, "_confirm", confirm)
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(panel.withdraw_button, LEFT)
    assert questions[0].startswith("Withdraw the consent to share details with Qredits Microfinanciering Nederland?")
    assert view.status_label.text() == "Consent for Qredits Microfinanciering Nederland withdrawn."
    assert not panel.withdraw_button.isEnabled()

    qtbot.mouseClick(panel.letter_button, LEFT)
    dialog = shown_referral_dialog(panel)
    assert dialog.referral() is not None
    assert dialog.referral().id == referral_id  # type: ignore[union-attr]
    for button in (dialog.preview_button, dialog.print_button, dialog.save_button, dialog.send_button):
        assert not button.isEnabled()
    assert dialog.letter_hint.text() == "Consent withdrawn: no letter can be made, printed or saved."
    assert dialog.consent_state.text().startswith("The entrepreneur withdrew this consent on")
    assert not dialog.consent_check.isChecked()
    assert not dialog.preview.is_showing_letter()


def test_a_draft_with_consent_opens_with_its_letter(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID
) -> None:
    draft(ctx, person_id)
    view = open_view(qtbot, ctx, person_id, held)
    panel = view.referrals
    assert panel.model.text(0, panel.model.COL_STATUS) == "Draft"
    qtbot.mouseClick(panel.letter_button, LEFT)
    dialog = shown_referral_dialog(panel)
    qtbot.waitUntil(dialog.preview.is_showing_letter)
    assert dialog.partner_combo.currentText() == "Qredits Microfinanciering Nederland"
    assert dialog.field_edits["plan_status"].text() == "in concept"
    assert dialog.consent_state.text().startswith("Consent recorded on")
    assert dialog.print_button.isEnabled()


# -- the file's panel: a sent referral's status and outcome --------------------------------------------------------
def test_status_and_outcome_of_a_sent_referral_from_the_file(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, clock: FakeClock, today: dt.date
) -> None:
    referral_id = draft(ctx, person_id)
    ctx.referrals.letter(ctx.actor, referral_id)
    ctx.referrals.send(ctx.actor, referral_id, ctx.referrals.get(referral_id).version)
    clock.advance(days=10)
    view = open_view(qtbot, ctx, person_id, held)
    panel = view.referrals

    qtbot.mouseClick(panel.status_button, LEFT)
    status = panel.referral_actions.dialog
    assert isinstance(status, UpdateStatusDialog)
    assert status.status_combo.currentText() == "Acknowledged"  # the next step after "sent"
    status.status_combo.setCurrentIndex(status.status_combo.findText("Intake planned"))
    status.contact_check.setChecked(True)
    status.contact_edit.setDate(QDate(2026, 3, 12))
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(status.ok_button, LEFT)
    assert panel.model.text(0, panel.model.COL_STATUS) == "Intake planned"
    settle(qtbot, ctx.runner)
    assert ctx.referrals.get(referral_id).first_contact_on == dt.date(2026, 3, 12)

    qtbot.mouseClick(panel.close_button, LEFT)
    closing = panel.referral_actions.dialog
    assert isinstance(closing, CloseReferralDialog)
    qtbot.mouseClick(closing.ok_button, LEFT)
    assert closing.error_label.text() == "Choose the outcome."
    closing.outcome_combo.setCurrentIndex(closing.outcome_combo.findText("Loan granted"))
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(closing.ok_button, LEFT)
    assert view.status_label.text() == f"Referral {ctx.referrals.get(referral_id).reference} closed: loan granted."
    assert panel.model.text(0, panel.model.COL_STATUS) == "Closed: Loan granted"
    assert not panel.status_button.isEnabled()
    assert view.timeline_model.text(0, TimelineModel.COL_KIND) == "Referral closed"
    assert "Outcome: Loan granted · reported by: the partner" in view.timeline_model.text(0, TimelineModel.COL_DETAILS)
    assert view.timeline_model.text(0, TimelineModel.COL_DATE) == day_text(today + dt.timedelta(days=10))
    # the follow-up step planned when it was sent is done with it
    assert view.timeline_model.text(1, TimelineModel.COL_KIND) == "Step done"
    assert view.timeline_model.text(1, TimelineModel.COL_DETAILS).endswith("\nLoan granted")


def test_a_sent_letter_is_printed_again_unchanged(
    qtbot: QtBot,
    held: list[QWidget],
    ctx: AppContext,
    person_id: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    referral_id = draft(ctx, person_id)
    kept = ctx.referrals.letter(ctx.actor, referral_id)
    ctx.referrals.send(ctx.actor, referral_id, ctx.referrals.get(referral_id).version)
    view = open_view(qtbot, ctx, person_id, held)
    panel = view.referrals
    qtbot.mouseClick(panel.letter_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(panel.referral_actions.dialog, LetterDialog))
    letter = panel.referral_actions.dialog
    assert isinstance(letter, LetterDialog)
    assert letter.preview.pdf() == kept.pdf
    assert letter.preview.document.status() == QPdfDocument.Status.Ready

    out = tmp_path / "again.pdf"
    printing_to(monkeypatch, out)
    with qtbot.waitSignal(letter.sig_output) as output:
        qtbot.mouseClick(letter.print_button, LEFT)
    assert output.args == ["print"]
    assert pdf_pages(out.read_bytes()) == kept.pages
    letter.reject()


# -- a real printer queue (CUPS) ------------------------------------------------------------------------------
def test_printing_reaches_a_real_printer_queue(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end through CUPS: /work/shared/tools/print-check sets up the PDF printer "HubPDF"
    (cups-pdf), whose jobs land as PDF files in $HUBDESK_PRINT_DIR (default ~/hubdesk-print)."""
    if "HubPDF" not in QPrinterInfo.availablePrinterNames():
        pytest.skip('no printer "HubPDF" (run /work/shared/tools/print-check to set one up)')
    out_dir = Path(os.environ.get("HUBDESK_PRINT_DIR", Path.home() / "hubdesk-print"))
    view = open_view(qtbot, ctx, person_id, held)
    dialog = start_referral(qtbot, view)
    fill_qredits(dialog)
    give_consent(qtbot, dialog)
    referral = dialog.referral()
    assert referral is not None

    def choose_hubpdf(print_dialog: QPrintDialog) -> int:
        print_dialog.printer().setPrinterName("HubPDF")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_hubpdf)
    started = time.time()
    qtbot.mouseClick(dialog.print_button, LEFT)
    qtbot.waitUntil(dialog.send_button.isEnabled, timeout=10_000)

    def arrived() -> list[Path]:
        return [p for p in out_dir.glob(f"job_*{referral.reference}*.pdf") if p.stat().st_mtime >= started - 1]

    def complete_pages() -> int:
        """The pages of the job's PDF once cups-pdf has written all of it (0 before)."""
        jobs = arrived()
        try:
            return pdf_pages(jobs[0].read_bytes()) if len(jobs) == 1 else 0
        except PdfReadError:
            return 0

    qtbot.waitUntil(lambda: complete_pages() > 0, timeout=30_000)
    assert complete_pages() == dialog.preview.document.pageCount()
    [job] = arrived()
    job.unlink()
