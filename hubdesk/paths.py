"""The application's folders (platformdirs), overridable with ``HUBDESK_DATA_DIR``."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from hubdesk import APP_NAME


def data_dir() -> Path:
    override = os.environ.get("HUBDESK_DATA_DIR")
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "hubdesk.sqlite"


def log_dir() -> Path:
    return data_dir() / "logs"
