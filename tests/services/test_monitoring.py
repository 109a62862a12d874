"""The municipality's monitoring export: files, suppression, no personal data, sync."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from hubdesk.models.errors import UserFacingError
from hubdesk.services import monitoring
from hubdesk.services.indicators import Period
from hubdesk.services.monitoring import MonitoringExport, last_complete_quarter, parse_quarter, write_to_exchange
from tests.services import indicator_data

programme_template = indicator_data.programme_template
programme = indicator_data.programme
Q3 = Period.quarter(2026, 3)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("text", ["2026-Q5", "2026Q3x", "Q3-2026", "", "1999-Q1", "2026-Q0"])
def test_a_quarter_that_is_not_year_and_quarter_is_refused(text: str) -> None:
    with pytest.raises(UserFacingError) as exc:
        parse_quarter(text)
    assert exc.value.code == "monitor.bad_quarter"


def test_quarters_by_default_the_last_complete_one() -> None:
    assert parse_quarter("2026-Q3") == Q3
    assert last_complete_quarter(dt.date(2026, 10, 2)) == Q3
    assert last_complete_quarter(dt.date(2026, 1, 1)) == Period.quarter(2025, 4)
    assert last_complete_quarter(dt.date(2026, 9, 30)) == Period.quarter(2026, 2)


def test_an_unwritable_folder_is_a_user_facing_error(programme: indicator_data.Built, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserFacingError) as exc:
        MonitoringExport(programme.store).write(blocker / "out", [Q3])
    assert exc.value.code == "file.write_failed"
    assert not (blocker / "out").exists()


def test_one_csv_and_one_json_per_quarter_and_area(programme: indicator_data.Built, tmp_path: Path) -> None:
    export = MonitoringExport(programme.store)
    assert export.default_quarters() == [Q3]  # the clock says 2 October 2026
    assert export.default_quarters(include_current=True) == [Q3, Period.quarter(2026, 4)]
    written = export.write(tmp_path / "out")
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        "monitoring-2026-Q3-noord.csv",
        "monitoring-2026-Q3-noord.json",
        "monitoring-2026-Q3-programme.csv",
        "monitoring-2026-Q3-programme.json",
        "monitoring-2026-Q3-schalkwijk.csv",
        "monitoring-2026-Q3-schalkwijk.json",
    ]
    assert {w.area for w in written} == {"programme", "noord", "schalkwijk"}
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # no temporary files left


def test_the_csv_holds_the_published_figures(programme: indicator_data.Built, tmp_path: Path) -> None:
    MonitoringExport(programme.store).write(tmp_path, [Q3])
    rows = read_csv(tmp_path / "monitoring-2026-Q3-programme.csv")
    assert list(rows[0]) == list(monitoring.CSV_COLUMNS)
    by = {(r["indicator"], r["key"]): r for r in rows}
    unique = by[("reach.unique", "")]
    assert (unique["quarter"], unique["period_start"], unique["period_end"]) == ("2026-Q3", "2026-07-01", "2026-09-30")
    assert (unique["area"], unique["value"], unique["unit"], unique["suppressed"]) == ("programme", "13", "count", "0")
    assert by[("activity.visits", "walk_in")]["value"] == "9"
    youth = by[("reach.youth_share", "")]  # 3 of 7: the 3 young ones are too few to show
    assert (youth["value"], youth["cases"], youth["unit"], youth["suppressed"]) == ("", "", "percent", "1")
    wait = by[("referrals.days_to_first_contact", "")]
    assert (wait["value"], wait["cases"], wait["unit"]) == ("6", "5", "days")
    returning = by[("reach.new_returning", "returning")]
    assert (returning["value"], returning["suppressed"], returning["cases"]) == ("", "1", "")
    noord = {(r["indicator"], r["key"]): r for r in read_csv(tmp_path / "monitoring-2026-Q3-noord.csv")}
    assert noord[("reach.unique", "")]["value"] == ""  # 3 entrepreneurs
    assert noord[("reach.unique", "")]["suppressed"] == "1"
    schalkwijk = {(r["indicator"], r["key"]): r for r in read_csv(tmp_path / "monitoring-2026-Q3-schalkwijk.csv")}
    assert schalkwijk[("reach.unique", "")]["value"] == ""  # 13 - 10 would give noord's 3 away


def test_the_json_says_what_it_is_and_the_rule(programme: indicator_data.Built, tmp_path: Path) -> None:
    MonitoringExport(programme.store).write(tmp_path, [Q3])
    doc = json.loads((tmp_path / "monitoring-2026-Q3-schalkwijk.json").read_text(encoding="utf-8"))
    assert doc["format"] == "hubdesk-monitoring"
    assert (doc["quarter"], doc["area"]) == ("2026-Q3", "schalkwijk")
    assert doc["period"] == {"start": "2026-07-01", "end": "2026-09-30"}
    assert doc["suppression"]["threshold"] == 5
    figures = {(f["indicator"], f["key"]): f for f in doc["figures"]}
    assert figures[("activity.event_attendance", "social_impact_night")]["value"] == 6
    assert figures[("activity.events", "social_impact_night")]["value"] == 1
    assert figures[("reach.new_returning", "returning")] == {
        "indicator": "reach.new_returning",
        "breakdown": "new|returning",
        "key": "returning",
        "value": None,
        "unit": "count",
        "cases": None,
        "suppressed": True,
    }
    # Every small count is hidden.
    for f in doc["figures"]:
        if f["unit"] == "count" and f["indicator"] != "activity.events":
            assert f["value"] is None or f["value"] == 0 or f["value"] >= 5, f


def test_the_export_contains_no_personal_data(programme: indicator_data.Built, tmp_path: Path) -> None:
    with programme.store.read() as s:
        from hubdesk.models.org import Hub, Worker
        from hubdesk.models.people import Enterprise, Person
        from hubdesk.models.referrals import Referral

        ids = [str(x) for m in (Person, Enterprise, Referral, Worker, Hub) for x in s.scalars(sa.select(m.id))]
        hex_ids = [i.replace("-", "") for i in ids]
        references = list(s.scalars(sa.select(Referral.reference)))
    out = tmp_path / "out"
    MonitoringExport(programme.store).write(out, [Q3, Period.quarter(2026, 4)])
    text = "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(out.iterdir())).lower()
    assert "reach.unique" in text  # the search does look at the figures
    forbidden = [v for values in indicator_data.PERSONAL.values() for v in values] + ids + hex_ids + references
    found = [v for v in forbidden if v.lower() in text]
    assert found == []


def test_sync_writes_into_the_exchange_folder_once_a_day(programme: indicator_data.Built, tmp_path: Path) -> None:
    written = write_to_exchange(programme.store, tmp_path, programme.actor.hub_id)
    folder = tmp_path / "monitoring" / "cityhub-schalkwijk"
    assert {p.name for p in folder.iterdir()} == {w.path.name for w in written}
    assert {w.quarter for w in written} == {"2026-Q3", "2026-Q4"}
    assert write_to_exchange(programme.store, tmp_path, programme.actor.hub_id) == []  # written just now
    marker = folder / "monitoring-2026-Q4-programme.json"
    day_ago = marker.stat().st_mtime - 25 * 3600
    os.utime(marker, (day_ago, day_ago))
    assert len(write_to_exchange(programme.store, tmp_path, programme.actor.hub_id)) == len(written)
