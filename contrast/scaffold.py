"""``contrast init``: a new report folder with an origin taxonomy and no sources yet.

The manifest is written with comments that explain each field, so a user can fill it in
by hand; it is valid except for having no sources (``contrast check`` says so, and
``contrast add`` fills them in). The origins come from a preset
(:data:`contrast.origins.PRESETS`, ``china-west`` by default) or from ``--origins``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import tomlkit

from contrast.config import MANIFEST_NAME, check_origins
from contrast.errors import ManifestError
from contrast.io import write_text_atomic
from contrast.origins import DEFAULT_PRESET, origin_tables, preset


def init_report(
    root: Path,
    *,
    title: str | None = None,
    subtitle: str = "",
    edition: dt.date | None = None,
    origins: list[dict[str, str]] | None = None,
    today: dt.date | None = None,
) -> Path:
    """Create ``root/report.toml`` and ``root/sources/``; refuse to overwrite a manifest.

    ``origins`` default to the default preset's; ``edition`` to ``today``.
    """
    manifest = root / MANIFEST_NAME
    if manifest.exists():
        raise ManifestError("a report.toml already exists here; edit it instead", path=manifest)
    origins = origins if origins is not None else preset(DEFAULT_PRESET)
    check_origins({"origins": origins}, manifest_path=manifest)
    document = tomlkit.document()
    document.add(tomlkit.comment("contrast report manifest. Paths are relative to this folder."))
    document.add("title", title or "")
    if not title:
        document["title"].comment("empty: each build titles the report from its sources' headlines and dates")
    document.add("subtitle", subtitle)
    document.add("edition", edition or today or dt.date.today())
    document["edition"].comment("the edition date printed on the cover; also the date inside the PDF")
    document.add("language", "en")
    audience = tomlkit.table()
    audience.add("readers", "Analysts")
    document.add("audience", audience)
    document.add(tomlkit.nl())
    document.add(tomlkit.comment("The origin taxonomy: `contrast origin add/remove`, or edit the [[origins]] tables."))
    document.add("origins", origin_tables(origins))
    document.add(tomlkit.nl())
    document.add(tomlkit.comment("Sources: `contrast add REPORT_DIR FILE_OR_URL... --origin ID` copies or fetches each"))
    document.add(tomlkit.comment("into sources/ and adds a [[sources]] table like this one (which you may also write):"))
    for line in (
        "[[sources]]",
        'id = "cctv-soft-power-index"',
        'path = "sources/cctv.txt"',
        'title = "Second in the world! China\'s soft power is rapidly improving"',
        'outlet = "CCTV.com"',
        'author = ""',
        'date = "2025-05-05"          # YYYY, YYYY-MM or YYYY-MM-DD',
        'url = ""',
        f'origin = "{origins[0]["id"]}"',
    ):
        document.add(tomlkit.comment(line))
    (root / "sources").mkdir(parents=True, exist_ok=True)
    text = tomlkit.dumps(document)
    write_text_atomic(manifest, text if text.endswith("\n") else text + "\n")
    return manifest
