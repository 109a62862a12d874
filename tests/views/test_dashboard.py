"""The coordinators' dashboard, driven as a coordinator (and a hub worker) would."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from hubdesk.app import install_translators
from hubdesk.models.enums import Role, Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.services import indicator_snapshots as snapshots
from hubdesk.services.indicators import Figure, Filter, GroupBy, Period
from hubdesk.services.intake import IntakeService
from hubdesk.services.store import Actor, Store
from hubdesk.views.context import AppContext
from hubdesk.views.dashboard_view import DashboardView
from hubdesk.views.main_window import MainWindow
from hubdesk.views.tasks import TaskRunner
from tests.services.helpers import add_worker, registration
from tests.services.test_quarterly_report import register_walk_ins
from tests.views.conftest import make_context

Q1, Q4_BEFORE = Period.quarter(2026, 1), Period.quarter(2025, 4)  # the test clock says 3 March 2026


@pytest.fixture(autouse=True)
def dutch(qapp: QApplication) -> Iterator[None]:
    """The interface in Dutch, as at the desk (the labels of needs, stages, ... are translated)."""
    before = qapp.property("hubdesk_language")
    install_translators(qapp, "nl")
    yield
    install_translators(qapp, "en")  # removes the Dutch translators
    qapp.setProperty("hubdesk_language", before)


def fig(indicator: str, key: str, value: float, group: str = "") -> Figure:
    return Figure(indicator=indicator, group=group, key=key, value=value, unit="count")


class FakeSource:
    """Known figures: 23 reached in 2026-Q1 (premises: 2 visits), 11 in 2025-Q4; only Schalkwijk: 6."""

    def __init__(self) -> None:
        self.asked: list[tuple[Filter, GroupBy]] = []

    def figures(self, flt: Filter, *, by: GroupBy = "programme") -> list[Figure]:
        self.asked.append((flt, by))
        reached = 6 if flt.stadsdeel is Stadsdeel.SCHALKWIJK else 23 if flt.period == Q1 else 11
        if by == "stadsdeel":
            return [fig("reach.unique", "", reached, group="noord")]
        return [
            fig("reach.unique", "", reached),
            fig("reach.by_stage", "idea", 12),
            fig("reach.by_stage", "starting", 11),
            fig("needs.visits", "business_plan", 40),
            fig("needs.visits", "network", 7),
            fig("needs.visits", "premises", 2),
            fig("needs.visits", "permits", 1),
            fig("referrals.by_partner", "kvk", 9),
            fig("referrals.by_partner", "qredits", 6),
        ]


def open_dashboard(qtbot: QtBot, ctx: AppContext, source: FakeSource | None = None) -> DashboardView:
    view = DashboardView(ctx, source=source)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.resize(1180, 700)
        view.show()
    return view


def value_of(view: DashboardView, section: str, label: str, col: int = 1) -> str:
    model = view.section_model(section)
    row = model.row_of(label)
    assert row >= 0, f"no row {label!r} in {section}"
    return model.text(row, col)


def choose(qtbot: QtBot, view: DashboardView, combo_name: str, data: object) -> None:
    combo = getattr(view, combo_name)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData(data))
        assert view.loading
        assert not view.tabs.isEnabled()
        assert view.status_label.text() == view.tr("Loading…")


# -- who may ------------------------------------------------------------------------------------


def test_a_hub_worker_cannot_open_the_dashboard(qtbot: QtBot, store: Store, actor: Actor, runner: TaskRunner) -> None:
    worker = add_worker(store, actor, name="Bram Visser", username="bram", role=Role.HUB_WORKER)
    ctx = make_context(store, worker, runner)
    source = FakeSource()

    view = DashboardView(ctx, source=source)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_refused, timeout=10_000):
        view.show()

    assert view.pages.currentWidget() is view.refused_label
    assert view.refused_label.isVisible()
    assert source.asked == []  # nothing was computed for them
    assert view.section_model("reach").rowCount() == 0

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.dashboard.sig_refused, timeout=10_000):
        pass
    assert window.nav.item(window.stack.indexOf(window.dashboard)).isHidden()
    assert not window.dashboard_action.isEnabled()


def test_a_coordinator_finds_the_dashboard_in_the_navigation(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.dashboard_action.isEnabled, timeout=10_000)

    assert not window.nav.item(window.stack.indexOf(window.dashboard)).isHidden()
    with qtbot.waitSignal(window.dashboard.sig_loaded, timeout=10_000):
        window.show()
        window.dashboard_action.trigger()
    assert window.stack.currentWidget() is window.dashboard


# -- the figures ----------------------------------------------------------------------------------


def test_the_coordinator_changes_period_and_stadsdeel(qtbot: QtBot, ctx: AppContext) -> None:
    source = FakeSource()
    view = open_dashboard(qtbot, ctx, source)

    assert view.quarter_combo.currentText() == "2026-Q1"  # the quarter of today
    assert value_of(view, "reach", "Unieke ondernemers (aantal)") == "23"
    assert value_of(view, "needs", "Ondernemingsplan") == "40"
    assert "23" in view.status_label.text()

    choose(qtbot, view, "quarter_combo", "2025-Q4")
    assert source.asked[-1][0] == Filter(Q4_BEFORE)
    assert value_of(view, "reach", "Unieke ondernemers (aantal)") == "11"

    choose(qtbot, view, "stadsdeel_combo", Stadsdeel.SCHALKWIJK)  # where the hub is
    assert source.asked[-1][0] == Filter(Q4_BEFORE, stadsdeel=Stadsdeel.SCHALKWIJK)
    assert value_of(view, "reach", "Unieke ondernemers (aantal)") == "6"


def test_small_cells_read_less_than_five_with_the_reason_until_the_rule_is_switched_off(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view = open_dashboard(qtbot, ctx, FakeSource())
    model = view.section_model("needs")
    premises = model.row_of("Bedrijfsruimte")

    assert view.suppress_check.isChecked()  # on when the dashboard opens
    assert model.text(premises, 1) == "<5"
    tip = model.data(model.index(premises, 1), Qt.ItemDataRole.ToolTipRole)
    assert "kleine aantallen" in tip
    assert model.data(model.index(model.row_of("Ondernemingsplan"), 1), Qt.ItemDataRole.ToolTipRole) is None
    needs_chart = view.charts("needs")[0]
    assert "Bedrijfsruimte (<5)" in needs_chart.labels
    assert needs_chart.values[needs_chart.labels.index("Bedrijfsruimte (<5)")] is None  # no bar

    view.suppress_check.setChecked(False)

    assert model.text(model.row_of("Bedrijfsruimte"), 1) == "2"
    assert model.text(model.row_of("Vergunningen"), 1) == "1"
    assert "Bedrijfsruimte" in needs_chart.labels


def test_when_the_figures_cannot_be_read_the_old_ones_are_not_left_standing(qtbot: QtBot, ctx: AppContext) -> None:
    class Failing(FakeSource):
        def figures(self, flt: Filter, *, by: GroupBy = "programme") -> list[Figure]:
            if flt.stadsdeel is Stadsdeel.SCHALKWIJK:
                raise UserFacingError("store.failed", path="hub.sqlite", reason="disk I/O error")
            return super().figures(flt, by=by)

    view = open_dashboard(qtbot, ctx, Failing())
    assert view.section_model("reach").rowCount() > 0

    view.stadsdeel_combo.setCurrentIndex(view.stadsdeel_combo.findData(Stadsdeel.SCHALKWIJK))
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)

    assert "disk I/O error" in view.status_label.text()
    assert view.section_model("reach").rowCount() == 0
    assert view.charts("reach")[0].labels == []
    assert not view.report_button.isEnabled()
    assert not view.export_button.isEnabled()


def test_columns_per_stadsdeel(qtbot: QtBot, ctx: AppContext) -> None:
    view = open_dashboard(qtbot, ctx, FakeSource())

    choose(qtbot, view, "columns_combo", "stadsdeel")

    model = view.section_model("reach")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[1:] == ["Totaal", "Noord"]
    assert value_of(view, "reach", "Unieke ondernemers (aantal)", col=2) == "23"
    reach_chart = view.charts("reach")[0]
    assert reach_chart.labels == ["Noord"]
    assert reach_chart.values == [23]


# -- report and exports ----------------------------------------------------------------------------


def test_the_report_and_the_tables_are_saved_where_asked_with_small_cells_hidden(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_dashboard(qtbot, ctx, FakeSource())
    view.suppress_check.setChecked(False)  # exact figures on screen; the files still hide them
    answers = iter([str(tmp_path / "q1.pdf"), str(tmp_path / "tables")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (next(answers), ""))

    with qtbot.waitSignal(view.sig_exported, timeout=20_000) as pdf:
        qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.sig_exported, timeout=20_000) as xlsx:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)

    assert pdf.args == [str(tmp_path / "q1.pdf")]
    assert (tmp_path / "q1.pdf").read_bytes().startswith(b"%PDF")
    assert xlsx.args == [str(tmp_path / "tables.xlsx")]  # the extension is added
    needs = load_workbook(io.BytesIO((tmp_path / "tables.xlsx").read_bytes()))["Hulpvragen"]
    rows = {row[0]: row[1] for row in needs.iter_rows(values_only=True) if row[0]}
    assert rows["Ondernemingsplan"] == 40
    assert rows["Bedrijfsruimte"] == "<5"
    assert "q1.pdf" not in view.status_label.text()
    assert "tables.xlsx" in view.status_label.text()


# -- the whole way: the real indicators on a database ----------------------------------------------


def test_the_dashboard_of_a_real_database(qtbot: QtBot, store: Store, actor: Actor, runner: TaskRunner) -> None:
    register_walk_ins(store, actor)  # seven in Schalkwijk on 3 March 2026: 2 about their network, 3 premises
    view = open_dashboard(qtbot, make_context(store, actor, runner))

    assert value_of(view, "reach", "Unieke ondernemers (aantal)") == "7"
    assert value_of(view, "needs", "Ondernemingsplan") == "7"
    assert value_of(view, "needs", "Netwerk") == "<5"
    view.suppress_check.setChecked(False)
    assert value_of(view, "needs", "Netwerk") == "2"
    assert value_of(view, "needs", "Bedrijfsruimte") == "3"

    choose(qtbot, view, "stadsdeel_combo", Stadsdeel.CENTRUM)  # this database has no hub there
    assert view.status_label.text() == "Geen hub in deze selectie: er zijn geen cijfers."
    assert view.section_model("reach").rowCount() == 0

    choose(qtbot, view, "stadsdeel_combo", Stadsdeel.SCHALKWIJK)
    choose(qtbot, view, "quarter_combo", "2025-Q4")
    assert value_of(view, "reach", "Unieke ondernemers (aantal)") == "0"


# -- stored figures ---------------------------------------------------------------------------------


def test_opening_shows_the_stored_figures_at_once_and_then_the_fresh_ones(
    qtbot: QtBot, store: Store, actor: Actor, runner: TaskRunner
) -> None:
    register_walk_ins(store, actor)  # seven reached
    snapshots.collect_refreshed(store, actor, Filter(Q1))  # stored at 10:00 UTC
    stored_at = store.clock().astimezone().strftime("%H:%M")
    IntakeService(store).register(actor, registration("Lotte", "Visser", postcode="2035 AB", email="l@example.nl"))
    view = DashboardView(make_context(store, actor, runner))
    qtbot.addWidget(view)
    seen: list[tuple[str, str, bool]] = []
    view.sig_stored_shown.connect(
        lambda: seen.append(
            (value_of(view, "reach", "Unieke ondernemers (aantal)"), view.status_label.text(), view.tabs.isEnabled())
        )
    )

    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.resize(1180, 700)
        view.show()

    as_of, updating = view.tr("Figures of %1").replace("%1", stored_at), view.tr("(updating…)")
    assert seen == [("7", f"2026-Q1: 7 ondernemers bereikt. {as_of} {updating}", True)]
    assert value_of(view, "reach", "Unieke ondernemers (aantal)") == "8"
    assert view.status_label.text() == "2026-Q1: 8 ondernemers bereikt."  # computed just now
    fresh = snapshots.collect_stored(store, actor, Filter(Q1))
    assert fresh is not None
    assert fresh.fresh  # what was computed is stored for the next time


def test_up_to_date_stored_figures_are_shown_without_computing_and_the_files_are_computed_afresh(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = FakeSource()
    snapshots.collect_refreshed(ctx.store, ctx.actor, Filter(Q1), source=source)
    source.asked.clear()

    view = open_dashboard(qtbot, ctx, source)

    assert source.asked == []
    assert value_of(view, "reach", "Unieke ondernemers (aantal)") == "23"
    assert view.tr("Figures of %1").replace("%1", "") in view.status_label.text()
    assert view.tr("(updating…)") not in view.status_label.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "t.csv"), ""))
    with qtbot.waitSignal(view.sig_exported, timeout=20_000):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert [by for _flt, by in source.asked] == ["programme", "stadsdeel"]  # not taken from what is stored


def test_the_stored_figures_are_warmed_after_start_up_and_after_a_sync_that_brought_changes(
    qtbot: QtBot, store: Store, actor: Actor, runner: TaskRunner
) -> None:
    register_walk_ins(store, actor)
    service = snapshots.SnapshotService(store, actor)
    targets = snapshots.warm_targets(store.clock().date())

    def all_fresh() -> bool:
        return all((found := service.get(flt, by)) is not None and found.fresh for flt, by in targets)

    view = DashboardView(make_context(store, actor, runner), warm_delay_ms=0)  # never shown
    qtbot.addWidget(view)
    qtbot.waitUntil(all_fresh, timeout=10_000)
    IntakeService(store).register(actor, registration("Lotte", "Visser", postcode="2035 AB", email="l@example.nl"))
    assert not all_fresh()

    class Report:
        changes = ()

    view.on_synced(Report())  # nothing came in: nothing to do
    qtbot.wait(300)
    assert not all_fresh()
    Report.changes = ("a change",)  # type: ignore[assignment]
    view.on_synced(Report())
    qtbot.waitUntil(all_fresh, timeout=10_000)
    found = service.get(*targets[0])
    assert found is not None
    assert found.figures[0] == Figure("reach.unique", "", "", 8, "count")


def test_computing_the_figures_does_not_hold_up_the_desk(
    qtbot: QtBot, store: Store, actor: Actor, runner: TaskRunner
) -> None:
    """At a million entrepreneurs a computation takes seconds: it runs on the background
    thread, and the desk's own work (search, saves) goes on meanwhile."""
    background = TaskRunner(name="hubdesk-db-background")
    release, entered = threading.Event(), threading.Event()

    class SlowSource(FakeSource):
        def figures(self, flt: Filter, *, by: GroupBy = "programme") -> list[Figure]:
            entered.set()
            release.wait(10)
            return super().figures(flt, by=by)

    ctx = AppContext.create(store, actor, runner, background)
    view = DashboardView(ctx, source=SlowSource())
    qtbot.addWidget(view)
    view.show()
    desk_work_done: list[object] = []
    try:
        qtbot.waitUntil(entered.is_set, timeout=5_000)
        runner.submit(lambda: "saved", desk_work_done.append)
        qtbot.waitUntil(lambda: desk_work_done == ["saved"], timeout=5_000)  # while the figures are still computing
        assert not view.tabs.isEnabled()
        with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
            release.set()
        assert value_of(view, "reach", "Unieke ondernemers (aantal)") == "23"
    finally:
        release.set()
        background.shutdown()
