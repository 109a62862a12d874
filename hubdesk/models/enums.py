"""Enumerations of the domain (DOMAIN.md sections 2 and 5).

Values are stable codes stored in the database and carried in change packages;
views translate them for display.
"""

from __future__ import annotations

from enum import StrEnum


class Stadsdeel(StrEnum):
    CENTRUM = "centrum"
    NOORD = "noord"
    OOST = "oost"
    ZUID_WEST = "zuid_west"
    SCHALKWIJK = "schalkwijk"


class Role(StrEnum):
    HUB_WORKER = "hub_worker"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class Language(StrEnum):
    NL = "nl"
    EN = "en"


class IncomeSituation(StrEnum):
    EMPLOYED = "employed"
    WW = "ww"
    BIJSTAND = "bijstand"
    OTHER = "other"
    UNKNOWN = "unknown"
    NOT_ASKED = "not_asked"


class LegalForm(StrEnum):
    NONE_YET = "none_yet"
    EENMANSZAAK = "eenmanszaak"
    VOF = "vof"
    MAATSCHAP = "maatschap"
    CV = "cv"
    BV = "bv"
    NV = "nv"
    STICHTING = "stichting"
    VERENIGING = "vereniging"
    COOPERATIE = "cooperatie"
    FOREIGN = "foreign"

    @property
    def is_legal_entity(self) -> bool:
        """True for rechtspersonen (their KVK data is not personal data)."""
        return self in _LEGAL_ENTITIES


_LEGAL_ENTITIES = frozenset(
    {LegalForm.BV, LegalForm.NV, LegalForm.STICHTING, LegalForm.VERENIGING, LegalForm.COOPERATIE}
)


class Stage(StrEnum):
    IDEA = "idea"
    STARTING = "starting"
    RUNNING = "running"
    SCALING = "scaling"
    STOPPING = "stopping"


class EnterpriseRole(StrEnum):
    FOUNDER = "founder"
    CO_FOUNDER = "co_founder"
    OWNER = "owner"
    DIRECTOR = "director"
    MEMBER = "member"


class VisitChannel(StrEnum):
    WALK_IN = "walk_in"
    APPOINTMENT = "appointment"
    PHONE = "phone"
    EMAIL = "email"
    EVENT = "event"
    REFERRED_IN = "referred_in"


class Need(StrEnum):
    FINANCE_LOAN = "finance_loan"
    FINANCE_GRANT_SUBSIDY = "finance_grant_subsidy"
    INCOME_SUPPORT_BBZ = "income_support_bbz"
    LEGAL_FORM_REGISTRATION = "legal_form_registration"
    BUSINESS_PLAN = "business_plan"
    MARKETING_SALES = "marketing_sales"
    NETWORK = "network"
    PREMISES = "premises"
    PROCUREMENT_SROI = "procurement_sroi"
    HIRING_DISTANCE_LABOUR_MARKET = "hiring_distance_labour_market"
    IMPACT_MEASUREMENT = "impact_measurement"
    RECOGNITION_CERTIFICATION = "recognition_certification"
    ADMIN_TAX = "admin_tax"
    PERMITS = "permits"
    FINANCIAL_TROUBLE = "financial_trouble"
    LANGUAGE_DIGITAL = "language_digital"


