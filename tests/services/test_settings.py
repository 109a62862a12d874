"""Settings survive restarts; a damaged file never stops the desk."""

from __future__ import annotations

from pathlib import Path

from hubdesk.settings import Settings, load_settings, save_settings, settings_path


def test_defaults_are_dutch_when_there_is_no_file(app_dirs: Path) -> None:
    assert load_settings().language == "nl"


def test_a_saved_choice_is_read_back(app_dirs: Path) -> None:
    save_settings(Settings(language="en"))
    assert load_settings().language == "en"
    assert settings_path().parent == app_dirs


def test_a_damaged_file_is_set_aside_and_defaults_are_used(app_dirs: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("{ not json", encoding="utf-8")
    assert load_settings() == Settings()
    assert not path.exists()
    assert path.with_name("settings.json.damaged").read_text(encoding="utf-8") == "{ not json"


def test_an_invalid_value_falls_back_to_defaults(app_dirs: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"language": "fr"}', encoding="utf-8")
    assert load_settings().language == "nl"


def test_unknown_keys_from_a_newer_version_are_ignored(app_dirs: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"schema_version": 2, "language": "en", "theme": "dark"}', encoding="utf-8")
    assert load_settings().language == "en"
