"""The access export (GDPR art. 15): everything held about one person, as JSON and as a readable PDF.

:meth:`AccessExportService.export` gathers, in one write transaction that also records
the export in the audit log, the person and everything linked to them: their
enterprises (with the impact register), visits, notes (private ones included: they are
about the person too), consents, trajectories with their steps and stage changes,
referrals with the metadata of their letters, event attendance, and the audit entries
about them (who looked at or changed their data, and when, with the workers' names).
The audit log is kept per desk, so those are the entries of this desk; the JSON says so.

The JSON is the complete, machine-readable copy (every stored field, codes as stored).
The PDF is the readable one, in the person's preferred language unless another is
asked for, in the house style of the referral letters (:mod:`hubdesk.services.letters`).
Only coordinators and admins make an access export (it shows the audit trail).
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import sqlalchemy as sa
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from hubdesk.messages import FIELD_NAMES
from hubdesk.models.base import short_id
from hubdesk.models.enums import AuditAction, Language
from hubdesk.models.errors import NotFound
from hubdesk.models.guidance import GuidanceStep, Note, StageChange, StepType, Trajectory, Visit
from hubdesk.models.impact import EventAttendance, ProcurementMatch, ProgrammeEvent, Recognition, WorkPlacement
from hubdesk.models.logs import AuditEvent
from hubdesk.models.org import Hub, Node, Worker
from hubdesk.models.people import Enterprise, Person, PersonEnterprise
from hubdesk.models.referrals import Consent, Partner, Referral, ReferralLetter
from hubdesk.services import audit, letters
from hubdesk.services.changelog import json_value
from hubdesk.services.files import write_atomically
from hubdesk.services.roles import Permission, require
from hubdesk.services.store import Actor, Store

FORMAT = "hubdesk-access-export"
FORMAT_VERSION = 1
_LEFT_OUT = frozenset({"version", "updated_by_node", "deleted_at"})

# ---------------------------------------------------------------------------
# The words of the PDF (Dutch, English)

TEXT: dict[str, tuple[str, str]] = {
    "title": ("Overzicht van uw gegevens", "Overview of your data"),
    "intro": (
        "Op uw verzoek: alle gegevens die {hub} over u bewaart, en wie ze heeft bekeken of gewijzigd. "
        "Het bijgevoegde JSON-bestand bevat dezelfde gegevens in volledige, machineleesbare vorm.",
        "At your request: all the data {hub} keeps about you, and who looked at or changed it. "
        "The accompanying JSON file holds the same data in complete, machine-readable form.",
    ),
    "made": ("Gemaakt op {date} door {worker}", "Made on {date} by {worker}"),
    "person": ("Persoonsgegevens", "Personal details"),
    "enterprises": ("Onderneming of idee", "Enterprise or idea"),
    "visits": ("Bezoeken", "Visits"),
    "notes": ("Notities", "Notes"),
    "consents": ("Toestemmingen", "Consents"),
    "trajectories": ("Trajecten en stappen", "Trajectories and steps"),
    "referrals": ("Verwijzingen", "Referrals"),
    "events": ("Bijeenkomsten", "Events"),
    "audit": ("Wie uw gegevens heeft bekeken of gewijzigd", "Who looked at or changed your data"),
    "audit_scope": (
        "Vastgelegd op deze balie ({desk}); elke balie houdt een eigen logboek bij.",
        "Recorded at this desk ({desk}); every desk keeps its own log.",
    ),
    "none": ("Geen.", "None."),
    "date": ("Datum", "Date"),
    "time": ("Tijdstip", "Time"),
    "worker": ("Medewerker", "Worker"),
    "channel": ("Soort contact", "Channel"),
    "summary": ("Samenvatting", "Summary"),
    "text": ("Tekst", "Text"),
    "purpose": ("Doel", "Purpose"),
    "partner": ("Partner", "Partner"),
    "method": ("Hoe gegeven", "How given"),
    "withdrawn": ("Ingetrokken", "Withdrawn"),
    "status": ("Status", "Status"),
    "step": ("Stap", "Step"),
    "due": ("Gepland", "Due"),
    "done": ("Gedaan", "Done"),
    "reference": ("Kenmerk", "Reference"),
    "sent": ("Verstuurd", "Sent"),
    "letter": ("Brief", "Letter"),
    "event": ("Bijeenkomst", "Event"),
    "action": ("Handeling", "Action"),
    "what": ("Welke gegevens", "Which data"),
    "trajectory": ("Traject geopend {date}", "Trajectory opened {date}"),
    "private": ("(privé)", "(private)"),
    "page": ("Pagina {page}", "Page {page}"),
    "role": ("Rol", "Role"),
    "impact": ("Impact", "Impact"),
}
FIELDS: dict[str, tuple[str, str]] = {
    **FIELD_NAMES,
    "phone_e164": ("Telefoon", "Phone"),
    "stadsdeel": ("Stadsdeel", "District"),
    "income_situation": ("Inkomenssituatie", "Income situation"),
    "registered_at": ("Ingeschreven op", "Registered on"),
    "last_contact_at": ("Laatste contact", "Last contact"),
    "retention_until": ("Bewaard tot", "Kept until"),
    "pseudonym_id": ("Pseudoniem (monitoring)", "Pseudonym (monitoring)"),
    "sbi_code": ("SBI-code", "SBI code"),
    "impact_areas": ("Impactgebieden", "Impact areas"),
    "employees_target_group": ("Medewerkers uit de doelgroep", "Employees from the target group"),
}
PERSON_FIELDS = (
    "given_name",
    "infix",
    "family_name",
    "email",
    "phone_e164",
    "home_postcode",
    "stadsdeel",
    "wijk",
    "birth_year",
    "preferred_language",
    "income_situation",
    "registered_at",
    "last_contact_at",
    "retention_until",
    "pseudonym_id",
)
ENTERPRISE_FIELDS = (
    "trade_name",
    "kvk_number",
    "vestigingsnummer",
    "legal_form",
    "sbi_code",
    "stage",
    "activity",
    "mission",
    "business_postcode",
    "business_house_number",
    "founded_on",
    "impact_areas",
    "employees_total",
    "employees_target_group",
)
ACTIONS: dict[str, tuple[str, str]] = {
    "view": ("bekeken", "viewed"),
    "create": ("vastgelegd", "recorded"),
    "update": ("gewijzigd", "changed"),
    "delete": ("verwijderd", "deleted"),
    "print": ("afgedrukt", "printed"),
    "export": ("geëxporteerd", "exported"),
    "erase": ("gewist", "erased"),
}
CODES_NL: dict[str, str] = {
    "centrum": "Centrum",
    "noord": "Noord",
    "oost": "Oost",
    "zuid_west": "Zuid-West",
    "schalkwijk": "Schalkwijk",
    "nl": "Nederlands",
    "en": "Engels",
    "employed": "in loondienst",
    "ww": "WW",
    "bijstand": "bijstand",
    "other": "anders",
    "unknown": "onbekend",
    "not_asked": "niet gevraagd",
    "none_yet": "nog geen",
    "idea": "idee",
    "starting": "startend",
    "running": "lopend",
    "scaling": "groeiend",
    "stopping": "stoppend",
    "founder": "oprichter",
    "co_founder": "mede-oprichter",
    "owner": "eigenaar",
    "director": "bestuurder",
    "member": "lid",
    "walk_in": "binnenloop",
    "appointment": "afspraak",
    "phone": "telefoon",
    "email": "e-mail",
    "event": "bijeenkomst",
    "referred_in": "doorverwezen",
    "open": "open",
    "paused": "gepauzeerd",
    "closed": "afgesloten",
    "planned": "gepland",
    "done": "gedaan",
    "cancelled": "geannuleerd",
    "draft": "concept",
    "sent": "verstuurd",
    "acknowledged": "ontvangen",
    "intake_planned": "intake gepland",
    "in_progress": "loopt",
    "registration": "inschrijving",
    "share_with_partner": "delen met partner",
    "monitoring_record_level": "monitoring per persoon",
    "newsletter": "nieuwsbrief",
    "story_photo": "verhaal of foto",
    "verbal": "mondeling",
    "signed": "ondertekend",
    "digital": "digitaal",
}
ENTITIES: dict[str, tuple[str, str]] = {
    "persons": ("persoonsgegevens", "personal details"),
    "enterprises": ("onderneming", "enterprise"),
    "person_enterprises": ("onderneming", "enterprise"),
    "visits": ("bezoek", "visit"),
    "notes": ("notitie", "note"),
    "consents": ("toestemming", "consent"),
    "trajectories": ("traject", "trajectory"),
    "guidance_steps": ("stap in een traject", "trajectory step"),
    "referrals": ("verwijzing", "referral"),
    "event_attendances": ("bijeenkomst", "event"),
    "audit_events": ("logboek", "audit log"),
}


@dataclass(frozen=True, slots=True)
class AccessExport:
    """The two files of an access export, ready to be written."""

    person_id: uuid.UUID
    language: Language
    made_at: dt.datetime
    data: dict[str, Any]
    pdf: bytes

    @property
    def json_bytes(self) -> bytes:
        return json.dumps(self.data, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")

    @property
    def stem(self) -> str:
        return file_stem(self.person_id, self.language, self.made_at)

    def write(self, folder: Path, stem: str | None = None) -> tuple[Path, Path]:
        """Write ``<stem>.pdf`` and ``<stem>.json`` into ``folder`` (each whole or not at all)."""
        base = stem or self.stem
        pdf_path, json_path = folder / f"{base}.pdf", folder / f"{base}.json"
        write_atomically(pdf_path, self.pdf)
        write_atomically(json_path, self.json_bytes)
        return pdf_path, json_path


def file_stem(person_id: uuid.UUID, language: Language, when: dt.datetime) -> str:
    """A file name without the person's name in it (folder listings are not private)."""
    word = "inzage" if language is Language.NL else "access"
    return f"{word}-{when.astimezone().date().isoformat()}-{short_id(person_id)}"


