"""The README names everything a user can set or call, and names nothing that does not exist.

In the style of datasette's documentation tests: the lists come from the code (the manifest
models, the CLI's commands and options, the metric, lens and input-format registries, the
build's steps and cached stages), so a new field, option, metric, lens or format fails
here until the README says what it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
import typer
from pydantic import BaseModel

from contrast.cli import app
from contrast.config import Manifest
from contrast.ingest import input_formats
from contrast.metrics import available_metrics, lens_specs
from contrast.stages import STEPS, cached_stages
from tests.conftest import REPO


@cache
def readme() -> str:
    return (REPO / "README.md").read_text(encoding="utf-8")


def manifest_fields(model: type[BaseModel] = Manifest, prefix: str = "") -> Iterator[str]:
    """Every field of report.toml, dotted (``audience.max_grade``, ``lenses.targets.aliases``)."""
    for name, field in model.model_fields.items():
        yield prefix + name
        for kind in _types_in(field.annotation):
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                yield from manifest_fields(kind, prefix + name + ".")


def _types_in(annotation: Any) -> Iterator[Any]:
    """``annotation`` and every type inside it, however nested (``Annotated[list[X], …] | None``)."""
    yield annotation
    for inner in getattr(annotation, "__args__", ()):
        yield from _types_in(inner)


@cache
def commands() -> dict[str, Any]:
    """``contrast <command>`` (and ``contrast <group> <command>``) → the (click) command."""
    group = typer.main.get_command(app)
    found: dict[str, Any] = {}
    for name, command in getattr(group, "commands", {}).items():
        found[name] = command
        found.update({f"{name} {sub}": c for sub, c in getattr(command, "commands", {}).items()})
    assert found, "the CLI has no commands"
    return found


@pytest.mark.parametrize("field", sorted(set(manifest_fields())))
def test_every_manifest_field_is_in_the_readme(field: str) -> None:
    name = field.rsplit(".", 1)[-1]
    if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", readme()):
        pytest.fail(f"report.toml field {field!r} is not in the README")


def test_the_field_walk_reaches_nested_tables() -> None:
    fields = set(manifest_fields())
    assert {"audience.max_grade", "origins.colour", "sources.url", "lenses.targets.aliases"} <= fields


@pytest.mark.parametrize("command", sorted(commands()))
def test_every_command_and_option_is_in_the_readme(command: str) -> None:
    if f"contrast {command}" not in readme():
        pytest.fail(f"command `contrast {command}` is not in the README")
    for parameter in commands()[command].params:
        for option in getattr(parameter, "opts", ()) if getattr(parameter, "param_type_name", "") == "option" else ():
            if option.startswith("--") and option != "--help" and option not in readme():
                pytest.fail(f"option {option} of `contrast {command}` is not in the README")


def test_every_command_the_readme_names_exists() -> None:
    named = set(re.findall(r"`contrast ([a-z][a-z-]*(?: [a-z][a-z-]*)?)", readme()))
    named |= set(re.findall(r"^\| `contrast ([a-z][a-z-]*)", readme(), re.MULTILINE))
    assert named, "the README names no command"
    unknown = sorted(n for n in named if n not in commands() and n.split()[0] not in commands())
    assert not unknown, f"the README names commands that do not exist: {unknown}"


@pytest.mark.parametrize("name", available_metrics())
def test_every_metric_is_in_the_readme(name: str) -> None:
    if f"`{name}`" not in readme():
        pytest.fail(f"metric {name!r} is not in the README")


@pytest.mark.parametrize("lens", [spec.id for spec in lens_specs()])
def test_every_lens_is_in_the_readme(lens: str) -> None:
    if f"`{lens}`" not in readme():
        pytest.fail(f"lens {lens!r} is not in the README")


@pytest.mark.parametrize("suffix", [s for f in input_formats() for s in f.suffixes])
def test_every_input_format_is_in_the_readme(suffix: str) -> None:
    if suffix not in readme():
        pytest.fail(f"source files {suffix} are read but the README does not say so")


@pytest.mark.parametrize("stage", [step.name for step in STEPS] + list(cached_stages()))
def test_every_step_and_cached_stage_is_in_the_readme(stage: str) -> None:
    if f"**{stage}**" not in readme() and f"`{stage}`" not in readme():
        pytest.fail(f"stage {stage!r} is not in the README")


def test_module_paths_the_readme_names_exist() -> None:
    paths = set(re.findall(r"`(contrast/[\w/.]+?)`", readme()))
    assert paths, "the README names no module"
    missing = sorted(p for p in paths if not (REPO / p.split(" ")[0].rstrip(".")).exists())
    assert not missing, f"the README names files that do not exist: {missing}"
