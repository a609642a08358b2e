from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pytest

if TYPE_CHECKING:
    import polars as pl

    from contrast.analysis import Analysis
    from contrast.pipeline import BuildResult
    from contrast.report.briefing.model import Briefing

# The render's wall-clock limit (contrast.pipeline.render_limit) guards against layouts that never
# finish; the suite runs on machines shared by many jobs, where a 10-source briefing once passed the
# default 310 s (load 17 on 2 cores). Raised here for every test and every build a test starts in a
# subprocess; tests/test_bounded.py sets it low to test the limit itself.
os.environ.setdefault("CONTRAST_RENDER_SECONDS", "3600")

REPO = Path(__file__).resolve().parent.parent
REPORTS = REPO / "reports"
SOFT_POWER = REPORTS / "soft-power"
TARIFFS = REPORTS / "us-china-tariffs-2018-07"


# --- the order the test workers take the files in ------------------------------------------------
# `.ci/pytest` runs `-n auto --dist loadfile --no-loadscope-reorder`: a file is one worker's serial
# work and the workers take the files in collection order. xdist's own order (most tests first)
# handed out last the files with one to six tests, and those are the slowest (a build in a
# subprocess, a wheel, a fetched tutorial, ten-source briefings): one worker ran them while the
# other stood idle. The files below take a worker longest (ranked from the suite's --durations);
# they go first, longest first, and the many short files after them fill the two workers up
# evenly to the end. A file not listed keeps xdist's order: most tests first.
HEAVIEST_FIRST = (
    "test_cache.py",
    "test_handout.py",
    "test_memory.py",
    "test_briefing_length.py",
    "test_determinism.py",
    "test_documents.py",
    "test_pipeline.py",
    "test_engine.py",
    "test_newcomer.py",
    "test_handout_questions.py",
    "test_handout_lenses.py",
    "test_output_folder.py",
    "test_offline.py",
    "test_interrupt.py",
    "test_watch.py",
    "test_html_output.py",
    "test_publish.py",
    "test_offline_build.py",
    "test_packaging.py",
    "test_system_libraries.py",
    "test_handout_warnings.py",
    "test_handout_letters.py",
    "test_events_view.py",
    "test_cjk.py",
    "test_extensions.py",
    "test_page_breaks.py",
    "test_lens_bundled.py",
    "test_tfidf_parity.py",
    "test_fuzz.py",
    "test_render_safety.py",
    "test_workers.py",
    "test_language.py",
)


class _Item(Protocol):
    @property
    def path(self) -> Path: ...


def heaviest_first(items: Sequence[_Item]) -> list[_Item]:
    """``items`` with the files of HEAVIEST_FIRST first in its order, then the other files by their
    number of tests, most first (a file's tests stay together and in their order)."""
    rank = {name: index for index, name in enumerate(HEAVIEST_FIRST)}
    tests = Counter(item.path for item in items)
    return sorted(items, key=lambda item: (rank.get(item.path.name, len(rank)), -tests[item.path]))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if hasattr(config, "workerinput"):  # an xdist worker: the controller hands its files out in this order
        items[:] = heaviest_first(items)


@pytest.fixture(scope="session", autouse=True)
def pdfs_laid_out_in_the_test_process(request: pytest.FixtureRequest) -> Iterator[None]:
    """When every core runs a test worker (``.ci/pytest``: ``-n auto``), a build a test makes in its own
    process lays out all its PDFs there, starting no second process for them.

    That process (``contrast.report.render.workers``) is for a core the build would leave idle; here
    the other core runs the other test worker, and each PDF build paid for a fresh interpreter,
    WeasyPrint's imports and fonts: 3-6 s of CPU a build (a 3-source build measured at 13.5-16.3 s of
    CPU with it, 10.3-10.5 s without). Which process lays out a PDF changes no byte: test_workers
    renders in the worker explicitly, and builds started in a subprocess (test_determinism's, compared
    byte for byte with this process's build) still use it. A run with fewer workers than cores keeps it."""
    workers = getattr(request.config, "workerinput", {}).get("workercount", 0)
    if not workers:  # not under xdist: nothing to import early
        yield
        return
    from contrast.report.render import workers as pdf_workers

    if workers < pdf_workers.cores():
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf_workers, "cores", lambda: 1)
        yield