def _row(obj: Any, *skip: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for attr in sa.inspect(type(obj)).column_attrs:
        if attr.key in _LEFT_OUT or attr.key in skip:
            continue
        out[attr.key] = json_value(getattr(obj, attr.key))
    return out


class AccessExportService:
    """Make an access export (coordinators and admins; others get
    ``UserFacingError("access_export.coordinator_only")``)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def export(self, actor: Actor, person_id: uuid.UUID, language: Language | None = None) -> AccessExport:
        """Gather and render; recorded in the audit log as an export. ``NotFound`` for an
        unknown or deleted person. The PDF is in ``language``, else the person's own."""
        with self._store.write(actor) as s:
            require(s, actor, Permission.AUDIT_LOG, "access_export.coordinator_only")
            person = s.get(Person, person_id)
            if person is None or person.is_deleted:
                raise NotFound(entity="persons", id=str(person_id))
            audit.record(s, AuditAction.EXPORT, "persons", person.id, person_id=person.id, detail={"kind": "access"})
            s.flush()
            now = s.info["write"].now
            data = _gather(s, actor, person, now)
            desk = s.get(Node, self._store.node_id)
            data["desk"] = desk.name if desk else None
        lang = language or person.preferred_language
        return AccessExport(person_id, lang, now, data, render_pdf(data, lang))


def _gather(s: Session, actor: Actor, person: Person, now: dt.datetime) -> dict[str, Any]:
    workers = {w.id: w.name for w in s.execute(sa.select(Worker)).scalars()}
    step_names = {t.code: {"nl": t.name_nl, "en": t.name_en} for t in s.execute(sa.select(StepType)).scalars()}
    partners = {p.id: p.name for p in s.execute(sa.select(Partner)).scalars()}

    def name(worker_id: uuid.UUID | None) -> str | None:
        return workers.get(worker_id) if worker_id else None

    def living(model: Any, *where: Any) -> list[Any]:
        order = model.created_at
        return list(s.execute(sa.select(model).where(model.deleted_at.is_(None), *where).order_by(order)).scalars())

    pid = person.id
    hub = s.get(Hub, person.hub_id)
    enterprises = []
    for link in living(PersonEnterprise, PersonEnterprise.person_id == pid):
        ent = s.get(Enterprise, link.enterprise_id)
        if ent is None or ent.is_deleted:
            continue
        enterprises.append(
            {
                **_row(ent),
                "role": json_value(link.role),
                "recognitions": [_row(r) for r in living(Recognition, Recognition.enterprise_id == ent.id)],
                "procurement_matches": [
                    _row(m) for m in living(ProcurementMatch, ProcurementMatch.enterprise_id == ent.id)
                ],
                "work_placements": [_row(w) for w in living(WorkPlacement, WorkPlacement.enterprise_id == ent.id)],
            }
        )
    trajectories = []
    for t in living(Trajectory, Trajectory.person_id == pid):
        steps = living(GuidanceStep, GuidanceStep.trajectory_id == t.id)
        trajectories.append(
            {
                **_row(t),
                "lead_worker": name(t.lead_worker_id),
                "steps": [
                    {**_row(g), "step_type_names": step_names.get(g.step_type), "assignee": name(g.assignee_id)}
                    for g in steps
                ],
                "stage_changes": [_row(c) for c in living(StageChange, StageChange.trajectory_id == t.id)],
            }
        )
    referrals = []
    for r in living(Referral, Referral.person_id == pid):
        kept = s.get(ReferralLetter, r.id)
        letter = None
        if r.letter_sha256 or kept is not None:
            letter = {
                "template": r.letter_template,
                "sha256": r.letter_sha256,
                "made_at": json_value(r.letter_made_at),
                "pages": kept.pages if kept else None,
                "kept_here": kept is not None,
            }
        referrals.append(
            {**_row(r), "partner": partners.get(r.partner_id), "worker": name(r.worker_id), "letter": letter}
        )
    events = []
    for a in living(EventAttendance, EventAttendance.person_id == pid):
        ev = s.get(ProgrammeEvent, a.event_id)
        events.append(
            {
                **_row(a),
                "event": {"name": ev.name, "kind": json_value(ev.kind), "held_on": json_value(ev.held_on)}
                if ev
                else None,
            }
        )
    trail = s.execute(sa.select(AuditEvent).where(AuditEvent.person_id == pid).order_by(AuditEvent.seq)).scalars()
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "made_at": json_value(now),
        "made_by": name(actor.worker_id),
        "hub": hub.name if hub else None,
        "person": _row(person),
        "enterprises": enterprises,
        "visits": [{**_row(v), "worker": name(v.worker_id)} for v in living(Visit, Visit.person_id == pid)],
        "notes": [{**_row(n), "author": name(n.author_id)} for n in living(Note, Note.person_id == pid)],
        "consents": [
            {
                **_row(c),
                "partner": partners.get(c.partner_id) if c.partner_id else None,
                "recorded_by_name": name(c.recorded_by),
            }
            for c in living(Consent, Consent.person_id == pid)
        ],  # fmt: skip
        "trajectories": trajectories,
        "referrals": referrals,
        "event_attendance": events,
        "audit_scope": "this desk",
        "audit": [
            {
                "at": json_value(e.at),
                "worker": name(e.worker_id),
                "worker_id": json_value(e.worker_id),
                "action": json_value(e.action),
                "entity": e.entity,
                "record_id": json_value(e.record_id),
            }
            for e in trail
        ],
    }


