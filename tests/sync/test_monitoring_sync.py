"""A sync also writes the monitoring export into <exchange>/monitoring/; a problem there
is reported and does not fail the sync."""

from __future__ import annotations

from hubdesk.sync.keys import ProgrammeKey
from tests.sync.helpers import Node, add_person


def test_a_monitoring_folder_that_cannot_be_written_does_not_fail_the_sync(key: ProgrammeKey, a1: Node) -> None:
    (a1.exchange / "monitoring").write_text("a file where the folder should be")
    add_person(a1)
    report = a1.sync(key, monitoring=True)
    assert report.ok
    assert report.exported_changes > 0
    assert report.monitoring_files == 0
    assert report.monitoring_problem is not None
    assert report.monitoring_problem.code == "file.write_failed"


def test_a_sync_writes_the_hubs_monitoring_files(key: ProgrammeKey, a1: Node) -> None:
    add_person(a1, given="Quirinus", family="Brouwersma")
    report = a1.sync(key, monitoring=True)
    assert report.ok
    assert report.monitoring_problem is None
    folder = a1.exchange / "monitoring" / "cityhub-schalkwijk"
    files = sorted(p.name for p in folder.iterdir())
    assert report.monitoring_files == len(files) > 0
    assert all(name.startswith("monitoring-") and name.endswith((".csv", ".json")) for name in files)
    text = "".join(p.read_text(encoding="utf-8-sig") for p in folder.iterdir())
    assert "Quirinus" not in text
    assert "Brouwersma" not in text
    assert a1.sync(key, monitoring=True).monitoring_files == 0  # not again within the day
