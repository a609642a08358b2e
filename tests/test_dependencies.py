"""What the code imports is declared, the lock pins it with hashes, and this environment is the lock.

A fresh machine gets what pyproject.toml and the lock say, nothing a developer installed by
hand: lxml 6 stopped installing ``lxml.html.clean`` while the suite still passed on an old
machine, and every saved web page became unreadable for new users.
"""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import re
import sys
import tomllib

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = REPO / "requirements.lock"


def _makefile_variable(name: str) -> str:
    found = re.search(rf"^{name} := (.*)$", (REPO / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    assert found is not None, f"{name} is not set in the Makefile"
    return found.group(1).strip()


LOCKED_EXTRAS = tuple(_makefile_variable("LOCK_EXTRAS").split())
"""The extras ``make lock`` locks; other extras are installed on top of the lock."""

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _requirements(*, extras: tuple[str, ...] = ()) -> list[Requirement]:
    project = PYPROJECT["project"]
    texts = list(project["dependencies"]) + [text for extra in extras for text in project["optional-dependencies"][extra]]
    return [Requirement(text) for text in texts]


def _declared(*, extras: tuple[str, ...]) -> set[str]:
    return {canonicalize_name(requirement.name) for requirement in _requirements(extras=extras)}


def _third_party_imports() -> dict[str, set[str]]:
    """Top-level module → the contrast modules importing it (stdlib and contrast itself left out)."""
    found: dict[str, set[str]] = {}
    for path in sorted((REPO / "contrast").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "contrast" and top not in sys.stdlib_module_names:
                    found.setdefault(top, set()).add(str(path.relative_to(REPO)))
    return found


def _lock_entries() -> list[list[str]]:
    """The lock's requirements, each its first line (``name==version ; marker``) and its ``--hash`` lines."""
    entries: list[list[str]] = []
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace():
            entries[-1].append(line.strip())
        else:
            entries.append([line.strip()])
    return entries


def _locked() -> dict[str, tuple[Version, Marker | None]]:
    """Pins of the lock that apply to this interpreter: name → (version, marker)."""
    pins: dict[str, tuple[Version, Marker | None]] = {}
    for first, *_ in _lock_entries():
        match = _PIN.match(first)
        assert match is not None, f"not an exact pin in requirements.lock: {first}"
        name, version, marker_text = match.groups()
        marker = Marker(marker_text) if marker_text else None
        if marker is None or marker.evaluate():
            pins[canonicalize_name(name)] = (Version(version), marker)
    return pins


def test_every_package_the_code_imports_is_declared() -> None:
    """An import satisfied only by a transitive dependency breaks when that dependency changes."""
    modules_to_distributions = metadata.packages_distributions()
    declared = _declared(extras=tuple(PYPROJECT["project"]["optional-dependencies"]))
    undeclared = {}
    for module, users in _third_party_imports().items():
        distributions = modules_to_distributions.get(module) or [module]  # not installed: an optional extra's
        if not any(canonicalize_name(name) in declared for name in distributions):
            undeclared[module] = sorted(users)
    assert undeclared == {}


def test_modules_imported_unguarded_are_core_dependencies() -> None:
    """Only the optional backends may import a package from an extra: the semantic alignment
    backend and the Dask executor (which names `pip install 'contrast[dask]'` when it is missing)."""
    modules_to_distributions = metadata.packages_distributions()
    core = _declared(extras=())
    optional_users = {"contrast/claims/semantic.py", "contrast/engine/cluster.py"}
    outside_core = {
        module: sorted(users - optional_users)
        for module, users in _third_party_imports().items()
        if not any(canonicalize_name(name) in core for name in modules_to_distributions.get(module) or [module])
    }
    assert {module: users for module, users in outside_core.items() if users} == {}


def test_html_cleaner_the_html_reader_needs_is_declared() -> None:
    """trafilatura → justext → ``lxml.html.clean``, which lxml ≥ 5.2 moved to its own package."""
    assert "lxml-html-clean" in _declared(extras=())


def test_the_lock_pins_every_package_with_hashes() -> None:
    entries = _lock_entries()
    assert len(entries) > 50
    for first, *rest in entries:
        assert _PIN.match(first), first
        assert rest and all(re.fullmatch(r"--hash=sha256:[0-9a-f]{64}( \\)?", line) for line in rest), first


def test_the_lock_satisfies_pyproject() -> None:
    """A range changed in pyproject.toml without `make lock` fails here, not on a user's machine."""
    locked = _locked()
    build = [Requirement(text) for text in PYPROJECT["dependency-groups"]["build"]]
    for requirement in _requirements(extras=LOCKED_EXTRAS) + build:
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement.name} is not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(locked[name][0], prereleases=True), (
            f"requirements.lock pins {requirement.name}=={locked[name][0]}, outside {requirement}: run `make lock`"
        )


def test_this_environment_is_the_lock() -> None:
    """The suite passes with the lock's versions, so the lock is what was tested."""
    drift = {}
    for name, (version, _marker) in _locked().items():
        try:
            installed = Version(metadata.version(name))
        except metadata.PackageNotFoundError:
            drift[name] = f"locked {version}, not installed"
            continue
        if installed != version:
            drift[name] = f"locked {version}, installed {installed}"
    assert drift == {}, f"{drift}: run `make test` (it installs the lock) or `make lock` after a deliberate upgrade"


def test_no_declared_range_is_open_for_a_known_breaking_major() -> None:
    """textstat 0.8/1.0 rewrite the internals ``textstat_exact`` mirrors; its parity is with 0.7.x."""
    textstat = next(r for r in _requirements() if canonicalize_name(r.name) == "textstat")
    assert not textstat.specifier.contains("0.8.0") and not textstat.specifier.contains("1.0.0")
