"""What the table models share: one Python object per row, and translated column titles.

A subclass names its columns in ``HEADERS``, each title marked with
``QT_TRANSLATE_NOOP("<the subclass's name>", ...)`` so that lupdate files it under the
subclass and :meth:`RowsModel.headers` finds its translation there; ``COLUMN_COUNT``
follows from them. It adds its own ``data()``. Rows that come a page at a time (the
entrepreneur list, the audit log) use :class:`PagedRowsModel`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowsModel(QAbstractTableModel, Generic[RowT]):
    HEADERS: ClassVar[tuple[object, ...]] = ()  # QT_TRANSLATE_NOOP gives its text back, typed as object
    COLUMN_COUNT: ClassVar[int] = 0

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.COLUMN_COUNT = len(cls.HEADERS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def headers(self) -> tuple[str, ...]:
        """The column titles, in the language of the moment."""
        return tuple(self._title(c) for c in range(self.COLUMN_COUNT))

    def _title(self, column: int) -> str:
        return QCoreApplication.translate(type(self).__name__, str(self.HEADERS[column]))

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._title(section) if 0 <= section < self.COLUMN_COUNT else None


class PagedRowsModel(RowsModel[RowT]):
    """Rows that are appended a page at a time as the view scrolls down.

    The fetching itself is the screen's (on the database thread); the model only says
    whether more may come and asks for them through ``fetch_more_callback``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._has_more = False
        self._fetching = False
        self.fetch_more_callback: Callable[[], None] | None = None

    def set_rows(self, rows: Sequence[RowT], has_more: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._has_more = has_more
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: Sequence[RowT], has_more: bool) -> None:
        self._fetching = False
        self._has_more = has_more
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if self.canFetchMore(parent) and self.fetch_more_callback is not None:
            self._fetching = True
            self.fetch_more_callback()
