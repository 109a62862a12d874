"""The entrepreneur list as a hub worker uses it."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hubdesk.models.enums import Stadsdeel
from hubdesk.services.listing import PAGE_SIZE
from hubdesk.views.context import AppContext
from hubdesk.views.entrepreneurs import EntrepreneurListView


@pytest.fixture
def view(qtbot: QtBot, demo_ctx: AppContext) -> EntrepreneurListView:
    v = EntrepreneurListView(demo_ctx)
    qtbot.addWidget(v)
    qtbot.waitUntil(lambda: v.model.rowCount() > 0)
    return v


def _some_family_name(ctx: AppContext) -> str:
    page = ctx.listing.page(limit=1)
    return page.rows[0].name.split()[-1]


def test_the_list_opens_with_the_first_page_and_the_total(view: EntrepreneurListView) -> None:
    assert view.model.rowCount() == PAGE_SIZE
    assert "300" in view.count_label.text()


def test_scrolling_down_fetches_the_rest(qtbot: QtBot, view: EntrepreneurListView) -> None:
    view.table.scrollToBottom()
    view.model.fetchMore(view.table.rootIndex())
    qtbot.waitUntil(lambda: view.model.rowCount() == 300)
    assert not view.model.canFetchMore(view.table.rootIndex())


def test_typing_searches_after_a_pause(qtbot: QtBot, view: EntrepreneurListView, demo_ctx: AppContext) -> None:
    family = _some_family_name(demo_ctx)
    with qtbot.waitSignal(view.sig_loaded, timeout=3000):
        qtbot.keyClicks(view.search_edit, family.lower()[:4])
    names = [view.model.row_at(r).name for r in range(view.model.rowCount())]
    assert any(family in n for n in names)
    assert "match" in view.count_label.text()


def test_enter_in_the_search_field_opens_the_first_match(
    qtbot: QtBot, view: EntrepreneurListView, demo_ctx: AppContext
) -> None:
    family = _some_family_name(demo_ctx)
    with qtbot.waitSignal(view.sig_loaded, timeout=3000):
        qtbot.keyClicks(view.search_edit, family)
    with qtbot.waitSignal(view.sig_open_requested) as opened:
        qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert isinstance(opened.args[0], uuid.UUID)
    assert opened.args[0] == view.model.row_at(0).person_id


def test_a_search_that_matches_nothing_says_so(qtbot: QtBot, view: EntrepreneurListView) -> None:
    with qtbot.waitSignal(view.sig_loaded, timeout=3000):
        qtbot.keyClicks(view.search_edit, "zzqqxx")
    assert view.model.rowCount() == 0
    assert "0" in view.count_label.text()


def test_the_stadsdeel_filter_narrows_the_list(qtbot: QtBot, view: EntrepreneurListView) -> None:
    with qtbot.waitSignal(view.sig_loaded, timeout=3000):
        view.stadsdeel_combo.setCurrentIndex(view.stadsdeel_combo.findData(Stadsdeel.NOORD))
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert rows
    assert {r.stadsdeel for r in rows} == {Stadsdeel.NOORD}
