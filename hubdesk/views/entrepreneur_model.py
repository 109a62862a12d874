"""Item model of the entrepreneur list: a thin adapter over list/search pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

from hubdesk.services.readmodels import EntrepreneurRow
from hubdesk.views.labels import stadsdeel_label, stage_label

Index = QModelIndex | QPersistentModelIndex


class EntrepreneurTableModel(QAbstractTableModel):
    """Rows of :class:`EntrepreneurRow`; more rows are appended as they are fetched.

    Fetching itself is done by the view (on the worker thread); the model only
    says whether more may come (:meth:`set_has_more`) and asks through
    ``fetch_more_callback``.
    """

    COL_NAME, COL_ENTERPRISE, COL_STADSDEEL, COL_STAGE, COL_TRAJECTORY, COL_LAST_CONTACT = range(6)
    COLUMN_COUNT = 6
    PersonIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EntrepreneurRow] = []
        self._has_more = False
        self._fetching = False
        self.fetch_more_callback: Any = None
        self._locale = QLocale()

    # -- feeding ---------------------------------------------------------------------
    def set_rows(self, rows: Sequence[EntrepreneurRow], has_more: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._has_more = has_more
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: Sequence[EntrepreneurRow], has_more: bool) -> None:
        self._fetching = False
        self._has_more = has_more
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_at(self, row: int) -> EntrepreneurRow:
        return self._rows[row]

    # -- lazy fetching -----------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if self.canFetchMore(parent) and self.fetch_more_callback is not None:
            self._fetching = True
            self.fetch_more_callback()

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Enterprise or idea"),
            self.tr("Stadsdeel"),
            self.tr("Stage"),
            self.tr("Trajectory"),
            self.tr("Last contact"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.PersonIdRole:
            return str(row.person_id)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.COL_NAME:
            return row.name
        if col == self.COL_ENTERPRISE:
            return row.enterprise_name
        if col == self.COL_STADSDEEL:
            return stadsdeel_label(row.stadsdeel)
        if col == self.COL_STAGE:
            return stage_label(row.stage)
        if col == self.COL_TRAJECTORY:
            return self.tr("open") if row.open_trajectory else ""
        if col == self.COL_LAST_CONTACT:
            day = row.last_contact_at.astimezone().date()
            return self._locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
        return None
