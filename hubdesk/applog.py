"""Logging to a rotating file in the data folder (never personal data in messages)."""

from __future__ import annotations

import logging
import logging.handlers

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
