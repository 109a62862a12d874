"""Item model of the entrepreneur list: a thin adapter over list/search pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

from hubdesk.services.readmodels import EntrepreneurRow
from hubdesk.views.labels import stadsdeel_label, stage_label
from hubdesk.views.rows_model import PagedRowsModel

Index = QModelIndex | QPersistentModelIndex


class EntrepreneurTableModel(PagedRowsModel[EntrepreneurRow]):
    """Rows of :class:`EntrepreneurRow`, a page at a time (:class:`PagedRowsModel`)."""

    COL_NAME, COL_ENTERPRISE, COL_STADSDEEL, COL_STAGE, COL_TRAJECTORY, COL_LAST_CONTACT = range(6)
    COLUMN_COUNT = 6
    PersonIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Enterprise or idea"),
            self.tr("Stadsdeel"),
            self.tr("Stage"),
            self.tr("Trajectory"),
            self.tr("Last contact"),
        )

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
