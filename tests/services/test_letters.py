"""Referral letters: what a reader of the printed PDF would notice (read back with pypdf)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pypdf
import pytest
from pypdf.generic import ContentStream, DictionaryObject, StreamObject

# ReportLab ships no type information (see hubdesk/services/letters.py).
from reportlab.graphics.barcode import qrencoder  # type: ignore[import-untyped]

from hubdesk import messages
from hubdesk.models.enums import Handover, Language, Stage
from hubdesk.models.errors import UserFacingError
from hubdesk.models.reference import reference
from hubdesk.resources import resource_path
from hubdesk.services import letters
from hubdesk.services.letters import (
    QR_LEVEL,
    LetterContent,
    LetterHub,
    LetterPartner,
    LetterTemplateInvalid,
    LetterTemplateUnknown,
    LetterWorker,
    available_versions,
    load_template,
    qr_payload,
    render_letter,
)

REFERENCE = "REF-SCH-2026-0042"


def letter(language: Language = Language.NL, **changes: Any) -> LetterContent:
    tpl = load_template(language)
    content = LetterContent(
        language=language,
        reference=REFERENCE,
        date=dt.date(2026, 3, 3),
        hub=LetterHub(
            "Cityhub Schalkwijk", ("Fie Carelsenplein 2", "2034 GA Haarlem"), "023 511 50 00", "schalkwijk@example.nl"
        ),
        partner=LetterPartner(
            "Qredits Microfinanciering Nederland", "mevrouw Noëlle van Dijk", ("Postbus 3025", "7301 DA Apeldoorn")
        ),
        worker=LetterWorker("Anna de Boer", "Ondernemerscoach", "06 12 34 56 78"),
        person_name="Łucja Kowalczyk-Öztürk",
        enterprise_name="Atelier Françoise",
        legal_form="eenmanszaak",
        kvk_number="12345678",
        stage=Stage.STARTING,
        activity="een naaiatelier dat statushouders opleidt",
        question="Ik heb € 12.000 nodig voor machines, maar de bank wil mij niet financieren.",
        done_so_far=("Intake op 12-02-2026", "Ondernemingsplan in concept", "Workshop financiering gevolgd"),
        request="Een beoordeling of een microkrediet mogelijk is.",
        arrangements=tpl.arrangement(Handover.LETTER, "Łucja", dt.date(2026, 3, 17)),
        consent_given_on=dt.date(2026, 3, 2),
        consent_items=("naam", "telefoonnummer", "hulpvraag"),
        feedback_due=dt.date(2026, 4, 14),
        fields=(
            (tpl.field_label("financing_need"), "ongeveer € 12.000"),
            (tpl.field_label("own_contribution"), "€ 1.500"),
            (tpl.field_label("plan_status"), "in concept"),
            (tpl.field_label("kvk_registered"), "ja"),
        ),
        attachments=("Ondernemingsplan (concept).pdf",),
    )
    return dataclasses.replace(content, **changes)


def long_letter() -> LetterContent:
    many = tuple(
        f"Gesprek {i} met de coach over prijzen, marketing en de planning van de eerste maanden" for i in range(40)
    )
    return letter(
        question=" ".join(["Ik wil graag groeien, maar weet niet hoe ik dat moet financieren."] * 30), done_so_far=many
    )


def read(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def _resources(page: pypdf.PageObject, kind: str) -> DictionaryObject:
    resources = cast(DictionaryObject, page["/Resources"])
    return cast(DictionaryObject, resources[kind].get_object())


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page with runs of white space as one space (lines wrap anywhere)."""
    return [" ".join(page.extract_text().split()) for page in read(pdf).pages]


