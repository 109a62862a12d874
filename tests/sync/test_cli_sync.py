"""hubdesk node init / node new-key / sync / conflicts on the command line."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from hubdesk.cli import EXIT_OK, EXIT_USER, main
from hubdesk.models.people import Person
from hubdesk.services.store import Actor, open_store
from hubdesk.sync.keys import read_key_file
from tests.sync.helpers import Node, add_person, edit, rows


def _node(path: Path, exchange: Path) -> Node:
    store = open_store(path)
    hub = uuid.UUID(hex=rows(path, "SELECT hub_id FROM node_state")[0][0])
    return Node(name=path.stem, store=store, actor=Actor(None, hub), exchange=exchange)


def test_two_desks_set_up_and_synced_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key_file = tmp_path / "programme.key"
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    assert main(["node", "new-key", "--out", str(key_file)]) == EXIT_OK
    key = read_key_file(key_file)
    assert capsys.readouterr().out.split("\t")[0] == key.programme_id
    for name in ("balie1", "balie2"):
        args = ["node", "init", "--db", str(tmp_path / f"{name}.sqlite"), "--hub", "Cityhub Schalkwijk"]
        assert main([*args, "--node", name, "--programme-key-file", str(key_file)]) == EXIT_OK
    assert main([*args, "--node", "balie2", "--programme-key-file", str(key_file)]) == EXIT_OK  # again: no harm
    capsys.readouterr()
    one = _node(tmp_path / "balie1.sqlite", exchange)
    pid = add_person(one, given="Fatima")
    one.store.dispose()
    assert main(["sync", "--db", str(tmp_path / "balie1.sqlite"), "--exchange", str(exchange)]) == EXIT_OK
    assert main(["--lang", "en", "sync", "--db", str(tmp_path / "balie2.sqlite"), "--exchange", str(exchange)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("exported\t1\t")
    assert out[5].startswith("applied\t")
    assert int(out[5].split("\t")[1]) > 0
    assert rows(tmp_path / "balie2.sqlite", "SELECT given_name FROM persons") == [("Fatima",)]

    # The same field changed on both desks: the conflict is listed with both values.
    two = _node(tmp_path / "balie2.sqlite", exchange)
    one = _node(tmp_path / "balie1.sqlite", exchange)
    edit(one, Person, pid, family_name="Bakker")
    edit(two, Person, pid, family_name="De Vries")
    one.store.dispose()
    two.store.dispose()
    for name in ("balie1", "balie2", "balie1"):
        assert main(["sync", "--db", str(tmp_path / f"{name}.sqlite"), "--exchange", str(exchange)]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "conflicts\t1\t1"  # the last run opened it: one open, one new
    assert main(["conflicts", "--db", str(tmp_path / "balie1.sqlite")]) == EXIT_OK
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split("\t")[1:5] == ["field", "persons", str(pid), "family_name"]
    assert '"Bakker"' in line
    assert '"De Vries"' in line


def test_a_refused_package_is_one_line_naming_the_file_and_exit_1(
    tmp_path: Path, key: object, a1: Node, a2: Node, capsys: pytest.CaptureFixture[str]
) -> None:
    from hubdesk.sync.keys import ProgrammeKey

    assert isinstance(key, ProgrammeKey)
    add_person(a1)
    a1.sync(key)
    target = a2.exchange / a1.node_id.hex / "00000001.hubsync"
    target.parent.mkdir()
    data = (a1.exchange / a1.node_id.hex / "00000001.hubsync").read_bytes()
    target.write_bytes(data[:-10])
    a2.store.dispose()
    code = main(["--lang", "en", "sync", "--db", str(a2.path), "--exchange", str(a2.exchange)])
    captured = capsys.readouterr()
    assert code == EXIT_USER
    (line,) = captured.err.splitlines()
    assert line.startswith("hubdesk: ")
    assert str(target) in line
    assert "encrypted with another key" in line


def test_a_missing_exchange_folder_and_a_demo_database_are_one_line_each(
    tmp_path: Path, a1: Node, capsys: pytest.CaptureFixture[str]
) -> None:
    a1.store.dispose()
    assert main(["sync", "--db", str(a1.path), "--exchange", str(tmp_path / "nope")]) == EXIT_USER
    (line,) = capsys.readouterr().err.splitlines()
    assert "nope" in line
    assert "niet bereikbaar" in line
    demo = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(demo), "--entrepreneurs", "2"]) == EXIT_OK
    capsys.readouterr()
    assert main(["sync", "--db", str(demo), "--exchange", str(tmp_path)]) == EXIT_USER
    assert capsys.readouterr().err.strip() == (
        "hubdesk: Dit is een oefendatabase met voorbeeldgegevens; die wisselt nooit gegevens uit met echte balies."
    )


def test_node_init_names_a_missing_key_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["node", "init", "--db", str(tmp_path / "x.sqlite"), "--hub", "Cityhub Noord", "--node", "x"]
    assert main([*args, "--programme-key-file", str(tmp_path / "geen.key")]) == EXIT_USER
    assert "geen.key" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()
