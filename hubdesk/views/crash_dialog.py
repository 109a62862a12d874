"""An unexpected error, as the person at the desk sees it: a calm dialog with a report.

The report is meant to be copied into an e-mail to the coordinator or the help desk,
so it holds **no personal data**: the versions of hubdesk, Python, Qt and the operating
system, the exception's type and, for each frame of the traceback, only the file name,
line number and function name. Never the exception's message or local values (a
message can hold a name: "no postcode for Fatima El Amrani"), never a full path (it
holds the user's name: the log file's folder is written from ``~``). The full details are
in the log file, which the report names.
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from pathlib import Path, PurePath
from types import TracebackType

import PySide6
import shiboken6
from PySide6.QtCore import Qt, Signal, Slot, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk import __version__
from hubdesk.applog import current_log_file

log = logging.getLogger(__name__)

MAX_CHAINED = 5
"""How many causes ("raised from", "during handling of") the report follows."""
_PACKAGE_DIRS = ("site-packages", "dist-packages")


def short_file_name(filename: str) -> str:
    """A traceback's file name without the folders above the package (they can name the user).

    ``/home/jan/hubdesk/hubdesk/views/x.py`` becomes ``hubdesk/views/x.py``;
    ``.../site-packages/sqlalchemy/orm/session.py`` becomes ``sqlalchemy/orm/session.py``;
    anything else keeps only its last part.
    """
    parts = PurePath(filename.replace("\\", "/")).parts
    for marker in _PACKAGE_DIRS:
        if marker in parts:
            index = len(parts) - 1 - parts[::-1].index(marker)
            return "/".join(parts[index + 1 :])
    if "hubdesk" in parts[:-1]:
        index = len(parts) - 2 - parts[-2::-1].index("hubdesk")
        return "/".join(parts[index:])
    return parts[-1] if parts else filename


def _type_name(error: BaseException) -> str:
    kind = type(error)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def _frames(tb: TracebackType | None) -> list[str]:
    return [
        f"  {short_file_name(frame.filename)}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(tb)  # line text is not looked up: lookup_lines is lazy
    ]


def crash_report(error: BaseException, *, thread: str | None = None, now: dt.datetime | None = None) -> str:
    """The report for ``error`` (see the module's docstring for what it may hold)."""
    frozen = getattr(sys, "frozen", False)
    app = QGuiApplication.instance()
    lines = [
        "hubdesk error report",
        f"hubdesk: {__version__} ({'installed build' if frozen else 'from source'})",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"qt: {qVersion()}, PySide6 {PySide6.__version__}"
        + (f", platform {QGuiApplication.platformName()}" if app is not None else ""),
        f"os: {platform.platform()}",
        f"time: {(now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec='seconds')}",
    ]
    if thread:
        lines.append(f"thread: {thread}")
    lines.append(f"error: {_type_name(error)}")
    lines.append("traceback (most recent call last):")
    lines.extend(_frames(error.__traceback__))
    seen = {id(error)}
    current = error
    for _ in range(MAX_CHAINED):
        cause = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if cause is None or id(cause) in seen:
            break
        seen.add(id(cause))
        lines.append(f"caused by: {_type_name(cause)}")
        lines.extend(_frames(cause.__traceback__))
        current = cause
    lines.append(f"log: {without_home(current_log_file())}")
    return "\n".join(lines)


def without_home(path: Path, home: Path | None = None) -> str:
    """``path`` with the home folder written as ``~`` (the folder's name is often the user's)."""
    try:
        return str(PurePath("~") / path.relative_to(home or Path.home()))
    except (ValueError, RuntimeError):  # elsewhere, or no home folder known
        return str(path)


class CrashDialog(QDialog):
    """Says that something went wrong and that the saved work is safe, with the report.

    Signals:
        sig_copied(): the report was put on the clipboard.
    """

    sig_copied = Signal()

    def __init__(self, report: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("hubdesk – something went wrong"))
        self.resize(620, 440)

        headline = QLabel(self.tr("Something went wrong in hubdesk."))
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        self.explanation = QLabel(
            self.tr(
                "The work you saved so far is safe. What you were doing at this moment may not have been "
                "saved: please check it. If this happens again, copy the report below and send it to your "
                "coordinator or the help desk. The report holds no personal data."
            )
        )
        self.explanation.setWordWrap(True)
        self.report_edit = QPlainTextEdit(report)
        self.report_edit.setReadOnly(True)
        self.report_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report_edit.setAccessibleName(self.tr("Error report"))
        self.log_label = QLabel(self.tr("The full details are in the log file: %1").replace("%1", str(log_file)))
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copied_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(self.explanation)
        layout.addWidget(self.report_edit, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(self.copied_label)
        layout.addWidget(self.buttons)

        self._connect_signals()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copied_label.setText(self.tr("The report is on the clipboard."))
        self.sig_copied.emit()


_open_dialogs: list[CrashDialog] = []
"""Dialogs without a parent are kept alive here until they are closed."""


def open_crash_dialog() -> CrashDialog | None:
    """The crash dialog on screen, if there is one."""
    _open_dialogs[:] = [d for d in _open_dialogs if shiboken6.isValid(d)]  # gone with their parent window
    return next((d for d in _open_dialogs if d.isVisible()), None)


def show_crash(parent: QWidget | None, error: BaseException, *, thread: str | None = None) -> CrashDialog | None:
    """Show the crash dialog for ``error`` (already logged by the caller); GUI thread only.

    Does not block: the event loop goes on. While one crash dialog is open, further
    errors are only logged (one failure often brings more), and None is returned.
    """
    if open_crash_dialog() is not None:
        return None
    if parent is None:
        parent = QApplication.activeWindow()
    dialog = CrashDialog(crash_report(error, thread=thread), current_log_file(), parent)
    dialog.setModal(True)
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _result: _forget(dialog))
    dialog.show()  # a new window comes on top; raise_() is not supported everywhere (offscreen)
    dialog.activateWindow()
    return dialog


def _forget(dialog: CrashDialog) -> None:
    if dialog in _open_dialogs:
        _open_dialogs.remove(dialog)
    dialog.deleteLater()
