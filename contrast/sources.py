"""``contrast add``: copy source files, or fetch web pages, into a report and list them in report.toml.

The manifest is edited with tomlkit, so its comments and layout survive. Everything is
checked first — the origin exists, each URL fetches (``contrast.fetch``) and each file
reads with its format's reader, nothing is already in the report, the resulting manifest
validates — and only then are files written into ``sources/`` and report.toml replaced
(atomically), so a refused ``add`` changes nothing: all of its files or URLs are added,
or none.

A fetched page is saved as the server sent it, under a name made from its URL
(``contrast.fetch.page_name``), with its URL and the retrieval date in the manifest;
from then on it is a saved web page like any other, and a build never goes online.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import tomlkit

from contrast.config import PARTIAL_DATE, SLUG, parse_manifest
from contrast.errors import ContrastError, FetchError, IngestError, ManifestError
from contrast.fetch import SAVE_FROM_BROWSER, FetchLimits, check_url, fetch, is_url, looks_like_web_address, page_name, shown, site_name
from contrast.ingest import RawText, read_source, source_suffixes
from contrast.io import write_bytes_atomic, write_text_atomic
from contrast.origins import read_document

TITLE_MAX = 200
"""A title taken from the file (its first line, its metadata) is cut here; the manifest allows 300."""
FIELD_MAX = {"outlet": 200, "author": 200, "date": 40, "url": 2000}
"""What a file says about itself is cut to what the manifest accepts (``contrast.config``)."""


@dataclass(frozen=True)
class SourceFields:
    """Manifest fields given on the command line; empty ones are filled from the file's own metadata."""

    origin: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    id: str = ""


@dataclass(frozen=True)
class Added:
    """One source ``add`` listed: its id, its path in the report and where it came from."""

    id: str
    path: str
    title: str
    origin: str
    url: str = ""


@dataclass(frozen=True)
class _Candidate:
    """A file or page read and checked, not yet written."""

    label: str
    """How messages name it: the file's path or the URL."""
    data: bytes
    raw: RawText
    stem: str
    suffix: str
    url: str = ""
    retrieved: str = ""


