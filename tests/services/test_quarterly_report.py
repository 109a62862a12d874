"""The quarterly report (PDF), the table exports (CSV, XLSX) and the command line.

Most tests use hand-made figures whose answers are known (a stand-in for the indicator
service); the last ones go the whole way: registrations in a database, the real
indicator service, the PDF.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader

from hubdesk import cli
from hubdesk.models.enums import Role, Stadsdeel
from hubdesk.models.errors import UserFacingError
from hubdesk.services import quarterly_report as qr
from hubdesk.services.indicators import Figure, Filter, GroupBy, Period
from hubdesk.services.intake import IntakeService
from hubdesk.services.store import Actor, Store
from tests.services.helpers import add_worker, registration

Q1 = Period.quarter(2026, 1)


def fig(indicator: str, key: str, value: float | None, unit: str = "count", *, group: str = "",
        cases: int | None = None) -> Figure:  # fmt: skip
    return Figure(indicator=indicator, group=group, key=key, value=value, unit=unit, cases=cases)


PROGRAMME = [
    fig("reach.unique", "", 23),
    fig("reach.by_stage", "idea", 12),
    fig("reach.by_stage", "starting", 8),
    fig("reach.by_stage", "running", 3),
    fig("reach.by_stage", "scaling", 0),
    fig("reach.youth_share", "", 50.0, "percent", cases=4),
    fig("needs.visits", "business_plan", 40),
    fig("needs.visits", "network", 7),
    fig("needs.visits", "premises", 2),
    fig("needs.visits", "permits", 1),
    fig("referrals.by_partner", "kvk", 9),
    fig("referrals.by_partner", "qredits", 6),
    fig("quality.consent_coverage", "", 80.0, "percent", cases=50),
]
BY_STADSDEEL = [
    fig("reach.unique", "", 17, group="schalkwijk"),
    fig("reach.unique", "", 3, group="centrum"),
    fig("reach.unique", "", 3, group="noord"),
]


class FakeSource:
    """Hand-made figures in place of the indicator service."""

    def __init__(self) -> None:
        self.asked: list[tuple[Filter, GroupBy]] = []

    def figures(self, flt: Filter, *, by: GroupBy = "programme") -> list[Figure]:
        self.asked.append((flt, by))
        return list(PROGRAMME if by == "programme" else BY_STADSDEEL if by == "stadsdeel" else [])


@pytest.fixture
def figure_set(store: Store, actor: Actor) -> qr.FigureSet:
    return qr.collect(store, actor, Filter(Q1), source=FakeSource())


def pdf_text(data: bytes) -> str:
    """The PDF's text, a table row on one line (pypdf puts each further cell on a line of
    its own, starting with a space)."""
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return text.replace("\n ", " ")


def lines_with(text: str, label: str) -> list[str]:
    """The lines that start with ``label`` (a row of a table, or a chart's label)."""
    return [line for line in text.splitlines() if re.match(rf"{re.escape(label)}( |$)", line)]


# -- who may ------------------------------------------------------------------------------------


def test_a_hub_worker_gets_no_figures(store: Store, actor: Actor) -> None:
    worker = add_worker(store, actor, name="Bram Visser", username="bram", role=Role.HUB_WORKER)
    source = FakeSource()

    with pytest.raises(UserFacingError) as caught:
        qr.collect(store, worker, Filter(Q1), source=source)

    assert caught.value.code == "dashboard.not_allowed"
    assert source.asked == []  # nothing was computed
    assert not qr.may_view(store, worker)
    assert qr.may_view(store, actor)  # the coordinator


def test_a_selection_without_hubs_has_no_figures_and_says_why(store: Store, actor: Actor) -> None:
    source = FakeSource()

    figures = qr.collect(
        store, actor, Filter(Q1, stadsdeel=Stadsdeel.CENTRUM), source=source
    )  # the hub is in Schalkwijk

    assert figures.empty
    assert source.asked == []
    assert qr.build_sections(figures, qr.vocabulary("nl")) == []
    assert "Geen hub in deze selectie" in pdf_text(qr.pdf_bytes(figures, "nl"))


def test_a_quarter_is_read_from_what_people_type() -> None:
    for wrong in ("2026", "2026-Q5", "Q3-2026", "26-Q1", ""):
        with pytest.raises(UserFacingError) as caught:
            qr.parse_quarter(wrong)
        assert caught.value.code == "report.quarter_invalid"
    assert qr.parse_quarter("2026-Q3") == Period.quarter(2026, 3)
    assert qr.parse_quarter(" 2026q3 ") == Period.quarter(2026, 3)


# -- the tables -----------------------------------------------------------------------------------


def test_tables_hide_small_cells_unless_asked_not_to(figure_set: qr.FigureSet) -> None:
    vocab = qr.vocabulary("nl")

    hidden = {s.code: s for s in qr.build_sections(figure_set, vocab, suppress=True)}
    exact = {s.code: s for s in qr.build_sections(figure_set, vocab, suppress=False)}

    needs_hidden = hidden["needs"].table("needs.visits")
    needs_exact = exact["needs"].table("needs.visits")
    assert needs_hidden is not None
    assert needs_exact is not None
    assert needs_hidden.cell("premises") == qr.Cell("<5", None, suppressed=True)
    assert needs_hidden.cell("permits") == qr.Cell("<5", None, suppressed=True)
    assert needs_hidden.cell("business_plan") == qr.Cell("40", 40)
    assert needs_exact.cell("premises") == qr.Cell("2", 2)
    # Largest first, in Dutch.
    assert [r.label for r in needs_hidden.rows][:2] == ["Ondernemingsplan", "Netwerk"]
    youth = hidden["reach"].table("reach.youth_share")
    assert youth is not None
    assert youth.cell("") == qr.Cell("<5", None, suppressed=True)
    consent = hidden["quality"].table("quality.consent_coverage")
    assert consent is not None
    assert consent.cell("") == qr.Cell("80%", 80.0)


def test_tables_per_stadsdeel_have_a_column_per_stadsdeel(figure_set: qr.FigureSet) -> None:
    sections = qr.build_sections(figure_set, qr.vocabulary("nl"), by="stadsdeel")

    reach = next(s for s in sections if s.code == "reach").table("reach.unique")
    assert reach is not None
    assert reach.columns == ("Totaal", "Centrum", "Noord", "Schalkwijk")  # in the order of the stadsdelen
    assert reach.cell("", "schalkwijk") == qr.Cell("17", 17)
    assert reach.cell("", "centrum") == qr.Cell("<5", None, suppressed=True)
    assert reach.cell("", "") == qr.Cell("23", 23)


# -- the PDF --------------------------------------------------------------------------------------


def test_the_pdf_has_the_headings_the_figures_and_page_numbers(figure_set: qr.FigureSet) -> None:
    text = pdf_text(qr.pdf_bytes(figure_set, "nl"))

    for heading in ("Kwartaalrapportage stadshubs", "2026-Q1", "01-01-2026 t/m 31-03-2026", "Cityhub Schalkwijk",
                    "1. Bereik", "Hulpvragen", "Verwijzingen", "Datakwaliteit", "Kleine aantallen",
                    "Bereik per stadsdeel", "Meest gevraagde hulp"):  # fmt: skip
        assert heading in text, heading
    assert re.search(r"Ondernemingsplan\s+40\b", text)
    assert re.search(r"Kamer van Koophandel|kvk", text, re.IGNORECASE)
    assert re.search(r"Dossiers met geldige toestemming \(%\)\s+80%", text)
    pages = len(PdfReader(io.BytesIO(qr.pdf_bytes(figure_set, "nl"))).pages)
    assert f"Pagina 1 van {pages}" in text
    assert f"Pagina {pages} van {pages}" in text


def test_the_pdf_shows_small_cells_as_less_than_five_and_never_the_number(figure_set: qr.FigureSet) -> None:
    text = pdf_text(qr.pdf_bytes(figure_set, "nl"))

    for label in ("Bedrijfsruimte", "Vergunningen"):
        rows = [line for line in lines_with(text, label) if "(<5)" not in line]  # not the chart's label
        assert rows
        assert all(line.rstrip().endswith("<5") for line in rows), rows
        assert not any(re.search(r"\b[12]\b", line) for line in rows), rows
    assert lines_with(text, "Bedrijfsruimte (<5)")  # the chart names it without a bar
    # Centrum and Noord reached 3 each: the stadsdeel table and the chart say "<5".
    per_stadsdeel = lines_with(text, "Unieke ondernemers (aantal)")
    assert any("17" in line and line.count("<5") == 2 for line in per_stadsdeel), per_stadsdeel
    assert not any(re.search(r"(?<![\d,.])3(?![\d,.%])", line) for line in per_stadsdeel)
    assert "Centrum (<5)" in text
    assert "Noord (<5)" in text


def test_the_pdf_is_in_english_when_asked(figure_set: qr.FigureSet) -> None:
    text = pdf_text(qr.pdf_bytes(figure_set, "en"))

    assert "City hubs quarterly report" in text
    assert "Page 1 of" in text
    assert "Business plan" in text
    assert "Kwartaalrapportage" not in text


# -- the exports ----------------------------------------------------------------------------------


def test_the_workbook_has_the_tables_with_small_cells_hidden(figure_set: qr.FigureSet) -> None:
    book = load_workbook(io.BytesIO(qr.xlsx_bytes(figure_set, "nl")))

    assert book.sheetnames[0] == "Toelichting"
    notes = [c for row in book["Toelichting"].iter_rows(values_only=True) for c in row if c]
    assert "Kleine aantallen" in notes
    assert any(str(c).startswith("Aantallen onder de 5") for c in notes)
    needs = {row[0]: row[1:] for row in book["Hulpvragen"].iter_rows(values_only=True) if row[0]}
    assert needs["Ondernemingsplan"][0] == 40
    assert needs["Bedrijfsruimte"][0] == "<5"
    assert needs["Vergunningen"][0] == "<5"
    reach = [row for row in book["Bereik"].iter_rows(values_only=True)]
    assert ("Onderdeel", "Totaal", "Centrum", "Noord", "Schalkwijk") in [r[:5] for r in reach]
    assert any(r[1:5] == (23, "<5", "<5", 17) for r in reach)
    assert not any(3 in r or 2 in r for r in reach)


def test_the_csv_has_every_table_row_with_small_cells_hidden(figure_set: qr.FigureSet) -> None:
    data = qr.csv_bytes(figure_set, "nl")

    assert data.startswith("\ufeff".encode())  # Excel reads UTF-8 only with the mark
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    by_key = {(r["Code indicator"], r["Groep"], r["Code onderdeel"]): r for r in rows}
    assert by_key[("needs.visits", "Totaal", "business_plan")]["Waarde"] == "40"
    assert by_key[("needs.visits", "Totaal", "premises")]["Waarde"] == "<5"
    assert by_key[("needs.visits", "Totaal", "premises")]["Onderdeel"] == "Bedrijfsruimte"
    assert by_key[("reach.unique", "Centrum", "")]["Waarde"] == "<5"
    assert by_key[("quality.consent_coverage", "Totaal", "")]["Waarde"] == "80"
    assert {r["Waarde"] for r in rows if r["Code indicator"] != "reach.by_stage"}.isdisjoint({"1", "2", "3"})


# -- the whole way: a database, the real indicators, the report, the command line ------------------


def register_walk_ins(store: Store, actor: Actor) -> None:
    """Seven entrepreneurs walk in on 3 March 2026 (the test clock), all about a business
    plan; two of them also about their network, three others about premises (two small
    cells, so that the business plans need not be hidden to protect them)."""
    intake = IntakeService(store)
    names = ["Fatima El Amrani", "Joost Bakker", "Aylin Demir", "Pieter de Vries", "Samira Haddou",
             "Kees Jansen", "Mei Ling Chen"]  # fmt: skip
    for n, name in enumerate(names):
        given, family = name.split(" ", 1)
        data = registration(given, family, postcode=f"203{n} AB", email=f"p{n}@example.nl")
        data["visit"]["needs"] = ["business_plan"] + (["network"] if n < 2 else ["premises"] if n < 5 else [])
        intake.register(actor, data)


def test_a_report_of_a_real_database(store: Store, actor: Actor) -> None:
    register_walk_ins(store, actor)

    figures = qr.collect(store, actor, Filter(Q1, stadsdeel=Stadsdeel.SCHALKWIJK))
    text = pdf_text(qr.pdf_bytes(figures, "nl"))

    assert re.search(r"Unieke ondernemers \(aantal\)\s+7\b", text)
    assert re.search(r"Ondernemingsplan\s+7\b", text)
    for label in ("Netwerk", "Bedrijfsruimte"):
        rows = [line for line in lines_with(text, label) if "(<5)" not in line]
        assert rows
        assert all(line.rstrip().endswith("<5") for line in rows), rows
    # The quarter before had nobody.
    before = qr.collect(store, actor, Filter(Period.quarter(2025, 4)))
    unique = next(f for f in before.programme if f.indicator == "reach.unique")
    assert unique.value == 0


def test_the_command_line_writes_the_report_and_its_tables(
    store: Store, actor: Actor, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register_walk_ins(store, actor)
    out, xlsx = tmp_path / "q1.pdf", tmp_path / "q1.xlsx"

    wrong = cli.main(["report", "--db", str(db_path), "--quarter", "2026-Q7", "--out", str(out)])
    assert wrong == cli.EXIT_USER
    assert not out.exists()
    assert "2026-Q3" in capsys.readouterr().err  # the message shows how to write it

    code = cli.main(["report", "--db", str(db_path), "--quarter", "2026-Q1", "--out", str(out), "--xlsx", str(xlsx)])

    assert code == cli.EXIT_OK
    assert capsys.readouterr().out.splitlines() == [f"pdf\t2026-Q1\t{out}", f"xlsx\t2026-Q1\t{xlsx}"]
    assert re.search(r"Unieke ondernemers \(aantal\)\s+7\b", pdf_text(out.read_bytes()))
    needs = {row[0]: row[1] for row in load_workbook(xlsx)["Hulpvragen"].iter_rows(values_only=True) if row[0]}
    assert needs["Ondernemingsplan"] == 7
    assert needs["Netwerk"] == "<5"
    assert needs["Bedrijfsruimte"] == "<5"
