"""The programme's indicators (DOMAIN.md "KPIs for the central export"), Qt-free.

:class:`IndicatorService` computes every indicator of :data:`INDICATORS` for a
:class:`Filter` (a period, optionally one hub or stadsdeel), for the programme or
grouped by stadsdeel or hub, with aggregate SQL over the covering indexes of schema
0008. The definitions are in docs/monitoring-export.md ("Indicators"); in short:

1. reach: distinct entrepreneurs with a visit or an event attendance in the period;
   new (registered in it) or returning; by stage; youth and "from benefit" shares;
2. activity: visits by channel, steps done by type, trajectories open in the period,
   median length of those closed in it, events and their attendance;
3. needs: visits naming each need;
4. referrals sent in the period: per partner, outcomes, share with a known outcome,
   median days to the partner's first contact; overdue feedback;
5. progress: stage transitions; enterprises with a KVK number founded in the period;
6. recognition, 7. procurement, 8. employment: from the impact register;
9. data quality: consent coverage of those reached; referrals with feedback.

Not computed (the schema holds no such data, so nothing is invented): the share of
enterprises still active after 12 months (KVK status) of KPI 5.

"Stadsdeel" is the stadsdeel of the hub that recorded the activity. Figures are
exact; :func:`suppress_small_cells` makes them publishable (rule in its docstring).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hubdesk.models.enums import (
    ConsentPurpose,
    EventKind,
    IncomeSituation,
    Need,
    PlacementKind,
    ProcurementKind,
    ProcurementRoute,
    RecognitionKind,
    ReferralOutcome,
    Stadsdeel,
    Stage,
    StepStatus,
    TargetGroup,
    ValueBand,
    VisitChannel,
)
from hubdesk.models.guidance import GuidanceStep, StageChange, StepType, Trajectory, Visit
from hubdesk.models.impact import EventAttendance, ProcurementMatch, ProgrammeEvent, Recognition, WorkPlacement
from hubdesk.models.org import Hub
from hubdesk.models.people import Enterprise, Person, PersonIndex
from hubdesk.models.referrals import Consent, Partner, Referral
from hubdesk.services.store import Store

GroupBy = Literal["programme", "stadsdeel", "hub"]


@dataclass(frozen=True, slots=True)
class Period:
    """A period of whole days, both ends inclusive."""

    start: dt.date
    end: dt.date

    @classmethod
    def quarter(cls, year: int, q: int) -> Period:
        if q not in (1, 2, 3, 4):
            raise ValueError(f"quarter must be 1-4, not {q}")
        start = dt.date(year, 3 * q - 2, 1)
        end = dt.date(year + 1, 1, 1) if q == 4 else dt.date(year, 3 * q + 1, 1)
        return cls(start, end - dt.timedelta(days=1))

    @classmethod
    def containing(cls, day: dt.date) -> Period:
        """The calendar quarter of ``day``."""
        return cls.quarter(day.year, (day.month - 1) // 3 + 1)

    @property
    def label(self) -> str:
        """ "2026-Q3" for a calendar quarter, else "2026-07-01..2026-08-15"."""
        q = (self.start.month - 1) // 3 + 1
        if self == Period.quarter(self.start.year, q):
            return f"{self.start.year}-Q{q}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass(frozen=True, slots=True)
class Filter:
    period: Period
    hub_id: uuid.UUID | None = None
    stadsdeel: Stadsdeel | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    indicator: str  # a code from INDICATORS
    group: str  # "" for the whole selection, else the stadsdeel value or the hub id (str)
    key: str  # the breakdown within the indicator ("" when none)
    value: float | None  # None when suppressed or not computable
    unit: str  # "count" | "percent" | "days"
    suppressed: bool = False
    # The number of cases a percent or days figure is built on (the denominator, or the
    # number of durations behind a median); None for counts.
    cases: int | None = None


@dataclass(frozen=True, slots=True)
class IndicatorDef:
    code: str
    unit: str
    breakdown: str  # what `key` means, "" when none


COUNT, PERCENT, DAYS = "count", "percent", "days"

REFERRAL_STEPS = ("sent", "first_contact", "outcome_known")
"""The keys' second part of ``referrals.partner_funnel``: sent in the period, of those the
partner made first contact, of those the outcome is known."""

INDICATORS: tuple[IndicatorDef, ...] = (
    # 1. Reach
    IndicatorDef("reach.unique", COUNT, ""),
    IndicatorDef("reach.new_returning", COUNT, "new|returning"),
    IndicatorDef("reach.by_stage", COUNT, "stage"),
    IndicatorDef("reach.youth_share", PERCENT, ""),
    IndicatorDef("reach.from_benefit_share", PERCENT, ""),
    # 2. Activity
    IndicatorDef("activity.visits", COUNT, "channel"),
    IndicatorDef("activity.steps", COUNT, "step type"),
    IndicatorDef("activity.trajectories_active", COUNT, ""),
    IndicatorDef("activity.trajectory_median_days", DAYS, ""),
    IndicatorDef("activity.events", COUNT, "event kind"),
    IndicatorDef("activity.event_attendance", COUNT, "event kind"),
    # 3. Needs
    IndicatorDef("needs.visits", COUNT, "need"),
    # 4. Referrals
    IndicatorDef("referrals.by_partner", COUNT, "partner code"),
    IndicatorDef("referrals.outcomes", COUNT, "outcome"),
    IndicatorDef("referrals.partner_funnel", COUNT, "partner code|referral step"),
    IndicatorDef("referrals.known_outcome_share", PERCENT, ""),
    IndicatorDef("referrals.days_to_first_contact", DAYS, "partner code"),
    IndicatorDef("referrals.overdue_feedback", COUNT, ""),
    # 5. Progress
    IndicatorDef("progress.stage_transitions", COUNT, "from->to"),
    IndicatorDef("progress.kvk_registrations", COUNT, ""),
    # 6. Recognition
    IndicatorDef("recognition.awarded", COUNT, "recognition kind"),
    # 7. Procurement
    IndicatorDef("procurement.by_route", COUNT, "route"),
    IndicatorDef("procurement.by_kind", COUNT, "procurement kind"),
    IndicatorDef("procurement.by_value_band", COUNT, "value band"),
    # 8. Employment
    IndicatorDef("employment.places_offered", COUNT, "placement kind"),
    IndicatorDef("employment.places_filled", COUNT, "placement kind"),
    IndicatorDef("employment.filled_by_target_group", COUNT, "target group"),
    # 9. Data quality
    IndicatorDef("quality.consent_coverage", PERCENT, ""),
    IndicatorDef("quality.referrals_with_feedback", PERCENT, ""),
)
INDICATOR_BY_CODE = {d.code: d for d in INDICATORS}


PEOPLE_EXEMPT = frozenset({"activity.events"})
"""Count indicators that do not count people (or their records) and are never suppressed."""

_BENEFITS = (IncomeSituation.WW.value, IncomeSituation.BIJSTAND.value)
_INCOME_UNKNOWN = (IncomeSituation.NOT_ASKED.value, IncomeSituation.UNKNOWN.value)
_NO_OUTCOME = "pending"
_NO_STAGE = "none"
YOUTH_AGE = 27
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

_GroupCol = Any


@dataclass(frozen=True, slots=True)
class _Scope:
    """The resolved selection: which hubs, how rows are grouped, and the time bounds."""

    flt: Filter
    by: GroupBy
    hubs: dict[uuid.UUID, Stadsdeel]
    groups: tuple[str, ...]
    start_at: dt.datetime  # local midnight at the start, in UTC
    end_at: dt.datetime  # local midnight after the last day, in UTC (exclusive)

    def group(self, hub_col: _GroupCol) -> Any:
        """The group of a row as text, from its hub. An expression rather than the column
        itself, so that SQLite never walks a hub index in place of the covering index."""
        if self.by == "programme" or not self.hubs:
            return sa.literal("")
        return sa.case(
            *(
                (hub_col == hub_id, sa.literal(sd.value if self.by == "stadsdeel" else str(hub_id)))
                for hub_id, sd in self.hubs.items()
            ),
            else_=sa.literal(""),
        )

    @property
    def selects_hubs(self) -> bool:
        return self.flt.hub_id is not None or self.flt.stadsdeel is not None

    def where(self, hub_col: _GroupCol) -> Any:
        if not self.selects_hubs:
            return sa.true()
        return hub_col.in_(list(self.hubs))


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _group_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def _code(value: object) -> str:
    return str(getattr(value, "value", value))


def _median(counts: Counter[float]) -> float | None:
    """The median of values given as value -> how often (the mean of the middle two when even)."""
    n = sum(counts.values())
    if n == 0:
        return None
    ordered = sorted(counts.items())
    lower_rank, upper_rank = (n - 1) // 2, n // 2
    lower = upper = None
    seen = 0
    for value, count in ordered:
        if lower is None and seen + count > lower_rank:
            lower = value
        if seen + count > upper_rank:
            upper = value
            break
        seen += count
    assert lower is not None
    assert upper is not None
    return (lower + upper) / 2


def _percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 1)


class IndicatorService:
    """Computes the indicators for a period and selection with aggregate SQL, one
    query per indicator family, grouped in the database by programme, stadsdeel or hub.

    ``figures`` never suppresses: coordinators see the exact figures in the desk. Apply
    :func:`suppress_small_cells` before anything leaves it (export, report).
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def figures(self, flt: Filter, *, by: GroupBy = "programme") -> list[Figure]:
        """Every indicator of :data:`INDICATORS` for the filter, grouped as asked.

        ``by="programme"`` gives group ``""`` only; ``"stadsdeel"`` and ``"hub"`` give one
        group per stadsdeel (its code) or hub (its id as text) of the selection, without
        the ``""`` total (ask for that separately). Enumerated breakdowns are complete
        (zero rows included); partner codes and step types list the catalog plus any
        code found; stage transitions list the transitions found.
        """
        if by not in ("programme", "stadsdeel", "hub"):
            raise ValueError(f"unknown grouping {by!r}")
        if flt.period.end < flt.period.start:
            raise ValueError("the period ends before it starts")
        with self._store.read() as s:
            scope = self._scope(s, flt, by)
        out = _Collector(scope.groups)
        # The reach query (a lookup per entrepreneur reached) is the longest: on a database
        # file it runs on a second connection of its own while this thread runs the others.
        # Each session stays in the thread that opened it; SQLite works while Python waits.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="indicators") as pool:
            reach = pool.submit(self._reach_rows, scope) if self._store.path is not None else None
            with self._store.read() as s:
                self._activity(s, scope, out)
                self._referrals(s, scope, out)
                self._progress(s, scope, out)
                self._impact(s, scope, out)
                rows = reach.result() if reach is not None else _rows(s, self._reach_query(scope))
            self._reach(rows, scope, out)
        return out.figures()

    # -- selection ----------------------------------------------------------------

    @staticmethod
    def _scope(s: Session, flt: Filter, by: GroupBy) -> _Scope:
        hubs = {hub_id: Stadsdeel(sd) for hub_id, sd in s.execute(sa.select(Hub.id, Hub.stadsdeel))}
        if flt.hub_id is not None:
            hubs = {h: sd for h, sd in hubs.items() if h == flt.hub_id}
        if flt.stadsdeel is not None:
            hubs = {h: sd for h, sd in hubs.items() if sd == flt.stadsdeel}
        if by == "programme":
            groups: tuple[str, ...] = ("",)
        elif by == "stadsdeel":
            groups = tuple(sd.value for sd in Stadsdeel if sd in hubs.values())
        else:
            groups = tuple(sorted(str(h) for h in hubs))
        period = flt.period
        return _Scope(
            flt=flt,
            by=by,
            hubs=hubs,
            groups=groups,
            start_at=_local_midnight(period.start),
            end_at=_local_midnight(period.end + dt.timedelta(days=1)),
        )

    # -- 1. reach, and 9. consent coverage -------------------------------------------

    def _reach_rows(self, scope: _Scope) -> list[Any]:
        with self._store.read() as s:
            return _rows(s, self._reach_query(scope))

    @staticmethod
    def _reach_query(scope: _Scope) -> sa.Select[Any]:
        period = scope.flt.period
        visits = sa.select(scope.group(Visit.hub_id).label("grp"), Visit.person_id.label("person_id")).where(
            Visit.at >= scope.start_at, Visit.at < scope.end_at, Visit.deleted_at.is_(None), scope.where(Visit.hub_id)
        )
        attended = (
            sa.select(scope.group(ProgrammeEvent.hub_id).label("grp"), EventAttendance.person_id.label("person_id"))
            .join(ProgrammeEvent, ProgrammeEvent.id == EventAttendance.event_id)
            .where(
                ProgrammeEvent.held_on.between(period.start, period.end),
                ProgrammeEvent.deleted_at.is_(None),
                EventAttendance.deleted_at.is_(None),
                scope.where(ProgrammeEvent.hub_id),
            )
        )
        reached = sa.union(visits, attended).subquery("reached")  # UNION: distinct (group, person)
        youth_from = period.end.year - YOUTH_AGE
        valid_consent = (
            sa.select(sa.literal(1))
            .where(
                Consent.person_id == reached.c.person_id,
                Consent.purpose == ConsentPurpose.REGISTRATION,
                Consent.deleted_at.is_(None),
                Consent.given_at < scope.end_at,
                sa.or_(Consent.withdrawn_at.is_(None), Consent.withdrawn_at >= scope.end_at),
            )
            .exists()
        )
        known_income = Person.income_situation.not_in(_INCOME_UNKNOWN)
        query = (
            sa.select(
                reached.c.grp,
                PersonIndex.stage,
                sa.func.count(),
                sa.func.sum(sa.case((Person.registered_at >= scope.start_at, 1), else_=0)),
                sa.func.count(Person.birth_year),
                sa.func.sum(sa.case((Person.birth_year > youth_from, 1), else_=0)),
                sa.func.sum(sa.case((known_income, 1), else_=0)),
                sa.func.sum(sa.case((Person.income_situation.in_(_BENEFITS), 1), else_=0)),
                sa.func.sum(sa.case((valid_consent, 1), else_=0)),
            )
            .select_from(reached)
            # The always-true registered_at terms steer SQLite to the covering indexes of 0008
            # (without statistics it would look up the unique key and then the row).
            .join(Person, sa.and_(Person.id == reached.c.person_id, Person.registered_at > _EPOCH))
            .outerjoin(
                PersonIndex,
                sa.and_(PersonIndex.person_id == reached.c.person_id, PersonIndex.registered_at > _EPOCH),
            )
            .where(Person.deleted_at.is_(None))
            .group_by(reached.c.grp, PersonIndex.stage)
        )
        return query

    @staticmethod
    def _reach(rows: list[Any], scope: _Scope, out: _Collector) -> None:
        totals: dict[str, list[int]] = {}
        for grp, stage, n, new, born, youth, income, benefit, consent in rows:
            g = _group_text(grp)
            out.add("reach.by_stage", g, stage or _NO_STAGE, n)
            t = totals.setdefault(g, [0] * 7)
            for i, v in enumerate((n, new or 0, born, youth or 0, income or 0, benefit or 0, consent or 0)):
                t[i] += v
        out.keys("reach.by_stage", [st.value for st in Stage] + [_NO_STAGE])
        for g in scope.groups:
            n, new, born, youth, income, benefit, consent = totals.get(g, [0] * 7)
            out.add("reach.unique", g, "", n)
            out.add("reach.new_returning", g, "new", new)
            out.add("reach.new_returning", g, "returning", n - new)
            out.share("reach.youth_share", g, "", youth, born)
            out.share("reach.from_benefit_share", g, "", benefit, income)
            out.share("quality.consent_coverage", g, "", consent, n)

    # -- 2. activity, and 3. needs ------------------------------------------------

    def _activity(self, s: Session, scope: _Scope, out: _Collector) -> None:
        period = scope.flt.period
        grp = scope.group(Visit.hub_id)
        needs_text = sa.cast(Visit.needs, sa.Text)
        rows = _rows(
            s,
            sa.select(grp, Visit.channel, needs_text, sa.func.count())
            .where(
                Visit.at >= scope.start_at,
                Visit.at < scope.end_at,
                Visit.deleted_at.is_(None),
                scope.where(Visit.hub_id),
            )
            .group_by(grp, Visit.channel, needs_text),
        )
        for g, channel, needs, n in rows:
            g = _group_text(g)
            out.add("activity.visits", g, _code(channel), n)
            for need in set(json.loads(needs) if needs else ()):
                out.add("needs.visits", g, need, n)
        out.keys("activity.visits", [c.value for c in VisitChannel])
        out.keys("needs.visits", [n.value for n in Need])

        grp = scope.group(GuidanceStep.hub_id)
        rows = _rows(
            s,
            sa.select(grp, GuidanceStep.step_type, sa.func.count())
            .where(
                GuidanceStep.status == StepStatus.DONE,
                GuidanceStep.done_on.between(period.start, period.end),
                GuidanceStep.deleted_at.is_(None),
                scope.where(GuidanceStep.hub_id),
            )
            .group_by(grp, GuidanceStep.step_type),
        )
        for g, step_type, n in rows:
            out.add("activity.steps", _group_text(g), step_type, n)
        out.keys("activity.steps", list(s.scalars(sa.select(StepType.code).where(StepType.deleted_at.is_(None)))))

        grp = scope.group(Trajectory.hub_id)
        living = sa.and_(Trajectory.deleted_at.is_(None), scope.where(Trajectory.hub_id))
        rows = _rows(
            s,
            sa.select(grp, sa.func.count())
            .where(
                living,
                Trajectory.opened_on <= period.end,
                sa.or_(Trajectory.closed_on.is_(None), Trajectory.closed_on >= period.start),
            )
            .group_by(grp),
        )
        for g, n in rows:
            out.add("activity.trajectories_active", _group_text(g), "", n)
        out.keys("activity.trajectories_active", [""])
        days = _days_between(s, Trajectory.opened_on, Trajectory.closed_on)
        rows = _rows(
            s,
            sa.select(grp, days, sa.func.count())
            .where(living, Trajectory.closed_on.between(period.start, period.end))
            .group_by(grp, days),
        )
        lengths: dict[str, Counter[float]] = {}
        for g, d, n in rows:
            lengths.setdefault(_group_text(g), Counter())[float(d)] += n
        for g in scope.groups:
            c = lengths.get(g, Counter())
            out.set("activity.trajectory_median_days", g, "", _median(c), sum(c.values()))

        grp = scope.group(ProgrammeEvent.hub_id)
        in_period = sa.and_(
            ProgrammeEvent.held_on.between(period.start, period.end),
            ProgrammeEvent.deleted_at.is_(None),
            scope.where(ProgrammeEvent.hub_id),
        )
        for g, kind, n, guests in _rows(
            s,
            sa.select(grp, ProgrammeEvent.kind, sa.func.count(), sa.func.sum(ProgrammeEvent.guests))
            .where(in_period)
            .group_by(grp, ProgrammeEvent.kind),
        ):
            out.add("activity.events", _group_text(g), _code(kind), n)
            out.add("activity.event_attendance", _group_text(g), _code(kind), guests or 0)
        for g, kind, n in _rows(
            s,
            sa.select(grp, ProgrammeEvent.kind, sa.func.count())
            .select_from(EventAttendance)
            .join(ProgrammeEvent, ProgrammeEvent.id == EventAttendance.event_id)
            .where(in_period, EventAttendance.deleted_at.is_(None))
            .group_by(grp, ProgrammeEvent.kind),
        ):
            out.add("activity.event_attendance", _group_text(g), _code(kind), n)
        out.keys("activity.events", [k.value for k in EventKind])
        out.keys("activity.event_attendance", [k.value for k in EventKind])

    # -- 4. referrals, and 9. feedback ----------------------------------------------

    def _referrals(self, s: Session, scope: _Scope, out: _Collector) -> None:
        period = scope.flt.period
        partners: dict[uuid.UUID, str] = {pid: code for pid, code in _rows(s, sa.select(Partner.id, Partner.code))}
        grp = scope.group(Referral.hub_id)
        sent = sa.and_(
            Referral.sent_at >= scope.start_at,
            Referral.sent_at < scope.end_at,
            Referral.deleted_at.is_(None),
            scope.where(Referral.hub_id),
        )
        known: dict[str, list[int]] = {}
        contacted = Referral.first_contact_on.is_not(None)
        for g, partner_id, outcome, has_contact, n in _rows(
            s,
            sa.select(grp, Referral.partner_id, Referral.outcome, contacted, sa.func.count())
            .where(sent)
            .group_by(grp, Referral.partner_id, Referral.outcome, contacted),
        ):
            g = _group_text(g)
            partner = partners.get(partner_id, "")
            out.add("referrals.by_partner", g, partner, n)
            out.add("referrals.outcomes", g, _code(outcome) if outcome else _NO_OUTCOME, n)
            # Per partner, from sent to outcome: how many got as far as each step.
            out.add("referrals.partner_funnel", g, f"{partner}|sent", n)
            if has_contact:
                out.add("referrals.partner_funnel", g, f"{partner}|first_contact", n)
            k = known.setdefault(g, [0, 0])
            k[1] += n
            if outcome is not None and outcome != ReferralOutcome.NO_FEEDBACK:
                k[0] += n
                out.add("referrals.partner_funnel", g, f"{partner}|outcome_known", n)
        out.keys("referrals.by_partner", sorted(partners.values()))
        out.keys(
            "referrals.partner_funnel",
            [f"{p}|{step}" for p in sorted(partners.values()) for step in REFERRAL_STEPS],
        )
        out.keys("referrals.outcomes", [o.value for o in ReferralOutcome] + [_NO_OUTCOME])
        for g in scope.groups:
            part, whole = known.get(g, [0, 0])
            out.share("referrals.known_outcome_share", g, "", part, whole)

        days = _days_between(s, sa.func.date(Referral.sent_at), Referral.first_contact_on)
        waits: dict[tuple[str, str], Counter[float]] = {}
        for g, partner_id, d, n in _rows(
            s,
            sa.select(grp, Referral.partner_id, days, sa.func.count())
            .where(sent, Referral.first_contact_on.is_not(None))
            .group_by(grp, Referral.partner_id, days),
        ):
            g = _group_text(g)
            for key in ("", partners.get(partner_id, "")):
                waits.setdefault((g, key), Counter())[float(d)] += n
        for g in scope.groups:
            for key in ["", *sorted(partners.values())]:
                c = waits.get((g, key), Counter())
                out.set("referrals.days_to_first_contact", g, key, _median(c), sum(c.values()))

        has_feedback = sa.and_(Referral.outcome.is_not(None), Referral.outcome != ReferralOutcome.NO_FEEDBACK)
        due: dict[str, list[int]] = {}
        for g, with_feedback, n in _rows(
            s,
            sa.select(grp, has_feedback, sa.func.count())
            .where(
                Referral.feedback_due.between(period.start, period.end),
                Referral.sent_at.is_not(None),
                Referral.deleted_at.is_(None),
                scope.where(Referral.hub_id),
            )
            .group_by(grp, has_feedback),
        ):
            d = due.setdefault(_group_text(g), [0, 0])
            d[1] += n
            if with_feedback:
                d[0] += n
        for g in scope.groups:
            part, whole = due.get(g, [0, 0])
            out.add("referrals.overdue_feedback", g, "", whole - part)
            out.share("quality.referrals_with_feedback", g, "", part, whole)

    # -- 5. progress --------------------------------------------------------------

    def _progress(self, s: Session, scope: _Scope, out: _Collector) -> None:
        period = scope.flt.period
        grp = scope.group(Trajectory.hub_id)
        changes = (
            sa.select(grp, StageChange.from_stage, StageChange.to_stage, sa.func.count())
            .where(StageChange.changed_on.between(period.start, period.end), StageChange.deleted_at.is_(None))
            .group_by(grp, StageChange.from_stage, StageChange.to_stage)
        )
        if scope.by != "programme" or scope.selects_hubs:  # the hub is the trajectory's
            changes = changes.join(Trajectory, Trajectory.id == StageChange.trajectory_id).where(
                scope.where(Trajectory.hub_id)
            )
        for g, from_stage, to_stage, n in _rows(s, changes):
            key = f"{_code(from_stage) if from_stage else _NO_STAGE}->{_code(to_stage)}"
            out.add("progress.stage_transitions", _group_text(g), key, n)

        grp = scope.group(Enterprise.hub_id)
        for g, n in _rows(
            s,
            sa.select(grp, sa.func.count())
            .where(
                Enterprise.kvk_number.is_not(None),
                Enterprise.founded_on.between(period.start, period.end),
                Enterprise.deleted_at.is_(None),
                scope.where(Enterprise.hub_id),
            )
            .group_by(grp),
        ):
            out.add("progress.kvk_registrations", _group_text(g), "", n)
        out.keys("progress.kvk_registrations", [""])

    # -- 6. recognition, 7. procurement, 8. employment ----------------------------------

    def _impact(self, s: Session, scope: _Scope, out: _Collector) -> None:
        period = scope.flt.period
        grp = scope.group(Enterprise.hub_id)
        living = sa.and_(Enterprise.deleted_at.is_(None), scope.where(Enterprise.hub_id))
        for g, kind, n in _rows(
            s,
            sa.select(grp, Recognition.kind, sa.func.count(sa.distinct(Recognition.enterprise_id)))
            .join(Enterprise, Enterprise.id == Recognition.enterprise_id)
            .where(living, Recognition.deleted_at.is_(None), Recognition.awarded_on.between(period.start, period.end))
            .group_by(grp, Recognition.kind),
        ):
            out.add("recognition.awarded", _group_text(g), _code(kind), n)
        out.keys("recognition.awarded", [k.value for k in RecognitionKind])

        for g, route, kind, band, n in _rows(
            s,
            sa.select(grp, ProcurementMatch.route, ProcurementMatch.kind, ProcurementMatch.value_band, sa.func.count())
            .join(Enterprise, Enterprise.id == ProcurementMatch.enterprise_id)
            .where(
                living,
                ProcurementMatch.deleted_at.is_(None),
                ProcurementMatch.matched_on.between(period.start, period.end),
            )
            .group_by(grp, ProcurementMatch.route, ProcurementMatch.kind, ProcurementMatch.value_band),
        ):
            g = _group_text(g)
            out.add("procurement.by_route", g, _code(route), n)
            out.add("procurement.by_kind", g, _code(kind), n)
            out.add("procurement.by_value_band", g, _code(band), n)
        out.keys("procurement.by_route", [r.value for r in ProcurementRoute])
        out.keys("procurement.by_kind", [k.value for k in ProcurementKind])
        out.keys("procurement.by_value_band", [b.value for b in ValueBand])

        for g, kind, target, offered, filled in _rows(
            s,
            sa.select(
                grp,
                WorkPlacement.kind,
                WorkPlacement.target_group,
                sa.func.sum(WorkPlacement.places_offered),
                sa.func.sum(WorkPlacement.places_filled),
            )
            .join(Enterprise, Enterprise.id == WorkPlacement.enterprise_id)
            .where(
                living,
                WorkPlacement.deleted_at.is_(None),
                WorkPlacement.period_start.between(period.start, period.end),
            )
            .group_by(grp, WorkPlacement.kind, WorkPlacement.target_group),
        ):
            g = _group_text(g)
            out.add("employment.places_offered", g, _code(kind), offered or 0)
            out.add("employment.places_filled", g, _code(kind), filled or 0)
            out.add("employment.filled_by_target_group", g, _code(target), filled or 0)
        out.keys("employment.places_offered", [k.value for k in PlacementKind])
        out.keys("employment.places_filled", [k.value for k in PlacementKind])
        out.keys("employment.filled_by_target_group", [t.value for t in TargetGroup])


