"""Referral letters ("verwijsbrief", warm handover) rendered as PDF with ReportLab (no Qt).

The wording lives in versioned per-language templates under ``resources/letters/``
(``referral_<language>_v<N>.toml``); :func:`load_template` returns the newest one
unless asked for a version, and ``LetterTemplate.version`` is what a caller stores
beside the printed letter. :func:`render_letter` turns a :class:`LetterContent`
into the bytes of an A4 PDF: the same content and template always give the same
bytes (ReportLab's per-document invariant mode), so a stored letter can be
reprinted or re-rendered unchanged.

Everything here is pure: no database, no globals except the registered fonts
(under hubdesk's own names) and a cache of the read-only template files.
``LetterContent`` carries display text that is already translated (legal form,
consent items, field labels); the template supplies the stage, arrangement and
field-label wording when the caller wants it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import math
import re
import string
import threading
import tomllib
from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import Any
from xml.sax.saxutils import escape

# ReportLab publishes no type information and its stubs (types-reportlab) are not a
# dependency: everything taken from it is ``Any`` here.
from reportlab.graphics import renderPDF  # type: ignore[import-untyped]
from reportlab.graphics.barcode.qr import QrCodeWidget  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
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

from hubdesk.models.enums import Handover, Language, LegalForm, Stage
from hubdesk.models.errors import UserFacingError
from hubdesk.resources import resource_path

__all__ = [
    "QR_LEVEL",
    "LetterContent",
    "LetterHub",
    "LetterPartner",
    "LetterTemplate",
    "LetterTemplateInvalid",
    "LetterTemplateUnknown",
    "LetterWorker",
    "available_versions",
    "load_template",
    "qr_payload",
    "render_letter",
]

KIND = "referral"
QR_LEVEL = "M"  # error correction: survives a crease or a smudge, still small
QR_FORM_NAME = "hubdesk_qr"  # the QR code is one PDF form XObject named FormXob.hubdesk_qr

# ---------------------------------------------------------------------------
# Errors


class LetterTemplateUnknown(UserFacingError):
    """No template file for this language (and version); ``name`` says which."""

    code = "letter.template_unknown"


class LetterTemplateInvalid(UserFacingError):
    """A template file lacks a text or uses a placeholder it may not; ``key`` says which."""

    code = "letter.template_invalid"


# ---------------------------------------------------------------------------
# Content


@dataclasses.dataclass(frozen=True, slots=True)
class LetterHub:
    """The sender: printed in the letterhead and the footer; ``name`` is the PDF author."""

    name: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class LetterPartner:
    """The addressee; without a ``contact_person`` the letter greets "heer, mevrouw"."""

    name: str
    contact_person: str = ""
    address_lines: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class LetterWorker:
    """The hub worker who signs; ``contact`` is a direct phone number or e-mail address."""

    name: str
    role: str = ""
    contact: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class LetterContent:
    """What one referral letter says, independent of the database.

    Texts are shown as given (plain text; line breaks are kept). ``legal_form``,
    ``consent_items``, the labels in ``fields`` and ``attachments`` are already
    in the letter's language. ``fields`` holds the partner-specific details as
    (label, value) pairs, in order; ``feedback_payload`` is what the QR code
    encodes (the reference when empty), e.g. a feedback URL.
    """

    language: Language
    reference: str
    date: dt.date
    hub: LetterHub
    partner: LetterPartner
    worker: LetterWorker
    person_name: str
    enterprise_name: str | None
    legal_form: str | None
    kvk_number: str | None
    stage: Stage
    activity: str
    question: str
    done_so_far: tuple[str, ...]
    request: str
    arrangements: str
    consent_given_on: dt.date
    consent_items: tuple[str, ...]
    feedback_due: dt.date
    fields: tuple[tuple[str, str], ...] = ()
    attachments: tuple[str, ...] = ()
    feedback_payload: str = ""


def qr_payload(content: LetterContent) -> str:
    """The text the letter's QR code encodes."""
    return content.feedback_payload or content.reference


# ---------------------------------------------------------------------------
# Templates

_DATE_FIELDS = ("day", "day2", "month", "month2", "month_name", "year")

