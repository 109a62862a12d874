"""The recovery key of a newly encrypted database, shown once (services/encryption.py).

The worker writes it down or prints it, and confirms that before the dialog lets go:
without a password or this key, nobody can open the database again.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RecoveryKeyDialog(QDialog):
    """Shows ``key_text`` (13 groups of four characters) with a Print button; "Done"
    is enabled only once the worker ticks that the key is written down or printed.
    Escape and the window's close button do nothing until then."""

    def __init__(self, key_text: str, hub_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        self.setMinimumWidth(560)
        self._key_text = key_text
        self._hub_name = hub_name

        intro = QLabel(
            self.tr(
                "This database is now encrypted: it opens only with the password of a worker of this hub. "
                "If every password is forgotten, this recovery key opens it. Write it down or print it now, "
                "and keep it somewhere safe, away from this computer. It also opens the backups, "
                "even if the key file beside the database is lost. It is not shown again."
            )
        )
        intro.setWordWrap(True)
        groups = key_text.split("-")
        half = (len(groups) + 1) // 2  # two lines: 13 groups are too wide for one
        self.key_label = QLabel("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]) if half > 4 else key_text)
        self.key_label.setObjectName("recoveryKey")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(max(font.pointSize(), 10) + 6)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("QLabel { border: 1px solid #888; padding: 12px; background: white; }")
        self.key_label.setAccessibleName(self.tr("Recovery key"))

        self.print_button = QPushButton(self.tr("Print…"))
        self.confirm_box = QCheckBox(self.tr("I have written down or printed the recovery key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setEnabled(False)

        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.buttons)

        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.confirm_box.toggled.connect(self._on_confirm_box_toggled)
        self.buttons.accepted.connect(self.accept)

    def document(self) -> QTextDocument:
        """The printed page: what the key is for, the hub, and the key."""
        doc = QTextDocument(self)
        hub = f"<p>{html.escape(self._hub_name)}</p>" if self._hub_name else ""
        doc.setHtml(
            f"<h2>{html.escape(self.tr('hubdesk recovery key'))}</h2>{hub}"
            f"<p>{html.escape(self.tr('Opens the encrypted hubdesk database when every password is forgotten. Keep it safe, away from the computer.'))}</p>"  # noqa: E501
            f"<p style='font-family: monospace; font-size: 20pt'><b>{html.escape(self._key_text)}</b></p>"
        )
        return doc

    @Slot()
    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)

    @Slot(bool)
    def _on_confirm_box_toggled(self, checked: bool) -> None:
        self.done_button.setEnabled(checked)

    def reject(self) -> None:
        if self.confirm_box.isChecked():
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and not self.confirm_box.isChecked():
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.confirm_box.isChecked():
            super().closeEvent(event)
        else:
            event.ignore()
