"""Display names of the impact register's and the events' codes (Qt's ``translate``)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from hubdesk.models.enums import (
    EventKind,
    LegalForm,
    PlacementKind,
    ProcurementKind,
    ProcurementRoute,
    PsoLevel,
    RecognitionKind,
    Stadsdeel,
    TargetGroup,
    ValueBand,
)
from hubdesk.views.labels import legal_form_label, stadsdeel_label


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def recognition_label(kind: RecognitionKind) -> str:
    return {
        RecognitionKind.CODE_REGISTER: _t("Recognition", "Register Sociale Ondernemingen"),
        RecognitionKind.CODE_ASPIRANT: _t("Recognition", "Aspirant, Register Sociale Ondernemingen"),
        RecognitionKind.SE_NL_MEMBER: _t("Recognition", "Social Enterprise NL member"),
        RecognitionKind.PSO: _t("Recognition", "PSO (Prestatieladder Socialer Ondernemen)"),
        RecognitionKind.KIP_SROI_BADGE: _t("Recognition", "KIP SROI badge"),
    }[kind]


def pso_level_label(level: PsoLevel) -> str:
    return {
        PsoLevel.ASPIRANT: _t("PsoLevel", "aspirant"),
        PsoLevel.BASISTREDE: _t("PsoLevel", "basistrede"),
        PsoLevel.TREDE_1: _t("PsoLevel", "trede 1"),
        PsoLevel.TREDE_2: _t("PsoLevel", "trede 2"),
        PsoLevel.TREDE_3: _t("PsoLevel", "trede 3"),
    }[level]


def route_label(route: ProcurementRoute) -> str:
    return {
        ProcurementRoute.KIP: _t("ProcurementRoute", "Kennemer Inkoop Platform (KIP)"),
        ProcurementRoute.BUY_SOCIAL: _t("ProcurementRoute", "Buy Social"),
        ProcurementRoute.DIRECT: _t("ProcurementRoute", "Direct"),
    }[route]


def procurement_kind_label(kind: ProcurementKind) -> str:
    return {
        ProcurementKind.SROI_PURCHASE: _t("ProcurementKind", "Purchase counted for SROI"),
        ProcurementKind.SUBCONTRACT: _t("ProcurementKind", "Subcontract"),
        ProcurementKind.SOCIAL_PURCHASE: _t("ProcurementKind", "Social purchase"),
    }[kind]


def value_band_label(band: ValueBand) -> str:
    return {
        ValueBand.UNDER_5K: _t("ValueBand", "under € 5,000"),
        ValueBand.FROM_5K_TO_25K: _t("ValueBand", "€ 5,000 – 25,000"),
        ValueBand.FROM_25K_TO_100K: _t("ValueBand", "€ 25,000 – 100,000"),
        ValueBand.OVER_100K: _t("ValueBand", "over € 100,000"),
    }[band]


def placement_kind_label(kind: PlacementKind) -> str:
    return {
        PlacementKind.YOUTH_WORK_EXPERIENCE: _t("PlacementKind", "Work experience for young people"),
        PlacementKind.INTERNSHIP: _t("PlacementKind", "Internship"),
        PlacementKind.JOB: _t("PlacementKind", "Job"),
    }[kind]


def target_group_label(group: TargetGroup) -> str:
    return {
        TargetGroup.DOELGROEPREGISTER: _t("TargetGroup", "Doelgroepregister (banenafspraak)"),
        TargetGroup.PARTICIPATIEWET: _t("TargetGroup", "Participatiewet"),
        TargetGroup.WW: _t("TargetGroup", "WW"),
        TargetGroup.WIA_WAO: _t("TargetGroup", "WIA/WAO"),
        TargetGroup.EARLY_SCHOOL_LEAVER: _t("TargetGroup", "Early school-leaver"),
        TargetGroup.STUDENT_BOL_BBL: _t("TargetGroup", "BOL/BBL student"),
        TargetGroup.NO_BENEFIT_JOBSEEKER: _t("TargetGroup", "Jobseeker without benefit"),
        TargetGroup.YOUTH_IN_DEBT: _t("TargetGroup", "Young people in debt"),
        TargetGroup.OTHER: _t("TargetGroup", "Other"),
    }[group]


def event_kind_label(kind: EventKind) -> str:
    return {
        EventKind.SOCIAL_IMPACT_NIGHT: _t("EventKind", "Social Impact Night"),
        EventKind.BUY_SOCIAL_MARKETPLACE: _t("EventKind", "Buy Social marketplace"),
        EventKind.WORKSHOP: _t("EventKind", "Workshop"),
        EventKind.NETWORK_MEETING: _t("EventKind", "Network meeting"),
        EventKind.OTHER: _t("EventKind", "Other"),
    }[kind]


def export_labels() -> dict[str, str]:
    """Code -> text for everything the procurement export names (built on the GUI thread)."""
    labels: dict[str, str] = {}
    for kind in RecognitionKind:
        labels[kind.value] = recognition_label(kind)
    for level in PsoLevel:
        labels[level.value] = pso_level_label(level)
    for form in LegalForm:
        labels[form.value] = legal_form_label(form)
    for sd in Stadsdeel:
        labels[sd.value] = stadsdeel_label(sd)
    return labels


def enum_label(value: StrEnum) -> str:
    """Any code of this module's kinds as its display name."""
    labels: dict[type[StrEnum], Callable[[Any], str]] = {
        RecognitionKind: recognition_label,
        PsoLevel: pso_level_label,
        ProcurementRoute: route_label,
        ProcurementKind: procurement_kind_label,
        ValueBand: value_band_label,
        PlacementKind: placement_kind_label,
        TargetGroup: target_group_label,
        EventKind: event_kind_label,
    }
    label = labels.get(type(value))
    return label(value) if label is not None else value.value
