"""Showing errors: a user-facing error as a calm message, anything else as a bug report.

:class:`CrashHandler` sends the errors that nothing caught (``sys.excepthook``,
``threading.excepthook``) the same way.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hubdesk.messages import error_text
from hubdesk.models.errors import UserFacingError
from hubdesk.views.crash_dialog import show_crash

log = logging.getLogger(__name__)


def ui_language() -> str:
    """The language the interface runs in ("nl" or "en"), as chosen at start-up."""
    app = QCoreApplication.instance()
    value = app.property("hubdesk_language") if app is not None else None
    return value if value in ("nl", "en") else "nl"


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """The single place where failures reach the person at the desk: a user-facing
    error as a message (blocks until read); anything else is logged with its
    traceback and shown in the crash dialog (does not block).

    Error sentences come from :mod:`hubdesk.messages`, the catalog shared with the
    command line, so that both faces say the same thing in the same words.
    """
    title = QCoreApplication.translate("Errors", "hubdesk")
    if isinstance(error, UserFacingError):
        QMessageBox.warning(parent, title, error_text(error, ui_language()))
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    show_crash(parent, error)


class CrashHandler(QObject):
    """Sends the errors that nothing caught to :func:`show_error`.

    ``sys.excepthook`` sees the GUI thread's errors, also those raised in slots (PySide6
    hands them to it and the event loop goes on). ``threading.excepthook`` sees those of
    other Python threads: they are logged there and shown on the GUI thread. Create on
    the GUI thread; :meth:`install`, and :meth:`uninstall` when the event loop is done.
    The hooks never raise: if showing fails, the previous hook reports the error.
    """

    _sig_thread_error = Signal(object, str)  # the exception, the thread's name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        self._sig_thread_error.connect(self._on_thread_error, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if sys.excepthook == self._sys_hook:
            sys.excepthook = self._previous_sys
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_threading

    def _sys_hook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(error, Exception) or QApplication.instance() is None:
            self._previous_sys(kind, error, tb)  # KeyboardInterrupt, SystemExit, or no GUI (any more)
            return
        try:
            show_error(QApplication.activeWindow(), error if error.__traceback__ else error.with_traceback(tb))
        except Exception:
            self._previous_sys(kind, error, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value
        if not isinstance(error, Exception):
            self._previous_threading(args)  # SystemExit (ignored there) and the like
            return
        name = args.thread.name if args.thread is not None else "?"
        if not isinstance(error, UserFacingError):
            log.error("unexpected error in thread %s", name, exc_info=(type(error), error, args.exc_traceback))
        # Only the error crosses to the GUI thread, not the thread's local values.
        traceback.clear_frames(args.exc_traceback)
        self._sig_thread_error.emit(error, name)

    @Slot(object, str)
    def _on_thread_error(self, error: Exception, thread: str) -> None:
        if isinstance(error, UserFacingError):
            show_error(QApplication.activeWindow(), error)
        else:
            show_crash(None, error, thread=thread)  # logged already, in the thread
