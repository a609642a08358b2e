"""``contrast add``: copy source files into a report and list them in report.toml.

The manifest is edited with tomlkit, so its comments and layout survive. Everything is
checked first — the origin exists, each file reads as text, the resulting manifest
validates — and only then are files copied and report.toml rewritten (atomically), so a
refused ``add`` changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import tomlkit

from contrast.config import MANIFEST_NAME, SOURCE_SUFFIXES, parse_manifest
from contrast.errors import IngestError, ManifestError
from contrast.ingest import read_source
from contrast.io import write_bytes_atomic, write_text_atomic

TITLE_MAX = 200


@dataclass(frozen=True)
class SourceFields:
    """Manifest fields given on the command line; empty ones are filled from the file's own metadata."""

    origin: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    date: str = ""
    url: str = ""


def add_sources(root: Path, files: list[Path], fields: SourceFields) -> list[str]:
    """Add ``files`` to the report at ``root``; return the new source ids."""
    manifest_path = root / MANIFEST_NAME
    if not manifest_path.is_file():
        raise ManifestError("no report.toml here; run `contrast init` first", path=root)
    document = tomlkit.parse(manifest_path.read_text(encoding="utf-8"))
    origins = [str(o.get("id")) for o in document.get("origins", [])]
    if fields.origin not in origins:
        raise ManifestError(f"origin {fields.origin!r} is not defined; allowed: {', '.join(origins)}", path=manifest_path)
    if fields.title and len(files) > 1:
        raise ManifestError("--title names one source; add files one at a time to give each a title", path=manifest_path)
    taken_ids = {str(s.get("id")) for s in document.get("sources", [])}
    taken_paths = {str(s.get("path")) for s in document.get("sources", [])}
    copies: list[tuple[Path, bytes]] = []
    new_ids: list[str] = []
    sources = document.get("sources")
    if sources is None:
        sources = tomlkit.aot()
        document.append("sources", sources)
    for file in files:
        if file.suffix.lower() not in SOURCE_SUFFIXES:
            raise IngestError(f"{file.suffix or 'no extension'!r} files are not supported; allowed: {', '.join(SOURCE_SUFFIXES)}", path=file)
        if not file.is_file():
            raise IngestError("file not found", path=file)
        raw = read_source(file)
        source_id = _unique(_slug(file.stem), taken_ids)
        relative = _unique_path(f"sources/{file.name}", taken_paths, root)
        taken_ids.add(source_id)
        taken_paths.add(relative)
        table = tomlkit.table()
        table.add("id", source_id)
        table.add("path", relative)
        table.add("title", fields.title or raw.metadata.get("title") or _first_line(raw.text) or file.stem)
        for key in ("outlet", "author", "date", "url"):
            table.add(key, getattr(fields, key) or raw.metadata.get(key, ""))
        table.add("origin", fields.origin)
        sources.append(table)
        copies.append((root / relative, file.read_bytes()))
        new_ids.append(source_id)
    parse_manifest(document.unwrap(), manifest_path=manifest_path)
    for destination, data in copies:
        write_bytes_atomic(destination, data)
    write_text_atomic(manifest_path, _spaced(tomlkit.dumps(document)))
    return new_ids


def _spaced(text: str) -> str:
    """A blank line before every [[sources]] table, as people write them (tomlkit appends them tight)."""
    return re.sub(r"(?<=[^\n])\n\[\[sources\]\]", "\n\n[[sources]]", text)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]
    return slug if slug and slug[0].isalnum() else f"source-{slug}".strip("-")


def _unique(candidate: str, taken: set[str]) -> str:
    if candidate not in taken:
        return candidate
    number = 2
    while f"{candidate}-{number}" in taken:
        number += 1
    return f"{candidate}-{number}"


def _unique_path(relative: str, taken: set[str], root: Path) -> str:
    path = Path(relative)
    candidate, number = relative, 2
    while candidate in taken or (root / candidate).exists():
        candidate = str(path.with_name(f"{path.stem}-{number}{path.suffix}"))
        number += 1
    return candidate


def _first_line(text: str) -> str:
    """The first non-empty line, markdown heading marks and emphasis removed: most captures start with the headline."""
    for line in text.splitlines():
        cleaned = re.sub(r"^#+\s*|[*_]{1,3}", "", line).strip()
        if cleaned:
            return cleaned[:TITLE_MAX]
    return ""