def add_sources(
    root: Path,
    items: list[str | Path],
    fields: SourceFields,
    *,
    allow_duplicate: bool = False,
    limits: FetchLimits | None = None,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Added]:
    """Add files or ``http(s)://`` URLs to the report at ``root``; all or none of them."""
    manifest_path, document = read_document(root)
    origins = [str(o.get("id")) for o in document.get("origins", [])]
    if fields.origin not in origins:
        raise ManifestError(
            f"origin {fields.origin!r} is not defined; allowed: {', '.join(origins)} "
            f"(or define it first: contrast origin add {root} {fields.origin} --label LABEL)",
            path=manifest_path,
        )
    for option, value in (("--title", fields.title), ("--id", fields.id)):
        if value and len(items) > 1:
            raise ManifestError(f"{option} names one source; add files or URLs one at a time to give each its own", path=manifest_path)
    existing = [s for s in document.get("sources", []) if isinstance(s, dict)]
    taken_ids = {str(s.get("id")) for s in existing}
    if fields.id:
        if not re.match(SLUG, fields.id):
            raise ManifestError(f"--id {fields.id!r}: must be a lowercase slug (letters, digits, '-' or '_', at most 64 characters)")
        if fields.id in taken_ids:
            raise ManifestError(f"--id {fields.id!r}: a source with this id is already in the report; choose another", path=manifest_path)
    known = _Known(root, existing)
    candidates: list[_Candidate] = []
    for item in items:
        if is_url(str(item)):
            if not allow_duplicate:  # before going online: the URL alone may say it is there already
                known.refuse_url(shown(str(item)), check_url(str(item)))
            candidate = _fetched(str(item), limits=limits or FetchLimits(), today=today, progress=progress)
        else:
            candidate = _read(Path(item))
        if not allow_duplicate:
            known.refuse_duplicate(candidate)
        known.remember(candidate)
        candidates.append(candidate)

    sources = document.get("sources")
    if sources is None:
        sources = tomlkit.aot()
        document.append("sources", sources)
    taken_paths = {str(s.get("path")) for s in existing}
    writes: list[tuple[Path, bytes]] = []
    added: list[Added] = []
    for candidate in candidates:
        source_id = fields.id or _unique(_slug(candidate.stem), taken_ids)
        relative = _unique_path(f"sources/{candidate.stem}{candidate.suffix}", taken_paths, root)
        taken_ids.add(source_id)
        taken_paths.add(relative)
        facts = {key: _plain(value) for key, value in candidate.raw.metadata.items()}
        table = tomlkit.table()
        table.add("id", source_id)
        table.add("path", relative)
        title = fields.title or facts.get("title") or _first_line(candidate.raw.text) or candidate.stem
        table.add("title", title[:TITLE_MAX])
        for key in ("outlet", "author", "date", "url"):
            value = getattr(fields, key) or (candidate.url if key == "url" else "") or _fit(facts.get(key, ""), FIELD_MAX[key])
            if key == "outlet" and not value and candidate.url:
                value = site_name(candidate.url)  # a page that does not name its site: its address does
            if key == "date" and value and not fields.date and not PARTIAL_DATE.match(value):
                raise ContrastError(
                    f"{candidate.label}: its date {value[:40]!r} is not YYYY, YYYY-MM or YYYY-MM-DD; give one with --date"
                )
            table.add(key, value)
        if candidate.retrieved:
            table.add("retrieved", candidate.retrieved)
        table.add("origin", fields.origin)
        sources.append(table)
        writes.append((root / relative, candidate.data))
        added.append(Added(source_id, relative, title, fields.origin, candidate.url))
    parse_manifest(document.unwrap(), manifest_path=manifest_path)
    try:
        _write_all(writes, manifest_path, _spaced(tomlkit.dumps(document)))
    except OSError as exc:  # a read-only report folder, a full disk: the files written so far are gone again
        raise ManifestError(f"cannot write into the report folder ({exc.strerror or exc}); nothing was added", path=root) from None
    return added


def same_content_warnings(digests: dict[str, str]) -> tuple[str, ...]:
    """Sources (id → SHA-256 of the file) that are the same file byte for byte: ``add`` refuses
    them unless told (``--allow-duplicate``), but a manifest written by hand can list them, and
    every figure would then count that text twice."""
    by_digest: dict[str, list[str]] = {}
    for source_id, digest in digests.items():
        by_digest.setdefault(digest, []).append(source_id)
    return tuple(
        f"sources {' and '.join(repr(i) for i in ids)} are the same file, byte for byte, and each is counted "
        "(remove all but one from report.toml, unless you mean to count it twice)"
        for ids in by_digest.values()
        if len(ids) > 1
    )


class _Known:
    """What the report already holds, to refuse adding the same content or URL twice."""

    def __init__(self, root: Path, existing: list[dict[str, object]]) -> None:
        self.root = root
        self.existing = existing
        self._hashes: dict[str, str] | None = None
        self.urls = {str(s.get("url")): f"as source {s.get('id')!r}" for s in existing if s.get("url")}
        self.batch: dict[str, str] = {}

    def hashes(self) -> dict[str, str]:
        """SHA-256 of each listed source file → its id (files that cannot be read are skipped)."""
        if self._hashes is None:
            self._hashes = {}
            for source in self.existing:
                path = self.root / str(source.get("path", ""))
                try:
                    if path.resolve().is_relative_to(self.root.resolve()) and path.is_file():
                        self._hashes.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), str(source.get("id")))
                except (OSError, RuntimeError, ValueError):  # unreadable, a loop of links, a NUL in the path
                    continue
        return self._hashes

    def refuse_duplicate(self, candidate: _Candidate) -> None:
        digest = candidate.raw.sha256
        hint = "nothing was added (use --allow-duplicate to add it anyway)"
        if digest in self.batch:
            raise ContrastError(f"{candidate.label}: same content as {self.batch[digest]}, given just before; {hint}")
        if digest in self.hashes():
            same = self.hashes()[digest]
            raise ContrastError(f"{candidate.label}: same content as source {same!r}, already in the report; {hint}")
        if candidate.url:
            self.refuse_url(candidate.label, candidate.url)

    def refuse_url(self, label: str, url: str) -> None:
        if url in self.urls:
            hint = "nothing was added (use --allow-duplicate to add it anyway)"
            raise ContrastError(f"{label}: this URL is already in the report {self.urls[url]}; {hint}")

    def remember(self, candidate: _Candidate) -> None:
        self.batch.setdefault(candidate.raw.sha256, candidate.label)
        if candidate.url:
            self.urls.setdefault(candidate.url, "(given just before)")


