"""Accounts: the admin's Workers screen (add, role, password reset, deactivate) and
"Change my password" for everyone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.enums import Role
from hubdesk.models.errors import UserFacingError
from hubdesk.services.auth import PASSWORD_MIN, WorkerInfo
from hubdesk.services.roles import Permission
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.login_dialog import ERROR_STYLE

INFO_ROLE = Qt.ItemDataRole.UserRole + 1


def role_label(role: Role) -> str:
    labels = {
        Role.HUB_WORKER: QCoreApplication.translate("Roles", "Hub worker"),
        Role.COORDINATOR: QCoreApplication.translate("Roles", "Coordinator"),
        Role.ADMIN: QCoreApplication.translate("Roles", "Admin"),
    }
    return labels[role]


def _local(moment: dt.datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


class _FormDialog(QDialog):
    """A small form that ends in a password typed twice. OK checks that both are the same,
    then runs ``make_work(password)`` on the database thread; an error stays in the form."""

    sig_done = Signal()

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        make_work: Callable[[str], Callable[[], Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._make_work = make_work
        self.new_edit = _password_edit()
        self.repeat_edit = _password_edit()
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.rules_label = QLabel(
            self.tr("At least %1 characters. A phrase of a few words is easy to remember and hard to guess.").replace(
                "%1", str(PASSWORD_MIN)
            )
        )
        self.rules_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("formMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    @Slot()
    def _on_ok(self) -> None:
        if not self._same(self.new_edit, self.repeat_edit):
            return
        work = self._make_work(self.new_edit.text())
        self.buttons.setEnabled(False)
        self.show_message("")
        self._ctx.runner.submit(work, self._on_success, self._on_failure, owner=self)

    def _on_success(self, _result: Any) -> None:
        self.buttons.setEnabled(True)
        self.sig_done.emit()
        self.accept()

    def _on_failure(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, UserFacingError):
            self.show_message(error_text(error, ui_language()))
        else:
            show_error(self, error)

    def _same(self, first: QLineEdit, second: QLineEdit) -> bool:
        if first.text() != second.text():
            self.show_message(error_text(UserFacingError("password.mismatch"), ui_language()))
            second.clear()
            second.setFocus()
            return False
        return True


class ChangePasswordDialog(_FormDialog):
    """File > Change my password: the current one, the new one twice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Change my password"), lambda new: self._work(new), parent)
        self.old_edit = _password_edit()
        self.form.addRow(self.tr("Current password"), self.old_edit)
        self.form.addRow(self.tr("New password"), self.new_edit)
        self.form.addRow(self.tr("New password again"), self.repeat_edit)
        self.old_edit.setFocus()

    def _work(self, new: str) -> Callable[[], Any]:
        ctx, old = self._ctx, self.old_edit.text()
        return lambda: ctx.auth.change_password(ctx.actor, old, new)


class ResetPasswordDialog(_FormDialog):
    """The admin gives a worker a new password (and tells it to them)."""

    def __init__(self, ctx: AppContext, worker: WorkerInfo, parent: QWidget | None = None) -> None:
        title = self.tr("New password for %1").replace("%1", worker.name)
        super().__init__(ctx, title, lambda new: self._work(new), parent)
        self._worker = worker
        self.form.addRow(self.tr("New password"), self.new_edit)
        self.form.addRow(self.tr("New password again"), self.repeat_edit)

    def _work(self, new: str) -> Callable[[], Any]:
        ctx, worker_id = self._ctx, self._worker.id
        return lambda: ctx.auth.reset_password(ctx.actor, worker_id, new)


