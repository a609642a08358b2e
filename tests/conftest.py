from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy from the environment: it would take the tests' requests for 127.0.0.1 elsewhere."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
