"""The Referrals and Partners sections, as a hub worker and a coordinator use them
("today" is 3 March 2026)."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import ConsentMethod, ReferralOutcome, ReferralStatus, Role
from hubdesk.services.referrals import FEEDBACK_DAYS
from hubdesk.services.store import Actor, Store
from hubdesk.views.context import AppContext
from hubdesk.views.letter_preview import LetterDialog
from hubdesk.views.main_window import MainWindow
from hubdesk.views.partners import PartnerDialog, PartnersView, code_from_name
from hubdesk.views.referral_dialog import CloseReferralDialog
from hubdesk.views.referral_shared import ReferralTableModel
from hubdesk.views.referrals_view import ReferralsView
from hubdesk.views.tasks import TaskRunner
from tests.conftest import FakeClock
from tests.services.helpers import add_worker, registration
from tests.views.conftest import make_context
from tests.views.lifetimes import held_until_settled, settle

LEFT = Qt.MouseButton.LeftButton
QREDITS_FIELDS = {
    "financing_need": "ongeveer € 12.000",
    "own_contribution": "€ 1.500 spaargeld",
    "plan_status": "in concept",
    "kvk_registered": "nee",
}


def day_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


@pytest.fixture
def today(clock: FakeClock) -> dt.date:
    return clock.now.astimezone().date()


@pytest.fixture
def held(qtbot: QtBot, runner: TaskRunner) -> Iterator[list[QWidget]]:
    yield from held_until_settled(qtbot, runner)


def sent_referral(ctx: AppContext, given: str, family: str) -> uuid.UUID:
    """A Qredits referral of a new entrepreneur, with consent, its letter and sent today."""
    person = ctx.intake.register(ctx.actor, registration(given, family)).person_id
    qredits = next(p.id for p in ctx.referrals.partners() if p.code == "qredits")
    data = {"person_id": person, "partner_id": qredits, "question": "Een lening.", "fields": dict(QREDITS_FIELDS)}
    referral_id, _ = ctx.referrals.create(ctx.actor, data)
    ctx.referrals.record_consent(ctx.actor, referral_id, ConsentMethod.VERBAL)
    ctx.referrals.letter(ctx.actor, referral_id)
    ctx.referrals.send(ctx.actor, referral_id, ctx.referrals.get(referral_id).version)
    return referral_id


def open_referrals(qtbot: QtBot, ctx: AppContext, held: list[QWidget]) -> ReferralsView:
    view = ReferralsView(ctx)
    qtbot.addWidget(view)
    held.append(view)
    view.resize(1100, 600)
    with qtbot.waitSignal(view.sig_loaded):  # it loads as it opens, once the event loop runs
        pass
    return view


def rows(view: ReferralsView) -> list[dict[str, str]]:
    model = view.model
    names = ("reference", "person", "partner", "status", "sent", "due")
    return [{names[c]: model.text(r, c) for c in range(model.columnCount())} for r in range(model.rowCount())]


# -- the list and the overdue filter -------------------------------------------------------------------------
def test_feedback_overdue_is_listed_and_counted_once_its_date_has_passed(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, clock: FakeClock, today: dt.date
) -> None:
    first = sent_referral(ctx, "Łucja", "Kowalczyk")
    clock.advance(days=2)
    second = sent_referral(ctx, "Joëlle", "Hendriks")
    view = open_referrals(qtbot, ctx, held)
    counts: list[int] = []
    view.sig_overdue_count.connect(counts.append)
    assert [r["person"] for r in rows(view)] == ["Joëlle Hendriks", "Łucja Kowalczyk"]  # newest first
    assert rows(view)[1]["due"] == day_text(today + dt.timedelta(days=FEEDBACK_DAYS))
    assert view.count_label.text() == "2 referral(s)"

    clock.advance(days=FEEDBACK_DAYS - 1)  # the first is a day overdue, the second due today
    with qtbot.waitSignal(view.sig_loaded):
        view.refresh()
    assert counts == [1]
    assert view.count_label.text() == "2 referral(s), of which 1 with feedback overdue"
    overdue_row = rows(view)[1]
    assert overdue_row["due"] == f"{day_text(today + dt.timedelta(days=FEEDBACK_DAYS))} · overdue"
    assert view.model.data(view.model.index(1, ReferralTableModel.COL_DUE), Qt.ItemDataRole.FontRole).bold()
    assert view.model.data(view.model.index(0, ReferralTableModel.COL_DUE), Qt.ItemDataRole.FontRole) is None

    with qtbot.waitSignal(view.sig_loaded):
        view.overdue_check.setChecked(True)
    assert [r["person"] for r in rows(view)] == ["Łucja Kowalczyk"]
    assert view.count_label.text() == "1 referral(s) with feedback overdue"
    assert view.model.referral_at(0).id == first
    assert second not in {view.model.referral_at(r).id for r in range(view.model.rowCount())}


def test_the_navigation_counts_overdue_referrals(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, clock: FakeClock
) -> None:
    sent_referral(ctx, "Łucja", "Kowalczyk")
    clock.advance(days=FEEDBACK_DAYS + 1)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    held.append(window)
    item = window.nav.item(window.stack.indexOf(window.referrals))
    qtbot.waitUntil(lambda: item.text() == "Referrals (1 overdue)")
    assert window.nav.item(window.stack.indexOf(window.partners)).text() == "Partners"


def test_closing_with_an_outcome_updates_the_list(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, clock: FakeClock, today: dt.date
) -> None:
    referral_id = sent_referral(ctx, "Łucja", "Kowalczyk")
    reference = ctx.referrals.get(referral_id).reference
    clock.advance(days=FEEDBACK_DAYS + 3)
    view = open_referrals(qtbot, ctx, held)
    with qtbot.waitSignal(view.sig_loaded):
        view.overdue_check.setChecked(True)
    assert len(rows(view)) == 1
    assert view.close_button.isEnabled()

    qtbot.mouseClick(view.close_button, LEFT)
    dialog = view.referral_actions.dialog
    assert isinstance(dialog, CloseReferralDialog)
    assert dialog.isModal()
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData(ReferralOutcome.LOAN_GRANTED.value))
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findText("The entrepreneur"))
    dialog.on_edit.setDate(QDate(2026, 4, 2))
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert rows(view) == []  # no longer overdue: the loop is closed
    assert view.count_label.text() == "0 referral(s) with feedback overdue"
    assert view.status_label.text() == f"Referral {reference} closed: loan granted."

    with qtbot.waitSignal(view.sig_loaded):
        view.overdue_check.setChecked(False)
    [row] = rows(view)
    assert row["status"] == "Closed: Loan granted"
    assert row["due"] == ""
    assert not view.close_button.isEnabled()
    assert not view.status_button.isEnabled()
    settle(qtbot, ctx.runner)
    closed = ctx.referrals.get(referral_id)
    assert (closed.status, closed.outcome, closed.outcome_at) == (
        ReferralStatus.CLOSED,
        ReferralOutcome.LOAN_GRANTED,
        dt.date(2026, 4, 2),
    )
    assert closed.outcome_source is not None
    assert closed.outcome_source.value == "entrepreneur"


def test_opening_the_file_of_a_referral(qtbot: QtBot, held: list[QWidget], ctx: AppContext) -> None:
    referral_id = sent_referral(ctx, "Łucja", "Kowalczyk")
    person_id = ctx.referrals.get(referral_id).person_id
    view = open_referrals(qtbot, ctx, held)
    with qtbot.waitSignal(view.sig_open_requested) as asked:
        qtbot.mouseClick(view.open_button, LEFT)
    assert asked.args == [person_id]


# -- the day's letters ---------------------------------------------------------------------------------------
def test_todays_letters_print_in_one_go(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [sent_referral(ctx, "Łucja", "Kowalczyk"), sent_referral(ctx, "Joëlle", "Hendriks")]
    pages = sum(ctx.referrals.letter(ctx.actor, i).pages for i in ids)
    view = open_referrals(qtbot, ctx, held)
    qtbot.mouseClick(view.batch_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(view.referral_actions.dialog, LetterDialog))
    letters = view.referral_actions.dialog
    assert isinstance(letters, LetterDialog)
    assert view.status_label.text() == "2 letter(s) sent today."
    assert letters.preview.document.pageCount() == pages

    out = tmp_path / "batch.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(letters.sig_output):
        qtbot.mouseClick(letters.print_button, LEFT)
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == pages

    saved = tmp_path / "letters.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(saved), "PDF (*.pdf)"))
    with qtbot.waitSignal(letters.sig_output):
        qtbot.mouseClick(letters.save_button, LEFT)
    settle(qtbot, ctx.runner)
    assert saved.read_bytes() == ctx.referrals.batch_of_day(ctx.actor)[0]
    letters.reject()


def test_no_letters_today_is_said_plainly(qtbot: QtBot, held: list[QWidget], ctx: AppContext) -> None:
    view = open_referrals(qtbot, ctx, held)
    qtbot.mouseClick(view.batch_button, LEFT)
    qtbot.waitUntil(lambda: bool(view.status_label.text()))
    assert view.status_label.text() == "Op 2026-03-03 is geen verwijzing met een brief verstuurd."
    assert view.referral_actions.dialog is None


# -- partners ------------------------------------------------------------------------------------------------
@pytest.fixture
def hub_worker(store: Store, actor: Actor) -> Actor:
    return add_worker(store, actor, name="Sem Jansen", username="sem", role=Role.HUB_WORKER)


def open_partners(qtbot: QtBot, ctx: AppContext, held: list[QWidget]) -> PartnersView:
    view = PartnersView(ctx)
    qtbot.addWidget(view)
    held.append(view)
    view.resize(1100, 700)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return view


def test_a_hub_worker_reads_the_directory_but_cannot_change_it(
    qtbot: QtBot, held: list[QWidget], store: Store, hub_worker: Actor, runner: TaskRunner
) -> None:
    ctx = make_context(store, hub_worker, runner)
    view = open_partners(qtbot, ctx, held)
    view.show()
    assert not view.can_edit
    assert not view.add_button.isVisible()
    assert not view.edit_button.isVisible()
    assert view.read_only_label.isVisible()
    view.select_partner(next(p.id for p in ctx.referrals.partners() if p.code == "qredits"))
    details = view.details.text()
    assert "Qredits Microfinanciering Nederland" in details
    assert "Bedrijfskredieten en microkrediet" in details  # what it offers
    assert "Een bank leent niet" in details  # when to refer
    for label in ("Financieringsbehoefte (globaal)", "Eigen inbreng", "Ingeschreven bij de KVK"):
        assert label in details
    row = view.model.row_of(next(p.id for p in ctx.referrals.partners() if p.code == "qredits"))
    assert view.model.text(row, view.model.COL_FIELDS).startswith("Financieringsbehoefte (globaal), Eigen inbreng")
    qtbot.mouseClick(view.edit_button, LEFT)  # hidden, and refused all the same
    assert view.dialog is None


def test_a_coordinator_adds_a_partner_with_the_details_a_referral_needs(
    qtbot: QtBot, held: list[QWidget], ctx: AppContext
) -> None:
    view = open_partners(qtbot, ctx, held)
    view.show()
    assert view.can_edit
    assert view.add_button.isVisible()
    assert not view.read_only_label.isVisible()

    qtbot.mouseClick(view.add_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, PartnerDialog)
    qtbot.keyClicks(dialog.name_edit, "Buurtwerkplaats Schalkwijk")
    assert dialog.code_edit.text() == "buurtwerkplaats_schalkwijk"
    dialog.offers_edit.setPlainText("Werkplekken en gereedschap voor makers.")
    dialog.refer_when_edit.setPlainText("Een maker zoekt een betaalbare werkplek.")
    labels = {dialog.fields_list.item(i).text(): dialog.fields_list.item(i) for i in range(dialog.fields_list.count())}
    for label in ("Sector", "Regio"):  # shown by their labels ...
        dialog.fields_list.setCurrentItem(labels[label])
        qtbot.keyClick(dialog.fields_list, Qt.Key.Key_Space)
    assert dialog.chosen_fields() == ["sector", "region"]  # ... stored as codes
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert view.status_label.text() == "Partner saved."
    assert view.dialog is None
    added = view.selected_partner()
    assert added is not None
    assert (added.name, added.code, added.referral_fields) == (
        "Buurtwerkplaats Schalkwijk",
        "buurtwerkplaats_schalkwijk",
        ("sector", "region"),
    )
    assert "Sector" in view.details.text()


def test_a_coordinator_changes_the_details_a_partner_needs(qtbot: QtBot, held: list[QWidget], ctx: AppContext) -> None:
    view = open_partners(qtbot, ctx, held)
    okb = next(p for p in ctx.referrals.partners() if p.code == "okb")
    view.select_partner(okb.id)
    qtbot.mouseClick(view.edit_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, PartnerDialog)
    assert dialog.code_edit.isReadOnly()
    assert dialog.chosen_fields() == list(okb.referral_fields)
    assert [dialog.fields_list.item(i).text() for i in range(3)] == ["Probleem", "Sector", "Omvang"]  # its order first
    region = next(
        dialog.fields_list.item(i)
        for i in range(dialog.fields_list.count())
        if dialog.fields_list.item(i).data(Qt.ItemDataRole.UserRole) == "region"
    )
    region.setCheckState(Qt.CheckState.Checked)
    dialog.contact_edit.setText("Kees Bakker")
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    settle(qtbot, ctx.runner)
    changed = next(p for p in ctx.referrals.partners() if p.code == "okb")
    assert changed.referral_fields == (*okb.referral_fields, "region")
    assert changed.contact_person == "Kees Bakker"
    assert "Kees Bakker" in view.details.text()


def test_a_partner_without_a_name_is_not_saved(qtbot: QtBot, held: list[QWidget], ctx: AppContext) -> None:
    view = open_partners(qtbot, ctx, held)
    qtbot.mouseClick(view.add_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, PartnerDialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error_label.text() == "Give the partner a name."
    assert dialog.isVisible()
    dialog.reject()


def test_partner_codes_are_made_from_names() -> None:
    assert code_from_name("Qredits Microfinanciering") == "qredits_microfinanciering"
    assert code_from_name("Coöperatie Ñandú & Zonen") == "cooperatie_nandu_zonen"
    assert code_from_name("2Gather") == "gather"
    assert code_from_name("€") == ""
