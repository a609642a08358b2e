"""Bounded work: what a build reads is capped, long unbroken strings stay cheap to lay out, and
a render that runs too long stops with one line."""

from __future__ import annotations

import io
import os
import re
import time
import tracemalloc
from pathlib import Path

import pytest

import contrast.pipeline as pipeline
from contrast.cache import MAX_ENTRY_BYTES, BuildCache
from contrast.cli import main
from contrast.io import _read_up_to, read_regular
from contrast.report.render.breaks import RUN_BREAK, RUN_MAX, breakable
from contrast.report.render.html import environment, templates_dir
from contrast.report.render.pdf import html_to_pdf
from tests.reportkit import make_report

ZWSP = "\u200b"


# --- cache entries ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["sparse file over the cap", "named pipe", "link to a device"])
def test_a_cache_entry_that_is_not_a_small_regular_file_is_not_read(tmp_path: Path, kind: str) -> None:
    key = "a" * 64
    entry = tmp_path / ".cache" / "ingest" / key
    entry.parent.mkdir(parents=True)
    if kind == "named pipe":
        os.mkfifo(entry)  # reading it would block for ever
    elif kind == "link to a device":
        entry.symlink_to("/dev/zero")  # reading it would fill memory
    else:
        with entry.open("wb") as handle:
            handle.truncate(MAX_ENTRY_BYTES + 1)  # sparse: no disk used, but it must not be read
    cache = BuildCache(tmp_path / ".cache")
    assert cache.lookup("ingest", key) is None
    assert cache.stats["ingest"].corrupt == 1


# --- long unbroken strings ----------------------------------------------------------------------


def test_a_long_unbroken_run_gets_a_break_every_few_characters_and_is_cut_when_very_long() -> None:
    word = "x" * 30_000
    shown = breakable(f"before {word} after")
    assert isinstance(shown, str)
    pieces = shown.split(" ")[1].split(ZWSP)
    assert all(len(piece) <= RUN_BREAK for piece in pieces)
    assert "".join(pieces) == "x" * RUN_MAX + "…"
    assert shown.startswith("before ") and shown.endswith(" after")


@pytest.mark.parametrize(
    "text",
    ["An ordinary sentence, with words of ordinary length.", "中国的软实力" * 50, "internationalisation", "", 3],
)
def test_ordinary_text_passes_unchanged(text: object) -> None:
    assert breakable(text) == text


def test_a_url_keeps_every_character_but_gains_places_to_break() -> None:
    url = "https://www.example.com/news/2018/07/06/us-china-tariffs-take-effect-as-trade-war-begins.html"
    shown = breakable(url)
    assert isinstance(shown, str) and shown.replace(ZWSP, "") == url and ZWSP in shown


def test_charts_pass_unbroken() -> None:
    uri = "data:image/svg+xml;base64," + "A" * 5000
    assert breakable(uri) == uri


def test_every_printed_string_goes_through_the_breaks() -> None:
    template = environment().from_string("<p>{{ text }}</p><td>{{ text|upper }}</td>")
    html = template.render(text="y" * 100)
    assert "y" * (RUN_BREAK + 1) not in html.lower() and html.count(ZWSP) == 2 * (100 // RUN_BREAK)


def test_the_print_stylesheet_never_asks_for_a_break_at_every_character() -> None:
    """``overflow-wrap: anywhere`` and ``word-break: break-all`` make WeasyPrint's table layout
    quadratic in a cell's length (a 30,000-character sentence in a lens table cell took minutes)."""
    css = (templates_dir() / "print.css").read_text(encoding="utf-8")
    assert not re.search(r"overflow-wrap:\s*anywhere|word-break:\s*break-all", css)


LENS_CELL = """<html><head><link rel="stylesheet" href="print.css"></head><body>
<table class="lens-table"><tr><th>Sentence</th><th>Score</th></tr>
<tr><td class="textcell">{{ text }}</td><td>0.5</td></tr></table></body></html>"""


def test_an_unbroken_run_in_a_table_cell_lays_out_no_slower_than_words() -> None:
    """The issue's stalled render: a 30,000-character word in a source took 5½ minutes to build.
    Laid out in a lens table cell without the breaks, 30,000 unbroken characters took 28 s here
    against 0.9 s for as many characters of words (quadratic: 5,000 took 1.4 s); through the
    templates' environment the run is broken and cut, so it costs no more than words."""
    template = environment().from_string(LENS_CELL)
    seconds = {}
    for kind, text in (("words", "word " * 6_000), ("run", "x" * 30_000)):
        html = template.render(text=text)
        started = time.perf_counter()
        assert html_to_pdf(html).startswith(b"%PDF")
        seconds[kind] = time.perf_counter() - started
    assert seconds["run"] < 3 * seconds["words"] + 1.0, seconds


def test_html_for_screens_keeps_long_runs_as_written() -> None:
    html = environment(breaks=False).from_string("<p>{{ text }}</p>").render(text="https://example.com/" + "u" * 100)
    assert ZWSP not in html and "u" * 100 in html


# --- the render's time limit --------------------------------------------------------------------


def test_a_render_over_its_time_limit_stops_with_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    root = make_report(tmp_path / "report")
    monkeypatch.setenv(pipeline.RENDER_SECONDS_VARIABLE, "0.05")
    assert main(["build", str(root), "--quiet"]) == 2
    err = capfd.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "rendering took longer than 0 s and was stopped" in err[0], err
    assert pipeline.RENDER_SECONDS_VARIABLE in err[0], "the line names the setting a busy machine can raise"
    assert not (root / "build").exists()


def test_without_the_setting_the_render_may_take_300_s_and_one_per_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pipeline.RENDER_SECONDS_VARIABLE, raising=False)
    assert pipeline.render_limit(10) == 310.0
    monkeypatch.setenv(pipeline.RENDER_SECONDS_VARIABLE, " 900 ")
    assert pipeline.render_limit(10) == 900.0


@pytest.mark.parametrize("value", ["soon", "0", "-5", "nan", "inf"])
def test_a_render_limit_that_is_not_a_positive_number_is_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str], value: str
) -> None:
    root = make_report(tmp_path / "report")
    monkeypatch.setenv(pipeline.RENDER_SECONDS_VARIABLE, value)
    assert main(["build", str(root), "--quiet"]) == 2
    err = capfd.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"{pipeline.RENDER_SECONDS_VARIABLE}='{value}' is not a number of seconds" in err[0], err
    assert not (root / "build").exists()


def test_reading_a_small_entry_does_not_set_aside_the_whole_cap(tmp_path: Path) -> None:
    """``read(n)`` reserves ``n`` bytes before it reads: asked for the cap (1 GiB), every entry read
    asked the system for a GiB (862 GB reserved over one 200-source build, measured with memray)."""
    entry = tmp_path / "entry"
    entry.write_bytes(b"x" * 1000)
    tracemalloc.start()
    try:
        assert read_regular(entry, limit=MAX_ENTRY_BYTES) == b"x" * 1000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, f"reading 1,000 bytes reserved {peak:,}"


@pytest.mark.parametrize(("length", "read"), [(10, 10), (15, 15), (50, 21)])
def test_a_file_that_grew_since_it_was_opened_is_read_on_up_to_the_cap(length: int, read: int) -> None:
    assert len(_read_up_to(io.BytesIO(b"x" * length), 10, 20)) == read  # opened at 10 bytes, cap 20
