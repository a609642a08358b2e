"""``contrast init``: a new report folder with the default origin taxonomy and no sources yet.

The manifest is written with comments that explain each field, so a user can fill it in
by hand; it is valid except for having no sources (``contrast check`` says so).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import tomlkit

from contrast.config import DEFAULT_ORIGINS, MANIFEST_NAME
from contrast.errors import ManifestError
from contrast.io import write_text_atomic


def init_report(root: Path, *, title: str | None = None, today: dt.date | None = None) -> Path:
    """Create ``root/report.toml`` and ``root/sources/``; refuse to overwrite a manifest."""
    manifest = root / MANIFEST_NAME
    if manifest.exists():
        raise ManifestError("a report.toml already exists here; edit it instead", path=manifest)
    document = tomlkit.document()
    document.add(tomlkit.comment("contrast report manifest. Paths are relative to this folder."))
    document.add("title", title or root.resolve().name.replace("-", " ").capitalize())
    document.add("subtitle", "")
    document.add("edition", today or dt.date.today())
    document["edition"].comment("the edition date printed on the cover; also the date inside the PDF")
    document.add("language", "en")
    audience = tomlkit.table()
    audience.add("readers", "Analysts")
    document.add("audience", audience)
    document.add(tomlkit.nl())
    document.add(tomlkit.comment("The origin taxonomy: edit, remove or add [[origins]] as your sources need."))
    origins = tomlkit.aot()
    for origin in DEFAULT_ORIGINS:
        table = tomlkit.table()
        for key in ("id", "label", "colour", "description"):
            table.add(key, origin[key])
        origins.append(table)
    document.add("origins", origins)
    document.add(tomlkit.nl())
    document.add(tomlkit.comment("Add one [[sources]] table per file in sources/, for example:"))
    for line in (
        "[[sources]]",
        'id = "cctv-soft-power-index"',
        'path = "sources/cctv.txt"',
        'title = "Second in the world! China\'s soft power is rapidly improving"',
        'outlet = "CCTV.com"',
        'author = ""',
        'date = "2025-05-05"          # YYYY, YYYY-MM or YYYY-MM-DD',
        'url = ""',
        'origin = "chinese-state-media"',
    ):
        document.add(tomlkit.comment(line))
    (root / "sources").mkdir(parents=True, exist_ok=True)
    write_text_atomic(manifest, tomlkit.dumps(document))
    return manifest
