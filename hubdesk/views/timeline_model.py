"""The timeline of an entrepreneur's file as a table model, and date formatting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont

from hubdesk.models.enums import Need, NoteVisibility, ReferralOutcome, VisitChannel
from hubdesk.services.readmodels import TimelineItem
from hubdesk.views.guidance_labels import close_reason_label, localized, short_day
from hubdesk.views.labels import channel_label, need_label, stage_label
from hubdesk.views.referral_labels import outcome_label, outcome_source_label, referral_status_label
from hubdesk.views.rows_model import RowsModel

GUIDANCE_KINDS = frozenset({"trajectory_opened", "stage_changed", "step_done", "trajectory_closed"})
REFERRAL_KINDS = frozenset({"referral_created", "referral_sent", "referral_closed"})


_OUTCOMES = frozenset(o.value for o in ReferralOutcome)


def _need_text(code: str) -> str:
    try:
        return need_label(Need(code))
    except ValueError:  # a code from a newer desk
        return code


def _channel_text(channel: VisitChannel | str | None) -> str:
    if not channel:
        return ""
    try:
        return channel_label(VisitChannel(channel))
    except ValueError:
        return str(channel)


def short_date(value: dt.datetime) -> str:
    """A stored UTC moment as the local date, in the locale's short format."""
    local = value.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)


def short_date_time(value: dt.datetime) -> str:
    local = value.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


Index = QModelIndex | QPersistentModelIndex


class TimelineModel(RowsModel[TimelineItem]):
    """The file's timeline, newest first: a thin adapter over :class:`TimelineItem` rows.

    Plain Python rows rather than one QTreeWidgetItem per entry: reloading a file then
    destroys no wrapped Qt objects (see :meth:`PersonFileView._resolve_conflict`).
    """

    COL_DATE, COL_KIND, COL_BY, COL_DETAILS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineModel", "Date"),
        QT_TRANSLATE_NOOP("TimelineModel", "What"),
        QT_TRANSLATE_NOOP("TimelineModel", "By"),
        QT_TRANSLATE_NOOP("TimelineModel", "Details"),
    )
    ItemIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[str, str, str, str]] = []

    def set_items(self, items: Sequence[TimelineItem]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self._texts = [self._row_texts(item) for item in self._rows]
        self.endResetModel()

    def item_at(self, row: int) -> TimelineItem:
        return self._rows[row]

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def _row_texts(self, entry: TimelineItem) -> tuple[str, str, str, str]:
        if entry.kind == "visit":
            kind = self.tr("Visit (%1)").replace("%1", _channel_text(entry.channel))
            details = []
            if entry.needs:
                details.append(self.tr("Needs: %1").replace("%1", ", ".join(_need_text(n) for n in entry.needs)))
            if entry.text:
                details.append(entry.text)
            text = "\n".join(details)
        elif entry.kind == "note":
            private = entry.visibility is NoteVisibility.AUTHOR
            kind = self.tr("Private note (only you)") if private else self.tr("Note")
            text = entry.text
        elif entry.kind in GUIDANCE_KINDS:
            kind, text = self._guidance_texts(entry)
        elif entry.kind in REFERRAL_KINDS:
            kind, text = self._referral_texts(entry)
        else:  # a kind this version does not know yet
            kind, text = entry.kind, entry.text
        when = short_day(entry.day) if entry.day is not None else short_date_time(entry.at)
        return when, kind, entry.worker_name or "—", text

    def _guidance_texts(self, entry: TimelineItem) -> tuple[str, str]:
        """What and details of a trajectory's event (opened, stage changed, step done, closed)."""
        details: list[str] = []
        if entry.kind == "trajectory_opened":
            kind = self.tr("Trajectory started")
            if entry.names is not None:
                details.append(self.tr("Route: %1").replace("%1", localized(*entry.names)))
            if entry.stage is not None:
                details.append(self.tr("Stage: %1").replace("%1", stage_label(entry.stage)))
        elif entry.kind == "stage_changed":
            kind = self.tr("Stage changed")
            if entry.previous_stage is not None:
                details.append(f"{stage_label(entry.previous_stage)} → {stage_label(entry.stage)}")
            else:
                details.append(stage_label(entry.stage))
        elif entry.kind == "step_done":
            kind = self.tr("Step done")
            if entry.names is not None:
                details.append(localized(*entry.names))
            if entry.text in _OUTCOMES:  # the follow-up of a referral, done when it was closed
                entry = replace(entry, text=outcome_label(ReferralOutcome(entry.text)))
            if entry.minutes:
                details.append(self.tr("%1 min").replace("%1", str(entry.minutes)))
        else:  # trajectory_closed
            kind = self.tr("Trajectory closed")
            if entry.close_reason is not None:
                details.append(self.tr("Reason: %1").replace("%1", close_reason_label(entry.close_reason)))
            if entry.stage is not None:
                details.append(self.tr("Stage at the end: %1").replace("%1", stage_label(entry.stage)))
        text = " · ".join(details)
        if entry.text:
            text = f"{text}\n{entry.text}" if text else entry.text
        return kind, text

    def _referral_texts(self, entry: TimelineItem) -> tuple[str, str]:
        """What and details of a referral's event (made, sent, closed)."""
        details = [entry.partner_name, entry.reference]
        if entry.kind == "referral_created":
            kind = self.tr("Referral made")
            if entry.referral_status is not None:
                details.append(self.tr("now: %1").replace("%1", referral_status_label(entry.referral_status).lower()))
        elif entry.kind == "referral_sent":
            kind = self.tr("Referral sent")
            if entry.due_on is not None:
                details.append(self.tr("feedback due by %1").replace("%1", short_day(entry.due_on)))
        else:  # referral_closed
            kind = self.tr("Referral closed")
            if entry.outcome is not None:
                details.append(self.tr("Outcome: %1").replace("%1", outcome_label(entry.outcome)))
            if entry.outcome_source is not None:
                details.append(
                    self.tr("reported by: %1").replace("%1", outcome_source_label(entry.outcome_source).lower())
                )
        return kind, " · ".join(d for d in details if d)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_DETAILS:
            return self._texts[row][col] or None
        if role == Qt.ItemDataRole.FontRole and col == self.COL_KIND:
            if self._rows[row].visibility is NoteVisibility.AUTHOR:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == self.ItemIdRole:
            return self._rows[row].id
        return None