# Every key a template must define, with the placeholders it may use.
_LABELS: dict[str, tuple[str, ...]] = {
    "date": (),
    "reference": (),
    "subject": (),
    "attention": ("contact",),
    "phone": (),
    "email": (),
    "page": ("page", "pages"),
    "question": (),
    "done": (),
    "request": (),
    "arrangements": (),
    "fields": ("partner",),
    "consent": (),
    "feedback": (),
    "attachments": (),
    "copy": (),
}
_TEXT: dict[str, tuple[str, ...]] = {
    "title": ("reference",),
    "subject": ("person", "enterprise"),
    "enterprise_unknown": (),
    "greeting": ("contact",),
    "greeting_unknown": (),
    "intro": ("person", "stage"),
    "legal_and_kvk": ("legal_form", "kvk"),
    "legal_only": ("legal_form",),
    "kvk_only": ("kvk",),
    "question": ("question",),
    "consent": ("person", "date", "partner"),
    "consent_items": ("items",),
    "feedback": ("date", "reference", "partner"),
    "closing": (),
}
_STAGE_FIELDS = ("activity",)

DATA_ITEMS = ("name", "contact", "enterprise_details", "question")
"""What every referral shares besides the partner's own fields: the person's name, how to
reach them, the enterprise (name, legal form, KVK number, activity) and their question."""
_ARRANGEMENT_FIELDS = ("person", "date")

_FILE_NAME = re.compile(rf"^{KIND}_(?P<language>[a-z]+)_v(?P<version>[1-9][0-9]*)\.toml$")


@dataclasses.dataclass(frozen=True, slots=True)
class LetterTemplate:
    """The wording of one language and version of the referral letter (read-only)."""

    language: Language
    version: str
    date_format: str
    month_names: tuple[str, ...]
    labels: Mapping[str, str]
    text: Mapping[str, str]
    stages: Mapping[str, str]
    arrangements: Mapping[str, str]
    field_labels: Mapping[str, str]
    data_items: Mapping[str, str]
    legal_forms: Mapping[str, str]

    @property
    def name(self) -> str:
        """``referral_nl_v1``: the file the wording came from, without ``.toml``."""
        return _template_name(self.language, self.version)

    def format_date(self, day: dt.date) -> str:
        """A date as this template writes it (Dutch: ``03-03-2026``)."""
        return self.date_format.format(
            day=day.day,
            day2=f"{day.day:02d}",
            month=day.month,
            month2=f"{day.month:02d}",
            month_name=self.month_names[day.month - 1],
            year=f"{day.year:04d}",
        )

    def field_label(self, code: str) -> str:
        """The label of a partner's referral field (``partners.toml`` code); the code if unknown."""
        return self.field_labels.get(code, code)

    def data_item_label(self, code: str) -> str:
        """The label of a shared data item: a standard item (``DATA_ITEMS``) or a partner's field."""
        if code in self.data_items:
            return self.data_items[code]
        label = self.field_label(code)  # a heading ("Eigen inbreng"): lower-cased to sit mid-sentence
        return label[:1].lower() + label[1:]

    def legal_form_label(self, form: LegalForm) -> str | None:
        """How the letter names a legal form; None for "none yet" (the letter leaves it out)."""
        return None if form is LegalForm.NONE_YET else self.legal_forms[form.value]

    def arrangement(self, handover: Handover, person: str, day: dt.date) -> str:
        """The standard sentence for an agreed handover, to use as ``LetterContent.arrangements``."""
        return self.arrangements[handover.value].format(person=person, date=self.format_date(day))


def _template_name(language: str, version: str | None) -> str:
    return f"{KIND}_{language}_v{version}" if version else f"{KIND}_{language}"


def available_versions(language: Language | str) -> list[str]:
    """The template versions shipped for a language, oldest first (``["1", "2"]``)."""
    folder = resource_path("letters")
    found: list[int] = []
    for path in folder.glob(f"{KIND}_*_v*.toml") if folder.is_dir() else ():
        match = _FILE_NAME.match(path.name)
        if match and match["language"] == str(language):
            found.append(int(match["version"]))
    return [str(n) for n in sorted(found)]


