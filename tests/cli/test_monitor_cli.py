"""hubdesk monitor: the monitoring export from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdesk.cli import EXIT_OK, EXIT_USAGE, EXIT_USER, main
from tests.services import indicator_data

programme_template = indicator_data.programme_template
programme = indicator_data.programme


def test_a_bad_quarter_is_one_line_and_writes_nothing(
    programme: indicator_data.Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(programme.store.path)
    code = main(["--lang", "en", "monitor", "--db", db, "--out", str(tmp_path / "out"), "--quarter", "2026-Q7"])
    captured = capsys.readouterr()
    assert code == EXIT_USER
    assert captured.err == "hubdesk: Give a quarter as year and quarter, for example 2026-Q3 (you typed '2026-Q7').\n"
    assert captured.out == ""
    assert not (tmp_path / "out").exists()


def test_a_missing_database_or_argument_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["monitor", "--db", str(tmp_path / "nope.sqlite"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == EXIT_USER
    assert len(err.splitlines()) == 1
    assert "nope.sqlite" in err
    assert not (tmp_path / "nope.sqlite").exists()
    with pytest.raises(SystemExit) as exc:
        main(["monitor", "--db", str(tmp_path / "nope.sqlite")])
    assert exc.value.code == EXIT_USAGE
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_an_out_folder_that_is_a_file_is_one_line(
    programme: indicator_data.Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    code = main(["monitor", "--db", str(programme.store.path), "--out", str(blocker / "out"), "--quarter", "2026-Q3"])
    err = capsys.readouterr().err
    assert code == EXIT_USER
    assert len(err.splitlines()) == 1
    assert str(blocker / "out") in err


def test_the_export_is_written_and_each_file_printed(
    programme: indicator_data.Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    args = ["monitor", "--db", str(programme.store.path), "--out", str(out)]
    assert main([*args, "--quarter", "2026-Q3", "--quarter", "2026-Q2"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 12  # 2 quarters x (programme, noord, schalkwijk) x (csv, json)
    quarter, area, figures, suppressed, path = lines[0].split("\t")
    assert (quarter, area) == ("2026-Q3", "programme")
    assert figures.endswith(" figures")
    assert suppressed.endswith(" suppressed")
    assert Path(path) == out / "monitoring-2026-Q3-programme.csv"
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(line.split("\t")[-1]).name for line in lines)


def test_without_a_quarter_the_last_complete_one(
    programme: indicator_data.Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The command line uses the computer's clock: the last complete quarter before today.
    import datetime as dt

    from hubdesk.services.indicators import Period
    from hubdesk.services.monitoring import last_complete_quarter

    expected = last_complete_quarter(dt.date.today())
    assert main(["monitor", "--db", str(programme.store.path), "--out", str(tmp_path / "o"), "--current"]) == EXIT_OK
    quarters = {line.split("\t")[0] for line in capsys.readouterr().out.splitlines()}
    assert quarters == {expected.label, Period.containing(dt.date.today()).label}
