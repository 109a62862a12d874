"""Item model of the entrepreneur list: a thin adapter over list/search pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

from hubdesk.services.readmodels import EntrepreneurRow
from hubdesk.views.labels import stadsdeel_label, stage_label
from hubdesk.views.rows_model import PagedRowsModel

Index = QModelIndex | QPersistentModelIndex


class EntrepreneurTableModel(PagedRowsModel[EntrepreneurRow]):
    """Rows of :class:`EntrepreneurRow`, a page at a time (:class:`PagedRowsModel`)."""

    COL_NAME, COL_ENTERPRISE, COL_STADSDEEL, COL_STAGE, COL_TRAJECTORY, COL_LAST_CONTACT = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("EntrepreneurTableModel", "Name"),
        QT_TRANSLATE_NOOP("EntrepreneurTableModel", "Enterprise or idea"),
        QT_TRANSLATE_NOOP("EntrepreneurTableModel", "Stadsdeel"),
        QT_TRANSLATE_NOOP("EntrepreneurTableModel", "Stage"),
        QT_TRANSLATE_NOOP("EntrepreneurTableModel", "Trajectory"),
        QT_TRANSLATE_NOOP("EntrepreneurTableModel", "Last contact"),
    )
    PersonIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()

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
