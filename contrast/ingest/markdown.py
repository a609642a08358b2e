"""Markdown and plain-text files → text, with a front matter or header block read as metadata
and kept out of the text.

Notes apps, static-site generators and web clippers (Obsidian, Jekyll, Hugo, MarkDownload)
open a saved article with a block such as::

    ---
    title: "Beijing stages culture week"
    author: Jane Roe
    date: 2025-06-02T08:30:00+08:00
    url: https://example.com/culture-week
    ---

Its ``title``, ``author``, ``date``, ``url`` (and ``outlet``, ``source`` or ``site``) fill
the manifest fields ``contrast add`` is not given, and the block is not measured as the
article's first sentences. Only flat ``key: value`` lines are read — quoted or plain
scalars, ``[a, b]`` and ``- item`` lists — not YAML as a whole: no anchors or tags, so a
hostile file cannot expand aliases, and nothing a front matter says runs or imports.

Plain-text captures (and Markdown without fences) often open with the same lines unfenced,
then a blank line::

    title: Beijing says it welcomes TPP deal
    outlet: People's Daily Online
    date: 2015-10-07
    url: http://english.people.com.cn/…

That block is read the same way (:func:`split_header_block`): kept as sentences it became the
article's first "claim", quoted as an example of attribution and naming in the briefings.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from contrast.ingest.text import RawText, read_text_file

FENCE = "---"
MAX_FRONT_MATTER_LINES = 200
"""A block that does not close within this many lines is not front matter: the text stays whole."""
FIELDS = {"title": "title", "author": "author", "authors": "author", "date": "date", "published": "date",
          "url": "url", "source": "url", "link": "url", "outlet": "outlet", "site": "outlet", "publisher": "outlet"}
"""Front-matter key → manifest field; clippers name the same thing differently."""
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$")
_ISO_DATE = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


HEADER_LINES = (2, 20)
"""An unfenced header block has this many lines (at least, at most); one ``key: value`` line
alone is too likely the article's own ("Update: …") to be taken out of it."""


def read_markdown_file(path: Path) -> RawText:
    raw = read_text_file(path)
    metadata, body = split_front_matter(raw.text)
    if not metadata and body is raw.text:
        metadata, body = split_header_block(raw.text)
    if not metadata and body is raw.text:
        return raw
    return replace(raw, text=body, metadata=metadata)


def read_plain_text_file(path: Path) -> RawText:
    """A .txt source: decoded text, its opening header block (if any) read as metadata."""
    raw = read_text_file(path)
    metadata, body = split_header_block(raw.text)
    if body is raw.text:
        return raw
    return replace(raw, text=body, metadata=metadata)


def split_header_block(text: str) -> tuple[dict[str, str], str]:
    """(metadata, text without the block) for an unfenced header block; ``({}, text)`` otherwise.

    A block is the lines before the first blank line, taken only when it can be nothing else:
    2 to 20 lines, every one ``key: value``, at least one key a known field (:data:`FIELDS`),
    and text after it. So an interview opening "Q: … / A: …" or a one-line "Update: …" keeps
    its words; keys that are not fields (``origin:``) are dropped with the block.
    """
    lines = text.split("\n")
    lines[0] = lines[0].removeprefix("\ufeff")
    end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    block = lines[:end]
    low, high = HEADER_LINES
    body = "\n".join(lines[end + 1 :]).lstrip("\n")
    if not low <= len(block) <= high or not body.strip() or not all(_KEY.match(line.rstrip()) for line in block):
        return {}, text
    metadata = _fields([line.rstrip() for line in block])
    return (metadata, body) if metadata else ({}, text)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata, text without the block); ``({}, text)`` when the text has no closed front matter."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        return {}, text
    for end in range(1, min(len(lines), MAX_FRONT_MATTER_LINES + 1)):
        if lines[end].strip() in (FENCE, "..."):
            return _fields(lines[1:end]), "\n".join(lines[end + 1:]).lstrip("\n")
    return {}, text


def _fields(lines: list[str]) -> dict[str, str]:
    values: dict[str, list[str]] = {}
    key: str | None = None
    folded = False
    for line in lines:
        if key is not None and re.match(r"^\s+-\s+\S", line) and not folded:  # a block list under the last key
            values.setdefault(key, []).append(_scalar(line.strip()[1:]))
            continue
        if key is not None and folded and re.match(r"^\s+\S", line):  # a folded (>) or literal (|) block
            values[key] = [" ".join([*values.get(key, []), line.strip()])]
            continue
        match = _KEY.match(line.rstrip())
        key = None
        if match is None:
            continue
        name, value = match.group(1).lower(), (match.group(2) or "").strip()
        if name not in FIELDS or FIELDS[name] in values:
            continue
        key = FIELDS[name]
        folded = value in (">", "|", ">-", "|-", ">+", "|+")
        if folded:
            continue
        if value.startswith("[") and value.endswith("]"):
            values[key] = [_scalar(item) for item in value[1:-1].split(",")]
        elif value:
            values[key] = [_scalar(value)]
    metadata: dict[str, str] = {}
    for field, items in values.items():
        joined = ", ".join(item for item in items if item)
        if field == "date":
            iso = _ISO_DATE.match(joined)
            joined = iso.group(1) if iso else joined
        if field == "url" and not re.match(r"^https?://\S+$", joined):
            continue  # "source: Reuters" names an outlet, not a link
        if joined:
            metadata[field] = joined[:500]
    return metadata


def _scalar(value: str) -> str:
    """A YAML scalar's text: surrounding quotes removed (and ``''`` or ``\\"`` unescaped), a trailing comment dropped."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'").strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\").strip()
    return re.sub(r"\s+#.*$", "", value).strip()