def _rows(s: Session, query: sa.Executable) -> list[Any]:
    return list(s.execute(query).all())


def _days_between(s: Session, start: Any, end: Any) -> Any:
    """Whole days from ``start`` to ``end`` (dates) in SQL."""
    if s.get_bind().dialect.name == "sqlite":
        return sa.cast(sa.func.julianday(end) - sa.func.julianday(start), sa.Integer)
    return end - start


class _Collector:
    """Gathers figures per (indicator, group, key); counts add up."""

    def __init__(self, groups: tuple[str, ...]) -> None:
        self._groups = groups
        self._counts: dict[tuple[str, str, str], float] = {}
        self._fixed: dict[tuple[str, str, str], tuple[float | None, int]] = {}
        self._keys: dict[str, set[str]] = {}

    def add(self, code: str, group: str, key: str, n: float) -> None:
        self._counts[(code, group, key)] = self._counts.get((code, group, key), 0) + n
        self._keys.setdefault(code, set()).add(key)

    def keys(self, code: str, keys: Sequence[str]) -> None:
        """Report these keys for every group, zero where nothing was counted."""
        self._keys.setdefault(code, set()).update(keys)

    def set(self, code: str, group: str, key: str, value: float | None, cases: int) -> None:
        self._fixed[(code, group, key)] = (value, cases)

    def share(self, code: str, group: str, key: str, part: int, whole: int) -> None:
        self.set(code, group, key, _percent(part, whole), whole)

    def figures(self) -> list[Figure]:
        result: list[Figure] = []
        for d in INDICATORS:
            if d.unit == COUNT:
                keys = sorted(self._keys.get(d.code, set()))
                for g in self._groups:
                    for k in keys:
                        result.append(Figure(d.code, g, k, float(self._counts.get((d.code, g, k), 0)), COUNT))
            else:
                for (code, g, k), (value, cases) in sorted(self._fixed.items()):
                    if code == d.code:
                        result.append(Figure(code, g, k, value, d.unit, cases=cases))
        return result


