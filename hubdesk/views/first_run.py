"""The first start on an empty database: practise with demo data, or set up a hub."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.enums import Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.services.auth import PASSWORD_MAX, PASSWORD_MIN, check_password_rules
from hubdesk.views.errors import ui_language
from hubdesk.views.labels import stadsdeel_label

DEMO_ENTREPRENEURS = 500


@dataclass(frozen=True)
class SetupValues:
    hub: str
    stadsdeel: Stadsdeel
    desk: str
    worker: str
    username: str
    encrypt: bool = True  # keep the database encrypted (services/encryption.py); needs the worker's password
    password: str = ""


class FirstRunDialog(QDialog):
    """Asks how to start. ``choice`` is "demo" or "setup" after ``accept()``.

    Signals:
        sig_choice_made(str): "demo" or "setup", just before the dialog closes.
    """

    sig_choice_made = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to hubdesk"))
        self.choice = ""

        intro = QLabel(
            self.tr(
                "This database is still empty. You can practise with made-up entrepreneurs, "
                "or set up this computer for your hub."
            )
        )
        intro.setWordWrap(True)

        demo_box = QGroupBox(self.tr("Practise"))
        demo_text = QLabel(
            self.tr(
                "Fill the database with %n made-up entrepreneurs. A practice database never "
                "exchanges data with the hubs.",
                "",
                DEMO_ENTREPRENEURS,
            )
        )
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load demo data"))
        demo_layout = QVBoxLayout(demo_box)
        demo_layout.addWidget(demo_text)
        demo_layout.addWidget(self.demo_button)

        setup_box = QGroupBox(self.tr("Set up for my hub"))
        self.hub_edit = QLineEdit()
        self.hub_edit.setPlaceholderText(self.tr("e.g. Cityhub Schalkwijk"))
        self.stadsdeel_combo = QComboBox()
        for sd in Stadsdeel:
            self.stadsdeel_combo.addItem(stadsdeel_label(sd), sd)
        self.desk_edit = QLineEdit(self.tr("Desk 1"))
        self.name_edit = QLineEdit()
        self.username_edit = QLineEdit()
        # The first worker is the hub's admin: they log in with this password from now on.
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(PASSWORD_MAX)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setMaxLength(PASSWORD_MAX)
        self.password_rules = QLabel(
            self.tr("At least %1 characters. A phrase of a few words is easy to remember and hard to guess.").replace(
                "%1", str(PASSWORD_MIN)
            )
        )
        self.password_rules.setWordWrap(True)
        self.setup_message = QLabel()
        self.setup_message.setObjectName("setupMessage")
        self.setup_message.setWordWrap(True)
        self.setup_message.setStyleSheet("QLabel { color: #842029; background: #f8d7da; padding: 6px; }")
        self.setup_message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Hub name"), self.hub_edit)
        form.addRow(self.tr("Stadsdeel"), self.stadsdeel_combo)
        form.addRow(self.tr("Name of this desk"), self.desk_edit)
        form.addRow(self.tr("Your name"), self.name_edit)
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Password again"), self.repeat_edit)
        self.encrypt_box = QCheckBox(self.tr("Encrypt this database (recommended)"))
        self.encrypt_box.setChecked(True)
        self.encrypt_box.setToolTip(
            self.tr(
                "The data on this computer can then only be read after logging in: a stolen computer "
                "gives nothing away. You get a recovery key to write down."
            )
        )
        self.setup_button = QPushButton(self.tr("Set up"))
        self.setup_button.setEnabled(False)
        setup_layout = QVBoxLayout(setup_box)
        setup_layout.addLayout(form)
        setup_layout.addWidget(self.password_rules)
        setup_layout.addWidget(self.encrypt_box)
        setup_layout.addWidget(self.setup_message)
        setup_layout.addWidget(self.setup_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(demo_box)
        layout.addWidget(setup_box)
        layout.addWidget(buttons)

        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        self.setup_button.clicked.connect(self._on_setup_button_clicked)
        buttons.rejected.connect(self.reject)
        for edit in (
            self.hub_edit,
            self.desk_edit,
            self.name_edit,
            self.username_edit,
            self.password_edit,
            self.repeat_edit,
        ):
            edit.textChanged.connect(self._on_form_changed)

    def setup_values(self) -> SetupValues:
        return SetupValues(
            hub=self.hub_edit.text().strip(),
            stadsdeel=Stadsdeel(self.stadsdeel_combo.currentData()),
            desk=self.desk_edit.text().strip(),
            worker=self.name_edit.text().strip(),
            username=self.username_edit.text().strip(),
            password=self.password_edit.text(),
            encrypt=self.encrypt_box.isChecked(),
        )

    @Slot()
    def _on_form_changed(self) -> None:
        v = self.setup_values()
        self.setup_button.setEnabled(
            bool(v.hub and v.desk and v.worker and v.username and v.password and self.repeat_edit.text())
        )

    @Slot()
    def _on_demo_button_clicked(self) -> None:
        self._choose("demo")

    @Slot()
    def _on_setup_button_clicked(self) -> None:
        v = self.setup_values()
        try:
            check_password_rules(v.password, v.username, repeated=self.repeat_edit.text())
        except UserFacingError as exc:
            self.setup_message.setText(error_text(exc, ui_language()))
            self.setup_message.show()
            self.repeat_edit.clear()
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            return
        self.setup_message.hide()
        self._choose("setup")

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.sig_choice_made.emit(choice)
        self.accept()