class TrajectoryStatus(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    CLOSED = "closed"


class CloseReason(StrEnum):
    GOAL_REACHED = "goal_reached"
    REFERRED_ONWARD = "referred_onward"
    NO_CONTACT = "no_contact"
    IDEA_STOPPED = "idea_stopped"
    MOVED = "moved"
    OTHER = "other"


class StepStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class PartnerType(StrEnum):
    KVK = "kvk"
    MUNICIPAL_BBZ = "municipal_bbz"
    MICROFINANCE = "microfinance"
    FOUNDATION = "foundation"
    NETWORK = "network"
    CERTIFICATION = "certification"
    COACHING = "coaching"
    PROCUREMENT_PLATFORM = "procurement_platform"
    WORKSPACE = "workspace"
    EDUCATION = "education"
    OTHER = "other"


class Handover(StrEnum):
    LETTER = "letter"
    WARM_CALL = "warm_call"
    JOINT_MEETING = "joint_meeting"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    INTAKE_PLANNED = "intake_planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class ReferralOutcome(StrEnum):
    HELPED_ADVICE = "helped_advice"
    REGISTERED_KVK = "registered_kvk"
    LOAN_GRANTED = "loan_granted"
    LOAN_DECLINED = "loan_declined"
    BBZ_GRANTED = "bbz_granted"
    BBZ_DECLINED = "bbz_declined"
    ADMITTED_REGISTER = "admitted_register"
    ASPIRANT = "aspirant"
    MEMBERSHIP = "membership"
    BADGE_AWARDED = "badge_awarded"
    NOT_ELIGIBLE = "not_eligible"
    NO_SHOW = "no_show"
    WITHDRAWN = "withdrawn"
    NO_FEEDBACK = "no_feedback"


class OutcomeSource(StrEnum):
    PARTNER = "partner"
    ENTREPRENEUR = "entrepreneur"


class ConsentPurpose(StrEnum):
    REGISTRATION = "registration"
    SHARE_WITH_PARTNER = "share_with_partner"
    MONITORING_RECORD_LEVEL = "monitoring_record_level"
    NEWSLETTER = "newsletter"
    STORY_PHOTO = "story_photo"


class ConsentMethod(StrEnum):
    VERBAL = "verbal"
    SIGNED = "signed"
    DIGITAL = "digital"


class NoteVisibility(StrEnum):
    HUB = "hub"
    AUTHOR = "author"


class RecognitionKind(StrEnum):
    CODE_REGISTER = "code_register"
    CODE_ASPIRANT = "code_aspirant"
    SE_NL_MEMBER = "se_nl_member"
    PSO = "pso"
    KIP_SROI_BADGE = "kip_sroi_badge"


class PsoLevel(StrEnum):
    ASPIRANT = "aspirant"
    BASISTREDE = "basistrede"
    TREDE_1 = "trede_1"
    TREDE_2 = "trede_2"
    TREDE_3 = "trede_3"


class ProcurementRoute(StrEnum):
    KIP = "kip"
    BUY_SOCIAL = "buy_social"
    DIRECT = "direct"


class ProcurementKind(StrEnum):
    SROI_PURCHASE = "sroi_purchase"
    SUBCONTRACT = "subcontract"
    SOCIAL_PURCHASE = "social_purchase"


class ValueBand(StrEnum):
    UNDER_5K = "under_5k"
    FROM_5K_TO_25K = "5k_25k"
    FROM_25K_TO_100K = "25k_100k"
    OVER_100K = "over_100k"


class PlacementKind(StrEnum):
    YOUTH_WORK_EXPERIENCE = "youth_work_experience"
    INTERNSHIP = "internship"
    JOB = "job"


class EventKind(StrEnum):
    """Programme events that count in the indicators."""

    SOCIAL_IMPACT_NIGHT = "social_impact_night"
    BUY_SOCIAL_MARKETPLACE = "buy_social_marketplace"
    WORKSHOP = "workshop"
    NETWORK_MEETING = "network_meeting"
    OTHER = "other"


class TargetGroup(StrEnum):
    """Categories counted for placements; never linked to a named employee."""

    DOELGROEPREGISTER = "doelgroepregister"
    PARTICIPATIEWET = "participatiewet"
    WW = "ww"
    WIA_WAO = "wia_wao"
    EARLY_SCHOOL_LEAVER = "early_school_leaver"
    STUDENT_BOL_BBL = "student_bol_bbl"
    NO_BENEFIT_JOBSEEKER = "no_benefit_jobseeker"
    YOUTH_IN_DEBT = "youth_in_debt"
    OTHER = "other"


class AuditAction(StrEnum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"
    ERASE = "erase"  # a person erased on request: the only trace left of them (hubdesk.services.erasure)
    # Logins and accounts (hubdesk.services.auth)
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKOUT = "lockout"
    PASSWORD_CHANGE = "password_change"
    PASSWORD_RESET = "password_reset"
    ROLE_CHANGE = "role_change"
    DEACTIVATE = "deactivate"
    REACTIVATE = "reactivate"


class ChangeOp(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
