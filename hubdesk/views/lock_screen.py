"""The lock screen: after a while without input (or on request) it covers the window so
that no personal data shows; the same worker unlocks with their password, or another
worker logs in instead (switch user).

:class:`IdleWatcher` notices the idle time (keyboard and mouse input anywhere in the
application); the main window owns both (``MainWindow.lock``).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from hubdesk.services.auth import LoginSession
from hubdesk.views.context import AppContext
from hubdesk.views.login_dialog import CredentialsForm

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
PANEL_STYLE = "#lockPanel { background: palette(window); border-radius: 6px; } #lockPanel QLabel { color: black; }"
COVER_STYLE = "#lockCover { background: #1f2a37; } #lockCover QLabel { color: #e9ecef; }"


class IdleWatcher(QObject):
    """Emits ``sig_idle`` once after ``idle_ms`` without keyboard or mouse input.

    Input only stamps the time (cheap on every mouse move); a timer checks now and then.
    ``pause()`` while locked, ``resume()`` after.
    """

    sig_idle = Signal()

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle_ms = idle_ms
        self._last_input = time.monotonic()
        self._paused = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.set_idle_ms(idle_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def set_idle_ms(self, idle_ms: int) -> None:
        self._idle_ms = idle_ms
        self._timer.setInterval(max(50, min(idle_ms // 4, 5000)))
        self._last_input = time.monotonic()
        if idle_ms > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def pause(self) -> None:
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        self._last_input = time.monotonic()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._paused or self._idle_ms <= 0:
            return
        if (time.monotonic() - self._last_input) * 1000 >= self._idle_ms:
            self._paused = True
            self.sig_idle.emit()


class Cover(QFrame):
    """An opaque cover over a window while the desk is locked (no form on it)."""

    def __init__(self, host: QWidget, text: str = "") -> None:
        super().__init__(host)
        self.setObjectName("lockCover")
        self.setStyleSheet(COVER_STYLE)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        label = QLabel(text or self.tr("Locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self._host = host
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False


class LockScreen(Cover):
    """The cover with a small form: the locked worker's password (Enter unlocks), or
    "Another worker" for user name + password.

    Signals:
        sig_unlocked(): the same worker gave their password.
        sig_switched(object): another worker logged in; their ``auth.LoginSession``.
    """

    sig_unlocked = Signal()
    sig_switched = Signal(object)

    def __init__(self, host: QWidget, ctx: AppContext, *, switching: bool = False) -> None:
        super().__init__(host, " ")
        self._ctx = ctx
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setStyleSheet(PANEL_STYLE)
        panel.setFixedWidth(420)
        self.title_label = QLabel()
        self.title_label.setStyleSheet("QLabel { font-size: 14pt; font-weight: bold; }")
        self.title_label.setWordWrap(True)
        self.form = CredentialsForm(self.tr("Unlock"))
        self.switch_button = QPushButton(self.tr("Another worker…"))
        self.switch_button.setAutoDefault(False)
        self.form.buttons.insertWidget(0, self.switch_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(20, 20, 20, 20)
        inner.setSpacing(12)
        inner.addWidget(self.title_label)
        self.hint_label = QLabel(self.tr("The screen was locked to keep personal data private."))
        self.hint_label.setWordWrap(True)
        inner.addWidget(self.hint_label)
        inner.addWidget(self.form)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        while outer.count():  # the Cover's label gives way to the panel
            item = outer.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.form.sig_submitted.connect(self._on_form_submitted)
        self.switch_button.clicked.connect(self._on_switch_button_clicked)
        self.set_switching(switching)

    @property
    def switching(self) -> bool:
        return self.form.form.isRowVisible(self.form.username_edit)

    def set_switching(self, switching: bool) -> None:
        """Unlock as the locked worker (only the password), or log in as someone else."""
        if switching:
            self.title_label.setText(self.tr("Log in as another worker"))
            self.form.username_edit.clear()
        else:
            self.title_label.setText(self.tr("Locked – %1").replace("%1", self._ctx.worker_name))
        self.hint_label.setVisible(not switching)
        self.form.set_username_shown(switching)
        self.switch_button.setVisible(not switching)
        self.form.submit_button.setText(self.tr("Log in") if switching else self.tr("Unlock"))
        self.form.password_edit.clear()
        self.form.show_message("")
        self.form.focus_first_empty()

    @Slot()
    def _on_switch_button_clicked(self) -> None:
        self.set_switching(True)

    @Slot(str, str)
    def _on_form_submitted(self, username: str, password: str) -> None:
        ctx = self._ctx
        self.form.set_busy(True)
        self.form.show_message("")
        if self.switching:
            work = lambda: ctx.auth.log_in(username, password)  # noqa: E731
        else:
            work = lambda: ctx.auth.log_in_as(ctx.actor, password)  # noqa: E731
        ctx.runner.submit(work, self._on_logged_in, self._on_failed, owner=self)

    def _on_logged_in(self, session: LoginSession) -> None:
        self.form.set_busy(False)
        self.form.password_edit.clear()
        if session.actor == self._ctx.actor:
            self.sig_unlocked.emit()
        else:
            self.sig_switched.emit(session)

    def _on_failed(self, error: BaseException) -> None:
        self.form.set_busy(False)
        if not self.form.show_failure(error):
            self.form.show_message(self.tr("Something went wrong; try again."))
            self._ctx.runner.sig_unhandled_error.emit(error)
