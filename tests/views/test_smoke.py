"""``hubdesk --smoke-test``: the check an installation (and packaging/build.sh) runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from hubdesk.views import smoke

SMOKE_LINE = re.compile(r"^smoke test ok: (\d+\.\d\d) s \(main window ready after (\d+\.\d\d) s\)$")


def test_the_smoke_test_passes_and_leaves_the_data_folder_alone(app_dirs: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HUBDESK_DATA_DIR": str(app_dirs), "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "hubdesk", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    match = SMOKE_LINE.match(lines[0])
    assert match, lines[0]
    assert float(match.group(2)) <= float(match.group(1))
    assert done.stderr == ""  # Qt's notices went to the (removed) log
    assert not app_dirs.exists()  # the user's data folder was never touched
    assert list(tmp_path.glob("hubdesk-smoke-*")) == []  # the throw-away folder is gone


def test_a_failing_step_gives_one_line_and_keeps_the_log(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(smoke, "setup_logging", lambda: None)  # this process already logs elsewhere

    def broken(db: Path, started: float) -> float:
        raise smoke.SmokeFailure("the letter has no pages")

    monkeypatch.setattr(smoke, "_exercise", broken)
    assert smoke.run_smoke_test(time.perf_counter()) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("smoke test failed: SmokeFailure: the letter has no pages (log: ")
    assert len(list(tmp_path.glob("hubdesk-smoke-*"))) == 1  # kept, with its log, for a look
