"""A machine without Pango gets one line naming the package to install, never a traceback.

Simulated, never by uninstalling anything: a ``sitecustomize`` on PYTHONPATH makes cffi's
``dlopen`` fail for Pango the way the dynamic loader does when the library is absent, in the
command and in every process it starts (the PDF worker too). WeasyPrint's own import code
then runs as on such a machine: it prints its troubleshooting banner and raises ``OSError``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reportkit import make_report

NO_PANGO = '''
import cffi

_dlopen = cffi.FFI.dlopen


def _without_pango(self, name, *args, **kwargs):
    if "pango" in str(name):
        raise OSError(f"cannot load library {name!r}: {name}: cannot open shared object file: No such file or directory")
    return _dlopen(self, name, *args, **kwargs)


cffi.FFI.dlopen = _without_pango
'''


@pytest.fixture
def without_pango(tmp_path: Path) -> dict[str, str]:
    """An environment whose Python processes cannot load Pango."""
    site = tmp_path / "no-pango"
    site.mkdir()
    (site / "sitecustomize.py").write_text(NO_PANGO, encoding="utf-8")
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])))


def _one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr + done.stdout
    assert "WeasyPrint could not import some external libraries" not in done.stderr + done.stdout  # its banner
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_the_simulation_really_stops_weasyprint(without_pango: dict[str, str]) -> None:
    done = subprocess.run([sys.executable, "-c", "import weasyprint"], env=without_pango, capture_output=True, text=True)
    assert done.returncode != 0
    assert "OSError: cannot load library 'libpango-1.0-0'" in done.stderr


def test_check_names_the_library_and_the_package(without_pango: dict[str, str]) -> None:
    """What `make demo` runs before building."""
    done = subprocess.run(
        [sys.executable, "-m", "contrast.system_libraries"], env=without_pango, capture_output=True, text=True
    )
    assert done.returncode == 3
    line = _one_error_line(done)
    assert line.startswith("error: WeasyPrint")
    assert "'libpango-1.0-0'" in line
    assert "apt-get install libpango-1.0-0 libpangoft2-1.0-0" in line


def test_check_is_silent_when_pango_is_there() -> None:
    done = subprocess.run([sys.executable, "-m", "contrast.system_libraries"], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def _build(report: Path, *options: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "contrast", "build", str(report), *options]
    return subprocess.run(command, env=env, capture_output=True, text=True, cwd=report.parent)


def test_build_without_pango_is_one_line_and_exit_3(without_pango: dict[str, str], tmp_path: Path) -> None:
    report = make_report(tmp_path / "report")
    done = _build(report, "-q", env=without_pango)
    assert done.returncode == 3, done.stderr
    line = _one_error_line(done)
    assert "cannot load the system library 'libpango-1.0-0'" in line
    assert "apt-get install libpango-1.0-0" in line
    assert not list((report / "build").glob("*.pdf"))


def test_json_build_without_pango_reports_exit_3(without_pango: dict[str, str], tmp_path: Path) -> None:
    done = _build(make_report(tmp_path / "report"), "--json", env=without_pango)
    assert done.returncode == 3
    assert '"exit_code": 3' in done.stdout
