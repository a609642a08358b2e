"""Chinese quotes render as real glyphs: the characters come back out of the PDF *and* the
font that draws them is an embedded CJK font (text extraction alone passes even when every
glyph is an empty box, which is what DejaVu alone gives)."""

from __future__ import annotations

from pathlib import Path

import pypdf

from contrast.pipeline import build
from contrast.report.render.html import templates_dir
from contrast.report.render.pdf import AssetsOnlyFetcher, cjk_font
from tests.reportkit import CRITIC, EASY, make_report
from tests.test_language import CHINESE


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _runs(path: Path) -> list[tuple[str, dict]]:
    runs: list[tuple[str, dict]] = []
    for page in pypdf.PdfReader(path).pages:
        page.extract_text(visitor_text=lambda text, cm, tm, font, size: runs.append((text, font or {})))
    return runs


def _assert_embedded_cjk(font: dict) -> None:
    descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
    descriptor = descendant["/FontDescriptor"].get_object()
    assert "CJK" in str(font["/BaseFont"]), font["/BaseFont"]
    assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), "font not embedded"


def test_chinese_excerpt_comes_back_out_drawn_by_an_embedded_cjk_font(tmp_path: Path) -> None:
    # The same Chinese text in two origins, so the briefing quotes it in a shared event: a Chinese claim in
    # one origin alone is only "possibly reported elsewhere" (it names nothing the search can look for, as
    # contrast.claims.distinctive finds names), and is not quoted under "Only in".
    root = make_report(tmp_path, {"state-a": CHINESE * 2, "critic-b": CHINESE * 2, "critic-c": (CRITIC + EASY) * 3},
                       origin_of={"critic-b": "critical", "critic-c": "critical"})
    build(root)
    runs = _runs(root / "build" / "briefing.pdf")
    chinese = [(text, font) for text, font in runs if any(_is_cjk(c) for c in text)]
    extracted = "".join(text for text, _ in chinese)
    assert "中国的软实力正在迅速提升" in extracted.replace("\n", "")
    for _, font in chinese:
        _assert_embedded_cjk(font)


def test_chinese_excerpt_on_the_handout_comes_back_out_drawn_by_an_embedded_cjk_font(tmp_path: Path) -> None:
    # Two origins carry the same Chinese text (a republished wire story), so their
    # sentences form shared events and the handout quotes them side by side.
    root = make_report(tmp_path, {"state-a": CHINESE * 2, "critic-b": CHINESE * 2, "critic-c": (CRITIC + EASY) * 3},
                       origin_of={"critic-b": "critical", "critic-c": "critical"})
    build(root)
    runs = _runs(root / "build" / "handout.pdf")
    chinese = [(text, font) for text, font in runs if any(_is_cjk(c) for c in text)]
    assert "中国的软实力正在迅速提升" in "".join(text for text, _ in chinese).replace("\n", "")
    for _, font in chinese:
        _assert_embedded_cjk(font)


def test_cjk_font_comes_from_an_installed_package_and_only_it_is_fetchable(tmp_path: Path) -> None:
    font = cjk_font()
    assert font is not None and font.is_file()
    assert {"site-packages", "dist-packages"} & set(font.parts), font
    fetcher = AssetsOnlyFetcher(templates_dir(), (font,))
    assert fetcher.fetch(font.as_uri()).read()[:4] == b"ttcf"
    neighbour = font.parent / "__init__.py"
    try:
        fetcher.fetch(neighbour.as_uri())
    except ValueError:
        pass
    else:  # pragma: no cover - the assertion below explains
        raise AssertionError("a file beside the font was served")
    assert fetcher.refused == [neighbour.as_uri()]
