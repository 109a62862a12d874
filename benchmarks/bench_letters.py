"""Letter benchmark: one referral letter rendered and shown in the preview, and 500 letters.

Each figure is printed beside a bare ReportLab letter of the same layout measured in
the same run: ``letters.render_letter`` on the same content, without the database,
the consent check or keeping the PDF.

- one letter, rendered and shown (QtPdf loads it and draws page 1 at screen size):
  target p95 <= 300 ms;
- 500 letters (each rendered, checked and kept with its referral): target <= 30 s.

Run: ``make bench-letters`` (or ``python benchmarks/bench_letters.py [--letters N]``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402

from hubdesk.models.enums import ConsentMethod, Handover, Language, Need  # noqa: E402
from hubdesk.services import letters  # noqa: E402
from hubdesk.services.demo import generate_demo  # noqa: E402
from hubdesk.services.referrals import ReferralService  # noqa: E402
from hubdesk.services.setup import actor_for  # noqa: E402
from hubdesk.services.store import Actor, open_store  # noqa: E402

PREVIEW_SIZE = QSize(794, 1123)  # A4 at 96 dpi: the preview's page at 100 %
SINGLE_ROUNDS = 40
FIELD_VALUES = {
    "start_date": "1 april 2026",
    "legal_form": "eenmanszaak",
    "activities": "naaiatelier en reparaties",
    "business_address": "Europaweg 12, Haarlem",
    "starting_from_benefit": "ja",
    "hours_per_week": "24",
    "plan_status": "in concept",
    "financing_need": "ongeveer € 12.000",
    "own_contribution": "€ 1.500",
    "kvk_registered": "nee",
}


def show(pdf: bytes) -> None:
    """What the preview does with a letter: load it and draw its first page."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        raise SystemExit(f"the preview could not load the letter: {doc.status()}")
    image = doc.render(0, PREVIEW_SIZE)
    if image.isNull():
        raise SystemExit("the preview drew nothing")
    doc.close()
    buffer.close()


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return (time.perf_counter() - start) * 1000


def make_drafts(referrals: ReferralService, actor: Actor, db: Path, count: int) -> list[object]:
    """``count`` draft referrals with consent, spread over the partners that need few or many fields."""
    import sqlite3
    import uuid

    partners = [p for p in referrals.partners() if p.code in ("kvk", "bbz_haarlem", "qredits")]
    with sqlite3.connect(db) as conn:
        persons = [uuid.UUID(r[0]) for r in conn.execute("SELECT id FROM persons ORDER BY id LIMIT ?", (count,))]
    drafts = []
    for i, person in enumerate(persons):
        partner = partners[i % len(partners)]
        rid, _ = referrals.create(
            actor,
            {
                "person_id": person,
                "partner_id": partner.id,
                "need": Need.FINANCE_LOAN,
                "handover": Handover.LETTER,
                "language": Language.EN if i % 5 == 0 else Language.NL,
                "question": "Ik wil een naaiatelier beginnen met statushouders en zoek geld voor machines.",
                "done_so_far": ["Intake", "Ondernemingsplan in concept", "Workshop financiering"],
                "request": "Een eerste gesprek over de mogelijkheden.",
                "fields": {f: FIELD_VALUES[f] for f in partner.referral_fields},
            },
        )
        referrals.record_consent(actor, rid, ConsentMethod.SIGNED)
        drafts.append(rid)
    return drafts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=500, help="how many letters in the batch figure")
    parser.add_argument("--workdir", default=None)
    args = parser.parse_args()
    QGuiApplication([])
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="hubdesk-bench-letters-"))
    db = workdir / "letters.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = open_store(db)
    print(f"setting up {args.letters} entrepreneurs with a draft referral each in {db} ...", file=sys.stderr)
    generate_demo(store, args.letters, seed=3)
    actor = actor_for(store)
    referrals = ReferralService(store)
    drafts = make_drafts(referrals, actor, db, args.letters)
    contents = [referrals.letter_content(actor, rid) for rid in drafts]  # type: ignore[arg-type]

    # warm up fonts, templates and QtPdf
    for rid, (content, template) in zip(drafts[:3], contents[:3], strict=True):
        show(referrals.letter(actor, rid).pdf)  # type: ignore[arg-type]
        show(letters.render_letter(content, template))

    single, bare_single = [], []
    for i in range(SINGLE_ROUNDS):
        rid, (content, template) = drafts[i % len(drafts)], contents[i % len(contents)]
        single.append(timed(lambda rid=rid: show(referrals.letter(actor, rid).pdf)))  # type: ignore[misc]
        bare_single.append(timed(lambda c=content, t=template: show(letters.render_letter(c, t))))  # type: ignore[misc]

    start = time.perf_counter()
    pages = sum(referrals.letter(actor, rid).pages for rid in drafts)  # type: ignore[arg-type]
    batch = time.perf_counter() - start
    start = time.perf_counter()
    for content, template in contents:
        letters.render_letter(content, template)
    bare_batch = time.perf_counter() - start
    store.dispose()

    n = len(drafts)
    rows = [
        (
            "one letter rendered + shown, p95",
            f"{p95(single):.0f} ms",
            f"<= 300 ms (bare ReportLab + preview {p95(bare_single):.0f} ms; p50 {statistics.median(single):.0f})",
            p95(single) <= 300,
        ),
        (
            f"{n} letters rendered, checked and kept ({pages} pages)",
            f"{batch:.1f} s",
            f"<= 30 s (bare ReportLab {bare_batch:.1f} s)",
            batch <= 30 * n / 500,
        ),
    ]
    print(f"{'figure':52} {'measured':>10}   {'limit/baseline':58} verdict")
    for name, value, limit, ok in rows:
        print(f"{name:52} {value:>10}   {limit:58} {'PASS' if ok else 'FAIL'}")
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