def _read(file: Path) -> _Candidate:
    """A file from disk, read with its format's reader (web pages and PDFs in the parser worker)."""
    if not file.exists() and looks_like_web_address(str(file)):
        raise IngestError(f"file not found (if it is a web page, give its whole URL: {shown('https://' + str(file))})", path=file)
    if file.suffix.lower() not in source_suffixes():
        allowed = ", ".join(source_suffixes())
        raise IngestError(f"{file.suffix or 'no extension'!r} files are not supported; allowed: {allowed}", path=file)
    if not file.is_file():
        raise IngestError("file not found", path=file)
    raw = read_source(file)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read the file ({exc.strerror})", path=file) from None
    if hashlib.sha256(data).hexdigest() != raw.sha256:
        raise IngestError("the file changed while it was being added; try again", path=file)
    return _Candidate(label=str(file), data=data, raw=raw, stem=file.stem, suffix=file.suffix)


def _fetched(url: str, *, limits: FetchLimits, today: dt.date | None, progress: Callable[[str], None] | None) -> _Candidate:
    """A page fetched and read like a saved file of its type; a page with no article is refused here, not at build time."""
    if progress is not None:
        progress(f"Fetching {shown(url)}")
    page = fetch(url, limits=limits)
    with tempfile.TemporaryDirectory(prefix="contrast-fetch-") as folder:
        saved = Path(folder) / f"page{page.suffix}"
        saved.write_bytes(page.data)
        try:
            raw = read_source(saved)
        except IngestError as exc:
            raise FetchError(
                shown(url),
                f"{exc.message}; nothing was added ({SAVE_FROM_BROWSER})",
            ) from None
    return _Candidate(
        label=shown(url),
        data=page.data,
        raw=raw,
        stem=page_name(page.url),
        suffix=page.suffix,
        url=page.url,
        retrieved=(today or dt.date.today()).isoformat(),
    )


def _fit(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _write_all(writes: list[tuple[Path, bytes]], manifest_path: Path, manifest_text: str) -> None:
    """Source files first, the manifest last; if anything fails, the files written so far go again."""
    written: list[Path] = []
    try:
        for destination, data in writes:
            write_bytes_atomic(destination, data)
            written.append(destination)
        write_text_atomic(manifest_path, manifest_text)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _plain(value: str) -> str:
    """A field a file or page supplies, as one line of text: control characters (a hostile page's
    terminal escapes) and runs of white space become one space."""
    return re.sub(r"[\s\x00-\x1f\x7f-\x9f]+", " ", value).strip()


def _spaced(text: str) -> str:
    """A blank line before every [[sources]] table, as people write them (tomlkit appends them
    tight), and a newline at the end."""
    text = re.sub(r"(?<=[^\n])\n\[\[sources\]\]", "\n\n[[sources]]", text)
    return text if text.endswith("\n") else text + "\n"


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
    """The first non-empty line, markdown heading marks, emphasis and a ``title:`` label removed:
    most captures start with the headline."""
    for line in text.splitlines():
        cleaned = re.sub(r"^#+\s*|[*_]{1,3}", "", line).strip()
        cleaned = _plain(re.sub(r"^title\s*:\s*", "", cleaned, flags=re.IGNORECASE))
        if cleaned:
            return cleaned[:TITLE_MAX]
    return ""