def test_an_ordinary_letter_is_one_page_with_what_the_partner_needs() -> None:
    pdf = render_letter(letter())

    assert pdf.startswith(b"%PDF-")
    (text,) = page_texts(pdf)
    assert "Łucja Kowalczyk-Öztürk" in text
    assert "Qredits Microfinanciering Nederland" in text
    assert "t.a.v. mevrouw Noëlle van Dijk" in text
    assert "Geachte mevrouw Noëlle van Dijk," in text
    assert "Betreft: Kennismaking met Łucja Kowalczyk-Öztürk, Atelier Françoise" in text
    assert REFERENCE in text
    assert "03-03-2026" in text
    assert "startend ondernemer met een naaiatelier dat statushouders opleidt" in text
    assert "Rechtsvorm: eenmanszaak, KVK-nummer 12345678." in text
    assert "“Ik heb € 12.000 nodig voor machines" in text
    assert "• Ondernemingsplan in concept" in text
    assert "Łucja neemt vóór 17-03-2026 zelf contact met u op." in text
    assert "Financieringsbehoefte (globaal) ongeveer € 12.000" in text
    assert (
        "Łucja Kowalczyk-Öztürk heeft op 02-03-2026 ingestemd met het delen van deze gegevens met "
        "Qredits Microfinanciering Nederland voor dit doel. Het gaat om: naam, telefoonnummer, hulpvraag." in text
    )
    assert "uiterlijk 14-04-2026" in text
    assert "Ondernemingsplan (concept).pdf" in text
    assert "Met vriendelijke groet, Anna de Boer Ondernemerscoach" in text
    assert "Pagina 1 van 1" in text


def test_a_letter_without_contact_person_enterprise_or_kvk_number_still_reads_well() -> None:
    content = letter(
        partner=LetterPartner("Stichting Stadsgarage"),
        enterprise_name=None,
        legal_form=None,
        kvk_number=None,
        done_so_far=(),
        fields=(),
        attachments=(),
    )

    (text,) = page_texts(render_letter(content))

    assert "Geachte heer, mevrouw," in text
    assert "Kennismaking met Łucja Kowalczyk-Öztürk, in oprichting" in text
    assert "Rechtsvorm" not in text
    assert "KVK-nummer" not in text
    assert "Wat er al is gedaan" not in text
    assert "Bijlagen" not in text


def test_text_is_kept_as_written_not_read_as_markup() -> None:
    (text,) = page_texts(render_letter(letter(enterprise_name="Bakker & <Zn> {person}")))

    assert "Bakker & <Zn> {person}" in text


def test_special_characters_show_in_an_embedded_unicode_font() -> None:
    pdf = render_letter(letter(hub=LetterHub("Cityhub Çelik Ĳmuiden")))

    (text,) = page_texts(pdf)
    for sample in ("Ł", "ë", "ç", "Ö", "€", "Ç"):
        assert sample in text
    fonts = [font.get_object() for font in _resources(read(pdf).pages[0], "/Font").values()]
    assert fonts
    for font in fonts:
        assert font["/Subtype"] in ("/TrueType", "/Type0")
        assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", str(font["/BaseFont"])), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert b"Helvetica" not in pdf


def test_a_long_letter_flows_onto_more_pages_with_reference_and_page_numbers() -> None:
    pdf = render_letter(long_letter())

    texts = page_texts(pdf)
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert REFERENCE in text
        assert "Cityhub Schalkwijk" in text
        assert f"Pagina {number} van {len(texts)}" in text
    assert "Met vriendelijke groet" in texts[-1]


def test_the_same_letter_renders_to_the_same_bytes() -> None:
    from reportlab import rl_config  # type: ignore[import-untyped]

    invariant_before = rl_config.invariant

    first, second = render_letter(letter()), render_letter(letter())

    assert first == second
    assert render_letter(long_letter()) == render_letter(long_letter())
    assert render_letter(letter(reference="REF-SCH-2026-0043")) != first
    assert rl_config.invariant == invariant_before  # the per-document option, not the global one


def test_metadata_names_the_reference_and_hub_but_not_the_person() -> None:
    meta = read(render_letter(letter())).metadata

    assert meta is not None
    assert meta.title == f"Verwijsbrief {REFERENCE}"
    assert meta.author == "Cityhub Schalkwijk"
    values = " ".join(str(value) for value in meta.values())
    for personal in ("Łucja", "Kowalczyk", "Françoise", "12345678", "Noëlle"):
        assert personal not in values


