"""The Dashboard section: the programme's indicators for coordinators and admins.

Filters (period, hub, stadsdeel, columns) at the top; one tab per group of indicators
with its charts and a table of every indicator in the group; buttons for the
quarterly report (PDF) and the table exports (CSV, XLSX).

The small-cell rule: the "Apply small-cell rule" box is on when the dashboard opens,
so that what is on a shared or projected screen is what the report says. A coordinator
may switch it off to see the exact figures at the desk. The report and the exports are
always made with the rule applied, whatever the box says.

The words of the indicators come from the report's vocabulary
(``resources/report/report_<language>.toml``), so the screen and the report say the
same; codes that the views already translate (stadsdeel, stage, need, outcome, visit
channel) use those translations.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.messages import error_text
from hubdesk.models.enums import Need, ReferralOutcome, Stadsdeel, Stage, VisitChannel
from hubdesk.models.errors import UserFacingError
from hubdesk.services import indicator_snapshots as snaps
from hubdesk.services import quarterly_report as qr
from hubdesk.services.files import write_atomically
from hubdesk.services.indicators import Filter, GroupBy, Period
from hubdesk.views.context import AppContext
from hubdesk.views.dashboard_charts import BarChartView, Bars
from hubdesk.views.errors import show_error, ui_language
from hubdesk.views.guidance_labels import from_qdate, to_qdate
from hubdesk.views.labels import channel_label, need_label, stadsdeel_label, stage_label
from hubdesk.views.referral_labels import outcome_label

log = logging.getLogger(__name__)

ERROR_STYLE = "QLabel { color: #b02a37; }"
WARM_DELAY_MS = 8_000  # the main window warms the stored figures this long after start-up
QUARTERS_SHOWN = 8  # the quarter picker offers this one and the seven before it
CHART_LIMIT = 10  # bars in one chart: the largest items
CUSTOM = "custom"


def key_label(breakdown: str, key: str) -> str | None:
    """The views' own translations for the codes they already name; None for the rest."""
    try:
        if breakdown == "stage":
            return stage_label(Stage(key)).capitalize()
        if breakdown == "need":
            return need_label(Need(key))
        if breakdown == "outcome":
            return outcome_label(ReferralOutcome(key))
        if breakdown == "channel":
            return channel_label(VisitChannel(key))
        if breakdown == "stadsdeel":
            return stadsdeel_label(Stadsdeel(key))
    except ValueError:  # a code this version does not know: the vocabulary or the code itself
        return None
    return None


class SectionTableModel(QAbstractTableModel):
    """The tables of one section, one below the other: a bold title row per indicator,
    then its items. An indicator without breakdown is one row: its name and its value.
    Hidden cells read "<5", with a tooltip that says why."""

    COL_NAME = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._rows: list[tuple[str, tuple[qr.Cell, ...] | None, bool]] = []  # label, cells, is a title
        self._suppressed_tip = ""
        self._empty_tip = ""

    def set_section(self, section: qr.Section | None, vocab: qr.Vocabulary) -> None:
        self.beginResetModel()
        self._suppressed_tip = vocab.text("suppressed_tooltip")
        self._empty_tip = vocab.text("not_computable_tooltip")
        self._rows = []
        self._columns = section.tables[0].columns if section and section.tables else ()
        for table in section.tables if section else ():
            unit = vocab.unit(table.unit)
            if len(table.rows) == 1 and not table.rows[0].key:
                self._rows.append((f"{table.title} ({unit})", table.rows[0].cells, False))
                continue
            self._rows.append((f"{table.title} ({unit})", None, True))
            self._rows += [(f"    {row.label}", row.cells, False) for row in table.rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.COL_NAME:
            return QCoreApplication.translate("Dashboard", "Indicator")
        return self._columns[section - 1] if section - 1 < len(self._columns) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, cells, title = self._rows[index.row()]
        col = index.column()
        cell = cells[col - 1] if cells is not None and col >= 1 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return label if col == self.COL_NAME else (cell.text if cell else "")
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None:
            if cell.suppressed:
                return self._suppressed_tip
            if cell.value is None:
                return self._empty_tip
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (title or (cells is not None and not label.startswith(" "))):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and title:
            return QBrush(QColor("#eef3f5"))
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None and cell.suppressed:
            return QBrush(QColor("#5b6770"))
        return None

    def text(self, row: int, col: int) -> str:
        """What a cell shows (for tests and copying)."""
        return str(self.data(self.index(row, col)) or "")

    def row_of(self, label: str) -> int:
        """The first row whose name (without its indent) is ``label``; -1 if none."""
        return next((i for i, (text, _, _) in enumerate(self._rows) if text.strip() == label), -1)


@dataclasses.dataclass
class _Tab:
    section: str
    page: QWidget
    charts: list[BarChartView]
    table: QTableView
    model: SectionTableModel


# The tabs, in order, and which charts each has.
_TABS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("reach", ("reach_per_stadsdeel", "funnel")),
    ("needs", ("needs",)),
    ("referrals", ("partners", "outcomes")),
    ("activity", ()),
    ("progress", ()),
    ("recognition", ()),
    ("procurement", ()),
    ("employment", ()),
    ("quality", ()),
)


