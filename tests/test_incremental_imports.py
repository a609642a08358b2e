"""A rebuild whose stages all come from the cache pays for no library only computing needs (issue 16).

A no-change rebuild's target is 5 % of a cold build; at 100 real articles the cold build is ~35-45 s of CPU,
so every second a rebuild spends importing counts. NLTK (with SciPy's statistics, which it loads) took
1.2 s of a 3.2 s no-change rebuild because a word list of ``contrast.claims.absence`` was stemmed on
import. The libraries below are imported by the stages that compute (alignment, charts, PDFs), when they
compute: importing what a build runs must not load them.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

COMPUTING_ONLY = ("nltk", "scipy.stats", "matplotlib", "weasyprint", "sklearn", "torch")
"""Libraries a build needs only when a stage computes: stemming and alignment, charts, PDFs, the semantic backend."""


def loaded_after(*modules: str) -> set[str]:
    """Which of ``COMPUTING_ONLY`` a fresh interpreter holds after importing ``modules``."""
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in modules)
        + f"print(' '.join(name for name in {COMPUTING_ONLY!r} if name in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True, env={"PYTHONPATH": str(REPO)}
    )
    return set(done.stdout.split())


def test_the_build_entry_points_import_no_library_only_computing_needs() -> None:
    assert loaded_after("contrast.cli", "contrast.pipeline") == set()


def test_the_claims_package_and_its_absence_search_import_no_stemmer() -> None:
    """``contrast.claims`` is imported by every build (its ``EventAnalysis`` decodes the cached events); its
    word lists are stemmed when the search first reads them, not on import."""
    assert loaded_after("contrast.claims", "contrast.claims.absence") == set()


def test_the_party_stems_are_still_each_partys_first_form() -> None:
    from contrast.claims.absence import _party_stems, party_stems
    from contrast.claims.distinctive import PARTIES
    from contrast.claims.terms import sentence_stems

    for group in PARTIES:
        for form in group:
            for stem in sentence_stems(form):
                assert party_stems()[stem] == group[0]
                assert _party_stems({stem, "zebra"}) == {group[0], "zebra"}