# ---------------------------------------------------------------------------
# The PDF


def render_pdf(data: dict[str, Any], language: Language) -> bytes:
    """The readable copy of an export's ``data`` as the bytes of an A4 PDF."""
    with letters._RENDER_LOCK:
        letters.register_fonts()
        return _Pdf(data, language).build()


class _Pdf:
    def __init__(self, data: dict[str, Any], language: Language) -> None:
        self.data = data
        self.index = 0 if language is Language.NL else 1
        self.language = language
        body = letters._styles().body
        self.body = body
        self.h1 = ParagraphStyle("h1", parent=body, fontName=letters.FONT_BOLD, fontSize=16, leading=20,
                                 textColor=letters._ACCENT, spaceBefore=0, spaceAfter=4)  # fmt: skip
        self.h2 = ParagraphStyle("h2", parent=body, fontName=letters.FONT_BOLD, fontSize=11.5, leading=15,
                                 textColor=letters._ACCENT, spaceBefore=12, spaceAfter=4)  # fmt: skip
        self.h3 = ParagraphStyle("h3", parent=body, fontName=letters.FONT_BOLD, spaceBefore=6, spaceAfter=2)
        self.small = ParagraphStyle("small", parent=body, fontSize=8, leading=11, textColor=letters._MUTED)
        self.cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceBefore=0)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=letters.FONT_BOLD)
        self.label = ParagraphStyle("label", parent=self.cell, textColor=letters._MUTED)

    # -- words and values ----------------------------------------------------------------------
    def t(self, key: str, **values: str) -> str:
        return TEXT[key][self.index].format(**values)

    def field(self, name: str) -> str:
        pair = FIELDS.get(name)
        return pair[self.index] if pair else name.replace("_", " ")

    def value(self, v: Any) -> str:
        if v is None or v == "" or v == []:
            return "—"
        if isinstance(v, bool):
            return ("ja", "yes")[self.index] if v else ("nee", "no")[self.index]
        if isinstance(v, list):
            return ", ".join(self.value(x) for x in v)
        if isinstance(v, dict):
            return "; ".join(f"{self.field(k)}: {self.value(x)}" for k, x in v.items())
        if isinstance(v, enum.Enum):
            v = v.value
        text = str(v)
        when = _parse_time(text)
        if when is not None:
            return self.moment(when)
        day = _parse_day(text)
        if day is not None:
            return self.day(day)
        if self.index == 0 and text in CODES_NL:
            return CODES_NL[text]
        return text.replace("_", " ") if text.isascii() and " " not in text and "_" in text else text

    def day(self, d: dt.date) -> str:
        return d.strftime("%d-%m-%Y") if self.index == 0 else d.isoformat()

    def moment(self, when: dt.datetime) -> str:
        local = when.astimezone()
        return f"{self.day(local.date())} {local:%H:%M}"

    def p(self, text: str, style: Any = None) -> Any:
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.cell)

    # -- building blocks ---------------------------------------------------------------------
    def pairs(self, rows: Sequence[tuple[str, Any]]) -> Any:
        table = Table(
            [[self.p(label, self.label), self.p(self.value(v))] for label, v in rows],
            colWidths=[55 * mm, letters._WIDTH - 55 * mm],
            hAlign="LEFT",
        )
        table.setStyle(self._style(header=False))
        return table

    def grid(self, headers: Sequence[str], rows: Iterable[Sequence[Any]], widths: Sequence[float]) -> Any:
        body = [[self.p(self.value(v)) for v in row] for row in rows]
        if not body:
            return self.p(self.t("none"), self.body)
        scale = letters._WIDTH / sum(widths)
        table = Table(
            [[self.p(h, self.head) for h in headers], *body],
            colWidths=[w * scale for w in widths],
            hAlign="LEFT",
            repeatRows=1,
        )
        table.setStyle(self._style(header=True))
        return table

    @staticmethod
    def _style(*, header: bool) -> Any:
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), letters.FONT),  # the cell default is Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), letters._TABLE_BG),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, "white"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, letters._ACCENT))
        return TableStyle(commands)

    def section(self, key: str, *flowables: Any) -> list[Any]:
        return [KeepTogether([Paragraph(escape(self.t(key)), self.h2), *flowables[:1]]), *flowables[1:]]

    # -- the story ---------------------------------------------------------------------------
    def story(self) -> list[Any]:
        d = self.data
        person = d["person"]
        full_name = " ".join(p for p in (person.get("given_name"), person.get("infix"), person.get("family_name")) if p)
        made = _parse_time(d["made_at"])
        out: list[Any] = [
            Paragraph(escape(self.t("title")), self.h1),
            Paragraph(f"<b>{escape(full_name)}</b>", self.body),
            Paragraph(
                escape(self.t("made", date=self.moment(made) if made else "", worker=d.get("made_by") or "—")),
                self.small,
            ),  # fmt: skip
            Paragraph(escape(self.t("intro", hub=d.get("hub") or "hubdesk")), self.body),
        ]
        out += self.section("person", self.pairs([(self.field(f), person.get(f)) for f in PERSON_FIELDS]))
        ents: list[Any] = []
        for e in d["enterprises"]:
            rows = [(self.field(f), e.get(f)) for f in ENTERPRISE_FIELDS]
            rows.append((self.t("role"), e.get("role")))
            impact = [*e["recognitions"], *e["procurement_matches"], *e["work_placements"]]
            if impact:
                rows.append((self.t("impact"), "; ".join(_brief(x) for x in impact)))
            ents += [self.pairs(rows), Spacer(1, 4)]
        out += self.section("enterprises", *(ents or [self.p(self.t("none"), self.body)]))
        out += self.section(
            "visits",
            self.grid(
                [self.t("date"), self.t("channel"), self.t("worker"), self.t("summary")],
                ([v["at"], v["channel"], v["worker"], _join(v.get("needs"), v.get("summary"))] for v in d["visits"]),
                [22, 18, 22, 60],
            ),
        )
        out += self.section(
            "notes",
            self.grid(
                [self.t("date"), self.t("worker"), self.t("text")],
                (
                    [
                        n["written_at"],
                        n["author"],
                        n["text"] + (f" {self.t('private')}" if n["visibility"] == "author" else ""),
                    ]
                    for n in d["notes"]
                ),
                [22, 22, 78],
            ),
        )
        out += self.section(
            "consents",
            self.grid(
                [self.t("purpose"), self.t("partner"), self.t("date"), self.t("method"), self.t("withdrawn")],
                ([c["purpose"], c["partner"], c["given_at"], c["method"], c["withdrawn_at"]] for c in d["consents"]),
                [26, 30, 22, 18, 22],
            ),
        )
        trajectories: list[Any] = []
        for t in d["trajectories"]:
            opened = _parse_day(t["opened_on"])
            trajectories.append(
                Paragraph(escape(self.t("trajectory", date=self.day(opened) if opened else "")), self.h3)
            )
            trajectories.append(
                self.grid(
                    [self.t("step"), self.t("due"), self.t("status"), self.t("done"), self.t("worker")],
                    (
                        [
                            (g["step_type_names"] or {}).get(self.language.value, g["step_type"]),
                            g["due_on"],
                            g["status"],
                            g["done_on"],
                            g["assignee"],
                        ]
                        for g in t["steps"]
                    ),  # fmt: skip
                    [34, 20, 18, 20, 30],
                )
            )
        out += self.section("trajectories", *(trajectories or [self.p(self.t("none"), self.body)]))
        out += self.section(
            "referrals",
            self.grid(
                [self.t("reference"), self.t("partner"), self.t("status"), self.t("sent"), self.t("letter")],
                (
                    [
                        r["reference"],
                        r["partner"],
                        r["status"],
                        r["sent_at"],
                        r["letter"]["made_at"] if r.get("letter") else None,
                    ]
                    for r in d["referrals"]
                ),  # fmt: skip
                [24, 34, 18, 22, 22],
            ),
        )
        out += self.section(
            "events",
            self.grid(
                [self.t("date"), self.t("event")],
                ([(a["event"] or {}).get("held_on"), (a["event"] or {}).get("name")] for a in d["event_attendance"]),
                [22, 100],
            ),
        )
        out += self.section(
            "audit",
            self.p(self.t("audit_scope", desk=d.get("desk") or d.get("hub") or ""), self.small),
            Spacer(1, 3),
            self.grid(
                [self.t("time"), self.t("worker"), self.t("action"), self.t("what")],
                (
                    [
                        a["at"],
                        a["worker"],
                        ACTIONS.get(a["action"], (a["action"],) * 2)[self.index],
                        ENTITIES.get(a["entity"], (a["entity"],) * 2)[self.index],
                    ]
                    for a in d["audit"]
                ),  # fmt: skip
                [26, 32, 22, 42],
            ),
        )
        return out

    def build(self) -> bytes:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=letters._LEFT,
            rightMargin=letters._RIGHT,
            topMargin=27 * mm,
            bottomMargin=letters._BOTTOM,
            title=self.t("title"),
            author=self.data.get("hub") or "hubdesk",
            creator="hubdesk",
            lang="nl-NL" if self.language is Language.NL else "en",
            initialFontName=letters.FONT,
            initialFontSize=9.5,
        )
        frame = Frame(
            letters._LEFT,
            letters._BOTTOM,
            letters._WIDTH,
            letters._PAGE_H - 27 * mm - letters._BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furniture)])
        doc.build(self.story())
        return buffer.getvalue()

    def _furniture(self, canv: Any, _doc: Any) -> None:
        """The hub mark and name at the top, the page number at the bottom."""
        top = letters._PAGE_H - 12 * mm
        size = 9 * mm
        letters._draw_logo(canv, letters._LEFT, top - size + 2 * mm, size)
        canv.saveState()
        canv.setFillColor(letters._INK)
        canv.setFont(letters.FONT_BOLD, 10)
        canv.drawString(letters._LEFT + size + 3 * mm, top - 3 * mm, self.data.get("hub") or "hubdesk")
        canv.setFillColor(letters._MUTED)
        canv.setFont(letters.FONT, 8)
        canv.drawString(letters._LEFT + size + 3 * mm, top - 7 * mm, self.t("title"))
        canv.setStrokeColor(letters._RULE)
        canv.setLineWidth(0.5)
        y = 12 * mm
        canv.line(letters._LEFT, y + 4 * mm, letters._PAGE_W - letters._RIGHT, y + 4 * mm)
        canv.setFont(letters.FONT, 7.5)
        canv.drawRightString(letters._PAGE_W - letters._RIGHT, y, self.t("page", page=str(canv.getPageNumber())))
        canv.restoreState()


def _parse_time(text: Any) -> dt.datetime | None:
    if not isinstance(text, str) or "T" not in text or len(text) < 19:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo else None


def _parse_day(text: Any) -> dt.date | None:
    if not isinstance(text, str) or len(text) != 10:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _join(needs: Any, summary: Any) -> str:
    parts = [", ".join(str(n).replace("_", " ") for n in needs or [])] if needs else []
    if summary:
        parts.append(str(summary))
    return " — ".join(parts)


def _brief(record: dict[str, Any]) -> str:
    keys = ("kind", "pso_level", "buyer", "target_group", "awarded_on", "matched_on", "period_start")
    return " ".join(str(record[k]).replace("_", " ") for k in keys if record.get(k))
