"""File > Import a spreadsheet…: choose a file, check the columns, see what would happen, import."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text, issue_sentence
from hubdesk.models.enums import ConsentMethod
from hubdesk.models.errors import UserFacingError
from hubdesk.services.spreadsheet import (
    BLOCKING,
    ImportCancelled,
    ImportField,
    ImportReport,
    ImportService,
    Mapping_,
    RowResult,
    RowStatus,
    Sheet,
    guess_mapping,
    read_sheet,
    recall_mapping,
    remember_mapping,
)
from hubdesk.settings import load_settings, save_settings
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.labels import consent_method_label
from hubdesk.views.rows_model import RowsModel

PROGRESS_POLL_MS = 100
INVALID_COLOUR = QColor("#842029")
SKIPPED_COLOUR = QColor("#664d03")


def field_label(fld: ImportField) -> str:
    """The name of a field as the worker knows it from the intake form."""
    return {
        ImportField.GIVEN_NAME: QCoreApplication.translate("ImportField", "Given name"),
        ImportField.INFIX: QCoreApplication.translate("ImportField", "Name particle (tussenvoegsel)"),
        ImportField.FAMILY_NAME: QCoreApplication.translate("ImportField", "Family name"),
        ImportField.FULL_NAME: QCoreApplication.translate(
            "ImportField", "Full name (split into given and family name)"
        ),
        ImportField.EMAIL: QCoreApplication.translate("ImportField", "E-mail"),
        ImportField.PHONE: QCoreApplication.translate("ImportField", "Phone"),
        ImportField.HOME_POSTCODE: QCoreApplication.translate("ImportField", "Postcode (home)"),
        ImportField.WIJK: QCoreApplication.translate("ImportField", "Neighbourhood (wijk)"),
        ImportField.BIRTH_YEAR: QCoreApplication.translate("ImportField", "Year of birth (only the year is kept)"),
        ImportField.PREFERRED_LANGUAGE: QCoreApplication.translate("ImportField", "Preferred language"),
        ImportField.TRADE_NAME: QCoreApplication.translate("ImportField", "Trade name"),
        ImportField.KVK_NUMBER: QCoreApplication.translate("ImportField", "KVK number"),
        ImportField.VESTIGINGSNUMMER: QCoreApplication.translate("ImportField", "Branch number (vestigingsnummer)"),
        ImportField.LEGAL_FORM: QCoreApplication.translate("ImportField", "Legal form"),
        ImportField.STAGE: QCoreApplication.translate("ImportField", "Stage"),
        ImportField.SBI_CODE: QCoreApplication.translate("ImportField", "SBI code"),
        ImportField.ACTIVITY: QCoreApplication.translate("ImportField", "Activity"),
        ImportField.MISSION: QCoreApplication.translate("ImportField", "Mission"),
        ImportField.BUSINESS_POSTCODE: QCoreApplication.translate("ImportField", "Postcode (business)"),
        ImportField.BUSINESS_HOUSE_NUMBER: QCoreApplication.translate("ImportField", "House number (business)"),
        ImportField.FOUNDED_ON: QCoreApplication.translate("ImportField", "Founded on"),
        ImportField.EMPLOYEES_TOTAL: QCoreApplication.translate("ImportField", "Number of employees"),
    }[fld]


class _Run:
    """One check or import on the database thread: its progress and its cancel switch.

    The operation only sets numbers and reads an event here (no Qt object crosses
    threads); the dialog polls the numbers with a timer.
    """

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancel = threading.Event()

    def progress(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancel.is_set()


class ImportReportModel(RowsModel[RowResult]):
    """The rows of a dry run or an import: row number, outcome, name and what is wrong."""

    COL_ROW, COL_RESULT, COL_NAME, COL_PROBLEM = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportReportModel", "Row"),
        QT_TRANSLATE_NOOP("ImportReportModel", "Result"),
        QT_TRANSLATE_NOOP("ImportReportModel", "Name"),
        QT_TRANSLATE_NOOP("ImportReportModel", "What is wrong"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []
        self._sentences: list[list[str]] = []
        self._applied = False

    def set_rows(self, rows: list[RowResult], applied: bool = False) -> None:
        """``applied``: the rows of an import that took place (new rows were imported)."""
        self.beginResetModel()
        lang = ui_language()
        self._applied = applied
        self._rows = list(rows)
        self._sentences = [[issue_sentence(i, lang) for i in r.issues] for r in self._rows]
        self._texts = [" · ".join(sentences) for sentences in self._sentences]
        self.endResetModel()

    def row_result(self, row: int) -> RowResult:
        return self._rows[row]

    def problem_sentences(self, row: int) -> list[str]:
        return self._sentences[row]

    def status_text(self, status: RowStatus) -> str:
        if status is RowStatus.NEW and self._applied:
            return self.tr("Imported")
        return {
            RowStatus.NEW: self.tr("New"),
            RowStatus.DUPLICATE: self.tr("Already registered: skipped"),
            RowStatus.DUPLICATE_IN_FILE: self.tr("Twice in the file: skipped"),
            RowStatus.INVALID: self.tr("Not right: skipped"),
        }[status]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.COL_ROW:
                return str(r.row)
            if col == self.COL_RESULT:
                return self.status_text(r.status)
            if col == self.COL_NAME:
                return r.name
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_RESULT:
            if r.status is RowStatus.INVALID:
                return QBrush(INVALID_COLOUR)
            if r.status is not RowStatus.NEW:
                return QBrush(SKIPPED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportDialog(QDialog):
    """Import entrepreneurs from a CSV or Excel file.

    Reading, checking (a dry run) and importing run on the database thread; the
    screen shows progress and stays usable, and Cancel stops a check or rolls an
    import back (nothing is saved). The mapping of columns is guessed from the
    headers, can be changed per column, and is remembered in the settings for the
    next file with the same headers once it was used for an import. Importing needs
    the worker's confirmation that everyone on the list agreed to be registered.

    Signals:
        sig_file_loaded(): a file was read and its columns are shown.
        sig_checked(object): a dry run finished (its ``ImportReport``).
        sig_imported(object): the import finished (its ``ImportReport``).
    """

    sig_file_loaded = Signal()
    sig_checked = Signal(object)
    sig_imported = Signal(object)

    MAP_COLUMN, MAP_EXAMPLE, MAP_FIELD = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = ImportService(ctx.store)
        self._sheet: Sheet | None = None
        self._mapping: Mapping_ = []
        self._report: ImportReport | None = None
        self._run: _Run | None = None
        self._importing = False
        self._imported = False
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.resize(1000, 820)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("A list of entrepreneurs as CSV or Excel (.xlsx)"))
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.notices_label = QLabel()
        self.notices_label.setWordWrap(True)
        self.notices_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notices_label.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }")
        self.notices_label.hide()

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Import as")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setAccessibleName(self.tr("Columns"))
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(self.MAP_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.MAP_EXAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.MAP_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        mapping_box = QGroupBox(self.tr("1. Which column holds what"))
        QVBoxLayout(mapping_box).addWidget(self.mapping_table)

        self.model = ImportReportModel(self)
        self.report_view = QTableView()
        self.report_view.setModel(self.model)
        self.report_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report_view.setAlternatingRowColors(True)
        self.report_view.verticalHeader().hide()
        self.report_view.setWordWrap(False)
        self.report_view.setAccessibleName(self.tr("What would happen per row"))
        rheader = self.report_view.horizontalHeader()
        rheader.setSectionResizeMode(ImportReportModel.COL_ROW, QHeaderView.ResizeMode.ResizeToContents)
        rheader.setSectionResizeMode(ImportReportModel.COL_RESULT, QHeaderView.ResizeMode.ResizeToContents)
        rheader.resizeSection(ImportReportModel.COL_NAME, 220)
        rheader.setStretchLastSection(True)
        self.problems_only_check = QCheckBox(self.tr("Only rows that are skipped"))
        self.problems_only_check.setChecked(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_box = QGroupBox(self.tr("2. What would happen"))
        report_layout = QVBoxLayout(self.report_box)
        report_layout.addWidget(self.summary_label)
        report_layout.addWidget(self.report_view, 1)
        report_layout.addWidget(self.detail_label)
        report_layout.addWidget(self.problems_only_check)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_box)
        splitter.addWidget(self.report_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 420])

        consent_box = QGroupBox(self.tr("3. Consent"))
        self.consent_check = QCheckBox(
            self.tr("Everyone on this list agreed that the hub registers their details. They agreed:")
        )
        self.consent_combo = QComboBox()
        for method in ConsentMethod:
            self.consent_combo.addItem(consent_method_label(method), method)
        self.consent_combo.setCurrentIndex(self.consent_combo.findData(ConsentMethod.SIGNED))
        consent_note = QLabel(
            self.tr(
                "Without this consent the list cannot be imported. Each entrepreneur gets a registration "
                'consent "import" with today\'s date and your name.'
            )
        )
        consent_note.setWordWrap(True)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_check)
        consent_row.addWidget(self.consent_combo)
        consent_row.addStretch(1)
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.addLayout(consent_row)
        consent_layout.addWidget(consent_note)

        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        self.status_label = QLabel(self.tr("Choose a file to begin."))
        self.status_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.notices_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(consent_box)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_POLL_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.problems_only_check.toggled.connect(self._show_rows)
        self.report_view.selectionModel().currentRowChanged.connect(self._on_report_current_changed)
        self.consent_check.toggled.connect(self._update_buttons)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self._timer.timeout.connect(self._on_timer_timeout)

    # -- the file ----------------------------------------------------------------------------------------------
    def choose_file(self) -> str:
        """Asks for the file (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a spreadsheet"), "", self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)")
        )
        return name

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        name = self.choose_file()
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read ``path`` on the database thread, then show its columns and check it."""
        self._cancel_run()
        self._sheet = None
        self._report = None
        self._imported = False
        self.file_edit.setText(str(path))
        self.mapping_table.setRowCount(0)
        self.model.set_rows([])
        self.summary_label.clear()
        self.notices_label.hide()
        self.status_label.setText(self.tr("Reading the file…"))
        self._update_buttons()
        self._ctx.runner.submit(lambda: read_sheet(path), self._on_sheet_read, self._on_read_failed, owner=self)

    @Slot(object)
    def _on_sheet_read(self, sheet: Sheet) -> None:
        self._sheet = sheet
        remembered = recall_mapping(load_settings().import_mappings, sheet.headers)
        self._mapping = remembered or guess_mapping(sheet.headers)
        self._fill_mapping_table(sheet)
        self.sig_file_loaded.emit()
        self._check()

    @Slot(object)
    def _on_read_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            show_error(self, error)
            return
        self.status_label.setText(error_text(error, ui_language()))
        self.file_edit.setToolTip(self.status_label.text())

    def _fill_mapping_table(self, sheet: Sheet) -> None:
        self.mapping_table.setRowCount(len(sheet.headers))
        for i, header in enumerate(sheet.headers):
            name = header or self.tr("(column %1 has no name)").replace("%1", str(i + 1))
            self.mapping_table.setItem(i, self.MAP_COLUMN, QTableWidgetItem(name))
            example = QTableWidgetItem(sheet.example(i))
            example.setForeground(self.palette().placeholderText())
            self.mapping_table.setItem(i, self.MAP_EXAMPLE, example)
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for fld in ImportField:
                combo.addItem(field_label(fld), fld)
            combo.setCurrentIndex(max(0, combo.findData(self._mapping[i])))
            combo.setAccessibleName(self.tr("Import column %1 as").replace("%1", name))
            combo.currentIndexChanged.connect(lambda _index, column=i: self._on_field_chosen(column))
            self.mapping_table.setCellWidget(i, self.MAP_FIELD, combo)
        self.mapping_table.resizeColumnToContents(self.MAP_FIELD)

    def field_combo(self, column: int) -> QComboBox:
        combo = self.mapping_table.cellWidget(column, self.MAP_FIELD)
        assert isinstance(combo, QComboBox)
        return combo

    def mapping(self) -> Mapping_:
        return list(self._mapping)

    def report(self) -> ImportReport | None:
        """The last check's or the import's report."""
        return self._report

    def _on_field_chosen(self, column: int) -> None:
        data = self.field_combo(column).currentData()  # Qt hands the enum back as its text
        self._mapping[column] = ImportField(data) if data else None
        self._imported = False
        self._check()

    # -- checking and importing ------------------------------------------------------------------------------------
    def _start(self, importing: bool) -> _Run:
        self._cancel_run()
        run = _Run()
        self._run = run
        self._importing = importing
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._timer.start()
        self._update_buttons()
        return run

    def _finish(self, run: _Run) -> bool:
        """True when ``run`` is the current one (a newer check replaces an older one)."""
        if run is not self._run:
            return False
        self._run = None
        self._importing = False
        self._timer.stop()
        self.progress_bar.hide()
        self._update_buttons()
        return True

    def _cancel_run(self) -> None:
        if self._run is not None:
            self._run.cancel.set()
            self._run = None
            self._importing = False
            self._timer.stop()
            self.progress_bar.hide()

    def _check(self) -> None:
        sheet = self._sheet
        if sheet is None:
            return
        mapping = list(self._mapping)
        run = self._start(importing=False)
        self.status_label.setText(self.tr("Checking the rows…"))
        service = self._service
        self._ctx.runner.submit(
            lambda: service.dry_run(sheet, mapping, progress=run.progress),
            lambda report: self._on_checked(run, report),
            lambda error: self._on_run_failed(run, error),
            owner=self,
        )

    def _on_checked(self, run: _Run, report: ImportReport) -> None:
        if not self._finish(run):
            return
        self._report = report
        self._show_report(report)
        if report.blocked:
            self.status_label.setText(self.tr("This file cannot be imported as it is; see the notes at the top."))
        elif report.new:
            self.status_label.setText(self.tr("Check the skipped rows, confirm the consent and import."))
        else:
            self.status_label.setText(self.tr("There is nobody new to import in this file."))
        self._update_buttons()
        self.sig_checked.emit(report)

    @Slot()
    def _on_import_button_clicked(self) -> None:
        sheet, report = self._sheet, self._report
        if sheet is None or report is None or not self.consent_check.isChecked():
            return
        method = ConsentMethod(self.consent_combo.currentData())
        mapping = list(self._mapping)
        run = self._start(importing=True)
        self.status_label.setText(self.tr("Importing… You can cancel: then nothing is saved."))
        service, ctx = self._service, self._ctx
        ctx.runner.submit(
            lambda: service.apply(ctx.actor, sheet, mapping, method, progress=run.progress),
            lambda result: self._on_imported(run, result, mapping),
            lambda error: self._on_run_failed(run, error),
            owner=self,
        )

    def _on_imported(self, run: _Run, report: ImportReport, mapping: Mapping_) -> None:
        self._finish(run)
        self._report = report
        self._imported = True
        sheet = self._sheet
        if sheet is not None:
            settings = load_settings()
            remembered = remember_mapping(settings.import_mappings, sheet.headers, mapping)
            save_settings(settings.model_copy(update={"import_mappings": remembered}))
        self._ctx.signals.announce(report.changes)
        self._show_report(report)
        self.status_label.setText(
            self.tr("Imported %n entrepreneur(s). A backup was made first.", "", report.new)
            if report.new
            else self.tr("Nobody was imported.")
        )
        self._update_buttons()
        self.sig_imported.emit(report)

    def _on_run_failed(self, run: _Run, error: BaseException) -> None:
        importing = self._importing
        if not self._finish(run):
            return  # replaced by a newer check: its outcome no longer matters
        if isinstance(error, ImportCancelled):
            self.status_label.setText(
                self.tr("Import cancelled: nothing was saved.") if importing else self.tr("Check cancelled.")
            )
            return
        if isinstance(error, UserFacingError):
            self.status_label.setText(error_text(error, ui_language()))
        show_error(self, error)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self._run is not None:
            self._run.cancel.set()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    @Slot()
    def _on_timer_timeout(self) -> None:
        run = self._run
        if run is None or not run.total:
            return
        if self.progress_bar.maximum() != run.total:
            self.progress_bar.setRange(0, run.total)
        self.progress_bar.setValue(min(run.done, run.total))

    # -- showing -----------------------------------------------------------------------------------------------------
    def _show_report(self, report: ImportReport) -> None:
        lang = ui_language()
        notes = [issue_sentence(n, lang) for n in report.notices]
        self.notices_label.setText("\n".join(notes))
        self.notices_label.setVisible(bool(notes))
        counts = (
            (
                self.tr("%1 imported, %2 already registered or twice in the file, %3 not right (skipped).")
                if report.applied
                else self.tr("%1 new, %2 already registered or twice in the file, %3 not right (skipped).")
            )
            .replace("%1", str(report.new))
            .replace("%2", str(report.duplicates))
            .replace("%3", str(report.invalid))
        )
        self.summary_label.setText(counts)
        self._show_rows()

    @Slot()
    def _show_rows(self) -> None:
        report = self._report
        self.detail_label.clear()
        if report is None:
            self.model.set_rows([])
            return
        rows = report.problem_rows if self.problems_only_check.isChecked() else list(report.rows)
        self.model.set_rows(rows, applied=report.applied)
        self.report_box.setTitle(self.tr("2. What happened") if report.applied else self.tr("2. What would happen"))

    @Slot(QModelIndex, QModelIndex)
    def _on_report_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail_label.clear()
            return
        result = self.model.row_result(current.row())
        sentences = self.model.problem_sentences(current.row())
        title = self.tr("Row %1, %2:").replace("%1", str(result.row)).replace("%2", result.name)
        self.detail_label.setText("\n".join([title, *(f"• {s}" for s in sentences)]) if sentences else "")

    @Slot()
    def _update_buttons(self) -> None:
        running = self._run is not None
        report = self._report
        ready = (
            report is not None
            and not running
            and not self._imported
            and report.new > 0
            and not any(n.code in BLOCKING for n in report.notices)
        )
        self.import_button.setEnabled(bool(ready) and self.consent_check.isChecked())
        if report is not None and report.new and not self._imported:
            self.import_button.setText(self.tr("Import %n entrepreneur(s)", "", report.new))
        else:
            self.import_button.setText(self.tr("Import"))
        self.cancel_button.setEnabled(running)
        self.choose_button.setEnabled(not self._importing)
        self.mapping_table.setEnabled(not self._importing)
        self.consent_box_enabled(not self._importing)
        self.close_button.setEnabled(not self._importing)

    def consent_box_enabled(self, enabled: bool) -> None:
        self.consent_check.setEnabled(enabled)
        self.consent_combo.setEnabled(enabled)

    def reject(self) -> None:
        if self._importing:
            return  # Cancel first: an import is rolled back, never left halfway
        self._cancel_run()
        super().reject()
