"""HTML → PDF (WeasyPrint), deterministic, fetching nothing but the package's own assets.

WeasyPrint gets a fetcher that serves only the package's own template assets and
``data:`` URIs and refuses everything else (http, file outside the assets, ftp…), so a
hostile source can neither inject markup nor make the renderer fetch anything.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

from contrast.report.render.html import templates_dir
from contrast.system_libraries import import_weasyprint

if TYPE_CHECKING:
    import weasyprint
else:
    weasyprint = import_weasyprint()  # a missing Pango is one line naming the package, not a traceback
from weasyprint.text.fonts import FontConfiguration

log = logging.getLogger(__name__)


class AssetsOnlyFetcher(weasyprint.URLFetcher):
    """Serves ``data:`` URIs, files under the templates folder and the named font files; refuses the rest."""

    def __init__(self, assets: Path, fonts: tuple[Path, ...] = ()) -> None:
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False, timeout=1)
        self.assets = assets.resolve()
        self.fonts = frozenset(font.resolve() for font in fonts)
        self.refused: list[str] = []

    def fetch(self, url: str, headers: Any = None) -> Any:
        parsed = urlparse(url)
        if parsed.scheme == "data":
            return super().fetch(url, headers)
        if parsed.scheme == "file" and parsed.netloc in ("", "localhost"):
            path = Path(unquote(parsed.path)).resolve()
            if (path.is_relative_to(self.assets) or path in self.fonts) and path.is_file():
                return super().fetch(url, headers)
        self.refused.append(url)
        log.warning("refused to fetch %s (only the package's own assets may be loaded)", url)
        raise ValueError(f"fetching {url!r} is not allowed")


@cache
def _font_config() -> FontConfiguration:
    return FontConfiguration()


CJK_FONT_PACKAGE = "noto_cjk_sans_otc"
CJK_FONT_FILE = "NotoSansCJK-Regular.ttc"
CJK_FAMILY = "Noto Sans CJK SC"
"""Chinese, Japanese and Korean glyphs: Noto Sans CJK (OFL), shipped on PyPI by the
``noto-cjk-sans-otc`` package, so no system font is needed. DejaVu has no CJK glyphs: without
it Chinese quotes print as empty boxes (their text still extracts, which hides the problem).
The collection holds the SC, TC, HK, JP and KR faces; print.css names them after DejaVu."""


@cache
def cjk_font() -> Path | None:
    """The packaged Noto Sans CJK collection, or None (logged) when the package is missing."""
    try:
        path = Path(str(files(CJK_FONT_PACKAGE) / CJK_FONT_FILE))
    except ModuleNotFoundError:
        log.warning("noto-cjk-sans-otc is not installed: Chinese, Japanese and Korean text will not render")
        return None
    return path if path.is_file() else None


@cache
def _font_stylesheets() -> tuple[weasyprint.CSS, ...]:
    """``@font-face`` for the packaged CJK collection; loading it registers all its faces."""
    font = cjk_font()
    if font is None:
        return ()
    rule = f'@font-face {{ font-family: "Contrast CJK"; src: url("{font.as_uri()}"); }}'
    return (weasyprint.CSS(string=rule, url_fetcher=AssetsOnlyFetcher(templates_dir(), (font,)), font_config=_font_config()),)


@dataclass(frozen=True)
class Fit:
    """A page budget for one PDF: when its HTML lays out to more than ``max_pages`` pages, each of
    ``shorter`` (the same document leaving more of its detail to the HTML edition) is laid out in
    turn, and the first that fits is kept — else the last, the shortest there is."""

    max_pages: int
    shorter: tuple[str, ...]


def html_to_pdf(html: str, *, epoch: int | None = None, variant: str | None = None, fit: Fit | None = None) -> bytes:
    """HTML → PDF with no time or randomness in the bytes.

    fontTools stamps each embedded font subset with the current time unless
    ``SOURCE_DATE_EPOCH`` is set (reproducible-builds.org); we set it to ``epoch`` (the
    edition date) while rendering, unless the caller's environment already sets it. The
    PDF identifier is a hash of the HTML, so it changes exactly when the content does.
    ``variant`` is WeasyPrint's ``pdf_variant``, e.g. ``"pdf/ua-1"`` for tagged, accessible
    output (structure tree, document language, marked content). ``fit``: a page budget and
    the shorter versions to fall back on (a layout per version tried; one when the first fits).
    """
    assets = templates_dir()
    font = cjk_font()
    candidates = (html, *(fit.shorter if fit is not None else ()))
    with _source_date_epoch(epoch):
        for number, candidate in enumerate(candidates, start=1):
            options = dict(weasyprint.DEFAULT_OPTIONS)
            options.update(
                stylesheets=list(_font_stylesheets()), pdf_variant=variant,
                pdf_identifier=hashlib.sha256(candidate.encode("utf-8")).hexdigest()[:32].encode("ascii"),
            )
            fetcher = AssetsOnlyFetcher(assets, (font,) if font else ())
            source = weasyprint.HTML(string=candidate, base_url=assets.as_uri() + "/", url_fetcher=fetcher, encoding="utf-8")
            document = source.render(_font_config(), **options)  # what HTML.write_pdf does, in two steps
            if fit is None or len(document.pages) <= fit.max_pages or number == len(candidates):
                break
            log.info("%d pages, over the budget of %d: laying out a shorter version", len(document.pages), fit.max_pages)
        pdf = document.write_pdf(None, 1, None, **{key: options[key] for key in weasyprint.DEFAULT_OPTIONS})
    assert pdf is not None
    return pdf


@contextmanager
def _source_date_epoch(epoch: int | None) -> Iterator[None]:
    if epoch is None or "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
