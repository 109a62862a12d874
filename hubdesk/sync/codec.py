"""Field values between their JSON form (change log, packages) and their columns.

:func:`codec_for` gives, per replicated table, the checks and conversions of a
change's JSON values: to column values (Python objects, for SQLAlchemy), and on
SQLite straight to the stored form that SQLAlchemy itself writes (UUIDs as 32 hex
digits, UTC timestamps as text, JSON as text), so that an import writes rows with
plain ``executemany``. Anything a column cannot hold raises :class:`BadValue`; the
import checks a whole package with it before writing anything.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from hubdesk.models.base import Replicated, UTCDateTime
from hubdesk.sync.scope import table_of

Convert = Callable[[Any], Any]


_MISSING = object()


class BadValue(ValueError):
    """A value a column cannot hold."""


# -- JSON -> Python ---------------------------------------------------------------------------------------------------


def _datetime(v: Any) -> dt.datetime:
    if not isinstance(v, str):
        raise BadValue("not a timestamp")
    try:
        value = dt.datetime.fromisoformat(v)
    except ValueError:
        raise BadValue("not a timestamp") from None
    if value.tzinfo is None:
        raise BadValue("a timestamp without time zone")
    return value if value.tzinfo is dt.UTC else value.astimezone(dt.UTC)


def _date(v: Any) -> dt.date:
    if not isinstance(v, str):
        raise BadValue("not a date")
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        raise BadValue("not a date") from None


def _uuid(v: Any) -> uuid.UUID:
    return uuid.UUID(hex=_uuid_hex(v))


def _text(length: int | None) -> Convert:
    def convert(v: Any) -> str:
        if not isinstance(v, str):
            raise BadValue("not text")
        if length is not None and len(v) > length:
            raise BadValue("text too long")
        return v

    convert.text_length = length  # type: ignore[attr-defined]  # read by TableCodec._compile_stored
    return convert


def _int(v: Any) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise BadValue("not a whole number")
    return v


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise BadValue("not true or false")
    return v


def _float(v: Any) -> float:
    if not isinstance(v, int | float) or isinstance(v, bool):
        raise BadValue("not a number")
    return float(v)


def _json(v: Any) -> Any:
    if not isinstance(v, list | dict):  # the JSON columns hold lists and mappings
        raise BadValue("not a list or mapping")
    return v


# -- JSON -> stored on SQLite (what SQLAlchemy's types write) --------------------------------------------------------


def _uuid_hex(v: Any) -> str:
    if not isinstance(v, str):
        raise BadValue("not an id")
    h = v.replace("-", "").lower()
    try:
        if len(h) != 32 or len(bytes.fromhex(h)) != 16:
            raise BadValue("not an id")
    except ValueError:
        raise BadValue("not an id") from None
    return h


@functools.lru_cache(maxsize=4096)  # records of one write share their timestamps
def utc_text(value: dt.datetime) -> str:
    """A UTC timestamp as SQLAlchemy stores it on SQLite (naive, with microseconds)."""
    if value.tzinfo is not dt.UTC:
        value = value.astimezone(dt.UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _datetime_text(v: Any) -> str:
    return utc_text(_datetime(v))


def _date_text(v: Any) -> str:
    return _date(v).isoformat()


def _json_text(v: Any) -> str:
    return json.dumps(_json(v))


def _bool_stored(v: Any) -> int:
    return 1 if _bool(v) else 0


def _converters(column: sa.Column[Any]) -> tuple[Convert, Convert]:
    """(to Python, to the stored SQLite form) for a column."""
    t = column.type
    if isinstance(t, UTCDateTime):
        return _datetime, _datetime_text
    if isinstance(t, sa.Uuid):
        return _uuid, _uuid_hex
    if isinstance(t, sa.JSON):
        return _json, _json_text
    if isinstance(t, sa.Date) and not isinstance(t, sa.DateTime):
        return _date, _date_text
    if isinstance(t, sa.Enum):
        # Any code: a newer node's new code must not stop an older node's import.
        text = _text(t.length)
        return text, text
    if isinstance(t, sa.Boolean):
        return _bool, _bool_stored
    if isinstance(t, sa.Integer):
        return _int, _int
    if isinstance(t, sa.Float | sa.Numeric):
        return _float, _float
    if isinstance(t, sa.String | sa.Text):
        text = _text(getattr(t, "length", None))
        return text, text
    raise TypeError(f"{column}: no conversion for {t!r}")


def _default(column: sa.Column[Any]) -> Callable[[], Any]:
    default = column.default
    if default is None:
        return lambda: None
    if default.is_scalar:
        value = default.arg  # type: ignore[attr-defined]  # ScalarElementColumnDefault
        return lambda: value
    if default.is_callable:
        func = default.arg  # type: ignore[attr-defined]  # CallableColumnDefault
        return lambda: func(None)
    return lambda: None


def _stored_default(value: Any) -> Any:
    """A column default (a Python value) in its stored form."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, str | int | float):
        return int(value) if isinstance(value, bool) else value
    if isinstance(value, list | dict):
        return json.dumps(value)
    raise TypeError(f"no stored form for default {value!r}")


