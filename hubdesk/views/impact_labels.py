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


def recognition_label(kind: RecognitionKind) -> str:
    return {
        RecognitionKind.CODE_REGISTER: QCoreApplication.translate("Recognition", "Register Sociale Ondernemingen"),
        RecognitionKind.CODE_ASPIRANT: QCoreApplication.translate(
            "Recognition", "Aspirant, Register Sociale Ondernemingen"
        ),
        RecognitionKind.SE_NL_MEMBER: QCoreApplication.translate("Recognition", "Social Enterprise NL member"),
        RecognitionKind.PSO: QCoreApplication.translate("Recognition", "PSO (Prestatieladder Socialer Ondernemen)"),
        RecognitionKind.KIP_SROI_BADGE: QCoreApplication.translate("Recognition", "KIP SROI badge"),
    }[kind]


def pso_level_label(level: PsoLevel) -> str:
    return {
        PsoLevel.ASPIRANT: QCoreApplication.translate("PsoLevel", "aspirant"),
        PsoLevel.BASISTREDE: QCoreApplication.translate("PsoLevel", "basistrede"),
        PsoLevel.TREDE_1: QCoreApplication.translate("PsoLevel", "trede 1"),
        PsoLevel.TREDE_2: QCoreApplication.translate("PsoLevel", "trede 2"),
        PsoLevel.TREDE_3: QCoreApplication.translate("PsoLevel", "trede 3"),
    }[level]


def route_label(route: ProcurementRoute) -> str:
    return {
        ProcurementRoute.KIP: QCoreApplication.translate("ProcurementRoute", "Kennemer Inkoop Platform (KIP)"),
        ProcurementRoute.BUY_SOCIAL: QCoreApplication.translate("ProcurementRoute", "Buy Social"),
        ProcurementRoute.DIRECT: QCoreApplication.translate("ProcurementRoute", "Direct"),
    }[route]


def procurement_kind_label(kind: ProcurementKind) -> str:
    return {
        ProcurementKind.SROI_PURCHASE: QCoreApplication.translate("ProcurementKind", "Purchase counted for SROI"),
        ProcurementKind.SUBCONTRACT: QCoreApplication.translate("ProcurementKind", "Subcontract"),
        ProcurementKind.SOCIAL_PURCHASE: QCoreApplication.translate("ProcurementKind", "Social purchase"),
    }[kind]


def value_band_label(band: ValueBand) -> str:
    return {
        ValueBand.UNDER_5K: QCoreApplication.translate("ValueBand", "under € 5,000"),
        ValueBand.FROM_5K_TO_25K: QCoreApplication.translate("ValueBand", "€ 5,000 – 25,000"),
        ValueBand.FROM_25K_TO_100K: QCoreApplication.translate("ValueBand", "€ 25,000 – 100,000"),
        ValueBand.OVER_100K: QCoreApplication.translate("ValueBand", "over € 100,000"),
    }[band]


def placement_kind_label(kind: PlacementKind) -> str:
    return {
        PlacementKind.YOUTH_WORK_EXPERIENCE: QCoreApplication.translate(
            "PlacementKind", "Work experience for young people"
        ),
        PlacementKind.INTERNSHIP: QCoreApplication.translate("PlacementKind", "Internship"),
        PlacementKind.JOB: QCoreApplication.translate("PlacementKind", "Job"),
    }[kind]


def target_group_label(group: TargetGroup) -> str:
    return {
        TargetGroup.DOELGROEPREGISTER: QCoreApplication.translate("TargetGroup", "Doelgroepregister (banenafspraak)"),
        TargetGroup.PARTICIPATIEWET: QCoreApplication.translate("TargetGroup", "Participatiewet"),
        TargetGroup.WW: QCoreApplication.translate("TargetGroup", "WW"),
        TargetGroup.WIA_WAO: QCoreApplication.translate("TargetGroup", "WIA/WAO"),
        TargetGroup.EARLY_SCHOOL_LEAVER: QCoreApplication.translate("TargetGroup", "Early school-leaver"),
        TargetGroup.STUDENT_BOL_BBL: QCoreApplication.translate("TargetGroup", "BOL/BBL student"),
        TargetGroup.NO_BENEFIT_JOBSEEKER: QCoreApplication.translate("TargetGroup", "Jobseeker without benefit"),
        TargetGroup.YOUTH_IN_DEBT: QCoreApplication.translate("TargetGroup", "Young people in debt"),
        TargetGroup.OTHER: QCoreApplication.translate("TargetGroup", "Other"),
    }[group]


def event_kind_label(kind: EventKind) -> str:
    return {
        EventKind.SOCIAL_IMPACT_NIGHT: QCoreApplication.translate("EventKind", "Social Impact Night"),
        EventKind.BUY_SOCIAL_MARKETPLACE: QCoreApplication.translate("EventKind", "Buy Social marketplace"),
        EventKind.WORKSHOP: QCoreApplication.translate("EventKind", "Workshop"),
        EventKind.NETWORK_MEETING: QCoreApplication.translate("EventKind", "Network meeting"),
        EventKind.OTHER: QCoreApplication.translate("EventKind", "Other"),
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
