"""The briefing's page budget holds for a corpus bigger than the bundled ones, and for a second edition.

Both bundled briefings came out at exactly 12 pages, and a rebuild (a second edition, with its
changes page) at 14: the budget held by luck, not by rule. Here a report of 10 sources (the most
the 12-page budget covers) and 8 origins, made of the bundled reports' sources, is built, then built
again after one source changed; both PDFs must keep to 12 pages, with no page under a quarter full
but the last, while the HTML edition keeps everything.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2
import pytest
import tomlkit

from contrast import build as api_build
from contrast.report.briefing.document import MAX_PAGES, page_budget
from contrast.report.render.pdf import Fit, html_to_pdf
from tests.conftest import SOFT_POWER, TARIFFS, documents_alone
from tests.test_documents import MIN_FILL, page_fills

EXTRA_COLOURS = ("#009e73", "#e69f00", "#56b4e9", "#cc79a7")


def ten_source_report(root: Path) -> Path:
    """Five sources of each bundled report, each report's origins kept apart (8 origins)."""
    origins: list[dict[str, object]] = []
    sources: list[dict[str, object]] = []
    (root / "sources").mkdir(parents=True)
    for tag, folder in (("sp", SOFT_POWER), ("tt", TARIFFS)):
        manifest = tomlkit.parse((folder / "report.toml").read_text(encoding="utf-8")).unwrap()
        for origin in manifest["origins"]:
            if tag == "tt":
                origin.update(label=origin["label"] + " (tariffs)", colour=EXTRA_COLOURS[len(origins) - 4])
            origins.append(origin | {"id": f"{tag}-{origin['id']}"})
        for source in manifest["sources"][:5]:
            path = f"sources/{tag}-{Path(source['path']).name}"
            shutil.copy(folder / source["path"], root / path)
            sources.append(source | {"origin": f"{tag}-{source['origin']}", "path": path})
    document = {"title": "Ten sources, eight origins", "edition": "2025-11-23", "language": "en",
                "origins": origins, "sources": sources}
    text = tomlkit.dumps(document).replace('edition = "2025-11-23"', "edition = 2025-11-23")
    (root / "report.toml").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The first edition's briefing (PDF) and the second edition's build folder (its briefing as PDF and HTML).

    The builds render the briefing alone (``documents_alone``): the tests read no handout or key."""
    root = ten_source_report(tmp_path_factory.mktemp("length") / "report")
    first = tmp_path_factory.mktemp("first")
    with documents_alone("briefing"):
        api_build(root, format="pdf")
        shutil.copy(root / "build" / "briefing.pdf", first / "briefing.pdf")
        changed = root / "sources" / "tt-03_the_guardian.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + "\nThe row was the first shot of a trade war that "
                           "economists said could cost both countries dearly in the years to come.\n", encoding="utf-8")
        api_build(root, format="both")
    return {"first": first, "second": root / "build"}


def _pages(pdf: Path) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    texts = [" ".join(document[i].get_textpage().get_text_range().split()) for i in range(len(document))]
    document.close()
    return texts


@pytest.mark.parametrize("edition", ["first", "second"])
def test_a_ten_source_eight_origin_briefing_keeps_to_twelve_pages(editions: dict[str, Path], edition: str) -> None:
    pages = _pages(editions[edition] / "briefing.pdf")
    assert len(pages) <= MAX_PAGES == page_budget(10)
    fills = page_fills(editions[edition] / "briefing.pdf")
    assert [round(f, 2) for f in fills[:-1] if f < MIN_FILL] == [], fills
    assert "Headlines by origin" in pages[0] and "Appendix: sources and provenance" in " ".join(pages)


def test_the_second_edition_keeps_its_changes_page_and_the_html_keeps_what_the_pdf_left_out(editions: dict[str, Path]) -> None:
    text = " ".join(_pages(editions["second"] / "briefing.pdf"))
    assert "Changes since the last edition" in text and "1 changed" in text
    page = (editions["second"] / "briefing.html").read_text(encoding="utf-8")
    assert "Figures per origin" in page and "Cleaning and sentences" in page and 'class="lens-table' in page
    assert 'class="briefing"' in page  # the HTML edition is never cut


def test_budget_is_twelve_pages_up_to_ten_sources_and_twenty_four_beyond() -> None:
    assert (page_budget(1), page_budget(10), page_budget(11), page_budget(2000)) == (12, 12, 24, 24)


def _html(pages: int) -> str:
    return "<html><body>" + "<p style='break-after: page'>A page.</p>" * (pages - 1) + "<p>The last page.</p></body></html>"


def test_a_pdf_over_its_budget_is_laid_out_again_from_the_first_shorter_version_that_fits() -> None:
    fit = Fit(max_pages=2, shorter=(_html(4), _html(2), _html(1)))
    assert len(pypdfium2.PdfDocument(html_to_pdf(_html(6), fit=fit))) == 2
    assert len(pypdfium2.PdfDocument(html_to_pdf(_html(2), fit=fit))) == 2  # fits: the full one is kept
    assert html_to_pdf(_html(2), fit=fit) == html_to_pdf(_html(2))
    nothing_fits = Fit(max_pages=1, shorter=(_html(4), _html(3)))
    assert len(pypdfium2.PdfDocument(html_to_pdf(_html(6), fit=nothing_fits))) == 3  # the shortest there is


def test_a_lens_chart_without_findings_still_has_alt_text() -> None:
    """A BASIL group's loaded-language chart had alt="" (its lens found no difference to state)."""
    from types import SimpleNamespace

    from contrast.report.briefing.lenses.charts import _alt
    from contrast.report.briefing.lenses.model import Cell, LensSection, LensTable

    origins = [SimpleNamespace(ref=SimpleNamespace(label=label)) for label in ("US right", "US left")]
    table = LensTable("", (("Fear, outrage and drama", (Cell("rate", 4.6), Cell("rate", 3.0))),))
    section = LensSection("loaded", "Loaded", "?", "", "", (), (table,), (), None)
    alt = _alt(SimpleNamespace(origins=origins), section, table, "Loaded language per 1,000 words")  # type: ignore[arg-type]
    assert alt.endswith("Fear, outrage and drama: US right 4.6, US left 3.0.")
