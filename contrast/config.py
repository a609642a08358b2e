"""report.toml: the manifest of a report folder, validated with pydantic (``extra="forbid"``).

A report is a folder holding ``report.toml`` and the source files it lists. Validation
turns every problem into one ``ManifestError`` line that names the file, the source (by
id when it has one), the field, and what is allowed.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from contrast.errors import ManifestError
from contrast.genre import GenreId
from contrast.ingest import source_suffixes
from contrast.io import read_capped
from contrast.titles import derived_title

MANIFEST_NAME = "report.toml"

SLUG = r"^[a-z0-9][a-z0-9_-]{0,63}$"
PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

Slug = Annotated[str, Field(pattern=SLUG)]

TITLE_MAX = 300
"""Longest title (a headline is rarely over 150 characters); every manifest string is capped,
so a 1 MB title cannot stall the layout of every page that prints it."""
MANIFEST_MAX_BYTES = 64_000_000
"""report.toml is read only up to this size (100,000 sources take about 30 MB)."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


Title = Annotated[str, Field(min_length=1, max_length=TITLE_MAX)]
Subtitle = Annotated[str, Field(max_length=500)]
Name = Annotated[str, Field(max_length=200)]
"""An outlet, an author, the readers."""
LongText = Annotated[str, Field(max_length=1000)]
Url = Annotated[str, Field(max_length=2000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Origin(_Strict):
    id: Slug
    label: Annotated[str, Field(min_length=1, max_length=60)]
    colour: Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
    description: LongText = ""


class Source(_Strict):
    id: Slug
    path: Annotated[str, Field(min_length=1, max_length=500)]
    title: Title
    outlet: Name = ""
    author: Name = ""
    date: str = ""
    url: Url = ""
    retrieved: str = ""
    """When ``contrast add URL`` fetched the page (YYYY-MM-DD); empty for files added from disk."""
    origin: Slug
    genre: GenreId | None = None
    """What kind of text it is; left out, the build infers it from the title and outlet and marks it inferred."""

    @field_validator("path")
    @classmethod
    def _no_control_characters(cls, value: str) -> str:
        if _CONTROL.search(value):
            raise ValueError("must not contain control characters (a NUL, a newline…)")
        return value

    @field_validator("date", "retrieved")
    @classmethod
    def _partial_iso_date(cls, value: str) -> str:
        if value and not PARTIAL_DATE.match(value):
            raise ValueError("must be YYYY, YYYY-MM or YYYY-MM-DD")
        if len(value) == 10:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{value!r} is not a date in the calendar") from None
        return value

    @field_validator("url")
    @classmethod
    def _web_url(cls, value: str) -> str:
        if value and not re.match(r"^https?://\S+$", value):
            raise ValueError("must start with http:// or https:// (or be left empty)")
        return value


class Audience(_Strict):
    readers: Name = "Analysts"
    """Who the report is written for, shown on the cover."""
    blind: bool = False
    """Handout: hide origins and outlets on the student pages ("Source A"…); the teacher key reveals them."""
    max_grade: Annotated[float, Field(ge=1, le=18)] = 9
    """Handout: the US school grade (Flesch–Kincaid) its own prose must not exceed; above it the build warns."""


class Alignment(_Strict):
    backend: Literal["lexical", "semantic"] = "lexical"
    """``semantic`` weighs a local sentence model's closeness in meaning with the lexical evidence
    (``pip install 'contrast[semantic]'``)."""


Cue = Annotated[str, Field(min_length=1, max_length=80)]
Cues = Annotated[list[Cue], Field(max_length=1000)]


class LensTarget(_Strict):
    """An actor whose sentences the targeted-sentiment lens scores, and the names it goes by."""

    id: Slug
    label: Annotated[str, Field(min_length=1, max_length=60)]
    aliases: Annotated[list[Cue], Field(min_length=1, max_length=100)]


class Lenses(_Strict):
    """Per-report extensions of the packaged lexicons (``contrast/resources/lexicons``).

    Each lexicon table maps a category id to extra cues, added to the packaged ones
    (``[lenses.loaded] label = ["rogue state"]``); ``[[lenses.targets]]`` replaces the
    default targets (China, the United States) with the report's own actors.
    """

    certainty: dict[str, Cues] = {}
    loaded: dict[str, Cues] = {}
    attribution: dict[str, Cues] = {}
    frames: dict[str, Cues] = {}
    targets: Annotated[list[LensTarget], Field(max_length=100)] | None = None

    @model_validator(mode="after")
    def _categories_exist(self) -> Lenses:
        from contrast.resources import lexicon

        for name in ("certainty", "loaded", "attribution", "frames"):
            allowed = lexicon(name).ids
            for key, cues in getattr(self, name).items():
                if key not in allowed:
                    raise _FieldProblem(
                        ("lenses", name, key), f"unknown {name} category; allowed: {', '.join(allowed)}"
                    )
                _check_cues(("lenses", name, key), cues)
        if self.targets is not None:
            _require_unique("lenses.targets", [t.id for t in self.targets])
            for index, target in enumerate(self.targets):
                _check_cues(("lenses", "targets", index, "aliases"), target.aliases)
        return self

    def extra(self, name: str) -> dict[str, list[str]]:
        """The report's extra cues for lexicon ``name`` (category id → cues)."""
        return dict(getattr(self, name))


class Manifest(_Strict):
    title: Annotated[str, Field(max_length=TITLE_MAX)]
    """Empty (as ``contrast init`` writes it without ``--title``): made from the sources (``titles.derived_title``)."""
    subtitle: Subtitle = ""
    edition: dt.date
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")] = "en"
    audience: Audience = Audience()
    alignment: Alignment = Alignment()
    page_size: Literal["A4", "letter"] = "A4"
    """Paper size of every PDF: ``A4`` or US ``letter``."""
    lenses: Lenses = Lenses()
    origins: Annotated[list[Origin], Field(min_length=1)]
    sources: Annotated[list[Source], Field(min_length=1)]

    @model_validator(mode="after")
    def _title_from_sources(self) -> Manifest:
        """An empty title is made from the sources (never from the folder's name: check9 page notes)."""
        if not self.title:
            headlines = [s.title for s in self.sources]
            used = len({s.origin for s in self.sources})
            object.__setattr__(self, "title", derived_title(headlines, [s.date for s in self.sources], used))
        return self

    @model_validator(mode="after")
    def _references_are_consistent(self) -> Manifest:
        _require_unique("origins", [o.id for o in self.origins])
        _require_unique("sources", [s.id for s in self.sources])
        known = [o.id for o in self.origins]
        for index, source in enumerate(self.sources):
            if source.origin not in known:
                raise _FieldProblem(
                    ("sources", index, "origin"),
                    f"{source.origin!r} is not one of the report's origins; allowed: {', '.join(known)}",
                )
        return self

    def origin(self, origin_id: str) -> Origin:
        return next(o for o in self.origins if o.id == origin_id)


class _FieldProblem(ValueError):
    """Raised inside validators to point the error message at one field."""

    def __init__(self, location: tuple[str | int, ...], message: str) -> None:
        self.location = location
        super().__init__(message)


def _check_cues(location: tuple[str | int, ...], cues: list[str]) -> None:
    from contrast.resources import cue_problem

    for index, cue in enumerate(cues):
        problem = cue_problem(cue)
        if problem is not None:
            raise _FieldProblem((*location, index), f"{cue!r}: {problem}")


def _require_unique(kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for index, value in enumerate(ids):
        if value in seen:
            raise _FieldProblem((kind, index, "id"), f"duplicate id {value!r}; ids must be unique")
        seen.add(value)


@dataclass(frozen=True)
class Report:
    """A validated report folder: its manifest and the resolved path of every source."""

    root: Path
    manifest: Manifest
    source_paths: dict[str, Path]

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST_NAME

    @property
    def build_dir(self) -> Path:
        return self.root / "build"


def load_report(path: Path | str) -> Report:
    """Read and validate ``report.toml`` in ``path`` and check every source file exists inside it."""
    root = Path(path)
    if root.is_file() and root.name == MANIFEST_NAME:
        root = root.parent
    manifest_path = root / MANIFEST_NAME
    if not root.is_dir():
        raise ManifestError("report folder not found; pass a folder that holds report.toml", path=root)
    data = parse_toml(read_manifest_text(manifest_path), path=manifest_path)
    manifest = parse_manifest(data, manifest_path=manifest_path)
    resolved_root = root.resolve()
    source_paths = {
        source.id: _resolve_source_path(resolved_root, manifest_path, index, source)
        for index, source in enumerate(manifest.sources)
    }
    return Report(root=resolved_root, manifest=manifest, source_paths=source_paths)


def read_manifest_text(manifest_path: Path) -> str:
    """report.toml's text: a regular file inside the report folder (a link to a file elsewhere is
    not read), at most ``MANIFEST_MAX_BYTES``, UTF-8."""
    root = manifest_path.parent
    if not manifest_path.exists() and not manifest_path.is_symlink():
        raise ManifestError("no report.toml here; create one (see README, 'A report is a folder')", path=root)
    try:
        inside = manifest_path.resolve(strict=True).is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a dangling link or a loop
        raise ManifestError("is a link that leads nowhere (or to itself); it must be a file", path=manifest_path) from None
    if not inside:
        raise ManifestError("is a link to a file outside the report folder; put the manifest itself here", path=manifest_path)
    data = read_capped(manifest_path, kind="report.toml", limit=MANIFEST_MAX_BYTES, error=ManifestError)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=manifest_path) from None


def parse_toml(text: str, *, path: Path) -> dict[str, Any]:
    """The TOML document, or one ``ManifestError`` (bad syntax, or nested too deeply to read)."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"not valid TOML: {exc}", path=path) from None
    except RecursionError:
        raise ManifestError("not valid TOML: arrays or tables nested too deeply", path=path) from None


def parse_manifest(data: dict[str, Any], *, manifest_path: Path) -> Manifest:
    """Validate manifest data, turning the first problem into one readable ``ManifestError``."""
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        raise ManifestError(_describe_validation_error(exc, data), path=manifest_path) from None


class _OriginsOnly(_Strict):
    """The ``[[origins]]`` of a manifest alone: a report being set up may have no sources yet."""

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)
    origins: Annotated[list[Origin], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique(self) -> _OriginsOnly:
        _require_unique("origins", [o.id for o in self.origins])
        return self


def check_origins(data: dict[str, Any], *, manifest_path: Path) -> list[Origin]:
    """Validate only the origins of manifest ``data`` (``contrast origin``), with the messages of :func:`parse_manifest`."""
    try:
        return _OriginsOnly.model_validate(data).origins
    except ValidationError as exc:
        raise ManifestError(_describe_validation_error(exc, data), path=manifest_path) from None


def _describe_validation_error(exc: ValidationError, data: dict[str, Any]) -> str:
    error = exc.errors()[0]
    location: tuple[str | int, ...] = tuple(error["loc"])
    message = error["msg"]
    problem = (error.get("ctx") or {}).get("error")
    if isinstance(problem, _FieldProblem):
        location, message = problem.location, str(problem)
    elif message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    return f"{_describe_location(location, data)}: {_explain(error['type'], message, location)}"


def _describe_location(location: tuple[str | int, ...], data: dict[str, Any]) -> str:
    if len(location) >= 2 and location[0] in ("sources", "origins") and isinstance(location[1], int):
        table, index = location[0], location[1]
        entry = _entry(data, table, index)
        who = f"{table}[{index}]" + (f" (id {entry['id']!r})" if isinstance(entry.get("id"), str) else "")
        rest = location[2:]
        return who + (f", field {'.'.join(map(str, rest))!r}" if rest else "")
    return f"field {'.'.join(map(str, location))!r}" if location else "manifest"


def _entry(data: dict[str, Any], table: str, index: int) -> dict[str, Any]:
    entries = data.get(table)
    if isinstance(entries, list) and index < len(entries) and isinstance(entries[index], dict):
        return entries[index]
    return {}


_ALLOWED_FIELDS = {
    "Manifest": sorted(Manifest.model_fields),
    "sources": sorted(Source.model_fields),
    "origins": sorted(Origin.model_fields),
    "audience": sorted(Audience.model_fields),
    "alignment": sorted(Alignment.model_fields),
    "lenses": sorted(Lenses.model_fields),
    "targets": sorted(LensTarget.model_fields),
}


def _explain(error_type: str, message: str, location: tuple[str | int, ...]) -> str:
    if error_type == "extra_forbidden":
        tables = [part for part in location[:-1] if isinstance(part, str)]
        table = tables[-1] if tables else "Manifest"
        allowed = _ALLOWED_FIELDS.get(table, [])
        return f"unknown field; allowed: {', '.join(allowed)}"
    if error_type == "missing":
        if location == ("sources",):
            return ("the report has no sources yet: add web pages or files with `contrast add REPORT_DIR FILE_OR_URL... "
                    "--origin ID`, or write [[sources]] tables (see README, 'A report is a folder')")
        if location == ("origins",):
            return "required field is missing: add at least one [[origins]] table (or `contrast origin add`)"
        return "required field is missing"
    if error_type == "string_pattern_mismatch":
        field = str(location[-1])
        if field in ("id", "origin"):
            return "must be a lowercase slug (letters, digits, '-' or '_', at most 64 characters)"
        if field == "colour":
            return "must be a hex colour like '#1f5fa8'"
        if field == "language":
            return "must be a two-letter ISO 639-1 code like 'en'"
    if error_type == "too_short" and location and location[-1] in ("sources", "origins"):
        return f"at least one entry is required in [[{location[-1]}]]"
    return message[0].lower() + message[1:] if message else message


def _resolve_source_path(root: Path, manifest_path: Path, index: int, source: Source) -> Path:
    where = f"sources[{index}] (id {source.id!r}), field 'path'"
    relative = Path(source.path)
    if relative.is_absolute() or source.path.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", source.path):
        raise ManifestError(f"{where}: {source.path!r} is absolute; give a path relative to the report folder", path=manifest_path)
    if ".." in relative.parts:
        raise ManifestError(f"{where}: {source.path!r} leaves the report folder ('..' is not allowed)", path=manifest_path)
    candidate = root / relative
    try:
        resolved = candidate.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a loop of links (Python < 3.13)
        raise ManifestError(f"{where}: {source.path!r} is a link that leads to itself (a loop)", path=manifest_path) from None
    if not resolved.is_relative_to(root):
        raise ManifestError(f"{where}: {source.path!r} is a link that points outside the report folder", path=manifest_path)
    if not resolved.is_file():
        if resolved.is_dir():
            problem = f"{source.path!r} is a folder, not a file"
        elif resolved.exists():
            problem = f"{source.path!r} is not a regular file (a pipe or device)"
        elif candidate.is_symlink():
            problem = f"{source.path!r} is a link to a file that does not exist"
        else:
            problem = f"file {source.path!r} not found in the report folder"
        raise ManifestError(f"{where}: {problem}", path=manifest_path)
    if resolved.suffix.lower() not in source_suffixes():
        raise ManifestError(
            f"{where}: {resolved.suffix or 'no extension'!r} files are not supported; allowed: {', '.join(source_suffixes())}",
            path=manifest_path,
        )
    return resolved
