from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import polars as pl

# The render's wall-clock limit (contrast.pipeline.render_limit) guards against layouts that never
# finish; the suite runs on machines shared by many jobs, where a 10-source briefing once passed the
# default 310 s (load 17 on 2 cores). Raised here for every test and every build a test starts in a
# subprocess; tests/test_bounded.py sets it low to test the limit itself.
os.environ.setdefault("CONTRAST_RENDER_SECONDS", "3600")

REPO = Path(__file__).resolve().parent.parent
REPORTS = REPO / "reports"
SOFT_POWER = REPORTS / "soft-power"
TARIFFS = REPORTS / "us-china-tariffs-2018-07"


@pytest.fixture
def soft_power() -> Path:
    return SOFT_POWER


@pytest.fixture
def tariffs() -> Path:
    return TARIFFS


@pytest.fixture(scope="module")
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


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy from the environment: it would take the tests' requests for 127.0.0.1 elsewhere."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
