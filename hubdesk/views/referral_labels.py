"""Display names of the referral codes (statuses, outcomes, handovers, partner types), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hubdesk.models.enums import Handover, OutcomeSource, PartnerType, ReferralOutcome, ReferralStatus
from hubdesk.services import letters
from hubdesk.views.errors import ui_language


def referral_status_label(status: ReferralStatus) -> str:
    return {
        ReferralStatus.DRAFT: QCoreApplication.translate("ReferralStatus", "Draft"),
        ReferralStatus.SENT: QCoreApplication.translate("ReferralStatus", "Sent"),
        ReferralStatus.ACKNOWLEDGED: QCoreApplication.translate("ReferralStatus", "Acknowledged"),
        ReferralStatus.INTAKE_PLANNED: QCoreApplication.translate("ReferralStatus", "Intake planned"),
        ReferralStatus.IN_PROGRESS: QCoreApplication.translate("ReferralStatus", "In progress"),
        ReferralStatus.CLOSED: QCoreApplication.translate("ReferralStatus", "Closed"),
    }[status]


def outcome_label(outcome: ReferralOutcome) -> str:
    return {
        ReferralOutcome.HELPED_ADVICE: QCoreApplication.translate("ReferralOutcome", "Helped with advice"),
        ReferralOutcome.REGISTERED_KVK: QCoreApplication.translate("ReferralOutcome", "Registered at the KVK"),
        ReferralOutcome.LOAN_GRANTED: QCoreApplication.translate("ReferralOutcome", "Loan granted"),
        ReferralOutcome.LOAN_DECLINED: QCoreApplication.translate("ReferralOutcome", "Loan declined"),
        ReferralOutcome.BBZ_GRANTED: QCoreApplication.translate("ReferralOutcome", "Bbz granted"),
        ReferralOutcome.BBZ_DECLINED: QCoreApplication.translate("ReferralOutcome", "Bbz declined"),
        ReferralOutcome.ADMITTED_REGISTER: QCoreApplication.translate("ReferralOutcome", "Admitted to the register"),
        ReferralOutcome.ASPIRANT: QCoreApplication.translate("ReferralOutcome", "Admitted as aspirant"),
        ReferralOutcome.MEMBERSHIP: QCoreApplication.translate("ReferralOutcome", "Became a member"),
        ReferralOutcome.BADGE_AWARDED: QCoreApplication.translate("ReferralOutcome", "Badge awarded"),
        ReferralOutcome.NOT_ELIGIBLE: QCoreApplication.translate("ReferralOutcome", "Not eligible"),
        ReferralOutcome.NO_SHOW: QCoreApplication.translate("ReferralOutcome", "Did not show up"),
        ReferralOutcome.WITHDRAWN: QCoreApplication.translate("ReferralOutcome", "Entrepreneur withdrew"),
        ReferralOutcome.NO_FEEDBACK: QCoreApplication.translate("ReferralOutcome", "No feedback received"),
    }[outcome]


def outcome_source_label(source: OutcomeSource) -> str:
    return {
        OutcomeSource.PARTNER: QCoreApplication.translate("OutcomeSource", "The partner"),
        OutcomeSource.ENTREPRENEUR: QCoreApplication.translate("OutcomeSource", "The entrepreneur"),
    }[source]


def handover_label(handover: Handover) -> str:
    return {
        Handover.LETTER: QCoreApplication.translate("Handover", "Letter: the entrepreneur contacts the partner"),
        Handover.WARM_CALL: QCoreApplication.translate("Handover", "Three-way phone call"),
        Handover.JOINT_MEETING: QCoreApplication.translate("Handover", "Joint meeting"),
    }[handover]


def partner_type_label(kind: PartnerType) -> str:
    return {
        PartnerType.KVK: QCoreApplication.translate("PartnerType", "Chamber of Commerce"),
        PartnerType.MUNICIPAL_BBZ: QCoreApplication.translate("PartnerType", "Municipality (Bbz)"),
        PartnerType.MICROFINANCE: QCoreApplication.translate("PartnerType", "Microfinance"),
        PartnerType.FOUNDATION: QCoreApplication.translate("PartnerType", "Foundation or fund"),
        PartnerType.NETWORK: QCoreApplication.translate("PartnerType", "Network"),
        PartnerType.CERTIFICATION: QCoreApplication.translate("PartnerType", "Certification"),
        PartnerType.COACHING: QCoreApplication.translate("PartnerType", "Coaching"),
        PartnerType.PROCUREMENT_PLATFORM: QCoreApplication.translate("PartnerType", "Procurement platform"),
        PartnerType.WORKSPACE: QCoreApplication.translate("PartnerType", "Workspace"),
        PartnerType.EDUCATION: QCoreApplication.translate("PartnerType", "Education"),
        PartnerType.OTHER: QCoreApplication.translate("PartnerType", "Other"),
    }[kind]


def field_label(code: str) -> str:
    """The label of a partner's referral field in the interface's language (the letter
    templates name them; the code itself when no template knows it)."""
    return letters.load_template(ui_language()).field_label(code)


def known_field_codes() -> list[str]:
    """Every referral field a partner can ask for: the ones the letter templates name."""
    return list(letters.load_template(ui_language()).field_labels)