# -- suppression ----------------------------------------------------------------


def _is_small(value: float | None, threshold: int) -> bool:
    return value is not None and 0 < value < threshold


def suppress_small_cells(figures: Sequence[Figure], threshold: int = 5) -> list[Figure]:
    """The figures as they may be published: small cells, and the cells that would give
    them away, replaced by ``value=None, suppressed=True`` (order kept).

    Primary suppression:

    - a count from 1 to ``threshold - 1`` (zero is shown); counts that are not about
      people (:data:`PEOPLE_EXEMPT`: the number of events) are never suppressed;
    - a percent built on fewer than ``threshold`` cases, or whose part or remainder
      (``cases - part``) is from 1 to ``threshold - 1`` people;
    - a number of days (a median) built on fewer than ``threshold`` cases.

    Secondary suppression, for counts, so that no suppressed cell can be recovered by
    subtracting the others from a total (the breakdown's total, published elsewhere as
    an indicator or the programme row): within each breakdown (one indicator and group,
    across its keys) and within each column across groups (one indicator and key, across
    the stadsdelen or the hubs, which add up to the programme row), a single suppressed
    cell never stands alone: the smallest non-zero published cell beside it is
    suppressed too. This is repeated until every breakdown and column that has a
    suppressed cell has at least two (or has no other non-zero cell to hide).
    """
    result = list(figures)
    hidden = [False] * len(result)
    for i, f in enumerate(result):
        if f.suppressed:
            hidden[i] = True
        elif f.unit == COUNT:
            hidden[i] = f.indicator not in PEOPLE_EXEMPT and _is_small(f.value, threshold)
        elif f.cases is None or f.cases < threshold:
            hidden[i] = f.value is not None or f.cases is not None and f.cases > 0
        elif f.unit == PERCENT and f.value is not None:
            part = round(f.value * f.cases / 100)
            hidden[i] = _is_small(part, threshold) or _is_small(f.cases - part, threshold)

    lines: dict[tuple[str, ...], list[int]] = {}
    for i, f in enumerate(result):
        if f.unit != COUNT or f.indicator in PEOPLE_EXEMPT:
            continue
        lines.setdefault(("row", f.indicator, f.group), []).append(i)
        if f.group:
            lines.setdefault(("column", f.indicator, f.key, _group_kind(f.group)), []).append(i)
    changed = True
    while changed:
        changed = False
        for members in lines.values():
            if len(members) < 2 or sum(hidden[i] for i in members) != 1:
                continue
            candidates = [i for i in members if not hidden[i] and (result[i].value or 0) > 0]
            if candidates:
                hidden[min(candidates, key=lambda i: (result[i].value or 0, i))] = True
                changed = True
    return [
        replace(f, value=None, suppressed=True) if hide and not f.suppressed else f
        for f, hide in zip(result, hidden, strict=True)
    ]


def _group_kind(group: str) -> str:
    return "stadsdeel" if group in {sd.value for sd in Stadsdeel} else "hub"
