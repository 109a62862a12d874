"""A referral letter on screen and on paper.

The letter is a PDF made by ReportLab on the database thread (``ReferralService.letter``);
here it is only shown (QtPdf: a :class:`QPdfDocument` read from memory through a
:class:`QBuffer`, drawn by a :class:`QPdfView`), printed (each page rendered to an image
at the printer's resolution and painted on the :class:`QPrinter` the worker chose in
:class:`QPrintDialog`) or saved byte for byte (``write_atomically`` on the worker
thread). All of it runs on the GUI thread except the writing of the file.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.errors import UserFacingError
from hubdesk.services.files import write_atomically
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language

MAX_PRINT_DPI = 300
"""Pages are rendered at the printer's resolution, asked to be at most this: an A4 page
at 1200 dpi (Qt's "high resolution" for PDF) would be a 550 MB image; 300 dpi is 35 MB
and prints text sharply."""
ERROR_STYLE = "QLabel { color: #b02a37; }"


def load_pdf(document: QPdfDocument, pdf: bytes) -> bool:
    """Show ``pdf`` in ``document`` (read from memory, synchronously); True when it is ready.

    The buffer is a child of the document: it lives as long as the document reads it,
    and the previous one goes when a new letter is loaded."""
    old = document.findChildren(QBuffer)
    document.close()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    for stale in old:
        stale.close()
        stale.deleteLater()
    return document.status() == QPdfDocument.Status.Ready


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` (or the range chosen in the print dialog) on
    ``printer``, one page each; returns the number of pages, 0 when the printer refused."""
    if printer.resolution() > MAX_PRINT_DPI:
        printer.setResolution(MAX_PRINT_DPI)
    count = document.pageCount()
    first = max(1, printer.fromPage()) if printer.fromPage() else 1
    last = min(count, printer.toPage()) if printer.toPage() else count
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        return 0
    printed = 0
    try:
        dpi = printer.resolution()
        for index in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(math.ceil(points.width() / 72 * dpi), math.ceil(points.height() / 72 * dpi))
            )
            painter.drawImage(_fit(image.size(), painter.viewport()), image)
            printed += 1
    finally:
        painter.end()
    return printed


def _fit(size: QSize, area: QRect) -> QRect:
    """``size`` scaled to fit ``area`` with its proportions kept, at the top left (a letter
    on its own paper size fills the page exactly)."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(area.topLeft(), scaled)


def print_document(parent: QWidget, document: QPdfDocument, title: str) -> bool:
    """Ask for the printer (QPrintDialog) and print ``document``; False when the worker
    cancelled, or the printer could not be reached (then they are told)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)  # the print job's name in the queue
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the letter has its own margins
    if document.pageCount() > 1:
        printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("LetterPreview", "Print the letter"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, document.pageCount() > 1)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        printed = paint_pdf(document, printer)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if not printed:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("LetterPreview", "Print the letter"),
            QCoreApplication.translate(
                "LetterPreview", "The printer %1 could not be reached. Nothing was printed."
            ).replace("%1", printer.printerName() or printer.outputFileName()),
        )
        return False
    return True


def ask_pdf_path(parent: QWidget, suggested_name: str) -> Path | None:
    """Where to save a letter as PDF (QFileDialog); None when the worker cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("LetterPreview", "Save the letter as PDF"),
        str(Path(folder) / suggested_name) if folder else suggested_name,
        QCoreApplication.translate("LetterPreview", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def pdf_file_name(*parts: str) -> str:
    """A file name from the reference and the partner's name: ``R-7KQ2-M9XD Qredits.pdf``."""
    text = " ".join(p for p in parts if p)
    return re.sub(r'[\\/:*?"<>|]+', "", text).strip()[:80] + ".pdf"


class LetterPreview(QWidget):
    """The letter as it will be printed, or a sentence saying why there is none yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Preview of the letter"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(24)
        self.placeholder.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid); }")
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.view)
        self._pdf = b""

    def show_pdf(self, pdf: bytes) -> bool:
        """Show this letter; False (and a sentence) when QtPdf cannot read it."""
        self._pdf = pdf
        if load_pdf(self.document, pdf):
            self._stack.setCurrentWidget(self.view)
            return True
        self.show_text(self.tr("The letter cannot be shown here; it can still be printed or saved."))
        return False

    def show_text(self, text: str) -> None:
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)

    def pdf(self) -> bytes:
        """The bytes of the letter shown (b"" when none)."""
        return self._pdf

    def is_showing_letter(self) -> bool:
        return self._stack.currentWidget() is self.view


class LetterDialog(QDialog):
    """A kept letter (or the day's letters in one PDF) to look at, print or save.

    Printing or saving is noted in the audit log for each referral in it
    (``ReferralService.record_print``).

    Signals:
        sig_output(str): the letter was printed ("print") or saved ("pdf"); the audit
            log has it by then.
    """

    sig_output = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        pdf: bytes,
        file_name: str,
        referral_ids: Sequence[uuid.UUID],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._title = title
        self._file_name = file_name
        self._ids = tuple(referral_ids)
        self.setWindowTitle(title)
        self.preview = LetterPreview()
        self.preview.setMinimumSize(560, 640)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setToolTip(self.tr("Choose a printer and print (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save exactly this letter as a PDF file (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(760, 900)
        self._connect_signals()
        self.preview.show_pdf(pdf)

    def _connect_signals(self) -> None:
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.reject)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.print_button, self.save_button):
            button.setEnabled(not busy)

    @Slot()
    def _on_print_clicked(self) -> None:
        if not self.print_button.isEnabled():
            return
        if print_document(self, self.preview.document, self._title):
            self._record("print", self.tr("Printed."))

    @Slot()
    def _on_save_clicked(self) -> None:
        if not self.save_button.isEnabled():
            return
        path = ask_pdf_path(self, self._file_name)
        if path is None:
            return
        pdf = self.preview.pdf()
        self._set_busy(True)
        self._record("pdf", self.tr("Saved as %1.").replace("%1", str(path)), lambda: write_atomically(path, pdf))

    def _record(self, how: str, message: str, before: Callable[[], None] | None = None) -> None:
        """Note the print (or save, after ``before`` wrote the file) in the audit log."""
        referrals, actor, ids = self._ctx.referrals, self._ctx.actor, self._ids

        def work() -> None:
            if before is not None:
                before()
            for referral_id in ids:
                referrals.record_print(actor, referral_id, how)

        def done(_result: None) -> None:
            self._set_busy(False)
            self._say(message)
            self.sig_output.emit(how)

        self._ctx.runner.submit(work, done, self._on_failed, owner=self)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, UserFacingError):
            self._say(error_text(error, ui_language()), error=True)
        else:
            show_error(self, error)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)
