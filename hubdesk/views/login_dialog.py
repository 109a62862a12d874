"""Logging in: the dialog at start, and the user name + password form it shares with the lock screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.errors import UserFacingError
from hubdesk.services.auth import DEMO_PASSWORD
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.tasks import TaskRunner

ERROR_STYLE = "QLabel { color: #842029; background: #f8d7da; padding: 6px; border-radius: 3px; }"
HINT_STYLE = "QLabel { background: #fff3cd; color: #664d03; padding: 6px; border-radius: 3px; }"

Attempt = Callable[[str, str], Any]
"""Runs on the database thread with the user name and password: the session, or a
``UserFacingError`` (``login.failed``, ``login.wait``, ``login.locked`` ...)."""


class CredentialsForm(QWidget):
    """User name, password, a message line and the button; keyboard first (Enter submits).

    The answer to a wrong password never says whether the user name exists: it is the
    service's one sentence for both (``login.failed``).

    Signals:
        sig_submitted(str, str): user name and password, when both are filled in.
    """

    sig_submitted = Signal(str, str)

    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username_edit = QLineEdit()
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.username_edit.setMaxLength(60)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setMaxLength(200)
        self.message_label = QLabel()
        self.message_label.setObjectName("loginMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()
        self.submit_button = QPushButton(button_text)
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&User name"), self.username_edit)
        self.form.addRow(self.tr("&Password"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.submit_button)
        layout.addLayout(self.buttons)

        self.submit_button.clicked.connect(self._on_submit)
        self.username_edit.returnPressed.connect(self._on_username_return)
        self.password_edit.returnPressed.connect(self._on_submit)

    def set_username_shown(self, shown: bool) -> None:
        self.form.setRowVisible(self.username_edit, shown)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.username_edit, self.password_edit, self.submit_button):
            widget.setEnabled(not busy)
        if not busy:
            self.focus_first_empty()

    def focus_first_empty(self) -> None:
        if self.form.isRowVisible(self.username_edit) and not self.username_edit.text().strip():
            self.username_edit.setFocus()
        else:
            self.password_edit.setFocus()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def show_failure(self, error: BaseException) -> bool:
        """Show a login error in the form (True), or leave it to the caller (False)."""
        if not isinstance(error, UserFacingError):
            return False
        self.password_edit.clear()
        self.show_message(error_text(error, ui_language()))
        return True

    @Slot()
    def _on_username_return(self) -> None:
        self.password_edit.setFocus()

    @Slot()
    def _on_submit(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username and self.form.isRowVisible(self.username_edit):
            self.show_message(self.tr("Fill in your user name."))
            self.username_edit.setFocus()
            return
        if not password:
            self.show_message(self.tr("Fill in your password."))
            self.password_edit.setFocus()
            return
        self.sig_submitted.emit(username, password)


class LoginDialog(QDialog):
    """The login at start: who is at the desk. ``result_value`` holds what the attempt
    returned once the dialog is accepted.

    ``sandbox``: a practice database, whose workers all have the demo password; only then
    does the dialog show it (with a few user names to try). ``no_passwords``: nobody can log
    in yet; the dialog says how to give a worker a password.

    Signals:
        sig_failed(str): a login was refused; the message shown.
    """

    sig_failed = Signal(str)

    def __init__(
        self,
        attempt: Attempt,
        runner: TaskRunner,
        *,
        hub_name: str = "",
        sandbox: bool = False,
        demo_users: list[str] | None = None,
        username: str = "",
        no_passwords: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self._runner = runner
        self.result_value: Any = None
        self.setWindowTitle(self.tr("hubdesk – log in"))
        self.setMinimumWidth(460)

        title = QLabel(self.tr("Log in to hubdesk"))
        title.setStyleSheet("QLabel { font-size: 15pt; font-weight: bold; }")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if hub_name:
            layout.addWidget(QLabel(hub_name))
        self.hint_label: QLabel | None = None
        if sandbox:
            users = ", ".join(demo_users or [])
            shown = f"<nobr><b>{DEMO_PASSWORD}</b></nobr>"
            text = self.tr("Practice database: every worker's password is %1.").replace("%1", shown)
            if users:
                text += "<br>" + self.tr("User names, for example: %1").replace("%1", users)
            self.hint_label = QLabel(text)
            self.hint_label.setTextFormat(Qt.TextFormat.RichText)
            self.hint_label.setObjectName("demoHint")
            self.hint_label.setWordWrap(True)
            self.hint_label.setStyleSheet(HINT_STYLE)
            self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.hint_label)
        if no_passwords:
            notice = QLabel(
                self.tr(
                    "No worker of this hub has a password yet (a database from before logins). "
                    "Give one at the command line: hubdesk password --db FILE --username NAME"
                )
            )
            notice.setObjectName("noPasswordsNotice")
            notice.setWordWrap(True)
            notice.setStyleSheet(HINT_STYLE)
            notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(notice)
        self.form = CredentialsForm(self.tr("Log in"))
        self.form.username_edit.setText(username)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)
        self.form.buttons.insertWidget(0, self.quit_button)
        layout.addWidget(self.form)

        self.form.sig_submitted.connect(self._on_form_submitted)
        self.quit_button.clicked.connect(self.reject)
        self.form.focus_first_empty()

    @Slot(str, str)
    def _on_form_submitted(self, username: str, password: str) -> None:
        self.form.set_busy(True)
        self.form.show_message("")
        attempt = self._attempt
        self._runner.submit(lambda: attempt(username, password), self._on_success, self._on_failure, owner=self)

    def _on_success(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def _on_failure(self, error: BaseException) -> None:
        self.form.set_busy(False)
        if self.form.show_failure(error):
            self.sig_failed.emit(self.form.message_label.text())
        else:
            show_error(self, error)