def _qr_modules(pdf: bytes) -> list[list[bool]]:
    """The dark modules of the QR code drawn in the letter, read back from its PDF form."""
    reader = read(pdf)
    xobjects = _resources(reader.pages[0], "/XObject")
    form = cast(StreamObject, xobjects[f"/FormXob.{letters.QR_FORM_NAME}"].get_object())
    size = float(cast(list[float], form["/BBox"])[2])
    rects: list[tuple[float, float, float, float]] = []
    pending: tuple[float, float, float, float] | None = None
    for operands, operator in ContentStream(form, reader).operations:
        if operator == b"re":
            x, y, w, h = (float(v) for v in operands)
            pending = (x, y, w, h)
        elif operator in (b"f", b"f*", b"F") and pending is not None:
            rects.append(pending)
            pending = None
        elif operator == b"n":
            pending = None
    box = min(h for _x, _y, _w, h in rects)
    count = round(size / box)
    grid = [[False] * count for _ in range(count)]
    for x, y, w, _h in rects:
        row = round((size - y) / box) - 1
        first = round(x / box)
        for col in range(first, first + round(w / box)):
            grid[row][col] = True
    return grid


def _expected_modules(payload: str) -> list[list[bool]]:
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, QR_LEVEL))
    qr.addData(payload)
    qr.make()
    return [[bool(cell) for cell in row] for row in qr.modules]


@pytest.mark.parametrize("payload", ["", "https://hubdesk.example/terugkoppeling?ref=REF-SCH-2026-0042"])
def test_the_qr_code_encodes_the_reference_or_feedback_payload(payload: str) -> None:
    content = letter(feedback_payload=payload)

    assert qr_payload(content) == (payload or REFERENCE)
    assert _qr_modules(render_letter(content)) == _expected_modules(qr_payload(content))


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="needs poppler-utils and zbar-tools"
)
def test_a_scanner_reads_the_qr_code_from_the_printed_page(tmp_path: Path) -> None:
    payload = "https://hubdesk.example/terugkoppeling?ref=REF-SCH-2026-0042"
    (tmp_path / "letter.pdf").write_bytes(render_letter(letter(feedback_payload=payload)))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", "letter.pdf", "page"], cwd=tmp_path, check=True)

    scanned = subprocess.run(["zbarimg", "-q", "--raw", "page.png"], cwd=tmp_path, capture_output=True, text=True)

    assert scanned.stdout.strip() == payload


def test_the_english_template_writes_english() -> None:
    tpl = load_template(Language.EN)
    content = letter(
        Language.EN,
        arrangements=tpl.arrangement(Handover.JOINT_MEETING, "Łucja", dt.date(2026, 3, 17)),
        fields=((tpl.field_label("financing_need"), "about € 12,000"),),
    )

    pdf = render_letter(content)

    (text,) = page_texts(pdf)
    assert "Re: Introducing Łucja Kowalczyk-Öztürk, Atelier Françoise" in text
    assert "Dear mevrouw Noëlle van Dijk," in text
    assert "I would like to introduce Łucja Kowalczyk-Öztürk, a starting entrepreneur working on" in text
    assert "Legal form: eenmanszaak, KVK number 12345678." in text
    assert "We are planning a joint meeting on 17 March 2026." in text
    assert "Financing need (rough) about € 12,000" in text
    assert "Łucja Kowalczyk-Öztürk agreed on 2 March 2026 to share these details with" in text
    assert "Please let us know by 14 April 2026" in text
    assert "Kind regards," in text
    assert "Page 1 of 1" in text
    for dutch in ("Geachte", "Betreft", "Kenmerk", "Pagina", "Toestemming"):
        assert dutch not in text
    meta = read(pdf).metadata
    assert meta is not None
    assert meta.title == f"Referral letter {REFERENCE}"


def test_every_stage_reads_as_a_sentence() -> None:
    for language in Language:
        tpl = load_template(language)
        for stage in Stage:
            (text,) = page_texts(render_letter(letter(language, stage=stage)))
            expected = tpl.stages[stage.value].format(activity="een naaiatelier dat statushouders opleidt")
            assert expected in text, (language, stage)


def test_templates_are_versioned_and_name_their_version() -> None:
    for language in Language:
        versions = available_versions(language)
        assert "1" in versions
        newest = load_template(language)
        assert newest.version == versions[-1]
        assert newest.language is language
        first = load_template(language, "1")
        assert first.version == "1"
        assert first.name == f"referral_{language.value}_v1"


