"""Two desks edited the same entrepreneur: compare both versions and choose per field."""

from __future__ import annotations

from collections.abc import Mapping

import phonenumbers
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.models.enums import Language
from hubdesk.models.errors import StaleEdit
from hubdesk.models.validation import format_phone_national
from hubdesk.services.readmodels import PersonView
from hubdesk.views.labels import language_label

# The fields of a person that the file's edit form changes, in form order.
PERSON_FIELDS = ("given_name", "infix", "family_name", "email", "phone", "home_postcode", "preferred_language")
# Where a form field is found on PersonView (and in StaleEdit.attempted, which holds the normalised values).
VIEW_ATTRS = {"phone": "phone_e164"}

WARNING_STYLE = "QLabel { color: #842029; }"


def person_field_label(name: str) -> str:
    return {
        "given_name": QCoreApplication.translate("PersonFields", "Given name"),
        "infix": QCoreApplication.translate("PersonFields", "Name particle"),
        "family_name": QCoreApplication.translate("PersonFields", "Family name"),
        "email": QCoreApplication.translate("PersonFields", "E-mail"),
        "phone": QCoreApplication.translate("PersonFields", "Phone"),
        "home_postcode": QCoreApplication.translate("PersonFields", "Postcode"),
        "preferred_language": QCoreApplication.translate("PersonFields", "Preferred language"),
    }.get(name, name)


def view_value(person: PersonView, name: str) -> object:
    """The stored value behind form field ``name``."""
    return getattr(person, VIEW_ATTRS.get(name, name))


def display_value(name: str, value: object) -> str:
    """A stored or typed value as the worker reads it; an empty value gives ""."""
    if value is None or value == "":
        return ""
    if name == "preferred_language":
        try:
            return language_label(Language(str(value)))
        except ValueError:  # a code from a newer desk
            return str(value)
    if name == "phone" and isinstance(value, str) and value.startswith("+"):
        try:
            return str(format_phone_national(value))
        except phonenumbers.NumberParseException:
            return value
    return str(value)


class ConflictDialog(QDialog):
    """Someone at another desk changed the person while this worker was editing.

    Built from the :class:`StaleEdit` that ``IntakeService.update_person`` raised,
    the worker's changes ``mine`` (form field -> value as sent) and, when known,
    ``base``: the person as the worker saw it when the form was opened.

    One row per field the worker changed, with the stored value, the worker's value
    and a choice "keep theirs" / "use mine". A field that only this worker changed
    starts on "use mine"; a field changed at both desks starts without a choice and
    "Save my choices" stays disabled until every such field has one. Nothing is
    overwritten silently.

    After ``exec()`` returns Accepted, :meth:`choices` holds the fields to send again,
    with ``base_version = error.current.version``.
    """

    def __init__(
        self,
        error: StaleEdit,
        mine: Mapping[str, object],
        base: PersonView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed at another desk"))
        self.setModal(True)
        current: PersonView = error.current
        self._current = current
        self._mine = dict(mine)
        self._groups: dict[str, QButtonGroup] = {}
        self._theirs: dict[str, QRadioButton] = {}
        self._use_mine: dict[str, QRadioButton] = {}
        fields = [f for f in PERSON_FIELDS if f in self._mine] + [f for f in self._mine if f not in PERSON_FIELDS]

        intro = QLabel(
            self.tr(
                "Someone at another desk changed %1 while you were editing. "
                "Compare both versions and choose, for each field you changed, which value to keep."
            ).replace("%1", current.name)
        )
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        headers = (self.tr("Field"), self.tr("Stored now (other desk)"), self.tr("Yours"), self.tr("Your choice"))
        for col, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(label, 0, col)
        for row, name in enumerate(fields, start=1):
            stored = view_value(current, name)
            typed = self._mine[name]
            normalised = error.attempted.get(VIEW_ATTRS.get(name, name), typed)
            both = base is None or view_value(base, name) != stored

            field_box = QVBoxLayout()
            field_box.setSpacing(0)
            field_box.addWidget(QLabel(person_field_label(name)))
            grid.addLayout(field_box, row, 0)
            grid.addWidget(self._value_label(name, stored), row, 1)
            grid.addWidget(self._value_label(name, normalised), row, 2)

            if normalised == stored:
                same = QLabel(self.tr("The same: nothing to choose"))
                same.setEnabled(False)
                grid.addWidget(same, row, 3)
                continue
            if both:
                hint = QLabel(self.tr("changed at both desks"))
                hint.setStyleSheet(WARNING_STYLE)
                field_box.addWidget(hint)
            theirs_button = QRadioButton(self.tr("Keep theirs"))
            mine_button = QRadioButton(self.tr("Use mine"))
            caption = person_field_label(name)
            theirs_button.setAccessibleName(self.tr("Keep theirs for %1").replace("%1", caption))
            mine_button.setAccessibleName(self.tr("Use mine for %1").replace("%1", caption))
            group = QButtonGroup(self)
            group.addButton(theirs_button)
            group.addButton(mine_button)
            if not both:
                mine_button.setChecked(True)  # only this worker changed it: nothing of theirs is lost
            choice = QHBoxLayout()
            choice.addWidget(theirs_button)
            choice.addWidget(mine_button)
            choice.addStretch(1)
            grid.addLayout(choice, row, 3)
            self._groups[name] = group
            self._theirs[name] = theirs_button
            self._use_mine[name] = mine_button
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if base is not None:
            others = [
                person_field_label(f)
                for f in PERSON_FIELDS
                if f not in self._mine and view_value(base, f) != view_value(current, f)
            ]
            if others:
                also = QLabel(self.tr("Also changed at the other desk, and kept: %1").replace("%1", ", ".join(others)))
                also.setWordWrap(True)
                layout.addWidget(also)
        layout.addLayout(grid)
        self.missing_label = QLabel(self.tr("Choose a value for every field changed at both desks."))
        self.missing_label.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.missing_label)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("Save my choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Save nothing; your input stays in the form (Esc)"))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

        self._connect_signals()
        self._update_buttons()

    def _value_label(self, name: str, value: object) -> QLabel:
        text = display_value(name, value)
        label = QLabel(text if text else self.tr("(empty)"))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        if not text:
            label.setEnabled(False)
        return label

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for group in self._groups.values():
            group.buttonToggled.connect(self._on_group_button_toggled)

    # -- public -------------------------------------------------------------------------------
    def fields(self) -> list[str]:
        """The fields that need or have a choice (the others hold the same value at both desks)."""
        return list(self._groups)

    def theirs_button(self, name: str) -> QRadioButton:
        return self._theirs[name]

    def mine_button(self, name: str) -> QRadioButton:
        return self._use_mine[name]

    def choices(self) -> dict[str, object]:
        """The fields where the worker chose "use mine", with the worker's value as sent."""
        return {name: self._mine[name] for name, button in self._use_mine.items() if button.isChecked()}

    def complete(self) -> bool:
        return all(group.checkedButton() is not None for group in self._groups.values())

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def _on_group_button_toggled(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        complete = self.complete()
        self.save_button.setEnabled(complete)
        self.missing_label.setVisible(not complete)

    def accept(self) -> None:
        if not self.complete():  # Enter on an incomplete choice must not save
            return
        super().accept()
