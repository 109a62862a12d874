"""Unexpected errors: logged in full, shown in the crash dialog with a report free of personal data."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.applog import LOG_FILE, setup_logging
from hubdesk.messages import error_text
from hubdesk.models.errors import UserFacingError
from hubdesk.views import crash_dialog
from hubdesk.views.context import AppContext
from hubdesk.views.crash_dialog import CrashDialog, crash_report, open_crash_dialog, short_file_name
from hubdesk.views.errors import CrashHandler
from hubdesk.views.main_window import MainWindow

NAME = "Fatima El Amrani"


def register_fatima() -> None:
    raise ValueError(f"no postcode for {NAME}")


@pytest.fixture
def log_file(app_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """hubdesk's log, as the application sets it up, in this test's data folder."""
    root = logging.getLogger("hubdesk")
    monkeypatch.setattr(root, "handlers", [])
    setup_logging()
    yield app_dirs / "logs" / LOG_FILE
    for handler in root.handlers:
        handler.close()


@pytest.fixture
def handler(qapp: QApplication, log_file: Path) -> Iterator[CrashHandler]:
    """The application's hooks, installed in the test itself: pytest-qt sets its own
    ``sys.excepthook`` for each phase of a test, and restores it afterwards."""
    installed = CrashHandler()
    installed.install()
    yield installed
    installed.uninstall()
    dialog = open_crash_dialog()
    if dialog is not None:
        dialog.close()
    installed.deleteLater()


def shown_dialog(qtbot: QtBot) -> CrashDialog:
    qtbot.waitUntil(lambda: open_crash_dialog() is not None)
    dialog = open_crash_dialog()
    assert dialog is not None
    if dialog.parent() is None:  # else it goes with its window
        qtbot.addWidget(dialog)
    return dialog


def assert_no_personal_data(report: str) -> None:
    for word in ("Fatima", "Amrani", "postcode", "no postcode"):
        assert word not in report


def test_an_error_in_a_slot_shows_the_crash_dialog_with_a_report_without_personal_data(
    qtbot: QtBot, handler: CrashHandler
) -> None:
    QTimer.singleShot(0, register_fatima)
    dialog = shown_dialog(qtbot)
    assert dialog.isVisible()
    assert dialog.isModal()
    report = dialog.report_edit.toPlainText()
    assert report == dialog.report
    assert dialog.report_edit.isReadOnly()
    assert "error: ValueError" in report
    assert "  test_crash_dialog.py:" in report  # outside the packages: the file's name only
    assert " in register_fatima" in report
    for line in ("hubdesk: 0.", "python: 3.", "qt: 6.", "os: "):
        assert f"\n{line}" in report
    assert_no_personal_data(report)


def test_the_log_file_has_the_full_traceback(qtbot: QtBot, handler: CrashHandler, log_file: Path) -> None:
    QTimer.singleShot(0, register_fatima)
    dialog = shown_dialog(qtbot)
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in text
    assert "Traceback (most recent call last)" in text
    assert "register_fatima" in text
    assert "ValueError" in text
    assert str(log_file) in dialog.report  # the report says where the details are
    assert str(log_file) in dialog.log_label.text()


def test_copy_puts_the_report_on_the_clipboard(qtbot: QtBot, handler: CrashHandler) -> None:
    QTimer.singleShot(0, register_fatima)
    dialog = shown_dialog(qtbot)
    QApplication.clipboard().clear()
    with qtbot.waitSignal(dialog.sig_copied):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.report
    assert dialog.copied_label.text()


def test_an_error_in_another_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, handler: CrashHandler, log_file: Path
) -> None:
    thread = threading.Thread(target=register_fatima, name="exchange-reader")
    thread.start()
    thread.join()
    dialog = shown_dialog(qtbot)
    assert "thread: exchange-reader" in dialog.report
    assert " in register_fatima" in dialog.report
    assert_no_personal_data(dialog.report)
    assert "Traceback (most recent call last)" in log_file.read_text(encoding="utf-8")


def test_a_second_error_while_the_dialog_is_open_is_only_logged(
    qtbot: QtBot, handler: CrashHandler, log_file: Path
) -> None:
    QTimer.singleShot(0, register_fatima)
    first = shown_dialog(qtbot)
    QTimer.singleShot(0, register_fatima)
    qtbot.waitUntil(lambda: log_file.read_text(encoding="utf-8").count("Traceback") == 2)
    assert open_crash_dialog() is first
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]) == 1


def test_a_user_facing_error_still_gets_the_calm_message(
    qtbot: QtBot, handler: CrashHandler, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))

    error = UserFacingError("store.disk_full", path="/data/hubdesk.sqlite")

    def save() -> None:
        raise error

    QTimer.singleShot(0, save)
    qtbot.waitUntil(lambda: bool(warned))
    assert warned == [error_text(error, "nl")]  # "De schijf is vol; ..."
    assert open_crash_dialog() is None


def test_an_operation_that_fails_without_a_handler_shows_the_crash_dialog(
    qtbot: QtBot, ctx: AppContext, log_file: Path
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def look_up_fatima() -> None:
        raise KeyError(NAME)

    ctx.runner.submit(look_up_fatima)
    dialog = shown_dialog(qtbot)
    assert dialog.parent() is window
    assert "error: KeyError" in dialog.report
    assert " in look_up_fatima" in dialog.report  # the frames' locals were cleared, not their names
    assert_no_personal_data(dialog.report)
    assert "look_up_fatima" in log_file.read_text(encoding="utf-8")


def test_an_operation_that_fails_with_a_user_facing_error_gets_the_message(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[QWidget | None] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, _title, _text: warned.append(parent))
    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def save() -> None:
        raise UserFacingError("store.locked", path="x")

    ctx.runner.submit(save)
    qtbot.waitUntil(lambda: bool(warned))
    assert warned == [window]
    assert open_crash_dialog() is None


def test_the_report_follows_the_cause_and_keeps_only_short_file_names(qapp: QApplication) -> None:
    try:
        try:
            register_fatima()
        except ValueError as exc:
            raise RuntimeError(f"saving {NAME} failed") from exc
    except RuntimeError as exc:
        report = crash_report(exc)
    assert "error: RuntimeError" in report
    assert "caused by: ValueError" in report
    assert report.index("caused by") < report.rindex("in register_fatima")
    assert_no_personal_data(report)
    assert str(Path(__file__).parent) not in report


@pytest.mark.parametrize(
    ("path", "short"),
    [
        ("/home/jan.devries/src/hubdesk/hubdesk/views/x.py", "hubdesk/views/x.py"),
        ("/usr/lib/python3/site-packages/sqlalchemy/orm/session.py", "sqlalchemy/orm/session.py"),
        (r"C:\Users\Jan de Vries\AppData\Local\Programs\hubdesk\_internal\hubdesk\app.py", "hubdesk/app.py"),
        ("/home/jan/somewhere/else.py", "else.py"),
        ("<frozen importlib._bootstrap>", "<frozen importlib._bootstrap>"),
    ],
)
def test_file_names_lose_the_folders_that_can_name_the_user(path: str, short: str) -> None:
    assert short_file_name(path) == short


def test_the_dialog_is_translated(qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtCore import QTranslator

    from hubdesk.resources import resource_path

    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "hubdesk_nl.qm")))
    qapp.installTranslator(translator)
    try:
        dialog = CrashDialog("report", Path("hubdesk.log"))
        qtbot.addWidget(dialog)
        assert dialog.copy_button.text() == "&Rapport kopiëren"
        assert "veilig" in dialog.explanation.text()
    finally:
        qapp.removeTranslator(translator)


def test_show_crash_keeps_a_parentless_dialog_alive_until_closed(qtbot: QtBot, qapp: QApplication) -> None:
    dialog = crash_dialog.show_crash(None, ValueError(NAME))
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert open_crash_dialog() is dialog
    dialog.reject()
    assert open_crash_dialog() is None


def test_the_log_file_is_named_from_the_home_folder() -> None:
    home = Path("/home/jan.devries")
    assert crash_dialog.without_home(home / ".local/share/hubdesk/logs/hubdesk.log", home) == str(
        Path("~/.local/share/hubdesk/logs/hubdesk.log")
    )
    assert crash_dialog.without_home(Path("/srv/hubdesk/logs/hubdesk.log"), home) == str(
        Path("/srv/hubdesk/logs/hubdesk.log")
    )
