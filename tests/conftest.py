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
