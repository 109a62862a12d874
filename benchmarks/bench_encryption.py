"""Encrypted (SQLCipher) against plain database: search and registration save p50/p95.

Run from the repository root::

    .venv/bin/python benchmarks/bench_encryption.py                 # 100k entrepreneurs
    .venv/bin/python benchmarks/bench_encryption.py --size 20000    # a quick run

A plain database is filled with ``generate_demo``, and an encrypted copy of it is made
with ``sqlcipher_export`` (services/encrypting.py). Then the same desk queries
(bench_core's) and registrations are timed on both, interleaved, so that other load on
the machine hits both alike. Opening the encrypted store and one key derivation are
timed too. The table goes to stdout. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_core import SEARCH_QUERIES, Timings, log, registrations  # noqa: E402

from hubdesk.services import encryption  # noqa: E402
from hubdesk.services.demo import generate_demo  # noqa: E402
from hubdesk.services.encrypting import export_encrypted  # noqa: E402
from hubdesk.services.intake import IntakeService  # noqa: E402
from hubdesk.services.search import SearchService  # noqa: E402
from hubdesk.services.setup import actor_for  # noqa: E402
from hubdesk.services.store import open_store  # noqa: E402

PASSWORD = "bench password phrase"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--searches", type=int, default=400, help="queries timed per side")
    parser.add_argument("--saves", type=int, default=60, help="registrations timed per side")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="hubdesk-bench-enc-"))
    work.mkdir(parents=True, exist_ok=True)
    plain_path, enc_path = work / "plain.sqlite", work / "encrypted.sqlite"
    try:
        log(f"filling {args.size} entrepreneurs")
        store = open_store(plain_path)
        generate_demo(store, args.size, seed=1)
        store.dispose()
        started = time.perf_counter()
        key, _ = encryption.create_with_key(enc_path, "bench", PASSWORD)
        kdf_s = time.perf_counter() - started
        started = time.perf_counter()
        export_encrypted(plain_path, enc_path, key)
        export_s = time.perf_counter() - started
        started = time.perf_counter()
        unlocked = encryption.unlock(enc_path, "bench", PASSWORD)
        unlock_s = time.perf_counter() - started
        started = time.perf_counter()
        stores = {"plain": open_store(plain_path), "encrypted": open_store(enc_path, key=unlocked)}
        open_s = time.perf_counter() - started
        search = {name: Timings() for name in stores}
        saves = {name: Timings() for name in stores}
        services = {name: SearchService(s) for name, s in stores.items()}
        intakes = {name: (IntakeService(s), actor_for(s)) for name, s in stores.items()}
        for _ in range(3):  # warm both caches alike
            for q in SEARCH_QUERIES:
                for service in services.values():
                    service.search(q)
        rounds = max(1, args.searches // len(SEARCH_QUERIES))
        for r in range(rounds):
            for q in SEARCH_QUERIES:
                for name in list(stores)[r % 2 :] + list(stores)[: r % 2]:
                    search[name].timed(lambda s=services[name], q=q: s.search(q))
        pending = list(registrations(plain_path, 2 * (args.saves + 3), seed=7))
        for i in range(args.saves + 3):
            for name in list(stores)[i % 2 :] + list(stores)[: i % 2]:
                intake, actor = intakes[name]
                data = pending.pop()
                if i < 3:
                    intake.register(actor, data, allow_duplicates=False)
                else:
                    saves[name].timed(lambda i=intake, a=actor, d=data: i.register(a, d, allow_duplicates=False))
        for s in stores.values():
            s.dispose()
        print(f"size\t{args.size}")
        print(f"key derivation (create)\t{kdf_s * 1000:.0f} ms")
        print(f"unlock (argon2id)\t{unlock_s * 1000:.0f} ms")
        print(f"export to encrypted\t{export_s:.1f} s")
        print(f"open both stores\t{open_s * 1000:.0f} ms")
        print("what\tplain p50\tplain p95\tencrypted p50\tencrypted p95")
        for label, timings in (("search", search), ("save (with duplicate check)", saves)):
            p, e = timings["plain"], timings["encrypted"]
            print(f"{label}\t{p.p50:.2f} ms\t{p.p95:.2f} ms\t{e.p50:.2f} ms\t{e.p95:.2f} ms")
        return 0
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
