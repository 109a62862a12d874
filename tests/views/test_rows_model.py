"""The table models' shared part: a title over every column, in the desk's language."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

from PySide6.QtCore import Qt

import hubdesk.views
from hubdesk.views.rows_model import PagedRowsModel, RowsModel


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _table_models() -> list[type[RowsModel[object]]]:
    for info in pkgutil.iter_modules(hubdesk.views.__path__):
        importlib.import_module(f"hubdesk.views.{info.name}")
    return [m for m in _subclasses(RowsModel) if m is not PagedRowsModel]


def test_every_table_has_a_title_over_each_column_and_none_beyond(qapp: object) -> None:
    models = _table_models()
    assert len(models) >= 11  # the screens' tables, from the entrepreneur list to the audit log
    for cls in models:
        model = cls()
        titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert model.columnCount() == len(model.headers()) > 0, cls.__name__
        assert all(isinstance(t, str) and t for t in titles), cls.__name__
        assert len(set(titles)) == len(titles), cls.__name__
        assert model.headerData(model.columnCount(), Qt.Orientation.Horizontal) is None
        assert model.headerData(0, Qt.Orientation.Vertical) is None
        assert model.rowCount() == 0