@pytest.mark.parametrize(("language", "version"), [("nl", "999"), ("de", None), ("de", "1"), ("nl", "../nl")])
def test_an_unknown_template_is_a_clear_error(language: str, version: str | None) -> None:
    with pytest.raises(LetterTemplateUnknown) as caught:
        load_template(language, version)

    assert isinstance(caught.value, UserFacingError)
    assert caught.value.code == "letter.template_unknown"
    sentence = messages.error_text(caught.value, "nl")
    assert sentence.startswith("Het briefsjabloon referral_")
    assert "bestaat niet" in sentence
    assert "does not exist" in messages.error_text(caught.value, "en")


def test_every_partner_field_has_a_label_in_every_template() -> None:
    codes = {code for partner in reference().partners for code in partner.referral_fields}
    assert codes
    for language in Language:
        tpl = load_template(language)
        missing = sorted(code for code in codes if code not in tpl.field_labels)
        assert not missing, (language, missing)
        assert tpl.field_label("no_such_field") == "no_such_field"


def test_arrangement_sentences_follow_the_handover() -> None:
    tpl = load_template(Language.NL)
    day = dt.date(2026, 3, 17)

    assert tpl.arrangement(Handover.LETTER, "Łucja", day) == "Łucja neemt vóór 17-03-2026 zelf contact met u op."
    assert "driegesprek" in tpl.arrangement(Handover.WARM_CALL, "Łucja", day)
    assert tpl.arrangement(Handover.JOINT_MEETING, "Łucja", day) == "Wij plannen een gezamenlijk gesprek op 17-03-2026."


@pytest.fixture
def letters_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of resources/letters, so a test can add or break a template version."""
    folder = tmp_path / "resources"
    shutil.copytree(resource_path("letters"), folder / "letters")

    def redirected(*parts: str) -> Path:
        return folder.joinpath(*parts) if parts[:1] == ("letters",) else resource_path(*parts)

    monkeypatch.setattr(letters, "resource_path", redirected)
    letters._load.cache_clear()
    yield folder / "letters"
    letters._load.cache_clear()


def test_a_new_version_becomes_the_default_and_the_old_one_still_loads(letters_dir: Path) -> None:
    old = (letters_dir / "referral_nl_v1.toml").read_text(encoding="utf-8")
    new = old.replace('version = "1"', 'version = "2"').replace("Geachte {contact},", "Beste {contact},")
    (letters_dir / "referral_nl_v2.toml").write_text(new, encoding="utf-8")

    assert available_versions("nl") == ["1", "2"]
    assert load_template("nl").version == "2"
    (text_v2,) = page_texts(render_letter(letter()))
    (text_v1,) = page_texts(render_letter(letter(), load_template("nl", "1")))
    assert "Beste mevrouw Noëlle van Dijk," in text_v2
    assert "Geachte mevrouw Noëlle van Dijk," in text_v1


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('greeting = "Geachte {contact},"', 'greeting = "Geachte {contact.__class__},"', "text.greeting"),
        ('greeting = "Geachte {contact},"', 'greeting = "Geachte {bsn},"', "text.greeting"),
        ('closing = "Met vriendelijke groet,"\n', "", "text.closing"),
        ('version = "2"', 'version = "7"', "kind/language/version"),
        ('language = "nl"', 'language = "en"', "kind/language/version"),
    ],
)
def test_a_broken_template_is_refused_with_the_key_at_fault(letters_dir: Path, old: str, new: str, key: str) -> None:
    text = (letters_dir / "referral_nl_v1.toml").read_text(encoding="utf-8").replace('version = "1"', 'version = "2"')
    assert old in text
    (letters_dir / "referral_nl_v2.toml").write_text(text.replace(old, new), encoding="utf-8")

    with pytest.raises(LetterTemplateInvalid) as caught:
        load_template("nl", "2")

    assert caught.value.code == "letter.template_invalid"
    assert caught.value.params == {"name": "referral_nl_v2", "key": key}
    assert "referral_nl_v2" in messages.error_text(caught.value, "nl")
