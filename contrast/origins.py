"""The origin taxonomy of a report: presets for ``contrast init``, and ``contrast origin
add / list / remove`` editing report.toml with its comments kept (tomlkit).

An origin is any group a user wants to compare (state media, a political leaning, a kind
of writing). A report starts from a preset or from a list of ids, and grows an origin at
a time; an origin still used by a source cannot be removed, so a manifest never points
at an origin that is gone. :func:`manifest_warnings` says what is legal but probably a
mistake: two origins drawn in the same colour, an origin no source belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import tomlkit
from tomlkit.items import AoT, Comment, Table, Whitespace
from tomlkit.toml_document import TOMLDocument

from contrast.config import MANIFEST_NAME, Manifest, check_origins, parse_toml, read_manifest_text
from contrast.errors import ManifestError, UnknownNameError
from contrast.io import write_text_atomic

PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
"""Okabe & Ito (2008) colour-blind-safe palette: the colour a new origin gets when none is
given (the first one no origin uses). Every document then draws an origin in its manifest colour."""

_CHINESE_STATE_MEDIA = {
    "id": "chinese-state-media",
    "label": "Chinese state media",
    "colour": "#c0392b",
    "description": "Outlets owned or directed by the Chinese party-state (Xinhua, CCTV, People's Daily).",
}
PRESETS: dict[str, tuple[dict[str, str], ...]] = {
    "china-west": (
        _CHINESE_STATE_MEDIA,
        {"id": "western-left", "label": "Western left", "colour": "#1f5fa8",
         "description": "Western outlets rated Left (e.g. by AllSides)."},
        {"id": "western-center", "label": "Western center", "colour": "#6a3d9a",
         "description": "Western outlets rated Center (e.g. by AllSides)."},
        {"id": "western-right", "label": "Western right", "colour": "#b8860b",
         "description": "Western outlets rated Right (e.g. by AllSides)."},
    ),
    "china-genres": (
        _CHINESE_STATE_MEDIA,
        {"id": "western-critical", "label": "Western critical", "colour": "#1f5fa8",
         "description": "Western news and magazines writing critically about the Chinese government."},
        {"id": "academic", "label": "Academic", "colour": "#2e8b57", "description": "Peer-reviewed or scholarly writing."},
        {"id": "commentary", "label": "Commentary", "colour": "#b8860b", "description": "Op-eds and opinion pieces by named authors."},
    ),
    "us-spectrum": (
        {"id": "left", "label": "Left", "colour": "#1f5fa8", "description": "Outlets rated Left (e.g. by AllSides)."},
        {"id": "center", "label": "Center", "colour": "#6a3d9a", "description": "Outlets rated Center (e.g. by AllSides)."},
        {"id": "right", "label": "Right", "colour": "#b8860b", "description": "Outlets rated Right (e.g. by AllSides)."},
    ),
}
"""Taxonomies ``contrast init --preset`` starts from: the bundled tariffs report's (the
default), the soft-power report's, and the AllSides left/center/right buckets alone."""
DEFAULT_PRESET = "china-west"

K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True)
class OriginUse:
    """An origin of a report and the ids of the sources that belong to it."""

    id: str
    label: str
    colour: str
    description: str
    sources: tuple[str, ...]


def preset(name: str) -> list[dict[str, str]]:
    """The origins of preset ``name`` (an error lists the presets)."""
    if name not in PRESETS:
        raise UnknownNameError("origin preset", name, list(PRESETS))
    return [dict(origin) for origin in PRESETS[name]]


def origins_from_list(spec: str) -> list[dict[str, str]]:
    """``init --origins state,west=Western press``: ids, each with an optional ``=label``;
    colours from :data:`PALETTE` in order."""
    origins: list[dict[str, str]] = []
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        origin_id, _, label = (part.strip() for part in item.partition("="))
        used = [o["colour"] for o in origins]
        origins.append({"id": origin_id, "label": label or default_label(origin_id), "colour": next_colour(used), "description": ""})
    if not origins:
        raise ManifestError("--origins names no origin; give ids separated by commas, e.g. --origins state-media,independent")
    return origins


def default_label(origin_id: str) -> str:
    """``western-left`` → ``Western left``: a label to start from, to be edited."""
    words = re.sub(r"[-_]+", " ", origin_id).strip()
    return (words[:1].upper() + words[1:])[:60] or origin_id


def next_colour(used: list[str]) -> str:
    """The first palette colour no origin uses yet (cycling once all eight are taken)."""
    taken = {colour.lower() for colour in used}
    for colour in PALETTE:
        if colour.lower() not in taken:
            return colour.lower()
    return PALETTE[len(used) % len(PALETTE)].lower()


def origin_tables(origins: list[dict[str, str]]) -> AoT:
    """The ``[[origins]]`` array for a new manifest, each table in the README's key order."""
    array = tomlkit.aot()
    for origin in origins:
        table = tomlkit.table()
        for key in ("id", "label", "colour", "description"):
            table.add(key, origin.get(key, ""))
        array.append(table)
    return array


def read_document(root: Path) -> tuple[Path, TOMLDocument]:
    """report.toml of ``root`` parsed with tomlkit (comments kept), or a ManifestError."""
    manifest_path = root / MANIFEST_NAME
    if not manifest_path.exists() and not manifest_path.is_symlink():
        raise ManifestError("no report.toml here; run `contrast init` first", path=root)
    text = read_manifest_text(manifest_path)  # a regular file inside the folder, capped, UTF-8
    parse_toml(text, path=manifest_path)  # the checks and messages every command gives (nesting too deep…)
    try:
        document = tomlkit.parse(text)
    except (tomlkit.exceptions.TOMLKitError, RecursionError) as exc:
        raise ManifestError(f"not valid TOML: {exc}", path=manifest_path) from None
    for table in ("origins", "sources"):
        entries = document.get(table, [])
        if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
            raise ManifestError(f"field {table!r}: must be [[{table}]] tables (see README, 'A report is a folder')", path=manifest_path)
    return manifest_path, document


