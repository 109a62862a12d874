"""User settings: one validated model stored as JSON in the data folder.

Window geometry stays in QSettings (views); everything else is here, with a schema
version so that a newer hubdesk can read an older file. A damaged file is set
aside (``settings.json.damaged``) and defaults are used: a bad file never stops
the desk.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hubdesk.paths import data_dir

log = logging.getLogger(__name__)
SETTINGS_FILE = "settings.json"
SCHEMA_VERSION = 1


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    language: Literal["nl", "en"] = "nl"
    search_delay_ms: int = Field(default=200, ge=0, le=2000)
    # The column mapping last chosen for a spreadsheet, per set of headers
    # (hubdesk.services.spreadsheet.mapping_key -> a field code or "" per column).
    import_mappings: dict[str, list[str]] = Field(default_factory=dict)


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("cannot read settings %s: %s", path, exc)
        return Settings()
    try:
        return Settings.model_validate(json.loads(text))
    except (ValueError, ValidationError) as exc:
        log.warning("damaged settings file %s set aside: %s", path, exc)
        try:
            path.replace(path.with_name(path.name + ".damaged"))
        except OSError:
            pass
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (temporary file, then rename)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(settings.model_dump_json(indent=2), encoding="utf-8")
    os.replace(tmp, path)
