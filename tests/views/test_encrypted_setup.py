"""Setting up an encrypted installation at first run, and the recovery key shown once: it
cannot be waved away unread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from hubdesk.app import _encrypt_new_installation
from hubdesk.models.enums import Stadsdeel
from hubdesk.models.errors import StoreError
from hubdesk.services import encryption
from hubdesk.services.encryption import KdfParams
from hubdesk.services.setup import initialize, local_hub_id
from hubdesk.services.store import open_store
from hubdesk.views.first_run import FirstRunDialog
from hubdesk.views.recovery_key_dialog import RecoveryKeyDialog

KEY = "7K2M-Q9XD-4HJP-0RT8-WV3N-BC6Y-1FGA-ZE5S-M11K-T0RZ-5VX7-KZYC-B1WG"


def test_escape_and_closing_do_nothing_until_the_key_is_confirmed(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog(KEY, "Cityhub Noord")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.done_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    dialog.confirm_box.setChecked(True)
    assert dialog.done_button.isEnabled()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_shows_and_prints_the_whole_key(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog(KEY, "Cityhub Noord")
    qtbot.addWidget(dialog)
    assert dialog.key_label.text().replace("\n", "") == KEY
    printed = dialog.document().toPlainText()
    assert KEY in printed
    assert "Cityhub Noord" in printed


def test_an_encrypted_set_up_converts_the_new_database_and_shows_the_key_once(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encryption, "DEFAULT_KDF", KdfParams(1, 8, 1))
    shown: list[str] = []

    def confirm(dialog: RecoveryKeyDialog) -> int:
        shown.append(dialog.key_label.text().replace("\n", ""))
        return 1

    monkeypatch.setattr(RecoveryKeyDialog, "exec", confirm)
    store = open_store(db_path)
    initialize(store, hub_name="Cityhub Noord", stadsdeel=Stadsdeel.NOORD, worker_name="Anouk de Vries",
               username="anouk", password="correct horse battery")  # fmt: skip
    opened = _encrypt_new_installation(store, "anouk", "correct horse battery", "Cityhub Noord")
    try:
        assert opened.key is not None
        assert local_hub_id(opened) is not None
    finally:
        opened.dispose()
    assert len(shown) == 1
    assert encryption.unlock_with_recovery(db_path, shown[0]) == opened.key
    assert encryption.unlock(db_path, "anouk", "correct horse battery") == opened.key
    assert b"Cityhub Noord" not in db_path.read_bytes()
    with pytest.raises(StoreError, match="store.encrypted"):
        open_store(db_path)


def test_the_set_up_form_offers_encryption_checked(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.encrypt_box.isChecked()
    assert dialog.setup_values().encrypt
    dialog.encrypt_box.setChecked(False)
    assert not dialog.setup_values().encrypt