def list_origins(root: Path) -> list[OriginUse]:
    """Every origin of the report, in manifest order, with the sources that belong to it."""
    manifest_path, document = read_document(root)
    origins = check_origins(document.unwrap(), manifest_path=manifest_path)
    sources = [s for s in document.unwrap().get("sources", []) if isinstance(s, dict)]
    return [
        OriginUse(o.id, o.label, o.colour, o.description, tuple(str(s.get("id")) for s in sources if s.get("origin") == o.id))
        for o in origins
    ]


def add_origin(root: Path, origin_id: str, *, label: str = "", colour: str = "", description: str = "") -> OriginUse:
    """Append an origin to report.toml; the label defaults to the id in words, the colour to
    the first palette colour no origin uses."""
    manifest_path, document = read_document(root)
    data = document.unwrap()
    existing = check_origins(data, manifest_path=manifest_path)
    if any(o.id == origin_id for o in existing):
        raise ManifestError(f"origin {origin_id!r} already exists; `contrast origin list` shows them", path=manifest_path)
    new = {
        "id": origin_id,
        "label": label or default_label(origin_id),
        "colour": colour or next_colour([o.colour for o in existing]),
        "description": description,
    }
    check_origins({**data, "origins": [*data.get("origins", []), new]}, manifest_path=manifest_path)
    array = document["origins"]
    assert isinstance(array, AoT)
    table = origin_tables([new])[0]
    _move_trailing_trivia(array[-1], table)  # comments after the last origin stay after the origins
    array.append(table)
    write_text_atomic(manifest_path, tomlkit.dumps(document))
    return OriginUse(new["id"], new["label"], new["colour"], new["description"], ())


def remove_origin(root: Path, origin_id: str) -> None:
    """Remove an origin no source uses; refuse (naming the sources) one that is used, and the last one."""
    manifest_path, document = read_document(root)
    uses = {o.id: o for o in list_origins(root)}
    if origin_id not in uses:
        raise UnknownNameError("origin", origin_id, list(uses))
    used_by = uses[origin_id].sources
    if used_by:
        shown = ", ".join(used_by[:5]) + (f" and {len(used_by) - 5} more" if len(used_by) > 5 else "")
        raise ManifestError(
            f"origin {origin_id!r} is used by {len(used_by)} source{'s' if len(used_by) != 1 else ''} ({shown}); "
            f"move or remove {'them' if len(used_by) != 1 else 'it'} first",
            path=manifest_path,
        )
    if len(uses) == 1:
        raise ManifestError(f"origin {origin_id!r} is the report's only origin; add another before removing it", path=manifest_path)
    array = document["origins"]
    assert isinstance(array, AoT)
    index = next(i for i, table in enumerate(array) if table.get("id") == origin_id)
    if index == len(array) - 1:
        _move_trailing_trivia(array[index], array[index - 1])
    del array[index]
    write_text_atomic(manifest_path, tomlkit.dumps(document))


def manifest_warnings(manifest: Manifest) -> tuple[str, ...]:
    """What a valid manifest allows but a user probably did not mean: one line each."""
    origins = [(o.id, o.colour) for o in manifest.origins]
    return colour_warnings(origins) + unused_warnings([o for o, _ in origins], {s.origin for s in manifest.sources})


def colour_warnings(origins: list[tuple[str, str]]) -> tuple[str, ...]:
    """Origins (id, colour) drawn in the same colour: the charts then tell them apart by marker alone."""
    by_colour: dict[str, list[str]] = {}
    for origin_id, colour in origins:
        by_colour.setdefault(colour.lower(), []).append(origin_id)
    return tuple(
        f"origins {' and '.join(repr(i) for i in ids)} have the same colour {colour}; charts then tell them apart "
        "by marker only (give one another colour in report.toml)"
        for colour, ids in by_colour.items()
        if len(ids) > 1
    )


def unused_warnings(origin_ids: list[str], used: set[str]) -> tuple[str, ...]:
    """Origins no source belongs to: the briefing leaves them out."""
    return tuple(
        f"origin {origin_id!r} has no source, so the briefing leaves it out "
        f"(add one with `contrast add … --origin {origin_id}`, or `contrast origin remove … {origin_id}`)"
        for origin_id in origin_ids
        if origin_id not in used
    )


def _move_trailing_trivia(source: Table, target: Table) -> None:
    """Move the comments and blank lines after ``source``'s last key to the end of ``target``.

    tomlkit attaches everything between a table's last key and the next table header to
    that table, such as init's commented example of a ``[[sources]]`` table after the last
    origin: appending an origin would otherwise put it below that comment, and removing
    the last origin would delete the comment.
    """
    trailing = _pop_trivia(source.value.body, (Comment, Whitespace))
    if trailing:
        _pop_trivia(target.value.body, (Whitespace,))
        target.value.body.extend(trailing)
    source.add(tomlkit.nl())  # a blank line before the next table header


def _pop_trivia(body: list[tuple[K, V]], kinds: tuple[type, ...]) -> list[tuple[K, V]]:
    """Remove and return the items of ``kinds`` at the end of a table's body (never a key)."""
    cut = len(body)
    while cut > 0 and body[cut - 1][0] is None and isinstance(body[cut - 1][1], kinds):
        cut -= 1
    trailing = body[cut:]
    del body[cut:]
    return trailing
