"""The settings a worker may change at the desk."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

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
        note = QLabel(self.tr("The screens change language at once; what you were typing is kept only after saving."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def result_settings(self) -> Settings:
        return self._settings.model_copy(update={"language": self.language_combo.currentData()})
