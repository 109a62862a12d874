"""Showing errors: a user-facing error as a calm message, anything else as a bug report."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hubdesk.messages import error_text
from hubdesk.models.errors import UserFacingError

log = logging.getLogger(__name__)


def ui_language() -> str:
    """The language the interface runs in ("nl" or "en"), as chosen at start-up."""
    app = QCoreApplication.instance()
    value = app.property("hubdesk_language") if app is not None else None
    return value if value in ("nl", "en") else "nl"


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """The single place where failures reach the person at the desk.

    Error sentences come from :mod:`hubdesk.messages`, the catalog shared with the
    command line, so that both faces say the same thing in the same words.
    """
    title = QCoreApplication.translate("Errors", "hubdesk")
    if isinstance(error, UserFacingError):
        QMessageBox.warning(parent, title, error_text(error, ui_language()))
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    QMessageBox.critical(
        parent,
        title,
        QCoreApplication.translate(
            "Errors",
            "Something unexpected went wrong. Nothing you saved before was lost.\n"
            "The details are in the log file; please tell your coordinator.",
        ),
    )