class NewWorkerDialog(_FormDialog):
    """Add a worker to the hub: name, user name, role and a first password."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add a worker"), lambda password: self._work(password), parent)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(60)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role_label(role), role)
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("User name"), self.username_edit)
        self.form.addRow(self.tr("Role"), self.role_combo)
        self.form.addRow(self.tr("First password"), self.new_edit)
        self.form.addRow(self.tr("First password again"), self.repeat_edit)

    def _work(self, password: str) -> Callable[[], Any]:
        ctx = self._ctx
        name, username = self.name_edit.text(), self.username_edit.text()
        role = Role(self.role_combo.currentData())
        return lambda: ctx.auth.create_worker(ctx.actor, name=name, username=username, role=role, password=password)


class WorkersDialog(QDialog):
    """The hub's workers (admins only; the service refuses others too): add one, change a
    role, give a new password, deactivate or reactivate.

    Signals:
        sig_loaded(): the list is (re)filled.
    """

    sig_loaded = Signal()

    COL_NAME, COL_USERNAME, COL_ROLE, COL_STATE, COL_LAST = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Workers"))
        self.resize(760, 440)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("State"), self.tr("Last login here")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add a worker…"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role_combo.addItem(role_label(role), role)
        self.reset_button = QPushButton(self.tr("&New password…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.message_label = QLabel()
        self.message_label.setObjectName("workersMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Role:")))
        actions.addWidget(self.role_combo)
        actions.addWidget(self.reset_button)
        actions.addWidget(self.active_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message_label)
        layout.addWidget(close)

        close.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.role_combo.activated.connect(self._on_role_combo_activated)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.add_button.setEnabled(ctx.may(Permission.WORKERS))
        self._on_current_changed()
        self.reload()

    def reload(self) -> None:
        ctx = self._ctx
        ctx.runner.submit(lambda: ctx.auth.workers(ctx.actor), self._fill, self._on_load_failure, owner=self)

    def selected(self) -> WorkerInfo | None:
        item = self.tree.currentItem()
        value = item.data(0, INFO_ROLE) if item is not None else None
        return value if isinstance(value, WorkerInfo) else None

    def _fill(self, workers: list[WorkerInfo]) -> None:
        keep = self.selected()
        self.tree.clear()
        locale = QLocale()
        for w in workers:
            if not w.active:
                state = self.tr("Deactivated")
            elif w.locked_until is not None:
                until = _local(w.locked_until)
                state = self.tr("Locked until %1").replace(
                    "%1", locale.toString(until.time(), QLocale.FormatType.ShortFormat)
                )
            elif not w.has_password:
                state = self.tr("No password yet")
            else:
                state = self.tr("Active")
            last = locale.toString(_local(w.last_login_at), QLocale.FormatType.ShortFormat) if w.last_login_at else ""
            item = QTreeWidgetItem([w.name, w.username, role_label(w.role), state, last])
            item.setData(0, INFO_ROLE, w)
            self.tree.addTopLevelItem(item)
            if keep is not None and keep.id == w.id:
                self.tree.setCurrentItem(item)
        self._on_current_changed()
        self.sig_loaded.emit()

    def _on_load_failure(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):  # e.g. not an admin: nothing is listed
            self.message_label.setText(error_text(error, ui_language()))
            self.message_label.show()
            self._on_current_changed()
        else:
            show_error(self, error)

    def _on_action_failure(self, error: BaseException) -> None:
        self._on_load_failure(error)
        if isinstance(error, UserFacingError):
            self.reload()  # e.g. the role combo back to what it is

    def _run(self, work: Callable[[], Any]) -> None:
        self.message_label.hide()
        self._ctx.runner.submit(work, lambda _r: self.reload(), self._on_action_failure, owner=self)

    @Slot()
    def _on_current_changed(self) -> None:
        w = self.selected()
        for widget in (self.role_combo, self.reset_button, self.active_button):
            widget.setEnabled(w is not None)
        if w is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(w.role))
            self.active_button.setText(self.tr("&Deactivate") if w.active else self.tr("Re&activate"))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        dialog = NewWorkerDialog(self._ctx, self)
        dialog.sig_done.connect(self.reload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.new_worker_dialog = dialog

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        w = self.selected()
        if w is None:
            return
        dialog = ResetPasswordDialog(self._ctx, w, self)
        dialog.sig_done.connect(self.reload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.reset_dialog = dialog

    @Slot()
    def _on_active_button_clicked(self) -> None:
        w = self.selected()
        if w is None:
            return
        ctx, worker_id, active = self._ctx, w.id, not w.active
        self._run(lambda: ctx.auth.set_active(ctx.actor, worker_id, active))

    @Slot(int)
    def _on_role_combo_activated(self, _index: int) -> None:
        w = self.selected()
        role = Role(self.role_combo.currentData())
        if w is None or role == w.role:
            return
        ctx, worker_id = self._ctx, w.id
        self._run(lambda: ctx.auth.set_role(ctx.actor, worker_id, role))

    def usernames(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(self.COL_USERNAME) for i in range(self.tree.topLevelItemCount())]  # type: ignore[union-attr]
