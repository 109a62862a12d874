"""Logging to a rotating file in the data folder (never personal data in messages)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from hubdesk.paths import log_dir

LOG_FILE = "hubdesk.log"


def setup_logging(level: int = logging.INFO) -> None:
    """Send hubdesk's log to ``<data>/logs/hubdesk.log`` (5 files of 1 MB); idempotent."""
    root = logging.getLogger("hubdesk")
    if any(getattr(h, "_hubdesk", False) for h in root.handlers):
        return
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only home must not stop the desk
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._hubdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)


def current_log_file() -> Path:
    """The file hubdesk logs to now (the one :func:`setup_logging` opened), or where it would."""
    for handler in logging.getLogger("hubdesk").handlers:
        if getattr(handler, "_hubdesk", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return log_dir() / LOG_FILE