class TableCodec:
    """The columns of one replicated table and how values are checked and converted."""

    def __init__(self, entity: str) -> None:
        table = table_of(entity)
        self.entity = entity
        self.table = table
        self.columns = [c.name for c in table.columns]  # the order of a stored row
        data = [c for c in table.columns if c.name not in Replicated.META_FIELDS]
        self.names = frozenset(c.name for c in data)
        pairs = {c.name: _converters(c) for c in data}
        self._typed = {name: p[0] for name, p in pairs.items()}
        self._stored = {name: p[1] for name, p in pairs.items()}
        self._nullable = {c.name: bool(c.nullable) for c in data}
        self._defaults = {c.name: _default(c) for c in data}
        quoted = ", ".join(f'"{n}"' for n in self.columns)
        marks = ", ".join("?" * len(self.columns))
        self.insert_sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'
        sets = ", ".join(f'"{n}" = ?' for n in self.columns if n != "id")
        self.update_sql = f'UPDATE "{table.name}" SET {sets} WHERE id = ?'
        self._row = self._compile_row()
        self._stored_fields = self._compile_stored()

    def _convert(self, table: dict[str, Convert], name: str, value: Any) -> Any:
        convert = table.get(name)
        if convert is None:
            raise BadValue(f"{self.entity} has no field {name}")
        if value is None:
            if not self._nullable[name]:
                raise BadValue(f"{self.entity}.{name} cannot be empty")
            return None
        try:
            return convert(value)
        except BadValue as exc:
            raise BadValue(f"{self.entity}.{name}: {exc}") from None

    def convert(self, name: str, value: Any) -> Any:
        """A JSON value as the column's Python value; raises :class:`BadValue`."""
        return self._convert(self._typed, name, value)

    def stored(self, fields: dict[str, Any]) -> dict[str, Any]:
        """A change's JSON values in their stored SQLite form; raises :class:`BadValue`."""
        if not fields.keys() <= self.names:
            unknown = sorted(set(fields) - self.names)[0]
            raise BadValue(f"{self.entity} has no field {unknown}")
        return self._stored_fields(fields)

    def _compile_stored(self) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """The conversion of :meth:`stored`, generated once per table: it runs for every
        field of every change of an import, so text is checked inline and the rest with
        one call per value."""
        env: dict[str, Any] = {"BadValue": BadValue, "MISSING": _MISSING}
        lines = ["def stored(f):", "    out = {}"]
        for i, (name, convert) in enumerate(self._stored.items()):
            where = f"{self.entity}.{name}"
            lines += [f"    v = f.get({name!r}, MISSING)", "    if v is not MISSING:", "        if v is None:"]
            if self._nullable[name]:
                lines.append(f"            out[{name!r}] = None")
            else:
                lines.append(f"            raise BadValue({where + ' cannot be empty'!r})")
            lines.append("        else:")
            length = getattr(convert, "text_length", False)
            if length is not False:
                limit = f" or len(v) > {length}" if length is not None else ""
                lines += [
                    f"            if type(v) is not str{limit}:",
                    f"                raise BadValue({where + ': not text (or too long)'!r})",
                    f"            out[{name!r}] = v",
                ]
            else:
                env[f"c{i}"] = convert
                lines += [
                    "            try:",
                    f"                out[{name!r}] = c{i}(v)",
                    "            except BadValue as exc:",
                    f"                raise BadValue({where + ': '!r} + str(exc)) from None",
                ]
        lines.append("    return out")
        exec("\n".join(lines) + "\n", env)  # noqa: S102 - code built from column names of our own tables
        stored: Callable[[dict[str, Any]], dict[str, Any]] = env["stored"]
        return stored

    def check(self, fields: dict[str, Any]) -> None:
        """Raise :class:`BadValue` naming the first field the table cannot hold."""
        for name, value in fields.items():
            self._convert(self._typed, name, value)

    def typed_row(self, values: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
        """Column values of a whole record (missing fields get their defaults)."""
        row = {
            name: self.convert(name, values[name]) if name in values else self._defaults[name]() for name in self._typed
        }
        row.update(meta)
        return row

    def stored_row(self, stored: dict[str, Any], meta: dict[str, Any]) -> tuple[Any, ...]:
        """The stored tuple of a whole record, in :attr:`columns` order (meta fields from
        ``meta``, missing fields with their defaults)."""
        return self._row(stored, meta)

    def _compile_row(self) -> Callable[[dict[str, Any], dict[str, Any]], tuple[Any, ...]]:
        """A function building the tuple, generated once per table (like the bulk writer's
        encoders): one call per record instead of one per column."""
        env: dict[str, Any] = {}
        items = []
        for i, name in enumerate(self.columns):
            if name in Replicated.META_FIELDS:
                items.append(f"m[{name!r}]")
            else:
                env[f"d{i}"] = _stored_default(self._defaults[name]())
                items.append(f"s.get({name!r}, d{i})")
        source = f"def row(s, m):\n    return ({', '.join(items)},)\n"
        exec(source, env)  # noqa: S102 - code built from column names of our own tables
        row: Callable[[dict[str, Any], dict[str, Any]], tuple[Any, ...]] = env["row"]
        return row


@functools.cache
def codec_for(entity: str) -> TableCodec:
    return TableCodec(entity)
