"""A process that runs imports for the kill -9 test and is killed in the middle of them.

Started once with the test's Python (``python tests/sync/kill_helper.py``); it imports
hubdesk once and then, per line of JSON on stdin, forks a child that syncs one
database with one exchange folder. The child dies by SIGKILL at its ``kill_at``-th SQL
statement (or when the test kills it after a delay, with ``kill_at`` 0); with
``kill_at`` -1 it finishes and writes how many statements it ran to ``count_file``.
For every request this process answers ``pid <n>`` as soon as the child runs and
``exit <status>`` when it has gone.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from hubdesk.services.store import Store, sqlite_engine
from hubdesk.sync.keys import ProgrammeKey
from hubdesk.sync.service import SyncService


def _child(request: dict[str, Any]) -> None:
    path = Path(request["db"])
    engine = sqlite_engine(path)
    kill_at = int(request["kill_at"])
    counter = {"n": 0}

    def count(*_args: Any) -> None:
        counter["n"] += 1
        if counter["n"] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    sa.event.listen(engine, "before_cursor_execute", count)
    with engine.connect() as conn:
        node_id = uuid.UUID(hex=conn.exec_driver_sql("SELECT node_id FROM node_state").scalar_one())
    store = Store(engine, str(path), node_id)
    key = ProgrammeKey(bytes.fromhex(request["key"]))
    report = SyncService(store, key=key).sync(Path(request["exchange"]))
    store.dispose()
    if kill_at == -1:
        Path(request["count_file"]).write_text(json.dumps({"statements": counter["n"], "ok": report.ok}))


def main() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("warm_up"):  # once, in this process: children start warm (imports, mappers)
            _child(request)
            sys.stdout.write("warm\n")
            sys.stdout.flush()
            continue
        pid = os.fork()
        if pid == 0:  # the child: never returns into the loop
            try:
                _child(request)
            except BaseException:
                os._exit(3)
            os._exit(0)
        sys.stdout.write(f"pid {pid}\n")
        sys.stdout.flush()
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(f"exit {status}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
