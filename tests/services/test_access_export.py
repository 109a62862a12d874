"""The access export: everything held about one person, as JSON and a readable PDF, including who looked."""

from __future__ import annotations

import io
import json
import re
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from hubdesk.models.enums import AuditAction, Language, Role
from hubdesk.models.errors import NotFound, UserFacingError
from hubdesk.services.access_export import AccessExportService
from hubdesk.services.audit_log import AuditFilter, AuditLogService
from hubdesk.services.erasure import ErasureService
from hubdesk.services.intake import IntakeService
from hubdesk.services.store import Actor, Store
from tests.services.helpers import add_worker, registration
from tests.services.privacy_helpers import FullFile, full_file


@pytest.fixture
def made(store: Store, actor: Actor) -> FullFile:
    return full_file(store, actor)


def pdf_text(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def test_a_hub_worker_cannot_make_an_access_export(store: Store, actor: Actor, made: FullFile) -> None:
    worker = add_worker(store, actor, name="Bas Jansen", username="bas", role=Role.HUB_WORKER)
    with pytest.raises(UserFacingError) as refused:
        AccessExportService(store).export(worker, made.person_id)
    assert refused.value.code == "access_export.coordinator_only"
    exports = AuditLogService(store).page(actor, AuditFilter(action=AuditAction.EXPORT)).rows
    assert exports == []


def test_an_unknown_or_erased_person_has_no_export(store: Store, actor: Actor, made: FullFile) -> None:
    with pytest.raises(NotFound):
        AccessExportService(store).export(actor, uuid.uuid4())
    ErasureService(store).erase(actor, made.person_id)
    with pytest.raises(NotFound):
        AccessExportService(store).export(actor, made.person_id)


def test_the_json_holds_everything_about_the_person_and_who_looked(store: Store, actor: Actor, made: FullFile) -> None:
    colleague = add_worker(store, actor, name="Bas Jansen", username="bas", role=Role.HUB_WORKER)
    IntakeService(store).get_file(colleague, made.person_id)
    other = IntakeService(store).register(actor, registration("Piet", "Visser", postcode="2011 AB")).person_id

    data = AccessExportService(store).export(actor, made.person_id).data

    assert data["person"]["id"] == str(made.person_id)
    assert (data["person"]["given_name"], data["person"]["family_name"]) == ("Łucja", "Kowalczyk-Öztürk")
    assert data["person"]["email"] == "lucja@example.nl"
    assert [e["trade_name"] for e in data["enterprises"]] == ["Naaiatelier Łucja"]
    assert len(data["visits"]) == 1
    assert data["visits"][0]["summary"] == "Wil een bakkerij beginnen"
    assert [n["text"] for n in data["notes"]] == ["Wil in maart starten met een naaiatelier"]
    assert {c["purpose"] for c in data["consents"]} == {"registration", "share_with_partner"}
    assert [t["id"] for t in data["trajectories"]] == [str(made.trajectory_id)]
    assert data["trajectories"][0]["steps"]  # the route's planned steps
    assert [r["id"] for r in data["referrals"]] == [str(made.referral_id)]
    assert data["referrals"][0]["letter"]["sha256"]
    assert data["referrals"][0]["partner"].startswith("Qredits")
    trail = {(a["worker"], a["action"], a["entity"]) for a in data["audit"]}
    assert ("Bas Jansen", "view", "persons") in trail
    assert ("Anna de Boer", "print", "referrals") in trail
    assert ("Anna de Boer", "export", "persons") in trail  # this export itself
    assert "Visser" not in json.dumps(data, ensure_ascii=False)
    assert str(other) not in json.dumps(data)


def test_the_export_is_recorded_in_the_audit_log(store: Store, actor: Actor, made: FullFile) -> None:
    AccessExportService(store).export(actor, made.person_id)
    exports = AuditLogService(store).page(actor, AuditFilter(action=AuditAction.EXPORT)).rows
    assert [(e.entity, e.person_id, e.detail) for e in exports] == [("persons", made.person_id, {"kind": "access"})]


@pytest.mark.parametrize(
    ("language", "headings"),
    [
        (Language.NL, ("Overzicht van uw gegevens", "Persoonsgegevens", "Bezoeken", "Notities", "Toestemmingen",
                       "Trajecten en stappen", "Verwijzingen", "Wie uw gegevens heeft bekeken of gewijzigd")),
        (Language.EN, ("Overview of your data", "Personal details", "Visits", "Notes", "Consents",
                       "Trajectories and steps", "Referrals", "Who looked at or changed your data")),
    ],
)  # fmt: skip
def test_the_pdf_reads_in_the_persons_language_with_every_section(
    store: Store, actor: Actor, made: FullFile, language: Language, headings: tuple[str, ...]
) -> None:
    export = AccessExportService(store).export(actor, made.person_id, language)
    text = pdf_text(export.pdf)
    assert "Łucja Kowalczyk-Öztürk" in text
    assert "lucja@example.nl" in text
    assert "Naaiatelier Łucja" in text
    assert "Anna de Boer" in text
    missing = [h for h in headings if h not in text]
    assert missing == []


def test_the_pdf_follows_the_persons_preferred_language(store: Store, actor: Actor) -> None:
    data = registration("John", "Smith", preferred_language="en")
    person = IntakeService(store).register(actor, data).person_id
    export = AccessExportService(store).export(actor, person)
    assert export.language is Language.EN
    assert "Overview of your data" in pdf_text(export.pdf)


def test_both_files_are_written_without_the_name_in_the_file_names(
    store: Store, actor: Actor, made: FullFile, tmp_path: Path
) -> None:
    export = AccessExportService(store).export(actor, made.person_id)
    pdf, data = export.write(tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert json.loads(data.read_text(encoding="utf-8"))["person"]["family_name"] == "Kowalczyk-Öztürk"
    assert "owalczyk" not in pdf.name.lower()
    assert "ucja" not in data.name.lower()