def load_template(language: Language | str, version: str | None = None) -> LetterTemplate:
    """The template for ``language``: the newest version, or exactly ``version``.

    Raises :class:`LetterTemplateUnknown` when there is no such file and
    :class:`LetterTemplateInvalid` when the file lacks a text or misuses a placeholder.
    """
    lang = str(language)
    versions = available_versions(lang)
    if lang not in {item.value for item in Language} or not versions:
        raise LetterTemplateUnknown(name=_template_name(lang, version))
    if version is None:
        version = versions[-1]
    elif version not in versions:
        raise LetterTemplateUnknown(name=_template_name(lang, version))
    return _load(Language(lang), version)


@cache
def _load(language: Language, version: str) -> LetterTemplate:
    name = _template_name(language, version)
    with resource_path("letters", f"{name}.toml").open("rb") as fh:
        data = tomllib.load(fh)

    def table(key: str) -> dict[str, str]:
        value = data.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise LetterTemplateInvalid(name=name, key=key)
        return value

    def check(section: str, texts: Mapping[str, str], spec: Mapping[str, Sequence[str]]) -> None:
        for key, allowed in spec.items():
            if key not in texts:
                raise LetterTemplateInvalid(name=name, key=f"{section}.{key}")
            _check_placeholders(texts[key], allowed, name=name, key=f"{section}.{key}")

    if (data.get("kind"), data.get("language"), str(data.get("version"))) != (KIND, language.value, version):
        raise LetterTemplateInvalid(name=name, key="kind/language/version")
    date_format = data.get("date_format")
    months = data.get("month_names")
    if not isinstance(date_format, str):
        raise LetterTemplateInvalid(name=name, key="date_format")
    _check_placeholders(date_format, _DATE_FIELDS, name=name, key="date_format")
    if not isinstance(months, list) or len(months) != 12 or not all(isinstance(m, str) for m in months):
        raise LetterTemplateInvalid(name=name, key="month_names")

    labels, text, stages = table("labels"), table("text"), table("stage")
    arrangements, field_labels = table("arrangements"), table("field_labels")
    data_items, legal_forms = table("data_items"), table("legal_forms")
    check("labels", labels, _LABELS)
    check("text", text, _TEXT)
    check("stage", stages, {s.value: _STAGE_FIELDS for s in Stage})
    check("arrangements", arrangements, {h.value: _ARRANGEMENT_FIELDS for h in Handover})
    check("field_labels", field_labels, {k: () for k in field_labels})
    check("data_items", data_items, {k: () for k in DATA_ITEMS})
    check("legal_forms", legal_forms, {f.value: () for f in LegalForm if f is not LegalForm.NONE_YET})
    return LetterTemplate(
        language=language,
        version=version,
        date_format=date_format,
        month_names=tuple(months),
        labels=MappingProxyType(labels),
        text=MappingProxyType(text),
        stages=MappingProxyType(stages),
        arrangements=MappingProxyType(arrangements),
        field_labels=MappingProxyType(field_labels),
        data_items=MappingProxyType(data_items),
        legal_forms=MappingProxyType(legal_forms),
    )


def _check_placeholders(text: str, allowed: Sequence[str], *, name: str, key: str) -> None:
    """Only plain ``{name}`` placeholders from ``allowed``: no ``{x.attr}``, ``{x[0]}`` or ``{x:fmt}``."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise LetterTemplateInvalid(name=name, key=key) from exc
    for _literal, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in allowed or spec or conversion:
            raise LetterTemplateInvalid(name=name, key=key)


# ---------------------------------------------------------------------------
# Fonts, colours, geometry

FONT = "HubdeskSans"
FONT_BOLD = "HubdeskSans-Bold"

_INK = colors.HexColor("#1d2327")
_MUTED = colors.HexColor("#5b6770")
_ACCENT = colors.HexColor("#1f5f74")
_RULE = colors.HexColor("#c9d3d8")
_TABLE_BG = colors.HexColor("#f1f5f7")

_PAGE_W, _PAGE_H = A4
_LEFT = 25 * mm
_RIGHT = 20 * mm
_WIDTH = _PAGE_W - _LEFT - _RIGHT
_FIRST_FRAME_TOP = 80 * mm  # from the top of page 1: below letterhead, addressee and reference
_ADDRESS_TOP = 44 * mm
_ADDRESS_WIDTH = 88 * mm
_LATER_FRAME_TOP = 27 * mm
_BOTTOM = 22 * mm
_QR_SIZE = 24 * mm


@cache
def register_fonts() -> None:
    """DejaVu Sans from ``resources/fonts`` under hubdesk's own names (ReportLab's registry is global)."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@dataclasses.dataclass(frozen=True, slots=True)
