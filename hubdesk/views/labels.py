"""Display names of the domain's codes, translated (Qt's ``translate``, one context per kind)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubdesk.models.enums import ConsentMethod, Language, LegalForm, Need, Stadsdeel, Stage, VisitChannel

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
        Stage.IDEA: QCoreApplication.translate("Stage", "idea"),
        Stage.STARTING: QCoreApplication.translate("Stage", "starting"),
        Stage.RUNNING: QCoreApplication.translate("Stage", "running"),
        Stage.SCALING: QCoreApplication.translate("Stage", "scaling"),
        Stage.STOPPING: QCoreApplication.translate("Stage", "stopping"),
    }[stage]


def need_label(need: Need) -> str:
    return {
        Need.FINANCE_LOAN: QCoreApplication.translate("Need", "Loan or credit"),
        Need.FINANCE_GRANT_SUBSIDY: QCoreApplication.translate("Need", "Grant or subsidy"),
        Need.INCOME_SUPPORT_BBZ: QCoreApplication.translate("Need", "Income support (Bbz)"),
        Need.LEGAL_FORM_REGISTRATION: QCoreApplication.translate("Need", "Legal form and KVK registration"),
        Need.BUSINESS_PLAN: QCoreApplication.translate("Need", "Business plan"),
        Need.MARKETING_SALES: QCoreApplication.translate("Need", "Marketing and sales"),
        Need.NETWORK: QCoreApplication.translate("Need", "Network"),
        Need.PREMISES: QCoreApplication.translate("Need", "Premises"),
        Need.PROCUREMENT_SROI: QCoreApplication.translate("Need", "Procurement and SROI"),
        Need.HIRING_DISTANCE_LABOUR_MARKET: QCoreApplication.translate("Need", "Hiring people at a distance from work"),
        Need.IMPACT_MEASUREMENT: QCoreApplication.translate("Need", "Measuring impact"),
        Need.RECOGNITION_CERTIFICATION: QCoreApplication.translate("Need", "Recognition as a social enterprise"),
        Need.ADMIN_TAX: QCoreApplication.translate("Need", "Administration and tax"),
        Need.PERMITS: QCoreApplication.translate("Need", "Permits"),
        Need.FINANCIAL_TROUBLE: QCoreApplication.translate("Need", "Financial trouble"),
        Need.LANGUAGE_DIGITAL: QCoreApplication.translate("Need", "Language or digital skills"),
    }[need]


def legal_form_label(form: LegalForm) -> str:
    return {
        LegalForm.NONE_YET: QCoreApplication.translate("LegalForm", "None yet"),
        LegalForm.EENMANSZAAK: QCoreApplication.translate("LegalForm", "Sole proprietorship (eenmanszaak)"),
        LegalForm.VOF: QCoreApplication.translate("LegalForm", "General partnership (vof)"),
        LegalForm.MAATSCHAP: QCoreApplication.translate("LegalForm", "Professional partnership (maatschap)"),
        LegalForm.CV: QCoreApplication.translate("LegalForm", "Limited partnership (cv)"),
        LegalForm.BV: QCoreApplication.translate("LegalForm", "Private company (bv)"),
        LegalForm.NV: QCoreApplication.translate("LegalForm", "Public company (nv)"),
        LegalForm.STICHTING: QCoreApplication.translate("LegalForm", "Foundation (stichting)"),
        LegalForm.VERENIGING: QCoreApplication.translate("LegalForm", "Association (vereniging)"),
        LegalForm.COOPERATIE: QCoreApplication.translate("LegalForm", "Cooperative (coöperatie)"),
        LegalForm.FOREIGN: QCoreApplication.translate("LegalForm", "Foreign legal form"),
    }[form]


def channel_label(channel: VisitChannel) -> str:
    return {
        VisitChannel.WALK_IN: QCoreApplication.translate("Channel", "Walk-in"),
        VisitChannel.APPOINTMENT: QCoreApplication.translate("Channel", "Appointment"),
        VisitChannel.PHONE: QCoreApplication.translate("Channel", "Phone"),
        VisitChannel.EMAIL: QCoreApplication.translate("Channel", "E-mail"),
        VisitChannel.EVENT: QCoreApplication.translate("Channel", "Event"),
        VisitChannel.REFERRED_IN: QCoreApplication.translate("Channel", "Referred by a partner"),
    }[channel]


def consent_method_label(method: ConsentMethod) -> str:
    return {
        ConsentMethod.VERBAL: QCoreApplication.translate("ConsentMethod", "Verbally, recorded by me"),
        ConsentMethod.SIGNED: QCoreApplication.translate("ConsentMethod", "Signed on paper"),
        ConsentMethod.DIGITAL: QCoreApplication.translate("ConsentMethod", "Digitally"),
    }[method]


def language_label(language: Language) -> str:
    return {
        Language.NL: QCoreApplication.translate("Language", "Dutch"),
        Language.EN: QCoreApplication.translate("Language", "English"),
    }[language]
