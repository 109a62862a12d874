"""How the tables of the person's file look and behave, in one place."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def choose_one_row(view: QAbstractItemView) -> None:
    """A read-only list to choose one row from: whole rows, and Tab moves on to the next control."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)


def file_table(
    table: QTableView,
    accessible_name: str,
    *,
    widths: Mapping[int, int],
    fit: tuple[int, ...] = (),
    visible_rows: int,
) -> None:
    """A compact part of the file: no grid, alternating rows, ``widths`` in pixels per
    column (``fit``: as wide as their contents, the last column takes the rest), and
    a fixed height of ``visible_rows`` rows, so the file below does not jump."""
    table.setAccessibleName(accessible_name)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    choose_one_row(table)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in widths.items():
        header.resizeSection(column, width)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setFixedHeight(header.sizeHint().height() + visible_rows * rows.defaultSectionSize() + 4)