class _Styles:
    body: Any
    subject: Any
    bullet: Any
    small: Any
    cell_label: Any
    cell_value: Any
    address: Any
    address_name: Any


def _styles() -> _Styles:
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.4, textColor=_INK, spaceBefore=5)
    return _Styles(
        body=body,
        subject=ParagraphStyle("subject", parent=body, fontName=FONT_BOLD, spaceBefore=0, spaceAfter=9),
        bullet=ParagraphStyle("bullet", parent=body, spaceBefore=1, leftIndent=13, bulletIndent=3, bulletFontName=FONT),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=11, textColor=_MUTED, spaceBefore=10),
        cell_label=ParagraphStyle(
            "cell_label", parent=body, fontSize=8.5, leading=11.5, textColor=_MUTED, spaceBefore=0
        ),
        cell_value=ParagraphStyle("cell_value", parent=body, fontSize=8.5, leading=11.5, spaceBefore=0),
        address=ParagraphStyle("address", parent=body, leading=13, spaceBefore=0),
        address_name=ParagraphStyle("address_name", parent=body, fontName=FONT_BOLD, leading=13, spaceBefore=0),
    )


def _esc(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def _fill(pattern: str, **values: str) -> str:
    """A template text as paragraph markup, with the plain-text values filled in."""
    return _esc(pattern).format(**{k: _esc(v) for k, v in values.items()})


def _plain(pattern: str, **values: str) -> str:
    """A template text with values filled in, as plain text (PDF metadata, canvas strings)."""
    return pattern.format(**values)


# ---------------------------------------------------------------------------
# Rendering

_RENDER_LOCK = threading.Lock()
_NO_PADDING: dict[str, float] = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


def render_letter(content: LetterContent, template: LetterTemplate | None = None) -> bytes:
    """The letter as the bytes of an A4 PDF.

    An ordinary letter fits one page; longer ones continue with the hub name and the
    reference at the top of every page and "Pagina X van Y" at the bottom. Uses the
    newest template for ``content.language`` unless one is given. Deterministic:
    the same arguments give the same bytes. May raise the template errors of
    :func:`load_template`. Any thread may call it; calls run one at a time, because
    ReportLab's font objects keep per-document state.
    """
    tpl = template or load_template(content.language)
    with _RENDER_LOCK:
        register_fonts()
        styles = _styles()
        pdf, _pages = _build(content, tpl, styles)
    return pdf


def _numbered_canvas(content: LetterContent, tpl: LetterTemplate) -> type[Canvas]:
    """A canvas that holds its pages back until the document ends, then draws every
    footer with the page count ("Pagina 1 van 3") in one pass (ReportLab's recipe)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                _draw_footer(self, content, tpl, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _build(content: LetterContent, tpl: LetterTemplate, styles: _Styles) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_LEFT,
        rightMargin=_RIGHT,
        topMargin=_LATER_FRAME_TOP,
        bottomMargin=_BOTTOM,
        title=_plain(tpl.text["title"], reference=content.reference),
        author=content.hub.name,
        creator="hubdesk",
        subject="",
        keywords=[],
        invariant=1,
        pageCompression=1,
        lang=f"{tpl.language.value}-NL" if tpl.language is Language.NL else tpl.language.value,
        initialFontName=FONT,  # otherwise every page names Helvetica, which is never embedded
        initialFontSize=9.5,
    )
    pages_seen: list[int] = []

    def on_first(canv: Any, _doc: Any) -> None:
        _draw_letterhead(canv, content, tpl, styles)
        pages_seen.append(canv.getPageNumber())

    def on_later(canv: Any, _doc: Any) -> None:
        _draw_running_header(canv, content, tpl)
        pages_seen.append(canv.getPageNumber())

    first_top = _first_frame_top(content, tpl, styles)
    first = Frame(_LEFT, _BOTTOM, _WIDTH, _PAGE_H - first_top - _BOTTOM, id="first", **_NO_PADDING)
    later = Frame(_LEFT, _BOTTOM, _WIDTH, _PAGE_H - _LATER_FRAME_TOP - _BOTTOM, id="later", **_NO_PADDING)
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first], onPage=on_first, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later], onPage=on_later),
        ]
    )
    doc.build(_story(content, tpl, styles), canvasmaker=_numbered_canvas(content, tpl))
    return buffer.getvalue(), max(pages_seen, default=1)


def _story(content: LetterContent, tpl: LetterTemplate, styles: _Styles) -> list[Any]:
    label, text = tpl.labels, tpl.text
    person = content.person_name
    body = styles.body

    def section(key: str, markup: str) -> Any:
        return Paragraph(f"<b>{_esc(label[key])}:</b> {markup}", body)

    enterprise = content.enterprise_name or text["enterprise_unknown"]
    story: list[Any] = [
        Paragraph(
            f"{_esc(label['subject'])}: {_fill(text['subject'], person=person, enterprise=enterprise)}",
            styles.subject,
        )
    ]
    contact = content.partner.contact_person
    greeting = _fill(text["greeting"], contact=contact) if contact else _esc(text["greeting_unknown"])
    story.append(Paragraph(greeting, ParagraphStyle("greeting", parent=body, spaceBefore=0, spaceAfter=3)))

    stage = _plain(tpl.stages[content.stage.value], activity=content.activity.strip())
    intro = _fill(text["intro"], person=person, stage=stage)
    legal = _legal_sentence(content, tpl)
    story.append(Paragraph(f"{intro} {legal}" if legal else intro, body))

    story.append(section("question", _fill(text["question"], question=content.question.strip())))
    if content.done_so_far:
        story.append(Paragraph(f"<b>{_esc(label['done'])}:</b>", body))
        story += [Paragraph(_esc(item), styles.bullet, bulletText="•") for item in content.done_so_far]
    story.append(section("request", _esc(content.request)))
    story.append(section("arrangements", _esc(content.arrangements)))
    if content.fields:
        story.append(_fields_table(content, tpl, styles))

    consent = _fill(
        text["consent"], person=person, date=tpl.format_date(content.consent_given_on), partner=content.partner.name
    )
    if content.consent_items:
        consent += " " + _fill(text["consent_items"], items=", ".join(content.consent_items))
    story.append(section("consent", consent))
    feedback = _fill(
        text["feedback"],
        date=tpl.format_date(content.feedback_due),
        reference=content.reference,
        partner=content.partner.name,
    )
    story.append(section("feedback", feedback))
    if content.attachments:
        story.append(section("attachments", _esc("; ".join(content.attachments))))

    worker = content.worker
    signature_lines = [f"<b>{_esc(worker.name)}</b>"]
    signature_lines += [_esc(line) for line in (worker.role, content.hub.name, worker.contact) if line]
    story.append(
        KeepTogether(
            [
                Paragraph(_esc(text["closing"]), ParagraphStyle("closing", parent=body, spaceBefore=12)),
                Spacer(1, 9 * mm),
                Paragraph("<br/>".join(signature_lines), ParagraphStyle("sign", parent=body, spaceBefore=0)),
                Paragraph(f"{_esc(label['copy'])}: {_esc(person)}", styles.small),
            ]
        )
    )
    return story


def _legal_sentence(content: LetterContent, tpl: LetterTemplate) -> str:
    legal_form, kvk = content.legal_form, content.kvk_number
    if legal_form and kvk:
        return _fill(tpl.text["legal_and_kvk"], legal_form=legal_form, kvk=kvk)
    if legal_form:
        return _fill(tpl.text["legal_only"], legal_form=legal_form)
    if kvk:
        return _fill(tpl.text["kvk_only"], kvk=kvk)
    return ""


def _fields_table(content: LetterContent, tpl: LetterTemplate, styles: _Styles) -> Any:
    heading = Paragraph(
        f"<b>{_fill(tpl.labels['fields'], partner=content.partner.name)}</b>",
        ParagraphStyle("fields_heading", parent=styles.body, spaceBefore=8, spaceAfter=3),
    )
    rows = [[Paragraph(_esc(k), styles.cell_label), Paragraph(_esc(v), styles.cell_value)] for k, v in content.fields]
    table = Table(rows, colWidths=[58 * mm, _WIDTH - 58 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # the cell default is Helvetica, even around Paragraphs
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), _TABLE_BG),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return KeepTogether([heading, table])


# ---------------------------------------------------------------------------
# Page furniture (drawn straight on the canvas at fixed places)


def _draw_logo(canv: Any, x: float, y: float, size: float) -> None:
    """The city-hub mark: a centre linked to the five stadsdelen, white on the accent colour."""
    canv.saveState()
    canv.setFillColor(_ACCENT)
    canv.roundRect(x, y, size, size, size * 0.18, stroke=0, fill=1)
    cx, cy = x + size / 2, y + size / 2
    ring = size * 0.31
    points = [
        (cx + ring * math.cos(math.radians(90 + 72 * i)), cy + ring * math.sin(math.radians(90 + 72 * i)))
        for i in range(5)
    ]
    canv.setStrokeColor(colors.white)
    canv.setFillColor(colors.white)
    canv.setLineWidth(size * 0.045)
    for i, (px, py) in enumerate(points):
        canv.line(cx, cy, px, py)
        nx, ny = points[(i + 1) % 5]
        canv.setStrokeAlpha(0.55)
        canv.line(px, py, nx, ny)
        canv.setStrokeAlpha(1)
    for px, py in points:
        canv.circle(px, py, size * 0.075, stroke=0, fill=1)
    canv.circle(cx, cy, size * 0.12, stroke=0, fill=1)
    canv.restoreState()


def _fit_font_size(text: str, font: str, size: float, width: float) -> float:
    """``size``, or smaller so ``text`` fits ``width`` (long references, long hub names)."""
    actual = float(pdfmetrics.stringWidth(text, font, size))
    return size if actual <= width else max(6.0, size * width / actual)


def _contact_line(hub: LetterHub, tpl: LetterTemplate) -> str:
    parts = []
    if hub.phone:
        parts.append(f"{tpl.labels['phone']} {hub.phone}")
    if hub.email:
        parts.append(f"{tpl.labels['email']} {hub.email}")
    return "  ·  ".join(parts)


def _addressee(content: LetterContent, tpl: LetterTemplate, styles: _Styles) -> list[Any]:
    partner = content.partner
    lines = [Paragraph(_esc(partner.name), styles.address_name)]
    if partner.contact_person:
        lines.append(Paragraph(_fill(tpl.labels["attention"], contact=partner.contact_person), styles.address))
    lines += [Paragraph(_esc(line), styles.address) for line in partner.address_lines]
    return lines


def _first_frame_top(content: LetterContent, tpl: LetterTemplate, styles: _Styles) -> float:
    """Where the body starts on page 1: below the addressee, however many lines it takes."""
    height = sum(float(para.wrap(_ADDRESS_WIDTH, _PAGE_H)[1]) for para in _addressee(content, tpl, styles))
    return float(max(_FIRST_FRAME_TOP, _ADDRESS_TOP + height + 8 * mm))


def _draw_letterhead(canv: Any, content: LetterContent, tpl: LetterTemplate, styles: _Styles) -> None:
    hub = content.hub
    top = _PAGE_H
    logo = 15 * mm
    _draw_logo(canv, _LEFT, top - 13 * mm - logo, logo)
    text_x = _LEFT + logo + 5 * mm
    text_w = _PAGE_W - _RIGHT - text_x
    canv.saveState()
    canv.setFillColor(_ACCENT)
    size = _fit_font_size(hub.name, FONT_BOLD, 14, text_w)
    canv.setFont(FONT_BOLD, size)
    canv.drawString(text_x, top - 18.5 * mm, hub.name)
    canv.setFillColor(_MUTED)
    for offset, line in ((23.5, "  ·  ".join(hub.address_lines)), (27.5, _contact_line(hub, tpl))):
        if line:
            canv.setFont(FONT, _fit_font_size(line, FONT, 8.5, text_w))
            canv.drawString(text_x, top - offset * mm, line)
    canv.setStrokeColor(_ACCENT)
    canv.setLineWidth(0.8)
    canv.line(_LEFT, top - 33 * mm, _PAGE_W - _RIGHT, top - 33 * mm)
    canv.restoreState()

    # Addressee, where a window envelope shows it.
    y = top - _ADDRESS_TOP
    for para in _addressee(content, tpl, styles):
        _w, h = para.wrapOn(canv, _ADDRESS_WIDTH, _PAGE_H)
        y -= h
        para.drawOn(canv, _LEFT, y)

    # Date and reference, with the QR code at the right margin.
    qr_x = _PAGE_W - _RIGHT - _QR_SIZE
    qr_y = top - 42 * mm - _QR_SIZE
    col_x = _LEFT + 100 * mm
    col_w = qr_x - col_x - 4 * mm
    canv.saveState()
    for label_top, key, value in (
        (44.0, "date", tpl.format_date(content.date)),
        (54.5, "reference", content.reference),
    ):
        canv.setFillColor(_MUTED)
        canv.setFont(FONT, 7.5)
        canv.drawString(col_x, top - (label_top + 2.6) * mm, tpl.labels[key])
        canv.setFillColor(_INK)
        canv.setFont(FONT_BOLD if key == "reference" else FONT, _fit_font_size(value, FONT_BOLD, 9.5, col_w))
        canv.drawString(col_x, top - (label_top + 7.2) * mm, value)
    canv.restoreState()
    _draw_qr(canv, qr_payload(content), qr_x, qr_y, _QR_SIZE)


def _draw_qr(canv: Any, payload: str, x: float, y: float, size: float) -> None:
    """The QR code as one form XObject, so the PDF shows it as one recognisable object."""
    widget = QrCodeWidget(payload, barLevel=QR_LEVEL, barBorder=0, barWidth=size, barHeight=size)
    drawing = Drawing(size, size, initialFontName=FONT)  # else renderPDF selects Helvetica
    drawing.add(widget)
    canv.beginForm(QR_FORM_NAME, 0, 0, size, size)
    renderPDF.draw(drawing, canv, 0, 0)
    canv.endForm()
    canv.saveState()
    canv.translate(x, y)
    canv.doForm(QR_FORM_NAME)
    canv.restoreState()


def _draw_running_header(canv: Any, content: LetterContent, tpl: LetterTemplate) -> None:
    top = _PAGE_H
    logo = 7 * mm
    _draw_logo(canv, _LEFT, top - 11 * mm - logo, logo)
    reference = f"{tpl.labels['reference']} {content.reference}"
    canv.saveState()
    canv.setFont(FONT, 8.5)
    ref_w = float(pdfmetrics.stringWidth(reference, FONT, 8.5))
    canv.setFillColor(_MUTED)
    canv.drawRightString(_PAGE_W - _RIGHT, top - 16 * mm, reference)
    name_x = _LEFT + logo + 3 * mm
    name_w = _PAGE_W - _RIGHT - ref_w - 6 * mm - name_x
    canv.setFillColor(_ACCENT)
    canv.setFont(FONT_BOLD, _fit_font_size(content.hub.name, FONT_BOLD, 10, name_w))
    canv.drawString(name_x, top - 16 * mm, content.hub.name)
    canv.setStrokeColor(_ACCENT)
    canv.setLineWidth(0.6)
    canv.line(_LEFT, top - 20 * mm, _PAGE_W - _RIGHT, top - 20 * mm)
    canv.restoreState()


def _draw_footer(canv: Any, content: LetterContent, tpl: LetterTemplate, total_pages: int) -> None:
    page = canv.getPageNumber()
    y = 12 * mm
    canv.saveState()
    canv.setStrokeColor(_RULE)
    canv.setLineWidth(0.5)
    canv.line(_LEFT, y + 4 * mm, _PAGE_W - _RIGHT, y + 4 * mm)
    canv.setFillColor(_MUTED)
    canv.setFont(FONT, 7.5)
    canv.drawString(_LEFT, y, f"{content.hub.name}  ·  {tpl.labels['reference']} {content.reference}")
    pages = _plain(tpl.labels["page"], page=str(page), pages=str(max(total_pages, page)))
    canv.drawRightString(_PAGE_W - _RIGHT, y, pages)
    canv.restoreState()
