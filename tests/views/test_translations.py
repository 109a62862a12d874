"""Dutch first, English second: every interface text is translated, and the language switches."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import hubdesk.views
from hubdesk.app import Desktop, install_translators
from hubdesk.resources import resource_path
from hubdesk.settings import Settings, load_settings
from hubdesk.views.context import AppContext

TS = resource_path("i18n", "hubdesk_nl.ts")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = translation
    return found


def test_every_interface_text_has_a_dutch_translation() -> None:
    untranslated = [
        key
        for key, tr in _messages(TS).items()
        if tr.get("type") == "unfinished" or not ((tr.text or "").strip() or tr.findall("numerusform"))
    ]
    assert untranslated == []


def test_the_translation_file_knows_every_text_in_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    fresh = tmp_path / "fresh.ts"
    views = sorted(str(p) for p in Path(hubdesk.views.__file__).parent.glob("*.py"))
    subprocess.run([lupdate, *views, "-ts", str(fresh), "-silent"], check=True, capture_output=True)
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert missing == set(), "run `make i18n` and translate the new texts"


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    assert resource_path("i18n", "hubdesk_nl.qm").exists(), "run `make qm` first (the test command does)"
    before = qapp.property("hubdesk_language")
    install_translators(qapp, "nl")
    yield
    install_translators(qapp, "en")  # removes the Dutch translators
    qapp.setProperty("hubdesk_language", before)


@pytest.mark.usefixtures("dutch")
def test_the_desk_speaks_dutch_by_default_and_switches_to_english(
    qtbot: QtBot, qapp: QApplication, ctx: AppContext
) -> None:
    desktop = Desktop(qapp, ctx, Settings())
    window = desktop.show()
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Ondernemers"
    assert "Zoek op naam" in window.entrepreneurs.search_edit.placeholderText()
    desktop.apply_settings(Settings(language="en"))
    assert desktop.window is not None
    qtbot.addWidget(desktop.window)
    assert desktop.window.nav.item(0).text() == "Entrepreneurs"
    assert load_settings().language == "en"
