"""The settings a worker may change at the desk."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hubdesk.settings import Settings


class SettingsDialog(QDialog):
    """Edits a copy of the settings; :meth:`result_settings` gives the new values."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language_combo = QComboBox()
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        form = QFormLayout()
        form.addRow(self.tr("Language / Taal"), self.language_combo)
        # Sync: the exchange folder and how often to sync in the background.
        self.exchange_edit = QLineEdit(settings.exchange_folder)
        self.exchange_edit.setPlaceholderText(self.tr("No exchange folder: this desk does not sync"))
        self.exchange_edit.setMinimumWidth(320)
        self.exchange_button = QPushButton(self.tr("Choose…"))
        self.exchange_button.setAccessibleName(self.tr("Choose the exchange folder"))
        self.exchange_button.clicked.connect(self._on_exchange_button_clicked)
        exchange_row = QHBoxLayout()
        exchange_row.addWidget(self.exchange_edit, 1)
        exchange_row.addWidget(self.exchange_button)
        form.addRow(self.tr("Exchange folder"), exchange_row)
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(0, 24 * 60)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setSpecialValueText(self.tr("only by hand"))
        self.interval_spin.setValue(settings.sync_interval_min)
        self.interval_spin.setAccessibleName(self.tr("Sync every (minutes; 0 = only by hand)"))
        form.addRow(self.tr("Sync every"), self.interval_spin)
        self.idle_lock_spin = QSpinBox()
        self.idle_lock_spin.setRange(1, 60)
        self.idle_lock_spin.setSuffix(self.tr(" min"))
        self.idle_lock_spin.setValue(settings.idle_lock_minutes)
        self.idle_lock_spin.setAccessibleName(self.tr("Lock the screen after (minutes without input)"))
        form.addRow(self.tr("Lock the screen after"), self.idle_lock_spin)
        note = QLabel(self.tr("The screens change language at once; what you were typing is kept only after saving."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @Slot()
    def _on_exchange_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Exchange folder"), self.exchange_edit.text())
        if folder:
            self.exchange_edit.setText(folder)

    def result_settings(self) -> Settings:
        return self._settings.model_copy(
            update={
                "language": self.language_combo.currentData(),
                "exchange_folder": self.exchange_edit.text().strip(),
                "sync_interval_min": self.interval_spin.value(),
                "idle_lock_minutes": self.idle_lock_spin.value(),
            }
        )
