"""Build small report folders in tests: a manifest writer and named source texts."""

from __future__ import annotations

from pathlib import Path

import tomlkit

ORIGINS = [
    {"id": "state", "label": "State media", "colour": "#c0392b", "description": "Party-state outlets."},
    {"id": "critical", "label": "Western critical", "colour": "#1f5fa8", "description": "Critical Western outlets."},
]

EASY = (
    "The cat sat on the mat. It was a warm day. The sun was out and the sky was blue. "
    "Children played in the park near the river. Everyone was happy and calm. "
)
PRAISE = (
    "The festival was a wonderful success and visitors loved the beautiful shows. "
    "Experts praised the excellent organisation and the friendly welcome. "
)
CRITIC = (
    "Critics warned that the campaign was a cynical and dishonest attempt to hide abuses. "
    "The plan failed badly and angered many people, who called it propaganda. "
)


def make_report(
    root: Path,
    texts: dict[str, str] | None = None,
    *,
    origins: list[dict[str, str]] | None = None,
    origin_of: dict[str, str] | None = None,
    extra: dict[str, object] | None = None,
    source_overrides: dict[str, dict[str, object]] | None = None,
) -> Path:
    """Write ``report.toml`` and ``sources/<id>.txt`` under ``root`` and return ``root``."""
    texts = texts if texts is not None else {"state-a": (PRAISE + EASY) * 3, "critic-b": (CRITIC + EASY) * 3}
    origins = origins if origins is not None else ORIGINS
    origin_ids = [o["id"] for o in origins]
    (root / "sources").mkdir(parents=True, exist_ok=True)
    sources = []
    for index, (source_id, text) in enumerate(texts.items()):
        (root / "sources" / f"{source_id}.txt").write_text(text, encoding="utf-8")
        entry: dict[str, object] = {
            "id": source_id,
            "path": f"sources/{source_id}.txt",
            "title": f"Article {source_id}",
            "outlet": f"Outlet {index + 1}",
            "date": "2025-01-0" + str(index % 9 + 1),
            "origin": (origin_of or {}).get(source_id, origin_ids[index % len(origin_ids)]),
        }
        entry.update((source_overrides or {}).get(source_id, {}))
        sources.append(entry)
    document: dict[str, object] = {
        "title": "Test report",
        "subtitle": "A small report for tests",
        "edition": "2025-01-31",
        "origins": origins,
        "sources": sources,
    }
    document.update(extra or {})
    text = tomlkit.dumps(document).replace('edition = "2025-01-31"', "edition = 2025-01-31")
    (root / "report.toml").write_text(text, encoding="utf-8")
    return root


def make_corpus(docs: dict[str, tuple[str, str]], *, lenses: dict[str, object] | None = None, languages: dict[str, str] | None = None):
    """A metric ``Corpus`` from ``{source_id: (origin, text)}``, without ingest or cleaning.

    Origins are in first-seen order; ``lenses`` is a ``[lenses]`` table as in report.toml.
    """
    import polars as pl

    from contrast.config import Lenses
    from contrast.metrics import Corpus
    from contrast.segment import segment

    origin_of = {source_id: origin for source_id, (origin, _) in docs.items()}
    texts = {source_id: text for source_id, (_, text) in docs.items()}
    return Corpus(
        sources=pl.DataFrame({"source_id": list(origin_of), "origin": list(origin_of.values())}),
        texts=texts,
        sentences=segment(texts, origin_of),
        origins=tuple(dict.fromkeys(origin_of.values())),
        languages=languages or {},
        lenses=Lenses.model_validate(lenses or {}),
    )


def origin_figure(figures, unit: str, measure: str) -> dict:
    """The one origin-level row of a lens's figures for ``unit`` and ``measure``."""
    import polars as pl

    rows = figures.filter((pl.col("level") == "origin") & (pl.col("unit") == unit) & (pl.col("measure") == measure))
    assert rows.height == 1, (unit, measure, rows.height)
    return rows.row(0, named=True)


def lens_section(root: Path, texts: dict[str, str], lens: str):
    """The briefing's section of ``lens`` for a report of ``texts`` (origin → text), and that section's HTML."""
    from contrast.config import load_report
    from contrast.pipeline import analyse
    from contrast.report.briefing.build import build_briefing
    from contrast.report.render.html import render_html

    briefing = build_briefing(analyse(load_report(make_report(root, texts))))
    section = next(s for s in briefing.lenses if s.id == lens)
    html = render_html("briefing.html.j2", briefing)
    start = html.index(f'id="lens-{lens}"')
    end = html.find('<div class="lens"', start)
    return section, html[start : end if end > 0 else None]
