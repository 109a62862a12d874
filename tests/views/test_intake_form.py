"""Registering a walk-in at the desk, by keyboard."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import ConsentPurpose, Stadsdeel
from hubdesk.models.people import Person
from hubdesk.services.intake import IntakeService
from hubdesk.views.context import AppContext
from hubdesk.views.intake_form import IntakeForm
from tests.services.helpers import registration
from tests.views.keys import Keyboard

# A practised worker types about five keys a second: 60 seconds is 300 keys.
KEYS_IN_A_MINUTE = 300


@pytest.fixture
def form(qtbot: QtBot, ctx: AppContext) -> IntakeForm:
    f = IntakeForm(ctx)
    qtbot.addWidget(f)
    f.resize(1200, 900)
    with qtbot.waitActive(f):
        f.show()
        f.activateWindow()
    f.given_edit.setFocus()
    return f


def _persons(ctx: AppContext) -> list[Person]:
    with ctx.store.read() as s:
        return list(s.execute(sa.select(Person)).scalars())


def test_a_walk_in_is_registered_by_keyboard_alone_within_a_minute(
    qtbot: QtBot, form: IntakeForm, ctx: AppContext
) -> None:
    keys = Keyboard()
    keys.type("Joëlle")  # given name
    keys.tab()
    keys.tab()  # no particle
    keys.type("Hendriks-Bénard")
    keys.tab()
    keys.type("06 1234 5678")
    keys.tab()
    keys.type("joelle@example.nl")
    keys.tab()
    keys.type("2034ab")
    keys.tab(4)  # stadsdeel (derived), year of birth, language
    keys.press(Qt.Key.Key_Down)  # stage: starting
    keys.tab()
    keys.type("Bakkerij Joëlle")
    keys.tab(3)  # KVK number, legal form: not yet
    keys.press(Qt.Key.Key_Down, times=4)  # needs: the fifth is "Business plan"
    keys.press(Qt.Key.Key_Space)
    keys.tab()
    keys.type("Wil een bakkerij beginnen in Schalkwijk")
    keys.tab()
    keys.press(Qt.Key.Key_Space)  # consent to registration
    with qtbot.waitSignal(form.sig_registered, timeout=5000) as registered:
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert keys.count <= KEYS_IN_A_MINUTE
    file = IntakeService(ctx.store).get_file(ctx.actor, registered.args[0])
    assert file.person.name == "Joëlle Hendriks-Bénard"
    assert file.person.phone_e164 == "+31612345678"
    assert file.person.stadsdeel is Stadsdeel.SCHALKWIJK
    assert file.enterprises[0].trade_name == "Bakkerij Joëlle"
    assert file.enterprises[0].stage.value == "starting"
    assert file.timeline[0].needs == ("business_plan",)
    assert file.timeline[0].text == "Wil een bakkerij beginnen in Schalkwijk"
    assert [c.purpose for c in file.consents] == [ConsentPurpose.REGISTRATION]
    assert form.given_edit.text() == ""  # ready for the next walk-in


def test_a_wrong_postcode_is_marked_while_typing(qtbot: QtBot, form: IntakeForm) -> None:
    form.postcode_edit.setFocus()
    Keyboard().type("2034 SA")
    error = form._errors["home_postcode"]
    assert error.isVisible()
    assert "SA" in error.text()
    form.postcode_edit.clear()
    Keyboard().type("2034 SB")
    assert not error.isVisible()
    assert form.stadsdeel_combo.currentData() == Stadsdeel.SCHALKWIJK.value


def test_saving_an_invalid_form_marks_the_fields_and_keeps_the_input(
    qtbot: QtBot, form: IntakeForm, ctx: AppContext
) -> None:
    keys = Keyboard()
    keys.type("Jan")
    form.phone_edit.setFocus()
    keys.type("0612")
    form.save_button.click()
    qtbot.waitUntil(lambda: form._errors["family_name"].isVisible())
    assert form._errors["phone"].isVisible()
    assert form._errors["consents"].isVisible()
    assert form.given_edit.text() == "Jan"
    assert form.phone_edit.text() == "0612"
    assert _persons(ctx) == []


def test_a_known_person_is_suggested_while_typing_and_can_be_chosen(
    qtbot: QtBot, form: IntakeForm, ctx: AppContext
) -> None:
    existing = IntakeService(ctx.store).register(ctx.actor, registration("Fatima", "El Amrani", postcode="2034 AB"))
    keys = Keyboard()
    keys.type("Fatma")
    form.family_edit.setFocus()
    with qtbot.waitSignal(form.sig_duplicates_shown, check_params_cb=lambda n: n == 1, timeout=5000):
        keys.type("Elamrani")
        form.postcode_edit.setFocus()
        keys.type("2035 CD")
    assert "Fatima El Amrani" in form.duplicates_list.item(0).text()
    assert "Schalkwijk" in form.duplicates_list.item(0).text()
    with qtbot.waitSignal(form.sig_existing_chosen) as chosen:
        form.use_existing_button.click()
    assert chosen.args[0] == existing.person_id
    assert len(_persons(ctx)) == 1


def test_registering_a_probable_duplicate_asks_first_and_then_allows_it(
    qtbot: QtBot, form: IntakeForm, ctx: AppContext
) -> None:
    IntakeService(ctx.store).register(ctx.actor, registration("Jan", "Jansen", postcode="2034 AB"))
    form.given_edit.setText("Jan")
    form.family_edit.setText("Jansen")
    form.postcode_edit.setText("2034 AB")
    form.consent_check.setChecked(True)
    form.save_button.click()
    qtbot.waitUntil(form.confirm_new_button.isVisible)
    assert len(_persons(ctx)) == 1
    with qtbot.waitSignal(form.sig_registered, timeout=5000) as registered:
        form.confirm_new_button.click()
    assert isinstance(registered.args[0], uuid.UUID)
    assert len(_persons(ctx)) == 2


def test_escape_leaves_the_form(qtbot: QtBot, form: IntakeForm) -> None:
    with qtbot.waitSignal(form.sig_cancelled):
        qtbot.keyClick(form.given_edit, Qt.Key.Key_Escape)
