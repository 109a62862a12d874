"""Display texts for guidance: trajectory and step statuses, close reasons, catalog names, days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from hubdesk.models.enums import CloseReason, StepStatus, TrajectoryStatus
from hubdesk.views.errors import ui_language


def trajectory_status_label(status: TrajectoryStatus) -> str:
    return {
        TrajectoryStatus.OPEN: QCoreApplication.translate("TrajectoryStatus", "Open"),
        TrajectoryStatus.PAUSED: QCoreApplication.translate("TrajectoryStatus", "Paused"),
        TrajectoryStatus.CLOSED: QCoreApplication.translate("TrajectoryStatus", "Closed"),
    }[status]


def step_status_label(status: StepStatus) -> str:
    return {
        StepStatus.PLANNED: QCoreApplication.translate("StepStatus", "Planned"),
        StepStatus.DONE: QCoreApplication.translate("StepStatus", "Done"),
        StepStatus.CANCELLED: QCoreApplication.translate("StepStatus", "Cancelled"),
    }[status]


def close_reason_label(reason: CloseReason | None) -> str:
    if reason is None:
        return ""
    return {
        CloseReason.GOAL_REACHED: QCoreApplication.translate("CloseReason", "Goal reached"),
        CloseReason.REFERRED_ONWARD: QCoreApplication.translate("CloseReason", "Referred to a partner"),
        CloseReason.NO_CONTACT: QCoreApplication.translate("CloseReason", "No contact any more"),
        CloseReason.IDEA_STOPPED: QCoreApplication.translate("CloseReason", "Stopped with the idea"),
        CloseReason.MOVED: QCoreApplication.translate("CloseReason", "Moved away"),
        CloseReason.OTHER: QCoreApplication.translate("CloseReason", "Other reason"),
    }[reason]


def localized(name_nl: str, name_en: str) -> str:
    """A catalog name (route, step type) in the interface's language."""
    return (name_en if ui_language() == "en" else name_nl) or name_nl or name_en


def step_type_name(names: Mapping[str, tuple[str, str]], code: str) -> str:
    """The name of a step type from ``code -> (Dutch, English)``; the code itself if unknown."""
    pair = names.get(code)
    return localized(*pair) if pair else code


def short_day(day: dt.date | None) -> str:
    """A date in the locale's short format ("" for none)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
