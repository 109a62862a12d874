"""The programme's indicators on a small hand-made data set (tests/services/indicator_data.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from hubdesk.models.enums import Stadsdeel
from hubdesk.services.indicators import (
    INDICATORS,
    Figure,
    Filter,
    IndicatorService,
    Period,
    suppress_small_cells,
)
from hubdesk.services.store import Actor, Store
from tests.services import indicator_data

Q3 = Period.quarter(2026, 3)


def table(figures: list[Figure]) -> dict[tuple[str, str, str], float | None]:
    return {(f.indicator, f.group, f.key): f.value for f in figures}


def cases(figures: list[Figure]) -> dict[tuple[str, str, str], int | None]:
    return {(f.indicator, f.group, f.key): f.cases for f in figures}


programme_template = indicator_data.programme_template
programme = indicator_data.programme


@pytest.fixture
def data(programme: indicator_data.Built) -> indicator_data.Dataset:
    return programme.data


@pytest.fixture
def built_store(programme: indicator_data.Built) -> Store:
    return programme.store


# -- periods ---------------------------------------------------------------------


def test_a_quarter_outside_1_to_4_is_refused() -> None:
    with pytest.raises(ValueError, match="quarter"):
        Period.quarter(2026, 5)


def test_quarters_have_their_calendar_days_and_label() -> None:
    assert Q3 == Period(dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert Period.quarter(2026, 4).end == dt.date(2026, 12, 31)
    assert Period.containing(dt.date(2026, 2, 28)) == Period.quarter(2026, 1)
    assert Q3.label == "2026-Q3"
    assert Period(dt.date(2026, 7, 1), dt.date(2026, 7, 31)).label == "2026-07-01..2026-07-31"


def test_an_unknown_grouping_or_a_reversed_period_is_refused(store: Store, actor: Actor) -> None:
    service = IndicatorService(store)
    with pytest.raises(ValueError, match="grouping"):
        service.figures(Filter(Q3), by="wijk")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ends before"):
        service.figures(Filter(Period(dt.date(2026, 7, 2), dt.date(2026, 7, 1))))


def test_an_empty_database_gives_zeros_and_no_percentages(store: Store, actor: Actor) -> None:
    figures = IndicatorService(store).figures(Filter(Q3))
    t = table(figures)
    assert t[("reach.unique", "", "")] == 0
    assert t[("activity.visits", "", "walk_in")] == 0
    assert t[("reach.youth_share", "", "")] is None
    assert t[("activity.trajectory_median_days", "", "")] is None
    # Every indicator is there, but for stage transitions, which lists the transitions found.
    assert {f.indicator for f in figures} == {d.code for d in INDICATORS} - {"progress.stage_transitions"}


# -- the nine KPI groups ------------------------------------------------------------


def test_reach_counts_each_entrepreneur_once_with_new_returning_stage_youth_and_benefit(
    built_store: Store, data: indicator_data.Dataset
) -> None:
    t = table(IndicatorService(built_store).figures(Filter(Q3)))
    assert t[("reach.unique", "", "")] == 13  # 7 new + R1, R2 + Q (event only) at Schalkwijk, 3 in Noord
    assert t[("reach.new_returning", "", "new")] == 10
    assert t[("reach.new_returning", "", "returning")] == 3
    assert t[("reach.by_stage", "", "idea")] == 4
    assert t[("reach.by_stage", "", "starting")] == 2
    assert t[("reach.by_stage", "", "none")] == 7
    assert t[("reach.by_stage", "", "running")] == 0
    assert t[("reach.youth_share", "", "")] == 42.9  # 3 of the 7 with a known birth year
    assert t[("reach.from_benefit_share", "", "")] == 50.0  # bijstand x2 + ww of 6 who answered


def test_reach_per_stadsdeel_and_hub(built_store: Store, data: indicator_data.Dataset) -> None:
    service = IndicatorService(built_store)
    by_sd = table(service.figures(Filter(Q3), by="stadsdeel"))
    assert by_sd[("reach.unique", "schalkwijk", "")] == 10
    assert by_sd[("reach.unique", "noord", "")] == 3
    assert by_sd[("reach.new_returning", "noord", "returning")] == 0
    assert by_sd[("reach.youth_share", "noord", "")] is None  # no birth years known there
    by_hub = table(service.figures(Filter(Q3), by="hub"))
    assert by_hub[("reach.unique", str(data.noord), "")] == 3
    assert by_hub[("reach.unique", str(data.schalkwijk), "")] == 10
    only_noord = table(service.figures(Filter(Q3, stadsdeel=Stadsdeel.NOORD)))
    assert only_noord[("reach.unique", "", "")] == 3
    only_hub = table(service.figures(Filter(Q3, hub_id=data.schalkwijk)))
    assert only_hub[("reach.unique", "", "")] == 10


def test_other_quarters_see_other_entrepreneurs(built_store: Store, data: indicator_data.Dataset) -> None:
    t = table(IndicatorService(built_store).figures(Filter(Period.quarter(2026, 1))))
    assert t[("reach.unique", "", "")] == 2  # R1, R2 registered
    assert t[("reach.new_returning", "", "new")] == 2
    assert t[("activity.trajectories_active", "", "")] == 1  # T0


def test_activity_visits_steps_trajectories_and_events(built_store: Store, data: indicator_data.Dataset) -> None:
    figures = IndicatorService(built_store).figures(Filter(Q3))
    t, n = table(figures), cases(figures)
    assert t[("activity.visits", "", "walk_in")] == 9  # P1-P4, P6, P7 and N1-N3
    assert t[("activity.visits", "", "appointment")] == 1
    assert t[("activity.visits", "", "phone")] == 2
    assert t[("activity.steps", "", "intake")] == 2
    assert t[("activity.steps", "", "advice")] == 1  # the planned one does not count
    assert t[("activity.trajectories_active", "", "")] == 4  # T1-T4; T0 closed in May
    assert t[("activity.trajectory_median_days", "", "")] == 20.0  # 10, 20, 40
    assert n[("activity.trajectory_median_days", "", "")] == 3
    assert t[("activity.events", "", "social_impact_night")] == 1
    assert t[("activity.event_attendance", "", "social_impact_night")] == 6  # R1, Q and 4 guests


def test_needs_count_the_visits_that_named_them(built_store: Store, data: indicator_data.Dataset) -> None:
    by_sd = table(IndicatorService(built_store).figures(Filter(Q3), by="stadsdeel"))
    assert by_sd[("needs.visits", "schalkwijk", "business_plan")] == 8
    assert by_sd[("needs.visits", "schalkwijk", "finance_loan")] == 2
    assert by_sd[("needs.visits", "noord", "business_plan")] == 3
    assert by_sd[("needs.visits", "noord", "finance_loan")] == 0


def test_referrals_per_partner_outcomes_and_time_to_first_contact(
    built_store: Store, data: indicator_data.Dataset
) -> None:
    figures = IndicatorService(built_store).figures(Filter(Q3))
    t, n = table(figures), cases(figures)
    assert t[("referrals.by_partner", "", "qredits")] == 5
    assert t[("referrals.by_partner", "", "kvk")] == 1
    assert t[("referrals.by_partner", "", "okb")] == 0
    assert t[("referrals.outcomes", "", "loan_granted")] == 2
    assert t[("referrals.outcomes", "", "no_feedback")] == 1
    assert t[("referrals.outcomes", "", "pending")] == 3
    assert t[("referrals.known_outcome_share", "", "")] == 33.3
    assert t[("referrals.days_to_first_contact", "", "")] == 6.0  # 2, 4, 6, 8, 10
    assert n[("referrals.days_to_first_contact", "", "")] == 5
    assert t[("referrals.days_to_first_contact", "", "qredits")] == 5.0  # 2, 4, 6, 8
    assert t[("referrals.days_to_first_contact", "", "kvk")] == 10.0
    assert t[("referrals.overdue_feedback", "", "")] == 4
    # Per partner from sent to outcome: Qredits 5 sent, 4 contacted, 2 loans granted.
    assert t[("referrals.partner_funnel", "", "qredits|sent")] == 5
    assert t[("referrals.partner_funnel", "", "qredits|first_contact")] == 4
    assert t[("referrals.partner_funnel", "", "qredits|outcome_known")] == 2
    assert t[("referrals.partner_funnel", "", "kvk|sent")] == 1
    assert t[("referrals.partner_funnel", "", "kvk|first_contact")] == 1
    assert t[("referrals.partner_funnel", "", "kvk|outcome_known")] == 0
    assert t[("referrals.partner_funnel", "", "okb|sent")] == 0


def test_progress_stage_transitions_and_kvk_registrations(built_store: Store, data: indicator_data.Dataset) -> None:
    t = table(IndicatorService(built_store).figures(Filter(Q3)))
    assert t[("progress.stage_transitions", "", "idea->starting")] == 1
    assert t[("progress.stage_transitions", "", "starting->running")] == 1
    assert ("progress.stage_transitions", "", "none->idea") not in t
    assert t[("progress.kvk_registrations", "", "")] == 1


def test_recognition_procurement_and_employment(built_store: Store, data: indicator_data.Dataset) -> None:
    t = table(IndicatorService(built_store).figures(Filter(Q3)))
    assert t[("recognition.awarded", "", "code_register")] == 1
    assert t[("recognition.awarded", "", "code_aspirant")] == 1
    assert t[("recognition.awarded", "", "pso")] == 1
    assert t[("recognition.awarded", "", "se_nl_member")] == 0  # awarded in Q2
    assert t[("procurement.by_route", "", "kip")] == 1
    assert t[("procurement.by_route", "", "buy_social")] == 1
    assert t[("procurement.by_kind", "", "sroi_purchase")] == 1
    assert t[("procurement.by_value_band", "", "5k_25k")] == 1
    assert t[("procurement.by_value_band", "", "under_5k")] == 1
    assert t[("employment.places_offered", "", "youth_work_experience")] == 6
    assert t[("employment.places_filled", "", "youth_work_experience")] == 5
    assert t[("employment.places_offered", "", "job")] == 2
    assert t[("employment.filled_by_target_group", "", "early_school_leaver")] == 5
    assert t[("employment.filled_by_target_group", "", "participatiewet")] == 1


def test_data_quality_consent_coverage_and_referral_feedback(built_store: Store, data: indicator_data.Dataset) -> None:
    figures = IndicatorService(built_store).figures(Filter(Q3), by="stadsdeel")
    t, n = table(figures), cases(figures)
    assert t[("quality.consent_coverage", "schalkwijk", "")] == 90.0  # P7 withdrew
    assert n[("quality.consent_coverage", "schalkwijk", "")] == 10
    assert t[("quality.consent_coverage", "noord", "")] == 100.0
    assert t[("quality.referrals_with_feedback", "schalkwijk", "")] == 33.3  # 2 of 6 due in Q3
    assert t[("quality.referrals_with_feedback", "noord", "")] is None


def test_deleted_records_do_not_count(built_store: Store, data: indicator_data.Dataset) -> None:
    from hubdesk.models.people import Person

    with built_store.write(None) as s:
        person = s.get(Person, data.persons["N1"])
        assert person is not None
        person.deleted_at = built_store.clock()
    t = table(IndicatorService(built_store).figures(Filter(Q3)))
    assert t[("reach.unique", "", "")] == 12


# -- suppression -----------------------------------------------------------------


def count(key: str, value: float, group: str = "", indicator: str = "reach.by_stage") -> Figure:
    return Figure(indicator, group, key, value, "count")


def shown(figures: list[Figure]) -> dict[tuple[str, str], float | None]:
    return {(f.group, f.key): f.value for f in figures}


def test_a_small_count_is_suppressed_and_so_is_the_next_smallest_beside_it() -> None:
    out = suppress_small_cells([count("idea", 3), count("starting", 20), count("running", 7), count("none", 0)])
    assert shown(out) == {("", "idea"): None, ("", "starting"): 20, ("", "running"): None, ("", "none"): 0}
    assert [f.suppressed for f in out] == [True, False, True, False]


def test_two_small_counts_protect_each_other_and_large_ones_stay() -> None:
    out = suppress_small_cells([count("idea", 3), count("starting", 2), count("running", 70)])
    assert shown(out) == {("", "idea"): None, ("", "starting"): None, ("", "running"): 70}


def test_nothing_small_nothing_suppressed_and_zero_is_shown() -> None:
    figures = [count("idea", 5), count("starting", 0), count("running", 12)]
    assert suppress_small_cells(figures) == figures


def test_a_suppressed_stadsdeel_cannot_be_recovered_from_the_other_stadsdelen() -> None:
    figures = [
        count("", 50, "", "reach.unique"),
        count("", 46, "schalkwijk", "reach.unique"),
        count("", 4, "noord", "reach.unique"),
    ]
    out = shown(suppress_small_cells(figures))
    assert out[("noord", "")] is None
    assert out[("schalkwijk", "")] is None  # else 50 - 46 = 4
    assert out[("", "")] == 50


def test_suppression_spreads_across_breakdowns_until_no_cell_stands_alone() -> None:
    # Both noord cells are small. Each stands alone in its column (key across the
    # stadsdelen), so oost's idea and starting go too; oost's row then has two hidden.
    figures = [
        count("idea", 3, "noord"),
        count("starting", 2, "noord"),
        count("idea", 9, "oost"),
        count("starting", 30, "oost"),
        count("running", 12, "oost"),
    ]
    assert shown(suppress_small_cells(figures)) == {
        ("noord", "idea"): None,
        ("noord", "starting"): None,
        ("oost", "idea"): None,
        ("oost", "starting"): None,
        ("oost", "running"): 12,
    }


def test_percentages_on_few_cases_or_revealing_few_people_are_suppressed() -> None:
    figures = [
        Figure("reach.youth_share", "a", "", 50.0, "percent", cases=4),  # 2 of 4
        Figure("reach.youth_share", "b", "", 5.0, "percent", cases=20),  # 1 of 20
        Figure("reach.youth_share", "c", "", 95.0, "percent", cases=20),  # all but 1 of 20
        Figure("reach.youth_share", "d", "", 50.0, "percent", cases=20),  # 10 of 20
        Figure("reach.youth_share", "e", "", 0.0, "percent", cases=20),  # none of 20
        Figure("reach.youth_share", "f", "", None, "percent", cases=0),  # nothing to share
    ]
    out = {f.group: (f.value, f.suppressed) for f in suppress_small_cells(figures)}
    assert out == {
        "a": (None, True),
        "b": (None, True),
        "c": (None, True),
        "d": (50.0, False),
        "e": (0.0, False),
        "f": (None, False),
    }


def test_a_median_of_fewer_than_five_durations_is_suppressed_and_events_never_are() -> None:
    figures = [
        Figure("activity.trajectory_median_days", "", "", 12.0, "days", cases=4),
        Figure("activity.trajectory_median_days", "x", "", 12.0, "days", cases=5),
        count("workshop", 2, "", "activity.events"),
    ]
    out = suppress_small_cells(figures)
    assert [f.suppressed for f in out] == [True, False, False]
    assert out[2].value == 2


def test_the_threshold_can_be_raised() -> None:
    out = suppress_small_cells([count("idea", 7), count("starting", 40), count("running", 9)], threshold=10)
    assert shown(out) == {("", "idea"): None, ("", "starting"): 40, ("", "running"): None}


def test_the_hand_made_programme_after_suppression(built_store: Store, data: indicator_data.Dataset) -> None:
    service = IndicatorService(built_store)
    raw = service.figures(Filter(Q3)) + service.figures(Filter(Q3), by="stadsdeel")
    out = table(suppress_small_cells(raw))
    assert out[("reach.unique", "", "")] == 13
    assert out[("reach.unique", "noord", "")] is None  # 3
    assert out[("reach.unique", "schalkwijk", "")] is None  # 13 - 10 would give noord away
    assert out[("reach.new_returning", "", "returning")] is None  # 3
    assert out[("reach.new_returning", "", "new")] is None  # 13 - 10
    assert out[("referrals.by_partner", "", "kvk")] is None  # 1
    assert out[("referrals.by_partner", "", "qredits")] is None  # 5, but with the 6 in all it gives kvk away
    assert out[("activity.visits", "", "walk_in")] == 9  # appointment (1) and phone (2) hide each other
    assert out[("activity.visits", "schalkwijk", "walk_in")] is None  # 9 - 6 would give noord's 3 away
    assert out[("referrals.days_to_first_contact", "", "")] == 6.0  # five cases
    assert out[("referrals.days_to_first_contact", "", "qredits")] is None  # four cases
    assert out[("activity.events", "", "social_impact_night")] == 1
    assert out[("quality.consent_coverage", "schalkwijk", "")] is None  # 1 of 10 without consent


def test_a_selection_without_hubs_has_no_groups(store: Store) -> None:
    service = IndicatorService(store)  # not initialised: no hub at all
    assert service.figures(Filter(Q3), by="stadsdeel") == []
    assert service.figures(Filter(Q3, stadsdeel=Stadsdeel.OOST), by="hub") == []
    assert table(service.figures(Filter(Q3, stadsdeel=Stadsdeel.OOST)))[("reach.unique", "", "")] == 0


def test_a_database_given_by_url_gives_the_same_figures(built_store: Store, data: indicator_data.Dataset) -> None:
    from hubdesk.services.store import open_store

    assert built_store.path is not None
    by_url = open_store(f"sqlite:///{built_store.path}")  # one connection after the other
    try:
        for by in ("programme", "stadsdeel"):
            assert IndicatorService(by_url).figures(Filter(Q3), by=by) == IndicatorService(built_store).figures(
                Filter(Q3), by=by
            )
    finally:
        by_url.dispose()
