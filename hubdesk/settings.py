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

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
)

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
    # The screen locks after this many minutes without keyboard or mouse input (personal
    # data on a shared desk PC); unlocking takes the worker's password.
    idle_lock_minutes: int = Field(default=5, ge=1, le=60)
    # Sync (added after schema 1 without a new version: files without them get these defaults).
    # The exchange folder ("" = none chosen: no sync) and the minutes between background
    # syncs (0 = only "Sync now").
    exchange_folder: str = ""
    sync_interval_min: int = Field(default=15, ge=0, le=24 * 60)

    @field_validator("exchange_folder", "sync_interval_min", mode="wrap")
    @classmethod
    def _default_when_bad(cls, value: object, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> object:
        """A bad sync value falls back to its default alone (the file is not set aside for it)."""
        try:
            return handler(value)
        except ValidationError:
            assert info.field_name is not None
            return cls.model_fields[info.field_name].default


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