@pytest.fixture
def soft_power() -> Path:
    return SOFT_POWER


@pytest.fixture
def tariffs() -> Path:
    return TARIFFS


# The bundled reports' analyses and builds are computed once per test worker (session scope: with
# ``--dist loadfile`` every file a worker runs shares them) and are read-only: an Analysis is frozen
# dataclasses and polars frames, and a build folder is only read (a test that writes copies it).


@pytest.fixture(scope="session")
def tariffs_analysis() -> Analysis:
    """``analyse`` of the bundled tariffs report, as every test reading it made it."""
    from contrast.config import load_report
    from contrast.pipeline import analyse

    return analyse(load_report(TARIFFS))


@pytest.fixture(scope="session")
def soft_power_analysis() -> Analysis:
    """``analyse`` of the bundled soft-power report."""
    from contrast.config import load_report
    from contrast.pipeline import analyse

    return analyse(load_report(SOFT_POWER))


@pytest.fixture(scope="session")
def tariffs_briefing(tariffs_analysis: Analysis) -> Briefing:
    """``build_briefing`` of ``tariffs_analysis`` (a first edition): frozen dataclasses, ~2 s of charts
    and tables to build, so the tests that read it share one."""
    from contrast.report.briefing.build import build_briefing

    return build_briefing(tariffs_analysis)


@pytest.fixture(scope="session")
def soft_power_briefing(soft_power_analysis: Analysis) -> Briefing:
    """``build_briefing`` of ``soft_power_analysis``."""
    from contrast.report.briefing.build import build_briefing

    return build_briefing(soft_power_analysis)


class BundledBuilds(dict[str, "BuildResult"]):
    """report name ("soft-power", "tariffs") → its build with every document as PDF and HTML, made on
    first use from a copy of the bundled folder (without its build/). Read it; copy it before writing."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    def __missing__(self, name: str) -> BuildResult:
        import shutil

        from contrast import build

        folder = self.root / name
        shutil.copytree({"soft-power": SOFT_POWER, "tariffs": TARIFFS}[name], folder, ignore=shutil.ignore_patterns("build"))
        self[name] = result = build(folder, format="both")
        return result


@pytest.fixture(scope="session")
def bundled_builds(tmp_path_factory: pytest.TempPathFactory) -> BundledBuilds:
    """The bundled reports' builds, each made once per test worker when a test first asks for it."""
    return BundledBuilds(tmp_path_factory.mktemp("bundled"))


@pytest.fixture(scope="session")
def tariffs_claims() -> pl.DataFrame:
    """The bundled tariffs report's six texts, as the checker read them (segmented, not cleaned: enough for the claims)."""
    import polars as pl

    from contrast.claims import find_events
    from contrast.config import load_report
    from contrast.segment import segment

    report = load_report(TARIFFS)
    texts = {s.id: (TARIFFS / s.path).read_text(encoding="utf-8") for s in report.manifest.sources}
    origins = {s.id: s.origin for s in report.manifest.sources}
    sentences = segment(texts, origins).with_columns(pl.lit(0.0).alias("compound"))
    return find_events(sentences, origins=sorted(set(origins.values()))).claims


@contextmanager
def documents_alone(*names: str) -> Iterator[None]:
    """Builds in this block render only the registered documents ``names`` (``"briefing"``, ``"handout"``).

    For a test that reads one document of its builds: the others' PDFs are laid out for nothing (the
    tariffs briefing's alone is ~8 s, the handout and teacher key ~1 s more, or ~4 s in the second
    process a build starts for them). A build renders each registered document alike, and every
    document is made from the same analysis and briefing view model whether or not the others are
    rendered; tests/test_documents.py reads all three of full builds."""
    import contrast.report.documents as documents
    from contrast.report.registry import registered_documents

    chosen = {name: builder for name, builder in registered_documents().items() if name in names}
    assert set(chosen) == set(names), names
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(documents, "registered_documents", lambda: dict(chosen))
        yield


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy from the environment: it would take the tests' requests for 127.0.0.1 elsewhere."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
