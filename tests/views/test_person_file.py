"""The entrepreneur's file as a hub worker uses it: read, register a visit, write notes, edit."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import NoteVisibility, VisitChannel
from hubdesk.models.referrals import Consent, Partner
from hubdesk.services.readmodels import PersonView, TimelineItem
from hubdesk.views.conflict_dialog import ConflictDialog
from hubdesk.views.context import AppContext
from hubdesk.views.person_file import PersonFileView
from hubdesk.views.timeline_model import TimelineModel, short_date_time
from tests.conftest import FakeClock
from tests.services.helpers import registration

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person, one key event per character.

    ``qtbot.keyClicks`` aborts the process on non-ASCII characters in Qt 6 (an
    assertion in qasciikey.cpp), so characters such as "ë" are sent this way.
    """
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a field (Ctrl+A) and type over it."""
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(widget, text)


def local_short_date(moment: dt.datetime) -> str:
    day = moment.astimezone().date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def stored(ctx: AppContext, person_id: uuid.UUID) -> PersonView:
    return ctx.intake.get_file(ctx.actor, person_id).person


@pytest.fixture
def person_id(ctx: AppContext) -> uuid.UUID:
    with ctx.store.read() as s:
        qredits = s.execute(sa.select(Partner.id).where(Partner.code == "qredits")).scalar_one()
    data = registration(
        "Joëlle",
        "Hendriks",
        email="joelle@example.nl",
        phone="06-12345678",
        enterprise={"trade_name": "Bakkerij Joëlle", "stage": "starting"},
    )
    data["consents"].append({"purpose": "share_with_partner", "text_version": "delen-1", "partner_id": str(qredits)})
    return ctx.intake.register(ctx.actor, data).person_id


def open_view(qtbot: QtBot, ctx: AppContext, person_id: uuid.UUID) -> PersonFileView:
    view = PersonFileView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    with qtbot.waitSignal(view.sig_loaded):
        view.open_person(person_id)
    return view


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, person_id: uuid.UUID) -> PersonFileView:
    return open_view(qtbot, ctx, person_id)


def timeline_row(view: PersonFileView, row: int) -> dict[str, str]:
    """One line of the timeline as the worker reads it on screen."""
    model = view.timeline.model()
    names = {
        TimelineModel.COL_DATE: "date",
        TimelineModel.COL_KIND: "kind",
        TimelineModel.COL_BY: "by",
        TimelineModel.COL_DETAILS: "details",
    }
    return {name: model.index(row, col).data() for col, name in names.items()}


def timeline_count(view: PersonFileView) -> int:
    return view.timeline.model().rowCount()


def start_editing(qtbot: QtBot, view: PersonFileView) -> None:
    qtbot.mouseClick(view.edit_button, LEFT)
    assert view.edit_box.isVisibleTo(view)


# -- reading -------------------------------------------------------------------------------------
def test_opening_a_file_shows_the_header_and_the_timeline(
    view: PersonFileView, clock: FakeClock, person_id: uuid.UUID
) -> None:
    assert view.person_id == person_id
    assert view.name_label.text() == "Joëlle Hendriks"
    assert view.enterprise_value.text() == "Bakkerij Joëlle"
    assert view.stage_value.text() == "starting"
    assert view.stadsdeel_value.text() == "Schalkwijk"
    assert view.postcode_value.text() == "2034 AB"
    assert view.phone_value.text() == "06 12345678"
    assert view.email_value.text() == "joelle@example.nl"
    assert view.registered_value.text() == local_short_date(clock.now)
    assert view.last_contact_value.text() == local_short_date(clock.now)
    consent = view.consent_label.text()
    assert "registration (registratie-2026-01)" in consent
    assert "sharing with Qredits" in consent
    assert view.consent_label.property("warning") is False

    assert timeline_count(view) == 1
    first = timeline_row(view, 0)
    assert first["date"] == short_date_time(clock.now)
    assert "Walk-in" in first["kind"]
    assert first["by"] == "Anna de Boer"
    assert "Business plan" in first["details"]
    assert "Wil een bakkerij beginnen" in first["details"]
    assert all(b.isEnabled() for b in (view.visit_button, view.note_button, view.edit_button))


def test_an_idea_without_registration_consent_is_flagged(qtbot: QtBot, ctx: AppContext, clock: FakeClock) -> None:
    pid = ctx.intake.register(ctx.actor, registration("Sem", "Visser")).person_id
    with ctx.store.write(ctx.actor) as s:  # the consent was withdrawn (no service for that yet)
        for consent in s.execute(sa.select(Consent).where(Consent.person_id == pid)).scalars():
            consent.withdrawn_at = clock.now
    view = open_view(qtbot, ctx, pid)
    assert view.enterprise_value.text() == "(idea)"
    assert view.consent_label.property("warning") is True
    assert "No active consent for registration" in view.consent_label.text()
    assert "#842029" in view.consent_label.styleSheet()


def test_the_timeline_model_reads_without_a_window(qapp: QApplication) -> None:
    at = dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.UTC)
    model = TimelineModel()
    model.set_items(
        [
            TimelineItem(
                "note", uuid.uuid4(), at, "Anna de Boer", text="Alleen voor mij", visibility=NoteVisibility.AUTHOR
            ),
            TimelineItem(
                "visit",
                uuid.uuid4(),
                at,
                None,
                channel=VisitChannel.PHONE,
                needs=("premises", "a_need_from_a_newer_desk"),
                text="Zoekt een werkplek",
            ),
        ]
    )
    assert model.rowCount() == 2
    assert model.columnCount() == 4
    assert model.text(0, TimelineModel.COL_KIND) == "Private note (only you)"
    assert model.index(0, TimelineModel.COL_KIND).data(Qt.ItemDataRole.FontRole).italic()
    assert model.text(1, TimelineModel.COL_KIND) == "Visit (Phone)"
    assert model.text(1, TimelineModel.COL_BY) == "—"
    assert model.text(1, TimelineModel.COL_DETAILS) == "Needs: Premises, a_need_from_a_newer_desk\nZoekt een werkplek"
    assert model.text(1, TimelineModel.COL_DATE) == short_date_time(at)


# -- visits and notes ----------------------------------------------------------------------------
def test_registering_a_visit_adds_it_and_moves_the_last_contact(
    qtbot: QtBot, view: PersonFileView, ctx: AppContext, clock: FakeClock
) -> None:
    registered = view.registered_value.text()
    clock.advance(days=2)
    with qtbot.waitSignals([view.sig_loaded, ctx.signals.sig_data_changed]):
        qtbot.mouseClick(view.visit_button, LEFT)
    assert timeline_count(view) == 2
    newest = timeline_row(view, 0)
    assert newest["date"] == short_date_time(clock.now)
    assert "Walk-in" in newest["kind"]
    assert view.last_contact_value.text() == local_short_date(clock.now)
    assert view.last_contact_value.text() != registered
    assert view.registered_value.text() == registered


def test_a_note_is_saved_and_shown_first_in_the_timeline(qtbot: QtBot, view: PersonFileView, clock: FakeClock) -> None:
    clock.advance(minutes=20)
    qtbot.mouseClick(view.note_button, LEFT)
    assert view.note_box.isVisibleTo(view)
    assert not view.note_save_button.isEnabled()
    type_text(view.note_edit, "Gesprek over het café; belt volgende week terug.")
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(view.note_save_button, LEFT)
    newest = timeline_row(view, 0)
    assert newest["kind"] == "Note"
    assert newest["details"] == "Gesprek over het café; belt volgende week terug."
    assert newest["by"] == "Anna de Boer"
    assert not view.note_box.isVisibleTo(view)
    assert view.note_edit.toPlainText() == ""


def test_a_private_note_is_marked_as_private(qtbot: QtBot, view: PersonFileView, clock: FakeClock) -> None:
    clock.advance(minutes=20)
    qtbot.mouseClick(view.note_button, LEFT)
    type_text(view.note_edit, "Zorgen over schulden, niet delen.")
    qtbot.mouseClick(view.private_check, LEFT)
    assert view.private_check.isChecked()
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(view.note_save_button, LEFT)
    newest = timeline_row(view, 0)
    assert "Private" in newest["kind"]
    assert newest["details"] == "Zorgen over schulden, niet delen."
    assert timeline_row(view, 1)["kind"] != newest["kind"]


def test_a_note_needs_text(qtbot: QtBot, view: PersonFileView) -> None:
    qtbot.mouseClick(view.note_button, LEFT)
    type_text(view.note_edit, "   ")
    assert not view.note_save_button.isEnabled()
    type_text(view.note_edit, "x")
    assert view.note_save_button.isEnabled()


def test_the_actions_have_keyboard_shortcuts(qtbot: QtBot, view: PersonFileView) -> None:
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    # A button's shortcut presses it visibly (animateClick): the click follows a moment later.
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(view.note_box.isVisible)
    assert view.focusWidget() is view.note_edit
    qtbot.keyClick(view, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(view.edit_box.isVisible)
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.keyClick(view, Qt.Key.Key_V, CTRL | SHIFT)
    assert timeline_count(view) == 2


# -- editing ----------------------------------------------------------------------------------------
def test_editing_the_family_name_saves_only_that_field(
    qtbot: QtBot, view: PersonFileView, ctx: AppContext, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[int, dict[str, Any]]] = []
    real_update = ctx.intake.update_person

    def spy(actor: Any, pid: uuid.UUID, base_version: int, data: dict[str, Any]) -> Any:
        sent.append((base_version, dict(data)))
        return real_update(actor, pid, base_version, data)

    monkeypatch.setattr(ctx.intake, "update_person", spy)
    start_editing(qtbot, view)
    replace_text(qtbot, view.edit_fields["family_name"], "Hendriks-Bénard")
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(view.edit_save_button, LEFT)
    assert sent == [(1, {"family_name": "Hendriks-Bénard"})]
    assert view.name_label.text() == "Joëlle Hendriks-Bénard"
    assert not view.edit_box.isVisibleTo(view)
    person = stored(ctx, person_id)
    assert (person.family_name, person.version, person.phone_e164) == ("Hendriks-Bénard", 2, "+31612345678")


def test_an_invalid_postcode_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, view: PersonFileView, ctx: AppContext, person_id: uuid.UUID
) -> None:
    start_editing(qtbot, view)
    replace_text(qtbot, view.edit_fields["family_name"], "Hendriks-Bénard")
    replace_text(qtbot, view.edit_fields["home_postcode"], "2034 SA")
    qtbot.mouseClick(view.edit_save_button, LEFT)
    error = view.field_errors["home_postcode"]
    qtbot.waitUntil(lambda: error.isVisibleTo(view))
    assert "SA" in error.text()
    assert not view.field_errors["family_name"].isVisibleTo(view)
    assert view.edit_fields["family_name"].text() == "Hendriks-Bénard"
    assert view.edit_fields["home_postcode"].text() == "2034 SA"
    assert view.edit_save_button.isEnabled()
    assert view.name_label.text() == "Joëlle Hendriks"
    assert stored(ctx, person_id).version == 1


def test_a_change_from_elsewhere_reloads_the_file(
    qtbot: QtBot, view: PersonFileView, ctx: AppContext, person_id: uuid.UUID
) -> None:
    _person, changes = ctx.intake.update_person(ctx.actor, person_id, 1, {"email": "joelle@bakkerij.nl"})
    with qtbot.waitSignal(view.sig_loaded):
        ctx.signals.announce(changes)
    assert view.email_value.text() == "joelle@bakkerij.nl"


def test_a_change_from_elsewhere_leaves_unsaved_input_alone(
    qtbot: QtBot, view: PersonFileView, ctx: AppContext, person_id: uuid.UUID
) -> None:
    start_editing(qtbot, view)
    replace_text(qtbot, view.edit_fields["family_name"], "Hendriks-Bénard")
    _person, changes = ctx.intake.update_person(ctx.actor, person_id, 1, {"family_name": "Jansen"})
    with qtbot.assertNotEmitted(view.sig_loaded, wait=200):
        ctx.signals.announce(changes)
    assert view.edit_fields["family_name"].text() == "Hendriks-Bénard"
    assert view.edit_notice.isVisibleTo(view)


# -- two desks ------------------------------------------------------------------------------------
@pytest.fixture
def stale_form(qtbot: QtBot, view: PersonFileView, ctx: AppContext, person_id: uuid.UUID) -> PersonFileView:
    """The worker changed the family name; meanwhile another desk changed it to "Jansen"."""
    start_editing(qtbot, view)
    replace_text(qtbot, view.edit_fields["family_name"], "Hendriks-Bénard")
    ctx.intake.update_person(ctx.actor, person_id, 1, {"family_name": "Jansen"})
    return view


def patch_exec(monkeypatch: pytest.MonkeyPatch, act: Any) -> list[ConflictDialog]:
    """Replace the blocking ``exec`` by one that shows the dialog and lets ``act`` click in it."""
    shown: list[ConflictDialog] = []

    def fake_exec(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        dialog.show()
        act(dialog)
        dialog.hide()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)
    return shown


def dialog_texts(dialog: ConflictDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_a_stale_edit_asks_and_saves_mine_when_chosen(
    qtbot: QtBot, stale_form: PersonFileView, ctx: AppContext, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def choose_mine(dialog: ConflictDialog) -> None:
        seen["fields"] = dialog.fields()
        seen["texts"] = dialog_texts(dialog)
        seen["save_enabled_before"] = dialog.save_button.isEnabled()
        qtbot.mouseClick(dialog.mine_button("family_name"), LEFT)
        qtbot.mouseClick(dialog.save_button, LEFT)

    shown = patch_exec(monkeypatch, choose_mine)
    with qtbot.waitSignal(stale_form.sig_loaded):
        qtbot.mouseClick(stale_form.edit_save_button, LEFT)
    assert len(shown) == 1
    assert seen["fields"] == ["family_name"]
    assert "Jansen" in seen["texts"]
    assert "Hendriks-Bénard" in seen["texts"]
    assert seen["save_enabled_before"] is False  # changed at both desks: no silent default
    person = stored(ctx, person_id)
    assert (person.family_name, person.version) == ("Hendriks-Bénard", 3)
    assert stale_form.name_label.text() == "Joëlle Hendriks-Bénard"
    assert not stale_form.edit_box.isVisibleTo(stale_form)


def test_a_stale_edit_keeps_theirs_when_chosen(
    qtbot: QtBot, stale_form: PersonFileView, ctx: AppContext, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    replace_text(qtbot, stale_form.edit_fields["email"], "joelle@bakkerij.nl")  # only changed at this desk

    def keep_theirs(dialog: ConflictDialog) -> None:
        assert dialog.mine_button("email").isChecked()
        qtbot.mouseClick(dialog.theirs_button("family_name"), LEFT)
        qtbot.mouseClick(dialog.save_button, LEFT)

    shown = patch_exec(monkeypatch, keep_theirs)
    with qtbot.waitSignal(stale_form.sig_loaded):
        qtbot.mouseClick(stale_form.edit_save_button, LEFT)
    assert len(shown) == 1
    person = stored(ctx, person_id)
    assert (person.family_name, person.email, person.version) == ("Jansen", "joelle@bakkerij.nl", 3)
    assert stale_form.name_label.text() == "Joëlle Jansen"


def test_cancelling_the_conflict_keeps_the_input_and_saves_nothing(
    qtbot: QtBot, stale_form: PersonFileView, ctx: AppContext, person_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = patch_exec(monkeypatch, lambda dialog: qtbot.mouseClick(dialog.cancel_button, LEFT))
    qtbot.mouseClick(stale_form.edit_save_button, LEFT)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert stale_form.edit_box.isVisibleTo(stale_form)
    assert stale_form.edit_fields["family_name"].text() == "Hendriks-Bénard"
    person = stored(ctx, person_id)
    assert (person.family_name, person.version) == ("Jansen", 2)


# -- leaving --------------------------------------------------------------------------------------
def test_escape_and_the_back_button_go_back_to_the_list(qtbot: QtBot, view: PersonFileView) -> None:
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    with qtbot.waitSignal(view.sig_closed):
        qtbot.keyClick(view.timeline, Qt.Key.Key_Escape)
    with qtbot.waitSignal(view.sig_closed):
        qtbot.mouseClick(view.back_button, LEFT)


def test_escape_does_not_throw_away_unsaved_input(qtbot: QtBot, view: PersonFileView) -> None:
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    start_editing(qtbot, view)
    replace_text(qtbot, view.edit_fields["family_name"], "Hendriks-Bénard")
    qtbot.mouseClick(view.note_button, LEFT)
    type_text(view.note_edit, "Half af")
    with qtbot.assertNotEmitted(view.sig_closed):
        qtbot.keyClick(view.note_edit, Qt.Key.Key_Escape)
        qtbot.keyClick(view.edit_fields["family_name"], Qt.Key.Key_Escape)
    assert view.note_box.isVisible()
    assert view.note_edit.toPlainText() == "Half af"
    assert view.edit_box.isVisible()
    assert view.edit_fields["family_name"].text() == "Hendriks-Bénard"
    assert view.has_unsaved_changes()


def test_escape_closes_an_untouched_form_first(qtbot: QtBot, view: PersonFileView) -> None:
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    start_editing(qtbot, view)
    with qtbot.assertNotEmitted(view.sig_closed):
        qtbot.keyClick(view.edit_fields["given_name"], Qt.Key.Key_Escape)
    assert not view.edit_box.isVisible()
    with qtbot.waitSignal(view.sig_closed):
        qtbot.keyClick(view.timeline, Qt.Key.Key_Escape)
