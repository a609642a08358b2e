"""View model → HTML (Jinja2), with source text kept inert.

Autoescape and StrictUndefined everywhere; nothing derived from a source is marked safe.
The number formats templates use (``fmt_pct``…) are filters defined here, so a template
formats, never computes. HTML → PDF is ``pdf``.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import jinja2

from contrast.errors import RenderError
from contrast.report.render.breaks import breakable
from contrast.report.text import SPEECH_LABEL, WEAK_LABEL, dates_unbroken, quotation, signed, weak_aside


def templates_dir() -> Path:
    """The folder of templates and their assets, inside the installed package."""
    with as_file(files("contrast") / "templates") as path:
        return Path(path).resolve()


@cache
def environment(*, breaks: bool = True) -> jinja2.Environment:
    """The templates' environment. ``breaks``: every printed string goes through ``breakable``
    (HTML that WeasyPrint lays out, whose time is quadratic in an unbroken run's length); the
    HTML output for screens is left as written (browsers break long words themselves, and a
    zero-width space inside a URL would be copied with it)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=breakable if breaks else None,
    )
    env.filters.update(
        fmt_pct=fmt_pct, fmt_signed=fmt_signed, fmt_num=fmt_num, fmt_int=fmt_int, fmt_grade=fmt_grade, fmt_bytes=fmt_bytes,
        quotation=quotation, dates_unbroken=dates_unbroken, weak_aside=weak_aside,
    )
    env.globals.update(weak_label=WEAK_LABEL, speech_label=SPEECH_LABEL)
    return env


NA = "N/A"


def fmt_pct(value: float | None, digits: int = 0) -> str:
    return NA if value is None else f"{value * 100:.{digits}f}%"


def fmt_signed(value: float | None, digits: int = 2) -> str:
    return NA if value is None else signed(value, digits)


def fmt_num(value: float | None, digits: int = 1) -> str:
    return NA if value is None else signed(value, digits, sign=False, grouping=True)


def fmt_int(value: int | float | None) -> str:
    return NA if value is None else f"{int(value):,}"


def fmt_grade(value: float | None) -> str:
    return NA if value is None else f"{value:.1f}"


def fmt_bytes(value: int | None) -> str:
    if value is None:
        return NA
    for unit in ("B", "KB", "MB"):
        if value < 1024 or unit == "MB":
            return f"{value:,} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1024  # type: ignore[assignment]
    return f"{value} B"


def render_html(template: str, model: Any, *, stylesheet: Any = None) -> str:
    """``template`` with ``model``; ``stylesheet`` (the package's CSS, ``documents.inline_stylesheet``)
    is inlined in place of the linked ``print.css`` when given (self-contained HTML output, without
    the breaks put into long runs for the PDF)."""
    try:
        return environment(breaks=stylesheet is None).get_template(template).render(model=model, stylesheet=stylesheet)
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"template {exc.name!r} not found in {templates_dir()}") from None
