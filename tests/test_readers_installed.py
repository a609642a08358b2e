"""Every reader's whole import chain works in this environment: a saved web page and a real PDF.

Each file is read in a fresh interpreter (as ``contrast add`` does on a new machine), so a
module some other test imported earlier cannot hide a missing package — the way
``lxml.html.clean`` went missing with lxml 6 while the suite still passed. Never skipped:
a reader that cannot import here cannot import for a user either.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from contrast.ingest import source_suffixes
from tests.conftest import REPO

DATA = REPO / "tests" / "data"
ARTICLE = ("Beijing opened a week of concerts, film screenings and exhibitions on Monday", "Soft power cannot be ordered from above")
PLAIN = REPO / "reports" / "soft-power" / "sources" / "000_c58a545aaaac1eff.txt"
REAL_FILES = {
    ".html": (DATA / "html" / "news-article.html", ARTICLE),
    ".htm": (DATA / "html" / "news-article.html", ARTICLE),
    ".pdf": (DATA / "pdf" / "news-article.pdf", ARTICLE),  # the page printed to PDF by Chromium, header and footer on
    ".txt": (PLAIN, ("China is increasingly focusing on enhancing its global appeal through soft power strategies",)),
    ".md": (PLAIN, ("China is increasingly focusing on enhancing its global appeal through soft power strategies",)),
}
"""Suffix → a real file for its reader and phrases its text must contain."""
READ_IN_FRESH_INTERPRETER = (
    "import json, sys; from pathlib import Path; from contrast.ingest import read_source; "
    "raw = read_source(Path(sys.argv[1])); print(json.dumps({'text': raw.text, 'metadata': raw.metadata}))"
)


def _read_fresh(path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", READ_IN_FRESH_INTERPRETER, str(path)], capture_output=True, text=True, cwd=path.parent
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_reader_has_a_real_file_here() -> None:
    assert set(REAL_FILES) == set(source_suffixes())


@pytest.mark.parametrize("suffix", sorted(REAL_FILES))
def test_reader_reads_a_real_file_in_a_fresh_interpreter(suffix: str, tmp_path: Path) -> None:
    source, phrases = REAL_FILES[suffix]
    path = tmp_path / f"source{suffix}"
    shutil.copyfile(source, path)
    text = str(_read_fresh(path)["text"])
    for phrase in phrases:
        assert phrase in text


def test_html_reader_keeps_the_page_metadata() -> None:
    read = _read_fresh(REAL_FILES[".html"][0])
    assert read["metadata"] == {
        "title": "Beijing stages culture week for foreign visitors",
        "author": "Jane Roe",
        "date": "2025-06-02",
        "outlet": "Harbour Times",
    }


def test_html_reader_imports_the_separate_html_cleaner() -> None:
    """The import that failed on new machines: trafilatura's justext needs lxml.html.clean."""
    done = subprocess.run(
        [sys.executable, "-c", "import trafilatura, lxml.html.clean, lxml_html_clean; print(lxml_html_clean.__name__)"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "lxml_html_clean"
