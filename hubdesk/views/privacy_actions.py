"""The data-subject rights in an entrepreneur's file: the access export and erasure.

:class:`PrivacyButton` is a "Privacy" button with a menu, shown to coordinators and
admins only (the services refuse anyone else too):

- "Export all data (access request)…" asks where to save the PDF and writes the JSON
  file beside it (same name), through :class:`~hubdesk.services.access_export.AccessExportService`
  (recorded in the audit log as an export);
- "Erase this person…" asks for a confirmation that names the person and says it cannot
  be undone, then erases through :class:`~hubdesk.services.erasure.ErasureService`.

The two questions are module functions (:func:`ask_export_path`, :func:`confirm_erasure`)
so tests can answer them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from hubdesk.models.enums import Language
from hubdesk.services.access_export import AccessExportService, file_stem
from hubdesk.services.erasure import ErasureResult, ErasureService
from hubdesk.services.roles import Permission
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language


def ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the access export's PDF (the JSON goes beside it); None: cancelled."""
    name, _chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrivacyButton", "Save all data of this entrepreneur"),
        suggested,
        QCoreApplication.translate("PrivacyButton", "PDF document (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def confirm_erasure(parent: QWidget, name: str) -> bool:
    """Ask before erasing: names the person, says what goes and that it cannot be undone."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PrivacyButton", "Erase this person"))
    box.setText(QCoreApplication.translate("PrivacyButton", "Erase %1 permanently?").replace("%1", name))
    box.setInformativeText(
        QCoreApplication.translate(
            "PrivacyButton",
            "Everything hubdesk holds about %1 is deleted: personal details, visits, notes, consents, "
            "trajectories, referrals and their letters, and enterprises no one else is linked to. "
            "The other desks of the hub delete it too at their next sync. "
            "The audit log keeps only that someone with this number was erased.\n\n"
            "This cannot be undone.",
        ).replace("%1", name)
    )
    erase = box.addButton(
        QCoreApplication.translate("PrivacyButton", "Erase permanently"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is erase


class PrivacyButton(QPushButton):
    """Signals:
    sig_erased(uuid.UUID): the person was erased (their file can no longer be shown).
    sig_exported(object): the access export was written: (pdf path, json path).
    """

    sig_erased = Signal(object)
    sig_exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._person: tuple[uuid.UUID, str] | None = None
        self.setText(self.tr("Privacy"))
        self.setToolTip(self.tr("The entrepreneur's rights: all their data, or erasure"))
        menu = QMenu(self)
        self.export_action = QAction(self.tr("Export all data (access request)…"), self)
        self.erase_action = QAction(self.tr("Erase this person…"), self)
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(self.erase_action)
        self.setMenu(menu)
        self.export_action.setVisible(ctx.may(Permission.AUDIT_LOG))
        self.erase_action.setVisible(ctx.may(Permission.RETENTION))
        self.setVisible(ctx.may(Permission.AUDIT_LOG) or ctx.may(Permission.RETENTION))
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.erase_action.triggered.connect(self._on_erase_action_triggered)
        self.set_person(None)

    def set_person(self, person: tuple[uuid.UUID, str] | None) -> None:
        """The person whose file is shown (id, name), or None while none is."""
        self._person = person
        self.setEnabled(person is not None)

    @Slot()
    def _on_export_action_triggered(self) -> None:
        if self._person is None:
            return
        person_id, _name = self._person
        language = Language.EN if ui_language() == "en" else Language.NL
        path = ask_export_path(self, f"{file_stem(person_id, language, dt.datetime.now(dt.UTC))}.pdf")
        if path is None:
            return
        service, actor = AccessExportService(self._ctx.store), self._ctx.actor

        def work() -> tuple[Path, Path]:
            return service.export(actor, person_id).write(path.parent, path.stem)

        self._ctx.runner.submit(work, self.sig_exported.emit, self._failed, owner=self)

    @Slot()
    def _on_erase_action_triggered(self) -> None:
        if self._person is None:
            return
        person_id, name = self._person
        if not confirm_erasure(self, name):
            return
        service, actor = ErasureService(self._ctx.store), self._ctx.actor

        def erased(result: ErasureResult) -> None:
            self.set_person(None)
            self.sig_erased.emit(result.person_id)
            self._ctx.signals.announce(result.changes)

        self._ctx.runner.submit(lambda: service.erase(actor, person_id), erased, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