class DashboardView(QWidget):
    """The programme's figures for the chosen period, hub and stadsdeel.

    The role is checked when the view is made; the figures are read the first time it
    is shown (not at start-up), again when a filter changes, and when it is shown after
    data changed. Stored figures (:mod:`hubdesk.services.indicator_snapshots`) are shown
    at once, with the time they were computed; when the data changed since, they are
    computed afresh on the database thread and replace them ("updating…"). With none
    stored they are computed ("Loading…"). The report and the exports are always
    computed afresh.

    With ``warm_delay_ms`` (the main window's), the stored figures the dashboard opens
    with are brought up to date in the background that long after the role check, and
    after a sync that brought changes (:meth:`on_synced`).

    Signals:
        sig_allowed(): the worker may see the dashboard (a coordinator or an admin).
        sig_refused(): the worker may not see it.
        sig_loaded(): up-to-date figures for the current filters are shown.
        sig_stored_shown(): stored figures that are no longer up to date are shown (updating).
        sig_exported(str): a report or export was written to this path.
    """

    sig_allowed = Signal()
    sig_refused = Signal()
    sig_loaded = Signal()
    sig_stored_shown = Signal()
    sig_exported = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        source: qr.FigureSource | None = None,
        warm_delay_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._source = source
        self._warm_delay_ms = warm_delay_ms
        self._warming = False
        self._figures: qr.FigureSet | None = None
        self._as_of = ""  # "Figures of 09:12", when stored figures are shown
        self._pending: Any = None
        self._ready = False  # the role allows the dashboard and the hubs are in their list
        self._stale = True  # the figures shown are not those of the current filters and data
        self._today = ctx.store.clock().astimezone().date()
        self._vocab = qr.vocabulary(ui_language())

        # -- filters ---------------------------------------------------------------------------
        self.quarter_combo = QComboBox()
        self.quarter_combo.setAccessibleName(self.tr("Period"))
        current = Period.containing(self._today)
        self._quarters: dict[str, Period] = {}  # "2026-Q3" -> the period (the combo's data is the label)
        year, q = current.start.year, (current.start.month - 1) // 3 + 1
        for _ in range(QUARTERS_SHOWN):
            period = Period.quarter(year, q)
            self._quarters[period.label] = period
            self.quarter_combo.addItem(period.label, period.label)
            year, q = (year - 1, 4) if q == 1 else (year, q - 1)
        self.quarter_combo.addItem(self.tr("From … to …"), CUSTOM)
        self.from_edit = QDateEdit(to_qdate(current.start))
        self.to_edit = QDateEdit(to_qdate(current.end))
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.hub_combo = QComboBox()
        self.hub_combo.setAccessibleName(self.tr("Hub"))
        self.hub_combo.addItem(self.tr("All hubs"), None)
        self.hub_combo.setMinimumContentsLength(14)
        self.hub_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stadsdeel_combo = QComboBox()
        self.stadsdeel_combo.setAccessibleName(self.tr("Stadsdeel"))
        self.stadsdeel_combo.addItem(self.tr("All stadsdelen"), None)
        for sd in Stadsdeel:
            self.stadsdeel_combo.addItem(stadsdeel_label(sd), sd.value)
        self.columns_combo = QComboBox()
        self.columns_combo.setAccessibleName(self.tr("Columns"))
        self.columns_combo.addItem(self.tr("Total only"), "programme")
        self.columns_combo.addItem(self.tr("Per stadsdeel"), "stadsdeel")
        self.columns_combo.addItem(self.tr("Per hub"), "hub")
        self.suppress_check = QCheckBox(self.tr("Apply small-cell rule"))
        self.suppress_check.setChecked(True)
        self.suppress_check.setToolTip(
            self.tr(
                "Show numbers below 5 as “<5”, as the report and the exports always do. "
                "Switch off to see the exact figures at your desk."
            )
        )
        self.report_button = QPushButton(self.tr("Quarterly report (PDF)…"))
        self.report_button.setToolTip(self.tr("The figures and charts of this selection as a PDF, small cells hidden"))
        self.export_button = QPushButton(self.tr("Export tables (CSV/XLSX)…"))
        self.export_button.setToolTip(self.tr("The tables of this selection as a spreadsheet, small cells hidden"))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Period:")))
        filters.addWidget(self.quarter_combo)
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.to_edit)
        filters.addSpacing(10)
        filters.addWidget(QLabel(self.tr("Hub:")))
        filters.addWidget(self.hub_combo)
        filters.addSpacing(10)
        filters.addWidget(QLabel(self.tr("Stadsdeel:")))
        filters.addWidget(self.stadsdeel_combo)
        filters.addSpacing(10)
        filters.addWidget(QLabel(self.tr("Columns:")))
        filters.addWidget(self.columns_combo)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.suppress_check)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        actions.addSpacing(12)
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self.report_button)
        actions.addWidget(self.export_button)

        # -- the tabs ----------------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._tabs: dict[str, _Tab] = {}
        for code, charts in _TABS:
            self._tabs[code] = self._make_tab(code, len(charts))

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(filters)
        content_layout.addLayout(actions)
        content_layout.addWidget(self.tabs, 1)
        self.refused_label = QLabel(
            self.tr("The dashboard is for coordinators and admins. Ask your coordinator for the figures.")
        )
        self.refused_label.setObjectName("refusedLabel")
        self.refused_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refused_label.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.refused_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._connect_signals()
        self._populate()

    def _make_tab(self, code: str, chart_count: int) -> _Tab:
        model = SectionTableModel(self)
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(self._vocab.section(code))
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        charts = [BarChartView() for _ in range(chart_count)]
        if charts:
            page: QWidget = QSplitter(Qt.Orientation.Horizontal)
            chart_box = QSplitter(Qt.Orientation.Vertical)
            for chart in charts:
                chart_box.addWidget(chart)
            page.addWidget(chart_box)  # type: ignore[attr-defined]
            page.addWidget(table)  # type: ignore[attr-defined]
            page.setStretchFactor(0, 1)  # type: ignore[attr-defined]
            page.setStretchFactor(1, 1)  # type: ignore[attr-defined]
            page.setChildrenCollapsible(False)  # type: ignore[attr-defined]
        else:
            page = table
        self.tabs.addTab(page, self._vocab.section(code))
        return _Tab(code, page, charts, table, model)

    def _connect_signals(self) -> None:
        self.quarter_combo.currentIndexChanged.connect(self._on_quarter_changed)
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        self.hub_combo.currentIndexChanged.connect(self.refresh)
        self.stadsdeel_combo.currentIndexChanged.connect(self.refresh)
        self.columns_combo.currentIndexChanged.connect(self.refresh)
        self.suppress_check.toggled.connect(self._show)
        self.report_button.clicked.connect(self._on_report_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self._ctx.signals.sig_data_changed.connect(self._on_data_changed)

    def _populate(self) -> None:
        self._set_busy(True)
        store, actor = self._ctx.store, self._ctx.actor

        def work() -> list[tuple[uuid.UUID, str]] | None:
            return qr.hub_choices(store) if qr.may_view(store, actor) else None

        self._ctx.runner.submit(work, self._on_hubs_loaded, owner=self)

    def _on_hubs_loaded(self, hubs: list[tuple[uuid.UUID, str]] | None) -> None:
        if hubs is None:
            self._refuse()
            return
        with QSignalBlocker(self.hub_combo):
            for hub_id, name in hubs:
                self.hub_combo.addItem(name, str(hub_id))
        self._ready = True
        self.sig_allowed.emit()
        if self._warm_delay_ms is not None:
            QTimer.singleShot(self._warm_delay_ms, self, self.warm)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._ready and self._stale and self._pending is None:
            self.refresh()

    @Slot(object)
    def _on_data_changed(self, _changes: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _refuse(self) -> None:
        self._figures = None
        self.pages.setCurrentWidget(self.refused_label)
        self.sig_refused.emit()

    # -- the filters ---------------------------------------------------------------------------
    def current_filter(self) -> Filter:
        data = self.quarter_combo.currentData()
        if data == CUSTOM:
            start, end = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
            period = Period(min(start, end), max(start, end))
        else:
            period = self._quarters.get(data) or Period.containing(self._today)
        # Qt hands a StrEnum back as a plain str, and the ids are kept as text: both are turned back here.
        hub, stadsdeel = self.hub_combo.currentData(), self.stadsdeel_combo.currentData()
        return Filter(
            period=period,
            hub_id=uuid.UUID(hub) if hub else None,
            stadsdeel=Stadsdeel(stadsdeel) if stadsdeel else None,
        )

    def current_columns(self) -> GroupBy:
        by: GroupBy = self.columns_combo.currentData()
        return by

    @Slot(int)
    def _on_quarter_changed(self, _index: int) -> None:
        custom = self.quarter_combo.currentData() == CUSTOM
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(custom)
        if not custom:
            period = self.current_filter().period
            for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
                with QSignalBlocker(edit):
                    edit.setDate(to_qdate(day))
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------
    def _groupings(self) -> tuple[GroupBy, ...]:
        return ("stadsdeel", "hub") if self.current_columns() == "hub" else ("stadsdeel",)

    @Slot()
    def refresh(self) -> None:
        """Show the stored figures for the current filters, then compute them afresh on the
        database thread if the data changed since (or compute them if none are stored)."""
        if not self._ready:  # the role is not known yet, or it does not allow the dashboard
            return
        self._stale = False
        store, actor = self._ctx.store, self._ctx.actor
        flt, by = self.current_filter(), self._groupings()
        if self._pending is not None:
            self._pending.cancel()  # its answer is for filters no longer shown
        self._set_busy(True)
        self._pending = self._ctx.runner.submit(
            lambda: snaps.collect_stored(store, actor, flt, by=by),
            lambda stored: self._on_stored(stored, flt, by),
            self._on_failed,
            owner=self,
        )

    def _on_stored(self, stored: snaps.StoredFigures | None, flt: Filter, by: tuple[GroupBy, ...]) -> None:
        if stored is not None:
            self._figures = stored.figure_set
            when = stored.computed_at.astimezone().strftime("%H:%M") if stored.computed_at else ""
            self._as_of = self.tr("Figures of %1").replace("%1", when) if when else ""
            if stored.fresh:
                self._on_loaded(stored.figure_set, as_of=self._as_of)
                return
            self.tabs.setEnabled(True)
            self.report_button.setEnabled(True)  # the report and the exports are computed afresh anyway
            self.export_button.setEnabled(True)
        store, actor, source = self._ctx.store, self._ctx.actor, self._source
        self._pending = self._ctx.slow_runner.submit(
            lambda: snaps.collect_refreshed(store, actor, flt, by=by, source=source),
            self._on_loaded,
            self._on_failed,
            owner=self,
        )
        if stored is not None:
            self._show()
            self.sig_stored_shown.emit()

    def _on_loaded(self, figures: qr.FigureSet, as_of: str = "") -> None:
        self._pending = None
        self._figures = figures
        self._as_of = as_of
        self._set_busy(False)
        self._show()
        self.sig_loaded.emit()

    # -- keeping the stored figures up to date ---------------------------------------------------
    @Slot()
    def warm(self) -> None:
        """Bring the stored figures the dashboard opens with up to date, one selection per
        operation on the database thread (so that desk work submitted meanwhile goes between)."""
        if not self._ready or self._warming:
            return
        self._warming = True
        store, actor = self._ctx.store, self._ctx.actor
        targets = snaps.warm_targets(self._ctx.store.clock().astimezone().date())

        def next_one(_done: object = None) -> None:
            if not targets:
                self._warming = False
                return
            flt, by = targets.pop(0)
            self._ctx.slow_runner.submit(
                lambda: snaps.SnapshotService(store, actor).warm_one(flt, by), next_one, on_failed, owner=self
            )

        def on_failed(error: BaseException) -> None:  # the dashboard computes them itself when opened
            self._warming = False
            log.warning("warming the dashboard's figures failed: %r", error)

        next_one()

    def on_synced(self, report: object) -> None:
        """After a sync: warm the stored figures when it brought changes."""
        if getattr(report, "changes", None) and self._warm_delay_ms is not None:
            self.warm()

    def _on_failed(self, error: BaseException) -> None:
        self._pending = None
        self._clear()  # the figures of the filters before are not shown under these
        self._set_busy(False)
        if isinstance(error, UserFacingError) and error.code == "dashboard.not_allowed":
            self._refuse()
        elif isinstance(error, UserFacingError):
            self._say(error_text(error, ui_language()), error=True)
        else:
            show_error(self, error)

    def _clear(self) -> None:
        self._figures = None
        self._as_of = ""
        for tab in self._tabs.values():
            tab.model.set_section(None, self._vocab)
            for chart in tab.charts:
                chart.set_bars("", [])

    def _set_busy(self, busy: bool) -> None:
        self.tabs.setEnabled(not busy)
        self.report_button.setEnabled(not busy and self._figures is not None)
        self.export_button.setEnabled(not busy and self._figures is not None)
        if busy:
            self._say(self.tr("Loading…"))

    @property
    def loading(self) -> bool:
        return self._pending is not None

    # -- showing ---------------------------------------------------------------------------------
    @Slot()
    def _show(self) -> None:
        figures = self._figures
        if figures is None:
            return
        suppress = self.suppress_check.isChecked()
        vocab = self._vocab
        sections = {
            s.code: s
            for s in qr.build_sections(
                figures, vocab, by=self.current_columns(), suppress=suppress, key_label=key_label
            )
        }
        by_stadsdeel = {
            s.code: s for s in qr.build_sections(figures, vocab, by="stadsdeel", suppress=suppress, key_label=key_label)
        }
        for code, tab in self._tabs.items():
            tab.model.set_section(sections.get(code), vocab)
            header = tab.table.horizontalHeader()
            tab.table.resizeColumnToContents(0)
            header.resizeSection(0, min(max(header.sectionSize(0), 220), 420))
            for col in range(1, tab.model.columnCount()):
                header.resizeSection(col, 96)
            if isinstance(tab.page, QSplitter):  # the table as wide as its columns, at most 60%
                scroll_bar = tab.table.verticalScrollBar().sizeHint().width()
                wanted = header.length() + scroll_bar + 2 * tab.table.frameWidth() + 12
                width = max(tab.page.width(), 600)
                table_w = min(wanted, int(width * 0.6))
                tab.page.setSizes([width - table_w, table_w])
            for chart, kind in zip(tab.charts, dict(_TABS)[code], strict=True):
                title, bars = self._chart(kind, sections, by_stadsdeel)
                chart.set_bars(title, bars)
        period = figures.flt.period
        if figures.empty:
            self._say(self._vocab.text("no_hubs"))
            return
        reach = sections.get("reach")
        unique = reach.table("reach.unique") if reach else None
        reached = unique.cell("") if unique else None
        summary = self.tr("%1: %2 entrepreneurs reached.").replace("%1", period.label)
        summary = summary.replace("%2", reached.text if reached else "0")
        if self._as_of:
            summary += f" {self._as_of}"
        if self._pending is not None:  # stored figures, being computed afresh
            summary += " " + self.tr("(updating…)")
        self._say(summary)

    def _chart(
        self, kind: str, sections: dict[str, qr.Section], by_stadsdeel: dict[str, qr.Section]
    ) -> tuple[str, Bars]:
        vocab = self._vocab
        if kind == "reach_per_stadsdeel":
            reach = by_stadsdeel.get("reach")
            table = reach.table("reach.unique") if reach else None
            if table is None or not table.rows:
                return vocab.text("chart_reach"), []
            return vocab.text("chart_reach"), [
                (_bar_label(header, cell, vocab), cell.value)
                for header, cell in zip(table.columns[1:], table.rows[0].cells[1:], strict=True)
            ]
        indicator, title = {
            "funnel": ("reach.by_stage", "chart_funnel"),
            "needs": ("needs.visits", "chart_needs"),
            "partners": ("referrals.by_partner", "chart_partners"),
            "outcomes": ("referrals.outcomes", "chart_outcomes"),
        }[kind]
        section = sections.get(indicator.split(".", 1)[0])
        found = section.table(indicator) if section else None
        if found is None:
            return vocab.text(title), []
        rows = [r for r in found.rows if r.key]
        if kind in ("needs", "partners", "outcomes"):  # the largest only, and none that are zero
            rows = [r for r in rows if r.cells[0].value != 0][:CHART_LIMIT]
        return vocab.text(title), [(_bar_label(r.label, r.cells[0], vocab), r.cells[0].value) for r in rows]

    def section_model(self, code: str) -> SectionTableModel:
        return self._tabs[code].model

    def charts(self, code: str) -> list[BarChartView]:
        return list(self._tabs[code].charts)

    def show_section(self, code: str) -> None:
        self.tabs.setCurrentWidget(self._tabs[code].page)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)

    # -- report and exports ------------------------------------------------------------------------
    @Slot()
    def _on_report_clicked(self) -> None:
        figures = self._figures
        if figures is None:
            return
        path = self._ask_path(
            self.tr("Save the quarterly report"),
            f"{self._file_stem(figures)}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        lang = ui_language()
        fresh = self._computing_afresh(figures)
        self._write(path, lambda: qr.pdf_bytes(fresh(), lang))

    @Slot()
    def _on_export_clicked(self) -> None:
        figures = self._figures
        if figures is None:
            return
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, separated by semicolons (*.csv)")
        path = self._ask_path(self.tr("Export the tables"), f"{self._file_stem(figures)}.xlsx", f"{xlsx};;{csv}")
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        lang = ui_language()
        fresh = self._computing_afresh(figures)
        if path.suffix.lower() == ".csv":
            self._write(path, lambda: qr.csv_bytes(fresh(), lang))
        else:
            self._write(path, lambda: qr.xlsx_bytes(fresh(), lang))

    def _computing_afresh(self, figures: qr.FigureSet) -> Any:
        """What leaves the application is computed now (on the database thread), never taken
        from stored figures: a function that computes the figures of the selection shown."""
        store, actor, source = self._ctx.store, self._ctx.actor, self._source
        flt = figures.flt
        groupings: tuple[GroupBy, ...] = ("stadsdeel", "hub")
        by = tuple(g for g in groupings if g in figures.by)

        def compute() -> qr.FigureSet:
            return snaps.collect_refreshed(store, actor, flt, by=by, source=source)

        return compute

    def _file_stem(self, figures: qr.FigureSet) -> str:
        label = figures.flt.period.label.replace("..", "_")
        stem = self.tr("quarterly-report")  # a file name: no spaces
        return f"{stem}-{label}"

    def _ask_path(self, title: str, suggested: str, filters: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _chosen = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / suggested) if folder else suggested, filters
        )
        return Path(name) if name else None

    def _write(self, path: Path, make: Any) -> None:
        def work() -> str:
            write_atomically(path, make())
            return str(path)

        self.report_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self._say(self.tr("Writing %1…").replace("%1", path.name))
        self._ctx.slow_runner.submit(work, self._on_written, self._on_write_failed, owner=self)

    def _on_written(self, path: str) -> None:
        self.report_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self._say(self.tr("Saved: %1").replace("%1", path))
        self.sig_exported.emit(path)

    def _on_write_failed(self, error: BaseException) -> None:
        self.report_button.setEnabled(True)
        self.export_button.setEnabled(True)
        if isinstance(error, UserFacingError):
            self._say(error_text(error, ui_language()), error=True)
        else:
            show_error(self, error)


def _bar_label(label: str, cell: qr.Cell, vocab: qr.Vocabulary) -> str:
    return f"{label} ({vocab.text('suppressed')})" if cell.suppressed else label
