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
    assert window.stack.currentWidget() is window.entrepreneurs


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
    assert dialog.setup_button.isEnabled()
    dialog.stadsdeel_combo.setCurrentIndex(dialog.stadsdeel_combo.findData(Stadsdeel.NOORD))
    with qtbot.waitSignal(dialog.sig_choice_made) as chosen:
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert chosen.args == ["setup"]
    assert dialog.setup_values() == ("Cityhub Noord", Stadsdeel.NOORD, "Karim Benali", "karim")


def test_practising_is_one_click(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "demo"
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
