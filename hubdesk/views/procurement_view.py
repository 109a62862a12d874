"""Enterprises ready for social procurement: for the procurement department and for buyers
with an SROI obligation. Filters by offer, recognition and stadsdeel; exports CSV or XLSX
with business data only (never a person's name, contact or address)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.models.enums import RecognitionKind, Stadsdeel
from hubdesk.services.impact import ImpactService, ProcurementFilter, ProcurementRow
from hubdesk.services.readmodels import Changes
from hubdesk.views.context import AppContext
from hubdesk.views.errors import show_error
from hubdesk.views.impact_labels import export_labels, pso_level_label, recognition_label
from hubdesk.views.labels import legal_form_label, stadsdeel_label
from hubdesk.views.rows_model import RowsModel

FILTER_DELAY_MS = 250
WATCHED = ("recognitions", "procurement_matches", "work_placements", "enterprises")


def recognitions_text(row: ProcurementRow) -> str:
    return ", ".join(
        f"{recognition_label(kind)} ({pso_level_label(level)})" if level is not None else recognition_label(kind)
        for kind, level in row.recognitions
    )


class ProcurementTableModel(RowsModel[ProcurementRow]):
    COL_NAME, COL_KVK, COL_LEGAL, COL_STADSDEEL, COL_OFFER, COL_RECOGNITIONS, COL_MATCHES, COL_PLACES = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ProcurementTableModel", "Trade name"),
        QT_TRANSLATE_NOOP("ProcurementTableModel", "KVK number"),
        QT_TRANSLATE_NOOP("ProcurementTableModel", "Legal form"),
        QT_TRANSLATE_NOOP("ProcurementTableModel", "Stadsdeel"),
        QT_TRANSLATE_NOOP("ProcurementTableModel", "Offer"),
        QT_TRANSLATE_NOOP("ProcurementTableModel", "Recognitions"),
        QT_TRANSLATE_NOOP("ProcurementTableModel", "Procurement matches"),
        QT_TRANSLATE_NOOP("ProcurementTableModel", "Places offered"),
    )

    def set_rows(self, rows: Sequence[ProcurementRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ProcurementRow]:
        return list(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_MATCHES, self.COL_PLACES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_KVK and r.kvk_number is None:
            return self.tr("Shown for legal entities only (BV, NV, stichting, vereniging, coöperatie)")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            r.trade_name,
            r.kvk_number or "",
            legal_form_label(r.legal_form),
            stadsdeel_label(r.stadsdeel),
            r.offer,
            recognitions_text(r),
            str(r.matches),
            str(r.places_offered),
        )[col]


class ProcurementView(QWidget):
    """The procurement-ready list (``ImpactService.procurement_ready``), reloaded as the
    filters change; Export writes what is shown.

    Signals:
        sig_loaded(): the list is shown for the current filters.
        sig_exported(str): the list was written to this path.
    """

    sig_loaded = Signal()
    sig_exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = ImpactService(ctx.store)
        self._last_dir = str(Path.home())

        title = QLabel(self.tr("Ready for social procurement"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Enterprises with a current recognition, work placements on offer or earlier "
                "social-procurement matches. The list and its export hold business data only."
            )
        )
        intro.setWordWrap(True)
        self.offer_edit = QLineEdit()
        self.offer_edit.setClearButtonEnabled(True)
        self.offer_edit.setPlaceholderText(self.tr("What they offer: catering, cleaning, 8121 (SBI)…"))
        self.offer_edit.setAccessibleName(self.tr("Filter by offer"))
        self.recognition_combo = QComboBox()
        self.recognition_combo.setAccessibleName(self.tr("Filter by recognition"))
        self.recognition_combo.addItem(self.tr("Any recognition or none"), None)
        for kind in RecognitionKind:
            self.recognition_combo.addItem(recognition_label(kind), kind.value)
        self.stadsdeel_combo = QComboBox()
        self.stadsdeel_combo.setAccessibleName(self.tr("Filter by stadsdeel"))
        self.stadsdeel_combo.addItem(self.tr("All stadsdelen"), None)
        for sd in Stadsdeel:
            self.stadsdeel_combo.addItem(stadsdeel_label(sd), sd.value)
        self.placements_check = QCheckBox(self.tr("Offers work placements"))
        self.all_hubs_check = QCheckBox(self.tr("All hubs"))
        self.all_hubs_check.setToolTip(self.tr("Also the enterprises of the other hubs this desk holds"))
        self.all_hubs_check.setChecked(True)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the list as shown, as an Excel (XLSX) or CSV file"))
        filters = QHBoxLayout()
        filters.addWidget(self.offer_edit, 2)
        filters.addWidget(self.recognition_combo, 1)
        filters.addWidget(self.stadsdeel_combo)
        filters.addWidget(self.placements_check)
        filters.addWidget(self.all_hubs_check)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.model = ProcurementTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Enterprises ready for social procurement"))
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.resizeSection(ProcurementTableModel.COL_NAME, 220)
        header.resizeSection(ProcurementTableModel.COL_LEGAL, 210)
        header.resizeSection(ProcurementTableModel.COL_OFFER, 250)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header.setSectionResizeMode(ProcurementTableModel.COL_RECOGNITIONS, QHeaderView.ResizeMode.Stretch)
        for col in (
            ProcurementTableModel.COL_KVK,
            ProcurementTableModel.COL_STADSDEEL,
            ProcurementTableModel.COL_MATCHES,
            ProcurementTableModel.COL_PLACES,
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.status_label)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._connect_signals()
        self._populate()

    def _connect_signals(self) -> None:
        self.offer_edit.textChanged.connect(self._filter_timer.start)
        self.recognition_combo.currentIndexChanged.connect(self.reload)
        self.stadsdeel_combo.currentIndexChanged.connect(self.reload)
        self.placements_check.toggled.connect(self.reload)
        self.all_hubs_check.toggled.connect(self.reload)
        self._filter_timer.timeout.connect(self.reload)
        self.export_button.clicked.connect(self._on_export_clicked)
        self._ctx.signals.sig_data_changed.connect(self._on_data_changed)

    def _populate(self) -> None:
        """Nothing is read until the view is first shown (see :meth:`showEvent`): the
        database thread serves the list and the files first when the desk opens."""
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- public -------------------------------------------------------------------------------------------
    def filters(self) -> ProcurementFilter:
        recognition = self.recognition_combo.currentData()
        stadsdeel = self.stadsdeel_combo.currentData()
        return ProcurementFilter(
            offer=self.offer_edit.text().strip(),
            recognition=RecognitionKind(recognition) if recognition else None,
            stadsdeel=Stadsdeel(stadsdeel) if stadsdeel else None,
            hub_id=None if self.all_hubs_check.isChecked() else self._ctx.actor.hub_id,
            with_placements=self.placements_check.isChecked(),
        )

    @Slot()
    def reload(self) -> None:
        self._stale = False
        self._filter_timer.stop()
        service, filters = self._service, self.filters()
        self._ctx.runner.submit(lambda: service.procurement_ready(filters), self._on_loaded, owner=self)

    # -- slots --------------------------------------------------------------------------------------------
    def _on_loaded(self, rows: list[ProcurementRow]) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n enterprise(s)", "", len(rows)))
        self.export_button.setEnabled(bool(rows))
        self.sig_loaded.emit()

    @Slot(object)
    def _on_data_changed(self, changes: Changes) -> None:
        if any(changes.ids(e) for e in WATCHED):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True  # read again when shown

    def _ask_path(self) -> str:
        """The file to export to ("" when cancelled); tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the list"),
            str(Path(self._last_dir) / self.tr("social-procurement.xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)"),
        )
        return path

    @Slot()
    def _on_export_clicked(self) -> None:
        rows = self.model.rows()
        if not rows:
            return
        chosen = self._ask_path()
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        self._last_dir = str(path.parent)
        service, actor = self._service, self._ctx.actor
        headers, labels = self.model.headers(), export_labels()  # texts are made here, on the GUI thread
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.status_label.setText(self.tr("%n enterprise(s) exported to %1.", "", count).replace("%1", str(path)))
            self.sig_exported.emit(str(path))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_error(self, error)

        self._ctx.runner.submit(
            lambda: service.export_procurement(actor, path, rows, headers=headers, labels=labels),
            done,
            failed,
            owner=self,
        )
