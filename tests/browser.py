"""A real browser for the documents' screen tests: Debian's Chromium driven by selenium.

Chromium and its driver are system packages (``.ci/run`` installs ``chromium`` and
``chromium-driver``); selenium comes from the lock. Both paths are given to selenium, so it
never looks for (or downloads) a driver of its own. Where the browser is missing the tests
skip and say why — except in CI (``CI=true``), where a skipped browser test would hide that
the documents were never looked at on a screen, so they fail instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

WIDTHS = (390, 1280)
"""A phone (iPhone 12–15 portrait) and a laptop, in CSS pixels."""
ARTEFACTS = Path(os.environ.get("CONTRAST_TEST_ARTEFACTS", REPO / "build" / "test-artefacts"))
"""Where screenshots are kept for a person to open after the run."""


def _executables() -> tuple[str, str] | str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if browser and driver:
        return browser, driver
    return "Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does)"


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium session; skips (fails in CI) when the browser is not installed."""
    found = _executables()
    if isinstance(found, str):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{found}: CI must run the browser tests")
        pytest.skip(found)
    browser, driver_path = found
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--no-first-run"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def open_at(driver: Any, page: Path, width: int, height: int = 900) -> dict[str, Any]:
    """Load ``page`` in a window ``width`` CSS pixels wide; the layout facts the tests assert on."""
    driver.set_window_size(width, height)
    driver.get("about:blank")  # a fresh navigation each time, not a reload of the page already open at another width
    driver.get(page.resolve().as_uri())
    # The same page opened a second time (390 px, then 1280 px) was read, twice in loaded suites (load 10-16), before
    # its last sections existed: the table of contents' links to #per-source … #appendix had no targets, and the test
    # passed alone. Read the page only once the browser says it is wholly parsed and loaded.
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")
    return driver.execute_script(
        """
        const root = document.documentElement;
        return {
          innerWidth: window.innerWidth,
          scrollWidth: root.scrollWidth,
          scrollHeight: root.scrollHeight,
          viewport: (document.querySelector('meta[name=viewport]') || {}).content || null,
          imagesWithoutAlt: [...document.images].filter(i => !(i.getAttribute('alt') || '').trim()).map(i => i.src.slice(0, 60)),
          images: document.images.length,
          tocLinks: [...document.querySelectorAll('nav.toc a[href^="#"]')].map(a => a.getAttribute('href')),
          missingTargets: [...document.querySelectorAll('nav.toc a[href^="#"]')]
              .filter(a => !document.getElementById(a.getAttribute('href').slice(1))).map(a => a.getAttribute('href')),
          pastColumn: (() => {
            const body = document.body.getBoundingClientRect();
            const edge = body.right - parseFloat(getComputedStyle(document.body).paddingRight) + 1;
            return [...document.body.querySelectorAll('table, figure, img, blockquote, .panel, .headline-grid')]
              .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > edge)
              .slice(0, 5).map(e => e.tagName + '.' + e.className + ' +' + Math.round(e.getBoundingClientRect().right - edge) + 'px');
          })(),
          wideElements: [...document.body.querySelectorAll('*')]
              .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1 && !e.closest('table'))
              .slice(0, 5).map(e => e.tagName + '.' + e.className),
        };
        """
    )


def screenshot(driver: Any, name: str, height: int) -> Path:
    """A full-height screenshot kept under :data:`ARTEFACTS` (capped at 16,000 px)."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    width = driver.execute_script("return window.innerWidth")
    driver.set_window_size(width, min(height, 16000))
    path = ARTEFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path
