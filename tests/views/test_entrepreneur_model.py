"""The list's item model, without a window."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QModelIndex, Qt

from hubdesk.models.enums import Stadsdeel, Stage
from hubdesk.services.readmodels import EntrepreneurRow
from hubdesk.views.entrepreneur_model import EntrepreneurTableModel

M = EntrepreneurTableModel


def _row(name: str) -> EntrepreneurRow:
    at = dt.datetime(2026, 3, 3, 10, tzinfo=dt.UTC)
    return EntrepreneurRow(uuid.uuid4(), name, "Bakkerij", Stadsdeel.ZUID_WEST, Stage.STARTING, True, at, at)


def test_rows_show_name_enterprise_stadsdeel_and_trajectory(qapp: object) -> None:
    model = M()
    model.set_rows([_row("Fatima El Amrani")])
    cell = lambda col: model.data(model.index(0, col), Qt.ItemDataRole.DisplayRole)  # noqa: E731
    assert cell(M.COL_NAME) == "Fatima El Amrani"
    assert cell(M.COL_ENTERPRISE) == "Bakkerij"
    assert cell(M.COL_STADSDEEL) == "Zuid-West"
    assert cell(M.COL_TRAJECTORY) != ""
    assert model.columnCount() == M.COLUMN_COUNT


def test_more_rows_are_asked_for_only_while_there_are_more(qapp: object) -> None:
    asked: list[bool] = []
    model = M()
    model.fetch_more_callback = lambda: asked.append(True)
    model.set_rows([_row("A")], has_more=True)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # already fetching: not asked twice
    assert asked == [True]
    model.append_rows([_row("B"), _row("C")], has_more=False)
    assert model.rowCount() == 3
    assert not model.canFetchMore(QModelIndex())
