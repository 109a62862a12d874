"""Display names of the domain's codes, translated (Qt's ``translate``, one context per kind)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubdesk.models.enums import Stadsdeel, Stage

_t = QCoreApplication.translate

STADSDEEL_LABELS = {
    Stadsdeel.CENTRUM: "Centrum",
    Stadsdeel.NOORD: "Noord",
    Stadsdeel.OOST: "Oost",
    Stadsdeel.ZUID_WEST: "Zuid-West",
    Stadsdeel.SCHALKWIJK: "Schalkwijk",
}


def stadsdeel_label(value: Stadsdeel | None) -> str:
    """Stadsdelen are names: the same in every language."""
    return STADSDEEL_LABELS[value] if value is not None else ""


def stage_label(stage: Stage | None) -> str:
    if stage is None:
        return ""
    return {
        Stage.IDEA: _t("Stage", "idea"),
        Stage.STARTING: _t("Stage", "starting"),
        Stage.RUNNING: _t("Stage", "running"),
        Stage.SCALING: _t("Stage", "scaling"),
        Stage.STOPPING: _t("Stage", "stopping"),
    }[stage]
