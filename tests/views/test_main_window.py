"""The main window and the first start."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import Stadsdeel
from hubdesk.views.context import AppContext
from hubdesk.views.first_run import FirstRunDialog
from hubdesk.views.main_window import MainWindow


def test_the_status_bar_names_worker_hub_and_desk(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "Anna de Boer" in window.worker_label.text()
    assert "Cityhub Schalkwijk" in window.hub_label.text()
    assert str(ctx.store.node_id)[:8] in window.node_label.text()
    assert window.findChild(type(window.worker_label), "sandboxLabel") is None


def test_a_practice_database_is_marked_as_such(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert window.findChild(type(window.worker_label), "sandboxLabel") is not None


def test_only_sections_that_exist_are_in_the_navigation(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.nav.count() == window.stack.count()
    assert window.stack.currentWidget() is window.entrepreneur_pages
    assert window.entrepreneur_pages.currentWidget() is window.entrepreneurs


def test_choosing_an_entrepreneur_asks_for_the_file(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.entrepreneurs.model.rowCount() > 0)
    with qtbot.waitSignal(window.sig_person_opened) as opened:
        window.entrepreneurs.table.activated.emit(window.entrepreneurs.model.index(0, 0))
    assert isinstance(opened.args[0], uuid.UUID)


def test_set_up_needs_hub_name_worker_and_user_name(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert not dialog.setup_button.isEnabled()
    qtbot.keyClicks(dialog.hub_edit, "Cityhub Noord")
    qtbot.keyClicks(dialog.name_edit, "Karim Benali")
    assert not dialog.setup_button.isEnabled()
    qtbot.keyClicks(dialog.username_edit, "karim")
    assert not dialog.setup_button.isEnabled()  # the first worker's password, twice
    qtbot.keyClicks(dialog.password_edit, "de eerste van noord")
    qtbot.keyClicks(dialog.repeat_edit, "de eerste van nord")
    assert dialog.setup_button.isEnabled()
    dialog.stadsdeel_combo.setCurrentIndex(dialog.stadsdeel_combo.findData(Stadsdeel.NOORD))
    with qtbot.assertNotEmitted(dialog.sig_choice_made):
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert "niet gelijk" in dialog.setup_message.text()  # the two differ: typed again
    assert dialog.repeat_edit.text() == ""
    qtbot.keyClicks(dialog.repeat_edit, "de eerste van noord")
    with qtbot.waitSignal(dialog.sig_choice_made) as chosen:
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert chosen.args == ["setup"]
    values = dialog.setup_values()
    assert (values.hub, values.stadsdeel, values.desk, values.worker, values.username, values.password) == (
        "Cityhub Noord",
        Stadsdeel.NOORD,
        "Desk 1",
        "Karim Benali",
        "karim",
        "de eerste van noord",
    )
    dialog.desk_edit.clear()
    assert not dialog.setup_button.isEnabled()


def test_practising_is_one_click(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "demo"
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted


def test_ctrl_n_starts_an_intake_and_ctrl_f_returns_to_the_search(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.entrepreneurs.table.setFocus()
    qtbot.keyClick(window.entrepreneurs.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.entrepreneur_pages.currentWidget() is window.intake
    assert window.focusWidget() is window.intake.given_edit
    qtbot.keyClick(window.intake.given_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.entrepreneur_pages.currentWidget() is window.entrepreneurs
    assert window.focusWidget() is window.entrepreneurs.search_edit


def test_a_registration_opens_the_new_file_and_escape_returns_to_the_list(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start_intake()
    window.intake.given_edit.setText("Sanne")
    window.intake.family_edit.setText("de Vries")
    window.intake.consent_check.setChecked(True)
    with qtbot.waitSignal(window.person_file.sig_loaded, timeout=5000):
        window.intake.save_button.click()
    assert window.entrepreneur_pages.currentWidget() is window.person_file
    file = window.person_file.file
    assert file is not None
    assert file.person.name == "Sanne de Vries"
    window.person_file.sig_closed.emit()
    assert window.entrepreneur_pages.currentWidget() is window.entrepreneurs
    qtbot.waitUntil(lambda: window.entrepreneurs.model.rowCount() == 1)  # the list shows the newcomer


def test_choosing_an_existing_person_in_the_intake_registers_a_visit_in_their_file(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from hubdesk.services.intake import IntakeService
    from tests.services.helpers import registration

    existing = IntakeService(ctx.store).register(ctx.actor, registration("Fatima", "El Amrani")).person_id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start_intake()
    with qtbot.waitSignal(window.person_file.sig_loaded, timeout=5000):
        window.intake.sig_existing_chosen.emit(existing, {"channel": "walk_in", "needs": ["network"], "summary": ""})
    file = window.person_file.file
    assert file is not None
    assert file.person.id == existing
    assert [t.kind for t in file.timeline].count("visit") == 2


def test_a_note_written_at_another_screen_appears_in_the_open_file(qtbot: QtBot, ctx: AppContext) -> None:
    from hubdesk.services.intake import IntakeService
    from tests.services.helpers import registration

    intake = IntakeService(ctx.store)
    pid = intake.register(ctx.actor, registration("Fatima", "El Amrani")).person_id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.person_file.sig_loaded, timeout=5000):
        window.open_person(pid)
    with qtbot.waitSignal(window.person_file.sig_loaded, timeout=5000):
        ctx.signals.announce(intake.add_note(ctx.actor, pid, {"text": "Gebeld met Qredits"}))
    file = window.person_file.file
    assert file is not None
    assert [t.text for t in file.timeline if t.kind == "note"] == ["Gebeld met Qredits"]


def test_set_up_refuses_a_weak_first_password(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    for edit, text in ((dialog.hub_edit, "Cityhub Noord"), (dialog.name_edit, "Karim"), (dialog.username_edit, "karim"),
                       (dialog.password_edit, "kort"), (dialog.repeat_edit, "kort")):  # fmt: skip
        qtbot.keyClicks(edit, text)
    with qtbot.assertNotEmitted(dialog.sig_choice_made):
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert "minstens 10 tekens" in dialog.setup_message.text()
